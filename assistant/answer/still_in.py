"""Out of a competition is no longer in it: "Kelso Rovers were knocked out of the cup on Saturday" refutes "Are Kelso
Rovers still in the cup?".

The stance model read the competition and not the exit: that sentence said neither at 0.97, and so did "crashed out of
the cup" (0.91) and "were knocked out of the FA Cup by Ashby Town" (eval/stance_still_in_contest.jsonl). It read a
candidate who "dropped out of the race" right, and another's exit as the claim's person's own: "Ana Kell dropped out
of the race, leaving Leo Carr as the favourite" refuted "Is Leo Carr still in the race?" at 0.72.

The reading: the claim asks whether someone is still in a competition or a race ("Is / Are X still in the cup?");
the sentence says someone was knocked, crashed, dumped, bowed, went or dropped out of it, pulled out of it, or was
eliminated from it, the competition in the claim's words and no others ("the league cup" is not "the FA Cup"), not
hedged or denied before it ("could be knocked out"). Where the claim's subject is the one who went out, the sentence
refutes; where someone else went out and the claim's subject is named beside it, it says neither. A side that knocked
another out is left to the model.
"""

from __future__ import annotations

import re

from assistant.answer.verbs import NEGATED, clause_before, names_each, object_words, verb_tokens

_ASKED = re.compile(r"^\W*(?:is|are)\s+(?P<who>.+?)\s+still\s+in\s+(?P<what>.+?)\W*$", re.IGNORECASE)
_WENT_OUT = re.compile(
    r"\b(?:(?:was|were|been|being|got|get|gets)\s+)?(?:(?:knocked|crashed|dumped|bowed|went|tumbled|dropped|pulled|"
    r"crashes|goes|drops|pulls|bows)\s+out\s+of|(?:eliminated|ousted)\s+from)\s+",
    re.IGNORECASE,
)
_HEDGED = re.compile(
    r"\b(?:could|may|might|would|will|threat\w*|fac(?:e|es|ing)|risk\w*|danger|if|whether|unless|avoid\w*|"
    r"narrowly|almost|nearly|close\s+to)\b",
    re.IGNORECASE,
)


def still_in_side(claim: str, sentence: str) -> str | None:
    """ "refutes" where the sentence says the claim's subject went out of the competition the claim says they are
    still in, "neither" where someone else did; else None (see above)."""
    asked = _ASKED.match(claim)
    if asked is None or NEGATED.search(claim):
        return None
    who, what = verb_tokens(asked.group("who")), set(verb_tokens(asked.group("what")))
    if not who or not what:
        return None
    for m in _WENT_OUT.finditer(sentence):
        if object_words(sentence[m.end() :]) != what:
            continue  # another competition, or the same named otherwise
        before = clause_before(sentence, m.start())
        if NEGATED.search(before) or _HEDGED.search(before):
            return None
        if set(who) <= set(verb_tokens(before)):
            return "refutes"
        return "neither" if names_each(claim, sentence) and set(who) <= set(verb_tokens(sentence)) else None
    return None
