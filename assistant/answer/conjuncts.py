"""A sentence that joins two things one subject did ("The club criticised the ruling and said it would not
appeal") read as the one a claim asks about.

The stance model lets the other half speak for the sentence: "The club said it was disappointed with the
ban and would appeal" refuted "Will the club appeal?" at 0.94, "The operator cut weekend services and will
raise fares from January" refuted "Will the operator raise fares?" at 0.96, and "The team played well and
lost the final 2-1" supported "Did the team win the final?" at 0.91 (eval/stance_conjuncts.jsonl). Where
the words of the claim are in one half only, the sentence is read as its subject and that half: "The
operator will raise fares from January". Where both halves or neither have them, it is read as written; so
is "and" between two names ("The mayor and two councillors approved the plan").
"""

from __future__ import annotations

import re

from assistant.answer.verbs import PAST_FORMS
from assistant.answer.verbs import verb_tokens as tokens

_AUX = r"would|will|could|should|can|may|might|must|shall|was|were|is|are|has|have|had|did|does"
_PAST = "|".join(sorted(PAST_FORMS, key=len, reverse=True))
_VERB = rf"(?:{_AUX}|{_PAST})\b|[a-z]+ed\b"
# "…and would refund", "…but kept its forecast": a second verb after the conjunction.
_JOIN = re.compile(rf"\s+(?:and|but)\s+(?:(?:then|also|later|quickly|immediately)\s+)?(?={_VERB})")
# Where the clause of the first half begins: after a speech verb or "that", a subordinate word or a comma.
_CLAUSE = re.compile(
    r"[,;:]|\b(?:that|said|says|told|tells|when|after|as|before|because|while|if|unless|since|although|though|"
    r"who|which|where)\b"
)
_FIRST_VERB = re.compile(rf"\s(?={_VERB})")
_HALF_END = re.compile(r"[,;](?=\s)|[.!?][”\"’']?\s*$")


def _halves(sentence: str) -> tuple[int, int, int, int] | None:
    """(first half's start, its end, second half's start, its end) of the first verb joined to another."""
    join = _JOIN.search(sentence)
    if join is None:
        return None
    before = sentence[: join.start()]
    clause = max((m.end() for m in _CLAUSE.finditer(before)), default=0)
    first = _FIRST_VERB.search(before, clause)
    if first is None or not before[clause : first.start()].strip():  # a subject comes first
        return None
    end = _HALF_END.search(sentence, join.end())
    return first.end(), join.start(), join.end(), end.start() if end else len(sentence)


def one_conjunct(claim: str, sentence: str) -> str:
    """The sentence as its subject and the half that has the claim's words, where only one half has them."""
    halves = _halves(sentence)
    if halves is None:
        return sentence
    a, b, c, d = halves
    asked = set(tokens(claim)) - set(tokens(sentence[:a]))
    first, second = asked & set(tokens(sentence[a:b])), asked & set(tokens(sentence[c:d]))
    if second and not first:
        return sentence[:a] + sentence[c:]
    if first and not second:
        return sentence[:b] + sentence[d:]
    return sentence
