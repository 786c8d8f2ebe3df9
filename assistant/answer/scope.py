"""What part of the corpus a question is about: a period ("since", "this week") or an outlet
("according to RT"), read from the question or given, and validated."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from datetime import date, timedelta
from functools import cache
from typing import Any

from assistant.answer.turn import Turn
from assistant.errors import BadInputError

Row = tuple[str, str, str | None]  # an article's id, outlet and date of publication

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


# A source a question cites, as it writes it: "According to the BBC, …", "…, per Reuters?".
_CITED = r"(?:the\s+)?(?P<name>[A-Z][\w.&’'-]*(?:\s+(?:of\s+|&\s+)?[A-Z][\w.&’'-]*){0,4})"
_CITED_SOURCE = (
    re.compile(rf"^\s*(?i:according\s+to|per)\s+{_CITED}\s*,"),
    re.compile(rf",\s*(?i:according\s+to|per|as\s+reported\s+by)\s+{_CITED}\s*[?.!]*\s*$"),
)


def cited_source(question: str) -> str | None:
    """The source a question cites in an "According to X," or ", per X" phrase, indexed or not: the BBC
    in "According to the BBC, did NATO rule out troops?"."""
    for pattern in _CITED_SOURCE:
        m = pattern.search(question)
        if m:
            name = m.group("name")
            # A sentence's full stop is no part of the name; an initialism's ("U.S.") is.
            return name if re.fullmatch(r"(?:[A-Z]\.)+", name) else name.rstrip(".")
    return None


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


def in_time(turn: Turn, only: set[str] | None, articles: Callable[[], Sequence[Row]]) -> tuple[set[str] | None, Turn]:
    """The articles of the period asked for: `since`/`until` given by the caller, else "this week",
    "last month"… in the question, counted from `as_of` (default: the newest article's date). A
    corpus with no dates is searched whole. `articles()`: (id, outlet, published) of every article, read
    only when a period is asked for."""
    articles = cache(articles)  # read once, by whichever step needs it first
    since, until, words = turn.since, turn.until, None
    counted = ""
    if since is None and until is None and names_a_period(turn.question):
        as_of, counted = _as_of(turn, articles)
        since, _, words = relative_dates(turn.question, as_of)
        # Up to as_of, not to the period's end: what happened last year is reported this year too.
        until = as_of.isoformat()
    if since is None and until is None:
        return only, turn
    table = articles()
    if not any(p for _, _, p in table):
        note = "The articles carry no dates, so the period asked for could not narrow the search."
        return only, replace(turn, notices=(*turn.notices, note))
    dated = {i for i, _, p in table if in_period(p, since, until)}
    period = f"{words} ({since} to {until})" if words else f"from {since or 'the first'} to {until or 'the last'}"
    note = f"Searched only the {len(dated)} article(s) published {period}{counted}."
    return (dated if only is None else only & dated), replace(turn, notices=(*turn.notices, note))


def _as_of(turn: Turn, articles: Callable[[], Sequence[Row]]) -> tuple[date, str]:
    """The day relative dates count from, and how the notice says where it came from."""
    if turn.as_of:
        return date.fromisoformat(turn.as_of), f", counted from {turn.as_of}"
    days = [p[:10] for _, _, p in articles() if p and len(p) >= 10]
    for day in sorted(days, reverse=True):
        try:
            return date.fromisoformat(day), f", counted from {day}, the newest article's date"
        except ValueError:
            continue
    return date.today(), ", counted from today"


def turn_for(
    question: str,
    history: Sequence[Any] | None = None,
    since: str | None = None,
    until: str | None = None,
    as_of: str | None = None,
) -> Turn:
    """A new turn of the chain, its period checked: `since` / `until` YYYY[-MM[-DD]], `as_of` YYYY-MM-DD."""
    return Turn(
        question=question,
        history=tuple(history or ()),
        since=check_date(since, "since"),
        until=check_date(until, "until"),
        as_of=check_day(as_of, "as_of"),
    )
