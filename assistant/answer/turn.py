"""The state that flows through the chain, and what a composer may use of the assistant."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from assistant.answer.retrieve import Scored
from assistant.answer.stance import StanceModel
from assistant.models import Answer
from assistant.settings import Settings


class Counts(Protocol):
    def count(self) -> int: ...


class Composing(Protocol):
    """What a composer (`Assistant(composer=...)`, the language-model composer) reads of the assistant:
    its settings, the index (to count its articles) and the stance model (None when off)."""

    @property
    def settings(self) -> Settings: ...

    @property
    def store(self) -> Counts: ...

    @property
    def stance(self) -> StanceModel | None: ...


@dataclass(frozen=True)
class Turn:
    """The state that flows through the chain."""

    question: str
    history: tuple[Any, ...] = ()
    query: str = ""
    evidence: tuple[Scored, ...] = ()
    answer: Answer | None = None
    notices: tuple[str, ...] = field(default=())
    # Names the question gives that no article behind the evidence mentions: such a claim can be
    # refuted by the sources, never supported by them.
    missing: tuple[str, ...] = ()
    # Only articles published in [since, until] (YYYY[-MM[-DD]], inclusive) are searched.
    since: str | None = None
    until: str | None = None
    # The day "today", "this week", "last month"… in a question count from: the newest article's date
    # unless given (a corpus of last year's news asked "this week" means that corpus's last week).
    as_of: str | None = None
    # What the evidence is weighed against: the query without the outlet it is scoped to.
    claim: str = ""
    # For a question about a role ("What did the health secretary say…"): who the retrieved articles
    # give that role to (`answer_kind.with_holders`), found once by the retrieve step.
    holders: tuple[str, ...] = ()
