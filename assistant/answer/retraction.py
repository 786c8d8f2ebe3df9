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
