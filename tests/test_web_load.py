"""The web server under load and attack: 50 questions at once, uploads that try to escape, no network."""

from __future__ import annotations

import concurrent.futures
import time
from pathlib import Path

import requests

from assistant.answer.verify import check
from assistant.evals.evaluation import default_cases_path, load_cases
from tests.conftest import ROOT, app_process, free_port
from tests.test_faults import run_offline_env


def test_fifty_simultaneous_questions(ui_server, seeded):
    """50 questions at once over HTTP: all answered within 3 minutes, each identical to the library's."""
    from gradio_client import Client

    questions = [c.question for c in load_cases(default_cases_path())][:50]
    expected = {q: seeded.answer(q) for q in questions}
    client = Client(ui_server, verbose=False)
    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=50) as pool:
        futures = {q: pool.submit(client.predict, q, api_name="/answer") for q in questions}
        results = {q: f.result(timeout=180) for q, f in futures.items()}
    elapsed = time.monotonic() - started
    print(f"50 simultaneous questions answered in {elapsed:.1f} s")
    assert elapsed < 180
    for q, d in results.items():
        want = expected[q]
        assert d["verdict"] == want.verdict
        assert [(c["source"], c["start"], c["end"]) for c in d["citations"]] == [
            (c.source, c.start, c.end) for c in want.citations
        ]
        arts = seeded.articles([c["source"] for c in d["citations"]])
        for c in d["citations"]:
            from assistant.models import Citation

            assert check(Citation(**c), arts.get(c["source"])) is None


def _upload(url: str, name: str, data: bytes) -> requests.Response:
    return requests.post(f"{url}gradio_api/upload", files={"files": (name, data, "text/plain")}, timeout=60)


def test_upload_names_cannot_escape_the_upload_folder(ui_server, tmp_path):
    """A file name with ../ is stored inside Gradio's upload folder under its base name."""
    r = _upload(ui_server, "../../../../tmp/factcheck-escape.txt", b"---\noutlet: X\n---\nSome words here today.\n")
    assert r.status_code == 200, r.text
    (stored,) = r.json()
    assert Path(stored).name == "factcheck-escape.txt"
    assert ".." not in Path(stored).parts
    assert not Path("/tmp/factcheck-escape.txt").exists()


def test_server_files_outside_uploads_cannot_be_ingested(ui_server, seeded):
    """An API caller naming a server path (not an upload) is refused; nothing is added."""
    from gradio_client import Client

    before = seeded.store.count()
    secret = ROOT / "README.md"  # an allowed file type, outside the upload folder
    client = Client(ui_server, verbose=False)
    try:
        out = client.predict(
            [{"path": str(secret), "meta": {"_type": "gradio.FileData"}}], "", api_name="/add_articles"
        )
    except Exception as exc:  # gradio refuses the file before our code sees it
        assert "type" not in str(exc).lower(), "refused for its type; the path rule went untested"
    else:
        assert "added" not in out[0]
    assert seeded.store.count() == before


def test_oversized_upload_is_refused(ui_server):
    """An upload over the limit is rejected by the server, not buffered into the index."""
    r = _upload(ui_server, "huge.txt", b"x" * (51 * 1024 * 1024))
    assert r.status_code in (400, 413), r.status_code


def test_app_starts_and_answers_with_no_outbound_network(tmp_path):
    """`python app.py` under a guard refusing every non-loopback connection: ready, answers, never reached out."""
    port = free_port()
    env = run_offline_env(tmp_path, GRADIO_SERVER_PORT=str(port), FACTCHECK_COLD_START_BUDGET="120")
    with app_process(env, tmp_path):
        from gradio_client import Client

        d = Client(f"http://127.0.0.1:{port}/", verbose=False).predict("did NATO rule out troops?", api_name="/answer")
        assert d["citations"]
    log = tmp_path / "attempts.log"
    assert not log.exists(), log.read_text()


def test_upload_of_a_disallowed_type_is_refused(ui_server, seeded, tmp_path):
    """Only article formats are accepted by the server; a script upload is refused and nothing is added."""
    from gradio_client import Client, handle_file

    evil = tmp_path / "payload.py"
    evil.write_text("import os\nos.system('echo owned')\n")
    before = seeded.store.count()
    try:
        out = Client(ui_server, verbose=False).predict([handle_file(str(evil))], "", api_name="/add_articles")
    except Exception as exc:
        assert "Invalid file type" in str(exc)
    else:
        assert "added" not in out[0]
    assert seeded.store.count() == before
