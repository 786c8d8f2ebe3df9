"""Many processes, one index: a running server sees what another process ingests (real processes, real HTTP)."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.conftest import SEEDS, app_process, cli_env, factcheck_bin, free_port

pytestmark = pytest.mark.slow


def _article(path: Path, outlet: str, title: str, body: str) -> Path:
    path.write_text(f"---\noutlet: {outlet}\ntitle: {title}\npublished: 2025-01-10\n---\n{body}\n", encoding="utf-8")
    return path


def _ingest(index: Path, *paths: Path) -> None:
    r = subprocess.run(
        [factcheck_bin(), "--index", str(index), "ingest", *map(str, paths)],
        env=cli_env(),
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert r.returncode == 0, r.stderr[-2000:]


def test_a_server_sees_articles_another_process_replaces_and_adds(tmp_path):
    from gradio_client import Client

    index, docs = tmp_path / "index", tmp_path / "docs"
    docs.mkdir()
    bridge = docs / "bridge.txt"
    _article(
        bridge, "Bay Chronicle", "Carrow Bay bridge", "The Carrow Bay bridge will reopen in March, the council said."
    )
    _ingest(index, SEEDS, docs)
    port = free_port()
    env = cli_env(FACTCHECK_INDEX=str(index), GRADIO_SERVER_PORT=str(port))
    with app_process(env, tmp_path):
        api = Client(f"http://127.0.0.1:{port}", verbose=False)
        question = "When will the Carrow Bay bridge reopen?"
        first = api.predict(question, api_name="/answer")
        assert any("March" in c["quote"] for c in first["citations"]), first["text"]

        _article(
            bridge,
            "Bay Chronicle",
            "Carrow Bay bridge",
            "The Carrow Bay bridge will reopen in April, the council said.",
        )
        _ingest(index, docs)  # another process replaces the article the server has cached
        second = api.predict(question, api_name="/answer")
        quotes = [c["quote"] for c in second["citations"]]
        assert any("April" in q for q in quotes) and not any("March" in q for q in quotes), second["text"]

        _article(
            docs / "ferry.txt",
            "Tide Post",
            "Eastmere ferry",
            "The Eastmere ferry captain said the storm sank two moorings.",
        )
        _ingest(index, docs)  # and adds one
        third = api.predict("What did the Eastmere ferry captain say about the storm?", api_name="/answer")
        assert third["verdict"] != "not_in_sources"
        assert any("sank two moorings" in c["quote"] for c in third["citations"]), third["text"]
