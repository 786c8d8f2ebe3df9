"""A text's words as the keyword index stems them, with irregular verbs at their base form: "sank" is
"sink", "paid" is "pay", so a claim's verb is found in a sentence whatever its tense."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from assistant.index.lexical import tokens
from assistant.text import fold

_IRREGULAR = {
    form: base
    for base, forms in {
        "sink": "sank sunk",
        "go": "went gone",
        "fall": "fell fallen",
        "take": "took taken",
        "win": "won",
        "lose": "lost",
        "run": "ran",
        "begin": "began begun",
        "break": "broke broken",
        "come": "came",
        "give": "gave given",
        "leave": "left",
        "hold": "held",
        "build": "built",
        "sell": "sold",
        "buy": "bought",
        "pay": "paid",
        "tell": "told",
        "say": "said",
        "find": "found",
        "strike": "struck",
        "rise": "rose risen",
        "steal": "stole stolen",
        "freeze": "froze frozen",
        "drive": "drove driven",
        "fly": "flew flown",
        "throw": "threw thrown",
        "catch": "caught",
        "fight": "fought",
        "bring": "brought",
        "keep": "kept",
        "meet": "met",
        "spend": "spent",
        "send": "sent",
        "lead": "led",
        "seek": "sought",
        "teach": "taught",
        "think": "thought",
        "write": "wrote written",
        "speak": "spoke spoken",
        "choose": "chose chosen",
        "shake": "shook shaken",
        "hide": "hid hidden",
        "withdraw": "withdrew withdrawn",
        "undergo": "underwent undergone",
    }.items()
    for form in forms.split()
}
_WORD = re.compile(r"[A-Za-z]+")
# The irregular past forms and participles ("sank", "sunk", "paid"): a verb in the past.
IRREGULAR_PAST = frozenset(_IRREGULAR)
# Those and past forms `verb_tokens` has no base form for, some the same as the base ("cut", "hit"): what
# finds a verb, not what compares one.
PAST_FORMS = IRREGULAR_PAST | frozenset(
    re.findall(
        r"\w+",
        "made got saw knew became grew stood heard felt meant cut hit put set shut quit let cost hurt spread split "
        "beat drew blew fled fed dealt lent bent sat slept swept swore tore woke hung dug stuck rang sang laid",
    )
)


@lru_cache(maxsize=4096)  # the same claim is asked once per sentence by each reading
def verb_tokens(text: str) -> tuple[str, ...]:
    """`tokens(text)` with irregular verb forms at their base form."""
    return tuple(tokens(_WORD.sub(lambda m: _IRREGULAR.get(m.group().lower(), m.group()), text)))


def base_forms(text: str) -> set[str]:
    """The lower-case words of `text` with irregular verb forms at their base form, stop words kept ("told" ->
    "tell", which `verb_tokens` drops)."""
    return {_IRREGULAR.get(w, w) for w in (m.group().lower() for m in _WORD.finditer(text))}


_FINITE = frozenset(["was", "were", "is", "are", "has", "had", "have", "did", "does"])


def same_stem(a: str, b: str) -> bool:
    """Two tokens of one word in different forms: "closur" and "close", "bankruptci" and "bankrupt",
    "merger" and "merg" (a shared start of four letters or more, short of the shorter by one at most)."""
    if a == b:
        return True
    shared = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return shared >= 4 and shared >= min(len(a), len(b)) - 1


# Where a base form is a verb, not a noun: right after "to", "will", "did"… ("to outlaw", not "an outlaw"; "will
# arrest", not "under arrest"). A lookbehind, so what it guards is all a rewrite replaces.
_AUXILIARIES = ("to", "will", "would", "could", "did", "does", "do", "may", "might", "should", "can", "must")
AFTER_AUXILIARY = "(?:" + "|".join(rf"(?<=\b{w}\s)" for w in _AUXILIARIES) + ")"

# A plain "not", "never", "no" or "n't": a claim so negated is one the readings of this kind leave to the others.
NEGATED = re.compile(r"\b(?:not|never|no)\b|n[’']t\b", re.IGNORECASE)

# A claim's names: its capitalised words after the first ("Ostby", "Harlow's", "May").
_NAME = re.compile(r"(?<=\s)[A-Z][\w’'-]*")


def names_each(claim: str, sentence: str) -> bool:
    """Every name of the claim is in the sentence, in any case: not the Leeds branch for the Ashby one, nor
    the Tarn summit for the Marlow one."""
    return all(fold(name.rstrip("’'s")) in fold(sentence) for name in _NAME.findall(claim))


def all_named(words: Iterable[str], said: Iterable[str]) -> bool:
    """Every token of `words` is some token of `said` in another form (`same_stem`): the claim's words for
    a thing all in a sentence's tokens."""
    told = frozenset(said)
    return all(any(same_stem(w, s) for s in told) for w in words)


