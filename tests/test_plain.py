"""The plain statement a reported sentence makes, which the stance model reads beside the sentence.

Sentences from reporting on stories other than the seeds; each frame that comes off, and each that must
stay because it changes what is asserted."""

from __future__ import annotations

import pytest

from assistant.answer.plain import plain


@pytest.mark.parametrize(
    ("sentence", "statement"),
    [
        (
            "However, the mayor, in the same interview, stressed that the city is “not ready to compromise”.",
            "The city is not ready to compromise.",
        ),
        (
            "League chief executive Dana Holt has said that the competition has no plans to add referees.",
            "The competition has no plans to add referees.",
        ),
        (
            "The U.S. trade representative said last week that Washington has refused the tariff cut.",
            "Washington has refused the tariff cut.",
        ),
        (
            '"The school will not close the library," head teacher Anna Reed told the local radio station.',
            "The school will not close the library.",
        ),
        ("The library will stay open, said the council’s leader in a statement.", "The library will stay open."),
        ("Prices rose 5% in March, the statistics office reported on Tuesday.", "Prices rose 5% in March."),
        ("The trust said it had not paid any ransom.", "The trust had not paid any ransom."),
        ('The coach said: "We will not sell him."', "We will not sell him."),
        ("In addition, the ministry has repeatedly stressed that the plant is safe.", "The plant is safe."),
        (
            "Talks on fishing quotas, held in Oslo in May, ended without a deal.",
            "Talks on fishing quotas ended without a deal.",
        ),
        (
            "The recall will cost up to £8 million, its finance director, Priya Nair, said on Saturday.",
            "The recall will cost up to £8 million.",
        ),
        ("The data of 48,000 patients was taken, TechWatch has learned.", "The data of 48,000 patients was taken."),
        ("The plant, which opened in 2019, will close in May, the company said.", "The plant will close in May."),
        # a closing clause that only says what was not said
        ("The council rejected the plan, but gave no further details.", "The council rejected the plan."),
        ("Police arrested a man on Friday but declined to name him.", "Police arrested a man on Friday."),
        ("The firm has cut 200 jobs, but did not say which sites would be affected.", "The firm has cut 200 jobs."),
        (
            "The council rejected the plan; the firm did not respond to a request for comment.",
            "The council rejected the plan.",
        ),
        ("The mayor resigned, not for the first time.", "The mayor resigned."),
    ],
)
def test_an_attribution_frame_comes_off(sentence, statement):
    assert plain(sentence) == statement


@pytest.mark.parametrize(
    "sentence",
    [
        "No official has said that troops will be sent.",  # a negated head: nothing is asserted
        "The minister denied that taxes would rise.",
        "The mayor didn't say that the bridge would close.",
        "Officials said the bridge would close in May, but residents said it would not.",  # the tail disagrees
        "The bridge will close, officials said, although residents disagree.",
        "A spokesperson for the ministry said it was too early to say.",  # an empty "it" stands for no one
        "The council voted to close the bridge in May.",  # no frame at all
        "The council, meanwhile, voted to close the bridge.",  # a connective mid-sentence is no aside
        # a speech verb with a clause of its own after it, or a head with one: no attribution to take off
        "In an emailed statement, the school said the crisis team is on standby.",
        "The plant will close, the company said the workers were told.",
        "Howard came back and said he has a new guest.",
        "As the talks went on, the minister said that a deal was close.",
        "The firm has not cut jobs, but did not rule out cuts next year.",  # that clause says something
    ],
)
def test_a_frame_that_changes_what_is_asserted_stays(sentence):
    assert plain(sentence) == sentence


@pytest.mark.parametrize(
    ("claim", "sentence", "read_as"),
    [
        (
            "Did the council close the bridge?",
            "The council closed the bridge on Monday, and no one was hurt.",
            "The council closed the bridge on Monday.",
        ),
        (
            "Did the council close the bridge?",
            "The council closed the bridge, though the reasons were not clear.",
            "The council closed the bridge.",
        ),
        # the clause is about what the claim asks: it stays
        ("Was anyone hurt?", "The council closed the bridge on Monday, and no one was hurt.", None),
        (
            "Did the council close the bridge?",
            "The council closed the bridge, while the mayor reopened the bridge.",
            None,
        ),
    ],
)
def test_a_closing_clause_the_claim_shares_no_word_with_is_read_without(claim, sentence, read_as):
    from assistant.answer.plain import without_unrelated_clause

    assert without_unrelated_clause(claim, sentence) == (read_as or sentence)
