"""A patient discharged from hospital, or still in it, against a claim of either.

The stance model does not read a discharge against a stay: "Mara Voss was discharged from hospital on Friday"
and "…left hospital on Friday" said neither to "Is Mara Voss still in hospital?" (0.02-0.04), "…was discharged
on Friday" to "Has Mara Voss left hospital?", "…is still in intensive care" to "Was Mara Voss discharged?"
(eval/stance_hospital.jsonl).

The reading: the claim asks whether someone is still in hospital (or intensive care), or whether they have
left it or been discharged; the sentence names them before its verb and tells that they were discharged,
released or sent home, or left hospital, or that they are still or remain in hospital or intensive care. A
discharge only expected ("is expected to be discharged next week") says they are still there.
"""

from __future__ import annotations

import re

from assistant.answer.state import StateReading

_STILL_IN = re.compile(r"^\W*(?:is|are)\s+(?P<who>.+?)\s+still\s+in\s+(?:hospital|intensive\s+care)\b", re.I)
_LEFT_ASKED = re.compile(
    r"^\W*(?:(?:has|have)\s+(?P<who>.+?)\s+(?:left\s+hospital|been\s+(?:discharged|released|sent\s+home))"
    r"|(?:was|were)\s+(?P<who2>.+?)\s+(?:discharged|released\s+from\s+hospital|sent\s+home))\b",
    re.IGNORECASE,
)
_LEFT = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:discharged|released\s+from\s+hospital|allowed\s+home|"
    r"sent\s+home)\b|\b(?:left|leaves)\s+hospital\b",
    re.IGNORECASE,
)
_STILL = re.compile(
    r"\b(?:is|are|remains?|remained)\s+(?:still\s+)?(?:in\s+(?:hospital|intensive\s+care)|being\s+treated\s+in\s+"
    r"hospital)\b|\b(?:expected|due|set|hoped|hopes?)\s+to\s+be\s+discharged\b|\bwill\s+be\s+discharged\b",
    re.IGNORECASE,
)

_READING = StateReading(
    holds_asked=_STILL_IN,
    changed_asked=_LEFT_ASKED,
    holds=_STILL,
    changed=_LEFT,
    small=frozenset({"the", "a", "an"}),
    head=lambda words: words[-1],
    whole_words=True,
)


def hospital_side(claim: str, sentence: str) -> str | None:
    """ "supports" / "refutes" where the sentence tells that the claim's person left hospital or is still in it,
    against a claim of either; else None."""
    return _READING.side(claim, sentence)
