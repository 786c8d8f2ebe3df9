"""Stance pairs about invented news events, to teach what the public sets rarely show: an event and its
opposite ("closed" / "kept open", "approved" / "rejected", "found alive" / "found dead"), its negation
("did not break", "no user data was exposed", "has no plans to cut"), a paraphrase ("laid off" / "cut
jobs"), reported speech, and the claim and question forms people ask in ("Did the dam break?", "Is it
true that…"). Nothing here is from the hand-checked news pairs: subjects, objects and events are drawn
from the lists below, and every label follows from a rule (`label`), not a hand judgement.

An event family is (base form, past form) of the event, of its opposite, and of paraphrases, each a
template with `{o}` for the object. *Binary* families have no third way (a bridge is closed or open, so
"did not keep it open" means "closed"); in *graded* ones ("rose" / "fell") "did not rise" says nothing
about "fell", so only the pairs that follow either way are made.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

NEITHER, SUPPORTS, REFUTES = 0, 1, 2


@dataclass(frozen=True)
class Family:
    pos: tuple[str, str]  # (base, past) with {o}
    opp: tuple[str, str]
    objects: tuple[str, ...]
    binary: bool = False
    para: tuple[tuple[str, str], ...] = ()


F = Family
FAMILIES = (
    F(
        ("close {o}", "closed {o}"),
        ("keep {o} open", "kept {o} open"),
        ("the bridge", "the border crossing", "the plant", "the embassy", "three schools", "the airport"),
        True,
        (("shut {o}", "shut {o}"),),
    ),
    F(
        ("approve {o}", "approved {o}"),
        ("reject {o}", "rejected {o}"),
        ("the merger", "the budget", "the new vaccine", "the pipeline project", "the trade deal"),
        False,
        (("give {o} the green light", "gave {o} the green light"), ("sign off on {o}", "signed off on {o}")),
    ),
    F(
        ("confirm {o}", "confirmed {o}"),
        ("deny {o}", "denied {o}"),
        ("the reports of a data breach", "that talks had taken place", "the layoffs", "the sale of the club"),
        False,
        (("acknowledge {o}", "acknowledged {o}"),),
    ),
    F(
        ("cancel {o}", "cancelled {o}"),
        ("go ahead with {o}", "went ahead with {o}"),
        ("the concert", "the march", "the summit", "the launch", "the parade"),
        False,
        (("call off {o}", "called off {o}"), ("scrap {o}", "scrapped {o}")),
    ),
    F(
        ("lay off {o}", "laid off {o}"),
        ("hire {o}", "hired {o}"),
        ("800 workers", "a fifth of its staff", "300 employees"),
        False,
        (("cut {o}", "cut {o}"),),
    ),
    F(
        ("win {o}", "won {o}"),
        ("lose {o}", "lost {o}"),
        ("the election", "the final", "the vote", "the appeal", "the case"),
        True,
    ),
    F(
        ("convict {o}", "convicted {o}"),
        ("acquit {o}", "acquitted {o}"),
        ("the former mayor", "the three activists", "the bank's chief executive"),
        False,
        (("find {o} guilty", "found {o} guilty"),),
    ),
    F(
        ("sign {o}", "signed {o}"),
        ("veto {o}", "vetoed {o}"),
        ("the bill", "the spending package", "the ceasefire agreement"),
        False,
    ),
    F(
        ("raise {o}", "raised {o}"),
        ("cut {o}", "cut {o}"),
        ("interest rates", "taxes on fuel", "the minimum wage", "ticket prices"),
        False,
        (("increase {o}", "increased {o}"),),
    ),
    F(
        ("lift {o}", "lifted {o}"),
        ("extend {o}", "extended {o}"),
        ("the curfew", "the sanctions", "the export ban", "the travel restrictions"),
        False,
        (("end {o}", "ended {o}"),),
    ),
    F(
        ("accept {o}", "accepted {o}"),
        ("turn down {o}", "turned down {o}"),
        ("the pay offer", "the invitation", "the resignation", "the peace proposal"),
        False,
        (("agree to {o}", "agreed to {o}"),),
    ),
    F(
        ("reopen {o}", "reopened {o}"),
        ("keep {o} closed", "kept {o} closed"),
        ("the school", "the museum", "the stadium", "the port"),
        True,
    ),
    F(
        ("resume {o}", "resumed {o}"),
        ("suspend {o}", "suspended {o}"),
        ("flights to the capital", "grain exports", "the peace talks", "aid deliveries"),
        False,
        (("restart {o}", "restarted {o}"),),
    ),
    F(
        ("ban {o}", "banned {o}"),
        ("allow {o}", "allowed {o}"),
        ("the protest", "the use of facial recognition", "the sale of the pesticide", "the opposition party"),
        False,
        (("prohibit {o}", "prohibited {o}"),),
    ),
    F(
        ("support {o}", "supported {o}"),
        ("oppose {o}", "opposed {o}"),
        ("the reform", "the motion", "the strike", "the new constitution"),
        False,
        (("back {o}", "backed {o}"),),
    ),
    F(
        ("vote for {o}", "voted for {o}"),
        ("vote against {o}", "voted against {o}"),
        ("the amendment", "the defence budget", "the treaty", "the housing bill"),
        False,
    ),
    F(
        ("expand {o}", "expanded {o}"),
        ("shrink {o}", "shrank {o}"),
        ("its fleet", "the programme", "its presence in the region"),
        False,
        (("grow {o}", "grew {o}"),),
    ),
    F(
        ("release {o}", "released {o}"),
        ("detain {o}", "detained {o}"),
        ("the journalist", "the two aid workers", "the opposition leader"),
        False,
        (("free {o}", "freed {o}"),),
    ),
    F(
        ("withdraw {o}", "withdrew {o}"),
        ("deploy {o}", "deployed {o}"),
        ("its troops", "the warships", "its peacekeepers"),
        False,
        (("pull out {o}", "pulled out {o}"),),
    ),
    F(
        ("pass {o}", "passed {o}"),
        ("fail {o}", "failed {o}"),
        ("the safety inspection", "the stress test", "the audit"),
        True,
    ),
    F(
        ("find {o} alive", "found {o} alive"),
        ("find {o} dead", "found {o} dead"),
        ("the missing climbers", "the two children", "the fishermen"),
        True,
        (("rescue {o} alive", "rescued {o} alive"),),
    ),
    F(
        ("raise {o}", "raised {o}"),
        ("lower {o}", "lowered {o}"),
        ("its growth forecast", "the flood warning level", "the alert level"),
        False,
        (("revise up {o}", "revised up {o}"),),
    ),
    F(
        ("admit {o}", "admitted {o}"),
        ("deny {o}", "denied {o}"),
        ("wrongdoing", "any role in the attack", "misleading investors"),
        False,
    ),
    F(
        ("strike {o}", "struck {o}"),
        ("fail to reach {o}", "failed to reach {o}"),
        ("a deal", "an agreement on wages", "a compromise"),
        False,
        (("reach {o}", "reached {o}"),),
    ),
    F(
        ("recall {o}", "recalled {o}"),
        ("keep selling {o}", "kept selling {o}"),
        ("the faulty heaters", "40,000 cars", "the baby formula"),
        False,
    ),
    F(
        ("join {o}", "joined {o}"),
        ("leave {o}", "left {o}"),
        ("the alliance", "the coalition", "the trade bloc"),
        False,
        (("become part of {o}", "became part of {o}"),),
    ),
)
# The event happened by other words (the event itself is not named with its verb): ruled out, no plans.
_RULED_OUT = (
    ("rule out {g}", "ruled out {g}"),
    ("say it has no plans for {g}", "said it has no plans for {g}"),
)
SUBJECTS = (
    "The council",
    "The ministry",
    "The company",
    "The government",
    "The court",
    "The union",
    "Parliament",
    "The regulator",
    "The airline",
    "The city",
    "Police",
    "The army",
    "The board",
    "Governor Ruiz",
    "President Adeyemi",
    "Chancellor Brandt",
    "Prime Minister Sato",
    "The federation",
    "The agency",
)
SPEAKERS = (
    "a spokesperson said",
    "officials said",
    "the ministry said in a statement",
    "local media reported",
    "two sources told Reuters",
    "its chief executive told the BBC",
)


def attribution_tail(rng: random.Random) -> str:
    """A sentence's end: an attribution (", officials said.") three times in ten, else a full stop."""
    return f", {rng.choice(SPEAKERS)}." if rng.random() < 0.3 else "."


