"""Hybrid retrieval at sentence level: dense (Chroma) and lexical (BM25) candidates, fused."""

from __future__ import annotations

import re
import threading
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import numpy as np

from .embedding import Embedder
from .errors import BadInputError
from .lexical import Lexical
from .models import Evidence
from .settings import Settings
from .speakers import speaker_at
from .stance import Stance
from .store import Hit, Store


@dataclass(frozen=True)
class Scored:
    """Evidence plus its vector and its stance toward the question, which callers do not need."""

    evidence: Evidence
    vector: np.ndarray
    stance: Stance | None = None


# A line without closing punctuation is a cross-head or standfirst: the outlet's words, but not an
# attributable sentence; a full sentence saying the same thing makes the better quote.
FRAGMENT_PENALTY = 0.05


def _fragment(text: str) -> bool:
    return not re.search(r"[.!?…][\"”’')\]]*\s*$", text.strip())


LEXICAL_PREFIX = "lexical-"


def lexical_file(store: Store, stamp: str) -> Path | None:
    """Where a local index keeps its BM25 index for one state (none for a Chroma server)."""
    if store.settings.chroma_host:
        return None
    return Path(store.settings.index_dir) / f"{LEXICAL_PREFIX}{stamp}.npz"


def build_lexical(store: Store) -> Lexical:
    """BM25 over the committed sentences, saved beside a local index under the store's stamp
    (older files removed), so that the next process loads it instead of rebuilding it."""
    stamp = store.stamp()
    index = Lexical(store.committed_sentences())
    path = lexical_file(store, stamp)
    if path is not None and path.parent.is_dir():
        try:
            index.save(path)
            for old in path.parent.glob(f"{LEXICAL_PREFIX}*.npz"):
                if old != path:
                    old.unlink(missing_ok=True)
        except OSError:
            pass  # a read-only index folder: the index is still good, in memory
    return index


class LexicalCache:
    """The BM25 index over committed sentences: loaded from disk when saved for the store's current
    stamp, else built (and saved); rebuilt when the stamp changes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stamp: str | None = None
        self._index: Lexical | None = None

    def get(self, store: Store) -> Lexical:
        stamp = store.stamp()
        with self._lock:
            if self._index is None or stamp != self._stamp:
                path = lexical_file(store, stamp)
                index = None
                if path is not None and path.is_file():
                    try:
                        index = Lexical.load(path)
                    except Exception:  # truncated (BadZipFile), flipped bytes, bad shapes: rebuilt below
                        index = None
                self._index = index if index is not None else build_lexical(store)
                self._stamp = stamp
            return self._index


class OutletCache:
    """Each article's outlet and date, read once per state of the index (for questions scoped to an
    outlet or a time)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stamp: str | None = None
        self._articles: tuple[tuple[str, str, str | None], ...] = ()
        self._by_outlet: dict[str, tuple[str, ...]] = {}

    def get(self, store: Store) -> dict[str, tuple[str, ...]]:
        """outlet -> its article ids."""
        self.articles(store)
        return self._by_outlet

    def articles(self, store: Store) -> tuple[tuple[str, str, str | None], ...]:
        """(id, outlet, published) of every article."""
        stamp = store.stamp()
        with self._lock:
            if stamp != self._stamp:
                self._articles = tuple((a.id, a.outlet, a.published) for a in store.list_articles())
                by: dict[str, list[str]] = {}
                for i, outlet, _ in self._articles:
                    by.setdefault(outlet, []).append(i)
                self._by_outlet = {k: tuple(v) for k, v in by.items()}
                self._stamp = stamp
            return self._articles


_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def check_date(value: str | None, what: str) -> str | None:
    """An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) as given, or a BadInputError naming `what`."""
    if value is None or value == "":
        return None
    value = value.strip()
    padded = value + "-01" * (2 - value.count("-"))
    try:
        ok = bool(_ISO.match(value)) and date.fromisoformat(padded) is not None
    except ValueError:
        ok = False
    if not ok:
        raise BadInputError(f"{what} {value!r} is not a date: write it as YYYY-MM-DD (or YYYY-MM, or YYYY).")
    return value


