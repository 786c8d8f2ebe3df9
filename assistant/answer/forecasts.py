"""A figure only forecast, feared or expected is not a figure reached: "The death toll from the Kessford floods could
rise to 40" says neither yes nor no to "Did the Kessford floods kill 40 people?".

The stance model reads the figure and not the "could" before it: that sentence refuted the claim at 0.88, "could top
40" refuted "more than 40?" at 0.81, while "Organisers expect as many as 5,000 people to attend the rally" supported
"Did 5,000 people attend?" and "inflation could rise to 6% by the autumn" supported "Is the inflation rate 6%?" at
0.99 (eval/stance_forecast_figures.jsonl).

The reading: the sentence gives the claim's figure within a few words after "could", "may", "might", "expect(s)", or
"is expected / likely / set / forecast / feared to", and no figure told as it is ("rose to 25 and could reach 40"
is a toll of 25, which the figure readings compare); the claim, not negated, asks what was or is so, not what will
be. Then it says neither. A claim about what is to come ("Will the toll reach 40?") is left to the other readings.
"""

from __future__ import annotations

import re

from assistant.answer.figures import figure_value
from assistant.answer.verbs import ASKS_FUTURE, NEGATED

_NUMBER = r"[£$€]?\d[\d,]*(?:\.\d+)?(?:\s?(?:bn|m|k|million|billion|thousand)\b)?(?:\s?(?:%|per\s?cent\b|percent\b))?"
_HEDGE = (
    r"(?:could|(?-i:may)|might|expects?|expected|threaten(?:s|ed)?\s+to|"  # "May 7" is a date
    r"(?:is|are|was|were)\s+(?:expected|likely|set|forecast|predicted|projected|feared|tipped)\s+to)"
)
_FORECAST = re.compile(rf"\b{_HEDGE}\s+(?:[a-z]+\s+){{0,3}}?(?P<fig>{_NUMBER})", re.IGNORECASE)
_ANY_NUMBER = re.compile(rf"(?<![\w.,]){_NUMBER}", re.IGNORECASE)
_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _values(text: str, pattern: re.Pattern[str], group: int | str = 0) -> list[tuple[float, int]]:
    """(value, start) of each figure the pattern finds, years left out."""
    out = []
    for m in pattern.finditer(text):
        raw = m.group(group)
        value = figure_value(raw.lstrip("£$€"))
        if value is not None and not _YEAR.fullmatch(raw):  # "2,000" is a count, "2000" a year
            out.append((value, m.start(group)))
    return out


def forecast_side(claim: str, sentence: str) -> str | None:
    """ "neither" where the sentence only forecasts the claim's figure (see above); else None."""
    if ASKS_FUTURE.search(claim) or NEGATED.search(claim):
        return None
    forecast = _values(sentence, _FORECAST, "fig")
    if not forecast:
        return None
    hedged = {start for _, start in forecast}
    if any(start not in hedged for _, start in _values(sentence, _ANY_NUMBER)):
        return None  # a figure told as it is as well: the figure readings compare it
    asked = [value for value, _ in _values(claim, _ANY_NUMBER)]
    if any(_same(a, f) for a in asked for f, _ in forecast):
        return "neither"
    return None


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(abs(a), abs(b), 1.0)
