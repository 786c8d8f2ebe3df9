"""One pipeline, one corpus, one phase, in its own process (so peak memory is that work's alone).

    python -m benchmarks.worker ours|baseline ingest|query|all CORPUS INDEX_DIR OUT.json

CORPUS is `seeds` or a .jsonl from benchmarks/corpus.py (the seeds are always added, so the
evaluation questions have their answers somewhere in every corpus).
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
CHUNK_SIZE, CHUNK_OVERLAP, K = 1000, 200, 4  # the LangChain tutorial's splitter and k


def _articles(corpus: str) -> list[Any]:
    from assistant.ingest.writer import load_paths
    from assistant.models import Article

    paths: list[str | Path] = [SEEDS] if corpus == "seeds" else [SEEDS, corpus]
    return [a for a in load_paths(paths) if isinstance(a, Article)]


def _size(path: Path) -> int:
    out = subprocess.run(["du", "-sb", str(path)], capture_output=True, text=True, check=False).stdout
    return int(out.split()[0]) if out else 0


def _peak_bytes() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux: KiB


def _corpus_stats(articles: list[Any]) -> dict[str, Any]:
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    from assistant.ingest.chunking import chunk_article

    splitter = RecursiveCharacterTextSplitter(chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP)
    return {
        "articles": len(articles),
        "chars": sum(len(a.text) for a in articles),
        "words": sum(len(a.text.split()) for a in articles),
        "baseline_chunks": sum(len(splitter.split_text(a.text)) for a in articles),
        "our_windows": sum(len(chunk_article(a, 120)) for a in articles),
    }


# -- ours ------------------------------------------------------------------------------------------
def _our_settings(index: Path) -> Any:
    from assistant.settings import Settings

    return Settings.from_env(index_dir=index, seeds_dir=index / "no-seeds")


def ours_ingest(corpus: str, index: Path) -> dict[str, Any]:
    from assistant.index.embedding import load_embedder
    from assistant.index.store import Store
    from assistant.ingest.writer import ingest_articles

    settings = _our_settings(index)
    t = time.perf_counter()
    embedder = load_embedder(settings)
    embedder.embed_queries(["warm up"])
    model_load = time.perf_counter() - t
    articles = _articles(corpus)
    stats = _corpus_stats(articles)
    store = Store(settings)
    t = time.perf_counter()
    report = ingest_articles(articles, store, embedder, settings.window_words)
    seconds = time.perf_counter() - t
    return {
        **stats,
        "backend": f"{settings.backend} ({getattr(embedder, 'graph', 'torch')} runs here)",
        "model_load_s": model_load,
        "ingest_s": seconds,
        "units": report.sentences,
        "unit": "sentence",
        "index_bytes": _size(index),
    }


def ours_query(corpus: str, index: Path) -> dict[str, Any]:
    from assistant.evals.evaluation import default_cases_path, evaluate, load_cases
    from assistant.pipeline import Assistant

    t = time.perf_counter()
    assistant = Assistant(_our_settings(index))
    cases = load_cases(default_cases_path())
    # evaluate() answers one question untimed first (model, index and BM25 load), then times each.
    first = time.perf_counter()
    assistant.answer(cases[0].question)
    open_s = time.perf_counter() - first
    r = evaluate(cases, assistant.answer, assistant.articles)
    total = time.perf_counter() - t
    return {
        "open_s": open_s,
        "query_total_s": total,
        "step_p50_ms": step_p50(assistant, [c.question for c in cases]),
        "questions": r.questions,
        "p50_ms": r.p50_ms,
        "p95_ms": r.p95_ms,
        "recall": r.evidence_recall,
        "abstention": r.abstention_accuracy,
        "citation_validity": r.citation_validity,
        "recall_method": "a cited quote from a gold outlet contains a gold phrase (evaluate())",
    }


STEPS = ("prepare", "retrieve", "weigh", "compose", "verify")


def step_p50(assistant: Any, questions: list[str]) -> dict[str, float]:
    """Each step of the chain's p50 in ms (the stance model runs in `weigh`), the questions answered once
    more through the real chain with a LangChain callback that times every step."""
    import statistics

    from langchain_core.callbacks import BaseCallbackHandler

    from assistant.answer.scope import turn_for

    class Steps(BaseCallbackHandler):
        def __init__(self) -> None:
            self.started: dict[Any, tuple[str, float]] = {}
            self.ms: dict[str, list[float]] = {name: [] for name in STEPS}

        def on_chain_start(self, serialized: Any, inputs: Any, *, run_id: Any, **kw: Any) -> None:
            self.started[run_id] = (str(kw.get("name")), time.perf_counter())

        def on_chain_end(self, outputs: Any, *, run_id: Any, **kw: Any) -> None:
            name, t = self.started.pop(run_id, ("", 0.0))
            if name in self.ms:
                self.ms[name].append((time.perf_counter() - t) * 1000)

    timer = Steps()
    for q in questions:
        assistant.chain.invoke(turn_for(q), config={"callbacks": [timer]})
    return {name: round(statistics.median(ms), 1) for name, ms in timer.ms.items() if ms}


# -- the plain LangChain pipeline -------------------------------------------------------------------
def _baseline_embeddings() -> Any:
    from langchain_huggingface import HuggingFaceEmbeddings

    from assistant.index.embedding import packaged_model_dir

    return HuggingFaceEmbeddings(model_name=str(packaged_model_dir()), encode_kwargs={"normalize_embeddings": True})


def baseline_ingest(corpus: str, index: Path) -> dict[str, Any]:
    t = time.perf_counter()
    emb = _baseline_embeddings()
    emb.embed_query("warm up")
    model_load = time.perf_counter() - t
    from langchain_chroma import Chroma
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    articles = _articles(corpus)
    stats = _corpus_stats(articles)
    t = time.perf_counter()
    splitter = RecursiveCharacterTextSplitter(chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP)
    docs = splitter.create_documents(
        [a.text for a in articles],
        metadatas=[
            {"outlet": a.outlet, "title": a.title, "published": a.published or "", "source": a.id} for a in articles
        ],
    )
    Chroma.from_documents(
        docs,
        emb,
        persist_directory=str(index),
        collection_name="baseline",
        collection_metadata={"hnsw:space": "cosine"},
    )
    seconds = time.perf_counter() - t
    return {
        **stats,
        "model_load_s": model_load,
        "ingest_s": seconds,
        "units": len(docs),
        "unit": "chunk",
        "index_bytes": _size(index),
    }


def baseline_query(corpus: str, index: Path) -> dict[str, Any]:
    import statistics

    from assistant.evals.evaluation import default_cases_path, load_cases
    from assistant.text import fold

    t = time.perf_counter()
    emb = _baseline_embeddings()
    from langchain_chroma import Chroma

    store = Chroma(collection_name="baseline", embedding_function=emb, persist_directory=str(index))
    cases = load_cases(default_cases_path())
    first = time.perf_counter()
    store.similarity_search(cases[0].question, k=K)
    open_s = time.perf_counter() - first
    latencies, hits = [], 0
    for case in cases:
        q0 = time.perf_counter()
        docs = store.similarity_search(case.question, k=K)
        latencies.append((time.perf_counter() - q0) * 1000)
        phrases = [fold(p) for p in case.gold_phrases]
        if case.answerable and any(
            d.metadata.get("outlet") in case.gold_outlets and any(p in fold(d.page_content) for p in phrases)
            for d in docs
        ):
            hits += 1
    lat = sorted(latencies)
    answerable = sum(c.answerable for c in cases)
    return {
        "open_s": open_s,
        "query_total_s": time.perf_counter() - t,
        "questions": len(cases),
        "p50_ms": statistics.median(lat),
        "p95_ms": lat[min(len(lat) - 1, round(0.95 * (len(lat) - 1)))],
        "recall": hits / answerable,
        "abstention": answerable / len(cases),  # it never abstains: right only on answerable questions
        "recall_method": "one of the k=4 chunks is from a gold outlet and contains a gold phrase",
    }


PHASES = {
    ("ours", "ingest"): ours_ingest,
    ("ours", "query"): ours_query,
    ("baseline", "ingest"): baseline_ingest,
    ("baseline", "query"): baseline_query,
}


def main() -> None:
    pipeline, phase, corpus, index, out = sys.argv[1:6]
    from assistant.settings import offline_defaults

    offline_defaults()
    result: dict[str, Any] = {"pipeline": pipeline, "corpus": corpus, "load_before": os.getloadavg()}
    for p in ("ingest", "query") if phase == "all" else (phase,):
        result.update(PHASES[(pipeline, p)](corpus, Path(index)))
        result[f"{p}_peak_bytes"] = _peak_bytes()
    result["load_after"] = os.getloadavg()
    Path(out).write_text(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
