"""A sentence that excludes one thing in favour of another, read with its exclusion as a "not" when the
claim asks about the thing excluded.

"Listeria was found in a cooling tank, rather than in the yoghurt itself" supported "Was listeria found in
the yoghurt itself?" at 0.99, and "…a cooling tank, not in the yoghurt itself" refutes it at 0.99: the
model reads "not" and has not learnt "rather than" or "instead of". "A rather than B" says "A, not B",
so against a claim about B the sentence is weighed in those words (the quote keeps its own). Against a
claim about A it stays as written: the model reads a "not" anywhere as a denial, and "…found in a filling
machine, not in the milk" refuted "Were the bacteria found in a filling machine?" (0.99) where the
sentence as written supports it. "Would rather pay more than…", where "rather" and "than" stand apart,
is a preference and stays as it is.

The other way round, "not A but B" ("caused not by the water supply but by contaminated salad") refuted
"Was the outbreak caused by contaminated salad?" at 0.99: against a claim about B it is read as B alone
("caused by contaminated salad"); against a claim about A the model's reading of the "not" stands.
"""

from __future__ import annotations

import re

from assistant.index.lexical import tokens

# The excluded part runs to the next comma, semicolon or the end of the sentence.
_INSIDE = re.compile(r",?\s+(?:rather\s+than|instead\s+of)\s+(?P<excluded>\w[^,;]*)", re.IGNORECASE)
_OPENING = re.compile(
    r"\s*(?:Rather\s+than|Instead\s+of)\s+(?P<excluded>[^,]+),\s*(?P<rest>\S.*?)\s*(?P<end>[.!?]?)\s*$"
)


def _about(claim: str, excluded: str, kept: str) -> bool:
    """The claim names something of the excluded part that the kept part does not say."""
    return bool(set(tokens(claim)) & (set(tokens(excluded)) - set(tokens(kept))))


def rather_as_not(claim: str, sentence: str) -> str:
    """`sentence` with "A rather than B" / "A instead of B" as "A, not B" ("Instead of B, A." as "A, not
    B.") where the claim asks about B; else unchanged."""
    opening = _OPENING.match(sentence)
    if opening:
        excluded, rest = opening.group("excluded"), opening.group("rest")
        if _about(claim, excluded, rest):
            return f"{rest[0].upper()}{rest[1:]}, not {excluded}{opening.group('end')}"
        return sentence
    inside = _INSIDE.search(sentence)
    if inside is None or not _about(claim, inside.group("excluded"), sentence[: inside.start()]):
        return sentence
    return f"{sentence[: inside.start()]}, not {inside.group('excluded')}{sentence[inside.end() :]}"


# "not A but B", not "not only / just / merely A but (also) B".
_NOT_BUT = re.compile(r"\bnot\s+(?!only\b|just\b|merely\b|simply\b)(?P<excluded>[^,;]+?)\s+but\s+(?!also\b)(?=\w)")


def without_set_aside(claim: str, sentence: str) -> str:
    """`sentence` with "not A but " taken out where the claim asks about what follows, not about A."""
    m = _NOT_BUT.search(sentence)
    if m is None:
        return sentence
    rest = sentence[m.end() :]
    if not set(tokens(claim)) & (set(tokens(rest)) - set(tokens(m.group("excluded")))):
        return sentence
    if _about(claim, m.group("excluded"), rest):
        return sentence
    return sentence[: m.start()] + rest