def check_day(value: str | None, what: str) -> str | None:
    """A full ISO day (YYYY-MM-DD) as given, or a BadInputError naming `what`."""
    if value is None or value == "":
        return None
    value = value.strip()
    try:
        date.fromisoformat(value)
        ok = len(value) == 10
    except ValueError:
        ok = False
    if not ok:
        raise BadInputError(f"{what} {value!r} is not a day: write it as YYYY-MM-DD.")
    return value


_RELATIVE = re.compile(r"\b(today|yesterday|this\s+(week|month|year)|last\s+(week|month|year))\b", re.IGNORECASE)


def names_a_period(question: str) -> bool:
    """Whether the question says "today", "this week", "last month"…"""
    return _RELATIVE.search(question) is not None


def relative_dates(question: str, today: date) -> tuple[str | None, str | None, str | None]:
    """(since, until, the words) for "today", "this week", "last month"… in the question, counted back
    from `today`; (None, None, None) when it names no such period."""
    m = _RELATIVE.search(question)
    if not m:
        return None, None, None
    words = " ".join(m.group(0).lower().split())
    if words == "today":
        start = end = today
    elif words == "yesterday":
        start = end = today - timedelta(days=1)
    elif words == "this week":
        start, end = today - timedelta(days=today.weekday()), today
    elif words == "last week":
        end = today - timedelta(days=today.weekday() + 1)
        start = end - timedelta(days=6)
    elif words == "this month":
        start, end = today.replace(day=1), today
    elif words == "last month":
        end = today.replace(day=1) - timedelta(days=1)
        start = end.replace(day=1)
    elif words == "this year":
        start, end = today.replace(month=1, day=1), today
    else:
        start, end = date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    return start.isoformat(), end.isoformat(), words


def in_period(published: str | None, since: str | None, until: str | None) -> bool:
    """Whether an article's date falls in [since, until], each end a YYYY[-MM[-DD]] prefix (inclusive)."""
    if not published:
        return False
    day = published[:10]
    if since and day < since:
        return False
    return not (until and day[: len(until)] > until)


# The words that put a question under one outlet's name: "According to RT, …", "… per Reuters".
_SCOPE_LEAD = r"(?:according\s+to|per|reported\s+by|cited\s+by)"
_SCOPE_VERBS = r"(say|says|said|report|reports|reported|write|writes|wrote|claim|claims|claimed|mention|mentioned)"


def outlet_scope(question: str, outlets: Iterable[str]) -> str | None:
    """The outlet a question asks about ("According to RT, …", "What did Al Mayadeen report about …",
    "Does the Verge article say …", "… per Reuters"), when it names one of the indexed outlets in such a
    phrase; the longest such name. An outlet named as a subject ("Did RT's editor resign?") is not a scope."""
    found: list[str] = []
    folded = question.casefold()
    for outlet in outlets:
        bare = re.sub(r"^the\s+", "", outlet.strip(), flags=re.IGNORECASE)
        # A corpus may hold thousands of outlets: only names the question contains are tried further.
        if len(bare) < 2 or bare.casefold() not in folded:
            continue
        # A one-word name (RT, Reuters, Times) only as the outlet writes it, so "in the times of crisis"
        # is not The Times; a longer or dotted one ("Valley Courier", "24hoursworlds.com") in any case.
        exact = " " not in bare and not re.search(r"[\d.]", bare)
        name = rf"(?i:the\s+)?{re.escape(bare) if exact else '(?i:' + re.escape(bare) + ')'}"
        scoped = (
            rf"(?i:\b{_SCOPE_LEAD}\s+){name}(?!\w)",
            rf"(?<!\w){name}(?i:('s|’s)?\s+(article|story|piece|report|coverage|interview)\b)",
            rf"(?i:\b(did|does|has|have|do|what\s+did|how\s+did)\s+){name}(?i:\s+(\w+\s+)?{_SCOPE_VERBS}\b)",
            rf"(?<!\w){name}(?i:\s+{_SCOPE_VERBS}\b)",
        )
        if any(re.search(p, question) for p in scoped):
            found.append(outlet)
    return max(found, key=len) if found else None


