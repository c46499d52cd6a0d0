"""Sentence-aware chunking with exact character offsets into the article text."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from qa.records import Article, Chunk
from qa.sentences import sentence_spans


@dataclass(frozen=True)
class Chunker:
    """Packs whole sentences into chunks of about `min_words`..`max_words` words.

    Consecutive chunks overlap by one sentence; a sentence is never cut, so a single
    sentence longer than `max_words` becomes a chunk of its own.
    """

    min_words: int = 120
    max_words: int = 200

    def split(self, article: Article) -> list[Chunk]:
        """Chunk one article.

        Args:
            article: the article; offsets point into `article.text`.

        Returns:
            Chunks in text order, each with `text == article.text[start:end]`.
        """
        spans = sentence_spans(article.text)
        if not spans:
            return []
        words = [len(article.text[s:e].split()) for s, e in spans]
        groups: list[tuple[int, int]] = []  # sentence index ranges [i, j)
        i = 0
        while i < len(spans):
            j, total = i, 0
            while j < len(spans) and (total < self.min_words or total + words[j] <= self.max_words):
                if total and total + words[j] > self.max_words:
                    break
                total += words[j]
                j += 1
            groups.append((i, j))
            if j >= len(spans):
                break
            # One sentence of overlap, but always move forward.
            i = j - 1 if j - 1 > i else j
        # A short tail is better merged into its neighbour when it fits.
        if len(groups) > 1:
            a, b = groups[-1]
            pa, pb = groups[-2]
            if sum(words[a:b]) < self.min_words // 3 and sum(words[pa:b]) - (words[a] if a < pb else 0) <= self.max_words * 1.25:
                groups[-2:] = [(pa, b)]
        return [self._chunk(article, spans[a][0], spans[b - 1][1]) for a, b in groups]

    @staticmethod
    def _chunk(article: Article, start: int, end: int) -> Chunk:
        text = article.text[start:end]
        digest = hashlib.sha256(f"{article.id}:{start}:{end}".encode()).hexdigest()[:16]
        return Chunk(id=digest, article_id=article.id, start=start, end=end, text=text)
