"""The names a question gives, and which of them no article behind the evidence mentions (the
missing-name gate)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.answer.initials import ALIASES, SMALL, spelt_out
from assistant.answer.retrieve import Scored
from assistant.text import MONTHS, WEEKDAYS, fold

# Capitalised words that start questions or are generic, not names of what is asked about.
_QUESTION_WORDS = frozenset(
    [
        "what",
        "who",
        "whom",
        "whose",
        "which",
        "when",
        "where",
        "why",
        "how",
        "did",
        "does",
        "do",
        "is",
        "are",
        "was",
        "were",
        "will",
        "would",
        "can",
        "could",
        "should",
        "has",
        "have",
        "had",
        "tell",
        "give",
        "list",
        "explain",
        "according",
        "i",
        "is",
        "it",
        "true",
        "that",
        "the",
        "a",
        "an",
        "in",
        "on",
        "of",
    ]
)


# Dates and days are not names: an article says "15 Jan 2019" or "on Monday" in many ways, and a
# question's month (in Title Case) is a date to match, not a subject the sources must name.
_CALENDAR = frozenset(
    [*MONTHS, *WEEKDAYS, "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
)
# The small words Title Case leaves in lower case.
_HEADLINE_SMALL = frozenset(re.findall(r"\w+", "a an the and but or nor for of in on at to by up as with from vs"))


def named_terms(question: str) -> list[str]:
    """Names and acronyms in the question ('Macron', 'China', 'EU'), skipping its first word, dates,
    and, in a Title-Case headline-style question, every capitalised word that is not an acronym."""
    # A name of several words that stands for another ("United Kingdom" for "U.K.") is one name.
    found = [m.group() for m in _ALIAS_PHRASES.finditer(question) if m.group()[0].isupper()]
    question = _ALIAS_PHRASES.sub(" ", question) if found else question
    words = re.findall(r"[^\W\d_][\w’'.-]*", question)
    # Title Case leaves only a headline's small words in lower case ("Heat Record Broken in Sicily");
    # "Who is Rory Bannerman?" is a question about a name, not a headline.
    headline = (
        len(words) > 3
        and sum(w[0].isupper() for w in words) > 0.6 * len(words)
        and all(w.lower() in _HEADLINE_SMALL for w in words[1:] if not w[0].isupper())
    )
    out = []
    for i, w in enumerate(words):
        w = re.sub(r"[’']s$", "", w).strip(".-")
        if not w or w.lower() in _QUESTION_WORDS or w.lower() in _CALENDAR:
            continue
        acronym = len(w.replace(".", "")) > 1 and w.replace(".", "").isupper()
        if acronym or (w[0].isupper() and i > 0 and not headline):
            out.append(w)
    return found + out


def _squash(text: str) -> str:
    return re.sub(r"[^0-9a-z°]+", "", fold(text))


# Derived once from ALIASES: for a name's squashed form, the names that stand for it; and the names of
# several words, matched whole in a question.
_OTHERS = {_squash(a): [b for b in group if _squash(b) != _squash(a)] for group in ALIASES for a in group}
_ALIAS_PHRASES = re.compile(
    r"\b(?:" + "|".join(re.escape(a) for group in ALIASES for a in group if " " in a) + r")\b", re.IGNORECASE
)


def _mentioned(name: str, seen: set[str], squashed: str, lowered: str, raw: str) -> bool:
    from assistant.index.lexical import tokens

    if set(tokens(name)) <= seen:
        return True
    if _acronym_in(name, raw):
        return True
    key = _squash(name)
    if (len(key) >= 4 or (len(key) == 3 and any(c.isdigit() for c in key))) and key in squashed:  # CO2 / CO 2
        return True
    if _spelt_out(name, raw):
        return True
    return any(_acronym_in(a, raw) if a.isupper() else a in lowered for a in _OTHERS.get(key, ()))


def _spelt_out(name: str, raw: str) -> bool:
    """An acronym of three to six letters written out in the text: "MAIB" in "the Marine Accident
    Investigation Branch", "NHS" in "National Health Service". (Two letters are too easily someone
    else's initials; the common ones are in ALIASES.)"""
    letters = name.replace(".", "")
    if not (letters.isalpha() and letters.isupper() and 3 <= len(letters) <= 6):
        return False
    return spelt_out(letters, raw) is not None


_RUN = re.compile(rf"[A-Z][\w’'\-]*(?:\s+(?:{SMALL}\s+)*[A-Z][\w’'\-]*){{2,5}}")


def _abbreviated(question: str, raw: str) -> set[str]:
    """The words of each name of three to six capitalised words in the question whose initials the text
    uses instead: "Marine Accident Investigation Branch" where the article says "MAIB"."""
    out: set[str] = set()
    for run in _RUN.finditer(question):
        words = [w for w in run.group().split() if w[0].isupper()]  # "Did the …" starts a run too
        for i in range(len(words)):
            for j in range(i + 3, min(len(words), i + 6) + 1):
                if _acronym_in("".join(w[0] for w in words[i:j]), raw):
                    out.update(words[i:j])
    return out


def _acronym_in(name: str, raw: str) -> bool:
    """An acronym in the text with or without dots: "US" in "U.S.", "EU" in "E.U."."""
    letters = name.replace(".", "")
    if not (letters.isalpha() and letters.isupper() and len(letters) <= 5):
        return False
    dotted = r"\.?".join(map(re.escape, letters))
    return bool(re.search(rf"(?<![A-Za-z]){dotted}\.?(?![A-Za-z])", raw))


def as_written(question: str, names: Sequence[str]) -> list[str]:
    """Names the question writes next to each other as one, for a notice: "Fox News", not "Fox, News"."""
    out: list[str] = []
    for name in names:
        if out and re.search(rf"\b{re.escape(out[-1])}\s+{re.escape(name)}\b", question):
            out[-1] = f"{out[-1]} {name}"
        else:
            out.append(name)
    return out


def absent_names(question: str, scored: Sequence[Scored]) -> list[str]:
    """Names the question asks about that no article behind the evidence mentions at all, in its
    text or its metadata (outlet, headline): "According to RT, ..." names an outlet, not a subject."""
    from assistant.index.lexical import tokens

    names = named_terms(question)
    if not names or not scored:
        return []
    seen: set[str] = set()
    parts = []
    for art in {s.evidence.article.id: s.evidence.article for s in scored}.values():
        blob = f"{art.outlet} {art.title} {art.text}"
        seen.update(tokens(blob))
        parts.append(blob)
    raw = " ".join(parts)
    lowered = raw.casefold()
    squashed = _squash(lowered)
    short = _abbreviated(question, raw)
    return [n for n in names if n not in short and not _mentioned(n, seen, squashed, lowered, raw)]
