"""An injury is not a death, nor a death an injury: harm of the other kind than the claim asks about.

The stance model reads harm of any kind as the claim's: "Two passengers were injured in the Ostby tram
crash" supported "Was anyone killed in the Ostby tram crash?" at 0.96, "Dozens of workers were wounded"
"Were people killed…?" at 0.98, "The Brenna bus attack killed 12 people" "Were 12 people injured…?" at
0.98; and as often as the opposite: "Four residents were taken to hospital after the fire" refuted "Did
anyone die in the fire…?" at 0.98, "left 12 people injured" "Did the attack kill 12 people?" at 0.99. A
first report of a crash or a fire tells its injured; that nobody died is not in it, nor that somebody did.

The rule: the claim asks about deaths only (killed, died, dead, deaths, fatal, lives lost, drowned…) or
injuries only (injured, hurt, wounded, taken to hospital…), and the sentence tells harm of the other kind
only, affirmed (not "Nobody was hurt", which the model reads). Then the sentence supports nothing, and
refutes nothing either, unless the claim asks whether one person it names died ("Was the driver
killed?" against "The driver was seriously injured", which the model may read as a no). Left to the
model: a sentence that tells both kinds ("killed two workers and injured dozens more").

Nor does a denial of deaths alone answer a claim of injuries (or casualties): "No one was killed in the Tarn
crash" had refuted "Was anyone hurt in the Tarn crash?" at 0.99, "There were no deaths in the Ostby fire"
"Was anyone injured…?" at 0.98 (eval/stance_deaths_denied.jsonl); it says neither. A denial of injuries
("No one was hurt") still answers a claim of deaths, as the model reads it.

Nor did the model read the injuries told beside denied deaths: "No one was killed in the Tarn crash, but two
drivers were injured" refuted "Was anyone injured in the Tarn crash?" at 0.99, "Nobody died in the Ostby
fire, although three residents were taken to hospital" "Was anyone hurt…?" at 0.99
(eval/stance_injured_besides.jsonl). Where the claim asks about injuries only, and the sentence denies deaths
in one clause and tells injuries in a clause after it (", but", ", although", "; "), that clause answers:
yes, or neither where the injuries are only feared ("may have been hurt") or named elsewhere ("in a separate
blaze in Harlow"). Injuries denied there too ("and no injuries were reported") are the model's to read.

Nor does a sentence that tells only damage answer a claim of harm to people: "The earthquake damaged dozens of
buildings in Kelso's old town" had refuted "Did the earthquake kill anyone in Kelso?" at 0.90, "Floodwater reached
the first floor of homes in Brenna" "Did the floods in Brenna kill anyone?" at 0.89 (eval/stance_damage_only.jsonl).
A first report tells the damage; that no one died is not in it. Where the claim asks about deaths or injuries (not
"hurt Corvel's profits", "kill off the plan") and the sentence tells neither, nor anyone safe, unhurt, rescued or
escaped, nor a loss of life or a toll, it says neither (`harm_untold`). People missing are not harm told.
"""

from __future__ import annotations

import re

from assistant.text import fold

_DEATH = re.compile(
    r"\b(?:kill|kills|killed|killing|die|dies|died|dying|dead|death|deaths|fatal|fatally|fatalities|drown|drowned|"
    r"perish|perished|bodies|lives\s+(?:were\s+|have\s+been\s+)?lost|lost\s+(?:their|his|her)\s+li(?:fe|ves)|"
    r"claim(?:s|ed)?\s+(?:\w+\s+)?lives?)\b",
    re.IGNORECASE,
)
_INJURY = re.compile(
    r"\b(?:injure|injures|injured|injuring|injury|injuries|hurt|hurts|wound|wounds|wounded|hospitali[sz]ed|"
    r"(?:taken|rushed|airlifted|flown|admitted)\s+to\s+hospital|treated\s+(?:in\s+hospital|for|at\s+the\s+scene)|"
    r"burns|smoke\s+inhalation)\b",
    re.IGNORECASE,
)
# Casualties count the injured as well as the dead: a claim about them is one about injuries too.
_CASUALTIES = re.compile(r"\bcasualt(?:y|ies)\b", re.IGNORECASE)
_NEGATED = re.compile(
    r"\b(?:no|not|nobody|none|never|without|escaped|unhurt|uninjured)\b|\bno[-\s]one\b|n[’']t\b", re.I
)
# "Was anyone / somebody / one person / 12 people killed?": a claim about whether anyone was, which an
# injury count does not answer either way.
_ANYONE = re.compile(
    r"\b(?:anyone|anybody|someone|somebody|people|any|one|\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|"
    r"dozens|hundreds|many|several|more)\b",
    re.IGNORECASE,
)


# A clause after the one that denies deaths: "…, but two drivers were injured", "…; four were injured".
_LATER = re.compile(r"\s*(?:[,;]\s*(?:but|although|though|while|yet)?|\s(?:but|although|though|while|yet))\s+", re.I)
_FEARED = re.compile(
    r"\b(?:may|might|could|feared?|fears|possibly|reportedly|unconfirmed|believed|thought|if|unclear)\b", re.IGNORECASE
)
# Injuries of another event: "in a separate blaze", "in Harlow" (a place the claim does not name).
_ELSEWHERE = re.compile(r"\b(?:separate|another|other|elsewhere|earlier|previous)\b", re.IGNORECASE)
_PLACE = re.compile(r"\b(?:in|at|near)\s+(?:the\s+)?([A-Z][\w’'-]+)")


