"""Results: a place other than first is no win, and a seat or title retained was won.

The stance model reads any result as the claim's: "Rovers finished second in the Harland league" supported
"Did Rovers win the Harland league?" at 0.98, "Ada Quill was runner-up in the Tarn marathon" "Did Ada
Quill win the Tarn marathon?" at 0.99, "took silver in Oslo" "Did Ada Quill win gold in Oslo?" at 0.93,
"was nominated for best picture but lost to Harbour Lights" "Did the film win best picture?" at 0.99;
and a result kept as one lost: "Dana Voss retained the Ardmore seat" refuted "Did Dana Voss win the Ardmore
seat?" at 0.97.

The rule: the sentence gives its subject a place other than first ("finished / came / placed second",
"was runner-up", "took silver", "nominated for … but lost", "missed out on … to", "lost out to"), and the
claim asks whether that subject won: it refutes. Or the sentence says its subject retained, held, kept or
clung on to a seat, title, crown or championship, and the claim asks whether that subject won, kept,
retained or held it, or was re-elected (it supports), or lost it (it refutes). The subject must be named
before the result (`verbs.done_by`): "Ada Quill was runner-up behind Mia Stone" says nothing here of Mia
Stone. Left to the model: a claim to which a place may be an answer ("win a medal", "win seats", "in the
top three"), a seat held "since" a year (an incumbent, not a result).

Finishing behind someone ("crossed the line just behind the winner", "ended the season two points
behind Rovers") refutes a claim that the subject won, topped or was first in what the sentence names:
"Leo Carr finished behind Tom Reyes in the Marlow time trial" had supported "Did Leo Carr win…?" at 0.98
(eval/stance_behind.jsonl). Re-election is a seat kept: "Ana Kell was returned as MP for Tarn North" had
refuted "Did Ana Kell hold Tarn North?" at 0.93 (eval/stance_reelection.jsonl); not a forecast, nor an
answer to a claim about the size of the win. And what went to someone was won by them, not by another
the claim names: "The Tarn prize went to Leo Carr; Ana Kell had been the favourite" had supported "Did
Ana Kell win the Tarn prize?" at 0.99 (eval/stance_went_to.jsonl).
"""

from __future__ import annotations

import re

from assistant.answer.verbs import ASKS, all_named, done_by, same_stem
from assistant.answer.verbs import verb_tokens as tokens

_PLACE = (
    r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d+(?:st|nd|rd|th)|runners?-up|"
    r"joint\s+second|a\s+distant\s+(?:second|third)|a\s+close\s+second"
)
_BEHIND = re.compile(
    rf"\b(?:(?:finished|came|placed|ended|ended\s+up|was|were)\s+(?:as\s+)?(?:the\s+)?(?:{_PLACE})\b|"
    r"(?:was|were)\s+(?:the\s+)?runners?-up\b|took\s+(?:the\s+)?(?:silver|bronze)\b|"
    r"nominated\s+for\s+[^,;.]+?\s+but\s+lost\b|missed\s+out\s+on\s+[^,;.]+?\s+to\b|lost\s+out\s+to\b)",
    re.IGNORECASE,
)
# Behind someone: "crossed the line just behind the winner", "ended the season two points behind"; a
# place in what the sentence names, so the claim's race or league must be named too. Not a comeback: "came from
# behind to win the match" had refuted "Did Tarn win the match?" at 1.00 (eval/stance_came_from_behind.jsonl).
_TRAILED = re.compile(
    r"\b(?:finished|came(?:\s+home|\s+in)?|crossed\s+the\s+line|ended(?:\s+the\s+(?:season|year|race|day))?|"
    r"trailed(?:\s+in)?|placed)\s+(?:[\w.]+\s+){0,3}?behind\b"
    r"(?!\s+to\s+(?:win|beat|claim|clinch|snatch|seal|secure|take\s+(?:the\s+)?(?:title|win|victory|crown|gold)))",
    re.IGNORECASE,
)
_KEPT = re.compile(
    r"\b(?:retained|retains|held(?!\s+talks)|holds|kept|keeps|clung\s+on\s+to|hung\s+on\s+to|held\s+on\s+to|"
    r"successfully\s+defended)\s+(?:the|her|his|their|its)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?P<what>seat|title|crown|belt|championship|trophy)\b(?!\s+(?:since|for\s+\d))",
    re.IGNORECASE,
)
# Re-elected: a seat kept ("was returned as MP for Tarn North"); not a forecast ("is expected to be").
_RETURNED = re.compile(
    r"\b(?:(?:was|were|has\s+been|have\s+been)\s+re-?elected|won\s+re-?election|(?:was|were)\s+returned\s+as\s+"
    r"(?:the\s+)?(?:MP|member|mayor|councillor|senator|deputy|governor|president)\b)",
    re.IGNORECASE,
)
# What someone won, told by where it went: "The Tarn prize went to Leo Carr", "was awarded to Ostrel",
# "which went to …", "was won by …"; the winner runs to the next clause.
_WENT_TO = re.compile(
    r"\b(?:went|has\s+gone|had\s+gone|(?:was|were|has\s+been|had\s+been)\s+(?:awarded|given|won))\s+(?:to|by)\s+"
    r"(?P<winner>[^,;.]+?)(?=\s*(?:[,;.]|$)|\s+(?:for|after|on|in|this|last|ahead|beating|over|instead|with)\b)",
    re.IGNORECASE,
)
# Another year's prize is no answer about this one.
_ANOTHER_YEAR = re.compile(r"\b(?:last|previous|past)\s+(?:year|season|month|week)['’]s\b|\b(?:19|20)\d\d\b", re.I)
# A claim about the size of the win, which a re-election does not answer.
_BY_HOW_MUCH = re.compile(r"\b(?:majority|margin|votes|landslide|bigger|larger|increased|reduced|narrow\w*)\b", re.I)
_WIN = tokens("win won top first")
_KEEP = tokens("win keep retain hold defend")
_LOSE = tokens("lose lost")
# A claim to which a place may be the answer: "win a medal", "win seats", "in the top three".
_ANY_PLACE = re.compile(
    r"\b(?:win\w*|won)\s+(?:a\s+|any\s+)?(?:medals?|seats|places?|spots?|silver|bronze)\b"
    r"|\btop\s+(?:\d+|two|three|four|five|six|ten|half)\b",  # "finish in the top three"
    re.I,
)
_REELECTED = re.compile(r"^\W*(?:was|were|has|have|had|is)\s+(?P<who>.+?)\s+(?:been\s+)?re-?elected\b", re.I)


