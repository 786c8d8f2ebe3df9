"""Benchmarks: factcheck against the plain LangChain pipeline, on corpora of growing size.

    python -m benchmarks                  # seeds, ~1k and ~10k chunks (add --sizes 100000 if you have hours)
    python -m benchmarks --quick          # seeds + ~40 chunks, under a minute; last line is the summary
    python -m benchmarks --sizes 100000 --pipelines ours   # ours alone where the baseline takes hours

Each pipeline x size runs in fresh processes (ingest, then query), so model load, peak memory and
the first answer are measured as a user would meet them. The baseline is what a user would write:
RecursiveCharacterTextSplitter(1000, 200) -> HuggingFaceEmbeddings (the same packaged model) ->
Chroma.from_documents -> similarity_search(k=4). Ours stores one vector per sentence (late-chunked in
~120-word windows) plus a BM25 index and composes a cited answer; the baseline stores one vector per
1000-character chunk and returns four chunks. So throughput is compared on the same corpus (articles,
words and baseline-chunk equivalents per second), not unit for unit. Results go to benchmarks/out/.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
PIPELINES = ("ours", "baseline")


def _run(pipeline: str, phase: str, corpus: str, index: Path, tag: str) -> dict[str, Any]:
    out = OUT / f"{tag}-{pipeline}-{phase}.json"
    env = {**os.environ, "PYTHONPATH": str(HERE.parent) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    cmd = [sys.executable, "-m", "benchmarks.worker", pipeline, phase, corpus, str(index), str(out)]
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise SystemExit(f"{pipeline} {phase} on {corpus} failed:\n{proc.stderr[-3000:]}")
    data: dict[str, Any] = json.loads(out.read_text())
    return data


def _prepare_model() -> float:
    """Export the ONNX model once (cached), outside every timing; returns the seconds it took."""
    t = time.perf_counter()
    from assistant.index.embedding import load_embedder
    from assistant.settings import Settings, offline_defaults

    offline_defaults()
    embedder = load_embedder(Settings.from_env())
    seconds = time.perf_counter() - t
    try:
        import json

        from assistant.index.embedding import packaged_model_dir
        from assistant.index.onnx_embedding import cpu_key, onnx_path

        checks = json.loads((onnx_path(packaged_model_dir(), "onnx").parent / "checks.json").read_text())
        record = checks.get(cpu_key(), {})
        print(f"CPU: {cpu_key()}; int8 self-check: {record or 'not run'}; runs {getattr(embedder, 'graph', '?')}")
    except (OSError, ValueError):
        print("CPU: int8 self-check not recorded (FACTCHECK_BACKEND is not onnx-int8)")
    return seconds


def measure(size: str, quick: bool, pipelines: tuple[str, ...] = PIPELINES) -> dict[str, Any]:
    from benchmarks.corpus import generate

    corpus = "seeds" if size == "seeds" else str(generate(int(size)))
    result: dict[str, Any] = {"size": size}
    for pipeline in pipelines:
        index = OUT / "index" / f"{size}-{pipeline}"
        shutil.rmtree(index, ignore_errors=True)
        index.mkdir(parents=True)
        if quick:
            result[pipeline] = _run(pipeline, "all", corpus, index, size)
        else:
            result[pipeline] = {
                **_run(pipeline, "ingest", corpus, index, size),
                **_run(pipeline, "query", corpus, index, size),
            }
        print(f"  {pipeline:8} done (load {result[pipeline]['load_after'][0]:.1f})", file=sys.stderr, flush=True)
    return result


def _mb(b: float) -> str:
    return f"{b / 1e6:.0f} MB"


def table(r: dict[str, Any]) -> list[str]:
    if len([name for name in PIPELINES if name in r]) == 1:
        name = "ours" if "ours" in r else "baseline"
        return table_one(r["size"], name, r[name])
    o, b = r["ours"], r["baseline"]

    def rate(x: dict[str, Any], key: str) -> float:
        return float(x[key]) / x["ingest_s"]

    peak = "query_peak_bytes" if "query_peak_bytes" in o else "ingest_peak_bytes"
    rows = [
        (
            "ingest seconds (model load excluded)",
            f"{o['ingest_s']:.1f} s",
            f"{b['ingest_s']:.1f} s",
            b["ingest_s"] / o["ingest_s"],
            "x faster",
        ),
        (
            "  articles/s",
            f"{rate(o, 'articles'):.1f}",
            f"{rate(b, 'articles'):.1f}",
            rate(o, "articles") / rate(b, "articles"),
            "",
        ),
        ("  words/s", f"{rate(o, 'words'):.0f}", f"{rate(b, 'words'):.0f}", rate(o, "words") / rate(b, "words"), ""),
        (
            "  baseline-chunk equivalents/s",
            f"{rate(o, 'baseline_chunks'):.1f}",
            f"{rate(b, 'baseline_chunks'):.1f}",
            rate(o, "baseline_chunks") / rate(b, "baseline_chunks"),
            "",
        ),
        ("  own units/s (sentences | chunks)", f"{rate(o, 'units'):.1f}", f"{rate(b, 'units'):.1f}", None, ""),
        (
            "model load (import + weights)",
            f"{o['model_load_s']:.1f} s",
            f"{b['model_load_s']:.1f} s",
            o["model_load_s"] / b["model_load_s"],
            "",
        ),
        ("index on disk", _mb(o["index_bytes"]), _mb(b["index_bytes"]), o["index_bytes"] / b["index_bytes"], ""),
        (
            "vectors searched (HNSW)",
            f"{o['our_windows']} windows",
            f"{b['units']} chunks",
            o["our_windows"] / b["units"],
            "",
        ),
        (
            "first query in a new process",
            f"{o['open_s'] * 1000:.0f} ms",
            f"{b['open_s'] * 1000:.0f} ms",
            o["open_s"] / b["open_s"],
            "",
        ),
        (
            f"warm latency p50 ({o['questions']} questions)",
            f"{o['p50_ms']:.1f} ms",
            f"{b['p50_ms']:.1f} ms",
            o["p50_ms"] / b["p50_ms"],
            "",
        ),
        ("warm latency p95", f"{o['p95_ms']:.1f} ms", f"{b['p95_ms']:.1f} ms", o["p95_ms"] / b["p95_ms"], ""),
        (
            "peak memory, ingest process",
            _mb(o["ingest_peak_bytes"]),
            _mb(b["ingest_peak_bytes"]),
            o["ingest_peak_bytes"] / b["ingest_peak_bytes"],
            "",
        ),
        (
            f"peak memory, {'query' if peak.startswith('query') else 'same'} process",
            _mb(o[peak]),
            _mb(b[peak]),
            o[peak] / b[peak],
            "",
        ),
        ("evidence recall", f"{o['recall']:.1%}", f"{b['recall']:.1%}", None, ""),
        ("abstention accuracy", f"{o['abstention']:.1%}", f"{b['abstention']:.1%}", None, ""),
    ]
    head = (
        f"== {r['size']}: {o['articles']} articles, {o['words']} words, {o['baseline_chunks']} baseline chunks, "
        f"{o['our_windows']} of our windows, {o['units']} sentences "
        f"(load avg {o['load_before'][0]:.1f}..{b['load_after'][0]:.1f}) =="
    )
    lines = [head, f"{'':38} {'ours':>14} {'baseline':>14} {'ours/baseline':>14}"]
    for name, ov, bv, ratio, _ in rows:
        lines.append(f"{name:38} {ov:>14} {bv:>14} {'' if ratio is None else f'{ratio:.2f}':>14}")
    lines.append(f"  recall, ours: {o['recall_method']}; baseline: {b['recall_method']}")
    lines += _steps_line(o)
    if o.get("earlier_run") or b.get("earlier_run"):
        lines.append(
            "  the two pipelines ran in separate runs "
            f"(load avg ours {o['load_before'][0]:.1f}..{o['load_after'][0]:.1f}, "
            f"baseline {b['load_before'][0]:.1f}..{b['load_after'][0]:.1f}): compare ratios with that in mind"
        )
    lines.append(
        f"  ours runs on {o['backend']}; ours answers (retrieval + BM25 + composition + quote check), "
        "the baseline only retrieves"
    )
    return lines


def table_one(size: str, name: str, o: dict[str, Any]) -> list[str]:
    """One pipeline's figures, for a size where the other was not run (the baseline takes hours at 100k)."""
    rows = [
        ("ingest seconds (model load excluded)", f"{o['ingest_s']:.1f} s"),
        ("  words/s", f"{o['words'] / o['ingest_s']:.0f}"),
        ("  baseline-chunk equivalents/s", f"{o['baseline_chunks'] / o['ingest_s']:.1f}"),
        ("model load (import + weights)", f"{o['model_load_s']:.1f} s"),
        ("index on disk", _mb(o["index_bytes"])),
        ("vectors searched (HNSW)", f"{o['our_windows']} windows" if name == "ours" else f"{o['units']} chunks"),
        ("first query in a new process", f"{o['open_s'] * 1000:.0f} ms"),
        (f"warm latency p50 ({o['questions']} questions)", f"{o['p50_ms']:.1f} ms"),
        ("warm latency p95", f"{o['p95_ms']:.1f} ms"),
        ("peak memory, ingest process", _mb(o["ingest_peak_bytes"])),
        ("peak memory, query process", _mb(o.get("query_peak_bytes", o["ingest_peak_bytes"]))),
        ("evidence recall", f"{o['recall']:.1%}"),
        ("abstention accuracy", f"{o['abstention']:.1%}"),
    ]
    head = (
        f"== {size}: {o['articles']} articles, {o['words']} words, {o['baseline_chunks']} baseline chunks "
        f"(load avg {o['load_before'][0]:.1f}..{o['load_after'][0]:.1f}); {name} only =="
    )
    return [head, *(f"{name:38} {value:>14}" for name, value in rows), *_steps_line(o)]


