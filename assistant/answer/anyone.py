"""Whom a sentence names answers a claim about "anyone": "Did police arrest anyone…?" against "Police
arrested 14 people…".

The stance model reads the claim's "anyone" (put to it as "someone", `polarity.some_for_any`) or "people"
against the people a sentence names as a mismatch: "Kellan United signed two defenders in January"
refuted "Did Kellan United sign anyone in January?" at 0.96, "has laid off 85 nurses" "Has the Marlow
hospital laid off anyone?" at 0.84, "Police arrested 14 people" "Did police arrest anyone…?" at 0.62,
"killed four shoppers" "Did the gunman kill people?" at 0.67 (the passive "Was anyone killed…?" it reads
well).

The reading: where the claim asks whether its subject did something to "someone" / "somebody" / "people"
and the sentence does that verb to people it names (a count or an article, up to two words, and a noun
for people: "two defenders", "at least 30 people", "a family of four"), those people are put to the model
as the claim's word: "Police arrested someone after the Selby Road riot." Nothing else changes: another
verb ("questioned 14 people"), what is not a person ("killed dozens of sheep"), no one ("signed nobody")
are read as written.
"""

from __future__ import annotations

import re

from assistant.answer.verbs import same_stem
from assistant.answer.verbs import verb_tokens as tokens

_PARTICLE = r"(?:\s+(?:off|up|out|down|away))?"
_CLAIM = re.compile(rf"\b(?P<verb>[A-Za-z]+){_PARTICLE}\s+(?P<who>someone|somebody|people)\b", re.IGNORECASE)
_COUNT = (
    r"(?:(?:at\s+least|more\s+than|about|around|nearly|almost|some|up\s+to|over)\s+)?"
    r"(?:\d[\d,]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:dozens|hundreds|"
    r"thousands|scores)\s+of|several|many|a\s+number\s+of|a\s+group\s+of)"
)
_OBJECT = re.compile(rf"\b(?P<verb>[A-Za-z]+){_PARTICLE}\s+(?P<count>{_COUNT})\s+", re.IGNORECASE)
_WORDS = re.compile(r"[\w-]+")
_FAMILY = re.compile(r"\s+of\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\b", re.IGNORECASE)
_PEOPLE = frozenset(
    tokens(
        "people persons man men woman women child children boy boys girl girls baby babies teenager teenagers "
        "adult adults resident residents villager villagers worker workers employee employees staff member "
        "members passenger passengers pupil pupils student students patient patients driver drivers pedestrian "
        "pedestrians cyclist cyclists tourist tourists visitor visitors fan fans protester protesters "
        "demonstrator demonstrators migrant migrants refugee refugees civilian civilians soldier soldiers officer "
        "officers policeman policemen nurse nurses doctor doctors teacher teachers journalist journalists player "
        "players defender defenders striker strikers midfielder midfielders goalkeeper goalkeepers shopper "
        "shoppers customer customers guest guests miner miners firefighter firefighters suspect suspects prisoner "
        "prisoners hostage hostages director directors executive executives manager managers official officials "
        "engineer engineers family families crew sailor sailors fisherman fishermen farmer farmers climber "
        "climbers hiker hikers swimmer swimmers inmate inmates detainee detainees activist activists voter voters "
        "citizen citizens survivor survivors victim victims spectator spectators"
    )
)

_STOP = frozenset(
    ["in", "on", "at", "after", "before", "from", "and", "but", "with", "for", "over", "by", "to", "of", "who", "as"]
)


def whom_for_anyone(claim: str, sentence: str) -> str:
    """`sentence` with the people it names after the claim's verb put as the claim's "someone" /
    "people", where the claim (as the model reads it) asks about someone; else unchanged."""
    asked = _CLAIM.search(claim)
    if asked is None:
        return sentence
    verb = tokens(asked.group("verb"))
    for m in _OBJECT.finditer(sentence):
        said = tokens(m.group("verb"))
        if not (verb and said and same_stem(verb[0], said[0])):
            continue
        for word in list(_WORDS.finditer(sentence, m.end()))[:3]:  # "two defenders", "120 political prisoners"
            if word.group().lower() in _STOP:
                break
            head = tokens(word.group())
            if head and head[0] in _PEOPLE:
                end = word.end()
                family = _FAMILY.match(sentence, end)  # "a family of four"
                end = family.end() if family else end
                return sentence[: m.start("count")] + asked.group("who").lower() + sentence[end:]
    return sentence
