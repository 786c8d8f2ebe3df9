"""A search that goes on has not found what it seeks: "The search for Leo Carr continues" refutes "Has
Leo Carr been found?".

The stance model reads the search as the finding: "The search for the missing boy, Leo Carr, continues"
supported "Did police find the missing boy, Leo Carr?" at 0.99, "Coastguards are still looking for the two
missing fishermen" "Have the two missing fishermen… been found?" at 0.90, "Divers are still searching for
the wreck of the Morwen" "Have divers found the wreck…?" at 0.92; and a search resumed as its end:
"Rescuers resumed the search for the missing climber" refuted "Is the search for the missing climber…
still going on?" at 0.98.

The rule: the sentence says that a search for something goes on ("the search for X continues / is under
way / resumed", "still searching / looking / hunting for X", "a manhunt for X is under way") or that X is
still missing, at large or on the run. Against a claim that X was found, caught, recovered, rescued or
arrested, it refutes, at `schedule.MOVED` or more; against a claim that the search goes on or that X is
still missing, it supports. X must be what the claim asks about: the claim's last word for it
("Carr" of "the missing boy, Leo Carr") must be in X, and the claim's other words for it in the
sentence ("Has Leo Carr's bicycle been found?" against "still searching for Leo Carr, whose bicycle was
found" is left to the model). A search told as done ("Police searched the woods for Leo Carr on
Saturday"), a claim about something else ("Has the gunman been identified?") are left alone.

The other way round (`caught_side`): one the sentence says was arrested, caught, captured, recaptured,
detained or handed themselves in refutes a claim that they are still at large or on the run, and supports
one that they were caught ("The Ostby gunman was arrested in Harlow" had said neither to both; "The two
Ostby escapees were recaptured" refuted "Have they been caught?" at 0.87; eval/stance_caught.jsonl). The
one taken must have the claim's head word ("the gunman's brother" is a brother); "has not been arrested"
reads the other way round, and an arrest only expected is left to the model.
"""

from __future__ import annotations

import re

from assistant.answer.verbs import all_named, same_stem
from assistant.answer.verbs import verb_tokens as tokens

_SEARCHES = r"(?:search|searches|hunt|hunts|manhunt|manhunts)"
_ON = (
    r"(?:continues|continued|goes\s+on|went\s+on|(?:is|was)\s+(?:continuing|under\s?way|ongoing)|resumed|"
    r"(?:was|has|has\s+been)\s+(?:resumed|stepped\s+up))"
)
_END = (
    r"(?=\s*$|\s*[;.]|,\s+(?![A-Z])|,?\s+(?:who|whose|which|after|since|at|on|in|near|off|across|as|amid|"
    r"is|are|was|were|has|have|had)\b)"
)
_X = rf"(?P<x>[^;.]+?){_END}"
_GOES_ON = [
    re.compile(rf"\b(?:the|a)\s+{_SEARCHES}\s+for\s+(?P<x>[^;.]+?),?\s+{_ON}\b", re.I),
    re.compile(rf"\b(?:the|a)\s+{_SEARCHES}\s+for\s+{_X}[^;.]*?\s+{_ON}\b", re.I),
    re.compile(
        rf"\b(?:resumed|resumes?|continued|continues?|stepped\s+up|widened)\s+(?:the|their|its|a)\s+{_SEARCHES}"
        rf"\s+for\s+{_X}",
        re.I,
    ),
    re.compile(rf"\bstill\s+(?:searching|looking|hunting)\s+for\s+{_X}", re.I),
    re.compile(rf"\bcontinu\w*\s+(?:to\s+)?(?:search|searching|look|looking|hunt|hunting)\s+for\s+{_X}", re.I),
]
_STILL = re.compile(
    r"(?:^|[,;]\s*)(?P<x>[^,;]+?)\s+(?:(?:is|are|was|were)\s+still|remains?|remained)\s+"
    r"(?:missing|at\s+large|on\s+the\s+run)\b",
    re.I,
)
_FOUND = re.compile(
    r"\b(?:find|finds|found|locate[sd]?|recover(?:s|ed)?|rescue[sd]?|catch|catches|caught|arrest(?:s|ed)?|"
    r"recapture[sd]?|trace[sd]?|detain(?:s|ed)?|apprehend(?:s|ed)?)\b",
    re.I,
)
# A claim about the search itself: "Is the search for X still going on?", "Is X still at large?"
_CLAIM_SEARCH = re.compile(
    rf"\b{_SEARCHES}\s+for\s+(?P<x>[^?,;]+?)\s+(?:still|continu|going|under|resum|on\b|\?|$)", re.I
)
_CLAIM_STILL = re.compile(
    r"^\W*(?:is|are|was|were)\s+(?P<x>.+?)\s+still\s+(?:missing|at\s+large|on\s+the\s+run)\b", re.I
)
# Not the thing sought: who seeks it. (Auxiliaries and articles are no tokens anyway.)
_SEEKERS = frozenset(tokens("police"))


