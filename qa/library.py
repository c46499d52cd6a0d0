"""An immutable snapshot of the index: articles, chunks, vectors and the BM25 index."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

import numpy as np

from embeddings.store import VectorStore, load_generation, save_generation
from qa.records import Article, Chunk

DOCUMENTS = ("articles", "chunks", "files")


@dataclass(frozen=True)
class Library:
    """Everything a query needs, consistent with itself; writers make a new one.

    Row i of `vectors` belongs to `chunks[i]`.
    """

    model: str
    articles: Mapping[str, Article]
    chunks: tuple[Chunk, ...]
    files: Mapping[str, dict]
    vectors: VectorStore
    _cache: dict = field(default_factory=dict, compare=False, repr=False)
    _lock: Any = field(default_factory=threading.Lock, compare=False, repr=False)

    @classmethod
    def empty(cls, model: str, dim: int) -> "Library":
        """A library with nothing in it."""
        return cls(model, MappingProxyType({}), (), MappingProxyType({}), VectorStore.empty(dim))

    @classmethod
    def load(cls, root: Path, model: str | None = None) -> "Library":
        """Load the live generation at `root` (StoreError when missing, damaged or another model)."""
        gen = load_generation(root, model=model, documents=DOCUMENTS)
        articles = {a["id"]: Article.from_json(a) for a in gen.documents["articles"]}
        cols = gen.documents["chunks"]
        chunks = []
        for cid, aid, start, end in zip(cols["id"], cols["article_id"], cols["start"], cols["end"]):
            chunks.append(Chunk(cid, aid, start, end, articles[aid].text[start:end]))
        if tuple(c.id for c in chunks) != gen.vectors.ids:
            from embeddings.store import StoreError

            raise StoreError(f"index at {root} has chunks and vectors out of step; rebuild it with: "
                             f"factdesk index PATH --index {root} --rebuild")
        return cls(gen.manifest["model"], MappingProxyType(articles), tuple(chunks),
                   MappingProxyType(gen.documents["files"]), gen.vectors)

    def save(self, root: Path) -> str:
        """Write this library as a new generation of the index at `root`."""
        cols = {"id": [c.id for c in self.chunks], "article_id": [c.article_id for c in self.chunks],
                "start": [c.start for c in self.chunks], "end": [c.end for c in self.chunks]}
        documents = {"articles": [a.to_json() for a in self.articles.values()], "chunks": cols,
                     "files": dict(self.files)}
        manifest = {"model": self.model, "articles": len(self.articles), "stories": self.story_count(),
                    "chunks": len(self.chunks), "files": len(self.files)}
        return save_generation(root, manifest, documents, self.vectors)

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

    def chunk_rows_by_source(self, source: str) -> np.ndarray:
        """Row numbers of the chunks whose article has this outlet (case-insensitive)."""
        wanted = source.strip().lower()
        return np.array([i for i, c in enumerate(self.chunks)
                         if (self.articles[c.article_id].source or "").lower() == wanted], dtype=np.int64)

    def sources(self) -> list[str]:
        """Distinct outlets, sorted."""
        return sorted({a.source for a in self.articles.values() if a.source})

    def bm25(self) -> Any:
        """The BM25 index over chunk texts, built on first use."""
        return self._memo("bm25", self._build_bm25)

    def _build_bm25(self) -> Any:
        from qa.lexical import LexicalIndex

        return LexicalIndex([c.text for c in self.chunks])

    def _memo(self, key: str, build):
        with self._lock:
            if key not in self._cache:
                self._cache[key] = build()
            return self._cache[key]