def _by(claim: str, words: tuple[str, ...], before: str) -> bool:
    """`verbs.done_by`, or the claim's subject named by its proper names alone: "the film Salt Road" in "Salt
    Road was nominated…"."""
    if done_by(claim, words, before):
        return True
    asked = ASKS.sub("", claim)
    verb = next(
        (m for m in re.finditer(r"[A-Za-z]+", asked) if any(same_stem(t, w) for t in tokens(m.group()) for w in words)),
        None,
    )
    if verb is None or verb.start() == 0:
        return False
    names = [t for m in re.finditer(r"\b[A-Z][\w'-]*", asked[: verb.start()]) for t in tokens(m.group())]
    said = set(tokens(before))
    return bool(names) and all(t in said for t in names)


def _won(claim: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The claim's words before and after the one that asks whether its subject won: who ("Ana Kell") and
    what ("the Tarn marathon"); nothing where it asks no such thing."""
    asked = tokens(ASKS.sub("", claim))
    at = next((i for i, t in enumerate(asked) if any(same_stem(t, w) for w in _WIN)), None)
    return ((), ()) if at is None else (tuple(asked[:at]), tuple(asked[at + 1 :]))


def _went_to(claim: str, sentence: str) -> str | None:
    """ "supports" where what the claim says its subject won went to the subject, "refutes" where it went
    to someone the claim does not name; None where the sentence does not say where it went."""
    went = _WENT_TO.search(sentence)
    if went is None or _ANOTHER_YEAR.search(sentence[: went.start()]):
        return None
    who, what = _won(claim)
    if not who or not what or not all_named(what, tokens(sentence[: went.start()])):
        return None
    return "supports" if set(who) <= set(tokens(went.group("winner"))) else "refutes"


# A claim about any time ("Has Leo Carr ever won…?", "…won it before?", "previously"), which one result other than
# first does not answer: "finished second this year" had refuted "Has Leo Carr ever won the Tarn marathon?" at 0.90
# (eval/stance_ever_won.jsonl).
_ANY_TIME = re.compile(r"\b(?:ever|previously|once)\b|\b(?:before|in\s+the\s+past)\W*$", re.IGNORECASE)


def ever_side(claim: str, sentence: str) -> str | None:
    """ "neither" where the sentence gives the claim's subject a place other than first, or behind someone, and the
    claim asks whether they ever won; else None."""
    if not _ANY_TIME.search(claim) or _ANY_PLACE.search(claim):
        return None
    for m in (_BEHIND.search(sentence), _TRAILED.search(sentence)):
        if m and _by(claim, _WIN, sentence[: m.start()]):
            return "neither"
    return None


def result_side(claim: str, sentence: str) -> str | None:
    """ "refutes" / "supports" where the sentence's result answers whether the claim's subject won, kept or
    lost; else None."""
    behind = _BEHIND.search(sentence)
    if behind and not _ANY_PLACE.search(claim) and _by(claim, _WIN, sentence[: behind.start()]):
        return "refutes"
    trailed = _TRAILED.search(sentence)
    if (
        trailed
        and not _ANY_PLACE.search(claim)
        and _by(claim, _WIN, sentence[: trailed.start()])
        and all_named(_won(claim)[1], tokens(sentence))
    ):
        return "refutes"
    went = _went_to(claim, sentence)
    if went is not None:
        return went
    kept = _KEPT.search(sentence)
    returned = _RETURNED.search(sentence) if kept is None and not _BY_HOW_MUCH.search(claim) else None
    found = kept or returned
    if found is None:
        return None
    before = sentence[: found.start()]
    if _by(claim, _LOSE, before):
        return "refutes"
    if _by(claim, _KEEP, before):
        return "supports"
    again = _REELECTED.search(claim)
    seat = returned is not None or (kept is not None and kept.group("what").lower() == "seat")
    if again and seat and done_by(f"Did {again.group('who')} win", _WIN, before):
        return "supports"
    return None
