"""A defendant's plea or denial, against a claim about the verdict.

The stance model reads a plea as the verdict: "Leo Carr denies the charges" refuted "Was Leo Carr found guilty of
fraud?" at 0.98, "Mara Voss pleaded not guilty to assault" "Was Mara Voss found guilty of assault?" at 0.99, and
"Mara Voss, who denied assault, was found guilty by the jury" refuted it too (0.72)
(eval/stance_verdict_pleas.jsonl).
What a defendant says is not what the court found.

The reading: the claim asks whether someone was found guilty, convicted, acquitted, cleared, jailed or sentenced.
A sentence that tells only a plea or a denial ("pleaded not guilty", "denies / denied", "maintains her innocence")
and no verdict says neither (`plea_side`). Where it tells a verdict too, the plea in a clause of its own (", who
denied assault,") is left out and the verdict read (`without_plea`); told without the charge ("was found guilty by
the jury"), the model hedged (0.46), so one verdict, in a sentence that names the claim's charge, takes its side.
"""

from __future__ import annotations

import re

from assistant.answer.verbs import verb_tokens

_VERDICT_ASKED = re.compile(
    r"^\W*(?:was|were|is|has|have|had|did)\b.*?\b(?:found\s+(?:not\s+)?guilty|convicted|acquitted|cleared|jailed|"
    r"sentenced|get\s+convicted)\b",
    re.IGNORECASE,
)
_PLEA = (
    r"(?:pleaded|pleads|pled|plead|entered\s+a\s+plea\s+of)\s+not\s+guilty|den(?:y|ies|ied|ying)|"
    r"(?:maintain|protest|insist)\w*\s+(?:on\s+)?(?:his|her|their)\s+innocence"
)
_PLEADS = re.compile(rf"\b(?:{_PLEA})\b", re.IGNORECASE)
_VERDICT = re.compile(
    r"\b(?:found\s+(?:\w+\s+){0,3}?guilty|convicted|acquitted|cleared|jailed|sentenced|verdict|jury\s+(?:found|ruled|"
    r"decided))\b",
    re.IGNORECASE,
)
# ", who denied assault," / ", who pleaded not guilty to fraud,"
_PLEA_CLAUSE = re.compile(rf",\s*who\s+(?:had\s+)?(?:{_PLEA})\b[^,]*,", re.IGNORECASE)


_GUILTY = re.compile(r"\b(?:found\s+guilty|convicted|jailed|sentenced)\b", re.IGNORECASE)
_CLEARED = re.compile(r"\b(?:found\s+not\s+guilty|acquitted|cleared)\b", re.IGNORECASE)
_CHARGE = re.compile(r"\b(?:of|for)\s+(?P<charge>[\w\s’'-]+?)\s*[?.!]?\s*$", re.IGNORECASE)


def plea_side(claim: str, sentence: str) -> str | None:
    """Where the claim asks about a verdict: "neither" where the sentence tells only a plea or a denial; where it
    tells one verdict after a plea in a clause of its own ("Mara Voss, who denied assault, was found guilty"), the
    side that verdict takes, if the sentence names the claim's charge; else None."""
    if not _VERDICT_ASKED.search(claim) or not _PLEADS.search(sentence):
        return None
    if not _VERDICT.search(sentence):
        return "neither"
    rest = _PLEA_CLAUSE.sub("", sentence)
    if rest == sentence:
        return None
    guilty, cleared = bool(_GUILTY.search(rest)), bool(_CLEARED.search(rest))
    charge = _CHARGE.search(claim)
    if guilty == cleared or (charge and not set(verb_tokens(charge["charge"])) <= set(verb_tokens(sentence))):
        return None
    return "supports" if bool(_GUILTY.search(claim)) == guilty else "refutes"


def without_plea(claim: str, sentence: str) -> str:
    """The sentence without a plea told in a clause of its own, where the claim asks about the verdict it tells."""
    if not _VERDICT_ASKED.search(claim) or not _VERDICT.search(sentence):
        return sentence
    return _PLEA_CLAUSE.sub("", sentence)
