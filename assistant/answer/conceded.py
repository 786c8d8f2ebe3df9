"""A concession: who conceded an election lost it, and whom they conceded to won it.

The stance model reads "concede" as a refusal of whatever the claim says: "Mara Voss conceded defeat in the
Tarn election" refuted "Did Mara Voss lose the Tarn election?" at 0.94, "conceded the Tarn election to Tom
Reyes" refuted "Did Tom Reyes win…?" at 0.99, and a concession of something else or none at all refuted a
claim of losing just as firmly: "Ostby conceded two goals in the first half of the final" (0.99), "conceded
that its planning rules were out of date" (0.86), "refused to concede" (0.89), "is expected to concede"
(0.98) (eval/stance_conceded.jsonl).

The reading: the sentence says its subject conceded defeat, an election (the race, the seat, the primary…)
or conceded to someone, done (not refused, expected or denied). A claim that the subject lost, accepted
defeat or conceded it supports; that the subject won, or refused to concede, refutes; that the one conceded
to won supports, lost refutes. A concession not done, or of something else (goals, a point, "conceded
that…"), says neither to a claim that the subject lost or won.
"""

from __future__ import annotations

import re

from assistant.answer.verbs import done_by, names_each
from assistant.answer.verbs import verb_tokens as tokens

_CONTEST = r"election|race|contest|seat|vote|nomination|primary|run-?off|leadership|ballot|presidency|mayoralty"
_CONCEDED = re.compile(
    r"\bconced(?:ed|es|e|ing)\b(?P<what>\s+(?:defeat|the\s+(?:[\w'’-]+\s+){0,3}?(?:"
    rf"{_CONTEST})\b))?(?:\s+to\s+(?P<to>[A-Z][^,;.]*?)(?=\s+(?:in|at|on|after|before|for|and|late|early)\b|[,;.]|$))?",
)
_NOT_DONE = re.compile(
    r"\b(?:refused|refuses|refusing|declined|declines|will|would|could|may|might|expected|likely|yet|not|never|"
    r"urged|urging|called\s+on|pressure)\b|n[’']t\b",
    re.IGNORECASE,
)
_LOSE = tokens("lose lost")
_WIN = tokens("win won")
_ACCEPT = tokens("accept accepted concede conceded")
_REFUSE = tokens("refuse refused")


def conceded_side(claim: str, sentence: str) -> str | None:
    """ "supports" / "refutes" where the sentence's concession answers whether the claim's subject lost, won
    or accepted defeat; "neither" where a concession not done or of something else is all it says to a claim
    of losing or winning; else None."""
    m = _CONCEDED.search(sentence)
    if m is None or not names_each(claim, sentence):
        return None
    before = re.split(r"[;:]|,\s+(?:but|and)\b|\bbut\b", sentence[: m.start()])[-1]
    to = m.group("to") or ""
    if _NOT_DONE.search(before) or not (m.group("what") or to):
        lost_or_won = any(done_by(claim, words, sentence) for words in (_LOSE, _WIN))
        return "neither" if lost_or_won else None
    if done_by(claim, _REFUSE, before):
        return "refutes"
    if done_by(claim, _LOSE, before) or done_by(claim, _ACCEPT, before):
        return "supports"
    if done_by(claim, _WIN, before):
        return "refutes"
    if to and done_by(claim, _WIN, to):
        return "supports"
    if to and done_by(claim, _LOSE, to):
        return "refutes"
    return None
