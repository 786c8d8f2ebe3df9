"""Parting company is leaving, told without saying who decided it: "Kessford Rovers have parted ways with manager Tom
Reyes" supports "Did Tom Reyes leave Kessford Rovers?", refutes "Is he still their manager?", and says neither to
"Did Kessford Rovers sack him?" or "Did he resign?".

The stance model read the parting as a denial of both: that sentence refuted "Did Tom Reyes leave Kessford Rovers?"
and "Did Kessford Rovers sack Tom Reyes?" at 0.99, and "Varo Foods has parted company with chief executive Ana Kell"
refuted "Has Ana Kell left Varo Foods?" at 0.99 (eval/stance_parted.jsonl).

The reading: the sentence says someone parted company or parted ways with someone, not negated before it; the claim,
not negated, names nothing the sentence does not. If it asks whether they left (left, departed, exited), it supports;
whether they are still in the post ("still", "remain"), it refutes; whether they were sacked, dismissed, fired or
ousted, or resigned, quit or stepped down (quitting is resigning), it says neither. A parting only to come or
possible says neither to any of these.
"""

from __future__ import annotations

import re

from assistant.answer.verbs import NEGATED, clause_before, names_the_rest
from assistant.answer.verbs import verb_tokens as tokens

_PARTED = re.compile(r"\bpart(?:ed|s|ing)?\s+(?:company|ways)\b", re.IGNORECASE)
_NOT = re.compile(r"\b(?:not|never|no|den(?:y|ies|ied))\b|n[’']t\b", re.IGNORECASE)
_HEDGED = re.compile(
    r"\b(?:could|may|might|will|would|set\s+to|expected\s+to|likely\s+to|consider\w*|talks?|poised\s+to|about\s+to)\b",
    re.IGNORECASE,
)
_LEFT = frozenset(tokens("leave left leaves leaving depart departed exit exited gone went"))
_STILL = frozenset(tokens("still remain remains remained"))
_HOW = frozenset(
    tokens("sack sacked dismiss dismissed fire fired oust ousted resign resigned quit step stepped down axed")
)
_LIGHT = frozenset(tokens("go going be being"))


def parted_side(claim: str, sentence: str) -> str | None:
    """The side a parting of company or ways takes on the claim (see above); None where it tells none."""
    m = _PARTED.search(sentence)
    if m is None or NEGATED.search(claim):
        return None
    asked = set(tokens(claim))
    kinds = [("neither", _HOW), ("refutes", _STILL), ("supports", _LEFT)]
    side, words = next(((side, words) for side, words in kinds if asked & words), (None, frozenset()))
    if side is None or not names_the_rest(claim, sentence, besides=words | _LIGHT | _HOW):
        return None
    before = clause_before(sentence, m.start())
    if _NOT.search(before):
        return None
    return "neither" if _HEDGED.search(before) else side
