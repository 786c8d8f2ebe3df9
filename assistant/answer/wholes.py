"""A claim about all of something ("Were all the hostages freed?", "Did every school close?", "the whole
orchestra") against a sentence that says how many.

The stance model does not read "all": "Three of the five hostages returned home" supported "Did all the
hostages return home?" at 0.99, "The airline cancelled half of its flights" "Have all the flights been
cancelled?" at 0.90, and "All 33 miners were brought to the surface" refuted "Were all the miners brought
to the surface?" at 0.95 (eval/stance_all_of.jsonl). Whether a part is all is arithmetic; whether the
sentence's part counts the claim's thing is what the model reads, with the lexical check that the part
is of the claim's noun. So the sentence's quantity is put into the claim in place of "all" ("Were four of
the seven hostages freed?") and the model reads that: where it supports, a part ("four of the seven",
"half of its", "most", "60% of the", "all but two of the") refutes the claim, all of them ("all 33",
"each of the 300") supports it, and a bare count ("Police recovered two paintings") says nothing of the
rest, so its support is set aside.

"Both" is all of two: "One of the two Ostby schools was closed" had supported "Were both Ostby schools
closed?" at 0.99, "Ostby won one and drew one of their two matches" "Did Ostby win both of their matches?"
at 0.99 (eval/stance_both_of.jsonl). Not "both Tarn and Ostby", which names the two.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from assistant.answer.figures import with_digits
from assistant.answer.probes import ENOUGH, Probabilities, support
from assistant.answer.verbs import PAST_FORMS
from assistant.index.lexical import tokens

_DET = r"(?:the|its|their|his|her|our|these|those|this|that|[\w’'\-]+[’']s)"
_NUM = r"\d+(?:,\d{3})*"
# "all the", "all of its", "all three", "every", "each of the firm's 300", "the whole"; never "all but",
# "at all", "after all", "above all" or "all-party".
_ALL_OF = re.compile(
    rf"(?<!\bat\s)(?<!\bafter\s)(?<!\babove\s)\b(?:all(?!\s+but\b)(?:\s+of)?|every|each(?:\s+of)?)"
    rf"(?:\s+{_DET})?(?:\s+{_NUM})?(?=\s+[a-z])|\bthe\s+(?:whole|entire)(?=\s+[a-z])"
    rf"|\bboth(?:\s+of)?(?:\s+{_DET})?(?=\s+[a-z])(?![^,.;?]*\band\b)",  # not "both Tarn and Ostby": two named
    re.IGNORECASE,
)
# A part: "four of the seven", "18 of its 60", "half of its", "most", "60% of the", "all but two of the".
_PART = re.compile(
    rf"\b(?:only\s+)?(?:(?P<n>{_NUM})(?:\s?%|\s+per\s?cent)?\s+of|all\s+but\s+{_NUM}(?:\s+of)?|"
    r"(?:some|many|several|a\s+few|part)\s+of|"  # "some 300 residents" is about 300 of them
    # Without "of": "Some flights were cancelled" had supported "Were all flights cancelled?" at 0.99, "Several
    # trains" and "Many shops" at 0.98 (eval/stance_some_not_all.jsonl). Not "some 300", nor "many more".
    r"(?<![\w’'])(?:some|many|several|a\s+few)(?=\s+(?!\d|more\b|of\b|other\b)[a-z])|"
    r"(?:half|most|a\s+(?:third|quarter|majority|minority)|two\s+thirds|three\s+quarters|the\s+majority)(?:\s+of)?)"
    rf"(?:\s+{_DET})?(?:\s+(?P<m>{_NUM}))?(?=\s+[a-z])",
    re.IGNORECASE,
)
# A count with nothing before it to say it is the whole: "Police recovered two paintings".
_COUNT = re.compile(rf"(?<!\bthe\s)(?<!\ball\s)(?<![’']s\s)(?<![\w,.])(?!(?:1[89]|20)\d\d\b)(?P<n>{_NUM})(?=\s+[a-z])")


@dataclass(frozen=True)
class Quantity:
    words: str  # as the sentence writes it, to stand in the claim
    kind: str  # "all", "part" or "count"
    end: int  # where the noun it counts begins


# Where the noun a quantity counts has ended: a verb ("statues were found", "hostages returned") or a
# preposition ("paintings from a garage"). A participle first is an adjective ("stolen paintings").
_AFTER_NOUN = re.compile(
    r"(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|did|do|does|of|in|on|at|"
    r"from|to|for|with|by|after|before|since|during|who|which|that)$"
)
_PARTICIPLE = re.compile(r"\w+(?:ed|en)$")


def _noun(text: str, start: int, count: int) -> set[str]:
    """The words of the noun after a quantity (at most `count`)."""
    words: list[str] = []
    for i, raw in enumerate(text[start:].split()[:count]):
        word = raw.lower()
        if _AFTER_NOUN.match(word) or (i and (_PARTICIPLE.match(word) or word in PAST_FORMS)):
            break
        words.append(word)
        if re.search(r"[,;:.!?]$", raw):
            break
    return set(tokens(" ".join(words)))


def quantities(sentence: str) -> list[Quantity]:
    """The quantities the sentence gives, in order: all of them, a part, a bare count."""
    text = with_digits(sentence)
    found = [Quantity(m.group(), "all", m.end()) for m in _ALL_OF.finditer(text)]
    for m in _PART.finditer(text):
        whole = (m["n"] is not None and m["n"] == m["m"]) or (m["n"] == "100" and "%" in m.group())
        found.append(Quantity(m.group(), "all" if whole else "part", m.end()))
    taken = [(m.end - len(m.words), m.end) for m in found]
    for m in _COUNT.finditer(text):
        if not any(a <= m.start() < b for a, b in taken):
            found.append(Quantity(m.group(), "count", m.end()))
    return sorted(found, key=lambda q: q.end)


def probes(claim: str, sentence: str) -> list[tuple[Quantity, str]]:
    """(quantity, the claim with it in place of "all") for each quantity the sentence gives of the noun the
    claim says all of."""
    claim = with_digits(claim)
    asked = _ALL_OF.search(claim)
    if asked is None:
        return []
    noun = _noun(claim, asked.end(), 2)
    text = with_digits(sentence)
    out = []
    for q in quantities(sentence):
        if noun & _noun(text, q.end, 3):
            words = q.words if asked.start() == 0 else q.words[0].lower() + q.words[1:]
            out.append((q, claim[: asked.start()] + words + claim[asked.end() :]))
    return out


def by_wholes(
    claim: str,
    sentences: Sequence[str],
    probs: np.ndarray,
    probabilities: Probabilities,
) -> np.ndarray:
    """`probs` (neither, supports, refutes per sentence), where the claim says all of something and a
    sentence says how many of it, as that reads; `probabilities` is the stance model (one call)."""
    found = [(i, q, p) for i, s in enumerate(sentences) for q, p in probes(claim, s)]
    read: dict[int, set[tuple[str, float]]] = {}
    for (i, q, _), p in zip(found, support(probabilities, sentences, [(i, p) for i, _, p in found]), strict=True):
        if p >= ENOUGH:
            read.setdefault(i, set()).add((q.kind, p))
    probs = probs.copy()
    for i, seen in read.items():
        kinds = {k for k, _ in seen}
        if len(kinds) != 1:  # all of them and a part of the same thing: the model's own reading stands
            continue
        p = max(x for _, x in seen)
        kind = kinds.pop()
        if kind == "all":
            probs[i] = [1.0 - p, p, 0.0]
        elif kind == "part":
            probs[i] = [1.0 - p, 0.0, p]
        else:
            probs[i] = [probs[i][0] + probs[i][1], 0.0, probs[i][2]]
    return probs
