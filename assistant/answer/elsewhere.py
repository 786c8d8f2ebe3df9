"""A sentence about another named thing of the claim's kind: "the Ostby bridge" for "the Tarn bridge".

The stance model reads the kind and the deed and passes over the name that says which one: "The Ostby valley
road reopened" supported "Has the Tarn valley road reopened?" at 0.98, "The Ostby school was closed because of
snow" "Was the Tarn school closed because of snow?" at 0.99, "Ana Kell won the Ostby mayoral election" refuted
"Did Ana Kell win the Tarn mayoral election?" at 0.88 (eval/stance_another_named.jsonl). What such a sentence
tells is true of something else: neither yes nor no.

The reading: the claim names its thing by a name before a word of its kind ("the Tarn bridge", "Corvel's
shares"); the sentence gives the same word after another name ("the Ostby bridge", "Ostby Foods' shares"); the
two names share no word and neither stands for the other (`initials.ALIASES`: "US" and "American"; an acronym and
its words), and the sentence names none of the claim's names (the Halden trophy won by a Dutch crew answers
whether the Ostby crew won it). Dates are not names ("the May deadline" is `schedule`'s), nor is the word a
question opens with, nor a word that only describes ("the Saudi-led coalition").
"""

from __future__ import annotations

import re

from assistant.answer.context import name_words, names_in_part
from assistant.answer.initials import ALIASES, spelt_out
from assistant.text import MONTHS, WEEKDAYS, fold

_CAPITAL = r"[A-Z][\w’'.&]*(?:-[A-Z][\w’'.&]*)*(?![\w-])"
# "the Tarn valley road" (the one of that name: "an Arab coalition" may be the Saudi-led one), or "Corvel's
# shares", "Ostby Foods' shares" (owned): a name, then the word of its kind.
_NAMED = re.compile(
    rf"(?:\b[Tt]he\s+(?P<name>(?:{_CAPITAL}\s+){{0,3}}{_CAPITAL})"
    rf"|(?P<owner>(?:{_CAPITAL}\s+){{0,3}}{_CAPITAL})(?:[’']s|(?<=s)[’']))\s+(?P<kind>[a-z][\w-]*)\b"
)
# Words that open a question or a sentence without naming anything ("Did Corvel's shares fall?").
_OPENING = re.compile(
    r"^(?:Did|Does|Do|Has|Have|Had|Is|Was|Are|Were|Will|Would|Can|Could|Should|Must|May|Might|Who|What|When|Where|"
    r"Why|How|Which|The|A|An|In|On|At|After|Before|But|And|As|If|So|Then|Yesterday|Today)\s+"
)
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS) | {"today", "yesterday", "tomorrow", "tonight"}
# Words after a name that are no kind of thing ("the Class of 1978", "the Tarn and Ostby roads").
_NO_KIND = frozenset(
    re.findall(
        r"\w+",
        """of and or nor but in on at to for from with by as into over under about than who whom whose which that
    is was are were be been has had have said says told""",
    )
)


def _named(text: str) -> list[tuple[str, str]]:
    """(name, kind word) for each thing the text names before a word of its kind."""
    out = []
    for m in _NAMED.finditer(text):
        name = m.group("name") or m.group("owner")
        while (opened := _OPENING.match(name + " ")) and opened.end() <= len(name):
            name = name[opened.end() :]
        name = name.strip()
        if m.group("kind").lower() in _NO_KIND:
            continue
        if name and not any(w.lower().strip(".") in _CALENDAR for w in name.split()):
            out.append((name, m.group("kind").lower()))
    return out


def _one_for_the_other(a: str, b: str) -> bool:
    """One name stands for the other: an alias of the same group, or an acronym written out."""
    key_a, key_b = fold(a).replace(".", ""), fold(b).replace(".", "")
    for group in ALIASES:
        keys = {fold(x) for x in group}
        if key_a in keys and key_b in keys:
            return True
    for short, long in ((a, b), (b, a)):
        letters = short.replace(".", "")
        if letters.isupper() and letters.isalpha() and spelt_out(letters, long) is not None:
            return True
    return False


def _named_in(name: str, sentence: str) -> bool:
    return names_in_part(sentence, name) or any(_one_for_the_other(name, other) for other, _ in _named(sentence))


def another_named_side(claim: str, sentence: str) -> str | None:
    """ "neither" where the sentence tells of another named thing of the claim's kind (see above); else None."""
    asked = _named(claim)
    if not asked:
        return None
    if any(_named_in(name, sentence) for name, _ in asked):  # "The Halden trophy went to a Dutch crew"
        return None
    told = _named(sentence)
    for name, kind in asked:
        for other, other_kind in told:
            if other_kind.rstrip("s") != kind.rstrip("s") or name_words(other) & name_words(name):
                continue
            if _one_for_the_other(name, other) or fold(other) in fold(claim):
                continue
            return "neither"
    return None
