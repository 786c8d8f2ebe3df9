"""A vote's tally against a claim that the vote was unanimous.

The stance model does not read a tally as a count of votes on each side: "The committee voted six to one
to close the Elm library" supported "Did the committee vote unanimously to close the Elm library?" at
0.99, "approved the dog ban without a single vote against" refuted "Did the Ostby council vote
unanimously for the dog ban?" at 0.99, and "by 22 votes to 3", "passed 14-2" or "ruled 5-4" said neither
to a claim of unanimity (eval/stance_tallies.jsonl).

The reading: the claim, not negated, says the vote was unanimous, and the sentence names every name it
gives and tells one vote: a tally ("by 31 votes to 4", "voted nine to two", "passed the bill 52-48",
"ruled 5-4", "voted 78% in favour") or a vote with no one against ("unanimously", "by 25 votes to none",
"without a single vote against"). Votes on both sides refute the claim; none against supports it where the
sentence also names the claim's other words ("approve" is not "rejected": that is the model's to read).
A score is no vote ("won the cup final 3-1": no verb of voting or ruling before it).
"""

from __future__ import annotations

import re

from assistant.answer.figures import NUMBER_WORDS
from assistant.answer.negation import NEGATIONS
from assistant.answer.verbs import all_named, names_each
from assistant.answer.verbs import verb_tokens as tokens

_UNANIMOUS = re.compile(r"\bunanimous(?:ly)?\b", re.IGNORECASE)
_N = r"\d{1,3}|" + "|".join(NUMBER_WORDS)  # not a year: "in 2019-20"
_NONE = r"none|nil|zero|nobody|no\s+one"
# A vote told: a verb of voting or ruling, or "by" before a count of votes.
_VOTED = re.compile(
    rf"\b(?:voted|votes|vote|passed|approved|backed|rejected|ruled|endorsed|adopted|defeated|carried|elected|"
    rf"confirmed|agreed)\b|\bby\s+(?=(?:{_N})\b)",
    re.IGNORECASE,
)
# Each tally after it: "passed the water bill 52-48", "voted six to one", "by 31 votes to 4".
_TALLY = re.compile(
    rf"\b(?P<for>{_N})(?:\s+votes?)?\s*(?:-|–|\bto\b)\s*(?P<against>{_N}|{_NONE})\b(?!\s*(?:%|per\s?cent))",
    re.IGNORECASE,
)
_SHARE = re.compile(
    r"\bvoted\s+(?P<share>\d{1,3}(?:\.\d+)?)\s?(?:%|per\s?cent\b)\s+(?:in\s+favour|in\s+favor|for|to)\b", re.IGNORECASE
)
_NO_ONE_AGAINST = re.compile(
    r"\bunanimous(?:ly)?\b|\bwithout\s+(?:a\s+single|a|any)\s+(?:vote|one)\s+(?:against|opposing)\b"
    r"|\bwith\s+no\s+(?:votes?\s+against|one\s+(?:voting\s+)?against|dissent)\b|\bnem(?:ine)?\.?\s+con\b",
    re.IGNORECASE,
)
# The claim's words for the vote itself, which any tally names.
_VOTE_WORDS = frozenset(tokens("vote votes voted voting decision ruling verdict unanimous unanimously"))


def _against(sentence: str) -> list[bool]:
    """For each vote the sentence tells, whether anyone voted against."""
    voted = _VOTED.search(sentence)
    tallies = _TALLY.finditer(sentence, voted.start()) if voted else ()
    votes = [not re.fullmatch(rf"0|{_NONE}", m.group("against"), re.IGNORECASE) for m in tallies]
    votes += [float(m.group("share")) < 100 for m in _SHARE.finditer(sentence)]
    votes += [False for _ in _NO_ONE_AGAINST.finditer(sentence)]
    return votes


def tally_side(claim: str, sentence: str) -> str | None:
    """ "refutes" where the sentence's one vote had votes against and the claim says it was unanimous,
    "supports" where it had none and the sentence names the claim's words; else None."""
    if not _UNANIMOUS.search(claim) or NEGATIONS.search(claim) or not names_each(claim, sentence):
        return None
    votes = _against(sentence)
    if not votes or len(set(votes)) != 1:
        return None
    if votes[0]:
        return "refutes"
    rest = [t for t in tokens(claim) if t not in _VOTE_WORDS]
    return "supports" if all_named(rest, tokens(sentence)) else None