def injured_besides(claim: str, sentence: str) -> str | None:
    """ "supports" where the sentence denies deaths and tells injuries in a clause after that, against a claim
    about injuries; "neither" where those injuries are only feared or named elsewhere; else None."""
    if not (_INJURY.search(claim) or _CASUALTIES.search(claim)) or _DEATH.search(claim) or _NEGATED.search(claim):
        return None
    clauses = _LATER.split(sentence)
    first, later = clauses[0], [c for c in clauses[1:] if _INJURY.search(c)]
    if not (_NEGATED.search(first) and _DEATH.search(first)) or _INJURY.search(first) or len(later) != 1:
        return None
    if _NEGATED.search(later[0]):
        return None
    elsewhere = _ELSEWHERE.search(later[0]) or any(fold(n) not in fold(claim) for n in _PLACE.findall(later[0]))
    return "neither" if _FEARED.search(later[0]) or elsewhere else "supports"


# "No one else was hurt", "no other passengers were injured": what the others came to, not those told.
_OTHERS_UNHURT = re.compile(
    r"\b(?:(?:no[\s-]?one|nobody|none)\s+else\s+|no\s+other\s+(?:[\w-]+\s+){0,2}?)(?:was|were|has\s+been|have\s+been)\s+"
    r"(?:\w+ly\s+)?(?:hurt|injured|harmed|wounded)\b",
    re.IGNORECASE,
)


def other_harm(claim: str, sentence: str) -> str | None:
    """ "neither" where the sentence tells only the other kind of harm than the claim asks about, "no
    support" where it may still say that the one person the claim names survived, else None."""
    death, injury = _DEATH.search(claim), _INJURY.search(claim) or _CASUALTIES.search(claim)
    if bool(death) == bool(injury) or _NEGATED.search(claim):
        return None
    if injury and _NEGATED.search(sentence) and _DEATH.search(sentence) and not _INJURY.search(sentence):
        return "neither"  # "No one was killed": nothing of the injured
    told, other = (_DEATH, _INJURY) if death else (_INJURY, _DEATH)
    # "…; no one else was hurt" denies no death of those it tells hurt (eval/stance_hurt_besides.jsonl)
    if told.search(sentence) or not other.search(sentence) or _NEGATED.search(_OTHERS_UNHURT.sub(" ", sentence)):
        return None
    if death and not _ANYONE.search(claim):
        return "no support"
    return "neither"


# Harm in a figurative sense: "Did the strike hurt Corvel's profits?", "Did the vote kill off the plan?".
_FIGURATIVE = re.compile(
    r"\bhurt\s+by\b|\bkill(?:s|ed|ing)?\s+off\b|\b(?:hurt|hurts|hurting|kill|kills|killed|killing)\s+"
    r"(?:(?:the|its|their|his|her|a|an|[A-Z][\w-]*[’']s)\s+)?(?:[\w-]+\s+)?(?:deal|bill|plan|project|idea|hopes?|"
    r"chances?|sales|profits?|earnings|economy|business|trade|industry|market|demand|jobs|growth|prospects|talks|"
    r"proposal|scheme|reputation|brand|image|ratings|shares?|popularity|feelings|pride)\b",
    re.IGNORECASE,
)
# Whether anyone came to harm, not how a person it names died ("He died at his home in 1862").
_PEOPLE_ASKED = re.compile(
    r"\b(?:anyone|anybody|someone|somebody|people|persons|casualties|deaths|fatalities|injuries)\b|"
    r"\bany\s+(?:[\w-]+\s+)?(?:passengers|residents|workers|children|pupils|staff|fans|guests|visitors|tourists|"
    r"crew|miners|soldiers|civilians|patients|drivers|pedestrians|people)\b",
    re.IGNORECASE,
)
# What tells of the people's fate, however it went: the model reads these ("escaped unhurt", "without loss of life").
_FATE = re.compile(
    r"\b(?:safe|safely|safety|unhurt|unharmed|uninjured|unscathed|survived?|survivors?|surviving|rescued|escaped|"
    r"evacuated|walked\s+away|accounted\s+for|loss\s+of\s+life|toll|victims?|no\s+one|no-one|nobody|"
    r"without\s+(?:incident|injur\w*|harm)|trapped|buried|pulled\s+(?:alive\s+)?from|critical\s+condition|"
    r"treated|hospital|ambulances?|paramedics)\b",
    re.IGNORECASE,
)


def harm_untold(claim: str, sentence: str) -> str | None:
    """ "neither" where the claim asks whether people were killed or hurt and the sentence tells only what
    happened to things (damage, closures, power cuts), nothing of the people; else None."""
    if not (_DEATH.search(claim) or _INJURY.search(claim) or _CASUALTIES.search(claim)):
        return None
    if not _PEOPLE_ASKED.search(claim) or _NEGATED.search(claim) or _FIGURATIVE.search(claim):
        return None
    if _DEATH.search(sentence) or _INJURY.search(sentence) or _CASUALTIES.search(sentence) or _FATE.search(sentence):
        return None
    return "neither"
