"""The BM25 index and the outlet table, each built once per state of the index and cached; both are
also saved beside a local index under the state's stamp, so that a new process loads one file each
instead of re-reading every sentence or every article record (seconds, on a large index) before it
can answer."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from assistant.hashing import read_record, write_record
from assistant.index.lexical import Lexical
from assistant.index.store import Store

LEXICAL_PREFIX = "lexical-"
OUTLETS_PREFIX = "outlets-"

# (article id, outlet, published date or None)
ArticleRow = tuple[str, str, str | None]
T = TypeVar("T")


def _sidecar(store: Store, prefix: str, suffix: str, stamp: str) -> Path | None:
    """Where a local index keeps a file derived from one state (none for a Chroma server)."""
    if store.settings.chroma_host:
        return None
    return Path(store.settings.index_dir) / f"{prefix}{stamp}{suffix}"


def lexical_file(store: Store, stamp: str) -> Path | None:
    return _sidecar(store, LEXICAL_PREFIX, ".npz", stamp)


def outlets_file(store: Store, stamp: str) -> Path | None:
    return _sidecar(store, OUTLETS_PREFIX, ".json", stamp)


def _save_pruning(path: Path | None, prefix: str, save: Callable[[Path], None]) -> None:
    """Save to `path` and remove the files of earlier states; a read-only index folder keeps what is
    in memory, which is still good."""
    if path is None or not path.parent.is_dir():
        return
    try:
        save(path)
        for old in path.parent.glob(f"{prefix}*{path.suffix}"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass


def _loaded(path: Path | None, load: Callable[[Path], T]) -> T | None:
    if path is None or not path.is_file():
        return None
    try:
        return load(path)
    except Exception:  # truncated, flipped bytes, bad shapes or fields: the caller rebuilds it
        return None


def build_lexical(store: Store) -> Lexical:
    """BM25 over the committed sentences, saved under the store's stamp (see the module's doc)."""
    stamp = store.stamp()
    index = Lexical(store.committed_sentences())
    _save_pruning(lexical_file(store, stamp), LEXICAL_PREFIX, index.save)
    return index


def _load_rows(path: Path) -> tuple[ArticleRow, ...]:
    rows = read_record(path).get("articles")
    if not isinstance(rows, list) or not all(
        isinstance(r, list)
        and len(r) == 3
        and isinstance(r[0], str)
        and isinstance(r[1], str)
        and (r[2] is None or isinstance(r[2], str))
        for r in rows
    ):
        raise ValueError(f"{path}: not a table of (id, outlet, published)")
    return tuple((r[0], r[1], r[2]) for r in rows)


def build_outlets(store: Store) -> tuple[ArticleRow, ...]:
    """(id, outlet, published) of every article, saved under the store's stamp."""
    stamp = store.stamp()
    rows = tuple((a.id, a.outlet, a.published) for a in store.list_articles())
    _save_pruning(outlets_file(store, stamp), OUTLETS_PREFIX, lambda p: write_record(p, {"articles": rows}))
    return rows


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
                index = _loaded(lexical_file(store, stamp), Lexical.load)
                self._index = index if index is not None else build_lexical(store)
                self._stamp = stamp
            return self._index


class OutletCache:
    """Each article's outlet and date (for questions scoped to an outlet or a time): loaded from disk
    when saved for the store's current stamp, else read from the article records (and saved)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._stamp: str | None = None
        self._articles: tuple[ArticleRow, ...] = ()
        self._by_outlet: dict[str, tuple[str, ...]] = {}

    def get(self, store: Store) -> dict[str, tuple[str, ...]]:
        """outlet -> its article ids."""
        self.articles(store)
        return self._by_outlet

    def articles(self, store: Store) -> tuple[ArticleRow, ...]:
        """(id, outlet, published) of every article."""
        stamp = store.stamp()
        with self._lock:
            if stamp != self._stamp:
                rows = _loaded(outlets_file(store, stamp), _load_rows)
                self._articles = rows if rows is not None else build_outlets(store)
                by: dict[str, list[str]] = {}
                for i, outlet, _ in self._articles:
                    by.setdefault(outlet, []).append(i)
                self._by_outlet = {k: tuple(v) for k, v in by.items()}
                self._stamp = stamp
            return self._articles
