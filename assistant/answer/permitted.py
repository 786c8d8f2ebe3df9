"""Permission to do something is not the deed: "The Kessford plant was given the all-clear to reopen" says neither yes
nor no to "Has the Kessford plant reopened?", and supports "Was it given permission to reopen?".

The stance model read the permission as the deed, either way: that sentence supported the claim at 0.99, "Varo Foods
won approval to buy Ostby Dairies" supported "Did Varo Foods buy Ostby Dairies?" at 0.99, while "Leo Carr was granted
leave to appeal" refuted "Did Leo Carr appeal?" at 0.94 and "Regulators cleared Varo Foods to buy Ostby Dairies" the
purchase at 0.91 (eval/stance_permitted.jsonl).

The reading: the sentence says its subject was given, granted, won, got or secured the all-clear, the go-ahead, the
green light, permission, approval, clearance, leave, consent or a licence to do something, or was allowed, permitted,
cleared, authorised or approved to do it (or someone cleared or allowed it to), not negated before it; the claim asks,
not negated and not about what is to come, whether that deed was done, in its own verb, every other word of the claim
in the sentence. Then it says neither. A claim that the permission was given ("Was Varo Foods given permission to
build…?") is supported. A deed told beside its permission ("reopened on Monday after it was given the all-clear") is
left to the model, which reads it right.
"""

from __future__ import annotations

import re

from assistant.answer.verbs import ASKS_FUTURE, NEGATED, asks_of_deed, clause_before
from assistant.answer.verbs import verb_tokens as tokens

_LEAVE = (
    r"(?:all-clear|go-ahead|green\s+light|permission|approval|clearance|leave|consent|licen[cs]e|"
    r"authori[sz]ation|the\s+right)"
)
_TO_DO = r"(?:\s+for\s+(?:[\w'’-]+\s+){1,5}?)?\s*to\s+(?P<deed>[a-z]+)\b"
_GIVEN = re.compile(
    r"\b(?:given|granted|won|wins|got|gets|received|receives|secured|secures|obtained|obtains|gained|gains|awarded|"
    rf"gave|gives|grants)\s+(?:[\w'’-]+\s+){{0,6}}?{_LEAVE}{_TO_DO}",
    re.IGNORECASE,
)
_ALLOWED = re.compile(
    r"\b(?:(?:was|were|been|is|are|be|being)\s+(?:allowed|permitted|cleared|authori[sz]ed|approved)|"
    rf"(?:allowed|permitted|cleared|authori[sz]ed)\s+(?:[\w'’-]+\s+){{1,4}}?){_TO_DO}",
    re.IGNORECASE,
)
# A claim about the permission itself.
_ABOUT_LEAVE = re.compile(
    r"\b(?:permission|approval|approved?|allowed|permitted|cleared|go-ahead|green\s+light|all-clear|consent|"
    r"licen[cs]e|authori[sz]\w*)\b",
    re.IGNORECASE,
)
_LEAVE_WORDS = frozenset(
    tokens(
        "permission approval approved allowed permitted cleared clearance go-ahead green light "
        "all-clear consent licence license authorised authorized authorisation given granted"
    )
)


def permission_side(claim: str, sentence: str) -> str | None:
    """ "neither" where the sentence gives only permission for the claim's deed, "supports" where the claim asks
    about that permission (see above); else None."""
    if NEGATED.search(claim):
        return None
    about_leave = _ABOUT_LEAVE.search(claim) is not None
    if ASKS_FUTURE.search(claim) and not about_leave:
        return None
    for m in (*_GIVEN.finditer(sentence), *_ALLOWED.finditer(sentence)):
        if not asks_of_deed(claim, sentence, m.group("deed"), besides=_LEAVE_WORDS):
            continue
        if NEGATED.search(clause_before(sentence, m.start())):
            return None
        return "supports" if about_leave else "neither"
    return None
