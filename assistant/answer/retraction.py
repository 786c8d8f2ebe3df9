"""Sentences in which an outlet withdraws something it printed: what they report is what was wrong.

"Correction: An earlier version of this article said children under 16 travel free." reads to the
stance model like a report that children under 16 travel free, and it supported "Do children under 16
travel free?" at 0.99: a "Yes" resting on the very words the outlet took back. Such a sentence never
supports what it withdraws; its support is read as a refutation (the outlet says the statement was
wrong), and what it would refute is read as neither (the withdrawn statement was wrong somewhere, which
does not make its contrary right).

Only sentences that state the withdrawn words are matched: "An earlier version of this article
(wrongly) said…", "We incorrectly reported…", "…was mistakenly described as…". A correction that
states the right fact ("Correction: The age limit is 11.", "This article has been corrected to say…")
is ordinary reporting and is read as it stands.

The same holds for words someone else said and the sentence tells as false (`told_falsely`): "Leo Carr falsely
claimed that Corvel had cut 500 jobs" supported "Did Corvel cut 500 jobs?" at 0.78, "Fact-checkers debunked claims
that Corvel had cut 500 jobs" at 0.99, "mistakenly reported" at 0.89, "Corvel later corrected reports that…" at 0.98
(eval/stance_said_falsely.jsonl). Said falsely, wrongly, mistakenly or incorrectly, or claims, reports or rumours
debunked, corrected, refuted or disproved, with nothing told after them: read as the outlet's own correction is,
unless the claim asks about the saying itself ("Did Leo Carr claim that…?"). "Wrongly accused" and "wrongly told
residents to…" tell what was done, not words, and are read as they stand.
"""

from __future__ import annotations

import re

_SAID = (
    r"(?:said|says|stated|states|reported|wrote|described|named|identified|gave|suggested|referred|quoted|"
    r"misstated|misquoted|misidentified|misnamed|misreported|attributed|implied|claimed|listed|put)"
)
_WRONGLY = r"(?:incorrectly|wrongly|mistakenly|erroneously|inaccurately|falsely)"
_WITHDRAWN = re.compile(
    # "An earlier version of this article said…", "A previous version of this story wrongly stated…"
    rf"\b(?:an?|the)\s+(?:earlier|previous|original|prior|older)\s+(?:version|edition|draft)\s+of\s+"
    rf"(?:this|the|our)\s+(?:article|story|report|piece|post|headline|item|text|caption)\s+"
    rf"(?:(?:also|had|has)\s+)?(?:{_WRONGLY}\s+)?{_SAID}\b"
    # "We incorrectly reported…", "This article wrongly said…"
    rf"|\b(?:we|it|this\s+(?:article|story|report|piece))\s+(?:had\s+|has\s+)?{_WRONGLY}\s+{_SAID}\b"
    # "…was mistakenly described as…"
    rf"|\b(?:was|were|had\s+been|has\s+been)\s+{_WRONGLY}\s+{_SAID}\b",
    re.IGNORECASE,
)


def withdraws(sentence: str) -> bool:
    """The sentence states words its outlet has taken back."""
    return _WITHDRAWN.search(sentence) is not None


# Someone else's words told as false: "Leo Carr falsely claimed that…", "wrongly said", "mistakenly reported",
# "Fact-checkers debunked claims that…", "corrected reports that…". Not "wrongly accused" or "wrongly told residents
# to…": those tell what was done to someone, not words.
_TOLD_FALSELY = re.compile(
    rf"\b{_WRONGLY}\s+(?:claimed|claims|said|says|stated|states|reported|reports|suggested|suggests|asserted|asserts|"
    r"alleged|alleges|wrote|writes|insisted|insists|tweeted|posted|announced)\b"
    r"|\b(?:debunk(?:ed|s|ing)?|corrected|correcting|refuted|disproved)\s+(?:the\s+|a\s+|an\s+|earlier\s+|viral\s+|"
    r"online\s+|widespread\s+)*(?:claims?|reports?|rumou?rs?|suggestions?|allegations?|stor(?:y|ies)|posts?)\s+"
    r"(?:that|of)\b",
    re.IGNORECASE,
)
# A claim about the saying itself ("Did Leo Carr claim that…?", "Did fact-checkers debunk…?"), which the words
# told support.
_ABOUT_SAYING = re.compile(
    r"\b(?:claim\w*|sa(?:y|ys|id|ying)|stat(?:e|es|ed|ing)|report\w*|suggest\w*|assert\w*|alleg\w*|wr(?:ite|ites|ote|"
    r"itten)|insist\w*|tweet\w*|post\w*|announc\w*|debunk\w*|correct\w*|refut\w*|disprov\w*|false\w*|wrong\w*|"
    r"mistaken\w*)\b",
    re.IGNORECASE,
)


# Something told besides the false words ("…; it had cut 50", "but in fact…"), which the model may have read.
_BESIDES = re.compile(r"[;:]|\b(?:but|while|although|whereas|however|instead|actually|in\s+fact)\b", re.IGNORECASE)


def told_falsely(claim: str, sentence: str) -> bool:
    """The sentence tells words someone said falsely, wrongly or mistakenly, or claims that were debunked or
    corrected, and nothing besides, and the claim is not about that saying: what it supports is what was false."""
    told = _TOLD_FALSELY.search(sentence)
    return told is not None and not _BESIDES.search(sentence[told.end() :]) and not _ABOUT_SAYING.search(claim)
