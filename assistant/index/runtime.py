"""ONNX Runtime sessions opened the one way every model here runs: on the CPU, quiet, and without the
fusions that make this runtime slower."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

# ONNX Runtime's CPU kernel for SkipLayerNormalization (its fusion of a residual Add with the LayerNorm
# after it) is slower than the two ops it replaces, in both the fp32 and int8 embedders and the stance
# model; the unfused graph computes the same values.
UNFUSED = ("SkipLayerNormFusion",)


def session(model: Path | bytes, threads: int = 0) -> Any:
    """An InferenceSession on `model` (a file, or a serialised graph) with `threads` intra-op threads
    (0: one per core). Spinning is off, so that an idle thread yields its core to other work."""
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = threads or (os.cpu_count() or 1)
    opts.inter_op_num_threads = 1
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    opts.log_severity_level = 3
    source = str(model) if isinstance(model, Path) else model
    return ort.InferenceSession(source, opts, providers=["CPUExecutionProvider"], disabled_optimizers=list(UNFUSED))
