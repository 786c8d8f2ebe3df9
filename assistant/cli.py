"""The `factcheck` command. Every library error becomes one sentence on stderr and exit status 1."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from assistant.errors import BadInputError, FactcheckError
from assistant.settings import Settings, offline_defaults


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="factcheck",
        description="Answer questions from news articles; every sentence rests on a verbatim, cited quote.",
        epilog="Settings come from the environment: FACTCHECK_INDEX (index folder, default ./index), "
        "FACTCHECK_SEEDS, FACTCHECK_MODEL, FACTCHECK_CHROMA_HOST/PORT/SSL/TOKEN, FACTCHECK_LLM, "
        "FACTCHECK_LLM_TIMEOUT, FACTCHECK_LLM_API_KEY. See README.md.",
    )
    p.add_argument("--index", type=Path, help="index folder (default: $FACTCHECK_INDEX or ./index)")
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _ingest_command(sub)
    _ask_command(sub)
    _serve_command(sub)
    _eval_command(sub)
    return p


def _ingest_command(sub: Any) -> None:
    ing = sub.add_parser(
        "ingest",
        help="add articles to the index",
        description=(
            "Add articles: .txt/.md with a '---' header (outlet, title, published, url), .html pages, "
            ".jsonl (one JSON article per line: text, outlet, title, published, url, id). Folders are "
            "searched for such files. Re-ingesting an unchanged file changes nothing; an edited one replaces "
            "its old version. A file that cannot be read is reported and the rest still go in. A web address "
            "(http/https) is fetched: a page, or every page an RSS/Atom feed links to."
        ),
    )
    ing.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files, folders, or web addresses: a page, or an RSS/Atom feed whose linked pages are all "
        "ingested (a URL is the only thing factcheck ever goes online for)",
    )
    ing.add_argument(
        "--url-list", type=Path, metavar="FILE", help="a text file of web addresses to ingest, one per line"
    )
    ing.add_argument("--outlet", help="outlet for files whose header or page does not name one")
    ing.add_argument("--rebuild", action="store_true", help="empty the index first (after a model change)")
    ing.add_argument("--quiet", action="store_true", help="no progress bar")


def _ask_command(sub: Any) -> None:
    ask = sub.add_parser(
        "ask",
        help="answer one question",
        description=(
            "Answer a question or check a claim from the indexed articles. Builds the index from seeds/ on first use."
        ),
    )
    ask.add_argument("question", help='e.g. "did NATO rule out troops?"')
    ask.add_argument("--json", action="store_true", help="print the Answer as JSON")
    ask.add_argument(
        "--claimreview",
        action="store_true",
        help="print the answer as schema.org ClaimReview JSON-LD, ready for a fact-check page",
    )
    ask.add_argument("--author", metavar="NAME", help="the ClaimReview's author, e.g. your newsroom's name")
    ask.add_argument("--author-url", metavar="URL", help="the ClaimReview author's web address")
    ask.add_argument(
        "--since", metavar="DATE", help="only articles published on or after DATE (YYYY-MM-DD, YYYY-MM, YYYY)"
    )
    ask.add_argument("--until", metavar="DATE", help="only articles published on or before DATE (same forms)")
    ask.add_argument(
        "--as-of",
        metavar="DAY",
        help='the day "today", "this week", "last month"… in the question count from (YYYY-MM-DD; default: '
        "the newest article's date)",
    )
    _llm_flags(ask)


def _serve_command(sub: Any) -> None:
    serve = sub.add_parser(
        "serve", help="start the web UI", description="Serve the Gradio chat (same as python app.py)."
    )
    serve.add_argument("--host", help="address to bind (default: $GRADIO_SERVER_NAME or 127.0.0.1)")
    serve.add_argument("--port", type=int, help="port (default: $GRADIO_SERVER_PORT or 7860)")
    serve.add_argument(
        "--public-without-login",
        action="store_true",
        help="serve beyond 127.0.0.1 with no login (otherwise set FACTCHECK_AUTH=user:password or FACTCHECK_AUTH_FILE)",
    )


def _eval_command(sub: Any) -> None:
    ev = sub.add_parser(
        "eval",
        help="measure answers against the evaluation set",
        description=(
            "Run every question of the evaluation set and print citation validity, evidence recall, outlet "
            "coverage, abstention accuracy and latency."
        ),
    )
    ev.add_argument("--file", type=Path, help="questions .jsonl (default: eval/questions.jsonl)")
    ev.add_argument(
        "--corpus",
        type=Path,
        metavar="DIR",
        help="answer from these articles instead of the configured index (indexed once into an index of its "
        "own, rebuilt when a file changes), e.g. --corpus eval/story --file eval/story_questions.jsonl",
    )
    ev.add_argument("--json", action="store_true", help="print the report as JSON")
    ev.add_argument("--misses", action="store_true", help="list the questions that missed")
    ev.add_argument(
        "--climate-fever",
        type=Path,
        metavar="DIR",
        help="evaluate on Climate-FEVER claims instead (DIR holds climate-fever.jsonl, fetched separately); "
        "its evidence is ingested into an index of its own (--eval-index)",
    )
    ev.add_argument(
        "--wice",
        type=Path,
        metavar="DIR",
        help="evaluate on WiCE claims instead (DIR holds wice-claim-dev.jsonl / wice-claim-test.jsonl, fetched "
        "separately); the split's cited articles are ingested into an index of their own (--eval-index)",
    )
    ev.add_argument(
        "--split",
        choices=["test", "dev", "train", "all"],
        default="test",
        help="which claims (default: test, held out: never trained or tuned on; WiCE has dev and test)",
    )
    ev.add_argument(
        "--eval-index",
        type=Path,
        metavar="DIR",
        help="index folder for the dataset's corpus (default: ~/.cache/factcheck/eval/<dataset>)",
    )
    ev.add_argument("--limit", type=int, default=0, help="only the first N claims (0: all)")
    _measure_flags(ev)
    _llm_flags(ev)


def _measure_flags(ev: argparse.ArgumentParser) -> None:
    ev.add_argument(
        "--origins",
        type=Path,
        metavar="DIR",
        help="measure which articles are found to share an origin (wire copy) against DIR/origins.json, "
        "e.g. --origins eval/wire; needs no index or model",
    )
    ev.add_argument(
        "--speakers",
        type=Path,
        metavar="FILE",
        help="measure who each sentence is attributed to against hand-labelled sentences, e.g. --speakers "
        "eval/speakers.jsonl; needs no index or model",
    )


def _llm_flags(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--llm",
        metavar="SPEC",
        help="language model for prose answers (default: $FACTCHECK_LLM, else none): ollama:MODEL[@URL], "
        "openai:MODEL[@BASE_URL], gguf:PATH.gguf or gguf:smollm2; 'none' for the extractive answer",
    )
    p.add_argument("--llm-timeout", type=float, metavar="SECONDS", help="give up on the model after this long")


def _with_llm(args: argparse.Namespace, settings: Settings) -> Settings:
    from dataclasses import replace

    if args.llm is not None:
        settings = replace(settings, llm=None if args.llm.strip().lower() in ("", "none") else args.llm)
    if args.llm_timeout is not None:
        settings = replace(settings, llm_timeout=args.llm_timeout)
    return settings


def main(argv: Sequence[str] | None = None) -> int:
    offline_defaults()
    args = _parser().parse_args(argv)
    try:
        overrides = {"index_dir": args.index} if args.index else {}
        settings = Settings.from_env(**overrides)
        return _COMMANDS[args.command](args, settings)
    except FactcheckError as exc:
        print(f"factcheck: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("factcheck: interrupted; everything committed before the interruption is kept.", file=sys.stderr)
        return 130


def _url_list(path: Path | None) -> list[str]:
    from assistant.ingest.loaders import is_url

    if path is None:
        return []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise BadInputError(f"--url-list {path}: cannot be read ({exc.strerror or exc}).") from None
    urls = [ln.strip() for ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
    bad = [u for u in urls if not is_url(u)]
    if bad:
        raise BadInputError(f"--url-list {path}: not a web address: {bad[0]!r} (one http(s) URL per line).")
    return urls


def _ingest(args: argparse.Namespace, settings: Settings) -> int:
    from tqdm import tqdm

    if not args.paths and not args.url_list:
        raise BadInputError("Name what to ingest: files, folders or web addresses (or --url-list FILE).")

    from assistant.ingest.loaders import Defaults
    from assistant.pipeline import Assistant

    aside = None
    if args.rebuild and not settings.chroma_host:
        from assistant.index.store import set_aside

        aside = set_aside(settings.index_dir)
    assistant = Assistant(settings)
    if args.rebuild and settings.chroma_host:
        assistant.store.reset()
    bar = tqdm(desc="ingest", unit=" articles", disable=args.quiet or None, file=sys.stderr)

    def progress(done: int, errors: int) -> None:
        bar.n = done
        bar.set_postfix(errors=errors)
        bar.refresh()

    report = assistant.ingest([*args.paths, *_url_list(args.url_list)], Defaults(outlet=args.outlet), progress)
    bar.close()
    for err in report.errors:
        print(f"error: {err}", file=sys.stderr)
    if aside is not None:
        import shutil

        shutil.rmtree(aside, ignore_errors=True)  # the new index is built: the old one can go
    print(
        f"{len(report.added)} added, {len(report.replaced)} replaced, {len(report.unchanged)} unchanged, "
        f"{len(report.errors)} failed; {report.sentences} sentences indexed into {assistant.store.where}"
    )
    return 0 if report.ok else 1


def _ask(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.pipeline import Assistant

    if (args.author or args.author_url) and not args.claimreview:
        raise BadInputError("--author and --author-url go with --claimreview.")
    ans = Assistant(_with_llm(args, settings)).answer(
        args.question, since=args.since, until=args.until, as_of=args.as_of
    )
    if args.claimreview:
        review = ans.to_claimreview(args.author, author_url=args.author_url)
        print(json.dumps(review, ensure_ascii=False, indent=2))
        return 0
    if args.json:
        print(json.dumps(ans.to_dict(), ensure_ascii=False, indent=2))
        return 0
    print(f"[{ans.verdict}]")
    print(ans.text)
    for note in ans.notices:
        print(f"note: {note}")
    if ans.citations:
        print()
    for c in ans.citations:
        meta = ", ".join(x for x in (c.outlet, c.published, c.url or c.source) if x)
        print(f"[{c.n}] {meta}\n    “{c.quote}” (chars {c.start}-{c.end})")
    return 0


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    try:
        from app import serve
    except ImportError:
        print("factcheck: the web UI (app.py) is not available in this installation.", file=sys.stderr)
        return 1
    serve(host=args.host, port=args.port, settings=settings, public_without_login=args.public_without_login)
    return 0


def _eval_claims(args: argparse.Namespace, settings: Settings) -> int:
    import json
    from dataclasses import replace
    from functools import partial

    from tqdm import tqdm

    from assistant.evals.evalsets import climate_fever_cases, climate_fever_corpus, run_claims, wice_cases, wice_corpus
    from assistant.pipeline import Assistant
    from assistant.settings import cache_root

    if args.wice:
        # Each WiCE split has its own articles, so its own index.
        name = f"wice-{args.split}"
        cases = wice_cases(args.wice, args.split)
        make_corpus = partial(wice_corpus, args.wice, args.split)
    else:
        name = "climate-fever"
        cases = climate_fever_cases(args.climate_fever, args.split)
        make_corpus = partial(climate_fever_corpus, args.climate_fever)
    index = args.eval_index or cache_root() / "eval" / name
    if args.limit:
        cases = cases[: args.limit]
    assistant = Assistant(_with_llm(args, replace(settings, index_dir=index, seeds_dir=index / "no-seeds")))
    corpus = make_corpus(index.parent / f"{name}-corpus.jsonl")
    if assistant.store.count() == 0:
        print(f"factcheck: indexing {corpus} (once)…", file=sys.stderr)
    # Every time, not only into an empty index: ingest skips the articles already stored, and completes
    # an index that an interrupted run left part-built (which was otherwise evaluated as if whole).
    assistant.ingest([corpus])
    bar = tqdm(total=len(cases), desc=f"{name} {args.split}", unit=" claim", file=sys.stderr)
    report = run_claims(cases, assistant, lambda n: bar.update(1)).summary()
    bar.close()
    print(json.dumps({"dataset": name.removesuffix(f"-{args.split}"), "split": args.split, **report}, indent=1))
    return 0 if report["citation_validity"] == 1.0 else 1


def _corpus_settings(corpus: Path, settings: Settings) -> Settings:
    """An index of its own for an evaluation corpus, named by its files' names, sizes and times, so an
    edited corpus is indexed afresh rather than mixed with its old version."""
    import hashlib
    from dataclasses import replace

    from assistant.ingest.loaders import SUFFIXES
    from assistant.settings import cache_root

    if not corpus.is_dir():
        raise BadInputError(f"--corpus {corpus}: not a folder of articles.")
    files = sorted(f for f in corpus.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
    if not files:
        raise BadInputError(f"--corpus {corpus}: no article files ({', '.join(SUFFIXES)}) in it.")
    key = hashlib.sha256(
        "\n".join(f"{f.relative_to(corpus)}|{f.stat().st_size}|{f.stat().st_mtime_ns}" for f in files).encode()
    ).hexdigest()[:12]
    return replace(
        settings, index_dir=cache_root() / "eval" / f"corpus-{corpus.resolve().name}-{key}", seeds_dir=corpus
    )


def _eval(args: argparse.Namespace, settings: Settings) -> int:
    from tqdm import tqdm

    if args.climate_fever and args.wice:
        raise BadInputError("Pass one of --climate-fever and --wice, not both.")
    if args.climate_fever or args.wice:
        return _eval_claims(args, settings)
    if args.origins:
        import json

        from assistant.evals.evalsets import origin_pairs

        print(json.dumps({"origins": str(args.origins), **origin_pairs(args.origins)}, indent=1))
        return 0
    if args.speakers:
        import json

        from assistant.evals.evalsets import speaker_accuracy

        print(json.dumps({"speakers": str(args.speakers), **speaker_accuracy(args.speakers)}, indent=1))
        return 0

    from assistant.evals.evaluation import default_cases_path, evaluate, load_cases, to_json
    from assistant.pipeline import Assistant

    cases = load_cases(args.file or default_cases_path())
    if args.corpus:
        settings = _corpus_settings(args.corpus, settings)
    assistant = Assistant(_with_llm(args, settings))
    bar = tqdm(total=len(cases), desc="eval", unit=" q", file=sys.stderr, disable=args.json or None)
    report = evaluate(cases, assistant.answer, assistant.articles, lambda n: bar.update(1))
    bar.close()
    if args.json:
        print(to_json(report))
    else:
        print("\n".join(report.lines()))
        if args.misses and report.misses:
            print("missed:\n  " + "\n  ".join(report.misses))
    return 0 if report.citation_validity == 1.0 else 1


_COMMANDS = {"ingest": _ingest, "ask": _ask, "serve": _serve, "eval": _eval}

if __name__ == "__main__":
    sys.exit(main())
