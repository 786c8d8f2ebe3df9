"""Someone who survived, or died, against a claim of either.

The stance model reads surviving and dying as one: "Tom Reyes died in the crash" supported "Did Tom Reyes
survive the crash?" at 0.98, "Ana Kell survived the Ostby fire…" supported "Was Ana Kell killed in the Ostby
fire?" at 0.99, and "Leo Carr is alive and well" refuted "Is Leo Carr still alive?" at 0.92
(eval/stance_alive.jsonl).

The reading: the claim asks whether someone survived (an event, where it names one) or is alive, or whether
they died, were killed or are dead; the sentence names them before its verb, and the event where the claim
names one, and tells that they died, were killed, perished, lost their life, are dead or were found dead, or
that they survived, are alive, were found or rescued alive or were among the survivors ("among those
killed" and "among the dead" tell a death; eval/stance_survivors.jsonl); "<name>'s body was found / recovered /
identified" tells that they died ("Leo Carr's body was found in woodland" had said neither to "Is Leo Carr
alive?", 0.00; eval/stance_body_found.jsonl). A sentence telling both ("survived the first
crash but died in the second") is left to the model, as is one about someone else: "Two people were killed in
the crash", "Tom Reyes's brother was killed".
"""

from __future__ import annotations

import re

from assistant.answer.state import StateReading


def _event(n: int) -> str:
    """What follows the verb, to the end of the claim: the event ("the crash"), or nothing."""
    return rf"(?:\s+(?P<event{n}>[^?.!]+?))?\W*$"


_ALIVE_ASKED = re.compile(
    rf"^\W*(?:(?:did|has|have)\s+(?P<who>.+?)\s+survived?{_event(1)}"
    r"|(?:is|are)\s+(?P<who2>.+?)\s+(?:still\s+)?alive\b)",
    re.IGNORECASE,
)
_DEAD_ASKED = re.compile(
    rf"^\W*(?:(?:is|are)\s+(?P<who>.+?)\s+dead\b|(?:did|has|have)\s+(?P<who2>.+?)\s+died?{_event(2)}"
    rf"|(?:was|were|has|have)\s+(?P<who3>.+?)\s+(?:been\s+)?killed{_event(3)})",
    re.IGNORECASE,
)
# "was among the survivors", "one of three survivors"; "among those killed", "among the dead". Not "among the
# victims" or "the passengers", which may have lived or died.
_AMONG = r"(?:is|are|was|were)\s+(?:among|one\s+of)\s+(?:the\s+)?(?:[\w-]+\s+)?"
_ALIVE = re.compile(
    rf"\b(?:survived|survives|(?:is|are|was|were)\s+(?:still\s+)?alive|{_AMONG}survivors|"
    r"(?:was|were|has\s+been|have\s+been)\s+(?:found|rescued|pulled\s+out|brought\s+out)\s+alive|escaped\s+alive)\b",
    re.IGNORECASE,
)
_DEAD = re.compile(
    rf"\b(?:{_AMONG}(?:dead|those\s+(?:killed|who\s+died)|fatalities)|"
    r"died|dies|perished|(?:was|were|has\s+been|have\s+been|had\s+been)\s+killed|(?:is|are|was|were)\s+dead|"
    r"(?:was|were|has\s+been|have\s+been)\s+(?:found|pronounced|declared|confirmed)\s+dead|"
    r"lost\s+(?:his|her|their)\s+li(?:fe|ves)|succumbed\s+to|"
    # "Leo Carr's body was found": told from the possessive on, so that the name is the subject before it
    r"(?<=\w)[’']s\s+(?:dead\s+)?body\s+(?:was|has\s+been|had\s+been)\s+(?:found|recovered|identified|pulled\s+from|"
    r"washed\s+up|discovered))\b",
    re.IGNORECASE,
)

_READING = StateReading(
    holds_asked=_ALIVE_ASKED,
    changed_asked=_DEAD_ASKED,
    holds=_ALIVE,
    changed=_DEAD,
    small=frozenset({"the", "a", "an"}),
    head=lambda words: words[-1],
    whole_words=True,
)


def alive_side(claim: str, sentence: str) -> str | None:
    """ "supports" / "refutes" where the sentence tells that the claim's person survived or died, against a
    claim of either; else None."""
    return _READING.side(claim, sentence)
