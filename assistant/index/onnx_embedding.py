"""The same sentence-transformers model run by ONNX Runtime: no torch on the query path.

`torch` + `transformers` take about 2.5 s to import here and run MiniLM at ~7 windows/s on two busy
cores; `onnxruntime` + `tokenizers` import in 0.2 s, run the same graph ~1.4x faster in fp32 and
up to ~2.5x faster with int8 weights where the CPU runs int8 fast (measured by `python -m benchmarks`).

The ONNX file is exported once, locally, from the installed weights (never downloaded) with
torch.onnx, and cached under `$FACTCHECK_CACHE` (default `~/.cache/factcheck`) in a folder named by the
sha256 of the weights it came from (and the export version), so every install of the same weights on a
machine shares one graph; the file's own sha256 is recorded beside it and checked on every load, so a
cached graph is as trustworthy as the hash-checked weights. Folders that no installed weights lead to
any more (an uninstalled virtual environment, an older export version) are removed.

Two variants:
- ``onnx``: fp32, numerically the reference (cosine >= 0.9999 to `TransformerEmbedder`).
- ``onnx-int8``: dynamic int8 quantisation of every weight MatMul, per output channel, after the
  graph is rewritten so that rounding loses little (see `_balance`).

Which int8 kernels ONNX Runtime runs depends on the CPU: with VNNI (or AMX) u8 x s8 products are
exact, on AVX2 alone they are summed in pairs into saturating int16 and some sentences fall to cosine
0.90. So an accuracy proof on one machine proves nothing on another: the int8 graph measures itself
against the fp32 graph on shipped text (`SELFCHECK`) on the machine that runs it, once per CPU
(recorded in ``checks.json`` beside the graphs, keyed by the CPU's instruction-set features, its core
design and the runtime's version). Below `MIN_COSINE` the next scheme of `SCHEMES` is tried, and when
none holds, the fp32 graph is used and one line says so. The scheme that holds is then timed against
fp32 on the same CPU, and where it is not `MIN_SPEEDUP` times as fast, fp32 runs: exact vectors at
the same speed.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import logging
import os
import platform
import re
import sys
import tempfile
import warnings
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from assistant.errors import ModelError
from assistant.hashing import file_sha256 as _sha256
from assistant.hashing import read_record, write_record
from assistant.index.pooling import BATCH, MAX_TOKENS, WINDOW_BATCH, pooling_config
from assistant.index.runtime import session
from assistant.model_cache import prune, remembered_sha256
from assistant.settings import cache_root

VARIANTS = ("onnx", "onnx-int8")
_EXPORT_VERSION = 9
# The ONNX IR version the graphs are written with. `onnx.helper.make_model` writes the newest its
# package knows (14 with onnx 1.23), which an older onnxruntime refuses ("Unsupported model IR version:
# 14, max supported IR version: 13", onnxruntime 1.30 beside onnx 1.23). Opset 17 needs IR 8, which
# every onnxruntime from 1.12 on reads.
_IR_VERSION = 8
# Text whose activations set the int8 scaling (generic news prose; not the seeds, not eval text).
CALIBRATION = Path(__file__).with_name("calibration.txt")
# SmoothQuant's migration strength (see `_balance`).
_SMOOTH_ALPHA = 0.7
# Text the int8 graph is checked on, on the machine that runs it (not the calibration text).
SELFCHECK = Path(__file__).with_name("selfcheck.txt")
# Worst sentence cosine to fp32 that int8 must reach on SELFCHECK; the reference rule of the project.
MIN_COSINE = 0.99
# Int8 schemes, tried in order until one is exact enough on this CPU. On AVX2 alone ONNX Runtime's
# u8 x s8 kernel sums products in pairs into saturating int16, so a scheme there must keep a pair sum
# under 2^15: "a7" does it with 7-bit activations (u8 values 0..127) and 8-bit weights, scaled per token
# (see `_int8_a7`): the fast kernel, 13% faster than u8u8 on an AVX2 EPYC, worst cosine 0.9958 on the
# self-check text (u8u8 0.9975); "u8u8" gives u8 weights a widening kernel; "tokens" uses 7-bit weights
# with per-token input scales (0.9911, and one answerable question of eval/story fell below the dense
# floor with it). "s8" is exact only where the CPU's int8 products are (see `EXACT_PRODUCTS`).
SCHEMES: dict[str, dict[str, Any]] = {
    "s8": {"weight": "QInt8", "reduce_range": False, "per_token": "widest"},
    "a7": {"activation_bits": 7},
    "u8u8": {"weight": "QUInt8", "reduce_range": False, "per_token": "widest"},
    "tokens": {"weight": "QInt8", "reduce_range": True, "per_token": "all"},
}
# How much faster than fp32 the accepted int8 scheme must run here, one window per single-threaded pass
# as ingest runs them, to be used: int8 only trades exactness for speed. On a first-generation AMD EPYC
# (Zen, family 23 model 1: AVX2 on 128-bit units) ONNX Runtime's int8 products ran no faster than
# fp32 (a 150x384x1536 product 4.1 ms in u8 x s8 and u8 x u8, 4.3 ms in fp32; whole windows a7 92.6 ms,
# fp32 87.1 ms), where a later AVX2 EPYC ran a7 1.6x faster and VNNI Xeons 2x and more.
MIN_SPEEDUP = 1.15
# Self-check windows each graph runs per round of the speed check, and the rounds (the fastest counts).
_SPEED_WINDOWS, _SPEED_ROUNDS = 6, 3
# Features whose int8 products are exact (no saturating pair sums): s8 comes first there and last
# elsewhere. One window per forward pass, s8 passes the check on an emulated AVX2-only CPU (worst cosine
# 0.9907, 0.9915 over 595 sentences of other news) and fails it on a real one (0.9897): its saturation
# depends on the text.
EXACT_PRODUCTS = ("avx512_vnni", "avx_vnni", "amx_int8", "asimddp", "i8mm")
# Share of calibration tokens whose most negative input a7's fixed zero point covers before a token's
# scale is widened for it (see `_int8_a7`).
_A7_LOW_PERCENTILE = 99
# The core design (vendor, family, model; ARM's implementer and part): the same instruction set runs
# int8 at very different speeds on different cores (`MIN_SPEEDUP`).
_CORE_FIELDS = ("vendor_id", "cpu family", "model", "CPU implementer", "CPU part")
_FEATURES = (
    "avx2",
    "fma",
    "avx512f",
    "avx512bw",
    "avx512_vnni",
    "avx_vnni",
    "avx512_bf16",
    "amx_int8",
    "asimddp",
    "i8mm",
)
log = logging.getLogger(__name__)


def _weights_file(model_dir: Path) -> Path:
    w = model_dir / "model.safetensors"
    if not w.is_file():
        w = model_dir / "pytorch_model.bin"
    if not w.is_file():
        raise ModelError(f"No model.safetensors or pytorch_model.bin in {model_dir} to export to ONNX.")
    return w


def _onnx_root(cache: Path | None) -> Path:
    return (cache or cache_root()) / "onnx"


def _folder_name(sha: str) -> str:
    return hashlib.sha256(f"{sha}|{_EXPORT_VERSION}".encode()).hexdigest()[:20]


def weights_sha256(weights: Path, cache: Path | None = None) -> str:
    """The weights file's sha256, remembered while the file is unchanged (`model_cache`)."""
    return remembered_sha256(weights, _onnx_root(cache), _folder_name)


