"""A claim that someone is the only one (or the first) to do something, against a sentence that tells them
doing it.

The stance model reads doing a thing as doing it alone, and as often the other way: "Tarn joins Ostby in
banning cars from its centre" supported "Is Tarn the only city to ban cars from its centre?" at 0.91, "Like
Ostby, Tarn has banned cars…" at 0.98, "Harlow joins Ostby and Tarn in banning fireworks" "Was Harlow the
first town to ban fireworks?" at 0.72, while "Leo Carr scored twice as Ostby won 3-1" refuted "Was Leo Carr
the only player to score twice?" at 0.98 and "Corvel has bid for the Harlow contract" "Is Corvel the only
bidder…?" at 0.99 (eval/stance_the_only.jsonl).

The reading: the claim, not negated, says its subject is "the only" one ("the only city to ban cars", "Did
only Corvel bid…?") or "the first" one to do something, and the sentence names each of its names and
every other word of it (all but the kind of one: "city", "bidder"). Where the sentence names another who
did it too ("joins Ostby in", "follows Ostby in", "like Ostby", "as did its rival", "the second city to",
"the latest minister to"), it refutes; where it only tells the deed, it says neither to "the only". A
sentence with words of its own for being alone or not ("the only", "sole", "no other", "one of three") is
the model's to read, as is a claim of "the first" against the deed alone.
"""

from __future__ import annotations

import re

from assistant.answer.negation import NEGATIONS
from assistant.answer.verbs import all_named, names_each, words_besides
from assistant.answer.verbs import verb_tokens as tokens

# "the only city", "its only bidder", "Did only Corvel…?"; "the first town to".
_ONLY = re.compile(
    r"\b(?:the|its|their|his|her)\s+only\s+(?:[\w-]+\s+)?(?=to|who|that|in|for|of|among|\W*$)"
    r"|^\W*(?:did|does|do|was|were|is|are|has|have)\s+only\b(?=\s+[A-Z])",
    re.IGNORECASE,
)
_FIRST = re.compile(r"\bthe\s+first\s+(?:[\w-]+\s+)?(?=to|in\s+\w+\s+to)", re.IGNORECASE)
# Words of the sentence's own for being alone or one of several: the model reads those.
_ALONE = re.compile(
    r"\b(?:only|sole|lone|alone|single|unique|no\s+other|none\s+of\s+the\s+others?|nobody\s+else|no\s+one\s+else|"
    r"one\s+of|first|among)\b",
    re.IGNORECASE,
)
_NAME = r"[A-Z][\w’'-]*"
# Another who did it too, before or beside the subject.
_BEFORE = re.compile(
    rf"\b(?:joins|joined|joining|follows|followed)\s+{_NAME}(?:[\s,]+(?:and\s+)?{_NAME})*\s+in\b"
    r"|\bthe\s+(?:second|third|fourth|fifth|sixth|latest|\d+(?:nd|rd|th))\s+(?:[\w-]+\s+){0,2}?to\b"
    rf"|,\s+after\s+{_NAME}\W*$"
)
_BESIDE = re.compile(
    rf"\b(?i:like|alongside|along\s+with|together\s+with)\s+{_NAME}|\b(?i:as)\s+(?:did|has|have|had|do|does)\b"
)


def only_side(claim: str, sentence: str) -> str | None:
    """ "refutes" where the sentence names another who did what the claim says its subject alone (or first)
    did, "neither" where it only tells the subject doing it against "the only"; else None."""
    only, first = _ONLY.search(claim), _FIRST.search(claim)
    asked = only or first
    if asked is None or NEGATIONS.search(claim) or not names_each(claim, sentence):
        return None
    rest = words_besides(claim, asked.start(), asked.end())
    if not rest or not all_named(rest, tokens(sentence)):
        return None
    if _BEFORE.search(sentence) or (only and _BESIDE.search(sentence)):
        return "refutes"
    if only and not _ALONE.search(sentence):
        return "neither"
    return None
