"""A claim that bounds or rounds a figure ("more than 300 people", "fewer than half", "at least 10",
"about 2,000 homes") against a sentence that gives the figure.

The stance model does not compare figures: "The earthquake killed at least 14 people" refuted "Did the
quake kill at least 10 people?" at 0.95, "61% of voters backed the scheme" refuted "Did more than half of
the voters back it?" at 0.97, and "About 120 people gathered for the vigil" was neither toward "Did more
than 300 people attend the vigil?" (eval/stance_bounds.jsonl). Whether the figure is inside the bound is
arithmetic; whether the sentence's figure counts the claim's thing is what the model can read. So each
figure of the claim's kind in the sentence is put into the claim in place of the bound ("Did 120 people
attend the vigil?"), and the model reads that claim against the sentence: where it reads support, the
sentence gives the claim's figure, and the figure's place against the bound says yes or no. A figure of
the kind that counts something else ("40 people were arrested after the vigil") reads as no support and
decides nothing, and neither do figures that fall on both sides of the bound.

A time is one kind of figure in whatever unit it is written, compared in days: "Ardal was jailed for 18
months" is more than "a year", "The talks ran for 36 hours" less than "two days" (the model had refuted
"Did the strike last more than a week?" with "The strike lasted three weeks" at 0.95;
eval/stance_durations.jsonl).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from assistant.answer.figures import DURATION, Figure, figures_in, with_digits
from assistant.answer.probes import Probabilities

_ABOVE = r"more than|over|above|exceeding|in excess of|upwards of"
_AT_LEAST = r"at least|no fewer than|no less than"
_BELOW = r"fewer than|less than|under|below"
_AT_MOST = r"at most|up to|no more than"
_ABOUT = r"about|around|roughly|approximately|some|close to|an estimated|estimated"
_NEARLY = r"nearly|almost|just under"
_OPS = (
    (">", _ABOVE),
    (">=", _AT_LEAST),
    ("<=", _AT_MOST),
    ("<", _BELOW),
    ("~", _ABOUT),
    ("~<", _NEARLY),
)
# The comparator written just before a figure ("no more than" before "more than": the longer first).
_BEFORE = re.compile(
    r"\b(?P<op>" + "|".join(sorted((w for _, ws in _OPS for w in ws.split("|")), key=len, reverse=True)) + r")\s+$",
    re.IGNORECASE,
)
_FRACTIONS = {"half": 50.0, "third": 100 / 3, "quarter": 25.0, "two thirds": 200 / 3, "three quarters": 75.0}
_FRACTION = re.compile(
    r"\b(?P<op>" + "|".join((_ABOVE, _AT_LEAST, _AT_MOST, _BELOW)) + r")\s+(?:a\s+|one\s+)?"
    r"(?P<frac>two thirds|three quarters|half|third|quarter)\b(?P<of>\s+of\b)?",
    re.IGNORECASE,
)
_DETERMINER = re.compile(r"\s+(?:the|a|an|its|their|his|her|our|those|these)\b", re.IGNORECASE)
_TALLY_TO = re.compile(r"\s+(?:votes?\s+)?to\s+", re.IGNORECASE)
_TALLY_BY = re.compile(r"\b(?:by|voted?)\s+(?:a\s+(?:margin|vote)\s+of\s+)?$", re.IGNORECASE)
# How far a rounded figure may be from the one it rounds: a claim's "about 2,000" holds 2,100; a
# sentence's "about 120" is 114 to 126.
_CLAIM_ROUNDING = 0.15
_SENTENCE_ROUNDING = 0.05
# A figure stated exactly is the one a sentence gives within 10% ("£4m" is "£4.1m", as in `figures`).
_EXACT = 0.1


@dataclass(frozen=True)
class Bound:
    """The claim (in digits) with one bounded figure of `kind` between `start` and `end`, which holds
    values from `low` to `high`."""

    claim: str
    kind: str
    low: float
    high: float
    start: int
    end: int
    of: bool = False  # a share of a noun phrase ("half the members"): its figure is put in as "61% of"
    exact: bool = False  # a figure the claim states without a bound, within `_EXACT` of it


def _op(text: str) -> str | None:
    word = text.lower()
    return next((op for op, ws in _OPS if word in ws.split("|")), None)


def _range(op: str | None, value: float, rounding: float) -> tuple[float, float]:
    step = 1e-9 * max(1.0, abs(value))
    return {
        ">": (value + step, math.inf),
        ">=": (value, math.inf),
        "<": (-math.inf, value - step),
        "<=": (-math.inf, value),
        "~": (value * (1 - rounding), value * (1 + rounding)),
        "~<": (value * (1 - 2 * rounding), value),
    }.get(op or "", (value, value))


def claim_bound(claim: str) -> Bound | None:
    """The claim's one bounded or rounded figure; None where it has none, or more than one figure."""
    # A duration is compared in days, whatever its unit; where that is not the claim's one figure, the
    # figures read as they always do ("over three days" beside "300 people": the people).
    text = with_digits(claim, durations=True)
    figures = figures_in(text, durations=True)
    if len(figures) != 1 or figures[0].kind != DURATION:
        text = with_digits(claim)
        figures = figures_in(text)
    fraction = _FRACTION.search(text)
    if fraction and not figures:
        op, value = _op(fraction.group("op")), _FRACTIONS[fraction.group("frac").lower()]
        low, high = _range(op, value, _CLAIM_ROUNDING)
        # "half the members" reads "61% of the members"; "half voted" reads "61% voted".
        of = fraction.group("of") is None and _DETERMINER.match(text[fraction.end("frac") :]) is not None
        return Bound(text, "%", low, high, fraction.start(), fraction.end("frac"), of)
    if len(figures) != 1:
        return None
    (f,) = figures
    before = _BEFORE.search(text[: f.start])
    if before is None:
        return Bound(text, f.kind, f.value * (1 - _EXACT), f.value * (1 + _EXACT), f.start, f.end, exact=True)
    low, high = _range(_op(before.group("op")), f.value, _CLAIM_ROUNDING)
    return Bound(text, f.kind, low, high, before.start(), f.end)


