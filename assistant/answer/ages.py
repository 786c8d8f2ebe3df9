"""Someone's age as news gives it, against a claim that bounds it or gives its decade.

The stance model does not compare an age with a bound: "Mara Voss, 58, is the mayor of Tarn" said neither to
"Is Mara Voss over 60?" and to "Is Mara Voss in her fifties?" (0.00-0.02), "The Tarn victim, 17, died at the
scene" to "Was the Tarn victim a teenager?", and "A 72-year-old cyclist died in a crash in Harlow" refuted "Was
the Harlow cyclist over 70?" at 0.62 (eval/stance_ages.jsonl).

The reading: the claim asks whether someone is or was over / older than, under / younger than an age, in
their twenties… nineties (or 20s… 90s), or a teenager; the sentence names each of the claim's names and gives
that person's age right after the word the claim ends their description with ("Mara Voss, 58,", "The Tarn
victim, aged 17,") or before it ("the 58-year-old Tarn driver", "a 72-year-old cyclist"). The age answers the
claim either way. An age given to someone else ("The Tarn victim's son, 17,") or a figure that is no age is
not read.
"""

from __future__ import annotations

import re

from assistant.answer.verbs import names_each

_DECADES = {
    "twenties": 20,
    "thirties": 30,
    "forties": 40,
    "fifties": 50,
    "sixties": 60,
    "seventies": 70,
    "eighties": 80,
    "nineties": 90,
}
_ASKED = re.compile(
    r"^\W*(?:is|was|are|were)\s+(?P<who>.+?)\s+(?:"
    r"(?P<op>over|older\s+than|more\s+than|above|under|younger\s+than|less\s+than|below)\s+(?:the\s+age\s+of\s+)?"
    r"(?P<n>\d{1,3})(?:\s+years(?:\s+old|\s+of\s+age)?)?"
    rf"|in\s+(?:his|her|their)\s+(?:(?P<decade>{'|'.join(_DECADES)})|(?P<tens>[2-9]0)['’]?s)"
    r"|(?P<teen>a\s+teenager))\s*[?.!]?\s*$",
    re.IGNORECASE,
)
_SMALL = frozenset({"the", "a", "an"})


def _age_of(word: str, sentence: str) -> int | None:
    """The age the sentence gives right after `word` ("Voss, 58,", "victim, aged 17,") or before it ("58-year-old
    Tarn driver"); None where it gives none, or two."""
    w = re.escape(word)
    after = re.findall(rf"\b{w}[’']?,\s+(?:aged\s+)?(\d{{1,3}})\s*,", sentence, re.IGNORECASE)
    before = re.findall(rf"\b(\d{{1,3}})-year-old\s+(?:[\w’'-]+\s+){{0,2}}?{w}\b", sentence, re.IGNORECASE)
    ages = {int(a) for a in after + before}
    return ages.pop() if len(ages) == 1 else None


def age_side(claim: str, sentence: str) -> str | None:
    """ "supports" / "refutes" where the sentence gives the age of the one the claim bounds; else None."""
    asked = _ASKED.search(claim)
    if asked is None or not names_each(claim, sentence):
        return None
    who = [w for w in re.findall(r"[\w’'-]+", asked.group("who")) if w.lower() not in _SMALL]
    if not who or not all(re.search(rf"\b{re.escape(w)}", sentence, re.IGNORECASE) for w in who):
        return None
    age = _age_of(who[-1], sentence)
    if age is None:
        return None
    if asked.group("teen"):
        holds = 13 <= age <= 19
    elif asked.group("decade") or asked.group("tens"):
        low = _DECADES[asked.group("decade").lower()] if asked.group("decade") else int(asked.group("tens"))
        holds = low <= age < low + 10
    else:
        n, op = int(asked.group("n")), asked.group("op").lower()
        holds = age > n if op in ("over", "older than", "more than", "above") else age < n
    return "supports" if holds else "refutes"
