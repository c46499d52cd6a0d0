"""The catalog contract: what the assistant, indexer and retriever need from an index, wherever it lives.

Two catalogs exist. `qa.index.library.Library` is an immutable snapshot held in the process
(JSON documents + a vector store, saved as atomic generations in an index folder; FAISS by
default). `qa.index.engine.EngineCatalog` keeps everything in a search engine (Milvus): chunk
texts, offsets, vectors, article records and files, searched server-side, so a `serve` process
holds nothing per chunk and any number of them can answer from one cluster.

Both take the same typed changes from the indexer and give the same typed candidates to the
retriever.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Mapping, Protocol, runtime_checkable

import numpy as np

from qa.records import Article, Chunk, FileRecord

if TYPE_CHECKING:
    from qa.config import Config


@dataclass(frozen=True)
class Candidates:
    """Chunks scored for one query, in no particular order (the retriever ranks them).

    `fused` is the catalog's hybrid score, `dense` the cosine similarity and `lexical` the
    BM25 score scaled to the best candidate's (1.0), one entry per chunk; `articles` holds at
    least the articles of these chunks, by id.
    """

    chunks: tuple[Chunk, ...]
    fused: np.ndarray
    dense: np.ndarray
    lexical: np.ndarray
    articles: Mapping[str, Article]

    @classmethod
    def none(cls) -> "Candidates":
        """No candidates."""
        empty = np.zeros(0, np.float32)
        return cls((), empty, empty, empty, {})

    def __len__(self) -> int:
        return len(self.chunks)


@dataclass(frozen=True)
class Changes:
    """What one indexing run changes: articles in (with chunks and vectors), articles out, files.

    Applying the same changes twice leaves a catalog as applying them once (ids are content
    hashes), so a writer that was killed can simply run again.
    """

    articles: tuple[Article, ...] = ()
    chunks: tuple[Chunk, ...] = ()
    vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), np.float32))
    removed: frozenset[str] = frozenset()  # article ids
    files: Mapping[str, FileRecord] = field(default_factory=dict)  # new or changed file records, by key

    def __post_init__(self) -> None:
        if len(self.chunks) != len(self.vectors) and len(self.chunks):
            raise ValueError(f"{len(self.chunks)} chunks but {len(self.vectors)} vectors")


@runtime_checkable
class Catalog(Protocol):
    """Articles, their chunks and vectors, and the files they came from."""

    @property
    def model(self) -> str:
        """The embedding model the vectors were made with."""
        ...

    @property
    def articles(self) -> Mapping[str, Article]:
        """Every article by id (an engine catalog fetches them on demand)."""
        ...

    @property
    def files(self) -> Mapping[str, FileRecord]:
        """Every indexed file's record, by resolved path."""
        ...

    def chunk_count(self, article_ids: set[str] | None = None) -> int:
        """How many chunks the catalog holds (of these articles only, when given)."""
        ...

    def story_members(self, story_id: str | None) -> tuple[Article, ...]:
        """All articles of a story, in a stable order (oldest first)."""
        ...

    def story_count(self) -> int:
        """Articles after grouping near-duplicate reports of one story."""
        ...

    def sources(self) -> list[str]:
        """Distinct outlets, sorted."""
        ...

    def candidates(self, query: str, query_vector: np.ndarray, k: int, source: str | None = None,
                   dense_weight: float = 0.5, since: str | None = None, until: str | None = None) -> Candidates:
        """The chunks that best match a query, dense and lexical, with their scores.

        Args:
            query: the question or claim (for BM25).
            query_vector: its L2-normalised embedding.
            k: candidates wanted from each of the dense and lexical searches.
            source: keep only chunks of articles from this outlet (case-insensitive).
            dense_weight: the weight of the cosine in the fused score (BM25 gets the rest).
            since: keep only articles dated on or after this ISO date (undated ones go).
            until: keep only articles dated on or before this ISO date.

        Returns:
            The candidates.
        """
        ...

    def apply(self, changes: Changes) -> "Catalog":
        """The catalog with these changes (a snapshot returns a new one; an engine writes in place).

        Args:
            changes: from the indexer.

        Returns:
            The updated catalog.
        """
        ...

    def save(self, root: Path, crash_at: str | None = None) -> None:
        """Make what `apply` did durable and visible to other processes.

        Args:
            root: the index folder (an embedded snapshot writes a generation there).
            crash_at: testing hook: kill the writer at this stage.
        """
        ...


def open_catalog(index_dir: Path, config: "Config") -> Catalog | None:
    """The live catalog that `config.store` names for this index folder, or None when there is none.

    Args:
        index_dir: the index folder (an embedded index lives there; a Milvus Lite "milvus"
            store keeps its file there).
        config: the settings (`store`, `collection`, `model`, `fusion`).

    Returns:
        The catalog; StoreError when it is damaged or built with another model or store.
    """
    from embeddings.generations import read_manifest
    from embeddings.stores import is_engine

    if is_engine(config.store):
        from qa.index.engine import EngineCatalog

        return EngineCatalog.open(config.store, config.collection, Path(index_dir), config.model, config.fusion)
    if read_manifest(Path(index_dir)) is None:
        return None
    from qa.index.library import Library

    return Library.load(Path(index_dir), model=config.model, store=config.store)


def new_catalog(index_dir: Path, config: "Config", dim: int, name: str | None = None) -> Catalog:
    """An empty catalog of the kind `config.store` names (an engine's is unpublished until saved).

    Args:
        index_dir: the index folder.
        config: the settings.
        dim: the encoder's vector dimension.
        name: the catalog's name in an engine (default `config.collection`).

    Returns:
        The catalog.
    """
    from embeddings.stores import is_engine

    if is_engine(config.store):
        from qa.index.engine import EngineCatalog

        return EngineCatalog.create(config.store, name or config.collection, config.model, dim, Path(index_dir),
                                    config.fusion)
    from qa.index.library import Library

    return Library.empty(config.model, dim, store=config.store)
