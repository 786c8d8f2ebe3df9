"""Disruption told as what stopped: a claim that something disrupted, affected, hit or halted something else,
against a sentence that tells the second cancelled, suspended, delayed, halted or grounded because of the
first.

The stance model reads the stoppage as a denial of the claim: "Bus services in Tarn were cancelled on
Monday because of the strike" refuted "Did the strike disrupt bus services in Tarn?" at 0.96, "Ferry
services to Harlow were suspended due to the storm" "Did the storm affect ferry services to Harlow?" at
0.99, "The strike led to the cancellation of bus services in Tarn" "Were bus services in Tarn disrupted by
the strike?" at 0.99 (eval/stance_disrupted.jsonl).

The reading: the claim says, not negated, that a cause ("the strike", "flooding", "the fog") disrupted,
affected, hit, hampered or halted something ("bus services in Tarn", "flights at Ostby airport"), actively
or in the passive ("…disrupted by the strike"); the sentence names every word of both, and tells a
stoppage ("cancelled", "cancellation", "suspended", "delayed", "halted", "grounded", "closed", "diverted",
"failed", "standstill") that is neither denied nor only in prospect ("No flights were cancelled", "could
be cancelled"). Then it supports the claim. A stoppage for another cause or of another service names less
than the claim and is left to the model, and so is a sentence that says the service ran despite the cause.
"""

from __future__ import annotations

import re

from assistant.answer.negation import NEGATIONS
from assistant.answer.verbs import all_named
from assistant.answer.verbs import verb_tokens as tokens

_AUX = r"(?:did|does|do|has|have|had|will|would|could|can|is|are|was|were)"
_HIT = r"(?:disrupt(?:s|ed|ing)?|affect(?:s|ed|ing)?|hit(?:s|ting)?|hamper(?:s|ed|ing)?|halt(?:s|ed|ing)?|cripple[sd]?)"
_ACTIVE = re.compile(rf"^\W*(?:{_AUX}\s+)?(?P<cause>.+?)\s+(?:{_AUX}\s+)?{_HIT}\s+(?P<what>.+?)\W*$", re.IGNORECASE)
_PASSIVE = re.compile(
    rf"^\W*(?:{_AUX}\s+)?(?:been\s+)?(?P<what>.+?)\s+(?:{_AUX}\s+)?(?:been\s+)?{_HIT}\s+by\s+(?P<cause>.+?)\W*$",
    re.IGNORECASE,
)
_STOPPED = re.compile(
    r"\b(?:cancel(?:led|s)?|cancellations?|suspend(?:ed|s)?|suspensions?|delay(?:ed|s)?|halt(?:ed|s)?|"
    r"grounded|grounding|closed|closure|diverted|disrupted|disruption|standstill|fail(?:ed|s)?(?!\s+to\b))\b",
    re.IGNORECASE,
)
# Denied or only in prospect: "No flights were cancelled", "could be cancelled", "were not delayed".
_OPEN = re.compile(
    r"\b(?:could|may|might|would|will|expected\s+to|likely\s+to|threaten(?:s|ed)?\s+to|not|never)\s+"
    r"(?:[\w'-]+\s+){0,3}$|n[’']t\s+(?:[\w'-]+\s+){0,2}$|\b(?:no|none\s+of)\s+(?:[\w'-]+\s+){0,6}$",
    re.IGNORECASE,
)


def disrupted_side(claim: str, sentence: str) -> str | None:
    """ "supports" where the sentence tells what the claim says was disrupted stopped because of the claim's
    cause; else None."""
    if NEGATIONS.search(claim):
        return None
    said = _PASSIVE.search(claim) or _ACTIVE.search(claim)
    if said is None:
        return None
    cause, what = tokens(said.group("cause")), tokens(said.group("what"))
    if not cause or not what:
        return None
    stopped = list(_STOPPED.finditer(sentence))
    if not stopped or any(_OPEN.search(sentence[: m.start()]) for m in stopped):
        return None  # one stoppage denied or in prospect: "No flights were cancelled"
    told = tokens(sentence)
    return "supports" if all_named(cause, told) and all_named(what, told) else None
