"""The embedded catalog: an immutable snapshot of articles, chunks, vectors (any vector store) and BM25."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any, Iterable, Iterator, Mapping

import numpy as np

from embeddings.generations import load_generation, save_generation
from embeddings.stores import empty_store
from embeddings.vector_store import StoreError, VectorStore
from qa.index.catalog import Candidates, Changes
from qa.records import Article, Chunk, FileRecord

DOCUMENTS = ("articles", "chunks", "files")


@dataclass(frozen=True)
class ChunkTable:
    """Chunks as columns (ids, article ids, offsets): no Python object per chunk is kept.

    `table[i]` materialises one `Chunk`, its text sliced from the article.
    """

    ids: np.ndarray
    article_ids: np.ndarray
    starts: np.ndarray
    ends: np.ndarray
    articles: Mapping[str, Article]
    # Lazily built argsort of `ids`, for id -> row lookups by binary search.
    _memo: dict = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def build(cls, chunks: Iterable[Chunk], articles: Mapping[str, Article]) -> "ChunkTable":
        """A table from chunk records."""
        chunks = list(chunks)
        return cls.from_columns([c.id for c in chunks], [c.article_id for c in chunks],
                                [c.start for c in chunks], [c.end for c in chunks], articles)

    @classmethod
    def from_columns(cls, ids, article_ids, starts, ends, articles: Mapping[str, Article]) -> "ChunkTable":
        """A table from column lists or arrays (ValueError when they differ in length)."""
        table = cls(np.asarray(ids, dtype=np.str_).reshape(-1), np.asarray(article_ids, dtype=np.str_).reshape(-1),
                    np.asarray(starts, dtype=np.int64).reshape(-1), np.asarray(ends, dtype=np.int64).reshape(-1),
                    articles)
        if not len(table.ids) == len(table.article_ids) == len(table.starts) == len(table.ends):
            raise ValueError("chunk columns differ in length")
        return table

    def __len__(self) -> int:
        return len(self.ids)

    def __getitem__(self, i: int) -> Chunk:
        i = int(i)
        aid = str(self.article_ids[i])
        start, end = int(self.starts[i]), int(self.ends[i])
        return Chunk(str(self.ids[i]), aid, start, end, self.articles[aid].text[start:end])

    def __iter__(self) -> Iterator[Chunk]:
        return (self[i] for i in range(len(self)))

    def texts(self) -> Iterator[str]:
        """Chunk texts in row order, produced one at a time."""
        for i in range(len(self)):
            yield self.articles[str(self.article_ids[i])].text[int(self.starts[i]):int(self.ends[i])]

    def rows_of_ids(self, ids: np.ndarray | list[str]) -> np.ndarray:
        """Row numbers of chunks by id, in the order given.

        Args:
            ids: chunk ids of this table (KeyError names the first unknown one).

        Returns:
            int64 row numbers.
        """
        wanted = np.asarray(ids, dtype=np.str_).reshape(-1)
        if not len(wanted):
            return np.zeros(0, np.int64)
        order = self._memo.get("order")
        if order is None:
            order = self._memo["order"] = np.argsort(self.ids, kind="stable")
        if not len(order):
            raise KeyError(f"no chunk with id {str(wanted[0])!r}")
        rows = order[np.minimum(np.searchsorted(self.ids, wanted, sorter=order), len(order) - 1)]
        found = self.ids[rows] == wanted
        if not found.all():
            raise KeyError(f"no chunk with id {str(wanted[np.flatnonzero(~found)[0]])!r}")
        return rows.astype(np.int64, copy=False)

    def rows_of_articles(self, article_ids: Iterable[str]) -> np.ndarray:
        """Row numbers of the chunks of these articles."""
        wanted = np.asarray(list(article_ids), dtype=np.str_)
        return np.flatnonzero(np.isin(self.article_ids, wanted)) if len(wanted) else np.zeros(0, np.int64)

    def without_rows(self, rows: np.ndarray, articles: Mapping[str, Article]) -> "ChunkTable":
        """A table without these rows, reading texts from `articles`."""
        keep = np.ones(len(self), dtype=bool)
        keep[rows] = False
        return ChunkTable(self.ids[keep], self.article_ids[keep], self.starts[keep], self.ends[keep], articles)

    def extended(self, chunks: list[Chunk], articles: Mapping[str, Article]) -> "ChunkTable":
        """A table with `chunks` appended, reading texts from `articles`."""
        extra = ChunkTable.build(chunks, articles)
        return ChunkTable(np.concatenate([self.ids, extra.ids]), np.concatenate([self.article_ids, extra.article_ids]),
                          np.concatenate([self.starts, extra.starts]), np.concatenate([self.ends, extra.ends]), articles)

    def check(self) -> None:
        """Raise ValueError when a chunk names an unknown article or lies outside its text."""
        if not len(self):
            return
        unique, first = np.unique(self.article_ids, return_inverse=True)
        lengths = np.array([len(self.articles[str(a)].text) for a in unique])  # KeyError: unknown article
        if (self.starts < 0).any() or (self.ends < self.starts).any() or (self.ends > lengths[first]).any():
            raise ValueError("chunk offsets outside their article")


@dataclass(frozen=True)
class Library:
    """Everything a query needs, consistent with itself; writers make a new one.

    `vectors` holds one vector per chunk, addressed by chunk id (its own row order is its
    business); `chunks.rows_of_ids` turns the ids a search returns into chunk rows.
    """

    model: str
    articles: Mapping[str, Article]
    chunks: ChunkTable
    files: Mapping[str, FileRecord]  # by resolved path
    vectors: VectorStore
    _cache: dict = field(default_factory=dict, compare=False, repr=False)
    _lock: Any = field(default_factory=threading.Lock, compare=False, repr=False)

    @classmethod
    def empty(cls, model: str, dim: int, store: str = "faiss") -> "Library":
        """A library with nothing in it.

        Args:
            model: the embedding model's name.
            dim: its vector dimension.
            store: the vector-store URI (`Config.store`).

        Returns:
            The library.
        """
        articles: Mapping[str, Article] = MappingProxyType({})
        return cls(model, articles, ChunkTable.build([], articles), MappingProxyType({}), empty_store(store, dim))

    @classmethod
    def load(cls, root: Path, model: str | None = None, store: str | None = None) -> "Library":
        """Load the live generation at `root`.

        Args:
            root: the index directory.
            model: the model the caller will query with (None: any).
            store: the vector-store URI (`Config.store`; None: the one the index records).

        Returns:
            The library; StoreError when the index is missing, damaged, or built with another
            model or kind of store.
        """
        gen = load_generation(root, model=model, documents=DOCUMENTS, store=store)
        try:
            articles = MappingProxyType({a["id"]: Article.from_json(a) for a in gen.documents["articles"]})
            cols = gen.documents["chunks"]
            chunks = ChunkTable.from_columns(cols["id"], cols["article_id"], cols["start"], cols["end"], articles)
            chunks.check()
            files = {k: FileRecord.from_json(v) for k, v in gen.documents["files"].items()}
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            # Valid JSON of the wrong shape (hand-edited or damaged): as loud as a truncated file.
            raise StoreError(f"index at {root} has damaged article or chunk records ({type(exc).__name__}); "
                             "rebuild the index", root, "rebuild") from None
        if not _same_ids(chunks.ids, gen.vectors.ids()):
            raise StoreError(f"index at {root} has chunks and vectors out of step; rebuild the index", root, "rebuild")
        return cls(gen.manifest["model"], articles, chunks,
                   MappingProxyType(files), gen.vectors)

    def with_vectors(self, vectors: VectorStore) -> "Library":
        """This library with other vectors for the same chunks (e.g. from another encoder or store).

        Args:
            vectors: a store with one vector per chunk id of this library, in any order.

        Returns:
            A new library.
        """
        if not _same_ids(self.chunks.ids, vectors.ids()):
            raise ValueError("the vectors must belong to exactly this library's chunks (one per chunk id)")
        return replace(self, vectors=vectors, _cache={}, _lock=threading.Lock())

    def apply(self, changes: Changes) -> "Library":
        """A new snapshot with these changes (this one is unchanged).

        Args:
            changes: articles to add with their chunks and vectors, articles to drop, file records.

        Returns:
            The new library.
        """
        articles = dict(self.articles)
        removed = {aid for aid in changes.removed if aid in articles}
        for aid in removed:
            del articles[aid]
        fresh = [a for a in changes.articles if a.id not in articles]
        articles.update((a.id, a) for a in fresh)
        kept = {a.id for a in fresh}
        chunks = [c for c in changes.chunks if c.article_id in kept]
        vectors = changes.vectors[[i for i, c in enumerate(changes.chunks) if c.article_id in kept]] \
            if len(chunks) != len(changes.chunks) else changes.vectors
        frozen = MappingProxyType(articles)
        gone = self.chunks.rows_of_articles(removed)
        store = self.vectors.delete(self.chunks.ids[gone]).upsert([c.id for c in chunks], vectors)
        table = self.chunks.without_rows(gone, frozen).extended(chunks, frozen)
        files = MappingProxyType({**self.files, **changes.files})
        return replace(self, articles=frozen, chunks=table, vectors=store, files=files, _cache={},
                       _lock=threading.Lock())

    def chunk_count(self, article_ids: set[str] | None = None) -> int:
        """How many chunks the library holds (of these articles only, when given)."""
        return len(self.chunks) if article_ids is None else len(self.chunks.rows_of_articles(article_ids))

    def candidates(self, query: str, query_vector: np.ndarray, k: int, source: str | None = None,
                   dense_weight: float = 0.5, since: str | None = None, until: str | None = None) -> Candidates:
        """The union of the k best chunks by cosine and by BM25, scored `w * cosine + (1 - w) * BM25 / max`.

        Args:
            query: the question or claim (for BM25).
            query_vector: its L2-normalised embedding.
            k: candidates wanted from each of the dense and lexical searches.
            source: keep only chunks of articles from this outlet (case-insensitive).
            dense_weight: the weight of the cosine in the fused score.
            since: keep only articles dated on or after this ISO date (undated ones go).
            until: keep only articles dated on or before this ISO date (a day counts whole).

        Returns:
            The candidates.
        """
        qv = query_vector
        n = len(self.chunks)
        allowed = self.chunk_rows_where(source, since, until)
        if not n or (allowed is not None and not len(allowed)):
            return Candidates.none()
        lexical_all = self.bm25().scores(query)
        # Under a source filter, as many dense candidates as the unfiltered top-10x search
        # that was intersected with the outlet's chunks before stores could filter.
        want = min(n, k if allowed is None else max(k, 10 * k))
        hits = self.vectors.search(qv[None, :], want, allowed=None if allowed is None else self.chunks.ids[allowed])
        found = hits.ids[0]
        dense_rows = self.chunks.rows_of_ids(found[found != ""])
        lex_top = self.bm25().top_rows(lexical_all, k, allowed)
        rows = np.unique(np.concatenate([dense_rows, lex_top]).astype(np.int64))
        if allowed is not None and len(rows) < min(len(allowed), k):
            rows = np.unique(np.concatenate([rows, allowed[:k]]))
        vectors = self.vectors.fetch(self.chunks.ids[rows]) if len(rows) else np.zeros((0, len(qv)), np.float32)
        dense = vectors @ qv
        lexical = lexical_all[rows]
        top = float(lexical.max()) if len(lexical) else 0.0
        lexical_norm = lexical / top if top > 0 else lexical
        fused = dense_weight * dense + (1.0 - dense_weight) * lexical_norm
        return Candidates(tuple(self.chunks[int(r)] for r in rows), fused, dense, lexical_norm, self.articles)

    def save(self, root: Path, crash_at: str | None = None) -> str:
        """Write this library as a new generation of the index at `root`.

        Args:
            root: the index directory.
            crash_at: testing hook (`Config.crash_at`): kill the writer at this stage.

        Returns:
            The new generation's name.
        """
        table = self.chunks
        cols = {"id": table.ids.tolist(), "article_id": table.article_ids.tolist(),
                "start": table.starts.tolist(), "end": table.ends.tolist()}
        documents = {"articles": [a.to_json() for a in self.articles.values()], "chunks": cols,
                     "files": {k: v.to_json() for k, v in self.files.items()}}
        manifest = {"model": self.model, "articles": len(self.articles), "stories": self.story_count(),
                    "chunks": len(self.chunks), "files": len(self.files)}
        return save_generation(root, manifest, documents, self.vectors, crash_at=crash_at)

    def story_count(self) -> int:
        """Articles after grouping near-duplicate reports of one story."""
        return len({a.story_id or a.id for a in self.articles.values()})

    def story_members(self, story_id: str | None) -> tuple[Article, ...]:
        """All articles of a story, in a stable order."""
        if story_id is None:
            return ()
        groups = self._memo("stories", self._group_stories)
        return groups.get(story_id, ())

    def _group_stories(self) -> dict[str, tuple[Article, ...]]:
        groups: dict[str, list[Article]] = {}
        for article in self.articles.values():
            if article.story_id:
                groups.setdefault(article.story_id, []).append(article)
        return {k: tuple(sorted(v, key=lambda a: (a.date or "", a.id))) for k, v in groups.items()}

    def chunk_rows_where(self, source: str | None = None, since: str | None = None,
                         until: str | None = None) -> np.ndarray | None:
        """Row numbers of the chunks whose article matches these filters, or None when none is given.

        Args:
            source: the outlet (case-insensitive).
            since: articles dated on or after this ISO date.
            until: articles dated on or before this ISO date.

        Returns:
            Sorted row numbers, or None (every row).
        """
        if not (source or since or until):
            return None
        outlets, days = self._memo("chunk_filters", self._chunk_filters)
        keep = np.ones(len(outlets), dtype=bool)
        if source:
            keep &= outlets == source.strip().lower()
        if since or until:
            keep &= days != ""  # with a bound given, undated articles drop out (as in `in_date_range`)
        if since:
            keep &= days >= since[:10]
        if until:
            keep &= days <= until[:10]
        return np.flatnonzero(keep)

    def _chunk_filters(self) -> tuple[np.ndarray, np.ndarray]:
        """Each chunk row's outlet (lower-cased) and article day ("" when undated), built once per snapshot."""
        by_article = {aid: ((a.source or "").lower(), (a.date or "")[:10]) for aid, a in self.articles.items()}
        pairs = [by_article[str(aid)] for aid in self.chunks.article_ids]
        return (np.asarray([p[0] for p in pairs], dtype=np.str_).reshape(-1),
                np.asarray([p[1] for p in pairs], dtype=np.str_).reshape(-1))

    def sources(self) -> list[str]:
        """Distinct outlets, sorted."""
        return sorted({a.source for a in self.articles.values() if a.source})

    def bm25(self) -> Any:
        """The BM25 index over chunk texts, built on first use."""
        return self._memo("bm25", self._build_bm25)

    def _build_bm25(self) -> Any:
        from qa.search.lexical import LexicalIndex

        return LexicalIndex(self.chunks.texts(), size=len(self.chunks))

    def _memo(self, key: str, build):
        with self._lock:
            if key not in self._cache:
                self._cache[key] = build()
            return self._cache[key]


def in_date_range(date: str | None, since: str | None, until: str | None) -> bool:
    """Whether an ISO date (or date-time) lies in [since, until]; with a bound given, undated is out.

    Args:
        date: the article's ISO 8601 date, or None.
        since: lower bound (ISO date), or None.
        until: upper bound (ISO date; the whole day counts), or None.

    Returns:
        True when inside.
    """
    if since is None and until is None:
        return True
    if not date:
        return False
    day = date[:10]
    return (since is None or day >= since[:10]) and (until is None or day <= until[:10])


def _same_ids(chunk_ids: np.ndarray, vector_ids: np.ndarray) -> bool:
    """Whether the store holds exactly one vector per chunk id (in any order)."""
    if len(chunk_ids) != len(vector_ids):
        return False
    # Stores written by this library keep the chunks' order: the common case costs no sort.
    return bool(np.array_equal(chunk_ids, vector_ids) or np.array_equal(np.sort(chunk_ids), np.sort(vector_ids)))
