"""The plain dataclasses that every stage of factdesk passes around."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Literal, NamedTuple, Sequence

if TYPE_CHECKING:
    from qa.check.disagreements import Difference

VerdictKind = Literal["supported", "contradicted", "not_found"]
VERDICTS: tuple[VerdictKind, ...] = ("supported", "contradicted", "not_found")
# What indexing did with one input file.
FileStatus = Literal["added", "updated", "unchanged", "skipped"]
# How `Article.date` was obtained (see qa/ingest/dates.py): given as a date by the page, its HTML
# metadata or the JSONL record, or resolved from a relative time against the capture time's source.
DateSource = Literal["page", "html", "jsonl", "relative_to_page", "relative_to_html",
                     "relative_to_captured_at_flag", "relative_to_captured_at", "relative_to_file_mtime"]


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
    date_source: DateSource | None = None

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
    as_of: str | None = None  # for a question about the latest: the date of the newest report quoted
    # Where other reports of a cited story state a quoted fact differently (cited report as `a`).
    differences: tuple["Difference", ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The contract's answer object."""
        out: dict[str, Any] = {
            "question": self.question,
            "answer": self.answer,
            "short_answer": self.short_answer,
            "abstained": self.abstained,
            "citations": [c.to_json() for c in self.citations],
            "timings_ms": {k: round(v, 2) for k, v in self.timings_ms.items()},
            "differences": [d.to_json() for d in self.differences],
        }
        if self.resolved_question and self.resolved_question != self.question:
            out["resolved_question"] = self.resolved_question
        if self.as_of:
            out["as_of"] = self.as_of
        return out


@dataclass(frozen=True)
class Verdict:
    """A fact-check result: supported, contradicted or not_found, with evidence."""

    claim: str
    verdict: VerdictKind
    explanation: str
    evidence: tuple[Citation, ...]
    timings_ms: dict[str, float] = field(default_factory=dict)
    # Where other reports of an evidence story state the claim's detail differently.
    differences: tuple["Difference", ...] = ()

    def to_json(self) -> dict[str, Any]:
        """The contract's fact-check object."""
        return {
            "claim": self.claim,
            "verdict": self.verdict,
            "explanation": self.explanation,
            "evidence": [c.to_json() for c in self.evidence],
            "timings_ms": {k: round(v, 2) for k, v in self.timings_ms.items()},
            "differences": [d.to_json() for d in self.differences],
        }


@dataclass(frozen=True)
class Turn:
    """One earlier turn of a conversation, used to resolve follow-up questions."""

    question: str
    answer: str = ""
    short_answer: str | None = None
    resolved_question: str | None = None  # the standalone form the question was answered as

    @classmethod
    def from_json(cls, data: "dict[str, Any] | str") -> "Turn":
        """A turn from a history line: a plain question, or {"question", "answer", "short_answer"}."""
        if isinstance(data, str):
            return cls(data)
        if not isinstance(data, dict) or not isinstance(data.get("question", ""), str):
            raise ValueError('a history turn must be a question string or {"question": ..., "answer": ...}')
        short, resolved = data.get("short_answer"), data.get("resolved_question")
        return cls(str(data.get("question") or ""), str(data.get("answer") or ""),
                   short if isinstance(short, str) else None, resolved if isinstance(resolved, str) else None)


def history_turns(items: "Sequence[Turn | dict[str, Any] | str]") -> tuple[Turn, ...]:
    """Earlier turns from records, plain questions or JSON objects; unusable entries are dropped."""
    out: list[Turn] = []
    for item in items:
        if isinstance(item, Turn):
            out.append(item)
            continue
        try:
            out.append(Turn.from_json(item))  # type: ignore[arg-type]
        except (ValueError, TypeError):
            continue
    return tuple(out)


class Skip(NamedTuple):
    """An input that was not indexed, and why."""

    path: str
    reason: str


@dataclass(frozen=True)
class FileRecord:
    """What the index remembers about one ingested file."""

    path: str  # as the user named it
    sha256: str
    articles: tuple[str, ...]  # article ids, in file order

    def to_json(self) -> dict[str, Any]:
        """The index's file record."""
        return {"path": self.path, "sha256": self.sha256, "articles": list(self.articles)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> "FileRecord":
        """Rebuild a file record from `to_json` output."""
        return cls(str(data["path"]), str(data["sha256"]), tuple(str(a) for a in data["articles"]))


@dataclass(frozen=True)
class FileOutcome:
    """What one `index` run did with one input file."""

    path: str
    status: FileStatus
    articles: tuple[str, ...] = ()  # ids of the file's articles (new ones for added/updated)
    reason: str | None = None  # why it was skipped

    def to_json(self) -> dict[str, Any]:
        """The outcome as JSON."""
        return {"path": self.path, "status": self.status, "articles": list(self.articles), "reason": self.reason}


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
    skipped: tuple[Skip, ...] = ()
    embedded: int = 0
    outcomes: tuple[FileOutcome, ...] = ()

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
            "outcomes": [o.to_json() for o in self.outcomes],
        }
