"""News idioms in the plain words the stance model knows.

The model is small and reads many of the idioms news is written in as saying nothing, or the opposite:
"Westfield Rovers were beaten in the cup final" supported "Did Westfield Rovers win the cup final?" at
0.99, "Developers have shelved plans to build the marina" supported "Will the marina be built?" (0.91),
and "…stepped down on Friday", "…got the go-ahead", "…went into administration", "prices soared" said
neither to "Did the head teacher resign?", "Has it been approved?", "Did it collapse?", "Did prices rise?"
(0.00-0.14); "called off" on one side and "cancelled" on the other were read as opposites ("The Fenmoor
peace talks have been canceled" refuted "Have the Fenmoor peace talks been called off?" at 0.96). Both
the claim and the sentence are read with each idiom in its plain words ("were beaten in" as "lost in",
"shelved" as "dropped", "called off" as "cancelled"); the quote keeps the article's own. Only idioms
with one meaning in news are listed: "quit" (smoking), "fired" (shots), "beaten by" (an assault) are
not, nor the base forms of "soared", "plunged"… that are nouns too ("the rocket being fired" was read as
"the rise").
"""

from __future__ import annotations

import re

# (idiom, plain words), each a verb in its forms: past / third person / base / -ing where it has them.
_TABLE: list[tuple[str, str]] = [
    (r"(?:was|were|has\s+been|have\s+been|been)\s+given\s+the\s+(?:green\s+light|go-ahead)", "was approved"),
    (r"(?:got|gets|received|won)\s+the\s+(?:green\s+light|go-ahead)", "was approved"),
    (r"gave\s+the\s+(?:green\s+light|go-ahead)\s+to", "approved"),
    (r"(?:has|have)\s+given\s+(?P<obj>(?:\w+\s+){1,4}?)the\s+(?:green\s+light|go-ahead)", r"has approved \g<obj>"),
    (r"rubber-stamped|green-lit|greenlit|signed\s+off\s+on", "approved"),
    (r"stepped\s+down", "resigned"),
    (r"steps\s+down", "resigns"),
    (r"stepping\s+down", "resigning"),
    (r"step\s+down", "resign"),
    (r"(?:was|were)\s+ousted", "was sacked"),
    (r"went\s+(?:into\s+administration|into\s+receivership|bust|under)", "collapsed"),
    (r"(?:go|goes)\s+(?:into\s+administration|bust)", "collapse"),
    (r"break\s+down", "fail"),
    (r"sail\s+through", "pass"),
    (r"broke\s+down", "failed"),
    (r"ended\s+in\s+(?:deadlock|stalemate)", "failed"),
    (r"(?:was|were)\s+(?:narrowly\s+|heavily\s+)?(?:beaten|defeated|thrashed)\s+in", "lost in"),
    (r"sailed\s+through", "passed"),
    (r"(?:was|were)\s+voted\s+down", "was defeated"),
    (r"pulled\s+the\s+plug\s+on|called\s+time\s+on", "ended"),
    (r"mothballed", "closed"),
    (r"pull\s+the\s+plug\s+on|call\s+time\s+on", "end"),
    (r"mothball", "close"),
    (r"shelved|kicked\s+into\s+the\s+long\s+grass", "dropped"),
    (r"shelve", "drop"),
    (r"put\s+on\s+(?:hold|ice)", "suspended"),
    (r"called\s+off", "cancelled"),
    (r"calls\s+off", "cancels"),
    (r"calling\s+off", "cancelling"),
    (r"call\s+off", "cancel"),
    (r"canceled", "cancelled"),
    (r"canceling", "cancelling"),
    (r"u-turned\s+on|backtracked\s+on|performed\s+a\s+u-turn\s+on|made\s+a\s+u-turn\s+on", "reversed"),
    (r"soared|surged|rocketed|shot\s+up|edged\s+up|ticked\s+up|crept\s+up", "rose"),
    (r"soars|surges|rockets|shoots\s+up|edges\s+up|ticks\s+up|creeps\s+up", "rises"),
    (r"plunged|plummeted|slumped|tumbled|edged\s+down|ticked\s+down", "fell"),
    (r"plunges|plummets|slumps|tumbles|edges\s+down|ticks\s+down", "falls"),
    (r"held\s+steady", "did not change"),
]
_COMPILED = [(re.compile(rf"\b{idiom}\b", re.IGNORECASE), plain) for idiom, plain in _TABLE]


def in_plain_words(text: str) -> str:
    """`text` with each news idiom of `_TABLE` in its plain words."""
    for pattern, plain in _COMPILED:
        text = pattern.sub(plain, text)
    return text
