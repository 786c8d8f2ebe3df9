"""The cleaner removes page furniture and keeps reporting verbatim."""

from __future__ import annotations

import pytest

from assistant.ingest.cleaning import RULES, clean, is_dateline_or_byline
from assistant.ingest.loaders import load_file
from assistant.ingest.sentences import split_sentences
from tests.conftest import SEEDS

BODY = "NATO said on Tuesday that it will send a written reply to Moscow this week."

REMOVED = [
    "Advertisement",
    "ADVERTISEMENT",
    "(Image: AP)",
    "© Getty Images / uschools",
    "Photo: Reuters",
    "Also read| N.Korea confirms test-firing of intermediate-range ballistic missile",
    "Read More: Ten things you missed this week",
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
    "Latest Posts",
    "Post a Comment",
    "Source: IZ",
    "Published 13:34 IST, January 26th 2022",
    "13:34 IST, January 26th 2022",
    "Updated: March 3, 2024 10:15 am",
    "\u00a0",
    "Share this article",
    "Copyright © 2024 The Velmar Herald. All rights reserved.",
    "Copyright 2023 Coast Times",
    "Subscribe to our newsletter",
    "Subscribe now",
    "Follow us on Twitter and Facebook",
    "Sources: Reuters, AP",
    "With inputs from PTI",
]


@pytest.mark.parametrize("line", REMOVED)
def test_furniture_lines_are_removed(line):
    """Each kind of boilerplate line is dropped; the reporting around it stays."""
    out = clean(f"{BODY}\n{line}\nThe alliance also said it was ready to talk.")
    assert line.strip() not in out.text.split("\n\n")
    assert BODY in out.text and "ready to talk." in out.text


KEPT = [
    "Stoltenberg said the alliance would read more reports before deciding.",
    "Source documents seen by Reuters show the plan was approved in 2021 by the full council.",
    "The photo agency AP said its journalists were safe.",
    "On January 21, Lavrov said Washington had agreed to reply in writing.",
    # Ordinary reporting from outlets other than the seeds that earlier rules dropped.
    "Copyright lawsuits against AI firms rose sharply in 2023, the report said.",
    "Sources said the deal was off.",
    "Subscribe to the idea that markets always recover, and you will be disappointed.",
    "Follow us on a journey through the old harbour district, the guide told visitors.",
    "Via Appia traffic was halted for two hours after the crash.",
    "Read more carefully, the judge told the lawyers, and the contract is clear.",
    # A bare date can be the evidence (a birth date under "Born" on a cited page).
    "August 24, 2016",
    "27 December 2012",
]


@pytest.mark.parametrize("line", KEPT)
def test_reporting_that_looks_like_furniture_is_kept(line):
    """Sentences that merely mention 'read more', 'source' or dates are reporting, not furniture."""
    assert line in clean(f"{BODY}\n{line}").text


def test_read_more_drops_the_linked_story_headline():
    """After a lone 'Read more', the credit and the other story's headline go too."""
    text = f"{BODY}\nRead more\n© Getty Images / x\nUS says it will refuse all concessions\nThe talks went on."
    out = clean(text).text
    assert "refuse all concessions" not in out and "The talks went on." in out


def test_headline_and_repeated_paragraph_are_dropped():
    """The title printed in the body, and a paragraph printed twice, appear once or not at all."""
    text = f"My headline\n\nMy headline\n{BODY}\nAnother line here.\n{BODY}"
    out = clean(text, title="My headline").text
    assert "My headline" not in out
    assert out.count(BODY) == 1


