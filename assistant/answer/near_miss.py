"""What almost happened did not happen: "The Varden bridge almost collapsed" refutes "Did the Varden
bridge collapse?".

The stance model reads a near miss as neither (0.99 on "almost collapsed", "came close to sinking",
"on the brink of collapse") or as the thing itself: "Joan Harlan came within 200 votes of winning the
Wexley election" supported "Did Joan Harlan win the Wexley election?" at 0.99, "The Oren dam was close
to bursting" "Did the Oren dam burst?" at 0.93.

The rule: the sentence says its subject almost did something ("almost", "nearly", "all but",
"(narrowly) avoided / averted / escaped / prevented", "came close to", "was close to" (not "is close to": that is
not yet, `unrealised`), "came within …
of", "on the brink / verge of"), or was stopped or turned back before it did ("was contained offshore
before it could reach the coast", "turned back 200 metres before reaching the summit", "veered out to sea
before reaching the coast": the model had supported "Did the climbers reach the summit?" at 0.99;
eval/stance_stopped_before.jsonl), or someone stopped it before it got there ("Firefighters contained the
fire before it reached homes in Ostby": the model had supported "Did the fire reach homes in Ostby?" at 0.99;
reaching, spreading to and hitting one place are one deed, and the place must be the claim's;
eval/stance_stopped_by.jsonl), the claim asks whether that happened (its verb is the near-missed word:
"collapse" for "almost collapsed" or "the brink of collapse"), and the claim's subject is named before
the near miss. Then the sentence refutes at `schedule.MOVED` or more, as sure as one that puts the
claim off to another time. Not: "almost" or "nearly" of a quantity ("almost 300 homes", "nearly all"),
a claim about the future, a claim that asks about the near miss itself. The other way, what changed before
it got there says it got there ("Hurricane Lia weakened before making landfall in Tarn": the model had read
a no at 0.99; `happened_after_a_change`).
"""

from __future__ import annotations

import re

from assistant.answer.verbs import done_by
from assistant.answer.verbs import verb_tokens as tokens

_NEAR = (
    r"\b(?:almost|nearly|all\s+but|narrowly\s+missed|(?:narrowly\s+)?(?:avoided|averted|escaped|prevented|"
    r"staved\s+off|headed\s+off)|(?:came|come|comes|coming|was|were|been)\s+"
    r"(?:very\s+|so\s+|dangerously\s+|perilously\s+)?(?:close|near)\s+to|came\s+within\s+(?:[\w,.£$€%]+\s+){1,4}?of|"
    r"on\s+the\s+(?:brink|verge|edge)\s+of|within\s+an?\s+inch\s+of"
    # Stopped or turned back before doing it: "was contained before it could reach the coast", "turned
    # back before reaching the summit" (not "weakened before making landfall": it made landfall).
    r"|before\s+(?:it|they|he|she|we)\s+(?:could|was\s+able\s+to|were\s+able\s+to)"
    r"|(?:turned\s+back|veered|receded|retreated|sank|pulled\s+out|withdrew|gave\s+up|broke\s+down|stalled|"
    r"crashed|ran\s+out\s+of\s+\w+|(?:was|were)\s+(?:stopped|halted|intercepted|shot\s+down|contained|turned\s+back|"
    r"brought\s+under\s+control|called\s+off|abandoned))(?:\s+[\w'-]+){0,6}?\s+before(?:\s+(?:it|they|he|she|we))?)"
)
# What almost happened, and the word for it ("came close to | sinking off"); `unrealised` sets aside the
# support of every one whose word is the claim's verb.
NEAR_MISS = re.compile(rf"{_NEAR}\s+(?:(?:a|an|the)\s+)?(?P<what>[a-z]+(?:\s+[a-z]+)?)", re.IGNORECASE)
_ANY_NEAR = re.compile(_NEAR, re.IGNORECASE)
# "Almost all", "nearly half", "almost always": a quantity or degree, no near miss.
_DEGREE = frozenset(
    re.findall(
        r"\w+",
        """all every everyone everything half twice double triple as entirely completely always never certainly
    no none one two three four five six seven eight nine ten dozen hundred hundreds thousand thousands million
    millions billion billions quarter third a an the""",
    )
)
_FUTURE = re.compile(r"\b(?:will|would|shall|going\s+to|could|may|might)\b|['’]ll\b", re.IGNORECASE)
# Someone stopped it before it got there, in the active voice: "Firefighters contained the fire before it
# reached homes in Ostby" (the model had supported "Did the fire reach homes in Ostby?" at 0.99).
_STOPPED_IT = re.compile(
    r"\b(?:contained|stopped|halted|intercepted|extinguished|put\s+out|turned\s+back|held\s+back|repelled)\s+"
    r"(?P<what>(?:[\w'-]+\s+){1,6}?)before\s+(?:it|they)\s+(?:could\s+|was\s+able\s+to\s+|were\s+able\s+"
    r"to\s+|had\s+)?(?P<deed>[a-z]+)\b(?P<where>[^,;.]*)",
    re.IGNORECASE,
)
# Getting to a place, in any of these words: "spread to the school" against "before it reached the school".
_ARRIVE = frozenset(tokens("reach spread hit arrive"))


