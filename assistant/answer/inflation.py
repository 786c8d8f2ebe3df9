"""Prices against the inflation rate: inflation is the pace at which prices rise, so a positive rate, falling
or not, says prices rose.

The stance model reads the rate's direction as the prices': "Inflation in Tarn fell to 3.1% in May"
supported "Did prices fall in Tarn in May?" at 0.98, "Inflation in Tarn eased to 3.1% in May" refuted "Did
prices rise in Tarn in May?" at 0.98, "Inflation in Ostby dropped to 2% in June" supported "Is the cost of
living in Ostby falling?" at 0.92 (eval/stance_inflation.jsonl).

The reading: the claim asks whether prices, or the cost of living, rose or fell (not inflation itself), and
the sentence gives the inflation rate of those prices at a level, stated and not only expected ("fell to
3.1%", "was 2.4%", "at -0.2%"), naming every name the claim gives and the word it puts before "prices"
("consumer prices": "consumer price inflation"; not "house prices" for the general rate). A positive level
says prices rose, a negative one (or "deflation") that they fell; the claim's direction takes that side.
"""

from __future__ import annotations

import re

from assistant.answer.verbs import names_each

_PRICES = re.compile(r"\b(?:(?P<of>[a-z]+)\s+)?prices\b|\bcost\s+of\s+living\b", re.IGNORECASE)
_UP = re.compile(r"\b(?:ris(?:e|es|en|ing)|rose|go(?:es|ne|ing)?\s+up|went\s+up|increas\w*|climb\w*|higher)\b", re.I)
_DOWN = re.compile(
    r"\b(?:fall(?:s|en|ing)?|fell|go(?:es|ne|ing)?\s+down|went\s+down|decreas\w*|drop\w*|declin\w*|lower)\b", re.I
)
# The rate at a level: "inflation … fell to 3.1%", "inflation rate was 2.4%", "inflation at -0.2%".
_RATE = re.compile(
    r"\binflation\b(?:\s+rate)?(?P<between>[^.;%]{0,60}?)\b(?:to|at|of|was|is|stood\s+at|hit|reached)\s+"
    r"(?P<sign>-|−|minus\s+)?(?P<level>\d+(?:\.\d+)?)\s?(?:%|per\s?cent)",
    re.IGNORECASE,
)
# Only expected: "Economists expect inflation to fall to 3%" (lower case: "in May" is a month).
_EXPECTED = re.compile(
    r"\b(?:(?i:expect\w*|forecast\w*|predict\w*|project\w*)|could|may|might|will|would|likely|set\s+to)\b"
)
# Words before "prices" that name no kind of prices ("Did prices…", "have prices…", "the prices").
_NOT_KINDS = frozenset(
    re.findall(r"\w+", "did do does have has had are is were was will would could can the all overall average their")
) | {"its", "that", "why", "how", "and", ""}


def inflation_side(claim: str, sentence: str) -> str | None:
    """ "supports" / "refutes" where the sentence's inflation rate says which way the claim's prices went;
    else None."""
    prices = _PRICES.search(claim)
    if prices is None or re.search(r"\binflation\b", claim, re.IGNORECASE):
        return None
    up, down = _UP.search(claim), _DOWN.search(claim)
    if bool(up) == bool(down):
        return None
    rate = _RATE.search(sentence)
    if rate is None or _EXPECTED.search(sentence[: rate.end()]):
        return None
    if not names_each(claim, sentence):
        return None
    of = (prices.group("of") or "").lower()
    if of not in _NOT_KINDS and not re.search(rf"\b{of}\b", sentence, re.IGNORECASE):
        return None  # "house prices" against the general rate
    rose = not (rate.group("sign") or re.search(r"\bdeflation\b|\bnegative\b", sentence, re.IGNORECASE))
    return "supports" if rose == bool(up) else "refutes"
