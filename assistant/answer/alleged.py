"""What is only alleged is not established: an accusation, a charge or a trial supports no claim that
the thing happened, nor that a court convicted or jailed anyone.

The stance model reads the allegation's verb and takes it as the fact: "Odile Brant is accused of
stealing £40,000 from the Fenmoor rowing club" supported "Did Odile Brant steal £40,000…?" at 0.99, and
so did "has been charged with stealing", "Prosecutors allege that … stole", "was arrested on suspicion
of causing the crash", "is suspected of poisoning", and "is on trial for the murder of three patients"
supported "Was Ada Sorel convicted of murder?" (0.99). A fact-checker that answers "Yes" to an
accusation convicts on it.

Reported speech stays what it is (`speakers`: "Police said the driver caused the crash" reports that
police said so); an allegation is a claim that its own words mark as unproven. The rule: the sentence
alleges ("accused of", "charged with", "allege(d / dly)", "on suspicion of", "suspected of", "on trial",
"faces charges / trial / life in prison", "indicted"; or only rumours it: "rumoured", "speculation",
"unconfirmed reports"), and establishes nothing ("convicted", "found guilty", "pleaded guilty", "admitted",
"jailed", "sentenced", "found that", "confirmed the rumours"; not "if convicted"), and the claim does not ask
about the accusation, charge, arrest, trial or rumour itself. Then its support is set aside; a refutation
stands.
"""

from __future__ import annotations

import re

# Words that tell a step of a case, shared by what alleges, what establishes and the steps in order below.
_TRIAL = r"(?:on|stands?|standing|stood)\s+trial"
_GUILTY = r"convicted|found\s+(?:[\w’'-]+\s+){0,4}?guilty|pleaded\s+guilty|pled\s+guilty"
_PUNISHED = r"jailed|sentenced"
_ALLEGED = re.compile(
    r"\b(?:accus(?:ed|es|ing)\s+(?:[\w’'-]+\s+){0,3}?of|charged\s+with|alleg\w*|on\s+suspicion\s+of|suspected\s+of|"
    rf"{_TRIAL}|fac(?:e|es|ed|ing)\s+(?:charges?|trial|prosecution|up\s+to|life|"
    r"(?:a\s+)?(?:jail|prison)\s+(?:term|sentence)|[\w-]+\s+(?:years?|months?)\s+in\s+(?:jail|prison))|indicted|"
    # Only rumoured: "Corvel is rumoured to have cut 500 jobs" had supported "Did Corvel cut 500 jobs?" at 0.99, and so
    # had "There is speculation that…" and "Unconfirmed reports said…" (eval/stance_rumoured.jsonl).
    # Only where the rumour frames what it tells ("rumoured to", "rumours that"), not "after days of rumour, Hill
    # announced…", which a gold WiCE sentence tells.
    r"rumou?red\s+to|rumou?rs?\s+(?:that|has\s+it)|speculation\s+that|unconfirmed\s+reports?)\b",
    re.IGNORECASE,
)
_ESTABLISHED = re.compile(
    rf"\b(?:{_GUILTY}|admit(?:s|ted)|confessed|{_PUNISHED}|found\s+that|ruled\s+that|"
    r"confirm(?:s|ed)\s+(?:the\s+)?(?:rumou?rs?|speculation|reports?))\b",
    re.IGNORECASE,
)
# "faces life in prison if she is convicted" establishes nothing.
_IF_CONVICTED = re.compile(rf"\bif\s+(?:[\w’'-]+\s+){{0,3}}?(?:convicted|found\s+guilty|{_PUNISHED})\b", re.IGNORECASE)
# A claim about the accusation itself ("Is Brant accused of…?", "Was the driver arrested?"), or about what
# someone believes or says ("Does the White House believe Russia could attack…?" against "Biden is
# confident in Russia's alleged ability to…").
_ABOUT_IT = re.compile(
    r"\b(?:accus\w*|charg\w*|alleg\w*|suspic\w*|suspect\w*|trial|arrest\w*|fac(?:e|es|ed|ing)|indict\w*|prosecut\w*|"
    r"investigat\w*|question\w*|probe\w*|believ\w*|think\w*|thought|say|says|said|tell|told|fear\w*|warn\w*|"
    r"claim\w*|report\w*|expect\w*|confiden\w*|worr\w*|concern\w*|insist\w*|argu\w*|rumou?r\w*|speculat\w*)\b",
    re.IGNORECASE,
)


def only_alleged(claim: str, sentence: str) -> bool:
    """The sentence only alleges what the claim asks about, and the claim does not ask about the
    allegation."""
    if not _ALLEGED.search(sentence) or _ABOUT_IT.search(claim):
        return False
    return not _ESTABLISHED.search(_IF_CONVICTED.sub(" ", sentence))


# The steps of a criminal case, in order: a sentence that tells only an earlier step than the claim asks about
# neither says the later one came nor that it did not. "Leo Carr was arrested on suspicion of fraud" had supported
# "Has Leo Carr been charged with fraud?" at 0.90, "Police are questioning Mara Voss over alleged fraud" at 0.93,
# and "Leo Carr was charged with fraud in March" refuted "Was Leo Carr convicted of fraud?" at 0.74
# (eval/stance_legal_steps.jsonl).
_STEPS = (
    r"question(?:s|ed|ing)|interview(?:s|ed|ing)|investigat(?:e|es|ed|ing|ion)|probe[ds]?",
    r"arrest(?:s|ed|ing)?|detain(?:s|ed|ing)?|held\s+(?:by\s+police|in\s+custody|on\s+suspicion)|in\s+custody",
    r"charg(?:e|es|ed|ing)|indict(?:s|ed|ment)?|appear(?:s|ed)?\s+in\s+court",
    rf"{_TRIAL}|tried\s+for",
    _GUILTY,
    rf"{_PUNISHED}|imprisoned",
)
_STEP = [re.compile(rf"\b(?:{step})\b", re.IGNORECASE) for step in _STEPS]
# A step denied or undone ("released without charge", "the charges were dropped", "acquitted"): an answer, the
# model's or another reading's to read.
_UNDONE = re.compile(
    r"\b(?:not|no|never|without|dropped|withdrawn|acquitted|cleared|quashed|overturned|will|could|may|might|if)\b",
    re.IGNORECASE,
)


# "Did Ivo Brandt deny the charges?" asks about a plea, not whether he was charged: "…pleaded not guilty to bribery
# and was remanded in custody" is an answer (eval/stance_plea_asked.jsonl).
_PLEA_TO_CHARGES = re.compile(r"\b(?:admit\w*|den(?:y|ies|ied))\s+(?:all\s+)?(?:the\s+)?charges?\b", re.IGNORECASE)


def _steps(text: str) -> list[int]:
    return [i for i, step in enumerate(_STEP) if step.search(text)]


def earlier_step_side(claim: str, sentence: str) -> str | None:
    """ "neither" where the claim asks whether someone was arrested, charged, tried, convicted or sentenced, and the
    sentence tells only earlier steps of the case (questioned, arrested, charged…), none denied, undone or to come;
    else None."""
    asked = [i for i in _steps(_PLEA_TO_CHARGES.sub(" ", claim)) if i > 0]
    if not asked or _UNDONE.search(claim) or _UNDONE.search(sentence):
        return None
    told = _steps(sentence)
    return "neither" if told and max(told) < max(asked) else None
