"""An event delayed or postponed to a later time has not happened yet: "The start of Ana Kell's trial was postponed
until June" refutes "Has Ana Kell's trial started?".

The stance model read the event named as the event held: that sentence supported the claim at 0.97, "The Tarn
council's vote on the plan was delayed until next week" supported "Did the Tarn council vote on the plan?" at 0.97,
"The opening of the Tarn stadium has been delayed by a year" "Has the Tarn stadium opened?" at 0.98, and "The
launch of the Ostby ferry service has been pushed back to next summer" "Has it been launched?" at 0.99
(eval/stance_event_delayed.jsonl).

The reading: the sentence says an event ("the vote", "the start of the trial", "the opening of the stadium") was
delayed, postponed, put back, pushed back or deferred; the claim asks, in the past, whether that event happened, in
the event's own verb ("vote", "start", "open", "launch", "publish", "sell") or noun ("completed the sale"), and the
sentence names each of the claim's names. Then it refutes. Where the sentence tells it held all the same ("finally
began", "after a two-week delay"), or the claim asks about the delay or what is to come, it is left to the model.
"""

from __future__ import annotations

import re

from assistant.answer.verbs import names_each
from assistant.answer.verbs import verb_tokens as tokens

# Each event noun, and the verb a claim asks about it with.
_EVENTS = {
    "vote": "vote",
    "start": "start",
    "opening": "open",
    "reopening": "reopen",
    "launch": "launch",
    "publication": "publish",
    "release": "release",
    "sale": "sell",
    "closure": "close",
    "merger": "merge",
    "decision": "decide",
    "ruling": "rule",
    "signing": "sign",
    "completion": "complete",
    "delivery": "deliver",
    "return": "return",
    "departure": "depart",
    "arrival": "arrive",
    "kick-off": "kick",
}
_PUT_OFF = re.compile(
    rf"\b(?P<event>{'|'.join(_EVENTS)})\b(?:\s+(?:of|on|over|for|into)\s+[^,;.]+?)?\s+(?:was|were|has\s+been|have\s+been|"
    r"had\s+been|is|are|will\s+be)\s+(?:again\s+|now\s+|further\s+)?(?:delayed|postponed|put\s+back|put\s+off|"
    r"pushed\s+back|deferred)\b",
    re.IGNORECASE,
)
_ASKS_DONE = re.compile(r"^\W*(?:did|has|have|had|was|were)\b", re.IGNORECASE)
_ABOUT_DELAY = re.compile(r"\b(?:delay\w*|postpon\w*|put\s+(?:back|off)|push\w*\s+back|defer\w*|resched\w*)\b", re.I)
_HELD_ALL_THE_SAME = re.compile(
    r"\b(?:finally|eventually|later|then)\s+(?:began|begun|started|opened|went\s+ahead|took\s+place)\b|"
    r"\bafter\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?delay\b",
    re.IGNORECASE,
)


def delayed_side(claim: str, sentence: str) -> str | None:
    """ "refutes" where the sentence puts off the event the claim asks has happened (see above), else None."""
    if not _ASKS_DONE.search(claim) or _ABOUT_DELAY.search(claim) or _HELD_ALL_THE_SAME.search(sentence):
        return None
    asked = set(tokens(claim))
    for m in _PUT_OFF.finditer(sentence):
        event = m.group("event").lower()
        if set(tokens(f"{event} {_EVENTS[event]}")) & asked and names_each(claim, sentence):
            return "refutes"
    return None
