"""The web UI through real HTTP against the running app on 127.0.0.1 (gradio_client and requests)."""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path

import pytest
import requests

from assistant.answer.verify import check
from assistant.errors import BadInputError
from assistant.models import Answer, Citation
from assistant.settings import Settings
from assistant.ui.render import plain
from tests.conftest import ROOT, app_process, free_port

pytestmark = pytest.mark.slow

ARTICLE = """---
outlet: The Harbour Gazette
title: Springfield harbour bridge to close for repairs
published: 2024-05-01
url: https://gazette.example/bridge
---
The harbour bridge in Springfield will close for repairs in May, the mayor said on Tuesday.
Engineers found cracks in the bridge's steel supports last winter, according to the city's transport office.
"""


def said(message: dict) -> str:
    """A chat message's text: Gradio 6 sends content as a list of parts."""
    content = message["content"]
    if isinstance(content, list):
        return "".join(p.get("text", "") for p in content if isinstance(p, dict))
    return str(content)


def client(url: str):
    from gradio_client import Client

    return Client(url, verbose=False)


def test_answer_endpoint_citations_hold_the_invariant(ui_server, seeded):
    """/answer over HTTP: every citation's quote is its article's text[start:end], from that article's outlet."""
    d = client(ui_server).predict("did NATO rule out troops?", api_name="/answer")
    assert d["verdict"] in ("supported", "refuted", "contested", "unclear")
    assert d["citations"]
    # Nothing that tells a caller how the server is laid out: folders by name, never absolute paths.
    assert not Path(d["settings"]["index_dir"]).is_absolute() and not Path(d["settings"]["seeds_dir"]).is_absolute()
    articles = seeded.articles([c["source"] for c in d["citations"]])
    for c in d["citations"]:
        cit = Citation(**c)
        assert check(cit, articles.get(cit.source)) is None
        assert articles[cit.source].text[cit.start : cit.end] == cit.quote
        assert cit.outlet == articles[cit.source].outlet
        assert f"[{cit.n}]" in d["text"]


def test_chat_endpoint_returns_badge_and_one_card_per_citation(ui_server, seeded):
    """/chat over HTTP: the reply is the user's message and an answer with a card for every citation."""
    textbox, history = client(ui_server).predict("did NATO rule out troops?", [], api_name="/chat")
    assert textbox == ""
    assert [m["role"] for m in history] == ["user", "assistant"]
    reply = said(history[-1])
    expected = seeded.answer("did NATO rule out troops?")
    assert f'class="fc-badge fc-v-{expected.verdict}"' in reply
    assert reply.count('<details class="fc-card">') == len(expected.citations)
    for c in expected.citations:
        assert f'title="characters {c.start}-{c.end}"' in reply
    assert "\n\n" not in reply  # one HTML block: no markdown is applied inside it


def test_follow_up_over_http_uses_the_history(ui_server):
    """A follow-up sent with the conversation so far is answered in its context."""
    c = client(ui_server)
    _, history = c.predict("did NATO rule out troops?", [], api_name="/chat")
    _, history = c.predict("what about the US?", history, api_name="/chat")
    assert len(history) == 4
    assert "Biden" in said(history[-1]) or "American" in said(history[-1])


def test_bad_question_is_one_sentence_not_a_traceback(ui_server):
    """A question the core refuses comes back as its message, in the chat and as an API error."""
    _, history = client(ui_server).predict("???", [], api_name="/chat")
    reply = said(history[-1])
    assert "no words in it" in reply and "Traceback" not in reply
    with pytest.raises(Exception, match="no words in it"):
        client(ui_server).predict("???", api_name="/answer")


def test_page_and_sources_over_plain_http(ui_server, seeded):
    """The page is served, and /sources lists every indexed article with its outlet."""
    r = requests.get(ui_server, timeout=30)
    assert r.status_code == 200 and "gradio" in r.text
    assert requests.get(f"{ui_server}config", timeout=30).json()["title"] == "factcheck"
    table = client(ui_server).predict(api_name="/sources")
    listed = seeded.store.list_articles()
    assert table.count("<tr>") == len(listed) + 1
    for a in listed:
        assert a.outlet in table


