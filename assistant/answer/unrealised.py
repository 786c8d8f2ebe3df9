"""A sentence that speaks of what a claim says happened as expected, planned, urged, promised or hoped
for: it does not say it happened.

The stance model reads the event's words and not the frame around them: "The council is expected to
approve the new bus lanes at its meeting next week" supported "Did the council approve the new bus
lanes?" at 0.99, and so did "Calls for the health minister to resign grew…" for "Has the health minister
resigned?", "…plans to cut 500 jobs", "…has promised to ban cars", "…is set to move its headquarters";
"Hopes that the council would approve the bus lanes were dashed" too. A confident "Yes" to something
the sources only expect is among the worst answers this project can give.

The rule: the claim says something happened, not that it is planned, under way or said (no "will",
"plans to", "is set to", "Is … cutting", "said"… of its own); the sentence has the claim's verb only inside such
a frame ("expected / due / set / likely to <verb>", "plans / hopes / promised / threatened / vowed to",
"voted / decided / agreed to <verb> … next year / later this year / at the end of …" (a decision for a later
time: eval/stance_decided_for_later.jsonl), "on track / on course to" ("Tarn is on track to meet its climate
target" had supported "Did Tarn meet its climate target?" at 0.99, eval/stance_on_track.jsonl), "negotiating /
close to a deal / in the running / vying / offered to", "interested in / close to <doing>"
(eval/stance_negotiating.jsonl), "calls (for <someone>) to /
urged / asked <someone> to", "pressure
to", "considering whether to", "could / should / may / might <verb>", "hopes that … would", and, against a
claim in the past, "will <verb>": "Marsh will be
sentenced next month" had supported "Has Marsh been sentenced?" at 0.99, or an act done at one moment in
the present progressive: "is closing its Tarn plant"), or as what nearly happened
("nearly sank", "came close to going bust", "narrowly avoided a crash": `near_miss.NEAR_MISS`, which
refutes where it can), never on its own ("…had been expected to approve the bus lanes, approved them…"
still supports). Then the sentence does not support the claim: its support is read as neither.
What it refutes stands ("…had been due to reopen in March but the work has overrun").
Against a claim in the past, a sentence whose main clause only expects, schedules or awaits ("The
merger is still awaiting approval", "Building work is due to start next spring") supports nothing
either, in whatever words it tells the event (`not_yet`).
Nor does one that tells the event only as a prospect with a noun ("has proposed a ban on", "is in
merger talks with", "faces the sack", `in_prospect`).
What is only asked for, ordered or given a deadline ("urged / pressed / called on / ordered / required /
instructed <someone> to", "has until March to", "faces a deadline of Friday to", "demanded that …",
"campaigning for", "should / must / needs to …", in whatever words the clause goes on) is no forecast
either: it is set aside against a claim about the future too ("Councillors pressed the mayor to publish the audit" had
supported "Will the mayor publish the audit?" at 0.99), where a plan or an expectation still answers.
"""

from __future__ import annotations

import re

from assistant.answer.near_miss import NEAR_MISS
from assistant.answer.verbs import ASKS_FUTURE, PAST_FORMS, done_by, same_stem
from assistant.answer.verbs import IRREGULAR_PAST as _IRREGULAR_PAST
from assistant.answer.verbs import verb_tokens as tokens

