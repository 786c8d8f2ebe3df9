"""The window records: each window's mean vector (searched) and its sentences' spans and vectors."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from typing import Any

import numpy as np

from assistant.hashing import sentence_key, window_of
from assistant.index.disk import DiskRoom
from assistant.index.records import (
    PAGE,
    WRITE_BATCH,
    Hit,
    Window,
    get_paged,
    pack,
    pages,
    parse_spans,
    sentences_of,
    spans_text,
    version_of,
)


class WindowRecords(DiskRoom):
    """Windows in; sentences out, found by vector or by key, with their exact cosines."""

    def holds_windows(self) -> bool:
        """Whether any window record is stored, committed or not (an ingest stopped before its first
        article commit leaves windows and no articles)."""
        return int(self._sentences.count()) > 0

    def add_windows(self, windows: Sequence[Window]) -> None:
        # No documents: a sentence's text is its article's text at its offsets, and Chroma builds a
        # full-text index of every document it is given.
        for b in range(0, len(windows), WRITE_BATCH):
            part = windows[b : b + WRITE_BATCH]
            means = np.stack([w.vectors.mean(0) for w in part])
            means /= np.maximum(np.linalg.norm(means, axis=1, keepdims=True), 1e-12)
            metas: list[dict[str, Any]] = [
                {"article_id": w.article_id, "sentences": spans_text(w.sentences)} for w in part
            ]
            if self._data is not None:  # committed before the windows that need them
                self._data.put([(w.id, w.vectors) for w in part])
            else:
                for meta, w in zip(metas, part, strict=True):
                    meta["vectors"] = pack(w.vectors)
            self._sentences.upsert(ids=[w.id for w in part], embeddings=means, metadatas=metas)

    def delete_stale_many(self, keep: Sequence[tuple[str, str]]) -> None:
        """Drop these articles' windows of any other version. Exact: a content hash covers the
        article id, so no other article's windows carry one of these hashes."""
        kept = {h for _, h in keep}
        stale: list[str] = []
        for b in range(0, len(keep), PAGE):
            ids = [i for i, _ in keep[b : b + PAGE]]
            res = get_paged(self._sentences, None, [], where={"article_id": {"$in": ids}})
            stale.extend(i for i in res["ids"] if version_of(i) not in kept)
        for b in range(0, len(stale), PAGE):
            self._sentences.delete(ids=stale[b : b + PAGE])
            if self._data is not None:  # after the windows: no window is ever left without its vectors
                self._data.delete(stale[b : b + PAGE])

    def query(self, vector: np.ndarray, windows: int, article_ids: Collection[str] | None = None) -> list[Hit]:
        """Every sentence of the `windows` windows nearest to `vector`, with its exact cosine, best first;
        only windows of `article_ids` when given (empty: none)."""
        if article_ids is not None and not article_ids:
            return []
        # SQLite takes at most ~32k variables: a larger set is filtered by the caller instead.
        where = {"article_id": {"$in": sorted(article_ids)}} if article_ids and len(article_ids) <= PAGE else None
        # No count() first: it scans every record, and Chroma already returns fewer results, or
        # none, from a smaller index.
        with self.guarded(reading=True):
            res = self._sentences.query(
                query_embeddings=[vector], n_results=windows, include=["metadatas"], where=where
            )
        q = np.asarray(vector, np.float32)
        ids, metas = res["ids"][0], res["metadatas"][0]
        kept = self._vectors_of(ids, metas)
        hits = [h for i, m in zip(ids, metas, strict=False) for h in sentences_of(i, m, kept.get(i), q)]
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
            res = get_paged(self._sentences, windows, ["metadatas"])
        q = None if vector is None else np.asarray(vector, np.float32)
        kept = self._vectors_of(res["ids"], res["metadatas"])
        return [
            h
            for i, m in zip(res["ids"], res["metadatas"], strict=False)
            for h in sentences_of(i, m, kept.get(i), q)
            if h.id in want
        ]

    def iter_sentences(self) -> Iterator[tuple[str, str, str]]:
        """(key, article_id, article_hash) of every stored sentence, committed or not."""
        for res in pages(self._sentences, ["metadatas"]):
            for i, m in zip(res["ids"], res["metadatas"], strict=False):
                for s, e in parse_spans(str(m["sentences"])):
                    yield sentence_key(i, s, e), str(m["article_id"]), version_of(i)
