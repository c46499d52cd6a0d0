"""HTML and chat-markdown formatting of answers, evidence, verdicts and articles for the web UI.

Everything that comes from an article (titles, outlets, paths, text) passes through `esc`
or `md_text` before it reaches the browser: an article containing `<script>` shows as text.
"""

from __future__ import annotations

import html
import re
import string
from collections import Counter
from pathlib import PurePath
from typing import Iterable, Mapping, Sequence

from qa.check.disagreements import FactPair, StoryComparison, describe, marked_pieces, report_label, said_otherwise
from qa.records import Answer, Article, Citation, FileOutcome, Verdict

# Characters that also mean something to Gradio's HTML templates (JS template strings and
# Handlebars) are turned into entities too, so article text can never become template code.
_EXTRA_ENTITIES = {"{": "&#123;", "}": "&#125;", "$": "&#36;", "`": "&#96;", "\\": "&#92;"}
_MD_PUNCTUATION = set(string.punctuation) - set("&<>\"'")
_HTML_CHARS = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;"}

VERDICT_LABELS = {
    "supported": ("Supported", "The articles back this claim."),
    "contradicted": ("Contradicted", "The articles say otherwise."),
    "not_found": ("Not found", "The articles do not settle this claim."),
}


def esc(text: object) -> str:
    """Escape any value for use as HTML text or inside a double-quoted attribute.

    Args:
        text: the value (None becomes the empty string).

    Returns:
        Inert HTML.
    """
    if text is None:
        return ""
    out = html.escape(str(text), quote=True)
    return "".join(_EXTRA_ENTITIES.get(ch, ch) for ch in out)


def md_text(text: object) -> str:
    """Escape text for Gradio's Chatbot so that it renders literally (no Markdown, no HTML, no LaTeX).

    Args:
        text: the value.

    Returns:
        Markdown that displays exactly `text`.
    """
    if text is None:
        return ""
    out = []
    for ch in str(text):
        if ch in _HTML_CHARS:
            out.append(_HTML_CHARS[ch])
        elif ch in _MD_PUNCTUATION:
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def outlet(article: Article) -> str:
    """The outlet's name, or an empty string when the page does not say."""
    return (article.source or "").strip()


def when(article: Article) -> str:
    """The article's date as the page gave it: the ISO date, else the relative one."""
    return (article.date or article.date_text or "").strip()


def file_name(article: Article) -> str:
    """The base name of the article's file."""
    return PurePath(article.path).name if article.path else ""


def find_span(text: str, span: str | None) -> tuple[int, int] | None:
    """Where `span` occurs in `text` (case-insensitive, whitespace-tolerant), or None.

    Args:
        text: the text to search.
        span: the span, e.g. an answer's short_answer.

    Returns:
        (start, end) offsets into text, or None.
    """
    words = (span or "").split()
    if not words:
        return None
    pattern = r"\s+".join(re.escape(w) for w in words)
    match = re.search(pattern, text, flags=re.IGNORECASE)
    return (match.start(), match.end()) if match else None


def marked(text: str, start: int | None, end: int | None, mark_id: str | None = None) -> str:
    """Escape `text` with `text[start:end]` inside `<mark>`.

    Args:
        text: the raw text.
        start: start offset of the highlight (None: no highlight).
        end: end offset of the highlight.
        mark_id: optional id attribute of the mark.

    Returns:
        HTML.
    """
    if start is None or end is None or not 0 <= start < end <= len(text):
        return esc(text)
    attr = f' id="{esc(mark_id)}"' if mark_id else ""
    return f"{esc(text[:start])}<mark{attr}>{esc(text[start:end])}</mark>{esc(text[end:])}"


def _open_attrs(article: Article, start: int | None = None, end: int | None = None) -> str:
    attrs = f'data-article="{esc(article.id)}"'
    if start is not None and end is not None:
        attrs += f' data-start="{int(start)}" data-end="{int(end)}"'
    return attrs


