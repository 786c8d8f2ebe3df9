"""The Chroma index: one collection of sentence vectors, one of article records.

Crash safety without transactions: an article's sentences are written first (ids carry the new
content hash, so nothing old is overwritten), then its article record (the commit), then its stale
sentences are deleted. Readers keep only sentences whose hash matches the article record, so an
ingest killed at any moment leaves an index that answers from the last committed version.
"""

from __future__ import annotations

import contextlib
import json
import time
import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from .errors import IndexMismatchError, IndexStateError
from .hashing import sentence_place
from .models import Article
from .settings import Settings

SCHEMA = 1
SENTENCES = "factcheck_sentences"
ARTICLES = "factcheck_articles"
_WRITE_BATCH = 2000
# Chroma turns one get or delete into SQL with a variable per record or listed value, and SQLite
# refuses more than 32,766: a corpus past ~32k articles failed outright. Every read goes in pages.
_PAGE = 5000


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
class Hit:
    """A sentence found by the dense search (or fetched by id)."""

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
        raise IndexStateError(
            f"The index at {path} cannot be opened ({type(exc).__name__}: {exc}). Move it aside and "
            f"rebuild it: `factcheck ingest --rebuild seeds/`."
        ) from None


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
            self._sentences = self._client.get_or_create_collection(
                SENTENCES, configuration={"hnsw": {"space": "cosine"}}, embedding_function=None
            )
            self._articles = self._client.get_or_create_collection(ARTICLES, embedding_function=None)
        except Exception as exc:
            raise IndexStateError(
                f"The index at {self.where} is unreadable ({type(exc).__name__}: {exc}). Move it aside and "
                "rebuild it: `factcheck ingest --rebuild seeds/`."
            ) from None
        self._article_cache: dict[str, tuple[str, Article]] = {}

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
        if have is not None and have != wanted:
            raise IndexMismatchError(
                f"The index at {self.where} was built with {have.describe()}, but this run uses "
                f"{wanted.describe()}. Rebuild it with `factcheck ingest --rebuild seeds/` (plus your own "
                f"files), or set FACTCHECK_MODEL={have.model} to use it as it is."
            )

    def stamp(self) -> str:
        """Unique to this state of the index (a fresh random value at every revision, so an index
        rebuilt from scratch never reuses an old one): names derived files such as the BM25 cache."""
        meta = self._sentences.metadata or {}
        return str(meta.get("factcheck_stamp") or f"rev{meta.get('factcheck_revision', 0)}")

    def _set_meta(self, manifest: Manifest, revision: int) -> None:
        meta = {
            "factcheck_manifest": json.dumps(manifest.__dict__, sort_keys=True),
            "factcheck_revision": revision,
            "factcheck_stamp": uuid.uuid4().hex,
        }
        self._sentences.modify(metadata=meta)

    def bump(self, manifest: Manifest) -> None:
        self._set_meta(manifest, self.revision() + 1)

    # -- articles ------------------------------------------------------------
    def count(self) -> int:
        return int(self._articles.count())

    def article_hashes(self, ids: Sequence[str] | None = None) -> dict[str, str]:
        res = _get(self._articles, ids, ["metadatas"])
        return {i: str(m.get("hash")) for i, m in zip(res["ids"], res["metadatas"], strict=False)}

    def get_articles(self, ids: Sequence[str]) -> dict[str, tuple[str, Article]]:
        """id -> (content hash, Article), cached per hash."""
        want = [i for i in dict.fromkeys(ids) if i not in self._article_cache]
        if want:
            res = _get(self._articles, want, ["metadatas", "documents"])
            for i, meta, doc in zip(res["ids"], res["metadatas"], res["documents"], strict=False):
                self._article_cache[i] = (str(meta["hash"]), _article_from(i, meta, doc or ""))
        return {i: self._article_cache[i] for i in ids if i in self._article_cache}

    def article_text(self, article_id: str) -> str:
        got = self.get_articles([article_id])
        if article_id not in got:
            raise IndexStateError(f"No article {article_id!r} in the index at {self.where}.")
        return got[article_id][1].text

    def list_articles(self) -> list[ArticleSummary]:
        res = _get(self._articles, None, ["metadatas"])
        records = list(zip(res["ids"], res["metadatas"], strict=False))
        counts = {i: int(m["sentences"]) for i, m in records if "sentences" in m}
        if len(counts) < len(records):  # records committed before the count was kept
            hashes = {i: m.get("hash") for i, m in records}
            counts = {}
            for i, meta in (row for rows in self._sentence_pages() for row in rows):
                if _place(i, meta)[0] == hashes.get(str(meta["article_id"])):
                    counts[str(meta["article_id"])] = counts.get(str(meta["article_id"]), 0) + 1
        out = [
            ArticleSummary(
                id=i,
                outlet=str(m.get("outlet")),
                title=str(m.get("title")),
                published=m.get("published"),
                url=m.get("url"),
                sentences=counts.get(i, 0),
            )
            for i, m in records
        ]
        return sorted(out, key=lambda a: (a.outlet.lower(), a.published or "", a.id))

    def commit_articles(self, items: Sequence[tuple[Article, str]], sentences: Sequence[int] | None = None) -> None:
        """Write the article records (the commit point of each article), with how many sentences
        each has indexed (so the sources list need not count a million sentences)."""
        counts = list(sentences) if sentences is not None else [None] * len(items)
        for b in range(0, len(items), _WRITE_BATCH):
            part = items[b : b + _WRITE_BATCH]
            self._articles.upsert(
                ids=[a.id for a, _ in part],
                documents=[a.text for a, _ in part],
                metadatas=[self._article_meta(a, h, n) for (a, h), n in zip(part, counts[b:], strict=False)],
                embeddings=[[1.0]] * len(part),
            )
        for a, _ in items:
            self._article_cache.pop(a.id, None)

    @staticmethod
    def _article_meta(article: Article, article_hash: str, sentences: int | None) -> dict[str, Any]:
        return _clean_meta(
            {
                "hash": article_hash,
                "sentences": sentences,
                "outlet": article.outlet,
                "title": article.title,
                "published": article.published,
                "url": article.url,
                "original_source": article.original_source,
                "path": article.path,
            }
        )

    # -- sentences --------------------------------------------------------------
    def add_sentences(self, ids: Sequence[str], vectors: np.ndarray, metas: Sequence[dict[str, Any]]) -> None:
        # No documents: a sentence's text is its article's text at its offsets, and Chroma builds a
        # full-text index of every document it is given, which was half the cost of a sentence write.
        for b in range(0, len(ids), _WRITE_BATCH):
            sl = slice(b, b + _WRITE_BATCH)
            self._sentences.upsert(ids=list(ids[sl]), embeddings=vectors[sl], metadatas=list(metas[sl]))

    def delete_stale_many(self, keep: Sequence[tuple[str, str]]) -> None:
        """Drop these articles' sentences of any other version. Exact: a content hash covers the
        article id, so no other article's sentences carry one of these hashes."""
        current = dict(keep)
        stale: list[str] = []
        for b in range(0, len(keep), _PAGE):
            ids = [i for i, _ in keep[b : b + _PAGE]]
            res = _get(self._sentences, None, ["metadatas"], where={"article_id": {"$in": ids}})
            for i, m in zip(res["ids"], res["metadatas"], strict=False):
                if _place(i, m)[0] != current.get(str(m["article_id"])):
                    stale.append(i)
        for b in range(0, len(stale), _PAGE):
            self._sentences.delete(ids=stale[b : b + _PAGE])

    def query(self, vector: np.ndarray, n: int) -> list[Hit]:
        # No count() first: it scans every record (53 ms at 675k sentences, most of a query's time),
        # and Chroma already returns fewer results, or none, from a smaller index.
        res = self._sentences.query(
            query_embeddings=[vector],
            n_results=n,
            include=["metadatas", "distances", "embeddings"],
        )
        return [
            _hit(i, m, e, 1.0 - float(dist))
            for i, m, e, dist in zip(
                res["ids"][0], res["metadatas"][0], res["embeddings"][0], res["distances"][0], strict=False
            )
        ]

    def fetch(self, ids: Sequence[str]) -> list[Hit]:
        if not ids:
            return []
        res = _get(self._sentences, ids, ["metadatas", "embeddings"])
        return [_hit(i, m, e, 0.0) for i, m, e in zip(res["ids"], res["metadatas"], res["embeddings"], strict=False)]

    def iter_sentences(self) -> Iterator[tuple[str, str, str]]:
        """(id, article_id, article_hash) of every stored sentence, committed or not."""
        for rows in self._sentence_pages():
            for i, m in rows:
                yield i, str(m["article_id"]), _place(i, m)[0]

    def committed_sentences(self) -> Iterator[tuple[str, str]]:
        """(id, text) of every sentence of its article's current version, the text cut from the
        article's own text (one read of the articles each page needs, none kept past the page)."""
        for rows in self._sentence_pages():
            want = list(dict.fromkeys(str(m["article_id"]) for _, m in rows))
            res = _get(self._articles, want, ["metadatas", "documents"])
            current = {
                i: (str(m.get("hash")), d or "")
                for i, m, d in zip(res["ids"], res["metadatas"], res["documents"], strict=False)
            }
            for i, m in rows:
                article_hash, text = current.get(str(m["article_id"]), ("", ""))
                version, start, end = _place(i, m)
                if article_hash == version:
                    yield i, text[start:end]

    def _sentence_pages(self, page: int = _PAGE) -> Iterator[list[tuple[str, dict[str, Any]]]]:
        offset = 0
        while True:
            res = self._sentences.get(include=["metadatas"], limit=page, offset=offset)
            if not res["ids"]:
                return
            yield list(zip(res["ids"], res["metadatas"], strict=False))
            offset += len(res["ids"])

    def reset(self) -> None:
        """Drop both collections (for --rebuild)."""
        for name in (SENTENCES, ARTICLES):
            with contextlib.suppress(Exception):  # absent already is fine
                self._client.delete_collection(name)
        self.__init__(self.settings, self._client)  # type: ignore[misc]


