"""Encoding alone, ours against the plain LangChain pipeline's, on a machine that cannot run the whole
benchmark (no Chroma or LangChain there, e.g. a lent machine with another CPU).

    python -m benchmarks.encode prepare --chunks 1000 enc-1000.json.gz   # here: the texts each side embeds
    python -m benchmarks.encode run enc-1000.json.gz --threads 2          # anywhere with onnxruntime + torch

`prepare` writes what each pipeline hands its model for one corpus: our late-chunked windows with their
sentence spans (`ingest.writer.embed_articles`), and the baseline's 1000/200-character chunks.
`run` needs only numpy, tokenizers, onnxruntime and sentence-transformers: it exports the ONNX graph
from `--model-dir` (default: the packaged model), quantises every int8 scheme, measures each one's worst
sentence cosine to fp32 on the shipped self-check text on this CPU, and times our windows through each
graph (as `OnnxEmbedder.embed_windows` runs at ingest) against the baseline's chunks through
`SentenceTransformer.encode` (what `HuggingFaceEmbeddings` calls), both limited to `--threads` cores.
Ingest also chunks and writes to Chroma; `python -m benchmarks` measures that, where it can run.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import time
from pathlib import Path
from typing import Any


def windows_of(articles: list[Any], window_words: int) -> tuple[list[str], list[list[tuple[int, int]]]]:
    """The windows and sentence spans ingest hands the embedder for these articles."""
    from assistant.ingest.chunking import chunk_article

    windows, spans = [], []
    for a in articles:
        for c in chunk_article(a, window_words):
            windows.append(c.text)
            spans.append([(s.start - c.start, s.end - c.start) for s in c.sentences])
    return windows, spans


def prepare(chunks: int, out: Path) -> None:
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    from assistant.settings import Settings
    from benchmarks.corpus import generate
    from benchmarks.worker import CHUNK_OVERLAP, CHUNK_SIZE, _articles

    articles = _articles(str(generate(chunks)))
    windows, spans = windows_of(articles, Settings.from_env().window_words)
    splitter = RecursiveCharacterTextSplitter(chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP)
    baseline = [t for a in articles for t in splitter.split_text(a.text)]
    data = {"articles": len(articles), "windows": windows, "spans": spans, "chunks": baseline}
    with gzip.open(out, "wt", encoding="utf-8") as f:
        json.dump(data, f)
    print(f"{out}: {len(articles)} articles, {len(windows)} windows, {len(baseline)} baseline chunks")


def cpu_name() -> str:
    for line in Path("/proc/cpuinfo").read_text(errors="replace").splitlines():
        if line.startswith("model name"):
            return line.partition(":")[2].strip()
    return platform.processor() or "unknown"


def _graphs(model_dir: Path) -> dict[str, Path]:
    """fp32 and every int8 scheme, exported and quantised here."""
    from assistant.index import onnx_embedding as oe

    fp32 = oe.onnx_path(model_dir, "onnx")
    graphs = {"fp32": fp32}
    for scheme in oe.SCHEMES:
        path = fp32.parent / oe._int8_name(scheme)
        if not path.is_file():
            oe._quantize(fp32, path, model_dir, scheme)
        graphs[scheme] = path
    return graphs


def _ours_seconds(model_dir: Path, graph: Path, data: dict[str, Any], threads: int) -> float:
    from assistant.index.onnx_embedding import OnnxEmbedder

    emb = OnnxEmbedder("minilm", str(model_dir), "onnx", threads=threads)
    emb._session = emb._open(graph)
    emb.embed_windows(data["windows"][:8], data["spans"][:8])  # warm up
    t = time.perf_counter()
    emb.embed_windows(data["windows"], data["spans"])
    return time.perf_counter() - t


def _baseline_seconds(model_dir: Path, data: dict[str, Any], threads: int) -> float:
    import torch
    from sentence_transformers import SentenceTransformer

    torch.set_num_threads(threads)
    model = SentenceTransformer(str(model_dir), device="cpu")
    model.encode(data["chunks"][:8], normalize_embeddings=True)
    t = time.perf_counter()
    model.encode(data["chunks"], normalize_embeddings=True)
    return time.perf_counter() - t


def run(prepared: Path, model_dir: Path | None, threads: int, out: Path | None) -> dict[str, Any]:
    from assistant.index import onnx_embedding as oe
    from assistant.index.embedding import packaged_model_dir

    model_dir = model_dir or packaged_model_dir()
    with gzip.open(prepared, "rt", encoding="utf-8") as f:
        data = json.load(f)
    graphs = _graphs(model_dir)
    report: dict[str, Any] = {"cpu": cpu_name(), "cpu_key": oe.cpu_key(), "threads": threads}
    report["windows"], report["baseline_chunks"] = len(data["windows"]), len(data["chunks"])
    print(f"{report['cpu']} | {report['cpu_key']} | {threads} threads", flush=True)
    report["baseline_s"] = _baseline_seconds(model_dir, data, threads)
    print(f"baseline encode: {len(data['chunks'])} chunks in {report['baseline_s']:.1f} s", flush=True)
    for name, graph in graphs.items():
        cos = 1.0 if name == "fp32" else oe.agreement(graph, graphs["fp32"], model_dir)
        seconds = _ours_seconds(model_dir, graph, data, threads)
        report[name] = {"worst_cosine": round(cos, 5), "seconds": round(seconds, 2)}
        report[name]["vs_baseline"] = round(report["baseline_s"] / seconds, 2)
        ok = "passes" if cos >= oe.MIN_COSINE else "FAILS"
        print(f"{name:7} cosine {cos:.5f} ({ok}), {seconds:.1f} s, x{report[name]['vs_baseline']}", flush=True)
    if out:
        out.write_text(json.dumps(report, indent=1))
    return report


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = p.add_subparsers(dest="cmd", required=True)
    pp = sub.add_parser("prepare", help="write the texts each pipeline embeds for a generated corpus")
    pp.add_argument("--chunks", type=int, default=1000, help="corpus size in baseline chunks (default 1000)")
    pp.add_argument("out", type=Path, help="output .json.gz")
    pr = sub.add_parser("run", help="check and time every graph against the baseline's encoder on this CPU")
    pr.add_argument("prepared", type=Path, help="a file written by `prepare`")
    pr.add_argument("--model-dir", type=Path, help="sentence-transformers folder (default: the packaged model)")
    pr.add_argument("--threads", type=int, default=min(2, os.cpu_count() or 1), help="cores each side uses")
    pr.add_argument("--out", type=Path, help="also write the figures here as JSON")
    args = p.parse_args()
    if args.cmd == "prepare":
        prepare(args.chunks, args.out)
    else:
        run(args.prepared, args.model_dir, args.threads, args.out)


if __name__ == "__main__":
    main()
