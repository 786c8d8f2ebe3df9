"""`factcheck eval --climate-fever DIR` / `--wice DIR`: the assistant measured on public claim sets.

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
containing a SUPPORTS / REFUTES evidence sentence), a gold sentence among the evidence weighed (found
and kept as relevant: the most that quoting can reach, so a miss is told apart as one of retrieval or
of choosing the quotes), false "not in the sources" on claims with such evidence, citation validity,
and warm latency.

WiCE (github:ryokamoi/wice, CC BY-SA via Wikipedia, cited pages under Common Crawl terms; fetched at
development time, never committed) gives Wikipedia claims, the web article each cites (split into
sentences) and the gold supporting sentences. The corpus is every cited article of the split, one
article each; every claim is asked against all of them. Its own dev / test splits are used: dev to
tune, test held out. Also reported: the claim's own article cited, and gold sentences the cleaner
removed (they can never be quoted).
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

from assistant.answer.verify import check
from assistant.errors import BadInputError
from assistant.evals.evaluation import p95

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


WICE_LABEL = {"supported": "SUPPORTS", "partially_supported": "PARTIALLY_SUPPORTS", "not_supported": "NOT_ENOUGH_INFO"}


@dataclass(frozen=True)
class ClaimCase:
    claim: str
    label: str
    gold: tuple[str, ...]  # SUPPORTS / REFUTES evidence sentences
    article: str | None = None  # the article the gold sentences come from, where there is one


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


def _wice_rows(folder: Path, split: str) -> list[dict[str, Any]]:
    if split not in ("dev", "test"):
        raise BadInputError(f"WiCE is evaluated on its own dev or test split, not {split!r}.")
    path = folder / f"wice-claim-{split}.jsonl" if folder.is_dir() else folder
    if not path.is_file():
        raise BadInputError(
            f"No wice-claim-{split}.jsonl in {folder}: pass the folder that holds the dataset's claim files "
            "(data/entailment_retrieval/claim/ of github:ryokamoi/wice)."
        )
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _wice_article(row: dict[str, Any]) -> dict[str, str]:
    """A cited web page as an article: its "(meta data) TITLE:" line is the title, and the part after
    the title's last " - " or " | " (the site's name, when short) is the outlet."""
    lines = [" ".join(t.split()) for t in row["evidence"]]
    title = ""
    if lines and lines[0].startswith("(meta data)"):
        title = lines[0].split("TITLE:", 1)[-1].strip()
        lines = lines[1:]
    site = ""
    for sep in (" | ", " - ", " – "):
        if sep in title:
            tail = title.rsplit(sep, 1)[1].strip()
            if 0 < len(tail.split()) <= 5:
                site = tail
                break
    return {
        "id": f"wice:{row['meta']['id']}",
        "outlet": site or "web page",
        "title": title or row["meta"].get("claim_title") or "untitled",
        "text": "\n".join(lines),
    }


def wice_corpus(folder: Path, split: str, out: Path) -> Path:
    """Every cited article of the split, as a .jsonl `factcheck ingest` reads."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for row in _wice_rows(folder, split):
            fh.write(json.dumps(_wice_article(row), ensure_ascii=False) + "\n")
    return out


