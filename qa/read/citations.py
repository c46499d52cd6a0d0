"""Turning retrieved passages into exact, numbered citations."""

from __future__ import annotations

from qa.records import Citation, Passage


def cite(n: int, passage: Passage, start: int | None = None, end: int | None = None,
         score: float | None = None) -> Citation:
    """A citation of `passage.article.text[start:end]` (default: the whole passage).

    Args:
        n: the citation number shown as [n].
        passage: the retrieved passage.
        start: quote start offset in the article text (inside the passage).
        end: quote end offset.
        score: the score to report (default: the passage's).

    Returns:
        A Citation whose quote equals the article text at [start, end).
    """
    chunk = passage.chunk
    start = chunk.start if start is None else start
    end = chunk.end if end is None else end
    if not (0 <= start <= end <= len(passage.article.text)):
        raise ValueError("quote offsets outside the article")
    return Citation(
        n=n, article=passage.article, quote=passage.article.text[start:end], start=start, end=end,
        score=passage.score if score is None else score, also_reported_by=passage.also_reported_by,
        passage_start=chunk.start, passage_end=chunk.end,
    )
