"""The Chroma index as one object, `Store`, made of its jobs: the build record (build_record.py),
article records (article_records.py), window records (window_records.py), room on disk (disk.py); the
layout they share is records.py.

Crash safety without transactions: an article's windows are written first (ids carry the new
content hash, so nothing old is overwritten), then its article record (the commit, listing its
windows), then its stale windows are deleted. Readers keep only windows whose hash matches the
article record, so an ingest killed at any moment leaves an index that answers from the last
committed version.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from assistant.errors import IndexStateError
from assistant.index.article_records import ArticleRecords
from assistant.index.build_record import BuildRecord
from assistant.index.data_file import IndexData
from assistant.index.records import (
    ARTICLES,
    DATA_FILE,
    SENTENCES,
)
from assistant.index.window_records import WindowRecords
from assistant.models import Article
from assistant.settings import Settings


def make_client(settings: Settings) -> Any:
    import chromadb

    chroma_settings = chromadb.Settings(anonymized_telemetry=False)
    if settings.chroma_host:
        headers = {"Authorization": f"Bearer {settings.chroma_token}"} if settings.chroma_token else None
        try:
            return chromadb.HttpClient(
                host=settings.chroma_host,
                port=settings.chroma_port,
                ssl=settings.chroma_ssl,
                headers=headers,
                settings=chroma_settings,
            )
        except Exception as exc:
            raise IndexStateError(
                f"Cannot reach the Chroma server at {settings.chroma_host}:{settings.chroma_port} ({exc}). "
                "Start it with `chroma run`, or unset FACTCHECK_CHROMA_HOST to use the local index."
            ) from None
    path = Path(settings.index_dir)
    if path.exists() and not path.is_dir():
        raise IndexStateError(f"The index path {path} is a file, not a folder: set FACTCHECK_INDEX to a folder.")
    try:
        path.mkdir(parents=True, exist_ok=True)
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings)
    except Exception as exc:
        raise _unopenable(path, exc) from None


@contextlib.contextmanager
def file_lock(path: Path, timeout: float | None = None) -> Iterator[IO[str] | None]:
    """The file `path`, open and exclusively locked for the block: waits as long as it takes, or
    `timeout` seconds and then raises TimeoutError. Yields None where the filesystem refuses file locks
    (some network shares answer ENOLCK): the caller goes ahead unlocked."""
    with open(path, "a+") as fh:
        if not _acquire(fh, timeout):
            yield None
            return
        try:
            yield fh
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _acquire(fh: IO[str], timeout: float | None) -> bool:
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX if deadline is None else fcntl.LOCK_EX | fcntl.LOCK_NB)
            return True
        except BlockingIOError:  # only without waiting, i.e. with a deadline
            if deadline is not None and time.monotonic() > deadline:
                raise TimeoutError(fh.name) from None
            time.sleep(0.2)
        except OSError:
            return False


@contextlib.contextmanager
def _opening(path: Path | None) -> Iterator[None]:
    """Processes open a local index one at a time (`path`; None for a Chroma server): two creating a
    fresh index at once raced in Chroma's set-up of its tables ("table collections already exists",
    "database is locked"), and one of them failed. Where no lock file can be made (a read-only or
    misplaced index) or locked (a network share without file locks), the open goes ahead as before,
    and Chroma's own error, if any, is the one reported."""
    with contextlib.ExitStack() as held:
        if path is not None:
            with contextlib.suppress(OSError):
                path.mkdir(parents=True, exist_ok=True)
                held.enter_context(file_lock(path / ".open.lock"))
        yield


def _unopenable(path: Path, exc: Exception) -> IndexStateError:
    """Why a local index cannot be opened, and the fix: a read-only one is not damaged (Chroma writes
    to its SQLite file to open it at all), so it must not be rebuilt."""
    where = path if path.exists() else path.parent
    if "readonly" in str(exc).lower().replace("-", "") or not os.access(where, os.W_OK):
        return IndexStateError(
            f"The index at {path} is read-only for this user, and Chroma must write to it even to read it. "
            "Make the folder and its files writable for this user, or copy the folder somewhere writable "
            "and set FACTCHECK_INDEX to the copy; the index itself is fine."
        )
    return IndexStateError(
        f"The index at {path} cannot be opened ({type(exc).__name__}: {exc}). Move it aside and "
        "rebuild it: `factcheck ingest --rebuild seeds/`."
    )


def set_aside(index_dir: Path) -> Path | None:
    """Move a local index's contents into a sibling folder, so a rebuild starts clean even from a
    corrupt index, and nothing is lost if the rebuild fails. Returns the folder, or None if empty."""
    index_dir = Path(index_dir)
    entries = [e for e in index_dir.iterdir() if not e.name.startswith(".")] if index_dir.is_dir() else []
    if not entries:
        return None
    aside = index_dir.parent / f".{index_dir.name}.old-{int(time.time() * 1000)}"
    aside.mkdir()
    for e in entries:
        e.rename(aside / e.name)
    return aside


class Store(BuildRecord, ArticleRecords, WindowRecords):
    """Our types in, our types out: Chroma objects stay inside this class."""

    def __init__(self, settings: Settings, client: Any = None) -> None:
        self.settings = settings
        self.where = (
            f"Chroma server {settings.chroma_host}:{settings.chroma_port}"
            if settings.chroma_host
            else str(settings.index_dir)
        )
        with _opening(None if settings.chroma_host else Path(settings.index_dir)):
            self._client = client if client is not None else make_client(settings)
            try:
                self._sentences, self._articles = self._open_collections()
            except Exception as exc:
                if not settings.chroma_host:
                    raise _unopenable(Path(settings.index_dir), exc) from None
                raise IndexStateError(
                    f"The index at {self.where} is unreadable ({type(exc).__name__}: {exc}). Move it aside "
                    "and rebuild it: `factcheck ingest --rebuild seeds/`."
                ) from None
        self._article_cache: dict[str, tuple[str, Article]] = {}
        self._seen_stamp: str | None = None
        self._data = None if settings.chroma_host else IndexData(Path(settings.index_dir) / DATA_FILE)

    def _open_collections(self) -> tuple[Any, Any]:
        """Both collections; a moment's "database is locked" (another process is committing a batch)
        is waited out, not reported as a damaged index."""
        for attempt in range(8):
            try:
                sentences = self._client.get_or_create_collection(
                    SENTENCES, configuration={"hnsw": {"space": "cosine"}}, embedding_function=None
                )
                # Chroma keeps every write in its log until the collection's HNSW index syncs (by default
                # every 1,000 records): with article texts in it, the log held a copy of the corpus.
                articles = self._client.get_or_create_collection(
                    ARTICLES,
                    configuration={"hnsw": {"sync_threshold": 100, "batch_size": 100}},
                    embedding_function=None,
                )
                return sentences, articles
            except Exception as exc:
                if "locked" not in str(exc) or attempt == 7:
                    raise
                time.sleep(0.25 * (attempt + 1))
        raise AssertionError("unreachable")

    def reset(self) -> None:
        """Drop both collections (for --rebuild)."""
        for name in (SENTENCES, ARTICLES):
            with contextlib.suppress(Exception):  # absent already is fine
                self._client.delete_collection(name)
        if self._data is not None:
            self._data.clear()
        self.__init__(self.settings, self._client)  # type: ignore[misc]
