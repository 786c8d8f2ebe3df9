"""A state that holds or has changed (still in hospital / discharged, still in force / lifted), asked and told.

Four readings share this shape (hospital.py, in_force.py, alive.py, in_prison.py): the claim asks either that the
state still holds or that it has changed; the sentence names the claim's subject just before a verb that tells
either. Whether the two agree is the side; a sentence about someone or something else is no side.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

# Words an event is named with that a sentence may leave out: "in the crash" is named by "crash".
_EVENT_SMALL = frozenset({"the", "a", "an", "in", "on", "at", "of", "during", "after", "when", "this", "that"})
_OTHER_CLAUSE = re.compile(r"\b(?:who|whom|whose|which|that|and|but|while|after|as|when)\b", re.IGNORECASE)


def is_subject(word: str, before: str) -> bool:
    """`word` is named just before the verb, in its clause: "Mara Voss, 58, was discharged", not "Ana Kell
    visited Leo Carr, who left hospital", nor "Police who enforced the curfew were withdrawn", nor "Tom
    Reyes's brother was killed"."""
    m = re.search(rf"\b{re.escape(word)}\b(?P<rest>[^;]*)$", before, re.IGNORECASE)
    if m is None or _OTHER_CLAUSE.search(m["rest"]) or len(m["rest"].split()) > 4:
        return False
    if re.match(r"[’']s\b", m["rest"]):
        return False  # "Tom Reyes's brother was killed": the brother is the subject
    return not _OTHER_CLAUSE.search(re.split(r"[,;]", before[: m.start()])[-1])


@dataclass(frozen=True)
class StateReading:
    """`holds_asked` / `changed_asked` read the claim (its subject in the first named group that matched, and
    in a group whose name starts with `event`, where it has one, the event the sentence must name too: "the crash");
    `holds` / `changed` read the sentence; `small` are subject words a sentence need not repeat; `head` picks
    the word that must be the verb's subject; `whole_words` asks each subject word to end where the sentence's
    word ends ("ban" then does not stand for "bans")."""

    holds_asked: re.Pattern[str]
    changed_asked: re.Pattern[str]
    holds: re.Pattern[str]
    changed: re.Pattern[str]
    small: frozenset[str]
    head: Callable[[list[str]], str]
    whole_words: bool

    def side(self, claim: str, sentence: str) -> str | None:
        """ "supports" / "refutes" where the sentence tells of the claim's subject that the state holds or has
        changed; "neither" where it tells it of someone of theirs ("Mara Voss's husband was discharged"); else
        None."""
        holds_asked = self.holds_asked.search(claim)
        asked = holds_asked or self.changed_asked.search(claim)
        if asked is None:
            return None
        subject = next((v for k, v in asked.groupdict().items() if v and not k.startswith("event")), "")
        words = [w for w in re.findall(r"[\w’'-]+", subject) if w.lower() not in self.small]
        event = next((v for k, v in asked.groupdict().items() if v and k.startswith("event")), "")
        named = words + [w for w in re.findall(r"[\w’'-]+", event) if w.lower() not in _EVENT_SMALL]
        told = self.holds.search(sentence) or self.changed.search(sentence)
        end = r"\b" if self.whole_words else ""
        if not words or told is None:
            return None
        if not all(re.search(rf"\b{re.escape(w)}{end}", sentence, re.IGNORECASE) for w in named):
            return None
        before = sentence[: told.start()]
        if not is_subject(self.head(words), before):
            # "Tom Reyes's brother was killed": told of someone of theirs, which is no side of theirs
            return (
                "neither" if re.search(rf"\b{re.escape(self.head(words))}[’']s(?:\s+\w+){{1,2}}\s+$", before) else None
            )
        holds = self.holds.search(sentence) is not None
        if holds and self.changed.search(sentence):
            return None  # "survived the first crash but died in the second": which one is asked is not read
        return "supports" if holds == bool(holds_asked) else "refutes"
