"""A ban, curfew, warning or restriction lifted, or still in force, against a claim of either.

The stance model reads a lifting against "still in force" as neither as often as not: "The Tarn hosepipe ban was
lifted on Monday" said neither to "Is the Tarn hosepipe ban still in force?" (0.21), "The Tarn curfew was lifted"
to "Has the Tarn curfew ended?", "The Ostby flood warning was extended until Friday" to "Has the Ostby flood
warning been lifted?", and "…will be lifted next week" refuted "…still in force?" at 0.82
(eval/stance_in_force.jsonl).

The reading: the claim asks whether a measure (a ban, curfew, warning, restriction, order, lockdown, embargo,
sanction, alert, limit) is still in force, in place or in effect, or whether it has been lifted, scrapped or
ended; the sentence names the measure in the claim's words, as the subject of its verb, and tells that it was
lifted, scrapped, revoked, withdrawn or ended, or that it remains in force, was extended, or will only be lifted
later. That answers the claim either way.
"""

from __future__ import annotations

import re

from assistant.answer.state import StateReading

_MEASURE = r"(?:bans?|curfews?|warnings?|restrictions?|orders?|lockdowns?|embargo(?:es)?|sanctions?|alerts?|limits?)"
_STILL_ASKED = re.compile(
    rf"^\W*(?:is|are)\s+(?P<what>.+?\b{_MEASURE}(?:\s+on\s+[\w\s-]+?)?)\s+(?:still\s+)?in\s+(?:force|place|effect)\b",
    re.IGNORECASE,
)
_ENDED_ASKED = re.compile(
    rf"^\W*(?:has|have)\s+(?P<what>.+?\b{_MEASURE}(?:\s+on\s+[\w\s-]+?)?)\s+(?:been\s+(?:lifted|scrapped|revoked|"
    r"withdrawn|removed)|ended|expired)\b",
    re.IGNORECASE,
)
_LIFTED = re.compile(
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:lifted|scrapped|revoked|withdrawn|removed|rescinded|"
    r"ended)\b|\b(?:has|have|had)?\s*(?:ended|expired)\b",
    re.IGNORECASE,
)
_IN_FORCE = re.compile(
    r"\b(?:remains?|remained|is|are|was|were)\s+(?:still\s+)?in\s+(?:force|place|effect)\b|"
    r"\b(?:was|were|has\s+been|have\s+been|had\s+been)\s+extended\b|\bwill\s+be\s+(?:lifted|scrapped|ended)\b|"
    r"\b(?:expected|due|set)\s+to\s+be\s+(?:lifted|scrapped|ended)\b",
    re.IGNORECASE,
)


def _head(words: list[str]) -> str:
    """ "the Harlow ban on fireworks": the ban, not the fireworks, is the verb's subject."""
    measures = [w for w in words if re.fullmatch(_MEASURE, w, re.IGNORECASE)]
    return measures[-1] if measures else words[-1]


_READING = StateReading(
    holds_asked=_STILL_ASKED,
    changed_asked=_ENDED_ASKED,
    holds=_IN_FORCE,
    changed=_LIFTED,
    small=frozenset({"the", "a", "an", "on"}),
    head=_head,
    whole_words=False,
)


def in_force_side(claim: str, sentence: str) -> str | None:
    """ "supports" / "refutes" where the sentence tells that the claim's measure was lifted or is still in force,
    against a claim of either; else None."""
    return _READING.side(claim, sentence)
