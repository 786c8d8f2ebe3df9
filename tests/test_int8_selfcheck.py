"""The int8 embedding graph proves itself on the CPU that runs it, or is not used there.

Which int8 kernels ONNX Runtime picks depends on the CPU (VNNI or not), so these tests drive the check
itself: a CPU where no int8 scheme is exact enough (MIN_COSINE raised past what int8 can reach) must get
the fp32 graph and one line saying so; a CPU without exact int8 products runs a scheme that cannot saturate; a cache
checked on another CPU must be checked again here. The real AVX2-only run is described in the closing note of issue 14
(qemu-x86_64 -cpu Haswell).
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from assistant.index import embedding
from assistant.index import onnx_embedding as oe
from assistant.index.embedding import packaged_model_dir
from assistant.settings import Settings

TEXTS = ["The council will not close the Elm Street bridge in May, a spokesperson said.", "Did NATO rule out troops?"]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, int8_graphs: Path) -> Path:
    """A cache of our own holding the fp32 graph and every int8 scheme's graph already made (no checks
    recorded), linked to the session's `int8_graphs`: each test drives the check, not the quantiser. Hard links,
    not copies: each copy was 200 MB, and CI's disk filled (no check writes a graph in place)."""
    own = tmp_path / "cache"
    target = own / "onnx" / int8_graphs.name
    shutil.copytree(int8_graphs, target, copy_function=os.link)
    (target / "checks.json").unlink(missing_ok=True)
    monkeypatch.setenv("FACTCHECK_CACHE", str(own))
    monkeypatch.setattr(embedding, "_CACHE", {})
    monkeypatch.setattr(oe, "_SAID", set())
    return target


@pytest.mark.slow
def test_int8_that_is_not_exact_enough_here_falls_back_to_fp32(cache, monkeypatch, capfd):
    monkeypatch.setattr(oe, "MIN_COSINE", 1.01)  # no int8 scheme can reach it: as on an AVX2-only CPU
    emb = embedding.load_embedder(Settings.from_env(backend="onnx-int8"))
    err = capfd.readouterr().err
    assert emb.graph == "model.onnx"  # type: ignore[attr-defined]
    assert [line for line in err.splitlines() if "not exact enough" in line] != []
    assert sum("not exact enough" in line for line in err.splitlines()) == 1
    record = json.loads((cache / "checks.json").read_text())[oe.cpu_key()]
    assert record["scheme"] == "fp32" and set(record["worst_cosine"]) == set(oe.SCHEMES)
    fp32 = embedding.load_embedder(Settings.from_env(backend="onnx"))
    assert np.allclose(emb.embed_queries(TEXTS), fp32.embed_queries(TEXTS), atol=1e-6)
    # A second load in a new process reads the record: no check again, the same one line.
    monkeypatch.setattr(embedding, "_CACHE", {})
    monkeypatch.setattr(oe, "_SAID", set())
    assert embedding.load_embedder(Settings.from_env(backend="onnx-int8")).graph == "model.onnx"  # type: ignore[attr-defined]
    assert "checking the int8" not in capfd.readouterr().err


@pytest.mark.slow
def test_a_cache_checked_on_another_cpu_is_checked_again_here(cache, monkeypatch):
    other = "x86_64 avx2 fma | onnxruntime 0.0.0"
    (cache / "checks.json").write_text(json.dumps({other: {"scheme": "s8", "worst_cosine": {"s8": 0.995}}}))
    emb = embedding.load_embedder(Settings.from_env(backend="onnx-int8"))
    checks = json.loads((cache / "checks.json").read_text())
    assert set(checks) == {other, oe.cpu_key()}
    mine = checks[oe.cpu_key()]
    assert mine["worst_cosine"][mine["scheme"]] >= oe.MIN_COSINE if mine["scheme"] != "fp32" else True
    assert emb.graph == (oe._int8_name(mine["scheme"]) if mine["scheme"] != "fp32" else "model.onnx")  # type: ignore[attr-defined]


