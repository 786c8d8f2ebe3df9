"""The fast ONNX backends give the reference model's vectors and the reference's evaluation results."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from assistant.evals.evaluation import default_cases_path, evaluate, load_cases
from assistant.index.embedding import load_embedder
from assistant.ingest.chunking import chunk_article
from assistant.ingest.writer import load_paths
from assistant.models import Article
from assistant.settings import Settings
from tests.corpus import write_jsonl

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

CASES = load_cases(default_cases_path())


def _windows(*paths: Path) -> tuple[list[str], list[list[tuple[int, int]]]]:
    windows, spans = [], []
    for a in load_paths(list(paths) or [SEEDS]):
        assert isinstance(a, Article)
        for c in chunk_article(a, 120):
            windows.append(c.text)
            spans.append([(s.start - c.start, s.end - c.start) for s in c.sentences])
    return windows, spans


@pytest.fixture(scope="module")
def reference() -> object:
    return load_embedder(Settings.from_env(backend="torch"))


@pytest.mark.parametrize("backend", ["onnx", "onnx-int8"])
def test_sentence_and_query_vectors_match_the_reference(reference, backend):
    """Every late-chunked seed sentence vector and every eval query vector is within cosine 0.99."""
    fast = load_embedder(Settings.from_env(backend=backend))
    windows, spans = _windows()
    ref = np.concatenate(reference.embed_windows(windows, spans))
    got = np.concatenate(fast.embed_windows(windows, spans))
    assert got.shape == ref.shape and len(ref) > 50
    assert float((ref * got).sum(1).min()) >= 0.99
    questions = [c.question for c in CASES]
    q = (reference.embed_queries(questions) * fast.embed_queries(questions)).sum(1)
    assert float(q.min()) >= 0.99
    if backend == "onnx":
        assert float((ref * got).sum(1).min()) >= 0.9999  # fp32: the same function, to rounding


def test_int8_vectors_match_on_text_it_was_not_calibrated_on(reference, tmp_path):
    """The int8 graph is scaled from its calibration text; on other news, every sentence is still
    within cosine 0.99, and on average much closer (0.9957 before the rewrites of _balance)."""
    fast = load_embedder(Settings.from_env(backend="onnx-int8"))
    windows, spans = _windows(write_jsonl(tmp_path / "other.jsonl", 60, seed=7))
    ref = np.concatenate(reference.embed_windows(windows, spans))
    got = np.concatenate(fast.embed_windows(windows, spans))
    cos = (ref * got).sum(1)
    print(f"int8 on {len(cos)} sentences: min {cos.min():.4f} mean {cos.mean():.5f}")
    assert len(cos) > 200 and float(cos.min()) >= 0.99 and float(cos.mean()) >= 0.997


@pytest.mark.parametrize("backend", ["onnx", "onnx-int8"])
def test_a_sentence_vector_does_not_depend_on_the_windows_ingested_beside_it(tmp_path, backend):
    """Each window runs on its own, so an article gets the same vectors whether it is ingested alone or
    among sixty others (int8 in batches of 16 moved them by up to cosine 0.9986: its activation scales
    were shared by the batch)."""
    fast = load_embedder(Settings.from_env(backend=backend))
    windows, spans = _windows(write_jsonl(tmp_path / "other.jsonl", 60, seed=11))
    together = fast.embed_windows(windows, spans)
    assert len(windows) > 50
    for i in range(0, len(windows), 7):
        (alone,) = fast.embed_windows([windows[i]], [spans[i]])
        assert alone.shape == together[i].shape
        assert float((alone * together[i]).sum(1).min()) >= 0.99999, i


@pytest.mark.parametrize("backend", ["onnx", "onnx-int8"])
def test_queries_embedded_together_get_the_vectors_each_gets_alone(backend):
    """The embedder's graph has no attention mask (each sequence runs alone, never padded), so texts of
    different lengths embedded together must still run one at a time: padding attended to would move
    the shorter ones' vectors."""
    fast = load_embedder(Settings.from_env(backend=backend))
    texts = ["Did NATO rule out troops?", *(c.question for c in CASES[:20]), "A much longer question " * 12]
    together = fast.embed_queries(texts)
    alone = np.stack([fast.embed_queries([t])[0] for t in texts])
    assert len({len(t) for t in texts}) > 10
    assert float((together * alone).sum(1).min()) >= 0.99999


def _report(settings: Settings, query_backend: str | None = None) -> dict[str, object]:
    from assistant.pipeline import Assistant

    assistant = Assistant(settings)
    assistant.ensure_index()
    if query_backend:  # an index built by one backend, queried by another
        assistant = Assistant(replace(settings, backend=query_backend), store=assistant.store)
    r = evaluate(CASES, assistant.answer, assistant.articles)
    return {
        "recall": r.evidence_recall,
        "coverage": r.outlet_coverage,
        "abstention": r.abstention_accuracy,
        "validity": r.citation_validity,
        "misses": r.misses,
    }


def _int8_exact() -> bool:
    """Whether int8 runs exact s8 kernels here: s8 passed its check on a CPU whose int8 products are
    exact (VNNI, AMX, ARM's dot products). On AVX2 alone s8 is tried last and, if it runs, is close,
    not exact (its pair sums saturate)."""
    import json

    from assistant.index import onnx_embedding as oe
    from assistant.index.embedding import packaged_model_dir

    load_embedder(Settings.from_env(backend="onnx-int8"))  # runs the check if this CPU has none
    folder = oe.onnx_path(packaged_model_dir(), "onnx").parent
    scheme = json.loads((folder / "checks.json").read_text())[oe.cpu_key()]["scheme"]
    return scheme == "s8" and oe.exact_products(oe.cpu_key())