def test_a_headline_and_a_repeat_differing_only_in_typography_are_dropped():
    """A CMS prints the title with straight quotes and the body with curly ones (or an en dash for a
    hyphen, or full-width digits): still the same line, so still dropped once."""
    title = 'Port strike "will go ahead" - union'
    para = "The union said the strike would go ahead on Monday after talks with the port operator failed."
    text = f"Port strike “will go ahead” – union\n\n{para}\n\nA second paragraph of reporting.\n\n{para.upper()}"
    out = clean(text, title=title).text
    assert "will go ahead” –" not in out
    assert out.count("talks with the port operator") == 1 and "A second paragraph of reporting." in out


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_seed_texts_are_clean(path):
    """What docs/seed-sources.md lists as not article text never survives cleaning."""
    (article,) = list(load_file(path))
    banned = [
        "Advertisement",
        "(Image: AP)",
        "Getty Images",
        "Also read",
        "Leave a Reply",
        "Latest Posts",
        "Read more",
        "Post a Comment",
        "Source: IZ",
        "IST, January 26th",
        "Required fields",
        "refuse all security concessions proposed by Russia",
        "N.Korea",
        "Imran Khan",
    ]
    for b in banned:
        assert b not in article.text
    assert article.title not in article.text
    for a, b in split_sentences(article.text):
        assert article.text[a:b].strip() == article.text[a:b]


SPLITS = [
    ("He said “NATO will not deploy,” Stoltenberg told CNN. Then he left.", 2),
    ("The U.S. Secretary of State spoke. Mr. Smith agreed.", 2),
    ("“We are ready.” He added more.", 2),
    ("Russia has amassed over 1,00,000 troops. It demands guarantees.", 2),
    ("No end punctuation here", 1),
]


@pytest.mark.parametrize("text,n", SPLITS)
def test_sentence_splitting(text, n):
    """Quotes with attributions stay whole; abbreviations and numbers do not split sentences."""
    spans = split_sentences(text)
    assert len(spans) == n
    assert "".join(text[a:b] for a, b in spans).replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize(
    ("body", "title"),
    [
        (
            "New York CNN —\nNetflix announced Sunday that the wildly popular South Korean show is green lit. More.",
            "Netflix announced Sunday that the wildly popular South Korean show is green lit.",
        ),
        (
            "WASHINGTON (Reuters) - The U.S. Senate on Tuesday passed the bill by 60 votes to 40. It goes on.",
            "The U.S. Senate on Tuesday passed the bill by 60 votes to 40.",
        ),
        (
            "By Jane Doe and John Roe, Coast Times\nCouncil approves harbour budget\nThe vote was close.",
            "Council approves harbour budget",
        ),
        (
            "Published 13:34 IST, January 26th 2022\nFerry service resumes\nThe ferry runs from Monday, they said.",
            "Ferry service resumes",
        ),
        (
            "LONDON, March 3 (AFP) –\nThe Bank of England held rates at 5 per cent on Thursday.",
            "The Bank of England held rates at 5 per cent on Thursday.",
        ),
        (
            "Sources said the deal was off, and talks would not resume.\nMore text.",
            "Sources said the deal was off, and talks would not resume.",
        ),
        (
            "By the end of the year the new bridge will be open, officials said.\nMore.",
            "By the end of the year the new bridge will be open, officials said.",
        ),
    ],
)
def test_an_article_without_a_title_never_gets_a_dateline_or_byline_as_one(tmp_path, body, title):
    """No title given: the first headline-like line, else the first sentence (less its dateline);
    never "New York CNN —", a time stamp or a byline. The article text keeps every sentence."""
    path = tmp_path / "a.txt"
    path.write_text(f"---\noutlet: Coast Times\n---\n{body}\n")
    (article,) = list(load_file(path))
    assert article.title == title
    if title.endswith("."):  # the first sentence as title: still a sentence of the article
        assert title in article.text
    assert not is_dateline_or_byline(article.title) and "CNN —" not in article.title


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.reason)
def test_every_cleaning_rule_drops_its_examples_and_keeps_reporting(rule):
    """The rule table: each rule removes each of its examples (for that reason) and keeps every line
    of reporting listed with it, between two ordinary sentences of news."""
    for line in rule.removes:
        out = clean(f"{BODY}\n{line}\nThe alliance also said it was ready to talk.")
        assert (line, rule.reason) in out.removed, (line, out.removed)
    for line in rule.keeps:
        out = clean(f"{BODY}\n{line}\nThe alliance also said it was ready to talk.")
        assert line in out.text.split("\n\n"), (line, out.removed)
