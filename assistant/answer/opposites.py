"""Two kinds of one thing the stance model cannot tell apart: how someone feels, told as an adjective
("pleased" or "disappointed"), and what a court or tribunal found ("convicted" or "acquitted").

The model reads any word of either as matching any other of it: "Lenholm Airport said it was
disappointed with the ruling" supported "Was the airport pleased with the ruling?" at 0.96, "The union
said it was dissatisfied with the pay offer" "Is the union satisfied with the pay offer?" at 0.99, "A
jury found Dalia Reyes guilty of fraud" "Was Dalia Reyes cleared of fraud?" at 0.89, and "The former
mayor was acquitted of bribery" "Was the former mayor convicted of bribery?" at 0.99. It reads verbs of
feeling well ("condemned" refutes "Did the club welcome the decision?"), and a word of the same kind is
support ("delighted" for "pleased", "found guilty" for "convicted").

Where the claim names one kind only and the sentence only the other, neither denied ("was not happy",
"has never been convicted" are the model's to read, and it reads them), the sentence's support is read
as refuting. A sentence with both kinds is left to the model ("acquitted of harassment but convicted of
illegal eviction"), and so is whose feeling or case it is: the model is trusted to have seen that.
"""

from __future__ import annotations

import re

_WORD = r"[\w’'-]+\s+"
_PAIRS: dict[str, tuple[str, str]] = {
    "feeling": (
        "pleased|happy|glad|delighted|thrilled|satisfied|content|relieved|optimistic|hopeful|confident|upbeat|"
        "encouraged|heartened|reassured|grateful|proud|excited|enthusiastic|elated|overjoyed|positive",
        "disappointed|unhappy|dissatisfied|displeased|angry|angered|furious|livid|outraged|upset|dismayed|"
        "frustrated|saddened|devastated|disheartened|concerned|worried|troubled|uneasy|nervous|anxious|alarmed|"
        "fearful|afraid|pessimistic|doubtful|sceptical|skeptical|gloomy|annoyed|irritated|appalled|disgusted",
    ),
    # "found … not guilty" is looked for first, so its "guilty" is not read as a conviction.
    "finding": (
        rf"acquitted|exonerated|cleared\s+(?:{_WORD}){{0,6}}?of|found\s+(?:{_WORD}){{0,6}}?not\s+guilty|not\s+guilty",
        r"convicted|guilty",
    ),
}
_COMPILED = {
    kind: tuple(re.compile(rf"\b(?:{words})\b", re.IGNORECASE) for words in pair) for kind, pair in _PAIRS.items()
}
# Said of a plea, "not guilty" is no finding.
_PLEA = re.compile(r"\bplead(?:s|ed|ing)?\s+not\s+guilty\b", re.IGNORECASE)
# Denied, which the model reads as such: "was not happy", "wasn't at all pleased", "has never been convicted".
_DENIED = re.compile(
    rf"(?:\b(?:not|never|no\s+longer|hardly|far\s+from)\s+|n[’']t\s+)(?:{_WORD}){{0,2}}$", re.IGNORECASE
)


def _sides(text: str, kind: str) -> set[int] | None:
    """Which sides (0, 1) of a kind the text names; None where one is denied."""
    found: set[int] = set()
    text = _PLEA.sub(" ", text)
    for side, pattern in enumerate(_COMPILED[kind]):
        for m in pattern.finditer(text):
            if _DENIED.search(text[: m.start()]):
                return None
            found.add(side)
        text = pattern.sub(lambda m: " " * len(m.group()), text)  # read once, by the first side it fits
    return found


def other_kind(claim: str, sentence: str) -> bool:
    """The claim names one side of a kind only, and the sentence only the other side."""
    for kind in _PAIRS:
        asked, told = _sides(claim, kind), _sides(sentence, kind)
        if asked is not None and told is not None and len(asked) == len(told) == 1 and asked != told:
            return True
    return False
