"""What every embedding backend shares: the token limit, the batch size, and the pooling a
sentence-transformers folder asks for (read once here, so the torch and ONNX backends agree)."""

from __future__ import annotations

import json
from pathlib import Path

MAX_TOKENS = 256
# Windows per forward pass. Sorted by token length first, so a batch pads very little. 16-32 measured
# best; 64 was 35% slower (the activations leave the cache).
BATCH = 16


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
