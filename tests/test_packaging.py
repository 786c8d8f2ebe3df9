"""The package as a user installs it: a wheel built from this checkout carries what runs offline."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT


@pytest.mark.slow
def test_a_wheel_carries_the_prompts_and_the_models_data(tmp_path: Path) -> None:
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(ROOT),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = tmp_path.glob("factcheck-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    prompts = {p.name for p in (ROOT / "prompts").glob("*.md")}
    assert prompts and {f"assistant/_prompts/{p}" for p in prompts} <= names
    data = {"assistant/index/calibration.txt", "assistant/index/selfcheck.txt", "assistant/stance_model/model.onnx"}
    wings = {f"assistant/{w}/__init__.py" for w in ("ingest", "index", "answer", "llm", "ui", "evals")}
    assert data | wings | {"assistant/stance_model/MODEL_CARD.md", "app.py"} <= names
    # Unpacked with no checkout beside it, the prompts are found inside the package.
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    probe = (
        "from assistant.answer.stance import MODEL_DIR; assert (MODEL_DIR / 'model.onnx').is_file(); "
        "from assistant.llm.prompts import load, prompts_dir; load('answer'); print(prompts_dir())"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=site, env={"PYTHONPATH": str(site)}
    )
    assert out.returncode == 0, out.stderr
    assert Path(out.stdout.strip()) == site / "assistant" / "_prompts"
