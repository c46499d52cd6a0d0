"""qa.library: swapping in another encoder's vectors keeps the library consistent and saveable."""

from __future__ import annotations

import numpy as np
import pytest

from embeddings.store import VectorStore
from qa.library import Library

pytestmark = pytest.mark.slow


def test_with_vectors_round_trips_and_refuses_foreign_rows(seeds_assistant, tmp_path):
    library = seeds_assistant.library()
    ids = [str(i) for i in library.chunks.ids]
    rng = np.random.default_rng(3)
    other = rng.normal(size=(len(ids), library.vectors.dim)).astype(np.float32)
    other /= np.linalg.norm(other, axis=1, keepdims=True)
    swapped = library.with_vectors(VectorStore.empty(library.vectors.dim).add(ids, other))
    assert swapped.articles is library.articles and np.allclose(library.vectors.vectors(), seeds_assistant.library().vectors.vectors())
    swapped.save(tmp_path / "other")
    loaded = Library.load(tmp_path / "other")
    assert np.allclose(loaded.vectors.vectors(), other, atol=1e-6)
    assert list(loaded.chunks.ids) == list(library.chunks.ids)
    with pytest.raises(ValueError, match="in order"):
        library.with_vectors(VectorStore.empty(library.vectors.dim).add(ids[::-1], other))
