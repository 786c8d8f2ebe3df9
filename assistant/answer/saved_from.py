"""Saved from closure is not closed: "The Tarn library was saved from closure by a council vote" refutes "Did the Tarn
library close?".

The stance model read the threat named and not the rescue: "Corvel was rescued from collapse by a buyer" supported "Did
Corvel go bust?" at 0.96 as read (the claim read as "Did Corvel collapse?"), "The Tarn hospital's A&E was saved from
closure after a campaign" supported "Did the Tarn hospital close its A&E?" at 0.91, and "saved from closure by a
council vote" said neither to "Did the Tarn library close?" (eval/stance_saved_from.jsonl).

The reading: the claim asks, not negated, whether something closed (shut), collapsed (went bust, under, into
administration), was demolished, relegated or axed; the sentence says that thing was saved, rescued or spared from
(or pulled back from the brink of) that fate: closure, collapse, administration, bankruptcy, demolition, relegation,
the axe; with every word the claim names for it in the clause before. Then it refutes. A rescue only hoped, fought
or bid for ("fighting to save", "could rescue") is left to the model, as is one that fell through.
"""

from __future__ import annotations

import re

from assistant.answer.verbs import NEGATED, clause_before, verb_tokens

# A claim's fate, and the nouns a rescue from it is told with.
_FATES = (
    (
        r"clos(?:e|es|ed|ing)|shut(?:s|ting)?(?:\s+down)?",
        r"closure|being\s+closed|shutting",
    ),
    (
        r"collaps(?:e|es|ed|ing)|(?:go|goes|went|gone|going)\s+(?:bust|under|into\s+(?:administration|receivership|"
        r"liquidation))|fold(?:s|ed)?",
        r"collapse|administration|receivership|liquidation|bankruptcy|insolvency|going\s+(?:bust|under)",
    ),
    (r"demolish(?:es|ed)?|(?:pulled|knocked|torn)\s+down", r"demolition|the\s+wrecking\s+ball|the\s+bulldozers?"),
    (r"relegated", r"relegation|the\s+drop"),
    (r"axed|scrapped|cut|dropped", r"the\s+axe|cuts?|closure"),
)
_SAVED = r"(?:saved|rescued|spared|pulled\s+back|snatched|plucked)(?:\s+from)?(?:\s+the\s+brink\s+of)?"
_HEDGED = re.compile(
    r"\b(?:could|may|might|would|will|hope\w*|try\w*|tried|fight\w*|bid|campaign\w*|plan\w*|aim\w*|to|if|whether|"
    r"unless|fail\w*|attempt\w*|effort\w*)\s*(?:[\w’'-]+\s+){0,4}$",
    re.IGNORECASE,
)


_COMPILED = tuple(
    (
        re.compile(rf"\b(?:{verb})\b", re.IGNORECASE),
        re.compile(rf"\b{_SAVED}\s+(?:{nouns})\b", re.IGNORECASE),
    )
    for verb, nouns in _FATES
)


def saved_from_side(claim: str, sentence: str) -> str | None:
    """ "refutes" where the sentence says the claim's thing was saved from the fate the claim says befell it (see
    above); else None."""
    if NEGATED.search(claim):
        return None
    for fate, saved in _COMPILED:
        asked = fate.search(claim)
        if asked is None:
            continue
        thing = set(verb_tokens(claim[: asked.start()] + " " + claim[asked.end() :]))
        for m in saved.finditer(sentence):
            before = clause_before(sentence, m.start())
            if _HEDGED.search(before) or NEGATED.search(before):
                return None
            if thing and thing <= set(verb_tokens(before)):
                return "refutes"
    return None
