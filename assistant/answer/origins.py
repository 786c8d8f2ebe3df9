"""Independent origins: ten outlets that carry one wire story are one origin, not ten confirmations.

Two evidence sentences share an origin when
- their articles are copies of one text: most of the shorter article's word 5-grams are in the other
  (wire copy reprinted verbatim or lightly edited, with a paragraph added or cut);
- the sentences themselves are copies once direct quotations are set aside: two outlets quoting the same
  minister in their own words are two reports, two outlets printing the same wire sentence are one;
- or both articles credit the same source (an `original_source` header, or a wire agency's credit in the
  text such as "(Reuters) —", "Source: AFP"), or one credits the outlet that printed the other.
Each origin is named after its earliest article (by publication date), or after the credited source when
no article of it is the source's own. Verdict confidence counts origins, not copies (`decide`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from assistant.index.lexical import tokens
from assistant.models import Article, Evidence

# Share of the shorter article's word 5-grams (its own words: direct quotations set aside, since two
# reporters may quote one speech at length) found in the other, above which two articles are one text.
# On eval/wire (origins.json): reprints, edits and partial reprints score 0.40-1.0, rewrites of the wire in
# other words 0.10-0.15 (found only through a source line, else missed), independent reports 0.00.
SAME_TEXT = 0.3
# Word 3-gram overlap (Jaccard) of two sentences, direct quotations set aside, above which one copies the other.
SAME_SENTENCE = 0.6
_SENTENCE_MIN_WORDS = 6

_QUOTATION = re.compile(r"[\"“”„«»]([^\"“”„«»]*)[\"“”„«»]")

# Wire agencies whose credit in a text marks a story as theirs. Credits are matched as the agency's name
# in parentheses or after "Source:" / "via" / a dash at the start or end of a paragraph.
AGENCIES = (
    "Reuters",
    "Associated Press",
    "AP",
    "AFP",
    "Agence France-Presse",
    "dpa",
    "Deutsche Presse-Agentur",
    "ANI",
    "PTI",
    "Press Trust of India",
    "IANS",
    "UNI",
    "Xinhua",
    "TASS",
    "RIA Novosti",
    "Interfax",
    "Izvestia",
    "EFE",
    "ANSA",
    "Kyodo",
    "Yonhap",
    "Anadolu",
    "Bernama",
    "Bloomberg",
)
_CANON = {"associated press": "AP", "agence france-presse": "AFP", "deutsche presse-agentur": "dpa"}
_CANON["press trust of india"] = "PTI"
_AGENCY = "|".join(re.escape(a) for a in sorted(AGENCIES, key=len, reverse=True))
_CREDIT = re.compile(
    rf"^[^\n]{{0,60}}?\(({_AGENCY})\)\s*[-–—:]"
    rf"|^\s*(?i:source|sources|via|credit|with inputs from)\s*[:\-–—]?\s*({_AGENCY})\b"
    rf"|[-–—]\s*({_AGENCY})\s*$",
    re.MULTILINE,
)


def _canon(name: str) -> str:
    n = " ".join(name.split())
    return _CANON.get(n.casefold(), n).casefold()


def credited(article: Article) -> str | None:
    """The source an article credits: its `original_source` header, else a wire agency's credit."""
    if article.original_source:
        return article.original_source.strip()
    return _agency_credit(article.text)


@lru_cache(maxsize=1024)
def _agency_credit(text: str) -> str | None:
    m = _CREDIT.search(text)
    if m is None:
        return None
    name = next(g for g in m.groups() if g)
    return next((a for a in AGENCIES if a.casefold() == name.casefold()), name)


# Every pair of articles and sentences of an answer is compared: each text is cut into n-grams once.
# Hashes, not word tuples, so a cached long article costs kilobytes.
@lru_cache(maxsize=1024)
def _shingles(text: str, n: int) -> tuple[int, frozenset[int]]:
    """How many words `text` has outside its direct quotations, and the hashes of their n-grams."""
    words = tokens(_own_words(text))
    return len(words), frozenset(hash(tuple(words[i : i + n])) for i in range(max(0, len(words) - n + 1)))


