"""A reaction to a deed takes the deed as done: "Press groups condemned the jailing of the journalist" tells that the
journalist was jailed.

The stance model read the disapproval as a denial: that sentence refuted "Was the journalist jailed?" at 0.97,
"Rights groups criticised Leo Carr's arrest" refuted "Was Leo Carr arrested?" at 0.93, "Organisers criticised Tarn's
ban on the march" "Did Tarn ban the march?" at 0.99; and it read a deed only planned, proposed or demanded as done or
denied: "Ana Kell demanded the arrest of Leo Carr" supported "Was Leo Carr arrested?" at 0.99, "Unions condemned
Corvel's planned closure of the Marden plant" refuted "Did Corvel close the Marden plant?" at 0.98
(eval/stance_reaction_presumes.jsonl).

The reading: the claim asks, not of the future, whether a deed was done ("Was Leo Carr arrested?", "Did Corvel close
the Marden plant?"); the sentence reacts to a deed named by a noun of the claim's verb ("condemned / criticised /
welcomed / mourned / protested against the arrest of Leo Carr", "…Corvel's closure of the Marden plant"). Where the
reaction is a demand ("demanded / called for / urged") or the deed only a prospect ("the planned / proposed /
threatened closure", "the decision to close"), the sentence says neither. Otherwise, where the reaction's object holds
every other word of the claim, it supports; where it names someone the claim does not, and not the claim's words, it
says neither ("criticised the arrest of Tom Reyes, Leo Carr's lawyer"). A deed the object denies ("welcomed Corvel's
decision not to close") is the model's to read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answer.verbs import ASKS_FUTURE, PAST_FORMS, same_stem, verb_tokens

_REACTS = (
    r"condemn(?:s|ed|ing)?|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|denounc(?:e|es|ed|ing)|deplor(?:e|es|ed|ing)|"
    r"protest(?:s|ed|ing)?(?:\s+(?:against|over|at))?|attack(?:s|ed|ing)?|mourn(?:s|ed|ing)?|regrett?(?:s|ed|ing)?|lament(?:s|ed|ing)?|"
    r"welcom(?:e|es|ed|ing)|prais(?:e|es|ed|ing)|hail(?:s|ed|ing)?|applaud(?:s|ed|ing)?|celebrat(?:e|es|ed|ing)|"
    r"slamm?(?:s|ed|ing)?|blast(?:s|ed|ing)?|challeng(?:e|es|ed|ing)|appeal(?:s|ed|ing)?\s+against|"
    r"question(?:s|ed|ing)?"
)
_DEMANDS = (
    r"demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?\s+for|"
    r"campaign(?:s|ed|ing)?\s+for"
)
# Any reaction or demand, for `told_by`: what someone reacts to is no deed of theirs.
REACTIONS = rf"(?:{_DEMANDS}|{_REACTS})"
_REACTION = re.compile(rf"\b(?:(?P<demand>{_DEMANDS})|{_REACTS})\s+(?P<what>[^,;.:]+)", re.IGNORECASE)
# A deed only in prospect: "the planned closure", "plans to close", "the decision to close".
_PROSPECT = re.compile(
    r"\b(?:planned|proposed|threatened|possible|potential|expected|looming|imminent|intended|mooted|rumou?red|"
    r"future|any|plans?|proposals?|decision|move|bid|attempts?|efforts?|threats?|calls?)\b",
    re.IGNORECASE,
)
_DENIED = re.compile(r"\b(?:not|no|never|without)\b", re.IGNORECASE)
_CAPITALISED = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][\w’'-]*")


_DET = r"(?:the|a|an|its|his|her|their|this|that|these|those)"
_AUX = frozenset(("was", "were", "did", "does", "do", "has", "have", "had", "been", "is", "are", "be", "being"))
_WORDS = re.compile(r"[A-Za-z][\w’'-]*")


@lru_cache(maxsize=256)  # asked once per sentence weighed, of the same claim
def _verbs(claim: str) -> tuple[str, ...]:
    """The claim's words that may be its verb. In a "Did …?" question: lower-case words, not an auxiliary, not after a
    determiner, not possessive ("Did Corvel close the Marden plant?": close, plant); elsewhere only a past form after
    its subject, ending in "-ed" or an irregular past ("Was the journalist jailed?", "Leo Carr was arrested.")."""
    did = re.match(r"\s*(?:Did|Do|Does)\b", claim) is not None
    out: list[str] = []
    for m in _WORDS.finditer(claim):
        word = m.group()
        before = claim[: m.start()]
        if word[0].isupper() or word.lower() in _AUX or re.fullmatch(_DET, word, re.IGNORECASE):
            continue
        if re.search(rf"\b{_DET}\s+$", before, re.IGNORECASE) or re.match(r"[’']s\b", claim[m.end() :]):
            continue
        if did or word.endswith("ed") or word.lower() in PAST_FORMS:
            out.extend(verb_tokens(word))
    return tuple(out[:2])


def _deed(what: str, verb: str) -> re.Match[str] | None:
    """The noun in `what` for the claim's verb, as a deed: "the arrest of", "Leo Carr's arrest", "ban on"."""
    for m in _WORDS.finditer(what):
        token = verb_tokens(m.group())
        if not token or not same_stem(token[0], verb) or re.match(r"[’']s\b", what[m.end() :]):
            continue
        before, after = what[: m.start()], what[m.end() :]
        if re.search(rf"(?:\b{_DET}|[’']s)\s+(?:[\w-]+\s+)?$", before, re.IGNORECASE) or re.match(
            r"\s+(?:of|on|against|from|by|over)\b", after
        ):
            return m
    return None


def reaction_side(claim: str, sentence: str) -> str | None:
    """ "supports" where the sentence reacts to the claim's deed as done, "neither" where to it only planned or
    demanded, or to someone else's (see above); else None."""
    if ASKS_FUTURE.search(claim):
        return None
    asked = verb_tokens(claim)
    for m in _REACTION.finditer(sentence):
        if re.search(rf"\b(?:{_DET}|of|in|my|our|your)\s+$", sentence[: m.start()], re.IGNORECASE):
            continue  # a noun ("the challenges", "in terms of demands"), not a reaction
        what = m["what"]
        found = next(((verb, deed) for verb in _verbs(claim) if (deed := _deed(what, verb))), None)
        if found is None:
            continue
        verb, deed = found
        if _DENIED.search(what):
            return None  # "welcomed Corvel's decision not to close": the model's to read
        if m["demand"] or _PROSPECT.search(what[: deed.start()]):
            return "neither"
        rest, told = {a for a in asked if a != verb}, set(verb_tokens(what))
        if rest <= told:
            return "supports"
        claim_names = set(verb_tokens(" ".join(_CAPITALISED.findall(claim))))
        others = set(verb_tokens(" ".join(_CAPITALISED.findall(what)))) - claim_names
        return "neither" if others and not rest & told else None
    return None
