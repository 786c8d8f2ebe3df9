"""The web UI in a real headless Chromium (Debian's package) driven by Playwright."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import free_port

CHROMIUM = os.environ.get("FACTCHECK_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
QUESTION = "did NATO rule out troops?"
EVIL = """---
outlet: Evil <b>Outlet</b> [x](javascript:alert(1))
title: <script>window.__pwned = 'title'</script> Bridge *closure* headline
published: 2024-05-01
url: javascript:window.__pwned='url'
---
The harbour bridge in Springfield will close for repairs in May, the mayor said. <script>window.__pwned = 'body'
</script> See [the closure](javascript:window.__pwned='link') <img src=x onerror="window.__pwned='img'"> now.
Engineers found cracks in the harbour bridge's steel supports last winter, the city's transport office said.
"""

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"no chromium at {CHROMIUM}: apt-get install chromium"),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 1600})
    p = context.new_page()
    p.set_default_timeout(60_000)
    yield p
    context.close()


def ask(page, url: str, question: str) -> None:
    page.goto(url)
    box = page.locator("#fc-question textarea")
    box.fill(question)
    box.press("Enter")
    page.wait_for_selector(".fc-answer", timeout=60_000)


def test_question_shows_badge_cards_and_highlighted_quote(page, ui_server, seeded, tmp_path):
    """Type a question: verdict badge, one card per citation, and a card opens on its quote, highlighted."""
    expected = seeded.answer(QUESTION)
    ask(page, ui_server, QUESTION)
    cards = page.locator(".fc-card")
    assert cards.count() == len(expected.citations)
    assert page.locator(".fc-badge").first.is_visible()
    first = expected.citations[0]
    card = cards.first
    assert first.outlet in card.locator(".fc-outlet").inner_text()
    assert first.title in card.locator(".fc-title").inner_text()
    assert first.published in card.locator(".fc-date").inner_text()
    assert card.locator("a.fc-link").get_attribute("href") == first.url
    assert " ".join(first.quote.split()) in " ".join(card.locator(".fc-quote").inner_text().split())

    card.locator("summary").click()
    mark = card.locator("mark.fc-hl")
    mark.wait_for(state="visible")
    assert mark.inner_text() == first.quote
    assert mark.get_attribute("title") == f"characters {first.start}-{first.end}"
    article = seeded.articles([first.source])[first.source]
    assert article.text[first.start : first.end] == mark.inner_text()
    # the text around the mark is the article's own text either side of the offsets
    full = card.locator(".fc-article-text").inner_text()
    assert article.text[max(0, first.start - 40) : first.start].split()[-1] in full

    shot = tmp_path / "factcheck-ui.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000
    shutil.copy(shot, "/tmp/factcheck-ui.png")


def test_follow_up_in_the_browser_uses_the_conversation(page, ui_server):
    """'what about the US?' after the NATO question cites what the US side said."""
    ask(page, ui_server, QUESTION)
    page.wait_for_selector(".fc-card")
    box = page.locator("#fc-question textarea")
    box.fill("what about the US?")
    box.press("Enter")
    page.wait_for_function("document.querySelectorAll('.fc-answer').length >= 2", timeout=60_000)
    second = page.locator(".fc-answer").nth(1)
    quotes = " ".join(second.locator(".fc-quote").all_inner_texts())
    assert "Biden" in quotes or "American" in quotes


def test_sources_tab_lists_the_seed_articles(page, ui_server, seeded):
    """The sources tab shows every indexed article with its outlet and chunk count."""
    page.goto(ui_server)
    page.get_by_role("tab", name="Sources").click()
    rows = page.locator("#fc-sources tbody tr")
    rows.first.wait_for()
    listed = seeded.store.list_articles()
    assert rows.count() == len(listed)
    assert listed[0].outlet in rows.first.inner_text()


def test_article_html_and_links_are_shown_as_text(page, fresh, tmp_path):
    """An article with script tags, an onerror image and javascript: links injects nothing into the page."""
    from app import build_app, launch

    path = tmp_path / "evil.txt"
    path.write_text(EVIL)
    assert fresh.ingest([path]).added == ("evil.txt",)
    demo = build_app(fresh)
    launch(demo, "127.0.0.1", free_port(), prevent_thread_lock=True, quiet=True)
    try:
        dialogs: list[str] = []
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        ask(page, demo.local_url, "Will the harbour bridge in Springfield close for repairs? <b>bold</b>")
        card = page.locator(".fc-card").first
        card.locator("summary").click()
        card.locator("mark.fc-hl").wait_for(state="visible")
        page.wait_for_timeout(500)
        assert page.evaluate("window.__pwned") is None
        assert dialogs == []
        chat = page.locator("#fc-chat")
        assert chat.locator("script, img, b").count() == 0
        assert chat.locator("a[href^='javascript']").count() == 0
        text = chat.inner_text()
        assert "<script>window.__pwned = 'title'</script>" in text
        assert "Evil <b>Outlet</b> [x](javascript:alert(1))" in text
        assert "<b>bold</b>" in text  # the user's own question is text too
        assert card.locator("a.fc-link").count() == 0  # a javascript: URL gets no link at all
    finally:
        demo.close()


def test_a_quote_cannot_reorder_the_page_and_keeps_its_tabs(page):
    """A quote holding U+202E (right-to-left override) shows the control as a visible code and is
    isolated, so the text after it reads in order; a tab inside the highlighted quote stays a tab."""
    from app import CSS
    from assistant.models import Answer, Article, Citation
    from assistant.ui.render import answer_html

    body = "Officials said the vote passed \u202eby 12 to 3\u202c on Monday.\tFinal tally\tconfirmed."
    art = Article(id="r.txt", outlet="Tide Post", title="Vote", text=body)
    cit = Citation(1, "Tide Post", "Vote", None, None, "r.txt", body, 0, len(body))
    ans = Answer("q", "unclear", "**Unclear.** The vote [1]", (cit,))
    page.set_content(f"<html><head><style>{CSS}</style></head><body>{answer_html(ans, {'r.txt': art})}</body></html>")
    quote = page.locator(".fc-quote").first.inner_text()
    assert "[U+202E]" in quote and "[U+202C]" in quote and "\u202e" not in quote
    page.locator(".fc-card > summary").first.click()
    mark = page.locator("mark.fc-hl").first.inner_text()
    assert "\tFinal tally\t" in mark
    assert page.locator(".fc-quote bdi").count() == 1


def test_the_session_downloads_as_json_and_as_a_markdown_report(page, ui_server, seeded):
    """Ask two questions, then download the session: every question, verdict and quote with its offsets."""
    import json

    second = "Is it true that Biden has no intention of putting American forces in Ukraine?"
    ask(page, ui_server, QUESTION)
    box = page.locator("#fc-question textarea")
    box.fill(second)
    box.press("Enter")
    page.wait_for_function("document.querySelectorAll('.fc-answer').length >= 2", timeout=60_000)
    page.wait_for_function("!document.querySelector('#fc-export-json').disabled", timeout=30_000)
    with page.expect_download() as got:
        page.locator("#fc-export-json").click()
    data = json.loads(Path(got.value.path()).read_text(encoding="utf-8"))
    assert [t["question"] for t in data["turns"]] == [QUESTION, second]
    for turn in data["turns"]:
        assert turn["citations"]
        for c in turn["citations"]:
            assert seeded.articles([c["source"]])[c["source"]].text[c["start"] : c["end"]] == c["quote"]
    with page.expect_download() as got:
        page.locator("#fc-export-md").click()
    report = Path(got.value.path()).read_text(encoding="utf-8")
    assert got.value.suggested_filename.endswith(".md")
    assert f"## 1. {QUESTION}" in report and "## 2. Is it true that Biden" in report


def test_the_date_filter_keeps_answers_to_the_period(page, ui_server, seeded):
    """Open "Only articles published…", set "to": every card comes from an article of that period."""
    page.goto(ui_server)
    page.locator("#fc-period").get_by_text("Only articles published").click()
    page.locator("#fc-until textarea, #fc-until input").first.fill("2022-01-25")
    box = page.locator("#fc-question textarea")
    box.fill(QUESTION)
    box.press("Enter")
    page.wait_for_selector(".fc-answer", timeout=60_000)
    answer = page.locator(".fc-answer").last.inner_text()
    assert "published from the first to 2022-01-25" in answer
    outlets = page.locator(".fc-card .fc-outlet").all_inner_texts()
    late = {s.outlet for s in seeded.store.list_articles() if (s.published or "") > "2022-01-25"}
    assert outlets and late and not any(o.strip() in late for o in outlets)
