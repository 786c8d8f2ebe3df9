"""What goes on, against a sentence that denies it will end: "Aviro Air has no plans to cut flights to
Lisbon" says it is keeping them.

The stance model reads the denial's ending verb, not the denial: "Aviro Air said it has no plans to cut
flights to Lisbon this winter" refuted "Is Aviro Air keeping its Lisbon flights this winter?" at 0.99,
"would not close its Ashby branch" "Will Marlow Bank keep its Ashby branch?" at 0.91, "had no intention
of ending the Kelby ferry service" "Will the ferry service continue?" at 0.99, "refused to scrap the bus
pass scheme" "Will the scheme continue?" at 0.99.

The rule: the claim says something goes on or is kept ("keep", "stay", "remain", "continue", "retain",
"maintain", "carry on"), with no negation or ending of its own; the sentence denies an ending ("no plans
to / no intention of", "will / would / does not", "won't", "never", "ruled out", "refused / declined to"
+ "cut", "close", "shut", "end", "scrap", "axe", "drop", "stop", "withdraw", "sell", "sack", "abolish",
"cancel"…), not itself denied ("could not rule out closing" leaves it open), and names every name the
claim gives (not the Leeds branch for the Ashby one) and something it is about. Then the model's
refutation is read as support.

An event that goes ahead is kept the same way: "refused to delay the trial of Tom Reyes, which starts on
March 3" refuted "Will the trial of Tom Reyes start on March 3?" at 0.99, "has ruled out cancelling the
Ostby festival this year" "Will the Ostby festival take place this year?" at 0.96, "declined to call off the
derby" "Will the derby go ahead?" at 0.98 (eval/stance_go_ahead.jsonl). A claim that it goes ahead, takes
place, is held, starts or begins is read as one that it goes on, against the same denials and those of
putting it off ("delay", "postpone", "call off", "put off"; "refused calls to postpone"), where the sentence
also names every word the claim gives after the verb ("on March 3", "this year", "next week"): "which
starts on March 10" keeps the trial but not its date, and "refused to halt construction" says nothing of a
start next year. Either way the first word the denied ending takes is one of the claim's: "refused to cut
funding for the festival" keeps the funding, and says nothing of whether the festival takes place.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.answer.negation import NEGATIONS
from assistant.answer.verbs import all_named, names_each
from assistant.answer.verbs import verb_tokens as tokens

_GOES_ON = re.compile(
    r"\b(?:keep(?:s|ing)?|kept|stay(?:s|ing)?|remain(?:s|ing)?|continu(?:e|es|ing)|retain(?:s|ing)?|"
    r"maintain(?:s|ing)?|carr(?:y|ies|ying)\s+on|go(?:es|ing)?\s+on)\b",
    re.IGNORECASE,
)
# An event that goes ahead: read like what goes on, where the sentence names the claim's words after it.
_GOES_AHEAD = re.compile(
    r"\b(?:go(?:es|ing)?\s+ahead|went\s+ahead|gone\s+ahead|tak(?:e|es|ing)\s+place|took\s+place|taken\s+place|"
    r"be(?:en|ing)?\s+held|start(?:s|ed|ing)?|begin(?:s|ning)?|began|begun)\b",
    re.IGNORECASE,
)
_ENDING = (
    r"(?:cut|clos|shut|end|scrap|ax|drop|stop|withdraw|sell|sack|abolish|cancel|halt|suspend|discontinu|fire|"
    r"delay|postpon|call(?:s|ed|ing)?\s+off|put(?:s|ting)?\s+off)\w*"
)
_DENIED_ENDING = re.compile(
    r"(?:\bno\s+(?:plans?|intention|proposals?)\s+(?:to|of)|\b(?:will|would|does|did|do|is|are|was|were|shall)\s+not|"
    r"\b(?:won|wouldn|doesn|didn|don|isn|aren)[’']t|\bnever|\bnot\s+going\s+to|\brul(?:e|es|ed|ing)\s+out|"
    r"\b(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing))\s+to|"
    r"\b(?:refus|declin|reject|resist)(?:e|es|ed|ing|s)?\s+(?:calls|demands|requests?|pressure|appeals)\s+to)"
    rf"\s+(?:be\s+)?(?P<end>{_ENDING})",
    re.IGNORECASE,
)
_ENDS = re.compile(rf"\b{_ENDING}", re.IGNORECASE)
# The denial itself denied: "could not rule out closing", "did not refuse to sell".
_DOUBLE = re.compile(r"(?:\b(?:not|never|cannot)|n[’']t)\s+(?:[\w’'-]+\s+){0,1}$", re.IGNORECASE)


@lru_cache(maxsize=4096)
def denied_ending(claim: str, sentence: str) -> bool:
    """The claim says something goes on and the sentence denies that it will end (see the docstring)."""
    goes_on = _GOES_ON.search(claim) or _GOES_AHEAD.search(claim)
    if goes_on is None or NEGATIONS.search(claim) or _ENDS.search(claim):
        return False
    if goes_on.re is _GOES_AHEAD and not set(tokens(claim[goes_on.end() :])) <= set(tokens(sentence)):
        return False  # "start on March 3" against "which starts on March 10"
    for m in _DENIED_ENDING.finditer(sentence):
        if _DOUBLE.search(sentence[: m.start()]):
            continue
        if not names_each(claim, sentence):
            return False
        about = set(tokens(claim)) - set(tokens(goes_on.group()))
        if not all_named(tokens(sentence[m.end() :])[:1], tokens(claim)):
            return False  # "refused to cut funding for the festival": the funding, not the festival
        return bool(about & set(tokens(sentence)))
    return False
