"""Answers, citations and sources as HTML for the web UI: pure functions, every outside text escaped.

Article and user text can hold HTML, script tags or markdown links. Every such string goes through
`text()`, which HTML-escapes it and turns markdown punctuation into character references, so neither
the browser nor Gradio's markdown renderer treats it as anything but text. Each message is a single
`<div>` with no blank line in it: CommonMark then reads it as one HTML block and adds no markdown.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping, Sequence
from urllib.parse import urlsplit

from assistant.index.records import ArticleSummary
from assistant.models import Answer, Article, Citation, IngestReport

# Markdown (and LaTeX) punctuation as numeric references, applied after html.escape, so no renderer
# acts on it. Not '#', '&' or ';': html.escape's own references are made of them.
_MD_PUNCT = str.maketrans({ch: f"&#{ord(ch)};" for ch in "\\`*_{}[]()+-!|~$:"})
# An article bigger than this is shown as a window around the quote: a 25 MB article in one chat
# message would freeze the browser, and ~12,000 characters is several screens of context.
ARTICLE_WINDOW = 12_000

VERDICT_LABELS = {
    "supported": "Supported by the sources",
    "refuted": "Refuted by the sources",
    "contested": "Contested: the outlets disagree",
    "unclear": "Evidence quoted, no verdict drawn",
    "not_in_sources": "Not in the sources",
}


def text(s: object) -> str:
    """Outside text as inert HTML text: escaped, markdown punctuation neutralised, newlines as <br>."""
    escaped = html.escape(str(s), quote=True).translate(_MD_PUNCT)
    return escaped.replace("\r\n", "\n").replace("\n", "<br>")


# Directional formatting characters reorder what follows them (U+202E shows "abc" as "cba"): in a quote
# they are shown as visible codes, and every quote is isolated in <bdi>, so no quote reorders the page.
_BIDI = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def quote_text(s: str) -> str:
    """A quote as inert HTML, its bidirectional controls made visible, isolated from the text around it."""
    shown = _BIDI.sub(lambda m: f"[U+{ord(m.group()):04X}]", s)
    return f"<bdi>{text(shown)}</bdi>"


def safe_url(url: str | None) -> str | None:
    """An http(s) URL fit for an href, or None: a javascript: or data: link from an article is dropped."""
    if not url:
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return html.escape(url, quote=True)


def verdict_badge(verdict: str, answer: Answer | None = None) -> str:
    """The verdict in words; with an answer, also the outlets on each side and the confidence."""
    label = VERDICT_LABELS.get(verdict, verdict)
    cls = verdict if verdict in VERDICT_LABELS else "unknown"
    extra = []
    if answer is not None and answer.supporting:
        extra.append(f"{len(answer.supporting)} outlet{'s' if len(answer.supporting) != 1 else ''} support")
    if answer is not None and answer.refuting:
        extra.append(f"{len(answer.refuting)} contradict")
    if answer is not None and answer.confidence is not None and verdict != "not_in_sources":
        extra.append(f"confidence {answer.band} ({answer.confidence:.2f})")
    tail = "".join(f'<span class="fc-sep"> · </span><span class="fc-badge-detail">{text(x)}</span>' for x in extra)
    return f'<span class="fc-badge fc-v-{cls}">{text(label)}{tail}</span>'


_STANCE_LABELS = {"supports": "supports", "refutes": "contradicts", "neither": "context"}


def stance_chip(c: Citation) -> str:
    if not c.stance:
        return ""
    p = f" {c.stance_p:.2f}" if c.stance_p is not None else ""
    return f'<span class="fc-stance fc-s-{c.stance}">{text(_STANCE_LABELS.get(c.stance, c.stance) + p)}</span> '


_BOLD = re.compile(r"&#42;&#42;(\S(?:.*?\S)?)&#42;&#42;")
_ITALIC = re.compile(r"&#42;(\S(?:.*?\S)?)&#42;")
_MARKER = re.compile(r"&#91;(\d+)&#93;")


def _inline(line: str) -> str:
    out = _BOLD.sub(r"<strong>\1</strong>", text(line))
    out = _ITALIC.sub(r"<em>\1</em>", out)
    return _MARKER.sub(r'<span class="fc-ref">&#91;\1&#93;</span>', out)


def answer_body(markdown: str) -> str:
    """The answer's markdown (bold, italics, '- ' lists, [n] markers) as HTML; everything else is text."""
    blocks: list[str] = []
    items: list[str] = []
    para: list[str] = []

    def flush() -> None:
        if para:
            blocks.append(f"<p>{'<br>'.join(para)}</p>")
            para.clear()
        if items:
            blocks.append("<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>")
            items.clear()

    for raw in markdown.splitlines():
        line = raw.strip()
        if not line:
            flush()
        elif line.startswith(("- ", "* ")):
            if para:
                flush()
            items.append(_inline(line[2:]))
        else:
            if items:
                flush()
            para.append(_inline(line))
    flush()
    return "".join(blocks)


