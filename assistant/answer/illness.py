"""People taken ill, in the words outbreak news uses, read as falling ill against a claim about it.

"Six people were hospitalised with food poisoning after eating at the cafe" had refuted "Has anyone
fallen ill after eating at the cafe?" at 0.98; so did "taken to hospital with", "treated in hospital
for", "diagnosed with" (0.92-0.99), while "fell ill" supported it at 0.98. Only against such a claim:
"taken to hospital with minor injuries" must stay as it is against "Was anyone injured?". "became
unwell", "got sick", "were sickened" are read as "fell ill" everywhere (`idioms`).
"""

from __future__ import annotations

import re

_CARE = (
    r"(?:hospitali[sz]ed|taken\s+to\s+hospital|admitted\s+to\s+hospital|treated\s+in\s+hospital|diagnosed|treated)"
    r"\s+(?:with|for)"
)
_FELL_ILL = (
    (re.compile(rf"\b(has|have|had)\s+been\s+{_CARE}\b", re.IGNORECASE), r"\1 fallen ill with"),
    (re.compile(rf"\bbeen\s+{_CARE}\b", re.IGNORECASE), "fallen ill with"),
    (re.compile(rf"\b(?:was|were)\s+{_CARE}\b", re.IGNORECASE), "fell ill with"),
    (
        re.compile(r"\bsuffered\s+(?:from\s+)?(?=food\s+poisoning|salmonella|listeri|norovirus|e\.\s?coli)", re.I),
        "fell ill with ",
    ),
)
_ABOUT_FALLING_ILL = re.compile(r"\b(?:fall|falls|fell|fallen)\s+ill\b", re.IGNORECASE)


def as_fell_ill(claim: str, sentence: str) -> str:
    """`sentence` with being hospitalised with, diagnosed with… read as falling ill with, where the claim
    (in plain words) asks whether someone fell ill; else unchanged."""
    if not _ABOUT_FALLING_ILL.search(claim):
        return sentence
    for pattern, plain in _FELL_ILL:
        sentence = pattern.sub(plain, sentence)
    return sentence