@dataclass(frozen=True)
class Given:
    """A figure of the claim's kind in the sentence, the range it holds, and the claim with it in place
    of the bound."""

    low: float
    high: float
    probe: str

    def against(self, bound: Bound) -> str | None:
        """'supports' inside the bound, 'refutes' outside it, None where it is partly in."""
        if bound.low <= self.low and self.high <= bound.high:
            return "supports"
        if self.high < bound.low or self.low > bound.high:
            return "refutes"
        return None


def givens(bound: Bound, sentence: str) -> list[Given]:
    """Each figure of the bound's kind in the sentence, with the claim that states it."""
    durations = bound.kind == DURATION
    text = with_digits(sentence, durations)
    out = []
    last: Figure | None = None
    for f in figures_in(text, durations):
        if f.kind != bound.kind:
            continue
        # A tally's second figure is the other side's ("backed the deal by 72% to 28%": 72% backed it); a
        # change's is the new level ("fell from 25% to 10%").
        second = (
            last is not None
            and _TALLY_TO.fullmatch(text[last.end : f.start]) is not None
            and _TALLY_BY.search(text[: last.start]) is not None
        )
        last = f
        if second:
            continue
        before = _BEFORE.search(text[: f.start])
        low, high = _range(_op(before.group("op")) if before else None, f.value, _SENTENCE_ROUNDING)
        out.append(Given(low, high, _put(bound, text, f)))
    return out


# After a verb of change or of staying, the figure in place of the bound needs its preposition: "Did
# turnout fall below 30%?" asks "Did turnout fall to 24%?", not "fall 24%" (a fall of 24%).
_TO = re.compile(
    r"\b(?:fall|fell|fallen|drop|dropped|rise|rose|risen|climb|climbed|sink|sank|go|went|slip|slipped)\s+$"
)
_AT = re.compile(r"\b(?:stay|stayed|remain|remained|stand|stood|hold|held|keep|kept)\s+$")


def _put(bound: Bound, sentence: str, f: Figure) -> str:
    figure = sentence[f.start : f.end] + (" of" if bound.of else "")
    if f.kind == DURATION:  # "an 18-month sentence": "jailed for 18 months"
        figure = figure.replace("-", " ")
        figure += "" if figure.endswith("s") or re.match(r"1\s", figure) else "s"
    head = bound.claim[: bound.start]
    link = "to " if _TO.search(head) else "at " if _AT.search(head) else ""
    return head + link + figure + bound.claim[bound.end :]


def decided(bound: Bound, given: list[Given], support: list[float], enough: float = 0.5) -> tuple[str, float] | None:
    """(side, probability) where every figure the model reads as the claim's (its probe supported at
    `enough` or more) falls on the same side of the bound; the probability is the strongest such read."""
    read = [(g.against(bound), p) for g, p in zip(given, support, strict=True) if p >= enough]
    sides = {s for s, _ in read}
    side = sides.pop() if len(sides) == 1 else None
    # A figure stated exactly and given: the model reads that well enough itself, but not a time in
    # another unit ("two weeks", "14 days").
    if side is None or (bound.exact and side == "supports" and bound.kind != DURATION):
        return None
    return side, max(p for _, p in read)


def by_bounds(
    claim: str,
    sentences: Sequence[str],
    probs: np.ndarray,
    probabilities: Probabilities,
) -> np.ndarray:
    """`probs` (neither, supports, refutes per sentence), where the claim bounds a figure that a sentence
    gives, as the figure's place against the bound reads it; `probabilities` is the stance model, which
    reads each claim that states a given figure (one call for all of them)."""
    bound = claim_bound(claim)
    if bound is None:
        return probs
    given = [givens(bound, s) for s in sentences]
    probes = [(g.probe, s) for s, gs in zip(sentences, given, strict=True) for g in gs]
    if not probes:
        return probs
    support = iter(probabilities(probes)[:, 1].tolist())
    probs = probs.copy()
    for i, gs in enumerate(given):
        read = decided(bound, gs, [next(support) for _ in gs])
        if read is not None:
            side, p = read
            probs[i] = [1.0 - p, p, 0.0] if side == "supports" else [1.0 - p, 0.0, p]
    return probs
