"""Who beat whom: a contest told with its winner and loser, against a claim that names both sides.

The stance model reads a contest between the same two as the claim's, whichever way round it went:
"Harlow beat Ostby 3-1" supported "Did Ostby beat Harlow?" at 0.79 and refuted "Did Ostby lose to
Harlow?" at 0.77, "Mia Stone beat Ana Kell in straight sets" supported "Did Ana Kell beat Mia Stone…?" at
0.99, "Ostby were beaten 2-0 by Harlow" supported "Did Ostby beat Harlow?" at 0.79, and "Ostby beat
Corvel…" supported "Did Ostby beat Harlow?" at 0.91 (eval/stance_who_beat.jsonl).

The reading: the claim asks whether one side beat (defeated, won against) the other, lost to it, or was
beaten by it, naming both; the sentence tells one contest that is over, with its winner and loser: "A
beat / defeated / thrashed / knocked out B", "B lost / went down (2-0) to A", "B was beaten (2-0) by A",
"B suffered a 3-1 defeat by A", or a draw ("A and B drew 1-1", "A drew with B", "A were held to a draw by
B"). Where the sentence's sides are the claim's, the result says yes or no (a draw: no one beat anyone);
where it names the claim's first side against someone else, it says neither. A contest still to come ("will
face", "could beat"), a sentence that tells two, a side told by a pronoun ("officers beat him") or a claim
with no opponent ("Did Ostby win the league?") is left to the model.

Nor did the model read who lost what the contest was: "Harlow beat Ostby 3-1 in the Tarn cup final"
supported "Did Ostby win the Tarn cup final?" at 0.94 (eval/stance_contest_won.jsonl). A claim that one
side won or lost what it names ("the Tarn cup final"), against the sentence's one contest that names it
too, is answered by which side that one was on; another round ("the semi-final" for "the final") says
neither.

A contest told as a noun was misread too: "Ostby Rovers sacked their manager hours after a 4-0 home defeat
by Ashby Town" refuted "Did Ostby Rovers lose to Ashby Town?" at 0.98, "Brenna went top with a 2-0 victory
over Marlow" supported "Did Marlow beat Brenna?" at 0.97 (eval/stance_defeat_told.jsonl). A defeat or loss
by / to / against a side, or a win or victory over one, is the contest of its owner ("Harlow's 2-1 win over
Ostby") or of its clause's subject ("Tarn slumped to a 3-0 loss against Corvel"). Of two contests, the one
against a side the claim names is read.
"""

from __future__ import annotations

import re

from assistant.answer.negation import NEGATIONS
from assistant.answer.verbs import all_named, names_each
from assistant.answer.verbs import verb_tokens as tokens

