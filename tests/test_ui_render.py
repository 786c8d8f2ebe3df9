"""The UI's HTML helpers: outside text is inert, quotes are highlighted at their offsets."""

from __future__ import annotations

import re

import pytest

from assistant.index.records import ArticleSummary
from assistant.models import Answer, Article, Citation
from assistant.ui.render import (
    ARTICLE_WINDOW,
    answer_body,
    answer_html,
    citation_card,
    conversation,
    highlighted_article,
    plain,
    quote_text,
    safe_url,
    sources_html,
    text,
    user_html,
    verdict_badge,
)

ART = Article(
    id="a.txt", outlet="Out <b>let</b>", title="T [x](javascript:alert(1))", text="Before. Said *this*. After."
)


@pytest.mark.parametrize(
    ("raw", "absent"),
    [
        ("<script>alert(1)</script>", "<script"),
        ('<img src=x onerror="alert(1)">', "<img"),
        ("[click](javascript:alert(1))", "](javascript"),
        ("**bold** and `code` and $$x$$", "**"),
        ("a\n\nb", "\n"),
        ('it\'s "quoted" & <ok>', "<ok>"),
    ],
)
def test_text_is_inert(raw, absent):
    """Outside text loses every HTML and markdown meaning, and comes back unchanged as plain text."""
    out = text(raw)
    assert absent not in out
    assert plain(out).replace("\n", "") == raw.replace("\n", "")


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://example.com/a?b=1&c=2", True),
        ("http://example.com", True),
        ("javascript:alert(1)", False),
        (" JavaScript:alert(1)", False),
        ("data:text/html,<script>", False),
        ("//evil.example", False),
        ("", False),
        (None, False),
    ],
)
def test_only_http_links_are_linked(url, ok):
    """A citation or source link is an http(s) URL or nothing."""
    assert (safe_url(url) is not None) == ok


def test_highlight_uses_the_offsets():
    """The <mark> holds exactly text[start:end], with the article's own text either side."""
    start = ART.text.index("Said")
    end = ART.text.index("After") - 1
    out = highlighted_article(ART, start, end)
    assert f'<mark class="fc-hl" title="characters {start}-{end}">{quote_text(ART.text[start:end])}</mark>' in out
    assert plain(out) == ART.text


def test_long_article_is_a_window_around_the_quote():
    """A huge article is cut to a window that still contains the quote at its offsets."""
    body = "x. " * ARTICLE_WINDOW + "THE QUOTE." + " y." * ARTICLE_WINDOW
    art = Article(id="big", outlet="o", title="t", text=body)
    start = body.index("THE QUOTE")
    out = highlighted_article(art, start, start + len("THE QUOTE."))
    assert len(out) < ARTICLE_WINDOW * 2
    assert ">THE QUOTE.</bdi></mark>" in out and plain(out).startswith("…") and plain(out).endswith("…")


def test_card_shows_outlet_headline_date_link_quote_and_escapes_them():
    """One card: outlet, headline, date, link and quote, all as text; no link for a javascript: URL."""
    s = ART.text.index("Said")
    c = Citation(
        n=2,
        outlet=ART.outlet,
        title=ART.title,
        url="javascript:alert(1)",
        published="2024-01-02",
        source="a.txt",
        quote=ART.text[s : s + 11],
        start=s,
        end=s + 11,
        speaker="Ann <i>",
    )
    out = citation_card(c, ART)
    assert "<b>" not in out and "<i>" not in out and "href" not in out
    assert "Out &lt;b&gt;let&lt;/b&gt;" in out and "2024" in out and "Ann &lt;i&gt;" in out
    assert "<mark" in out and out.startswith('<details class="fc-card">')


def test_answer_body_keeps_our_markdown_only():
    """Bold, italics, bullets and [n] markers become HTML; a link written in an article does not."""
    out = answer_body("**Lead:** quote [1] — *Outlet*\n\n- more [x](javascript:1) [2]")
    assert "<strong>Lead&#58;</strong>" in out and "<em>Outlet</em>" in out
    assert out.count('<span class="fc-ref">') == 2 and "<ul><li>" in out
    assert "<a" not in out


def test_answer_html_is_one_html_block():
    """Badge, text, notices and cards in one <div> with no blank line, so markdown leaves it alone."""
    a = Answer(
        question="q",
        verdict="not_in_sources",
        text="**Not in the sources.**\n\nNothing.",
        citations=(),
        notices=("Never mentions <X>.",),
    )
    out = answer_html(a, {})
    assert out.startswith('<div class="fc-answer">') and out.endswith("</div>") and "\n" not in out
    assert verdict_badge("not_in_sources") in out and "&lt;X&gt;" in out


def test_user_message_round_trips_for_follow_ups():
    """The user's message is shown as text and read back as typed for the conversation history."""
    typed = "what about <b>the US</b>? [x](y)"
    history = [{"role": "user", "content": user_html(typed)}, {"role": "assistant", "content": [{"text": "<p>a</p>"}]}]
    assert conversation(history) == [{"role": "user", "content": typed}, {"role": "assistant", "content": "a"}]


def test_sources_list_of_a_large_index_shows_the_most_recent():
    """Every article is counted; the table holds the newest `shown`, grouped by outlet."""
    arts = [
        ArticleSummary(
            id=f"{i}.txt",
            outlet=f"Outlet {i % 3}",
            title=f"Story {i}",
            published=f"2024-01-{1 + i:02d}",
            url=None,
            sentences=4,
        )
        for i in range(20)
    ]
    page = sources_html(arts, shown=5)
    assert "20 articles from 3 outlets. Showing the 5 most recently published." in page
    shown = re.findall(r"Story (\d+)", page)
    assert sorted(map(int, shown)) == [15, 16, 17, 18, 19]
    assert shown == [str(i) for i in sorted(range(15, 20), key=lambda i: (i % 3, i))]
    assert "Showing" not in sources_html(arts[:5], shown=5) and page.count("<tr>") == 6


def test_an_uploaded_articles_card_and_source_row_say_who_uploaded_it_and_when():
    """A card and a sources row of an article added through the UI carry "uploaded by <user>, <when>"
    (escaped: a login name is the user's text); a feed article's carry nothing of the kind."""
    from dataclasses import replace

    s = ART.text.index("Said")
    c = Citation(
        n=1,
        outlet="Reuters",
        title="T",
        url=None,
        published=None,
        source="upload/x/a.txt",
        quote=ART.text[s : s + 11],
        start=s,
        end=s + 11,
    )
    assert "uploaded by" not in plain(citation_card(c, ART))
    up = replace(c, uploaded_by="<b>eve</b>", uploaded_at="2026-12-01 17:40 UTC")
    out = citation_card(up, ART)
    assert "uploaded by <b>eve</b>, 2026-12-01 17:40 UTC" in plain(out) and "<b>eve" not in out
    row = ArticleSummary(id="upload/eve/a.txt", outlet="Reuters", title="T", published=None, url=None, sentences=3)
    assert "uploaded by" not in plain(sources_html([row]))
    assert "uploaded by eve, 2026" in plain(sources_html([replace(row, uploaded_by="eve", uploaded_at="2026")]))