_TO_FRAMES = (
    r"expected|expects?|expecting|due|set|poised|likely|scheduled|planned|planning|plans?|intends?|intended|intending|"
    r"aims?|"
    r"aimed|aiming|hopes?|hoped|hoping|wants?|wanted|seeks?|sought|seeking|trying|tries|tried|attempt\w*|"
    r"going|ready|prepared|preparing|prepares?|getting\s+ready|gets?\s+ready|promised|promises?|pledged|pledges?|vowed|vows?|threatened|threatens?|"
    r"threatening|proposed|proposes?|proposing|pressure|whether|on\s+(?:track|course)|"
    # Negotiated, competed or bid for: "Corvel is negotiating to buy Ostby Foods" had supported "Did Corvel buy
    # Ostby Foods?" at 0.99, and so had "close to a deal to", "in the running to", "vying to", "offered to resign"
    # (eval/stance_negotiating.jsonl).
    r"negotiat\w*|in\s+a\s+bid|in\s+the\s+running|close\s+to\s+(?:a|an)\s+(?:deal|agreement)"
)
# The same, only with "to" straight after: "offered to resign", not "offered his condolences to Ana Kell".
_STRAIGHT_TO = r"offer(?:ed|s)?|vying|competing|racing|battling|fighting|struggling|bidding"
# Asked, urged, demanded, campaigned for: no forecast either, so not even a claim about the future is
# supported by it ("Councillors pressed the mayor to publish the audit" had supported "Will the mayor
# publish the audit?" at 0.99).
_REQUESTS = (
    r"calls?\s+for|called\s+for|calling\s+for|calls?(?=\s+to\s)|urged?|urging|asked|asks?|asking|called\s+on|calls?\s+on|"
    r"calling\s+on|pressed|pressing|told|campaign(?:s|ed|ing)?\s+for|lobb(?:y|ies|ied|ying)|"
    r"demand(?:s|ed|ing)?|petition(?:s|ed|ing)?|"
    # Ordered, required, instructed: "Brisk Energy was ordered to pay £3m" had supported "Did Brisk Energy
    # pay £3m…?" at 0.99; an order is not yet obeyed.
    r"order(?:s|ed|ing)?|instruct(?:s|ed|ing)?|requir(?:e|es|ed|ing)|direct(?:s|ed|ing)?|"
    # Given a deadline: "Corvel has until March to pay the fine" had supported "Has Corvel paid the fine?" at 0.99,
    # and so had "was given until June to fix the leaks", "faces a deadline of Friday to sell"
    # (eval/stance_deadline.jsonl); what is due by a date is not yet done.
    r"ha(?:s|ve|d)\s+(?:been\s+)?(?:given\s+)?until|(?:was|were|been|being)\s+given\s+until|"
    r"(?:face[sd]?|facing|set|sets|given|has|have|had)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?deadline(?:\s+of)?"
)
# A clause's words, up to seven, to the first punctuation.
_CLAUSE = r"(?:[\w’'-]+\s+){0,6}[\w’'-]+"
_REQUESTED = re.compile(
    # The frame, up to six words of who is to do it ("calls for the health minister to"), and the verb.
    # Not past a verb of its own: "were told the water is safe to drink" tells what is so, and asks nothing.
    rf"\b(?:{_REQUESTS})\s+(?:(?!(?:is|are|was|were)\b)[\w’'-]+\s+){{0,6}}?to\s+(?:be\s+|have\s+)?(?P<verb>[a-z]\w*)"
    # What is asked in a clause of its own: "demanded that the health secretary resign", "recommended that
    # the company cut bills" (0.89 and 0.99 support for "Did… resign?", "Did… cut bills?").
    rf"|\b(?:demand\w*|recommend\w*|urg\w*|ask\w*|request\w*|call\w*\s+for)\s+that\s+(?P<that>{_CLAUSE})"
    # What should or needs to happen, in whatever words: "the bus pass should be extended to all
    # pensioners" had supported "Is the bus pass available to all pensioners?" at 0.98.
    rf"|\b(?:should|must)\s+(?P<should>{_CLAUSE})|\b(?:ought\s+to|needs?\s+to|needed\s+to)\s+(?P<ought>{_CLAUSE})",
    re.IGNORECASE,
)
_TELIC = (
    r"selling|buying|closing|shutting|cutting|axing|raising|lowering|moving|relocating|leaving|quitting|joining|"
    r"launching|opening|reopening|building|demolishing|scrapping|dropping|signing|merging|introducing|banning|"
    r"ending|hiring|releasing|replacing|retiring|resigning|acquiring|sacking|firing|appointing|cancell?ing|"
    r"withdrawing|abolishing|privati[sz]ing|nationali[sz]ing|taking\s+over|laying\s+off|stepping\s+down"
)
_FRAMED = re.compile(
    rf"\b(?:{_TO_FRAMES})\s+(?:[\w’'-]+\s+){{0,6}}?to\s+(?:be\s+|have\s+)?(?P<verb>[a-z]\w*)"
    rf"|\b(?:{_STRAIGHT_TO})\s+to\s+(?:be\s+|have\s+)?(?P<straight>[a-z]\w*)"
    r"|\b(?:could|may|might|(?:hopes?|expect\w*)\s+that\s+(?:[\w’'-]+\s+){0,6}?would)\s+(?:not\s+)?"
    r"(?:be\s+|have\s+)?"
    r"(?P<modal>[a-z]\w*)"
    # What will happen has not yet: "Marsh will be sentenced next month" had supported "Has Marsh been
    # sentenced?" at 0.99.
    # ("will not X" is no support to set aside, and it answers "ruled out X".) And so with "is to" / "are to",
    # news's "will": "Corvel is to cut 300 jobs" had supported "Did Corvel cut 300 jobs?" at 0.99
    # (eval/stance_is_to.jsonl).
    r"|\b(?:will|shall|[’']ll|(?:is|are)\s+to)\s+(?:be\s+|have\s+)?(?P<future>(?!not\b)[a-z]\w*)"
    # An act done at one moment, in the present progressive: "Corvel is closing its Tarn plant" had supported
    # "Has Corvel closed its Tarn plant?" at 0.99. News uses it for what is announced or under way. Not a
    # process, which has begun ("The river is rising", "Workers are striking").
    rf"|\b(?:is|are|am)\s+(?:now\s+|also\s+|currently\s+|still\s+)?(?P<doing>{_TELIC})\b"
    # Wanted or weighed, with a gerund: "Tarn United are interested in signing Mara Voss" had supported "Did Tarn
    # United sign Mara Voss?" at 0.99; "are close to signing" had been read as a near miss that did not happen.
    r"|\b(?:interested\s+in|(?:is|are|am)\s+(?:very\s+|now\s+)?close\s+to|eyeing|mulling|weighing|exploring)\s+"
    r"(?P<ing>[a-z]+ing)\b"
    # Decided for a later time: "The Ostby council voted on Monday to demolish the stadium next year" had supported
    # "Did the Ostby council demolish the stadium?" at 0.99, "Corvel has decided to close the Marden plant next
    # spring" "Did Corvel close…?" at 0.99 (eval/stance_decided_for_later.jsonl). Only with that time in the clause:
    # "voted to approve the plan" may be the approval itself.
    r"|\b(?:voted|decided|agreed|resolved|opted|chose)\s+(?:(?:on|last|this)\s+[\w’'-]+\s+)?to\s+(?:be\s+)?"
    r"(?P<decided>[a-z]\w*)(?=[^,;.]*?\b(?:next|later\s+this|(?:at|by)\s+the\s+end\s+of|in\s+the\s+coming)\b)",
    re.IGNORECASE,
)
# A claim about what is under way ("Is the university cutting jobs?") or about what someone said is the
# model's to read (and so is one about a plan or a request: `_FRAMED`, `_REQUESTED` in the claim); one
# about the future (`ASKS_FUTURE`) is answered by a plan, so only what is asked for (`_REQUESTED`) is set aside
# against it.
_NOT_DONE = re.compile(
    r"\b(?:won[’']t|say|says|said|tell|tells|told|announc\w*|confirm\w*|stat(?:e|ed|es)|"
    r"claim\w*|report\w*)\b|\b(?:is|are|am)\s+(?:[\w’'-]+\s+){0,4}?\w+ing\b",
    re.IGNORECASE,
)