@pytest.mark.slow
def test_a_cpu_without_exact_int8_products_runs_a_scheme_that_cannot_saturate(cache, monkeypatch):
    """On AVX2 alone s8's pair sums saturate (worst cosine 0.9897 on an AVX2 EPYC), so a7 (7-bit
    inputs: no pair sum can reach 2^15) is tried first, then u8u8, and s8 last. Where the products are
    exact (VNNI, AMX, ARM's dot products), s8 is first."""
    assert oe.scheme_order("x86_64 avx2 fma avx512f avx512bw avx512_vnni | onnxruntime 1")[0] == "s8"
    assert oe.scheme_order("aarch64 asimddp | onnxruntime 1")[0] == "s8"
    avx2 = "x86_64 avx2 fma | onnxruntime 1"
    assert oe.scheme_order(avx2) == ["a7", "u8u8", "tokens", "s8"]
    monkeypatch.setattr(oe, "cpu_key", lambda: avx2)
    monkeypatch.setattr(oe, "MIN_SPEEDUP", 0.0)  # the order of accuracy is under test, whatever this CPU's speed
    emb = embedding.load_embedder(Settings.from_env(backend="onnx-int8"))
    record = json.loads((cache / "checks.json").read_text())[avx2]
    assert record["scheme"] == "a7" and list(record["worst_cosine"]) == ["a7"], record
    assert emb.graph == "model_int8_a7.onnx"  # type: ignore[attr-defined]


@pytest.mark.slow
def test_int8_that_is_exact_but_no_faster_here_runs_fp32_without_a_word(cache, monkeypatch, capfd):
    """int8 only trades exactness for speed: where the scheme that passes is not MIN_SPEEDUP times as fast
    as fp32 on this CPU (a first-generation EPYC ran a7 at 0.97x), the fp32 graph runs, and that is no
    degradation to announce on every start."""
    monkeypatch.setattr(oe, "MIN_SPEEDUP", 100.0)  # no int8 scheme runs 100x as fast as fp32 anywhere
    emb = embedding.load_embedder(Settings.from_env(backend="onnx-int8"))
    assert emb.graph == "model.onnx"  # type: ignore[attr-defined]
    record = json.loads((cache / "checks.json").read_text())[oe.cpu_key()]
    (tried,) = record["speedup"]  # the first exact scheme was timed, and no later one was quantised
    assert record["scheme"] == "fp32" and tried == oe.scheme_order(oe.cpu_key())[0]
    assert record["worst_cosine"][tried] >= oe.MIN_COSINE and 0 < record["speedup"][tried] < 100
    assert "not exact enough" not in capfd.readouterr().err
    fp32 = embedding.load_embedder(Settings.from_env(backend="onnx"))
    assert np.allclose(emb.embed_queries(TEXTS), fp32.embed_queries(TEXTS), atol=1e-6)
    monkeypatch.setattr(oe, "MIN_SPEEDUP", 0.0)  # the record stands: the next start does not check again
    monkeypatch.setattr(embedding, "_CACHE", {})
    assert embedding.load_embedder(Settings.from_env(backend="onnx-int8")).graph == "model.onnx"  # type: ignore[attr-defined]
    assert capfd.readouterr().err == ""


@pytest.mark.slow
def test_the_speed_check_times_each_graph_on_this_cpu(int8_graphs, tmp_path, monkeypatch):
    """`speedup(int8, fp32)` is how many times as fast the first graph runs as the second: the same graph
    against itself is even, and a graph made slower (every pass 40 ms longer) loses, either way round."""
    import time

    fp32 = int8_graphs / "model.onnx"
    slow = tmp_path / "slow.onnx"
    os.link(fp32, slow)
    real = oe.session

    class Slowed:
        def __init__(self, inner):
            self.inner = inner

        def get_inputs(self):
            return self.inner.get_inputs()

        def run(self, *args):
            time.sleep(0.04)
            return self.inner.run(*args)

    monkeypatch.setattr(oe, "session", lambda p, threads=0: Slowed(real(p, threads)) if p == slow else real(p, threads))
    model_dir = packaged_model_dir()
    assert 0.7 < oe.speedup(fp32, fp32, model_dir) < 1.4
    assert oe.speedup(slow, fp32, model_dir) < 0.9
    assert oe.speedup(fp32, slow, model_dir) > 1.1