def _get(
    collection: Any, ids: Sequence[str] | None, include: list[str], where: dict[str, Any] | None = None
) -> dict[str, list[Any]]:
    """collection.get in pages of _PAGE (listed ids, or limit/offset over all or `where`), joined."""
    keys = ["ids", *include]
    out: dict[str, list[Any]] = {k: [] for k in keys}

    def take(res: dict[str, Any]) -> int:
        for k in keys:
            out[k].extend(res[k] if res.get(k) is not None else [])
        return len(res["ids"])

    if ids is not None:
        want = list(ids)
        for b in range(0, len(want), _PAGE):
            take(collection.get(ids=want[b : b + _PAGE], include=include))
        return out
    offset = 0
    while n := take(collection.get(where=where, include=include, limit=_PAGE, offset=offset)):
        offset += n
    return out


def _place(i: str, m: dict[str, Any]) -> tuple[str, int, int]:
    """A sentence's (article hash, start, end): in its metadata if an earlier version wrote it
    there, else in its id."""
    if "article_hash" in m:
        return str(m["article_hash"]), int(m["start"]), int(m["end"])
    place = sentence_place(i)
    if place is None:
        raise IndexStateError(f"Sentence {i!r} in the index has no article version or offsets.")
    return place


def _hit(i: str, m: dict[str, Any], emb: Any, cosine: float) -> Hit:
    article_hash, start, end = _place(i, m)
    return Hit(
        id=i,
        article_id=str(m["article_id"]),
        article_hash=article_hash,
        start=start,
        end=end,
        vector=np.asarray(emb, dtype=np.float32) if emb is not None else None,
        cosine=cosine,
    )


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
    )
