"""The benchmark's own bookkeeping (speed itself is measured by `python -m benchmarks`, never here)."""

from __future__ import annotations

from benchmarks.worker import STEPS, step_p50


def test_the_benchmark_times_every_step_of_the_real_chain(seeded):
    """Each step of the chain a warm answer runs is timed by name, so the benchmark can say where the
    time goes (the stance model in `weigh`); a step renamed or dropped from the chain fails here."""
    steps = step_p50(seeded, ["did NATO rule out troops?", "What did Lavrov say about NATO?"])
    assert list(steps) == list(STEPS)
    assert all(ms > 0 for ms in steps.values())


def test_the_encoding_benchmark_embeds_what_ingest_embeds(seed_settings, tmp_path):
    """`benchmarks.encode` times our windows on machines that cannot run ingest: they must be the very
    texts and sentence spans ingest hands the embedder, or its figures measure something else."""
    from assistant.index.embedding import load_embedder
    from assistant.ingest.writer import embed_articles, load_paths
    from assistant.models import Article
    from benchmarks.encode import windows_of

    articles = [a for a in load_paths([seed_settings.seeds_dir]) if isinstance(a, Article)]
    handed: list[tuple[list[str], list[list[tuple[int, int]]]]] = []

    class Recording:
        def __init__(self, real: object) -> None:
            self.real = real

        def embed_windows(self, windows, spans, progress=None):  # type: ignore[no-untyped-def]
            handed.append((list(windows), [list(s) for s in spans]))
            return self.real.embed_windows(windows, spans)  # type: ignore[attr-defined]

    embed_articles([(a, "h") for a in articles], Recording(load_embedder(seed_settings)), seed_settings.window_words)  # type: ignore[arg-type]
    assert handed == [windows_of(articles, seed_settings.window_words)]
