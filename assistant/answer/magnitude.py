"""A count given in words of magnitude ("hundreds of people", "thousands of homes") against the count a
sentence gives, as a number or another such word.

The stance model reads any count of the same thing as the same count: "Dozens of people attended the Tarn
rally" supported "Did hundreds of people attend the Tarn rally?" at 0.99, "Several hundred people
attended" "Did thousands…?" at 0.99, "about 800,000 people" "Did millions of people watch the Tarn final?"
at 0.99 (eval/stance_magnitudes.jsonl).

The reading: the claim, not negated, counts something in a word of magnitude ("dozens", "hundreds",
"thousands", "tens of thousands", "hundreds of thousands", "millions" of a noun), and the sentence counts the
same noun, right before it, as a number ("about 400", "more than 3,000", "2.4 million") or such a word
("several hundred", "dozens"), stated and not only expected or bounded above ("up to 80"), naming every name
the claim gives. A count below the magnitude's unit (fewer than a hundred for "hundreds") refutes it; one of
the same order (from twice the unit to ten times it: 200 to 999 for "hundreds") supports it. A count above
that order ("thousands" for "hundreds") is more than the claim says and is left to the model.
"""

from __future__ import annotations

import re

from assistant.answer.negation import NEGATIONS
from assistant.answer.verbs import names_each, same_stem
from assistant.answer.verbs import verb_tokens as tokens

# Each word of magnitude and its unit; the longer first, so "hundreds of thousands" is not "hundreds".
_UNITS = (
    ("hundreds of thousands", 100_000),
    ("tens of thousands", 10_000),
    ("millions", 1_000_000),
    ("thousands", 1_000),
    ("hundreds", 100),
    ("dozens", 12),
)
_UNIT = dict(_UNITS)
_WORDS = "|".join(re.escape(w) for w, _ in _UNITS)
_CLAIMED = re.compile(rf"\b(?P<word>{_WORDS})\s+of\s+(?P<noun>[a-z][\w-]*)", re.IGNORECASE)
# The sentence's count: a number (with a scale word) or a word of magnitude ("several hundred").
_TOLD = re.compile(
    r"(?<![\w.,£$€])(?:(?P<approx>about|around|some|nearly|almost|roughly|more\s+than|over|at\s+least|an\s+estimated)\s+)?"
    r"(?:(?P<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(?P<scale>million|m|thousand|k)\b)?"
    rf"|(?P<word>{_WORDS})(?:\s+of)?|(?:several|a\s+few|a\s+couple\s+of)\s+(?P<few>hundred|thousand|million|dozen))"
    r"\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z][\w-]*)",
    re.IGNORECASE,
)
_SCALES = {"million": 1_000_000, "m": 1_000_000, "thousand": 1_000, "k": 1_000}
_FEW = {"hundred": 200, "thousand": 2_000, "million": 2_000_000, "dozen": 24}
# Only expected or bounded above: "up to 80 people are expected" (lower case: "in May" is a month).
_OPEN = re.compile(r"\b(?:(?i:up\s+to|fewer\s+than|less\s+than|under|expected)|could|may|might|will|would)\b")


def _count(m: re.Match[str]) -> float:
    """The count a match of `_TOLD` gives (the least a word of magnitude means: "dozens" 24)."""
    if m.group("number"):
        return float(m.group("number").replace(",", "")) * _SCALES.get((m.group("scale") or "").lower(), 1)
    if m.group("few"):
        return _FEW[m.group("few").lower()]
    return 2 * _UNIT[m.group("word").lower()]


def magnitude_side(claim: str, sentence: str) -> str | None:
    """ "supports" / "refutes" where the sentence's count of the claim's thing is of the claim's order or
    below it; else None."""
    if NEGATIONS.search(claim):
        return None
    claimed = _CLAIMED.search(claim)
    if claimed is None or not names_each(claim, sentence):
        return None
    unit = _UNIT[claimed.group("word").lower()]
    noun = tokens(claimed.group("noun"))
    for m in _TOLD.finditer(sentence):
        if not noun or not any(same_stem(noun[0], t) for t in tokens(m.group("noun"))):
            continue
        if _OPEN.search(sentence[: m.end()]):
            return None
        n = _count(m)
        if n < unit and not (m.group("approx") or "").lower().startswith(("more", "over", "at least")):
            return "refutes"
        return "supports" if 2 * unit <= n < 10 * unit else None
    return None
