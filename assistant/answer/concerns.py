"""Concerns, fears, questions or doubts raised about a quality, against a claim that the thing has it.

The stance model reads the quality named as the claim's answer, either way: "Engineers have raised concerns about
the safety of the Tarn bridge" supported "Is the Tarn bridge safe?" at 0.99, "Lawyers have raised questions about
the legality of the Corvel deal" supported "Is the Corvel deal legal?" at 0.99, and "Doctors questioned the
effectiveness of the Tarn vaccine" refuted "Is the Tarn vaccine effective?" at 0.99 (eval/stance_concerns.jsonl).
A concern raised is neither: it says someone doubts, not what is so.

The reading: the claim asks whether something is safe, legal, effective, valid, accurate… ("Is the Tarn bridge
safe?"); the sentence raises concerns, fears, worries, questions or doubts about, questions, challenges or disputes
that quality by its noun ("safety", "legality", "effectiveness"), and never gives the quality itself ("was safe",
"unsafe", "illegal"). Then it says neither. A claim about the concerns themselves is the model's.
"""

from __future__ import annotations

import re

# The claim's adjective, and the noun a concern names it by.
_QUALITIES = {
    "safe": "safety",
    "legal": "legality|lawfulness",
    "lawful": "lawfulness|legality",
    "effective": "effectiveness|efficacy",
    "valid": "validity",
    "accurate": "accuracy",
    "reliable": "reliability",
    "legitimate": "legitimacy",
    "profitable": "profitability",
    "viable": "viability",
    "sustainable": "sustainability",
    "secure": "security",
    "fair": "fairness",
    "independent": "independence",
    "impartial": "impartiality",
    "suitable": "suitability",
    "affordable": "affordability",
}
_ASKED = re.compile(rf"^\W*(?:is|are|was|were)\b[^?]*?\b(?P<quality>{'|'.join(_QUALITIES)})\b", re.IGNORECASE)
_DOUBT = (
    r"(?:concerns?|concerned|fears?|worries|worried|unease|alarm|questions?|questioned|questioning|doubts?|doubted|"
    r"queries|queried|challenged|challenges?|challenging|disputed|disputes?|disputing|scepticism|skepticism)"
)
_ABOUT_IT = r"(?:\s+[\w’'-]+){0,3}?\s+(?:(?:about|over|on|regarding|into|around|as\s+to)\s+)?(?:the\s+)?"


def concern_side(claim: str, sentence: str) -> str | None:
    """ "neither" where the sentence only raises concerns or doubts about the quality the claim asks about; else
    None."""
    asked = _ASKED.search(claim)
    if asked is None or re.search(r"\b(?:concern|fear|worr|question|doubt|challeng|disput)\w*", claim, re.IGNORECASE):
        return None
    adjective = asked["quality"].lower()
    noun = _QUALITIES[adjective]
    doubted = re.search(rf"\b{_DOUBT}{_ABOUT_IT}(?:[\w’'-]+[’']s\s+)?(?:{noun})\b", sentence, re.IGNORECASE)
    if doubted is None:
        return None
    # The quality given as well, either way: "was safe despite concerns", "unsafe", "illegal".
    if re.search(rf"\b(?:un|in|il|im|ir|non-?)?{adjective}\b", sentence, re.IGNORECASE):
        return None
    return "neither"
