"""qa.index.library: swapping in another encoder's vectors keeps the library consistent and saveable."""

from __future__ import annotations

import numpy as np
import pytest

from embeddings.store import VectorStore
from qa.index.library import Library

pytestmark = pytest.mark.slow


def test_with_vectors_round_trips_and_refuses_foreign_rows(seeds_assistant, tmp_path):
    library = seeds_assistant.library()
    ids = [str(i) for i in library.chunks.ids]
    rng = np.random.default_rng(3)
    other = rng.normal(size=(len(ids), library.vectors.dim)).astype(np.float32)
    other /= np.linalg.norm(other, axis=1, keepdims=True)
    before = library.vectors.vectors().copy()
    swapped = library.with_vectors(VectorStore.empty(library.vectors.dim).add(ids, other))
    assert swapped.articles is library.articles and swapped.chunks is library.chunks
    assert np.array_equal(library.vectors.vectors(), before)  # the original is untouched
    assert np.allclose(swapped.vectors.vectors(), other, atol=1e-6)
    hits = swapped.vectors.search(other[:1], 1)[1]
    assert hits[0][0] == 0  # searches run on the new vectors
    swapped.save(tmp_path / "other")
    loaded = Library.load(tmp_path / "other")
    assert np.allclose(loaded.vectors.vectors(), other, atol=1e-6)
    assert list(loaded.chunks.ids) == list(library.chunks.ids)
    with pytest.raises(ValueError, match="in order"):
        library.with_vectors(VectorStore.empty(library.vectors.dim).add(ids[::-1], other))