def test_the_cpu_key_names_the_core_as_well_as_its_instruction_set():
    """Two CPUs with the same features run int8 at different speeds, so a check made on one core design is
    not taken for another's."""
    key = oe.cpu_key()
    assert key.count(" | ") == 2 and " | core " in key and "onnxruntime" in key
    if Path("/proc/cpuinfo").is_file():
        info = Path("/proc/cpuinfo").read_text(errors="replace")
        if "vendor_id" in info:
            assert info.split("vendor_id")[1].split(":")[1].split()[0] in key


def test_a7_inputs_stay_where_avx2_pair_sums_cannot_saturate(tmp_path):
    """What makes a7 safe on AVX2 is that every quantised input is a u8 within 0..127 (so two products
    with an s8 weight sum to under 2^15) and every weight an s8 within -127..127, on any text: the
    quantised inputs of the real graph, run on news it was not calibrated on, never leave that range,
    and a GELU output's zero point leaves most codes to positive values."""
    import onnx
    from onnx import helper, numpy_helper

    from tests.corpus import write_jsonl

    model_dir = packaged_model_dir()
    fp32 = oe.onnx_path(model_dir, "onnx")
    path = fp32.parent / oe._int8_name("a7")
    if not path.is_file():
        oe._quantize(fp32, path, model_dir, "a7")
    model = onnx.load(str(path))
    mats = [n for n in model.graph.node if n.op_type == "MatMulIntegerToFloat"]
    inits = {i.name: numpy_helper.to_array(i) for i in model.graph.initializer}
    assert len(mats) == 6 * 6 and not [n for n in model.graph.node if n.op_type == "MatMul"]
    for n in mats:
        w = inits[n.input[1]]
        assert w.dtype == np.int8 and int(np.abs(w.astype(np.int32)).max()) <= 127
    quantised = sorted({n.input[0] for n in mats})
    for name in quantised:
        model.graph.output.append(helper.make_tensor_value_info(name, onnx.TensorProto.UINT8, None))
    from assistant.index.runtime import session

    graph = session(model.SerializeToString())
    news = write_jsonl(tmp_path / "n.jsonl", 12, seed=5).read_text().splitlines()
    texts = [json.loads(line)["text"] for line in news]
    tok = oe._tokenizer(model_dir)
    zeros = {n.input[0]: int(inits[n.input[4]].reshape(-1)[0]) for n in mats}  # one zero point per input
    for enc in tok.encode_batch(texts):
        feed, _ = oe._feed([enc], {i.name for i in graph.get_inputs()})
        for name, q in zip(quantised, graph.run(quantised, feed), strict=True):
            assert q.dtype == np.uint8 and int(q.max()) <= 127, name
    assert min(zeros.values()) < 32 and max(zeros.values()) >= 60  # GELU-fed inputs / LayerNorm-fed ones


def test_the_check_measures_sentences_not_whole_windows():
    """A window's sentences are checked one by one: a saturated sentence cannot hide in a long window."""
    text = "First sentence here. Second one, with a quote!\u201d Third? Fourth ends"
    spans = oe._sentence_spans(text)
    assert [text[a:e] for a, e in spans] == [
        "First sentence here.",
        "Second one, with a quote!\u201d",
        "Third?",
        "Fourth ends",
    ]


