"""The safety net breaks on purpose: a citation that fails takes the sentence it supported with it."""

from __future__ import annotations

import re
from dataclasses import replace

from assistant.answer.verify import enforce
from assistant.models import Answer, Article, Citation

ART = Article(
    id="a1",
    outlet="Tide Post",
    title="Ferry",
    text="The ferry will start in June. Tickets cost 12 euros. The mayor opened the pier.",
)


def _cite(n: int, start: int, end: int, outlet: str = "Tide Post") -> Citation:
    return Citation(n, outlet, ART.title, None, None, ART.id, ART.text[start:end], start, end)


def _lookup(ids):
    return {ART.id: ART}


def test_a_sentence_whose_only_citation_failed_is_removed():
    good, bad, other = _cite(1, 0, 29), _cite(2, 30, 52), _cite(3, 53, 79)
    bad = replace(bad, quote="Tickets are free.")  # not what the article says
    text = (
        "**Yes.** **Closest answer in the sources:** The ferry will start in June. [1] — *Tide Post*\n\n"
        "**More evidence:**\n- Tickets are free. [2] — *Tide Post*\n- The mayor opened the pier. [3] — *Tide Post*"
    )
    a = Answer("q", "supported", text, (good, bad, other))
    out = enforce(a, _lookup)
    assert "Tickets are free" not in out.text
    assert [c.n for c in out.citations] == [1, 2] and "[2]" in out.text and "[3]" not in out.text
    assert "The mayor opened the pier. [2]" in out.text
    assert out.verdict == "supported" and out.dropped


def test_in_prose_only_the_unsupported_sentence_goes():
    good, bad = _cite(1, 0, 29), replace(_cite(2, 30, 52), outlet="Reuters")  # wrong outlet
    a = Answer("q", "supported", "**Supported.** The ferry starts in June [1]. Tickets are cheap [2]. ", (good, bad))
    out = enforce(a, _lookup)
    assert "Tickets are cheap" not in out.text and "The ferry starts in June [1]." in out.text


def test_when_the_verdict_line_loses_all_its_support_no_verdict_stands():
    bad, other = replace(_cite(1, 0, 29), start=1), _cite(2, 53, 79)
    text = "**Yes.** The ferry will start in June. [1] — *Tide Post*\n- The mayor opened the pier. [2]"
    out = enforce(Answer("q", "supported", text, (bad, other)), _lookup)
    assert out.verdict == "unclear" and "The ferry will start" not in out.text
    assert re.findall(r"\[(\d+)\]", out.text) == ["1"]