_SCORE = r"(?:\s+\d{1,3}\s?[-–]\s?\d{1,3})?"
# Where a side's name ends: a score, a time, a place, the next clause.
_END = r"(?=\s*(?:[,;:.]|\d|$)|\s+(?:in|at|on|for|after|before|to|with|during|this|last|by|thanks|despite|and|but)\b)"
# Where the clause of the first side starts.
_CLAUSE = re.compile(r"[,;:]|\b(?:after|and|but|while|when|as|that|said|says|since|because)\b", re.IGNORECASE)
_BEAT = (
    r"beat|beats|defeated|defeats|thrashed|hammered|routed|crushed|edged|overcame|outclassed|knocked\s+out|"
    r"eliminated|saw\s+off|swept|won\s+against"
)
# "A beat B": the winner first.
_WINNER_FIRST = re.compile(rf"\b(?:{_BEAT})\s+(?P<other>[^,;:.]+?){_END}", re.IGNORECASE)
# The loser first: "B lost 2-0 to A", "B was beaten by A", "B suffered a 3-1 home defeat by A".
_LOSER_FIRST = re.compile(
    r"\b(?:(?:lost|loses|went\s+down|fell)(?:\s+[\w-]+){0,3}?\s+(?:to|against)|"
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:beaten|defeated|thrashed|hammered|routed|crushed|"
    r"knocked\s+out|eliminated|edged\s+out|swept)(?:\s+[\w-]+){0,3}?\s+by|"
    r"suffered\s+(?:a|an|their|its|his|her)(?:\s+[\w-]+){0,3}?\s+(?:defeat|loss)\s+(?:by|to|against|at\s+the\s+hands\s+of))"
    rf"\s+(?P<other>[^,;:.]+?){_END}",
    re.IGNORECASE,
)
# A draw: "A and B drew 1-1", "A drew 0-0 with B", "A held B to a draw", "A were held to a 1-1 draw by B" (which the
# model had read as A beating B, 0.98: eval/stance_held_to_draw.jsonl).
_DREW = re.compile(
    rf"\b(?:and\s+(?P<other2>[^,;:.]+?)\s+drew\b|drew{_SCORE}\s+with\s+(?P<other>[^,;:.]+?){_END}|"
    rf"held\s+(?P<other3>[^,;:.]+?)\s+to\s+a{_SCORE}\s+draw\b|"
    rf"(?:was|were|has\s+been|have\s+been|had\s+been)\s+held\s+to\s+an?(?:{_SCORE}|\s+(?:goalless|scoreless|"
    rf"home|away))*\s+draw\s+by\s+(?P<other4>[^,;:.]+?){_END})",
    re.IGNORECASE,
)
# The contest told as a noun: its side is the owner ("Harlow's 2-1 win over Ostby", "Ana Kell's defeat by Mia
# Stone") or the clause's subject ("Ostby sacked their manager after a 4-0 home defeat by Ashby", "Tarn slumped
# to a 3-0 loss against Corvel", "Brenna went top with a 2-0 victory over Marlow").
_TOLD_AS_NOUN = re.compile(
    r"(?:(?P<owner>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}?)(?:['’]s\b|(?<=s)['’])|"
    r"\b(?:after|following|despite|since|to|with|in)\s+(?:a|an|their|its|his|her)\b)(?:\s+[\w-]+){0,3}?\s+"
    r"(?:(?P<loss>defeat|loss|thrashing|drubbing)\s+(?:by|to|against|at\s+the\s+hands\s+of)|"
    rf"(?:win|victory|triumph)\s+(?:over|against))\s+(?P<other>[^,;:.]+?){_END}"
)
_NOT_DONE = re.compile(
    r"\b(?:will|would|could|might|may|should|can|expected|hopes?|hoping|aims?|bid\s+to|try|trying|if|unless|face|"
    r"faces|facing)\b",
    re.IGNORECASE,
)
# "Did Ostby win the Tarn cup final?": one side, and what it won or lost, with no opponent.
_WON_WHAT = re.compile(
    r"^\W*(?:did|has|have|had)\s+(?P<a>.+?)\s+(?P<verb>win|won|lose|lost)\s+"
    r"(?P<what>(?:the|a|an|their|its|his|her)\s+[^?.!]+?)\s*[?.!]?\s*$",
    re.IGNORECASE,
)
_PASSIVE = re.compile(r"\b(?:was|were|been|be|being|is|are)\s*$", re.IGNORECASE)
_PRONOUN = re.compile(r"^\W*(?:he|she|they|it|we|him|her|them|us|me|you)\W*$", re.IGNORECASE)
_SIDE_END = r"(?=\s+(?:in|at|on|for|during|this|last|by|to\s+win|with)\b|\s*[?.!,]|$)"
# The claim: "Did A beat / win against B?" (A won), "Did A lose to B?", "Was A beaten by B?" (B won).
_ASKED = re.compile(
    r"^\W*(?:did|has|have|had)\s+(?P<a>.+?)\s+(?:(?P<beat>beat|defeat|overcome|knock\s+out|eliminate|"
    r"win\s+(?:(?:the|their|its|his|her)\s+(?:[\w-]+\s+){0,2}?)?against)|(?P<lose>lose|lost)(?:\s+[\w-]+){0,3}?\s+"
    rf"(?:to|against))\s+(?P<b>.+?){_SIDE_END}"
    r"|^\W*(?:was|were|has|have|had)\s+(?P<a2>.+?)\s+(?:been\s+)?(?:beaten|defeated|knocked\s+out|eliminated)\s+by\s+"
    rf"(?P<b2>.+?){_SIDE_END}",
    re.IGNORECASE,
)


