"""Windows of sentences, embedded together so that each sentence's vector carries its context."""

from __future__ import annotations

from assistant.ingest.sentences import split_sentences
from assistant.models import Article, Chunk, Span


def chunk_article(article: Article, window_words: int = 120) -> list[Chunk]:
    """Consecutive sentences up to `window_words`, each window led by the previous sentence as
    context. Every sentence is owned by exactly one window, so it gets exactly one vector."""
    spans = split_sentences(article.text)
    chunks: list[Chunk] = []
    i = 0
    while i < len(spans):
        owned = [spans[i]]
        words = _words(article.text, spans[i])
        j = i + 1
        while j < len(spans) and words + _words(article.text, spans[j]) <= window_words:
            owned.append(spans[j])
            words += _words(article.text, spans[j])
            j += 1
        start = spans[i - 1][0] if i > 0 else owned[0][0]
        end = owned[-1][1]
        chunks.append(
            Chunk(
                article_id=article.id,
                start=start,
                end=end,
                text=article.text[start:end],
                sentences=tuple(Span(a, b) for a, b in owned),
            )
        )
        i = j
    return chunks


def _words(text: str, span: tuple[int, int]) -> int:
    return len(text[span[0] : span[1]].split())
