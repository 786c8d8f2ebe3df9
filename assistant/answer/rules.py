"""What a sentence says to a claim where a rule knows better than the stance model.

Each rule reads one thing the model misreads (figures in MODEL_CARD.md); at most one applies, in this
order, to the model's probabilities (neither, supports, refutes):
- a correction that states words its outlet withdrew never supports them, nor do words someone else is told to have
  said falsely or wrongly, or claims told as debunked (`retraction`);
- a sentence that leaves the claim open (unknown whether, a condition, a question) says neither
  (`undecided`), and so does one that tells injuries against a claim of deaths, or deaths against one
  of injuries (`harm`), or that someone else came to no harm; one that the claim's person came to none
  ("was found unharmed") refutes a claim that they were hurt (`unharmed`); injuries told beside denied
  deaths ("No one was killed, but two drivers were injured") support a claim of injuries
  (`harm.injured_besides`); damage alone ("damaged dozens of buildings") says neither to whether anyone was
  killed or hurt (`harm.harm_untold`); a contest's winner and loser, told by a verb or a noun ("after a 4-0 defeat by
  Ashby"), answer who beat whom, and a contest against someone else says neither (`contest`); approval still to
  come ("is subject to approval") refutes that it was given, and approval no longer needed says neither
  (`pending`); who conceded an election lost it, whom they conceded to won it, and goals conceded say
  neither to a claim of losing (`conceded`); a change answers a claim that a figure was higher or lower
  than before, and a change denied says neither (`compared.than_before_side`); a leaving told in any way
  ("was sacked") answers a claim that asks only whether someone left (`former.left_at_all`); another who did
  it too ("Tarn joins Ostby in banning cars") refutes a claim that the subject is the only or the first one to,
  and the deed alone says neither to "the only" (`only`); an age given beside the claim's person ("Mara Voss,
  58,") answers a claim that bounds it or gives its decade (`ages`); a patient discharged, or still in
  hospital, answers a claim of either (`hospital`), and so does a ban lifted, or still in force
  (`in_force`), and someone let out of prison, or still in it (`in_prison`); "again" says neither to a claim
  that names which time (`again`); a deed done by someone of the claim's person ("Leo Carr's brother was
  arrested") says neither (`of_theirs`), and so does one about another named thing of the claim's kind ("the
  Ostby bridge" for "the Tarn bridge", `elsewhere`); a precaution ("told to boil their water") refutes a claim
  that the thing is safe (`precautions`); an earlier step of a criminal case ("arrested" for "charged",
  "charged" for "convicted") says neither (`alleged.earlier_step_side`), and so does a contest its subject still
  faces against a claim of its result, or victory only claimed (`to_come`); a place lived in says neither to a
  claim of where someone was born, and a birth elsewhere refutes it (`birthplace`); a supply restored supports a
  claim that it was cut (`opposites.restored_side`); a place saved or spared from a fire, a flood or a storm
  refutes a claim that it reached or harmed it, and one someone only tries to save says neither (`spared`); one's
  own account on a social network deleted supports a claim that they quit it (`accounts`); a search that found
  nothing refutes a claim that the thing was found, and the thing found after all supports it (`nothing_found`);
  an event delayed or postponed refutes a claim that it has happened (`delayed`); an appeal against a decision
  ("is appealing against her dismissal") supports a claim that it was made, and one against any such decision to
  come says neither (`appeals`); "no one else", "nothing else" or "no other" told of the claim's deed supports a
  claim that anyone or anything was (`no_one_else`); an undoing ("reopened", "resumed", "reinstated", "withdrew
  from", "denied the charges") supports a claim that what it undoes happened (`undone`); a step of a criminal case
  for another offence than the claim's ("charged with manslaughter" for "murder") says neither, and one told with an
  offence supports a claim that names none ("Was Leo Carr charged?"), and of verdicts both ways the one on the
  claim's offence answers it (`offences`); one diplomatic step ("summoned the ambassador") says neither to a claim of
  another ("expel?", `diplomacy`); a plea to an offence ("pleaded guilty to fraud") answers a claim that asks
  only whether someone pleaded guilty, admitted or denied the charges (`pleas.plea_asked_side`); an event moved
  from one place to another refutes a claim that it is held
  in the first and supports one that it is held in the second, and a move only proposed says neither
  (`relocated`); a place other than first says neither to a claim that someone ever won (`results.ever_side`);
  a plan or decision dropped or reversed refutes a claim that the planned thing is or was done, and supports one
  that it was decided (`reversals`); a figure only forecast, feared or expected says neither to a claim that it
  was or is reached (`forecasts`); a move on one day told after the opposite move on another refutes a claim of
  the first move on the later day (`rebounds`); an act done wrongly, unfairly or by mistake supports a claim that
  it was done (`done_wrongly`); a deed held off, put off or refrained from refutes a claim that it was done
  (`held_off`); permission to do something says neither to a claim that it was done, and supports one that the
  permission was given (`permitted`); parting company or ways supports a claim of leaving, refutes one of
  staying, and says neither to one of a sacking or a resignation (`parted`); pulling out of, withdrawing from or
  being ruled out of an event refutes a claim that they attend it or take part (`pulled_out`), pulling out of,
  withdrawing from or exiting a place, a market or a pact supports one that they left it (`pulled_out.left_side`), a
  move from one club or employer to another ("joined Kelso Rovers from Lyle United") supports one that they left the
  first and joined the second, and refutes one that they are still at the first (`moved`), and going out of a
  competition one that they are still in it (`still_in`); a place or a firm saved from closure,
  collapse or demolition refutes a claim that it closed, went bust or was demolished (`saved_from`); a deed told of
  someone else, named, says neither to a claim that the claim's person did it (named only in a later clause of another
  deed or not at all), and so do charges or a case against someone else (`someone_else`), and a sentence in which
  the claim's person only tells of or reacts to someone else's deed ("Mara Quill said / welcomed…", `told_by`); a
  reaction to the claim's deed ("condemned the jailing of the journalist") supports a claim that it was done, and
  one to it only planned or demanded says neither (`reactions`); a
  currency's move against other currencies only says neither to a claim about its move against another
  (`currencies`); the figures a sentence gives answer whether the claim's thing doubled,
  tripled or halved (`multiples`); and, where no reading before it applies, a sentence that states the claim word
  for word, undoubted, supports it (`echo`);
- a sentence that puts what the claim is about off to another time, or calls off what the claim says
  will happen at a time, refutes it (`schedule.moved_away`, `schedule.called_off`),
  and so does one that says it almost happened (`near_miss`);
- a sentence read as support that gives another figure, rank, weekday or month of the claim's kind
  refutes it (`figures`, `ranks`, `schedule.another_day`), and so does one that calls the claim's person the former
  holder of the post a claim about now names (`former`), or one that tells a feeling of the other kind
  than the claim's ("disappointed" for "pleased"), or a finding ("convicted" for "acquitted"), or the other of
  accepting and rejecting, or of buying and selling, done by the claim's subject (`opposites`);
- a sentence that mentions leaving a post without saying that the claim's person left it ("refused to
  resign", "will step down", "the nurse who resigned") does not refute a claim that they hold it, and a
  denied leaving supports it (`former.left_post`); nor does one that names the same side of a kind as the
  claim in other words ("found not guilty" for "cleared", `opposites.same_kind`);
- a sentence that turns down someone's offer, bid, appeal or request says they made it (`rejected`);
- a penalty for an act says it was done, an acquittal that it was not, a penalty not given or given to
  someone else says neither (`penalties`);
- a denied ending ("no plans to cut flights") says what goes on is kept, and a refusal to put an event off
  ("refused to delay the trial") that it goes ahead (`kept_on`);
- a change told beside the figure it compares with ("rose 3.8%, down from 4.6%": the thing rose, its
  pace fell; "a profit of £41m, down from £58m": the profit fell) answers a claim of rise or fall, or
  of a quicker or slower pace, that way (`compared`);
- a search that goes on ("the search for Leo Carr continues", "still at large") refutes that what it seeks
  was found and supports that the search goes on, and an arrest that someone is still at large
  (`still_sought`); a place other than first refutes a
  win, and so does finishing behind someone; a seat or title retained supports it (`results`); a share
  answers a claim about most (`majority`), a year one about before or after a year (`years`); that no one
  was hurt refutes that anyone was (`nobody`); held or freed, jailed or spared jail, answers a claim of
  either (`custody`); after the others is not first (`order`); talks that ended without a deal failed,
  and with one succeeded (`talks`); what was cancelled or suspended because of something was disrupted
  by it (`disrupted`); a positive inflation rate, falling or not, says prices rose (`inflation`); a count
  below "hundreds" refutes it, one of its order supports it (`magnitude`); a tally with votes against
  refutes that a vote was unanimous, one with none supports it, and its majority's side answers a claim
  about most voters (`tally`); "weakened before making
  landfall" says it made landfall (`near_miss.happened_after_a_change`);
- "…could not be ruled out" says the thing is possible (`possible`);
- what a sentence only expects, plans or urges ("is expected to approve") never supports a claim that it
  happened (`unrealised`), nor does what it only alleges ("is accused of stealing", `alleged`), nor "one of
  the largest" a claim that it is the largest (`ranks.one_of_the`).
"""

