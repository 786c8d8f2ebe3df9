"""The Chroma index: one collection of window records, one of article records.

A window record's vector (the mean of its sentences' vectors) is what the HNSW index searches; its
sentences' own vectors (float16) are kept beside it, so that a search ranks sentences exactly among
the windows found. One vector per window instead of one per sentence: 5.5x fewer HNSW inserts and
SQLite rows, which were most of the ingest time left after embedding at ~100k chunks.

Where sentence vectors and article texts live (schema 3): in a local index, in `index-data.sqlite3`
beside Chroma's files: one raw float16 blob per window, keyed by the window's id, and each article
version's text, zlib-compressed, keyed by article id and content hash. Chroma stored the vectors twice as
base64 metadata (the value and SQLite's index over metadata strings) and each text three times (the
value, that index, and a full-text index). With a Chroma server, whose disk is not ours, both stay in
Chroma, as in schema 2. A local schema-2 index is migrated on first open (its vectors move; its texts
stay where they are and are read from there).

Crash safety without transactions: an article's windows are written first (ids carry the new
content hash, so nothing old is overwritten), then its article record (the commit, listing its
windows), then its stale windows are deleted. Readers keep only windows whose hash matches the
article record, so an ingest killed at any moment leaves an index that answers from the last
committed version.
"""

from __future__ import annotations

import base64
import contextlib
import json
import logging
import os
import shutil
import sqlite3
import threading
import time
import uuid
import zlib
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from assistant.errors import DiskFullError, IndexMismatchError, IndexStateError
from assistant.hashing import sentence_key, span_id, span_place, window_of
from assistant.models import Article
from assistant.settings import Settings

log = logging.getLogger(__name__)

# 3: a local index keeps sentence vectors in its own file (2 kept them in window metadata; 1 stored a
# record per sentence).
SCHEMA = 3
DATA_FILE = "index-data.sqlite3"
SENTENCES = "factcheck_sentences"
ARTICLES = "factcheck_articles"
_WRITE_BATCH = 2000
# Chroma turns one get or delete into SQL with a variable per record or listed value, and SQLite
# refuses more than 32,766: a corpus past ~32k articles failed outright. Every read goes in pages.
_PAGE = 5000
# What a write costs on disk, measured with schema 2 on 694 generated articles (1.5 MB of text, 12,644
# sentences: a 56 MB index), when each sentence's vector rode in Chroma's metadata as base64 through its
# write-ahead log, ~4.4 KB a sentence. Schema 3 needs about a third of that (107 MB for the benchmark's
# ~8k-chunk corpus); a server-mode index still needs it all. Rounded up, so a write that fits by this
# estimate fits on disk.
_BYTES_PER_SENTENCE = 5000
_BYTES_PER_TEXT_BYTE = 4
# Kept free after every write: the revision stamp, the BM25 sidecar and SQLite's journal need room,
# and a Chroma log that cannot be applied for want of space fails every later read until space is freed.
_DISK_RESERVE = 2 * 1024 * 1024
# Below this, a Chroma failure is put down to the full disk (its own messages do not say so).
_NEARLY_FULL = 1024 * 1024
_DISK_FULL_SIGNS = ("no space left", "disk is full", "database or disk is full", "enospc", "errno 28")


@dataclass(frozen=True)
class Manifest:
    """How the index was built; a different build is refused rather than mixed."""

    model: str
    dim: int
    window_words: int
    schema: int = SCHEMA

    def describe(self) -> str:
        return f"model {self.model!r} ({self.dim} dims), windows of {self.window_words} words, schema {self.schema}"


@dataclass(frozen=True)
class Window:
    """What ingest stores for one window: its sentences' offsets and one unit vector each."""

    article_id: str
    article_hash: str
    sentences: tuple[tuple[int, int], ...]
    vectors: np.ndarray

    @property
    def id(self) -> str:
        return span_id(self.article_hash, self.sentences[0][0], self.sentences[-1][1])


@dataclass(frozen=True)
class Hit:
    """A sentence found by the dense search (or fetched by key)."""

    id: str
    article_id: str
    article_hash: str
    start: int
    end: int
    vector: np.ndarray | None = None
    cosine: float = 0.0


