"""Tests for embeddings.ann: index choice, exact search oracle, HNSW recall, synthetic vectors."""

from __future__ import annotations

import faiss
import numpy as np
import pytest

from embeddings import ann


def _unit(n: int, dim: int, seed: int) -> np.ndarray:
    x = np.random.default_rng(seed).normal(size=(n, dim)).astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def test_flat_topk_equals_numpy_bruteforce():
    vectors, queries = _unit(3000, 64, 0), _unit(50, 64, 1)
    index = ann.build_index(vectors, "flat")
    scores, rows = ann.search(index, queries, 10)
    full = queries @ vectors.T
    expected = np.argsort(-full, axis=1, kind="stable")[:, :10]
    assert np.array_equal(rows, expected)
    assert np.allclose(scores, np.take_along_axis(full, expected, axis=1), atol=1e-5)


def test_exact_topk_in_blocks_matches_flat():
    vectors, queries = _unit(2500, 32, 2), _unit(20, 32, 3)
    _, flat_rows = ann.search(ann.build_index(vectors, "flat"), queries, 7)
    _, rows = ann.exact_topk(vectors, queries, 7, block=300)
    assert np.array_equal(rows, flat_rows)


def test_auto_picks_flat_small_and_hnsw_large():
    assert ann.choose_kind(10) == "flat"
    assert ann.choose_kind(ann.FLAT_MAX) == "flat"
    assert ann.choose_kind(ann.FLAT_MAX + 1) == "hnsw"
    assert isinstance(ann.build_index(_unit(100, 16, 4)), faiss.IndexFlatIP)


def test_empty_index_and_k_larger_than_corpus():
    empty = ann.build_index(np.zeros((0, 8), dtype=np.float32))
    scores, rows = ann.search(empty, _unit(2, 8, 5), 5)
    assert scores.shape == (2, 0) and rows.shape == (2, 0)
    small = ann.build_index(_unit(3, 8, 6), "hnsw")
    _, rows = ann.search(small, _unit(1, 8, 7), 10)
    assert sorted(rows[0].tolist()) == [0, 1, 2]


def test_bad_input_is_a_clear_error():
    with pytest.raises(ValueError, match="kind"):
        ann.build_index(_unit(5, 4, 0), "annoy")
    with pytest.raises(ValueError, match="2-D"):
        ann.build_index(np.zeros(4, dtype=np.float32))


@pytest.mark.slow
def test_hnsw_recall_at_10_on_20000_vectors(tmp_path):
    # Mixtures of a few hundred "topics" cluster like real embeddings; pure noise would not.
    topics = _unit(400, 64, 8)
    vectors = ann.synthesize(topics, 20_000, mix=3, noise=0.05, seed=9)
    queries = ann.synthesize(topics, 200, mix=3, noise=0.05, seed=10)
    index = ann.build_index(vectors, "hnsw")
    _, exact = ann.exact_topk(vectors, queries, 10)
    _, approx = ann.search(index, queries, 10)
    assert ann.recall_at_k(approx, exact) >= 0.95
    # Settings and vectors survive a write/read round trip, as the store relies on.
    path = tmp_path / "v.faiss"
    faiss.write_index(index, str(path))
    loaded = faiss.read_index(str(path))
    assert ann.describe(loaded)["ef_search"] == ann.ef_search_for(20_000)
    assert np.allclose(loaded.reconstruct_n(0, 5), vectors[:5])


def test_ivf_keeps_vectors_reconstructible():
    vectors = _unit(5000, 16, 11)
    index = ann.build_index(vectors, "ivf")
    assert np.allclose(index.reconstruct_n(0, 10), vectors[:10])
    _, rows = ann.search(index, vectors[:5], 1)
    assert rows[:, 0].tolist() == [0, 1, 2, 3, 4]


def test_synthesize_is_normalised_deterministic_and_memmappable(tmp_path):
    base = _unit(50, 16, 12)
    a = ann.synthesize(base, 1000, seed=3, block=300)
    b = ann.synthesize(base, 1000, seed=3, out=tmp_path / "syn.npy", block=300)
    assert a.shape == (1000, 16) and a.dtype == np.float32
    assert np.allclose(np.linalg.norm(a, axis=1), 1.0, atol=1e-5)
    assert np.array_equal(a, np.load(tmp_path / "syn.npy"))
    assert np.array_equal(a, b)
    assert len(np.unique(a.round(5), axis=0)) == 1000


def test_ef_search_grows_with_corpus_size():
    sizes = [10_000, 200_000, 500_000, 1_000_000, 5_000_000]
    efs = [ann.ef_search_for(n) for n in sizes]
    assert efs == sorted(efs) and efs[0] == ann.HNSW_EF_SEARCH
