"""A penalty for an act says the act was done; an acquittal of it says it was not.

The stance model reads the penalty as a "no" as often as a "yes": "The referee Paul Hinds was banned for
life for fixing matches" refuted "Did the referee Paul Hinds fix matches?" at 0.99, "was suspended for
breaking the lobbying rules" refuted "Did the MP break the lobbying rules?" (0.72), "was fined £400,000
for polluting the river" "Did Kestrel Chemicals pollute the river?" (0.90), "Tomas Ferrand was cleared of
taking bribes" supported "Did Tomas Ferrand take bribes?" (0.93); and it took a penalty not given ("was
not fined for", "could be fined for", "face a points deduction for") or given to someone else ("the
nurse Irene Vale's manager was struck off for harming patients") as the answer either way.

`penalty_for` reads a sentence in which someone is penalised for an act ("convicted of", "found guilty
of", "fined / jailed / banned / suspended / sacked / struck off / disqualified / censured / penalised …
for", "docked six points for") or cleared of it ("cleared / acquitted / exonerated / found not guilty of"),
where the act is the claim's verb:
- "done": a penalty given to the claim's subject (named before it, not as the possessor of someone
  else): the model's refutation is read as support;
- "not done": an acquittal of the claim's subject: its support is read as refuting;
- "aside": a penalty denied or only in prospect ("was not fined for", "could be fined for", "faces a
  points deduction for"), or given to someone else: the sentence says neither.
A claim about the penalty itself ("Was the firm fined?") is the model's to read.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answer.verbs import ASKS, done_by, same_stem
from assistant.answer.verbs import verb_tokens as tokens

_PENALISED = (
    r"convicted|found\s+guilty|fined|jailed|imprisoned|sentenced|suspended|banned|struck\s+off|punished|sacked|"
    r"fired|dismissed|disciplined|penali[sz]ed|sanctioned|censured|reprimanded|expelled|disqualified|"
    r"docked\s+[\w-]+\s+points|(?:points\s+)?deduction"
)
_CLEARED = r"cleared|acquitted|exonerated|found\s+not\s+guilty"
_PENALTY = re.compile(
    rf"\b(?:(?P<penalty>{_PENALISED})|(?P<cleared>{_CLEARED}))\s+(?:[\w£$€.,’'-]+\s+){{0,6}}?"
    r"(?<!because\s)(?<!result\s)(?<!instead\s)(?:for|of)\s+"
    r"(?P<act>[a-z]+ing(?:\s+[a-z]+)?)",
    re.IGNORECASE,
)
# Before the penalty: denied ("was not fined"), or only to come ("could be fined", "face a deduction").
_NOT_GIVEN = re.compile(
    r"(?:\b(?:not|never|no|could|may|might|would|will|faces?|facing|risks?|risking)\b|n[’']t)\s+(?:[\w’'-]+\s+){0,3}$",
    re.IGNORECASE,
)
# A claim about the penalty or the verdict itself.
_ABOUT_IT = re.compile(
    rf"\b(?:{_PENALISED}|{_CLEARED}|convict\w*|fine|ban|jail|sentence|suspend|punish\w*)\b", re.IGNORECASE
)


@lru_cache(maxsize=4096)
def penalty_for(claim: str, sentence: str) -> str | None:
    """ "done", "not done" or "aside" (see the module's docstring), or None where the sentence penalises
    or clears no one of the claim's act."""
    for m in _PENALTY.finditer(sentence):
        act = tokens(m.group("act").split()[0])  # the act's verb, not its object
        verb = next(
            (
                w
                for w in re.finditer(r"[\w’'-]+", claim)
                if any(same_stem(t, a) for t in tokens(w.group()) for a in act)
            ),
            None,
        )
        if verb is None:
            continue
        if _ABOUT_IT.search(claim[: verb.start()]):
            return None  # "Was the firm fined for polluting…?" asks about the penalty; "a banned drug" does not
        if not tokens(ASKS.sub("", claim[: verb.start()])):
            continue  # "Has flooding disrupted…?": no one to have done it
        before = sentence[: m.start()]
        if _NOT_GIVEN.search(before):
            return "aside"
        # "Irene Vale's manager was struck off": the possessor is not who was penalised.
        if not done_by(claim, act, re.sub(r"\b[\w-]+[’']s\b", " ", before)):
            return "aside"
        return "done" if m.group("penalty") else "not done"
    return None