# A claim that something has happened, against which "will" says it has not yet: "did / has / was…", or a
# verb in the past; not one about how things are now ("The school remains closed").
_PAST = re.compile(
    r"\b(?:did|has|have|had|was|were|already|yet)\b|\b[a-z]+ed\b|\b(?:" + "|".join(sorted(_IRREGULAR_PAST)) + r")\b",
    re.IGNORECASE,
)
_NOW = re.compile(r"\b(?:is|are|am|do|does|remains?|stays?|keeps?)\b", re.IGNORECASE)


def _in_the_past(claim: str) -> bool:
    return _PAST.search(claim) is not None and _NOW.search(claim) is None


# A main clause that only expects, schedules or awaits: "The merger is still awaiting approval", "Building
# work is due to start next spring", "The hostages could be freed as early as Friday".
_MAIN_FRAME = re.compile(
    r"\b(?:(?:is|are)\s+(?:still\s+|widely\s+|now\s+|also\s+)?(?:expected|due|set|scheduled|likely|poised|"
    r"awaiting|waiting|yet)\b|(?:has|have)\s+yet\s+to\b|(?:will|could|may|might|should|would)\s(?!not\b))",
    re.IGNORECASE,
)
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|did|does|[a-z]+ed|" + "|".join(sorted(PAST_FORMS)) + r")\b",
    re.IGNORECASE,
)