def _meta(article: Article) -> str:
    parts = []
    name = outlet(article)
    parts.append(f'<span class="fd-outlet">{esc(name)}</span>' if name
                 else '<span class="fd-outlet fd-unknown">outlet not given</span>')
    if when(article):
        parts.append(f'<span class="fd-date">{esc(when(article))}</span>')
    if article.path:
        parts.append(f'<span class="fd-file" title="{esc(article.path)}">{esc(file_name(article))}</span>')
    return '<div class="fd-meta">' + '<span class="fd-sep">·</span>'.join(parts) + "</div>"


def _also(citation: Citation) -> str:
    if not citation.also_reported_by:
        return ""
    links = []
    for other in citation.also_reported_by:
        label = outlet(other) or other.title
        links.append(f'<button type="button" class="fd-link" {_open_attrs(other)} '
                     f'title="{esc(other.title)}">{esc(label)}</button>')
    return f'<div class="fd-also">Also reported by {", ".join(links)}</div>'


def evidence_card(citation: Citation, highlight: str | None = None, mark_all: bool = False,
                  muted: bool = False) -> str:
    """One cited passage as a card: title, outlet, date, file, the quote, "also reported by".

    Args:
        citation: the citation.
        highlight: a span to put in `<mark>` inside the quote (e.g. the short answer).
        mark_all: mark the whole quote when `highlight` is not in it.
        muted: style for passages that did not answer (abstentions).

    Returns:
        HTML of the card; clicking it opens the article at the quote.
    """
    quote = citation.quote
    span = find_span(quote, highlight)
    if span is None and mark_all:
        span = (0, len(quote))
    body = marked(quote, *(span or (None, None)))
    classes = "fd-card fd-muted" if muted else "fd-card"
    return (
        f'<article class="{classes}" {_open_attrs(citation.article, citation.start, citation.end)}>'
        f'<header><span class="fd-n">{int(citation.n)}</span>'
        f'<span class="fd-title">{esc(citation.article.title)}</span></header>'
        f"{_meta(citation.article)}"
        f'<blockquote class="fd-quote">{body}</blockquote>'
        f"{_also(citation)}"
        f'<div class="fd-actions"><button type="button" class="fd-open" '
        f'{_open_attrs(citation.article, citation.start, citation.end)}>Open article ›</button></div>'
        f"</article>"
    )


def answer_evidence(answer: Answer) -> str:
    """The evidence panel for an answer: one card per citation.

    The short answer is marked inside the first citation's quote (the whole quote when it is
    not there); later quotes mark it only where they contain it.

    Args:
        answer: the answer.

    Returns:
        HTML for the `evidence` panel.
    """
    if not answer.citations:
        return placeholder("No passages matched this question.")
    if answer.abstained:
        head = ('<div class="fd-panel-head fd-muted-head">Closest passages '
                '<span class="fd-sub">— none of them answers the question</span></div>')
    else:
        count = len(answer.citations)
        head = (f'<div class="fd-panel-head">Sources <span class="fd-sub">— {count} cited passage'
                f'{"s" if count != 1 else ""}; click a card to read the article</span></div>')
    cards = []
    for i, citation in enumerate(answer.citations):
        if answer.abstained:
            cards.append(evidence_card(citation, muted=True))
        else:
            cards.append(evidence_card(citation, highlight=answer.short_answer, mark_all=(i == 0)))
    return f'<div class="fd-evidence">{head}{differences_html(answer.differences)}{"".join(cards)}</div>'


def answer_message(answer: Answer) -> str:
    """The assistant's chat message (Gradio Chatbot markdown, with article text escaped).

    Args:
        answer: the answer.

    Returns:
        Markdown.
    """
    if answer.abstained:
        # An HTML block: Markdown is not applied inside it, so the text is entity-escaped only.
        return (f'<div class="fd-abstain"><span class="fd-abstain-label">Not in the articles</span>'
                f"<br>{esc(answer.answer)}</div>")
    lines = []
    if answer.short_answer:
        lines.append(f"**{md_text(answer.short_answer)}**")
    lines.append(md_text(answer.answer))
    lines += [f"*{md_text(line)}*" for line in describe(answer.differences)]
    if answer.resolved_question and answer.resolved_question != answer.question:
        lines.append(f"*Read as: {md_text(answer.resolved_question)}*")
    return "\n\n".join(lines)


