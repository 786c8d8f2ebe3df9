"""The web UI: a Gradio chat over the fact-check assistant, and a sources tab to see and add articles.

    python app.py [--host HOST] [--port PORT]

Binds 127.0.0.1 unless --host or GRADIO_SERVER_NAME says otherwise; the port is --port,
GRADIO_SERVER_PORT, or the first free one from 7860. The index is built from seeds/ on first use.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.errors import BadInputError, FactcheckError
from assistant.export import session_json, session_markdown
from assistant.ingest.loaders import SUFFIXES, Defaults
from assistant.models import Answer, IngestReport
from assistant.settings import Settings, env_int, login_lines, offline_defaults, server_address
from assistant.ui.render import (
    answer_html,
    conversation,
    error_html,
    ingest_html,
    sources_html,
    status_html,
    user_html,
)

if TYPE_CHECKING:
    import gradio as gr

    from assistant.pipeline import Assistant

log = logging.getLogger("factcheck.app")

# Answers are CPU-bound (one embedding, one BM25 search, ~0.1-1 s each); a few run side by side so one
# slow question does not hold up the rest, and more than that would only share the same cores.
CHAT_CONCURRENCY = 4


def chat_concurrency() -> int:
    """Answers run side by side (FACTCHECK_UI_CONCURRENCY, default CHAT_CONCURRENCY)."""
    return env_int("FACTCHECK_UI_CONCURRENCY", CHAT_CONCURRENCY, 1, 64)


# The model picker's value for the configured model (FACTCHECK_LLM), which never leaves the server.
CONFIGURED = "configured"
# Beyond this many waiting requests a user is told the server is busy instead of waiting for minutes.
QUEUE_SIZE = 64
# Uploads: one article is at most 25 MB (loaders.MAX_FILE_BYTES); a .jsonl batch may be up to 50 MB
# (bigger corpora go in through `factcheck ingest`, which has no upload to buffer).
MAX_UPLOAD = "50mb"

# A corpus's own example questions (`examples.json` beside its seed articles); a corpus without them
# gets its most recent headlines, one per outlet, as claims to check.
EXAMPLES_FILE = "examples.json"
EXAMPLES_SHOWN = 5


def example_questions(assistant: Assistant) -> list[str]:
    path = Path(assistant.settings.seeds_dir) / EXAMPLES_FILE
    if path.is_file():
        try:
            listed = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            log.warning("ignoring %s: %s", path, exc)
        else:
            return [q.strip() for q in listed if isinstance(q, str) and q.strip()][:EXAMPLES_SHOWN]
    try:
        summaries = assistant.store.list_articles()
    except Exception:  # examples are a nicety; an unreadable index is reported when a question is asked
        return []
    seen: set[str] = set()
    out: list[str] = []
    for a in sorted(summaries, key=lambda a: a.published or "", reverse=True):
        if a.outlet not in seen and a.title and not a.title.startswith("("):
            seen.add(a.outlet)
            out.append(a.title.rstrip("…"))
    return out[:EXAMPLES_SHOWN]


INTRO = (
    "Ask a question or paste a claim. Every sentence of an answer is a **verbatim quote** from a news "
    "article, credited to its outlet; open a card to read the quote highlighted in its article."
)
THINKING = "Searching the articles for quotes…"
FAILED = "Something went wrong while answering this question; the server log has the details. Please try again."

CSS = """
.fc-answer { line-height: 1.5; }
.fc-answer p { margin: 0.4em 0; }
.fc-badge { display: inline-block; padding: 2px 10px; border-radius: 999px; font-size: 0.85em;
  font-weight: 600; margin-bottom: 4px; border: 1px solid transparent; }
