"""Read article files (.txt/.md with a header, .html, .jsonl) into Articles.

Each file yields Articles or ArticleErrors, never raises for one bad file, so a batch goes on.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeGuard

from assistant.errors import ArticleError
from assistant.ingest.cleaning import clean, is_dateline_or_byline, without_dateline
from assistant.ingest.sentences import split_paragraph
from assistant.models import Article

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".jsonl")
MAX_FILE_BYTES = 25 * 1024 * 1024  # one article over 25 MB is a mistake, not a news story
_HEADER_KEYS = {"outlet", "title", "published", "url", "original_source", "id"}


@dataclass(frozen=True)
class Defaults:
    """Metadata the user gives on the command line for files that lack it."""

    outlet: str | None = None
    # Set for files that arrive through the web UI: every id is put under it ("upload/alice/x.txt"),
    # so an upload can never replace an article it did not create (a seed, another user's upload).
    id_prefix: str | None = None
    uploaded_by: str | None = None
    uploaded_at: str | None = None


def is_url(item: str | Path) -> TypeGuard[str]:
    """A web address the user gave (http/https), which `web` fetches; anything else is a path."""
    return isinstance(item, str) and item.strip().lower().startswith(("http://", "https://"))


def expand(paths: Iterable[str | Path]) -> list[Path | ArticleError]:
    """Files named directly, and readable article files inside named folders (sorted)."""
    out: list[Path | ArticleError] = []
    for raw in paths:
        p = Path(raw)
        if is_url(raw):
            out.append(ArticleError(raw, "is a web address: ingest it with `factcheck ingest URL`"))
        elif p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES))
        elif p.is_file():
            out.append(p)
        else:
            out.append(ArticleError(str(p), "no such file or folder"))
    return out


def load_file(path: Path, defaults: Defaults = Defaults()) -> Iterator[Article | ArticleError]:
    name = str(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        yield ArticleError(name, f"unsupported file type {suffix or '(none)'}; use {', '.join(SUFFIXES)}")
        return
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES and suffix != ".jsonl":
            yield ArticleError(
                name, f"file is {size / 2**20:.1f} MB, over the {MAX_FILE_BYTES // 2**20} MB limit for one article"
            )
            return
        data = path.read_bytes()
    except OSError as exc:
        yield ArticleError(name, f"cannot be read ({exc.strerror or exc})")
        return
    if suffix == ".jsonl":
        yield from _load_jsonl(path, data, defaults)
    elif suffix in (".html", ".htm"):
        yield _guard(name, lambda: _load_html(path, data, defaults))
    else:
        yield _guard(name, lambda: _load_text(path, data, defaults))


def _guard(name: str, make: Any) -> Article | ArticleError:
    try:
        result: Article | ArticleError = make()
        return result
    except ArticleError as exc:
        return exc


def _decode(name: str, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ArticleError(
            name, f"is not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); save it as UTF-8"
        ) from None


def _article(
    name: str, article_id: str, meta: dict[str, Any], body: str, defaults: Defaults, path: Path | None
) -> Article:
    outlet = _text_field(meta.get("outlet")) or defaults.outlet
    if not outlet:
        raise ArticleError(name, "no outlet: add 'outlet: NAME' to its header (or pass --outlet NAME)")
    if "\x00" in body:
        raise ArticleError(name, "holds binary data (NUL bytes), not text")
    title = _text_field(meta.get("title"))
    # A title taken from the first sentence is still a sentence of the story: the cleaner keeps it.
    headline = title
    if not title:
        title, is_line = _title_from(body)
        headline = title if is_line else None
    cleaned = clean(body, headline)
    if len(cleaned.text.split()) < 5:
        raise ArticleError(name, "has no article text left after removing boilerplate")
    if defaults.id_prefix:
        article_id = f"{defaults.id_prefix}/{article_id}"
    return Article(
        id=article_id,
        outlet=outlet,
        title=title,
        text=cleaned.text,
        published=_text_field(meta.get("published")),
        url=_text_field(meta.get("url")),
        original_source=_text_field(meta.get("original_source")) or cleaned.credit,
        path=str(path) if path else None,
        uploaded_by=defaults.uploaded_by,
        uploaded_at=defaults.uploaded_at,
    )


def _title_from(body: str) -> tuple[str, bool]:
    """A title for an article that has none, and whether it is a headline line of its own (which the
    cleaner then drops from the body) rather than the first sentence; never a dateline, a time stamp
    or a byline."""
    lines = [ln.strip() for ln in body.splitlines() if ln.strip()]
    lines = [ln for ln in lines[:6] if not is_dateline_or_byline(ln)] + lines[6:]
    first = lines[0] if lines else ""
    words = first.split()
    if len(words) <= 25 and not first.endswith((".", "”", '"')):
        return (first, True) if first else ("(untitled)", False)
    sentence = without_dateline(first)
    spans = split_paragraph(sentence)
    sentence = sentence[spans[0][0] : spans[0][1]] if spans else sentence
    words = sentence.split()
    return (sentence if len(words) <= 30 else " ".join(words[:25]) + "…"), False


def _text_field(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def parse_header(text: str) -> tuple[dict[str, str], str]:
    """A '---' front matter block of 'key: value' lines; anything else is body."""
    m = re.match(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(\r?\n|\Z)", text, re.DOTALL)
    if not m:
        return {}, text
    meta: dict[str, str] = {}
    for line in m.group(1).splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        key, sep, value = line.partition(":")
        key = key.strip().lower()
        if sep and key in _HEADER_KEYS:
            value = value.strip()
            if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
                value = value[1:-1]
            meta[key] = value
    return meta, text[m.end() :]


def _load_text(path: Path, data: bytes, defaults: Defaults) -> Article:
    name = str(path)
    meta, body = parse_header(_decode(name, data))
    return _article(name, meta.get("id") or path.name, meta, body, defaults, path)


def _load_html(path: Path, data: bytes, defaults: Defaults) -> Article:
    return html_article(str(path), path.name, data, defaults, path=path)


def html_article(
    name: str,
    article_id: str,
    data: bytes,
    defaults: Defaults,
    *,
    fallback_url: str | None = None,
    path: Path | None = None,
) -> Article:
    """An article from an HTML page: text, outlet (site name, else host), title and date as the page
    gives them (trafilatura); `fallback_url` is where it was fetched from, for a page that names no URL."""
    import trafilatura

    doc: Any = trafilatura.bare_extraction(
        data,
        url=fallback_url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
    )
    if doc is None or not getattr(doc, "text", None):
        raise ArticleError(name, "no article text found in the HTML page")
    url = doc.url or fallback_url
    host = doc.hostname or (re.sub(r"^www\.", "", url.split("/")[2]) if url and "//" in url else None)
    meta = {"outlet": doc.sitename or host, "title": doc.title, "published": doc.date, "url": url}
    return _article(name, article_id, meta, doc.text, defaults, path)


def _load_jsonl(path: Path, data: bytes, defaults: Defaults) -> Iterator[Article | ArticleError]:
    name = str(path)
    try:
        text = _decode(name, data)
    except ArticleError as exc:
        yield exc
        return
    seen: set[str] = set()
    # JSON Lines ends records at "\n" only: str.splitlines() would also split at U+2028, U+2029 and
    # U+0085, which JSON strings may hold raw, cutting a record in two and shifting line numbers.
    for lineno, raw in enumerate(text.split("\n"), 1):
        line = raw.removesuffix("\r")
        if not line.strip():
            continue
        where = f"{name} line {lineno}"
        try:
            obj = json.loads(line)
            json.dumps(obj, ensure_ascii=False).encode("utf-8")
        except json.JSONDecodeError as exc:
            yield ArticleError(where, f"is not valid JSON ({exc.msg})")
            continue
        except UnicodeEncodeError:
            yield ArticleError(where, "holds an unpaired surrogate escape (such as \\ud800), which is not text")
            continue
        if not isinstance(obj, dict):
            yield ArticleError(where, "is not a JSON object")
            continue
        body = obj.get("text")
        if not isinstance(body, str) or not body.strip():
            yield ArticleError(where, "has no 'text' field")
            continue
        article_id = _text_field(obj.get("id")) or f"{path.name}:{lineno}"
        if article_id in seen:
            yield ArticleError(where, f"repeats the id {article_id!r} of an earlier line; kept the first")
            continue
        seen.add(article_id)
        meta = {k: obj.get(k) for k in _HEADER_KEYS}
        yield _guard(where, lambda w=where, i=article_id, m=meta, b=body: _article(w, i, m, b, defaults, path))