def test_the_default_graph_passes_its_check_on_this_cpu():
    """Whatever this CPU is, the graph the default backend runs was measured here within MIN_COSINE."""
    s = replace(Settings.from_env(), backend="onnx-int8")
    emb = embedding.load_embedder(s)
    folder = oe.onnx_path(packaged_model_dir(), "onnx").parent
    record = json.loads((folder / "checks.json").read_text())[oe.cpu_key()]
    if record["scheme"] == "fp32":
        assert emb.graph == "model.onnx"  # type: ignore[attr-defined]
    else:
        assert record["worst_cosine"][record["scheme"]] >= oe.MIN_COSINE
        assert emb.graph == oe._int8_name(record["scheme"])  # type: ignore[attr-defined]


def test_a_server_starts_on_fp32_and_moves_to_int8_once_checked(tmp_path, monkeypatch, capfd):
    """With an empty cache, `defer_int8` (the web server's first start) exports fp32 only, with one
    progress line and nothing about int8; `finish_int8` then checks int8 on this CPU, records it,
    and the same embedder runs on the int8 graph from then on, within MIN_COSINE of fp32."""
    monkeypatch.setenv("FACTCHECK_CACHE", str(tmp_path / "empty-cache"))
    monkeypatch.setattr(embedding, "_CACHE", {})
    monkeypatch.setattr(oe, "_SAID", set())
    emb = embedding.load_embedder(Settings.from_env(backend="onnx-int8"), defer_int8=True)
    folder = oe.onnx_path(packaged_model_dir(), "onnx").parent
    assert emb.graph == "model.onnx" and emb.int8_pending  # type: ignore[attr-defined]
    assert not (folder / "checks.json").exists() and not list(folder.glob("model_int8*.onnx"))
    err = capfd.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "preparing the embedding model" in err[0], err
    before = emb.embed_queries(TEXTS)
    emb.finish_int8()  # type: ignore[attr-defined]
    record = json.loads((folder / "checks.json").read_text())[oe.cpu_key()]
    assert emb.graph == ("model.onnx" if record["scheme"] == "fp32" else oe._int8_name(record["scheme"]))  # type: ignore[attr-defined]
    assert not emb.int8_pending  # type: ignore[attr-defined]
    after = emb.embed_queries(TEXTS)
    assert float((before * after).sum(1).min()) >= oe.MIN_COSINE
    assert "checking the int8" not in capfd.readouterr().err  # after the ready line, nothing to read


def test_the_graph_written_from_the_weights_is_the_torch_export(tmp_path):
    """The ONNX graph written directly from the BERT weights (no torch) gives the hidden states of
    torch's own export: cosine 1.0 per self-check sentence, |difference| under 1e-4 everywhere."""
    md = packaged_model_dir()
    folder = oe.onnx_path(md, "onnx").parent
    torch_graph = tmp_path / "model.onnx"
    oe._export_torch(md, torch_graph)
    assert oe.agreement(folder / "model.onnx", torch_graph, md) > 0.99999
    import onnxruntime as ort

    encs = oe._tokenizer(md).encode_batch(oe._selfcheck_texts()[:8])
    sessions = [
        ort.InferenceSession(str(p), providers=["CPUExecutionProvider"]) for p in (folder / "model.onnx", torch_graph)
    ]
    for enc in encs:  # one sequence per pass: the graph written from the weights has no attention mask
        outs = [s.run(None, oe._feed([enc], {i.name for i in s.get_inputs()})[0])[0] for s in sessions]
        assert float(np.abs(outs[0] - outs[1]).max()) < 1e-4


def test_a_model_that_is_not_plain_bert_is_exported_by_torch(tmp_path):
    """Only a plain BERT encoder is written directly; another activation goes to torch.onnx."""
    md = packaged_model_dir()
    assert oe._bert_weights(md) is not None
    other = tmp_path / "model"
    other.mkdir()
    config = json.loads((md / "config.json").read_text())
    (other / "config.json").write_text(json.dumps({**config, "hidden_act": "gelu_new"}))
    (other / "model.safetensors").symlink_to(md / "model.safetensors")
    assert oe._bert_weights(other) is None