def text_overlap(a: str, b: str) -> float:
    """Share of the shorter text's word 5-grams found in the other, direct quotations set aside."""
    ga, gb = _shingles(a, 5)[1], _shingles(b, 5)[1]
    if not ga or not gb:
        return 0.0
    return len(ga & gb) / min(len(ga), len(gb))


_MARK = re.compile(r"[\"“”„«»]")


def _own_words(text: str) -> str:
    """The text without its direct quotations. A sentence split inside a quotation keeps one lone mark:
    after ".,!?" it closes the quotation (drop what precedes it), else it opens one (drop what follows)."""
    text = _QUOTATION.sub(" ", text)
    lone = _MARK.search(text)
    if lone is None:
        return text
    if text[: lone.start()].rstrip().endswith((".", ",", "!", "?")):
        return text[lone.end() :]
    return text[: lone.start()]


def sentence_copied(a: str, b: str) -> bool:
    """One sentence copies the other in the outlet's own words, not only in a shared quotation."""
    (na, ga), (nb, gb) = _shingles(a, 3), _shingles(b, 3)
    if min(na, nb) < _SENTENCE_MIN_WORDS:
        return False
    return bool(ga and gb) and len(ga & gb) / len(ga | gb) >= SAME_SENTENCE


def same_article_origin(a: Article, b: Article) -> bool:
    """Two articles are one origin: copies of one text, or crediting one source (or each other)."""
    if a.id == b.id:
        return True
    ca, cb = credited(a), credited(b)
    if ca and cb and _canon(ca) == _canon(cb):
        return True
    if (ca and _canon(ca) == _canon(b.outlet)) or (cb and _canon(cb) == _canon(a.outlet)):
        return True
    return text_overlap(a.text, b.text) >= SAME_TEXT


@dataclass(frozen=True)
class Origin:
    """One independent origin: its name (earliest outlet, or the credited source) and its outlets, the
    first-published one first."""

    name: str
    outlets: tuple[str, ...]
    first: str | None  # the earliest publication date among its articles


def root_of(parent: list[int], i: int) -> int:
    """The representative of i's set in a union-find forest (`parent[i] == i` at a root)."""
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


def origin_keys(evidence: Sequence[Evidence]) -> list[int]:
    """For each evidence sentence, the index of the first sentence of its origin."""
    parent = list(range(len(evidence)))
    by_pair: dict[tuple[str, str], bool] = {}
    for i, a in enumerate(evidence):
        for j in range(i):
            b = evidence[j]
            pair = (a.article.id, b.article.id)
            if pair not in by_pair:
                by_pair[pair] = same_article_origin(a.article, b.article)
            if by_pair[pair] or sentence_copied(a.text, b.text):
                ri, rj = root_of(parent, i), root_of(parent, j)
                parent[max(ri, rj)] = min(ri, rj)
    return [root_of(parent, i) for i in range(len(evidence))]


def published_key(article: Article) -> str:
    """For sorting by publication date, undated articles last."""
    return article.published or "9999"


def origins_of(evidence: Sequence[Evidence]) -> list[Origin]:
    """The independent origins among these sentences, in order of their first sentence."""
    keys = origin_keys(evidence)
    found: list[Origin] = []
    for key in dict.fromkeys(keys):
        members = [ev for ev, k in zip(evidence, keys, strict=True) if k == key]
        ordered = sorted(members, key=lambda ev: published_key(ev.article))  # stable: ties keep evidence order
        outlets = tuple(dict.fromkeys(ev.article.outlet for ev in ordered))
        source = next(filter(None, (credited(ev.article) for ev in ordered)), None)
        own = next((o for o in outlets if source and _canon(o) == _canon(source)), None)
        if own:  # the credited outlet is among them: its text is the one the others repeat
            outlets = (own, *(o for o in outlets if o != own))
        name = source if source and not own else outlets[0]
        found.append(Origin(name=name, outlets=outlets, first=ordered[0].article.published))
    return found
