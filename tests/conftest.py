"""Shared fixtures: the real model, a real on-disk Chroma index in a temp folder, built once."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from assistant.settings import Settings, offline_defaults

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
# Invented outlets: a wire story, its reprints and rewrites, and independent reports (eval/wire/origins.json).
WIRE = ROOT / "eval" / "wire"

offline_defaults()


@pytest.fixture(autouse=True)
def _isolated_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test touches the repo's index/: each gets its own unless it asks for the shared one."""
    monkeypatch.setenv("FACTCHECK_INDEX", str(tmp_path / "index"))
    monkeypatch.setenv("FACTCHECK_SEEDS", str(SEEDS))


@pytest.fixture(scope="session")
def int8_graphs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fp32 graph exported and every int8 scheme's graph quantised, once per session, by the functions that
    write them for users (about 13 s a scheme here): the int8 self-check tests copy them rather than quantise
    again in each test, and the IR-version check reads them."""
    from assistant.index import onnx_embedding as oe
    from assistant.index.embedding import packaged_model_dir

    model_dir = packaged_model_dir()
    fp32 = oe.onnx_path(model_dir, "onnx", cache=tmp_path_factory.mktemp("int8-graphs"))
    for scheme in oe.SCHEMES:
        oe._quantize(fp32, fp32.parent / oe._int8_name(scheme), model_dir, scheme)
    return fp32.parent


@pytest.fixture(scope="session")
def seed_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    return Settings.from_env(index_dir=tmp_path_factory.mktemp("seed-index"), seeds_dir=SEEDS)


@pytest.fixture(scope="session")
def seeded(seed_settings: Settings) -> Iterator[object]:
    """An Assistant over the five seed articles, index built once per test session (read-only use)."""
    from assistant.pipeline import Assistant

    assistant = Assistant(seed_settings)
    assistant.ensure_index()
    yield assistant


@pytest.fixture(scope="session")
def wire(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """An Assistant over eval/wire (twelve articles of other outlets and stories), built once per session."""
    from assistant.pipeline import Assistant

    assistant = Assistant(Settings.from_env(index_dir=tmp_path_factory.mktemp("wire-index"), seeds_dir=WIRE))
    assistant.ensure_index()
    yield assistant


@pytest.fixture
def fresh(tmp_path: Path) -> object:
    """An Assistant over an empty index of its own, sharing the loaded model."""
    from assistant.pipeline import Assistant

    return Assistant(Settings.from_env(index_dir=tmp_path / "own-index", seeds_dir=tmp_path / "no-seeds"))


def factcheck_bin() -> str:
    """The installed console script: tests drive the CLI through its real entry point."""
    import sys

    exe = Path(sys.executable).parent / "factcheck"
    return str(exe) if exe.exists() else "factcheck"


def cli_env(**extra: str) -> dict[str, str]:
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False"}
    env.update(extra)
    return env


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="session")
def ui_server(seeded: object) -> Iterator[str]:
    """The web UI over the seed index, served on 127.0.0.1 for the session; yields its URL."""
    from app import build_app, launch

    demo = build_app(seeded)  # type: ignore[arg-type]
    launch(demo, "127.0.0.1", free_port(), prevent_thread_lock=True, quiet=True)
    yield demo.local_url
    demo.close()


@contextmanager
def app_process(env: dict[str, str], cwd: Path, timeout: float = 120) -> Iterator[tuple[float, list[str]]]:
    """`python app.py` as a user starts it; yields (seconds until it said it is ready, its output lines)."""
    started = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "app.py")],
        cwd=cwd,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines: list[str] = []
    assert proc.stdout is not None
    out = proc.stdout
    threading.Thread(target=lambda: lines.extend(iter(out.readline, "")), daemon=True).start()
    try:
        ready = None
        while time.monotonic() - started < timeout and proc.poll() is None:
            if any("factcheck: ready" in line for line in lines):
                ready = time.monotonic() - started
                break
            time.sleep(0.2)
        assert ready is not None, "".join(lines)[-3000:]
        yield ready, lines
    finally:
        proc.terminate()
        proc.wait(timeout=30)
