"""A place saved or spared from a fire, a flood or a storm was not harmed by it: "Firefighters saved the Tarn
primary school from the flames" refutes "Did the fire spread to the Tarn primary school?".

The stance model reads the harm named beside the place as harm done to it: that sentence supported the claim at
0.98, "The Tarn primary school was spared by the fire, which destroyed three houses nearby" supported "Was the
Tarn primary school damaged in the fire?" at 0.95, "Flood defences in Tarn held as the river peaked" supported
"Did the river flood Tarn?" at 0.87, and "Crews hope to save the Corvel warehouse as the blaze spreads" refuted
"Did the blaze destroy the Corvel warehouse?" at 0.99 (eval/stance_spared.jsonl).

The reading: the claim asks whether something was reached, spread to, hit, damaged, destroyed, burned or flooded
(`_ASKED`), and the sentence tells of a fire, a flood or a storm and says that thing was saved, protected or
shielded from it, spared or left untouched by it, that someone managed to save it, or that its flood defences held.
The thing is the claim's where the saved words hold the claim's word for it (its last: "school" of "the Tarn
primary school") and the sentence names each of the claim's names for it. Then the sentence refutes. Where someone
only hopes, tries or fights to save it, it says neither: not yet. Left to the model: a part saved ("saved part of
the library"), a failure to save it ("unable to save"), the harm told as reaching the claim's thing in the same
sentence, something else saved, a claim about the saving itself.
"""

from __future__ import annotations

import re

from assistant.answer.context import names
from assistant.answer.verbs import verb_tokens as tokens

_WHAT = r"(?P<what>(?:[\w’'-]+\s+){0,5}?[\w’'-]+)"  # ended by what follows it
_NEXT = r"(?P<what>(?:[\w’'-]+\s+){0,5}[\w’'-]+)"  # the next six words at most
_DONE = (
    r"reach(?:ed|es)?|spread\s+to|hit|damag(?:e|ed|es)|destroy(?:ed|s)?|burn(?:ed|t|s)?(?:\s+down)?|gut(?:ted|s)?|"
    r"flood(?:ed|s)?|engulf(?:ed|s)?|consum(?:e|ed|es)|swe(?:ep|pt|eps)\s+through|t(?:ear|ore|ears)\s+through|"
    r"ravag(?:e|ed|es)|razed?|swamp(?:ed|s)?|inundat(?:e|ed|es)|submerg(?:e|ed|es)"
)
_THING_AFTER = re.compile(
    rf"\b(?:{_DONE})\s+(?P<thing>[^?,.;]+?)(?=\s+(?:in|on|during|at|by|last|this|overnight|after|when|as)\b|[?.;,]|$)",
    re.IGNORECASE,
)
_THING_BEFORE = re.compile(
    r"^\W*(?:was|were|is|are|has|have|had|did|does)\s+(?P<thing>.+?)\s+(?:been\s+)?(?:\w+ly\s+)?"
    r"(?:(?:damaged|destroyed|burned|burnt|gutted|flooded|hit|engulfed|razed|swamped|inundated|submerged|reached)\b|"
    r"(?:flood|catch\s+fire|caught\s+fire|burn\s+down|burned\s+down)(?=\s*[?.]|\s*$|\s+(?:in|on|during|last|this|after|when)\b))",
    re.IGNORECASE,
)
# A harm told, not a noun of its kind ("flood defences", "a flood warning").
_TOLD = re.compile(
    rf"\b(?:{_DONE})\b(?!\s+(?:defen[cs]es|warnings?|barriers?|walls?|alerts?|risk|waters?|plains?|gates?))",
    re.IGNORECASE,
)
_HARM = re.compile(
    r"\b(?:fire|fires|flames?|blaze|wildfires?|bushfires?|floods?|flooding|floodwaters?|river|storm|hurricane|"
    r"typhoon|cyclone|tornado|waves?|sea|lava)\b",
    re.IGNORECASE,
)
_FROM_HARM = r"(?:\s+[\w’'-]+){0,4}?\s+(?:from|by)\s+(?:the\s+)?(?:[\w’'-]+\s+)?" + _HARM.pattern.removeprefix(r"\b")
_SAVED = (
    re.compile(
        rf"\b(?:saved|rescued|protected|shielded)\s+{_WHAT}\s+from\s+(?:the\s+)?(?:[\w’'-]+\s+)?"
        + _HARM.pattern.removeprefix(r"\b"),
        re.IGNORECASE,
    ),
    re.compile(
        rf"{_WHAT}\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+(?:largely\s+|mostly\s+)?"
        rf"(?:spared|saved|untouched|undamaged){_FROM_HARM}",
        re.IGNORECASE,
    ),
    re.compile(rf"{_WHAT}\s+(?:was|were|had\s+been|has\s+been|have\s+been)\s+spared\b", re.IGNORECASE),
    re.compile(rf"\b(?:managed|were\s+able|was\s+able|succeeded)\s+(?:to\s+save|in\s+saving)\s+{_NEXT}", re.IGNORECASE),
    re.compile(r"(?P<what>.*?\bflood\s+defen[cs]es\b[^.;]*?)\s+held\b", re.IGNORECASE),
)
_TRYING = re.compile(
    rf"\b(?:hopes?|hoped|hoping|tr(?:y|ies|ied|ying)|battl(?:e|ed|es|ing)|fight(?:s|ing)?|fought|struggl(?:e|ed|es|ing)|"
    rf"work(?:ed|ing)?|rac(?:e|ed|es|ing)|scrambl(?:e|ed|es|ing))\s+to\s+save\s+{_NEXT}",
    re.IGNORECASE,
)
_NOT_SAVED = re.compile(
    r"\b(?:unable|failed|fail|not|never|n[’']t|too\s+late)\s+(?:\w+\s+){0,2}?(?:to\s+)?(?:save|be\s+saved)|"
    r"\b(?:could|can|would)\s+not\s+be\s+saved",
    re.IGNORECASE,
)
_PART = re.compile(
    r"^(?:the\s+)?(?:part|parts|most|some|half|much|rest|one|two|three|several|many|front|back|roof|wing)\b",
    re.IGNORECASE,
)
_ASKS_SAVING = re.compile(r"\b(?:sav(?:e|ed|ing)|spared?|rescu\w*|protect\w*|defen[cs]es)\b", re.IGNORECASE)
_NAME = re.compile(r"\b[A-Z][\w’'-]*")


