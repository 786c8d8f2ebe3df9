"""How the index was built (its manifest), its revision and stamp, and migration between schemas."""

from __future__ import annotations

import base64
import json
import logging
import uuid
from dataclasses import replace

from assistant.errors import IndexMismatchError
from assistant.index.disk import DiskRoom
from assistant.index.records import (
    DATA_FILE,
    SENTENCES,
    Manifest,
    pages,
)

log = logging.getLogger(__name__)


class BuildRecord(DiskRoom):
    """The manifest, revision and stamp, kept in the window collection's metadata."""

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
            for res in pages(self._sentences, ["metadatas"]):
                rows = [(i, m) for i, m in zip(res["ids"], res["metadatas"], strict=False) if m and "vectors" in m]
                if not rows:
                    continue
                self._data.put_packed([(i, base64.b64decode(str(m["vectors"]))) for i, m in rows])
                # Chroma's update merges metadata: a key set to None is removed.
                self._sentences.update(ids=[i for i, _ in rows], metadatas=[{"vectors": None} for _ in rows])
                moved += len(rows)
            self._set_meta(manifest, self.revision() + 1)
        log.info("index at %s: moved %d windows' sentence vectors into %s (schema 3)", self.where, moved, DATA_FILE)
