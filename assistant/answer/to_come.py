"""A contest still to be held, against a claim about its result.

The stance model reads the contest as decided: "Tarn United face Harlow in the Ostby Cup final on Saturday"
supported "Did Tarn United win the Ostby Cup final?" at 0.94 and refuted "…lose the Ostby Cup final?" at 0.99,
"Leo Carr faces a confidence vote on Tuesday" refuted "Did Leo Carr survive the confidence vote?" at 0.99, "Ana
Kell faces a tough election" supported "Did Ana Kell win the Tarn election?" at 0.94
(eval/stance_contest_to_come.jsonl).

The reading: the claim asks whether its subject won, lost, survived, beat or passed something; the sentence
names that subject just before "faces / is set to face / will take on / meets…", and its main clause tells no
result ("won the cup and now face Harlow in the league" still tells one; "who beat Corvel in the semi-final" is
another clause), or names it as ahead while the contest is still being decided ("leads the race", "is favourite
to win", "top the league", `_LEADING`), with no result and not the claim's verb outside a forecast. Then it says
neither: facing a contest, or leading it, says nothing of who wins it. Facing it is what it says
("Does Leo Carr face a confidence vote?" is the model's), and so is reaching it ("Did they reach the final?").

So does victory claimed or declared by a side ("claimed victory", "claims to have won", "declared herself the
winner"), with no result told besides (the count's, a concession, a share of the vote won), against a claim that
asks who won or lost: a candidate's claim is not the count (`claimed_victory_side`).
"""

from __future__ import annotations

import re

from assistant.answer.state import is_subject
from assistant.answer.verbs import verb_tokens as tokens

_RESULT_ASKED = re.compile(
    r"^\W*(?:did|has|have|had|will|would|could|can|was|were)\s+(?P<who>.+?)\s+(?P<verb>win|won|lose|lost|survive|"
    r"survived|beat|been\s+beaten|be\s+beaten|pass|passed|defeat|defeated)\b",
    re.IGNORECASE,
)
_FACES = re.compile(
    r"\b(?:faces|face|facing|(?:is|are)\s+(?:set|due|expected)\s+to\s+face|will\s+face|(?:will\s+)?takes?\s+on|"
    r"(?:is|are)\s+(?:set|due)\s+to\s+take\s+on|will\s+meet|(?:is|are)\s+(?:set|due)\s+to\s+meet)\b",
    re.IGNORECASE,
)
# Ahead while it is still being decided: "Ana Kell leads the Tarn election race, according to a new poll" had
# supported "Did Ana Kell win the Tarn election?" at 0.99, and so had "is favourite / tipped / projected to win",
# "is the front-runner", "top the league with three games left" (0.86) (eval/stance_still_leading.jsonl).
_LEADING = re.compile(
    r"\b(?:leads|leading|led)\b(?!\s+to\b)|\blead\s+in\s+the\s+(?:polls?|race|standings)\b|\bfront-?runners?\b|"
    r"\b(?:top|tops|topping)\s+the\s+(?:league|table|standings|polls?|leaderboard)\b|\bclear\s+at\s+the\s+top\b|"
    r"\bahead\s+in\s+the\s+(?:polls?|race|standings|count)\b|"
    r"\b(?:favou?rites?|tipped|projected|predicted|forecast|odds-on)\s+to\s+(?:win|retain|keep|take)\b",
    re.IGNORECASE,
)
_RESULT_TOLD = re.compile(
    r"\b(?:won|wins|lost|loses|beat|beats|beaten|defeated|survived|survives|drew|passed|knocked\s+out|crashed\s+out|"
    r"went\s+out|thrashed|edged|clinched|triumphed)\b",
    re.IGNORECASE,
)
# A clause of its own inside the sentence ("Tarn United, who beat Corvel in the semi-final, face…").
_RELATIVE = re.compile(r",\s*(?:who|which|whose)\b[^,]*,", re.IGNORECASE)


def contest_to_come_side(claim: str, sentence: str) -> str | None:
    """ "neither" where the sentence tells that the claim's subject is still to face what the claim asks the result
    of; else None."""
    asked = _RESULT_ASKED.search(claim)
    if asked is None:
        return None
    main = _RELATIVE.sub(",", sentence)
    faces = _FACES.search(main)
    if faces is None:
        # A lead, where the sentence does not tell the result in the claim's own verb ("top the league after
        # beating Ostby" tells who beat whom).
        faces = _LEADING.search(main)
        if faces is not None and set(tokens(asked["verb"])) & set(tokens(main[: faces.start()] + main[faces.end() :])):
            return None
    if faces is None or _RESULT_TOLD.search(main):
        return None
    words = re.findall(r"[\w’'-]+", asked["who"])
    head = next((w for w in reversed(words) if w.lower() not in {"the", "a", "an"}), "")
    if not head or not is_subject(head, main[: faces.start()]):
        return None
    return "neither"


# Victory claimed or declared by its side, not the count's: "Ana Kell claimed victory in the Tarn mayoral election"
# had supported "Did Ana Kell win it?" at 0.97 and refuted "Did she lose it?" at 0.99, and so had "claims to have
# won", "declared herself the winner", both candidates claiming victory (eval/stance_claimed_victory.jsonl).
_CLAIMED = re.compile(
    r"\b(?:claim(?:s|ed|ing)?|declar(?:e|es|ed|ing)|proclaim(?:s|ed|ing)?)\s+(?:an?\s+)?(?:[\w-]+\s+)?"
    r"(?:victory|win|triumph)\b|\bclaim(?:s|ed|ing)?\s+to\s+have\s+won\b|"
    r"\bdeclar(?:e|es|ed|ing)\s+(?:himself|herself|themselves|itself)\s+(?:the\s+)?(?:winners?|victors?)\b",
    re.IGNORECASE,
)
# The result told besides: the count's, a concession, a share of the vote won.
_COUNTED = re.compile(
    r"\b(?:winning|losing|conceded|concedes|official\s+results?|results\s+showed|declared\s+the\s+winner)\b",
    re.IGNORECASE,
)


def claimed_victory_side(claim: str, sentence: str) -> str | None:
    """ "neither" where the sentence tells only that victory was claimed or declared by a side, against a claim
    that asks who won or lost (not whether victory was claimed); else None."""
    if _RESULT_ASKED.search(claim) is None or re.search(r"\b(?:claim|declar|proclaim)\w*", claim, re.IGNORECASE):
        return None
    claimed = _CLAIMED.search(sentence)
    if claimed is None:
        return None
    rest = sentence[: claimed.start()] + " " + sentence[claimed.end() :]
    return None if _RESULT_TOLD.search(rest) or _COUNTED.search(rest) else "neither"
