""" "No one else", "nothing else" and "no other" say there was a first one: "No other injuries were reported after
the Tarn crash" supports "Was anyone injured in the Tarn crash?".

The stance model read the denial and not what it leaves out: that sentence refuted the claim at 0.97, "Police said
no other arrests were made after the Ostby match" refuted "Was anyone arrested after the Ostby match?" at 0.99, and
"Divers recovered a bag from the Tarn river; nothing else was found" refuted "Was anything found…?" at 0.84
(eval/stance_no_one_else.jsonl).

The reading: the claim asks whether anyone or anything (as `polarity.some_for_any` puts it, "someone",
"something") was done something to, or did it, and says nothing of others itself; the sentence says that no one
else, nobody else, nothing else or no other was, in a clause with the claim's deed in any form ("injuries" for
"injured", "deaths" for "died"; "took a till but nothing else": the clause before), names each of the claim's
names, and denies nothing besides. Then it supports. A claim about a kind of thing ("Did police find any
weapons?") is the model's to read: "found cash but nothing else" found no weapon.
"""

from __future__ import annotations

import re

from assistant.answer.nobody import one_deed
from assistant.answer.verbs import names_each
from assistant.answer.verbs import verb_tokens as tokens

_ELSE = re.compile(
    r"\b(?:(?:no[\s-]?one|nobody|nothing|none)\s+else|no\s+other(?!\s+than)|none\s+of\s+the\s+others?|no\s+others|"
    r"no\s+further|nothing\s+more)\b[^,;:.]*",
    re.IGNORECASE,
)
_SOMEONE = r"(?:someone|somebody|something|anyone|anybody|anything)"
_AUX = r"(?:was|were|is|are|has|have|had|did|does|do)"
_DEED = re.compile(
    rf"\b{_AUX}\s+{_SOMEONE}\s+(?:been\s+)?(?:\w+ly\s+)?(?P<verb>[a-z]+)\b"
    rf"|^\W*{_SOMEONE}\s+(?:{_AUX}\s+)?(?:been\s+)?(?:\w+ly\s+)?(?P<verb2>[a-z]+)\b",
    re.IGNORECASE,
)
_OTHERS = re.compile(r"\b(?:else|others?|further|more|another|additional|besides|apart)\b", re.IGNORECASE)
_DENIAL = re.compile(r"\b(?:no|not|never|nothing|none|nobody|no[\s-]one|without|denied|denies)\b|n[’']t\b", re.I)


def _same_deed(verb: str, clause: str) -> bool:
    v = tokens(verb)
    return bool(v) and any(one_deed(v[0], s) for s in tokens(clause))


def no_one_else_side(claim: str, sentence: str) -> str | None:
    """ "supports" where the sentence says no one or nothing else was done what the claim asks whether anyone or
    anything was (see above); else None."""
    deed = _DEED.search(claim)
    if deed is None or _OTHERS.search(claim):
        return None
    verb = deed.group("verb") or deed.group("verb2")
    for m in _ELSE.finditer(sentence):
        rest = sentence[: m.start()] + sentence[m.end() :]
        clause = m.group()
        if len(clause.split()) <= 2:  # "took a till but nothing else": the deed is the clause's before it
            clause = re.split(r"[;:.]", sentence[: m.start()])[-1] + clause
        if _same_deed(verb, clause) and not _DENIAL.search(rest) and names_each(claim, sentence):
            return "supports"
    return None
