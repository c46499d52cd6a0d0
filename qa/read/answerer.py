"""Extractive answers: the best sentences of the retrieved passages, each with its [n] marker."""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

import numpy as np

from embeddings.encoder import TextEncoder
from qa.read.answer_types import ALIAS, OTHER, alias_spans, best_span, candidates, expected_type, question_names
from qa.read.citations import ABSTAIN_TEXT, cite, clip_quote
from qa.records import Answer, Citation, Passage
from qa.sentences import sentence_spans
from qa.text import content_words, stem

_MIN_SENTENCE_CHARS = 12

# Weights of the sentence features (see `features`), chosen by a coordinate search on the
# first 12 SQuAD dev titles and kept only where the last 12 titles improved as well.
DEFAULT_WEIGHTS = (1.0, 0.8, 0.3, 0.25, 0.08, 0.2, -0.3, 0.8)
N_FEATURES = len(DEFAULT_WEIGHTS)
# Abstention: the best sentence's score, minus this much times the share of the question's
# names (capitalised words) that its passage never mentions. With Config.abstain_threshold
# (0.85) about 2% of SQuAD questions abstain; see the issue 4 report for the calibration.
NAME_PENALTY = 0.8


@dataclass(frozen=True)
class Candidate:
    """One sentence of a retrieved passage: article offsets and the passage's rank."""

    passage: Passage
    rank: int
    start: int
    end: int
    index: int  # position of the sentence inside its passage
    expanded: bool = False  # from the article outside the retrieved chunk

    @property
    def text(self) -> str:
        """The sentence text."""
        return self.passage.article.text[self.start:self.end]


def sentence_candidates(passages: list[Passage], expand: bool = True) -> list[Candidate]:
    """Every sentence of every passage, in passage order, then the rest of each passage's article.

    Retrieval returns one passage per article, so an answer that sits in another chunk of a
    retrieved article would be out of reach; those sentences join as candidates too, each
    in a passage narrowed to the sentence and its neighbours (so citations stay local).

    Args:
        passages: retrieved passages, best first.
        expand: also offer the sentences of the articles outside the retrieved chunks.

    Returns:
        Candidates with exact article offsets.
    """
    out: list[Candidate] = []
    for rank, p in enumerate(passages):
        for k, (s, e) in enumerate(_spans(p.article.text, p.chunk.start, p.chunk.end)):
            out.append(Candidate(p, rank, s, e, k))
    if expand:
        seen: set[str] = set()
        for rank, p in enumerate(passages):
            if p.article.id in seen:
                continue
            seen.add(p.article.id)
            text = p.article.text
            spans = _spans(text, 0, len(text))
            for k, (s, e) in enumerate(spans):
                if e > p.chunk.start and s < p.chunk.end:
                    continue
                a, b = spans[max(0, k - 1)][0], spans[min(len(spans) - 1, k + 1)][1]
                chunk = replace(p.chunk, id=f"{p.chunk.id}@{a}", start=a, end=b, text=text[a:b])
                out.append(Candidate(replace(p, chunk=chunk), rank, s, e, k, expanded=True))
    return out


def _spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(s, e) for s, e in sentence_spans(text, start, end)
            if e - s >= _MIN_SENTENCE_CHARS and any(ch.isalnum() for ch in text[s:e])]


