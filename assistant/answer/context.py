"""A sentence read with what its article has already said: "the museum" is the museum the article is about.

News names its subject in the headline and the lead, and then calls it "the museum", "the council",
"the airline". The stance model reads a sentence that says so about "the museum" as contradicting a claim
about "the Halden Museum of Art" ("The museum will reopen on Saturday" refuted "Will the Halden Museum of
Art reopen on Saturday?" at 0.90; of 12 such pairs, 7 were read as refuting, several at >= 0.9). So the
sentence is weighed with the claim's name in place of its first "the <noun>", where:
- the article's headline or lead (`LEAD` characters) names it, and the sentence does not;
- the noun is a word of the name ("the bank" for "the Bank of Meridia", "the council" for "Ashby
  Council");
- the sentence does not open with another name ("Skylark said the museum…"), which may be whom it means.
A common noun that is no word of the name ("the company" for "Harlan Foods") is left alone: with it the
probe pairs gained one more, but "The council said the road would be closed…" was read as said by "the
Tarvin Valley" of "Will the Tarvin Valley road be closed…?", a name of another kind.
The same for an event named by what it happened to: "the strike" is read as "the Kelso bus strike" where
the claim says so and the lead names Kelso (`_with_modifier`); the noun is the claim's own word for it.
Only the weighing sees the named form; the quote is the article's own words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.models import Article
from assistant.text import MONTHS, WEEKDAYS, fold

# How much of an article, after its headline, counts as its lead.
LEAD = 400
_AUX = (
    r"(?:Did|Does|Do|Has|Have|Had|Is|Was|Are|Were|Will|Would|Can|Could|Should|Must|May|Might"
    r"|Who|What|When|Where|Why|How|Which)"
)
_NAME = re.compile(r"(?<![\w’'])[A-Z][\w’'.&-]*(?:\s+(?:of|de|del|da|la|the|and|&)?\s*[A-Z][\w’'.&-]*)*")
# Capitalised words that open a sentence or a claim without naming anyone.
_OPENERS = frozenset(
    re.findall(
        r"\w+",
        """the a an it he she they we you i this that these those there in on at after before but and
    according however his her their its some many most one no not when while as if by for from with under
    over during despite two three four five six seven eight nine ten""",
    )
) | frozenset(  # who news sentences open with, by role: "Police said the landslide…" names no one
    re.findall(
        r"\w+",
        """police officers detectives investigators officials authorities prosecutors firefighters rescuers
    paramedics doctors nurses scientists researchers experts analysts economists engineers inspectors
    residents witnesses neighbours neighbors passengers workers staff employees members shareholders
    voters campaigners protesters critics lawyers judges ministers councillors officer official spokesman
    spokeswoman spokesperson""",
    )
)
_CALENDAR = frozenset(MONTHS) | frozenset(WEEKDAYS)


@lru_cache(maxsize=256)  # asked once per sentence weighed, of the same claim
def first_name(claim: str) -> str | None:
    """The first name the claim gives ("Halden Museum of Art" in "Will the Halden Museum of Art reopen?")."""
    for m in _NAME.finditer(claim):
        words = m.group().split()
        if m.start() == 0:
            while words and (re.fullmatch(_AUX, words[0]) or words[0].lower() in _OPENERS):
                words = words[1:]
        name = re.sub(r"[’']s$", "", " ".join(words).rstrip(".")).rstrip(".")
        if name and name.lower() not in _CALENDAR and name != "I":
            return name
    return None


def names(sentence: str, name: str) -> bool:
    """The sentence gives the whole name, case and accents aside."""
    return fold(name) in fold(sentence)


def name_words(name: str) -> set[str]:
    """The name's words, folded, hyphens split ("Saudi-led" -> saudi, led)."""
    return {fold(w).strip(".’'") for w in re.split(r"[\s-]+", name)} - {""}


def names_in_part(sentence: str, name: str) -> bool:
    """The sentence gives a word of the name ("Portman" for "Rob Portman"), short words, case and accents aside."""
    told = fold(sentence)
    return any(re.search(rf"\b{re.escape(w)}\b", told) for w in name_words(name) if len(w) > 2)


def subject_named(claim: str, sentence: str) -> bool | None:
    """Whether the sentence gives the claim's first name (someone else's birth or post is no answer about the
    claim's); None where the claim gives no name."""
    name = first_name(claim)
    return None if name is None else names(sentence, name)


def _opens_with_another_name(sentence: str, claim: str) -> bool:
    m = re.match(r"\s*([A-Z][\w’'.&-]*)", sentence)
    if m is None:
        return False
    return m.group(1).lower() not in _OPENERS and fold(m.group(1)) not in fold(claim)


def _reference(name: str, sentence: str) -> re.Match[str] | None:
    """The sentence's first "the <noun>" for a word of the name; None where there is none, or where it
    names the subject in part ("Portman" for "Rob Portman")."""
    words = [w for w in name.split() if w[0].isupper()]
    lowered = sentence.lower()
    for w in words:
        if len(w) > 2 and re.search(rf"\b{re.escape(w)}\b", sentence) and f"the {w.lower()}" not in lowered:
            return None
    for w in words:
        found = re.search(rf"\b[Tt]he\s+{re.escape(w.lower())}\b", sentence)
        if found:
            return found
    return None


def named_in_context(claim: str, sentence: str, article: Article) -> str:
    """`sentence` with its first "the <noun>" replaced by the claim's first name, where its article's
    headline or lead names that and the sentence does not (see the module's docstring); else unchanged."""
    name = first_name(claim)
    if name is None or names(sentence, name):
        return sentence
    if fold(name) not in fold(f"{article.title}\n{article.text[:LEAD]}") or _opens_with_another_name(sentence, claim):
        return sentence
    found = _reference(name, sentence)
    if found is None:
        return _with_modifier(claim, name, sentence)
    the = re.search(rf"\bthe\s+{re.escape(name)}", claim, re.IGNORECASE) is not None
    named = f"the {name}" if the else name
    if found.start() == 0:
        named = named[0].upper() + named[1:]
    return sentence[: found.start()] + named + sentence[found.end() :]


# Words that end the run of lower-case words after a name: they start a verb phrase or a clause.
_ENDS = frozenset(
    re.findall(
        r"\w+",
        """a an the of in on at to for from by with about over after before into than and or but that which who
    is are was were be been being has have had do does did will would can could should may might must not
    no said says say""",
    )
)


def _with_modifier(claim: str, name: str, sentence: str) -> str:
    """`sentence` with "the strike" read as "the Kelso bus strike" where the claim names the event, the
    place or the thing by what it belongs to ("Has the Kelso bus strike been called off?"): the noun is
    the claim's own word, so "the strike" is the strike the claim means, as its article names it."""
    after = re.search(rf"{re.escape(name)}(?:[’']s)?((?:\s+[a-z][a-z-]*){{1,3}})", claim)
    if after is None:
        return sentence
    words: list[str] = []
    for w in after.group(1).split():
        if w in _ENDS:
            break
        words.append(w)
    for k in range(len(words) - 1, -1, -1):  # the head noun first: "the strike" before "the bus"
        found = re.search(rf"\b([Tt])he\s+{re.escape(words[k])}\b", sentence)
        if found:
            named = f"{found.group(1)}he {name} {' '.join(words[: k + 1])}"
            return sentence[: found.start()] + named + sentence[found.end() :]
    return sentence
