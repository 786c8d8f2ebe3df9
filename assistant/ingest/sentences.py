"""Sentence boundaries as character spans of the cleaned text (so quotes stay verbatim)."""

from __future__ import annotations

import re

# Abbreviations whose period does not end a sentence.
_ABBREV = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "jr",
    "sr",
    "gen",
    "col",
    "lt",
    "sgt",
    "capt",
    "prof",
    "rep",
    "sen",
    "gov",
    "pres",
    "vs",
    "etc",
    "no",
    "nos",
    "jan",
    "feb",
    "aug",
    "sept",
    "oct",
    "nov",
    "dec",
    "inc",
    "ltd",
    "co",
    "corp",
    "dept",
    "mt",
    "ft",
    "approx",
    "est",
    "fig",
    "vol",
    "rev",
}
# End punctuation, then any closing quotes/brackets, then space, then something that can open a sentence.
_BOUNDARY = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘'(\[A-Z0-9])")
_MAX_WORDS = 90


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the period at `dot` belongs to 'Mr.', 'U.S.' or an initial like 'J.'."""
    if text[dot] != ".":
        return False
    m = re.search(r"([A-Za-z.]+)$", text[:dot])
    if not m:
        return False
    word = m.group(1)
    if word.lower().strip(".") in _ABBREV:
        return True
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):  # U.S / e.g / U.K
        return True
    return len(word) == 1 and word.isupper()  # an initial


def split_paragraph(text: str, offset: int = 0) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if _is_abbreviation(text, m.start()):
            continue
        spans.append((start, m.end()))
        start = m.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        spans.append((start, len(text)))
    out: list[tuple[int, int]] = []
    for a, b in spans:
        out.extend(_cap_length(text, a, b))
    return [(a + offset, b + offset) for a, b in out if text[a:b].strip()]


def _cap_length(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Very long 'sentences' (lists, run-ons) are cut at word boundaries so a quote stays readable."""
    words = list(re.finditer(r"\S+", text[a:b]))
    if len(words) <= _MAX_WORDS:
        return [(a, b)]
    pieces = []
    for i in range(0, len(words), _MAX_WORDS):
        group = words[i : i + _MAX_WORDS]
        pieces.append((a + group[0].start(), a + group[-1].end()))
    return pieces


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentences of a cleaned text; paragraphs (lines) never share a sentence."""
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]+", text):
        spans.extend(split_paragraph(m.group(0), m.start()))
    return spans
