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
"the rise"). So are the everyday verbs for a figure going up or down (`_CHANGES`), which the model read
as the opposite of the claim's own: "Exports declined last year" refuted "Did exports fall last year?"
at 0.99; those with another sense only where a figure or a time follows.
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
    (r"scrapped", "dropped"),
    (r"scraps(?=\s+(?:the|its|their|his|her|a|an|plans?)\b)", "drops"),
    (r"scrap(?=\s+(?:the|its|their|his|her|a|an|plans?)\b)", "drop"),
    (r"(be|been|was|were|is|are)\s+abandoned", r"\1 dropped"),
    (
        r"abandoned(?=\s+(?:its|their|the|a|an|his|her)\s+(?:plans?|bid|proposals?|idea|project|scheme|attempt"
        r"|search|hunt|talks)\b)",
        "dropped",
    ),
    (r"(?:pushed|put)\s+back(?!\s+against)", "delayed"),
    (r"(?:pushes|puts)\s+back(?!\s+against)", "delays"),
    (r"push\s+back(?!\s+against)", "delay"),
    (r"shut\s+(?:its|their)\s+doors(?:\s+for\s+(?:the\s+last\s+time|good))?", "closed"),
    (r"(has|have|had|was|were|been)\s+shut\s+down", r"\1 closed"),
    (r"said\s+sorry", "apologised"),
    (r"says\s+sorry", "apologises"),
    (r"say\s+sorry", "apologise"),
    (r"(has|have|had)\s+become\s+(?:ill|sick|unwell)", r"\1 fallen ill"),
    (r"became\s+(?:ill|sick|unwell)|got\s+(?:sick|ill)|fell\s+sick", "fell ill"),
    (r"becomes\s+(?:ill|sick|unwell)", "falls ill"),
    (r"become\s+(?:ill|sick|unwell)|get\s+(?:sick|ill)|fall\s+sick", "fall ill"),
    (r"been\s+(?:made\s+(?:ill|sick)|sickened)|fallen\s+sick", "fallen ill"),
    (r"(?:was|were)\s+(?:made\s+(?:ill|sick)|sickened)", "fell ill"),
    (r"(fell|fallen)\s+ill\s+by", r"\1 ill from"),  # "sickened by norovirus"
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
# A figure going up or down, in the verbs the model reads as the claim's "rise" / "fall": "Exports
# declined last year" had refuted "Did exports fall last year?" at 0.99. Verbs with other senses are
# read so only where what follows is a change's size or time: "declined to 3%", never "declined to
# comment"; "dropped 7%", never "the plan was dropped"; "eased to 3.2%", never "eased restrictions".
_FIGURE_NEXT = (
    r"(?=\s+(?:by\s+|to\s+|from\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+|some\s+)?[£$€]?\d"
    r"|\s+(?:sharply|slightly|steadily|steeply|further|again)\b)"
)
_TIME_NEXT = r"(?=\s+(?:in|last|this|over|since|during|year-on-year|for\s+the)\b)"
_SIZE_NEXT = f"(?:{_FIGURE_NEXT}|{_TIME_NEXT})"
_ANY_NEXT = rf"(?:{_FIGURE_NEXT}|{_TIME_NEXT}|(?=\s*[,.;?]|\s*$))"
_NOT_NOUN = r"(?<!\ban\s)(?<!\ba\s)(?<!\bthe\s)"  # "an increase", "the decline"
_CHANGES: list[tuple[str, str]] = [
    (rf"(has|have|had)\s+(?:increased|gone\s+up|climbed){_ANY_NEXT}", r"\1 risen"),
    (rf"(has|have|had)\s+(?:decreased|shrunk|gone\s+down){_ANY_NEXT}", r"\1 fallen"),
    (rf"(has|have|had)\s+(?:declined|contracted){_SIZE_NEXT}", r"\1 fallen"),
    (rf"(?:increased|went\s+up|climbed){_ANY_NEXT}", "rose"),
    (rf"jumped{_FIGURE_NEXT}", "rose"),
    (rf"(?:decreased|shrank|shrunk|went\s+down){_ANY_NEXT}", "fell"),
    (rf"(?:declined|contracted){_SIZE_NEXT}", "fell"),
    (rf"(?:dropped|eased|dipped){_FIGURE_NEXT}", "fell"),
    (rf"(?:increases|goes\s+up|climbs){_ANY_NEXT}", "rises"),
    (rf"(?:decreases|shrinks|goes\s+down){_ANY_NEXT}", "falls"),
    (rf"declines{_SIZE_NEXT}", "falls"),
    (r"gone\s+up", "risen"),
    (r"gone\s+down", "fallen"),
]
# Jobs cut in the words news uses for it: "axed 450 jobs", "shed 120 staff", "laid off 200 workers".
_STAFF = (
    r"(?=\s+(?:about\s+|around\s+|some\s+|more\s+than\s+|nearly\s+)?(?:[\d,]+\s+)?"
    r"(?:jobs|staff|workers|posts|roles|positions|employees)\b)"
)
_CHANGES += [
    (rf"(?:axed|shed|laid\s+off){_STAFF}", "cut"),
    (rf"(?:axes|sheds|lays\s+off){_STAFF}", "cuts"),
    (rf"(?:axe|lay\s+off){_STAFF}", "cut"),
]
# The base form, as a question asks it ("Did exports decline last year?") or after a modal or "to"
# ("expected to decline"); elsewhere "decline" and "increase" are nouns as often ("a consistent decline
# over the past decade"). Not "contract", a noun as often ("the bus contract."), nor "in decline".
_BASE: list[tuple[str, str]] = [
    (rf"{_NOT_NOUN}(?:increase|go\s+up|climb){_ANY_NEXT}", "rise"),
    (rf"{_NOT_NOUN}(?<!\bin\s)(?:decrease|shrink|go\s+down|decline){_ANY_NEXT}", "fall"),
]
_AFTER_MODAL = r"\b((?:to|will|would|could|can|may|might|should|must|did|does|do|not)\s+)"
_COMPILED = [(re.compile(rf"\b{idiom}\b", re.IGNORECASE), plain) for idiom, plain in _TABLE]
_COMPILED += [(re.compile(rf"\b(?:{change})", re.IGNORECASE), plain) for change, plain in _CHANGES]
_IN_QUESTIONS = [(re.compile(rf"\b(?:{verb})", re.IGNORECASE), plain) for verb, plain in _BASE]
_AFTER_MODALS = [(re.compile(rf"{_AFTER_MODAL}(?:{verb})", re.IGNORECASE), rf"\1{plain}") for verb, plain in _BASE]


