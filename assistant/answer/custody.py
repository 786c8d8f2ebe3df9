"""Custody and prison told in other words: held ("remanded in custody", "refused bail", "jailed") against
free ("released on bail", "granted bail", "spared jail", "given a suspended sentence").

The stance model reads such pairs as neither: "Tom Reyes was released on bail on Friday" toward "Is Tom
Reyes still in custody?", "was remanded in custody until his trial" toward "Was Tom Reyes granted bail?",
"was jailed for three years" toward "Did Ana Kell avoid prison?" (0.00 each way;
eval/stance_custody.jsonl). They are two questions, each with two sides: whether someone is held before a
trial (custody, detention, bail) and whether a court sent them to prison (jailed, or spared jail).

The reading: the claim asks about one side of one question for its subject, and the sentence tells that
subject (named before it, not "Tom Reyes's brother") on one side of the same question only, affirmed and
not only in prospect ("could be jailed"), with no word of the other side ("released on bail but
re-arrested"): the same side supports, the other refutes. Released from hospital, a film released, and
bail given before a later prison sentence (another question) are not read.
"""

from __future__ import annotations

import re

from assistant.answer.verbs import verb_tokens as tokens

_BE = r"(?:is|are|was|were|be|been|being|remains?|remained|stays?|stayed|kept|still)\s+"
# Each question's two sides, as a claim and a sentence say them.
_SIDES = {
    "custody": (
        re.compile(
            rf"\b(?:(?:remanded|held|kept|detained)\s+in\s+(?:police\s+)?custody|{_BE}(?:still\s+)?(?:in\s+custody|"
            r"in\s+detention|detained|being\s+held|held\s+by\s+police)|(?:refused|denied)\s+bail|"
            r"(?:remain|remains|remained|stay|stays|stayed)\s+in\s+(?:custody|detention)|re-?arrested|arrested\s+again)\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\b(?:released\s+(?:on\s+bail|without\s+charge|under\s+investigation|from\s+(?:custody|detention))|"
            r"(?:granted|given|got)\s+bail|bailed|freed|released(?!\s+(?:from|a|an|the|its|his|her|their)\b)|"
            r"let\s+go|set\s+free)\b",
            re.IGNORECASE,
        ),
    ),
    "prison": (
        re.compile(
            r"\b(?:jailed|imprisoned|locked\s+up|sent\s+to\s+(?:prison|jail)|sentenced\s+to\s+(?:[\w-]+\s+){1,3}?"
            r"in\s+(?:prison|jail)|given\s+an?\s+(?:[\w-]+\s+){0,2}?prison\s+sentence|(?:go|went|gone)\s+to\s+prison)\b",
            re.IGNORECASE,
        ),
        re.compile(
            r"\b(?:spared\s+(?:jail|prison)|(?:avoided|avoid|escaped|escape)\s+(?:jail|prison)|walked\s+free|"
            r"walk\s+free|(?:given|handed)\s+an?\s+(?:[\w-]+\s+){0,2}?(?:suspended\s+(?:prison\s+)?sentence|"
            r"community\s+order))\b",
            re.IGNORECASE,
        ),
    ),
}
# Only in prospect, or denied: "could be jailed", "was not released".
_OPEN = re.compile(
    r"\b(?:could|may|might|would|will|faces?|facing|risks?|expected\s+to|likely\s+to|not|never|no\s+longer)\s+"
    r"(?:[\w'-]+\s+){0,2}$|n[’']t\s+(?:[\w'-]+\s+){0,2}$",
    re.IGNORECASE,
)
_OWNER = re.compile(r"[’']s\s+(?:[\w-]+\s+){0,2}$")  # "Tom Reyes's brother was…"
# How many of them: "Were all the hostages freed?" against "Four of the seven hostages were freed" is
# `wholes`' to read.
_HOW_MANY = re.compile(
    r"\b(?:all|every|each|both|none|most|some|several|many|few|half)\b|\b(?:\d+|one|two|three|four|five|six|seven|"
    r"eight|nine|ten)\s+of\b",
    re.IGNORECASE,
)


def _side(text: str, kind: str) -> tuple[int, int] | None:
    """(side, where) of the one side of `kind` the text names, affirmed; None for none or both."""
    found = []
    for side, pattern in enumerate(_SIDES[kind]):
        for m in pattern.finditer(text):
            if _OPEN.search(text[: m.start()]):
                return None
            found.append((side, m.start()))
    if len({s for s, _ in found}) != 1:
        return None
    return found[0]


def custody_side(claim: str, sentence: str) -> str | None:
    """ "supports" / "refutes" where the sentence holds or frees the claim's subject as the claim asks
    about; else None."""
    if _HOW_MANY.search(claim):
        return None
    for kind in _SIDES:
        asked = _side(claim, kind)
        if asked is None:
            continue
        told = _side(sentence, kind)
        if told is None:
            return None
        if any(_SIDES[k][s].search(sentence) for k in _SIDES if k != kind for s in (0, 1)):
            return None  # bail, then a prison sentence: two questions in one sentence
        # The claim's subject, its words before its side's ("Is Tom Reyes still…"), named before the
        # sentence's side, and not as someone's owner ("Tom Reyes's brother was…") or one of a number.
        subject = tokens(re.sub(r"^\W*\w+\s+", "", claim[: asked[1]]))
        before = sentence[: told[1]]
        if not subject or not set(subject) <= set(tokens(before)) or _OWNER.search(before) or _HOW_MANY.search(before):
            return None
        return "supports" if told[0] == asked[0] else "refutes"
    return None
