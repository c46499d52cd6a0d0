"""Answer stages built on factdesk's trained reader (`qa.read.span_model`).

`SpanReader` reads the retrieved passages alone: windows in, the answering sentence and its span out.
`GuidedReader` (the default) lets the sentence rules (`qa.read.answerer`) choose what to quote,
the abstention model (`qa.read.abstention`) decide whether to answer at all, and asks the reader
for the bold short answer.

In `SpanReader`, the retrieved passages are cut into windows of whole sentences; the reader (`qa.read.span_model`)
scores every window of one question in one batch: whether it answers, and the best span. The
answer quotes the sentence holding the most confident span, then only sentences from other
windows that the reader also finds answering (another report, another detail); the bold short
answer is the span itself, shown only when the reader is sure of it; below the calibrated
has-answer threshold the stage abstains and lists the closest passages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Sequence

from qa.read.abstention import Abstainer
from qa.read.answerer import Answerer, abstention
from qa.read.citations import ABSTAIN_TEXT, cite, clip_quote
from qa.read.span_model import SpanModel, SpanPrediction
from qa.records import Answer, Citation, Passage
from qa.sentences import sentence_spans

# A window holds this many words at most: with the question it stays inside the reader's
# 192 word pieces (about 1.3 pieces per word in news and Wikipedia text).
WINDOW_WORDS = 120


@dataclass(frozen=True)
class Window:
    """A run of whole sentences of one retrieved passage: `passage.article.text[start:end]`."""

    passage: Passage
    rank: int
    start: int
    end: int

    @property
    def text(self) -> str:
        """The window's text."""
        return self.passage.article.text[self.start:self.end]


@dataclass(frozen=True)
class Reading:
    """The reader's verdict on one window, with the span in article offsets."""

    window: Window
    has_answer: float
    start: int
    end: int
    span_score: float

    @property
    def confidence(self) -> float:
        """How sure the span answers: P(window answers) times P(this span | it answers)."""
        return self.has_answer * self.span_score


def windows_of(passages: Sequence[Passage], max_words: int = WINDOW_WORDS) -> list[Window]:
    """Cut each passage into windows of consecutive whole sentences of at most `max_words` words.

    Args:
        passages: retrieved passages, best first.
        max_words: word budget of one window (a longer single sentence is its own window).

    Returns:
        Windows in passage order, each with exact article offsets.
    """
    out: list[Window] = []
    for rank, p in enumerate(passages):
        text = p.article.text
        spans = sentence_spans(text, p.chunk.start, p.chunk.end)
        start = end = None
        words = 0
        for s, e in spans:
            n = len(text[s:e].split())
            if start is not None and words + n > max_words:
                out.append(Window(p, rank, start, end))
                start, words = None, 0
            start = s if start is None else start
            end, words = e, words + n
        if start is not None:
            out.append(Window(p, rank, start, end))
    return out


@dataclass(frozen=True)
class SpanReader:
    """Answers from retrieved passages with the trained span-and-abstain reader.

    Attributes:
        model: the loaded reader (one per process, see `qa.read.span_model.load`).
        threshold: has-answer probability below which the stage abstains (default: the
            calibrated value shipped with the weights).
        span_threshold: span confidence below which no short answer is shown.
        max_words: the answer's word budget (one word per [n] marker included).
        max_sentences: how many sentences an answer may quote.
    """

    model: SpanModel
    threshold: float | None = None
    span_threshold: float | None = None
    max_words: int = 60
    max_sentences: int = 3

    def read(self, question: str, passages: Sequence[Passage]) -> list[Reading]:
        """Every window of the passages, scored in one batch, most confident first.

        Args:
            question: the (resolved) question.
            passages: retrieved passages, best first.

        Returns:
            Readings sorted by has-answer probability, then span confidence.
        """
        windows = windows_of(passages)
        if not windows:
            return []
        predictions: list[SpanPrediction] = self.model.read(question, [w.text for w in windows])
        readings = [Reading(w, p.has_answer, w.start + p.start, w.start + p.end, p.span_score)
                    for w, p in zip(windows, predictions)]
        return sorted(readings, key=lambda r: (-r.has_answer, -r.span_score, r.window.rank))

    def answer(self, question: str, passages: Sequence[Passage]) -> Answer:
        """Compose an answer from passages (or abstain).

        Args:
            question: the (resolved) question.
            passages: retrieved passages, best first.

        Returns:
            The answer: quoted sentences with [n] markers, the short answer when confident,
            citations for the quotes and then for the other passages.
        """
        passages = list(passages)
        readings = self.read(question, passages)
        threshold = self.model.has_answer_threshold if self.threshold is None else self.threshold
        if not readings or readings[0].has_answer < threshold or readings[0].end <= readings[0].start:
            return Answer(question, ABSTAIN_TEXT, None, True, tuple(cite(i + 1, p) for i, p in enumerate(passages)))
        best = readings[0]
        span_threshold = self.model.span_threshold if self.span_threshold is None else self.span_threshold
        text = best.window.passage.article.text
        short = text[best.start:best.end].strip() or None
        if best.confidence < span_threshold:
            short = None
        pieces = self._sentences(readings, threshold)
        numbers = {key: n for n, key in enumerate(dict.fromkeys(r.window.passage.chunk.id for r, _, _ in pieces), 1)}
        text_out = " ".join(f"{r.window.passage.article.text[s:e]} [{numbers[r.window.passage.chunk.id]}]"
                            for r, s, e in pieces)
        return Answer(question, text_out, short, False, self._citations(passages, pieces))

    def _sentences(self, readings: list[Reading], threshold: float) -> list[tuple[Reading, int, int]]:
        """The best reading's sentence, then sentences of other answering windows, within budget."""
        chosen: list[tuple[Reading, int, int]] = []
        seen_spans: set[str] = set()
        words = 0
        for reading in readings:
            if len(chosen) >= self.max_sentences or (chosen and reading.has_answer < threshold):
                break
            article = reading.window.passage.article
            span_text = _norm(article.text[reading.start:reading.end])
            s, e = _covering_sentence(article.text, reading.window, reading.start, reading.end)
            if any(c[0].window.passage.article.id == article.id and c[1] <= s < c[2] for c in chosen):
                continue
            if chosen and (not span_text or span_text in seen_spans):
                continue  # the same answer again adds nothing; the first citation shows the others
            budget = self.max_words - words - (len(chosen) + 1)
            if not chosen:
                s, e = clip_quote(article.text, s, e, budget, (reading.start, reading.end))
            elif len(article.text[s:e].split()) > budget:
                continue
            chosen.append((reading, s, e))
            seen_spans.add(span_text)
            words += len(article.text[s:e].split())
        return chosen

    def _citations(self, passages: list[Passage], pieces: list[tuple[Reading, int, int]]) -> tuple[Citation, ...]:
        """One citation per quoted passage (from its first to its last quoted sentence), then the rest."""
        spans: dict[str, tuple[Passage, int, int, float]] = {}
        for reading, s, e in pieces:
            key = reading.window.passage.chunk.id
            p, s0, e0, sc = spans.get(key, (reading.window.passage, s, e, reading.has_answer))
            spans[key] = (p, min(s0, s), max(e0, e), max(sc, reading.has_answer))
        citations = [cite(n, p, s, e, score=sc) for n, (p, s, e, sc) in
                     zip(range(1, len(spans) + 1), spans.values())]
        for p in passages:
            if p.chunk.id not in spans:
                citations.append(cite(len(citations) + 1, p))
        return tuple(citations)


