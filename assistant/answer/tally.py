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

Nor did the model read which side a tally's majority was on: "Councillors voted 31 to 4 to close the Elm
library" refuted "Did most councillors back the Elm library closure?" at 0.97, "MPs rejected the Tarn water
bill by 301 votes to 280" "Did most MPs vote against…?" at 0.98 (eval/stance_tally_majority.jsonl). Where the
claim asks whether most (a majority of) the voters backed or opposed something, and the sentence tells one
vote's tally, more votes than against, and every other word of the claim (the voters and the measure), the
majority was for the measure unless the vote rejected it ("rejected", "voted down", "55 to 45 against"):
that answers the claim either way. A vote to come ("will vote", "is expected") is the model's to read.
"""

from __future__ import annotations

import re

from assistant.answer.figures import NUMBER_WORDS
from assistant.answer.majority import MOST
from assistant.answer.negation import NEGATIONS
from assistant.answer.verbs import all_named, names_each, words_besides
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


# The claim's side: for the measure ("back", "support", "vote for", "vote to close") or against it.
_CLAIM_AGAINST = re.compile(r"\b(?:oppose[ds]?|reject(?:ed|s)?|vot(?:e|ed)\s+(?:down|against))\b", re.IGNORECASE)
_CLAIM_FOR = re.compile(
    r"\b(?:back(?:ed|s)?|support(?:ed|s)?|favou?r(?:ed|s)?|approve[ds]?|endorse[ds]?|vot(?:e|ed)\s+(?:for|in\s+favou?r|to))\b",
    re.IGNORECASE,
)
_SIDE_WORDS = frozenset(
    tokens("back backed support supported favour favor approve approved endorse oppose opposed reject")
)
# A vote that turned the measure down: its majority was against it.
_REJECTED = re.compile(
    r"\b(?:rejected|defeated|vetoed|blocked|voted\s+(?:\w+\s+){0,4}?against|voted\s+down|threw\s+out|thrown\s+out|"
    r"turned\s+down)\b",
    re.IGNORECASE,
)
_TO_COME = re.compile(r"\b(?:will|would|could|may|might|expected|set\s+to|due\s+to|plans?\s+to|if)\b", re.IGNORECASE)


def _number(word: str) -> int:
    return int(NUMBER_WORDS.get(word.lower(), word))


def _majority_side(claim: str, sentence: str) -> str | None:
    """ "supports" / "refutes" where the sentence's one tally says which side most voters took on what the claim
    asks most of them backed or opposed; else None."""
    most = MOST.search(claim)
    against, backed = _CLAIM_AGAINST.search(claim), _CLAIM_FOR.search(claim)
    voted = _VOTED.search(sentence)
    if most is None or bool(against) == bool(backed) or voted is None or _TO_COME.search(sentence):
        return None
    tallies = list(_TALLY.finditer(sentence, voted.start()))
    if len(tallies) != 1 or re.fullmatch(_NONE, tallies[0].group("against"), re.IGNORECASE):
        return None
    if _number(tallies[0].group("for")) <= _number(tallies[0].group("against")):
        return None
    rest = [t for t in words_besides(claim, most.start(), most.end()) if t not in _VOTE_WORDS | _SIDE_WORDS]
    if not rest or not all_named(rest, tokens(sentence)):
        return None
    after = sentence[tallies[0].end() :]
    rejected = bool(_REJECTED.search(sentence) or re.match(r"\s*(?:votes?\s+)?against\b", after))
    return "supports" if rejected == bool(against) else "refutes"


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
    "supports" where it had none and the sentence names the claim's words; the side of its majority against a
    claim about most voters (`_majority_side`); else None."""
    if NEGATIONS.search(claim) or not names_each(claim, sentence):
        return None
    if not _UNANIMOUS.search(claim):
        return _majority_side(claim, sentence)
    votes = _against(sentence)
    if not votes or len(set(votes)) != 1:
        return None
    if votes[0]:
        return "refutes"
    rest = [t for t in tokens(claim) if t not in _VOTE_WORDS]
    return "supports" if all_named(rest, tokens(sentence)) else None
