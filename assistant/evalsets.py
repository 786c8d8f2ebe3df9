"""`factcheck eval --climate-fever DIR`: the assistant measured on a public claim-verification set.

Climate-FEVER (github:tdiggelm/climate-fever-dataset, CC BY-SA via Wikipedia; fetched at development
time, never committed) gives claims, a claim label (SUPPORTS / REFUTES / NOT_ENOUGH_INFO / DISPUTED)
and five labelled evidence sentences each. The corpus is every evidence sentence of every claim,
grouped into one article per Wikipedia page (the page title as its outlet, so "outlets disagree"
means pages disagree); every claim is then asked against the whole corpus. Claims are split by
`split_of` (70% train, 10% dev, 20% test): the stance model trained on train, `decide.COMMIT` was
set on dev, and test is reported, never tuned on.

Reported: claim-label accuracy and confusion (supported -> SUPPORTS, refuted -> REFUTES,
contested -> DISPUTED, unclear / not_in_sources -> NOT_ENOUGH_INFO), DISPUTED shown as contested,
precision of committed supported / refuted verdicts, a gold sentence quoted (a cited quote equal to or
containing a SUPPORTS / REFUTES evidence sentence), false "not in the sources" on claims with such
evidence, citation validity, and warm latency.
"""

from __future__ import annotations

import hashlib
import json
import statistics
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import BadInputError
from .evaluation import p95
from .verify import check

TO_LABEL = {
    "supported": "SUPPORTS",
    "refuted": "REFUTES",
    "contested": "DISPUTED",
    "unclear": "NOT_ENOUGH_INFO",
    "not_in_sources": "NOT_ENOUGH_INFO",
}
LABELS = ("SUPPORTS", "REFUTES", "NOT_ENOUGH_INFO", "DISPUTED")


def split_of(key: str) -> str:
    """The fixed split: the same as training/stance_data.py's, so no held-out claim was trained on."""
    h = int(hashlib.sha256(key.encode()).hexdigest()[:8], 16) % 100
    return "train" if h < 70 else "dev" if h < 80 else "test"


@dataclass(frozen=True)
class ClaimCase:
    claim: str
    label: str
    gold: tuple[str, ...]  # SUPPORTS / REFUTES evidence sentences


def _rows(folder: Path) -> list[dict[str, Any]]:
    path = folder / "climate-fever.jsonl" if folder.is_dir() else folder
    if not path.is_file():
        raise BadInputError(f"No climate-fever.jsonl in {folder}: pass the folder that holds the dataset's file.")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def climate_fever_corpus(folder: Path, out: Path) -> Path:
    """Every evidence sentence, one article per Wikipedia page, as a .jsonl `factcheck ingest` reads."""
    pages: dict[str, dict[int, str]] = {}
    for row in _rows(folder):
        for ev in row["evidences"]:
            title, _, number = ev["evidence_id"].rpartition(":")
            text = " ".join(ev["evidence"].split())
            pages.setdefault(title, {})[int(number) if number.isdigit() else len(pages.get(title, {}))] = text
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for title, sents in sorted(pages.items()):
            body = "\n\n".join(sents[k] for k in sorted(sents))
            record = {"id": f"wiki:{title}", "outlet": title, "title": title, "text": body}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return out


def climate_fever_cases(folder: Path, split: str) -> list[ClaimCase]:
    cases = []
    for row in _rows(folder):
        if split != "all" and split_of(f"cf:{row['claim_id']}") != split:
            continue
        gold = tuple(
            " ".join(ev["evidence"].split())
            for ev in row["evidences"]
            if ev["evidence_label"] in ("SUPPORTS", "REFUTES")
        )
        cases.append(ClaimCase(row["claim"], row["claim_label"], gold))
    return cases


@dataclass
class ClaimReport:
    claims: int = 0
    confusion: dict[str, Counter[str]] = field(default_factory=dict)
    gold_quoted: int = 0
    with_gold: int = 0
    false_nis: int = 0
    committed: int = 0
    committed_right: int = 0
    citations: int = 0
    valid: int = 0
    latencies: list[float] = field(default_factory=list)

    def add(self, case: ClaimCase, verdict: str, quotes: list[str], valid: int, n_cit: int, ms: float) -> None:
        self.claims += 1
        got = TO_LABEL[verdict]
        self.confusion.setdefault(case.label, Counter())[got] += 1
        if case.gold:
            self.with_gold += 1
            self.gold_quoted += any(g in q or q in g for g in case.gold for q in quotes if len(q) > 20)
            self.false_nis += verdict == "not_in_sources"
        if verdict in ("supported", "refuted"):
            self.committed += 1
            self.committed_right += got == case.label
        self.citations += n_cit
        self.valid += valid
        self.latencies.append(ms)

    def summary(self) -> dict[str, Any]:
        right = sum(self.confusion.get(lab, Counter())[lab] for lab in LABELS)
        disputed = self.confusion.get("DISPUTED", Counter())
        lat = sorted(self.latencies) or [0.0]
        return {
            "claims": self.claims,
            "label_accuracy": round(right / max(1, self.claims), 4),
            "disputed_shown_as_contested": round(disputed["DISPUTED"] / max(1, sum(disputed.values())), 4),
            "committed_precision": round(self.committed_right / max(1, self.committed), 4),
            "committed": self.committed,
            "gold_quoted": round(self.gold_quoted / max(1, self.with_gold), 4),
            "false_not_in_sources": round(self.false_nis / max(1, self.with_gold), 4),
            "claims_with_gold_evidence": self.with_gold,
            "citation_validity": round(self.valid / max(1, self.citations), 6),
            "citations": self.citations,
            "p50_ms": round(statistics.median(lat), 1),
            "p95_ms": round(p95(lat), 1),
            "confusion_gold_by_verdict": {k: dict(v) for k, v in sorted(self.confusion.items())},
        }


def run_claims(cases: list[ClaimCase], assistant: Any, progress: Callable[[int], None] | None = None) -> ClaimReport:
    """Every claim through the real chain; the first is a warm-up outside the timings."""
    report = ClaimReport()
    if cases:
        assistant.answer(cases[0].claim)
    for i, case in enumerate(cases):
        t0 = time.perf_counter()
        ans = assistant.answer(case.claim)
        ms = (time.perf_counter() - t0) * 1000
        found = assistant.articles([c.source for c in ans.citations])
        valid = sum(check(c, found.get(c.source)) is None for c in ans.citations)
        # Citations verification dropped count as invalid: validity is measured before the safety net.
        total = len(ans.citations) + len(ans.dropped)
        report.add(case, ans.verdict, [c.quote for c in ans.citations], valid, total, ms)
        if progress:
            progress(i + 1)
    return report
