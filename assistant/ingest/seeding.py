"""The first use of an index: an empty one is filled from seeds/, unless it shows it lost its records."""

from __future__ import annotations

from pathlib import Path

from assistant.errors import IndexStateError
from assistant.index.embedding import Embedder
from assistant.index.store import Store
from assistant.ingest.writer import ingest_paths
from assistant.settings import Settings


def seed_if_empty(store: Store, embedder: Embedder, settings: Settings) -> bool:
    """Whether the index holds articles, after ingesting seeds/ into an empty one."""
    if store.count() > 0:
        return True
    if not store.holds_windows():
        refuse_if_damaged(settings)
    if not Path(settings.seeds_dir).is_dir():
        return False
    ingest_paths([settings.seeds_dir], store, embedder, settings.window_words)
    return store.count() > 0


def refuse_if_damaged(settings: Settings) -> None:
    """An index with no records whose folder holds what only a filled one leaves behind (a saved BM25
    index, HNSW segment files) lost its records: seeding it would hide the loss behind five seed articles.
    Only called when no window record is stored either: an ingest killed before its first article commit
    leaves windows and HNSW files but lost nothing, and is answered (or seeded) as an empty index."""
    if settings.chroma_host:
        return
    folder = Path(settings.index_dir)
    signs = [p.name for p in folder.glob("lexical-*.npz")] + [p.parent.name for p in folder.glob("*/data_level0.bin")]
    if signs:
        raise IndexStateError(
            f"The index at {folder} holds no articles, yet it shows signs of an earlier index "
            f"({', '.join(signs[:3])}): it is damaged, so it is not silently rebuilt from the seeds. "
            "Rebuild it from your files: `factcheck ingest --rebuild seeds/ YOUR_FILES`."
        )
