"""The fact-check chain as LangChain Runnables: prepare | retrieve | compose | verify."""

from __future__ import annotations

import logging
import operator
import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import reduce
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.answer.compose import from_evidence
from assistant.answer.gather import gather
from assistant.answer.questions import prepare
from assistant.answer.scope import (
    check_date,
    turn_for,
)
from assistant.answer.stance import StanceModel, load_stance
from assistant.answer.turn import Composing, Turn
from assistant.answer.verify import enforce
from assistant.answer.weigh import weigh
from assistant.errors import BadInputError
from assistant.index.caches import LexicalCache, OutletCache
from assistant.index.embedding import Embedder, load_embedder
from assistant.index.store import Store
from assistant.ingest.loaders import Defaults
from assistant.ingest.seeding import seed_if_empty
from assistant.ingest.writer import Progress, ingest_paths, manifest_for
from assistant.models import Answer, Article, Evidence, IngestReport
from assistant.settings import Settings, offline_defaults

if TYPE_CHECKING:
    from assistant.llm.prose import ModelComposer

log = logging.getLogger(__name__)


class Assistant:
    """One index, one embedding model, one chain. Each outside thing can be injected."""

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        store: Store | None = None,
        embedder: Embedder | None = None,
        composer: Callable[[Turn, Composing], Answer] | None = None,
        llm: Any = None,
        stance: StanceModel | None = None,
    ) -> None:
        """`llm`: a LangChain chat model to write prose answers and rewrite follow-ups, in place of
        the one `settings.llm` names. `composer` replaces answer writing altogether."""
        offline_defaults()
        self.settings = settings or Settings.from_env()
        self._store = store
        self._embedder = embedder
        self._stance = stance
        self._stance_loaded = stance is not None
        self._lexical = LexicalCache()
        self._outlets = OutletCache()
        self._composer = composer
        self._model = _model_composer(self.settings, llm)
        self._lock = threading.Lock()
        self._chain: Any = None
        self._variants: dict[str | None, Assistant] = {}
        self._has_articles = False

    @property
    def store(self) -> Store:
        if self._store is None:
            with self._lock:
                if self._store is None:
                    self._store = Store(self.settings)
        return self._store

    @property
    def embedder(self) -> Embedder:
        if self._embedder is None:
            with self._lock:
                if self._embedder is None:
                    self._embedder = load_embedder(self.settings)
        return self._embedder

    @property
    def stance(self) -> StanceModel | None:
        """The stance model (None when switched off, or not exact enough on this CPU)."""
        if not self._stance_loaded:
            with self._lock:
                if not self._stance_loaded:
                    self._stance = load_stance() if self.settings.stance else None
                    self._stance_loaded = True
        return self._stance

    def ensure_index(self) -> None:
        """Build the index from seeds/ on first use; refuse an index built another way."""
        self.store.check(manifest_for(self.embedder, self.settings.window_words))
        if not self._has_articles:  # counting costs 4 ms at 37k articles, on every answer
            self._has_articles = seed_if_empty(self.store, self.embedder, self.settings)

    def ingest(
        self, paths: Sequence[str | Path], defaults: Defaults = Defaults(), progress: Progress | None = None
    ) -> IngestReport:
        return ingest_paths(paths, self.store, self.embedder, self.settings.window_words, defaults, progress)

    def with_llm(self, llm: str | None) -> Assistant:
        """This assistant with another language model setting (None: extractive), sharing the index,
        the embedding model and the lexical index; one per setting, kept. For a UI's model picker."""
        if llm == self.settings.llm:
            return self
        store, embedder, stance = self.store, self.embedder, self.stance  # each loads under the lock below
        with self._lock:
            if llm not in self._variants:
                other = Assistant(replace(self.settings, llm=llm), store=store, embedder=embedder)
                other._stance, other._stance_loaded = stance, True
                other._lexical = self._lexical
                other._outlets = self._outlets
                self._variants[llm] = other
            return self._variants[llm]

    def articles(self, ids: Sequence[str]) -> dict[str, Article]:
        return {i: a for i, (_, a) in self.store.get_articles(ids).items()}

    def _prepare(self, turn: Turn) -> Turn:
        return prepare(turn, self._model.condense if self._model is not None else None)

    def _retrieve(self, turn: Turn) -> Turn:
        self.ensure_index()
        return gather(turn, self.store, self.embedder, self._lexical.get(self.store), self._outlets, self.settings)

    def _weigh(self, turn: Turn) -> Turn:
        return weigh(turn, self.stance, prose=self._composer is not None or self._model is not None)

    def _compose(self, turn: Turn) -> Turn:
        write = self._composer or self._model or from_evidence
        ans = write(turn, self)
        return replace(turn, answer=replace(ans, notices=turn.notices + ans.notices))

    def _verify(self, turn: Turn) -> Answer:
        assert turn.answer is not None
        return enforce(turn.answer, self.articles)

    @property
    def chain(self) -> Any:
        if self._chain is None:
            from langchain_core.runnables import RunnableLambda

            steps = (self._prepare, self._retrieve, self._weigh, self._compose, self._verify)
            self._chain = reduce(operator.or_, (RunnableLambda(f, name=f.__name__.lstrip("_")) for f in steps))
        return self._chain

    def evidence(self, question: str, *, since: str | None = None, until: str | None = None) -> tuple[Evidence, ...]:
        """The evidence sentences `answer()` would weigh for this question, best first, with their stances:
        the chain up to the answer, for retrievers and tools."""
        weighed = self._weigh(self._retrieve(self._prepare(turn_for(question, since=since, until=until))))
        return tuple(s.evidence for s in weighed.evidence)

    def as_retriever(self, k: int | None = None, *, since: str | None = None, until: str | None = None) -> Any:
        """A LangChain retriever (BaseRetriever) of evidence sentences, each a Document with outlet, title,
        url, published, source, start, end, speaker and stance in its metadata; for a user's own LCEL chain.
        `k`: at most this many (default: the setting FACTCHECK_MAX_EVIDENCE)."""
        from assistant.answer.retriever import EvidenceRetriever

        since, until = check_date(since, "since"), check_date(until, "until")
        return EvidenceRetriever(find=self.evidence, k=k or self.settings.max_evidence, since=since, until=until)

    @property
    def runnable(self) -> Any:
        """The fact-check chain as a Runnable over plain input: a question string, or a dict with
        "question" and optionally "history", "since", "until". `invoke` / `batch` / `stream` give `Answer`s
        (the answer is verified whole before it is shown, so `stream` yields it as one chunk)."""
        from langchain_core.runnables import RunnableLambda

        return RunnableLambda(_turn_of, name="question") | self.chain

    def answer(
        self,
        question: str,
        *,
        history: Sequence[Any] | None = None,
        since: str | None = None,
        until: str | None = None,
        as_of: str | None = None,
    ) -> Answer:
        """`since` / `until`: search only articles published in that period (YYYY[-MM[-DD]], inclusive).
        `as_of` (YYYY-MM-DD): the day "this week", "yesterday"… count from (default: the newest article's)."""
        result: Answer = self.chain.invoke(turn_for(question, history, since, until, as_of))
        return result


