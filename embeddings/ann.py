"""Choose and build the FAISS index by corpus size: exact flat search when small, HNSW when large.

All indexes score by inner product on L2-normalised vectors (= cosine), keep their vectors
(`reconstruct_n` works) and persist their search settings through `faiss.write_index`.
Also holds the helpers the scale benchmark needs: exact top-k, recall, synthetic vectors.
"""

from __future__ import annotations

from pathlib import Path

import faiss
import numpy as np

# Measured on one core, 384-d: exact search p50 0.7 ms at 10,000 vectors, 1.5 ms at 20,000,
# then 6 ms at 30,000 and 10 ms at 50,000 once the vectors no longer fit the CPU cache, while
# HNSW stays at 0.1-0.3 ms with recall@10 >= 0.99. Exact search is kept while it is cheap.
FLAT_MAX = 20_000
HNSW_M = 32  # graph degree
HNSW_EF_CONSTRUCTION = 80
HNSW_EF_SEARCH = 128  # up to 200,000 vectors; see ef_search_for
# (max vectors, efSearch): recall@10 against exact search on synthetic chunk vectors
# (ann.synthesize of SQuAD embeddings), M=32, efConstruction=80, one core:
#   200,000: ef 96 -> 0.975, ef 128 -> 0.982 (0.3 ms)
#   1,000,000: ef 256 -> 0.923, ef 384 -> 0.946, ef 512 -> 0.956 (1.2 ms), ef 768 -> 0.967 (1.6 ms)
_EF_BY_SIZE = ((200_000, HNSW_EF_SEARCH), (500_000, 384), (None, 768))
KINDS = ("auto", "flat", "hnsw", "ivf")


def choose_kind(n: int) -> str:
    """The index kind `build_index(kind="auto")` uses for n vectors ("flat" or "hnsw")."""
    return "flat" if n <= FLAT_MAX else "hnsw"


def ef_search_for(n: int) -> int:
    """HNSW efSearch that keeps recall@10 >= 0.95 against exact search at n vectors (measured)."""
    for limit, ef in _EF_BY_SIZE:
        if limit is None or n <= limit:
            return ef
    return _EF_BY_SIZE[-1][1]


