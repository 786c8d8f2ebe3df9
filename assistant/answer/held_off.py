"""A deed held off is not done: "The Norland central bank held off cutting rates on Thursday" refutes "Did the Norland
central bank cut rates on Thursday?".

The stance model read the deed and not what was done to it: that sentence supported the claim at 0.99, and so did
"put off cutting rates", "held back from cutting rates" (0.99) and "delayed cutting rates" (0.77); `idioms` had read
"held off raising prices" as "beat raising prices", which supported "Did Varo Foods raise prices?" at 0.96
(eval/stance_held_off.jsonl).

The reading: the sentence says its subject held off (on), put off, held back from, refrained from, stopped short of,
delayed, postponed or deferred doing something, not negated before it, and the claim asks, not negated and not
about what is to come, whether that was done, in the deed's own verb, every other word of the claim in the
sentence. Then it refutes; held off until a time, it says neither (done then, most likely: "held off arresting him
until Monday"). Whether it will be done ("Will the bank cut rates in March?") is left to the model, and so
is a rival held off ("held off Tom Reyes to win"), which `idioms` reads as beaten.
"""

from __future__ import annotations

import re

from assistant.answer.verbs import ASKS_FUTURE, NEGATED, asks_of_deed, clause_after, clause_before

_HELD_OFF = re.compile(
    r"\b(?:(?:held|holds|holding|hold)\s+off(?:\s+on)?|(?:put|puts|putting)\s+off|(?:held|holds|holding|hold)\s+back"
    r"\s+from|refrain(?:s|ed|ing)?\s+from|(?:stopped|stops|stopping)\s+short\s+of|delay(?:s|ed|ing)?|"
    r"postpon(?:es|ed|ing)|defer(?:s|red|ring)?)\s+(?P<deed>[a-z]+ing)\b",
    re.IGNORECASE,
)
_UNTIL = re.compile(r"[^.;]*?\b(?:until|till|to|into)\s+(?:next\s+|later\s+|after\s+)?[A-Z0-9]|[^.;]*?\buntil\b")
_NOT = re.compile(r"\b(?:not|never|no\s+longer)\b|n[’']t\b", re.IGNORECASE)


def held_off_side(claim: str, sentence: str) -> str | None:
    """ "refutes" where the sentence says the claim's deed was held off or put off (see above); else None."""
    if NEGATED.search(claim) or ASKS_FUTURE.search(claim):
        return None
    for m in _HELD_OFF.finditer(sentence):
        if not asks_of_deed(claim, sentence, m.group("deed")):
            continue
        if _NOT.search(clause_before(sentence, m.start())):
            return None
        # Held off *until* a time: done then, most likely, but when the article was written is not said.
        return "neither" if _UNTIL.match(clause_after(sentence, m.end())) else "refutes"
    return None
