"""Room on the disk that holds a local index."""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Iterator, Sequence
from typing import Any

from assistant.errors import DiskFullError, IndexStateError
from assistant.index.data_file import IndexData
from assistant.index.records import (
    mb,
)
from assistant.models import Article
from assistant.settings import Settings

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


class StoreBase:
    """What every part of the store shares: the settings, Chroma's client and two collections, the data
    file (None for a Chroma server), and the article cache with the stamp it belongs to."""

    settings: Settings
    where: str
    _client: Any
    _sentences: Any
    _articles: Any
    _data: IndexData | None
    _article_cache: dict[str, tuple[str, Article]]
    _seen_stamp: str | None


class DiskRoom(StoreBase):
    """Refusing a write that would fill the disk, and naming a full disk when Chroma fails on one."""

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
            raise self._disk_full(free, f"the next {len(articles)} article(s) need about {mb(need)}")

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
            f"The disk holding the index at {self.where} is full ({mb(free)} free; {why}). Free some space, "
            f"or move the index folder to a bigger disk and set FACTCHECK_INDEX to it, {then}."
        )
