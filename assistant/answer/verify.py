"""The invariant the product hangs on, enforced on every answer before it leaves the library:
for every citation, article_text(source)[start:end] == quote, and outlet is that article's outlet."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from assistant.models import Answer, Article, Citation

Lookup = Callable[[Sequence[str]], dict[str, Article]]


def check(citation: Citation, article: Article | None) -> str | None:
    """None when the citation is sound, else why not."""
    if article is None:
        return f"[{citation.n}] cites {citation.source!r}, which is not in the index"
    if not citation.quote.strip():
        return f"[{citation.n}] has an empty quote"
    if not (0 <= citation.start < citation.end <= len(article.text)):
        return f"[{citation.n}] points outside {citation.source!r}"
    if article.text[citation.start : citation.end] != citation.quote:
        return f"[{citation.n}] quote is not verbatim in {citation.source!r}: {citation.quote[:80]!r}"
    if citation.outlet != article.outlet:
        return f"[{citation.n}] credits {citation.outlet!r}, but {citation.source!r} is from {article.outlet!r}"
    return None


_RUN = re.compile(r"(?:\[\d+\])+")


def _without_unsupported(text: str, kept: set[int]) -> str:
    """The text less every statement whose markers all failed: a sentence whose only support failed
    goes with it. A line with one run of markers is one statement (the extractive answer's lines);
    in a line with several, each statement runs from the end of the previous run to the end of its own."""
    out: list[str] = []
    for line in text.split("\n"):
        runs = list(_RUN.finditer(line))
        dead = [m for m in runs if not any(int(n) in kept for n in re.findall(r"\d+", m.group()))]
        if not dead:
            out.append(line)
            continue
        if len(runs) == 1:
            continue  # the whole line was that one statement
        pieces, start = [], 0
        for m in runs:
            if m not in dead:
                pieces.append(line[start : m.end()])
            start = m.end()
        pieces.append(line[start:])
        kept_line = "".join(pieces).strip()
        if _RUN.search(kept_line):
            out.append(kept_line)
    return "\n".join(out)


def enforce(answer: Answer, lookup: Lookup) -> Answer:
    """Drop every citation that fails `check`, renumber the rest, and fix the markers in the text."""
    articles = lookup([c.source for c in answer.citations])
    kept: list[Citation] = []
    dropped = list(answer.dropped)
    renumber: dict[int, int] = {}
    for c in answer.citations:
        problem = check(c, articles.get(c.source))
        if problem:
            dropped.append(problem)
            continue
        renumber[c.n] = len(kept) + 1
        kept.append(replace(c, n=len(kept) + 1))
    if len(kept) == len(answer.citations) and all(c.n == i + 1 for i, c in enumerate(answer.citations)):
        return answer
    text = _without_unsupported(answer.text, set(renumber))
    text = re.sub(
        r"\[(\d+)\]",
        lambda m: f"[{renumber[int(m.group(1))]}]" if int(m.group(1)) in renumber else "",
        text,
    )
    claims = tuple(
        replace(cl, citations=tuple(renumber[n] for n in cl.citations if n in renumber)) for cl in answer.claims
    )
    claims = tuple(cl for cl in claims if cl.citations)
    notices = answer.notices
    verdict = answer.verdict
    first = [int(n) for n in re.findall(r"\[(\d+)\]", answer.text.split("\n", 1)[0])]
    if kept and first and not any(n in renumber for n in first) and verdict != "not_in_sources":
        # The line that said the verdict rested on citations that all failed: no verdict stands.
        verdict = "unclear"
        text = "**No verdict: the leading evidence failed verification.**\n\n" + text
    if len(kept) < len(answer.citations):
        notices += (f"{len(answer.citations) - len(kept)} citation(s) failed verification and were removed.",)
    if not kept and verdict != "not_in_sources":
        verdict = "unclear"
        text = (
            "**No verified evidence.** Every quote offered for this answer failed verification against "
            "its article, so nothing is claimed."
        )
    return replace(
        answer,
        citations=tuple(kept),
        claims=claims,
        text=text,
        notices=notices,
        dropped=tuple(dropped),
        verdict=verdict,
    )