def verdict_html(verdict: Verdict) -> str:
    """The verdict badge in colour and words, with the explanation.

    Args:
        verdict: the fact-check result.

    Returns:
        HTML for the `verdict` panel.
    """
    label, gloss = VERDICT_LABELS.get(verdict.verdict, (verdict.verdict.replace("_", " ").title(), ""))
    kind = verdict.verdict if verdict.verdict in VERDICT_LABELS else "not_found"
    icon = {"supported": "✓", "contradicted": "✗", "not_found": "?"}[kind]
    return (
        f'<div class="fd-verdict fd-v-{kind}">'
        f'<div class="fd-badge"><span class="fd-icon">{icon}</span>{esc(label)}</div>'
        f'<div class="fd-gloss">{esc(gloss)}</div>'
        f'<div class="fd-claim">Claim: “{esc(verdict.claim)}”</div>'
        f'<p class="fd-explain">{esc(verdict.explanation)}</p>'
        f"{differences_html(verdict.differences)}"
        f"</div>"
    )


def verdict_evidence(verdict: Verdict) -> str:
    """Evidence cards for a fact check.

    Args:
        verdict: the fact-check result.

    Returns:
        HTML for the fact-check evidence panel.
    """
    if not verdict.evidence:
        return placeholder("No passage in the articles is about this claim.")
    muted = verdict.verdict == "not_found"
    head = ('<div class="fd-panel-head">Evidence <span class="fd-sub">— click a card to read the '
            "article</span></div>")
    cards = "".join(evidence_card(c, mark_all=(i == 0 and not muted), muted=muted)
                    for i, c in enumerate(verdict.evidence))
    return f'<div class="fd-evidence">{head}{cards}</div>'


def article_html(article: Article, start: int | None = None, end: int | None = None) -> str:
    """The full article with `text[start:end]` highlighted in place.

    Args:
        article: the article.
        start: start of the quote (None: no highlight).
        end: end of the quote.

    Returns:
        HTML for the article viewer.
    """
    # A blank line between paragraphs; the highlight may span several of them.
    text = marked(article.text, start, end, mark_id="fd-hit").replace("\n", "\n\n")
    link = ""
    if article.url:
        link = f'<div class="fd-url">{esc(article.url)}</div>'
    return (
        f'<div class="fd-article">'
        f'<h2 class="fd-article-title">{esc(article.title)}</h2>'
        f"{_meta(article)}{link}"
        f'<div class="fd-article-text">{text}</div>'
        f"</div>"
    )


def differences_html(differences: Sequence[FactPair]) -> str:
    """ "Reports differ: A says “X”, B says “Y”." with both quotes marked, and a button opening the story.

    Args:
        differences: differences oriented on the cited report (`Answer.differences`, `Verdict.differences`).

    Returns:
        HTML (empty when the reports agree).
    """
    if not differences:
        return ""
    items = []
    for fact in said_otherwise(differences):
        first = fact.reading
        parts = [f"<b>{esc(report_label(first.article))}</b> says “<mark class=\"fd-diff\">{esc(first.text)}</mark>”"]
        for text, names in fact.others:
            who = " and ".join(f"<b>{esc(n)}</b>" for n in names)
            parts.append(f"{who} say{'s' if len(names) == 1 else ''} “<mark class=\"fd-diff\">{esc(text)}</mark>”")
        story = first.article.story_id or first.article.id
        items.append(f'<li>Reports differ: {", ".join(parts)}. <button type="button" class="fd-link fd-compare" '
                     f'data-story="{esc(story)}">Compare reports ›</button></li>')
    return f'<ul class="fd-differ">{"".join(items)}</ul>'


