"""Someone named who came to no harm, against a claim that they were hurt.

The stance model reads the harm word inside "unharmed" and next to "safe and well" as the harm itself:
"The missing Tarn hiker was found unharmed" supported "Was the missing Tarn hiker hurt?" at 0.88, "was
pulled out safe and well" "Was the boy who fell into the Tarn canal hurt?" at 0.97. It also reads one
person's escape as another's: "The driver in the Harlow crash was unhurt" refuted "Was the passenger in the
Harlow crash injured?" at 0.97, and "escaped without serious injury" refuted "Was the Corvel pilot hurt?"
at 0.99, though minor injuries are left open (eval/stance_unharmed.jsonl).

The reading: the claim asks whether someone it names (not "anyone", "people", "some of…": `nobody`
reads those) was hurt, injured, harmed, wounded or killed, and the sentence tells no harm but that someone
was "unharmed", "uninjured", "unhurt", "unscathed", "safe and well" or came through "without a scratch".
Where the sentence names the claim's person in the clause of those words it refutes the claim; where it names
someone else (and never the claim's person) it says neither. "Without serious injury", "not seriously
hurt" refute only a claim of serious harm, and say neither to one of any harm. A sentence that tells harm
too ("the driver was unhurt but his passenger was seriously injured"), or whose unharmed one is only a
pronoun, is left to the model.
"""

from __future__ import annotations

import re

from assistant.answer.verbs import all_named, names_each
from assistant.answer.verbs import verb_tokens as tokens

_CLAIM = re.compile(
    r"^\W*(?:was|were|is|are|has|have|had)\s+(?P<who>.+?)\s+(?:been\s+)?(?:(?P<adv>\w+ly)\s+)?"
    r"(?P<harm>hurt|injured|harmed|wounded|killed)\b",
    re.IGNORECASE,
)
_ANYONE = re.compile(r"^(?:any|anyone|anybody|someone|somebody|people|no|none|nobody|some|many|most|all)\b", re.I)
_UNHARMED = re.compile(
    r"\b(?:unharmed|uninjured|unhurt|unscathed|safe\s+and\s+(?:well|sound)|without\s+(?:a\s+)?(?:scratch|injury|"
    r"injuries)|escaped\s+injury)\b",
    re.IGNORECASE,
)
_NOT_SERIOUS = re.compile(
    r"\b(?:without\s+(?:serious|major|life-threatening)\s+injur(?:y|ies)|escaped\s+serious\s+injury|"
    r"(?:was|were)\s+not\s+(?:seriously|badly)\s+(?:hurt|injured))\b",
    re.IGNORECASE,
)
_HARM = re.compile(r"\b(?:hurt|injur\w*|wound\w*|harm\w*|kill\w*|died|dead|death|hospital\w*)\b", re.IGNORECASE)
# The clause the unharmed one is named in: "The passenger said the driver was unhurt" tells of the driver.
_CLAUSE = re.compile(r"[,;:]|\b(?:said|says|told|that|but|and|while|whereas|after|when)\b", re.IGNORECASE)
_PRONOUN = re.compile(r"^\W*(?:he|she|they|it|both|all)\b", re.IGNORECASE)


def unharmed_side(claim: str, sentence: str) -> str | None:
    """ "refutes" where the sentence says the claim's person came to no harm, "neither" where it says so
    of someone else or only of serious harm, else None."""
    asked = _CLAIM.search(claim)
    if asked is None or _ANYONE.match(asked.group("who")) or not names_each(claim, sentence):
        return None
    found = [(m, False) for m in _UNHARMED.finditer(sentence)] + [(m, True) for m in _NOT_SERIOUS.finditer(sentence)]
    if len(found) != 1:
        return None
    m, only_serious = found[0]
    if _HARM.search(sentence[: m.start()] + " " + sentence[m.end() :]):
        return None
    before = _CLAUSE.split(sentence[: m.start()])[-1]
    if _PRONOUN.match(before):
        return None
    who = tokens(asked.group("who"))
    if not who:
        return None
    if not all_named(who, tokens(before)):
        return None if all_named(who, tokens(sentence)) else "neither"
    if only_serious and not asked.group("adv"):
        return "neither"
    return "refutes"
