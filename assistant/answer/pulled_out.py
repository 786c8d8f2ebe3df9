"""Pulled out of an event is not taking part in it: "Ana Kell pulled out of the Tarn summit at the last minute" refutes
"Did Ana Kell attend the Tarn summit?".

The stance model read the event and not the leaving: that sentence said neither at 0.95, and so did "withdrew from the
Tarn summit" (0.98), "was forced to withdraw from the Olympics through injury" against "Did Tom Reyes compete at the
Olympics?" (0.99), "has been ruled out of the final" against "Will Tom Reyes play in the final?" (0.93) and "will miss
the cup final through suspension" (eval/stance_pulled_out.jsonl).

The reading: the claim asks, not negated, whether someone attends, takes part in, competes in, plays in, runs in, races
in, appears at or speaks at something; the sentence says that they pulled out of, withdrew (or were withdrawn) from,
dropped out of, were ruled out of, missed or stayed away from it, every other word of the claim in the sentence, and
nothing before it in its clause hedges or denies it ("threatened to pull out", "may pull out", "did not pull out").
Then it refutes. A sentence that it will miss the event against a claim that they took part (asked after the event,
told before it) is left to the model.

Pulled out of a place, a market or a pact is leaving it (`left_side`): the model read the withdrawal as a refusal to
leave, "The troops pulled out of Halvar on Sunday" refuted "Did the troops leave Halvar?" at 0.90, "Vessen Motors
exited the Russian market" "Did Vessen Motors leave the Russian market?" at 0.98, "Tarn withdrew from the alliance"
"Has Tarn left the alliance?" at 0.90, and "Kessan troops left Halvar" said neither to "Have Kessan troops withdrawn
from Halvar?" (eval/stance_withdrew.jsonl). Where the claim asks, not negated, whether its subject left, quit, exited,
withdrew from or pulled out of something, and the sentence tells that subject leaving it in another of those words
(or walking out of it, or being driven or forced out of it), with nothing before it in its clause that hedges or
denies it and every other word of the claim in the sentence, the sentence supports the claim.
"""

from __future__ import annotations

import re

from assistant.answer.context import first_name
from assistant.answer.verbs import (
    ASKS_FUTURE,
    NEGATED,
    clause_before,
    done_by,
    names_the_rest,
    object_words,
    verb_tokens,
)
from assistant.text import fold

# Taking part, as a claim asks it: the verb and the preposition that leads to the event.
_TAKES_PART = re.compile(
    r"\b(?P<verb>attend(?:s|ed|ing)?|(?:take|takes|took|taking|taken)\s+part\s+in|compet(?:e|es|ed|ing)\s+(?:in|at)|"
    r"(?:play|plays|played|playing)\s+in|(?:run|runs|ran|running)\s+in|(?:race|races|raced|racing)\s+in|"
    r"appear(?:s|ed|ing)?\s+(?:at|in)|(?:speak|speaks|spoke|speaking|spoken)\s+at|(?:go|goes|went|going|gone)\s+to)\b",
    re.IGNORECASE,
)
_PULLED_OUT = re.compile(
    r"\b(?P<out>(?:pull|pulls|pulled|pulling)\s+out\s+of|withdr(?:aw|aws|ew|awn|awing)\s+from|"
    r"(?:drop|drops|dropped|dropping)\s+out\s+of|(?:ruled|rules|rule|ruling)\s+out\s+of|"
    r"(?:miss|misses|missed|missing)|(?:stay|stays|stayed|staying)\s+away\s+from)\s+(?=the\b|[A-Z])",
)
# Before the leaving in its clause: a hedge or a denial ("threatened to", "may", "did not", "is considering").
_HEDGED = re.compile(
    r"\b(?:may|might|could|would|threat\w*|consider\w*|weigh\w*|thinking|plan\w*|expected|likely|set|poised|"
    r"urged|asked|called|denied|refus\w*|decid\w*\s+against|if|whether|unless|rumou?r\w*|report\w*\s+to)\b",
    re.IGNORECASE,
)
# Between the subject and the leaving: "Tom Reyes has been ruled out", "was forced to withdraw".
_BETWEEN = re.compile(
    r"(?:\s+(?:has|have|had|was|were|is|are|been|be|will|forced|to|also|now|then|later|finally|already|just|"
    r"reportedly|officially|abruptly|suddenly))*\s*$",
    re.IGNORECASE,
)
_WILL = re.compile(r"\b(?:will|is\s+to|are\s+to|is\s+set\s+to|are\s+set\s+to|going\s+to)\s+(?:[\w’'-]+\s+)?$", re.I)