def marked_spans(text: str, spans: Sequence[tuple[int, int]], css: str = "fd-diff") -> str:
    """Escape `text` with every `text[start:end]` of `spans` (sorted, not overlapping) inside `<mark>`.

    Args:
        text: the raw text.
        spans: (start, end) offsets.
        css: the marks' class.

    Returns:
        HTML.
    """
    return "".join(f'<mark class="{esc(css)}">{esc(piece)}</mark>' if marked else esc(piece)
                   for piece, marked in marked_pieces(text, spans))


def story_html(story: StoryComparison) -> str:
    """A story's reports side by side, named by the lead headline, the differing spans marked.

    Args:
        story: the story's comparison (`Assistant.story`).

    Returns:
        HTML for the viewer: where the reports differ (each report's sentence), then the reports in columns.
    """
    disputes = story.disputes()
    n = len(story.reports)
    if disputes:
        state = f'<span class="fd-differs">Reports differ on {len(disputes)} fact{"s" if len(disputes) != 1 else ""}</span>'
    else:
        state = '<span class="fd-agree">The reports agree</span>' if n > 1 else '<span class="fd-sub">One report</span>'
    facts = []
    for kind, about, readings in disputes:
        rows = "".join(
            f'<li><b>{esc(report_label(r.article))}</b>: '
            f'{marked_spans(r.sentence, [r.in_sentence])}</li>'
            for r in readings)
        facts.append(f'<div class="fd-fact"><div class="fd-fact-kind">{esc(kind)}{f" · {esc(about)}" if about else ""}'
                     f"</div><ul>{rows}</ul></div>")
    columns = []
    for a in story.reports:
        lead = ' <span class="fd-tag">lead</span>' if a.id == story.lead.id else ""
        text = marked_spans(a.text, story.marks(a.id)).replace("\n", "\n\n")
        columns.append(f'<section class="fd-report-col" data-report="{esc(a.id)}">'
                       f'<h3 class="fd-title">{esc(a.title)}{lead}</h3>{_meta(a)}'
                       f'<div class="fd-article-text">{text}</div></section>')
    return (f'<div class="fd-story"><h2 class="fd-article-title">{esc(story.headline)}</h2>'
            f'<div class="fd-meta">{n} report{"s" if n != 1 else ""} · {state}</div>'
            f'{"".join(facts)}<div class="fd-reports">{"".join(columns)}</div></div>')


def brand(summary: str = "") -> str:
    """The page header: product name, tagline and a one-line summary of the index."""
    return ('<div class="fd-brand"><span class="fd-logo">factdesk</span>'
            '<span class="fd-tagline">Answers and fact checks quoted from your news articles</span></div>'
            f'<div class="fd-status">{esc(summary)}</div>')


def upload_help(max_file_bytes: int) -> str:
    """The note under the upload box: what happens to uploads and the size limit.

    Args:
        max_file_bytes: the largest file accepted (`Config.max_file_bytes`).

    Returns:
        HTML.
    """
    return ('<div class="fd-help">Files are indexed as soon as they arrive and stay in the library. '
            f"Up to {max_file_bytes // 2**20} MB per file; web pages, text, Markdown, JSON lines and PDFs.</div>")


def placeholder(text: str) -> str:
    """A muted note for an empty panel."""
    return f'<div class="fd-placeholder">{esc(text)}</div>'


def filtered(articles: Sequence[Article], query: str = "") -> list[Article]:
    """The articles a library filter shows: every word of `query` occurs in the row (case-insensitive).

    Args:
        articles: the articles.
        query: the filter; empty shows all.

    Returns:
        The matching articles, in order.
    """
    words = (query or "").lower().split()
    return [a for a in articles if _matches(a, words)]


def _matches(article: Article, words: Sequence[str]) -> bool:
    hay = " ".join(x or "" for x in (article.title, article.source, article.date, article.date_text,
                                    article.path, article.story_id, article.id)).lower()
    return all(w in hay for w in words)


