"""An undoing says what it undoes happened: "The Tarn schools reopened on Monday" supports "Did the Tarn schools
close?", and so do a service resumed, someone reinstated or rehired, a withdrawal from what one had entered, charges
denied, a release without charge.

The stance model, or the reading of opposites, took the undoing for a denial: that sentence refuted the claim at 1.00
(`opposites` reads "reopened" against "closed" as the other side, which is right for "Is the road closed?", not for
whether it closed), "Aviro Air resumed flights to Lisbon" refuted "Did Aviro Air suspend flights to Lisbon?" at 0.98,
"The party reinstated Mara Voss" "Was Mara Voss suspended by the party?" at 0.99, "Leo Carr withdrew from the Tarn
race" "Did Leo Carr enter the Tarn race?" at 0.97, "Tom Reyes denied the theft charges" "Was Tom Reyes charged with
theft?" at 0.99 (eval/stance_undone.jsonl).

The reading: the sentence tells an undoing (reopened, resumed, reinstated, rehired, withdrew from or pulled out of,
denied the charges or pleaded not guilty, released without charge or on bail, lifted a ban), the claim asks in the
past, not negated, whether what it undoes happened, in the claim's own verb ("close", "suspend", "sack", "enter",
"charge", "arrest", "ban"), and every other word of the claim is in the sentence (not "in March" where the sentence
gives no month, nor the Ostby schools for the Tarn ones). Then it supports. A claim about now or what is to come ("Is
the road closed?", "Is Leo Carr running?", "Will the museum close?") is left to the other readings and the model.
"""

from __future__ import annotations

import re

from assistant.answer.verbs import names_the_rest
from assistant.answer.verbs import verb_tokens as tokens

# Each undoing, and the claim's words (as tokens) for what it undoes.
_UNDOINGS = (
    (r"reopen(?:s|ed|ing)?|open(?:s|ed)?\s+again|back\s+open", ("close", "shut")),
    (r"resum(?:e|es|ed|ing)|restart(?:s|ed|ing)?", ("suspend", "halt", "stop", "paus", "ground")),
    (r"reinstat(?:e|es|ed|ing)", ("sack", "dismiss", "fire", "suspend", "remov", "oust", "expel", "disqualifi")),
    (r"re-?hir(?:e|es|ed|ing)", ("lay", "laid", "sack", "dismiss", "fire")),
    (r"withdr(?:ew|aw|awn|aws|awing)\s+from|pull(?:s|ed|ing)?\s+out\s+of", ("enter", "join")),
    (
        r"den(?:y|ies|ied|ying)\s+(?:the\s+|all\s+|both\s+)?(?:[\w-]+\s+){0,2}?charges?|"
        r"plead(?:s|ed)?\s+not\s+guilty|pled\s+not\s+guilty",
        ("charg",),
    ),
    (r"released\s+(?:without\s+charge|on\s+bail|from\s+(?:police\s+)?custody)|freed\s+on\s+bail", ("arrest", "detain")),
    (
        r"lift(?:s|ed|ing)?\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:ban|suspension)\b",
        ("ban", "suspend"),
    ),
)
_COMPILED = tuple((re.compile(rf"\b(?:{pattern})", re.IGNORECASE), frozenset(verbs)) for pattern, verbs in _UNDOINGS)
_PAST = re.compile(r"^\W*(?:did|was|were|had|has|have)\b", re.IGNORECASE)
_NOT_PAST = re.compile(
    r"^\W*(?:is|are|will|would|does|do|can|could|should|may|might|must)\b|\b(?:still|now|currently|remains?|"
    r"not|never|no)\b|n[’']t\b",
    re.IGNORECASE,
)


def undone_side(claim: str, sentence: str) -> str | None:
    """ "supports" where the sentence undoes what the claim asks happened (see above); else None."""
    if _NOT_PAST.search(claim) or not _PAST.search(claim):
        return None
    asked = tokens(claim)
    for pattern, verbs in _COMPILED:
        if not verbs & set(asked) or not pattern.search(sentence):
            continue
        if names_the_rest(claim, sentence, besides=verbs):
            return "supports"
    return None
