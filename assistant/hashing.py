"""Content hashes: the ids that make re-ingesting the same text a no-op."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any


def file_sha256(path: Path) -> str:
    """The sha256 of a file, read in 1 MB blocks (model weights are tens of MB)."""
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def read_record(path: Path) -> dict[str, Any]:
    """A JSON object kept beside a cached file (its recorded sha256, the checks run on it); empty when
    the file is missing, unreadable or not an object, so the caller makes it again."""
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_record(path: Path, data: dict[str, Any]) -> None:
    """Write such a record whole or not at all (a reader in another process never sees half of it)."""
    tmp = path.with_name(f".{path.name}-{os.getpid()}")
    tmp.write_text(json.dumps(data, indent=1, sort_keys=True))
    os.replace(tmp, path)


def digest(*parts: str) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(part.encode("utf-8"))
        h.update(b"\x00")
    return h.hexdigest()[:32]


def span_id(article_hash_: str, start: int, end: int) -> str:
    """The id of a window record: unique per version and place, and readable back (`span_place`),
    carrying what would otherwise be three metadata fields, each a row Chroma writes and indexes."""
    return f"{article_hash_}:{start}:{end}"


def span_place(sid: str) -> tuple[str, int, int] | None:
    """(article hash, start, end) from an id made by `span_id`; None for any other id."""
    parts = sid.split(":")
    if len(parts) != 3 or not (parts[1].isdigit() and parts[2].isdigit()):
        return None
    return parts[0], int(parts[1]), int(parts[2])


def sentence_key(window_id: str, start: int, end: int) -> str:
    """A sentence's key: its window's id and its own offsets, so a sentence found by keyword alone
    leads to the window record that holds its vector."""
    return f"{window_id}:{start}:{end}"


def window_of(key: str) -> str:
    """The window id in a key made by `sentence_key`."""
    return key.rsplit(":", 2)[0]