def library_table(articles: Sequence[Article], query: str = "",
                  stories: Mapping[str, StoryComparison] | None = None) -> str:
    """The indexed articles as a table (title, outlet, date, story, file), filtered by `query`.

    Args:
        articles: every indexed article.
        query: words that must all occur in a row (case-insensitive); empty shows all.
        stories: story id -> comparison (`Assistant.stories`, of the `filtered` rows at least): a story
            of several reports is named by its lead headline, opens side by side on a click, and is
            marked when its reports differ.

    Returns:
        HTML for the `library` panel; clicking a row opens the article.
    """
    words = (query or "").lower().split()
    counts = Counter(a.story_id for a in articles if a.story_id)
    shown = filtered(articles, query)
    outlets = len({a.source for a in articles if a.source})
    summary = (f"{len(articles)} article{'s' if len(articles) != 1 else ''} · {outlets} outlet"
               f"{'s' if outlets != 1 else ''} · {len(counts)} stor{'ies' if len(counts) != 1 else 'y'}")
    if words:
        summary = f"{len(shown)} of {summary}"
    if not articles:
        return placeholder("No articles indexed yet. Upload some on the left.")
    rows = []
    for a in shown:
        story = ""
        compared = (stories or {}).get(a.story_id or a.id)
        if compared is not None and len(compared.reports) == 1:
            story = ""  # a story of one report is the article itself
        elif compared is not None:
            badge = ' <span class="fd-differs">reports differ</span>' if compared.differs else ""
            story = (f'<button type="button" class="fd-link fd-story-link" data-story="{esc(compared.story_id or a.id)}" '
                     f'title="Compare the reports side by side">{esc(compared.headline)}</button>'
                     f' <span class="fd-sub">({len(compared.reports)} reports)</span>{badge}')
        elif a.story_id:
            n = counts[a.story_id]
            story = esc(a.story_id[:8]) + (f' <span class="fd-sub">({n} reports)</span>' if n > 1 else "")
        rows.append(
            f'<tr {_open_attrs(a)} tabindex="0"><td class="fd-col-title">{esc(a.title)}</td>'
            f"<td>{esc(outlet(a)) or '<span class=fd-sub>—</span>'}</td>"
            f"<td>{esc(when(a)) or '<span class=fd-sub>—</span>'}</td>"
            f"<td>{story}</td>"
            f'<td class="fd-col-file" title="{esc(a.path)}">{esc(file_name(a))}</td></tr>'
        )
    if not rows:
        rows.append('<tr><td colspan="5" class="fd-sub">No article matches the filter.</td></tr>')
    return (
        f'<div class="fd-library"><div class="fd-panel-head">{summary}</div>'
        '<table class="fd-table"><thead><tr><th>Title</th><th>Outlet</th><th>Date</th>'
        "<th>Story</th><th>File</th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table></div>"
    )


def upload_report(outcomes: Iterable[FileOutcome], titles: Mapping[str, str] | None = None) -> str:
    """A list of uploaded files: added or updated (with the new titles), already present, or skipped with why.

    Args:
        outcomes: one `FileOutcome` per uploaded file (`Assistant.add_files(...).outcomes`).
        titles: article id -> title for the outcomes' articles (ids without one are shown as ids).

    Returns:
        HTML.
    """
    titles = titles or {}
    items = []
    for o in outcomes:
        if o.status in ("added", "updated"):
            names = "".join(f"<li>{esc(titles.get(a, a))}</li>" for a in o.articles)
            n = len(o.articles)
            items.append(f'<li class="fd-added"><span class="fd-tag">{esc(o.status)}</span><b>{esc(o.path)}</b> — '
                         f"{n} article{'s' if n != 1 else ''}<ul>{names}</ul></li>")
        elif o.status == "unchanged":
            items.append(f'<li class="fd-present"><span class="fd-tag">already present</span>'
                         f"<b>{esc(o.path)}</b></li>")
        else:
            items.append(f'<li class="fd-skipped"><span class="fd-tag">skipped</span><b>{esc(o.path)}</b> — '
                         f"{esc(o.reason or 'not indexed')}</li>")
    if not items:
        return ""
    return f'<ul class="fd-report">{"".join(items)}</ul>'
