"""Something done again, told as "for a second time" or "for the second year in a row", against a claim that it
was done again, and the other way round.

The stance model reads the two as different: "Corvel cut 200 jobs for a second time this year" refuted "Has
Corvel cut jobs again?" at 0.82, "Corvel raised prices for the second year in a row" "Did Corvel raise prices
again?" at 0.68, and "The Tarn vote has been delayed again" refuted "Was the Tarn vote delayed for a second
time?" at 0.95 (eval/stance_again.jsonl).

The reading: where the claim asks whether something happened "again" and names no time of its own, the
sentence's "for a / the second (third…) time / year / month…" (and "in a row", "running") is read as "again"
(`as_again`). Where the claim names the time ("for a second time") and the sentence only says "again", it does
not say which time: neither (`again_side`). "For the first time" is a rank, which `ranks` reads.
"""

from __future__ import annotations

import re

_AGAIN = re.compile(r"\bagain\b", re.IGNORECASE)
_NTH = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:nd|rd|th))"
_NTH_TIME = re.compile(
    rf"\bfor\s+(?:a|the)\s+{_NTH}\s+(?:straight\s+|consecutive\s+)?(?:time|year|month|week|day|season|quarter)"
    r"(?:\s+(?:running|in\s+a\s+row))?",
    re.IGNORECASE,
)


def as_again(claim: str, sentence: str) -> str:
    """The sentence with its "for a second time"-phrase as "again" where the claim asks whether it happened
    again; else the sentence."""
    if not _AGAIN.search(claim) or _NTH_TIME.search(claim) or re.search(r"\bfirst\b", claim, re.IGNORECASE):
        return sentence
    return _NTH_TIME.sub("again", sentence)


def again_side(claim: str, sentence: str) -> str | None:
    """ "neither" where the claim names which time something happened and the sentence says only that it
    happened again; else None."""
    if _NTH_TIME.search(claim) and _AGAIN.search(sentence) and not _NTH_TIME.search(sentence):
        return "neither"
    return None