def almost_happened(claim: str, sentence: str) -> bool:
    """The sentence says the claim's subject almost did what the claim asks it did."""
    if _FUTURE.search(claim) or _ANY_NEAR.search(claim):
        return False
    for m in NEAR_MISS.finditer(sentence):
        what = m.group("what").lower().split()
        if what[0] in _DEGREE:
            continue
        deed = tokens(" ".join(what))
        if done_by(claim, deed, sentence[: m.start()]):
            return True
        # "veered out to sea before reaching the Carlow coast" against "Did the storm hit the Carlow coast?"
        if (
            set(deed[:1]) & _ARRIVE
            and done_by(claim, tuple(_ARRIVE), sentence[: m.start()])
            and set(_place(claim, tuple(_ARRIVE))) <= set(tokens(sentence[m.start() :]))
        ):
            return True
    for m in _STOPPED_IT.finditer(sentence):
        deed = tokens(m.group("deed"))
        words = tuple(_ARRIVE) if set(deed) & _ARRIVE else deed
        # Its subject is what was stopped, and it was stopped short of the claim's place.
        if done_by(claim, words, m.group("what")) and set(_place(claim, words)) <= set(tokens(m.group("where"))):
            return True
    return False


# What changed before it got there, which says it got there: "weakened before making landfall in Tarn".
_CHANGED_BEFORE = re.compile(
    r"\b(?:weakened|strengthened|slowed|intensified|(?:was|were)\s+downgraded|(?:was|were)\s+upgraded)"
    r"(?:\s+[\w'-]+){0,4}?\s+before\s+(?P<deed>making\s+landfall|reaching|hitting|crossing)\b",
    re.IGNORECASE,
)


def happened_after_a_change(claim: str, sentence: str) -> bool:
    """The sentence says the claim's subject changed before doing what the claim asks it did, at the claim's
    place ("Hurricane Lia weakened before making landfall in Tarn": it made landfall; the model had read a
    no at 0.99). Not a claim about the future, nor one that asks about a near miss."""
    if _FUTURE.search(claim) or _ANY_NEAR.search(claim):
        return False
    for m in _CHANGED_BEFORE.finditer(sentence):
        deed = tokens(m.group("deed"))
        words = tuple(_ARRIVE) if set(deed[:1]) & _ARRIVE else deed
        if done_by(claim, words, sentence[: m.start()]) and set(_place(claim, words)) <= set(
            tokens(sentence[m.end() :])
        ):
            return True
    return False


def _place(claim: str, words: tuple[str, ...]) -> tuple[str, ...]:
    """The claim's tokens after its verb of `words` ("homes", "ostby" of "…reach homes in Ostby?")."""
    asked = tokens(claim)
    at = next((i for i, t in enumerate(asked) if t in words), len(asked))
    return tuple(t for t in asked[at + 1 :] if t not in words)  # "landfall" of "make landfall" is the deed
