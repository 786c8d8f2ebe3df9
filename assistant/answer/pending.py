"""A deal or decision that still awaits approval, against a claim that it was approved or went through.

The stance model reads the approval a sentence says is still to come as given: "The Tarn merger is subject
to approval by regulators" supported "Has the Tarn merger been approved by regulators?" at 0.99, and "is
awaiting approval from the medicines regulator", "is still awaiting approval from the league", "still needs
the approval of the league" said neither to "Has it been approved?" or "Has the takeover been completed?"
(eval/stance_pending.jsonl). "No longer needs approval" it read as a refusal (0.98), though it says
nothing of whether approval was given.

The reading: the sentence says, in the present, that a thing still needs, requires or awaits approval,
clearance, consent, permission or the go-ahead, or is "subject to" or "pending" it, or "has yet to be
approved"; the claim, not negated and not about the future or a need, says it was approved, cleared,
given the go-ahead, completed, finalised or went through, and the sentence names every name and word of
the claim but those. Then the sentence refutes it. A need denied ("no longer needs approval", "does not
require") says neither to such a claim. What needed approval before ("had needed", "was subject to") is
left to the model.
"""

from __future__ import annotations

import re

from assistant.answer.negation import NEGATIONS
from assistant.answer.verbs import all_named, names_each
from assistant.answer.verbs import verb_tokens as tokens

_WHAT = r"approval|clearance|consent|permission|go-ahead|green\s+light|sign-off|ratification"
_PENDING = re.compile(
    r"(?P<before>\b(?:(?:still\s+)?(?:needs|requires|awaits|(?:is|are|remains?)\s+(?:still\s+)?awaiting)|"
    r"(?:is|are|remains?)\s+(?:still\s+)?(?:subject\s+to|pending)|pending|subject\s+to)\s+(?:the\s+)?"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?:{_WHAT})\b)"
    r"|\b(?:has|have)\s+(?:still\s+)?yet\s+to\s+(?:be\s+(?:approved|cleared|ratified|signed\s+off)|"
    rf"(?:receive|get|win|gain)\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}?(?:{_WHAT}))\b",
    re.IGNORECASE,
)
_PAST = re.compile(r"\b(?:was|were|been|had)\s+$", re.IGNORECASE)
_NO_LONGER = re.compile(
    rf"\b(?:no\s+longer|(?:does|do|did)\s+not|doesn[’']t|don[’']t)\s+(?:needs?|requires?)\s+(?:the\s+)?"
    rf"(?:[\w'’-]+\s+){{0,3}}?(?:{_WHAT})\b",
    re.IGNORECASE,
)
_DONE = re.compile(
    r"\b(?:approved?|cleared|ratified|signed\s+off|given\s+the\s+(?:go-ahead|green\s+light)|got\s+the\s+go-ahead|"
    r"completed?|finali[sz]ed|gone\s+through|go\s+through|went\s+through|done)\b",
    re.IGNORECASE,
)
_OPEN = re.compile(r"\b(?:will|would|could|may|might|should|need|needs|require|requires|expected|yet)\b", re.I)
# The claim's words for the approval itself, which the sentence's "still needs approval" names.
_DONE_WORDS = frozenset(
    tokens("approve approved cleared ratified signed off given go-ahead ahead go green light got completed complete")
    + tokens("finalised finalized gone through went done been")
)


def pending_side(claim: str, sentence: str) -> str | None:
    """ "refutes" where the sentence says the claim's thing still awaits the approval the claim says it got,
    "neither" where it says no approval is needed; else None."""
    if not _DONE.search(claim) or NEGATIONS.search(claim) or _OPEN.search(claim) or not names_each(claim, sentence):
        return None
    rest = [t for t in tokens(claim) if t not in _DONE_WORDS]
    if not rest or not all_named(rest, tokens(sentence)):
        return None
    if _NO_LONGER.search(sentence):
        return "neither"
    pending = _PENDING.search(sentence)
    if pending is None or _PAST.search(sentence[: pending.start()]):  # "was subject to approval": then
        return None
    return "refutes"
