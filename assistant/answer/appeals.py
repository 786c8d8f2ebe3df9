"""An appeal against a decision says the decision was made: "Ana Kell is appealing against her dismissal" supports
"Was Ana Kell sacked?".

The stance model read the appeal as a denial of what it is against: that sentence refuted the claim at 0.87,
"Corvel will appeal the High Court ruling" refuted "Did the court rule against Corvel?" at 0.98, "Residents have
appealed against the council's decision to close Tarn library" refuted "Did the council decide to close Tarn
library?" at 0.99, and "…would appeal against any dismissal", where none has been made, refuted at 0.80
(eval/stance_appeals.jsonl).

The reading: the sentence tells an appeal (appealed, is appealing, will appeal, an appeal) against or of a decision
named by its noun ("her dismissal", "the £5,000 fine", "the council's refusal of…", "its ban"), after "the", "a"
or a possessive; the claim asks, in the decision's own verb ("sacked", "fined", "refused", "ruled against"), whether
it was made, and every other word of the claim is in the sentence ("Tarn library", "from the league"). Then it
supports. An appeal against "any" such decision, or one that may come, says neither. A claim about the appeal or
its outcome ("overturned", "upheld"), about what the decision leads to ("Did he pay the fine?"), negated, or ruled
"in favour of" someone is the model's to read.
"""

from __future__ import annotations

import re

from assistant.answer.verbs import NEGATED, all_named
from assistant.answer.verbs import verb_tokens as tokens

# Each decision noun, and the claim's words (as tokens) for making that decision.
_DECISIONS = {
    "dismissal": ("dismiss", "sack", "fire"),
    "sacking": ("dismiss", "sack", "fire"),
    "firing": ("dismiss", "sack", "fire"),
    "conviction": ("convict", "guilti"),
    "fine": ("fine",),
    "ban": ("ban",),
    "suspension": ("suspend",),
    "expulsion": ("expel",),
    "disqualification": ("disqualifi",),
    "sentence": ("sentenc",),
    "ruling": ("rule",),
    "judgment": ("rule",),
    "judgement": ("rule",),
    "refusal": ("refus", "reject"),
    "rejection": ("refus", "reject"),
    "decision": ("decid",),
}
_APPEAL = re.compile(
    r"\bappeal(?:s|ed|ing)?\s+(?:against\s+|over\s+|of\s+)?(?P<det>the|a|an|his|her|its|their|this|that|any|"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*[’']s)\s+(?P<between>(?:[\w£$€,.’'-]+\s+){0,3}?)"
    rf"(?P<noun>{'|'.join(_DECISIONS)})\b",
    re.IGNORECASE,
)
# A decision that has not been made: "against any dismissal", "a possible ban", "a future ruling".
_NOT_MADE = re.compile(r"\b(?:any|possible|potential|future|likely|expected|proposed|planned)\b", re.IGNORECASE)
_ABOUT_APPEAL = re.compile(
    r"\b(?:appeal\w*|overturn\w*|quash\w*|upheld|uphold\w*|revers\w*|challeng\w*|favou?r\w*|pa(?:y|id|ys|ying)|"
    r"serv\w*|accept\w*)\b",
    re.IGNORECASE,
)
# Words of a claim that name no part of the decision: "found guilty", "ruled against".
_FRAME = frozenset(tokens("found against"))


def appeal_side(claim: str, sentence: str) -> str | None:
    """ "supports" where the sentence appeals against the decision the claim asks was made, "neither" where the
    appeal is against one that may never be made (see above); else None."""
    if _ABOUT_APPEAL.search(claim) or NEGATED.search(claim):
        return None
    asked = tokens(claim)
    for m in _APPEAL.finditer(sentence):
        verbs = _DECISIONS[m.group("noun").lower()]
        if not set(verbs) & set(asked):
            continue
        rest = [t for t in asked if t not in verbs and t not in _FRAME]
        if not all_named(rest, tokens(sentence)):
            continue
        return "neither" if _NOT_MADE.search(f"{m.group('det')} {m.group('between')}") else "supports"
    return None
