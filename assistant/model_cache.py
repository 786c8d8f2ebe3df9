"""Cache folders made from a model file (the embedder's exported ONNX graphs, the stance model's widened
graph): each is named by the sha256 of the file it came from, so every install of the same file on a
machine shares one folder; the hash of each source file is remembered by its path, size and mtime, so it
is read once per install (and again whenever the file changes), not at every start; and folders that no
remembered, unchanged source file leads to any more are removed.

Named by the file's path instead, every virtual environment had exported its own 113 MB of the same
embedding graphs, and nothing removed one when its environment went."""

from __future__ import annotations

import contextlib
import re
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assistant.hashing import file_sha256, read_record, write_record

# In each cache root, beside its folders: {source path: {"stamp": [size, mtime_ns], "sha256": ...}}.
SOURCES = "sources.json"
_FOLDER = re.compile(r"[0-9a-f]{20}")
# A folder changed this recently is never removed: another process may be writing into it before its
# source file is remembered.
PRUNE_AFTER_S = 3600.0


def _stamp(path: Path) -> list[int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return [st.st_size, st.st_mtime_ns]


def remembered_sha256(file: Path, root: Path, folder_of: Callable[[str], str]) -> str:
    """The sha256 of `file`, from `root`'s record where the file is unchanged since it was hashed.
    Remembering a new file is also when `root` is tidied (`prune`; `folder_of` names the folder a
    sha256 leads to). A cache that cannot be written only means hashing again next time."""
    where = str(file.resolve())
    known = read_record(root / SOURCES).get(where)
    stamp = _stamp(file)
    if isinstance(known, dict) and known.get("stamp") == stamp and isinstance(known.get("sha256"), str):
        return str(known["sha256"])
    sha = file_sha256(file)
    with contextlib.suppress(OSError):
        root.mkdir(parents=True, exist_ok=True)
        write_record(root / SOURCES, {**read_record(root / SOURCES), where: {"stamp": stamp, "sha256": sha}})
        prune(root, folder_of)
    return sha


def prune(root: Path, folder_of: Callable[[str], str]) -> None:
    """Remove the folders of `root` that no remembered source file (still there, unchanged) leads to,
    once they are `PRUNE_AFTER_S` old, and forget the source files that are gone or changed."""
    sources = read_record(root / SOURCES)
    live: dict[str, Any] = {
        where: rec
        for where, rec in sources.items()
        if isinstance(rec, dict)
        and isinstance(rec.get("sha256"), str)
        and isinstance(rec.get("stamp"), list)
        and _stamp(Path(where)) == rec["stamp"]
    }
    keep = {folder_of(rec["sha256"]) for rec in live.values()}
    folders: list[Path] = []
    with contextlib.suppress(OSError):
        if len(live) != len(sources):
            write_record(root / SOURCES, live)
        folders = [f for f in root.iterdir() if f.is_dir() and _FOLDER.fullmatch(f.name) and f.name not in keep]
    now = time.time()
    for folder in folders:
        with contextlib.suppress(OSError):
            if now - folder.stat().st_mtime > PRUNE_AFTER_S:
                shutil.rmtree(folder, ignore_errors=True)
