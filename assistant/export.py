"""Answers in forms other tools read: schema.org ClaimReview JSON-LD for one answer, and a whole chat
session as JSON or as a Markdown report. Pure functions of `Answer`s; nothing here reads the index."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # types only: models imports this module for Answer.to_claimreview
    from assistant.models import Answer, Citation

DEFAULT_AUTHOR = "factcheck (automated, from quoted news sources)"

# The verdict as a ClaimReview rating on the usual 1 (false) to 5 (true) scale. "unclear" and
# "not_in_sources" are no rating of the claim's truth, so they carry a name and no number.
RATINGS: dict[str, tuple[int | None, str]] = {
    "supported": (5, "Supported by the sources"),
    "refuted": (1, "Refuted by the sources"),
    "contested": (3, "Contested: the outlets disagree"),
    "unclear": (None, "Unclear: the sources discuss it but do not settle it"),
    "not_in_sources": (None, "Not in the sources"),
}

_MARKDOWN = re.compile(r"\*\*|(?<!\w)\*|\*(?!\w)")


def plain_line(text: str) -> str:
    """An answer's first line without markdown emphasis or [n] markers."""
    first = text.split("**Closest answer", 1)[0] if "**Closest answer" in text else text.splitlines()[0]
    return " ".join(_MARKDOWN.sub("", re.sub(r"\[\d+\]", "", first)).split())


def _today() -> str:
    return datetime.now(UTC).date().isoformat()


def _appearance(c: Citation) -> dict[str, Any]:
    work: dict[str, Any] = {
        "@type": "NewsArticle",
        "headline": c.title,
        "publisher": {"@type": "Organization", "name": c.outlet},
    }
    if c.url:
        work["url"] = c.url
    if c.published:
        work["datePublished"] = c.published
    return work


def claim_review(
    answer: Answer, *, author: str | None = None, author_url: str | None = None, date: str | None = None
) -> dict[str, Any]:
    """schema.org ClaimReview JSON-LD for one answer: the question or claim as `claimReviewed`, the verdict
    as `reviewRating`, each cited article (URL, outlet, date; earliest first) as an `appearance` of the
    claim, and the quotes the verdict rests on in `reviewBody`."""
    value, name = RATINGS[answer.verdict]
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": name, "ratingExplanation": plain_line(answer.text)}
    if value is not None:
        rating.update(ratingValue=value, bestRating=5, worstRating=1)
    org: dict[str, Any] = {"@type": "Organization", "name": author or DEFAULT_AUTHOR}
    if author_url:
        org["url"] = author_url
    seen: dict[str, Citation] = {}
    for c in answer.citations:
        seen.setdefault(c.source, c)
    cited = sorted(seen.values(), key=lambda c: c.published or "9999")
    item: dict[str, Any] = {"@type": "Claim", "appearance": [_appearance(c) for c in cited]}
    if cited and cited[0].published:
        item["firstAppearance"] = _appearance(cited[0])
    body = " ".join(f"{c.outlet}: “{' '.join(c.quote.split())}”" for c in answer.citations)
    return {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": answer.question,
        "datePublished": date or _today(),
        "author": org,
        "reviewRating": rating,
        "itemReviewed": item,
        "reviewBody": body,
    }


def session_json(answers: Sequence[Answer]) -> str:
    """A chat session as JSON: each question, its answer, verdict and every citation with its offsets."""
    turns = [
        {
            "question": a.question,
            "verdict": a.verdict,
            "confidence": a.confidence,
            "answer": a.text,
            "notices": list(a.notices),
            "citations": [
                {
                    "n": c.n,
                    "outlet": c.outlet,
                    "title": c.title,
                    "url": c.url,
                    "published": c.published,
                    "source": c.source,
                    "start": c.start,
                    "end": c.end,
                    "quote": c.quote,
                    "speaker": c.speaker,
                    "stance": c.stance,
                }
                for c in a.citations
            ],
        }
        for a in answers
    ]
    return json.dumps({"exported": _today(), "turns": turns}, ensure_ascii=False, indent=1)


def _md(text: str) -> str:
    """Outside text in a Markdown report: inline, its Markdown punctuation escaped."""
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", " ".join(text.split()))


def session_markdown(answers: Sequence[Answer]) -> str:
    """A chat session as a Markdown report a journalist can file: per question the verdict, the answer's
    first line, and every quote with its outlet, date, link and character offsets."""
    lines = [f"# factcheck session, exported {_today()}", ""]
    for i, a in enumerate(answers, 1):
        lines += [f"## {i}. {_md(a.question)}", "", f"**Verdict:** {RATINGS[a.verdict][1]}"]
        if a.confidence is not None:
            lines[-1] += f" (confidence {a.band}, {a.confidence:.2f})"
        lines += ["", _md(plain_line(a.text)), ""]
        lines += [f"> {_md(n)}" for n in a.notices]
        for c in a.citations:
            where = ", ".join(x for x in (c.published, c.url) if x)
            lines.append(
                f"{c.n}. “{_md(c.quote)}” — {_md(c.outlet)}, *{_md(c.title)}*"
                f"{f' ({_md(where)})' if where else ''}, characters {c.start}–{c.end}"
            )
        lines.append("")
    return "\n".join(lines)
