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
"faces charges / trial / life in prison", "indicted"), and establishes nothing ("convicted", "found
guilty", "pleaded guilty", "admitted", "jailed", "sentenced", "found that"; not "if convicted"), and the
claim does not ask about the accusation, charge, arrest or trial itself. Then its support is set aside;
a refutation stands.
"""

from __future__ import annotations

import re

_ALLEGED = re.compile(
    r"\b(?:accus(?:ed|es|ing)\s+(?:[\w’'-]+\s+){0,3}?of|charged\s+with|alleg\w*|on\s+suspicion\s+of|suspected\s+of|"
    r"(?:on|stands?|standing|stood)\s+trial|fac(?:e|es|ed|ing)\s+(?:charges?|trial|prosecution|up\s+to|life|"
    r"(?:a\s+)?(?:jail|prison)\s+(?:term|sentence)|[\w-]+\s+(?:years?|months?)\s+in\s+(?:jail|prison))|indicted)\b",
    re.IGNORECASE,
)
_ESTABLISHED = re.compile(
    r"\b(?:convicted|found\s+(?:[\w’'-]+\s+){0,4}?guilty|pleaded\s+guilty|pled\s+guilty|admit(?:s|ted)|confessed|"
    r"jailed|sentenced|found\s+that|ruled\s+that)\b",
    re.IGNORECASE,
)
# "faces life in prison if she is convicted" establishes nothing.
_IF_CONVICTED = re.compile(
    r"\bif\s+(?:[\w’'-]+\s+){0,3}?(?:convicted|found\s+guilty|jailed|sentenced)\b", re.IGNORECASE
)
# A claim about the accusation itself ("Is Brant accused of…?", "Was the driver arrested?"), or about what
# someone believes or says ("Does the White House believe Russia could attack…?" against "Biden is
# confident in Russia's alleged ability to…").
_ABOUT_IT = re.compile(
    r"\b(?:accus\w*|charg\w*|alleg\w*|suspic\w*|suspect\w*|trial|arrest\w*|fac(?:e|es|ed|ing)|indict\w*|prosecut\w*|"
    r"investigat\w*|question\w*|probe\w*|believ\w*|think\w*|thought|say|says|said|tell|told|fear\w*|warn\w*|"
    r"claim\w*|report\w*|expect\w*|confiden\w*|worr\w*|concern\w*|insist\w*|argu\w*)\b",
    re.IGNORECASE,
)


def only_alleged(claim: str, sentence: str) -> bool:
    """The sentence only alleges what the claim asks about, and the claim does not ask about the
    allegation."""
    if not _ALLEGED.search(sentence) or _ABOUT_IT.search(claim):
        return False
    return not _ESTABLISHED.search(_IF_CONVICTED.sub(" ", sentence))
