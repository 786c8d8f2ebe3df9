"""The benchmark's own bookkeeping (speed itself is measured by `python -m benchmarks`, never here)."""

from __future__ import annotations

from benchmarks.worker import STEPS, step_p50


def test_the_benchmark_times_every_step_of_the_real_chain(seeded):
    """Each step of the chain a warm answer runs is timed by name, so the benchmark can say where the
    time goes (the stance model in `weigh`); a step renamed or dropped from the chain fails here."""
    steps = step_p50(seeded, ["did NATO rule out troops?", "What did Lavrov say about NATO?"])
    assert list(steps) == list(STEPS)
    assert all(ms > 0 for ms in steps.values())
