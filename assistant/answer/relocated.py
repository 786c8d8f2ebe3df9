"""An event moved from one place to another is held in the second: "The Tarn summit was moved from Geneva to Vienna"
refutes "Was the Tarn summit held in Geneva?" and supports "…held in Vienna?".

The stance model read the place named as the place held: that sentence supported the claim about Geneva at 0.98,
"The Tarn summit, originally planned for Geneva, was moved to Vienna" at 0.97, "relocated to Vienna from Geneva" at
0.98, and "Officials have proposed moving the Tarn summit from Geneva to Vienna", where nothing has moved, at 0.95
(eval/stance_venue_moved.jsonl).

The reading: the claim asks whether something is or was held, played or done in or at a named place, and not about
a move; the sentence names each of the claim's names and tells a move done ("was moved / switched / relocated /
transferred from A to B", "to B from A", "originally planned for A, was moved to B"). Where the claim's place is A it
refutes, where it is B it supports. A move only proposed, planned or considered says neither.
"""

from __future__ import annotations

import re

from assistant.answer.verbs import names_each

_PLACE = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
_MOVE = r"(?:moved|switched|relocated|transferred|shifted)"
_DONE = r"(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being)\s+"
_MOVED = re.compile(
    rf"\b{_DONE}{_MOVE}\s+(?:from\s+(?P<a>{_PLACE})\s+to\s+(?P<b>{_PLACE})|to\s+(?P<b2>{_PLACE})\s+from\s+(?P<a2>{_PLACE}))"
    rf"|\b(?:originally|initially|first)\s+(?:planned|scheduled|due|set)\s+(?:for|in|to\s+be\s+held\s+in)\s+"
    rf"(?P<a3>{_PLACE}),?\s+{_DONE}{_MOVE}\s+to\s+(?P<b3>{_PLACE})"
)
_PROPOSED = re.compile(
    rf"\b(?:propos\w*|plans?|planning|consider\w*|could|may|might|would|call\w*\s+for|wants?|urg\w*)\s+(?:to\s+)?"
    rf"(?:\w+\s+){{0,2}}?(?:move|moving|relocat\w+|switch\w*|transfer\w*)\b[^.;]*?\bfrom\s+(?P<a>{_PLACE})\s+to\s+"
    rf"(?P<b>{_PLACE})"
)
_WHERE = re.compile(rf"\b(?:in|at)\s+(?:the\s+)?(?P<place>{_PLACE})")
_ABOUT_MOVE = re.compile(r"\b(?:mov\w*|switch\w*|relocat\w*|transfer\w*|shift\w*)\b", re.IGNORECASE)


def venue_moved_side(claim: str, sentence: str) -> str | None:
    """ "refutes" where the sentence moves the claim's event away from the claim's place, "supports" where it moves
    it there, "neither" where a move is only proposed (see above); else None."""
    if _ABOUT_MOVE.search(claim):
        return None
    places = {m.group("place") for m in _WHERE.finditer(claim)}
    if not places or not names_each(claim, sentence):
        return None
    for m in _MOVED.finditer(sentence):
        a = m.group("a") or m.group("a2") or m.group("a3")
        b = m.group("b") or m.group("b2") or m.group("b3")
        if a in places:
            return "refutes"
        if b in places:
            return "supports"
    for m in _PROPOSED.finditer(sentence):
        if m.group("a") in places or m.group("b") in places:
            return "neither"
    return None
