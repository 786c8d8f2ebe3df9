"""Which way a figure went, told by the figure it is compared with: "…, down from 4.6%".

"Food prices rose 3.8% in the year to March, down from 4.6% in February" says prices rose; what fell is
the pace of the rise. The stance model read the "down": it supported "Did food prices fall…?" at 0.79
and refuted "Did wage growth slow…?" at 0.97. Where the sentence gives a level ("Brannock made a profit
of £41m, down from £58m", "Turnout was 58%, down from 63%", "fell to 3.1%, down from 3.4%") the
comparison says which way the level went; the model had supported "Did Brannock's profits grow?" at
0.91 and refuted "Did turnout fall?" at 0.79.

The rule: the sentence has one clause with ", down from <figure>" or ", up from <figure>", stated as
done (no modal, forecast or negation). With a verb of change and a size ("rose 3.8%", "grew by 2%") the
thing went the verb's way and its pace the comparison's; without one, or with "rose to" / "fell to", the
level went the comparison's way. A claim that the thing rose or fell is read against the first, one
that its pace slowed or quickened ("slow", "ease", "faster", "accelerate") against the second. The
claim's subject must be named in that clause ("the number of visitors to the Lannick Museum" in "The
Lannick Museum had 410,000 visitors"): then the model's lean goes to that side, at `schedule.MOVED` or
more where the clause names every word of the claim. A level told as a new low or high ("Crime in Tarn is
at its lowest level for 20 years", "hit a two-year low", "closed at a record high") went down or up: the
model had refuted "Has crime in Tarn gone down?" at 0.89 and "Did shares in Corvel rise…?" at 0.98.
Not: "Just 64% arrived on time, down from 71%" against "more often" (no verb of rise or fall in the
claim), another thing ("Rents rose 6%, down from 9%" against "Did the population fall?"), a recovery
("recovered from a two-year low").
"""

from __future__ import annotations

import re

from assistant.answer.verbs import ASKS, all_named
from assistant.answer.verbs import verb_tokens as tokens

_UP = (
    r"rise|rises|rising|rose|risen|grow|grows|growing|grew|grown|increase|increases|increased|increasing|"
    r"climb|climbs|climbed|climbing|(?:go|goes|going|went|gone)\s+up"
)
_DOWN = (
    r"fall|falls|falling|fell|fallen|drop|drops|dropped|dropping|decline|declines|declined|declining|"
    r"decrease|decreases|decreased|decreasing|shrink|shrinks|shrank|shrunk|shrinking|(?:go|goes|going|went|gone)\s+down"
)
_SLOWER = r"slow|slows|slowed|slowing|slower|ease|eases|eased|easing|cool|cools|cooled|cooling|moderated?|moderating"
_FASTER = r"accelerated?|accelerates|accelerating|faster|quicker|(?:speed|speeds|sped|picked|picks|pick)\s+up"
_CLAIM_WORD = re.compile(rf"\b(?:(?P<up>{_UP})|(?P<down>{_DOWN})|(?P<slower>{_SLOWER})|(?P<faster>{_FASTER}))\b", re.I)

_COMPARED = re.compile(r",\s+(down|up)\s+(?:sharply\s+|slightly\s+)?from\s+(?:about\s+|around\s+)?[£$€]?\d", re.I)
# A verb of change in the sentence, as `idioms.in_plain_words` leaves it, with what follows: "to" a level,
# or a size.
_CHANGE = re.compile(
    r"\b(?:(?P<up>rose|risen|rises|grew|grown|grows|increased|climbed|jumped)|"
    r"(?P<down>fell|fallen|falls|shrank|shrunk|shrinks|sank|sunk|decreased|declined|dropped|dipped|eased))\b"
    r"(?P<to>\s+to\b)?",
    re.I,
)
_NOT_DONE = re.compile(
    r"\b(?:not|no|never|will|would|could|(?-i:may)|might|should|expected|forecast|projected|predicted|set\s+to|"
    r"likely|if|unless)\b|n[’']t\b",
    re.I,
)
_FIGURE = re.compile(r"\d")
# Words of a claim's subject that name the measure rather than the thing ("the number of visitors").
_MEASURE = frozenset(tokens("number numbers level levels amount total figure figures growth rate pace"))


