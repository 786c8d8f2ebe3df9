"""Where someone grew up, lives or was born elsewhere, against a claim of where they were born.

The stance model reads a person and a place together as the claim's: "Leo Carr grew up in Tarn" supported "Was Leo
Carr born in Tarn?" at 0.99, and so did "was raised in", "lives in", "went to school in", and "Leo Carr, who was
born in Ostby, grew up in Tarn" (eval/stance_birthplace.jsonl). A place lived in is not a birthplace, and a birth
told in another place is a no.

The reading: the claim says someone was born in a named place. A sentence that tells one birth ("born in",
"-born") in a place that is not the claim's, the claim's place not given beside it ("born in Ashby, Tarn" is in
Tarn), and names the claim's person, refutes it; one that tells no birth and names the claim's place only as where
they grew up, were raised, live, lived, moved, settled or went to school says neither.
"""

from __future__ import annotations

import re

from assistant.answer.context import subject_named
from assistant.text import fold

_PLACE = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
_BORN_ASKED = re.compile(rf"\bborn\s+in\s+(?P<place>{_PLACE})")
# A birth told: "born in Ostby", "born and raised in Ostby, Halden" (a town and its county), "the Ostby-born".
_BORN_TOLD = re.compile(
    rf"\bborn\s+(?:and\s+(?:raised|bred)\s+)?in\s+(?P<place>{_PLACE}(?:,\s+{_PLACE}){{0,2}})|(?P<adjective>{_PLACE})-born\b"
)
_LIVED = re.compile(
    r"\b(?:grew\s+up|grow(?:s|ing)?\s+up|raised|brought\s+up|lives|lived|living|moved|settled|based|"
    r"went\s+to\s+school|schooled|educated|studied|resides|resided)\b",
    re.IGNORECASE,
)


def birthplace_side(claim: str, sentence: str) -> str | None:
    """ "refutes" where the sentence tells a birth in another place than the claim's; "neither" where it tells
    none and names the claim's place only as lived in; else None."""
    asked = _BORN_ASKED.search(claim)
    if asked is None:
        return None
    place = fold(asked["place"])
    told = list(_BORN_TOLD.finditer(sentence))
    if told:
        places = [fold(m["place"] or m["adjective"]) for m in told]
        if any(place in p for p in places):
            return None
        # someone else's birth ("his wife, who was born in Ostby") is no answer
        return "refutes" if subject_named(claim, sentence) and len(told) == 1 else None
    if place in fold(sentence) and _LIVED.search(sentence):
        return "neither"
    return None
