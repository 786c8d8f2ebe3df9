"""A claim about something happening at one time, against a sentence saying it was moved to another.

The stance model does not read a change of date as a contradiction: "The planned rise in Danford's tram
fares has been delayed until July…" said neither to "Will tram fares rise in April?" (1.00), "The museum
will stay closed until at least Monday…" neither to "Will the museum reopen on Saturday?", and "The
reopening of the Ashby to Millbrook line has been pushed back from May to December…" supported "Will the
line reopen in May?" (0.91). Postponements are among the commonest updates to a news story, and the
first report ("fares will rise in April") then stands unopposed.

The rule: the claim names a time (a month, a weekday, a season or a year) and is not itself about a
delay or a closure; the sentence moves something that shares a word with the claim to another time
("delayed / postponed / pushed back / put off … to / until July", "will stay closed / will not reopen
… until Monday"), not under a refusal ("refused to delay the trial"). Such a sentence refutes the
claim with `MOVED` confidence, or the model's own if that is higher. So does one that calls off,
cancels, postpones or suspends what the claim says will happen at a time (`called_off`;
eval/stance_called_off_dated.jsonl), where it gives it no other time.
"""

from __future__ import annotations

import re

from assistant.answer.verbs import OCCURRED, all_named, verb_tokens
from assistant.index.lexical import tokens
from assistant.text import MONTHS, WEEKDAYS

MOVED = 0.9

_TIME = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"spring|summer|autumn|winter|(?:19|20)\d\d)"
)
_LEAD = r"(?:at\s+least\s+|at\s+the\s+earliest\s+|the\s+end\s+of\s+|early\s+|late\s+|mid-?|next\s+|the\s+)*"
_SHIFT = (
    r"(?:delay|postpon|push(?:ed|es|ing)?\s+back|put\s+(?:back|off)|defer|reschedul|mov(?:e|ed|es|ing)\s+back|"
    r"set\s+back)"
)
_SHUT = (
    r"(?:(?:stay|stays|remain|remains|be\s+kept|kept)\s+(?:closed|shut)|(?:will|would)\s+not\s+(?:re)?(?:open|start|"
    r"resume|begin|restart|take\s+place|go\s+ahead)|won[’']t\s+(?:re)?(?:open|start|resume|begin)|on\s+hold|"
    r"suspended|not\s+(?:\w+\s+){0,2}before)"
)
_MOVED_TO = re.compile(
    rf"\b{_SHIFT}\w*\b[^.;]{{0,60}}?\b(?:to|until|till|into)\s+{_LEAD}(?P<t>{_TIME})\b"
    rf"|\b{_SHUT}\b[^.;]{{0,50}}?\b(?:until|till)\s+{_LEAD}(?P<u>{_TIME})\b"
    rf"|\bnot\s+(?:\w+\s+){{0,3}}until\s+{_LEAD}(?P<v>{_TIME})\b",
    re.IGNORECASE,
)
_REFUSED = re.compile(
    r"\b(?:refus\w*|declin\w*|reject\w*|no\s+plans?|ruled?\s+out|will\s+not|won[’']t|did\s+not|didn[’']t|not)\s+"
    r"(?:\w+\s+){0,2}$",
    re.IGNORECASE,
)
# A claim about the delay or the closure itself is what such a sentence supports.
_ABOUT_A_DELAY = re.compile(rf"\b{_SHIFT}\w*|\b(?:closed|shut|suspended|on hold|until)\b", re.IGNORECASE)
_CLAIM_TIME = re.compile(rf"\b{_TIME}\b", re.IGNORECASE)


# Each month's and weekday's beginnings of three letters or more, for the name they begin ("sept" -> september).
_BEGINNINGS: dict[str, str] = {}
for _name in MONTHS + WEEKDAYS:
    for _end in range(3, len(_name) + 1):
        _BEGINNINGS.setdefault(_name[:_end], _name)


def _norm(word: str, typed: bool = False) -> str | None:
    """The time a word names, or None. In published text a month or a day is one only capitalised; in
    what a user typed, in lower case too, except the months that are also verbs ("may", "march")."""
    w = word.lower()
    name = _BEGINNINGS.get(w)
    if name is not None:
        return name if word[0].isupper() or (typed and w not in ("may", "march", "mar")) else None
    return w


def moved_away(claim: str, sentence: str) -> bool:
    """The sentence moves what the claim is about from the claim's time to another."""
    times = {_norm(t, typed=True) for t in _CLAIM_TIME.findall(claim)} - {None}
    if not times or _ABOUT_A_DELAY.search(claim):
        return False
    about = set(tokens(_CLAIM_TIME.sub(" ", claim)))
    for m in _MOVED_TO.finditer(sentence):
        target = _norm(m.group("t") or m.group("u") or m.group("v"))
        if target is None or target in times or _REFUSED.search(sentence[: m.start()]):
            continue
        if about & set(tokens(sentence)):
            return True
    return False


