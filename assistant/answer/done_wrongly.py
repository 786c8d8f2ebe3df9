"""What was done wrongly was done: "Police wrongly told Kessford residents to stay indoors" supports "Were Kessford
residents told to stay indoors?", and so does an act done unfairly, unlawfully, mistakenly, in error or by mistake,
or narrowly: "The Kessford bill narrowly passed by 52 votes to 49" supports "Did the Kessford bill pass?".

The stance model reads the fault as a denial of the act: that sentence refuted the claim at 0.99, "Dan Pike was
unfairly sacked by Varo Foods" refuted "Was Dan Pike sacked by Varo Foods?" at 0.98, "wrongly arrested" "Was he
arrested?" at 0.92, "The bank wrongly charged Ana Kell a £30 fee" "Did the bank charge her a fee?" at 0.91
(eval/stance_done_wrongly.jsonl). It read "narrowly" as "almost": that bill refuted the claim at 0.80, "Varo Foods
narrowly missed its sales target" "Did Varo Foods miss its sales target?" at 0.99 (eval/stance_narrowly.jsonl).

The reading: the sentence tells an act with an adverb of fault or of a close margin before it (wrongly,
wrongfully, mistakenly, erroneously, unfairly, unlawfully, illegally, unjustly, falsely, accidentally,
inadvertently, narrowly, only just; "not unfairly" too) or "in error", "by mistake", "by accident" after it, not
negated or denied before it; the claim asks, not negated, whether that act was done, in the act's own verb, and
every other word of the claim is in the sentence. Then it supports, and where the act is only feared, possible or
to come ("fears he will be unfairly sacked") it says neither. What someone was wrongly accused or convicted of
("Did Dan Pike steal?") is another verb, and left to the model, which reads it as refuted; so is what a near miss
missed ("narrowly missed qualifying" against "Did he qualify?"), which `near_miss` reads.
"""

from __future__ import annotations

import re

from assistant.answer.same_act import SAME_ACT
from assistant.answer.verbs import NEGATED, asks_of_deed, base_forms, clause_before, names_the_rest
from assistant.answer.verbs import verb_tokens as tokens

# "narrowly" and "only just" too: "The Kessford bill narrowly passed" had refuted "Did the bill pass?" at 0.80.
_FAULT = (
    r"(?:wrongly|wrongfully|mistakenly|erroneously|unfairly|unlawfully|illegally|unjustly|falsely|accidentally|"
    r"inadvertently|narrowly|only\s+just)"
)
_BEFORE = re.compile(rf"\b(?P<not>not\s+)?{_FAULT}\s+(?P<act>[a-z]+)\b", re.IGNORECASE)
_AFTER = re.compile(
    r"\b(?P<act>[a-z]+(?:ed|ent|old|ade|ung|ought|aught|own))\b(?:\s+[\w£$€,'’-]+){0,5}?\s+"
    r"(?:in\s+error|by\s+mistake|by\s+accident)\b",
    re.IGNORECASE,
)
# Before the act in its clause: it is negated or denied (left to the model), or only feared, possible or to come.
_NOT = re.compile(r"\b(?:not|never|no|den(?:y|ies|ied))\b|n[’']t\b", re.IGNORECASE)
_UNDONE = re.compile(r"\b(?:fears?|feared|could|may|might|would|will|if|whether|unless|risk\w*)\b", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:was|were|been|be|being|is|are)\s+(?:not\s+)?$", re.IGNORECASE)


def done_wrongly_side(claim: str, sentence: str) -> str | None:
    """ "supports" where the sentence tells the claim's act done wrongly or by mistake (see above); else None."""
    if NEGATED.search(claim):
        return None
    for m in (*_BEFORE.finditer(sentence), *_AFTER.finditer(sentence)):
        if not _of_the_claim(claim, sentence, m):
            continue
        before = clause_before(sentence, m.start())
        if _NOT.search(before):
            return None
        return "neither" if _UNDONE.search(before) else "supports"  # feared, possible or to come: not yet done
    return None


def _of_the_claim(claim: str, sentence: str, m: re.Match[str]) -> bool:
    """The act `m` found is the one the claim asks about, in its own word or another for the same act."""
    act = tokens(m.group("act"))
    if act == ("fire",) and not _PASSIVE.search(sentence[: m.start()]):
        return False  # "wrongly fired rubber bullets at Dan Pike" is no sacking; "was unfairly fired" is
    if not act:  # "told", a stop word to the token reader: the claim's other words are all the sentence's
        return bool(base_forms(m.group("act")) & base_forms(claim)) and names_the_rest(claim, sentence)
    # One act in the words news uses for it ("unfairly dismissed" answers "Was he sacked?").
    words = {act[0]}.union(*(group for group in SAME_ACT if act[0] in group))
    return any(asks_of_deed(claim, sentence, word) for word in words)