def _contests(sentence: str) -> list[tuple[str, str, str, str]]:
    """Each contest the sentence tells: (first side, other side, "won" / "lost" / "drew" for the first, and
    its clause up to the other side)."""
    out = []
    for pattern, result in ((_WINNER_FIRST, "won"), (_LOSER_FIRST, "lost"), (_DREW, "drew")):
        for m in pattern.finditer(sentence):
            first = _CLAUSE.split(sentence[: m.start()])[-1]
            if result == "won" and _PASSIVE.search(first):  # "were knocked out by": `_LOSER_FIRST`'s
                continue
            other = next(g for g in (m.groupdict().get(k) for k in ("other", "other2", "other3", "other4")) if g)
            out.append((first, other, result, first + m.group()))
    for m in _TOLD_AS_NOUN.finditer(sentence):
        first = m.group("owner") or _CLAUSE.split(sentence[: m.start()])[-1]
        clause = _CLAUSE.split(sentence[: m.start()])[-1] + m.group()
        out.append((first, m.group("other"), "lost" if m.group("loss") else "won", clause))
    return out


def _won_what(claim: str, sentence: str, found: list[tuple[str, str, str, str]]) -> str | None:
    """ "supports" / "refutes" where the claim asks whether one side won or lost what the sentence's one contest
    was ("Did Ostby win the Tarn cup final?" of "Harlow beat Ostby 3-1 in the Tarn cup final"), else None."""
    asked = _WON_WHAT.search(claim)
    if asked is None or len(found) != 1 or _NOT_DONE.search(found[0][3]):
        return None
    first, other, result, _ = found[0]
    side, what = tokens(asked.group("a")), asked.group("what")
    last = re.findall(r"[\w'’]+", what)[-1:]
    if not side or not last or not all_named(tokens(what), tokens(sentence)):
        return None
    another_round = not re.search(rf"(?<![\w-]){re.escape(last[0])}\b", sentence, re.IGNORECASE)
    if all_named(side, tokens(first)) and not all_named(side, tokens(other)):
        side_won = result == "won"
    elif all_named(side, tokens(other)) and not all_named(side, tokens(first)):
        side_won = result == "lost"
    else:
        return None
    if another_round:  # "Ostby beat Corvel in the semi-final" tells nothing of the final
        return "neither"
    if result == "drew":
        return "refutes"
    return "supports" if side_won == (asked.group("verb").lower() in ("win", "won")) else "refutes"


def _against_either(
    found: list[tuple[str, str, str, str]], a: tuple[str, ...], b: tuple[str, ...]
) -> list[tuple[str, str, str, str]]:
    """Of two or more contests, those against a side the claim names ("Tarn's 3-0 win over Ashby came days
    after a 2-1 defeat by Corvel", asked about Corvel); one contest as it is."""
    if len(found) < 2:
        return found
    return [c for c in found if all_named(a, tokens(c[1])) or all_named(b, tokens(c[1]))]


def contest_side(claim: str, sentence: str) -> str | None:
    """ "supports" / "refutes" where the sentence's one contest, between the claim's two sides, went the
    claim's way or the other, or where the claim asks whether one side won or lost what the contest was;
    "neither" where it was against someone else; None otherwise."""
    if NEGATIONS.search(claim) or not names_each(claim, sentence):
        return None
    asked = _ASKED.search(claim)
    if asked is None:
        return _won_what(claim, sentence, _contests(sentence))
    a, b = (asked.group("a"), asked.group("b")) if asked.group("a") else (asked.group("a2"), asked.group("b2"))
    a_won = bool(asked.group("beat"))  # "Did A lose to B?", "Was A beaten by B?": B won
    claimed_a, claimed_b = tokens(a), tokens(b)
    found = _against_either(_contests(sentence), claimed_a, claimed_b)
    if len(found) != 1 or not claimed_a or not claimed_b:
        return None
    first, other, result, clause = found[0]
    if _NOT_DONE.search(clause):
        return None
    if _PRONOUN.search(first) or _PRONOUN.search(other):  # whom it names is the model's to read
        return None
    first_t, other_t = tokens(first), tokens(other)
    if all_named(claimed_a, first_t) and all_named(claimed_b, other_t):
        order = "same"
    elif all_named(claimed_b, first_t) and all_named(claimed_a, other_t):
        order = "swapped"
    elif all_named(claimed_a, first_t) or all_named(claimed_a, other_t):
        return "neither"  # the claim's side against someone else
    else:
        return None
    if result == "drew":
        return "refutes"
    first_won = result == "won"
    a_did_win = first_won if order == "same" else not first_won
    return "supports" if a_did_win == a_won else "refutes"
