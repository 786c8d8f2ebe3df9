"""A claim's rank or place in order against a sentence that gives another one of the same thing.

The stance model reads a sentence that says the same thing with another rank as support: "Halverton
is Europe's fourth busiest container port" supported "Is Halverton Europe's busiest container port?" at
0.99, "It was the second time this year the central bank had cut rates" "Was it the first time…?" at
0.99, "The Ostra is the region's second-longest river" "Is the Ostra the longest river…?" at 0.99. As
with figures (`figures`), where the model reads such a sentence as support it reads it as about the
same thing, and another rank there is a contradiction.

A rank is an ordinal ("second", "3rd") or a superlative after "the" or a possessive ("Europe's
busiest", the first), and what it ranks is the word after it ("second time", "third largest", "first
loss") or, where none follows, the verb before it ("finished second", "came third"). The ranks differ
where the sentence ranks the claim's thing, never at the claim's place. Not ranks: "at first", and
"First" or "Second" in a title ("the First Minister"). A medal's colour is a place too, where the sentence names
the claim's subject winning it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answer.verbs import verb_tokens

_ORDINAL_WORDS = "first second third fourth fifth sixth seventh eighth ninth tenth"
_ORDINALS = {w: n for n, w in enumerate(_ORDINAL_WORDS.split(), start=1)}
_SUPERLATIVES = (
    "largest|biggest|busiest|oldest|tallest|highest|lowest|longest|richest|poorest|smallest|deadliest|worst|"
    "best|fastest|slowest|warmest|hottest|coldest|wettest|driest|greatest|strongest|weakest|youngest|cheapest"
)
_RANK = re.compile(
    rf"(?<![\w-])(?P<ordinal>{'|'.join(_ORDINALS)}|\d+(?:st|nd|rd|th))\b(?:[\s-]+(?P<next>[A-Za-z]+))?"
    rf"|(?:\bthe|[’']s)\s+(?P<top>{_SUPERLATIVES})\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)  # the claim is asked of every sentence
def _ranks(text: str) -> dict[str, frozenset[int]]:
    """What the text ranks, each with the places it gives it."""
    out: dict[str, set[int]] = {}
    for m in _RANK.finditer(text):
        if m.group("top"):
            out.setdefault(m.group("top").lower(), set()).add(1)
            continue
        word, following = m.group("ordinal"), m.group("next") or ""
        if re.search(r"\bat\s+$", text[: m.start()], re.IGNORECASE):  # "at first"
            continue
        if word[0].isupper() and following[:1].isupper():  # "the First Minister"
            continue
        place = _ORDINALS.get(word.lower()) or int(re.sub(r"\D", "", word))
        after = verb_tokens(following)
        before = verb_tokens(" ".join(text[: m.start()].split()[-1:]))
        key = after[0] if after else before[0] if before else None
        if key:
            out.setdefault(key, set()).add(place)
    return {key: frozenset(places) for key, places in out.items()}


def ranks_differ(claim: str, sentence: str) -> bool:
    """The claim gives a rank, and the sentence ranks the same thing, never at the claim's place."""
    given = _ranks(sentence)
    if any(key in given and not places & given[key] for key, places in _ranks(claim).items()):
        return True
    return _medals_differ(claim, sentence)


# A medal's colour is its place: "Mara Voss won silver in the Ostby 400m" had supported "Did Mara Voss win gold in the
# Ostby 400m?" at 0.99 (eval/stance_medals.jsonl). Only a colour won, taken or settled for, never the metal ("gold
# prices").
_MEDAL = re.compile(
    r"\b(?:won|wins|win|winning|took|takes|take|taking|claimed|claims|claim|clinched|clinch|grabbed|grab|bagged|"
    r"earned|scooped|collected|picked\s+up|pick\s+up|settled\s+for|settle\s+for|secured|landed)\s+"
    r"(?:(?:the|a|an|her|his|their|its)\s+)?(?:(?:Olympic|world|World|European|Commonwealth)\s+)?"
    r"(?P<colour>gold|silver|bronze)\b",
    re.IGNORECASE,
)


def _medals_differ(claim: str, sentence: str) -> bool:
    """The claim asks whether its subject won a medal of one colour; the sentence names the subject winning only
    medals of others."""
    asked = _MEDAL.search(claim)
    if asked is None:
        return False
    subject = verb_tokens(re.sub(r"^\W*\w+\s+", "", claim[: asked.start()]))
    won = list(_MEDAL.finditer(sentence))
    if not subject or not won or any(m["colour"].lower() == asked["colour"].lower() for m in won):
        return False
    return set(subject) <= set(verb_tokens(sentence[: won[0].start()]))


# "one of the largest", "among the worst": a superlative shared with others.
_SUPERLATIVE = r"(?P<top>(?:most|least)\s+[a-z]+|best(?:-[a-z]+)?|worst|[a-z]+est)\b"
_ONE_OF = re.compile(rf"\b(?:one\s+of|among)\s+(?:the|[A-Za-z]+['’]s)\s+{_SUPERLATIVE}", re.IGNORECASE)
_THE_TOP = re.compile(rf"(?:\bthe|['’]s)\s+{_SUPERLATIVE}", re.IGNORECASE)
_NOT_SUPERLATIVE = frozenset(
    re.findall(
        r"\w+",
        "interest honest modest earnest latest west east test rest nest vest pest chest crest guest quest request "
        "inquest conquest bequest contest protest arrest forest harvest manifest priest fest digest suggest unrest",
    )
)


def _tops(pattern: re.Pattern[str], text: str) -> set[str]:
    return {
        t for m in pattern.finditer(text) if (t := " ".join(m.group("top").lower().split())) not in _NOT_SUPERLATIVE
    }


def one_of_the(claim: str, sentence: str) -> bool:
    """The claim says something is the largest (or best, worst, most watched…) and the sentence only that it
    is one of the largest, or among them: "Corvel is one of the largest employers in Tarn" had supported "Is
    Corvel the largest employer in Tarn?" at 0.99. One of the largest may or may not be the largest."""
    if _ONE_OF.search(claim):
        return False
    asked = _tops(_THE_TOP, claim)
    return (
        bool(asked)
        and bool(asked & _tops(_ONE_OF, sentence))
        and not asked & _tops(_THE_TOP, _ONE_OF.sub("", sentence))
    )
