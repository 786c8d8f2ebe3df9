"""Sentences saying something "cannot be ruled out": it is possible, not that it will not happen.

The stance model reads the negation and the "ruled out" as a refusal: "Scientists said another
eruption in the coming weeks could not be ruled out" refuted "Could there be another eruption?" at 0.98,
a confident "No" where the sources say "possibly". Such a sentence supports a claim that something is
possible ("Could…?", "Might…?", "Is it possible / is there a risk that…?"), refutes one that it has
been ruled out (the model read "Have scientists ruled out another eruption?" as supported, 0.99) and,
to a claim that it will happen, says neither: a possibility is not a forecast.

So does someone who has not ruled it out, told in the active voice: "NATO has not ruled out sending troops to
Tarn" had supported "Did NATO rule out sending troops to Tarn?" at 0.99, "Mara Voss refused to rule out standing"
"Has Mara Voss ruled out standing?" at 0.99, and refuted "Will Mara Voss stand?" at 0.99
(eval/stance_not_ruled_out.jsonl).
"""

from __future__ import annotations

import re

_NOT_EXCLUDED = re.compile(
    r"\b(?:can\s*not|can[’']t|could\s+not|couldn[’']t|would\s+not|wouldn[’']t|may\s+not|might\s+not|is\s+not|"
    r"was\s+not|isn[’']t|wasn[’']t|has\s+not\s+been|had\s+not\s+been)\s+(?:yet\s+)?(?:be\s+)?"
    r"(?:ruled\s+out|excluded|discounted)\b"
    # Active: "NATO has not ruled out sending troops", "refused to rule out standing" (eval/stance_not_ruled_out.jsonl)
    r"|\b(?:has|have|had|did|does|do|would|will|could)\s+not\s+(?:yet\s+)?(?:ruled?|ruling)\s+out\b"
    r"|\b(?:hasn[’']t|haven[’']t|hadn[’']t|didn[’']t|doesn[’']t|don[’']t|won[’']t|wouldn[’']t)\s+(?:yet\s+)?ruled?\s+out\b"
    r"|\b(?:refused|refuses|refusing|declined|declines|declining)\s+to\s+rule\s+out\b"
    r"|\b(?:is|are|was|were)\s+not\s+ruling\s+out\b|\bstopped\s+short\s+of\s+ruling\s+out\b",
    re.IGNORECASE,
)
_MODAL = re.compile(
    r"^\W*(?:could|might|may|can)\b|\b(?:could|might|possible|possibly|possibility|chance|risk|likely|"
    r"unlikely|threat|danger)\b",
    re.IGNORECASE,
)
_ABOUT_RULING_OUT = re.compile(r"\b(?:rul\w*\s+out|exclud\w*|discount\w*)\b", re.IGNORECASE)


def not_excluded(sentence: str) -> bool:
    """The sentence says something cannot be (or has not been) ruled out."""
    return _NOT_EXCLUDED.search(sentence) is not None


def what_it_says_to(claim: str) -> str | None:
    """What a "cannot be ruled out" sentence says to `claim`: "supports" a claim that it is possible,
    "refutes" one that it was ruled out, "neither" to one that it will happen; None when the claim says
    the same words (the model's reading stands)."""
    if not_excluded(claim):
        return None
    if _ABOUT_RULING_OUT.search(claim):
        return "refutes"
    return "supports" if _MODAL.search(claim) else "neither"
