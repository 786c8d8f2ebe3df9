"""An organisation named by its initials in one text and spelt out in the other.

The stance model reads "The European Central Bank left interest rates unchanged" as neither toward "Has
the ECB raised interest rates?" (0.97), and "The KWA said the hosepipe ban would stay" as neither toward
"Did the Kelbridge Water Authority lift the hosepipe ban?"; with the claim's form of the name in the
sentence it reads both as the refutations they are (eval/stance_acronyms.jsonl). So the sentence takes
the claim's form. "The WHO" is read as the question word ("Has the WHO declared the outbreak over?"
was refuted at 0.93 by "The WHO declared the outbreak over"), so a claim names it in full.
"""

from __future__ import annotations

import re

# Small words a name's initials skip: "Federal Bureau of Investigation" is the FBI, "Royal Society for
# the Prevention of Cruelty to Animals" the RSPCA.
SMALL = r"(?:of|the|and|for|on|in|to|&)"
# Names that stand for one another, either way round: "US" in a question, "United States" in the
# article, or "Britain" in the question and "U.K." in the article.
ALIASES = (
    ("US", "USA", "united states", "america", "american", "washington"),
    ("UK", "united kingdom", "britain", "british", "great britain"),
    ("UN", "united nations"),
    ("EU", "european union"),
    ("WHO", "world health organization"),
    ("NATO", "north atlantic treaty organization", "alliance"),
    ("UAE", "united arab emirates", "emirates"),
    ("celsius", "°c", "degrees c"),
    ("fahrenheit", "°f"),
)
# Initials of three to six letters (two are too easily someone else's), with or without dots.
# Where initials end: no letter, digit or hyphen after them, and an apostrophe only as a possessive ("KWA's").
_END = r"(?![\w\-]|['’](?!s\b))"
_INITIALS = re.compile(rf"(?<![\w.’'\-])(?:[A-Z]\.?){{3,6}}{_END}")
_WHO = re.compile(r"(?<=\bthe )WHO\b|\bWHO(?=['’]s\b)")


def spelt_out(letters: str, text: str) -> re.Match[str] | None:
    """Where `text` writes out the name whose initials are `letters` ("MAIB": "Marine Accident
    Investigation Branch"), if it does."""
    spelt = rf"\s+(?:{SMALL}\s+)*".join(rf"{c}[\w’'\-]*" for c in letters)
    return re.search(rf"(?<![\w’'\-]){spelt}(?![\w’'\-])", text)


def _initials(text: str) -> list[str]:
    return list(dict.fromkeys(m.group() for m in _INITIALS.finditer(text)))


def in_claims_names(claim: str, sentence: str) -> str:
    """The sentence with each organisation the claim names by initials, and the sentence spells out,
    named by its initials; and each the sentence names by initials, and the claim spells out, spelt
    out as the claim does."""
    for short in _initials(claim):
        letters = short.replace(".", "")
        if short not in sentence and (m := spelt_out(letters, sentence)):
            sentence = sentence[: m.start()] + short + sentence[m.end() :]
    for short in _initials(sentence):
        letters = short.replace(".", "")
        if short not in claim and (m := spelt_out(letters, claim)):
            sentence = re.sub(rf"(?<![\w.]){re.escape(short)}{_END}", m.group(), sentence)
    return sentence


def who_in_full(claim: str) -> str:
    """ "the WHO" as "the World Health Organization", never a question word."""
    return _WHO.sub("World Health Organization", claim)
