"""BM25 over chunk texts (bm25s, English stopwords, Snowball stemming)."""

from __future__ import annotations

from typing import Iterable

import numpy as np


class LexicalIndex:
    """A BM25 index that scores every chunk for a query."""

    def __init__(self, texts: Iterable[str], size: int | None = None):
        """Build the index.

        Args:
            texts: one text per row, in vector-row order (any iterable; consumed once).
            size: the number of texts, when `texts` is a generator.
        """
        import bm25s
        import Stemmer

        self._stemmer = Stemmer.Stemmer("english")
        texts = texts if size is not None else list(texts)
        self.size = size if size is not None else len(texts)
        self._bm25 = None
        if self.size:
            tokens = bm25s.tokenize(texts, stopwords="en", stemmer=self._stemmer, show_progress=False)
            self._bm25 = bm25s.BM25()
            self._bm25.index(tokens, show_progress=False)

    def tokens(self, query: str) -> list[str]:
        """The query's stemmed terms that occur in the corpus."""
        import bm25s

        if self._bm25 is None:
            return []
        terms = bm25s.tokenize([query], stopwords="en", stemmer=self._stemmer, return_ids=False,
                               show_progress=False)[0]
        vocab = self._bm25.vocab_dict
        return [t for t in terms if t in vocab]

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every row for `query` (zeros when no term matches)."""
        terms = self.tokens(query)
        if not terms:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._bm25.get_scores(terms), dtype=np.float32)