def highlighted_article(article: Article, start: int, end: int) -> str:
    """The article's cleaned text with [start:end] marked in place; a window around it if very long."""
    body = article.text
    lo, hi = 0, len(body)
    if len(body) > ARTICLE_WINDOW:
        half = max(0, (ARTICLE_WINDOW - (end - start)) // 2)
        lo, hi = max(0, start - half), min(len(body), end + half)
    before = ("… " if lo > 0 else "") + body[lo:start]
    after = body[end:hi] + (" …" if hi < len(body) else "")
    return (
        f'<div class="fc-article-text">{text(before)}'
        f'<mark class="fc-hl" title="characters {start}-{end}">{quote_text(body[start:end])}</mark>'
        f"{text(after)}</div>"
    )


def _meta(outlet: str, title: str, published: str | None, url: str | None) -> str:
    parts = [f'<span class="fc-outlet">{text(outlet)}</span>', f'<span class="fc-title">{text(title)}</span>']
    if published:
        parts.append(f'<span class="fc-date">{text(published)}</span>')
    href = safe_url(url)
    if href:
        parts.append(f'<a class="fc-link" href="{href}" target="_blank" rel="noopener noreferrer nofollow">link</a>')
    return '<span class="fc-sep"> · </span>'.join(parts)


def uploaded_note(by: str | None, at: str | None) -> str:
    """Who added an article through the web UI, and when: its outlet is that person's word."""
    if not by:
        return ""
    when = f", {text(at)}" if at else ""
    tip = "added through the web UI; the outlet is as the uploader gave it"
    return f'<span class="fc-uploaded" title="{tip}">uploaded by {text(by)}{when}</span>'


def citation_card(c: Citation, article: Article | None) -> str:
    """One citation: outlet, headline, date, link and quote; opening it shows the quote in its article."""
    speaker = f'<span class="fc-speaker"> — {text(c.speaker)}</span>' if c.speaker else ""
    uploaded = uploaded_note(c.uploaded_by, c.uploaded_at)
    if uploaded:
        uploaded = f'<span class="fc-sep"> · </span>{uploaded}'
    head = (
        f'<span class="fc-card-head"><span class="fc-n">&#91;{c.n}&#93;</span> {stance_chip(c)}'
        f"{_meta(c.outlet, c.title, c.published, c.url)}{uploaded}</span>"
        f'<span class="fc-quote">{quote_text(c.quote)}{speaker}</span>'
    )
    if article is None:  # cannot happen after verification; shown as a plain card all the same
        return f'<div class="fc-card">{head}</div>'
    return (
        '<details class="fc-card">'
        f'<summary>{head}<span class="fc-open">Show in article</span></summary>'
        f'<div class="fc-article"><div class="fc-article-head">{text(article.title)} — {text(article.outlet)}'
        f", characters {c.start}–{c.end} of {len(article.text)}</div>"
        f"{highlighted_article(article, c.start, c.end)}</div></details>"
    )


def answer_html(answer: Answer, articles: Mapping[str, Article]) -> str:
    """A whole chat message: verdict badge, answer with [n] markers, notices, one card per citation."""
    parts = [f'<div class="fc-answer">{verdict_badge(answer.verdict, answer)}', answer_body(answer.text)]
    for note in answer.notices:
        parts.append(f'<p class="fc-notice">{text(note)}</p>')
    if answer.verdict == "contested":
        parts.append(_sides(answer, articles))
    elif answer.citations:
        cards = "".join(citation_card(c, articles.get(c.source)) for c in answer.citations)
        parts.append(f'<div class="fc-cards">{cards}</div>')
    parts.append("</div>")
    return "".join(parts)


def _sides(answer: Answer, articles: Mapping[str, Article]) -> str:
    """A contested answer: what supports and what contradicts, side by side; the rest below."""
    columns = []
    for stance, title in (("supports", "Supports"), ("refutes", "Contradicts")):
        cards = "".join(citation_card(c, articles.get(c.source)) for c in answer.citations if c.stance == stance)
        columns.append(f'<div class="fc-side fc-side-{stance}"><div class="fc-side-title">{title}</div>{cards}</div>')
    rest = "".join(
        citation_card(c, articles.get(c.source)) for c in answer.citations if c.stance not in ("supports", "refutes")
    )
    more = f'<div class="fc-cards">{rest}</div>' if rest else ""
    return f'<div class="fc-sides">{"".join(columns)}</div>{more}'


def user_html(message: str) -> str:
    """What the user typed, shown as typed: no markdown, no HTML."""
    return f'<div class="fc-user">{text(message)}</div>'


def plain(content: object) -> str:
    """A chat message's text: the inverse of `text()` for our own markup, parts joined for Gradio's lists."""
    if isinstance(content, list):
        return " ".join(plain(p.get("text", "") if isinstance(p, dict) else p) for p in content)
    if isinstance(content, dict):
        return plain(content.get("text", ""))
    s = re.sub(r"<br\s*/?>|</p>|</li>|</div>|<ul>", "\n", str(content or ""))
    s = html.unescape(re.sub(r"<[^>]*>", "", s))
    return re.sub(r"\n{2,}", "\n", s).strip()


def conversation(history: Sequence[Mapping[str, object]]) -> list[dict[str, str]]:
    """The chat so far as plain-text messages, for follow-up questions."""
    return [{"role": str(m.get("role", "user")), "content": plain(m.get("content"))} for m in history]


def status_html(message: str) -> str:
    return f'<div class="fc-status">{text(message)}</div>'


def error_html(message: str) -> str:
    return f'<div class="fc-error">{text(message)}</div>'


SOURCES_SHOWN = 1_000


def sources_html(summaries: Sequence[ArticleSummary], shown: int = SOURCES_SHOWN) -> str:
    """The indexed articles by outlet: outlet, headline, date, sentences indexed. A large index
    lists its `shown` most recently published (a page of 100k rows would stall the browser)."""
    if not summaries:
        return '<div class="fc-sources"><p>The index is empty: add articles below.</p></div>'
    outlets = sorted({s.outlet for s in summaries}, key=str.lower)
    listed = summaries
    note = ""
    if len(summaries) > shown:
        listed = sorted(summaries, key=lambda s: s.published or "", reverse=True)[:shown]
        listed = sorted(listed, key=lambda s: (s.outlet.lower(), s.published or "", s.id))
        note = f" Showing the {shown:,} most recently published."
    rows = "".join(
        f"<tr><td>{text(s.outlet)}{_uploaded_line(s)}</td>"
        f"<td>{_title_link(s)}</td><td>{text(s.published or '')}</td>"
        f'<td class="fc-num">{s.sentences}</td></tr>'
        for s in listed
    )
    return (
        f'<div class="fc-sources"><p>{len(summaries):,} article{"s" if len(summaries) != 1 else ""} from '
        f"{len(outlets):,} outlet{'s' if len(outlets) != 1 else ''}.{note}</p>"
        '<table class="fc-table"><thead><tr><th>Outlet</th><th>Headline</th><th>Date</th>'
        '<th title="sentences indexed (the unit of retrieval)">Chunks</th></tr></thead>'
        f"<tbody>{rows}</tbody></table></div>"
    )


def _uploaded_line(s: ArticleSummary) -> str:
    return f"<br>{uploaded_note(s.uploaded_by, s.uploaded_at)}" if s.uploaded_by else ""


def _title_link(s: ArticleSummary) -> str:
    href = safe_url(s.url)
    title = text(s.title)
    if not href:
        return title
    return f'<a href="{href}" target="_blank" rel="noopener noreferrer nofollow">{title}</a>'


def ingest_html(results: Sequence[tuple[str, IngestReport]]) -> str:
    """One line per uploaded file: what went in, or why it did not."""
    if not results:
        return '<div class="fc-ingest"><p>Choose one or more files first.</p></div>'
    lines = []
    for name, rep in results:
        counts = [(len(rep.added), "added"), (len(rep.replaced), "replaced"), (len(rep.unchanged), "unchanged")]
        # "2 articles added, 1 unchanged"
        done = ", ".join(
            f"{n} {'article' + ('s' if n != 1 else '') + ' ' if k == 0 else ''}{what}"
            for k, (n, what) in enumerate(c for c in counts if c[0])
        )
        if rep.errors:
            errs = "".join(f'<li class="fc-err">{text(e)}</li>' for e in rep.errors)
            lead = f"{text(done)}; " if done else ""
            lines.append(f'<li class="fc-file-error"><b>{text(name)}</b>: {lead}failed:<ul>{errs}</ul></li>')
        elif done:
            lines.append(f'<li class="fc-file-ok"><b>{text(name)}</b>: {text(done)} ({rep.sentences} sentences)</li>')
        else:
            lines.append(f'<li class="fc-file-error"><b>{text(name)}</b>: no articles found in this file</li>')
    return f'<div class="fc-ingest"><ul>{"".join(lines)}</ul></div>'
