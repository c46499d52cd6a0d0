"""The stage protocols that `Assistant` composes: retrieve passages, read an answer, check a claim.

Each stage takes typed inputs and returns typed records, so one can be tested alone or swapped
(another reader, another retriever) by passing it to `Assistant(...)`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, Sequence

from qa.records import Answer, Passage, Verdict

if TYPE_CHECKING:
    from qa.index.library import Library


class Retriever(Protocol):
    """Finds the passages of a library that best match a query."""

    def retrieve(self, library: "Library", query: str, top_k: int = 5,
                 source: str | None = None) -> list[Passage]:
        """The best passages, best first (at most `top_k`, optionally from one outlet)."""
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
