"""The vector-store protocol: a second store is one class plus one `register_store` call.

`MemoryStore` below is such a store (exact numpy search, saved as .npy + JSON without pickle).
It is checked against FAISS flat search, then a whole Assistant runs on it and must answer
exactly as the FAISS one does.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import numpy as np
import pytest

from conftest import SEEDS
from embeddings.faiss_store import FaissStore
from embeddings.generations import load_generation, read_manifest, save_generation
from embeddings.stores import empty_store, known_schemes, load_store, register_store
from embeddings.vector_store import Hits, StoreError, VectorStore


@dataclass(frozen=True)
class MemoryStore:
    """Vectors in one numpy array, exact inner-product search: the whole second store."""

    uri: str
    dim: int
    row_ids: np.ndarray
    matrix: np.ndarray

    @classmethod
    def empty(cls, uri: str, dim: int) -> "MemoryStore":
        return cls(uri, dim, np.zeros(0, dtype=np.str_), np.zeros((0, dim), dtype=np.float32))

    @classmethod
    def load(cls, uri: str, folder: Path) -> "MemoryStore":
        try:
            ids = np.asarray(json.loads((folder / "memory-ids.json").read_text(encoding="utf-8")), dtype=np.str_)
            matrix = np.load(folder / "memory-vectors.npy", allow_pickle=False)
        except (OSError, ValueError) as exc:
            raise StoreError(f"memory store in {folder} is missing or damaged ({type(exc).__name__})") from None
        return cls(uri, matrix.shape[1], ids.reshape(-1), matrix)

    def __len__(self) -> int:
        return len(self.row_ids)

    def ids(self) -> np.ndarray:
        return self.row_ids

    def upsert(self, ids: list[str], vectors: np.ndarray) -> "MemoryStore":
        vectors = np.asarray(vectors, dtype=np.float32).reshape(-1, self.dim)
        kept = self.delete(ids)
        return MemoryStore(self.uri, self.dim, np.concatenate([kept.row_ids, np.asarray(ids, dtype=np.str_)]),
                           np.vstack([kept.matrix, vectors]))

    def delete(self, ids: Iterable[str]) -> "MemoryStore":
        keep = ~np.isin(self.row_ids, np.asarray(list(ids), dtype=np.str_))
        return MemoryStore(self.uri, self.dim, self.row_ids[keep], self.matrix[keep])

    def search(self, queries: np.ndarray, k: int, allowed: np.ndarray | None = None) -> Hits:
        scores = np.asarray(queries, dtype=np.float32).reshape(-1, self.dim) @ self.matrix.T
        candidates = np.arange(len(self.row_ids)) if allowed is None else np.flatnonzero(np.isin(self.row_ids, allowed))
        k = min(k, len(candidates))
        if k <= 0:
            return Hits.none(len(scores))
        order = candidates[np.argsort(-scores[:, candidates], axis=1, kind="stable")[:, :k]]
        return Hits(self.row_ids[order], np.take_along_axis(scores, order, axis=1))

    def fetch(self, ids) -> np.ndarray:
        where = {str(i): n for n, i in enumerate(self.row_ids)}
        return self.matrix[[where[str(i)] for i in ids]].reshape(-1, self.dim)

    def save(self, folder: Path) -> None:
        (folder / "memory-ids.json").write_text(json.dumps(self.row_ids.tolist()), encoding="utf-8")
        np.save(folder / "memory-vectors.npy", self.matrix, allow_pickle=False)


register_store("memory", MemoryStore)


def _unit(rows: int, dim: int = 32, seed: int = 0) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=(rows, dim)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def _pair(ids, vectors) -> tuple[VectorStore, VectorStore]:
    return (empty_store("memory:oracle", vectors.shape[1]).upsert(list(ids), vectors),
            empty_store("faiss", vectors.shape[1]).upsert(list(ids), vectors))


def _same_hits(a: Hits, b: Hits) -> None:
    assert a.ids.shape == b.ids.shape
    assert (a.ids == b.ids).all()
    assert np.allclose(a.scores, b.scores, atol=1e-5)


def test_both_stores_satisfy_the_protocol():
    memory, faiss_store = _pair(["a"], _unit(1))
    assert isinstance(memory, VectorStore) and isinstance(faiss_store, VectorStore)
    assert isinstance(memory, MemoryStore) and isinstance(faiss_store, FaissStore)
    assert {"faiss", "memory"} <= set(known_schemes())


def test_unknown_scheme_is_a_one_line_error_naming_the_known_ones():
    with pytest.raises(ValueError) as err:
        empty_store("pinecone://somewhere", 8)
    message = str(err.value)
    assert "\n" not in message and "'pinecone://somewhere'" in message
    assert "faiss" in message and "memory" in message


def test_memory_top_k_equals_faiss_flat_top_k():
    ids = np.array([f"c{i}" for i in range(1000)])
    vectors, queries = _unit(1000), _unit(30, seed=1)
    memory, faiss_store = _pair(ids, vectors)
    for k in (1, 10, 50):
        _same_hits(memory.search(queries, k), faiss_store.search(queries, k))
    _same_hits(memory.search(queries[:1], 10), faiss_store.search(queries[:1], 10))
    allowed = ids[np.random.default_rng(2).choice(1000, 80, replace=False)]
    _same_hits(memory.search(queries, 10, allowed=allowed), faiss_store.search(queries, 10, allowed=allowed))
    assert set(faiss_store.search(queries, 10, allowed=allowed).ids.ravel()) <= set(allowed)
    assert np.allclose(memory.fetch(ids[[5, 900, 2]]), faiss_store.fetch(ids[[5, 900, 2]]))


def test_top_k_still_agrees_after_deletes_and_upserts():
    ids = np.array([f"c{i}" for i in range(600)])
    vectors, queries = _unit(600, seed=3), _unit(20, seed=4)
    memory, faiss_store = _pair(ids, vectors)
    gone = ids[::5]
    replaced, fresh = ids[1:100:5], np.array([f"n{i}" for i in range(40)])
    new_ids, new_vectors = np.concatenate([replaced, fresh]), _unit(len(replaced) + 40, seed=5)
    stores = [s.delete(gone).upsert(list(new_ids), new_vectors) for s in (memory, faiss_store)]
    for store in stores:
        assert len(store) == 600 - len(gone) + len(fresh)
        assert sorted(store.ids().tolist()) == sorted(set(ids) - set(gone) | set(fresh))
        assert np.allclose(store.fetch(new_ids), new_vectors)
    _same_hits(stores[0].search(queries, 10), stores[1].search(queries, 10))
    assert len(memory) == len(faiss_store) == 600  # the originals are untouched


def test_faiss_store_save_load_round_trip(tmp_path):
    ids = [f"c{i}" for i in range(200)]
    vectors, queries = _unit(200, seed=6), _unit(5, seed=7)
    store = empty_store("faiss", 32).upsert(ids, vectors).delete(["c3"]).upsert(["c7"], _unit(1, seed=8))
    store.save(tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["vector_ids.json", "vectors.faiss"]
    loaded = load_store("faiss", tmp_path)
    assert loaded.dim == 32 and len(loaded) == len(store) == 199
    assert loaded.ids().tolist() == store.ids().tolist()
    assert np.allclose(loaded.fetch(store.ids()), store.fetch(store.ids()))
    _same_hits(loaded.search(queries, 10), store.search(queries, 10))


def test_a_generation_records_its_store_and_reopens_with_it(tmp_path):
    store = empty_store("memory:gen", 32).upsert(["a", "b"], _unit(2, seed=9))
    save_generation(tmp_path, {"model": "m"}, {"meta": [1]}, store)
    assert read_manifest(tmp_path)["store"] == "memory:gen"
    gen = load_generation(tmp_path, model="m", documents=["meta"])
    assert isinstance(gen.vectors, MemoryStore) and gen.vectors.ids().tolist() == ["a", "b"]
    assert not list(tmp_path.rglob("vectors.faiss"))
    with pytest.raises(StoreError, match="built with vector store 'memory:gen'"):
        load_generation(tmp_path, model="m", store="faiss")


# -- a whole assistant on the second store ----------------------------------------------------

QUESTIONS = ["How many drones did Russia launch overnight?", "Who is the Kremlin spokesman?",
             "Who is the acting mayor of Sumy?", "How long is the front line?",
             "In which city is the third round of talks expected to be held?",
             "What is the capital of Australia?"]
CLAIMS = ["Russia launched 426 drones and 24 missiles overnight, according to Ukraine's air force.",
          "Ukraine's air force said Russia launched 600 drones overnight."]


def _answer_key(answer) -> tuple:
    return (answer.answer, answer.abstained, answer.short_answer,
            tuple((c.article.id, c.start, c.end) for c in answer.citations))


@pytest.mark.slow
def test_assistant_on_the_memory_store_answers_like_faiss(seeds_assistant, tmp_path, encoder):
    from qa import Assistant, Config

    index = tmp_path / "memory-index"
    memory = Assistant(index, Config.from_env(store="memory:seeds"))
    memory.index([SEEDS])
    assert isinstance(memory.library().vectors, MemoryStore)
    assert read_manifest(index)["store"] == "memory:seeds"
    reopened = Assistant(index, Config.from_env(store="memory:seeds"), build_default=False)
    assert isinstance(reopened.library().vectors, MemoryStore)  # loaded from disk, not the writer's copy
    source = seeds_assistant.library().sources()[0]
    for question in QUESTIONS:
        expected = _answer_key(seeds_assistant.ask(question))
        assert _answer_key(memory.ask(question)) == expected, question
        assert _answer_key(reopened.ask(question)) == expected, question
        assert _answer_key(reopened.ask(question, source=source)) == _answer_key(
            seeds_assistant.ask(question, source=source)), question
    for claim in CLAIMS:
        assert reopened.check(claim).verdict == seeds_assistant.check(claim).verdict
