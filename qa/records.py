"""The plain dataclasses that every stage of factdesk passes around."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Article:
    """One cleaned article.

    `text` is the cleaned article body; every offset elsewhere points into it.
    """

    id: str
    title: str
    text: str
    source: str | None = None
    date: str | None = None
    date_text: str | None = None
    path: str | None = None
    url: str | None = None
    story_id: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The contract's article record."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Article":
        """Rebuild an article from `to_json` output."""
        names = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in data.items() if k in names})


@dataclass(frozen=True)
class Chunk:
    """A sentence-aligned piece of an article: `text == article.text[start:end]`."""

    id: str
    article_id: str
    start: int
    end: int
    text: str

    def to_json(self) -> dict[str, Any]:
        """A data-only record for the index metadata."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "Chunk":
        """Rebuild a chunk from `to_json` output."""
        return cls(**data)


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk with its article and scores."""

    chunk: Chunk
    article: Article
    score: float
    dense_score: float = 0.0
    lexical_score: float = 0.0
    also_reported_by: tuple[Article, ...] = ()


@dataclass(frozen=True)
class Citation:
    """An exact quote from an article: `quote == article.text[start:end]`."""

    n: int
    article: Article
    quote: str
    start: int
    end: int
    score: float
    also_reported_by: tuple[Article, ...] = ()
    passage_start: int | None = None
    passage_end: int | None = None

    def to_json(self) -> dict[str, Any]:
        """The contract's citation object."""
        return {
            "n": self.n,
            "article_id": self.article.id,
            "title": self.article.title,
            "source": self.article.source,
            "date": self.article.date,
            "date_text": self.article.date_text,
            "path": self.article.path,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "score": round(float(self.score), 4),
            "passage_start": self.passage_start,
            "passage_end": self.passage_end,
            "also_reported_by": [
                {"article_id": a.id, "source": a.source, "title": a.title, "date": a.date}
                for a in self.also_reported_by
            ],
        }


@dataclass(frozen=True)
class Answer:
    """An answer composed of quoted sentences, each marked with its citation."""

    question: str
    answer: str
    short_answer: str | None
    abstained: bool
    citations: tuple[Citation, ...]
    timings_ms: dict[str, float] = field(default_factory=dict)
    resolved_question: str | None = None

    def to_json(self) -> dict[str, Any]:
        """The contract's answer object."""
        out: dict[str, Any] = {
            "question": self.question,
            "answer": self.answer,
            "short_answer": self.short_answer,
            "abstained": self.abstained,
            "citations": [c.to_json() for c in self.citations],
            "timings_ms": {k: round(v, 2) for k, v in self.timings_ms.items()},
        }
        if self.resolved_question and self.resolved_question != self.question:
            out["resolved_question"] = self.resolved_question
        return out


@dataclass(frozen=True)
class Verdict:
    """A fact-check result: supported, contradicted or not_found, with evidence."""

    claim: str
    verdict: str
    explanation: str
    evidence: tuple[Citation, ...]
    timings_ms: dict[str, float] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The contract's fact-check object."""
        return {
            "claim": self.claim,
            "verdict": self.verdict,
            "explanation": self.explanation,
            "evidence": [c.to_json() for c in self.evidence],
            "timings_ms": {k: round(v, 2) for k, v in self.timings_ms.items()},
        }


@dataclass(frozen=True)
class IndexReport:
    """What one `index` run did."""

    files: int
    articles: int
    stories: int
    chunks: int
    added: int
    unchanged: int
    removed: int = 0
    skipped: tuple[tuple[str, str], ...] = ()
    embedded: int = 0

    def to_json(self) -> dict[str, Any]:
        """The contract's `index --json` object."""
        return {
            "files": self.files,
            "articles": self.articles,
            "stories": self.stories,
            "chunks": self.chunks,
            "added": self.added,
            "unchanged": self.unchanged,
            "removed": self.removed,
            "embedded": self.embedded,
            "skipped": [{"path": p, "reason": r} for p, r in self.skipped],
        }
