"""One's own account on a social network deleted or deactivated is the network quit: "Leo Carr has deleted his
Twitter account" supports "Has Leo Carr quit Twitter?" and refutes "Is Leo Carr still on Twitter?".

The stance model read the deletion as the opposite of quitting: that sentence refuted "Has Leo Carr quit Twitter?"
at 0.84, "Ana Kell deactivated her Facebook account" "Has Ana Kell left Facebook?" at 0.81, "The Tarn council has
closed its X account" "Has the Tarn council left X?" at 0.95 (eval/stance_account_deleted.jsonl).

The reading: the claim asks whether someone quit, left or came off a network, or is still on it; the sentence
says they deleted, deactivated or closed their own account (or page, or profile) on that same network, with no
"not" before it and nothing that undoes it ("reactivated", "rejoined", "back on"), and names the claim's first
name where the claim gives one. Then it supports a claim of quitting and refutes one of still being there. An
account on another network, a post deleted, an account the network suspended, and a deletion to come are left to
the model.
"""

from __future__ import annotations

import re

from assistant.answer.context import subject_named
from assistant.text import fold

_NETWORKS = (
    r"Twitter|X|Facebook|Instagram|TikTok|Threads|Bluesky|LinkedIn|YouTube|Snapchat|Reddit|Telegram|WhatsApp|"
    r"Mastodon|Truth\s+Social|Weibo|social\s+media"
)
_ASKS_QUIT = re.compile(
    rf"\b(?:quit|quits|quitting|left|leave|leaves|leaving|abandon(?:ed|s)?|(?:come|came|gone|went)\s+off)\s+"
    rf"(?P<net>{_NETWORKS})\b",
    re.IGNORECASE,
)
_ASKS_ON = re.compile(
    rf"\b(?:still|remains?|stays?)\s+(?:on|active\s+on|posting\s+on|using|uses?)\s+(?P<net>{_NETWORKS})\b",
    re.IGNORECASE,
)
_DELETED = re.compile(
    r"\b(?:deleted|deactivated|closed|shut(?:\s+down)?|deletes|deactivates|closes|shuts(?:\s+down)?)\s+"
    rf"(?:all\s+(?:of\s+)?)?(?:his|her|their|its|my|our)\s+(?P<net>{_NETWORKS})\s+(?:accounts?|pages?|profiles?)\b",
    re.IGNORECASE,
)
_NOT = re.compile(
    r"\b(?:not|never|no|denied|denies|deny|refused|refuses|will|would|could|may|might|to)\s+(?:\w+\s+){0,2}$"
)
_UNDONE = re.compile(
    r"\b(?:reactivat\w*|restor\w*|back\s+on|return(?:ed|s)?\s+to|rejoin\w*|re-?opened)\b", re.IGNORECASE
)


def _net(name: str) -> str:
    return " ".join(fold(name).split())


def account_side(claim: str, sentence: str) -> str | None:
    """ "supports" / "refutes" where the sentence tells one's own account on the claim's network deleted (see
    above), else None."""
    asked = _ASKS_QUIT.search(claim) or _ASKS_ON.search(claim)
    if asked is None or _UNDONE.search(sentence) or subject_named(claim, sentence) is False:
        return None
    for m in _DELETED.finditer(sentence):
        if _net(m.group("net")) == _net(asked.group("net")) and not _NOT.search(sentence[: m.start()].lower()):
            return "supports" if asked.re is _ASKS_QUIT else "refutes"
    return None