# A claim that something was ruled out is answered by what will not happen ("NATO will not deploy troops").
_RULED_OUT = re.compile(r"\brul(?:e|es|ed|ing)\s+out\b", re.IGNORECASE)
# Where the framed clause ends and one that may tell the event begins ("…will stay closed after asbestos was
# found").
_SUBORDINATE = re.compile(r"[,;]|\b(?:after|because|when|since|as|following|once|which|who|while)\b", re.IGNORECASE)


def not_yet(claim: str, sentence: str) -> bool:
    """The sentence's main clause only expects, schedules or awaits, against a claim that something has
    happened, told in any words: "The league is expected to rule on the ban within a month" had supported
    "Has the league made its decision?" at 0.99. Not where the claim's words are in an aside before it
    ("The merger, completed last week, is expected to create 200 jobs") or a clause after it ("…will stay
    closed after asbestos was found"), or a verb of its own comes first ("The factory closed in March and
    the site is expected to be sold")."""
    frame = _MAIN_FRAME.search(sentence)
    if frame is None or not _in_the_past(claim) or _RULED_OUT.search(claim):
        return False
    subject, _, aside = sentence[: frame.start()].partition(",")
    after = _SUBORDINATE.search(sentence, frame.end())
    told = tokens(aside) + tokens(sentence[after.start() :] if after else "")
    return not _FINITE.search(subject) and not set(told) & set(tokens(claim))


# What is only in prospect, told with a noun: "has proposed a ban on", "proposals to cut", "threatened
# strike action", "is in talks to sell", "in merger talks", "is at risk of closure", "faces the sack", "is
# exploring a move". "Faces" only what is to come: "faced criticism" is criticism.
_PROSPECT = re.compile(
    r"\b(?:propos(?:ed|es|ing|als?)|threaten(?:s|ed|ing)?|plans?\s+for|explor(?:es|ed|ing)|"
    r"at\s+risk\s+of|under\s+threat\s+of|threatened\s+with|in\s+(?:(?P<topic>[\w-]+)\s+)?talks?|"
    r"fac(?:e|es|ed|ing)(?=\s+(?:the\s+|a\s+|an\s+)?(?:closure|sack|axe|demolition|eviction|deportation|"
    r"extradition|ban|fine|bankruptcy|collapse|cuts|job\s+losses|redundanc\w*|relegation|strike|administration|"
    r"takeover|sale|break-?up)\b))(?:\s+(?:to|over|about|on|for))?\s+"
    r"(?:(?:a|an|the|further|possible|new|its|their)\s+)?(?P<noun>[\w-]+)",
    re.IGNORECASE,
)


def in_prospect(claim: str, sentence: str) -> bool:
    """The sentence has the event of a claim that its subject did something only as a prospect told with
    a noun ("has proposed a ban on the pesticide" had supported "Did the government ban the pesticide?"
    at 0.99, "is in merger talks with" "Did Selby Hospital merge with…?" at 0.99), and nowhere on its own
    ("closed in March after years at risk of closure" says it closed)."""
    if _PROSPECT.search(claim):
        return False  # "Has the government proposed a ban…?" asks about the prospect
    event: set[str] = set()
    for m in _PROSPECT.finditer(sentence):
        words = tokens(" ".join(w for w in (m.group("topic"), m.group("noun")) if w))
        if done_by(claim, words, sentence[: m.start()]):
            event |= set(words)
    if not event:
        return False
    rest = tokens(_PROSPECT.sub(" ", sentence))
    return not any(same_stem(e, t) for e in event for t in rest)


