"""One act in another of its words, read in the claim's: "Leo Carr was fired on Monday" as "Leo Carr was sacked on
Monday" against "Was Leo Carr sacked?".

The stance model reads the words for a sacking, an arrest or a jailing as different acts: "Kelso Rovers fired their
manager" refuted "Did Kelso Rovers sack their manager?" at 0.98, "dismissed their manager" at 0.99, and "Leo Carr was
fired", "Police detained Leo Carr", "A court jailed Leo Carr" said neither to "Was Leo Carr sacked / arrested /
imprisoned?" (eval/stance_same_act.jsonl). Where the claim asks about the act in one of its words, the sentence's
other word for it is put to the model as the claim's, in the same form ("fired" as "sacked", "firing" as "sacking").
Not shots fired ("fired warning shots at"), claims dismissed ("dismissed the claims as nonsense"), nor someone
detained in hospital; a base form only as a verb ("to fire", "will detain"), not "under arrest".
"""

from __future__ import annotations

import re

from assistant.answer.verbs import AFTER_AUXILIARY, clause_before, object_words, verb_tokens

# Each act's words, each in its forms: base, third person, past (and participle), -ing.
_ACTS = (
    (
        ("sack", "sacks", "sacked", "sacking"),
        ("fire", "fires", "fired", "firing"),
        ("dismiss", "dismisses", "dismissed", "dismissing"),
    ),
    (("arrest", "arrests", "arrested", "arresting"), ("detain", "detains", "detained", "detaining")),
    (("jail", "jails", "jailed", "jailing"), ("imprison", "imprisons", "imprisoned", "imprisoning")),
)
# The acts as the keyword index's tokens, for readings that ask whether a claim's verb is one of them.
SAME_ACT = tuple(frozenset(verb_tokens(" ".join(word[0] for word in act))) for act in _ACTS)
# What makes a word another act: shots fired, claims dismissed, a patient detained. Right after the word in a
# sentence ("fired warning shots", "dismissed the claims"); anywhere in a claim ("Were shots fired?").
_SHOTS = r"(?:warning\s+|live\s+)?shots?|rockets?|missiles?|shells?|bullets?|rounds|guns?|weapons?|tear\s+gas|flares?"
_CLAIMS = (
    r"claims?|case|appeal|reports?|ideas?|suggestions?|concerns?|charges?|lawsuit|complaints?|allegations?|"
    r"criticism|fears?|calls?|speculation|rumou?rs?|notion"
)
_AFTER = {
    "fire": rf"\s+(?:{_SHOTS}|at|upon|up|off|back|away|into|from|a\s+(?:shot|gun|warning|rocket|missile|flare)|"
    r"on\s+(?:the\s+)?(?:crowds?|protesters|demonstrators|police|troops|soldiers|civilians|them|him|her|us)|"
    r"the\s+(?:first|starting|opening)|questions)\b",
    "dismiss": rf"(?:\s+(?:it|them|this|that|these|those|him|her))?\s+as\b|"
    rf"\s+(?:(?:the|his|her|their|its|these|those)\s+)?(?:[\w-]+\s+)?(?:{_CLAIMS})\b",
    "detain": r"\s+(?:in\s+hospital|under\s+the\s+mental)\b",
}
_IN_CLAIM = {
    "fire": re.compile(rf"\b(?:{_SHOTS})\b|\bfir\w*\s+(?:at|on|upon)\b", re.IGNORECASE),
    "dismiss": re.compile(rf"\b(?:{_CLAIMS})\b|\bdismiss\w*\s+as\b", re.IGNORECASE),
    "detain": re.compile(r"\b(?:hospital|mental)\b", re.IGNORECASE),
}
_PASSIVE = re.compile(r"\b(?:was|were|been|being|be|is|are)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# Each form, found anywhere (the claim's word, or the claim's word in the sentence); and each other word's form as it
# is replaced: a base form only as a verb (`AFTER_AUXILIARY`), never before what makes it another act (`_AFTER`).
_FOUND = {form: re.compile(rf"\b{form}\b", re.IGNORECASE) for act in _ACTS for word in act for form in word}
_REPLACED = {
    (word[0], f): re.compile(rf"{AFTER_AUXILIARY if f == 0 else ''}\b{form}\b(?!{_AFTER.get(word[0], r'(?!)')})")
    for act in _ACTS
    for word in act
    for f, form in enumerate(word)
}


def _word_in(text: str) -> tuple[int, int, int] | None:
    """The act, word and form of the first act's word in `text`, as indexes into `_ACTS`."""
    found = None
    for a, act in enumerate(_ACTS):
        for w, word in enumerate(act):
            for f, form in enumerate(word):
                m = _FOUND[form].search(text)
                if m and (found is None or m.start() < found[0]):
                    found = (m.start(), (a, w, f))
    return found[1] if found else None


def in_claims_act(claim: str, sentence: str) -> str:
    """`sentence` with the other words for the claim's act in the claim's word (see above); else unchanged."""
    asked = _word_in(claim)
    if asked is None:
        return sentence
    a, w, _ = asked
    act = _ACTS[a]
    if any(base[0] in _IN_CLAIM and _IN_CLAIM[base[0]].search(claim) for base in act):
        return sentence  # "Were shots fired?", "Was the case dismissed?": no sacking asked about
    if any(_FOUND[form].search(sentence) for form in act[w]):
        return sentence  # told in the claim's own word: the model reads that
    named = set(verb_tokens(claim))
    for other, word in enumerate(act):
        if other == w:
            continue
        for f in range(len(word)):

            def claims_word(m: re.Match[str], said: str = act[w][f]) -> str:
                return said if _done_to_the_claims(m.string, m.start(), m.end(), named) else m.group()

            sentence = _REPLACED[word[0], f].sub(claims_word, sentence)
    return sentence


def _done_to_the_claims(sentence: str, start: int, end: int, named: set[str]) -> bool:
    """The act at `start`-`end` is done to whom the claim names: in the passive its subject shares a word with the
    claim ("Leo Carr was fired"), else everything it names after it is in the claim ("fired their manager", not
    "their goalkeeping coach")."""
    before = clause_before(sentence, start)
    if _PASSIVE.search(before):
        return bool(set(verb_tokens(before)) & named)
    return object_words(sentence[end:]) <= named