# "Did it happen before / after / by / since Monday?" bounds the day rather than naming it.
_DAY_BOUND = re.compile(r"\b(?:before|after|by|since|until|till|from|between|around|about)\s+(?:the\s+)?$", re.I)
_DAY_OR_MONTH = re.compile(r"\b[A-Za-z]+\b")


def _days(text: str, typed: bool) -> dict[str, set[str]]:
    """The weekdays and months a text names, by kind; in a claim, those not after a bound word."""
    out: dict[str, set[str]] = {"day": set(), "month": set()}
    for m in _DAY_OR_MONTH.finditer(text):
        name = _norm(m.group(), typed)
        if name != m.group().lower():  # whole names only: "Jan Brekke" and "Marc" are people
            continue
        kind = "day" if name in WEEKDAYS else "month" if name in MONTHS else None
        if kind and not (typed and _DAY_BOUND.search(text[: m.start()])):
            out[kind].add(str(name))
    return out


def days_named(text: str, asked: bool = False) -> set[str]:
    """The weekdays and months `text` names (in a claim, `asked`: not those after a bound word, "before May")."""
    return set().union(*_days(text, typed=asked).values())


def another_day(claim: str, sentence: str) -> bool:
    """The claim names a weekday or a month, and the sentence names others of that kind, never the
    claim's: "erupted early on Saturday" against "Did the volcano erupt on Sunday?", which the model read
    as support (1.00). Only a sentence the model reads as support is turned: it reads it as the same
    event, on another day."""
    asked, given = _days(claim, typed=True), _days(sentence, typed=False)
    return any(asked[k] and given[k] and not asked[k] & given[k] for k in asked)


# An event called off, in plain words (`idioms`: "called off" is "cancelled", "scrapped" is "dropped", and one
# postponed or put off in the active voice is "delayed": "The union delayed the strike"; not "flights were delayed").
_CALLED_OFF = re.compile(
    r"\b(?:cancelled|cancels|cancel|postponed|suspended|dropped|axed|abandoned|"
    r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)(?<!\bbeing\s)(?<!\bis\s)(?<!\bare\s)delay(?:ed|s))\b"
    r"(?!\s+(?:to|until|till|into)\b)",
    re.IGNORECASE,
)
_WHEN = re.compile(
    rf"\b(?:\d{{1,2}}(?:st|nd|rd|th)?\s+)?{_TIME}\b(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?"
    r"|\b(?:next|this|last)\s+(?:week|month|year|weekend)|\btomorrow\b|\btonight\b",
    re.IGNORECASE,
)
_FUTURE = re.compile(r"\b(?:will|due\s+to|set\s+to|going\s+to|going\s+ahead|taking\s+place|scheduled|planned)\b", re.I)
_UNDONE = re.compile(
    r"\b(?:not|no|never|could|may|might|would|if|unless|threat\w*|consider\w*|refus\w*|declin\w*|reject\w*|"
    r"ruled?\s+out|against)\b|n[’']t\b",
    re.I,
)
# The claim's words for an event happening at all, which any event called off names; a match or a show
# is played, staged or run.
_HAPPENS = OCCURRED | frozenset(verb_tokens("play played stage staged run"))


def _whens(text: str) -> set[str]:
    return {re.sub(r"(?<=\d)(?:st|nd|rd|th)|'s$", "", m.group().lower()) for m in _WHEN.finditer(text)}


def called_off(claim: str, sentence: str) -> bool:
    """The claim asks whether something will happen at a time the sentence does not name ("Will Tarn Rail
    drivers strike on 3 November?"), and the sentence says it was called off, cancelled, postponed or
    suspended ("The strike by train drivers at Tarn Rail has been suspended"): what is called off happens on
    no day. The model had said neither (0.00) where the claim named a day the sentence does not. Not where
    the sentence gives the event a time of its own ("the strike planned for 10 November"), nor a call-off
    denied or only possible."""
    claimed = _whens(claim)
    off = _CALLED_OFF.search(sentence)
    if not claimed or off is None or not _FUTURE.search(claim) or _ABOUT_A_DELAY.search(claim):
        return False
    before = sentence[: off.start()]
    if _UNDONE.search(before) or not _whens(before) <= claimed:
        return False
    asked = [t for t in verb_tokens(_WHEN.sub(" ", claim)) if t not in _HAPPENS]
    return bool(asked) and all_named(asked, verb_tokens(sentence))