@dataclass(frozen=True)
class ArticleSummary:
    id: str
    outlet: str
    title: str
    published: str | None
    url: str | None
    sentences: int
    uploaded_by: str | None = None
    uploaded_at: str | None = None


def _clean_meta(meta: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in meta.items() if v is not None}


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


class Store:
    """Our types in, our types out: Chroma objects stay inside this class."""

    def __init__(self, settings: Settings, client: Any = None) -> None:
        self.settings = settings
        self.where = (
            f"Chroma server {settings.chroma_host}:{settings.chroma_port}"
            if settings.chroma_host
            else str(settings.index_dir)
        )
        self._client = client if client is not None else make_client(settings)
        try:
            self._sentences, self._articles = self._open_collections()
        except Exception as exc:
            if not settings.chroma_host:
                raise _unopenable(Path(settings.index_dir), exc) from None
            raise IndexStateError(
                f"The index at {self.where} is unreadable ({type(exc).__name__}: {exc}). Move it aside and "
                "rebuild it: `factcheck ingest --rebuild seeds/`."
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

    # -- room on disk --------------------------------------------------------
    def free_bytes(self) -> int | None:
        """Free space on the disk holding a local index (None for a Chroma server, whose disk is its own)."""
        if self.settings.chroma_host:
            return None
        with contextlib.suppress(OSError):
            return int(shutil.disk_usage(self.settings.index_dir).free)
        return None

    def ensure_room(self, articles: Sequence[Article], sentences: int) -> None:
        """Refuse a write that would fill the disk, before any of it is written: a Chroma log left
        half-applied on a full disk fails every read of the index until space is freed."""
        free = self.free_bytes()
        if free is None:
            return
        need = sentences * _BYTES_PER_SENTENCE + sum(len(a.text.encode()) for a in articles) * _BYTES_PER_TEXT_BYTE
        if free < need + _DISK_RESERVE:
            raise self._disk_full(free, f"the next {len(articles)} article(s) need about {_mb(need)}")

    @contextlib.contextmanager
    def guarded(self, reading: bool = False) -> Iterator[None]:
        """A Chroma failure on a local disk with no room left becomes one sentence naming the cause."""
        try:
            yield
        except IndexStateError:
            raise
        except Exception as exc:
            free = self.free_bytes()
            text = str(exc).lower()
            if free is not None and (free < _NEARLY_FULL or any(s in text for s in _DISK_FULL_SIGNS)):
                why = f"a write failed ({type(exc).__name__})"
                if reading:
                    why = "the index's last write could not be finished"
                raise self._disk_full(free, why, reading) from None
            raise

    def _disk_full(self, free: int, why: str, reading: bool = False) -> DiskFullError:
        then = (
            "then ask again: nothing committed was lost"
            if reading
            else "then run the same ingest again: articles already committed are kept, answer as before, "
            "and are not embedded twice"
        )
        return DiskFullError(
            f"The disk holding the index at {self.where} is full ({_mb(free)} free; {why}). Free some space, "
            f"or move the index folder to a bigger disk and set FACTCHECK_INDEX to it, {then}."
        )

    # -- how it was built -------------------------------------------------
    def manifest(self) -> Manifest | None:
        raw = (self._sentences.metadata or {}).get("factcheck_manifest")
        if not raw:
            return None
        data = json.loads(raw)
        return Manifest(**data)

    def revision(self) -> int:
        return int((self._sentences.metadata or {}).get("factcheck_revision", 0))

    def check(self, wanted: Manifest) -> None:
        have = self.manifest()
        if have is not None and have == replace(wanted, schema=2) and wanted.schema == 3 and self._data:
            self._migrate_from_2(wanted)
            have = self.manifest()
        if have is not None and have != wanted:
            # Only a model setting can make this version read the index as it is.
            other_model = (have.model, have.dim) != (wanted.model, wanted.dim) and (
                (have.window_words, have.schema) == (wanted.window_words, wanted.schema)
            )
            alternative = f", or set FACTCHECK_MODEL={have.model} to use it as it is" if other_model else ""
            raise IndexMismatchError(
                f"The index at {self.where} was built with {have.describe()}, but this run uses "
                f"{wanted.describe()}. Rebuild it with `factcheck ingest --rebuild seeds/` (plus your own "
                f"files){alternative}."
            )

    def stamp(self) -> str:
        """Unique to this state of the index (a fresh random value at every revision, so an index
        rebuilt from scratch never reuses an old one): names derived files such as the BM25 cache.
        Read afresh each time (one small SQLite read): another process may have ingested since, and
        then the articles this process cached are dropped."""
        try:
            meta = self._client.get_collection(SENTENCES, embedding_function=None).metadata or {}
        except Exception:  # a server hiccup: keep answering from what this process knows
            meta = self._sentences.metadata or {}
        stamp = str(meta.get("factcheck_stamp") or f"rev{meta.get('factcheck_revision', 0)}")
        if stamp != self._seen_stamp:
            self._seen_stamp = stamp
            self._article_cache.clear()
        return stamp

    def _set_meta(self, manifest: Manifest, revision: int) -> None:
        meta = {
            "factcheck_manifest": json.dumps(manifest.__dict__, sort_keys=True),
            "factcheck_revision": revision,
            "factcheck_stamp": uuid.uuid4().hex,
        }
        self._sentences.modify(metadata=meta)

    def bump(self, manifest: Manifest) -> None:
        self._set_meta(manifest, self.revision() + 1)
        if self._data is not None:
            self._data.checkpoint()

    def _migrate_from_2(self, manifest: Manifest) -> None:
        """Schema 2 -> 3: each window's sentence vectors move from its metadata into the vector file.
        Safe to interrupt: vectors are copied before any metadata loses them, readers take either, and
        the schema is bumped only at the end, so a rerun picks up where one stopped."""
        assert self._data is not None
        moved = 0
        with self.guarded():
            for res in _pages(self._sentences, ["metadatas"]):
                rows = [(i, m) for i, m in zip(res["ids"], res["metadatas"], strict=False) if m and "vectors" in m]
                if not rows:
                    continue
                self._data.put_packed([(i, base64.b64decode(str(m["vectors"]))) for i, m in rows])
                # Chroma's update merges metadata: a key set to None is removed.
                self._sentences.update(ids=[i for i, _ in rows], metadatas=[{"vectors": None} for _ in rows])
                moved += len(rows)
            self._set_meta(manifest, self.revision() + 1)
        log.info("index at %s: moved %d windows' sentence vectors into %s (schema 3)", self.where, moved, DATA_FILE)

    # -- articles ------------------------------------------------------------
    def count(self) -> int:
        return int(self._articles.count())

    def holds_windows(self) -> bool:
        """Whether any window record is stored, committed or not (an ingest stopped before its first
        article commit leaves windows and no articles)."""
        return int(self._sentences.count()) > 0

    def article_hashes(self, ids: Sequence[str] | None = None) -> dict[str, str]:
        res = _get(self._articles, ids, ["metadatas"])
        return {i: str(m.get("hash")) for i, m in zip(res["ids"], res["metadatas"], strict=False)}

    def get_articles(self, ids: Sequence[str]) -> dict[str, tuple[str, Article]]:
        """id -> (content hash, Article), cached per hash."""
        want = [i for i in dict.fromkeys(ids) if i not in self._article_cache]
        if want:
            res = _get(self._articles, want, ["metadatas", "documents"])
            texts = self._texts_of(res["ids"], res["metadatas"], res["documents"])
            for i, meta in zip(res["ids"], res["metadatas"], strict=False):
                if meta is None or i not in texts:  # removed by another process between the lookup and the read
                    continue
                self._article_cache[i] = (str(meta["hash"]), _article_from(i, meta, texts[i]))
        return {i: self._article_cache[i] for i in ids if i in self._article_cache}

    def article_text(self, article_id: str) -> str:
        got = self.get_articles([article_id])
        if article_id not in got:
            raise IndexStateError(f"No article {article_id!r} in the index at {self.where}.")
        return got[article_id][1].text

    def list_articles(self) -> list[ArticleSummary]:
        res = _get(self._articles, None, ["metadatas"])
        records = list(zip(res["ids"], res["metadatas"], strict=False))
        out = [
            ArticleSummary(
                id=i,
                outlet=str(m.get("outlet")),
                title=str(m.get("title")),
                published=m.get("published"),
                url=m.get("url"),
                sentences=int(m.get("sentences", 0)),
                uploaded_by=m.get("uploaded_by"),
                uploaded_at=m.get("uploaded_at"),
            )
            for i, m in records
        ]
        return sorted(out, key=lambda a: (a.outlet.lower(), a.published or "", a.id))

    def _texts_of(
        self, ids: Sequence[str], metas: Sequence[dict[str, Any] | None], docs: Sequence[str | None]
    ) -> dict[str, str]:
        """Each article record's text: from the data file (by id and content hash), else the record's
        document (a Chroma server, or an index written before texts left Chroma)."""
        out = {i: d for i, m, d in zip(ids, metas, docs, strict=False) if m is not None and d}
        if self._data is not None:
            keys = [(i, str(m["hash"])) for i, m in zip(ids, metas, strict=False) if m is not None]
            out.update(self._data.texts(keys))
        return out

    def commit_articles(self, items: Sequence[tuple[Article, str]], layouts: Sequence[Sequence[Window]]) -> None:
        """Write the article records (the commit point of each article), each listing its windows'
        sentences, so the keyword index and the sources list read the article records alone (paging
        through every window record took 92 s at ~100k chunks)."""
        for b in range(0, len(items), _WRITE_BATCH):
            part = items[b : b + _WRITE_BATCH]
            metas = [self._article_meta(a, h, w) for (a, h), w in zip(part, layouts[b:], strict=False)]
            ids = [a.id for a, _ in part]
            if self._data is not None:
                # The text first, under its content hash (the version committed now may still be read),
                # then the record that commits it; Chroma would keep it three times over (value, index,
                # full-text index), 5x its compressed size here.
                self._data.put_texts([(a.id, h, a.text) for a, h in part])
                self._articles.upsert(ids=ids, metadatas=metas, embeddings=[[1.0]] * len(part))
                self._data.drop_other_texts([(a.id, h) for a, h in part])
            else:
                documents = [a.text for a, _ in part]
                self._articles.upsert(ids=ids, documents=documents, metadatas=metas, embeddings=[[1.0]] * len(part))
        for a, _ in items:
            self._article_cache.pop(a.id, None)

    @staticmethod
    def _article_meta(article: Article, article_hash: str, windows: Sequence[Window]) -> dict[str, Any]:
        return _clean_meta(
            {
                "hash": article_hash,
                "sentences": sum(len(w.sentences) for w in windows),
                "windows": ";".join(_spans_text(w.sentences) for w in windows),
                "outlet": article.outlet,
                "title": article.title,
                "published": article.published,
                "url": article.url,
                "original_source": article.original_source,
                "path": article.path,
                "uploaded_by": article.uploaded_by,
                "uploaded_at": article.uploaded_at,
            }
        )

    # -- windows and their sentences ---------------------------------------------
    def add_windows(self, windows: Sequence[Window]) -> None:
        # No documents: a sentence's text is its article's text at its offsets, and Chroma builds a
        # full-text index of every document it is given.
        for b in range(0, len(windows), _WRITE_BATCH):
            part = windows[b : b + _WRITE_BATCH]
            means = np.stack([w.vectors.mean(0) for w in part])
            means /= np.maximum(np.linalg.norm(means, axis=1, keepdims=True), 1e-12)
            metas: list[dict[str, Any]] = [
                {"article_id": w.article_id, "sentences": _spans_text(w.sentences)} for w in part
            ]
            if self._data is not None:  # committed before the windows that need them
                self._data.put([(w.id, w.vectors) for w in part])
            else:
                for meta, w in zip(metas, part, strict=True):
                    meta["vectors"] = _pack(w.vectors)
            self._sentences.upsert(ids=[w.id for w in part], embeddings=means, metadatas=metas)

    def delete_stale_many(self, keep: Sequence[tuple[str, str]]) -> None:
        """Drop these articles' windows of any other version. Exact: a content hash covers the
        article id, so no other article's windows carry one of these hashes."""
        kept = {h for _, h in keep}
        stale: list[str] = []
        for b in range(0, len(keep), _PAGE):
            ids = [i for i, _ in keep[b : b + _PAGE]]
            res = _get(self._sentences, None, [], where={"article_id": {"$in": ids}})
            stale.extend(i for i in res["ids"] if _version(i) not in kept)
        for b in range(0, len(stale), _PAGE):
            self._sentences.delete(ids=stale[b : b + _PAGE])
            if self._data is not None:  # after the windows: no window is ever left without its vectors
                self._data.delete(stale[b : b + _PAGE])

    def query(self, vector: np.ndarray, windows: int, article_ids: Collection[str] | None = None) -> list[Hit]:
        """Every sentence of the `windows` windows nearest to `vector`, with its exact cosine, best first;
        only windows of `article_ids` when given (empty: none)."""
        if article_ids is not None and not article_ids:
            return []
        # SQLite takes at most ~32k variables: a larger set is filtered by the caller instead.
        where = {"article_id": {"$in": sorted(article_ids)}} if article_ids and len(article_ids) <= _PAGE else None
        # No count() first: it scans every record, and Chroma already returns fewer results, or
        # none, from a smaller index.
        with self.guarded(reading=True):
            res = self._sentences.query(
                query_embeddings=[vector], n_results=windows, include=["metadatas"], where=where
            )
        q = np.asarray(vector, np.float32)
        ids, metas = res["ids"][0], res["metadatas"][0]
        kept = self._vectors_of(ids, metas)
        hits = [h for i, m in zip(ids, metas, strict=False) for h in _sentences_of(i, m, kept.get(i), q)]
        return sorted(hits, key=lambda h: -h.cosine)

    def _vectors_of(self, ids: Sequence[str], metas: Sequence[dict[str, Any] | None]) -> dict[str, bytes | str]:
        """Each window's packed sentence vectors: from the vector file, or its metadata (a server)."""
        if self._data is None:
            return {i: m["vectors"] for i, m in zip(ids, metas, strict=False) if m and "vectors" in m}
        with self.guarded(reading=True):
            return dict(self._data.get(ids))

    def fetch(self, keys: Sequence[str], vector: np.ndarray | None = None) -> list[Hit]:
        """The sentences with these keys (see `hashing.sentence_key`), read from their windows, with
        their cosine to `vector` if given."""
        want = set(keys)
        windows = list(dict.fromkeys(window_of(k) for k in keys))
        if not windows:
            return []
        with self.guarded(reading=True):
            res = _get(self._sentences, windows, ["metadatas"])
        q = None if vector is None else np.asarray(vector, np.float32)
        kept = self._vectors_of(res["ids"], res["metadatas"])
        return [
            h
            for i, m in zip(res["ids"], res["metadatas"], strict=False)
            for h in _sentences_of(i, m, kept.get(i), q)
            if h.id in want
        ]

    def iter_sentences(self) -> Iterator[tuple[str, str, str]]:
        """(key, article_id, article_hash) of every stored sentence, committed or not."""
        for res in _pages(self._sentences, ["metadatas"]):
            for i, m in zip(res["ids"], res["metadatas"], strict=False):
                for s, e in _parse_spans(str(m["sentences"])):
                    yield sentence_key(i, s, e), str(m["article_id"]), _version(i)

    def committed_sentences(self) -> Iterator[tuple[str, str]]:
        """(key, text) of every sentence of every article's current version, from the article
        records alone: each lists its windows' sentences and holds the text they are cut from."""
        for res in _pages(self._articles, ["metadatas", "documents"]):
            texts = self._texts_of(res["ids"], res["metadatas"], res["documents"])
            for i, m in zip(res["ids"], res["metadatas"], strict=False):
                article_hash, text = str(m.get("hash")), texts.get(i, "")
                for window in filter(None, str(m.get("windows", "")).split(";")):
                    spans = _parse_spans(window)
                    wid = span_id(article_hash, spans[0][0], spans[-1][1])
                    for s, e in spans:
                        yield sentence_key(wid, s, e), text[s:e]

    def reset(self) -> None:
        """Drop both collections (for --rebuild)."""
        for name in (SENTENCES, ARTICLES):
            with contextlib.suppress(Exception):  # absent already is fine
                self._client.delete_collection(name)
        if self._data is not None:
            self._data.clear()
        self.__init__(self.settings, self._client)  # type: ignore[misc]


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
        self.put_packed([(i, _raw(v)) for i, v in rows])

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


def _mb(n: int) -> str:
    return f"{n / 1_048_576:.1f} MB"


def _get(
    collection: Any, ids: Sequence[str] | None, include: list[str], where: dict[str, Any] | None = None
) -> dict[str, list[Any]]:
    """collection.get in pages of _PAGE (listed ids, or limit/offset over all or `where`), joined."""
    keys = ["ids", *include]
    out: dict[str, list[Any]] = {k: [] for k in keys}

    def take(res: dict[str, Any]) -> None:
        for k in keys:
            out[k].extend(res[k] if res.get(k) is not None else [])

    if ids is not None:
        want = list(ids)
        for b in range(0, len(want), _PAGE):
            take(collection.get(ids=want[b : b + _PAGE], include=include))
        return out
    for res in _pages(collection, include, where):
        take(res)
    return out


def _pages(collection: Any, include: list[str], where: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
    """collection.get over all records (or those matching `where`), a page of _PAGE at a time."""
    offset = 0
    while True:
        res = collection.get(where=where, include=include, limit=_PAGE, offset=offset)
        if not res["ids"]:
            return
        yield res
        offset += len(res["ids"])


def _version(window_id: str) -> str:
    place = span_place(window_id)
    if place is None:
        raise IndexStateError(f"Window {window_id!r} in the index has no article version or offsets.")
    return place[0]


def _spans_text(spans: Sequence[tuple[int, int]]) -> str:
    return ",".join(f"{s}:{e}" for s, e in spans)


def _parse_spans(text: str) -> list[tuple[int, int]]:
    out = []
    for part in text.split(","):
        s, e = part.split(":")
        out.append((int(s), int(e)))
    return out


def _pack(vectors: np.ndarray) -> str:
    # float16 moves a cosine by ~1e-5, far below any threshold, at half the bytes of float32.
    return base64.b64encode(_raw(vectors)).decode("ascii")


def _raw(vectors: np.ndarray) -> bytes:
    return np.asarray(vectors, dtype="<f2").tobytes()


def _unpack(packed: bytes | str, n: int) -> np.ndarray:
    data = base64.b64decode(packed) if isinstance(packed, str) else packed
    return np.frombuffer(data, dtype="<f2").reshape(n, -1).astype(np.float32)


def _sentences_of(
    window_id: str, meta: dict[str, Any] | None, packed: bytes | str | None, query: np.ndarray | None = None
) -> list[Hit]:
    """A window record's sentences, each with its vector (and its cosine to `query`, if given); none
    when the record or its vectors vanished mid-answer (another process replaced its article)."""
    if not meta or "sentences" not in meta or packed is None:
        return []
    spans = _parse_spans(str(meta["sentences"]))
    vectors = _unpack(packed, len(spans))
    cosines = (vectors @ query).tolist() if query is not None else [0.0] * len(spans)
    article_id, version = str(meta["article_id"]), _version(window_id)
    return [
        Hit(sentence_key(window_id, s, e), article_id, version, s, e, vector=v, cosine=c)
        for (s, e), v, c in zip(spans, vectors, cosines, strict=True)
    ]


def _article_from(i: str, meta: dict[str, Any], text: str) -> Article:
    return Article(
        id=i,
        outlet=str(meta.get("outlet")),
        title=str(meta.get("title")),
        text=text,
        published=meta.get("published"),
        url=meta.get("url"),
        original_source=meta.get("original_source"),
        path=meta.get("path"),
        uploaded_by=meta.get("uploaded_by"),
        uploaded_at=meta.get("uploaded_at"),
    )