def _covering_sentence(text: str, window: Window, start: int, end: int) -> tuple[int, int]:
    """The sentence(s) of the window that hold text[start:end]."""
    spans = [(s, e) for s, e in sentence_spans(text, window.start, window.end) if e > start and s < end]
    if not spans:
        return window.start, window.end
    return spans[0][0], spans[-1][1]


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


@dataclass(frozen=True)
class Assessment:
    """What the abstention model and the trained reader make of a rule-composed answer.

    Attributes:
        base: the sentence rules' answer (abstaining only when there is nothing to quote).
        answerable: the abstention model's P(the passages answer the question).
        has_answer: the reader's has-answer probability for the first citation's quote (0 when
            the rules had nothing to quote).
        confidence: span confidence in that quote (has-answer times the span's probability).
        span: the reader's span in that quote, as (start, end) offsets into the quote.
    """

    base: Answer
    answerable: float = 0.0
    has_answer: float = 0.0
    confidence: float = 0.0
    span: tuple[int, int] | None = None


@dataclass(frozen=True)
class GuidedReader:
    """The sentence rules choose what to quote, a learned model decides whether to abstain, the reader gives the short answer.

    The rules rank sentences well (they put a gold answer in the quote for most SQuAD questions)
    but pick the bold span by hand-written answer types; the reader, given the first quote,
    finds the span. Whether to answer at all is the abstention model's call
    (`qa.read.abstention`), calibrated on the rules' confidence.

    Attributes:
        sentences: the rule-based answer stage (`qa.read.answerer.Answerer`).
        model: the loaded reader.
        abstainer: the abstention model.
        threshold: also abstain when the reader's has-answer probability is below this (0: off,
            the default; it did not separate answerable questions on held-out titles).
        span_threshold: span confidence below which no short answer is shown (default: the
            calibrated value in reader.json).
    """

    sentences: Answerer
    model: SpanModel
    abstainer: Abstainer
    threshold: float = 0.0
    span_threshold: float | None = None

    def assess(self, question: str, passages: Sequence[Passage]) -> Assessment:
        """The rules' answer, the abstention model's probability and the reader's span (one reader call).

        Args:
            question: the (resolved) question.
            passages: retrieved passages, best first.

        Returns:
            The assessment.
        """
        passages = list(passages)
        base, confidence = self.sentences.scored_answer(question, passages)
        answerable = self.abstainer.probability(confidence) if passages else 0.0
        if base.abstained or not base.citations:
            return Assessment(base, answerable)
        first = self.model.read(question, [base.citations[0].quote])[0]
        span = (first.start, first.end) if first.end > first.start else None
        return Assessment(base, answerable, first.has_answer, first.has_answer * first.span_score, span)

    def answer(self, question: str, passages: Sequence[Passage]) -> Answer:
        """The rules' quotes with the reader's short answer, or an abstention (see `assess`)."""
        seen = self.assess(question, passages)
        base = seen.base
        if base.abstained:
            return base
        if seen.answerable < self.abstainer.threshold or seen.has_answer < self.threshold:
            return abstention(question, list(passages))
        short = None
        if seen.span is not None and seen.confidence >= self.shown_span_threshold:
            short = base.citations[0].quote[seen.span[0]:seen.span[1]].strip() or None
        return replace(base, short_answer=short)

    @property
    def shown_span_threshold(self) -> float:
        """The span confidence a short answer needs: the setting, else the calibrated value in reader.json."""
        if self.span_threshold is not None:
            return self.span_threshold
        shipped = (self.model.config.get("thresholds") or {}).get("guided") or {}
        return float(shipped.get("span_score", self.model.span_threshold))
