"""A figure that doubled, tripled or halved, against the two figures a sentence gives for it.

The stance model reads "double" against any change as a contradiction: "Corvel's profits fell from £20m to £9m"
refuted "Did Corvel's profits halve?" at 0.92, "Unemployment in Tarn rose from 3% to 6.2%" "Did unemployment in
Tarn double?" at 0.96, "Tarn house prices have risen by 110%" "Have Tarn house prices doubled?" at 0.74
(eval/stance_multiples.jsonl). Whether a figure doubled is arithmetic.

The reading: the claim asks whether a thing doubled, tripled, quadrupled or halved; the sentence names every word
of that thing before its figures and tells, in one clause, where the figure went from and to ("from £10m to £21m",
"£31m, up from £10m") or by how much in per cent ("risen by 110%"), stated, not only expected. The new figure over
the old one answers it: at least 1.9 times for doubled (2.85 for tripled, 3.8 for quadrupled), at most 0.55 for
halved; a change that falls short refutes it. Figures only expected say neither.
"""

from __future__ import annotations

import re

from assistant.answer.figures import figure_value
from assistant.answer.verbs import verb_tokens as tokens

_ASKED = re.compile(
    r"^\W*(?:did|has|have|had)\s+(?P<what>.+?)\s+(?P<verb>double|doubled|triple|tripled|treble|trebled|quadruple|"
    r"quadrupled|halve|halved|fall\s+by\s+half|fallen\s+by\s+half)\s*[?.!]?\s*$",
    re.IGNORECASE,
)
_FACTOR = {"doub": 2.0, "trip": 3.0, "treb": 3.0, "quad": 4.0, "halv": 0.5, "fall": 0.5}  # "fall by half": `directions`
_NUMBER = r"[£$€]?\s?\d[\d,]*(?:\.\d+)?\s?(?:%|per\s?cent|bn|m|k|billion|million|thousand)?"
_FROM_TO = re.compile(rf"\bfrom\s+(?P<old>{_NUMBER})\s+to\s+(?P<new>{_NUMBER})", re.IGNORECASE)
_UP_FROM = re.compile(
    rf"(?P<new>{_NUMBER})(?:\s+[\w-]+){{0,4}}?,?\s+(?:up|down)\s+from\s+(?P<old>{_NUMBER})", re.IGNORECASE
)
_BY = re.compile(
    r"\b(?P<dir>rose|risen|increased|grew|grown|jumped|climbed|fell|fallen|dropped|declined|decreased)\s+"
    r"(?:by\s+)?(?P<pct>\d[\d,]*(?:\.\d+)?)\s?(?:%|per\s?cent)",
    re.IGNORECASE,
)
# Only expected, not stated: "is expected to rise from £10m to £21m".
_NOT_YET = re.compile(
    r"\b(?:expected|forecast|set|due|likely|predicted|projected|could|may|might|will|would|should)\b", re.IGNORECASE
)


def _ratio(sentence: str) -> tuple[float, int] | None:
    """The new figure over the old one, and where the sentence gives them."""
    for pattern in (_FROM_TO, _UP_FROM):
        m = pattern.search(sentence)
        if m:
            old, new = figure_value(m["old"]), figure_value(m["new"])
            return (new / old, m.start()) if old and new is not None else None
    m = _BY.search(sentence)
    if m:
        pct = float(m["pct"].replace(",", "")) / 100
        up = m["dir"].lower() in {"rose", "risen", "increased", "grew", "grown", "jumped", "climbed"}
        return (1 + pct if up else 1 - pct), m.start()
    return None


def multiple_side(claim: str, sentence: str) -> str | None:
    """ "supports" / "refutes" where the sentence's figures for the claim's thing say whether it doubled, tripled,
    quadrupled or halved; "neither" where they are only expected; else None."""
    asked = _ASKED.search(claim)
    if asked is None:
        return None
    found = _ratio(sentence)
    if found is None:
        return None
    ratio, at = found
    before = sentence[:at]
    if not set(tokens(asked["what"])) <= set(tokens(before)):
        return None
    if _NOT_YET.search(before):
        return "neither"  # a forecast says nothing of what the figure did
    factor = _FACTOR[asked["verb"].lower()[:4]]
    if factor < 1:
        return "supports" if ratio <= factor + 0.05 else "refutes"
    return "supports" if ratio >= factor * 0.95 else "refutes"
