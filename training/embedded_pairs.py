"""Stance pairs where a word of refusal or loss in the sentence does not answer the claim by itself.

The shipped model reads such a word as "refutes" whatever is asked: over the hand-checked sets four to
eight, 18 of 49 supporting pairs whose sentence held one were read as refuting, against 10 of 81
without ("The regulator had rejected an offer by the two chains to sell 150 stores" refuted "Did the
chains offer to sell stores?" at 0.99). Here the refusal, block, delay, loss or penalty is the sentence's
news, and the claims ask about what it acts on: that the offer was made (supports), that it was turned
down (supports), accepted (refutes), the reason given (supports), the thing going ahead as planned
(refutes), another act of the same party (neither). Parties, offers and reasons are invented here; every
label follows from a rule.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from training.news_contrasts import NEITHER, REFUTES, SUPPORTS, attribution_tail

Pair = dict[str, object]

_DECIDERS = ("The regulator", "The council", "The board", "The court", "The ministry", "The committee", "The league")
_ASKERS = ("the two companies", "the developer", "the club", "the airline", "the landlord", "the hospital trust")
_OFFERS = ("an offer", "a proposal", "a request", "a bid")
_REJECTED = (("rejected", "reject"), ("turned down", "turn down"), ("refused", "refuse"), ("dismissed", "dismiss"))
# (what was offered, as "to X"; another act of the same party, for "neither")
_ACTS = (
    ("sell 150 stores", "close its head office"),
    ("cut the number of flats to 90", "buy more land"),
    ("pay compensation to residents", "move its headquarters"),
    ("delay the closure by a year", "hire more staff"),
    ("share the costs of the repairs", "raise its prices"),
    ("move the match to Sunday", "sign a new manager"),
    ("keep the ward open at weekends", "build a new car park"),
)
# (the reason as said after "saying it would", the same as a claim's clause)
_REASONS = (
    ("push up prices", "raise prices"),
    ("harm wildlife in the estuary", "harm wildlife"),
    ("increase traffic in the town centre", "add to traffic"),
    ("cost hundreds of jobs", "cost jobs"),
    ("leave patients waiting longer", "make patients wait longer"),
)
_PLANS = ("the £2bn merger", "the new runway", "the housing scheme", "the takeover", "the pipeline", "the wind farm")
_STOPPED = (("blocked", "block"), ("halted", "halt"), ("suspended", "suspend"), ("refused permission for", "refuse"))
_LATER = ("The reopening of the line", "The opening of the bridge", "The trial", "The launch of the service")
_DELAYED = ("pushed back", "delayed", "postponed", "put back")
_CAUSES = (
    ("flooding damage to a viaduct", "flooding"),
    ("a shortage of engineers", "a shortage of engineers"),
    ("a legal challenge", "a legal challenge"),
    ("faults found in testing", "faults found in testing"),
)
_MONTHS = ("January", "March", "May", "July", "September", "December")
_PEOPLE = ("Sprinter Ama Boateng", "Striker Leon Varga", "Cyclist Nina Holt", "Jockey Sam Reyes", "Boxer Eli Ward")
# (the offence as written, a claim saying it happened)
_OFFENCES = (
    ("testing positive for a banned steroid", "fail a drugs test"),
    ("missing three drugs tests in a year", "miss drugs tests"),
    ("betting on matches", "bet on matches"),
)


def _surname(person: str) -> str:
    return person.split()[-1]


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _three(rng: random.Random, evidence: str, made: list[tuple[str, int]]) -> Iterator[Pair]:
    """Three of the claims made for one sentence, each with its label."""
    for claim, label in rng.sample(made, 3):
        yield {"claim": claim, "evidence": evidence, "label": label}


def _rejected_offer(rng: random.Random) -> Iterator[Pair]:
    decider, asker, offer = rng.choice(_DECIDERS), rng.choice(_ASKERS), rng.choice(_OFFERS)
    (did, do), (act, other) = rng.choice(_REJECTED), rng.choice(_ACTS)
    reason = rng.choice(_REASONS) if rng.random() < 0.4 else None
    evidence = f"{decider} {did} {offer} by {asker} to {act}"
    if rng.random() < 0.3:
        evidence = f"{decider} had {did} {offer} by {asker} to {act}"
    if reason:
        evidence += f", saying it would {reason[0]}"
    evidence += attribution_tail(rng)
    d = decider.lower()
    noun = offer.split()[-1]
    made = [
        (rng.choice((f"Did {asker} offer to {act}?", f"{_cap(asker)} offered to {act}.")), SUPPORTS),
        (f"Did {d} {do} the {noun} to {act}?", SUPPORTS),
        (rng.choice((f"Did {d} accept the {noun} to {act}?", f"{decider} accepted the {noun} to {act}.")), REFUTES),
        (f"Did {asker} {other}?", NEITHER),
    ]
    if reason:
        made.append((f"Does {d} think the {noun} would {reason[1]}?", SUPPORTS))
    yield from _three(rng, evidence, made)


def _stopped_plan(rng: random.Random) -> Iterator[Pair]:
    decider, plan = rng.choice(_DECIDERS), rng.choice(_PLANS)
    (did, do), reason = rng.choice(_STOPPED), rng.choice(_REASONS)
    evidence = f"{decider} has {did} {plan}, saying it would {reason[0]}{attribution_tail(rng)}"
    d = decider.lower()
    made = [
        (f"Did {d} {do} {plan}?", SUPPORTS),
        (rng.choice((f"Has {plan} been approved?", f"Can {plan} go ahead?")), REFUTES),
        (f"Does {d} think {plan} would {reason[1]}?", SUPPORTS),
        (f"Did {d} say {plan} would {reason[1]}?", SUPPORTS),
        (f"Will {plan} cost more than planned?", NEITHER),
    ]
    yield from _three(rng, evidence, made)


def _delayed(rng: random.Random) -> Iterator[Pair]:
    thing, verb, (cause, cause_short) = rng.choice(_LATER), rng.choice(_DELAYED), rng.choice(_CAUSES)
    first, then = sorted(rng.sample(range(len(_MONTHS)), 2))
    m1, m2 = _MONTHS[first], _MONTHS[then]
    evidence = f"{thing} has been {verb} from {m1} to {m2} because of {cause}{attribution_tail(rng)}"
    t = thing[0].lower() + thing[1:]
    made = [
        (rng.choice((f"Has {t} been delayed?", f"{thing} has been delayed.")), SUPPORTS),
        (f"Will {t} go ahead in {m1}?", REFUTES),
        (rng.choice((f"Is {t} on schedule?", f"{thing} is going ahead as planned.")), REFUTES),
        (f"Was {t} delayed because of {cause_short}?", SUPPORTS),
        (f"Will {t} cost more than planned?", NEITHER),
    ]
    yield from _three(rng, evidence, made)


def _penalty(rng: random.Random) -> Iterator[Pair]:
    person, (offence, did) = rng.choice(_PEOPLE), rng.choice(_OFFENCES)
    years = rng.randint(1, 4)
    other = rng.choice([y for y in range(1, 6) if y != years])
    verb = rng.choice(("banned", "suspended"))
    evidence = f"{person} has been {verb} for {years} year{'s' if years > 1 else ''} after {offence}"
    evidence += attribution_tail(rng)
    s = _surname(person)
    made = [
        (f"Has {s} been {verb}?", SUPPORTS),
        (f"Did {s} {did}?", SUPPORTS),
        (rng.choice((f"Was {s} cleared?", f"Has {s} been allowed to compete?")), REFUTES),
        (f"Was {s} {verb} for {other} year{'s' if other > 1 else ''}?", REFUTES),
        (f"Will {s} appeal?", NEITHER),
    ]
    yield from _three(rng, evidence, made)


def embedded_pairs(n: int, seed: int = 41) -> Iterator[Pair]:
    """About n pairs of the four kinds above, reproducibly."""
    rng = random.Random(seed)
    kinds = (_rejected_offer, _stopped_plan, _delayed, _penalty)
    made = 0
    while made < n:
        batch = list(rng.choice(kinds)(rng))
        yield from batch
        made += len(batch)
