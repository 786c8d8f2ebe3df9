"""A charge, conviction, arrest or sentence for another offence says nothing of the claim's: "Leo Carr was charged with
manslaughter" is no answer to "Was Leo Carr charged with murder?".

The stance model read any offence as the claim's: that sentence supported the claim at 0.82, "Leo Carr was convicted
of theft" supported "Was Leo Carr convicted of fraud?" at 0.97, "jailed for burglary" "jailed for robbery?" at 1.00,
"charged with sexual assault" "charged with rape?" at 0.99, "charged with attempted murder" "charged with murder?"
at 0.91. And where the claim names no offence it read the one the sentence names as a contradiction: "Leo Carr was
charged with theft" refuted "Was Leo Carr charged?" at 0.92 (eval/stance_other_offence.jsonl).

The reading: the claim asks about a step of a criminal case (charged with, convicted of, found guilty of, accused
of, arrested on suspicion of, jailed for, cleared of, admitted…) and names an offence (`_OFFENCES`, longest first:
"attempted murder" is not "murder", "sexual assault" not "assault"); the sentence names one or more offences and
none of the claim's. Then it says neither. Where the claim names none ("Was Leo Carr charged?") and the sentence
tells, of the claim's person and in the claim's own verb, that they were charged (convicted, arrested…) with or of
something, it supports. A sentence that names the claim's offence, or none, is the model's to read.

Verdicts both ways in one sentence: "Leo Carr was convicted of manslaughter but cleared of murder" supported "Was
Leo Carr convicted of murder?" at 0.96, and "A jury acquitted Leo Carr of fraud but convicted him of theft"
"convicted of fraud?" at 0.90 (eval/stance_mixed_verdicts.jsonl). Where the claim asks whether someone was convicted
(found guilty) or cleared (acquitted, found not guilty) of one offence, and the sentence gives verdicts both ways,
the verdict on the claim's offence is the one told last before it: the claim's verdict supports, the other refutes;
of someone else, neither (`verdict_side`).

A verdict told with its offence or its reach, against a claim that names the verdict only: "Tom Reyes was cleared of
all charges" said neither to "Was Tom Reyes cleared?", "The suspect was convicted of all charges" refuted "Was the
suspect convicted?" at 0.87, and "Mara Voss was found not guilty of fraud" said neither to "Was Mara Voss convicted?"
(eval/stance_verdict_offence.jsonl). There the offence ("of fraud", "of all charges", "on all counts") is left out
(`without_offence_told`), where the sentence gives verdicts one way only.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answer.verbs import names_each

# Each offence and the words for it; where one offence's words hold another's ("attempted murder", "murder"), the
# longer comes first and is read first.
_OFFENCES = (
    ("attempted murder", r"attempted\s+murder|attempt(?:ing|ed)?\s+to\s+murder"),
    ("conspiracy to murder", r"conspir(?:acy|ing)\s+to\s+murder"),
    ("death by driving", r"causing\s+(?:the\s+)?death\s+by\s+(?:dangerous|careless)\s+driving"),
    ("murder", r"murder(?:s|ed|ing)?"),
    ("manslaughter", r"manslaughter|culpable\s+homicide"),
    ("dangerous driving", r"dangerous\s+driving"),
    ("careless driving", r"careless\s+driving"),
    ("drink-driving", r"drink[\s-]driving|drunk[\s-]driving|driving\s+under\s+the\s+influence"),
    ("sexual assault", r"sexual(?:ly)?\s+assault(?:s|ed|ing)?|indecent\s+assault"),
    ("rape", r"rap(?:e|es|ed|ing)"),
    ("assault", r"assault(?:s|ed|ing)?|grievous\s+bodily\s+harm|actual\s+bodily\s+harm|GBH|ABH|wounding"),
    ("robbery", r"(?:armed\s+)?robber(?:y|ies)"),
    ("burglary", r"burglar(?:y|ies)"),
    ("shoplifting", r"shoplifting"),
    ("handling stolen goods", r"handling\s+stolen\s+goods"),
    ("theft", r"thefts?|stealing"),
    ("false accounting", r"false\s+accounting"),
    ("fraud", r"fraud"),
    ("forgery", r"forger(?:y|ies)"),
    ("bribery", r"briber(?:y|ies)"),
    ("corruption", r"corruption"),
    ("money laundering", r"money[\s-]laundering|laundering\s+money"),
    ("tax evasion", r"tax\s+evasion|evading\s+tax"),
    ("embezzlement", r"embezzl(?:ement|ing)"),
    ("insider trading", r"insider\s+(?:trading|dealing)"),
    ("arson", r"arson"),
    ("criminal damage", r"criminal\s+damage|vandalism"),
    ("kidnapping", r"kidnap(?:p?ing)?|abduction"),
    ("blackmail", r"blackmail(?:ing)?|extortion"),
    ("harassment", r"harassment"),
    ("stalking", r"stalking"),
    ("perjury", r"perjury"),
    ("perverting justice", r"perverting\s+the\s+course\s+of\s+justice|obstruction\s+of\s+justice"),
    ("misconduct in public office", r"misconduct\s+in\s+(?:a\s+)?public\s+office"),
    (
        "drugs",
        r"drugs?[\s-](?:trafficking|dealing|smuggling|offences|possession)|possession\s+of\s+(?:class\s+\w\s+)?drugs",
    ),
    (
        "weapons",
        r"(?:firearms?|weapons?)\s+offences|possession\s+of\s+(?:a\s+|an\s+)?(?:firearm|gun|offensive\s+weapon)",
    ),
    ("people smuggling", r"people[\s-]smuggling|human\s+trafficking"),
    ("terrorism", r"terror(?:ism)?\s+offences|terrorism"),
    ("espionage", r"espionage|spying"),
    ("treason", r"treason"),
    ("violent disorder", r"violent\s+disorder|affray"),
    ("contempt of court", r"contempt\s+of\s+court"),
    ("war crimes", r"war\s+crimes|crimes\s+against\s+humanity|genocide"),
)
_COMPILED = tuple((name, re.compile(rf"\b(?:{words})\b", re.IGNORECASE)) for name, words in _OFFENCES)
_STEP = re.compile(
    r"\b(?:charged\s+with|convicted\s+of|(?:found\s+)?guilty\s+of|accused\s+of|suspected\s+of|arrested\s+(?:on\s+"
    r"suspicion\s+of|for|over)|jailed\s+for|imprisoned\s+for|sentenced\s+for|cleared\s+of|acquitted\s+of|admit(?:s|ted)?|"
    r"pleaded\s+(?:not\s+)?guilty\s+to|den(?:y|ies|ied)|on\s+trial\s+for|investigated\s+for|prosecuted\s+for)\b",
    re.IGNORECASE,
)
# "Was Leo Carr charged?": the step asked about, with no offence.
_BARE_STEP = re.compile(
    r"^\W*(?i:was|were|has|have)\s+(?P<who>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)\s+(?:been\s+)?"
    r"(?P<step>charged|convicted|arrested|jailed|sentenced|prosecuted)\W*$"
)


@lru_cache(maxsize=1024)
def _named(text: str) -> tuple[tuple[str, int], ...]:
    """Each offence the text names and where, each read once, by the longest words that fit."""
    found = []
    for name, pattern in _COMPILED:
        found += [(name, m.start()) for m in pattern.finditer(text)]
        text = pattern.sub(lambda m: " " * len(m.group()), text)
    return tuple(found)


def offences(text: str) -> frozenset[str]:
    """The offences the text names."""
    return frozenset(name for name, _ in _named(text))


# A verdict, each way: "not guilty" is read before the "guilty" in it.
_VERDICT = re.compile(r"\b(?:(?P<cleared>cleared|acquitted|not\s+guilty)|(?P<convicted>convicted|guilty))\b", re.I)


def verdict_side(claim: str, sentence: str) -> str | None:
    """Where the sentence gives verdicts both ways ("convicted of manslaughter but cleared of murder"), the side
    the verdict on the claim's offence takes: the one told last before it. "supports" where it is the claim's
    verdict, "refutes" where it is the other, "neither" where the sentence does not name the claim's person (see
    above); else None."""
    asked_verdict = _VERDICT.search(claim)
    asked = offences(claim)
    if asked_verdict is None or len(asked) != 1:
        return None
    verdicts = [(m.start(), "cleared" if m.group("cleared") else "convicted") for m in _VERDICT.finditer(sentence)]
    if len({kind for _, kind in verdicts}) < 2:
        return None  # one way only: `opposites` reads that
    kinds = set()
    for name, at in _named(sentence):
        before = [kind for start, kind in verdicts if start < at]
        if name in asked and before:
            kinds.add(before[-1])
    if len(kinds) != 1:
        return None
    if not names_each(claim, sentence):
        return "neither"
    return "supports" if kinds == {"cleared" if asked_verdict.group("cleared") else "convicted"} else "refutes"


# A verdict, whom it is on where it is told actively ("acquitted Tom Reyes"), and the offence or reach after it.
_VERDICT_TOLD = re.compile(
    r"\b(?P<verdict>(?:convicted|acquitted|cleared|found\s+(?:[\w’'-]+\s+){0,3}?(?:not\s+)?guilty)"
    r"(?:\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})?)"
    r"\s+(?P<what>(?:of|on)\s+(?:[\w’'-]+\s+){0,5}?[\w’'-]+?)"
    r"(?=\s+(?:on|in|at|after|by|before|following|last|this|and|but|when|as|over|for|with|during)\b|\s*[,;.]|\s*$)"
)
_REACH = re.compile(r"\b(?:charges?|counts?|allegations?|wrongdoing|crimes?|offences?)\b", re.IGNORECASE)
_ASKS_VERDICT = re.compile(r"\b(?:convict(?:ed)?|acquit(?:ted)?|clear(?:ed)?|guilty)\b", re.IGNORECASE)
_ASKS_OFFENCE = re.compile(r"\b(?:convicted|acquitted|cleared|guilty)\s+(?:of|on)\b", re.IGNORECASE)


def without_offence_told(claim: str, sentence: str) -> str:
    """The sentence without the offence or the reach its verdict names ("Tom Reyes was cleared on Friday." for "Tom
    Reyes was cleared of all charges on Friday."), where the claim asks about a verdict and names no offence, and the
    sentence gives verdicts one way only; else the sentence."""
    if not _ASKS_VERDICT.search(claim) or offences(claim) or _ASKS_OFFENCE.search(claim):
        return sentence
    kinds = {"cleared" if m.group("cleared") else "convicted" for m in _VERDICT.finditer(sentence)}
    if len(kinds) != 1:
        return sentence

    def bare(m: re.Match[str]) -> str:
        what = m.group("what")
        return m.group("verdict") if offences(what) or _REACH.search(what) else m.group()

    return _VERDICT_TOLD.sub(bare, sentence)


def other_offence_side(claim: str, sentence: str) -> str | None:
    """ "neither" where the sentence names only other offences than the claim's, "supports" where it tells the
    step the claim asks about, with an offence, of the claim's person (see above); else None."""
    bare = _BARE_STEP.search(claim)
    if bare is not None:
        told = re.search(
            rf"\b{re.escape(bare.group('who'))}(?:,[^,]{{1,40}},)?\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+"
            rf"{bare.group('step')}\s+(?:with|of|for|on)\b",
            sentence,
        )
        return "supports" if told and offences(sentence) else None
    if not _STEP.search(claim):
        return None
    asked, told_offences = offences(claim), offences(sentence)
    if asked and told_offences and not asked & told_offences:
        return "neither"
    return None
