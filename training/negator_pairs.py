"""Stance pairs for the ways news says "no" without "not", which the shipped model misread on stories it
had never seen: "ended without a deal" supported "Did the talks end with a deal?" (0.99); "include names …
but not bank details" supported "Were bank details stolen?"; "will fall from 25% to 10%" refuted "cut to
10%". Each kind comes with its positive counterpart ("managed to", "ended with"), so a word like
"failed" or "without" is no label by itself, and with asides and attributions around it, so length is no
cue either. Subjects, objects and lists are invented here; every label follows from a rule.

- negators: "failed / refused / declined to X", "never X-ed", "has yet to X", "stopped short of X-ing",
  "has no intention of X-ing", "will no longer X" against "managed to", "went ahead and", "agreed to";
- outcomes: talks "ended without a deal" / "failed to produce an agreement" against "ended with a deal";
- exclusions: "covers A, B and C, but not D" (and "except D", "D is not included");
- ranges: "from 25% to 10%": the new figure is what it fell or rose to; the old one, another one or the
  opposite direction is refuted.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

from training.news_contrasts import (
    FAMILIES,
    NEITHER,
    REFUTES,
    SUBJECTS,
    SUPPORTS,
    attribution_tail,
    gerund,
    mid_sentence,
)

Pair = dict[str, object]

# (template, says it happened). {s} subject, {b} base form, {p} past, {g} gerund.
_PAST = (
    ("{s} failed to {b}", False),
    ("{s} refused to {b}", False),
    ("{s} declined to {b}", False),
    ("{s} never {p}", False),
    ("{s} has yet to {b}", False),
    ("{s} stopped short of {g}", False),
    ("{s} managed to {b}", True),
    ("{s} went ahead and {p}", True),
    ("{s} finally {p}", True),
    ("{s} did in the end {b}", True),
)
_FUTURE = (
    ("{s} has no intention of {g}", False),
    ("{s} will no longer {b}", False),
    ("{s} is not going to {b}", False),
    ("{s} has decided against {g}", False),
    ("{s} refuses to {b}", False),
    ("{s} has agreed to {b}", True),
    ("{s} is going to {b}", True),
    ("{s} has decided to {b}", True),
    ("{s} is set to {b}", True),
)
_CITIES = ("Geneva", "Oslo", "Vienna", "Nairobi", "Lima", "Hanoi", "Doha", "Warsaw")
_MONTHS = ("March", "April", "May", "June", "October", "November")
_PARTIES = ("the two companies", "the union and the employers", "Norway and the EU", "the rebels and the army")


def _negator_pairs(rng: random.Random) -> Iterator[Pair]:
    fam = rng.choice(FAMILIES)
    subj, obj = rng.choice(SUBJECTS), rng.choice(fam.objects)
    base, past = (t.format(o=obj) for t in fam.pos)
    future = rng.random() < 0.4
    template, happened = rng.choice(_FUTURE if future else _PAST)
    evidence = template.format(s=subj, b=base, p=past, g=gerund(base)) + attribution_tail(rng)
    s = mid_sentence(subj)
    if future:
        pos = (f"Will {s} {base}?", f"{subj} will {base}.")
        neg = (f"Is it true that {s} will not {base}?", f"{subj} will not {base}.")
    else:
        pos = (f"Did {s} {base}?", f"{subj} {past}.")
        neg = (f"Is it true that {s} did not {base}?", f"{subj} did not {base}.")
    yield {"claim": rng.choice(pos), "evidence": evidence, "label": SUPPORTS if happened else REFUTES}
    if rng.random() < 0.5:
        yield {"claim": rng.choice(neg), "evidence": evidence, "label": REFUTES if happened else SUPPORTS}
    if rng.random() < 0.2:  # the same subject, another event: nothing either way
        other = rng.choice([f for f in FAMILIES if f is not fam])
        ob = other.pos[0].format(o=rng.choice(other.objects))
        yield {"claim": f"Did {s} {ob}?", "evidence": evidence, "label": NEITHER}


_OUTCOMES = (
    ("a deal", "deal"),
    ("an agreement", "agreement"),
    ("a ceasefire", "ceasefire"),
    ("a settlement", "settlement"),
)
_MEETINGS = ("The talks", "The negotiations", "The summit", "The meeting", "The mediation")


def _outcome_pairs(rng: random.Random) -> Iterator[Pair]:
    meeting, (noun, bare) = rng.choice(_MEETINGS), rng.choice(_OUTCOMES)
    city, month, parties = rng.choice(_CITIES), rng.choice(_MONTHS), rng.choice(_PARTIES)
    named = meeting
    r = rng.random()
    if r < 0.35:
        named = f"{meeting}, held in {city} in {month},"
    elif r < 0.7:
        named = f"{meeting} between {parties}"
    happened = rng.random() < 0.5
    if happened:
        ending = rng.choice((f"ended with {noun}", f"produced {noun}", f"ended in {noun}", f"reached {noun}"))
    else:
        ending = rng.choice(
            (f"ended without {noun}", f"failed to produce {noun}", f"broke up without {noun}", f"ended with no {bare}")
        )
    evidence = f"{named} {ending}{attribution_tail(rng)}"
    m = meeting.lower()
    where = rng.choice(("", f" in {city}"))
    asked = rng.choice(
        (f"Did {m}{where} end with {noun}?", f"{meeting}{where} ended with {noun}.", f"Was {noun} reached?")
    )
    yield {"claim": asked, "evidence": evidence, "label": SUPPORTS if happened else REFUTES}
    if rng.random() < 0.4:
        yield {
            "claim": f"Did {m}{where} end without {noun}?",
            "evidence": evidence,
            "label": REFUTES if happened else SUPPORTS,
        }


# (what the list belongs to, the question, the claim, items): {x} is one item.
_LISTS = (
    (
        "The stolen files include",
        "Did the stolen files include {x}?",
        "The stolen files included {x}.",
        ("names", "home addresses", "dates of birth", "bank details", "passwords", "phone numbers", "test results"),
    ),
    (
        "The ban covers",
        "Does the ban cover {x}?",
        "The ban covers {x}.",
        ("cars", "vans", "lorries", "motorbikes", "buses", "taxis", "scooters"),
    ),
    (
        "The new rules apply to",
        "Do the new rules apply to {x}?",
        "The new rules apply to {x}.",
        ("banks", "insurers", "pension funds", "hedge funds", "credit unions", "building societies"),
    ),
    (
        "The strike will hit",
        "Will the strike hit {x}?",
        "The strike will hit {x}.",
        ("trains", "buses", "trams", "ferries", "flights", "the underground"),
    ),
    (
        "The tariffs apply to",
        "Do the tariffs apply to {x}?",
        "The tariffs apply to {x}.",
        ("steel", "aluminium", "copper", "timber", "cars", "solar panels", "wine"),
    ),
)


def _exclusion_pairs(rng: random.Random) -> Iterator[Pair]:
    head, question, claim, items = rng.choice(_LISTS)
    a, b, c, d, other = rng.sample(items, 5)
    evidence = rng.choice(
        (
            f"{head} {a}, {b} and {c}, but not {d}",
            f"{head} {a}, {b} and {c}, though not {d}",
            f"{head} {a}, {b} and {c} but not {d}",
            f"{head} {a}, {b} and {c}; {d} are not included",
        )
    ) + attribution_tail(rng)
    for x, lab in rng.sample(((d, REFUTES), (rng.choice((a, b, c)), SUPPORTS), (other, NEITHER)), 2):
        yield {"claim": rng.choice((question, claim)).format(x=x), "evidence": evidence, "label": lab}


_RATES = ("duties on rolled steel", "the base rate", "VAT on energy bills", "the bus fare", "the corporate tax rate")


def _range_pairs(rng: random.Random) -> Iterator[Pair]:
    rate, subj = rng.choice(_RATES), rng.choice(SUBJECTS)
    old, new = rng.sample(range(2, 40), 2)
    other = next(x for x in rng.sample(range(2, 40), 3) if x not in (old, new))
    fell = new < old
    verb = rng.choice(("cut", "lowered", "reduced")) if fell else rng.choice(("raised", "increased", "lifted"))
    way, back = ("cut", "raise") if fell else ("raise", "cut")
    named = rng.random() < 0.5
    if named:  # who changed it: the claims name them too
        evidence = f"{subj} {verb} {rate} from {old}% to {new}%"
        s = mid_sentence(subj)
        made = [
            (f"Did {s} {way} {rate} to {new}%?", SUPPORTS),
            (f"{subj} {verb} {rate} to {new}%.", SUPPORTS),
            (f"Did {s} {way} {rate} to {other}%?", REFUTES),
            (f"Did {s} {way} {rate} to {old}%?", REFUTES),
            (f"Did {s} {back} {rate}?", REFUTES),
        ]
    else:
        evidence = f"{rate[0].upper() + rate[1:]} will {'fall' if fell else 'rise'} from {old}% to {new}%"
        done = "cut" if fell else "raised"
        made = [
            (f"Will {rate} be {done} to {new}%?", SUPPORTS),
            (f"{rate[0].upper() + rate[1:]} will be {done} to {new}%.", SUPPORTS),
            (f"Will {rate} be {done} to {other}%?", REFUTES),
            (f"Will {rate} be {done} to {old}%?", REFUTES),
            (f"Will {rate} {'rise' if fell else 'fall'}?", REFUTES),
        ]
    evidence += attribution_tail(rng)
    for claim, lab in rng.sample(made, 2):
        yield {"claim": claim, "evidence": evidence, "label": lab}


def negator_pairs(n: int, seed: int = 37) -> Iterator[Pair]:
    """About n pairs of the four kinds above, reproducibly."""
    rng = random.Random(seed)
    kinds = ((_negator_pairs, 0.4), (_outcome_pairs, 0.2), (_exclusion_pairs, 0.22), (_range_pairs, 0.18))
    made = 0
    while made < n:
        r, acc = rng.random(), 0.0
        for make, share in kinds:
            acc += share
            if r < acc:
                batch = list(make(rng))
                break
        else:
            batch = list(_range_pairs(rng))
        yield from batch
        made += len(batch)
