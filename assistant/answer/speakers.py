"""Who is quoted in a sentence, where the article says so ("..., Stoltenberg told CNN")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_VERBS = (
    r"said|says|told|tells|added|adds|stressed|noted|asserted|stated|informed|announced|warned|"
    r"explained|claimed|insisted|reiterated|reaffirmed|confirmed|declared|argued|wrote|tweeted|"
    r"highlighted|urged|revealed|admitted|answered|replied|remarked|emphasised|emphasized|"
    r"called|acknowledged|denied|suggested|responded|commented|continued|complained|promised|concluded|"
    r"described|ruled|accused|predicted|estimated|pledged|vowed|conceded|recalled|observed|cautioned|"
    r"alleged|countered|maintained|disclosed"
)
# "&" joins a name's words too: "H&M", "AT&T", "Clyde & Lorne Ferries" (cut at the "&", the last was
# credited to "Lorne Ferries", a company that does not exist).
_CAP = r"[A-Z](?:[\w’'\-]|\.(?=\w)|&(?=[A-Z]))*\.?"
# Titles keep their "of": "Secretary of State", "Minister of Defence".
_NAME = rf"(?:{_CAP}\s+(?:of\s+(?:the\s+)?|&\s+)?){{0,4}}{_CAP}"
_ADVERBS = r"(?:(?:also|reportedly|further|then|later|previously|again|had|has|have)\s+){0,3}"
# Lower-case words of a title before a name: "said auditor Samuel Grant", "said deputy mayor Ann Roy".
_TITLE = r"(?:[a-z][\w\-]*\s+){0,3}"
# Or a title set off by a comma, possessives allowed: "said the trust's chief executive, Dr Helen Okafor"
# (not a later clause's subject: "said police, Reuters reported").
_TITLE_OF = r"(?:[a-z][\w\-]*(?:[’']s)?\s+){0,3}[a-z][\w\-]*,\s+"
_PATTERNS = [
    re.compile(rf"[,.!?][\"”’']\s*(?P<name>{_NAME})\s+{_ADVERBS}(?:{_VERBS})\b"),
    re.compile(rf"[,.!?][\"”’']\s*(?:{_VERBS})\s+{_TITLE}(?P<name>{_NAME})"),
    re.compile(rf"[,.!?][\"”’']\s*(?:{_VERBS})\s+{_TITLE_OF}(?P<name>{_NAME})\b(?!\s+(?:{_VERBS}|reported)\b)"),
    re.compile(rf"\b[Aa]ccording to\s+(?:the\s+)?(?P<name>{_NAME})"),
    # A name set off by commas just before the verb: "the editor, Priya Raman, wrote".
    re.compile(rf",\s*(?P<name>{_NAME}),\s+{_ADVERBS}(?:{_VERBS})\b"),
    re.compile(rf"(?P<name>{_NAME}),[^,\"“”]{{1,80}},\s+{_ADVERBS}(?:{_VERBS})\b"),
    re.compile(rf"(?P<name>{_NAME})\s+{_ADVERBS}(?:{_VERBS})\b"),
]
_PRONOUN = re.compile(rf"\b(he|she|they)\s+{_ADVERBS}(?:{_VERBS})\b", re.IGNORECASE)
# Capitalised words that open sentences or clauses but name nobody.
_NOT_NAMES = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "It",
        "This",
        "That",
        "These",
        "Those",
        "However",
        "But",
        "And",
        "Also",
        "Earlier",
        "Later",
        "Meanwhile",
        "Moreover",
        "Still",
        "Yet",
        "So",
        "Then",
        "There",
        "Here",
        "When",
        "While",
        "After",
        "Before",
        "As",
        "If",
        "Since",
        "Although",
        "Though",
        "We",
        "I",
        "You",
        "They",
        "He",
        "She",
        "His",
        "Her",
        "Their",
        "Our",
        "My",
        "Its",
        "Tuesday",
        "Monday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "According",
        "Asked",
        # Plural and indefinite subjects: they speak, but name no one.
        "Nobody",
        "Everyone",
        "Someone",
        "Witnesses",
        "Volunteers",
        "Residents",
        "Officials",
        "Sources",
        "Analysts",
        "Experts",
        "Critics",
        "Protesters",
        "Doctors",
        "Police",
    ]
)


def _tidy(name: str) -> str | None:
    words = name.split()
    while words and words[0].strip(".,") in _NOT_NAMES:
        words = words[1:]
    if not words:
        return None
    out = " ".join(words).rstrip(".,")
    return out if len(out) > 1 else None


# A name that is the object of a preposition ("Critics of finance minister Jan Brekke said…") is not the
# one who speaks.
_OBJECT_OF = re.compile(r"\b(?:of|for|to|with|against|by|from|about|on|at|in|over)\s+(?:[a-z][\w\-]*\s+){0,3}$")


@lru_cache(maxsize=4096)  # the same candidates are found again for each question asked of a story
def speaker_in(sentence: str) -> str | None:
    for pat in _PATTERNS:
        for m in pat.finditer(sentence):
            if pat.pattern.startswith("(?P<name>") and _OBJECT_OF.search(sentence[: m.start("name")]):
                continue
            name = _tidy(m.group("name"))
            if name:
                return name
    return None


def speaker_at(text: str, start: int, end: int, window: int = 1500) -> str | None:
    """The speaker of text[start:end]; a pronoun ("he added") takes the last named speaker before it."""
    sentence = text[start:end]
    found = speaker_in(sentence)
    if found:
        return found
    if not _PRONOUN.search(sentence):
        return None
    from assistant.ingest.sentences import split_sentences

    before = text[max(0, start - window) : start]
    for a, b in reversed(split_sentences(before)):
        found = speaker_in(before[a:b])
        if found:
            return found
    return None


_SPEECH_VERBS = (
    r"(?:say|said|tell|told|claim|claimed|announce|announced|write|wrote|tweet|tweeted|deny|denied|warn|warned|"
    r"mean|think|promise|promised|argue|argued|confirm|confirmed)\b"
)
_ASKED = re.compile(
    rf"\b(?i:what|did|has|had|does|do|is it true that)\s+(?:\S+\s+){{0,3}}?(?P<name>{_NAME})\s+{_SPEECH_VERBS}"
)


def asked_speaker(question: str) -> str | None:
    """The person a question asks about as a speaker: "What did Lavrov say…" -> "Lavrov"."""
    m = _ASKED.search(question)
    return _tidy(m.group("name")) if m else None


# "the mayor of Riverton", "the fire chief of Brenna": the name is where the speaker serves.
_ROLE_OF = re.compile(
    rf"\b(?i:what|did|has|had|does|do)\s+(?:the|a|an)\s+(?P<phrase>(?:[a-z][\w-]*\s+){{0,2}}?(?P<role>[a-z][\w-]+))\s+"
    rf"(?:of|from|at|in)\s+(?:the\s+)?{_NAME}(?:\s+[a-z][\w-]*){{0,3}}?\s+{_SPEECH_VERBS}"
)


# "What did the health secretary say…": a role in lower case, no name given.
_ROLE_BARE = re.compile(
    rf"^\W*(?i:what)\s+(?i:did|has|had|does|do)\s+the\s+(?P<phrase>(?:[a-z][\w-]*\s+){{0,2}}?(?P<role>[a-z][\w-]+))\s+"
    rf"{_SPEECH_VERBS}"
)


def asked_role(question: str) -> str | None:
    """The role a question asks about as a speaker: "What did the health secretary say…", or, when
    the name it gives is where that speaker serves, "What did the mayor of Riverton say…" (the
    mayor's words, not Riverton's)."""
    m = _ROLE_OF.search(question) or _ROLE_BARE.search(question)
    return m.group("phrase") if m and m.group("role") not in _CROWDS else None


def role_holders(role: str, texts: Iterable[str]) -> tuple[str, ...]:
    """Who the texts give the role to: "The health secretary, Olivia Grant, …", "Health Secretary
    Olivia Grant", "Olivia Grant, the health secretary": her later "Grant told MPs" is the role's word."""
    r = r"\s+".join(re.escape(w) for w in role.split())
    patterns = [
        rf"(?i:{r}),?\s+(?P<name>{_NAME})",
        rf"(?P<name>{_NAME}),\s+(?i:the|a|an)\s+(?:[\w’'-]+\s+){{0,3}}?(?i:{r})\b",
    ]
    found = {
        name
        for text in texts
        for p in patterns
        for m in re.finditer(p, text)
        if (name := _tidy(m.group("name"))) and name.split()[-1] not in _NOT_NAMES
    }
    return tuple(sorted(found))


# Who speaks for a body goes by several titles: "the head of the IMF" may be "IMF chief Georgieva".
_LEADS = r"head|chief|leader|boss|director|president|chair|chairman|chairwoman|chairperson"
# "The people of Brenna" speak as residents, locals, voters: no one word to look for.
_CROWDS = {"people", "residents", "citizens", "locals", "voters", "public", "population", "community"}


def role_pattern(role: str) -> str:
    """A regex for the role's head noun as a speaker's title, singular or plural, any leading title."""
    head = role.split()[-1].rstrip("s")
    return rf"(?:{_LEADS})s?" if re.fullmatch(_LEADS, head) else re.escape(head) + r"s?"


def said_by(speaker: str | None, asked: str) -> bool:
    """A sentence's speaker is the person asked about (by last name: "Sergei Lavrov" for "Lavrov")."""
    if not speaker:
        return False
    last = asked.split()[-1].casefold()
    return last in {w.strip(".,'’").casefold() for w in speaker.split()}