def _sought(sentence: str) -> list[str]:
    """What the sentence says is still sought."""
    found = [m.group("x") for pattern in _GOES_ON for m in pattern.finditer(sentence)]
    return found + [m.group("x") for m in _STILL.finditer(sentence)]


def _content(text: str) -> list[str]:
    return [t for t in tokens(text) if t not in _SEEKERS]


def _thing(claim: str, search: re.Match[str] | None, at: re.Match[str] | None) -> str | None:
    """The claim's words for what it asks about: what the search is for; else after the finding verb where
    it has an object there, before it where not."""
    if search is not None:
        return search.group("x")
    if at is None:
        return None
    after = claim[at.end() :]
    return after if _content(after) else claim[: at.start()]


def _head(thing: str) -> str | None:
    """The last of those words before a comma or a preposition: "boy" of "the missing boy, Leo Carr",
    "climber" of "the missing climber on Ben Tarra", "bicycle" of "Leo Carr's bicycle"."""
    words = _content(re.split(r",|\b(?:on|in|at|from|of|near|after|off|since)\b", thing, maxsplit=1, flags=re.I)[0])
    return words[-1] if words else None


def while_sought(claim: str, sentence: str) -> str | None:
    """ "refutes" a claim that what the sentence says is still sought was found, "supports" one that the
    search goes on; else None."""
    sought = _sought(sentence)
    if not sought:
        return None
    search = _CLAIM_SEARCH.search(claim) or _CLAIM_STILL.search(claim)
    thing = _thing(claim, search, None if search else _FOUND.search(claim))
    if thing is None:
        return None
    asked, head, said = _content(thing), _head(thing), tokens(sentence)
    for x in sought:
        if head and any(same_stem(head, w) for w in tokens(x)) and all_named(asked, said):
            return "supports" if search else "refutes"
    return None


_TAKEN = r"arrested|caught|captured|recaptured|detained|apprehended|taken\s+into\s+custody"
# Someone taken: "X was arrested", "X has not been caught", "Police captured X", "X handed himself in".
_WAS_TAKEN = re.compile(
    rf"(?:^|[,;]\s*|\bthat\s+)(?P<x>[^,;]+?)\s+(?:was|were|has|have|had)\s+(?P<not>not\s+|yet\s+to\s+)?(?:been\s+|be\s+)?"
    rf"(?:{_TAKEN})\b|(?:^|[,;]\s*)(?P<x2>[^,;]+?)\s+(?:handed|turned)\s+(?:himself|herself|themselves)\s+in\b",
    re.I,
)
_TOOK = re.compile(rf"\b(?:{_TAKEN})\s+(?P<x>[^,;.]+?)(?=\s+(?:in|at|on|near|after|late|early|following|as)\b|[,;.]|$)")
_OPEN = re.compile(r"\b(?:will|would|could|may|might|expect\w*|hope\w*|if|unless)\b", re.I)
_CLAIM_CAUGHT = re.compile(
    r"^\W*(?:has|have|had|was|were)\s+(?P<x>.+?)\s+(?:been\s+)?(?:caught|captured|apprehended|tracked\s+down)\b", re.I
)
_CLAIM_AT_LARGE = re.compile(
    r"^\W*(?:(?:is|are)\s+(?P<x>.+?)|(?P<x2>.+?)\s+(?:is|are|remains?))\s+still\s+(?:at\s+large|on\s+the\s+run)\b",
    re.I,
)


def _taken(sentence: str) -> list[tuple[str, bool]]:
    """Who the sentence says was taken (arrested, caught, captured, handed themselves in), each with whether
    it says so (False: "has not been arrested"); nothing from a sentence that only expects it."""
    if _OPEN.search(sentence):
        return []
    out = [(m.group("x") or m.group("x2"), not m.group("not")) for m in _WAS_TAKEN.finditer(sentence)]
    return out + [(m.group("x"), True) for m in _TOOK.finditer(sentence)]


def caught_side(claim: str, sentence: str) -> str | None:
    """ "refutes" a claim that someone the sentence says was caught is still at large, "supports" one that
    they were caught (and the other way round where it says they have not been); else None."""
    asked = _CLAIM_CAUGHT.search(claim)
    found = asked or _CLAIM_AT_LARGE.search(claim)
    if found is None:
        return None
    thing = found.group("x") or found.group("x2")
    wanted, head = _content(thing), _head(thing)
    for x, taken in _taken(sentence):
        told = _head(x)  # "the gunman's brother" is the brother
        if head and told and same_stem(head, told) and all_named(wanted, _content(x)):
            return "supports" if taken == bool(asked) else "refutes"
    return None
