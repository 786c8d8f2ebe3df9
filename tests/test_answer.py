"""The core contract: answer() returns verified, cited, outlet-attributed evidence, or abstains."""

from __future__ import annotations

import json

import pytest

from assistant.answer.verify import check
from assistant.evals.evaluation import default_cases_path, load_cases

CASES = load_cases(default_cases_path())


def test_nato_troops_quote_comes_first(seeded):
    """The quote users need leads the answer, with its outlet, headline, date, link and offsets."""
    a = seeded.answer("did NATO rule out troops?")
    assert a.verdict != "not_in_sources"
    first = a.citations[0]
    assert "NATO will not deploy NATO combat troops to Ukraine" in first.quote
    assert first.outlet in ("Republic World", "Al Mayadeen English")
    assert first.title and first.published and first.url
    assert "[1]" in a.text.splitlines()[0]


def test_same_statement_is_grouped_once_per_outlet(seeded):
    """Two outlets printing the same quote become one claim with both outlets, each cited once."""
    a = seeded.answer("did NATO rule out troops?")
    lead = a.claims[0]
    assert set(lead.outlets) >= {"Republic World", "Al Mayadeen English"}
    assert len(lead.outlets) == len(set(lead.outlets))
    assert "reported by" in a.text.splitlines()[0]


@pytest.mark.parametrize("case", CASES, ids=[c.question[:40] for c in CASES])
def test_every_citation_is_verbatim_and_correctly_attributed(seeded, case):
    """The invariant, on every question of the evaluation set."""
    a = seeded.answer(case.question)
    assert not a.dropped, a.dropped  # held before the quote check, not made true by it
    articles = seeded.articles([c.source for c in a.citations])
    for c in a.citations:
        assert check(c, articles.get(c.source)) is None
        assert articles[c.source].text[c.start : c.end] == c.quote
        assert c.outlet == articles[c.source].outlet
        assert f"[{c.n}]" in a.text


@pytest.mark.parametrize(
    "question",
    ["What is the capital of Australia?", "who won the 2022 World Cup?", "How do I bake sourdough bread?"],
)
def test_off_topic_questions_abstain(seeded, question):
    """Nothing relevant: verdict not_in_sources, no citations, and the text says so."""
    a = seeded.answer(question)
    assert a.verdict == "not_in_sources"
    assert a.citations == ()
    assert "Not in the sources" in a.text


def test_named_subject_missing_from_sources_abstains(seeded):
    """A question about someone no article mentions is not answered with nearby evidence."""
    a = seeded.answer("What did Macron say about NATO troops?")
    assert a.verdict == "not_in_sources"
    assert any("Macron" in n for n in a.notices)


def test_answer_is_json_ready(seeded):
    """to_dict() round-trips through JSON with the contract's fields."""
    d = json.loads(json.dumps(seeded.answer("Will NATO reply to Russia in writing?").to_dict()))
    assert d["verdict"] in ("supported", "refuted", "contested", "unclear", "not_in_sources")
    c = d["citations"][0]
    assert {"n", "outlet", "title", "url", "published", "source", "quote", "start", "end", "speaker"} <= set(c)


def test_speaker_is_named_where_the_article_says(seeded):
    """Lavrov's statement is credited to Lavrov."""
    a = seeded.answer("What did Lavrov say about the Ukrainian people?")
    assert "Lavrov" in (a.citations[0].speaker or "")


def test_follow_up_uses_the_conversation(seeded):
    """'what about the US?' after a NATO question finds what the US said about troops."""
    history = [
        {"role": "user", "content": "did NATO rule out troops?"},
        {"role": "assistant", "content": "..."},
    ]
    a = seeded.answer("what about the US?", history=history)
    assert a.verdict != "not_in_sources"
    assert any("Biden" in c.quote or "American" in c.quote for c in a.citations)


def test_boilerplate_is_never_quoted(seeded):
    """Adverts, image credits, other stories' headlines and comment forms never appear in a quote."""
    banned = [
        "Advertisement",
        "Image: AP",
        "Getty Images",
        "Also read",
        "Leave a Reply",
        "Latest Posts",
        "Read more",
        "refuse all security concessions proposed by Russia",
        "Published 13:34",
    ]
    for case in CASES:
        for c in seeded.answer(case.question).citations:
            assert not any(b in c.quote for b in banned), c.quote
