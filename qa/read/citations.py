"""Turning retrieved passages into exact, numbered citations."""

from __future__ import annotations

import re

from qa.records import Citation, Passage

# What an answer says when the indexed articles do not answer the question.
ABSTAIN_TEXT = "The indexed articles do not say; the closest passages are listed."


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


def clip_quote(text: str, start: int, end: int, budget: int, focus: tuple[int, int] | None) -> tuple[int, int]:
    """Shrink text[start:end] to at most `budget` words, keeping `focus` (the answer span) inside.

    Args:
        text: the article text.
        start: quote start offset.
        end: quote end offset.
        budget: the most words the quote may keep.
        focus: (start, end) of the span that must stay inside, or None.

    Returns:
        The new (start, end), on word boundaries.
    """
    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text[start:end])]
    if len(words) <= budget:
        return start, end
    centre = 0
    if focus is not None:
        for k, (s, _) in enumerate(words):
            if start + s <= focus[0]:
                centre = k
    first = max(0, min(centre - budget // 2, len(words) - budget))
    last = first + budget - 1
    return start + words[first][0], start + words[last][1]