from __future__ import annotations

import numpy as np

from assistant.answer.accounts import account_side
from assistant.answer.again import again_side
from assistant.answer.ages import age_side
from assistant.answer.alive import alive_side
from assistant.answer.alleged import earlier_step_side, only_alleged
from assistant.answer.appeals import appeal_side
from assistant.answer.birthplace import birthplace_side
from assistant.answer.compared import compared_side, than_before_side
from assistant.answer.conceded import conceded_side
from assistant.answer.concerns import concern_side
from assistant.answer.contest import contest_side
from assistant.answer.currencies import other_currency_side
from assistant.answer.custody import custody_side
from assistant.answer.delayed import delayed_side
from assistant.answer.diplomacy import other_step_side
from assistant.answer.disrupted import disrupted_side
from assistant.answer.done_wrongly import done_wrongly_side
from assistant.answer.echo import echo_side
from assistant.answer.elsewhere import another_named_side
from assistant.answer.figures import figures_differ
from assistant.answer.forecasts import forecast_side
from assistant.answer.former import kept_post_side, left_at_all, left_post, left_this_post, no_longer
from assistant.answer.harm import harm_untold, injured_besides, other_harm
from assistant.answer.held_off import held_off_side
from assistant.answer.hospital import hospital_side
from assistant.answer.in_force import in_force_side
from assistant.answer.in_prison import in_prison_side
from assistant.answer.inflation import inflation_side
from assistant.answer.kept_on import denied_ending
from assistant.answer.magnitude import magnitude_side
from assistant.answer.majority import majority_side
from assistant.answer.moved import moved_side
from assistant.answer.multiples import multiple_side
from assistant.answer.near_miss import almost_happened, happened_after_a_change
from assistant.answer.no_one_else import no_one_else_side
from assistant.answer.nobody import denied_for_all
from assistant.answer.nothing_found import nothing_found_side
from assistant.answer.of_theirs import of_theirs_side
from assistant.answer.offences import other_offence_side, verdict_side
from assistant.answer.only import only_side
from assistant.answer.opposites import other_kind, restored_side, same_kind
from assistant.answer.order import first_side
from assistant.answer.parted import parted_side
from assistant.answer.penalties import penalty_for
from assistant.answer.pending import pending_side
from assistant.answer.permitted import permission_side
from assistant.answer.pleas import plea_asked_side, plea_side
from assistant.answer.possible import not_excluded, what_it_says_to
from assistant.answer.precautions import precaution_side
from assistant.answer.pulled_out import left_side, pulled_out_side
from assistant.answer.ranks import one_of_the, ranks_differ
from assistant.answer.reactions import reaction_side
from assistant.answer.rebounds import rebound_side
from assistant.answer.rejected import made_and_rejected
from assistant.answer.relocated import venue_moved_side
from assistant.answer.results import ever_side, result_side
from assistant.answer.retraction import told_falsely, withdraws
from assistant.answer.reversals import reversal_side
from assistant.answer.saved_from import saved_from_side
from assistant.answer.schedule import MOVED, another_day, called_off, moved_away
from assistant.answer.someone_else import against_someone_else, someone_else_side
from assistant.answer.spared import spared_side
from assistant.answer.still_in import still_in_side
from assistant.answer.still_sought import caught_side, while_sought
from assistant.answer.talks import talks_only, talks_side
from assistant.answer.tally import tally_side
from assistant.answer.to_come import claimed_victory_side, contest_to_come_side
from assistant.answer.told_by import teller_side
from assistant.answer.undecided import leaves_open
from assistant.answer.undone import undone_side
from assistant.answer.unharmed import unharmed_side
from assistant.answer.unrealised import earmarked_side, unrealised
from assistant.answer.views import view_side
from assistant.answer.years import year_side