_WHEN = {
    "past": ("", " on Tuesday", " last week", " in March", " after a long debate", " earlier this year"),
    "future": ("", " next week", " in March", " after the vote", " next year"),
}


def _form(phrase: tuple[str, str], tense: str, negated: bool, obj: str) -> str:
    base, past = (p.format(o=obj) for p in phrase)
    if tense == "future":
        return f"will not {base}" if negated else f"will {base}"
    return f"did not {base}" if negated else past


def _question(subject: str, phrase: tuple[str, str], tense: str, negated: bool, obj: str, rng: random.Random) -> str:
    base = phrase[0].format(o=obj)
    subj = mid_sentence(subject)
    aux = "Will" if tense == "future" else "Did"
    if negated:
        return f"Is it true that {subj} {_form(phrase, tense, True, obj)}?"
    if rng.random() < 0.2:
        return f"Is it true that {subj} {_form(phrase, tense, False, obj)}?"
    return f"{aux} {subj} {base}?"


def label(family: Family, claim: str, evidence: str) -> int | None:
    """The stance of evidence toward claim, each one of pos / opp / negpos / negopp / para."""
    polarity = {"pos": 1, "para": 1, "opp": -1, "negpos": -1, "negopp": 1}
    if family.binary:
        return SUPPORTS if polarity[claim] == polarity[evidence] else REFUTES
    # Graded: "fell" refutes "rose" and entails "did not rise"; "did not rise" does not entail "fell".
    same = {("pos", "pos"), ("para", "pos"), ("pos", "para"), ("opp", "opp"), ("negpos", "negpos"), ("negpos", "opp")}
    if (claim, evidence) in same:
        return SUPPORTS
    if {claim, evidence} <= {"pos", "para", "opp"} or {claim, evidence} in ({"pos", "negpos"}, {"para", "negpos"}):
        return REFUTES
    return None


