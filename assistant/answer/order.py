"""Who did it first: a claim that someone was the first (or the last) to do something, against a sentence
that says they did it after or before others.

The stance model reads the deed and not its order: "The mayor arrived at the Tarn summit shortly after
the other leaders" supported "Was the mayor the first to arrive…?" at 0.99, "Corvel launched its folding
phone a month after Ostrel" "Was Corvel the first to launch a folding phone?" at 0.99, "Ana Kell spoke
first…, before the other four candidates" "Was Ana Kell the last to speak…?" at 0.98
(eval/stance_first_after.jsonl).

The reading: the claim asks whether its subject was the first or last to do something ("Was X the first
to V", "Did X V first"), and the sentence names that subject before the verb, in any form, and then says
it did so after someone named ("after Ostrel", "after Tarn and Ostby") or after all the others ("after the
other leaders", "after its rivals"), or before all the others, or "first" / "last" itself. After someone
is not first; after all the others is last; before all the others, or "first", is first. "After a night
flight" or "after two years of delays" says nothing of order, and the sentence's own order decides
nothing where the claim's subject is not the one who did it ("Ostrel launched a month after Corvel").
"""

from __future__ import annotations

import re

from assistant.answer.verbs import same_stem
from assistant.answer.verbs import verb_tokens as tokens

_ASKED = re.compile(
    r"^\W*(?:was|were|is|are)\s+(?P<who>.+?)\s+the\s+(?P<rank>first|last)\s+(?:[\w-]+\s+){0,2}?to\s+(?P<verb>[a-z]+)"
    r"|^\W*(?:did|does|do|has|have)\s+(?P<who2>.+?)\s+(?P<verb2>[a-z]+)\s+(?P<rank2>first|last)\b",
    re.IGNORECASE,
)
_ALL = (
    r"(?:the\s+others?|the\s+other\s+[\w-]+(?:\s+[\w-]+)?|other\s+[\w-]+|(?:its|their|his|her)\s+rivals?|"
    r"the\s+rest|everyone|all\s+the\s+others)"
)
# What follows the verb within a few words: its place in the order.
_PLACE = re.compile(
    rf"^(?:[\w’'-]+\s+){{0,8}}?(?:(?:shortly|just|soon|long|well|[\w-]+\s+(?:days?|weeks?|months?|years?|hours?|minutes?))\s+)?"
    rf"(?P<after>after)\s+(?P<whom>{_ALL}|[A-Z][\w’'-]*)"
    rf"|^(?:[\w’'-]+\s+){{0,8}}?before\s+(?P<before_all>{_ALL})"
    r"|^(?:[\w’'-]+\s+){0,1}(?P<rank>first|last)\b",
)


def _told(place: re.Match[str]) -> str:
    """ "first", "last" or "not first" (after someone named)."""
    if place.group("rank"):
        return place.group("rank").lower()
    if place.group("before_all"):
        return "first"
    return "last" if re.match(_ALL, place.group("whom"), re.IGNORECASE) else "not first"


def first_side(claim: str, sentence: str) -> str | None:
    """ "supports" / "refutes" where the sentence places the claim's subject's deed among others' as the
    claim's "first" or "last" asks; else None."""
    asked = _ASKED.search(claim)
    if asked is None:
        return None
    who = tokens(asked.group("who") or asked.group("who2"))
    verb = tokens(asked.group("verb") or asked.group("verb2"))
    rank = (asked.group("rank") or asked.group("rank2")).lower()
    if not who or not verb:
        return None
    for m in re.finditer(r"[A-Za-z]+", sentence):
        said = tokens(m.group())
        if not said or not same_stem(said[0], verb[0]) or not set(who) <= set(tokens(sentence[: m.start()])):
            continue
        place = _PLACE.match(sentence[m.end() :].lstrip())
        if place is None:
            return None
        told = _told(place)
        if told == rank:
            return "supports"
        if told == "not first" and rank == "last":
            return None  # after one rival, perhaps before others
        return "refutes"
    return None
