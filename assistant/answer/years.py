"""A claim that something happened before, after or by a year, against the year a sentence says it did.

The stance model does not compare years: "Marovia joined the union in 2004" supported "Did Marovia join
the union before 2000?" at 0.99, "The Tarn bridge was completed in 1932" "Was the Tarn bridge completed
by 1930?" at 0.99, "The Ashby plant closed in 2020" both "…before 2020?" and "…after 2020?" (0.97, 0.99),
and "Lena Fisk founded Corvel in 2004" said neither to "Did Lena Fisk found Corvel after 2010?".

The rule: the claim asks whether its event came before, after or by a year; the sentence names every
other word of the claim and gives one year for it ("in 2022", "in March 2018"). A year on the claim's
side supports it and one on the other side refutes it, at `schedule.MOVED` or more; the year itself is
neither before nor after it (a refutation), but is by it. Left to the model: a sentence with two years
("Corvel, founded in 2004, moved to Leeds in 2019"), another event ("opened" for "closed", "rebuilt" for
"built"), "since" and "until", which a later or an earlier event may also answer.
"""

from __future__ import annotations

import re

from assistant.answer.verbs import all_named, words_besides
from assistant.answer.verbs import verb_tokens as tokens

_YEAR = r"(?P<year>1[5-9]\d\d|20\d\d)\b"
_ASKED = re.compile(rf"\b(?P<rel>before|after|prior\s+to|by)\s+{_YEAR}", re.IGNORECASE)
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_IN_YEAR = re.compile(rf"\b(?:in|during)\s+(?:(?:early|late|mid-?)\s*)?(?:{_MONTHS}\s+)?{_YEAR}", re.IGNORECASE)


def year_side(claim: str, sentence: str) -> str | None:
    """ "supports" / "refutes" where the sentence's one year for the claim's event answers its "before",
    "after" or "by"; else None."""
    asked = list(_ASKED.finditer(claim))
    told = list(_IN_YEAR.finditer(sentence))
    if len(asked) != 1 or len(told) != 1 or len(re.findall(_YEAR, sentence)) != 1:
        return None
    m = asked[0]
    event = words_besides(claim, m.start(), m.end())
    said = tokens(sentence)
    if not event or not all_named(event, said):
        return None
    rel, limit, year = m.group("rel").lower(), int(m.group("year")), int(told[0].group("year"))
    if rel == "after":
        return "supports" if year > limit else "refutes"
    if rel == "by":
        return "supports" if year <= limit else "refutes"
    return "supports" if year < limit else "refutes"  # before, prior to