# "Could 300 jobs be cut?" asks whether it may happen, which "could be cut" answers.
_ASKS_POSSIBLE = re.compile(r"\W*(?:could|may|might)\b", re.IGNORECASE)


def unrealised(claim: str, sentence: str) -> bool:
    """The sentence has the verb of a claim that something happened only as expected, planned, urged…, or
    its main clause only expects it (`not_yet`)."""
    planned = any(m.group("future") is None for m in _FRAMED.finditer(claim))  # "will" is `future`'s
    if _NOT_DONE.search(claim) or planned or _REQUESTED.search(claim) or _ASKS_POSSIBLE.match(claim):
        return False
    future = ASKS_FUTURE.search(claim) is not None
    if not future and (not_yet(claim, sentence) or in_prospect(claim, sentence)):
        return True
    asked = set(tokens(claim))
    framed: list[str] = []
    past = _in_the_past(claim)
    frames = [] if future else [*_FRAMED.finditer(sentence), *NEAR_MISS.finditer(sentence)]
    for m in [*frames, *_REQUESTED.finditer(sentence)]:
        found = m.groupdict()
        if (found.get("future") or found.get("doing")) and not past:  # "will remain closed" says it is closed
            continue  # now; "is selling" answers "Is Corvel selling…?"
        if found.get("should") and future:  # "The new line should open in 2027" expects it
            continue
        if set(tokens(m.group().split()[0])) & set(asked):  # "Did Russia and Ukraine agree an exchange?"
            continue  # asks about the frame itself ("agreed to exchange")
        verb = tokens(next((v for v in found.values() if v), ""))
        framed += [v for v in verb if v in asked]
    if not framed:
        return False
    said = tokens(sentence)
    # Each framed verb must occur nowhere else in the sentence: "…expected to approve…, approved them".
    return all(said.count(v) <= framed.count(v) for v in set(framed))


# Marked out for something not yet done, or consulted on: "The Tarn factory has been earmarked for closure" had
# refuted "Has the Tarn factory closed?" at 0.91, "Corvel is consulting on 300 job cuts" supported "Did Corvel cut
# 300 jobs?" at 0.99 (eval/stance_earmarked.jsonl).
_EARMARKED = re.compile(
    r"\b(?:(?:earmarked|slated|scheduled|marked|lined\s+up|destined|listed)\s+for|"
    r"consult(?:s|ed|ing|ation|ations)\s+(?:\w+\s+)?on)\s+(?:(?:a|an|the|further|possible|its|their)\s+)?"
    r"(?P<what>(?:[\w-]+\s+){0,2}[\w-]+)",
    re.IGNORECASE,
)
# "was saved after being earmarked for closure": the prospect is past, and what followed is told.
_AFTER_BEING = re.compile(r"\b(?:after|despite|before|since)\s+(?:being|having\s+been)\s+$", re.IGNORECASE)


def earmarked_side(claim: str, sentence: str) -> str | None:
    """ "neither" where the claim asks whether its subject did or underwent what the sentence tells only as marked
    out for it ("earmarked / slated / scheduled / lined up for closure") or consulted on ("consulting on 300 job
    cuts"), nowhere else, and not after what followed ("saved after being earmarked…"); else None."""
    if _EARMARKED.search(claim):
        return None  # "Is the factory earmarked for closure?" asks about the prospect
    event: set[str] = set()
    for m in _EARMARKED.finditer(sentence):
        if _AFTER_BEING.search(sentence[: m.start()]):
            return None
        words = tokens(m.group("what"))
        if done_by(claim, words, sentence[: m.start()]):
            event |= set(words)
    if not event:
        return None
    rest = tokens(_EARMARKED.sub(" ", sentence))
    return None if any(same_stem(e, t) for e in event for t in rest) else "neither"
