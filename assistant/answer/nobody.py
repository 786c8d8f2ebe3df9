"""A sentence that says no one suffered or did what a claim asks whether someone did: "No one was hurt in
the gas explosion in Ostby" against "Was anyone hurt in the Ostby gas explosion?".

The stance model reads "no one" and the claim's "someone" (`polarity.some_for_any`) as the same people
about as often as it reads the denial: that sentence supported the question at 0.96, "Nobody was hurt…"
at 0.99, while "No one was hurt in the explosion" refuted "Was anyone hurt in the explosion?" at 0.93
(eval/stance_denied_events.jsonl).

The reading: the claim asks whether someone, somebody, people or some of a group it names were done
something to, or did it ("Was anyone hurt…?", "Has anyone been charged…?", "Were any of the ferry's
passengers injured?", "Did anyone die…?"), and the sentence says that no one, nobody, or none or no one
of that group was, with the claim's verb in any form, or another word for the same harm ("hurt" and
"injured", "killed" and "died"). Then it refutes, where the sentence names every other word of the claim
(its event and place: not the Lisle fire for the Tarn one). A denial narrower than the question is no
answer: "No one was seriously hurt" says nothing of minor injuries, "No passengers were hurt" nothing of
the crew.
"""

from __future__ import annotations

import re

from assistant.answer.verbs import all_named, same_stem, words_besides
from assistant.answer.verbs import verb_tokens as tokens

_AUX = r"(?:was|were|has\s+been|have\s+been|had\s+been|is|are|will\s+be|would\s+be)"
# A past participle, which ends the claim's group ("some of the Corran ferry passengers injured").
_DONE = r"[a-z]+ed|[a-z]+en|hurt|shot|hit|held|caught|found|left|lost|struck|sent|told|put|kept|cut|paid|sold|brought"
# The claim's "someone" (as `polarity` puts "anyone") and what was done to them, or what they did.
_ASKED = re.compile(
    rf"\b(?:was|were|has|have|had)\s+(?P<who>someone|somebody|people|some(?:\s+of)?(?:\s+[\w'-]+){{1,5}}?)"
    rf"(?:\s+been)?\s+(?:(?P<adv>\w+ly)\s+)?(?P<verb>{_DONE})\b"
    r"|\bdid\s+(?P<who2>someone|somebody|people)\s+(?P<verb2>[a-z]+)\b"
    rf"|^\W*(?P<who3>someone|somebody|people)\s+{_AUX}\s+(?:(?P<adv3>\w+ly)\s+)?(?P<verb3>{_DONE})\b",
    re.IGNORECASE,
)
# The sentence's "no one": alone, or of a group ("none of the 140 passengers on the ferry", "no miners").
_DENIED = re.compile(
    rf"\b(?:(?:no[\s-]one|nobody)\s+(?:{_AUX}\s+)?"
    rf"|none\s+of\s+(?P<of>(?:[\w'-]+\s+){{1,8}}?){_AUX}\s+|no\s+(?P<no>(?:[\w'-]+\s+){{0,2}}?\w+s)\s+{_AUX}\s+)"
    r"(?:(?P<adv>\w+ly)\s+)?(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
# One harm in other words, as tokens: a verb, or the noun for it ("deaths" for "died", "injuries" for "hurt").
_HARM = (
    frozenset(tokens("hurt injured injuries injury wounded harmed")),
    frozenset(tokens("killed died dead deaths death drowned")),
)
_NOT_VERBS = frozenset(tokens("one of the a an in on at by"))


def one_deed(a: str, s: str) -> bool:
    """Two tokens of one deed: one word in two forms (`same_stem`), or one harm in other words."""
    return same_stem(a, s) or any(a in kind and s in kind for kind in _HARM)


def _same_deed(asked: str, said: str) -> bool:
    a, s = tokens(asked), tokens(said)
    if not a or not s or a[0] in _NOT_VERBS or s[0] in _NOT_VERBS:
        return False
    return one_deed(a[0], s[0])


def denied_for_all(claim: str, sentence: str) -> bool:
    """The sentence says no one (of the group the claim asks about) was done or did what the claim asks
    whether someone was, naming everything else the claim names."""
    asked = _ASKED.search(claim)
    if asked is None:
        return False
    who = asked.group("who") or asked.group("who2") or asked.group("who3")
    verb = asked.group("verb") or asked.group("verb2") or asked.group("verb3")
    adv = (asked.group("adv") or asked.group("adv3") or "").lower()
    some = re.match(r"some\b(?:\s+of\b)?", who, re.IGNORECASE)  # not "someone": a group the claim names
    group = frozenset(tokens(who[some.end() :])) if some else frozenset()
    rest = [t for t in words_besides(claim, asked.start(), asked.end()) if t not in group]
    said = tokens(sentence)
    for m in _DENIED.finditer(sentence):
        if not _same_deed(verb, m.group("verb")):
            continue
        said_adv = (m.group("adv") or "").lower()
        if said_adv and said_adv != adv:  # "No one was seriously hurt": narrower than "hurt"
            continue
        denied = m.group("of") or m.group("no")
        if denied and not group & frozenset(tokens(denied)):  # "no passengers": not everyone
            continue
        if all_named(rest + sorted(group), said):
            return True
    return False
