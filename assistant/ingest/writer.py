"""Files -> Articles -> sentence vectors -> the store. Idempotent, per-file errors, crash-safe."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from assistant.errors import ArticleError, IndexStateError
from assistant.index.embedding import Embedder
from assistant.index.records import Manifest, Window
from assistant.index.store import Store, file_lock
from assistant.ingest.chunking import chunk_article
from assistant.ingest.loaders import Defaults, expand, is_url, load_file
from assistant.models import Article, IngestReport

Progress = Callable[[int, int], None]


def manifest_for(embedder: Embedder, window_words: int) -> Manifest:
    return Manifest(model=embedder.name, dim=embedder.dim, window_words=window_words)


@contextmanager
def writer_lock(store: Store, timeout: float = 600.0) -> Iterator[None]:
    """One writer at a time per local index; a second ingest waits, then fails with a clear message. On
    a filesystem without file locks the ingest goes ahead, and says once that nothing stops a second."""
    if store.settings.chroma_host:
        yield
        return
    path = Path(store.settings.index_dir) / ".ingest.lock"
    with contextlib.ExitStack() as held:
        try:
            fh = held.enter_context(file_lock(path, timeout))
        except TimeoutError:
            raise IndexStateError(
                f"Another ingest has held {path} for {timeout:.0f} s; try again when it ends."
            ) from None
        if fh is None:
            print(
                f"factcheck: the filesystem of {path.parent} does not lock files: "
                "run one ingest at a time on this index.",
                file=sys.stderr,
                flush=True,
            )
        else:
            fh.seek(0)
            fh.truncate()
            fh.write(str(os.getpid()))
            fh.flush()
        yield


@dataclass
class _Tally:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    sentences: int = 0

    def report(self) -> IngestReport:
        return IngestReport(
            added=tuple(self.added),
            replaced=tuple(self.replaced),
            unchanged=tuple(self.unchanged),
            errors=tuple(self.errors),
            sentences=self.sentences,
        )


def ingest_articles(
    articles: Iterable[Article | ArticleError],
    store: Store,
    embedder: Embedder,
    window_words: int,
    progress: Progress | None = None,
    batch_articles: int = 64,
) -> IngestReport:
    """Embed and store articles in batches; each batch is committed in three writes (see `_write`).

    A batch is written by one writer thread while the next batch is embedded: the writes use one
    core and the embedder both, and one after the other left a core idle during every write (a
    quarter of the ingest time at ~100k chunks). Batches are still written one at a time and in
    order, so crash safety and "the last copy of an id wins" hold as before."""
    manifest = manifest_for(embedder, window_words)
    store.check(manifest)
    tally = _Tally()
    with writer_lock(store), ThreadPoolExecutor(1, thread_name_prefix="factcheck-write") as writer:
        if store.manifest() is None:
            store.bump(manifest)
        flow = _Flow(store, embedder, window_words, writer, tally, progress)
        try:
            for batch in _batches(articles, batch_articles, tally):
                flow.submit(batch)
            flow.flush()
        except BaseException:
            # What was committed before the failure is published all the same (a new stamp, so readers
            # see it), as far as the failure allows; the failure itself is what the caller hears of.
            with contextlib.suppress(BaseException):
                flow.flush()
            with contextlib.suppress(Exception):
                _publish(store, manifest, tally)
            raise
        _publish(store, manifest, tally)
    return tally.report()


def _batches(articles: Iterable[Article | ArticleError], size: int, tally: _Tally) -> Iterator[list[Article]]:
    """The articles in batches of `size`; errors go to the tally as they come."""
    batch: list[Article] = []
    for item in articles:
        if isinstance(item, ArticleError):
            tally.errors.append(str(item))
            continue
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


@dataclass
class _Flow:
    """One batch embedded while the one before it is written: at most one write in flight."""

    store: Store
    embedder: Embedder
    window_words: int
    writer: ThreadPoolExecutor
    tally: _Tally
    progress: Progress | None
    pending: _Pending | None = None
    done: int = 0

    def submit(self, batch: list[Article]) -> None:
        # The batch in flight is not committed yet; what it will commit counts as stored.
        committing = self.pending.committing() if self.pending else {}
        todo, have = _plan(batch, self.store, self.tally, committing)
        layouts = embed_articles(todo, self.embedder, self.window_words) if todo else []
        self.flush()
        future = self.writer.submit(_write, self.store, todo, layouts)
        self.pending = _Pending(future, todo, layouts, have, len(batch))

    def flush(self) -> None:
        last, self.pending = self.pending, None
        if last is None:
            return
        last.future.result()  # a failed write stops the ingest here, before anything later is written
        last.settle(self.tally)
        self.done += last.size
        if self.progress:
            self.progress(self.done, len(self.tally.errors))


def _publish(store: Store, manifest: Manifest, tally: _Tally) -> None:
    if tally.added or tally.replaced:
        store.bump(manifest)
        # Readers load these instead of re-reading every sentence and every article record (caches.py).
        from assistant.index.caches import build_lexical, build_outlets

        build_lexical(store)
        build_outlets(store)


@dataclass(frozen=True)
class _Pending:
    """A batch handed to the writer: what it writes, and what the tally learns once it is written."""

    future: Future[None]
    todo: list[tuple[Article, str]]
    layouts: list[list[Window]]
    had: dict[str, str]
    size: int

    def committing(self) -> dict[str, str]:
        return {a.id: h for a, h in self.todo}

    def settle(self, tally: _Tally) -> None:
        for (a, _), ws in zip(self.todo, self.layouts, strict=True):
            (tally.replaced if a.id in self.had else tally.added).append(a.id)
            tally.sentences += sum(len(w.sentences) for w in ws)


def _plan(
    batch: list[Article], store: Store, tally: _Tally, in_flight: dict[str, str]
) -> tuple[list[tuple[Article, str]], dict[str, str]]:
    """The versions of this batch that are not stored yet, and the stored hashes it was checked against."""
    # The last copy of an id in one batch wins, as it would across batches.
    unique = list({a.id: a for a in batch}.values())
    ids = [a.id for a in unique]
    have = store.article_hashes(ids)
    have.update((i, in_flight[i]) for i in ids if i in in_flight)
    todo: list[tuple[Article, str]] = []
    for a in unique:
        h = a.content_hash
        if have.get(a.id) == h:
            tally.unchanged.append(a.id)
        else:
            todo.append((a, h))
    return todo, have


def _write(store: Store, todo: list[tuple[Article, str]], layouts: list[list[Window]]) -> None:
    # Crash safety holds per batch as it did per article: every window is written first, then the
    # article records (the commit), then older versions' windows; three calls instead of three per
    # article (at 25 ms a call, per-article writes were a quarter of the ingest time).
    if not todo:
        return
    store.ensure_room([a for a, _ in todo], sum(len(w.sentences) for ws in layouts for w in ws))
    with store.guarded():
        store.add_windows([w for ws in layouts for w in ws])
        store.commit_articles(todo, layouts)
        store.delete_stale_many([(a.id, h) for a, h in todo])


def embed_articles(
    versions: Sequence[tuple[Article, str]], embedder: Embedder, window_words: int
) -> list[list[Window]]:
    """Each (article, content hash)'s windows, with one vector per sentence, embedded together."""
    texts, spans, owners = [], [], []
    for k, (a, _) in enumerate(versions):
        for c in chunk_article(a, window_words):
            texts.append(c.text)
            spans.append([(s.start - c.start, s.end - c.start) for s in c.sentences])
            owners.append((k, c))
    vectors = embedder.embed_windows(texts, spans)
    layouts: list[list[Window]] = [[] for _ in versions]
    for (k, c), vecs in zip(owners, vectors, strict=True):
        a, h = versions[k]
        layouts[k].append(Window(a.id, h, tuple((s.start, s.end) for s in c.sentences), vecs))
    return layouts


def load_paths(paths: Iterable[str | Path], defaults: Defaults = Defaults()) -> Iterator[Article | ArticleError]:
    """The articles of files, folders and, only where the user gave one, web addresses (a page or a feed)."""
    for raw in paths:
        if is_url(raw):
            from assistant.ingest.web import load_url  # the only network access, and only for a URL the user passed

            yield from load_url(raw, defaults)
            continue
        for item in expand([raw]):
            if isinstance(item, ArticleError):
                yield item
            else:
                yield from load_file(item, defaults)


def ingest_paths(
    paths: Iterable[str | Path],
    store: Store,
    embedder: Embedder,
    window_words: int,
    defaults: Defaults = Defaults(),
    progress: Progress | None = None,
) -> IngestReport:
    return ingest_articles(load_paths(paths, defaults), store, embedder, window_words, progress)
