"""How talks ended: a claim that they failed or that they succeeded, against a sentence that says they ended
without a deal or with one.

The stance model reads "without" as a denial of the claim: "Pay talks at Halden's docks broke up on
Wednesday without an agreement" refuted "Did the pay talks at Halden's docks fail?" at 0.98, "Corvel walked
away from merger talks with Ostrel without a deal" "Did the Corvel merger talks fail?" at 0.99, and "ended
with a deal on prisoner exchanges" said neither to "Did the peace talks succeed?" (eval/stance_talks.jsonl).

The reading: the claim asks about talks (talks, negotiations, a summit) and says they failed ("fail",
"collapse", "break down", "end without a deal") or succeeded ("succeed", "end in a deal", "reach an
agreement"); the sentence names talks too, and every name the claim gives, and tells one ending only, not
in prospect ("could end without a deal"): without a deal, agreement or settlement ("ended without a deal",
"broke up without an agreement", "failed to reach a deal"), or with one ("ended with a deal", "reached an
agreement"). The same side supports, the other refutes. "Without a mediator" is no ending, and talks that
"have not yet ended" are left to the model.
"""

from __future__ import annotations

import re

from assistant.answer.verbs import ASKS_FUTURE, names_each

_TALKS = re.compile(r"\b(?:talks|negotiations?|summit|discussions|mediation)\b", re.IGNORECASE)
_DEAL = r"(?:a\s+|an\s+|any\s+)?(?:[\w-]+\s+)?(?:deal|agreement|accord|settlement|breakthrough)\b"
_ONE_DEAL = r"(?:a|an)\s+(?:[\w-]+\s+)?(?:deal|agreement|accord|settlement)\b"
_ENDED = (
    r"(?:end(?:s|ed)?|br(?:eak|eaks|oke)\s+up|fail(?:s|ed)?|collaps(?:e|es|ed)|clos(?:e|es|ed)|finish(?:es|ed)?|"
    r"conclud(?:e|es|ed)|walk(?:s|ed)?\s+away(?:\s+from)?)"
)
# (ending, pattern) as a claim asks it and as a sentence tells it.
_CLAIMED = (
    (
        "failed",
        re.compile(
            rf"\b(?:fail(?:s|ed)?|collaps(?:e|es|ed)|br(?:eak|eaks|oke)\s+down|{_ENDED}\s+without\s+{_DEAL}|"
            r"end(?:s|ed)?\s+in\s+(?:failure|deadlock|stalemate))",
            re.IGNORECASE,
        ),
    ),
    (
        "agreed",
        re.compile(
            rf"\b(?:succeed(?:s|ed)?|end(?:s|ed)?\s+(?:in|with)\s+{_ONE_DEAL}|"
            rf"(?:reach(?:es|ed)?|str(?:ike|uck)|agree(?:s|d)?|sign(?:s|ed)?)\s+{_ONE_DEAL})",
            re.IGNORECASE,
        ),
    ),
)
_TOLD = (
    (
        "failed",
        re.compile(
            rf"\b{_ENDED}(?:\s+[^\s,.;]+){{0,8}}?\s+without\s+{_DEAL}|"
            rf"\bfail(?:s|ed)?\s+to\s+(?:reach|agree|strike|secure|clinch|sign)\s+{_DEAL}",
            re.IGNORECASE,
        ),
    ),
    (
        "agreed",
        re.compile(
            rf"\b(?:end(?:s|ed)?|clos(?:e|es|ed)|conclud(?:e|es|ed)|finish(?:es|ed)?)(?:\s+[^\s,.;]+){{0,4}}?\s+"
            rf"(?:with|in)\s+{_ONE_DEAL}|\b(?:reached|struck|agreed|signed|clinched|secured)\s+{_ONE_DEAL}",
            re.IGNORECASE,
        ),
    ),
)
# Only in prospect, or denied: "could end without a deal", "did not end with a deal".
_OPEN = re.compile(
    r"\b(?:could|may|might|would|will|expected\s+to|likely\s+to|threaten(?:s|ed)?\s+to|not|never|yet\s+to)\s+"
    r"(?:[\w'-]+\s+){0,2}$|n[’']t\s+(?:[\w'-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _ending(text: str, patterns: tuple[tuple[str, re.Pattern[str]], ...]) -> str | None:
    """The one ending `text` names, affirmed; None for none, both, or one only in prospect."""
    found = set()
    for ending, pattern in patterns:
        for m in pattern.finditer(text):
            if _OPEN.search(text[: m.start()]):
                return None
            found.add(ending)
    return found.pop() if len(found) == 1 else None


def talks_side(claim: str, sentence: str) -> str | None:
    """ "supports" / "refutes" where the sentence tells talks the claim names ending as the claim says or
    the other way; else None."""
    if not _TALKS.search(claim) or not _TALKS.search(sentence):
        return None
    asked = _ending(claim, _CLAIMED)
    if asked is None:
        return None
    told = _ending(sentence, _TOLD)
    if told is None:
        return None
    if not names_each(claim, sentence):
        return None  # other talks: "the Tarn climate summit" for "the Marlow climate summit"
    return "supports" if told == asked else "refutes"


# A deal the claim says was done: bought, signed, agreed, merged, accepted… Talks held or going on are no such deal:
# "Talks between Corvel and Ostby Foods are continuing" had supported "Did Corvel buy Ostby Foods?" at 0.98, "have
# opened merger talks" "Did Corvel and Brenna Foods merge?" at 0.99 (eval/stance_talks_only.jsonl).
_DONE_DEAL = re.compile(
    r"\b(?:buy|bought|buys|acquir\w*|sign|signs|signed|agree|agreed|agrees|merge|merged|merges|sell|sells|sold|"
    r"accept\w*|settl\w*|hire|hired|take\s+over|took\s+over|taken\s+over|"
    rf"(?:reach\w*|str(?:ike|ikes|uck))\s+{_ONE_DEAL})",
    re.IGNORECASE,
)
_ASKS_TALKS = re.compile(r"\b(?:talk\w*|negotiat\w*|meet|met|meeting|discuss\w*|summit)\b", re.IGNORECASE)
# The talks and the word that names them ("merger talks", "trade talks").
_NAMED_TALKS = re.compile(r"\b(?:[\w-]+\s+)?(?:talks|negotiations?|discussions)\b", re.IGNORECASE)
# What the talks came to, told: the model's, or `talks_side`'s, to read.
_CAME_TO = re.compile(
    r"\b(?:agreed|signed|completed|sealed|struck|reached|clinched|collapsed|broke\s+(?:up|down)|failed|ended|"
    r"abandoned|stalled|called\s+off|walked\s+away|without)\b",
    re.IGNORECASE,
)


def talks_only(claim: str, sentence: str) -> bool:
    """The claim says a deal was done (bought, signed, agreed, merged…) and the sentence tells only talks held or
    going on, no word of the deal outside the talks' own name ("merger talks") and no outcome: its support is set
    aside (what it refutes stands: "is in merger talks" says they have not merged yet). A claim about the talks, or
    about what will be done, is not read."""
    if not _DONE_DEAL.search(claim) or _ASKS_TALKS.search(claim) or ASKS_FUTURE.search(claim):
        return False
    if not _NAMED_TALKS.search(sentence) or _CAME_TO.search(sentence):
        return False
    return not _DONE_DEAL.search(_NAMED_TALKS.sub(" ", sentence))