# A level told as a new low or high: "is at its lowest level for 20 years", "hit a two-year low", "closed at
# a record high", "fell to its lowest point since records began".
_EXTREME = re.compile(
    r"\b(?:(?:is|are|was|were|remains?|remained|stands?|stood)\s+at|at|to|hit|hits|reached|reaches|touched|"
    r"closed\s+at)\s+(?:its|their|a|an|the)\s+(?:new\s+|fresh\s+|all-time\s+|record\s+|[\w-]+-(?:year|month|week|"
    r"decade)\s+)?(?P<dir>lowest|highest|low|high)\b",
    re.I,
)


def _extreme(sentence: str) -> tuple[str, str, str] | None:
    """("down" / "up", "level", the clause) where the sentence tells its one level as a new low or high."""
    found = list(_EXTREME.finditer(sentence))
    if len(found) != 1:
        return None
    clause = re.split(r"[;:]|\bwhile\b|\bwhereas\b|\bafter\b", sentence[: found[0].end()])[-1]
    went = "down" if found[0].group("dir").lower().startswith("low") else "up"
    changes = list(_CHANGE.finditer(clause))
    verb = changes[0] if len(changes) == 1 else None
    if _NOT_DONE.search(clause) or len(changes) > 1 or (verb and ("up" if verb.group("up") else "down") != went):
        return None
    return went, "level", clause


def _went(sentence: str) -> tuple[str, str, str] | None:
    """("up" / "down" of the thing, "up" / "down" of its pace or "level" where it gives a level, and the
    clause), or None."""
    found = list(_COMPARED.finditer(sentence))
    if not found:
        return _extreme(sentence)
    if len(found) != 1:
        return None
    m = found[0]
    clause = re.split(r"[;:]|\bwhile\b|\bwhereas\b", sentence[: m.start()])[-1]
    if _NOT_DONE.search(clause) or not _FIGURE.search(clause):
        return None
    compared = m.group(1).lower()
    changes = list(_CHANGE.finditer(clause))
    if len(changes) > 1:
        return None
    if not changes:
        return compared, "level", clause
    change = changes[0]
    verb = "up" if change.group("up") else "down"
    if change.group("to"):  # "fell to 3.1%, down from 3.4%": a level, which the two agree on
        return (verb, "level", clause) if verb == compared else None
    return verb, compared, clause


def compared_side(claim: str, sentence: str) -> tuple[str, bool] | None:
    """("supports" / "refutes", whether the clause names every word of the claim) where the sentence's
    comparison answers the claim's rise or fall, else None."""
    went = _went(sentence)
    words = list(_CLAIM_WORD.finditer(claim))
    if went is None or not words or _NOT_DONE.search(claim):
        return None
    thing, pace, clause = went
    asked = next((w for w in words if w.group("slower") or w.group("faster")), words[0])
    if asked.group("slower") or asked.group("faster"):
        if pace == "level" and "%" not in clause:  # a pace is a rate: "inflation fell to 3.1%"
            return None
        moved = thing if pace == "level" else pace
        wanted = "down" if asked.group("slower") else "up"
    else:
        moved = thing
        wanted = "up" if asked.group("up") else "down"
    said = set(tokens(clause))
    subject = [t for t in tokens(ASKS.sub("", claim[: words[0].start()])) if t not in _MEASURE]
    if not subject or not all_named(subject, said):
        return None
    rest = [t for t in tokens(ASKS.sub("", _CLAIM_WORD.sub(" ", claim))) if t not in _MEASURE]
    whole = all_named(rest, tokens(sentence))
    return ("supports" if moved == wanted else "refutes"), whole


