"""Who holds a post now, against a sentence that calls them its former holder.

The stance model reads the name and the post and not the "former": "Former health minister Jane Doyle
spoke at the conference" supported "Is Jane Doyle the health minister?" at 0.98, and so did "Priya Nair,
the former chief executive of Lantern Bank, …" and "Helen Park, who formerly chaired the inquiry, …"
(0.99). A "former" holder is not the holder now: such a sentence refutes a claim about the present.

The rule: the claim asks about now ("Is / Are / Does …", "still"), not about the past ("Was", "did",
"served", "ever"); the sentence names the claim's person and calls someone the former holder of a post
the claim names ("former / formerly / ex- / one-time / erstwhile" followed by the claim's word for the
post: "health", "chief", "chaired", "mayor"). "A former aide to Owen Blake", "Jane Doyle, a former nurse"
name another post and are left to the model.
"""

from __future__ import annotations

import re

from assistant.answer.context import first_name
from assistant.answer.verbs import verb_tokens as tokens
from assistant.text import fold

_NOW = re.compile(r"^\W*(?:is|are|does|do)\b|\b(?:is|are|remains?|still|currently)\b", re.IGNORECASE)
_THEN = re.compile(r"\b(?:was|were|did|had|has\s+been|have\s+been|served|used\s+to|ever|once)\b", re.IGNORECASE)
_FORMER = re.compile(r"\b(?:(?:formerly|former|one-time|erstwhile)\s+|ex-)(?P<post>[A-Za-z][\w-]*)", re.IGNORECASE)


def no_longer(claim: str, sentence: str) -> bool:
    """The sentence calls the claim's person the former holder of the post a claim about now names."""
    if not _NOW.search(claim) or _THEN.search(claim):
        return False
    name = first_name(claim)
    if name is None or fold(name) not in fold(sentence):
        return False
    asked = set(tokens(claim)) - set(tokens(name))
    return any(set(tokens(m.group("post"))) & asked for m in _FORMER.finditer(sentence))