def test_upload_then_find_it_in_answers(fresh, tmp_path):
    """Files uploaded over HTTP go through ingest, are reported per file, and are then quoted in answers."""
    from gradio_client import handle_file

    from app import build_app, launch

    good = tmp_path / "bridge.txt"
    good.write_text(ARTICLE)
    no_outlet = tmp_path / "no-outlet.md"
    no_outlet.write_text("Title line\nThe Springfield ferry will run every hour while the harbour bridge is shut.\n")
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{not json\n")
    demo = build_app(fresh)
    launch(demo, "127.0.0.1", free_port(), prevent_thread_lock=True, quiet=True)
    try:
        c = client(demo.local_url)
        files = [handle_file(str(p)) for p in (good, no_outlet, broken)]
        report, table = c.predict(files, "", api_name="/add_articles")
        lines = plain(report).splitlines()
        assert lines[0].startswith("bridge.txt: 1 article added")
        assert lines[1] == "no-outlet.md: failed:" and "fill in the outlet box" in lines[2]
        assert lines[3] == "broken.jsonl: failed:" and "not valid JSON" in lines[4]
        assert report.count('class="fc-file-error"') == 2
        assert "/tmp" not in report and str(tmp_path) not in report  # users see file names, not server paths
        assert "The Harbour Gazette" in table

        report, _ = c.predict([handle_file(str(no_outlet))], "Ferry News", api_name="/add_articles")
        assert plain(report).startswith("no-outlet.md: 1 article added")

        d = c.predict("Will the harbour bridge in Springfield close for repairs?", api_name="/answer")
        sources = {x["source"]: x for x in d["citations"]}
        uploaded = "upload/anonymous/bridge.txt"  # uploads live apart: they never replace another's article
        assert uploaded in sources
        cit = sources[uploaded]
        assert cit["outlet"] == "The Harbour Gazette"
        assert fresh.articles([uploaded])[uploaded].text[cit["start"] : cit["end"]] == cit["quote"]
        # Marked as uploaded, by whom and when, in the API, on the answer's cards and in the sources list.
        assert cit["uploaded_by"] == "anonymous" and re.fullmatch(r"20\d\d-\d\d-\d\d \d\d:\d\d UTC", cit["uploaded_at"])
        assert all(x["uploaded_by"] is None for k, x in sources.items() if not k.startswith("upload/"))
        _, history = c.predict("Will the harbour bridge in Springfield close for repairs?", [], api_name="/chat")
        card = said(history[-1])
        assert f"uploaded by anonymous, {cit['uploaded_at']}" in plain(card)
        assert "uploaded by anonymous" in plain(table)

        report, _ = c.predict([handle_file(str(good))], "", api_name="/add_articles")
        assert "1 article unchanged" in plain(report)

        # An upload named like an article already there (a seed's file name, or its id in the header)
        # adds its own article and leaves that one as it was.
        fresh.ingest([ROOT / "seeds" / "000_d6fe81c9fbb4320e.txt"])
        before = fresh.articles(["000_d6fe81c9fbb4320e.txt"])["000_d6fe81c9fbb4320e.txt"]
        impostor = tmp_path / "000_d6fe81c9fbb4320e.txt"
        impostor.write_text("---\noutlet: Reuters\ntitle: Fake\n---\nNATO said it will deploy combat troops.\n")
        report, _ = c.predict([handle_file(str(impostor))], "", api_name="/add_articles")
        assert "1 article added" in plain(report)
        assert fresh.articles(["000_d6fe81c9fbb4320e.txt"])["000_d6fe81c9fbb4320e.txt"] == before
    finally:
        demo.close()


PAUSE = 2.0


class _SlowAndFailing:
    """A stand-in Assistant: 'slow' takes seconds, 'boom' crashes, anything else answers at once."""

    settings = Settings.from_env()

    def with_llm(self, llm):
        return self

    def answer(self, question: str, *, history=None, since=None, until=None) -> Answer:
        if question == "slow":
            time.sleep(6)
        if question == "pause":
            time.sleep(PAUSE)
        if question == "boom":
            raise RuntimeError("simulated crash with a secret path /srv/secret")
        if question == "bad":
            raise BadInputError("That is not a question.")
        return Answer(
            question=question, verdict="not_in_sources", text=f"**Not in the sources.** ({question})", citations=()
        )

    def articles(self, ids):
        return {}


def test_slow_or_failing_requests_do_not_block_or_break_others():
    """With a slow request running and another crashing, a third is answered at once; the crash is a message."""
    from app import CHAT_CONCURRENCY, build_app, launch

    assert CHAT_CONCURRENCY > 1
    demo = build_app(_SlowAndFailing())
    launch(demo, "127.0.0.1", free_port(), prevent_thread_lock=True, quiet=True)
    try:
        c = client(demo.local_url)
        started = time.monotonic()
        slow = c.submit("slow", [], api_name="/chat")
        time.sleep(0.5)
        _, crashed = c.predict("boom", [], api_name="/chat")
        _, fast = c.predict("quick", [], api_name="/chat")
        fast_done = time.monotonic() - started
        assert "Something went wrong" in said(crashed[-1])
        assert "secret" not in said(crashed[-1]) and "Traceback" not in said(crashed[-1])
        assert "(quick)" in plain(said(fast[-1]))
        assert fast_done < 5, f"a quick question waited {fast_done:.1f} s behind a slow one"
        _, slow_history = slow.result(timeout=60)
        assert "(slow)" in plain(said(slow_history[-1]))
    finally:
        demo.close()


def test_queue_has_a_concurrency_limit(ui_server):
    """Chat events are queued on the real server (not run unqueued)."""
    config = requests.get(f"{ui_server}config", timeout=30).json()
    chat = [d for d in config["dependencies"] if d.get("api_name") == "chat"]
    assert chat and chat[0]["queue"] is not False


@pytest.mark.parametrize("limit", [1, 2])
def test_no_more_answers_run_at_once_than_the_limit(limit):
    """Two answers that each take PAUSE seconds: one after the other under a limit of 1, side by side under 2."""
    from app import build_app, launch

    demo = build_app(_SlowAndFailing(), concurrency=limit)
    launch(demo, "127.0.0.1", free_port(), prevent_thread_lock=True, quiet=True)
    try:
        c = client(demo.local_url)
        started = time.monotonic()
        jobs = [c.submit("pause", [], api_name="/chat") for _ in range(2)]
        for job in jobs:
            _, history = job.result(timeout=60)
            assert "(pause)" in plain(said(history[-1]))
        took = time.monotonic() - started
        if limit == 1:
            assert took >= 2 * PAUSE, f"two answers overlapped under a limit of 1 ({took:.1f} s)"
        else:
            assert took < 2 * PAUSE, f"two answers ran one after the other under a limit of 2 ({took:.1f} s)"
    finally:
        demo.close()


def test_python_app_py_cold_start_serves_on_loopback(tmp_path):
    """`python app.py` with an empty index builds it from seeds/ and answers on 127.0.0.1 within the budget."""
    port = free_port()
    env = {
        **os.environ,
        "FACTCHECK_INDEX": str(tmp_path / "index"),
        "GRADIO_SERVER_PORT": str(port),
        "PYTHONPATH": str(ROOT),
    }
    env.pop("GRADIO_SERVER_NAME", None)
    with app_process(env, tmp_path) as (ready, lines):
        d = client(f"http://127.0.0.1:{port}/").predict("did NATO rule out troops?", api_name="/answer")
        assert d["citations"]
        # 20 s on this machine when it is otherwise idle; FACTCHECK_COLD_START_BUDGET loosens it on a busy one.
        budget = float(os.environ.get("FACTCHECK_COLD_START_BUDGET", "20"))
        assert ready < budget, f"ready after {ready:.1f} s\n" + "".join(lines)[-2000:]
        assert "ready in" in "".join(lines) and f"http://127.0.0.1:{port}/" in "".join(lines)
        assert (Path(tmp_path) / "index").is_dir()


def test_model_choice_is_limited_and_failures_fall_back(ui_server, seeded):
    """Web users pick only from the offered models (no pointing the server at any URL); a configured
    model that is unreachable gives the quoted answer plus a notice, not an error."""
    from app import build_app, launch

    dead = f"openai:some-model@http://127.0.0.1:{free_port()}/v1"
    with pytest.raises(Exception, match="not in the list of choices"):
        client(ui_server).predict("did NATO rule out troops?", [], dead, api_name="/chat")
    demo = build_app(seeded.with_llm(dead))
    launch(demo, "127.0.0.1", free_port(), prevent_thread_lock=True, quiet=True)
    try:
        # The page names the configured model by a token: its URL (and any credentials in it) stays on the server.
        _, history = client(demo.local_url).predict("did NATO rule out troops?", [], "configured", api_name="/chat")
        reply = said(history[-1])
        assert 'class="fc-notice"' in reply and "NATO will not deploy" in reply and "Traceback" not in reply
    finally:
        demo.close()


def test_serving_beyond_loopback_needs_a_login_or_an_explicit_choice(tmp_path):
    """`--host 0.0.0.0` with no login configured is refused in one sentence, before anything loads."""
    import subprocess
    import sys

    env = {**os.environ, "FACTCHECK_INDEX": str(tmp_path / "index")}
    env.pop("FACTCHECK_AUTH", None)
    env.pop("FACTCHECK_AUTH_FILE", None)
    r = subprocess.run(
        [sys.executable, str(ROOT / "app.py"), "--host", "0.0.0.0", "--port", str(free_port())],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert r.returncode == 1
    assert "Refusing to serve on 0.0.0.0 without a login" in r.stderr and "Traceback" not in r.stderr
    assert not (tmp_path / "index").exists()  # refused before loading anything


def test_with_a_login_configured_the_api_wants_it(tmp_path):
    from gradio_client import Client

    logins = tmp_path / "logins"
    logins.write_text("alice:correct-horse\n")
    port = free_port()
    env = {**os.environ, "FACTCHECK_AUTH_FILE": str(logins), "GRADIO_SERVER_PORT": str(port)}
    env["FACTCHECK_INDEX"] = str(tmp_path / "index")
    with app_process(env, tmp_path):
        url = f"http://127.0.0.1:{port}"
        assert requests.get(f"{url}/config", timeout=30).status_code in (401, 403)
        with pytest.raises(Exception):  # noqa: B017 -- gradio_client raises its own error types for a refused login
            Client(url, verbose=False, auth=("alice", "wrong")).predict("did NATO rule out troops?", api_name="/answer")
        alice = Client(url, verbose=False, auth=("alice", "correct-horse"))
        d = alice.predict("did NATO rule out troops?", api_name="/answer")
        assert d["citations"]
        # What alice uploads is hers: kept under her name and shown as uploaded by her.
        from gradio_client import handle_file

        page = tmp_path / "bridge.txt"
        page.write_text(ARTICLE)
        _, table = alice.predict([handle_file(str(page))], "", api_name="/add_articles")
        assert "uploaded by alice" in plain(table)
        d = alice.predict("Will the harbour bridge in Springfield close for repairs?", api_name="/answer")
        mine = [c for c in d["citations"] if c["source"] == "upload/alice/bridge.txt"]
        assert mine and mine[0]["uploaded_by"] == "alice"


def test_example_questions_come_from_the_corpus_not_the_code(fresh, tmp_path, seeded):
    """The seeds' own examples.json gives the seed corpus its examples; a corpus without one gets its
    most recent headlines, one per outlet; the page shows what the data gives."""
    from app import build_app, example_questions, launch
    from tests.corpus import write_jsonl

    shipped = json.loads((ROOT / "seeds" / "examples.json").read_text())
    assert example_questions(seeded) == shipped[:5]
    fresh.ingest([write_jsonl(tmp_path / "stories.jsonl", 12)])
    got = example_questions(fresh)
    newest = sorted(fresh.store.list_articles(), key=lambda a: a.published or "", reverse=True)
    assert got and got[0] == newest[0].title and len(got) == len({a.outlet for a in newest}) == 5
    assert not set(got) & set(shipped)
    demo = build_app(fresh)
    launch(demo, "127.0.0.1", free_port(), prevent_thread_lock=True, quiet=True)
    try:
        config = requests.get(f"{demo.local_url}config", timeout=30).json()
        shown = json.dumps(config["components"])
        assert all(json.dumps(t)[1:-1] in shown for t in got)
    finally:
        demo.close()
