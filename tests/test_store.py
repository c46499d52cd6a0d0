"""FAISS store and generations: oracle search, atomic generations, round trips, mismatch and damage errors."""

from __future__ import annotations

import json

import numpy as np
import pytest

from embeddings.faiss_store import FaissStore
from embeddings.generations import StoreError, load_generation, read_manifest, save_generation


def _store(ids, vectors, dim: int = 32) -> FaissStore:
    return FaissStore.empty("faiss", dim).upsert(list(ids), vectors)


def _unit(rows: int, dim: int = 32, seed: int = 0) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=(rows, dim)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_flat_search_matches_brute_force_numpy():
    vectors, queries = _unit(500), _unit(20, seed=1)
    store = _store([f"c{i}" for i in range(500)], vectors)
    hits = store.search(queries, 10)
    expected = np.argsort(-(queries @ vectors.T), axis=1)[:, :10]
    assert (hits.ids == np.vectorize(lambda i: f"c{i}")(expected)).all()
    assert np.allclose(hits.scores, np.take_along_axis(queries @ vectors.T, expected, axis=1), atol=1e-5)


def test_filtered_search_returns_only_allowed_ids_exactly():
    vectors, queries = _unit(500), _unit(5, seed=1)
    ids = np.array([f"c{i}" for i in range(500)])
    store = _store(ids, vectors)
    allowed = ids[::7]
    hits = store.search(queries, 10, allowed=np.concatenate([allowed, ["unknown"]]))
    full = queries @ vectors[::7].T
    expected = allowed[np.argsort(-full, axis=1)[:, :10]]
    assert (hits.ids == expected).all()
    assert store.search(queries[:1], 10, allowed=np.array(["c3", "c4"])).ids.tolist() in (
        [["c3", "c4"]], [["c4", "c3"]])

def test_add_and_remove_return_new_stores():
    vectors = _unit(10)
    empty = FaissStore.empty("faiss", 32)
    store = empty.upsert([str(i) for i in range(10)], vectors)
    assert len(empty) == 0 and len(store) == 10
    smaller = store.delete({"3", "4", "not there"})
    assert len(store) == 10 and smaller.ids().tolist() == [str(i) for i in range(10) if i not in (3, 4)]
    assert np.allclose(smaller.vectors(), vectors[[i for i in range(10) if i not in (3, 4)]])
    assert np.allclose(smaller.fetch(["9", "0"]), vectors[[9, 0]])
    with pytest.raises(KeyError, match="'3'"):
        smaller.fetch(["0", "3"])


def test_upsert_replaces_the_vectors_of_known_ids():
    vectors, other = _unit(10), _unit(2, seed=5)
    store = _store([str(i) for i in range(10)], vectors)
    # Row order after deletes and re-adds is the store's business; lookups stay by id.
    updated = store.delete(["0"]).upsert(["2", "10"], other)
    assert len(updated) == 10 and sorted(updated.ids().tolist()) == sorted(str(i) for i in range(1, 11))
    assert np.allclose(updated.fetch(["2", "10", "1"]), np.vstack([other, vectors[1:2]]))
    assert updated.search(other[:1], 1).ids[0, 0] == "2"
    assert np.allclose(store.fetch(["2"]), vectors[2:3])  # the original is untouched
    with pytest.raises(ValueError, match="unique"):
        store.upsert(["a", "a"], other)


def test_generation_round_trip(tmp_path):
    store = _store(["a", "b", "c"], _unit(3))
    save_generation(tmp_path, {"model": "m"}, {"meta": {"x": [1, 2]}}, store)
    gen = load_generation(tmp_path, model="m", documents=["meta"])
    assert gen.documents["meta"] == {"x": [1, 2]}
    assert gen.vectors.ids().tolist() == ["a", "b", "c"]
    assert read_manifest(tmp_path)["store"] == "faiss"
    assert np.allclose(gen.vectors.vectors(), store.vectors())
    assert not list(tmp_path.glob("*.pkl")) and not list(tmp_path.rglob("*.pickle"))


def test_new_generation_switches_manifest_and_prunes(tmp_path):
    for n in range(4):
        store = _store([f"v{i}" for i in range(n + 1)], _unit(n + 1))
        save_generation(tmp_path, {"model": "m"}, {}, store)
    manifest = read_manifest(tmp_path)
    assert manifest["generation"] == "gen-000004" and manifest["vectors"] == 4
    assert sorted(p.name for p in tmp_path.glob("gen-*")) == ["gen-000003", "gen-000004"]


def test_model_mismatch_is_a_clear_error(tmp_path):
    save_generation(tmp_path, {"model": "model-a"}, {}, _store(["a"], _unit(1)))
    with pytest.raises(StoreError, match="built with model 'model-a'"):
        load_generation(tmp_path, model="model-b")


