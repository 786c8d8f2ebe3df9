"""A move from one club or employer to another: "Tom Reyes joined Kelso Rovers from Lyle United" says he left
Lyle United, and joined Kelso Rovers.

The stance model read the club a player or an executive came *from* as one they are still at: that sentence
refuted "Did Tom Reyes leave Lyle United?" at 0.90, "Kelso Rovers signed Jon Pike from Lyle United" at 0.99,
"Dan Oduya moved from Harlow Town to Brenna City" "Did Dan Oduya leave Harlow Town?" at 0.99, "Ana Kell has
joined Corvel as finance chief from Tarn Bank" "Has Ana Kell left Tarn Bank?" at 0.99; and it refuted a claim
of leaving against a move that left no one ("Leo Marsh joined Lyle United from Kelso Rovers" against "Did Leo
Marsh leave Lyle United?", 0.97; "Kelso Rovers failed in a bid to sign Omar Diaz from Ostby Athletic", 0.98)
(eval/stance_moved_from.jsonl).

The rule: the claim names a person and asks whether they left a place ("Did Tom Reyes leave Lyle United?",
"Has she left Tarn Bank?"), whether they are still at it or stayed ("Is he still at…?", "Did he stay at…?"), or
whether they joined one ("Did Mia Lund join Kelso Rovers?"). The sentence names the person and tells a move:
"joined / signed for / moved to X from Y", "X signed (or bought, hired, appointed…) P from Y", "moved / switched /
transferred from Y to X", "left / quit Y for X", "a move from Y to X". Where Y is the place the claim asks
about, the move supports that they left it and refutes that they are still there; where X is the place the
claim asks about, it supports that they joined it. A move only to come or tried ("will join", "is set to sign",
"a bid to sign", "failed to"), denied, or one whose places are not the claim's, says neither.
"""

from __future__ import annotations

import re

from assistant.answer.context import first_name, names
from assistant.text import fold

# What a claim asks of the place it names; the place runs to the end of the claim or to a word that is no part of it.
_PLACE = r"(?P<place>(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+(?:[A-Z][\w’'&.-]*|of|de|and|&)){0,5})"
_ASKS_LEFT = re.compile(
    rf"\b(?:leave|left|leaves|leaving|quit|quits|depart(?:ed|s)?\s+(?:from\s+)?|exit(?:ed)?)\s+{_PLACE}"
)
_ASKS_STILL = re.compile(
    rf"\b(?:still\s+(?:at|with|playing\s+for|working\s+for|employed\s+by|on\s+the\s+books\s+at)|"
    rf"(?:stay|stayed|stays|remain|remained|remains)\s+(?:at|with))\s+{_PLACE}"
)
_ASKS_JOINED = re.compile(rf"\b(?:join|joined|joins|sign\s+for|signed\s+for|move\s+to|moved\s+to)\s+{_PLACE}")

_TO = r"(?:joined|joins|has\s+joined|signed\s+for|signs\s+for|moved\s+to|moves\s+to|switched\s+to|join)"
_MOVE_VERB = r"(?:moved|moves|switched|switches|transferred|transfers|move|switch|transfer)"
_SIGNED = (
    r"(?:signed|signs|bought|buys|recruited|recruits|hired|hires|poached|poaches|appointed|appoints|"
    r"completed\s+the\s+(?:signing|purchase|capture)\s+of|sign|buy|hire|poach|recruit|appoint)"
)
# Each way of telling the move, with the place left (`from_`) and the place joined (`to`) where it names them.
_MOVES = (
    re.compile(rf"\b{_TO}\s+(?P<to>[^,;]+?)\s+from\s+(?P<from_>[^,;]+)"),
    re.compile(rf"\b{_SIGNED}\s+(?P<who>[^,;]+?)\s+from\s+(?P<from_>[^,;]+)"),
    re.compile(rf"\b(?:{_MOVE_VERB}|move|switch|transfer)\s+from\s+(?P<from_>[^,;]+?)\s+to\s+(?P<to>[^,;]+)"),
    re.compile(r"\b(?:left|leaves|quit|quits|leave)\s+(?P<from_>[^,;]+?)\s+(?:for|to\s+join)\s+(?P<to>[^,;]+)"),
)
# Where a claim of leaving says they went: "…leave Lyle United for Kelso Rovers?", "…to join Kelso Rovers".
_BOUND_FOR = re.compile(rf"\s+(?:for|to\s+join)\s+{_PLACE}")
# Not a move made: to come, tried, wanted, denied.
_NOT_MADE = re.compile(
    r"\b(?:will|would|could|may|might|shall|set\s+to|expected\s+to|poised\s+to|due\s+to|about\s+to|is\s+to|are\s+to|"
    r"bid|bids|attempt|attempts|tried|try|tries|failed|fail|fails|talks|interest|interested|linked|wants?|"
    r"wanted|hopes?|hoped|plans?|planned|considering|not|never|no)\b|n[’']t\b",
    re.IGNORECASE,
)


def _same_place(asked: str, told: str) -> bool:
    """The place the claim names is the one the sentence's words begin with ("Lyle United on a three-year deal")."""
    a = re.findall(r"[\w&]+", fold(re.sub(r"^the\s+", "", asked.strip(), flags=re.IGNORECASE)))
    t = re.findall(r"[\w’'&]+", fold(re.sub(r"^the\s+", "", told.strip(), flags=re.IGNORECASE)))
    return bool(a) and t[: len(a)] == a  # not "Corvel's rival Brenna Energy"


def moved_side(claim: str, sentence: str) -> str | None:
    """How a move from one place to another reads against a claim that its person left a place, is still at
    it, or joined one: "supports", "refutes", "neither" (a move to come, tried, or not between the claim's
    places); None where the sentence tells no move of the claim's person or the claim asks none of these."""
    left, still, joined = _ASKS_LEFT.search(claim), _ASKS_STILL.search(claim), _ASKS_JOINED.search(claim)
    asked = left or still or joined
    name = first_name(claim)
    if asked is None or name is None or not names(sentence, name) or re.search(r"\bnot\b|n[’']t\b", claim):
        return None
    place = asked.group("place")
    if fold(place).startswith(fold(name)):
        return None  # the claim's first name is the place, not a person
    # "Did he leave Lyle United for Kelso Rovers?": a move to another place answers only where it left
    bound = _BOUND_FOR.match(claim[asked.end() :]) if left else None
    if bound is not None and not names(sentence, bound.group("place")):
        return "neither" if any(p.search(sentence) for p in _MOVES) else None
    kind = "left" if left else "still" if still else "joined"
    for pattern in _MOVES:
        for m in pattern.finditer(sentence):
            who = m.group("who") if "who" in pattern.groupindex else sentence[: m.start()]
            if names(who, name):
                read = _read(kind, place, sentence, m)
                if read is not None:
                    return read
    return None


def _read(kind: str, place: str, sentence: str, m: re.Match[str]) -> str | None:
    """One move of the claim's person against what the claim asks of `place`."""
    made = not _NOT_MADE.search(sentence[: m.start()].rsplit(",", 1)[-1] + " " + m.group(0)[:12])
    from_, to = m.groupdict().get("from_"), m.groupdict().get("to")
    if kind == "joined":
        # "Kelso Rovers signed Tom Reyes…": the place joined is the subject
        joins = _same_place(place, to) if to is not None else names(sentence[: m.start()], place)
        return ("supports" if made else "neither") if joins else None
    if from_ is not None and _same_place(place, from_):
        return "neither" if not made else "supports" if kind == "left" else "refutes"
    # a move of theirs between other places, or into the one asked about, leaves no one
    return "neither" if kind == "left" else None
