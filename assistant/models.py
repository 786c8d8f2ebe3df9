"""The typed objects that pass between modules. Each links back to its source article."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from assistant.hashing import digest

Verdict = Literal["supported", "refuted", "contested", "unclear", "not_in_sources"]
VERDICTS: tuple[str, ...] = ("supported", "refuted", "contested", "unclear", "not_in_sources")


def band(confidence: float) -> str:
    """How a verdict's confidence is shown in words."""
    return "high" if confidence >= 0.9 else "medium" if confidence >= 0.75 else "low"


@dataclass(frozen=True)
class Article:
    """One news article. `text` is the cleaned text that every offset refers to."""

    id: str
    outlet: str
    title: str
    text: str
    published: str | None = None
    url: str | None = None
    original_source: str | None = None
    path: str | None = None
    # Set for articles added through the web UI: who added it and when (UTC). Its outlet is the
    # uploader's word, not a feed's, and readers are shown so.
    uploaded_by: str | None = None
    uploaded_at: str | None = None

    @property
    def content_hash(self) -> str:
        return digest(
            self.id,
            self.outlet,
            self.title,
            self.published or "",
            self.url or "",
            self.original_source or "",
            self.text,
        )


@dataclass(frozen=True)
class Span:
    """A half-open character range [start, end) of an article's cleaned text."""

    start: int
    end: int


@dataclass(frozen=True)
class Chunk:
    """A window of consecutive sentences embedded together, so each sentence vector sees its context."""

    article_id: str
    start: int
    end: int
    text: str
    sentences: tuple[Span, ...]


@dataclass(frozen=True)
class Sentence:
    """The unit the index stores and retrieves: one sentence of one article."""

    id: str
    article_id: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Evidence:
    """A retrieved sentence with its article and how well it matches the question."""

    article: Article
    start: int
    end: int
    score: float
    dense: float
    lexical: float
    speaker: str | None = None
    # How the sentence stands toward the question (assistant/stance.py): supports, refutes, neither;
    # None where no stance model ran. `stance_p` is the model's probability of that label.
    stance: str | None = None
    stance_p: float | None = None

    @property
    def text(self) -> str:
        return self.article.text[self.start : self.end]


@dataclass(frozen=True)
class Citation:
    """One marker of an answer: a verbatim quote from one article of one outlet."""

    n: int
    outlet: str
    title: str
    url: str | None
    published: str | None
    source: str
    quote: str
    start: int
    end: int
    speaker: str | None = None
    stance: str | None = None
    stance_p: float | None = None
    uploaded_by: str | None = None
    uploaded_at: str | None = None


@dataclass(frozen=True)
class Claim:
    """One statement of an answer and the outlets that carry it (one citation per outlet): the same
    thing said with the same polarity and the same stance toward the question."""

    text: str
    citations: tuple[int, ...]
    outlets: tuple[str, ...]
    stance: str | None = None
    # The independent origins among those outlets (a wire story and its reprints are one), by name.
    origins: tuple[str, ...] = ()


@dataclass(frozen=True)
class Answer:
    """What `answer()` returns. `text` is markdown with [n] markers that refer to `citations`."""

    question: str
    verdict: Verdict
    text: str
    citations: tuple[Citation, ...]
    claims: tuple[Claim, ...] = ()
    query: str = ""
    notices: tuple[str, ...] = ()
    dropped: tuple[str, ...] = ()
    settings: dict[str, Any] = field(default_factory=dict)
    # How sure the verdict is (0-1; `band`: high / medium / low), and the outlets on each side.
    confidence: float | None = None
    supporting: tuple[str, ...] = ()
    refuting: tuple[str, ...] = ()

    @property
    def band(self) -> str | None:
        return None if self.confidence is None else band(self.confidence)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def to_claimreview(
        self, author: str | None = None, *, author_url: str | None = None, date: str | None = None
    ) -> dict[str, Any]:
        """This answer as schema.org ClaimReview JSON-LD (`json.dumps` it into a page's
        <script type="application/ld+json">): `author` the publishing organisation, `date` the review's
        date (default: today, UTC)."""
        from assistant.export import claim_review

        return claim_review(self, author=author, author_url=author_url, date=date)


@dataclass(frozen=True)
class IngestReport:
    """What one ingest run did, per article and per failed file."""

    added: tuple[str, ...] = ()
    replaced: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    errors: tuple[str, ...] = ()
    sentences: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors
