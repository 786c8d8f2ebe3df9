"""A deed done by someone of the claim's person (a brother, a deputy, a rival), not by the person.

The stance model credits the deed to the name it sees: "Leo Carr's brother was arrested" supported "Was Leo Carr
arrested?" at 0.83, "Leo Carr's deputy resigned" "Did Leo Carr resign?" at 0.99, "Ana Kell's husband won the Tarn
seat" "Did Ana Kell win the Tarn seat?" at 0.98, "Corvel's main rival raised prices" "Did Corvel raise prices?"
at 0.99 (eval/stance_of_theirs.jsonl).

The reading: the sentence's subject is "<Name>'s <someone>" (kin, a deputy or colleague, a rival, a supplier), the
claim names that name but not as anyone's and not that someone, and the sentence names the name nowhere else. Then
it says neither: what it tells is someone else's deed. Someone who may act or speak for the person (a lawyer, a
spokesman) is not read, nor "<Name>'s <someone> said…", where what is said may be the person's.
"""

from __future__ import annotations

import re

from assistant.answer.verbs import verb_tokens as tokens

_SOMEONE = (
    r"(?:brother|sister|son|daughter|wife|husband|father|mother|parents|partner|girlfriend|boyfriend|fianc[ée]e?|"
    r"cousin|uncle|aunt|nephew|niece|grandson|granddaughter|grandfather|grandmother|grandparents|stepfather|"
    r"stepmother|stepson|stepdaughter|ex-wife|ex-husband|widow|widower|friend|neighbou?r|flatmate|deputy|successor|"
    r"predecessor|assistant|aide|driver|bodyguard|team-?mate|co-driver|colleague|co-star|coach|manager|agent|"
    r"rival|rivals|opponent|challenger|supplier|suppliers|subsidiary|customer|customers|client|clients|landlord|"
    r"tenant|employee|employees|staff)"
)
_OWNED = re.compile(
    rf"(?P<name>(?:[A-Z][\w-]*\s+){{0,3}}[A-Z][\w-]*)(?:[’']s|(?<=s)[’'])\s+(?:(?:[\w-]+)\s+){{0,2}}?"
    rf"(?P<someone>{_SOMEONE})\b(?P<after>\s*,[^,]{{1,60}},)?\s+(?P<verb>[a-z][\w-]*)"
)
# What follows the someone when they are not the subject of a deed of their own: a preposition, a clause, a speech
# verb (what is said may be the person's: "Ana Kell's lawyer said she would resign").
_NOT_A_DEED = frozenset(
    {"of", "in", "at", "on", "and", "or", "who", "whom", "whose", "which", "that", "for", "from", "with", "to", "as"}
    | {"by", "said", "says", "told", "tells", "announced", "confirmed", "denied", "insisted", "added", "claimed"}
    | {"stated", "revealed", "wrote", "explained", "argued", "noted", "disclosed", "reported", "warned", "stressed"}
    | {"suggested", "alleged", "believes", "believed", "thinks", "thought", "fears", "feared", "hopes", "hoped"}
    | {"expects", "expected"}
)


def of_theirs_side(claim: str, sentence: str) -> str | None:
    """ "neither" where the sentence tells the deed of someone of the claim's person, not of the person; else None."""
    m = _OWNED.search(sentence)
    if m is None or m["verb"] in _NOT_A_DEED:
        return None
    name = tokens(m["name"])
    head = name[-1] if name else ""
    claim_words = tokens(claim)
    if not head or head not in claim_words or set(tokens(m["someone"])) & set(claim_words):
        return None
    if re.search(rf"\b{re.escape(m['name'].split()[-1])}(?:[’']s|(?<=s)[’'])", claim):
        return None  # the claim asks about someone of theirs too
    rest = sentence[: m.start()] + " " + sentence[m.end("someone") :]
    if head in tokens(rest):
        return None  # the person is named too ("Leo Carr and his brother…")
    return "neither"