# Readings that say which side a sentence is on, or that it is on neither (each None where it does not apply).
_SIDES = (
    unharmed_side,
    contest_side,
    pending_side,
    conceded_side,
    than_before_side,
    left_at_all,
    injured_besides,
    harm_untold,
    only_side,
    age_side,
    hospital_side,
    again_side,
    in_force_side,
    alive_side,
    in_prison_side,
    of_theirs_side,
    contest_to_come_side,
    multiple_side,
    view_side,
    plea_side,
    plea_asked_side,
    kept_post_side,
    earmarked_side,
    concern_side,
    another_named_side,
    precaution_side,
    earlier_step_side,
    claimed_victory_side,
    birthplace_side,
    restored_side,
    spared_side,
    account_side,
    nothing_found_side,
    delayed_side,
    appeal_side,
    no_one_else_side,
    undone_side,
    other_offence_side,
    other_step_side,
    verdict_side,
    venue_moved_side,
    ever_side,
    reversal_side,
    forecast_side,
    rebound_side,
    done_wrongly_side,
    held_off_side,
    permission_side,
    parted_side,
    pulled_out_side,
    left_side,
    moved_side,
    still_in_side,
    saved_from_side,
    someone_else_side,
    teller_side,
    reaction_side,
    against_someone_else,
    other_currency_side,
    echo_side,
)


