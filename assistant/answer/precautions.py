"""A precaution told against a claim that something is safe: "told to boil their water" says it is not.

The stance model reads the thing and its use, and takes the advice for the answer it would give: "Residents of Tarn
have been told to boil their water before drinking it" supported "Is the water in Tarn safe to drink?" at 0.99,
"Swimmers have been warned to stay out of the water at Tarn beach" "Is it safe to swim at Tarn beach?" at 0.99,
"Health officials advised people against eating shellfish from Tarn bay" "Is it safe to eat shellfish…?" at 0.97
(eval/stance_precautions.jsonl). People are told to boil, avoid or keep off what is not safe.

The reading: the claim asks whether something is safe ("Is it safe to swim at Tarn beach?"); the sentence tells
people told, warned, advised or urged to boil, avoid, stay out of, keep off, shelter, or not to do (or against
doing) what the claim asks about, or a boil-water notice; it names the claim's name, shares a word of what the
claim asks about beyond it, and says nothing of the precaution lifted, of safety itself, or of no longer needing
it. Then it refutes.
"""

from __future__ import annotations

import re

from assistant.answer.context import first_name, subject_named
from assistant.answer.verbs import verb_tokens as tokens

_ASKS_SAFE = re.compile(r"^\W*(?:is|are|was|were)\b[^?]*?\bsafe\b", re.IGNORECASE)
_TOLD = r"(?:told|warned|advised|urged|asked|ordered|instructed|encouraged|reminded)"
_PRECAUTION = re.compile(
    rf"\b{_TOLD}\s+(?:[\w’'-]+\s+){{0,3}}?(?:to\s+(?P<keep>boil|avoid|shelter|stay\s+(?:out|away|off|indoors|inside|"
    r"clear)|keep\s+(?:off|out|away|clear)|steer\s+clear)|not\s+to\s+(?P<not>[a-z]+)|against\s+(?P<against>[a-z]+ing))\b"
    r"|\bboil[- ]water\s+(?:notice|advisory|order|warning|alert)s?\b|\bdo[- ]not[- ](?:drink|swim|use|eat)\b",
    re.IGNORECASE,
)
# The precaution over, or safety told either way: the model's to read.
_OVER = re.compile(
    r"\b(?:lifted|withdrawn|rescinded|removed|cancelled|canceled|ended|scrapped|no\s+longer|safe|unsafe)\b",
    re.IGNORECASE,
)
_NOT_WHAT = frozenset(tokens("is are was were it its the a an to in at on of from for safe"))


def precaution_side(claim: str, sentence: str) -> str | None:
    """ "refutes" where the sentence tells a precaution against what the claim asks is safe (see above); else
    None."""
    if not _ASKS_SAFE.search(claim):
        return None
    told = _PRECAUTION.search(sentence)
    if told is None or _OVER.search(sentence):
        return None
    if subject_named(claim, sentence) is False:
        return None
    name = first_name(claim)
    asked = set(tokens(claim)) - _NOT_WHAT - set(tokens(name or ""))
    done = told["not"] or told["against"]
    if done:  # "urged not to swim" answers "safe to swim", not "safe to drink"
        return "refutes" if set(tokens(done)) & asked else None
    return "refutes" if set(tokens(sentence)) & asked else None
