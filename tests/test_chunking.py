"""Chunk offsets, sizes and overlap on real and random text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from qa.index.chunking import Chunker
from qa.records import Article
from qa.sentences import sentence_spans

from conftest import SEEDS


def _article(text: str) -> Article:
    return Article(id="a", title="t", text=text)


def test_chunks_are_exact_slices_of_seed_text():
    for path in sorted(SEEDS.iterdir()):
        article = _article(path.read_text(encoding="utf-8"))
        chunks = Chunker(120, 200).split(article)
        assert chunks
        for chunk in chunks:
            assert chunk.text == article.text[chunk.start:chunk.end]
            assert chunk.article_id == "a"


def test_chunks_respect_sentence_boundaries_and_overlap_one_sentence():
    sentence = "The council met on Tuesday to discuss the new budget for schools and roads."
    text = " ".join(f"{sentence[:-1]} number {i}." for i in range(60))
    article = _article(text)
    chunks = Chunker(120, 200).split(article)
    assert len(chunks) > 2
    starts = {s for s, _ in sentence_spans(text)}
    ends = {e for _, e in sentence_spans(text)}
    for chunk in chunks:
        assert chunk.start in starts and chunk.end in ends
        assert len(chunk.text.split()) <= 200
    for left, right in zip(chunks, chunks[1:]):
        overlap = text[right.start:left.end]
        assert left.end > right.start, "consecutive chunks share one sentence"
        assert len(sentence_spans(overlap)) == 1


def test_a_sentence_longer_than_the_limit_is_kept_whole():
    long_sentence = " ".join(["word"] * 300) + "."
    article = _article(f"Short start. {long_sentence} Short end.")
    chunks = Chunker(20, 50).split(article)
    assert any(long_sentence in c.text for c in chunks)


def test_chunk_ids_are_stable():
    article = _article((SEEDS / sorted(p.name for p in SEEDS.iterdir())[0]).read_text(encoding="utf-8"))
    assert [c.id for c in Chunker().split(article)] == [c.id for c in Chunker().split(article)]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=3000),
       st.integers(10, 40), st.integers(0, 60))
def test_chunk_offsets_property(text, min_words, extra):
    article = _article(text)
    chunks = Chunker(min_words, min_words + extra).split(article)
    previous_start = -1
    for chunk in chunks:
        assert chunk.text == text[chunk.start:chunk.end]
        assert chunk.start > previous_start, "chunks are in order and move forward"
        previous_start = chunk.start
    # Every sentence is inside some chunk: chunks cover the article.
    for s, e in sentence_spans(text):
        assert any(c.start <= s and e <= c.end for c in chunks)