def _phrase(family: Family, kind: str, rng: random.Random) -> tuple[tuple[str, str], bool]:
    if kind == "para":
        return rng.choice(family.para), False
    return (family.opp if kind in ("opp", "negopp") else family.pos), kind.startswith("neg")


def _sentence(subject: str, family: Family, kind: str, tense: str, obj: str, rng: random.Random) -> str:
    phrase, neg = _phrase(family, kind, rng)
    body = f"{subject} {_form(phrase, tense, neg, obj)}{rng.choice(_WHEN[tense])}"
    r = rng.random()
    if r < 0.3:
        return f"{body}, {rng.choice(SPEAKERS)}."
    if r < 0.45:
        lead = rng.choice(("Officials said", "The statement said", "Reuters reported that"))
        return f"{lead} {body[0].lower() + body[1:] if body.startswith('The') else body}."
    return body + "."


def pairs(n: int, seed: int = 29, symmetric: bool = False) -> Iterator[dict[str, object]]:
    """n pairs, about a third each supports / refutes / neither. `symmetric`: the "ruled out" pairs in
    both forms each way (without it a "ruled out" statement was only ever refuted and a "ruled out"
    question only ever supported, and the model learned the form, not the meaning)."""
    rng = random.Random(seed)
    made = 0
    while made < n:
        fam = rng.choice(FAMILIES)
        subject, obj, tense = rng.choice(SUBJECTS), rng.choice(fam.objects), rng.choice(("past", "past", "future"))
        ev_kind = rng.choice(("pos", "opp", "negpos"))
        evidence = _sentence(subject, fam, ev_kind, tense, obj, rng)
        if rng.random() < 0.25:  # same subject, another event: neither
            other = rng.choice([f for f in FAMILIES if f is not fam])
            kind = rng.choice(("pos", "opp"))
            phrase, neg = _phrase(other, kind, rng)
            claim = _claim(subject, phrase, tense, neg, rng.choice(other.objects), rng)
            yield {"claim": claim, "evidence": evidence, "label": NEITHER}
            made += 1
            continue
        kinds = ["pos", "opp", "negpos"] + (["negopp"] if fam.binary else []) + (["para"] if fam.para else [])
        kind = rng.choice(kinds)
        lab = label(fam, kind, ev_kind)
        if lab is None:
            continue
        phrase, neg = _phrase(fam, kind, rng)
        yield {"claim": _claim(subject, phrase, tense, neg, obj, rng), "evidence": evidence, "label": lab}
        made += 1
        if tense == "future" and ev_kind in ("negpos",) and (symmetric or rng.random() < 0.5):
            # "X will not close the bridge" is X ruling it out: supports "Did X rule out closing…?"
            g = gerund(fam.pos[0].format(o=obj))
            ro = rng.choice(_RULED_OUT)
            q = f"Did {mid_sentence(subject)} {ro[0].format(g=g)}?"
            yield {"claim": q, "evidence": evidence, "label": SUPPORTS}
            stated = f"{subject} {ro[1].format(g=g)}."
            positive = _sentence(subject, fam, "pos", "future", obj, rng)
            yield {"claim": stated, "evidence": positive, "label": REFUTES}
            made += 2
            if symmetric:
                yield {"claim": stated, "evidence": evidence, "label": SUPPORTS}
                yield {"claim": q, "evidence": positive, "label": REFUTES}
                made += 2