# A figure told as a record: "reached a record 41C", "welcomed a record 1.2 million visitors".
_RECORD_FIGURE = re.compile(r"\ba\s+record\s+(?=[-−–]?[£$€]?\d)", re.IGNORECASE)
_CLAIM_RECORD = re.compile(r"\brecords?\b(?!\s+(?:of|for|label|company|shop|store|player|book))", re.IGNORECASE)
_FELL_TO = re.compile(rf"\b(?:{_DOWN}|plunged|plummeted|sank|slumped|dipped|tumbled)\s+(?:\w+\s+){{0,2}}?to\s*$", re.I)


def record_as_level(claim: str, sentence: str) -> str:
    """The sentence with a figure told as a record ("reached a record 41C") as a record high or low ("a
    record high of 41C"; a low after a fall: "fell to a record -31C"), where the claim asks about a record:
    the model had read the figure beside "a record" as a refusal ("Temperatures in Ostby reached a record
    41C" refuted "Did temperatures in Ostby hit a record high?" at 0.90). Else the sentence."""
    if not _CLAIM_RECORD.search(claim):
        return sentence
    return _RECORD_FIGURE.sub(
        lambda m: f"a record {'low' if _FELL_TO.search(sentence[: m.start()]) else 'high'} of ", sentence
    )


# A claim that compares a figure with an earlier one: "Were Corvel's sales higher than a year earlier?"
_THAN_BEFORE = re.compile(
    r"\b(?:(?P<up>higher|greater|larger|bigger|more|up)|(?P<down>lower|smaller|less|fewer|down))\s+than\s+"
    r"(?:(?:a|one|the)\s+(?:year|month|week|quarter)\s+(?:earlier|before|ago)|last\s+(?:time|year|month|week|"
    r"quarter|season)|before|previously|(?:in\s+)?(?:19|20)\d\d|(?:in\s+|at\s+)?the\s+(?:previous|last|same)\s+"
    r"(?:year|month|week|quarter|season|election|time|period))\b",
    re.IGNORECASE,
)


_DENIED_CHANGE = re.compile(
    rf"\b(?:did|does|has|have|had|was|were)\s+not\s+(?:{_UP}|{_DOWN}|change|changed)\b|\b(?:did|does)n[’']t\s+"
    rf"(?:{_UP}|{_DOWN}|change)\b",
    re.IGNORECASE,
)


def than_before_side(claim: str, sentence: str) -> str | None:
    """ "supports" / "refutes" where the claim compares its figure with an earlier one ("higher than a year
    earlier") and the sentence's one change of that figure went that way or the other ("Corvel's sales fell
    4% from a year earlier"); "neither" where the change is denied ("did not fall"); else None. The model had
    refuted every such claim: "lower than a year earlier" against "fell 4% from a year earlier" at 0.97,
    "higher than last year" against "rose 6% compared with last year" at 0.88 (eval/stance_than_before.jsonl).
    The claim's subject must be named before the change, in its clause."""
    asked = _THAN_BEFORE.search(claim)
    if asked is None or _NOT_DONE.search(claim):
        return None
    subject = [t for t in tokens(ASKS.sub("", claim[: asked.start()])) if t not in _MEASURE]
    changes = list(_CHANGE.finditer(sentence))
    denied = _DENIED_CHANGE.search(sentence)
    if subject and denied and all_named(subject, tokens(sentence[: denied.start()])):
        return "neither"  # "did not fall": which way, if any, is not told
    if not subject or len(changes) != 1:
        return None
    clause = re.split(r"[;:]|\bwhile\b|\bwhereas\b|\bbut\b", sentence[: changes[0].start()])[-1]
    if not all_named(subject, tokens(clause)):
        return None
    if _NOT_DONE.search(clause + changes[0].group()):
        return "neither"  # "did not fall": which way, if any, is not told
    went = "up" if changes[0].group("up") else "down"
    return "supports" if (asked.group("up") is not None) == (went == "up") else "refutes"
