"""Scale-out: the same answers from a real Chroma server (`chroma run`) as from the local index."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from assistant.pipeline import Assistant
from assistant.settings import Settings

QUESTIONS = [
    "did NATO rule out troops?",
    "Will NATO reply to Russia in writing?",
    "What did Lavrov say about the Ukrainian people?",
    "What is the capital of Australia?",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def chroma_server(tmp_path):
    exe = Path(sys.executable).parent / "chroma"
    if not exe.exists():
        exe = Path(shutil.which("chroma") or "chroma")
    port = _free_port()
    proc = subprocess.Popen(
        [str(exe), "run", "--path", str(tmp_path / "server-data"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            time.sleep(0.2)
    else:
        proc.kill()
        pytest.fail("chroma run did not start listening within 60 s")
    yield port
    proc.terminate()
    proc.wait(timeout=20)


def test_server_answers_match_embedded(seeded, chroma_server, tmp_path):
    """Ingest the seeds into a Chroma server; every answer equals the embedded index's answer."""
    settings = Settings.from_env(
        index_dir=tmp_path / "unused",
        seeds_dir=seeded.settings.seeds_dir,
        chroma_host="127.0.0.1",
        chroma_port=chroma_server,
    )
    remote = Assistant(settings, embedder=seeded.embedder)
    remote.ensure_index()
    assert remote.store.count() == seeded.store.count() == 5
    for q in QUESTIONS:
        a, b = seeded.answer(q), remote.answer(q)
        assert a.verdict == b.verdict
        assert [(c.source, c.start, c.end, c.outlet) for c in a.citations] == [
            (c.source, c.start, c.end, c.outlet) for c in b.citations
        ]


def test_unreachable_server_is_a_clear_error(seeded, tmp_path):
    """A server that is not there: one sentence naming it and how to start it."""
    from assistant.errors import IndexStateError

    settings = Settings.from_env(index_dir=tmp_path / "x", chroma_host="127.0.0.1", chroma_port=_free_port())
    with pytest.raises(IndexStateError, match="chroma run"):
        Assistant(settings, embedder=seeded.embedder).answer("did NATO rule out troops?")