def _claim(subject: str, phrase: tuple[str, str], tense: str, neg: bool, obj: str, rng: random.Random) -> str:
    if rng.random() < 0.5:
        return _question(subject, phrase, tense, neg, obj, rng)
    return f"{subject} {_form(phrase, tense, neg, obj)}."


def mid_sentence(subject: str) -> str:
    """A subject as written inside a sentence: "The council" -> "the council", names as they are."""
    return "the" + subject[3:] if subject.startswith("The ") else subject


def gerund(base: str) -> str:
    verb, _, rest = base.partition(" ")
    if verb.endswith("e") and not verb.endswith("ee"):
        verb = verb[:-1]
    elif verb in ("cut", "win", "ban", "shut", "scrap", "stop"):
        verb += verb[-1]
    return f"{verb}ing {rest}".strip()


# Families added with `clauses` (stance_data --clauses): opposites the first model missed on news it
# had never seen ("reported a loss" read as saying nothing of "made a profit").
MORE_FAMILIES = (
    F(
        ("report a profit {o}", "reported a profit {o}"),
        ("report a loss {o}", "reported a loss {o}"),
        ("for the first half", "for the year", "in the third quarter"),
        True,
        (("make a profit {o}", "made a profit {o}"), ("post a profit {o}", "posted a profit {o}")),
    ),
    F(
        ("keep {o} running", "kept {o} running"),
        ("cancel {o}", "cancelled {o}"),
        ("its flights", "the night trains", "the ferry service", "the bus routes"),
        True,
        (("keep operating {o}", "kept operating {o}"),),
    ),
    F(
        ("keep {o}", "kept {o}"),
        ("sell {o}", "sold {o}"),
        ("its Glasgow base", "the stadium", "its stake in the mine", "the newspaper"),
        False,
        (("hold on to {o}", "held on to {o}"),),
    ),
)
# "No pilots will lose their jobs": a negated subject, not a negated verb.
_GROUPS = (
    ("pilots", "lose their jobs", "be made redundant"),
    ("schools", "close", "shut their doors"),
    ("residents", "be evacuated", "have to leave their homes"),
    ("flights", "be cancelled", "be called off"),
    ("patients", "be moved", "be transferred"),
    ("players", "be sold", "leave the club"),
    ("homes", "lose power", "be left without electricity"),
    ("branches", "close", "shut"),
    ("teachers", "lose their jobs", "be laid off"),
    ("stations", "close", "be shut"),
)


