"""The `factcheck` command through its real entry point, as a user runs it."""

from __future__ import annotations

import json
import subprocess

from tests.conftest import cli_env, factcheck_bin


def run(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([factcheck_bin(), *args], capture_output=True, text=True, env=env, timeout=300)


def test_help_explains_every_command():
    """--help lists the commands; each command's --help describes its options."""
    out = run("--help", env=cli_env()).stdout
    for cmd in ("ingest", "ask", "serve", "eval"):
        assert cmd in out
    assert "--outlet" in run("ingest", "--help", env=cli_env()).stdout
    assert "--json" in run("ask", "--help", env=cli_env()).stdout


def test_ingest_then_ask_json(tmp_path):
    """ingest reports per file (bad file named, exit 1); ask --json prints the verified Answer."""
    env = cli_env(FACTCHECK_INDEX=str(tmp_path / "idx"), FACTCHECK_SEEDS=str(tmp_path / "none"))
    good = tmp_path / "quarry.txt"
    good.write_text(
        "---\noutlet: Dale Courier\ntitle: Quarry expansion rejected\npublished: 2023-05-04\n---\n"
        "Councillors in Ashby Dale voted nine to two on Thursday to reject the quarry expansion. "
        "“The roads cannot take another hundred lorries a day,” councillor Mia Forde said.\n",
        encoding="utf-8",
    )
    bad = tmp_path / "broken.txt"
    bad.write_text("no header at all, just words words words words", encoding="utf-8")
    r = run("ingest", str(good), str(bad), "--quiet", env=env)
    assert r.returncode == 1
    assert "1 added" in r.stdout and "1 failed" in r.stdout
    assert "broken.txt: no outlet" in r.stderr
    r = run("ask", "Did the council approve the quarry expansion?", "--json", env=env)
    assert r.returncode == 0, r.stderr
    ans = json.loads(r.stdout)
    assert ans["citations"][0]["outlet"] == "Dale Courier"
    text = good.read_text(encoding="utf-8").split("---\n", 2)[2].strip()
    c = ans["citations"][0]
    assert c["quote"] in text and "reject the quarry expansion" in ans["text"] + c["quote"]


def test_bad_question_is_one_clear_line(tmp_path):
    """An empty question is refused with one sentence on stderr, no traceback."""
    env = cli_env(FACTCHECK_INDEX=str(tmp_path / "idx"), FACTCHECK_SEEDS=str(tmp_path / "none"))
    r = run("ask", "   ", env=env)
    assert r.returncode == 1
    assert r.stderr.strip().startswith("factcheck: The question is empty")
    assert "Traceback" not in r.stderr
