"""The on-disk layout of the index, in one place: its schema version, collections, record types,
and how offsets and vectors are written into records.

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
"""

from __future__ import annotations

import base64
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from assistant.errors import IndexStateError
from assistant.hashing import sentence_key, span_id, span_place
from assistant.models import Article

# 3: a local index keeps sentence vectors in its own file (2 kept them in window metadata; 1 stored a
# record per sentence).
SCHEMA = 3
DATA_FILE = "index-data.sqlite3"
SENTENCES = "factcheck_sentences"
ARTICLES = "factcheck_articles"
WRITE_BATCH = 2000
# Chroma turns one get or delete into SQL with a variable per record or listed value, and SQLite
# refuses more than 32,766: a corpus past ~32k articles failed outright. Every read goes in pages.
PAGE = 5000


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


def clean_meta(meta: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in meta.items() if v is not None}


def mb(n: int) -> str:
    return f"{n / 1_048_576:.1f} MB"


def get_paged(
    collection: Any, ids: Sequence[str] | None, include: list[str], where: dict[str, Any] | None = None
) -> dict[str, list[Any]]:
    """collection.get in pages of PAGE (listed ids, or limit/offset over all or `where`), joined."""
    keys = ["ids", *include]
    out: dict[str, list[Any]] = {k: [] for k in keys}

    def take(res: dict[str, Any]) -> None:
        for k in keys:
            out[k].extend(res[k] if res.get(k) is not None else [])

    if ids is not None:
        want = list(ids)
        for b in range(0, len(want), PAGE):
            take(collection.get(ids=want[b : b + PAGE], include=include))
        return out
    for res in pages(collection, include, where):
        take(res)
    return out


def pages(collection: Any, include: list[str], where: dict[str, Any] | None = None) -> Iterator[dict[str, Any]]:
    """collection.get over all records (or those matching `where`), a page of PAGE at a time."""
    offset = 0
    while True:
        res = collection.get(where=where, include=include, limit=PAGE, offset=offset)
        if not res["ids"]:
            return
        yield res
        offset += len(res["ids"])


def version_of(window_id: str) -> str:
    place = span_place(window_id)
    if place is None:
        raise IndexStateError(f"Window {window_id!r} in the index has no article version or offsets.")
    return place[0]


def spans_text(spans: Sequence[tuple[int, int]]) -> str:
    return ",".join(f"{s}:{e}" for s, e in spans)


def parse_spans(text: str) -> list[tuple[int, int]]:
    out = []
    for part in text.split(","):
        s, e = part.split(":")
        out.append((int(s), int(e)))
    return out


def pack(vectors: np.ndarray) -> str:
    # float16 moves a cosine by ~1e-5, far below any threshold, at half the bytes of float32.
    return base64.b64encode(raw(vectors)).decode("ascii")


def raw(vectors: np.ndarray) -> bytes:
    return np.asarray(vectors, dtype="<f2").tobytes()


def unpack(packed: bytes | str, n: int) -> np.ndarray:
    data = base64.b64decode(packed) if isinstance(packed, str) else packed
    return np.frombuffer(data, dtype="<f2").reshape(n, -1).astype(np.float32)


def sentences_of(
    window_id: str, meta: dict[str, Any] | None, packed: bytes | str | None, query: np.ndarray | None = None
) -> list[Hit]:
    """A window record's sentences, each with its vector (and its cosine to `query`, if given); none
    when the record or its vectors vanished mid-answer (another process replaced its article)."""
    if not meta or "sentences" not in meta or packed is None:
        return []
    spans = parse_spans(str(meta["sentences"]))
    vectors = unpack(packed, len(spans))
    cosines = (vectors @ query).tolist() if query is not None else [0.0] * len(spans)
    article_id, version = str(meta["article_id"]), version_of(window_id)
    return [
        Hit(sentence_key(window_id, s, e), article_id, version, s, e, vector=v, cosine=c)
        for (s, e), v, c in zip(spans, vectors, cosines, strict=True)
    ]


def article_from(i: str, meta: dict[str, Any], text: str) -> Article:
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
