"""Stance pairs for figures read against claims without figures, and for a clause that says "no" beside one
that says "yes". The model trained with `negator_pairs` misread three kinds of news sentence:
"voted by 78% to 22% to strike" refuted "Did ground staff vote to strike?" (0.99); "fell from 5.1% to 4.8%"
said neither to "Did unemployment fall?"; "A, but no B" leaned refutes for a claim about A. The negator
range pairs had set figures only against claims with figures, so two numbers joined by "to" had become a
sign of a contradiction. Subjects, motions and events are invented here; every label follows from a rule.

- changes: "X fell from 5.1% to 4.8%" (and "to 4.8%, down from 5.1%", "dropped by 3 points to ...")
  supports "Did X fall?" and "X fell to 4.8%"; refutes "Did X rise?" and "X fell to 5.1%"; another
  measure is neither;
- votes: "voted by 78% to 22% to strike" (and "in favour of", "backed ... by 412 votes to 96") supports
  "Did they vote to strike?"; "voted ... against", "rejected ... by", "the motion was defeated" refute it;
  another group is neither;
- but-no: "The storm damaged dozens of homes, but no one was hurt" supports "Did the storm damage homes?"
  and refutes "Was anyone hurt?".
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from training.news_contrasts import NEITHER, REFUTES, SUPPORTS, attribution_tail

Pair = dict[str, object]

# (measure as a subject, as written mid-sentence, unit): the unit decides how figures are written.
_MEASURES = (
    ("Unemployment", "unemployment", "%"),
    ("Inflation", "inflation", "%"),
    ("House prices", "house prices", "idx"),
    ("Passenger numbers", "passenger numbers", "m"),
    ("Exports", "exports", "bn"),
    ("Turnout", "turnout", "%"),
    ("Crime in the city", "crime in the city", "n"),
    ("Visitor numbers", "visitor numbers", "m"),
    ("Waiting times", "waiting times", "weeks"),
    ("The trade deficit", "the trade deficit", "bn"),
    ("Sales of electric cars", "sales of electric cars", "n"),
    ("The jobless rate", "the jobless rate", "%"),
)
_DOWN = ("fell", "dropped", "declined", "slipped", "eased")
_UP = ("rose", "climbed", "increased", "jumped", "grew")
_WHEN = ("", " in March", " last year", " in the second quarter", " over the past year")


def _figure(value: float, unit: str) -> str:
    if unit == "%":
        return f"{value:.1f}%"
    if unit == "m":
        return f"{value:.1f} million"
    if unit == "bn":
        return f"£{value:.1f}bn"
    if unit == "weeks":
        return f"{round(value)} weeks"
    if unit == "idx":
        return f"£{round(value * 10_000):,}"
    return f"{round(value * 100):,}"


def _change_pairs(rng: random.Random) -> Iterator[Pair]:
    (subj, mid, unit), other = rng.sample(_MEASURES, 2)
    a, b = rng.sample(range(20, 400), 2)
    old, new = _figure(a / 10, unit), _figure(b / 10, unit)
    if old == new:
        return
    down = b < a
    verb = rng.choice(_DOWN if down else _UP)
    when = rng.choice(_WHEN)
    form = rng.randrange(4)
    if form == 0:
        evidence = f"{subj} {verb} from {old} to {new}{when}"
    elif form == 1:
        evidence = f"{subj} {verb} to {new}{when} from {old}"
    elif form == 2:
        evidence = f"{subj} {verb} to {new}{when}, {'down' if down else 'up'} from {old}"
    else:
        evidence = f"{subj} stood at {new}{when}, {'down' if down else 'up'} from {old} a year earlier"
    evidence += attribution_tail(rng)
    way, back = ("fall", "rise") if down else ("rise", "fall")
    past, back_past = ("fell", "rose") if down else ("rose", "fell")
    has = "Have" if mid.endswith("s") else "Has"
    gone, gone_back = ("down", "up") if down else ("up", "down")
    made = [
        (rng.choice((f"Did {mid} {way}?", f"{subj} {past}.", f"{has} {mid} gone {gone}?")), SUPPORTS),
        (rng.choice((f"Did {mid} {back}?", f"{subj} {back_past}.", f"{has} {mid} gone {gone_back}?")), REFUTES),
        (f"Did {mid} {way} to {new}?", SUPPORTS),
        (rng.choice((f"Did {mid} {way} to {old}?", f"Did {mid} {back} to {new}?")), REFUTES),
        (f"Did {other[1]} {rng.choice((way, back))}?", NEITHER),
    ]
    weights = (0.35, 0.25, 0.15, 0.15, 0.1)
    for _ in range(2):
        claim, lab = rng.choices(made, weights)[0]
        yield {"claim": claim, "evidence": evidence, "label": lab}


_GROUPS = (
    "Ground staff",
    "Nurses",
    "Teachers",
    "Pilots",
    "Shareholders",
    "Bus drivers",
    "Council members",
    "Residents",
)
# (motion written after "voted to", written after "in favour of", the question, the opposite question).
_MOTIONS = (
    ("strike", "strike action", "vote to strike", "vote against strike action"),
    ("accept the pay offer", "the pay offer", "vote to accept the pay offer", "vote to reject the pay offer"),
    ("approve the merger", "the merger", "vote to approve the merger", "vote against the merger"),
    ("back the new timetable", "the new timetable", "back the new timetable", "vote against the new timetable"),
    ("keep the library open", "keeping the library open", "vote to keep the library open", "vote to close the library"),
)


def _tally(rng: random.Random) -> tuple[str, str]:
    if rng.random() < 0.5:
        big = rng.randrange(51, 96)
        return f"{big}%", f"{100 - big}%"
    big = rng.randrange(120, 900)
    return str(big), str(rng.randrange(20, big))


def _vote_pairs(rng: random.Random) -> Iterator[Pair]:
    group, other = rng.sample(_GROUPS, 2)
    to, favour, asked, opposite = rng.choice(_MOTIONS)
    hi, lo = _tally(rng)
    votes = "" if hi.endswith("%") else " votes"
    yes = rng.random() < 0.55
    if yes:
        evidence = rng.choice(
            (
                f"{group} voted by {hi} to {lo} to {to}",
                f"{group} voted {hi} to {lo} in favour of {favour}",
                f"{group} backed {favour} by {hi}{votes} to {lo}",
                f"A motion to {to} was carried by {hi}{votes} to {lo} at a meeting of {group.lower()}",
            )
        )
    else:
        evidence = rng.choice(
            (
                f"{group} voted by {hi} to {lo} against {favour}",
                f"{group} rejected {favour} by {hi}{votes} to {lo}",
                f"A motion to {to} was defeated by {hi}{votes} to {lo} at a meeting of {group.lower()}",
                f"{group} voted {hi} to {lo} not to {to}",
            )
        )
    if rng.random() < 0.4:
        evidence += rng.choice((", on a turnout of 71%", " in a ballot that closed on Friday", " on Monday"))
    evidence += attribution_tail(rng)
    g = group.lower()
    made = [
        (f"Did {g} {asked}?", SUPPORTS if yes else REFUTES),
        (f"Did {g} {opposite}?", REFUTES if yes else SUPPORTS),
        (f"Did {other.lower()} {asked}?", NEITHER),
    ]
    for claim, lab in rng.sample(made, 2) if rng.random() < 0.85 else made[:1]:
        yield {"claim": claim, "evidence": evidence, "label": lab}


# (what happened, asked about it, what did not, asked about that).
_BUT_NO = (
    (
        "The storm damaged dozens of homes",
        "Did the storm damage homes?",
        "no one was hurt",
        "Was anyone hurt in the storm?",
    ),
    ("Police searched the building", "Did police search the building?", "no weapons were found", "Were weapons found?"),
    (
        "The minister met the strikers' leaders",
        "Did the minister meet the strikers' leaders?",
        "no agreement was reached",
        "Was an agreement reached with the strikers?",
    ),
    (
        "The airline resumed flights to the island",
        "Has the airline resumed flights to the island?",
        "no date has been set for flights to the capital",
        "Has a date been set for flights to the capital?",
    ),
    (
        "The factory reopened on Monday",
        "Did the factory reopen?",
        "no workers from the night shift have returned",
        "Have the night-shift workers returned?",
    ),
    (
        "The council approved the budget",
        "Did the council approve the budget?",
        "no money was set aside for the library",
        "Was money set aside for the library?",
    ),
    (
        "Investigators recovered the flight recorder",
        "Did investigators recover the flight recorder?",
        "no cause has been given for the crash",
        "Has a cause been given for the crash?",
    ),
    (
        "The club signed two defenders",
        "Did the club sign new defenders?",
        "no striker has joined",
        "Has a striker joined?",
    ),
    (
        "The company reported higher sales",
        "Did the company report higher sales?",
        "no rise in profit",
        "Did the company's profit rise?",
    ),
    (
        "Rescuers reached the village on Tuesday",
        "Did rescuers reach the village?",
        "no survivors were found",
        "Were survivors found in the village?",
    ),
)


def _but_no_pairs(rng: random.Random) -> Iterator[Pair]:
    did, asked_did, did_not, asked_not = rng.choice(_BUT_NO)
    joint = rng.choice((", but", ", although", "; however,", ", though", " but"))
    if not {"was", "were", "is", "has", "have"} & set(did_not.split()):
        # "higher sales, but no rise in profit" has no verb of its own: it reads only as one clause
        joint = rng.choice((", but", " but"))
    evidence = f"{did}{joint} {did_not}{attribution_tail(rng)}"
    made = [(asked_did, SUPPORTS), (asked_not, REFUTES)]
    for claim, lab in rng.sample(made, 2) if rng.random() < 0.7 else rng.sample(made, 1):
        yield {"claim": claim, "evidence": evidence, "label": lab}


def figure_pairs(n: int, seed: int = 41) -> Iterator[Pair]:
    """About n pairs of the three kinds above, reproducibly."""
    rng = random.Random(seed)
    kinds = ((_change_pairs, 0.4), (_vote_pairs, 0.35), (_but_no_pairs, 0.25))
    made = 0
    while made < n:
        make = rng.choices([k for k, _ in kinds], [w for _, w in kinds])[0]
        batch = list(make(rng))
        yield from batch
        made += len(batch)