def _turn_of(given: Any) -> Turn:
    """A chain input (a question string or a dict of question, history, since, until, as_of) as a Turn."""
    if isinstance(given, Turn):
        return given
    if isinstance(given, str):
        return Turn(question=given)
    if isinstance(given, dict) and "question" in given:
        unknown = set(given) - {"question", "history", "since", "until", "as_of"}
        if unknown:
            keys = ", ".join(sorted(map(str, unknown)))
            raise BadInputError(f"Unknown input key(s) {keys}: the chain takes question, history, since, until, as_of.")
        return turn_for(
            given["question"], given.get("history"), given.get("since"), given.get("until"), given.get("as_of")
        )
    raise BadInputError("Give the chain a question (a string) or a dict with a 'question' key.")


def _model_composer(settings: Settings, llm: Any) -> ModelComposer | None:
    """The language-model composer: for `llm` (a LangChain chat model) when given, else for the model
    `settings.llm` names, else none. A malformed setting fails here, as one sentence; an unreachable
    model fails per answer."""
    if llm is None and not settings.llm:
        return None
    from assistant.llm.prose import ModelComposer

    if llm is not None:
        return ModelComposer.from_chat(settings, llm, name=type(llm).__name__)
    return ModelComposer(settings)


_DEFAULTS: dict[Settings, Assistant] = {}
_DEFAULTS_LOCK = threading.Lock()


def default_assistant(settings: Settings | None = None) -> Assistant:
    """One Assistant per settings per process, so the model and index load once."""
    settings = settings or Settings.from_env()
    with _DEFAULTS_LOCK:
        if settings not in _DEFAULTS:
            _DEFAULTS[settings] = Assistant(settings)
        return _DEFAULTS[settings]


def answer(
    question: str,
    *,
    history: Sequence[Any] | None = None,
    settings: Settings | None = None,
    since: str | None = None,
    until: str | None = None,
    as_of: str | None = None,
) -> Answer:
    """Answer a question from the index (built from seeds/ on first use), every quote verified; only from
    articles published between `since` and `until` (YYYY[-MM[-DD]], inclusive) when given; "this week"
    and the like counted from `as_of` (YYYY-MM-DD; default: the newest article's date)."""
    return default_assistant(settings).answer(question, history=history, since=since, until=until, as_of=as_of)
