"""A search that found nothing refutes a claim that something was found: "Fans were evacuated from the Tarn
stadium after a bomb threat, but no device was found" refutes "Was a bomb found at the Tarn stadium?".

The stance model reads the thing feared as the thing found where the sentence names it beside the search: that
sentence supported the claim at 0.99, and "Police searched the Tarn stadium after a bomb threat but found nothing
suspicious" at 0.84. The other way, where the sentence tells nothing found at first and then the thing itself found
("…but on Tuesday a bomb was discovered under a seat"), it read only the first and refuted at 0.99
(eval/stance_nothing_found.jsonl).

The reading: the claim asks whether something was found, discovered, recovered, located or seized; the sentence
names each of the claim's names ("the Tarn stadium") and tells that nothing, or no device, no trace, no sign of
anything, was found ("found nothing", "nothing was found", "no device was found"; not "nothing else" or "no other":
what else was found is the answer). Then it refutes, unless it also tells the claim's thing itself found ("a bomb was
discovered"), with no "no" before it: then it supports. A sentence that tells only a find is the model's to read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answer.verbs import names_each
from assistant.answer.verbs import verb_tokens as tokens

_FIND = r"(?:found|discovered|recovered|located|seized|uncovered)"
_ASKS = re.compile(
    r"^\W*(?P<aux>was|were|has|have|had|did|does|do|is|are)\b(?P<before>.*?)\b(?P<been>been\s+)?(?:find|found|discover(?:ed)?|"
    r"recover(?:ed)?|locate[d]?|seize[d]?|uncover(?:ed)?)\b(?P<after>[^?]*)",
    re.IGNORECASE,
)
_NOTHING = re.compile(
    rf"\b(?:nothing(?!\s+else)(?:\s+suspicious|\s+untoward)?\s+(?:was|has\s+been|had\s+been|were)\s+{_FIND}|"
    rf"{_FIND}\s+nothing\b(?!\s+else)|"
    rf"no\s+(?!other\b)(?:[\w-]+\s+){{1,4}}?(?:was|were|has\s+been|have\s+been|had\s+been)\s+{_FIND})",
    re.IGNORECASE,
)
_SEEKERS = frozenset(tokens("police officers searchers divers investigators rescuers detectives officials crews"))


def _asked_thing(claim: str) -> str | None:
    """The word for what the claim asks was found, as the claim writes it: "bomb" in "Was a bomb found at…?",
    "hiker" in "Did searchers find the missing Tarn hiker?"."""
    m = _ASKS.search(claim)
    if m is None:
        return None
    passive = m.group("been") or m.group("aux").lower() in ("was", "were", "is", "are")
    part = m.group("before") if passive else m.group("after")
    part = re.split(r"\b(?:at|in|on|near|inside|under|from|during|after|of)\b", part, maxsplit=1)[0]
    words = [w for w in re.findall(r"[\w-]+", part) if tokens(w) and not set(tokens(w)) & _SEEKERS]
    return words[-1] if words else None


@lru_cache(maxsize=256)  # one claim's thing, asked of every sentence weighed
def _found(thing: str) -> re.Pattern[str]:
    """The thing told found, or turning up: "found a bomb", "a bomb was later discovered", "the gun turned up"."""
    word = rf"{re.escape(thing[:-1])}\w*\b(?![’']s)"  # "bomb", "bombs"; not "the hiker's backpack"
    return re.compile(
        rf"(?<!\bno\s){_FIND}\s+(?:[\w-]+\s+){{0,3}}?{word}|(?<!\bno\s)\b{word}\s+(?:was|were|has\s+been|have\s+been|"
        rf"had\s+been)\s+(?:\w+ly\s+|later\s+|then\s+|also\s+|eventually\s+)?{_FIND}|(?<!\bno\s)\b{word}\s+"
        r"(?:later\s+|then\s+)?turn(?:ed|s)\s+up",
        re.IGNORECASE,
    )


def nothing_found_side(claim: str, sentence: str) -> str | None:
    """ "supports" where the sentence tells the claim's thing found, "refutes" where it tells nothing found (see
    above); else None."""
    thing = _asked_thing(claim)
    if thing is None or not _NOTHING.search(sentence) or not names_each(claim, sentence):
        return None
    found = _found(thing)
    for m in found.finditer(sentence):  # not "No trace of the missing hiker has been found"
        clause = re.split(r"[,;]|\bbut\b|\band\b", sentence[max(0, m.start() - 40) : m.start()])[-1]
        if not re.search(r"\b(?:no|not|never|nothing)\b", clause + m.group(), re.IGNORECASE):
            return "supports"
    return "refutes"
