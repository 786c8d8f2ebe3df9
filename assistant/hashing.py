"""Content hashes: the ids that make re-ingesting the same text a no-op."""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models import Article


def digest(*parts: str) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()[:32]


def article_hash(article: Article) -> str:
    return digest(
        article.id,
        article.outlet,
        article.title,
        article.published or "",
        article.url or "",
        article.original_source or "",
        article.text,
    )


def sentence_id(article_hash_: str, start: int, end: int) -> str:
    return digest(article_hash_, str(start), str(end))