@pytest.mark.slow
def test_evaluation_results_are_the_same_on_every_backend(tmp_path: Path):
    """`factcheck eval` on the seeds: the same recall, abstention, citation validity and misses whichever
    backend built the index or embeds the question, so an index built by one backend serves the others.
    Outlet coverage (which of the corroborating outlets make the cut) may move under one point.
    Where int8 cannot run exact kernels (an AVX2-only CPU: s8 with saturating sums, or u8u8), an int8
    index may also miss or find one question more, never more, and never refuse one more: on an AVX2
    EPYC, u8u8 (then worst cosine 0.994) missed "Which CNN journalist interviewed Stoltenberg?" (its
    gold RT sentence just under the dense floor) and moved coverage by 1.6 points."""
    base = Settings.from_env(seeds_dir=SEEDS)
    exact = _int8_exact()
    want = _report(replace(base, index_dir=tmp_path / "torch", backend="torch"))
    runs = {b: _report(replace(base, index_dir=tmp_path / b, backend=b)) for b in ("onnx", "onnx-int8")}
    runs["mixed"] = _report(replace(base, index_dir=tmp_path / "mixed", backend="torch"), "onnx-int8")
    for name, got in runs.items():
        strict = name == "onnx" or exact
        coverage = abs(float(got.pop("coverage")) - float(want["coverage"]))  # type: ignore[arg-type]
        assert coverage < (0.01 if strict else 0.03), name
        if not strict:
            moved = set(got.pop("misses")) ^ set(want["misses"])  # type: ignore[arg-type]
            assert len(moved) <= 1, (name, moved)
            assert abs(float(got.pop("recall")) - float(want["recall"])) <= 1 / 46 + 1e-9, name  # type: ignore[arg-type]
        assert got == {k: v for k, v in want.items() if k in got}, name


def test_every_model_runs_unfused_where_the_fused_kernel_is_slower(tmp_path, monkeypatch):
    """ONNX Runtime's SkipLayerNormalization kernel is slower than the Add and LayerNormalization it
    fuses (python -m benchmarks): every session the package opens comes from `runtime.session`, and the
    graph that session runs has no SkipLayerNormalization, in the embedder and in the stance model."""
    import ast

    import onnx
    import onnxruntime as ort

    from assistant.answer.stance import StanceModel
    from assistant.index import embedding, runtime

    package = Path(runtime.__file__).resolve().parent.parent
    opened = [
        p.relative_to(package).as_posix()
        for p in package.rglob("*.py")
        if any(
            isinstance(n, ast.Attribute | ast.Name) and getattr(n, "attr", getattr(n, "id", "")) == "InferenceSession"
            for n in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
        )
    ]
    assert opened == ["index/runtime.py"]

    kept: list[Path] = []

    class Keeping(ort.SessionOptions):  # type: ignore[misc]
        def __init__(self) -> None:
            super().__init__()
            kept.append(tmp_path / f"optimised{len(kept)}.onnx")
            self.optimized_model_filepath = str(kept[-1])

    monkeypatch.setattr(ort, "SessionOptions", Keeping)
    monkeypatch.setattr(embedding, "_CACHE", {})  # a fresh embedder, so its session is opened here
    load_embedder(Settings.from_env(backend="onnx-int8")).embed_queries(["warm"])
    StanceModel()
    assert len(kept) >= 2
    for path in kept:
        ops = {n.op_type for n in onnx.load(str(path), load_external_data=False).graph.node}
        assert "LayerNormalization" in ops and "SkipLayerNormalization" not in ops, path.name


@pytest.mark.parametrize("backend", ["onnx", "onnx-int8"])
def test_a_sentence_past_the_models_token_limit_is_embedded_on_its_own(backend):
    """A window longer than the model reads (a run-on first sentence, then a short one): the sentence
    whose tokens were all cut off gets the vector it has alone, not an empty or borrowed one, and the
    sentence before it keeps its own."""
    fast = load_embedder(Settings.from_env(backend=backend))
    first = " ".join(f"the harbour board met on day {n} and argued about cranes" for n in range(40)) + "."
    last = "The council will not close the Elm Street bridge in May."
    window = f"{first} {last}"
    (vecs,) = fast.embed_windows([window], [[(0, len(first)), (len(first) + 1, len(window))]])
    alone = fast.embed_queries([last, first])
    assert vecs.shape == (2, fast.dim)
    assert float(vecs[1] @ alone[0]) >= 0.99999
    assert float(vecs[0] @ alone[0]) < 0.9 and abs(float(np.linalg.norm(vecs[0])) - 1) < 1e-5


def test_every_graph_written_here_loads_in_the_oldest_runtime_the_package_allows(int8_graphs: Path):
    """`onnx` writes its newest IR version unless told otherwise (14 with onnx 1.23), and onnxruntime
    1.30 refused such a graph on a lent machine ("max supported IR version: 13"). pyproject allows
    onnxruntime >= 1.17, which reads IR 9 at most: the exported graph and every int8 scheme stay there."""
    import onnx

    from assistant.index import onnx_embedding as oe

    written = [int8_graphs / "model.onnx"] + [int8_graphs / oe._int8_name(scheme) for scheme in oe.SCHEMES]
    for path in written:
        assert onnx.load(str(path), load_external_data=False).ir_version <= 9, path.name
