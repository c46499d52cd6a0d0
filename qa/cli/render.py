"""Plain-text rendering of results for the terminal."""

from __future__ import annotations

import textwrap

from qa.check.disagreements import StoryComparison, describe, marked_pieces, report_label
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
    return "\n".join([head, ""] + _differences(a.differences) + [_citation(c) for c in a.citations])


def _differences(differences) -> list[str]:
    """"Reports differ: ..." lines (one per fact, unwrapped so a quote is never split), then a blank line."""
    lines = describe(differences)
    return lines + [""] if lines else []


def verdict(v: Verdict) -> str:
    """The verdict, the reason, the evidence."""
    return "\n".join([f"{v.verdict.upper().replace('_', ' ')}: {v.explanation}", ""] + _differences(v.differences)
                     + [_citation(c) for c in v.evidence])


def batch_error(line: int, error: str) -> str:
    """The stderr line for a line of a batch request file that could not be answered."""
    return f"factdesk: line {line}: {error}"


def article_list(articles: list[Article], stories: dict[str, StoryComparison] | None = None) -> str:
    """One line per article; an article reported by several outlets names its story and says when they differ."""
    stories = stories or {}
    rows = []
    for a in articles:
        row = f"{a.id}  {a.date or a.date_text or '-':<17} {(a.source or '-')[:18]:<18} {a.title}"
        story = stories.get(a.story_id or a.id)
        if story is not None and len(story.reports) > 1:
            row += (f"  [story: {story.headline} · {len(story.reports)} reports"
                    f"{' · REPORTS DIFFER' if story.differs else ''}]")
        rows.append(row)
    return "\n".join(rows) if rows else "no articles indexed"


def article(a: Article, story: StoryComparison | None = None) -> str:
    """Metadata, then the cleaned text."""
    named = f"{story.headline} ({a.story_id}, {len(story.reports)} reports)" if story and a.story_id else a.story_id
    meta = [f"{a.title}", f"id {a.id}  story {named or '-'}",
            f"source {a.source or '-'}  date {a.date or '-'} ({a.date_text or '-'})  file {a.path or '-'}", ""]
    return "\n".join(meta) + a.text


def metrics(m: dict) -> str:
    """Evaluation metrics as aligned lines."""
    return "\n".join(f"{k:<24} {v if v is not None else 'n/a'}" for k, v in m.items())


def claim_metrics(m: dict) -> str:
    """Fact-check evaluation metrics: the rates, a per-verdict table, then the confusion matrix.

    Args:
        m: the dict of `qa.cli.evaluate.claim_metrics`.

    Returns:
        Plain text; an undefined rate reads n/a.
    """
    def show(value) -> str:
        return "n/a" if value is None else str(value)

    lines = [f"{k:<24} {show(m.get(k))}" for k in ("claims", "accuracy", "not_found_rate", "false_supported_rate",
                                                   "check_ms_p50", "check_ms_p95")]
    lines += ["", f"{'verdict':<14} {'gold':>6} {'predicted':>10} {'precision':>10} {'recall':>8}"]
    for name, c in m["per_class"].items():
        lines.append(f"{name:<14} {c['gold']:>6} {c['predicted']:>10} {show(c['precision']):>10} "
                     f"{show(c['recall']):>8}")
    verdicts, corner = list(m["confusion"]), "gold \\ predicted"
    lines += ["", f"{corner:<18}" + "".join(f" {v:>13}" for v in verdicts)]
    for gold, row in m["confusion"].items():
        lines.append(f"{gold:<18}" + "".join(f" {row[v]:>13}" for v in verdicts))
    return "\n".join(lines)


MARK_OPEN, MARK_CLOSE = "«", "»"


def story(s: StoryComparison) -> str:
    """A story's reports side by side: where they differ, each differing sentence pair, then every report with «marks».

    Args:
        s: the story's comparison.

    Returns:
        Plain text (no terminal colours).
    """
    n, facts = len(s.reports), len(s.disputes())
    head = [s.headline, f"story {s.story_id or '-'} · {n} report{'s' if n != 1 else ''} · "
            + (f"reports differ on {facts} fact{'s' if facts != 1 else ''}" if facts
               else "the reports agree" if n > 1 else "one report"), ""]
    if s.differs:
        head.append("Where the reports differ:")
        for i, (kind, about, readings) in enumerate(s.disputes(), 1):
            head.append(f"  {i}. {kind}{f' ({about})' if about else ''}:")
            for r in readings:
                marked_sentence = _mark(r.sentence, [r.in_sentence])
                head += textwrap.wrap(f"{report_label(r.article)}: {marked_sentence}", width=100,
                                      initial_indent="     ", subsequent_indent="       ")
        head.append("")
    parts = ["\n".join(head)]
    for i, a in enumerate(s.reports, 1):
        where = ", ".join(x for x in (a.source, a.date or a.date_text, a.path) if x)
        lead = " (lead)" if a.id == s.lead.id else ""
        parts.append(f"[{i}] {a.title}{lead}\n    id {a.id}" + (f" · {where}" if where else "") + "\n\n"
                     + _mark(a.text, s.marks(a.id)))
    return "\n\n".join(parts)


def _mark(text: str, spans: list[tuple[int, int]]) -> str:
    return "".join(f"{MARK_OPEN}{piece}{MARK_CLOSE}" if marked else piece
                   for piece, marked in marked_pieces(text, spans))
