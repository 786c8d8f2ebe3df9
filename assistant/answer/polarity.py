"""A yes/no question's "anyone", "anything" and "any" as "someone", "something" and "some", for the
stance model to read.

The model read "Nobody was seriously hurt" as supporting "Was anyone seriously hurt?" (0.97), and
"Nothing was taken from the house" as supporting "Was anything taken from the house?" (0.99): "anyone"
and "nobody" look alike to it. Asked "Was someone seriously hurt?" it refutes (0.79). The question means
the same either way: a yes/no question asks whether there is some such person or thing.

Only "any" that asks whether there is some is rewritten: not under a word that negates or excludes
("Has the company ruled out any job cuts?", "Did the minister deny any wrongdoing?" ask about all of
them), not as a degree ("any longer", "any better") and not in set phrases ("in any case", "at any
time", "by any means"). Statements are left alone: "No one was hurt" says what it says. Figures on
hand-checked pairs in MODEL_CARD.md.
"""

from __future__ import annotations

import re

_YES_NO = re.compile(
    r"^\W*(?:did|does|do|is|are|was|were|will|would|has|have|had|can|could|should|shall|may|might|must)\b",
    re.IGNORECASE,
)
# Words after which "any" means "every" or sits in a negation: "ruled out any", "without any", "no longer
# has any".
_NEGATES = re.compile(
    r"\b(?:rul\w* out|den(?:y|ies|ied|ying)|refus\w*|reject\w*|without|no|not|never|nor|ban\w*|bar(?:s|red|ring)?|"
    r"exclud\w*|prevent\w*|avoid\w*|forb\w*|prohibit\w*|stop\w*|free of)\b|n[’']t\b",
    re.IGNORECASE,
)
_ANY = re.compile(
    r"(?<!\bin )(?<!\bat )(?<!\bby )\b(?:anyone|anybody|anything|any(?!\s+(?:longer|more|less|better|worse|further|"
    r"time|case|rate|way|means|cost|price)\b))\b",
    re.IGNORECASE,
)
_SOME = {"anyone": "someone", "anybody": "somebody", "anything": "something", "any": "some"}


def some_for_any(claim: str) -> str:
    """`claim` with the "any" words of a yes/no question that ask whether there is some as "some"
    words; anything else unchanged."""
    if not _YES_NO.match(claim):
        return claim

    def swap(m: re.Match[str]) -> str:
        # Only within the clause: "Was the road closed, and was anyone hurt?" still asks about someone.
        clause = re.split(r"[,;:]", claim[: m.start()])[-1]
        if _NEGATES.search(clause):
            return m.group(0)
        some = _SOME[m.group(0).lower()]
        return some.capitalize() if m.group(0)[0].isupper() else some

    return _ANY.sub(swap, claim)
