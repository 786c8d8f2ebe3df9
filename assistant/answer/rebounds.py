"""A move on one day told after the opposite move on another dates each: "Kelso Mining shares rebounded on Monday after
a sharp fall on Friday" refutes "Did Kelso Mining shares fall on Monday?".

The stance model reads the fall and the day and not which goes with which: that sentence supported the claim at 0.99,
and so did "The Norland krone steadied on Tuesday after falling sharply on Monday" "Did the krone fall on Tuesday?"
(eval/stance_rebounds.jsonl).

The reading: the claim asks, not negated, whether its thing rose or fell on a weekday or in a month; the sentence's
main clause names that day with a move the other way or a steadying (rebounded, recovered, steadied, stabilised; for
a claim of a rise, fell, eased or steadied) and not the claim's own, and "after" or "following" it tells the claim's
move without the claim's day; every other word of the claim is in that clause. Then it refutes. The claim's move on
the day the "after" clause gives ("Did the shares fall on Friday?") is left to the model, which reads it right.
"""

from __future__ import annotations

import re

from assistant.answer.schedule import days_named
from assistant.answer.verbs import NEGATED, all_named, names_each
from assistant.answer.verbs import verb_tokens as tokens

_DOWN = (
    r"fall|falls|fell|fallen|falling|drop|drops|dropped|dropping|slump\w*|slid|slide|slides|sliding|slip|slips|"
    r"slipped|slipping|declin\w*|loss|losses|lost|lose|loses|losing|sell-?offs?|dip|dips|dipped|dipping|tumbl\w*|"
    r"plung\w*|eas(?:e|es|ed|ing)|weaken\w*"
)
_UP = r"rise|rises|rose|risen|rising|gain\w*|climb\w*|jump\w*|surg\w*|rall(?:y|ies|ied|ying)|soar\w*|strengthen\w*"
_STILL = r"steadied|steady|stabili[sz]ed|held\s+steady|flat|did\s+not\s+change|unchanged"
_BACK = r"recover(?:s|ed|ing)?|rebound(?:s|ed|ing)?|bounced\s+back|pared\s+(?:its\s+|their\s+)?losses"
_MOVES = {
    "down": re.compile(rf"\b(?:{_DOWN})\b", re.IGNORECASE),
    "up": re.compile(rf"\b(?:{_UP})\b", re.IGNORECASE),
}
# What says the claim's move did not happen that day: the other way, or holding still.
_AGAINST = {
    "down": re.compile(rf"\b(?:{_UP}|{_STILL}|{_BACK})\b", re.IGNORECASE),
    "up": re.compile(rf"\b(?:{_DOWN}|{_STILL})\b", re.IGNORECASE),
}
_AFTER = re.compile(r"\s(?:after|following)\s", re.IGNORECASE)
_ASKS_MOVE = re.compile(r"^\W*(?:did|has|have|had|was|were)\b", re.IGNORECASE)


def rebound_side(claim: str, sentence: str) -> str | None:
    """ "refutes" where the sentence gives the claim's day to another move and the claim's move to another day
    (see above); else None."""
    if NEGATED.search(claim) or not _ASKS_MOVE.search(claim):
        return None
    ways = [way for way, pattern in _MOVES.items() if pattern.search(claim)]
    days = days_named(claim, asked=True)
    if len(ways) != 1 or not days:
        return None
    way = ways[0]
    split = _AFTER.search(sentence)
    if split is None:
        return None
    main = re.split(r"[;:]", sentence[: split.start()])[-1]
    after = re.split(r"[,;:.]", sentence[split.end() :])[0]
    if not (days & days_named(main)) or days & days_named(after):
        return None
    if _MOVES[way].search(main) or not _AGAINST[way].search(main) or not _MOVES[way].search(after):
        return None
    moved = _MOVES[way].search(claim)
    rest = [t for t in tokens(claim[: moved.start()] if moved else claim) if t not in {d.lower() for d in days}]
    if names_each(claim, main) and all_named(rest, tokens(main)):
        return "refutes"
    return None