def features(question: str, cands: list[Candidate], dense: np.ndarray) -> np.ndarray:
    """Per-sentence features used to rank candidate sentences and to decide abstention.

    Columns: dense cosine to the question; IDF-weighted share of the question's stemmed words
    in the sentence; the same over the sentence and its neighbours; the passage's fused score
    relative to the best passage; 1/(1+rank) of the passage; whether the sentence holds a fresh
    span of the expected answer type (one that repeats no question word); whether the sentence
    lies outside the retrieved chunk; for questions asking another name of something, whether
    the sentence renames one of the question's words ("X, or Y", "X, known as Y").

    Args:
        question: the question.
        cands: candidate sentences.
        dense: cosine of each sentence's embedding with the question's.

    Returns:
        float array (len(cands), N_FEATURES).
    """
    n = len(cands)
    if n == 0:
        return np.zeros((0, N_FEATURES), np.float32)
    kind = expected_type(question)
    q_words = [stem(w) for w in content_words(question)]
    q_terms = list(dict.fromkeys(q_words))
    sent_terms = [{stem(w) for w in content_words(c.text)} for c in cands]
    df = {t: sum(1 for s in sent_terms if t in s) for t in q_terms}
    idf = {t: math.log((n + 1) / (df[t] + 0.5)) + 0.5 for t in q_terms}
    total = sum(idf.values()) or 1.0
    lex = np.array([sum(idf[t] for t in q_terms if t in s) / total for s in sent_terms])
    window = np.zeros(n)
    for i, c in enumerate(cands):
        near = set(sent_terms[i])
        for j in (i - 1, i + 1):
            if 0 <= j < n and cands[j].passage.article.id == c.passage.article.id \
                    and cands[j].expanded == c.expanded:
                near |= sent_terms[j]
        window[i] = sum(idf[t] for t in q_terms if t in near) / total
    top_score = max((c.passage.score for c in cands), default=1.0) or 1.0
    fused = np.array([c.passage.score / top_score for c in cands])
    rank = np.array([1.0 / (1 + c.rank) for c in cands])
    typed = np.zeros(n)
    q_set = set(q_terms)
    for i, c in enumerate(cands):
        if kind in (OTHER, ALIAS):
            continue
        for s, e in candidates(c.text, kind):
            if any(stem(w) not in q_set for w in content_words(c.text[s:e]) or [c.text[s:e]]):
                typed[i] = 1.0
                break
    outside = np.array([float(c.expanded) for c in cands])
    alias = np.zeros(n)
    if kind == ALIAS:
        for i, c in enumerate(cands):
            for s, e in alias_spans(c.text, q_set, stem):
                if any(stem(w) not in q_set for w in content_words(c.text[s:e])):
                    alias[i] = 1.0
                    break
    return np.stack([dense, lex, window, fused, rank, typed, outside, alias], axis=1).astype(np.float32)


def abstention(question: str, passages: list[Passage]) -> Answer:
    """The answer that says the articles do not answer, citing the closest passages."""
    return Answer(question, ABSTAIN_TEXT, None, True, tuple(cite(i + 1, p) for i, p in enumerate(passages)))


