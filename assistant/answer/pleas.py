"""A defendant's plea or denial, against a claim about the verdict.

The stance model reads a plea as the verdict: "Leo Carr denies the charges" refuted "Was Leo Carr found guilty of
fraud?" at 0.98, "Mara Voss pleaded not guilty to assault" "Was Mara Voss found guilty of assault?" at 0.99, and
"Mara Voss, who denied assault, was found guilty by the jury" refuted it too (0.72)
(eval/stance_verdict_pleas.jsonl).
What a defendant says is not what the court found.

The reading: the claim asks whether someone was found guilty, convicted, acquitted, cleared, jailed or sentenced.
A sentence that tells only a plea or a denial ("pleaded not guilty", "denies / denied", "maintains her innocence")
and no verdict says neither (`plea_side`). Where it tells a verdict too, the plea in a clause of its own (", who
denied assault,") is left out and the verdict read (`without_plea`); told without the charge ("was found guilty by
the jury"), the model hedged (0.46), so one verdict, in a sentence that names the claim's charge, takes its side.

A claim about the plea itself, with no offence named, against a plea to one: "Leo Carr pleaded guilty to two counts
of fraud" said neither to "Did Leo Carr plead guilty?" (the model alone read support, 0.99; read as "admitted two
counts of fraud", `idioms`, it found nothing), "pleaded guilty to money laundering" neither to "Did Ivo Brandt deny
the charges?" (eval/stance_plea_asked.jsonl). Where the claim asks whether someone pleaded guilty or not guilty,
admitted or denied guilt, the charges or the offence, and the sentence tells that person admitting or denying (or
pleading to) an offence or the charges, the plea takes the claim's side or the other (`plea_asked_side`); a plea to
come, someone else's, or pleas both ways are left to the model.
"""

from __future__ import annotations

import re

from assistant.answer.offences import offences
from assistant.answer.verbs import verb_tokens

_VERDICT_ASKED = re.compile(
    r"^\W*(?:was|were|is|has|have|had|did)\b.*?\b(?:found\s+(?:not\s+)?guilty|convicted|acquitted|cleared|jailed|"
    r"sentenced|get\s+convicted)\b",
    re.IGNORECASE,
)
_PLEA = (
    r"(?:pleaded|pleads|pled|plead|entered\s+a\s+plea\s+of)\s+not\s+guilty|den(?:y|ies|ied|ying)|"
    r"(?:maintain|protest|insist)\w*\s+(?:on\s+)?(?:his|her|their)\s+innocence"
)
_PLEADS = re.compile(rf"\b(?:{_PLEA})\b", re.IGNORECASE)
_VERDICT = re.compile(
    r"\b(?:found\s+(?:\w+\s+){0,3}?guilty|convicted|acquitted|cleared|jailed|sentenced|verdict|jury\s+(?:found|ruled|"
    r"decided))\b",
    re.IGNORECASE,
)
# ", who denied assault," / ", who pleaded not guilty to fraud,"
_PLEA_CLAUSE = re.compile(rf",\s*who\s+(?:had\s+)?(?:{_PLEA})\b[^,]*,", re.IGNORECASE)


_GUILTY = re.compile(r"\b(?:found\s+guilty|convicted|jailed|sentenced)\b", re.IGNORECASE)
_CLEARED = re.compile(r"\b(?:found\s+not\s+guilty|acquitted|cleared)\b", re.IGNORECASE)
_CHARGE = re.compile(r"\b(?:of|for)\s+(?P<charge>[\w\s’'-]+?)\s*[?.!]?\s*$", re.IGNORECASE)


def plea_side(claim: str, sentence: str) -> str | None:
    """Where the claim asks about a verdict: "neither" where the sentence tells only a plea or a denial; where it
    tells one verdict after a plea in a clause of its own ("Mara Voss, who denied assault, was found guilty"), the
    side that verdict takes, if the sentence names the claim's charge; else None."""
    if not _VERDICT_ASKED.search(claim) or not _PLEADS.search(sentence):
        return None
    if not _VERDICT.search(sentence):
        return "neither"
    rest = _PLEA_CLAUSE.sub("", sentence)
    if rest == sentence:
        return None
    guilty, cleared = bool(_GUILTY.search(rest)), bool(_CLEARED.search(rest))
    charge = _CHARGE.search(claim)
    if guilty == cleared or (charge and not set(verb_tokens(charge["charge"])) <= set(verb_tokens(sentence))):
        return None
    return "supports" if bool(_GUILTY.search(claim)) == guilty else "refutes"


# "Did Leo Carr plead guilty?", "Has Greta Lind admitted the offence?", "Did Ivo Brandt deny the charges?": the
# plea asked about, of whom, with no offence named.
_PLEA_ASKED = re.compile(
    r"^\W*(?i:did|has|have|had)\s+(?P<who>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})\s+"
    r"(?i:(?:plead(?:ed)?|enter(?:ed)?\s+a)\s+(?P<not>not\s+)?guilty(?:\s+plea)?|"
    r"(?P<verb>admit(?:ted)?|den(?:y|ied))\s+(?:guilt|wrongdoing|the\s+(?:charges?|offen[cs]es?|allegations?)|"
    r"all\s+(?:the\s+)?charges))"
    r"(?:\s+(?i:on|at|in|before|after|last|this|yesterday|today)\b[^?]*)?\W*$"
)
_TOLD_PLEA = (
    r"(?:has\s+|had\s+)?(?:(?P<admitted>admit(?:s|ted)|pleaded\s+guilty\s+to|entered\s+a\s+guilty\s+plea\s+to)|"
    r"(?P<denied>den(?:ies|ied)|pleaded\s+not\s+guilty\s+to|entered\s+a\s+not\s+guilty\s+plea\s+to))\s+"
    r"(?P<what>[^,;.]+)"
)
_PLEA_REACH = re.compile(r"\b(?:charges?|counts?|allegations?|offen[cs]es?)\b", re.IGNORECASE)
_ADMITTED_OR_DENIED = re.compile(r"\b(?:admit(?:s|ted)?|den(?:y|ies|ied)|pleaded)\b", re.IGNORECASE)


def plea_asked_side(claim: str, sentence: str) -> str | None:
    """Where the claim asks whether someone pleaded guilty (admitted guilt, the charges, the offence) or not guilty
    (denied them), naming no offence, and the sentence tells that person admitting or denying an offence or the
    charges: "supports" where that is the plea asked about, "refutes" where it is the other; else None (see above)."""
    asked = _PLEA_ASKED.search(claim)
    if asked is None:
        return None
    told = re.search(rf"\b{re.escape(asked['who'])}(?:,[^,]{{1,40}},)?\s+{_TOLD_PLEA}", sentence)
    if told is None or not (offences(told["what"]) or _PLEA_REACH.search(told["what"])):
        return None
    if len(_ADMITTED_OR_DENIED.findall(sentence)) > 1:
        return None  # "admitted theft but denied fraud": pleas both ways, or more than one told
    admits = bool(asked["verb"] and asked["verb"].lower().startswith("admit")) or (
        not asked["verb"] and not asked["not"]
    )
    return "supports" if admits == bool(told["admitted"]) else "refutes"


def without_plea(claim: str, sentence: str) -> str:
    """The sentence without a plea told in a clause of its own, where the claim asks about the verdict it tells."""
    if not _VERDICT_ASKED.search(claim) or not _VERDICT.search(sentence):
        return sentence
    return _PLEA_CLAUSE.sub("", sentence)