def names_the_rest(claim: str, sentence: str, besides: Iterable[str] = ()) -> bool:
    """The claim names nothing the sentence does not: each of its tokens but `besides` (words a reading accounts for
    itself) is in the sentence, and each of its names."""
    skip = frozenset(besides)
    rest = [t for t in verb_tokens(claim) if t not in skip]
    return names_each(claim, sentence) and all_named(rest, verb_tokens(sentence))


def asks_of_deed(claim: str, sentence: str, deed: str, besides: Iterable[str] = ()) -> bool:
    """The claim asks about `deed` (a sentence's verb, in any form) and otherwise names nothing the sentence does
    not (`names_the_rest`)."""
    acts = verb_tokens(deed)
    its = {t for t in verb_tokens(claim) if acts and same_stem(t, acts[0])}
    return bool(its) and names_the_rest(claim, sentence, its.union(besides))


_CLAUSE = re.compile(r"[;:]|,\s+(?:but|while|although|though|and)\b", re.IGNORECASE)


def clause_before(sentence: str, at: int) -> str:
    """The sentence's words before `at` in the clause `at` is in ("…, but Corvel has not dropped" -> "Corvel has
    not"): where a negation or a hedge of what stands at `at` would be."""
    return _CLAUSE.split(sentence[:at])[-1]


def clause_after(sentence: str, at: int) -> str:
    """The sentence's words from `at` to the end of the clause `at` is in."""
    return _CLAUSE.split(sentence[at:])[0]


# Where what a verb names ends: "the Tarn summit | at the last minute", "the FA Cup | by Ashby Town", "Orvo |
# overnight".
_OBJECT_END = re.compile(
    r"\s+(?:at|on|in|with|through|after|before|because|due|over|amid|following|but|and|as|for|last|this|to|by|"
    r"leaving|despite|when|while|overnight|yesterday|today|tonight|earlier|altogether|completely|entirely|fully)\b|[,;.]"
)


def object_words(after: str) -> set[str]:
    """The tokens of what the words just after a verb name, up to a time, a place, a reason or the next clause
    ("pulled out of | the Tarn summit at the last minute" -> {"tarn", "summit"})."""
    end = _OBJECT_END.search(after)
    return set(verb_tokens(after[: end.start()] if end else after))


def words_besides(text: str, start: int, end: int) -> tuple[str, ...]:
    """The tokens of `text` outside `start`-`end`: a claim's other words, which a sentence must name to be
    about the same thing. (Auxiliaries and articles are no tokens: "Did", "was", "been", "the".)"""
    return verb_tokens(f"{text[:start]} {text[end:]}")


# A yes/no question's opening, and verbs that carry no event of their own ("go bankrupt", "get hurt").
# A claim's words for an event taking place at all ("take place", "happen", "be held", "go ahead"), which
# any sentence that tells the event names.
OCCURRED = frozenset(verb_tokens("take took taken place happen happened occur occurred held go goes went ahead"))
ASKS = re.compile(r"^\W*(?:did|does|do|has|have|had|was|were|is|are)\s+", re.IGNORECASE)
# A claim about what will (or would) be done: a plan or talks are the answer to it, not beside it.
ASKS_FUTURE = re.compile(r"\b(?:will|would|shall|going\s+to)\b", re.IGNORECASE)
_LIGHT = frozenset({"go", "goe", "went", "get", "got", "becom", "be", "been", "have", "make", "take"})


def done_by(claim: str, words: tuple[str, ...], before: str) -> bool:
    """The claim asks whether its subject did what `words` (tokens) name, and `before` (the sentence up to
    where it names it) names that subject: "Did the Varden bridge collapse?" of "collaps" and "The Varden
    bridge almost…". The first of the claim's tokens that is one of `words` must have a subject before
    it, every token of which is in `before`."""
    asked = [t for t in verb_tokens(ASKS.sub("", claim)) if t not in _LIGHT or any(same_stem(t, w) for w in words)]
    at = next((i for i, t in enumerate(asked) if any(same_stem(t, w) for w in words)), None)
    return bool(at) and set(asked[:at]) <= set(verb_tokens(before))


def tells_an_event(text: str) -> bool:
    """The text has a verb of its own ("the council closed the library", "a lorry drove through"), not only a
    noun phrase ("a 4-0 home defeat"): a word in -ed, an irregular past form, or a form of be / have / do."""
    return any(
        (w.endswith("ed") and len(w) > 4) or w in _IRREGULAR or w in _FINITE
        for w in (m.group().lower() for m in _WORD.finditer(text))
    )
