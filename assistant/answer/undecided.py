"""A sentence that leaves what the claim asks open: it is unknown whether, it is a condition, or it is a
question. Such a sentence says neither yes nor no.

The stance model reads the words of the event and a negation near them: "Police have not said whether the
lorry driver was arrested" refuted "Was the lorry driver arrested?" at 0.99, "It was not immediately clear
whether anyone had been charged" refuted "Has anyone been charged?" (0.99), "Unless the strike is called
off, the airline will cancel flights from Friday" supported "Did the airline cancel flights?" (0.95), and
a headline asking "Will the firm go bust?" supported "Did the firm go bust?" (0.99). News says "it was not
clear whether" in most first reports, so a confident "No" drawn from it is common, and wrong.

The open part: a clause after "whether" / "if" that someone has not said, confirmed or made clear, or is still
finding out ("unclear / not known / declined to say / would not confirm / refused to comment on / no word on /
too early to say / yet to establish / investigating whether …", up to the next comma or semicolon); a step
someone is only weighing ("was considering an appeal", "is weighing a bid": the model had read "weighing a
bid" as "will bid" at 0.99), unless the claim asks about the weighing or about ruling the step out; what a
decision put off ("deferred a decision on", "postponed a vote on", "adjourned its ruling on") or only recommended
("recommended approval of") is about, unless the claim asks about the putting off; what is
only supposed ("…will protest if the council closes the pool") or what a future main clause waits for ("…will
be diverted until the bridge reopens", unless that main clause is the claim's own); a whole sentence that asks
a question; and, unless the claim itself asks what could or would happen, a whole sentence that opens with a
condition ("If …,", "Unless …,", "Should …,") or a clause whose verb is a modal's ("would close the bridge
only if …"). The sentence leaves the claim open when a word of the claim is in that part and nowhere else in
the sentence: "The driver was arrested at the scene, but police have not said whether he will be charged"
still answers "Was the driver arrested?".
"""

from __future__ import annotations

import re

from assistant.answer.verbs import verb_tokens as tokens

_UNSAID = (
    r"(?:unclear|uncertain|unknown|not\s+(?:(?:immediately|yet|entirely)\s+)?(?:clear|known|certain)|no\s+word\s+on|"
    r"(?:not|n[’']t|declined\s+to|refused\s+to|without)\s+(?:yet\s+)?(?:say|said|saying|confirm|confirmed|confirming|"
    r"disclose|disclosed|reveal|revealed|specify|specified|indicate|indicated|know|knew|comment(?:ed|ing)?(?:\s+on)?))"
)
# Finding out whether, not yet found: "too early to say / yet to establish / investigating whether".
_ASKING = (
    r"(?:too\s+early\s+to\s+(?:say|tell)|establish|determine|investigat\w*|examin\w*|assess\w*|look\w*\s+into|"
    r"check\w*|decid\w*|consider\w*|wonder\w*|ask\w*)"
)
_WHETHER = re.compile(rf"\b(?:{_UNSAID}|{_ASKING})\s+(?:whether|if)\s+(?P<open>[^,;.]+)", re.IGNORECASE)
# A step someone is only weighing: "was considering an appeal", "is weighing a bid for Harmon's", "is
# looking at cuts to its routes", up to the next clause ("…considered a bid but would not make one" says no).
_WEIGHING = re.compile(
    r"\b(?:considering|weighing|mulling(?:\s+over)?|exploring|looking\s+at|studying)\s+"
    r"(?P<open>[^,;.]+?)(?=\s+(?:but|and|after|before|because)\b|[,;.]|$)",
    re.IGNORECASE,
)
# A claim about the weighing itself ("Is the firm considering a bid?", "Has it ruled out an appeal?").
_WEIGHING_CLAIM = re.compile(
    r"\b(?:consider\w*|weigh(?:s|ed|ing)?|mull\w*|explor\w*|look\w*\s+at|stud(?:y|ies|ied|ying)|think\w*|thought"
    r"|ruled?\s+out|rules\s+out)\b",
    re.IGNORECASE,
)
# A decision put off or only recommended: "The Tarn council deferred a decision on the new stadium" had supported
# "Did the council approve it?" at 0.95, "recommended approval of the new stadium" at 0.99, "postponed a vote on
# the bus lane" refuted "Did they back it?" at 0.92, "adjourned her ruling on the merger" "Did the judge block it?"
# at 0.98 (eval/stance_decision_put_off.jsonl). What the decision is about is open.
_PUT_OFF = re.compile(
    r"\b(?:deferr?(?:ed|ing|s)?|postpon(?:ed|ing|es?)|delay(?:ed|ing|s)?|put(?:ting|s)?\s+off|adjourn(?:ed|ing|s)?|"
    r"shelv(?:ed|ing|es?))\s+(?:a|an|the|its|his|her|their|any|final)\s+(?:final\s+)?(?:decision|vote|ruling|"
    r"verdict|judgment|judgement)\s+(?:on|over|about)\s+(?P<open>[^,;.]+?)(?=\s+(?:but|and|after|because|until)\b|[,;.]|$)"
    r"|\brecommend(?:ed|ing|s)?\s+(?:the\s+)?(?:approval|refusal|rejection)\s+of\s+(?P<recommended>[^,;.]+)",
    re.IGNORECASE,
)
# Putting off refused: "The speaker refused to delay the vote on the budget, which took place on Friday".
_REFUSED = re.compile(
    r"\b(?:refus\w*|declin\w*|not|n[’']t|never|against|rejected\s+calls)\s+(?:to\s+)?$", re.IGNORECASE
)
# A claim about the putting off or the recommendation itself.
_PUT_OFF_CLAIM = re.compile(
    r"\b(?:defer\w*|postpon\w*|delay\w*|put\s+off|adjourn\w*|shelv\w*|recommend\w*)\b", re.IGNORECASE
)
# What is only supposed: an "if / unless / in case" clause inside the sentence ("Swimmers will protest if the
# council closes the pool"), and what a future or hypothetical main clause waits for ("Staff will switch to
# the generators when the plant next loses power", "Buses will be diverted until the bridge reopens").
_SUPPOSED = re.compile(r"(?<=\w)\s+(?:if|unless|in\s+case)\s+(?P<open>[^,;.]+)", re.IGNORECASE)
_AWAITED = re.compile(
    r"\b(?:will|would|shall|[’']ll)\b[^,;.]*?\s(?:when|once|until|as\s+soon\s+as)\s+(?P<open>[^,;.]+)",
    re.IGNORECASE,
)
_CONDITION = re.compile(r"^\W*(?:if|unless|should|provided|in\s+case)\b[^,]*,", re.IGNORECASE)
_MODAL_IF = re.compile(
    r"\b(?:will|would|could|might|may)\s+(?P<open>[^,;.]*?)\s+(?:only\s+)?(?:if|unless)\b", re.IGNORECASE
)