def by_rule(claim: str, sentence: str, p: np.ndarray) -> np.ndarray:
    """`p` (neither, supports, refutes) as the first rule that applies reads it; `p` itself if none."""
    if withdraws(sentence) or told_falsely(claim, sentence):  # what it supports is what was taken back, or false
        return np.array([p[0] + p[2], 0.0, p[1]], np.float32)
    penalty, harm = penalty_for(claim, sentence), other_harm(claim, sentence)
    sides = [reading(claim, sentence) for reading in _SIDES]
    if leaves_open(claim, sentence) or penalty == "aside" or "neither" in (harm, *sides):  # unknown whether,
        # a condition, a question, a penalty not given or given to someone else, injuries against a claim
        # of deaths, someone else unhurt, a contest against someone else, approval no longer needed:
        # neither yes nor no
        return np.array([1.0, 0.0, 0.0], np.float32)
    decided = next((side for side in sides if side), None)
    if decided:  # the model reads the harm in "unharmed", a contest either way round, approval to come as given
        return _leaning(decided, max(float(p[1] + p[2]), MOVED))
    left = left_post(claim, sentence)
    if _refutes_outright(claim, sentence, left):
        refutes = max(float(p[2]), MOVED)
        return np.array([1.0 - refutes, 0.0, refutes], np.float32)
    if (
        figures_differ(claim, sentence)
        or ranks_differ(claim, sentence)
        or another_day(claim, sentence)
        or no_longer(claim, sentence)
        or left == "left"
        or penalty == "not done"
        or other_kind(claim, sentence)
    ):  # the same statement, another figure (or feeling, or finding)
        return np.array([p[0], 0.0, p[2] + p[1]], np.float32)
    misread = _misread_refutation(claim, sentence, p, left, penalty)
    if misread is not None:
        return _not_refuting(p, misread == "supports")
    for reading in (_by_comparison, _to_side, _as_possible):
        read = reading(claim, sentence, p)
        if read is not None:
            return read
    if (
        unrealised(claim, sentence)
        or only_alleged(claim, sentence)
        or talks_only(claim, sentence)
        or harm == "no support"
        or one_of_the(claim, sentence)
    ):
        # expected, planned, urged, alleged, only talked about; injured, against a claim that the one person named
        # died; one of the largest, against a claim that it is the largest
        return np.array([p[0] + p[1], 0.0, p[2]], np.float32)
    return p


def _refutes_outright(claim: str, sentence: str, left: str | None) -> bool:
    """Put off, almost, or called off against a claim with a day, which the model reads as no contradiction; or a
    post left against a claim that they hold it now ("Kelso Rovers sacked Dean Halloran" against "Is he still the
    Kelso manager?": neither 0.98). `left` is `left_post`'s reading."""
    return (
        moved_away(claim, sentence)
        or almost_happened(claim, sentence)
        or called_off(claim, sentence)
        or (left == "left" and left_this_post(claim, sentence))
    )


