"""The vector-store contract: what the library, indexer and retriever need from any vector store.

A store maps chunk ids to L2-normalised vectors and finds the nearest ones by inner product
(= cosine). Stores are snapshots: `upsert` and `delete` return a new store and leave the one
they were called on as it was, so a reader holding an old library keeps a consistent view.

A store lives inside an index generation: `save` writes its files into the generation's
staging folder (an embedded store such as FAISS writes its whole index; a server-backed store
writes what it needs to reconnect, e.g. a collection name and version), and the factory's
`load` opens it again from that folder. `embeddings.stores` maps URI schemes to factories;
adding a store is one class with the methods below plus one `register_store` call.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal, Iterable, Protocol, runtime_checkable

import numpy as np


# What fixes an index error: build it anew from its files, or create one where there is none.
Remedy = Literal["rebuild", "create"]


class StoreError(Exception):
    """The index on disk is missing, incompatible or damaged.

    The message says what is wrong; `root` and `remedy` carry what the interfaces need to
    word the fix in their own terms (a command line, a button).
    """

    def __init__(self, message: str, root: Path | None = None, remedy: Remedy | None = None):
        super().__init__(message)
        self.root = root
        self.remedy = remedy


@dataclass(frozen=True)
class Hits:
    """Search results, one row per query, best first.

    `ids[q, j]` is "" (and `scores[q, j]` is -inf) where a store found fewer than k vectors
    for query q, so every row has the same length.
    """

    ids: np.ndarray  # (q, k) fixed-width unicode
    scores: np.ndarray  # (q, k) float32

    @classmethod
    def none(cls, queries: int) -> "Hits":
        """Empty results for `queries` queries."""
        return cls(np.zeros((queries, 0), dtype="<U1"), np.zeros((queries, 0), dtype=np.float32))


@runtime_checkable
class VectorStore(Protocol):
    """Normalised vectors addressed by chunk id, searched by inner product."""

    @property
    def uri(self) -> str:
        """The store URI it was made with (its scheme names its factory in `embeddings.stores`)."""
        ...

    @property
    def dim(self) -> int:
        """Vector dimension."""
        ...

    def __len__(self) -> int:
        """How many vectors the store holds."""
        ...

    def ids(self) -> np.ndarray:
        """Every id in the store (fixed-width unicode array, the store's own order)."""
        ...

    def upsert(self, ids: list[str], vectors: np.ndarray) -> "VectorStore":
        """A store with these vectors added, replacing the vectors of ids it already holds.

        Args:
            ids: one chunk id per row, unique (e.g. the new chunks of some articles).
            vectors: float32 (n, dim), L2-normalised.

        Returns:
            The new store (this one is unchanged; it may be returned as is when n == 0).
        """
        ...

    def delete(self, ids: Iterable[str]) -> "VectorStore":
        """A store without the vectors of `ids` (ids it does not hold are ignored).

        Args:
            ids: chunk ids.

        Returns:
            The new store (this one is unchanged; it may be returned as is when nothing goes).
        """
        ...

    def search(self, queries: np.ndarray, k: int, allowed: np.ndarray | None = None) -> Hits:
        """The k ids nearest to each query by inner product.

        Args:
            queries: float32 (q, dim), L2-normalised.
            k: results per query (fewer when the store, or `allowed`, holds fewer).
            allowed: when given, only these ids may be returned (e.g. the chunks of one outlet).

        Returns:
            Hits of shape (q, k') with k' <= k, best first.
        """
        ...

    def fetch(self, ids: np.ndarray | list[str]) -> np.ndarray:
        """The stored vectors of `ids`, in the order given.

        Args:
            ids: chunk ids the store holds (KeyError names the first one it does not).

        Returns:
            float32 (len(ids), dim); approximate stores return their stored copies.
        """
        ...

    def save(self, folder: Path) -> None:
        """Write this store's files into a generation folder being staged, and fsync them.

        Args:
            folder: the staging folder; the store owns the file names it writes there (none of
                the library's documents: articles.json, chunks.json, files.json, manifest.json).
        """
        ...


class StoreFactory(Protocol):
    """Makes stores of one kind: usually the store class itself, through two classmethods."""

    def empty(self, uri: str, dim: int) -> VectorStore:
        """A store with no vectors.

        Args:
            uri: the store URI (e.g. "faiss", "memory:test"); its scheme chose this factory.
            dim: vector dimension.

        Returns:
            The store.
        """
        ...

    def load(self, uri: str, folder: Path) -> VectorStore:
        """Open the store that `save` wrote into a generation folder (or connect to its server).

        Args:
            uri: the store URI.
            folder: the live generation folder.

        Returns:
            The store; raises StoreError (without a rebuild hint: the caller adds it) when its
            files are missing, damaged or disagree with each other.
        """
        ...