def _target(model_dir: Path, variant: str, cache: Path | None = None) -> Path:
    if variant not in VARIANTS:
        raise ModelError(f"Unknown ONNX variant {variant!r}: use one of {', '.join(VARIANTS)}.")
    folder = _onnx_root(cache) / _folder_name(weights_sha256(_weights_file(model_dir), cache))
    return folder / (_int8_name("s8") if variant == "onnx-int8" else "model.onnx")


def _int8_name(scheme: str) -> str:
    return "model_int8.onnx" if scheme == "s8" else f"model_int8_{scheme}.onnx"


def needs_export(model_dir: Path, variant: str, cache: Path | None = None) -> bool:
    target = _target(model_dir, variant, cache)
    if variant == "onnx-int8":
        return cpu_key() not in read_record(target.parent / "checks.json")
    return not (target.is_file() and target.with_suffix(".json").is_file())


def cpu_key() -> str:
    """The instruction-set features that decide which int8 kernels run, the core design that decides how
    fast they are, and the runtime that runs them."""
    import onnxruntime

    flags: set[str] = set()
    fields: dict[str, str] = {}
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text(errors="replace").splitlines():
            name, _, value = line.partition(":")
            name = name.strip()
            if name in ("flags", "Features") and not flags:
                flags.update(value.split())
            elif name in _CORE_FIELDS and name not in fields:
                fields[name] = value.strip()
    have = " ".join(f for f in _FEATURES if f in flags) or platform.processor() or "unknown"
    core = "/".join(fields[f] for f in _CORE_FIELDS if f in fields) or "unknown"
    return f"{platform.machine()} {have} | core {core} | onnxruntime {onnxruntime.__version__}"


def _checked(path: Path) -> bool:
    """The graph exists and matches the sha256 recorded when it was written."""
    if not (path.is_file() and path.with_suffix(".json").is_file()):
        return False
    if read_record(path.with_suffix(".json")).get("sha256") == _sha256(path):
        return True
    raise ModelError(
        f"The cached ONNX model {path} does not match the sha256 recorded when it was exported: "
        f"delete {path.parent} and it will be exported again from the installed weights."
    )


def onnx_path(model_dir: Path, variant: str, cache: Path | None = None, defer_int8: bool = False) -> Path:
    """The cached ONNX graph for these weights, exported (and quantised) on first use. For
    ``onnx-int8``, the int8 graph that passed its check on this CPU, or the fp32 graph if none did;
    with `defer_int8`, the fp32 graph while int8 has not been checked on this CPU yet (a server
    starts on it and checks int8 once it is up, see `OnnxEmbedder.finish_int8`)."""
    target = _target(model_dir, variant, cache)
    folder = target.parent
    if variant == "onnx" and _checked(target):
        return target
    folder.mkdir(parents=True, exist_ok=True)
    fp32 = folder / "model.onnx"
    if not _checked(fp32):
        _say("factcheck: preparing the embedding model for this machine (once, a few seconds)…")
        prune(folder.parent, _folder_name)
        _export(model_dir, fp32)
    if variant == "onnx" or (defer_int8 and cpu_key() not in read_record(folder / "checks.json")):
        return fp32
    return _int8_for_this_cpu(folder, fp32, model_dir, announce=not defer_int8)


def _int8_for_this_cpu(folder: Path, fp32: Path, model_dir: Path, announce: bool = True) -> Path:
    key = cpu_key()
    record = read_record(folder / "checks.json").get(key)
    scheme = record.get("scheme") if isinstance(record, dict) else None
    if scheme == "fp32" and isinstance(record, dict):
        _say_fallback(record)
        return fp32
    if scheme in SCHEMES and _checked(folder / _int8_name(scheme)):
        return folder / _int8_name(scheme)
    if announce:
        _say("factcheck: checking the int8 embedding model on this CPU (once)…")
    record = _choose_scheme(folder, fp32, model_dir)
    write_record(folder / "checks.json", {**read_record(folder / "checks.json"), key: record})
    if record["scheme"] == "fp32":
        _say_fallback(record)
        return fp32
    return folder / _int8_name(record["scheme"])


def exact_products(key: str) -> bool:
    """The CPU of `key` (`cpu_key()`) multiplies int8 exactly (no saturating pair sums)."""
    return bool(set(EXACT_PRODUCTS) & set(key.split()))


def scheme_order(key: str) -> list[str]:
    """The int8 schemes in the order they are tried on the CPU of `key` (`cpu_key()`)."""
    if exact_products(key):
        return list(SCHEMES)
    return [s for s in SCHEMES if s != "s8"] + ["s8"]