def _steps_line(o: dict[str, Any]) -> list[str]:
    """Where ours spends a warm answer: each step's p50 (the stance model runs in `weigh`)."""
    steps = o.get("step_p50_ms")
    if not steps:
        return []
    return ["  ours, p50 of each step: " + ", ".join(f"{name} {ms:.1f} ms" for name, ms in steps.items())]


def _merge_saved(r: dict[str, Any]) -> dict[str, Any]:
    """Save this size's result, keeping a pipeline measured for it by an earlier run (marked as such)."""
    path = OUT / f"size-{r['size']}.json"
    if path.is_file():
        old = json.loads(path.read_text())
        for name in PIPELINES:
            if name not in r and name in old:
                r = {**r, name: {**old[name], "earlier_run": True}}
                print(f"  {name} figures for {r['size']} come from an earlier run ({path})", file=sys.stderr)
    path.write_text(json.dumps(r, indent=2))
    return r


def saved_results() -> list[dict[str, Any]]:
    """Every size measured so far (this run and earlier ones), smallest first, for the plot."""
    found = [json.loads(p.read_text()) for p in OUT.glob("size-*.json")]
    return sorted(found, key=lambda r: r["ours"]["baseline_chunks"])


def plot(results: list[dict[str, Any]], path: Path) -> Path | None:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib is not installed (pip install -e '.[bench]'): no plot", file=sys.stderr)
        return None
    fig, (a1, a2) = plt.subplots(1, 2, figsize=(11, 4.2))
    for name, style in (("ours", "o-"), ("baseline", "s--")):
        runs = [r for r in results if name in r]
        xs = [r[name]["baseline_chunks"] for r in runs]
        a1.plot(xs, [r[name]["p50_ms"] for r in runs], style, label=f"{name} p50")
        a1.plot(xs, [r[name]["p95_ms"] for r in runs], style, alpha=0.4, label=f"{name} p95")
        a2.plot(xs, [r[name]["ingest_s"] for r in runs], style, label=name)
    for ax, title, unit in ((a1, "warm query latency", "ms"), (a2, "ingest time (model load excluded)", "s")):
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.set_xlabel("corpus size (baseline chunks of 1000 chars)")
        ax.set_ylabel(unit)
        ax.set_title(title)
        ax.grid(True, which="both", alpha=0.3)
        ax.legend()
    fig.suptitle(f"factcheck vs plain LangChain, {os.cpu_count()} cores")
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    return path


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--quick", action="store_true", help="seeds + ~40 chunks, one process per pipeline")
    p.add_argument("--sizes", nargs="+", help="'seeds' and/or sizes in baseline chunks (default: seeds 1000 10000)")
    p.add_argument(
        "--pipelines",
        nargs="+",
        choices=PIPELINES,
        default=list(PIPELINES),
        help="which pipelines to run (default both; 'ours' alone for a size the baseline would take hours on)",
    )
    args = p.parse_args()
    sizes = args.sizes or (["40"] if args.quick else ["seeds", "1000", "10000"])
    OUT.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    export_s = _prepare_model()
    print(f"model ready in {export_s:.1f} s (a one-time ONNX export when not cached); load avg {os.getloadavg()}")
    results = []
    for size in sizes:
        print(f"-- {size} ...", file=sys.stderr, flush=True)
        r = measure(size, args.quick, tuple(args.pipelines))
        if not args.quick:
            r = _merge_saved(r)
        results.append(r)
        print("\n".join(table(r)), flush=True)
    tag = "quick" if args.quick else "full"
    (OUT / f"results-{tag}.json").write_text(json.dumps(results, indent=2))
    plotted = results if args.quick else saved_results()
    png = plot(plotted, OUT / f"bench-{tag}.png") if len(plotted) > 1 or not args.quick else None
    if png:
        sizes_plotted = ", ".join(r["size"] for r in plotted)
        print(f"plot: {png} (sizes {sizes_plotted}; earlier runs' sizes come from {OUT}/size-*.json)")
    print(f"total {time.perf_counter() - started:.0f} s; results: {OUT / f'results-{tag}.json'}")
    both = [r for r in results if "baseline" in r and "ours" in r]
    if not both:
        return
    last = both[-1]
    o, b = last["ours"], last["baseline"]
    print(
        f"ingest x{b['ingest_s'] / o['ingest_s']:.1f} latency x{o['p50_ms'] / b['p50_ms']:.2f} "
        f"recall {o['recall']:.2f}/{b['recall']:.2f}"
    )


if __name__ == "__main__":
    main()
