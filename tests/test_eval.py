"""`factcheck eval` figures on the evaluation set stay where they were calibrated."""

from __future__ import annotations

from assistant.evals.evaluation import default_cases_path, evaluate, load_cases
from assistant.models import Answer


def test_evaluation_figures(seeded):
    """Every quote verbatim; recall and abstention above the bars set when the thresholds were tuned."""
    cases = load_cases(default_cases_path())
    assert len(cases) >= 25 and any(not c.answerable for c in cases)
    dropped: list[str] = []

    def answer(question: str) -> Answer:
        a = seeded.answer(question)
        dropped.extend(a.dropped)
        return a

    report = evaluate(cases, answer, seeded.articles)
    # Every quote verbatim as composed: the quote check had nothing to remove (it would hide a bad one).
    assert not dropped and report.citation_validity == 1.0
    assert report.evidence_recall >= 0.85, report.misses
    assert report.abstention_accuracy >= 0.85, report.misses
    assert report.false_abstentions <= 2


def test_a_story_and_outlets_other_than_the_seeds_are_answered_through_aliases(tmp_path):
    """`factcheck eval --corpus eval/story`: four outlets on another story, asked with aliases the
    articles do not use (US / U.S. / United States / Washington, °C / Celsius, CO2 / carbon dioxide,
    % / per cent): no answerable question refused, every quote verbatim, off-corpus ones refused."""
    import json
    import subprocess

    from tests.conftest import ROOT, cli_env, factcheck_bin

    r = subprocess.run(
        [factcheck_bin(), "eval", "--corpus", "eval/story", "--file", "eval/story_questions.jsonl", "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=cli_env(FACTCHECK_CACHE=str(tmp_path / "cache")),
        timeout=600,
    )
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    assert report["questions"] == 16 and report["citation_validity"] == 1.0
    assert report["false_abstentions"] == 0 and report["evidence_recall"] >= 0.9, report["misses"]
    assert report["false_answers"] <= 1, report["misses"]
