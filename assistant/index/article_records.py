"""The article records: one per article, the commit point of its version."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from assistant.errors import IndexStateError
from assistant.hashing import sentence_key, span_id
from assistant.index.disk import DiskRoom
from assistant.index.records import (
    WRITE_BATCH,
    ArticleSummary,
    Window,
    article_from,
    clean_meta,
    get_paged,
    pages,
    parse_spans,
    spans_text,
)
from assistant.models import Article


class ArticleRecords(DiskRoom):
    """Articles in, Articles out; each record lists its windows' sentences and names its text."""

    def count(self) -> int:
        return int(self._articles.count())

    def article_hashes(self, ids: Sequence[str] | None = None) -> dict[str, str]:
        res = get_paged(self._articles, ids, ["metadatas"])
        return {i: str(m.get("hash")) for i, m in zip(res["ids"], res["metadatas"], strict=False)}

    def get_articles(self, ids: Sequence[str]) -> dict[str, tuple[str, Article]]:
        """id -> (content hash, Article), cached per hash."""
        want = [i for i in dict.fromkeys(ids) if i not in self._article_cache]
        if want:
            res = get_paged(self._articles, want, ["metadatas", "documents"])
            texts = self._texts_of(res["ids"], res["metadatas"], res["documents"])
            for i, meta in zip(res["ids"], res["metadatas"], strict=False):
                if meta is None or i not in texts:  # removed by another process between the lookup and the read
                    continue
                self._article_cache[i] = (str(meta["hash"]), article_from(i, meta, texts[i]))
        return {i: self._article_cache[i] for i in ids if i in self._article_cache}

    def article_text(self, article_id: str) -> str:
        got = self.get_articles([article_id])
        if article_id not in got:
            raise IndexStateError(f"No article {article_id!r} in the index at {self.where}.")
        return got[article_id][1].text

    def list_articles(self) -> list[ArticleSummary]:
        res = get_paged(self._articles, None, ["metadatas"])
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
        for b in range(0, len(items), WRITE_BATCH):
            part = items[b : b + WRITE_BATCH]
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
        return clean_meta(
            {
                "hash": article_hash,
                "sentences": sum(len(w.sentences) for w in windows),
                "windows": ";".join(spans_text(w.sentences) for w in windows),
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

    def committed_sentences(self) -> Iterator[tuple[str, str]]:
        """(key, text) of every sentence of every article's current version, from the article
        records alone: each lists its windows' sentences and holds the text they are cut from."""
        for res in pages(self._articles, ["metadatas", "documents"]):
            texts = self._texts_of(res["ids"], res["metadatas"], res["documents"])
            for i, m in zip(res["ids"], res["metadatas"], strict=False):
                article_hash, text = str(m.get("hash")), texts.get(i, "")
                for window in filter(None, str(m.get("windows", "")).split(";")):
                    spans = parse_spans(window)
                    wid = span_id(article_hash, spans[0][0], spans[-1][1])
                    for s, e in spans:
                        yield sentence_key(wid, s, e), text[s:e]
