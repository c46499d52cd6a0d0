"""Extractive answers: the best sentences of the retrieved passages, each with its [n] marker."""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from embeddings.encoder import TextEncoder
from qa.citations import cite
from qa.records import Answer, Citation, Passage
from qa.sentences import sentence_spans

_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Answerer:
    """Scores candidate sentences against the question and quotes the best one."""

    encoder: TextEncoder
    abstain_threshold: float = 0.35

    def answer(self, question: str, passages: list[Passage]) -> Answer:
        """Compose an answer from passages.

        Args:
            question: the (resolved) question.
            passages: retrieved passages, best first.

        Returns:
            The answer with citations; abstains when no sentence is close enough.
        """
        if not passages:
            return Answer(question, "The indexed articles do not say.", None, True, ())
        candidates = [(p, s, e) for p in passages for s, e in sentence_spans(p.article.text, p.chunk.start, p.chunk.end)]
        texts = [p.article.text[s:e] for p, s, e in candidates]
        vectors = self.encoder.encode([question] + texts)
        dense = vectors[1:] @ vectors[0]
        q_terms = set(_WORD.findall(question.lower()))
        overlap = np.array([len(q_terms & set(_WORD.findall(t.lower()))) / max(1, len(q_terms)) for t in texts])
        rank = np.array([1.0 / (1 + passages.index(p)) for p, _, _ in candidates])
        score = 0.5 * dense + 0.3 * overlap + 0.2 * rank
        best = int(np.argmax(score))
        passage, start, end = candidates[best]
        abstained = bool(dense[best] < self.abstain_threshold and overlap[best] < 0.5)
        citations: list[Citation] = [cite(1, passage, start, end, score=float(score[best]))]
        for p in passages:
            if p is not passage:
                citations.append(cite(len(citations) + 1, p))
        if abstained:
            text = "The indexed articles do not say; the closest passages are listed."
        else:
            text = f"{passage.article.text[start:end]} [1]"
        return Answer(question, text, None, abstained, tuple(citations))
