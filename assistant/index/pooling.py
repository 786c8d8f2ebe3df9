"""What every embedding backend shares: the token limit, the batch size, and the pooling a
sentence-transformers folder asks for (read once here, so the torch and ONNX backends agree)."""

from __future__ import annotations

import json
from pathlib import Path

MAX_TOKENS = 256
# Texts per forward pass where several run together (the torch backend, int8 calibration, a graph with an
# attention mask; the ONNX embedder's own graph has none and runs every text alone).
# Sorted by token length first, so a batch pads very little. 16-32 measured best; 64 was 35% slower.
BATCH = 16
# Windows per forward pass of an ONNX Runtime session on one thread (ingest, and the int8 check that
# must measure what ingest runs). One: a window's int8 activation scales then come from that window
# alone, so a sentence's vector does not depend on which windows were ingested beside it (in batches of
# 16 it moved by up to cosine 0.9986), and small batches keep a layer's activations in the core's cache.
# Single-threaded, 200 windows of ~150 tokens: int8 3.40 s at 1 and 2, 3.65 s at 4, 4.45 s at 16;
# fp32 7.70 s at 2 against 9.23 s at 16. A pass of one is never padded, so the exported graph has no
# attention mask (`onnx_embedding._layers`).
WINDOW_BATCH = 1


def pooling_config(location: str) -> tuple[str, bool]:
    """Read the pooling mode and normalisation from a sentence-transformers folder; mean+normalize
    (the common case) when the folder does not say."""
    root = Path(location)
    pooling, normalize = "mean", True
    modules = root / "modules.json"
    if modules.is_file():
        mods = json.loads(modules.read_text())
        normalize = any(m.get("type", "").endswith("Normalize") for m in mods)
        for m in mods:
            if m.get("type", "").endswith("Pooling"):
                cfg = root / m.get("path", "") / "config.json"
                if cfg.is_file():
                    c = json.loads(cfg.read_text())
                    if c.get("pooling_mode_cls_token"):
                        pooling = "cls"
    return pooling, normalize
