"""The index's own data file beside Chroma's: sentence vectors and article texts."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import zlib
from collections.abc import Iterator, Sequence
from pathlib import Path

import numpy as np

from assistant.index.records import (
    raw,
)


class IndexData:
    """Each window's sentence vectors (one raw float16 blob per window id) and each article version's
    text (zlib, by article id and content hash), in a SQLite file of its own with no index beyond the
    keys. Every write is committed before the Chroma write that relies on it."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()

    def _db(self) -> sqlite3.Connection:
        db = getattr(self._local, "db", None)
        if db is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            # A rowid table: a window's blob (~4 KB) then fits its 4 KB page, where a WITHOUT ROWID
            # table spills every one to overflow pages (35% larger on disk).
            db.execute("CREATE TABLE IF NOT EXISTS vectors (window TEXT NOT NULL UNIQUE, data BLOB NOT NULL)")
            db.execute(
                "CREATE TABLE IF NOT EXISTS texts (article TEXT NOT NULL, hash TEXT NOT NULL, data BLOB NOT NULL, "
                "PRIMARY KEY (article, hash))"
            )
            self._local.db = db
        return db

    def put(self, rows: Sequence[tuple[str, np.ndarray]]) -> None:
        self.put_packed([(i, raw(v)) for i, v in rows])

    def put_packed(self, rows: Sequence[tuple[str, bytes]]) -> None:
        db = self._db()
        with _transaction(db):
            db.executemany("INSERT OR REPLACE INTO vectors (window, data) VALUES (?, ?)", rows)

    def get(self, ids: Sequence[str]) -> Iterator[tuple[str, bytes]]:
        want = list(dict.fromkeys(ids))
        db = self._db()
        for b in range(0, len(want), 900):  # SQLite's variable limit, with room to spare
            part = want[b : b + 900]
            marks = ",".join("?" * len(part))
            yield from db.execute(f"SELECT window, data FROM vectors WHERE window IN ({marks})", part)

    def delete(self, ids: Sequence[str]) -> None:
        db = self._db()
        with _transaction(db):
            for b in range(0, len(ids), 900):
                part = list(ids[b : b + 900])
                db.execute(f"DELETE FROM vectors WHERE window IN ({','.join('?' * len(part))})", part)

    def put_texts(self, rows: Sequence[tuple[str, str, str]]) -> None:
        """(article id, content hash, text), kept zlib-compressed."""
        db = self._db()
        with _transaction(db):
            db.executemany(
                "INSERT OR REPLACE INTO texts (article, hash, data) VALUES (?, ?, ?)",
                [(i, h, zlib.compress(t.encode("utf-8"), 6)) for i, h, t in rows],
            )

    def drop_other_texts(self, keep: Sequence[tuple[str, str]]) -> None:
        """Drop every other version's text of these articles (their new records are committed)."""
        db = self._db()
        with _transaction(db):
            db.executemany("DELETE FROM texts WHERE article = ? AND hash != ?", keep)

    def texts(self, keys: Sequence[tuple[str, str]]) -> dict[str, str]:
        """article id -> text, for these (id, content hash) pairs; absent where none is stored."""
        db = self._db()
        out: dict[str, str] = {}
        for b in range(0, len(keys), 400):
            part = keys[b : b + 400]
            where = " OR ".join("(article = ? AND hash = ?)" for _ in part)
            args = [x for pair in part for x in pair]
            for i, data in db.execute(f"SELECT article, data FROM texts WHERE {where}", args):
                out[i] = zlib.decompress(data).decode("utf-8")
        return out

    def clear(self) -> None:
        db = self._db()
        with _transaction(db):
            db.execute("DELETE FROM vectors")
            db.execute("DELETE FROM texts")

    def checkpoint(self) -> None:
        """Fold the write-ahead log into the file (an ingest's last step), so it does not sit beside it."""
        with contextlib.suppress(sqlite3.Error):  # a reader holding the log open: it folds in later
            self._db().execute("PRAGMA wal_checkpoint(TRUNCATE)")


@contextlib.contextmanager
def _transaction(db: sqlite3.Connection) -> Iterator[None]:
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