def _choose_scheme(folder: Path, fp32: Path, model_dir: Path) -> dict[str, Any]:
    """The first int8 scheme whose worst sentence is within MIN_COSINE of fp32 here, if it runs at least
    MIN_SPEEDUP times as fast as fp32 here; else fp32. The later schemes run the same kind of kernel, so
    where the first exact one is no faster they are not tried."""
    cosines: dict[str, float] = {}
    for scheme in scheme_order(cpu_key()):
        path = folder / _int8_name(scheme)
        if not _checked(path):
            _quantize(fp32, path, model_dir, scheme)
        cosines[scheme] = round(agreement(path, fp32, model_dir), 5)
        if cosines[scheme] >= MIN_COSINE:
            faster = round(speedup(path, fp32, model_dir), 3)
            chosen = scheme if faster >= MIN_SPEEDUP else "fp32"
            return {"scheme": chosen, "worst_cosine": cosines, "speedup": {scheme: faster}}
    return {"scheme": "fp32", "worst_cosine": cosines}


def speedup(int8: Path, fp32: Path, model_dir: Path) -> float:
    """How many times as fast as `fp32` the `int8` graph runs the self-check windows on this CPU, each
    window in a single-threaded pass of its own (as ingest runs them); the two graphs take turns, and
    each one's fastest round counts, so that other work on the machine weighs on both alike."""
    import time

    encs = _tokenizer(model_dir).encode_batch(_selfcheck_texts()[:_SPEED_WINDOWS])
    graphs = [session(p, threads=1) for p in (fp32, int8)]
    feeds = [[_feed([e], {i.name for i in g.get_inputs()})[0] for e in encs] for g in graphs]
    best = [float("inf"), float("inf")]
    for g, f in zip(graphs, feeds, strict=True):  # warm: the first pass allocates
        g.run(None, f[0])
    for _ in range(_SPEED_ROUNDS):
        for k, (g, f) in enumerate(zip(graphs, feeds, strict=True)):
            start = time.perf_counter()
            for feed in f:
                g.run(None, feed)
            best[k] = min(best[k], time.perf_counter() - start)
    return best[0] / max(best[1], 1e-9)


_SAID: set[str] = set()


def _say(line: str) -> None:
    """One line on stderr, once per process: what a person waiting on a first start should know."""
    if line not in _SAID:
        _SAID.add(line)
        print(line, file=sys.stderr, flush=True)


def _say_fallback(record: dict[str, Any]) -> None:
    if record.get("speedup"):  # int8 was exact enough but no faster here: fp32 costs nothing, so says nothing
        return
    worst = max((record.get("worst_cosine") or {}).values(), default=float("nan"))
    _say(
        f"factcheck: int8 embeddings are not exact enough on this CPU (best worst-case cosine {worst:.3f} "
        f"< {MIN_COSINE} against fp32); using the fp32 model instead (same vectors, slower ingest)."
    )


