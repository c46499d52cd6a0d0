"""BM25 index: top rows agree with scoring every row, and the one-thread search block restores."""

from __future__ import annotations

import faiss
import numpy as np

from qa.search.lexical import LexicalIndex
from embeddings.faiss_store import one_search_thread

TEXTS = [
    "The council approved the new budget for the harbour.",
    "Rain delayed the harbour works again this week.",
    "A new library opened downtown on Monday.",
    "The budget vote was close; the council met late.",
    "Football results from the weekend.",
]


def test_top_rows_are_the_best_positive_scores():
    index = LexicalIndex(TEXTS)
    scores = index.scores("council budget harbour")
    for k in (1, 2, 3, 10):
        rows = index.top_rows(scores, k)
        positive = np.flatnonzero(scores > 0)
        assert len(rows) == min(k, len(positive))
        assert (scores[rows] > 0).all()
        assert scores[rows].min() >= np.sort(scores[positive])[::-1][len(rows) - 1]


def test_top_rows_within_a_pool_and_without_matches():
    index = LexicalIndex(TEXTS)
    scores = index.scores("council budget")
    assert set(index.top_rows(scores, 10, pool=np.array([1, 3, 4]))) == {3}
    assert len(index.top_rows(index.scores("zebra"), 10)) == 0
    assert len(index.top_rows(scores, 0)) == 0


def test_one_search_thread_restores_the_thread_count():
    before = faiss.omp_get_max_threads()
    with one_search_thread():
        assert faiss.omp_get_max_threads() == 1
    assert faiss.omp_get_max_threads() == before