def wice_cases(folder: Path, split: str) -> list[ClaimCase]:
    cases = []
    for row in _wice_rows(folder, split):
        offset = 1 if row["evidence"] and row["evidence"][0].startswith("(meta data)") else 0
        wanted = sorted({i for group in row["supporting_sentences"] for i in group})
        gold = tuple(" ".join(row["evidence"][i].split()) for i in wanted if offset <= i < len(row["evidence"]))
        cases.append(ClaimCase(row["claim"], WICE_LABEL[row["label"]], gold, f"wice:{row['meta']['id']}"))
    return cases


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
    gold_weighed: int = 0
    with_gold: int = 0
    false_nis: int = 0
    committed: int = 0
    committed_right: int = 0
    citations: int = 0
    valid: int = 0
    latencies: list[float] = field(default_factory=list)
    with_article: int = 0
    article_cited: int = 0
    gold_sentences: int = 0
    gold_cleaned_away: int = 0

    def add(
        self,
        case: ClaimCase,
        verdict: str,
        quotes: list[str],
        valid: int,
        n_cit: int,
        ms: float,
        sources: list[str] | None = None,
        article_text: str | None = None,
        weighed: list[str] | None = None,
    ) -> None:
        self.claims += 1
        if case.article:
            self.with_article += 1
            self.article_cited += case.article in (sources or [])
        if article_text is not None:
            flat = " ".join(article_text.split())
            self.gold_sentences += len(case.gold)
            self.gold_cleaned_away += sum(g not in flat for g in case.gold)
        got = TO_LABEL[verdict]
        self.confusion.setdefault(case.label, Counter())[got] += 1
        if case.gold:
            self.with_gold += 1
            self.gold_quoted += _has_gold(case.gold, quotes)
            self.gold_weighed += _has_gold(case.gold, weighed or [])
            self.false_nis += verdict == "not_in_sources"
        if verdict in ("supported", "refuted"):
            self.committed += 1
            self.committed_right += got == case.label
        self.citations += n_cit
        self.valid += valid
        self.latencies.append(ms)

    def summary(self) -> dict[str, Any]:
        right = sum(self.confusion.get(lab, Counter())[lab] for lab in LABELS)
        scored = sum(sum(self.confusion.get(lab, Counter()).values()) for lab in LABELS)
        disputed = self.confusion.get("DISPUTED", Counter())
        lat = sorted(self.latencies) or [0.0]
        return {
            "claims": self.claims,
            # Over claims whose label a verdict can match (WiCE's "partially supported" has no verdict).
            "label_accuracy": round(right / max(1, scored), 4),
            "disputed_shown_as_contested": round(disputed["DISPUTED"] / max(1, sum(disputed.values())), 4),
            "committed_precision": round(self.committed_right / max(1, self.committed), 4),
            "committed": self.committed,
            "gold_quoted": round(self.gold_quoted / max(1, self.with_gold), 4),
            "gold_weighed": round(self.gold_weighed / max(1, self.with_gold), 4),
            "false_not_in_sources": round(self.false_nis / max(1, self.with_gold), 4),
            "claims_with_gold_evidence": self.with_gold,
            "citation_validity": round(self.valid / max(1, self.citations), 6),
            "citations": self.citations,
            **(
                {
                    "own_article_cited": round(self.article_cited / self.with_article, 4),
                    "gold_sentences_removed_by_cleaning": f"{self.gold_cleaned_away} of {self.gold_sentences}",
                }
                if self.with_article
                else {}
            ),
            "p50_ms": round(statistics.median(lat), 1),
            "p95_ms": round(p95(lat), 1),
            "confusion_gold_by_verdict": {k: dict(v) for k, v in sorted(self.confusion.items())},
        }


def _has_gold(gold: tuple[str, ...], texts: list[str]) -> bool:
    """A text equal to or containing a gold sentence (or inside one: a quote may be part of it)."""
    flat = [" ".join(t.split()) for t in texts]
    return any(g in t or t in g for g in gold for t in flat if len(t) > 20)


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
        own = assistant.articles([case.article]).get(case.article) if case.article else None
        # The same retrieval and stances as the answer's (deterministic), outside its timing.
        weighed = [e.text for e in assistant.evidence(case.claim)] if case.gold else []
        report.add(
            case,
            ans.verdict,
            [c.quote for c in ans.citations],
            valid,
            total,
            ms,
            sources=[c.source for c in ans.citations],
            article_text=own.text if own is not None else None,
            weighed=weighed,
        )
        if progress:
            progress(i + 1)
    return report


def _origin_truth(folder: Path) -> tuple[dict[str, int], list[tuple[str, Any]]]:
    """origins.json's group of each file name, and the folder's articles by file name."""
    from assistant.ingest.loaders import expand, load_file
    from assistant.models import Article

    truth_file = folder / "origins.json"
    if not truth_file.is_file():
        raise BadInputError(f"--origins {folder}: no origins.json (groups of file names that share an origin).")
    groups = json.loads(truth_file.read_text(encoding="utf-8"))["origins"]
    group_of = {name: i for i, g in enumerate(groups) for name in g}
    articles = [a for p in expand([folder]) if isinstance(p, Path) for a in load_file(p) if isinstance(a, Article)]
    named = [(Path(a.path or a.id).name, a) for a in articles]
    unknown = sorted(n for n, _ in named if n not in group_of)
    if unknown:
        raise BadInputError(f"--origins {folder}: origins.json does not place {', '.join(unknown)}.")
    return group_of, named


