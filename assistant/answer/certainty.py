"""A frame that only says how sure someone is of a statement, read as the statement itself.

"There is no doubt that X", "There is no question whatsoever that X", "It is undeniable that X", "No
one can deny that X", "I have no doubt that X", "Undoubtedly, X" all assert X. The stance model reads
the "no" or "deny" in them as negating X: "The mayor approved the budget on Tuesday" refuted "There is
no question that the mayor approved the budget." at 0.99, and "Police said there was no doubt the fire
had been started deliberately" refuted "Was the fire started deliberately?" at 0.99. The claim and the
sentence are read with the frame left out; the quote keeps the article's words.

Not frames of certainty, and left as written: "There is no question of the mill closing" (it will not
close), "no doubt about the date", "There is no evidence that X", "It is not clear that X", "unclear".
"""

from __future__ import annotations

import re

_THERE_IS = r"there(?:\s+(?:is|was|can\s+be|could\s+be)|[’']s)\s+(?:absolutely\s+|really\s+|simply\s+)?"
# What may follow "no doubt" / "no question" when no "that" does: the start of a clause, never "of",
# "about" or "over" ("There is no question of the mill closing" says it will not close).
_CLAUSE = r"(?=\s+(?:the|a|an|this|these|those|his|her|its|their|our|he|she|it|they|we|I|(?-i:[A-Z])[\w’'-]*)\b)"
_WHATSOEVER = r"(?:\s+whatsoever|\s+at\s+all)?(?:\s+in\s+(?:my|our|his|her|their|anyone[’']s)\s+mind)?"
_SURE = "|".join(
    (
        rf"{_THERE_IS}no\s+(?:doubt|question){_WHATSOEVER}(?:\s+that\b|{_CLAUSE})",
        rf"{_THERE_IS}no\s+denying(?:\s+that\b|{_CLAUSE})",
        r"(?:no\s+one|nobody)\s+(?:can|could|would|will)\s+(?:deny|dispute|doubt|question)\s+that\b",
        rf"(?:I|we)\s+(?:have|had)\s+no\s+doubt{_WHATSOEVER}(?:\s+that\b|{_CLAUSE})",
        r"it(?:\s+(?:is|was)|[’']s)\s+(?:undeniable|indisputable|unquestionable|incontrovertible|undisputed|"
        r"beyond\s+(?:any\s+|all\s+|reasonable\s+)?(?:doubt|dispute|question)|clear|certain|obvious|evident|"
        r"a\s+fact)\s+that\b",
    )
)
_FRAME = re.compile(rf"\b(?:{_SURE})\s*", re.IGNORECASE)
# An adverb of certainty that opens the text: "Undoubtedly, X", "Without a doubt X", "Clearly, X".
_OPENING = re.compile(
    r"^(\W*)(?:(?:undoubtedly|indisputably|unquestionably|undeniably|without\s+(?:a|any)\s+doubt|"
    r"beyond\s+(?:any\s+|all\s+)?doubt),?|(?:clearly|certainly|obviously|of\s+course|no\s+doubt),)\s*",
    re.IGNORECASE,
)


def as_asserted(text: str) -> str:
    """`text` with every frame of certainty left out, so that what it is sure of reads as said."""
    out = _OPENING.sub(r"\1", text, count=1)
    out = _FRAME.sub("", out)
    if out == text:
        return text
    lead = len(out) - len(out.lstrip(" \"'“‘"))
    return out[:lead] + out[lead : lead + 1].upper() + out[lead + 1 :] if lead < len(out) else out
