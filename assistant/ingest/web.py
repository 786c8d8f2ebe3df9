"""Articles from the web, only when the user passes a URL: a page, or an RSS / Atom feed of pages.

The one module that touches the network, and only for `http(s)://` arguments: nothing else in factcheck
makes a network call. A page goes through the same HTML extraction as a saved .html file (trafilatura:
text, outlet, title, date); the URL fetched is its id and its url unless the page names a canonical one.
Offline, each URL fails with one sentence saying so, and files passed alongside are still ingested.
"""

from __future__ import annotations

import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator

from assistant.errors import ArticleError
from assistant.ingest.loaders import MAX_FILE_BYTES, Defaults, html_article
from assistant.models import Article

TIMEOUT_S = 20.0
# A feed lists the newest items first; more than this many from one feed is a crawl, not an ingest.
MAX_FEED_ITEMS = 200
USER_AGENT = "factcheck/0.1 (+offline-first fact-check assistant; fetches only URLs its user passed)"


def fetch(url: str, timeout: float = TIMEOUT_S) -> tuple[bytes, str]:
    """The body of `url` and its content type; an ArticleError in one sentence when it cannot be had."""
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "*/*"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(MAX_FILE_BYTES + 1)
            kind = response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        raise ArticleError(url, f"could not be fetched: the server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise ArticleError(url, f"could not be fetched: {_offline(exc.reason)}") from None
    except TimeoutError:
        raise ArticleError(url, f"could not be fetched: no answer within {timeout:.0f} s") from None
    except OSError as exc:
        raise ArticleError(url, f"could not be fetched: {_offline(exc)}") from None
    if len(data) > MAX_FILE_BYTES:
        raise ArticleError(url, f"is over the {MAX_FILE_BYTES // 2**20} MB limit for one article")
    return data, kind


def _offline(reason: object) -> str:
    text = str(getattr(reason, "strerror", None) or reason)
    lowered = text.lower()
    if any(w in lowered for w in ("name or service", "temporary failure in name", "nodename", "no address")):
        return f"its host could not be found ({text}): check the address, or, offline, ingest saved files instead"
    if "unreachable" in lowered:
        return f"this machine seems to be offline ({text}); ingest saved files instead"
    return text


def feed_links(data: bytes, kind: str = "") -> list[str] | None:
    """The item links of an RSS or Atom feed, newest first as listed; None when `data` is not a feed."""
    head = data[:512].lstrip().lower()
    if not (b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head or "rss" in kind or "atom" in kind):
        return None
    try:
        root = ET.fromstring(data)
    except ET.ParseError:
        return None
    links: list[str] = []
    for el in root.iter():
        tag = el.tag.rsplit("}", 1)[-1]
        if tag == "item":
            link = next((c.text for c in el if c.tag.rsplit("}", 1)[-1] == "link" and c.text), None)
            if link:
                links.append(link.strip())
        elif tag == "entry":
            for c in el:
                if c.tag.rsplit("}", 1)[-1] == "link" and c.get("rel", "alternate") == "alternate" and c.get("href"):
                    links.append(c.get("href", "").strip())
                    break
    return list(dict.fromkeys(links))[:MAX_FEED_ITEMS]


def load_url(url: str, defaults: Defaults = Defaults()) -> Iterator[Article | ArticleError]:
    """The article at `url`, or every article a feed at `url` links to."""
    url = url.strip()
    try:
        data, kind = fetch(url)
    except ArticleError as exc:
        yield exc
        return
    links = feed_links(data, kind)
    if links is None:
        yield _page(url, data, defaults)
        return
    if not links:
        yield ArticleError(url, "is a feed with no item links")
        return
    for link in links:
        try:
            page, _ = fetch(link)
        except ArticleError as exc:
            yield exc
            continue
        yield _page(link, page, defaults)


def _page(url: str, data: bytes, defaults: Defaults) -> Article | ArticleError:
    try:
        return html_article(url, url, data, defaults, fallback_url=url)
    except ArticleError as exc:
        return exc