def _thing(claim: str) -> str | None:
    m = _THING_BEFORE.search(claim) or _THING_AFTER.search(claim)
    return m.group("thing") if m else None


def _told_harmed(sentence: str, head: str) -> bool:
    """The sentence tells the harm done to the thing too: "…but the fire spread to the primary school next door",
    "…and the school was badly damaged"."""
    for m in _TOLD.finditer(sentence):
        before = sentence[max(0, m.start() - 60) : m.start()]
        if head in tokens(sentence[m.end() : m.end() + 50]) or (
            head in tokens(before) and re.search(r"\b(?:was|were|been|is|are)\s+(?:\w+ly\s+)?$", before)
        ):
            return True
    return False


def spared_side(claim: str, sentence: str) -> str | None:
    """ "refutes" where the sentence says the claim's thing was saved or spared from the harm the claim asks about,
    "neither" where someone only tries to save it, else None (see above)."""
    thing = _thing(claim)
    if thing is None or _ASKS_SAVING.search(claim) or not _HARM.search(sentence):
        return None
    asked = tokens(thing)
    if not asked:
        return None
    head = asked[-1]
    if not all(names(sentence, name) for name in _NAME.findall(thing)):
        return None
    for m in _TRYING.finditer(sentence):
        if head in tokens(m.group("what")):
            return "neither"
    if _NOT_SAVED.search(sentence) or _told_harmed(sentence, head):
        return None
    for pattern in _SAVED:
        for m in pattern.finditer(sentence):
            what = m.group("what")
            if head in tokens(what) and not _PART.match(what.strip()):
                return "refutes"
    return None
