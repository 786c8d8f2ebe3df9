"""A sentence that states the claim word for word says yes to it.

The stance model reads some verbs as a "no" even when the sentence repeats the question as a statement: "Tarn
expelled the Lyle ambassador on Monday" refuted "Did Tarn expel the Lyle ambassador?" at 0.89, "Brenna deported
the activists on Friday" "Did Brenna deport the activists?" at 0.92, "The Harlow mayor denounced the vote as a
sham" "Did the Harlow mayor denounce the vote?" at 0.98 (eval/stance_echo.jsonl); of 92 common news verbs
tried in "Did Tarn <verb> <object>?" against "Tarn <verbed> <object> on Monday", five were read so (expel, deport,
demolish, denounce, condemn).

The rule: the claim is a question asked with "did" ("Did Tarn expel the Lyle ambassador?"), "has", "have" or
"had", or a statement; the sentence holds it as a statement, its subject, its verb in the past (or after "has",
"have", "had") and its object, in that order, with at most two words before the object ("expelled four Lyle
diplomats"); nothing in the sentence denies or doubts it (not, never, no, denied, false, unconfirmed…), nor does
its clause before those words hedge them ("could", "threatened to", "claims", "if"…). Then the sentence supports
the claim. Roles swapped ("Rushby expelled the Pellow ambassador" against "Did Pellow expel the Rushby
ambassador?") are no statement of the claim.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answer.negation import past_tense
from assistant.answer.verbs import clause_before
from assistant.text import fold

_ASKED = re.compile(r"^\s*(?P<aux>did|has|have|had)\s+(?P<rest>.+?)\s*\?\s*$", re.IGNORECASE)
_DOUBTED = re.compile(
    r"\b(?:not|never|no|nor|neither|den(?:y|ies|ied|ial)|false(?:ly)?|untrue|wrong(?:ly)?|incorrect(?:ly)?|"
    r"rumou?r\w*|hoax|fake|myth|debunk\w*|unconfirmed|unverified|unsubstantiated|speculat\w*|mistaken\w*)\b|n[’']t\b",
    re.IGNORECASE,
)
_HEDGED = re.compile(
    r"\b(?:could|may|might|would|will|shall|can|should|must|if|unless|whether|until|before|plans?|planned|"
    r"threat\w*|vow\w*|promis\w*|pledg\w*|urg\w*|call(?:s|ed)?\s+(?:on|for)|ask\w*|demand\w*|alleg\w*|accus\w*|"
    r"claim\w*|suggest\w*|speculat\w*|suspect\w*|fear\w*|hopes?|hoped|wants?|wanted|expect\w*|likely|reportedly|"
    r"whose|who|which|that)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[a-z]+")


def _past_forms(verb: str) -> list[str]:
    """The verb's past forms as news writes them: "expel" -> expelled / expeled, "cancel" -> cancelled / canceled."""
    forms = {past_tense(verb)}
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", verb):
        forms |= {verb + verb[-1] + "ed", verb + "ed"}
    return sorted(forms, key=len, reverse=True)


@lru_cache(maxsize=256)  # one claim is read against every sentence weighed for it
def _statements(claim: str) -> tuple[re.Pattern[str], ...]:
    """The claim put as a statement, one pattern for each place its verb may stand."""
    asked = _ASKED.match(claim)
    if asked is None:
        text = fold(claim).rstrip(" .!")
        return (re.compile(rf"\b{re.escape(text)}\b"),) if len(text.split()) >= 4 else ()
    words = fold(asked.group("rest")).split()
    perfect = asked.group("aux").lower() != "did"
    out = []
    for i in range(1, len(words)):
        verb, subject, obj = words[i], words[:i], words[i + 1 :]
        if not _WORD.fullmatch(verb) or len(subject) + len(obj) < 2:
            continue
        forms = [verb] if perfect else _past_forms(verb)
        told = rf"\b{re.escape(' '.join(subject))}\s+(?:(?:has|have|had)\s+)?(?:{'|'.join(map(re.escape, forms))})"
        if obj:
            told += rf"\s+(?:[\w’'-]+\s+){{0,2}}?{re.escape(' '.join(obj))}\b(?![’']s\b)"
        else:
            told += r"\b"
        out.append(re.compile(told))
    return tuple(out)


def echo_side(claim: str, sentence: str) -> str | None:
    """ "supports" where the sentence states the claim word for word, undoubted; else None."""
    said = fold(sentence)
    if _DOUBTED.search(said):
        return None
    for told in _statements(claim):
        m = told.search(said)
        if m is not None and not _HEDGED.search(clause_before(said, m.start())):
            return "supports"
    return None
