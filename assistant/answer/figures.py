"""A claim's figure against a sentence that gives a different figure of the same kind.

The stance model reads a sentence that says the same thing with another figure as support: "Customers
who break the ban could be fined up to £1,000" supported "Is the maximum fine for breaking the ban
£5,000?" at 0.99, "The consortium agreed to pay about £95m for the club" supported "Did the consortium
pay £120m for the club?" at 0.97. Where the model reads such a sentence as support, it is reading it as
about the same thing; a different figure of the same kind there is a contradiction.

A figure's kind is its currency, a percentage, or the noun it counts ("12 people"). The figures differ
when the sentence gives the claim's kind, never the claim's figure (within 10%: "£4m" is "£4.1m"), and
the claim states its figure exactly: "more than", "about", "at least", "up to"… make it a bound or an
estimate, which another figure may well satisfy. Years are dates, not figures.

The other way round, a claim without figures: the model reads a rate's new level or a vote's tally
as a contradiction. Appended to 110 sentences read as supporting their claims at >= 0.9, ", to 4%"
turns 41 into refutations, ", from 25% to 10%" 30 and ", by 60% to 40%" 24 (a date, a place, a time, a
sum of money or "affecting 2,400 people": 2 to 4; `python -m training.probe_stance`). So for such a
claim the sentence is read without them (`without_rates`; then 1, 0 and 1): "…voted by 78% to 22% to
strike" had refuted "Did ground staff vote to strike?" at 0.97. The size of a change after the verb that
says which way it went is left out too: "Exports fell by 4% last year" had refuted "Did exports fall
last year?" at 0.98 ("fell last year": 0.99 support).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.answer.context import first_name, names
from assistant.index.lexical import tokens

_FIGURE = re.compile(
    r"(?<![\w.,])(?P<cur>[£$€])?\s?(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?P<dec>\.\d+)?"
    r"(?:\s?(?P<mult>thousand|million|billion|bn|m|k)\b)?(?:\s?(?P<pct>%|per\s?cent\b|percent\b))?"
    r"(?:\s+(?P<noun>[a-z][a-z\-]+))?",
    re.IGNORECASE,
)
_MULT = {"thousand": 1e3, "million": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "k": 1e3}
# Words after a figure that name no kind of thing counted.
_NOT_KINDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "by",
        "for",
        "from",
        "and",
        "or",
        "but",
        "was",
        "were",
        "is",
        "are",
        "be",
        "been",
        "has",
        "have",
        "had",
        "will",
        "would",
        "than",
        "per",
        "each",
        "more",
        "less",
        "fewer",
        "times",
        "year",
        "years",
        "old",
    ]
)
_BOUND = re.compile(
    r"\b(?:more|fewer|less|over|under|at least|at most|up to|above|below|nearly|almost|about|around|roughly|"
    r"approximately|some|than|exceed\w*|between|within|or so|upwards|plus)\b|[<>≈~]",
    re.IGNORECASE,
)
_TOLERANCE = 0.1

_N = r"\d+(?:[.,]\d+)*"
_PCT = rf"{_N}\s?(?:%|per\s?cent\b|percent\b)"
_CLAIM_FIGURE = re.compile(r"\d|%|\bper\s?cent\b|\bpercent(?:age)?\b", re.IGNORECASE)
# A claim with a figure that a tally's figures answer: a share or a vote.
_CLAIM_SHARE = re.compile(r"%|\bper\s?cent\b|\bpercent(?:age)?\b|\bvot(?:e|es|ed|ing|ers?)\b", re.IGNORECASE)
# Claims about a vote's size, which its tally answers, and claims about a share ("more than half the
# staff", which `bounds` reads against the tally).
_ABOUT_COUNT = re.compile(
    r"\b(?:unanimous\w*|majority|narrowly|narrow\s+(?:margin|majority|win|victory|defeat|vote|lead)|margin|landslide|"
    r"split|overwhelming\w*|most|how many)\b"
    r"|\b(?:than|least|most|over|under|above|below|nearly|almost)\s+(?:a\s+|one\s+)?(?:half|thirds?|quarters?)\b",
    re.IGNORECASE,
)
_SHARE_TALLY = re.compile(rf",?\s+by\s+(?:a\s+(?:margin|vote)\s+of\s+)?{_PCT}\s+to\s+{_PCT}", re.IGNORECASE)
_TO_RATE = re.compile(rf"(?<!\bup)\s+(?:from\s+{_PCT}\s+)?to\s+{_PCT}", re.IGNORECASE)  # not "up to 40%"
_FROM_RATE = re.compile(rf",?\s+from\s+{_PCT}[^,.;:]*", re.IGNORECASE)
# The level a rate was held at: "left interest rates unchanged at 3%", "kept its main rate on hold at 4.5%".
_AT_RATE = re.compile(rf"\b(unchanged|steady|on\s+hold|constant|rates?)\s+at\s+{_PCT}", re.IGNORECASE)
# A change's size after the verb that says which way it went ("fell by 4.2%", "rose 15p", "climbed 1.8%
# a month"): never a year ("rose in 2025").
_CHANGE_SIZE = re.compile(
    r"\b((?:rose|risen|rises|rise|fell|fallen|falls|fall|grew|grown|grows|grow|jumped|dropped|climbed|declined"
    r"|increased|decreased|shrank|shrunk|contracted|eased|dipped))"
    r"\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+|roughly\s+|more\s+than\s+|over\s+)?"
    rf"(?:[£$€]\s?)?(?!(?:19|20)\d\d\b){_N}(?:\s?(?:%|per\s?cent\b|percent\b|percentage\s+points?\b|points?\b"
    r"|p\b|pence\b|bn\b|billion\b|m\b|million\b|k\b))?(?:\s+a\s+(?:year|month|week|day)\b)?",
    re.IGNORECASE,
)


# News writes small counts in words ("Two paintings were stolen"): read as figures before a noun, and
# never "no one" or "one of", whose next word names no kind anyway.
_UNITS = re.findall(
    r"\w+",
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty",
)
_TENS = re.findall(r"\w+", "thirty forty fifty sixty seventy eighty ninety")
NUMBER_WORDS = {w: str(n) for n, w in enumerate(_UNITS)} | {w: str(10 * n) for n, w in enumerate(_TENS, start=3)}
# A vote's tally: "by 31 votes to 4", "by seven votes to four", "by 52-48", "by a majority of 82%" (a count in
# words had been left in: "approved the plan by seven votes to four" refuted "Did the council approve the plan?" at
# 0.68, eval/stance_tally_in_words.jsonl), and one told after "voted" ("voted 7-4 to approve").
_COUNTED = rf"(?:{_N}|{'|'.join(NUMBER_WORDS)})\b"
# Not a range of something else: "increased temperature by two to three degrees".
_NO_UNIT = (
    r"(?![.,]?\d)(?!\s+(?!(?:on|in|at|after|before|with|and|but|when|while|as|last|this|yesterday|today)\b)[a-z°])"
)
_TALLY = re.compile(
    rf",?\s+by\s+(?:a\s+(?:margin|vote)\s+of\s+)?(?:{_PCT}|{_N}(?:\s+votes?)?)\s+to\s+(?:{_PCT}|{_N}(?:\s+votes?)?)"
    rf"|,?\s+by\s+{_N}\s?[-–]\s?{_N}\b"
    rf"|(?:,?\s+by\s+(?:{_COUNTED}\s+votes?\s+to\s+{_COUNTED}(?:\s+votes?)?|{_COUNTED}\s+to\s+{_COUNTED})"
    rf"|,?\s+by\s+a\s+majority\s+of\s+(?:{_PCT}|{_COUNTED}(?:\s+votes?)?)){_NO_UNIT}",
    re.IGNORECASE,
)
_VOTED_TALLY = re.compile(
    rf"\b(voted|ruled)\s+{_COUNTED}\s?(?:[-–]|\s+to\s+){_COUNTED}(?=\s+(?:to|in|for|against)\b)", re.IGNORECASE
)
# A winner's share or margin: "elected with 54% of the vote", "won the seat with 12,400 votes", "re-elected by 300
# votes" ("Mara Quill was elected with 54% of the vote" had refuted "Was Mara Quill elected?" at 0.97,
# eval/stance_elected_with.jsonl); a share only of the vote, a count only of votes, and no tally ("by 31 votes to 4",
# "by 13 votes to none", "winning 39% of the vote to Bell's 30%"), nor a gerund's object ("after winning 54% of…").
_VOTE_SHARE = re.compile(
    r"(?:,\s+(?:winning|taking|securing)|,?\s+(?:with|by))\s+(?:(?:about|around|nearly|almost|just\s+(?:over|under)|"
    rf"more\s+than|some)\s+)?(?:{_PCT}\s+of\s+(?:the\s+)?(?:votes?|ballots?)|{_COUNTED}\s+votes?)\b(?:\s+cast)?"
    r"(?!\s+(?:cast\s+)?to\b)",
    re.IGNORECASE,
)
# How long each unit of time lasts, in days: a duration is one kind of figure however it is written
# ("18 months" is more than "a year", "36 hours" less than "two days").
DURATION = "duration"
_DAYS = {
    "minute": 1 / 1440,
    "hour": 1 / 24,
    "day": 1.0,
    "week": 7.0,
    "fortnight": 14.0,
    "month": 365.25 / 12,
    "year": 365.25,
    "decade": 3652.5,
}
_SPAN = "|".join(_DAYS)
_NUMBER_WORD = re.compile(
    r"(?<!\bno )\b(" + "|".join(NUMBER_WORDS) + rf")\b(?=\s+[a-z]|-(?:{_SPAN})s?\b)", re.IGNORECASE
)
# "a two-week shutdown", "an 18-month sentence": the unit joined to its figure; never an age ("a
# 45-year-old man").
_JOINED = re.compile(rf"-(?P<unit>{_SPAN})s?\b(?![\w-]*\bold\b)", re.IGNORECASE)
_UNIT_AFTER = re.compile(rf"\s+(?P<unit>{_SPAN})s?\b(?!\s+old\b)", re.IGNORECASE)
# A time that dates or windows something rather than saying how long it lasted: "over the past 30
# years", "every four minutes", "800 years later", "23 years ago", "a 60-year cycle", "a 10-year high".
_WINDOW_BEFORE = re.compile(
    r"\b(?:(?:the|this|these|those|its|their)\s+(?:past|last|next|coming|previous|recent|first|following)"
    r"|within|since|every|each|per|in)\s+"
    r"(?:(?:just|only|as few as|over|under|at least|more than|less than|about|around|nearly|almost)\s+)?$",
    re.IGNORECASE,
)
_WINDOW_AFTER = re.compile(r"\s*(?:ago|old|later|earlier|from|ahead|into|cycles?|highs?|lows?)\b", re.IGNORECASE)
# One unit written with an article where a word before it says a time is measured ("more than a week",
# "after a decade", "jailed for a year"): not "a week after the strike began", "twice a week".
_ONE_SPAN = re.compile(
    r"\b((?:than|over|under|above|below|least|most|to|nearly|almost|about|around|for|lasted|after)\s+)"
    rf"(?:a|an)\s+(?=(?:{_SPAN})\b(?!\s+and\s+a\s+half))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Figure:
    """A figure whose kind is known, and where its number is written (`start`, `end`: the currency sign,
    the digits, a multiplier and a percent sign; not the noun after it, but a duration's unit, which the
    value is in days of)."""

    kind: str
    value: float
    start: int
    end: int


def with_digits(text: str, durations: bool = False) -> str:
    """Small counts written in words as digits ("Twelve people" -> "12 people"); with `durations`, one
    unit of time too ("more than a week" -> "more than 1 week")."""
    text = _NUMBER_WORD.sub(lambda m: NUMBER_WORDS[m.group(1).lower()], text)
    return _ONE_SPAN.sub(r"\g<1>1 ", text) if durations else text


def figures_in(text: str, durations: bool = False) -> list[Figure]:
    """Each figure of `text` (in digits: `with_digits`) whose kind is known; with `durations`, a time
    in any unit is of kind `DURATION`, in days."""
    out = []
    for m in _FIGURE.finditer(text):
        if not m.group("cur") and not m.group("dec") and re.fullmatch(r"(?:1[89]|20)\d\d", m.group("n")):
            continue  # a year ("2,000" is not)
        value = _value(m)
        number_end = m.end("dec") if m.group("dec") else m.end("n")
        span = (_JOINED.match(text, number_end) or _UNIT_AFTER.match(text, number_end)) if durations else None
        if span and (_WINDOW_BEFORE.search(text[: m.start()]) or _WINDOW_AFTER.match(text, span.end())):
            continue
        if span and not m.group("cur") and not m.group("pct") and not m.group("mult"):
            out.append(Figure(DURATION, value * _DAYS[span.group("unit").lower()], m.start(), span.end()))
            continue
        noun = _counted(text, m)
        if m.group("cur"):
            kind = m.group("cur")
        elif m.group("pct"):
            kind = "%"
        elif noun and noun not in _NOT_KINDS:
            kind = noun[:-1] if noun.endswith("s") and len(noun) > 3 else noun
        else:
            continue
        end = max(m.end(g) for g in ("n", "dec", "mult", "pct") if m.group(g))
        out.append(Figure(kind, value, m.start(), end))
    return out


def _value(m: re.Match[str]) -> float:
    number = float(m.group("n").replace(",", "") + (m.group("dec") or ""))
    return number * _MULT.get((m.group("mult") or "").lower(), 1.0)


def figure_value(text: str) -> float | None:
    """The value of the first figure in `text`, its multiplier applied ("£21m" -> 21,000,000)."""
    m = _FIGURE.search(text)
    return _value(m) if m else None


def _counted(text: str, m: re.Match[str]) -> str:
    """The noun a figure counts: the word after it, or after the name that qualifies it ("200 Skylark
    flights")."""
    noun = m.group("noun") or ""
    if noun[:1].isupper():
        after = re.match(r"\s+([a-z][a-z\-]+)", text[m.end("noun") :])
        if after and after.group(1) not in _NOT_KINDS:
            return after.group(1)
    return noun.lower()


def _figures(text: str) -> list[tuple[str, float]]:
    """(kind, value) of each figure whose kind is known."""
    return [(f.kind, f.value) for f in figures_in(with_digits(text))]


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= _TOLERANCE * max(abs(a), abs(b))


def figures_differ(claim: str, sentence: str) -> bool:
    """The claim states a figure exactly, and the sentence gives figures of its kind, never that one."""
    if _BOUND.search(claim):
        return False
    given = _figures(sentence)
    for kind, value in _figures(claim):
        theirs = [v for k, v in given if k == kind]
        if theirs and not any(_same(value, v) for v in theirs):
            return True
    return False


# A charge's change, told after the charge that someone raised or cut ("raised prices by 5%", "cut its fares by a
# third"), in the words `idioms` reads it with: "Corvel raised prices by 5%" had refuted "Did Corvel raise prices?" at
# 0.98, and "…raised prices." supports it at 0.99 (eval/stance_prices_raised.jsonl).
_CHARGE_SIZE = re.compile(
    r"\b((?:raised|raises|raise|raising|cut|cuts|cutting)\s+(?:(?:its|their|the|his|her|our|all)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:prices|fares|rents|fees|charges|tariffs|bills|tax|taxes|duties|premiums|tolls))"
    r"\s+by\s+(?:(?:about|around|nearly|almost|some|roughly|more\s+than|over|up\s+to)\s+)?"
    rf"(?:(?:[£$€]\s?)?(?!(?:19|20)\d\d\b){_N}(?:\s?(?:%|per\s?cent\b|percent\b|percentage\s+points?\b|p\b|pence\b))?"
    r"(?:\s+a\s+(?:year|month|week|day|journey|trip|ticket|head))?|(?:a|one|two)\s+(?:third|quarter|fifth|tenth)s?|half)(?!\w)",
    re.IGNORECASE,
)


# The same after anything else someone increased, reduced or trimmed, told in an inflected verb and only as a share, a
# sum or a fraction ("increased its dividend by 10%", "trimmed its budget by £2m"; not "lower than", "raise sea level by
# 3.3 metres"): "Corvel increased its dividend by 10%" had refuted "Did Corvel increase its dividend?" at 0.99
# (eval/stance_change_size.jsonl).
_OBJECT_SIZE = re.compile(
    r"\b((?:raised|raises|raising|increased|increases|increasing|reduced|reduces|reducing|lowered|lowers|lowering|"
    r"trimmed|trims|trimming|slashed|slashes|slashing|hiked|hikes|hiking|boosted|boosts|boosting|lifted|lifts|lifting|"
    r"decreased|decreases|decreasing|cut|cuts|cutting)\s+(?:[\w’'-]+\s+){0,4}?[\w’'-]+)"
    r"\s+by\s+(?:(?:about|around|nearly|almost|some|roughly|more\s+than|over|up\s+to)\s+)?"
    rf"(?:[£$€]\s?(?!(?:19|20)\d\d\b){_N}(?:\s?(?:bn|m|million|billion|k)\b)?|(?!(?:19|20)\d\d\b){_N}\s?"
    r"(?:%|per\s?cent\b|percent\b|percentage\s+points?\b)|(?:a|one|two)\s+(?:third|quarter|fifth|tenth)s?|half)(?![\w°])",
    re.IGNORECASE,
)


def _without_share(claim: str, sentence: str) -> str:
    """The sentence without a winner's share or margin told after the claim's subject: another's share stays ("Joanna
    Price was elected mayor with 52% of the vote, beating the sitting mayor, Tom Hale" against "Was Tom Hale
    re-elected?", which the model reads right with it and not without)."""
    subject = first_name(claim)
    return _VOTE_SHARE.sub(
        lambda m: "" if subject is None or names(sentence[: m.start()], subject) else m.group(), sentence
    )


def without_rates(claim: str, sentence: str) -> str:
    """The sentence without vote tallies, a winner's share or margin, rates' levels and a change's size ("by 78% to
    22%", "with 54% of the vote", "to 3.75%", "from 3.4% in September", "unchanged at 3%", "raised prices by 5%",
    "increased its dividend by 10%"), where the claim
    gives no figure and asks nothing a tally answers; where its figure is a count or a sum, without a tally in shares
    ("by 60% to 40%"); else as it is."""
    if _ABOUT_COUNT.search(claim) or (_CLAIM_FIGURE.search(claim) and _CLAIM_SHARE.search(claim)):
        return sentence
    if _TALLY.search(claim) or _VOTED_TALLY.search(claim):  # a tally in words: "by eight votes to three"
        return sentence
    if _CLAIM_FIGURE.search(claim):  # a share's tally answers no count ("at least 20 people") nor sum
        return re.sub(r"\s+([,.;:])", r"\1", _SHARE_TALLY.sub("", sentence))
    out = _without_share(claim, _VOTED_TALLY.sub(r"\1", _TALLY.sub("", sentence)))
    out = _AT_RATE.sub(r"\1", _CHANGE_SIZE.sub(r"\1", _OBJECT_SIZE.sub(r"\1", _CHARGE_SIZE.sub(r"\1", out))))
    out, moved = _TO_RATE.subn("", out)
    if moved:  # "slowed to 2.9% in October from 3.4% in September": the earlier level goes with the later
        out = _FROM_RATE.sub("", out)
    return re.sub(r"\s+([,.;:])", r"\1", out)


# A count of something the claim names ("cancelled 62 flights", "about 300 protesters", "the three
# smugglers"), the number and a word that bounds it; not a sum of money, a share or a year.
_COUNT = re.compile(
    r"(?<![\w.,£$€])(?:(?:about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least)\s+)?"
    r"(?:(?!(?:1[89]|20)\d\d\b)\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s?(?:million|billion|m|bn)\b)?|"
    + "|".join(NUMBER_WORDS)
    + r")\s+"
    r"(?=(?P<noun>[a-z][\w\-]*(?:\s+[a-z][\w\-]*){0,2}))",
    re.IGNORECASE,
)


# A claim that says how many in words ("a thousand", "every", "some of") asks what the count answers.
_HOW_MUCH = re.compile(
    r"\b(?:hundreds?|thousands?|millions?|billions?|dozens?|all|every|each|whole|entire|some|many|few|several|"
    r"than|at\s+least|at\s+most|up\s+to)\b",
    re.IGNORECASE,
)


def without_counts(claim: str, sentence: str) -> str:
    """The sentence without the counts of what the claim names, where the claim gives no figure and asks
    no count: "The airline has cancelled 62 flights" had refuted "Has the airline cancelled flights?" at
    0.88 ("…cancelled flights": 0.99 support)."""
    if _CLAIM_FIGURE.search(with_digits(claim)) or _ABOUT_COUNT.search(claim) or _HOW_MUCH.search(claim):
        return sentence
    asked = set(tokens(claim))
    text = sentence

    def named(m: re.Match[str]) -> bool:
        first = m.group("noun").split()[0].lower()
        return first not in _NOT_KINDS and bool(asked & set(tokens(m.group("noun"))))

    spans = [m.span() for m in _COUNT.finditer(text) if named(m)]
    if not spans:
        return sentence
    for a, b in reversed(spans):
        text = text[:a] + text[b:]
    return text[:1].upper() + text[1:] if spans[0][0] == 0 else text
