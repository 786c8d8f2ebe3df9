"""The BM25 index and the outlet table, each built once per state of the index and cached (the BM25
index also saved beside a local index, so the next process loads it)."""

from __future__ import annotations

import threading
from pathlib import Path

from assistant.index.lexical import Lexical
from assistant.index.store import Store

LEXICAL_PREFIX = "lexical-"


def lexical_file(store: Store, stamp: str) -> Path | None:
    """Where a local index keeps its BM25 index for one state (none for a Chroma server)."""
    if store.settings.chroma_host:
        return None
    return Path(store.settings.index_dir) / f"{LEXICAL_PREFIX}{stamp}.npz"


def build_lexical(store: Store) -> Lexical:
    """BM25 over the committed sentences, saved beside a local index under the store's stamp
    (older files removed), so that the next process loads it instead of rebuilding it."""
    stamp = store.stamp()
    index = Lexical(store.committed_sentences())
    path = lexical_file(store, stamp)
    if path is not None and path.parent.is_dir():
        try:
            index.save(path)
            for old in path.parent.glob(f"{LEXICAL_PREFIX}*.npz"):
                if old != path:
                    old.unlink(missing_ok=True)
        except OSError:
            pass  # a read-only index folder: the index is still good, in memory
    return index


class LexicalCache:
    """The BM25 index over committed sentences: loaded from disk when saved for the store's current
    stamp, else built (and saved); rebuilt when the stamp changes."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stamp: str | None = None
        self._index: Lexical | None = None

    def get(self, store: Store) -> Lexical:
        stamp = store.stamp()
        with self._lock:
            if self._index is None or stamp != self._stamp:
                path = lexical_file(store, stamp)
                index = None
                if path is not None and path.is_file():
                    try:
                        index = Lexical.load(path)
                    except Exception:  # truncated (BadZipFile), flipped bytes, bad shapes: rebuilt below
                        index = None
                self._index = index if index is not None else build_lexical(store)
                self._stamp = stamp
            return self._index


class OutletCache:
    """Each article's outlet and date, read once per state of the index (for questions scoped to an
    outlet or a time)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stamp: str | None = None
        self._articles: tuple[tuple[str, str, str | None], ...] = ()
        self._by_outlet: dict[str, tuple[str, ...]] = {}

    def get(self, store: Store) -> dict[str, tuple[str, ...]]:
        """outlet -> its article ids."""
        self.articles(store)
        return self._by_outlet

    def articles(self, store: Store) -> tuple[tuple[str, str, str | None], ...]:
        """(id, outlet, published) of every article."""
        stamp = store.stamp()
        with self._lock:
            if stamp != self._stamp:
                self._articles = tuple((a.id, a.outlet, a.published) for a in store.list_articles())
                by: dict[str, list[str]] = {}
                for i, outlet, _ in self._articles:
                    by.setdefault(outlet, []).append(i)
                self._by_outlet = {k: tuple(v) for k, v in by.items()}
                self._stamp = stamp
            return self._articles
