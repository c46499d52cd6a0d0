"""The stage protocols that `Assistant` composes (retrieve passages, read an answer, check a claim) and their defaults.

Each stage takes typed inputs and returns typed records, so one can be tested alone or swapped
(another reader, another retriever) by passing it to `Assistant(...)`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, Sequence

from qa.records import Answer, Passage, Verdict

if TYPE_CHECKING:
    from embeddings.encoder import TextEncoder
    from qa.config import Config
    from qa.index.catalog import Catalog


class Retriever(Protocol):
    """Finds the passages of a catalog that best match a query."""

    def retrieve(self, library: "Catalog", query: str, top_k: int = 5,
                 source: str | None = None, *, since: str | None = None, until: str | None = None) -> list[Passage]:
        """The best passages, best first (at most `top_k`, optionally from one outlet and date range)."""
        ...


class Reader(Protocol):
    """Composes an extractive answer, with citations, from retrieved passages."""

    def answer(self, question: str, passages: Sequence[Passage]) -> Answer:
        """The answer to `question` quoted from `passages` (or an abstention)."""
        ...


class Checker(Protocol):
    """Decides whether retrieved passages support or contradict a claim."""

    def check(self, claim: str, passages: Sequence[Passage]) -> Verdict:
        """supported / contradicted / not_found, with the evidence."""
        ...


def default_stage(name: str, encoder: "TextEncoder", config: "Config") -> Retriever | Reader | Checker:
    """The stage `name` ("retriever", "reader" or "checker") that `config` asks for.

    Args:
        name: which stage.
        encoder: the shared sentence encoder.
        config: the settings (`reader` picks the trained span reader or the sentence rules).

    Returns:
        The stage, ready to use (the trained reader's model is loaded once per process).
    """
    if name == "retriever":
        from qa.search.hybrid import HybridRetriever

        return HybridRetriever(encoder, dense_weight=config.dense_weight, candidates=config.candidates,
                               dedupe_stories=config.dedupe_stories)
    if name == "checker":
        if config.checker == "rules":
            from qa.check.checker import FactChecker

            return FactChecker(encoder, config)
        from qa.check.nli_model import load as load_verifier
        from qa.check.verifier import Verifier

        return Verifier(encoder, config, load_verifier(config.cache_dir, threads=config.threads))
    if name != "reader":
        raise ValueError(f"unknown stage {name!r}")
    from qa.read.answerer import Answerer

    if config.reader == "rules":
        return Answerer(encoder, config)
    from qa.read.reader import GuidedReader, SpanReader
    from qa.read.span_model import load

    # The guided reader reads one quote per question, so it can afford the fp32 graph (1.3 points
    # of span F1 better than int8 on the validation titles); the span reader reads ten windows.
    model = load(config.cache_dir, quantize=config.reader == "span", threads=config.threads)
    if config.reader == "guided":
        from qa.read.abstention import load as load_abstainer

        # The reader's own has-answer abstention is off unless asked for: it did not separate
        # answerable questions on held-out titles (training/README.md); the abstention model decides.
        threshold = 0.0 if config.reader_threshold is None else config.reader_threshold
        return GuidedReader(Answerer(encoder, config), model, load_abstainer(), threshold=threshold,
                            span_threshold=config.short_answer_threshold)
    return SpanReader(model, threshold=config.reader_threshold, span_threshold=config.short_answer_threshold,
                      max_words=config.max_answer_words, max_sentences=config.max_answer_sentences)
