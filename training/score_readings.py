"""Score the hand-checked pair sets written for the readings by rule (each committed before the reading
it measures existed): the model alone against the answer's reading.

    python -m training.score_readings           # every set under eval/ with a reading of its own
    python -m training.score_readings --hand    # the hand-checked news pairs, which no reading was written for

"model alone": the model's argmax on the sentence as written. "as read": `StanceModel.weigh` on the
sentence as the answer reads it (with its article's lead, `context.named_in_context`, where the set gives
one); an open question ("What caused the fire?") is read as neither, as the answer shows no stance toward
it (`weigh`). A wrong side is a committed stance (>= the verdict threshold) on the other side of the label.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Each set and the reading it was written for.
SETS = {
    "stance_in_context.jsonl": "'the museum' read as the name its lead gives",
    "stance_in_context_events.jsonl": "'the strike' read as 'the Kelso bus strike' its lead names",
    "stance_rather_than.jsonl": "'A rather than B' read as 'A, not B'",
    "stance_not_but.jsonl": "'not A but B' read as B",
    "stance_unrealised.jsonl": "what is only expected or planned never supports that it happened",
    "stance_asserts_nothing.jsonl": "unknown whether, a condition, a question: neither",
    "stance_idioms.jsonl": "news idioms in plain words ('were beaten in' as 'lost in')",
    "stance_former.jsonl": "a former holder of a post does not hold it now",
    "stance_called_off.jsonl": "'called off' and 'cancelled' read alike",
    "stance_rise_fall.jsonl": "'declined', 'went up'… as 'fell' / 'rose'; a change's size left out",
    "stance_same_event.jsonl": "'axed' as 'cut', 'abandoned' as 'dropped', 'pushed back' as 'delayed'…",
    "stance_fell_ill.jsonl": "'hospitalised with', 'became unwell'… as 'fell ill' against a claim about falling ill",
    "stance_bounds.jsonl": "a bounded or rounded figure ('more than 300', 'about 2,000') read against the figure given",
    "stance_acronyms.jsonl": "an organisation named by its initials in one and in full in the other",
    "stance_exact_figures.jsonl": "a figure stated exactly read against another one the sentence gives",
    "stance_considering.jsonl": "a step only being considered or weighed is not yet taken",
    "stance_when_clause.jsonl": "an event a when / after / as clause takes as given, read as a statement",
    "stance_if_clause.jsonl": "an event told only in an if clause or a clause a future one waits for",
    "stance_will.jsonl": "what will happen has not happened yet",
    "stance_venues.jsonl": "words said to one outlet or audience are not words said to another",
    "stance_all_of.jsonl": "a part of something, or a count of it, is not all of it",
    "stance_conjuncts.jsonl": "of two things one subject did, the one the claim asks about",
    "stance_counts.jsonl": "a count the claim gives no figure for, left out",
    "stance_not_yet.jsonl": "a main clause that only expects or awaits says it has not happened yet",
    "stance_certainty.jsonl": "'there is no doubt that X', 'undoubtedly, X'... read as X",
    "stance_requests.jsonl": "what is only asked, urged or said to be needed is no support, not even for 'will'",
    "stance_feelings.jsonl": "a feeling of the other kind ('disappointed' for 'pleased') refutes",
    "stance_verdicts.jsonl": "a finding of the other kind ('found guilty' for 'cleared') refutes",
    "stance_prefixed.jsonl": "an adjective's negative made with a prefix ('unsafe' for 'safe') refutes",
    "stance_ordinals.jsonl": "another rank of the same thing ('fourth busiest' for 'busiest') refutes",
    "stance_ended.jsonl": "what went on refutes that it ended, what reopened that it is closed",
    "stance_left_post.jsonl": "leaving a post, done, refused or only to come, against holding it now",
    "stance_same_kind.jsonl": "the same side of a kind in other words ('cleared', 'found not guilty') is no refutation",
    "stance_rejected_offers.jsonl": "an offer, bid or appeal someone turned down was made",
    "stance_supply_lost.jsonl": "a supply lost told with 'without' or 'no' is no refutation of its loss",
    "stance_near_miss.jsonl": "what almost happened ('came close to sinking') refutes that it did",
    "stance_alleged.jsonl": "what is only alleged ('accused of', 'charged with') supports nothing",
    "stance_prospects.jsonl": "what is only in prospect ('proposed a ban', 'in talks to sell') supports nothing",
    "stance_penalties.jsonl": "a penalty for an act says it was done, an acquittal that it was not",
    "stance_rulings_open.jsonl": "'upheld' against 'overturned', 'kept open' against 'closed'",
    "stance_kept_on.jsonl": "a denied ending ('no plans to cut flights') says what goes on is kept",
    "stance_succeeded.jsonl": "someone succeeded or replaced in a post has left it",
    "stance_orders.jsonl": "what is only ordered or required is not yet done",
    "stance_down_from.jsonl": "a change beside the figure it compares with ('rose 3.8%, down from 4.6%')",
    "stance_harm.jsonl": "injuries against a claim of deaths, deaths against one of injuries",
    "stance_anyone.jsonl": "the people a sentence names ('signed two defenders') against a claim about anyone",
    "stance_still_sought.jsonl": "a search that goes on ('still searching for') against a claim that it found",
    "stance_results.jsonl": "a place other than first is no win, a seat or title retained was won",
    "stance_adjuncts.jsonl": "a closing 'despite …' / 'without its …' the claim shares no word with, left out",
    "stance_one_of.jsonl": "'one of the largest' against a claim that it is the largest",
    "stance_progressive.jsonl": "an act in the present progressive ('is closing its plant') is not yet done",
    "stance_majority.jsonl": "a share ('62%', 'just over a third') against a claim that most did something",
    "stance_lows_highs.jsonl": "a new low or high ('at its lowest level for 20 years') against a rise or a fall",
    "stance_company_results.jsonl": "a profit against a loss, 'halved' as fell by half, 'flat' as no change",
    "stance_before_after.jsonl": "a year ('closed in 2022') against a claim about before or after a year",
    "stance_idiom_questions.jsonl": "'abandoned' where a question asks it, 'sole' / 'lone' as 'only'",
    "stance_durations.jsonl": "how long something lasted, in any unit, against a claim that bounds or states it",
    "stance_denied_events.jsonl": "'no one was hurt' against 'was anyone hurt?'; other denials of the event",
    "stance_stopped_before.jsonl": "stopped or turned back 'before it could reach' / 'before reaching' what is asked",
    "stance_behind.jsonl": "finishing behind someone against a claim that the subject won, topped or was first",
    "stance_free.jsonl": "what costs nothing ('free of charge', 'at no extra cost') against paying or being charged",
    "stance_reelection.jsonl": "re-elected or returned as MP: a seat kept, against claims of keeping or losing it",
    "stance_custody.jsonl": "held or freed, jailed or spared jail, against a claim of either",
    "stance_went_to.jsonl": "a prize or contract that 'went to' / 'was awarded to' someone, against who won it",
    "stance_first_after.jsonl": "done after or before the others, against a claim of the first or the last to do it",
    "stance_go_ahead.jsonl": "'refused to delay the trial' / 'ruled out cancelling' against 'will it go ahead?'",
    "stance_talks.jsonl": "talks that ended without a deal or with one, against a claim that they failed or succeeded",
    "stance_disrupted.jsonl": "'cancelled because of the strike' against 'did the strike disrupt…?'",
    "stance_the_thing.jsonl": "'the girl was found' against 'was the missing girl found?'",
    "stance_rates_held.jsonl": "a rate held 'at 3%' / 'steady' / 'on hold' against a claim with no figure",
    "stance_rule_breaking.jsonl": "'flouted the curfew' as 'broke the curfew'; a budget gap as a shortfall",
    "stance_stopped_by.jsonl": "'firefighters contained the fire before it reached homes' against 'did it reach them?'",
    "stance_evacuate.jsonl": "'ordered to leave their homes' as 'ordered to evacuate'",
    "stance_success.jsonl": "a success against a failure, a flop or 'failed'",
    "stance_stripped.jsonl": "'stripped of' a title or medal as losing it",
    "stance_working.jsonl": "a device working against one switched off, out of order or broken",
    "stance_inflation.jsonl": "'inflation fell to 3.1%' (prices still rose) against 'did prices fall?'",
    "stance_surplus_deficit.jsonl": "surplus against deficit, narrowed against widened, stronger against weaker",
    "stance_magnitudes.jsonl": "'about 400 people' / 'dozens' against 'did thousands / hundreds…?'",
    "stance_tallies.jsonl": "a vote's tally ('by 31 votes to 4', 'passed 52-48') against a claim that it was unanimous",
    "stance_unharmed.jsonl": "'was found unharmed' / 'safe and well' against a claim that the one named was hurt",
    "stance_who_beat.jsonl": "'Harlow beat Ostby', 'Ostby were beaten by Harlow' against 'Did Ostby beat Harlow?'",
    "stance_pending.jsonl": "'is subject to approval', 'still needs the approval of' against 'has it been approved?'",
    "stance_after_event.jsonl": "'No one was arrested after the protest' against 'Were there arrests after it?'",
    "stance_conceded.jsonl": "'conceded the election to Tom Reyes' against who lost, won or accepted defeat",
    "stance_caught.jsonl": "'was arrested', 'handed himself in' against 'Is he still at large?' / 'Was he caught?'",
    "stance_record_figure.jsonl": "'reached a record 41C' against 'Did temperatures hit a record high?'",
    "stance_walkouts.jsonl": "'walked out' as a strike, 'at large' as on the run, 'all tickets were sold' as sold out",
    "stance_deaths_denied.jsonl": "'No one was killed' against 'Was anyone hurt?': nothing of the injured",
    "stance_called_off_dated.jsonl": "'The strike has been suspended' against 'Will they strike on 3 November?'",
    "stance_contest_won.jsonl": "'Harlow beat Ostby in the cup final' against 'Did Ostby win the cup final?'",
    "stance_than_before.jsonl": "'sales fell 4% from a year earlier' against 'Were sales lower than a year earlier?'",
    "stance_left_any_way.jsonl": "'was sacked as manager' against 'Has he left his job?'",
    "stance_injured_besides.jsonl": "'No one was killed, but two drivers were injured' against 'Was anyone injured?'",
    "stance_defeat_told.jsonl": "'after a 4-0 home defeat by Ashby Town' against 'Did Ostby lose to Ashby Town?'",
    "stance_tally_majority.jsonl": "'voted 31 to 4 to close the library' against 'Did most councillors back it?'",
    "stance_fell_through.jsonl": "'fell through', 'collapsed' talks, the 'jobless' rate, 'still shut' in plain words",
    "stance_the_only.jsonl": "'Tarn joins Ostby in banning cars' against 'Is Tarn the only city to ban cars?'",
    "stance_fire_words.jsonl": "'gutted by fire', 'razed', 'went up in flames', 'brought under control' in plain words",
    "stance_both_of.jsonl": "'One of the two Ostby schools was closed' against 'Were both Ostby schools closed?'",
    "stance_destroyed_survived.jsonl": "'was destroyed by fire' against 'Did it survive the fire?', and the other way",
    "stance_pleas.jsonl": "'pleaded guilty to all charges' against 'Did he admit the charges?'; 'behind bars'",
    "stance_markets.jsonl": "'were ahead of forecasts', 'closed higher' against 'Did profits beat forecasts?'",
    "stance_because_of.jsonl": "'was cancelled because of high winds' against 'Did the race take place?'",
    "stance_sport_words.jsonl": "'finished as runners-up', 'booked their place in', 'found the net', 'stayed up'",
    "stance_not_ruled_out.jsonl": "'NATO has not ruled out sending troops' against 'Did NATO rule out…?'",
    "stance_criticism.jsonl": "'hit out at', 'poured cold water on', 'threw her weight behind' in plain words",
    "stance_ages.jsonl": "'Mara Voss, 58,' against 'Is Mara Voss over 60?', 'in her fifties?'",
    "stance_hospital.jsonl": "'was discharged from hospital' against 'Is she still in hospital?'; stable or critical",
    "stance_kept_job.jsonl": "'was sacked as Rovers manager' against 'Did Dean Halloran keep his job?'",
    "stance_weather_words.jsonl": "'hit land', 'burst its banks', 'under water', a 'tremor', 'still raging'",
    "stance_strike_words.jsonl": "'downed tools', 'a 24-hour stoppage', 'industrial action', 'rumbles on'",
    "stance_again.jsonl": "'cut 200 jobs for a second time' against 'Has Corvel cut jobs again?'",
    "stance_in_force.jsonl": "'The Tarn hosepipe ban was lifted' against 'Is the ban still in force?'",
    "stance_alive.jsonl": "'Tom Reyes died in the crash' against 'Did Tom Reyes survive the crash?'",
    "stance_posts_and_roles.jsonl": "'cut 300 posts', 'stepped down as Tarn mayor', 'has gone into administration'",
    "stance_prices_raised.jsonl": "'Corvel raised prices by 5%' against 'Did Corvel raise prices?'; 'slashed'",
    "stance_came_from_behind.jsonl": "'came from behind to win the match' against 'Did Tarn win the match?'",
    "stance_bill_passed.jsonl": "'MPs approved / backed / voted down the Tarn bill' against 'Did it pass?'",
    "stance_cheaper.jsonl": "'Bread got cheaper' against 'Did bread prices fall?'; 'the number of jobless fell'",
    "stance_will_fall.jsonl": "'Petrol prices will fall next month' against 'Will petrol prices rise?'",
    "stance_in_prison.jsonl": "'Leo Carr was freed from Tarn jail' against 'Is Leo Carr still in prison?'",
    "stance_of_theirs.jsonl": "'Leo Carr's brother was arrested' against 'Was Leo Carr arrested?'",
    "stance_medals.jsonl": "'Mara Voss won silver' against 'Did Mara Voss win gold?'",
    "stance_confidence_votes.jsonl": "'lost the vote of no confidence' against 'Did he survive it?'",
    "stance_contest_to_come.jsonl": "'Tarn United face Harlow in the final' against 'Did Tarn United win it?'",
    "stance_multiples.jsonl": "'profits rose from £10m to £21m' against 'Did profits double?'",
    "stance_on_track.jsonl": "'Tarn is on track to meet its climate target' against 'Did Tarn meet it?'",
    "stance_negotiating.jsonl": "'Corvel is negotiating to buy Ostby Foods' against 'Did Corvel buy it?'",
    "stance_verdict_pleas.jsonl": "'Leo Carr denies the charges' against 'Was Leo Carr found guilty of fraud?'",
    "stance_still_leading.jsonl": "'Ana Kell leads the race, a poll shows' against 'Did Ana Kell win it?'",
    "stance_re_elected.jsonl": "'Leo Carr was re-elected as Tarn mayor' against 'Is he still Tarn mayor?'",
    "stance_earmarked.jsonl": "'The Tarn factory has been earmarked for closure' against 'Has it closed?'",
    "stance_open_again.jsonl": "'The Tarn road is open again' against 'Has the Tarn road reopened?'",
    "stance_concerns.jsonl": "'concerns about the safety of the Tarn bridge' against 'Is the Tarn bridge safe?'",
    "stance_talks_only.jsonl": "'Talks between Corvel and Ostby Foods are continuing' against 'Did Corvel buy it?'",
    "stance_another_named.jsonl": "'The Ostby valley road reopened' against 'Has the Tarn valley road reopened?'",
    "stance_precautions.jsonl": "'told to boil their water' against 'Is the water in Tarn safe to drink?'",
    "stance_legal_steps.jsonl": "'arrested on suspicion of fraud' against 'Has Leo Carr been charged with fraud?'",
    "stance_claimed_victory.jsonl": "'Ana Kell claimed victory in the Tarn election' against 'Did she win it?'",
    "stance_is_to.jsonl": "'Corvel is to cut 300 jobs' against 'Did Corvel cut 300 jobs?'",
    "stance_jobs_go.jsonl": "'Up to 300 jobs could go at Corvel' against 'Did Corvel cut 300 jobs?'",
    "stance_decision_put_off.jsonl": "'deferred a decision on the new stadium' against 'Did the council approve it?'",
    "stance_kept_other_post.jsonl": "'re-elected to the Tarn council' against 'Is Leo Carr still mayor of Tarn?'",
    "stance_birthplace.jsonl": "'Leo Carr grew up in Tarn' against 'Was Leo Carr born in Tarn?'",
    "stance_profit_or_loss.jsonl": "'Ostby Foods narrowed its losses' against 'Did it make a profit last year?'",
    "stance_prepare_to.jsonl": "'told to prepare to leave their homes' against 'Were homes in Tarn evacuated?'",
    "stance_supply_restored.jsonl": "'Power has been restored in Tarn' against 'Did the storm cut power in Tarn?'",
    "stance_body_found.jsonl": "'Leo Carr's body was found in woodland' against 'Is Leo Carr alive?'",
    "stance_spared.jsonl": "'saved the Tarn school from the flames' against 'Did the fire spread to it?'",
    "stance_account_deleted.jsonl": "'Leo Carr has deleted his Twitter account' against 'Has he quit Twitter?'",
    "stance_tally_in_words.jsonl": "'approved the plan by seven votes to four' against 'Did it approve the plan?'",
    "stance_nothing_found.jsonl": "'after a bomb threat, but no device was found' against 'Was a bomb found?'",
    "stance_stays_on.jsonl": "'resigned as Corvel chairman but remains on its board' against 'Has he left Corvel?'",
    "stance_event_delayed.jsonl": "'The start of Ana Kell's trial was postponed' against 'Has her trial started?'",
    "stance_appeals.jsonl": "'Ana Kell is appealing against her dismissal' against 'Was Ana Kell sacked?'",
    "stance_no_one_else.jsonl": "'No other injuries were reported after the Tarn crash' against 'Was anyone injured?'",
    "stance_undone.jsonl": "'The Tarn schools reopened on Monday' against 'Did the Tarn schools close?'",
    "stance_survivors.jsonl": "'Leo Carr was among the survivors of the Tarn crash' against 'Did he die in it?'",
    "stance_other_offence.jsonl": "'Leo Carr was charged with manslaughter' against 'Was he charged with murder?'",
    "stance_mixed_verdicts.jsonl": "'convicted of manslaughter but cleared of murder' against 'convicted of murder?'",
    "stance_venue_moved.jsonl": "'The Tarn summit was moved from Geneva to Vienna' against 'held in Geneva?'",
    "stance_ever_won.jsonl": "'finished second in the Tarn marathon this year' against 'Has he ever won it?'",
    "stance_hurt_besides.jsonl": "'Two were injured; no one else was hurt' against 'Was anyone killed?'",
    "stance_said_falsely.jsonl": "'Leo Carr falsely claimed that Corvel cut 500 jobs' against 'Did it cut them?'",
    "stance_deadline.jsonl": "'Corvel has until March to pay the fine' against 'Has Corvel paid the fine?'",
    "stance_some_not_all.jsonl": "'Some flights at Tarn airport were cancelled' against 'Were all flights cancelled?'",
    "stance_death_toll.jsonl": "'The death toll from the Tarn floods rose to 50' against 'Did they kill 50 people?'",
    "stance_rumoured.jsonl": "'Corvel is rumoured to have cut 500 jobs' against 'Did Corvel cut 500 jobs?'",
    "stance_reversals.jsonl": "'Corvel reversed its decision to close the Ostby plant' against 'Will it close it?'",
    "stance_forecast_figures.jsonl": "'The death toll could rise to 40' against 'Did the floods kill 40 people?'",
    "stance_rebounds.jsonl": "'shares rebounded on Monday after a sharp fall on Friday' against 'fall on Monday?'",
    "stance_done_wrongly.jsonl": "'Dan Pike was unfairly sacked by Varo Foods' against 'Was Dan Pike sacked by it?'",
    "stance_narrowly.jsonl": "'The Kessford bill narrowly passed by 52 votes to 49' against 'Did the bill pass?'",
    "stance_held_off.jsonl": "'The central bank held off cutting rates on Thursday' against 'Did it cut rates?'",
    "stance_permitted.jsonl": "'The Kessford plant was given the all-clear to reopen' against 'Has it reopened?'",
    "stance_parted.jsonl": "'Kessford Rovers have parted ways with Tom Reyes' against 'Did Tom Reyes leave them?'",
    "stance_stood_down.jsonl": "'Ana Kell stood down as Varo Foods chair' against 'Did she step down as chair?'",
    "stance_notice_and_door.jsonl": "'handed in his notice', 'shown the door' against 'Did he resign?', 'sacked?'",
    "stance_still_in_post.jsonl": "'Kelso Rovers sacked Dean Halloran' against 'Is he still the Kelso manager?'",
    "stance_pulled_out.jsonl": "'Ana Kell pulled out of the Tarn summit' against 'Did Ana Kell attend it?'",
    "stance_held_to_draw.jsonl": "'Kelso Rovers were held to a draw by Ashby' against 'Did Kelso Rovers beat Ashby?'",
    "stance_red_and_black.jsonl": "'Corvel slipped into the red' against 'Did Corvel make a loss?'",
    "stance_lost_seat.jsonl": "'Ana Kell lost her seat at the election' against 'Is Ana Kell still an MP?'",
    "stance_still_in_contest.jsonl": "'Kelso Rovers were knocked out of the cup' against 'Are they still in the cup?'",
    "stance_saved_from.jsonl": "'The Tarn library was saved from closure' against 'Did the Tarn library close?'",
    "stance_withdrew.jsonl": "'The troops pulled out of Halvar' against 'Did the troops leave Halvar?'",
    "stance_other_words.jsonl": "'Corvel sold off Vessen Foods' against 'Did Corvel sell Vessen Foods?'",
    "stance_news_words.jsonl": "'The gunman shot dead the guard' against 'Did the gunman kill the guard?'",
    "stance_same_act.jsonl": "'Kelso Rovers fired their manager' against 'Did Kelso Rovers sack their manager?'",
    "stance_news_words_2.jsonl": "'Corvel pulled the Vessa kettle from shelves' against 'Did Corvel recall it?'",
    "stance_change_size.jsonl": "'Corvel increased its dividend by 10%' against 'Did Corvel increase its dividend?'",
    "stance_news_words_3.jsonl": "'Shares in Corvel slipped 2%' against 'Did shares in Corvel fall?'",
    "stance_courts_and_votes.jsonl": "'Union members voted down the deal' against 'Did the union reject the deal?'",
    "stance_case_against.jsonl": "'Police dropped the charges against Leo Carr' against 'Did police drop the charges?'",
    "stance_someone_else.jsonl": "'Leo Carr resigned on Monday' against 'Did Ana Kell resign?'",
    "stance_against_someone_else.jsonl": "'…the charges against Leo Carr' against '…the charges against Ana Kell?'",
    "stance_postponed.jsonl": "'Tarn put off the vote until March' against 'Did Tarn postpone the vote?'",
    "stance_currencies.jsonl": "'The peso fell against the dollar' against 'Did the peso fall?'",
    "stance_forecasts_changed.jsonl": "'Corvel lowered its profit forecast' against 'Did Corvel cut its forecast?'",
    "stance_criticism_2.jsonl": "'The union blasted the pay offer' against 'Did the union criticise the pay offer?'",
    "stance_reduced.jsonl": "'Tarn cut its emissions by 20%' against 'Did Tarn reduce its emissions?'",
    "stance_verdict_offence.jsonl": "'Tom Reyes was cleared of all charges' against 'Was Tom Reyes cleared?'",
    "stance_cut_passive.jsonl": "'Spending has been slashed by 5%' against 'Has spending been cut?'",
    "stance_freed.jsonl": "'The gunmen released the three hostages' against 'Did the gunmen free the hostages?'",
    "stance_fell_to.jsonl": "'Kelso fell to the insurgents' against 'Did the insurgents take Kelso?'",
    "stance_left_dead.jsonl": "'left three people dead', 'left 14 injured' as killed, injured",
    "stance_damage_only.jsonl": "only damage told ('damaged dozens of buildings') against 'Did it kill anyone?'",
    "stance_captured.jsonl": "'seized control of', 'overran', 'retook' a place as captured, recaptured it",
    "stance_moved_from.jsonl": "'joined Kelso Rovers from Lyle United' against 'Did he leave Lyle United?'",
    "stance_echo.jsonl": "a sentence that states the claim word for word ('Tarn expelled the Lyle ambassador')",
    "stance_expelled.jsonl": "'told four Lyle diplomats to leave the country', 'persona non grata' as expelled",
    "stance_apologies.jsonl": "'said it was sorry for', 'regretted the disruption', 'expressed regret' as apologised",
    "stance_hurt_figures.jsonl": "'Did the strike hurt Corvel's sales?' as 'Did Corvel's sales fall because of it?'",
    "stance_plea_asked.jsonl": "'pleaded guilty to fraud' against 'Did Leo Carr plead guilty?' or 'deny the charges?'",
    "stance_economy_grew.jsonl": "'The Kelso economy expanded by 0.5%' / 'contracted' against 'grow?' / 'shrink?'",
    "stance_elected_with.jsonl": "'elected with 54% of the vote', 'voted out as mayor' against 'elected?', 'lose?'",
    "stance_speaker_not_doer.jsonl": "'Mara Quill said Leo Carr had resigned' against 'Did Mara Quill resign?'",
    "stance_reaction_to_deed.jsonl": "'Ana Kell welcomed Leo Carr's resignation' against 'Did Ana Kell resign?'",
    "stance_diplomatic_steps.jsonl": "'Tarn summoned the Lyle ambassador' against 'Did Tarn expel him?'",
    "stance_reaction_presumes.jsonl": "'condemned the jailing of the journalist' against 'Was the journalist jailed?'",
    "stance_decided_for_later.jsonl": "'voted to demolish the stadium next year' against 'Did they demolish it?'",
    "stance_given_up.jsonl": "'The Kelso festival has been scrapped' against 'Was the Kelso festival cancelled?'",
    "stance_views.jsonl": "'Ana Kell said the plan would work' against 'Does Leo Carr believe it will work?'",
}


def score(name: str) -> dict[str, int]:
    """Right and wrong sides of one set, the model alone and as read."""
    from assistant.answer.answer_kind import is_open_question
    from assistant.answer.context import named_in_context
    from assistant.answer.decide import side
    from assistant.answer.stance import LABELS, NEUTRAL, Stance, load_stance
    from assistant.models import Article

    model = load_stance()
    if model is None:
        raise SystemExit("score_readings: the stance model did not pass its check on this CPU.")
    rows = [json.loads(x) for x in (ROOT / "eval" / name).read_text(encoding="utf-8").splitlines()[1:] if x.strip()]
    raw = model.probabilities([(r["claim"], r["evidence"]) for r in rows])
    alone = [Stance(LABELS[int(p.argmax())], float(p[1]), float(p[2]), float(p[0])) for p in raw]
    read = []
    for r in rows:
        text = r["evidence"]
        if "context" in r:
            text = named_in_context(r["claim"], text, Article("a", "o", "", f"{r['context']}\n\n{text}"))
        read.append(NEUTRAL if is_open_question(r["claim"]) else model.weigh(r["claim"], [text])[0])
    out = {"pairs": len(rows)}
    for key, stances in (("alone", alone), ("read", read)):
        out[f"{key}_right"] = sum(st.label == r["label"] for st, r in zip(stances, rows, strict=True))
        out[f"{key}_wrong"] = sum(side(st) not in (None, r["label"]) for st, r in zip(stances, rows, strict=True))
    return out


def _row(name: str, s: dict[str, int]) -> str:
    alone = f"{s['alone_right']:13d} / {s['alone_wrong']:<17d}"
    return f"{name:34s} {s['pairs']:5d}  {alone} {s['read_right']:9d} / {s['read_wrong']}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", action="append", choices=sorted(SETS), help="one set (repeatable); default all")
    parser.add_argument(
        "--hand", action="store_true", help="the hand-checked news pairs (eval/stance_news_pairs*.jsonl) instead"
    )
    args = parser.parse_args(argv)
    hand = sorted(p.name for p in (ROOT / "eval").glob("stance_news_pairs*.jsonl"))
    total = {"pairs": 0, "alone_right": 0, "alone_wrong": 0, "read_right": 0, "read_wrong": 0}
    print(f"{'set':34s} {'pairs':>5s}  model alone: right / wrong sides   as read: right / wrong sides")
    for name in hand if args.hand else args.set or list(SETS):
        s = score(name)
        total = {k: total[k] + s[k] for k in total}
        print(_row(name, s))
        if name in SETS:
            print(f"  ({SETS[name]})")
    print(_row("all", total))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