def test_format_mismatch_is_a_clear_error(tmp_path):
    save_generation(tmp_path, {"model": "m"}, {}, _store(["a"], _unit(1)))
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    manifest["format"] = 999
    (tmp_path / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(StoreError, match="format"):
        load_generation(tmp_path, model="m")


def test_truncated_vectors_file_fails_loudly_with_rebuild_hint(tmp_path):
    save_generation(tmp_path, {"model": "m"}, {}, _store(["a", "b"], _unit(2)))
    gen_dir = tmp_path / read_manifest(tmp_path)["generation"]
    data = (gen_dir / "vectors.faiss").read_bytes()
    (gen_dir / "vectors.faiss").write_bytes(data[: len(data) // 2])
    with pytest.raises(StoreError, match="rebuild"):
        load_generation(tmp_path, model="m")


def test_count_mismatch_is_detected(tmp_path):
    save_generation(tmp_path, {"model": "m"}, {}, _store(["a", "b"], _unit(2)))
    gen_dir = tmp_path / read_manifest(tmp_path)["generation"]
    (gen_dir / "vector_ids.json").write_text(json.dumps(["a"]))
    with pytest.raises(StoreError, match="inconsistent"):
        load_generation(tmp_path, model="m")


def test_crash_before_manifest_switch_keeps_previous_generation(tmp_path, monkeypatch):
    import embeddings.generations as store_mod

    save_generation(tmp_path, {"model": "m"}, {}, _store(["a"], _unit(1)))

    def boom(*args, **kwargs):
        raise OSError("disk full")

    real_replace = store_mod.os.replace
    calls = []

    def failing_replace(src, dst):
        calls.append(dst)
        if str(dst).endswith("manifest.json"):
            boom()
        return real_replace(src, dst)

    monkeypatch.setattr(store_mod.os, "replace", failing_replace)
    with pytest.raises(OSError):
        save_generation(tmp_path, {"model": "m"}, {}, _store(["a", "b"], _unit(2)))
    monkeypatch.setattr(store_mod.os, "replace", real_replace)
    gen = load_generation(tmp_path, model="m")
    assert gen.vectors.ids().tolist() == ["a"]


def test_missing_index_says_how_to_create_one(tmp_path):
    from qa.cli.main import describe

    with pytest.raises(StoreError, match="no index") as caught:
        load_generation(tmp_path / "nothing", model="m")
    assert caught.value.remedy == "create"
    assert f"create one with: factdesk index PATH --index {tmp_path / 'nothing'}" in describe(caught.value)


def test_incremental_add_keeps_search_exact_and_matches_a_rebuild():
    first, second = _unit(300), _unit(50, seed=2)
    ids = [f"a{i}" for i in range(300)] + [f"b{i}" for i in range(50)]
    grown = _store(ids[:300], first).upsert(ids[300:], second)
    rebuilt = _store(ids, np.vstack([first, second]))
    queries = _unit(10, seed=3)
    assert grown.ids().tolist() == ids
    assert (grown.search(queries, 5).ids == rebuilt.search(queries, 5).ids).all()
    assert np.allclose(grown.fetch(ids[::-1]), np.vstack([first, second])[::-1])


def test_hnsw_store_grows_without_rebuild_and_round_trips(tmp_path, monkeypatch):
    import embeddings.ann as ann

    monkeypatch.setattr(ann, "FLAT_MAX", 100)
    vectors = _unit(400, seed=4)
    store = _store([str(i) for i in range(300)], vectors[:300])
    store = store.upsert([str(i) for i in range(300, 400)], vectors[300:])
    assert "HNSW" in type(__import__("faiss").downcast_index(store.index)).__name__
    save_generation(tmp_path, {"model": "m"}, {}, store)
    loaded = load_generation(tmp_path, model="m").vectors
    exact = np.argsort(-(vectors[:20] @ vectors.T), axis=1)[:, :10].astype(str)
    found = loaded.search(vectors[:20], 10).ids
    recall = np.mean([len(set(f) & set(e)) / 10 for f, e in zip(found, exact)])
    assert recall >= 0.95


def test_documents_are_written_in_slices_that_join_to_valid_json(tmp_path, monkeypatch):
    import json

    from embeddings import generations as store

    monkeypatch.setattr(store, "_SLICE", 3)
    docs = [[], list(range(10)), [{"text": "ünïcode \"quoted\"\n", "n": i} for i in range(7)],
            {"id": [f"c{i}" for i in range(8)], "start": list(range(8)), "empty": [], "meta": {"a": [1]}}, {}]
    for n, data in enumerate(docs):
        path = tmp_path / f"doc{n}.json"
        store.write_json(path, data)
        assert json.loads(path.read_text(encoding="utf-8")) == data
    pieces = list(store.json_pieces(list(range(10))))
    assert len(pieces) == 6  # "[", four slices of at most 3, "]": never one big string


def test_index_written_before_the_manifest_named_its_store_still_loads(tmp_path):
    save_generation(tmp_path, {"model": "m"}, {}, _store(["a", "b"], _unit(2)))
    manifest = json.loads((tmp_path / "manifest.json").read_text())
    del manifest["store"]
    (tmp_path / "manifest.json").write_text(json.dumps(manifest))
    assert load_generation(tmp_path, model="m").vectors.ids().tolist() == ["a", "b"]


def test_another_kind_of_store_or_an_unknown_one_is_a_clear_error(tmp_path, monkeypatch):
    from embeddings import stores

    save_generation(tmp_path, {"model": "m"}, {}, _store(["a"], _unit(1)))
    with pytest.raises(ValueError, match="known schemes: .*faiss"):
        load_generation(tmp_path, model="m", store="nosuchstore:x")
    monkeypatch.setitem(stores._registry, "faisscopy", FaissStore)
    with pytest.raises(StoreError, match="built with vector store 'faiss'.*open it with store 'faiss'"):
        load_generation(tmp_path, model="m", store="faisscopy")


def test_crash_stage_names_are_checked(tmp_path):
    with pytest.raises(ValueError, match="crash stage"):
        save_generation(tmp_path, {"model": "m"}, {}, _store(["a"], _unit(1)), crash_at="nowhere")
    assert read_manifest(tmp_path) is None
