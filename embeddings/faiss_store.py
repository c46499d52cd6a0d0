"""The embedded FAISS vector store: an inner-product index in the generation folder, ids beside it.

Files in a generation: `vectors.faiss` (`faiss.write_index`; row i is the vector of id i) and
`vector_ids.json` (the ids in row order). The index kind (exact flat, or HNSW for large
corpora) is chosen by `embeddings.ann`. No pickle.
"""

from __future__ import annotations

import json
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

import faiss
import numpy as np

from embeddings import ann
from embeddings.generations import fsync_path, write_json
from embeddings.vector_store import Hits, StoreError

VECTORS = "vectors.faiss"
IDS = "vector_ids.json"


@contextmanager
def one_search_thread() -> Iterator[None]:
    """Run FAISS searches in this block on one OpenMP thread (this thread only), then restore.

    One query gains nothing from a second thread, and handing work to it costs ~15 ms when
    the other core is busy (measured: flat search of 10,000 vectors 0.65 ms on one thread,
    16 ms on two). OpenMP thread counts are per calling thread, so index builds running in
    other threads keep theirs.
    """
    before = faiss.omp_get_max_threads()
    faiss.omp_set_num_threads(1)
    try:
        yield
    finally:
        faiss.omp_set_num_threads(before)


@dataclass(frozen=True)
class FaissStore:
    """Normalised vectors in a FAISS inner-product index; row i belongs to `row_ids[i]`.

    Immutable: `upsert` and `delete` return a new store, so readers holding the old one keep a
    consistent snapshot.
    """

    dim: int
    row_ids: np.ndarray  # fixed-width unicode array: no Python object per vector
    index: Any
    uri: str = "faiss"
    # Lazily built argsort of `row_ids` (id -> row lookups by binary search, no dict of strings).
    _memo: dict = field(default_factory=dict, compare=False, repr=False)

    # -- factory ------------------------------------------------------------------------------
    @classmethod
    def empty(cls, uri: str, dim: int) -> "FaissStore":
        """A store with no vectors.

        Args:
            uri: the store URI ("faiss").
            dim: vector dimension.

        Returns:
            The store.
        """
        return cls(dim, _id_array([]), ann.build_index(np.zeros((0, dim), dtype=np.float32)), uri)

    @classmethod
    def load(cls, uri: str, folder: Path) -> "FaissStore":
        """Read the store that `save` wrote into a generation folder.

        Args:
            uri: the store URI.
            folder: the generation folder.

        Returns:
            The store; StoreError (no rebuild hint: the caller adds it) when a file is missing,
            damaged, or the ids and vectors disagree.
        """
        folder = Path(folder)
        try:
            ids = _id_array(json.loads((folder / IDS).read_text(encoding="utf-8")))
        except (OSError, ValueError, TypeError) as exc:
            raise StoreError(f"index file {folder / IDS} is missing or damaged ({type(exc).__name__})") from None
        try:
            index = faiss.read_index(str(folder / VECTORS))
        except Exception:  # noqa: BLE001 - faiss raises RuntimeError with a C++ trace
            raise StoreError(f"index file {folder / VECTORS} is missing or damaged") from None
        if index.ntotal != len(ids):
            raise StoreError(f"index at {folder.parent} is inconsistent ({index.ntotal} vectors, {len(ids)} ids)")
        return cls(int(index.d), ids, index, uri)

    # -- contents -----------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.row_ids)

    def ids(self) -> np.ndarray:
        """Every id, in row order."""
        return self.row_ids

    def vectors(self) -> np.ndarray:
        """All vectors, in row order (approximate indexes return their stored copies)."""
        if not len(self.row_ids):
            return np.zeros((0, self.dim), dtype=np.float32)
        return self.index.reconstruct_n(0, len(self.row_ids))

    def upsert(self, ids: list[str], vectors: np.ndarray) -> "FaissStore":
        """A store with these vectors added, replacing the vectors of ids already held.

        Args:
            ids: one unique id per row.
            vectors: float32 (n, dim), L2-normalised.

        Returns:
            The new store (this one when n == 0).
        """
        vectors = np.ascontiguousarray(vectors, dtype=np.float32).reshape(-1, self.dim)
        new_ids = _id_array(ids)
        if len(new_ids) != len(vectors):
            raise ValueError("one id per vector")
        if not len(new_ids):
            return self
        if len(np.unique(new_ids)) != len(new_ids):
            raise ValueError("ids passed to upsert must be unique")
        _, found = self._locate(new_ids)
        base = self.delete(new_ids[found]) if found.any() else self
        return base._append(new_ids, vectors)

    def delete(self, ids: Iterable[str]) -> "FaissStore":
        """A store without the vectors of `ids` (unknown ids are ignored).

        Args:
            ids: ids to drop.

        Returns:
            The new store (this one when nothing goes).
        """
        rows, found = self._locate(_id_array(list(ids) if not isinstance(ids, np.ndarray) else ids))
        if not found.any():
            return self
        keep = np.ones(len(self.row_ids), dtype=bool)
        keep[rows[found]] = False
        vectors = self.vectors()[keep]
        return FaissStore(self.dim, self.row_ids[keep], ann.build_index(vectors), self.uri)

    def _append(self, ids: np.ndarray, vectors: np.ndarray) -> "FaissStore":
        n = len(self.row_ids)
        all_ids = np.concatenate([self.row_ids, ids])
        if self.index.ntotal > 0 and _kind(self.index) == ann.choose_kind(len(all_ids)):
            # Same kind of index: append to a copy instead of rebuilding (an HNSW graph of a
            # million vectors takes minutes to build, adding a file's chunks takes moments).
            index = faiss.clone_index(self.index)
            index.add(vectors)
            _tune(index, len(all_ids))
        else:
            index = ann.build_index(np.vstack([self.vectors(), vectors]))
        grown = FaissStore(self.dim, all_ids, index, self.uri)
        order = self._memo.get("order")
        if order is not None:
            # Merge the new ids into the known sort order: O(n), not another O(n log n) sort.
            new_order = np.argsort(ids, kind="stable")
            at = np.searchsorted(self.row_ids, ids[new_order], sorter=order)
            grown._memo["order"] = np.insert(order, at, new_order + n)
        return grown

    # -- queries ------------------------------------------------------------------------------
    def search(self, queries: np.ndarray, k: int, allowed: np.ndarray | None = None) -> Hits:
        """The k ids nearest to each query by inner product (one OpenMP thread for one query).

        Args:
            queries: float32 (q, dim), L2-normalised.
            k: results per query.
            allowed: when given, only these ids may be returned (unknown ids are ignored).

        Returns:
            Hits (q, k') with k' = min(k, vectors searched), best first.
        """
        queries = np.ascontiguousarray(queries, dtype=np.float32).reshape(-1, self.dim)
        params, selector = None, None
        k = min(int(k), len(self.row_ids))
        if allowed is not None:
            rows, found = self._locate(_id_array(allowed))
            rows = np.unique(rows[found])
            k = min(k, len(rows))
            selector = faiss.IDSelectorBatch(rows.astype(np.int64))
            params = _search_params(self.index, selector, k)
        if k <= 0:
            return Hits.none(len(queries))
        # A single query runs on one thread; batches (benchmarks, evaluation) keep them all.
        with one_search_thread() if len(queries) == 1 else nullcontext():
            scores, rows = self.index.search(queries, k, params=params) if params is not None \
                else self.index.search(queries, k)
        missing = rows < 0
        ids = self.row_ids[np.where(missing, 0, rows)]
        if missing.any():
            ids[missing] = ""
            scores[missing] = -np.inf
        return Hits(ids, scores)

    def fetch(self, ids: np.ndarray | list[str]) -> np.ndarray:
        """The stored vectors of `ids`, in the order given.

        Args:
            ids: ids the store holds (KeyError names the first unknown one).

        Returns:
            float32 (len(ids), dim).
        """
        wanted = _id_array(ids)
        if not len(wanted):
            return np.zeros((0, self.dim), dtype=np.float32)
        rows, found = self._locate(wanted)
        if not found.all():
            raise KeyError(f"no vector for id {str(wanted[np.flatnonzero(~found)[0]])!r}")
        return self.index.reconstruct_batch(rows.astype(np.int64))

    def _locate(self, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(rows, found) for `ids`: binary search in the sorted ids; rows[i] is valid where found[i]."""
        if not len(self.row_ids) or not len(ids):
            return np.zeros(len(ids), np.int64), np.zeros(len(ids), bool)
        order = self._memo.get("order")
        if order is None:
            order = self._memo["order"] = np.argsort(self.row_ids, kind="stable")
        at = np.minimum(np.searchsorted(self.row_ids, ids, sorter=order), len(order) - 1)
        rows = order[at]
        return rows, self.row_ids[rows] == ids

    # -- persistence --------------------------------------------------------------------------
    def save(self, folder: Path) -> None:
        """Write `vector_ids.json` and `vectors.faiss` into a generation folder and fsync them.

        Args:
            folder: the staging folder of the generation.
        """
        folder = Path(folder)
        write_json(folder / IDS, self.row_ids.tolist())
        faiss.write_index(self.index, str(folder / VECTORS))
        fsync_path(folder / VECTORS)


def _id_array(ids) -> np.ndarray:
    """Ids as a compact fixed-width unicode array."""
    return np.asarray(list(ids) if not isinstance(ids, np.ndarray) else ids, dtype=np.str_).reshape(-1)


def _kind(index: Any) -> str | None:
    inner = faiss.downcast_index(index)
    return "hnsw" if isinstance(inner, faiss.IndexHNSW) else "flat" if isinstance(inner, faiss.IndexFlat) else None


def _tune(index: Any, n: int) -> None:
    inner = faiss.downcast_index(index)
    if isinstance(inner, faiss.IndexHNSW):
        inner.hnsw.efSearch = max(int(inner.hnsw.efSearch), ann.ef_search_for(n))


def _search_params(index: Any, selector: Any, k: int) -> Any:
    """Search parameters restricting results to `selector`, keeping the index's own settings."""
    inner = faiss.downcast_index(index)
    if isinstance(inner, faiss.IndexHNSW):
        return faiss.SearchParametersHNSW(sel=selector, efSearch=max(int(inner.hnsw.efSearch), k))
    if isinstance(inner, faiss.IndexIVF):
        return faiss.SearchParametersIVF(sel=selector, nprobe=int(inner.nprobe))
    return faiss.SearchParameters(sel=selector)
