"""A plan or decision dropped or reversed says the planned thing is not being done: "Corvel reversed its decision to
close the Ostby plant" refutes "Will Corvel close the Ostby plant?", and supports "Did Corvel decide to close it?".

The stance model reads the plan inside the sentence and not what was done to it: that sentence supported the first
claim at 0.88, "The council went back on its decision to close the Elm library", "rowed back on plans to close" and
"backed down over plans to close" supported "Will the council close the Elm library?" at 0.94-0.99, and "scrapped
plans to close the plant" refuted "Did Corvel plan to close the plant?" (eval/stance_reversals.jsonl).

The reading: the sentence tells a decision, plan, proposal or move to do something reversed, gone back on, rowed back
on, backed down over or dropped (in `idioms`' plain words: shelved, scrapped, backtracked and U-turned are among
them), actively or in the passive ("Plans to close the Elm library have been dropped"), not negated or hedged
before it (a reversal urged, denied or only possible says neither); the claim asks, not negated, whether that thing
is, will be or was done, in the plan's own verb, and every other word of the claim is in the sentence. Then it
refutes. A claim in the past that the decision or plan was made ("Did Corvel decide to close…?") is supported, one
that it stands now ("Is Corvel planning to…?") refuted. A decision *not* to do it reversed says neither; one that was
*not* dropped supports a claim that it stands or will be done; a reversal told in other words supports a claim of it.
"""

from __future__ import annotations

import re

from assistant.answer.verbs import NEGATED, asks_of_deed, clause_before, same_stem
from assistant.answer.verbs import verb_tokens as tokens

# Past and present forms only: "urged the council to reverse its decision" reverses nothing.
_DROPS = (
    r"(?:reversed|reverses|overturned|overturns|(?:went|gone|goes)\s+back\s+on|rowed\s+back\s+(?:on|from)|"
    r"backed\s+down\s+(?:on|over|from)|dropped|drops|abandoned|abandons|ditched|ditches|withdrew|withdraws|axed)"
)
_DROPPED = r"(?:reversed|overturned|dropped|abandoned|ditched|withdrawn|axed)"
_PLAN = r"(?:decision|plans?|proposals?|move|bid|intention|pledge|promise)"
_OWNER = r"(?:(?:its|the|their|his|her|a|an|this|that|our|[\w’'-]+[’']s?)\s+)?(?:[\w-]+\s+){0,2}?"
_WHAT = r"(?P<neg>not\s+)?to\s+(?P<act>[a-z]+)\b"
_ACTIVE = re.compile(rf"\b{_DROPS}\s+{_OWNER}{_PLAN}\s+{_WHAT}", re.IGNORECASE)
_PASSIVE = re.compile(
    rf"\b{_PLAN}\s+{_WHAT}[^.;]*?\s+(?:has|have|had|was|were|is|are)\s+(?:now\s+)?(?:been\s+)?{_DROPPED}\b",
    re.IGNORECASE,
)
# A reversal asked for or only possible, not made ("urged the council to reverse its decision to close…", "could
# reverse"): the model read it as the plan dropped.
_ASKED_FOR = re.compile(
    rf"\b(?:to|could|may|might|would|should)\s+(?:reverse|overturn|drop|abandon|ditch|withdraw|rethink|reconsider|go\s+back\s+on|row\s+back\s+on)\s+"
    rf"{_OWNER}{_PLAN}\s+{_WHAT}",
    re.IGNORECASE,
)
# Before the reversal in its clause: it is negated (the model reads "has not dropped its plan" right), or denied,
# refused or only possible (which tells neither way).
_NOT = re.compile(r"\b(?:not|never|no\s+longer)\b|n[’']t\b", re.IGNORECASE)
_HEDGED = re.compile(
    r"\b(?:den(?:y|ies|ied)|refus\w*|reject\w*|would|could|may|might|should|whether|if)\b", re.IGNORECASE
)
# A claim about the reversal itself ("Did the council reverse its decision…?") is the model's to read.
_ABOUT_DROPPING = frozenset(
    tokens("reverse overturn drop abandon ditch withdraw axe scrap shelve backtrack rowed u-turn")
)
_PLAN_WORDS = frozenset(
    tokens("decide decision plan planned planning propose proposal intend intention pledge promise")
)
_MADE = re.compile(r"^\W*(?:did|was|were|had)\b", re.IGNORECASE)
_STANDS = re.compile(r"^\W*(?:is|are|will|does|do)\b", re.IGNORECASE)
_LIGHT = frozenset(tokens("go going be being"))


def reversal_side(claim: str, sentence: str) -> str | None:
    """The side a plan or decision dropped or reversed takes on the claim (see above); None where it tells none."""
    if NEGATED.search(claim):
        return None
    asked = tokens(claim)
    about_dropping = any(same_stem(t, d) for t in asked for d in _ABOUT_DROPPING)
    for m in (*_ACTIVE.finditer(sentence), *_PASSIVE.finditer(sentence), *_ASKED_FOR.finditer(sentence)):
        if not asks_of_deed(claim, sentence, m.group("act"), besides=_PLAN_WORDS | _LIGHT | _ABOUT_DROPPING):
            continue
        before = (
            f"{clause_before(sentence, m.start())} {sentence[m.start() : m.start('neg' if m.group('neg') else 'act')]}"
        )
        return _side(claim, asked, about_dropping, m, before)
    return None


def _side(claim: str, asked: tuple[str, ...], about_dropping: bool, m: re.Match[str], before: str) -> str | None:
    planned = any(t in _PLAN_WORDS for t in asked)
    if _NOT.search(before):  # "has not dropped its plan to close": the plan stands
        return None if about_dropping else "supports" if planned or _STANDS.search(claim) else "neither"
    if _HEDGED.search(before) or m.group("neg") or m.re is _ASKED_FOR:  # urged, denied, possible; a decision
        return "neither"  # *not* to do it reversed: the model's "no" is wrong, and so would a "yes" be
    if about_dropping:  # "went back on its decision" answers "Did the council reverse its decision?"
        return "supports"
    if not planned:
        return "refutes"
    return "supports" if _MADE.search(claim) else "refutes" if _STANDS.search(claim) else None
