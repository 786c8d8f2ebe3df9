"""`factcheck eval`: citation validity, evidence recall, outlet coverage, abstention, latency."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from assistant.answer.verify import check
from assistant.errors import BadInputError
from assistant.models import Answer, Article
from assistant.text import fold


@dataclass(frozen=True)
class Case:
    question: str
    answerable: bool
    gold_outlets: tuple[str, ...]
    gold_phrases: tuple[str, ...]
    # The committed verdict a yes/no question or claim should get (None: not judged on its verdict).
    verdict: str | None = None


@dataclass(frozen=True)
class Report:
    questions: int
    answerable: int
    unanswerable: int
    citations: int
    citation_validity: float
    evidence_recall: float
    outlet_coverage: float
    abstention_accuracy: float
    false_abstentions: int
    false_answers: int
    p50_ms: float
    p95_ms: float
    misses: tuple[str, ...]
    verdicts_judged: int = 0
    verdict_accuracy: float = 1.0
    verdict_misses: tuple[str, ...] = ()

    def lines(self) -> list[str]:
        return [
            f"questions            {self.questions} ({self.answerable} answerable, {self.unanswerable} not)",
            f"citation validity    {self.citation_validity:.1%} of {self.citations} quotes are verbatim spans"
            " of the cited article",
            f"evidence recall      {self.evidence_recall:.1%} of answerable questions cite a gold outlet with"
            " a gold phrase",
            f"outlet coverage      {self.outlet_coverage:.1%} of gold outlets cited, averaged over answerable"
            " questions",
            f"abstention accuracy  {self.abstention_accuracy:.1%} ({self.false_answers} unanswerable answered,"
            f" {self.false_abstentions} answerable refused)",
            f"verdicts             {self.verdict_accuracy:.1%} of {self.verdicts_judged} yes/no questions get the"
            " expected verdict",
            f"latency              p50 {self.p50_ms:.0f} ms, p95 {self.p95_ms:.0f} ms (warm answer())",
        ]


def default_cases_path() -> Path:
    from assistant.settings import project_root

    return project_root() / "eval" / "questions.jsonl"


def load_cases(path: Path) -> list[Case]:
    if not path.is_file():
        raise BadInputError(f"No evaluation set at {path}: pass --file PATH to a .jsonl of questions.")
    cases = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            cases.append(
                Case(
                    obj["question"],
                    bool(obj["answerable"]),
                    tuple(obj.get("gold_outlets", ())),
                    tuple(obj.get("gold_phrases", ())),
                    obj.get("verdict"),
                )
            )
        except (json.JSONDecodeError, KeyError) as exc:
            raise BadInputError(f"{path} line {n} is not a valid case ({exc}).") from None
    return cases


def hit(case: Case, ans: Answer) -> bool:
    phrases = [fold(p) for p in case.gold_phrases]
    return any(c.outlet in case.gold_outlets and any(p in fold(c.quote) for p in phrases) for c in ans.citations)


def p95(values: Sequence[float]) -> float:
    """The 95th percentile (nearest rank) of a non-empty list."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


@dataclass
class _Tally:
    """What the cases have shown so far."""

    latencies: list[float] = field(default_factory=list)
    coverage: list[float] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    verdict_misses: list[str] = field(default_factory=list)
    recall_hits: int = 0
    valid: int = 0
    total: int = 0
    false_abst: int = 0
    false_ans: int = 0

    def add(self, case: Case, ans: Answer, found: dict[str, Article]) -> None:
        for c in ans.citations:
            self.total += 1
            self.valid += check(c, found.get(c.source)) is None
        abstained = ans.verdict == "not_in_sources"
        if case.answerable:
            self.false_abst += abstained
            if hit(case, ans):
                self.recall_hits += 1
            else:
                self.misses.append(case.question)
            cited = {c.outlet for c in ans.citations}
            self.coverage.append(len(cited & set(case.gold_outlets)) / max(1, len(case.gold_outlets)))
        elif not abstained:
            self.false_ans += 1
            self.misses.append(case.question)
        if case.verdict is not None and ans.verdict != case.verdict:
            self.verdict_misses.append(f"{case.question} -> {ans.verdict} (expected {case.verdict})")


def evaluate(
    cases: Sequence[Case],
    ask: Callable[[str], Answer],
    articles: Callable[[Sequence[str]], dict[str, Article]],
    progress: Callable[[int], None] | None = None,
) -> Report:
    ask(cases[0].question)  # warm-up: model and lexical index load outside the timings
    t = _Tally()
    for i, case in enumerate(cases):
        t0 = time.perf_counter()
        ans = ask(case.question)
        t.latencies.append((time.perf_counter() - t0) * 1000)
        t.add(case, ans, articles([c.source for c in ans.citations]))
        if progress:
            progress(i + 1)
    judged = sum(c.verdict is not None for c in cases)
    answerable = sum(c.answerable for c in cases)
    lat = sorted(t.latencies)
    return Report(
        questions=len(cases),
        answerable=answerable,
        unanswerable=len(cases) - answerable,
        citations=t.total,
        citation_validity=t.valid / t.total if t.total else 1.0,
        evidence_recall=t.recall_hits / answerable if answerable else 1.0,
        outlet_coverage=statistics.fmean(t.coverage) if t.coverage else 1.0,
        abstention_accuracy=1 - (t.false_abst + t.false_ans) / len(cases),
        false_abstentions=t.false_abst,
        false_answers=t.false_ans,
        p50_ms=statistics.median(lat),
        p95_ms=p95(lat),
        misses=tuple(t.misses),
        verdicts_judged=judged,
        verdict_accuracy=1 - len(t.verdict_misses) / judged if judged else 1.0,
        verdict_misses=tuple(t.verdict_misses),
    )


def to_json(report: Report) -> str:
    return json.dumps(asdict(report), indent=2)
