"""Plain-text rendering of results for the terminal."""

from __future__ import annotations

import textwrap

from qa.records import Answer, Article, Citation, IndexReport, Verdict


def index_report(report: IndexReport) -> str:
    """One summary line plus skipped inputs."""
    line = (f"{report.files} files, {report.articles} articles in {report.stories} stories, {report.chunks} chunks: "
            f"{report.added} added, {report.unchanged} unchanged, {report.removed} removed, {len(report.skipped)} skipped")
    return line


def _citation(c: Citation) -> str:
    where = ", ".join(x for x in (c.article.source, c.article.date or c.article.date_text, c.article.path) if x)
    lines = [f"[{c.n}] {c.article.title}" + (f" ({where})" if where else "")]
    lines += textwrap.wrap(f"\u201c{c.quote}\u201d", width=96, initial_indent="    ", subsequent_indent="    ")
    if c.also_reported_by:
        lines.append("    also reported by: " + "; ".join(a.source or a.title for a in c.also_reported_by))
    return "\n".join(lines)


def answer(a: Answer) -> str:
    """The answer, then its citations."""
    head = textwrap.fill(a.answer, width=100)
    if a.short_answer and not a.abstained:
        head = f"{a.short_answer}\n\n{head}"
    return "\n".join([head, ""] + [_citation(c) for c in a.citations])


def verdict(v: Verdict) -> str:
    """The verdict, the reason, the evidence."""
    return "\n".join([f"{v.verdict.upper().replace('_', ' ')}: {v.explanation}", ""] + [_citation(c) for c in v.evidence])


def batch_error(line: int, error: str) -> str:
    """The stderr line for a line of a batch request file that could not be answered."""
    return f"factdesk: line {line}: {error}"


def article_list(articles: list[Article]) -> str:
    """One line per article."""
    rows = [f"{a.id}  {a.date or a.date_text or '-':<12} {(a.source or '-')[:18]:<18} {a.title}" for a in articles]
    return "\n".join(rows) if rows else "no articles indexed"


def article(a: Article) -> str:
    """Metadata, then the cleaned text."""
    meta = [f"{a.title}", f"id {a.id}  story {a.story_id or '-'}",
            f"source {a.source or '-'}  date {a.date or '-'} ({a.date_text or '-'})  file {a.path or '-'}", ""]
    return "\n".join(meta) + a.text


def metrics(m: dict) -> str:
    """Evaluation metrics as aligned lines."""
    return "\n".join(f"{k:<24} {v if v is not None else 'n/a'}" for k, v in m.items())