def build_index(vectors: np.ndarray, kind: str = "auto", *, m: int = HNSW_M,
                ef_construction: int = HNSW_EF_CONSTRUCTION, ef_search: int | None = None,
                nlist: int | None = None, nprobe: int | None = None) -> faiss.Index:
    """Build an inner-product index over normalised vectors.

    Args:
        vectors: float32 (n, dim), rows L2-normalised.
        kind: "auto" (flat up to FLAT_MAX vectors, HNSW beyond), "flat" (exact), "hnsw"
            (IndexHNSWFlat) or "ivf" (IndexIVFFlat with a direct map, for comparison).
        m: HNSW graph degree.
        ef_construction: HNSW build beam width.
        ef_search: HNSW search beam width, stored in the index (default: `ef_search_for(n)`).
        nlist: IVF lists (default about 4 * sqrt(n)).
        nprobe: IVF lists searched (default nlist / 64, at least 16).

    Returns:
        A FAISS index holding all rows, row i = vectors[i].
    """
    if kind not in KINDS:
        raise ValueError(f"unknown index kind {kind!r}; use one of {', '.join(KINDS)}")
    vectors = np.ascontiguousarray(vectors, dtype=np.float32)
    if vectors.ndim != 2:
        raise ValueError(f"vectors must be a 2-D array (n, dim), got shape {vectors.shape}")
    n, dim = vectors.shape
    if kind == "auto":
        kind = choose_kind(n)
    if kind == "hnsw":
        index = faiss.IndexHNSWFlat(dim, m, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = ef_construction
        index.hnsw.efSearch = ef_search or ef_search_for(n)
    elif kind == "ivf" and n:
        nlist = nlist or max(1, min(n // 39, int(4 * np.sqrt(n))))
        quantizer = faiss.IndexFlatIP(dim)
        index = faiss.IndexIVFFlat(quantizer, dim, nlist, faiss.METRIC_INNER_PRODUCT)
        sample = vectors if n <= 64 * nlist else vectors[np.random.default_rng(0).choice(n, 64 * nlist, replace=False)]
        index.train(sample)
        index.nprobe = nprobe or max(16, nlist // 64)
        index.make_direct_map()  # so reconstruct_n works like the other kinds
    else:
        index = faiss.IndexFlatIP(dim)
    _add_in_blocks(index, vectors)
    return index


def _add_in_blocks(index: faiss.Index, vectors: np.ndarray, block: int = 100_000) -> None:
    # Blocks keep the temporary copies FAISS makes small for memory-mapped inputs.
    for start in range(0, len(vectors), block):
        index.add(np.ascontiguousarray(vectors[start : start + block], dtype=np.float32))


def search(index: faiss.Index, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Top-k rows by inner product.

    Args:
        index: an index from `build_index` (or `faiss.read_index` of one).
        queries: float32 (q, dim), normalised.
        k: rows per query.

    Returns:
        (scores, rows), each (q, k') with k' = min(k, index.ntotal); best first.
    """
    queries = np.ascontiguousarray(queries, dtype=np.float32)
    if queries.ndim == 1:
        queries = queries[None, :]
    k = min(int(k), index.ntotal)
    if k <= 0:
        return np.zeros((len(queries), 0), np.float32), np.zeros((len(queries), 0), np.int64)
    scores, rows = index.search(queries, k)
    return scores, rows


def describe(index: faiss.Index) -> dict:
    """Kind and settings of an index, for reports."""
    inner = faiss.downcast_index(index)
    info: dict = {"type": type(inner).__name__, "ntotal": int(index.ntotal), "dim": int(index.d)}
    if isinstance(inner, faiss.IndexHNSW):
        info.update(m=int(inner.hnsw.nb_neighbors(0) // 2), ef_construction=int(inner.hnsw.efConstruction),
                    ef_search=int(inner.hnsw.efSearch))
    if isinstance(inner, faiss.IndexIVF):
        info.update(nlist=int(inner.nlist), nprobe=int(inner.nprobe))
    return info


def exact_topk(vectors: np.ndarray, queries: np.ndarray, k: int, block: int = 200_000) -> tuple[np.ndarray, np.ndarray]:
    """Brute-force top-k inner product, scanning `vectors` in blocks (works on memory maps).

    Args:
        vectors: (n, dim) float32, possibly a np.memmap.
        queries: (q, dim) float32.
        k: rows per query.

    Returns:
        (scores, rows), each (q, min(k, n)), best first.
    """
    queries = np.ascontiguousarray(queries, dtype=np.float32)
    k = min(k, len(vectors))
    best_s = np.full((len(queries), k), -np.inf, dtype=np.float32)
    best_i = np.full((len(queries), k), -1, dtype=np.int64)
    for start in range(0, len(vectors), block):
        part = np.ascontiguousarray(vectors[start : start + block], dtype=np.float32)
        s = queries @ part.T
        kk = min(k, s.shape[1])
        idx = np.argpartition(-s, kk - 1, axis=1)[:, :kk]
        cand_s = np.concatenate([best_s, np.take_along_axis(s, idx, axis=1)], axis=1)
        cand_i = np.concatenate([best_i, idx + start], axis=1)
        top = np.argsort(-cand_s, axis=1, kind="stable")[:, :k]
        best_s, best_i = np.take_along_axis(cand_s, top, axis=1), np.take_along_axis(cand_i, top, axis=1)
    return best_s, best_i


def recall_at_k(approx_rows: np.ndarray, exact_rows: np.ndarray) -> float:
    """Mean share of the exact top-k rows that the approximate top-k also returns."""
    k = exact_rows.shape[1]
    if k == 0:
        return 1.0
    hits = [len(set(a[:k].tolist()) & set(e.tolist())) for a, e in zip(approx_rows, exact_rows)]
    return float(np.mean(hits)) / k


def synthesize(base: np.ndarray, n: int, mix: int = 3, noise: float = 0.02, seed: int = 0,
               out: Path | None = None, block: int = 100_000) -> np.ndarray:
    """Synthetic chunk vectors: normalised random mixtures of real embeddings plus noise.

    A chunk of reshuffled sentences embeds close to the mean of its sentences' embeddings,
    so each synthetic row is the normalised sum of `mix` random rows of `base` with random
    weights, plus Gaussian noise; rows never repeat, unlike plain perturbed copies.

    Args:
        base: (m, dim) real L2-normalised embeddings (e.g. sentences or paragraphs).
        n: rows to make.
        mix: real rows per synthetic row.
        noise: standard deviation of the per-coordinate noise (before normalising).
        seed: random seed.
        out: write into a float32 memory map at this path instead of RAM.
        block: rows generated at a time (bounds temporary memory).

    Returns:
        float32 (n, dim) L2-normalised rows (a np.memmap when `out` is given).
    """
    base = np.ascontiguousarray(base, dtype=np.float32)
    if base.ndim != 2 or not len(base):
        raise ValueError("base must be a non-empty (m, dim) array of real embeddings")
    dim = base.shape[1]
    rng = np.random.default_rng(seed)
    if out is not None:
        result = np.lib.format.open_memmap(out, mode="w+", dtype=np.float32, shape=(n, dim))
    else:
        result = np.empty((n, dim), dtype=np.float32)
    for start in range(0, n, block):
        size = min(block, n - start)
        picks = rng.integers(0, len(base), size=(size, mix))
        weights = rng.dirichlet(np.ones(mix), size=size).astype(np.float32)
        rows = np.einsum("bm,bmd->bd", weights, base[picks])
        rows += rng.normal(0.0, noise, size=rows.shape).astype(np.float32)
        rows /= np.linalg.norm(rows, axis=1, keepdims=True)
        result[start : start + size] = rows
    if out is not None:
        result.flush()
    return result