def _selfcheck_texts() -> list[str]:
    lines = SELFCHECK.read_text(encoding="utf-8").splitlines()
    return [t for t in lines if t.strip() and not t.startswith("#")]


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|(?<=[.!?][\"”’)])\s+")


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def agreement(int8: Path, fp32: Path, model_dir: Path, texts: Sequence[str] | None = None) -> float:
    """Worst cosine between the two graphs' late-chunked sentence vectors on `texts` (default: the
    shipped self-check windows), computed by the runtime of this machine."""
    texts = list(texts) if texts is not None else _selfcheck_texts()
    tok = _tokenizer(model_dir)
    encs = tok.encode_batch(texts)
    sessions = [session(p) for p in (fp32, int8)]
    worst = 1.0
    for b in range(0, len(encs), WINDOW_BATCH):  # as ingest runs them
        batch = encs[b : b + WINDOW_BATCH]
        pooled = []
        for graph in sessions:
            feed, _ = _feed(batch, {i.name for i in graph.get_inputs()})
            hidden = np.asarray(graph.run(None, feed)[0], np.float32)
            pooled.append(_span_means(texts[b : b + WINDOW_BATCH], batch, hidden))
        ref, got = pooled
        worst = min(worst, float((ref * got).sum(1).min()))
    return worst


def _span_means(texts: Sequence[str], encs: Sequence[Any], hidden: np.ndarray) -> np.ndarray:
    vecs = []
    for row, (text, enc) in enumerate(zip(texts, encs, strict=True)):
        offsets = np.asarray(enc.offsets, dtype=np.int64).reshape(-1, 2)
        live = offsets[:, 1] > offsets[:, 0]
        for a, e in _sentence_spans(text):
            sel = live & (offsets[:, 0] >= a) & (offsets[:, 1] <= e)
            if sel.any():
                v = hidden[row, : len(offsets)][sel].mean(0)
                vecs.append(v / max(float(np.linalg.norm(v)), 1e-12))
    return np.stack(vecs)


def _record(path: Path) -> None:
    path.with_suffix(".json").write_text(json.dumps({"sha256": _sha256(path), "version": _EXPORT_VERSION}))


def _export(model_dir: Path, target: Path) -> None:
    """The encoder as an ONNX graph (last hidden state), with dynamic batch and sequence axes: written
    directly from the weights for a BERT model (0.5 s), else by torch.onnx (8 s: torch, transformers
    and the tracer are most of a first start)."""
    if not _export_bert(model_dir, target):
        _export_torch(model_dir, target)


@dataclass(frozen=True)
class _Bert:
    """A plain BERT encoder: its weights by name and the shape numbers the graph needs."""

    weights: dict[str, np.ndarray]
    layers: int
    heads: int
    hidden: int
    eps: float


def _bert_weights(model_dir: Path) -> _Bert | None:
    """A plain BERT encoder's weights, or None for anything `_export_bert` does not write."""
    try:
        config = json.loads((model_dir / "config.json").read_text())
    except (OSError, ValueError):
        return None
    plain = (
        config.get("model_type") == "bert"
        and config.get("hidden_act") == "gelu"
        and config.get("position_embedding_type", "absolute") == "absolute"
        and not config.get("is_decoder")
    )
    if not plain or not (model_dir / "model.safetensors").is_file():
        return None
    from safetensors.numpy import load_file

    weights = {k.removeprefix("bert."): v for k, v in load_file(str(model_dir / "model.safetensors")).items()}
    layers = int(config.get("num_hidden_layers", 0))
    need = ["embeddings.word_embeddings.weight", "embeddings.position_embeddings.weight"]
    need += [f"encoder.layer.{n}.output.dense.weight" for n in range(layers)]
    if layers < 1 or any(k not in weights for k in need):
        return None
    return _Bert(
        weights,
        layers,
        int(config["num_attention_heads"]),
        int(config["hidden_size"]),
        float(config.get("layer_norm_eps", 1e-12)),
    )


def _const(inits: Any, name: str, value: np.ndarray) -> str:
    """`value` added to a graph's initialisers as `name`; returns the name."""
    from onnx import numpy_helper

    inits.append(numpy_helper.from_array(np.ascontiguousarray(value), name))
    return name


class _Graph:
    """ONNX nodes and initialisers being written for one BERT, each returning its output's name."""

    def __init__(self, bert: _Bert) -> None:
        self.bert = bert
        self.inits: list[Any] = []
        self.nodes: list[Any] = []

    def const(self, name: str, value: np.ndarray) -> str:
        return _const(self.inits, name, value)

    def node(self, op: str, inputs: list[str], name: str, **attrs: Any) -> str:
        from onnx import helper

        self.nodes.append(helper.make_node(op, inputs, [name], name=name, **attrs))
        return name

    def linear(self, x: str, prefix: str, out: str) -> str:
        # A Linear's weight is (out, in); MatMul wants (in, out).
        w = self.const(f"{prefix}.weight", self.bert.weights[f"{prefix}.weight"].T.astype(np.float32))
        b = self.const(f"{prefix}.bias", self.bert.weights[f"{prefix}.bias"].astype(np.float32))
        return self.node("Add", [self.node("MatMul", [x, w], f"{out}/matmul"), b], out)

    def norm(self, x: str, prefix: str, out: str) -> str:
        g = self.const(f"{prefix}.weight", self.bert.weights[f"{prefix}.weight"].astype(np.float32))
        b = self.const(f"{prefix}.bias", self.bert.weights[f"{prefix}.bias"].astype(np.float32))
        return self.node("LayerNormalization", [x, g, b], out, axis=-1, epsilon=self.bert.eps)


def _embeddings(g: _Graph) -> str:
    weights, e = g.bert.weights, "embeddings"
    word = g.node("Gather", [g.const(f"{e}.word", weights[f"{e}.word_embeddings.weight"]), "input_ids"], "emb/word")
    # Position ids 0..T-1 for every row, counted along the row (Range of a Shape tripped a fusion of
    # ONNX Runtime's optimiser: "Starts must be a 1-D array").
    zeros = g.node("Mul", ["input_ids", g.const("c/zero", np.array(0, np.int64))], "emb/zeros")
    ones = g.node("Add", [zeros, g.const("c/one", np.array(1, np.int64))], "emb/ones")
    counted = g.node("CumSum", [ones, g.const("c/axis1", np.array(1, np.int64))], "emb/count")
    positions = g.node("Sub", [counted, "c/one"], "emb/positions")
    pos_table = g.const(f"{e}.position", weights[f"{e}.position_embeddings.weight"])
    pos = g.node("Gather", [pos_table, positions], "emb/pos")
    types = weights.get(f"{e}.token_type_embeddings.weight")
    x = g.node("Add", [word, pos], "emb/sum")
    if types is not None:
        x = g.node(
            "Add", [x, g.node("Gather", [g.const(f"{e}.type", types), "token_type_ids"], "emb/type")], "emb/sum2"
        )
    return g.norm(x, f"{e}.LayerNorm", "emb/out")


def _layers(g: _Graph, x: str) -> str:
    # Attention is ONNX Runtime's MultiHeadAttention (1/sqrt(head size) scaling) with no key mask:
    # every sequence runs in a pass of its own, never padded (`WINDOW_BATCH`, `OnnxEmbedder.embed_queries`),
    # and only for an unmasked sequence does the runtime take its faster attention kernel (as separate
    # ops, or with a mask, attention runs at the slower speed).
    heads, layers = g.bert.heads, g.bert.layers
    half, root2 = g.const("c/half", np.array(0.5, np.float32)), g.const("c/root2", np.array(np.sqrt(2.0), np.float32))
    one = g.const("c/onef", np.array(1.0, np.float32))

    for n in range(layers):
        p, t = f"encoder.layer.{n}", f"l{n}"
        q, k, v = (g.linear(x, f"{p}.attention.self.{c}", f"{t}/{c[0]}") for c in ("query", "key", "value"))
        ctx = g.node("MultiHeadAttention", [q, k, v], f"{t}/ctx", domain="com.microsoft", num_heads=heads)
        attn = g.linear(ctx, f"{p}.attention.output.dense", f"{t}/attn")
        x = g.norm(g.node("Add", [attn, x], f"{t}/res1"), f"{p}.attention.output.LayerNorm", f"{t}/x1")
        h = g.linear(x, f"{p}.intermediate.dense", f"{t}/up")
        erf = g.node("Erf", [g.node("Div", [h, root2], f"{t}/hs")], f"{t}/erf")
        gelu = g.node("Mul", [g.node("Mul", [h, half], f"{t}/hh"), g.node("Add", [erf, one], f"{t}/erf1")], f"{t}/gelu")
        down = g.linear(gelu, f"{p}.output.dense", f"{t}/down")
        x = g.norm(
            g.node("Add", [down, x], f"{t}/res2"), f"{p}.output.LayerNorm", f"{t}/x2" if n < layers - 1 else "out"
        )
    return x


def _export_bert(model_dir: Path, target: Path) -> bool:
    """BERT written as ONNX nodes from its safetensors weights: the same function as transformers'
    eager BertModel (fp32; cosine 1.0 to torch on the self-check text), with no torch needed."""
    bert = _bert_weights(model_dir)
    if bert is None:
        return False
    import onnx
    from onnx import TensorProto, helper

    g = _Graph(bert)
    x = _embeddings(g)
    x = _layers(g, x)
    g.nodes.append(helper.make_node("Identity", [x], ["last_hidden_state"], name="last_hidden_state"))
    dims = ["batch", "tokens"]
    inputs = [helper.make_tensor_value_info(i, TensorProto.INT64, dims) for i in ("input_ids", "token_type_ids")]
    output = helper.make_tensor_value_info("last_hidden_state", TensorProto.FLOAT, [*dims, bert.hidden])
    graph = helper.make_graph(g.nodes, "factcheck-bert", inputs, [output], g.inits)
    opsets = [helper.make_opsetid("", 17), helper.make_opsetid("com.microsoft", 1)]
    model = helper.make_model(graph, opset_imports=opsets, producer_name="factcheck", ir_version=_IR_VERSION)
    onnx.checker.check_model(model)
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp:
        out = Path(tmp) / target.name
        onnx.save(model, str(out))
        os.replace(out, target)
    _record(target)
    return True


def _export_torch(model_dir: Path, target: Path) -> None:
    """torch.onnx export of the encoder (last hidden state), with dynamic batch and sequence axes."""
    try:
        import torch
        from transformers import AutoModel
        from transformers.utils import logging as hf_logging
    except ImportError as exc:
        raise ModelError(f"Exporting the model to ONNX needs torch and transformers ({exc}).") from None

    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()
    model = AutoModel.from_pretrained(str(model_dir), attn_implementation="eager").eval()
    inputs = ["input_ids", "attention_mask", "token_type_ids"]

    class Encoder(torch.nn.Module):
        def __init__(self, inner: Any) -> None:
            super().__init__()
            self.inner = inner

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            out = self.inner(input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids)
            return out.last_hidden_state

    # A padded example, so the traced graph keeps the attention-mask path.
    ids = torch.tensor([[101, 2023, 2003, 1037, 3231, 102], [101, 2023, 102, 0, 0, 0]], dtype=torch.long)
    mask = (ids != 0).long()
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp, _quiet():
        out = Path(tmp) / target.name
        with torch.inference_mode():
            torch.onnx.export(
                Encoder(model),
                (ids, mask, torch.zeros_like(ids)),
                str(out),
                input_names=inputs,
                output_names=["last_hidden_state"],
                dynamic_axes={k: {0: "batch", 1: "tokens"} for k in [*inputs, "last_hidden_state"]},
                opset_version=17,
                dynamo=False,
            )
        os.replace(out, target)
    _record(target)


def _tokenizer(root: Path) -> Any:
    """The model's fast tokenizer, truncating at the model's limit and never padding."""
    from tokenizers import Tokenizer

    tok_file = root / "tokenizer.json"
    if not tok_file.is_file():
        raise ModelError(f"{root} has no tokenizer.json, which the ONNX backend needs: set FACTCHECK_BACKEND=torch.")
    limit = MAX_TOKENS
    cfg = root / "tokenizer_config.json"
    if cfg.is_file():
        wanted = json.loads(cfg.read_text()).get("model_max_length")
        if isinstance(wanted, int) and 0 < wanted < limit:
            limit = wanted
    tok = Tokenizer.from_file(str(tok_file))
    tok.enable_truncation(limit)
    tok.no_padding()
    return tok


def _feed(encs: Sequence[Any], inputs: set[str]) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """One padded batch as the graph's inputs, and its attention mask."""
    width = max(len(e.ids) for e in encs)
    ids = np.zeros((len(encs), width), np.int64)
    mask = np.zeros((len(encs), width), np.int64)
    for r, e in enumerate(encs):
        ids[r, : len(e.ids)] = e.ids
        mask[r, : len(e.ids)] = 1
    feed = {"input_ids": ids}
    if "attention_mask" in inputs:
        feed["attention_mask"] = mask
    elif width > min(len(e.ids) for e in encs):
        raise ValueError("Sequences of different lengths in one pass of a graph without an attention mask.")
    if "token_type_ids" in inputs:
        feed["token_type_ids"] = np.zeros_like(ids)
    return feed, mask


def _balance(model: Any, model_dir: Path, per_token: str = "widest") -> None:
    """Rewrite the fp32 graph, in place and exactly (the same function in real arithmetic), so that
    int8 with one scale per tensor rounds every weight MatMul's input well.

    Dynamic quantisation gives each MatMul input a single scale, so a few large channels or tokens
    set the step for all. Two rewrites:
    - inputs of the feed-forward down-projections (the MatMuls with the widest inner dimension,
      fed by GELU) are divided by each token's own max |x| before the MatMul and the result
      multiplied back: per-token scales, which int8 cannot express directly;
    - inputs of every other weight MatMul (attention projections, feed-forward up-projection) are
      multiplied by a fixed per-channel factor whose inverse is folded into the weights
      (SmoothQuant), the factors set from `CALIBRATION`; with `per_token="all"` they are then scaled
      per token as well. With `per_token="none"`, only the second rewrite: `_int8_a7` scales every
      input per token itself.
    Alpha 0.7, not SmoothQuant's usual 0.5: 0.4, 0.5 and 0.6 are as close by cosine, but each moved
    one or two seed questions across the relevance gate (by under 0.005 of score), so `factcheck
    eval` differed from the reference; 0.7 gives the same results (tests/test_onnx_embedding.py)."""
    import onnx

    weights = {i.name: i for i in model.graph.initializer}
    mats = [n for n in model.graph.node if n.op_type == "MatMul" and n.input[1] in weights]
    if not mats:
        return
    inner = {n.name: int(weights[n.input[1]].dims[0]) for n in mats}
    widest = max(inner.values())
    token_mats = [n for n in mats if inner[n.name] == widest and widest > min(inner.values())]
    smooth: dict[str, list[Any]] = {}
    for n in mats:
        if n not in token_mats:
            smooth.setdefault(n.input[0], []).append(n)
    _smooth(model, weights, smooth, _activation_ranges(model, list(smooth), model_dir))
    # Smoothed inputs scaled per token too: on 300 sentences of other news, 7-bit weights reach mean
    # cosine 0.9977 with both rewrites, 0.9963 with per-token scales alone, at the same speed.
    if per_token != "none":
        _scale_per_token(model, mats if per_token == "all" else token_mats)
    onnx.checker.check_model(model)


def _insert_before(nodes: Any, target: Any, *new: Any) -> None:
    at = list(nodes).index(target)
    for k, node in enumerate(new):
        nodes.insert(at + k, node)


def _smooth(model: Any, weights: dict[str, Any], smooth: dict[str, list[Any]], ranges: dict[str, np.ndarray]) -> None:
    """Each shared MatMul input x scaled by 1/factor per channel, its weights' rows by factor."""
    from onnx import helper, numpy_helper

    nodes = model.graph.node
    for g, (x, users) in enumerate(smooth.items()):
        ws = [numpy_helper.to_array(weights[n.input[1]]) for n in users]
        w_max = np.maximum(np.max([np.abs(w).max(1) for w in ws], axis=0), 1e-5)
        factor = (np.maximum(ranges[x], 1e-5) ** _SMOOTH_ALPHA / w_max ** (1 - _SMOOTH_ALPHA)).astype(np.float32)
        for n, w in zip(users, ws, strict=True):
            weights[n.input[1]].CopyFrom(numpy_helper.from_array((w * factor[:, None]).astype(np.float32), n.input[1]))
        inv = numpy_helper.from_array((1.0 / factor).astype(np.float32), f"factcheck_smooth{g}_inv")
        model.graph.initializer.append(inv)
        first = min(users, key=lambda n: list(nodes).index(n))
        _insert_before(nodes, first, helper.make_node("Mul", [x, inv.name], [f"factcheck_smooth{g}"]))
        for n in users:
            n.input[0] = f"factcheck_smooth{g}"


def _scale_per_token(model: Any, mats: list[Any], lows: dict[str, float] | None = None) -> dict[str, str]:
    """Each of these MatMuls fed its input divided by each token's max |x|, its output multiplied back;
    MatMuls that share an input (query, key, value) share the division. With `lows` (by input), a
    token's scale is its largest value, or its most negative one / low if that reaches further, so its
    values fall within [-low, 1] (`_int8_a7`). Returns each divided input's original, by name."""
    from onnx import helper

    nodes = model.graph.node
    eps = _const(model.graph.initializer, "factcheck_eps", np.array(1e-6, np.float32))
    users: dict[str, list[Any]] = {}
    for n in mats:
        users.setdefault(n.input[0], []).append(n)
    for t, (x, group) in enumerate(users.items()):
        k = f"factcheck_token{t}"
        if lows is None:
            stats = [
                helper.make_node("Abs", [x], [f"{k}_abs"]),
                helper.make_node("ReduceMax", [f"{k}_abs"], [f"{k}_max"], axes=[-1], keepdims=1),
                helper.make_node("Max", [f"{k}_max", eps], [f"{k}_scale"]),
            ]
        else:
            neg = _const(model.graph.initializer, f"{k}_neg", np.array(-1 / lows[x], np.float32))
            stats = [
                helper.make_node("ReduceMax", [x], [f"{k}_max"], axes=[-1], keepdims=1),
                helper.make_node("ReduceMin", [x], [f"{k}_lo"], axes=[-1], keepdims=1),
                helper.make_node("Mul", [f"{k}_lo", neg], [f"{k}_reach"]),
                helper.make_node("Max", [f"{k}_max", f"{k}_reach", eps], [f"{k}_scale"]),
            ]
        divide = helper.make_node("Div", [x, f"{k}_scale"], [f"{k}_in"])
        _insert_before(nodes, min(group, key=lambda n: list(nodes).index(n)), *stats, divide)
        for u, n in enumerate(group):
            y = n.output[0]
            n.input[0], n.output[0] = f"{k}_in", f"{k}_out{u}"
            nodes.insert(list(nodes).index(n) + 1, helper.make_node("Mul", [f"{k}_out{u}", f"{k}_scale"], [y]))
    return {f"factcheck_token{t}_in": x for t, x in enumerate(users)}


def _calibration_rows(model: Any, tensors: list[str], model_dir: Path) -> Iterator[dict[str, np.ndarray]]:
    """These tensors of the graph, as (real tokens, channels) rows, batch by batch over `CALIBRATION`."""
    import onnx
    from onnx import helper

    probe = onnx.ModelProto()
    probe.CopyFrom(model)
    _mask_keys(probe)
    for name in tensors:
        probe.graph.output.append(helper.make_tensor_value_info(name, onnx.TensorProto.FLOAT, None))
    probed = session(probe.SerializeToString())
    inputs = {i.name for i in probed.get_inputs()}
    texts = [t for t in CALIBRATION.read_text(encoding="utf-8").splitlines() if t.strip() and not t.startswith("#")]
    encs = _tokenizer(model_dir).encode_batch(texts)
    for b in range(0, len(encs), BATCH):
        feed, mask = _feed(encs[b : b + BATCH], inputs)
        outs = probed.run(tensors, feed)
        yield {name: out[mask.astype(bool)] for name, out in zip(tensors, outs, strict=True)}  # no padding


def _activation_ranges(model: Any, tensors: list[str], model_dir: Path) -> dict[str, np.ndarray]:
    """Per-channel max |x| of these tensors of the fp32 graph, over the calibration windows."""
    ranges: dict[str, np.ndarray] = {}
    for rows in _calibration_rows(model, tensors, model_dir):
        for name, x in rows.items():
            peak = np.abs(x).max(0)
            ranges[name] = np.maximum(ranges[name], peak) if name in ranges else peak
    return ranges


def _token_lows(model: Any, tensors: list[str], model_dir: Path) -> dict[str, float]:
    """For each tensor, how far below zero a token's values reach as a share of its largest value
    (percentile `_A7_LOW_PERCENTILE` over the calibration tokens, within [1/16, 1]): about 1 for a
    LayerNorm's output, 0.1 to 0.25 after GELU (whose minimum is -0.17) in all-MiniLM-L6-v2."""
    shares: dict[str, list[np.ndarray]] = {name: [] for name in tensors}
    for rows in _calibration_rows(model, tensors, model_dir):
        for name, x in rows.items():
            shares[name].append(-x.min(1) / np.maximum(x.max(1), 1e-6))
    return {
        name: float(np.clip(np.percentile(np.concatenate(s), _A7_LOW_PERCENTILE), 1 / 16, 1))
        for name, s in shares.items()
    }


def _int8_a7(model: Any, model_dir: Path) -> None:
    """Every weight MatMul of the (smoothed) graph as an int8 product that cannot saturate AVX2's pair
    sums: 8-bit weights per output column (-127..127), and inputs quantised to 7 bits (u8 0..127, so a
    pair of products stays within 2 x 127 x 127 < 2^15) with one scale per token.

    Each token is divided by its own scale, chosen so that its values fall within [-low, 1], `low`
    fixed per tensor from the calibration text (`_token_lows`): the token's largest value, or its most
    negative one / low if that reaches further. A fixed zero point then covers [-low, 1] in 126 steps,
    so nothing is ever clipped, and a GELU output (rarely below -0.25 of its token's largest value) is
    not given half the codes for negatives it does not have. The product is multiplied back by the
    token's scale. MatMuls that share an input (query, key, value) share its quantisation."""
    from onnx import helper

    weights = {i.name: i for i in model.graph.initializer}
    nodes, inits = model.graph.node, model.graph.initializer
    mats = [n for n in nodes if n.op_type == "MatMul" and n.input[1] in weights]
    lows = _token_lows(model, list(dict.fromkeys(n.input[0] for n in mats)), model_dir)
    for scaled, x in _scale_per_token(model, mats, lows).items():
        # 126 steps, not 127: a zero point rounded up must not push the top code past 127.
        step = _const(inits, f"{scaled}_step", np.array((1 + lows[x]) / 126, np.float32))
        zero = _const(inits, f"{scaled}_zero", np.array(round(lows[x] * 126 / (1 + lows[x])), np.uint8))
        users = [n for n in mats if n.input[0] == scaled]
        quantise = helper.make_node("QuantizeLinear", [scaled, step, zero], [f"{scaled}_q"])
        _insert_before(nodes, min(users, key=lambda n: list(nodes).index(n)), quantise)
        for n in users:
            _a7_matmul(nodes, n, weights, [f"{scaled}_q", step, zero], inits)
    used = {i for n in nodes for i in n.input}
    kept = [i for i in inits if i.name in used]  # the fp32 weights go
    del inits[:]
    inits.extend(kept)


def _a7_matmul(nodes: Any, n: Any, weights: dict[str, Any], quantised: list[str], inits: Any) -> None:
    """MatMul `n` as an int8 product of its quantised input (`quantised`: the u8 tensor, its step and
    zero point) and its weights quantised per output column."""
    from onnx import helper, numpy_helper

    w = numpy_helper.to_array(weights[n.input[1]])
    col = np.maximum(np.abs(w).max(0), 1e-12) / 127
    wq = _const(inits, f"{n.input[1]}_q", np.clip(np.round(w / col), -127, 127).astype(np.int8))
    ws = _const(inits, f"{n.input[1]}_scale", col.astype(np.float32))
    wz = _const(inits, f"{n.input[1]}_zero", np.zeros(w.shape[1], np.int8))
    q, step, zero = quantised
    at = list(nodes).index(n)
    nodes.remove(n)
    product = helper.make_node("MatMulIntegerToFloat", [q, wq, step, ws, zero, wz], list(n.output), name=n.name)
    product.domain = "com.microsoft"
    nodes.insert(at, product)


def _mask_keys(model: Any) -> None:
    """Give attention a key mask, so the calibration windows run in padded batches as they always have
    (`_layers` writes attention without one: ingest never pads)."""
    from onnx import TensorProto, helper

    attention = [n for n in model.graph.node if n.op_type == "MultiHeadAttention" and len(n.input) < 5]
    if not attention:
        return
    model.graph.input.append(helper.make_tensor_value_info("attention_mask", TensorProto.INT64, ["batch", "tokens"]))
    model.graph.node.insert(0, helper.make_node("Cast", ["attention_mask"], ["mask/keys"], to=TensorProto.INT32))
    for n in attention:
        n.input.extend([""] * (4 - len(n.input)) + ["mask/keys"])


@contextlib.contextmanager
def _quiet() -> Any:
    """The exporter's and quantiser's warnings and INFO lines (a TracerWarning, "consider
    pre-processing", ~40 "Quantization parameters") say nothing a user can act on."""
    previous = logging.root.manager.disable
    logging.disable(logging.WARNING)
    try:
        with warnings.catch_warnings(), contextlib.redirect_stdout(io.StringIO()):
            warnings.simplefilter("ignore")
            yield
    finally:
        logging.disable(previous)


def _quantize(fp32: Path, target: Path, model_dir: Path, scheme: str = "s8") -> None:
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model = onnx.load(str(fp32))
    options = SCHEMES[scheme]
    with tempfile.TemporaryDirectory(dir=target.parent) as tmp, _quiet():
        out = Path(tmp) / target.name
        if options.get("activation_bits") == 7:
            _balance(model, model_dir, "none")
            _int8_a7(model, model_dir)
            onnx.checker.check_model(model)
            onnx.save(model, str(out))
        else:
            _balance(model, model_dir, options["per_token"])
            balanced = Path(tmp) / "balanced.onnx"
            onnx.save(model, str(balanced))
            # Per-channel weight scales: per-tensor ones take some sentences down to cosine 0.94.
            quantize_dynamic(
                str(balanced),
                str(out),
                weight_type=getattr(QuantType, options["weight"]),
                per_channel=True,
                reduce_range=options["reduce_range"],
                # The per-token Mul after a MatMul leaves shape inference without a type for its output.
                extra_options={"MatMulConstBOnly": True, "DefaultTensorType": onnx.TensorProto.FLOAT},
            )
        os.replace(out, target)
    _record(target)


class OnnxEmbedder:
    """Same contract as `TransformerEmbedder`: query vectors, and late-chunked sentence vectors."""

    def __init__(
        self, name: str, location: str, variant: str = "onnx-int8", threads: int = 0, defer_int8: bool = False
    ) -> None:
        root = Path(location)
        self._root = root
        self.name = name
        self.variant = variant
        self._tok = _tokenizer(root)

        self._pooling, self._normalize = pooling_config(location)
        # One thread per forward pass, and as many passes at once as there are cores: on this 2-core
        # machine, busy with other work, one pass with 2 intra-op threads ran 21-29 windows/s and
        # single-threaded passes 29-43 (the threads no longer wait for each other, and spinning is
        # off so an idle one yields its core).
        self._workers = max(1, threads or (os.cpu_count() or 1))
        path = onnx_path(root, variant, defer_int8=defer_int8)
        # What actually runs: an int8 scheme, or fp32 where no int8 scheme was exact enough here (or
        # none has been checked yet: `finish_int8`).
        self.graph = path.name
        self.int8_pending = variant == "onnx-int8" and path.name == "model.onnx" and needs_export(root, variant)
        self._session = self._open(path)
        self._inputs = {i.name for i in self._session.get_inputs()}
        width = self._session.get_outputs()[0].shape[-1]
        self.dim = width if isinstance(width, int) else int(self._forward(["dim"]).shape[-1])

    def _open(self, path: Path) -> Any:
        try:
            return session(path, threads=1)  # one per pass; passes run side by side
        except Exception as exc:
            raise ModelError(
                f"ONNX Runtime cannot load {path} ({exc}): delete it and it will be exported again."
            ) from None

    def finish_int8(self) -> None:
        """Quantise and check int8 on this CPU now (once per CPU; ~10 s), and run on it from the next
        batch on if it passed. Batches already running finish on the graph they started with."""
        if not self.int8_pending:
            return
        fp32 = onnx_path(self._root, "onnx")
        path = _int8_for_this_cpu(fp32.parent, fp32, self._root, announce=False)
        if path.name != self.graph:
            self._session = self._open(path)
            self.graph = path.name
        self.int8_pending = False

    def _encode(self, texts: Sequence[str]) -> list[Any]:
        return list(self._tok.encode_batch(list(texts)))

    def _run(self, encs: Sequence[Any]) -> tuple[np.ndarray, np.ndarray]:
        """Hidden states (batch, tokens, dim) and the attention mask of one padded batch."""
        feed, mask = _feed(encs, self._inputs)
        hidden = self._session.run(None, feed)[0]
        return np.asarray(hidden, dtype=np.float32), mask

    def _forward(self, texts: Sequence[str]) -> np.ndarray:
        return self._run(self._encode(texts))[0]

    def _finish(self, vecs: np.ndarray) -> np.ndarray:
        vecs = vecs.astype(np.float32)
        if self._normalize:
            vecs = vecs / np.maximum(np.linalg.norm(vecs, axis=-1, keepdims=True), 1e-12)
        return vecs

    def _pool(self, hidden: np.ndarray, mask: np.ndarray) -> np.ndarray:
        if self._pooling == "cls":
            return self._finish(hidden[:, 0])
        m = mask[..., None].astype(np.float32)
        return self._finish((hidden * m).sum(1) / np.maximum(m.sum(1), 1e-9))

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        encs = self._encode(texts)
        out = np.zeros((len(encs), self.dim), np.float32)
        order = sorted(range(len(encs)), key=lambda i: len(encs[i].ids))
        # A graph without an attention mask (`_layers`) runs each text alone: it must never see padding.
        step = BATCH if "attention_mask" in self._inputs else 1
        for b in range(0, len(order), step):
            idx = order[b : b + step]
            hidden, mask = self._run([encs[i] for i in idx])
            out[idx] = self._pool(hidden, mask)
        return out

    def embed_windows(
        self,
        windows: Sequence[str],
        spans: Sequence[Sequence[tuple[int, int]]],
        progress: Callable[[int], None] | None = None,
    ) -> list[np.ndarray]:
        empty = np.zeros((0, self.dim), np.float32)
        results: list[np.ndarray] = [empty] * len(windows)
        encs = self._encode(windows)
        # Longest first: the batch that ends a call is then a short one, and the other core waits little.
        order = sorted(range(len(windows)), key=lambda i: -len(encs[i].ids))
        batches = [order[b : b + WINDOW_BATCH] for b in range(0, len(order), WINDOW_BATCH)]
        with ThreadPoolExecutor(self._workers) as pool:  # ONNX Runtime releases the GIL while it runs
            for idx, (hidden, _) in zip(
                batches, pool.map(lambda ix: self._run([encs[i] for i in ix]), batches), strict=True
            ):
                self._pool_spans(windows, spans, encs, idx, hidden, results)
                if progress:
                    progress(len(idx))
        return results

    def _pool_spans(
        self,
        windows: Sequence[str],
        spans: Sequence[Sequence[tuple[int, int]]],
        encs: Sequence[Any],
        idx: Sequence[int],
        hidden: np.ndarray,
        results: list[np.ndarray],
    ) -> None:
        """Each sentence's vector: the mean of its own tokens' states inside its window."""
        for row, i in enumerate(idx):
            if not spans[i]:
                results[i] = np.zeros((0, self.dim), np.float32)
                continue
            offsets = np.asarray(encs[i].offsets, dtype=np.int64).reshape(-1, 2)
            starts, ends = offsets[:, 0], offsets[:, 1]
            bounds = np.asarray(spans[i], dtype=np.int64).reshape(-1, 2)
            # (sentences, tokens): which live tokens (special tokens have empty offsets) lie in which span.
            sel = (ends > starts)[None] & (starts[None] >= bounds[:, :1]) & (ends[None] <= bounds[:, 1:])
            h = hidden[row, : len(offsets)]
            counts = sel.sum(1)
            if self._pooling == "cls":
                pooled = h[sel.argmax(1)]
            else:
                pooled = (sel.astype(np.float32) @ h) / np.maximum(counts, 1)[:, None]
            vecs = self._finish(pooled)
            for k in np.flatnonzero(counts == 0):  # past the model's token limit: embedded on its own
                a, e = spans[i][int(k)]
                vecs[k] = self.embed_queries([windows[i][a:e]])[0]
            results[i] = vecs