def _pair_score(same: Callable[[int, int], bool], said: Callable[[int, int], bool], n: int) -> dict[str, Any]:
    from itertools import combinations

    tp = fp = fn = 0
    for i, j in combinations(range(n), 2):
        truth, guess = same(i, j), said(i, j)
        tp, fp, fn = tp + (truth and guess), fp + (guess and not truth), fn + (truth and not guess)
    return {
        "precision": round(tp / (tp + fp), 3) if tp + fp else None,
        "recall": round(tp / (tp + fn), 3) if tp + fn else None,
        "true_pairs": tp + fn,
        "false_pairs": fp,
    }


def origin_pairs(folder: Path) -> dict[str, Any]:
    """`factcheck eval --origins DIR`: how well `origins` tells which articles share an origin. DIR holds
    articles and an origins.json whose "origins" lists groups of file names, one group per origin.
    Reported over every pair of articles: precision and recall of "same origin", both for the article
    test alone and with copies of copies joined (as an answer joins them)."""
    from itertools import combinations

    from assistant.answer.origins import root_of, same_article_origin, text_overlap

    group_of, named = _origin_truth(folder)
    pairs = list(combinations(range(len(named)), 2))
    parent = list(range(len(named)))
    direct: dict[tuple[int, int], bool] = {}
    for i, j in pairs:
        direct[i, j] = same_article_origin(named[i][1], named[j][1])
        if direct[i, j]:
            parent[root_of(parent, j)] = root_of(parent, i)

    def same(i: int, j: int) -> bool:
        return bool(group_of[named[i][0]] == group_of[named[j][0]])

    overlap = {
        kind: sorted(
            round(text_overlap(named[i][1].text, named[j][1].text), 2)
            for i, j in pairs
            if same(i, j) == (kind == "same")
        )
        for kind in ("same", "different")
    }
    return {
        "articles": len(named),
        "pairs": len(direct),
        "article_test": _pair_score(same, lambda i, j: direct[i, j], len(named)),
        "joined": _pair_score(same, lambda i, j: root_of(parent, i) == root_of(parent, j), len(named)),
        "text_overlap_same_origin": [overlap["same"][0], overlap["same"][-1]] if overlap["same"] else None,
        "text_overlap_different": [overlap["different"][0], overlap["different"][-1]] if overlap["different"] else None,
    }


def speaker_accuracy(path: Path) -> dict[str, Any]:
    """`factcheck eval --speakers FILE`: who the speaker finder names, against hand-labelled sentences.
    FILE is .jsonl of {"text", "speaker" (a name, or null where no one named is quoted), "before"
    (optional: the preceding text, for "he said")}. A name is right when it ends with the gold name's last
    word ("NATO Secretary General Mark Rutte" for "Mark Rutte"), exact when it is the gold name."""
    from assistant.answer.speakers import speaker_at

    if not path.is_file():
        raise BadInputError(f"--speakers {path}: no such file (a .jsonl of text / speaker / before).")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    right = exact = named_right = named = wrongly_named = unnamed = 0
    misses: list[str] = []
    for row in rows:
        before = row.get("before") or ""
        text = f"{before} {row['text']}" if before else row["text"]
        start = len(text) - len(row["text"])
        got, gold = speaker_at(text, start, len(text)), row.get("speaker")
        if gold is None:
            unnamed += 1
            ok = got is None
            wrongly_named += got is not None
        else:
            named += 1
            ok = got is not None and got.split()[-1].casefold() == gold.split()[-1].casefold()
            named_right += ok
            exact += got == gold
        right += ok
        if not ok:
            misses.append(f"{row['text'][:90]} -> {got!r} (gold {gold!r})")
    return {
        "sentences": len(rows),
        "attributed": named,
        "accuracy": round(right / len(rows), 3) if rows else None,
        "attributed_found": round(named_right / named, 3) if named else None,
        "attributed_exact": round(exact / named, 3) if named else None,
        "unattributed_left_unnamed": round(1 - wrongly_named / unnamed, 3) if unnamed else None,
        "misses": misses,
    }
