"""The invariant the product hangs on, enforced on every answer before it leaves the library:
for every citation, article_text(source)[start:end] == quote, and outlet is that article's outlet."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from .models import Answer, Article, Citation

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
    text = re.sub(
        r"\[(\d+)\]",
        lambda m: f"[{renumber[int(m.group(1))]}]" if int(m.group(1)) in renumber else "",
        answer.text,
    )
    claims = tuple(
        replace(cl, citations=tuple(renumber[n] for n in cl.citations if n in renumber)) for cl in answer.claims
    )
    claims = tuple(cl for cl in claims if cl.citations)
    notices = answer.notices
    verdict = answer.verdict
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