def without_scope(question: str, outlet: str) -> str:
    """The question with its "According to X," / ", per X" phrase taken out: which outlet to search is
    no part of the claim the evidence is weighed against."""
    bare = re.escape(re.sub(r"^the\s+", "", outlet.strip(), flags=re.IGNORECASE))
    phrase = rf"(?i:{_SCOPE_LEAD})\s+(?i:the\s+)?(?i:{bare})(?!\w)"
    out = re.sub(rf"^\s*{phrase}\s*,?\s*", "", question)
    out = re.sub(rf"\s*,?\s*{phrase}\s*(?=[?.!]*$)", "", out)
    if out == question or not out.strip():
        return question
    return out[0].upper() + out[1:]


def retrieve(
    query: str,
    store: Store,
    embedder: Embedder,
    lexical: Lexical,
    settings: Settings,
    only: Collection[str] | None = None,
) -> list[Scored]:
    """Candidate sentences, best first. score = cosine + lexical_weight * lexical match. `only`: the
    article ids to search (a question scoped to an outlet); None for all."""
    qv = embedder.embed_queries([query])[0]
    # As many windows as candidate sentences: each holds ~5 sentences, ranked exactly, of which the
    # best `candidates` stay.
    dense = store.query(qv, settings.candidates, article_ids=only)[: settings.candidates]
    # The keyword index spans every article: ask it for more when only some may be used.
    lex_top = lexical.search(query, settings.candidates * (8 if only is not None else 1))
    by_id: dict[str, Hit] = {h.id: h for h in dense}
    missing = [sid for sid, _ in lex_top if sid not in by_id]
    by_id.update((h.id, h) for h in store.fetch(missing, qv))
    if only is not None:
        by_id = {k: h for k, h in by_id.items() if h.article_id in only}
    if not by_id:
        return []
    lex = lexical.score(query, list(by_id))
    best_bm = max((bm for bm, _ in lex.values()), default=0.0) or 1.0
    articles = store.get_articles([h.article_id for h in by_id.values()])
    out: list[Scored] = []
    for sid, h in by_id.items():
        got = articles.get(h.article_id)
        if got is None or got[0] != h.article_hash:
            continue  # left behind by an interrupted ingest, or an older version of the article
        _, article = got
        bm, coverage = lex.get(sid, (0.0, 0.0))
        lexical_match = 0.5 * coverage + 0.5 * bm / best_bm
        score = h.cosine + settings.lexical_weight * lexical_match
        if _fragment(article.text[h.start : h.end]):
            score -= FRAGMENT_PENALTY
        ev = Evidence(
            article=article,
            start=h.start,
            end=h.end,
            score=round(score, 4),
            dense=round(h.cosine, 4),
            lexical=round(lexical_match, 4),
            speaker=speaker_at(article.text, h.start, h.end),
        )
        assert h.vector is not None
        out.append(Scored(ev, h.vector))
    out.sort(key=lambda s: -s.evidence.score)
    return out


def relevant(scored: Sequence[Scored], settings: Settings) -> list[Scored]:
    """The evidence worth showing: above the absolute bar, and close to the best match."""
    if not scored:
        return []
    top = scored[0].evidence.score
    if top < settings.min_relevance:
        return []
    floor = max(settings.min_relevance, top - 0.2)
    return [s for s in scored if s.evidence.score >= floor and s.evidence.dense >= settings.min_dense]


