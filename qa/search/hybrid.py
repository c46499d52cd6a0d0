"""Hybrid retrieval: the catalog's dense + BM25 candidates, one passage per story, with sources."""

from __future__ import annotations

from dataclasses import dataclass
import numpy as np

from embeddings.encoder import TextEncoder
from qa.index.catalog import Candidates, Catalog
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

    def retrieve(self, library: Catalog, query: str, top_k: int = 5, source: str | None = None,
                 query_vector: np.ndarray | None = None, since: str | None = None,
                 until: str | None = None) -> list[Passage]:
        """The best passages for a query.

        Args:
            library: the index snapshot to search.
            query: the question or claim.
            top_k: passages to return (one per article, one per story).
            source: keep only articles from this outlet.
            query_vector: the query's embedding, when already computed.
            since: keep only articles dated on or after this ISO date.
            until: keep only articles dated on or before this ISO date.

        Returns:
            Passages, best first, with fused, dense and lexical scores.
        """
        if not query.strip():
            return []
        if query_vector is None:
            query_vector = self.encoder.encode([query])[0]
        found = library.candidates(query, query_vector, max(self.candidates, top_k), source, self.dense_weight,
                                   since=since, until=until)
        articles = found.articles
        order = np.argsort(-found.fused, kind="stable")

        def group_of(i: int) -> str:
            article = articles[found.chunks[i].article_id]
            return (article.story_id or article.id) if self.dedupe_stories else article.id

        groups: dict[str, list[int]] = {}
        for i in order:
            groups.setdefault(group_of(int(i)), []).append(int(i))
        passages: list[Passage] = []
        for members in groups.values():  # in order of each group's best chunk
            i = self._representative(found, members)
            chunk = found.chunks[i]
            article = articles[chunk.article_id]
            others = tuple(a for a in library.story_members(article.story_id) if a.id != article.id) \
                if self.dedupe_stories else ()
            passages.append(Passage(chunk=chunk, article=article, score=float(found.fused[i]),
                                    dense_score=float(found.dense[i]), lexical_score=float(found.lexical[i]),
                                    also_reported_by=others))
            if len(passages) >= top_k:
                break
        return passages

    @staticmethod
    def _representative(found: Candidates, members: list[int]) -> int:
        """Among near-equal reports of one story, cite the one that names its outlet and date."""
        best = float(found.fused[members[0]])

        def completeness(i: int) -> tuple:
            article = found.articles[found.chunks[i].article_id]
            return (article.source is not None, (article.date or article.date_text) is not None, float(found.fused[i]))

        close = [i for i in members if float(found.fused[i]) >= best - REPRESENTATIVE_MARGIN]
        return max(close, key=completeness)