@dataclass(frozen=True)
class Answerer:
    """Scores candidate sentences against the question and quotes the best one to three.

    `config` may be a Config (its `abstain_threshold`, `max_answer_words` and
    `max_answer_sentences` are used) or, for older call sites, the abstain threshold itself.
    """

    encoder: TextEncoder
    config: object = None
    weights: tuple[float, ...] = field(default=DEFAULT_WEIGHTS)

    @property
    def threshold(self) -> float:
        """The abstention threshold on the best sentence's score."""
        if isinstance(self.config, (int, float)):
            return float(self.config)
        return float(getattr(self.config, "abstain_threshold", 0.85))

    @property
    def max_words(self) -> int:
        """The answer's word budget."""
        return int(getattr(self.config, "max_answer_words", 60))

    @property
    def max_sentences(self) -> int:
        """How many sentences an answer may quote."""
        return int(getattr(self.config, "max_answer_sentences", 3))

    def score(self, question: str, passages: list[Passage]) -> tuple[list[Candidate], np.ndarray, np.ndarray]:
        """Candidate sentences with their features and scores (one encode call per question).

        Args:
            question: the (resolved) question.
            passages: retrieved passages, best first.

        Returns:
            (candidates, features, scores).
        """
        cands = sentence_candidates(passages)
        if not cands:
            return cands, np.zeros((0, N_FEATURES), np.float32), np.zeros(0, np.float32)
        vectors = self.encoder.encode([question] + [c.text for c in cands])
        feats = features(question, cands, vectors[1:] @ vectors[0])
        return cands, feats, feats @ np.asarray(self.weights, np.float32)

    def answer(self, question: str, passages: list[Passage]) -> Answer:
        """Compose an answer from passages.

        Args:
            question: the (resolved) question.
            passages: retrieved passages, best first.

        Returns:
            The answer with citations; abstains when no sentence is close enough.
        """
        answer, confidence = self.scored_answer(question, passages)
        if not answer.abstained and confidence < self.threshold:
            return abstention(question, passages)
        return answer

    def scored_answer(self, question: str, passages: list[Passage]) -> tuple[Answer, float]:
        """The best sentences as an answer whatever their confidence, and that confidence.

        Args:
            question: the (resolved) question.
            passages: retrieved passages, best first.

        Returns:
            (answer, confidence): the answer abstains only when there is no sentence to quote
            (confidence -inf then); the caller decides what confidence is enough.
        """
        if not passages:
            return Answer(question, "The indexed articles do not say; nothing is indexed that matches.",
                          None, True, ()), -math.inf
        cands, feats, scores = self.score(question, passages)
        if not cands:
            return abstention(question, passages), -math.inf
        chosen = self._choose(cands, scores)
        return (self._compose(question, passages, cands, chosen, scores),
                self.confidence(question, cands, scores))

    def confidence(self, question: str, cands: list[Candidate], scores: np.ndarray) -> float:
        """How sure the best sentence answers: its score, less a penalty for unmentioned names.

        Args:
            question: the question.
            cands: candidate sentences.
            scores: their scores.

        Returns:
            The confidence compared with the abstention threshold.
        """
        best = cands[int(np.argmax(scores))]
        names = question_names(question, stem)
        if not names:
            return float(scores.max())
        chunk = best.passage.chunk
        present = {stem(w) for w in content_words(best.passage.article.text[chunk.start:chunk.end])}
        missing = len(names - present) / len(names)
        return float(scores.max()) - NAME_PENALTY * missing

    def _choose(self, cands: list[Candidate], scores: np.ndarray) -> list[int]:
        order = [int(i) for i in np.argsort(-scores, kind="stable")]
        chosen = [order[0]]
        words = len(cands[order[0]].text.split())
        for i in order[1:]:
            if len(chosen) >= self.max_sentences or words >= self.max_words - 8:
                break
            n = len(cands[i].text.split())
            if words + n + len(chosen) + 1 > self.max_words:
                continue
            chosen.append(i)
            words += n
        return chosen

    def _compose(self, question: str, passages: list[Passage], cands: list[Candidate], chosen: list[int],
                 scores: np.ndarray) -> Answer:
        kind = expected_type(question)
        short = None
        budget = self.max_words - len(chosen)  # one word per [n] marker
        pieces: list[tuple[Candidate, int, int]] = []
        for k, i in enumerate(chosen):
            c = cands[i]
            start, end = c.start, c.end
            if k == 0:
                span = best_span(c.text, question, kind, stem)
                focus = None if span is None else (c.start + span[0], c.start + span[1])
                start, end = clip_quote(c.passage.article.text, start, end, budget, focus)
                if focus is not None and start <= focus[0] and focus[1] <= end:
                    short = c.passage.article.text[focus[0]:focus[1]]
            pieces.append((c, start, end))
            budget -= len(c.passage.article.text[start:end].split())
        # one citation per passage, quoting from its first to its last used sentence
        spans: dict[str, tuple[int, int, float]] = {}
        for (c, start, end), i in zip(pieces, chosen):
            s0, e0, sc = spans.get(c.passage.chunk.id, (start, end, float(scores[i])))
            spans[c.passage.chunk.id] = (min(s0, start), max(e0, end), max(sc, float(scores[i])))
        numbers: dict[str, int] = {}
        used_ranks = set()
        citations: list[Citation] = []
        parts: list[str] = []
        for c, start, end in pieces:
            key = c.passage.chunk.id
            if key not in numbers:
                numbers[key] = len(citations) + 1
                s0, e0, sc = spans[key]
                citations.append(cite(numbers[key], c.passage, s0, e0, score=sc))
            used_ranks.add(c.rank)
            parts.append(f"{c.passage.article.text[start:end]} [{numbers[key]}]")
        for rank, p in enumerate(passages):
            if rank not in used_ranks:
                citations.append(cite(len(citations) + 1, p))
        return Answer(question, " ".join(parts), short, False, tuple(citations))
