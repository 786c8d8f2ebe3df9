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
    """Unique per version and place, and readable back (`sentence_place`): the id carries what
    would otherwise be three metadata fields per sentence, each a row Chroma writes and indexes."""
    return f"{article_hash_}:{start}:{end}"


def sentence_place(sid: str) -> tuple[str, int, int] | None:
    """(article hash, start, end) from an id made by `sentence_id`; None for any other id (indexes
    written before ids carried them keep the three in metadata instead)."""
    parts = sid.split(":")
    if len(parts) != 3 or not (parts[1].isdigit() and parts[2].isdigit()):
        return None
    return parts[0], int(parts[1]), int(parts[2])
