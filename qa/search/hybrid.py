"""Hybrid retrieval: dense (any vector store) fused with BM25, one passage per story, with sources."""

from __future__ import annotations

from dataclasses import dataclass
import numpy as np

from embeddings.encoder import TextEncoder
from qa.index.library import Library
from qa.records import Passage

# Reports of one story whose scores differ by less than this are equally good evidence.
REPRESENTATIVE_MARGIN = 0.1


@dataclass(frozen=True)
class HybridRetriever:
    """Scores chunks by `w * cosine + (1 - w) * BM25 / max BM25` over the union of both top lists.

    Score fusion (rather than rank fusion) keeps how much better the best match is, which
    matters at the top of the list; the weight was chosen on SQuAD dev (see README).
    """

    encoder: TextEncoder
    dense_weight: float = 0.5
    candidates: int = 50
    dedupe_stories: bool = True

    def retrieve(self, library: Library, query: str, top_k: int = 5, source: str | None = None,
                 query_vector: np.ndarray | None = None) -> list[Passage]:
        """The best passages for a query.

        Args:
            library: the index snapshot to search.
            query: the question or claim.
            top_k: passages to return (one per article, one per story).
            source: keep only articles from this outlet.
            query_vector: the query's embedding, when already computed.

        Returns:
            Passages, best first, with fused, dense and lexical scores.
        """
        if not library.chunks or not query.strip():
            return []
        if query_vector is None:
            query_vector = self.encoder.encode([query])[0]
        rows, fused, dense, lexical = self._score(library, query, query_vector, source, max(self.candidates, top_k))
        order = np.argsort(-fused, kind="stable")
        groups: dict[str, list[int]] = {}
        for i in order:
            article = library.articles[library.chunks[int(rows[i])].article_id]
            groups.setdefault((article.story_id or article.id) if self.dedupe_stories else article.id, []).append(int(i))
        passages: list[Passage] = []
        seen: set[str] = set()
        for i in order:
            chunk = library.chunks[int(rows[i])]
            article = library.articles[chunk.article_id]
            group = (article.story_id or article.id) if self.dedupe_stories else article.id
            if group in seen:
                continue
            seen.add(group)
            i = self._representative(library, rows, fused, groups[group])
            chunk = library.chunks[int(rows[i])]
            article = library.articles[chunk.article_id]
            others = tuple(a for a in library.story_members(article.story_id) if a.id != article.id) \
                if self.dedupe_stories else ()
            passages.append(Passage(chunk=chunk, article=article, score=float(fused[i]),
                                    dense_score=float(dense[i]), lexical_score=float(lexical[i]),
                                    also_reported_by=others))
            if len(passages) >= top_k:
                break
        return passages

    @staticmethod
    def _representative(library: Library, rows: np.ndarray, fused: np.ndarray, members: list[int]) -> int:
        """Among near-equal reports of one story, cite the one that names its outlet and date."""
        best = float(fused[members[0]])

        def completeness(i: int) -> tuple:
            article = library.articles[library.chunks[int(rows[i])].article_id]
            return (article.source is not None, (article.date or article.date_text) is not None, float(fused[i]))

        close = [i for i in members if float(fused[i]) >= best - REPRESENTATIVE_MARGIN]
        return max(close, key=completeness)

    def _score(self, library: Library, query: str, qv: np.ndarray, source: str | None, candidates: int):
        n = len(library.chunks)
        allowed = library.chunk_rows_by_source(source) if source else None
        if allowed is not None and not len(allowed):
            return (np.zeros(0, np.int64),) + (np.zeros(0, np.float32),) * 3
        lexical_all = library.bm25().scores(query)
        # Under a source filter, as many dense candidates as the unfiltered top-10x search
        # that was intersected with the outlet's chunks before stores could filter.
        k = min(n, candidates if allowed is None else max(candidates, 10 * candidates))
        hits = library.vectors.search(qv[None, :], k, allowed=None if allowed is None else library.chunks.ids[allowed])
        found = hits.ids[0]
        dense_rows = library.chunks.rows_of_ids(found[found != ""])
        lex_top = library.bm25().top_rows(lexical_all, candidates, allowed)
        rows = np.unique(np.concatenate([dense_rows, lex_top]).astype(np.int64))
        if allowed is not None and len(rows) < min(len(allowed), candidates):
            rows = np.unique(np.concatenate([rows, allowed[: candidates]]))
        vectors = library.vectors.fetch(library.chunks.ids[rows]) if len(rows) else np.zeros((0, len(qv)), np.float32)
        dense = vectors @ qv
        lexical = lexical_all[rows]
        top = float(lexical.max()) if len(lexical) else 0.0
        lexical_norm = lexical / top if top > 0 else lexical
        fused = self.dense_weight * dense + (1.0 - self.dense_weight) * lexical_norm
        return rows, fused, dense, lexical_norm
