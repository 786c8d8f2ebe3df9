"""A share against a claim about most: more than half is a majority, half or less is not.

The stance model does not weigh shares: "62% of Carrow dock workers voted to strike" refuted "Did a
majority of Carrow dock workers vote to strike?" at 0.99, while "Just over a third of voters in Tarn
backed the bypass plan" supported "Did most voters in Tarn back the bypass plan?" at 0.99, "Only 41 per
cent of Ashby residents support the new stadium" "Do most residents of Ashby support…?" at 0.99.

The rule: the claim asks whether most, a majority or more than half of a group did something (and
gives no figure of its own); the sentence gives one share ("62%", "41 per cent", "two-thirds", "just
over a third", "three in four", "412 of the 650", "exactly half", "fewer than half") and every word of
the claim besides the quantifier, so it is the same group doing the same thing. More than half supports
the claim, half or less refutes it, at `schedule.MOVED` or more. Left to the model: two shares ("62%
took part, and 71% of them voted to strike"), a share of something else ("turned out", "opposed"), a
share near half that its words leave open ("about 50%", "nearly half", "more than a third").
"""

from __future__ import annotations

import re

from assistant.answer.figures import NUMBER_WORDS
from assistant.answer.verbs import all_named, words_besides
from assistant.answer.verbs import verb_tokens as tokens

MOST = re.compile(
    r"\b(?:most|(?:a|the)\s+majority\s+of|more\s+than\s+half\s+(?:of\s+)?|over\s+half\s+(?:of\s+)?)(?:the\s+)?",
    re.IGNORECASE,
)
_FRACTIONS = {
    "half": 1 / 2,
    "a third": 1 / 3,
    "one third": 1 / 3,
    "two-thirds": 2 / 3,
    "two thirds": 2 / 3,
    "a quarter": 1 / 4,
    "one quarter": 1 / 4,
    "three-quarters": 3 / 4,
    "three quarters": 3 / 4,
    "a fifth": 1 / 5,
}
_QUALIFIER = (
    r"(?P<q>about|around|some|roughly|approximately|nearly|almost|just\s+over|just\s+under|well\s+over|"
    r"more\s+than|fewer\s+than|less\s+than|over|under|only|exactly|just)\s+"
)
_SHARE = re.compile(
    rf"(?:{_QUALIFIER})?(?P<share>\d+(?:\.\d+)?\s*(?:%|per\s*cent\b|percent\b)|"
    r"(?P<n>\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:in|out\s+of)\s+"
    r"(?P<m>\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten)\b|"
    r"(?P<k>\d[\d,]*)\s+(?:of|out\s+of)\s+(?:the|its|their)\s+(?P<of>\d[\d,]*)\b|"
    rf"(?P<fraction>{'|'.join(sorted(_FRACTIONS, key=len, reverse=True))})\b)",
    re.IGNORECASE,
)


def _number(word: str) -> float:
    return float(NUMBER_WORDS.get(word.lower()) or word.replace(",", ""))


def _value(m: re.Match[str]) -> float:
    if m.group("fraction"):
        return _FRACTIONS[" ".join(m.group("fraction").lower().split())]
    if m.group("n"):
        return _number(m.group("n")) / _number(m.group("m"))
    if m.group("k"):
        return _number(m.group("k")) / _number(m.group("of"))
    return float(re.match(r"[\d.]+", m.group("share")).group()) / 100  # type: ignore[union-attr]


def _majority(m: re.Match[str]) -> bool | None:
    """Whether the share is more than half; None where its words leave that open."""
    value, q = _value(m), " ".join((m.group("q") or "").lower().split())
    if q in ("more than", "over", "well over"):
        return True if value >= 0.5 else None
    if q in ("fewer than", "less than", "under"):
        return False if value <= 0.5 else None
    if q in ("about", "around", "some", "roughly", "approximately", "nearly", "almost", "just over", "just under"):
        return True if value >= 0.55 else False if value <= 0.45 else None  # "just over a third"
    return value > 0.5


def majority_side(claim: str, sentence: str) -> str | None:
    """ "supports" / "refutes" where the sentence's one share answers the claim's "most"; else None."""
    most = MOST.search(claim)
    if most is None or re.search(r"%|\bper\s*cent\b", claim):  # "Did 62% of…": the model's to read
        return None
    shares = list(_SHARE.finditer(sentence))
    if len(shares) != 1:
        return None
    said = tokens(sentence)
    asked = words_besides(claim, most.start(), most.end())
    if not asked or not all_named(asked, said):
        return None
    majority = _majority(shares[0])
    if majority is None:
        return None
    return "supports" if majority else "refutes"
