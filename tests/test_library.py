"""qa.index.library: swapping in another encoder's vectors keeps the library consistent and saveable."""

from __future__ import annotations

import numpy as np
import pytest

from embeddings.faiss_store import FaissStore
from qa.index.library import Library

pytestmark = pytest.mark.slow


def test_with_vectors_round_trips_and_refuses_foreign_rows(seeds_assistant, tmp_path):
    library = seeds_assistant.library()
    ids = [str(i) for i in library.chunks.ids]
    rng = np.random.default_rng(3)
    other = rng.normal(size=(len(ids), library.vectors.dim)).astype(np.float32)
    other /= np.linalg.norm(other, axis=1, keepdims=True)
    before = library.vectors.fetch(ids).copy()
    # Any row order will do: vectors are addressed by chunk id.
    swapped = library.with_vectors(FaissStore.empty("faiss", library.vectors.dim).upsert(ids[::-1], other[::-1]))
    assert swapped.articles is library.articles and swapped.chunks is library.chunks
    assert np.array_equal(library.vectors.fetch(ids), before)  # the original is untouched
    assert np.allclose(swapped.vectors.fetch(ids), other, atol=1e-6)
    hits = swapped.vectors.search(other[:1], 1).ids
    assert hits[0][0] == ids[0]  # searches run on the new vectors
    swapped.save(tmp_path / "other")
    loaded = Library.load(tmp_path / "other")
    assert np.allclose(loaded.vectors.fetch(ids), other, atol=1e-6)
    assert list(loaded.chunks.ids) == list(library.chunks.ids)
    foreign = FaissStore.empty("faiss", library.vectors.dim).upsert(ids[:-1] + ["not-a-chunk"], other)
    with pytest.raises(ValueError, match="this library's chunks"):
        library.with_vectors(foreign)
    with pytest.raises(ValueError, match="this library's chunks"):
        library.with_vectors(FaissStore.empty("faiss", library.vectors.dim).upsert(ids[:-1], other[:-1]))
