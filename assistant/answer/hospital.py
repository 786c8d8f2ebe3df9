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
_SMALL = frozenset({"the", "a", "an"})
_OTHER_CLAUSE = re.compile(r"\b(?:who|whom|whose|which|that|and|but|while|after|as|when)\b", re.IGNORECASE)


def is_subject(word: str, before: str) -> bool:
    """`word` is named just before the verb, in its clause: "Mara Voss, 58, was discharged", not "Ana Kell
    visited Leo Carr, who left hospital", nor "Police who enforced the curfew were withdrawn"."""
    m = re.search(rf"\b{re.escape(word)}\b(?P<rest>[^;]*)$", before, re.IGNORECASE)
    if m is None or _OTHER_CLAUSE.search(m["rest"]) or len(m["rest"].split()) > 4:
        return False
    return not _OTHER_CLAUSE.search(re.split(r"[,;]", before[: m.start()])[-1])


def hospital_side(claim: str, sentence: str) -> str | None:
    """ "supports" / "refutes" where the sentence tells that the claim's person left hospital or is still in it,
    against a claim of either; else None."""
    still_asked, left_asked = _STILL_IN.search(claim), _LEFT_ASKED.search(claim)
    asked = still_asked or left_asked
    if asked is None:
        return None
    who = asked.group("who") or asked.groupdict().get("who2") or ""
    words = [w for w in re.findall(r"[\w’'-]+", who) if w.lower() not in _SMALL]
    told = _STILL.search(sentence) or _LEFT.search(sentence)
    if not words or told is None or not is_subject(words[-1], sentence[: told.start()]):
        return None
    if not all(re.search(rf"\b{re.escape(w)}\b", sentence, re.IGNORECASE) for w in words):
        return None
    still = _STILL.search(sentence) is not None
    return "supports" if still == bool(still_asked) else "refutes"