.fc-v-supported { background: #dcfce7; color: #14532d; border-color: #86efac; }
.fc-v-refuted { background: #fee2e2; color: #7f1d1d; border-color: #fca5a5; }
.fc-v-contested { background: #fef3c7; color: #78350f; border-color: #fcd34d; }
.fc-v-unclear { background: #e0e7ff; color: #1e3a8a; border-color: #a5b4fc; }
.fc-v-not_in_sources, .fc-v-unknown { background: #f3f4f6; color: #374151; border-color: #d1d5db; }
.fc-ref { font-size: 0.8em; vertical-align: super; color: #4338ca; font-weight: 600; }
.fc-notice { color: #92400e; font-style: italic; }
.fc-badge-detail { font-weight: normal; }
.fc-quote, .fc-hl, .fc-article-text { white-space: pre-wrap; tab-size: 4; }
.fc-stance { display: inline-block; padding: 0 6px; border-radius: 6px; font-size: 0.8em; border: 1px solid #d1d5db; }
.fc-s-supports { background: #dcfce7; color: #14532d; }
.fc-s-refutes { background: #fee2e2; color: #7f1d1d; }
.fc-s-neither { background: #f3f4f6; color: #374151; }
.fc-sides { display: grid; grid-template-columns: 1fr 1fr; gap: 10px; margin-top: 10px; }
.fc-side { display: flex; flex-direction: column; gap: 6px; }
.fc-side-title { font-weight: 600; font-size: 0.9em; }
.fc-cards { display: flex; flex-direction: column; gap: 6px; margin-top: 10px; }
.fc-card { border: 1px solid #d1d5db; border-radius: 8px; padding: 6px 10px; background: rgba(127,127,127,0.04); }
.fc-card > summary { cursor: pointer; list-style: none; }
.fc-card > summary::-webkit-details-marker { display: none; }
.fc-card-head { display: block; font-size: 0.85em; color: #4b5563; }
.fc-n { font-weight: 700; color: #4338ca; }
.fc-outlet { font-weight: 700; color: inherit; }
.fc-title { font-style: italic; }
.fc-quote { display: block; margin: 4px 0 2px; padding-left: 8px; border-left: 3px solid #a5b4fc; }
.fc-speaker { color: #6b7280; font-size: 0.9em; }
.fc-uploaded { color: #92400e; font-size: 0.85em; font-style: italic; }
.fc-open { display: inline-block; font-size: 0.8em; color: #4338ca; text-decoration: underline; }
.fc-card[open] .fc-open { display: none; }
.fc-article { margin-top: 6px; border-top: 1px dashed #d1d5db; padding-top: 6px; }
.fc-article-head { font-size: 0.8em; color: #6b7280; margin-bottom: 4px; }
.fc-article-text { position: relative; max-height: 320px; overflow-y: auto; font-size: 0.9em;
  padding-right: 6px; white-space: normal; }
mark.fc-hl { background: #fde047; color: #111827; padding: 1px 0; border-radius: 2px; }
.fc-status { color: #6b7280; font-style: italic; }
.fc-error { color: #991b1b; }
.fc-table { width: 100%; border-collapse: collapse; font-size: 0.9em; }
.fc-table th, .fc-table td { text-align: left; padding: 4px 8px; border-bottom: 1px solid #e5e7eb; }
.fc-num { text-align: right !important; }
.fc-file-error { color: #991b1b; }
"""

# Opening a card scrolls its article so the highlighted quote is in view (the text is still all there,
# and the quote still highlighted, without this).
HEAD = """<script>
document.addEventListener("toggle", function (e) {
  var card = e.target;
  if (!card || !card.classList || !card.classList.contains("fc-card") || !card.open) return;
  var box = card.querySelector(".fc-article-text"), mark = card.querySelector("mark.fc-hl");
  if (box && mark) box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
}, true);
</script>"""


def build_app(assistant: Assistant, concurrency: int | None = None) -> gr.Blocks:
    """The whole UI over one Assistant, queued; launch it with `launch()`."""
    import gradio as gr

    limit = concurrency or chat_concurrency()
    with gr.Blocks(title="factcheck", fill_height=True) as demo:
        gr.Markdown(f"## factcheck\n{INTRO}")
        _ask_tab(assistant, limit)
        _sources_tab(assistant, demo)
        gr.api(_answer_api(assistant), api_name="answer", concurrency_limit=limit)
    demo.queue(default_concurrency_limit=limit, max_size=QUEUE_SIZE)
    return demo


def _respond(assistant: Assistant) -> Any:
    """The chat handler over this assistant."""

    def respond(
        message: str,
        history: list[dict[str, Any]] | None,
        model: str | None = "",
        session: list[Answer] | None = None,
        period: tuple[str, str] | None = None,
    ) -> Iterator[tuple[str, list[dict[str, Any]], list[Answer]]]:
        """The user's message as text, a progress line, then the answer: (textbox, chat, the session's
        answers for export) each time. `period`: the date filters (since, until), blank for none."""
        since, until = period or ("", "")
        prior = conversation(history or [])
        kept = list(session or [])
        shown = [*(history or []), {"role": "user", "content": user_html(message)}]
        yield "", [*shown, {"role": "assistant", "content": status_html(THINKING)}], kept
        try:
            target = assistant.with_llm(assistant.settings.llm if model == CONFIGURED else (model or None))
        except FactcheckError as exc:
            yield "", [*shown, {"role": "assistant", "content": error_html(str(exc))}], kept
            return
        reply, ans = answer_turn(target, message, prior, since or None, until or None)
        yield "", [*shown, {"role": "assistant", "content": reply}], [*kept, *([ans] if ans else [])]

    return respond


def _export(session: list[Answer] | None) -> tuple[Any, Any]:
    """The session's answers as a JSON file and a Markdown report, for the two download buttons."""
    import gradio as gr

    if not session:
        return gr.update(value=None, interactive=False), gr.update(value=None, interactive=False)
    folder = Path(tempfile.mkdtemp(prefix="factcheck-session-"))
    stamp = time.strftime("%Y%m%d-%H%M%S", time.gmtime())
    as_json = folder / f"factcheck-session-{stamp}.json"
    as_md = folder / f"factcheck-session-{stamp}.md"
    as_json.write_text(session_json(session), encoding="utf-8")
    as_md.write_text(session_markdown(session), encoding="utf-8")
    return gr.update(value=str(as_json), interactive=True), gr.update(value=str(as_md), interactive=True)


def _exports_pending() -> tuple[Any, Any]:
    """Both download buttons off, keeping their file, until the session's new turn is written."""
    import gradio as gr

    return gr.update(interactive=False), gr.update(interactive=False)


def _pick_example(evt: gr.SelectData) -> str:
    return str(evt.value.get("text", "")) if isinstance(evt.value, dict) else str(evt.value)


def _answer_api(assistant: Assistant) -> Any:
    """The /answer endpoint over this assistant."""
    import gradio as gr

    def answer_api(
        question: str,
        history: list[dict[str, Any]] | None = None,
        since: str | None = None,
        until: str | None = None,
        as_of: str | None = None,
    ) -> dict[str, Any]:
        """The Answer as JSON: verdict, text with [n] markers, citations with quote, outlet and offsets.
        `since` / `until` (YYYY-MM-DD): only articles published in that period; `as_of` (YYYY-MM-DD): the
        day "this week" and the like count from (default: the newest article's date)."""
        try:
            ans = assistant.answer(question, history=history or [], since=since, until=until, as_of=as_of)
            return ans.to_dict()
        except FactcheckError as exc:
            raise gr.Error(str(exc), print_exception=False) from None

    return answer_api


def _ask_tab(assistant: Assistant, limit: int) -> None:
    """The chat, the model picker, the period filter and the export buttons, with their events."""
    import gradio as gr

    with gr.Tab("Ask"):
        # A Chatbot of our own rather than gr.ChatInterface: ChatInterface shows the user's message as
        # markdown with HTML, so a question holding <img onerror=...> would run in the page.
        chatbot = gr.Chatbot(
            label="factcheck",
            height="68vh",
            latex_delimiters=[],  # news text is full of $ signs
            sanitize_html=True,
            allow_tags=False,
            buttons=["copy"],
            feedback_options=None,
            examples=[{"text": q} for q in example_questions(assistant)] or None,
            placeholder="Pick an example or type a question below.",
            elem_id="fc-chat",
        )
        model = _model_picker(assistant)
        question = gr.Textbox(
            show_label=False,
            placeholder="Ask a question or paste a claim…",
            submit_btn=True,
            lines=1,
            max_lines=6,
            autofocus=True,
            elem_id="fc-question",
        )
        with gr.Accordion("Only articles published…", open=False, elem_id="fc-period"), gr.Row():
            since = gr.Textbox(label="from (YYYY-MM-DD)", max_lines=1, elem_id="fc-since")
            until = gr.Textbox(label="to (YYYY-MM-DD)", max_lines=1, elem_id="fc-until")
        # The period rides in a State, not as inputs of /chat, so the chat API keeps its parameters.
        period = gr.State(("", ""))
        session = gr.State([])
        with gr.Row():
            save_json = gr.DownloadButton(
                "Export session (JSON)", size="sm", interactive=False, elem_id="fc-export-json"
            )
            save_md = gr.DownloadButton(
                "Export session (Markdown report)", size="sm", interactive=False, elem_id="fc-export-md"
            )
    _ask_events(assistant, limit, chatbot, model, question, since, until, period, session, save_json, save_md)


def _model_picker(assistant: Assistant) -> Any:
    """The "Answer with" dropdown; hidden when no language model is available."""
    import gradio as gr

    from assistant.llm.backends import model_choices

    # The configured model's setting may hold credentials in its URL: the page gets a token.
    choices = [
        (label, CONFIGURED if spec and spec == assistant.settings.llm else spec or "")
        for label, spec in model_choices(assistant.settings)
    ]
    model = gr.Dropdown(
        choices=choices,
        value=CONFIGURED if assistant.settings.llm else "",
        label="Answer with",
        info="A language model writes prose with a verdict; its quotes are checked like any other.",
        elem_id="fc-model",
        visible=len(choices) > 1,
    )
    return model


def _ask_events(assistant: Assistant, limit: int, *parts: Any) -> None:
    import gradio as gr

    chatbot, model, question, since, until, period, session, save_json, save_md = parts
    respond, export, pick_example = _respond(assistant), _export, _pick_example
    # Gradio finds the event argument by its annotation, which this module leaves as a string.
    pick_example.__annotations__["evt"] = gr.SelectData
    chat: dict[str, Any] = {
        "fn": respond,
        "inputs": [question, chatbot, model, session, period],
        "outputs": [question, chatbot, session],
    }
    saved: dict[str, Any] = {"fn": export, "inputs": [session], "outputs": [save_json, save_md]}
    gr.on(
        [since.change, until.change],
        lambda a, b: (a, b),
        [since, until],
        period,
        api_visibility="private",
        queue=False,
    )
    # While an answer is on its way the downloads are off: the file they hold lacks it until `saved` runs.
    stale: dict[str, Any] = {"fn": _exports_pending, "inputs": None, "outputs": [save_json, save_md]}
    question.submit(**stale, api_visibility="private", queue=False)
    question.submit(**chat, api_name="chat", concurrency_limit=limit, concurrency_id="chat").then(
        **saved, api_visibility="private", queue=False
    )
    chatbot.example_select(pick_example, None, question, api_visibility="private", queue=False).then(
        **stale, api_visibility="private", queue=False
    ).then(**chat, api_visibility="private", concurrency_limit=limit, concurrency_id="chat").then(
        **saved, api_visibility="private", queue=False
    )
    chatbot.clear(lambda: [], None, session, api_visibility="private", queue=False).then(
        **saved, api_visibility="private", queue=False
    )


def _sources_tab(assistant: Assistant, demo: gr.Blocks) -> None:
    """The list of indexed articles, and the form that adds more."""
    import gradio as gr

    def list_sources() -> str:
        return sources_html(assistant.store.list_articles())

    def add(files: list[str] | None, outlet: str | None, request: Any = None) -> tuple[str, str]:
        user = getattr(request, "username", None)
        return ingest_html(add_files(assistant, files or [], outlet, user)), list_sources()

    add.__annotations__["request"] = gr.Request  # the signed-in user, when logins are on

    with gr.Tab("Sources") as sources_tab:
        sources = gr.HTML(elem_id="fc-sources")
        gr.Markdown(
            "**Add articles** (`.txt`/`.md` with an `outlet:` header, `.html` pages, `.jsonl`). They go "
            "through the same ingest as `factcheck ingest`; a file with no outlet uses the one below."
        )
        with gr.Row():
            files = gr.File(label="Article files", file_count="multiple", file_types=list(SUFFIXES), scale=3)
            with gr.Column(scale=1):
                outlet = gr.Textbox(label="Outlet for files that do not name one", max_lines=1)
                add_btn = gr.Button("Add to the index", variant="primary")
        report = gr.HTML(elem_id="fc-ingest-report")
    add_btn.click(add, [files, outlet], [report, sources], api_name="add_articles", concurrency_limit=1)
    sources_tab.select(list_sources, None, sources, api_visibility="private")
    demo.load(list_sources, None, sources, api_name="sources")


def answer_turn(
    assistant: Assistant,
    message: str,
    history: Sequence[Any] | None,
    since: str | None = None,
    until: str | None = None,
) -> tuple[str, Answer | None]:
    """One chat reply as HTML, and its Answer (None when it failed): a library error becomes its one
    sentence, anything else a short apology."""
    try:
        ans = assistant.answer(message, history=list(history or []), since=since, until=until)
        return answer_html(ans, assistant.articles([c.source for c in ans.citations])), ans
    except FactcheckError as exc:
        return error_html(str(exc)), None
    except Exception:
        log.exception("answering %r failed", message[:200] if isinstance(message, str) else message)
        return error_html(FAILED), None


def add_files(
    assistant: Assistant, files: Sequence[Any], outlet: str | None = None, user: str | None = None
) -> list[tuple[str, IngestReport]]:
    """Ingest each uploaded file on its own, so each gets its own line of success or error. Uploaded
    articles live under `upload/<user>/`: a file named like a seed, or an `id:` header naming one,
    adds an article of its own and replaces nothing it did not create."""
    who = re.sub(r"[^\w.-]+", "_", user or "anonymous")
    defaults = Defaults(
        outlet=(outlet or "").strip() or None,
        id_prefix=f"upload/{who}",
        uploaded_by=user or "anonymous",
        uploaded_at=time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    )
    results = []
    for f in files:
        path = Path(f if isinstance(f, str) else getattr(f, "path", None) or f.name)
        try:
            rep = assistant.ingest([path], defaults)
        except FactcheckError as exc:
            rep = IngestReport(errors=(str(exc),))
        except Exception:
            log.exception("ingesting %s failed", path)
            rep = IngestReport(errors=("could not be added; the server log has the details.",))
        # Uploads sit in a temporary folder; users know them by their file name.
        errors = tuple(
            e.replace(str(path), path.name).replace("pass --outlet NAME", "fill in the outlet box") for e in rep.errors
        )
        results.append((path.name, replace(rep, errors=errors)))
    return results


def launch(demo: gr.Blocks, host: str = "127.0.0.1", port: int | None = None, **kwargs: Any) -> Any:
    """Start serving `demo` with the page's CSS and script; kwargs go to Blocks.launch."""
    return demo.launch(
        server_name=host,
        server_port=port,
        css=CSS,
        head=HEAD,
        show_error=False,
        max_file_size=MAX_UPLOAD,
        footer_links=["api"],
        **kwargs,
    )


def _load(assistant: Assistant, failures: list[BaseException]) -> None:
    from assistant.index.embedding import load_embedder

    try:
        # A first start on a new machine serves on the fp32 graph; int8 is checked once it is up.
        load_embedder(assistant.settings, defer_int8=True)
        assistant.ensure_index()  # loads the model; builds the index from seeds/ on first use
    except BaseException as exc:  # re-raised in the main thread
        failures.append(exc)


def _warm_up(assistant: Assistant) -> None:
    """One throwaway answer builds the lexical index and runs the model once, before the first user
    asks; then int8 is checked on this CPU if it never was (the first start on a machine)."""
    try:
        assistant.answer("NATO troops")
        finish = getattr(assistant.embedder, "finish_int8", None)
        if finish is not None:
            finish()
    except Exception:
        log.exception("warm-up failed")


LOOPBACK = ("127.0.0.1", "localhost", "::1")


def logins() -> list[tuple[str, str]]:
    """Users who may sign in: `FACTCHECK_AUTH_FILE` (one `user:password` a line) and/or `FACTCHECK_AUTH`
    (`user:password[,user:password]`). None configured: no login page."""
    users = []
    for entry in (e.strip() for e in login_lines()):
        if not entry or entry.startswith("#"):
            continue
        user, sep, password = entry.partition(":")
        if not sep or not user or not password:
            raise BadInputError("A login must be written user:password (FACTCHECK_AUTH / FACTCHECK_AUTH_FILE).")
        users.append((user, password))
    return users


def serve(
    host: str | None = None,
    port: int | None = None,
    settings: Settings | None = None,
    *,
    block: bool = True,
    public_without_login: bool = False,
) -> gr.Blocks:
    """Load the model and index (built from seeds/ on first use), then serve the UI. Beyond loopback a
    login is required unless `public_without_login` (the operator's explicit choice)."""
    offline_defaults()
    started = time.monotonic()
    host, port = server_address(host, port)
    users = logins()
    concurrency = chat_concurrency()
    if host not in LOOPBACK and not users and not public_without_login:
        raise BadInputError(
            f"Refusing to serve on {host} without a login: anyone who reaches it could read the corpus and "
            "upload articles. Set FACTCHECK_AUTH=user:password (or FACTCHECK_AUTH_FILE), or pass "
            "--public-without-login if that is what you want."
        )
    from assistant.pipeline import default_assistant

    assistant = default_assistant(settings or Settings.from_env())
    failures: list[BaseException] = []
    # The model and index load while gradio imports and the page is built: cold start is the longer
    # of the two, not their sum.
    load = threading.Thread(target=_load, args=(assistant, failures), name="factcheck-load", daemon=True)
    load.start()
    demo = build_app(assistant, concurrency)
    load.join()
    if failures:
        raise failures[0]
    threading.Thread(target=_warm_up, args=(assistant,), name="factcheck-warm-up", daemon=True).start()
    if host not in LOOPBACK and not users:
        print(f"factcheck: serving on {host} with no login: anyone who can reach it can use it.", file=sys.stderr)
    launch(demo, host, port, prevent_thread_lock=True, auth=users or None, quiet=True)
    print(f"factcheck: ready in {time.monotonic() - started:.1f} s at {demo.local_url}", file=sys.stderr, flush=True)
    if block:
        demo.block_thread()
    return demo


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Serve the factcheck chat (Gradio) on the seed corpus or your index.")
    p.add_argument("--host", help="address to bind (default: $GRADIO_SERVER_NAME or 127.0.0.1)")
    p.add_argument("--port", type=int, help="port (default: $GRADIO_SERVER_PORT or the first free from 7860)")
    p.add_argument(
        "--public-without-login",
        action="store_true",
        help="serve beyond 127.0.0.1 with no login (otherwise set FACTCHECK_AUTH=user:password or FACTCHECK_AUTH_FILE)",
    )
    args = p.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)  # gradio's own start-up checks, one line each
    try:
        serve(host=args.host, port=args.port, public_without_login=args.public_without_login)
    except FactcheckError as exc:
        print(f"factcheck: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:  # Gradio's "Cannot find empty port ..." already says what to do
        print(f"factcheck: cannot serve: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
