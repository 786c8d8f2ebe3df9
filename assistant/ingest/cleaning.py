"""Boilerplate removal. The cleaned text is what the index stores and every offset refers to.

Works line by line and never rewrites a kept line beyond trimming its ends, so quotes taken from
the cleaned text are verbatim text of the original article.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from assistant.text import fold

_FLAGS = re.IGNORECASE

# A line that is only one of these is page furniture, never reporting.
_FURNITURE = re.compile(
    r"""^(
        advertisements?|ad|sponsored(\ content)?|story\ continues\ below(\ advertisement)?|
        continue\ reading(\ below)?|scroll\ to\ continue.*|
        read\ more|also\ read|read\ also|see\ also|related(\ articles|\ stories|\ news)?|
        recommended(\ for\ you)?|trending(\ now)?|most\ read|
        latest(\ posts|\ news|\ stories)?|popular(\ posts|\ stories)?|more\ stories|
        post\ a\ comment|leave\ a\ (reply|comment)|comments?|\d+\ comments?|add\ (a\ )?comment|
        your\ email\ address\ will\ not\ be\ published.*|required\ fields\ are\ marked.*|
        (name|email|website)\ ?\*?|save\ my\ name,?\ email.*|
        share(\ this)?(\ article|\ story|\ on\ \w+)?|
        follow\ us(\ on\ (twitter|x|facebook|instagram|linkedin|telegram|whatsapp|youtube|tiktok|threads|
        google\ news|social\ media)(,?\ (and\ )?\w+)*)?|
        subscribe(\ now|\ (to|for)\ (our|the)\ ([\w-]+\ ){0,3}(newsletter|channel|podcast|updates|alerts)s?)?|
        sign\ up\ for\ .*newsletter.*|click\ here\ .*|
        sign\ up\ (for|to)\ (our|the)\ ([\w'’-]+\ ){0,4}(newsletters?|briefings?|bulletins?|emails?|alerts?|digest)\b.*|
        (all\ )?rights\ reserved\.?|copyright\ (©|\(c\)|\d{4}|by\ ).{0,100}|skip\ to\ (main\ )?content
    )[\s.:|!]*$""",
    _FLAGS | re.VERBOSE,
)

# "Also read| Other headline", "READ MORE: Other headline": a link to another story, on one line.
_INLINE_LINK = re.compile(
    r"^(also\ read|read\ also|read\ more|see\ also|related|recommended|watch|must\ read|read)"
    r"\s*[|:–—-]\s*\S",
    _FLAGS | re.VERBOSE,
)

_MARKER_ALONE = re.compile(r"^(read more|also read|read also|see also|related( stories| articles)?)[\s:|]*$", _FLAGS)

# Image credits: "(Image: AP)", "Photo: Reuters", "© Getty Images / uschools", "File photo".
_CREDIT = re.compile(
    r"^(\(?\s*(image|images|photo|photos|picture|pic|credit|credits|photograph|file\ photo|"
    r"representational\ image|image\ source|photo\ credit|image\ credit)s?\s*[:|/-].{0,80}\)?"
    r"|©.{0,80}|\(?(ap|afp|reuters|getty\ images|pti|ani|ians|file)\s*(photo|image)?\)?"
    r"|(file\ photo|representational\ image)\.?)$",
    _FLAGS | re.VERBOSE,
)

# "Source: IZ", "With inputs from PTI": an attribution line, not a sentence of the story.
# A sentence that starts with "Sources said…" is reporting: a source line has its separator.
_SOURCE_NAME = re.compile(r"^\s*((source|sources|via)\s*[:|–—-]|(with )?inputs from)\s*", re.IGNORECASE)
_SOURCE_LINE = re.compile(r"^((source|sources|via)\s*[:|–—-]\s*\S.{0,50}|(with )?inputs from\s+\S.{0,50})$", _FLAGS)

_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DATE_WORDS = re.compile(
    rf"\b({_MONTHS}|published|updated|last|posted|on|at|by|ist|gmt|utc|est|edt|pst|pdt|cet|cest|bst|"
    r"am|pm|a\.m\.|p\.m\.|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"\d{1,4}(st|nd|rd|th)?|\d{1,2}:\d{2}(:\d{2})?)\b",
    _FLAGS,
)


@dataclass(frozen=True)
class Cleaned:
    """Cleaned text plus the lines that were removed and why."""

    text: str
    removed: tuple[tuple[str, str], ...]

    @property
    def credit(self) -> str | None:
        """The source a removed source line credits ("Source: IZ" -> "IZ"): the article's origin."""
        for line, reason in self.removed:
            if reason == "source line":
                name = _SOURCE_NAME.sub("", line).strip(" .")
                return name.split(",")[0].strip() or None
        return None


# What makes a line of date words a page's time stamp rather than a date the story gives: a publishing
# word, a clock time or a time zone. A bare "August 24, 2016" under "Born" can be the evidence itself
# (47 gold sentences of WiCE dev were bare dates, all dropped by the earlier rule).
_STAMP_CUE = re.compile(
    r"\b(published|updated|posted|last\s+modified|ist|gmt|utc|est|edt|pst|pdt|cet|cest|bst)\b|\d{1,2}:\d{2}", _FLAGS
)


def _is_dateline(line: str) -> bool:
    """A line made only of a time stamp: 'Published 13:34 IST, January 26th 2022'."""
    if not re.search(r"\d", line) or len(line) > 80 or not _STAMP_CUE.search(line):
        return False
    rest = _DATE_WORDS.sub(" ", line)
    return not re.sub(r"[\s,.:/|()\-–—]+", "", rest)


# "New York CNN —", "WASHINGTON (Reuters) -", "LONDON, March 3 (AFP) –": where and by whom, before the story.
_DATELINE_ALONE = re.compile(r"^[^\W\d][\w .,'’()/&-]{0,60}?\s*[—–-]{1,2}$")
_DATELINE_LEAD = re.compile(r"^[A-Z][\w .,'’/&]{0,40}?(\s*\([\w .&-]{1,30}\))?\s*[—–-]{1,2}\s+(?=\S)")
# "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Written by Ana Kovac | Velmar Herald".
_BYLINE = re.compile(r"^((written|reported|words)\s+)?by\s+[A-Z][\w.'’-]*(\s+[\w.'’&,|-]+){0,8}\s*$", re.IGNORECASE)


def is_dateline_or_byline(line: str) -> bool:
    """A line that says where, when or by whom, not what happened: never an article's title."""
    line = line.strip()
    return bool(_is_dateline(line) or _DATELINE_ALONE.match(line) or (_BYLINE.match(line) and len(line) <= 80))


def without_dateline(sentence: str) -> str:
    """A first sentence without its leading dateline ("WASHINGTON (Reuters) - The Senate…" -> "The Senate…")."""
    m = _DATELINE_LEAD.match(sentence)
    return sentence[m.end() :] if m and len(sentence) - m.end() > 20 else sentence


def _looks_like_headline(line: str) -> bool:
    """A short line without closing punctuation: the title of a linked story."""
    words = line.split()
    return 0 < len(words) <= 22 and not re.search(r"[.!?…\"”’']\s*$", line)


@dataclass(frozen=True)
class Rule:
    """One kind of line the cleaner drops, with lines it must drop and reporting it must keep (from
    outlets other than the seeds); tests/test_cleaning.py runs every example through `clean`."""

    reason: str
    matches: Callable[[str], bool]
    removes: tuple[str, ...]
    keeps: tuple[str, ...]


RULES: tuple[Rule, ...] = (
    Rule(
        "page furniture",
        lambda line: bool(_FURNITURE.match(line)),
        removes=(
            "ADVERTISEMENT",
            "Leave a Comment",
            "Your email address will not be published.",
            "Share this article",
            "Copyright © 2024 The Velmar Herald. All rights reserved.",
            "Subscribe to our newsletter",
            "Follow us on Twitter and Facebook",
            "Sign up to our free evening bulletin.",
        ),
        keeps=(
            "Copyright lawsuits against AI firms rose sharply in 2023, the report said.",
            "Subscribe to the idea that markets always recover, and you will be disappointed.",
            "Follow us on a journey through the old harbour district, the guide told visitors.",
            "Comments from the minister angered the union, which called a strike.",
            "Sign-ups to the newsletter doubled after the row, the paper said.",
            "Sign up to the scheme closed on Friday, the council said.",
        ),
    ),
    Rule(
        "link to another story",
        lambda line: bool(_INLINE_LINK.match(line)) and _looks_like_headline(line.split("|", 1)[-1]),
        removes=(
            "Also read| Floods cut off three villages in the northern valley",
            "Read More: Ten things you missed this week",
        ),
        keeps=(
            "Read more carefully, the judge told the lawyers, and the contract is clear.",
            "Related: the council said the two cases were linked.",
        ),
    ),
    Rule(
        "image credit",
        lambda line: bool(_CREDIT.match(line)),
        removes=("(Image: Reuters)", "© Getty Images / iStockphoto", "Photo: Reuters", "File photo"),
        keeps=(
            "The photo agency AP said its journalists were safe.",
            "Photo evidence was shown to the jury on Monday.",
        ),
    ),
    Rule(
        "source line",
        lambda line: bool(_SOURCE_LINE.match(line)) and len(line.split()) <= 6,
        removes=("Source: TASS", "Sources: Reuters, AP", "With inputs from PTI"),
        keeps=(
            "Sources said the deal was off.",
            "Source documents seen by Reuters show the plan was approved in 2021 by the full council.",
            "Via Appia traffic was halted for two hours after the crash.",
        ),
    ),
    Rule(
        "time stamp",
        _is_dateline,
        removes=(
            "Published 09:12 IST, March 3rd 2024",
            "18:05 GMT, 14 May 2025",
            "Updated: March 3, 2024 10:15 am",
        ),
        keeps=(
            "August 24, 2016",
            "On January 21, Lavrov said Washington had agreed to reply in writing.",
            "Published on Monday, the report found 40 errors.",
        ),
    ),
)


# Every character Python counts as whitespace (no-break spaces, the \x1c-\x1f separators, \u2028...)
# plus the zero-width ones: at a line's edges they come from page layout, not from the text, and a
# sentence must never start or end in one.
_EDGES = re.compile(r"^[\s\u200b\u200c\u200d\ufeff]+|[\s\u200b\u200c\u200d\ufeff]+$")


def _strip(line: str) -> str:
    return _EDGES.sub("", line)


def _reason(line: str, key: str, title_key: str | None, seen: set[str]) -> str | None:
    """Why a line (not following a "Read more") is dropped, or None to keep it."""
    if _MARKER_ALONE.match(line):
        return "link marker"
    if rule := next((r for r in RULES if r.matches(line)), None):
        return rule.reason
    if title_key is not None and key == title_key:
        return "headline"
    if not re.search(r"\w", line):
        return "no words"
    return "repeated paragraph" if key in seen else None


def clean(text: str, title: str | None = None) -> Cleaned:
    """Drop boilerplate lines; keep the rest verbatim, one paragraph per line, separated by a blank line."""
    kept: list[str] = []
    removed: list[tuple[str, str]] = []
    seen: set[str] = set()
    title_key = fold(title) if title else None
    skip_linked = 0  # lines after a lone "Read more" that belong to the linked story

    for raw in text.splitlines():
        line = _strip(raw)
        if not line:
            continue
        key = fold(line)
        linked = skip_linked > 0 and bool(_CREDIT.match(line) or _looks_like_headline(line))
        skip_linked = skip_linked - 1 if linked else 0
        reason = "linked story" if linked else _reason(line, key, title_key, seen)
        if reason == "link marker":
            skip_linked = 2
        if reason is not None:
            removed.append((line, reason))
            continue
        seen.add(key)
        kept.append(line)
    return Cleaned(text="\n\n".join(kept), removed=tuple(removed))
