"""Who is quoted: table-driven over the attribution patterns news copy uses."""

from __future__ import annotations

import pytest

from assistant.speakers import speaker_at, speaker_in

CASES = [
    ("“We will not go,” Ana Kovac told reporters.", "Ana Kovac"),
    ("“We will not go,” said Mayor Tomas Reyl.", "Mayor Tomas Reyl"),
    ("Stoltenberg also reportedly said NATO will not send troops.", "Stoltenberg"),
    ("The U.S. Secretary of State said last week that talks would go on.", "U.S. Secretary of State"),
    ("However, Stoltenberg, in the same interview, stressed that NATO is not ready.", "Stoltenberg"),
    ("According to Priya Lal, the plan was approved.", "Priya Lal"),
    ("The bridge opened on Monday.", None),
    ("It was a long day in Brinwick.", None),
]


@pytest.mark.parametrize("sentence,who", CASES)
def test_speaker_in_sentence(sentence, who):
    """The named speaker, or None when nobody is quoted."""
    assert speaker_in(sentence) == who


def test_pronoun_takes_the_last_named_speaker():
    """'he added' is credited to the speaker named in the sentences before it."""
    text = "Mayor Oona Brant said the market hall would reopen. “It will be busy,” he added."
    start = text.index("“It")
    assert speaker_at(text, start, len(text)) == "Mayor Oona Brant"