# Leaving a place, a market, a pact or talks, as a claim asks it and as a sentence tells it.
_LEAVES = re.compile(
    r"\b(?P<verb>leave|leaves|left|leaving|quit|quits|quitting|exit(?:s|ed|ing)?|withdr(?:aw|aws|ew|awn|awing)\s+from|"
    r"(?:pull|pulls|pulled|pulling)\s+out\s+of|(?:walk|walks|walked|walking|storm|storms|stormed|storming)\s+out\s+of|"
    r"(?:driven|forced|pushed)\s+out\s+of)\s+(?=the\b|its\b|their\b|[A-Z])"
)
# Before a leaving, besides `_HEDGED`: only agreed, promised, ordered or begun ("agreed to withdraw from Halvar").
_ONLY_MEANT = re.compile(
    r"\b(?:will|agree\w*|promis\w*|vow\w*|pledg\w*|order\w*|told|want\w*|hop\w*|seek\w*|sought|aim\w*|intend\w*|"
    r"prepar\w*|begin\w*|began|begun|start\w*|ready|to\s+be)\b",
    re.IGNORECASE,
)


def left_side(claim: str, sentence: str) -> str | None:
    """ "supports" where the sentence tells the claim's subject leaving what the claim asks they left, in other words
    (see above); else None."""
    asked = _LEAVES.search(claim)
    if asked is None or NEGATED.search(claim):
        return None
    verb, place = set(verb_tokens(asked.group("verb"))), object_words(claim[asked.end() :])
    for m in _LEAVES.finditer(sentence):
        if set(verb_tokens(m.group("verb"))) == verb:
            continue  # told in the claim's own words: the model reads those
        before = clause_before(sentence, m.start())
        if not place or object_words(sentence[m.end() :]) != place or not done_by(claim, tuple(verb), before):
            continue  # another place ("pulled out of Orvo"), or someone else left it
        if NEGATED.search(before) or _HEDGED.search(before) or _ONLY_MEANT.search(before):
            return None
        if names_the_rest(claim, sentence, verb):
            return "supports"
    return None


def pulled_out_side(claim: str, sentence: str) -> str | None:
    """ "refutes" where the sentence says the claim's subject pulled out of the event the claim asks they take part
    in (see above); else None."""
    asked = _TAKES_PART.search(claim)
    name = first_name(claim)
    if asked is None or name is None or NEGATED.search(claim):
        return None
    event = set(verb_tokens(claim[asked.end() :]))
    for m in _PULLED_OUT.finditer(sentence):
        before = clause_before(sentence, m.start())
        if not fold(_BETWEEN.sub("", before)).rstrip(" ,").endswith(fold(name)):
            continue  # someone else pulled out ("Ana Kell said Leo Carr pulled out of the summit")
        left = object_words(sentence[m.end() :])
        if not event or not event <= left or not left <= set(verb_tokens(claim)):
            continue  # another event ("after missing the semi-final", against "Did she go to the final?")
        if NEGATED.search(before) or _HEDGED.search(before):
            return None
        if _WILL.search(before) and not ASKS_FUTURE.search(claim):
            return None  # told before the event, asked of it after
        if names_the_rest(claim, sentence, verb_tokens(asked.group("verb"))):
            return "refutes"
    return None
