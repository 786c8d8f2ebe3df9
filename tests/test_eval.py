"""`factcheck eval` figures on the evaluation set stay where they were calibrated."""

from __future__ import annotations

from assistant.evaluation import default_cases_path, evaluate, load_cases


def test_evaluation_figures(seeded):
    """Every quote verbatim; recall and abstention above the bars set when the thresholds were tuned."""
    cases = load_cases(default_cases_path())
    assert len(cases) >= 25 and any(not c.answerable for c in cases)
    report = evaluate(cases, seeded.answer, seeded.articles)
    assert report.citation_validity == 1.0
    assert report.evidence_recall >= 0.85, report.misses
    assert report.abstention_accuracy >= 0.85, report.misses
    assert report.false_abstentions <= 2
