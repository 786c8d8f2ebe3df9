"""Which way a figure went, in the verbs the stance model reads as the claim's "rise" / "fall".

"Exports declined last year" had refuted "Did exports fall last year?" at 0.99, and "Prices went up"
had read as the opposite of "Did prices rise?" where a figure followed. The verbs are read as "rose" /
"fell" in the claim and the sentence (`idioms.in_plain_words` applies them). Verbs with other senses
are read so only where what follows is a change's size or time: "declined to 3%", never "declined to
comment"; "dropped 7%", never "the plan was dropped"; "eased to 3.2%", never "eased restrictions"; "lost 4%", never
"lost 3% of its customers". A fall still
to come, and the noun, are read as "drop", which the model reads right there and "fall" it does not.
"""

from __future__ import annotations

import re

_FIGURE_NEXT = (
    r"(?=\s+(?:by\s+|to\s+|from\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?[£$€]?\d"
    r"|\s+(?:sharply|slightly|steadily|steeply|further|again)\b)"
)
_TIME_NEXT = r"(?=\s+(?:in|last|this|next|over|since|during|year-on-year|for\s+the)\b)"
_SIZE_NEXT = f"(?:{_FIGURE_NEXT}|{_TIME_NEXT})"
_ANY_NEXT = rf"(?:{_FIGURE_NEXT}|{_TIME_NEXT}|(?=\s*[,.;?]|\s*$))"
_NOT_NOUN = r"(?<!\ban\s)(?<!\ba\s)(?<!\bthe\s)"  # "an increase", "the decline"
# A move told as a slip or a gain: only before a share, points or pence; not "slipped on the ice", "gained three
# seats", nor "slid against the dollar", which read as "fell against the dollar" the model still reads as no fall.
_MOVE_NEXT = (
    r"(?=\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+)?[\d.]+\s?(?:%|per\s?cent\b|percent\b|"
    r"points?\b|pence\b|p\b|cents?\b))"
)
_NOT_A_SHARE_OF = (
    r"(?!\s+(?:by\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|more\s+than\s+)?[\d.]+\s?(?:%|per\s?cent\b|percent\b|"
    r"points?\b|pence\b|p\b|cents?\b)\s+of\b)"
)
_CHANGES: list[tuple[str, str]] = [
    # "Shares in Corvel slipped 2%" had refuted "Did shares in Corvel fall?" at 0.99, and "gained 3%" said neither to
    # "Did Corvel shares rise?" (eval/stance_news_words_3.jsonl).
    (rf"(has|have|had)\s+(?:slipped|slid){_MOVE_NEXT}", r"\1 fallen"),
    (rf"(has|have|had)\s+gained{_MOVE_NEXT}", r"\1 risen"),
    (rf"(?:slipped|slid){_MOVE_NEXT}", "fell"),
    (rf"(?:slips|slides){_MOVE_NEXT}", "falls"),
    (rf"gained{_MOVE_NEXT}", "rose"),
    # "Shares in Corvel lost 4%" had refuted "Did shares in Corvel fall?" at 0.97 (eval/stance_currencies.jsonl); not
    # "lost 3% of its customers", a share of what it has.
    (rf"(has|have|had)\s+lost{_MOVE_NEXT}{_NOT_A_SHARE_OF}", r"\1 fallen"),
    (rf"lost{_MOVE_NEXT}{_NOT_A_SHARE_OF}", "fell"),
    (rf"loses{_MOVE_NEXT}{_NOT_A_SHARE_OF}", "falls"),
    (rf"gains{_MOVE_NEXT}", "rises"),
    (rf"(has|have|had)\s+(?:increased|gone\s+up|climbed){_ANY_NEXT}", r"\1 risen"),
    (rf"(has|have|had)\s+(?:decreased|shrunk|gone\s+down){_ANY_NEXT}", r"\1 fallen"),
    (rf"(has|have|had)\s+(?:declined|contracted){_SIZE_NEXT}", r"\1 fallen"),
    (rf"(?:increased|went\s+up|climbed){_ANY_NEXT}", "rose"),
    (rf"jumped{_FIGURE_NEXT}", "rose"),
    # "Profits halved last year" had refuted "Did profits fall…?" at 0.99; "halved its prices" is what a
    # company did.
    (rf"(has|have|had)\s+halved{_ANY_NEXT}", r"\1 fallen by half"),
    (rf"halved{_ANY_NEXT}", "fell by half"),
    (rf"halves{_ANY_NEXT}", "falls by half"),
    (rf"(?:decreased|shrank|shrunk|went\s+down){_ANY_NEXT}", "fell"),
    (rf"(?:declined|contracted){_SIZE_NEXT}", "fell"),
    (rf"(?:dropped|eased|dipped){_FIGURE_NEXT}", "fell"),
    (rf"(?:increases|goes\s+up|climbs){_ANY_NEXT}", "rises"),
    (rf"(?:decreases|shrinks|goes\s+down){_ANY_NEXT}", "falls"),
    (rf"declines{_SIZE_NEXT}", "falls"),
    (r"gone\s+up", "risen"),
    (r"gone\s+down", "fallen"),
]
# The base form, as a question asks it ("Did exports decline last year?") or after a modal or "to"
# ("expected to decline"); elsewhere "decline" and "increase" are nouns as often ("a consistent decline
# over the past decade"). Not "contract", a noun as often ("the bus contract."), nor "in decline".
_BASE: list[tuple[str, str]] = [
    (rf"{_NOT_NOUN}(?:increase|go\s+up|climb){_ANY_NEXT}", "rise"),
    (rf"{_NOT_NOUN}(?<!\bin\s)(?:decrease|shrink|go\s+down|decline){_ANY_NEXT}", "fall"),
    (rf"{_NOT_NOUN}halve{_ANY_NEXT}", "fall by half"),
]
# The base form after "to" or a modal ("expected to decline"), as a question asks it; `idioms` reads its own verbs
# after the same words.
AFTER_MODAL = r"\b((?:to|will|would|could|can|may|might|should|must|did|does|do|not)\s+)"
# "fall" still to come, and the noun, as "drop": "Petrol prices in Ostby will fall next month" had supported "Will
# petrol prices in Ostby rise?" at 0.97, "…is forecast to fall" "Will unemployment rise?" at 0.99, and "a fall in petrol
# prices" "Did petrol prices rise?" at 0.96, where "will drop", "to drop" and "a drop in" refute them
# (eval/stance_will_fall.jsonl). Not "Did it fall?", "fell" or "has fallen", which the model reads right and "drop"
# there it does not ("Exports declined by 4%" refuted "Did exports drop?"); nor "fall ill / short / behind / on…".
_NOT_FALL_IDIOM = (
    r"(?!\s+(?:ill|sick|pregnant|in\s+love|in\s+line|short|through|behind|apart|asleep|silent|victim|prey|foul|into|"
    r"out|off|over|back|for|on|under|within|flat|away|down|to\s+(?![£$€]?\d|about|around|nearly|below|just)))"
)
_FUTURE_FALL = (
    re.compile(
        rf"\b((?:will|would|could|can|may|might|should|must|to)\s+(?:(?:also|further|then|still|probably|not)\s+)?)"
        rf"fall\b{_NOT_FALL_IDIOM}",
        re.IGNORECASE,
    ),
    r"\1drop",
)
_FUTURE_FALL_ASKED = (
    re.compile(rf"^(\s*(?:Will|Would|Could|Can|May|Might|Should|Must)\b[^?]*?\b)fall\b{_NOT_FALL_IDIOM}"),
    r"\1drop",
)
_FALL_NOUN = (
    re.compile(r"\b((?:a|the|any|another|further|sharp|steep|big|small|slight|modest)\s+)fall(\s+in\b)", re.IGNORECASE),
    r"\1drop\2",
)
_COMPILED = [(re.compile(rf"\b(?:{change})", re.IGNORECASE), plain) for change, plain in _CHANGES]
_IN_QUESTIONS = [(re.compile(rf"\b(?:{verb})", re.IGNORECASE), plain) for verb, plain in _BASE]
_AFTER_MODALS = [(re.compile(rf"{AFTER_MODAL}(?:{verb})", re.IGNORECASE), rf"\1{plain}") for verb, plain in _BASE]


def in_plain_words(text: str) -> str:
    """`text` with each verb of `_CHANGES` (and of `_BASE`, in a question or after a modal) as "rose" /
    "fell" in the form it has."""
    for pattern, plain in _COMPILED + (_IN_QUESTIONS if text.rstrip().endswith("?") else _AFTER_MODALS):
        text = pattern.sub(plain, text)
    for pattern, plain in (_FUTURE_FALL, _FUTURE_FALL_ASKED, _FALL_NOUN):
        text = pattern.sub(plain, text)
    return text
