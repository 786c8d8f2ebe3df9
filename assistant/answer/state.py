"""A state that holds or has changed (still in hospital / discharged, still in force / lifted), asked and told.

Two readings share this shape (hospital.py, in_force.py): the claim asks either that the state still holds or
that it has changed; the sentence names the claim's subject just before a verb that tells either. Whether the
two agree is the side; a sentence about someone or something else is no side.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

_OTHER_CLAUSE = re.compile(r"\b(?:who|whom|whose|which|that|and|but|while|after|as|when)\b", re.IGNORECASE)


def is_subject(word: str, before: str) -> bool:
    """`word` is named just before the verb, in its clause: "Mara Voss, 58, was discharged", not "Ana Kell
    visited Leo Carr, who left hospital", nor "Police who enforced the curfew were withdrawn"."""
    m = re.search(rf"\b{re.escape(word)}\b(?P<rest>[^;]*)$", before, re.IGNORECASE)
    if m is None or _OTHER_CLAUSE.search(m["rest"]) or len(m["rest"].split()) > 4:
        return False
    return not _OTHER_CLAUSE.search(re.split(r"[,;]", before[: m.start()])[-1])


@dataclass(frozen=True)
class StateReading:
    """`holds_asked` / `changed_asked` read the claim (its subject in the first named group that matched);
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
        changed; else None."""
        holds_asked = self.holds_asked.search(claim)
        asked = holds_asked or self.changed_asked.search(claim)
        if asked is None:
            return None
        subject = next((v for v in asked.groupdict().values() if v), "")
        words = [w for w in re.findall(r"[\w’'-]+", subject) if w.lower() not in self.small]
        told = self.holds.search(sentence) or self.changed.search(sentence)
        end = r"\b" if self.whole_words else ""
        if not words or told is None:
            return None
        if not all(re.search(rf"\b{re.escape(w)}{end}", sentence, re.IGNORECASE) for w in words):
            return None
        if not is_subject(self.head(words), sentence[: told.start()]):
            return None
        holds = self.holds.search(sentence) is not None
        return "supports" if holds == bool(holds_asked) else "refutes"
