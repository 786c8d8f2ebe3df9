"""A claim that names where or to whom something was said ("told Reuters", "said on Fox News", "in an
interview with Le Monde") against a sentence that gives where it was said.

The stance model reads what was said and passes over where: "The senator told CNN on Sunday that she would
vote against the bill" supported "The senator said on Fox News that she would vote against the bill" at
0.99, and "…the airline's boss told the Financial Times" supported "…told the Times…" at 0.97
(eval/stance_venues.jsonl). Where the sentence names another outlet or audience, and never the claim's, the
claim is read without its venue ("The senator said that she would vote against the bill"): where the
model reads that as supported, the sentence gives the words, said elsewhere, and so refutes that they were
said where the claim says (the issue's "Was it said on Fox News?" where the sources say CNN and the BBC).
A sentence that names no venue is read as before, and so is every sentence of an answer where one of
them names the claim's venue: words said to the BBC do not refute that they were said to CNN too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from assistant.answer.probes import ENOUGH, Probabilities, support

# An outlet or a body by its name: capitalised words, digits inside ("Channel 4 News", "BBC Radio 5 Live"),
# a possessive ("the BBC's Today programme" is the BBC's). Never a day or a month ("said on Monday").
_WHEN = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Christmas|Easter)\b"
)
_WORD = r"[A-Z][\w&.’'\-]*"
_NAME = rf"(?:[Tt]he\s+)?(?!{_WHEN}){_WORD}(?:\s+(?:{_WORD}|\d+\w*))*"
# Audiences without a name: the press in any of its words is one audience.
_PRESS = r"reporters|journalists|the\s+press|the\s+media|an?\s+(?:news|press)\s+(?:conference|briefing)"
_VENUE = rf"(?P<v>{_PRESS}|{_NAME})"
_TELL = {"tell": "say", "tells": "says", "told": "said", "telling": "saying"}
_SPEAK = (
    r"say|says|said|saying|speak|speaks|spoke|speaking|wr(?:ite|ites|ote|iting|itten)|post(?:s|ed|ing)?|"
    r"tweet(?:s|ed|ing)?|announc(?:e|es|ed|ing)|appear(?:s|ed|ing)?|comment(?:s|ed|ing)?"
)
_TOLD = re.compile(rf"\b(?P<verb>{'|'.join(_TELL)})\s+{_VENUE}")
_SAID_ON = re.compile(rf"\b(?i:{_SPEAK})(?P<cut>\s+(?:on|to|with|at)\s+{_VENUE})")
_INTERVIEW = re.compile(
    rf"(?P<cut>,?\s*\b[Ii]n\s+(?:an?\s+)?(?:\w+\s+)?(?:interview|op-ed|column|article|post)\s+(?:with|on|in|to|for)\s+"
    rf"{_VENUE},?)"
)


@dataclass(frozen=True)
class Venue:
    name: str  # lower case, no "the", no possessive: "bbc today"
    start: int  # the span the claim is read without
    end: int
    instead: str  # what stands in that span ("said" for "told Reuters")


def _name(text: str) -> str:
    words = re.sub(r"[’']s\b", "", text).lower().rstrip(".’'-").split()
    if words and words[0] == "the":
        words = words[1:]
    return "reporters" if re.fullmatch(_PRESS, text, re.IGNORECASE) else " ".join(words)


def venues(text: str) -> list[Venue]:
    """Where or to whom the text says something was said, in order."""
    found = [Venue(_name(m["v"]), *m.span(), _TELL[m["verb"]]) for m in _TOLD.finditer(text)]
    for pattern in (_SAID_ON, _INTERVIEW):
        found += [Venue(_name(m["v"]), *m.span("cut"), "") for m in pattern.finditer(text)]
    return sorted(found, key=lambda v: v.start)


def _same(a: str, b: str) -> bool:
    """One outlet: "bbc" is "bbc radio 4", but "times" is not "financial times"."""
    return a == b or a.startswith(b + " ") or b.startswith(a + " ")


def _named(venue: Venue, sentence: str) -> bool:
    """The sentence names the venue: as where it was said, or anywhere else ("told CNN, which Fox News
    aired")."""
    given = venues(sentence)
    if any(_same(venue.name, g.name) for g in given):
        return True
    rest = sentence
    for g in given:
        rest = rest[: g.start] + " " * (g.end - g.start) + rest[g.end :]
    return re.search(rf"\b{re.escape(venue.name)}\b", re.sub(r"[’']s\b", "", rest), re.IGNORECASE) is not None


def _without(claim: str, venue: Venue) -> str:
    read = claim[: venue.start] + venue.instead + claim[venue.end :]
    return re.sub(r"\s{2,}", " ", re.sub(r"\s+([,.?!])", r"\1", read)).strip()


def elsewhere(claim: str, sentence: str) -> str | None:
    """The claim read without its venue, where the sentence says where it was said and that is not there."""
    asked = venues(claim)
    if not asked or not venues(sentence) or _named(asked[0], sentence):
        return None
    return _without(claim, asked[0])


def by_venue(
    claim: str,
    sentences: Sequence[str],
    probs: np.ndarray,
    probabilities: Probabilities,
) -> np.ndarray:
    """`probs` (neither, supports, refutes per sentence), where a sentence gives the claim's words said
    elsewhere, as refuting them said where the claim says; `probabilities` is the stance model (one call).
    Only where no sentence weighed with it names the claim's venue: "told the BBC" is no refutation of
    "told CNN" beside a sentence that says CNN (the minister spoke to both)."""
    asked = venues(claim)
    if not asked or any(_named(asked[0], s) for s in sentences):
        return probs
    read = _without(claim, asked[0])
    probes = [(i, read) for i, s in enumerate(sentences) if venues(s)]
    probs = probs.copy()
    for (i, _), p in zip(probes, support(probabilities, sentences, probes), strict=True):
        if p >= ENOUGH:
            probs[i] = [1.0 - p, 0.0, p]
    return probs