# Capitalised words that start questions or are generic, not names of what is asked about.
_QUESTION_WORDS = frozenset(
    [
        "what",
        "who",
        "whom",
        "whose",
        "which",
        "when",
        "where",
        "why",
        "how",
        "did",
        "does",
        "do",
        "is",
        "are",
        "was",
        "were",
        "will",
        "would",
        "can",
        "could",
        "should",
        "has",
        "have",
        "had",
        "tell",
        "give",
        "list",
        "explain",
        "according",
        "i",
        "is",
        "it",
        "true",
        "that",
        "the",
        "a",
        "an",
        "in",
        "on",
        "of",
    ]
)


# Dates and days are not names: an article says "15 Jan 2019" or "on Monday" in many ways, and a
# question's month (in Title Case) is a date to match, not a subject the sources must name.
_MONTHS = "january february march april may june july august september october november december"
_CALENDAR = frozenset(
    [
        *_MONTHS.split(),
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)
# Short forms and the names they stand for: "US" in a question, "United States" in the article.
ALIASES = {
    "us": ("united states", "america", "american", "washington"),
    "usa": ("united states", "america", "american"),
    "uk": ("united kingdom", "britain", "british"),
    "un": ("united nations",),
    "eu": ("european union",),
    "who": ("world health organization",),
    "nato": ("north atlantic treaty organization", "alliance"),
    "uae": ("united arab emirates", "emirates"),
    "celsius": ("°c", "degrees c"),
    "fahrenheit": ("°f",),
}


def named_terms(question: str) -> list[str]:
    """Names and acronyms in the question ('Macron', 'China', 'EU'), skipping its first word, dates,
    and, in a Title-Case headline-style question, every capitalised word that is not an acronym."""
    words = re.findall(r"[^\W\d_][\w’'.-]*", question)
    headline = len(words) > 3 and sum(w[0].isupper() for w in words) > 0.6 * len(words)
    out = []
    for i, w in enumerate(words):
        w = re.sub(r"[’']s$", "", w).strip(".-")
        if not w or w.lower() in _QUESTION_WORDS or w.lower() in _CALENDAR:
            continue
        acronym = len(w.replace(".", "")) > 1 and w.replace(".", "").isupper()
        if acronym or (w[0].isupper() and i > 0 and not headline):
            out.append(w)
    return out


def _squash(text: str) -> str:
    return re.sub(r"[^0-9a-z°]+", "", text.casefold())


def _mentioned(name: str, seen: set[str], squashed: str, lowered: str, raw: str) -> bool:
    from .lexical import tokens

    if set(tokens(name)) <= seen:
        return True
    letters = name.replace(".", "")
    if letters.isalpha() and letters.isupper() and len(letters) <= 5:  # "US" in "U.S.", "EU" in "E.U."
        dotted = r"\.?".join(map(re.escape, letters))
        if re.search(rf"(?<![A-Za-z]){dotted}\.?(?![A-Za-z])", raw):
            return True
    key = _squash(name)
    if (len(key) >= 4 or (len(key) == 3 and any(c.isdigit() for c in key))) and key in squashed:  # CO2 / CO 2
        return True
    return any(alias in lowered for alias in ALIASES.get(key, ()))


def absent_names(question: str, scored: Sequence[Scored]) -> list[str]:
    """Names the question asks about that no article behind the evidence mentions at all, in its
    text or its metadata (outlet, headline): "According to RT, ..." names an outlet, not a subject."""
    from .lexical import tokens

    names = named_terms(question)
    if not names or not scored:
        return []
    seen: set[str] = set()
    parts = []
    for art in {s.evidence.article.id: s.evidence.article for s in scored}.values():
        blob = f"{art.outlet} {art.title} {art.text}"
        seen.update(tokens(blob))
        parts.append(blob)
    raw = " ".join(parts)
    lowered = raw.casefold()
    squashed = _squash(lowered)
    return [n for n in names if not _mentioned(n, seen, squashed, lowered, raw)]