_PERFECT_QUESTION = re.compile(r"^(\s*(?:Has|Have|Had)\b[^?]*?\b)(rose|fell|fall(?=\s+ill))\b")
# "shut down" is past, participle and base alike; a question's first word says which it is.
_SHUT_DOWN = (
    (re.compile(r"^(\s*(?:Has|Have|Had|Was|Were)\b[^?]*?\b)shut\s+down\b"), r"\1closed"),
    (re.compile(r"^(\s*(?:Did|Do|Does|Will|Would|Could|Can|Should|May|Might)\b[^?]*?\b)shut\s+down\b"), r"\1close"),
)


# What outbreak news says of people who fell ill ("were hospitalised with", "taken to hospital with",
# "diagnosed with"), read so only against a claim about falling ill: against "Was anyone injured?",
# "taken to hospital with minor injuries" must stay as it is.
_CARE = (
    r"(?:hospitali[sz]ed|taken\s+to\s+hospital|admitted\s+to\s+hospital|treated\s+in\s+hospital|diagnosed|treated)"
    r"\s+(?:with|for)"
)
_FELL_ILL = (
    (re.compile(rf"\b(has|have|had)\s+been\s+{_CARE}\b", re.IGNORECASE), r"\1 fallen ill with"),
    (re.compile(rf"\bbeen\s+{_CARE}\b", re.IGNORECASE), "fallen ill with"),
    (re.compile(rf"\b(?:was|were)\s+{_CARE}\b", re.IGNORECASE), "fell ill with"),
    (
        re.compile(r"\bsuffered\s+(?:from\s+)?(?=food\s+poisoning|salmonella|listeri|norovirus|e\.\s?coli)", re.I),
        "fell ill with ",
    ),
)
_ABOUT_FALLING_ILL = re.compile(r"\b(?:fall|falls|fell|fallen)\s+ill\b", re.IGNORECASE)


def as_fell_ill(claim: str, sentence: str) -> str:
    """`sentence` with being hospitalised with, diagnosed with… read as falling ill with, where the claim
    (in plain words) asks whether someone fell ill; else unchanged."""
    if not _ABOUT_FALLING_ILL.search(claim):
        return sentence
    for pattern, plain in _FELL_ILL:
        sentence = pattern.sub(plain, sentence)
    return sentence


def in_plain_words(text: str) -> str:
    """`text` with each news idiom of `_TABLE` and each change of `_CHANGES` in its plain words."""
    for pattern, plain in _COMPILED + (_IN_QUESTIONS if text.rstrip().endswith("?") else _AFTER_MODALS):
        text = pattern.sub(plain, text)
    for pattern, plain in _SHUT_DOWN:
        text = pattern.sub(plain, text)
    # "Have prices increased?": the participle, as the question asks it.
    return _PERFECT_QUESTION.sub(
        lambda m: m.group(1) + {"rose": "risen", "fell": "fallen", "fall": "fallen"}[m.group(2)], text
    )