def _by_comparison(claim: str, sentence: str, p: np.ndarray) -> np.ndarray | None:
    """The model's lean on the side a change beside the figure it compares with takes ("rose 3.8%, down
    from 4.6%": the thing rose, its pace fell), at `MOVED` or more where the clause names the whole claim."""
    compared = compared_side(claim, sentence)
    if compared is None:
        return None
    side, whole = compared
    return _leaning(side, max(float(p[1] + p[2]), MOVED) if whole else float(p[1] + p[2]))


def _to_side(claim: str, sentence: str, p: np.ndarray) -> np.ndarray | None:
    """The model's lean, at `MOVED` or more, on the side a search that goes on ("the search for Leo Carr continues":
    not found) or an arrest ("was arrested": not at large), a result ("finished second": not won; "retained the
    seat": won), a share against "most" ("62%": a majority), a year against "before 2020" ("closed in 2022"), "no
    one was hurt" against "was anyone hurt?", custody or prison ("released on bail": not in custody) or an order
    ("after the other leaders": not first), the end of talks ("broke up without an agreement": failed) or a stoppage
    ("cancelled because of the strike": disrupted by it), an inflation rate ("fell to 3.1%": prices rose), a count
    against a magnitude ("dozens": not hundreds) or a vote's tally against unanimity ("by 31 votes to 4": not
    unanimous) takes."""
    side = (
        while_sought(claim, sentence)
        or caught_side(claim, sentence)
        or result_side(claim, sentence)
        or majority_side(claim, sentence)
        or year_side(claim, sentence)
        or ("refutes" if denied_for_all(claim, sentence) else None)
        or custody_side(claim, sentence)
        or first_side(claim, sentence)
        or talks_side(claim, sentence)
        or disrupted_side(claim, sentence)
        or inflation_side(claim, sentence)
        or magnitude_side(claim, sentence)
        or tally_side(claim, sentence)
        or ("supports" if happened_after_a_change(claim, sentence) else None)
    )
    return None if side is None else _leaning(side, max(float(p[1] + p[2]), MOVED))


def _leaning(side: str, lean: float) -> np.ndarray:
    """(neither, supports, refutes) with `lean` on `side` and the rest on neither."""
    return np.array([1.0 - lean, lean, 0.0] if side == "supports" else [1.0 - lean, 0.0, lean], np.float32)


def _as_possible(claim: str, sentence: str, p: np.ndarray) -> np.ndarray | None:
    """ "…could not be ruled out" says the thing may happen, where the model read a refusal: for or against
    a claim that it may, neither for a forecast."""
    says = what_it_says_to(claim) if not_excluded(sentence) else None
    if says is None:
        return None
    if says == "neither":  # a possibility is not a forecast
        return np.array([1.0, 0.0, 0.0], np.float32)
    lean = float(p[1] + p[2])
    return np.array([p[0], lean, 0.0] if says == "supports" else [p[0], 0.0, lean], np.float32)


def _misread_refutation(claim: str, sentence: str, p: np.ndarray, left: str | None, penalty: str | None) -> str | None:
    """ "supports" where what the model read as refuting says yes ("refused to resign": still holds the
    post; "turned down a bid from Harlow": Harlow bid; "banned for fixing matches": he fixed them),
    "aside" where it says neither, None where the model's reading stands. `left` and `penalty` are
    `left_post`'s and `penalty_for`'s readings, which by_rule has already asked for."""
    if penalty == "done":
        return "supports"
    if left is not None:
        return "supports" if left == "stays" else "aside"
    made = made_and_rejected(claim, sentence)
    if made is not None:
        return "supports" if made == "made" else "aside"
    if denied_ending(claim, sentence):  # "no plans to cut flights to Lisbon": keeping them
        return "supports"
    return "aside" if p[2] > p[1] and same_kind(claim, sentence) else None


def _not_refuting(p: np.ndarray, supports: bool) -> np.ndarray:
    """A refutation read as support, or set aside."""
    if supports:
        return np.array([p[0], p[1] + p[2], 0.0], np.float32)
    return np.array([p[0] + p[2], p[1], 0.0], np.float32)
