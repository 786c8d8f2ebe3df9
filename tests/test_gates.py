"""The missing-name gate abstains only when the sources are silent: dates, aliases, units, headline case,
chemical formulas and outlet names no longer count as missing names (text from outlets other than the seeds)."""

from __future__ import annotations

import numpy as np
import pytest

from assistant.answer.gates import absent_names, named_terms
from assistant.answer.retrieve import Scored
from assistant.answer.scope import outlet_scope
from assistant.models import Article, Evidence

ART = Article(
    id="x",
    outlet="The Verge",
    title="Heat record broken in Sicily",
    text=(
        "Temperatures reached 48.8 °C in Sicily on 11 Aug 2021, a European record, the U.S. weather agency "
        "said. Concentrations of CO 2 passed 420 ppm, according to the United Nations."
    ),
)


def _scored() -> list[Scored]:
    ev = Evidence(article=ART, start=0, end=40, score=1.0, dense=1.0, lexical=0.0)
    return [Scored(ev, np.zeros(3, np.float32))]


@pytest.mark.parametrize(
    "question",
    [
        "Did Sicily reach 48.8 Celsius in August?",  # unit alias, month
        "Did the US weather agency report the record?",  # US / U.S.
        "Did an American weather agency report the record?",  # American / U.S., the other way round
        "Did the UN say CO2 passed 420 ppm?",  # UN / United Nations, CO2 / CO 2
        "Does the Verge article say Sicily broke a record?",  # the outlet is metadata
        "Heat Record Approximately Broken In Sicily On Monday?",  # headline case
    ],
)
def test_names_the_sources_do_carry_are_not_missing(question):
    assert absent_names(question, _scored()) == []


def test_a_short_question_about_a_name_is_no_headline():
    """Title Case leaves only a headline's small words in lower case; "is" is not one of them."""
    assert named_terms("Who is Rory Bannerman?") == ["Rory", "Bannerman"]
    assert named_terms("Heat Record Broken in Sicily on Monday") == []


def test_a_name_the_sources_never_carry_is_missing():
    assert absent_names("What did Macron say about the Sicily heat record?", _scored()) == ["Macron"]


def test_aliases_hold_either_way_round_and_only_within_their_group():
    art = Article(
        id="y", outlet="Business Daily", title="Airline cuts", text="Kestrel Air will cut 1,200 jobs in the U.K."
    )
    ev = [Scored(Evidence(article=art, start=0, end=20, score=1.0, dense=1.0, lexical=0.0), np.zeros(3, np.float32))]
    assert absent_names("Is Kestrel Air cutting jobs in Britain?", ev) == []
    assert absent_names("Is Kestrel Air cutting jobs in the United Kingdom?", ev) == []
    # "Britain" stands for the U.K., "America" does not.
    assert absent_names("Is Kestrel Air cutting jobs in America?", ev) == ["America"]


def test_an_acronym_matches_its_name_spelt_out_either_way_round():
    art = Article(
        id="z",
        outlet="Radio North",
        title="Ferry inquiry",
        text="The Marine Accident Investigation Branch has opened an inquiry, and the NHS said two were treated.",
    )
    ev = [Scored(Evidence(article=art, start=0, end=60, score=1.0, dense=1.0, lexical=0.0), np.zeros(3, np.float32))]
    assert absent_names("Has the MAIB opened an inquiry?", ev) == []
    assert absent_names("Did the National Health Service treat anyone?", ev) == []
    # Initials of other words, or of another name, are no match.
    assert absent_names("Has the RNLI opened an inquiry?", ev) == ["RNLI"]
    missing = absent_names("Did the National Coastwatch Institution see it?", ev)
    assert missing == ["National", "Coastwatch", "Institution"]


def test_dates_are_not_names():
    assert named_terms("Did it happen in January or on Monday, per Reuters?") == ["Reuters"]


OUTLETS = ["RT", "Reuters", "The Times", "The Verge", "Valley Courier", "24hoursworlds.com", "Al Mayadeen English"]


@pytest.mark.parametrize(
    ("question", "scope"),
    [
        ("According to RT, did NATO rule out troops?", "RT"),
        ("Did NATO rule out troops, per Reuters?", "Reuters"),
        ("Does the Verge article say Sicily broke a record?", "The Verge"),
        ("What did the valley courier report about the Elm bridge?", "Valley Courier"),
        ("What did 24hoursworlds.com report on Lavrov?", "24hoursworlds.com"),
        ("Did Reuters say the talks failed?", "Reuters"),
        ("Did NATO rule out troops?", None),
        ("Did RT's editor resign?", None),  # the outlet as the subject, not the source
        ("What did Lavrov say in the times of crisis?", None),  # a common word, not The Times
        ("Did the rt say so?", None),  # a short capitalised name only as written
        ("Did she say it on Reuters TV in the Verge of a crisis?", None),  # "in"/"on" NAME is no scope
    ],
)
def test_a_question_names_the_outlet_it_asks_about(question, scope):
    assert outlet_scope(question, OUTLETS) == scope


def test_periods_named_in_a_question_are_counted_from_today():
    from datetime import date

    from assistant.answer.scope import check_date, in_period, relative_dates

    today = date(2026, 12, 1)  # a Tuesday
    assert relative_dates("What did NATO say this week?", today) == ("2026-11-30", "2026-12-01", "this week")
    assert relative_dates("Any news from last month?", today)[:2] == ("2026-11-01", "2026-11-30")
    assert relative_dates("What happened yesterday?", today)[:2] == ("2026-11-30", "2026-11-30")
    assert relative_dates("Did NATO rule out troops?", today) == (None, None, None)
    assert in_period("2025-03-02", None, "2025-03-02") and not in_period("2025-03-03", None, "2025-03-02")
    assert in_period("2025-03-31", "2025-03", "2025-03") and not in_period(None, "2025", None)
    assert check_date("2025-03", "since") == "2025-03"
    for bad in ("2025-13", "March 2025", "2025-02-30", "25-03-01"):
        with pytest.raises(Exception, match="is not a date"):
            check_date(bad, "since")