def _quantifier_pairs(rng: random.Random) -> Iterator[dict[str, object]]:
    group, vp, para = rng.choice(_GROUPS)
    subj = rng.choice(SUBJECTS)
    lead = mid_sentence(subj)
    evidence = rng.choice(
        (
            f"{subj} said no {group} would {vp}.",
            f"No {group} will {vp}, {rng.choice(SPEAKERS)}.",
            f"{subj} promised that no {group} would {vp}{rng.choice(_WHEN['future'])}.",
            f"None of the {group} will {vp}, {lead} said.",
        )
    )
    positive = rng.choice(
        (f"{subj} said some {group} would {vp}.", f"At least 12 {group} will {vp}, {rng.choice(SPEAKERS)}.")
    )
    other, ovp, _ = rng.choice([g for g in _GROUPS if g[0] != group])
    made = [
        (f"Will any {group} {vp}?", evidence, REFUTES),
        (f"Will any {group} {para}?", evidence, REFUTES),
        (f"{group.capitalize()} will {vp}.", evidence, REFUTES),
        (f"Is it true that no {group} will {vp}?", evidence, SUPPORTS),
        (f"Will the {group} be spared?", evidence, SUPPORTS),
        (f"Will any {group} {vp}?", positive, SUPPORTS),
        (f"Is it true that no {group} will {vp}?", positive, REFUTES),
        (f"Will any {other} {ovp}?", evidence, NEITHER),
    ]
    for claim, ev, lab in rng.sample(made, 4):
        yield {"claim": claim, "evidence": ev, "label": lab}


def _compound_pairs(rng: random.Random) -> Iterator[dict[str, object]]:
    """ "A, but B" where B negates another event: each clause speaks for itself ("cut 40 training
    places, but said no serving pilot would be made redundant" supports "cut training places")."""
    fam, other = rng.sample(FAMILIES + MORE_FAMILIES, 2)
    subj, tense = rng.choice(SUBJECTS), rng.choice(("past", "future"))
    obj, oobj = rng.choice(fam.objects), rng.choice(other.objects)
    a = f"{subj} {_form(fam.pos, tense, False, obj)}"
    b = f"{_form(other.pos, tense, True, oobj)}"
    evidence = f"{a}, but {b}."
    made = [
        (_claim(subj, fam.pos, tense, False, obj, rng), SUPPORTS),
        (_claim(subj, fam.opp, tense, False, obj, rng) if not fam.binary or rng.random() < 0.5 else None, REFUTES),
        (_claim(subj, other.pos, tense, False, oobj, rng), REFUTES),
        (_claim(subj, other.pos, tense, True, oobj, rng), SUPPORTS),
    ]
    for claim, lab in made:
        if claim is not None and rng.random() < 0.6:
            yield {"claim": claim, "evidence": evidence, "label": lab}


def clause_pairs(n: int, seed: int = 31) -> Iterator[dict[str, object]]:
    """n pairs: negated subjects ("no pilots will…"), compound sentences ("A, but not B") and the
    families of MORE_FAMILIES as the contrasts above make them."""
    rng = random.Random(seed)
    made = 0
    while made < n:
        r = rng.random()
        if r < 0.35:
            batch = list(_quantifier_pairs(rng))
        elif r < 0.7:
            batch = list(_compound_pairs(rng))
        else:
            batch = list(_family_pairs(rng.choice(MORE_FAMILIES), rng))
        yield from batch
        made += len(batch)


def _family_pairs(fam: Family, rng: random.Random) -> Iterator[dict[str, object]]:
    subject, obj, tense = rng.choice(SUBJECTS), rng.choice(fam.objects), rng.choice(("past", "past", "future"))
    ev_kind = rng.choice(("pos", "opp", "negpos"))
    evidence = _sentence(subject, fam, ev_kind, tense, obj, rng)
    kinds = ["pos", "opp", "negpos"] + (["negopp"] if fam.binary else []) + (["para"] if fam.para else [])
    for kind in rng.sample(kinds, 2):
        lab = label(fam, kind, ev_kind)
        if lab is not None:
            phrase, neg = _phrase(fam, kind, rng)
            yield {"claim": _claim(subject, phrase, tense, neg, obj, rng), "evidence": evidence, "label": lab}
