"""The OpenVINO encoder against the fp32 reference, on the real packaged model."""

from __future__ import annotations

import numpy as np
import pytest

from embeddings.encoder import Encoder, load_encoder, resolve_model_path
from embeddings.openvino_encoder import OpenVinoEncoder

pytestmark = pytest.mark.slow

TEXTS = [
    "Ukraine's air force said Russia had launched 426 drones and 24 missiles overnight.",
    "The harbour council approved a new ferry line on Monday.",
    "A short one.",
    " ".join(["A long sentence about regional budgets and school buildings."] * 40),
    "Fires broke out in several places in the city, according to regional media.",
]


@pytest.fixture(scope="module")
def openvino(factdesk_home):
    return OpenVinoEncoder(resolve_model_path("all-MiniLM-L6-v2"), factdesk_home / "cache", name="all-MiniLM-L6-v2",
                           batch_size=2)


def test_vectors_match_fp32_and_keep_input_order(openvino):
    reference = Encoder("all-MiniLM-L6-v2").encode(TEXTS)
    vectors = openvino.encode(TEXTS)
    assert vectors.shape == (len(TEXTS), 384) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    cosines = (vectors * reference).sum(axis=1)
    assert cosines.min() > 0.98, cosines  # each row is its own text's vector: order kept


def test_empty_input_and_concurrent_callers(openvino):
    from concurrent.futures import ThreadPoolExecutor

    assert openvino.encode([]).shape == (0, 384)
    expected = openvino.encode(TEXTS)
    with ThreadPoolExecutor(4) as pool:
        results = list(pool.map(lambda _: openvino.encode(TEXTS), range(8)))
    for result in results:
        assert np.allclose(result, expected, atol=1e-3)


def test_auto_backend_loads_an_encoder_in_the_same_space(factdesk_home):
    encoder = load_encoder("all-MiniLM-L6-v2", "auto", factdesk_home / "cache", 16)
    reference = Encoder("all-MiniLM-L6-v2").encode(TEXTS[:2])
    assert ((encoder.encode(TEXTS[:2]) * reference).sum(axis=1) > 0.98).all()


def test_compiled_model_is_cached_for_the_next_process(openvino, factdesk_home):
    from embeddings.onnx_encoder import ensure_exported

    blobs = ensure_exported(openvino.model_dir, factdesk_home / "cache") / "openvino-cache"
    assert any(blobs.iterdir())
    again = OpenVinoEncoder(str(openvino.model_dir), factdesk_home / "cache", name="all-MiniLM-L6-v2")
    assert np.allclose(again.encode(TEXTS), openvino.encode(TEXTS), atol=1e-3)


def test_bulk_work_falls_back_to_the_latency_compile(factdesk_home, monkeypatch):
    from embeddings.onnx_encoder import OnnxEncoderError

    encoder = OpenVinoEncoder(resolve_model_path("all-MiniLM-L6-v2"), factdesk_home / "cache",
                              name="all-MiniLM-L6-v2", batch_size=1)
    expected = np.vstack([encoder.encode([t]) for t in TEXTS])  # one batch each: latency compile
    compile_ = encoder._compile

    def no_throughput(hint):
        if hint == "THROUGHPUT":
            raise OnnxEncoderError("simulated compile failure")
        return compile_(hint)

    monkeypatch.setattr(encoder, "_compile", no_throughput)
    assert len(TEXTS) > encoder.SMALL_BATCHES  # so this call is bulk work
    assert np.allclose(encoder.encode(TEXTS), expected, atol=1e-3)