# A question, quoted or not, as a cited title ends one: '"Is the Sun causing global warming?".'
_QUESTION_END = re.compile(r"\?[”\"’']?\.?$")
# A claim about what could or would happen, or on what condition, asks what a condition says.
_MODAL_CLAIM = re.compile(r"\b(?:could|would|might|may|can|if|unless)\b", re.IGNORECASE)


def _open_parts(claim: str, sentence: str) -> list[tuple[int, int]]:
    """The spans of the sentence that say nothing either way about the claim."""
    text = sentence.strip()
    conditions = _MODAL_CLAIM.search(claim) is None
    if _QUESTION_END.search(text) or (conditions and _CONDITION.match(text)):
        return [(0, len(sentence))]
    spans = [m.span("open") for m in _WHETHER.finditer(sentence)]
    if not _WEIGHING_CLAIM.search(claim):
        spans += [m.span("open") for m in _WEIGHING.finditer(sentence)]
    if not _PUT_OFF_CLAIM.search(claim):
        spans += [
            m.span("open" if m.group("open") else "recommended")
            for m in _PUT_OFF.finditer(sentence)
            if not _REFUSED.search(sentence[: m.start()])
        ]
    if conditions:
        for pattern in (_MODAL_IF, _SUPPOSED):
            spans += [m.span("open") for m in pattern.finditer(sentence)]
        # Not where the waiting clause is the claim's own ("The school will remain closed until further
        # notice" answers "Does the school remain closed until further notice?").
        asked = set(tokens(claim))
        spans += [
            m.span("open") for m in _AWAITED.finditer(sentence) if not asked & set(tokens(sentence[: m.start("open")]))
        ]
    return spans


def leaves_open(claim: str, sentence: str) -> bool:
    """A word of the claim is in a part of the sentence that leaves it open, and nowhere else in it."""
    spans = _open_parts(claim, sentence)
    if not spans:
        return False
    asked = set(tokens(claim))
    inside = set().union(*(tokens(sentence[a:b]) for a, b in spans)) & asked
    rest, last = [], 0
    for a, b in sorted(spans):
        rest.append(sentence[last:a])
        last = max(last, b)
    rest.append(sentence[last:])
    return bool(inside - set(tokens(" ".join(rest))))
