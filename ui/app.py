"""The Gradio web UI: an Ask tab (chat + cited evidence), a Fact-check tab and a Library tab.

`build_demo(assistant)` lays out the Blocks; the handlers below only call the `Assistant`
and format with `ui.render`. `serve(assistant)` loads the model and the index once, then
launches on 127.0.0.1 with uploads limited in size and type, a private temp folder and a queue.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sys
from pathlib import Path
from typing import Any, Callable

import gradio as gr

from qa.assistant import Assistant, AssistantError
from qa.records import Answer
from ui import render

UPLOAD_TYPES = (".txt", ".md", ".html", ".htm", ".jsonl", ".pdf")
MAX_UPLOAD_BYTES = 25 * 1024 * 1024
ALL_OUTLETS = "All outlets"
MAX_TOP_K = 10
CONCURRENCY_LIMIT = 2
QUEUE_MAX_SIZE = 32
CSS_PATH = Path(__file__).with_name("style.css")

# Clicking anything carrying data-article (a card, its "Open article" button, a library row,
# an "also reported by" link) sends the article id and quote offsets to the Python listener.
OPEN_ON_CLICK_JS = """
const send = (el) => trigger('click', {article: el.dataset.article,
                                       start: el.dataset.start || null, end: el.dataset.end || null});
element.addEventListener('click', (event) => {
  const el = event.target.closest('[data-article]');
  if (el && element.contains(el)) { event.preventDefault(); send(el); }
});
element.addEventListener('keydown', (event) => {
  const el = event.target.closest('[data-article]');
  if (el && event.key === 'Enter') { event.preventDefault(); send(el); }
});
"""

# The article viewer scrolls its own box (not the page) so that the highlighted quote is in view.
SCROLL_TO_MARK_JS = """
const reveal = () => {
  const mark = element.querySelector('mark');
  const box = element.querySelector('.fd-article-text');
  if (mark && box) { box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - box.clientHeight / 4); }
  else if (box) { box.scrollTop = 0; }
};
watch('value', () => setTimeout(reveal, 30));
reveal();
"""


def _fail(exc: Exception) -> gr.Error:
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return gr.Error(message)


def _source(outlet: str | None) -> str | None:
    return None if not outlet or outlet == ALL_OUTLETS else outlet


def _top_k(value: Any) -> int | None:
    try:
        return max(1, min(MAX_TOP_K, int(value)))
    except (TypeError, ValueError):
        return None


def _messages(turns: list[dict]) -> list[dict]:
    out: list[dict] = []
    for turn in turns:
        out.append({"role": "user", "content": render.md_text(turn["question"])})
        out.append({"role": "assistant", "content": turn["message"]})
    return out


# -- handlers -------------------------------------------------------------------------------------
def ask(assistant: Assistant, question: str, turns: list[dict] | None, top_k: Any = None,
        outlet: str | None = None) -> tuple[list[dict], list[dict], str, str]:
    """Answer a question in the context of the conversation so far.

    Args:
        assistant: the assistant.
        question: the user's question.
        turns: earlier turns of this user's conversation ({"question", "answer", "message"}).
        top_k: passages to cite.
        outlet: restrict to this outlet (or "All outlets").

    Returns:
        (chat messages, updated turns, evidence HTML, the cleared question box).
    """
    turns = list(turns or [])
    if not (question or "").strip():
        raise gr.Error("Type a question about the articles first.")
    history = [{"question": t["question"], "answer": t["answer"]} for t in turns]
    try:
        answer: Answer = assistant.ask(question, history=history, top_k=_top_k(top_k), source=_source(outlet))
    except (AssistantError, ValueError) as exc:
        raise _fail(exc) from None
    turns.append({"question": answer.question, "answer": answer.answer,
                  "message": render.answer_message(answer)})
    return _messages(turns), turns, render.answer_evidence(answer), ""


def clear_chat() -> tuple[list, list, str]:
    """Start a new conversation: empty chat, no turns, empty evidence panel."""
    return [], [], render.placeholder("Cited passages appear here.")


def check(assistant: Assistant, claim: str, top_k: Any = None, outlet: str | None = None) -> tuple[str, str]:
    """Fact-check a claim.

    Args:
        assistant: the assistant.
        claim: the claim.
        top_k: evidence passages to consider.
        outlet: restrict to this outlet (or "All outlets").

    Returns:
        (verdict HTML, evidence HTML).
    """
    if not (claim or "").strip():
        raise gr.Error("Type a claim to check first.")
    try:
        verdict = assistant.check(claim, top_k=_top_k(top_k), source=_source(outlet))
    except (AssistantError, ValueError) as exc:
        raise _fail(exc) from None
    return render.verdict_html(verdict), render.verdict_evidence(verdict)


def open_article(assistant: Assistant, data: dict | None) -> str:
    """The full article named by a click on a card or row, with the quote highlighted.

    Args:
        assistant: the assistant.
        data: {"article": id, "start": offset or None, "end": offset or None} from the page.

    Returns:
        HTML for the article viewer.
    """
    data = data or {}
    article_id = str(data.get("article") or "")
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,128}", article_id):
        raise gr.Error("That is not an article of this library.")
    try:
        article = assistant.article(article_id)
    except (AssistantError, ValueError) as exc:
        raise _fail(exc) from None
    try:
        start, end = int(data.get("start")), int(data.get("end"))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        start = end = None  # type: ignore[assignment]
    return render.article_html(article, start, end)


def library(assistant: Assistant, query: str = "") -> str:
    """The library table, filtered by `query`."""
    try:
        return render.library_table(assistant.articles(), query)
    except (AssistantError, ValueError) as exc:
        raise _fail(exc) from None


def status(assistant: Assistant) -> str:
    """The header with one line saying how many articles from how many outlets are indexed."""
    articles = assistant.articles()
    outlets = len({a.source for a in articles if a.source})
    return render.brand(f'{len(articles)} article{"s" if len(articles) != 1 else ""} '
                        f'from {outlets} outlet{"s" if outlets != 1 else ""} indexed')


def outlet_choices(assistant: Assistant, current: str | None = None) -> dict:
    """Dropdown update with the indexed outlets, keeping the current choice when it still exists."""
    choices = [ALL_OUTLETS] + assistant.sources()
    return gr.update(choices=choices, value=current if current in choices else ALL_OUTLETS)


def _stored_copy(uploads: Path, src: Path) -> Path:
    """Copy an upload into the library's uploads folder; identical content keeps its one path."""
    data_hash = hashlib.sha256(src.read_bytes()).hexdigest()
    name = re.sub(r"[^A-Za-z0-9._ -]+", "_", src.name).strip(" .") or "upload"
    target = uploads / name
    if target.exists() and hashlib.sha256(target.read_bytes()).hexdigest() != data_hash:
        target = uploads / f"{Path(name).stem}-{data_hash[:8]}{Path(name).suffix}"
    if not target.exists():
        uploads.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, target)
    return target


def upload(assistant: Assistant, files: list[str] | str | None,
           progress: Callable[..., Any] | None = None) -> str:
    """Index uploaded files into the persistent library.

    Args:
        assistant: the assistant.
        files: paths of the uploaded files (in Gradio's temp folder).
        progress: optional gr.Progress.

    Returns:
        HTML listing each file as added (with titles), already present, or skipped with reason.
    """
    if not files:
        return ""
    files = [files] if isinstance(files, str) else list(files)
    uploads = assistant.config.home_dir / "uploads"
    outcomes: dict[str, render.FileOutcome] = {}
    stored: dict[str, str] = {}
    for f in files:
        src = Path(f)
        name = src.name
        if src.suffix.lower() not in UPLOAD_TYPES:
            outcomes[name] = render.FileOutcome(name, "skipped", reason="not a .txt, .md, .html, .htm, .jsonl or .pdf file")
        elif not src.is_file():
            outcomes[name] = render.FileOutcome(name, "skipped", reason="the upload did not arrive")
        elif src.stat().st_size > MAX_UPLOAD_BYTES:
            outcomes[name] = render.FileOutcome(name, "skipped", reason=f"larger than {MAX_UPLOAD_BYTES // 2**20} MB")
        else:
            stored[str(_stored_copy(uploads, src))] = name
    if stored:
        def report_progress(message: str, fraction: float) -> None:
            if progress is not None:
                progress(min(max(fraction, 0.0), 1.0), desc=f"Indexing: {message}")

        try:
            before = set(a.id for a in assistant.articles())
            report = assistant.index(list(stored), progress=report_progress)
            after = assistant.articles()
        except (AssistantError, ValueError, OSError) as exc:
            raise _fail(exc) from None
        skipped = {str(Path(p).resolve()): reason for p, reason in report.skipped}
        new: dict[str, list[str]] = {}
        for a in after:
            if a.id not in before and a.path:
                new.setdefault(str(Path(a.path).resolve()), []).append(a.title)
        for path, name in stored.items():
            key = str(Path(path).resolve())
            if key in new:
                outcomes[name] = render.FileOutcome(name, "added", titles=tuple(new[key]))
            elif key in skipped:
                outcomes[name] = render.FileOutcome(name, "skipped", reason=skipped[key])
            else:
                outcomes[name] = render.FileOutcome(name, "present")
    return render.upload_report([outcomes[Path(f).name] for f in files if Path(f).name in outcomes])


def _load(assistant: Assistant, progress: gr.Progress = gr.Progress()) -> tuple[str, dict, str]:
    """Page load: build the index on first run (with progress), then fill status, outlets, library."""
    try:
        assistant.library(progress=lambda message, fraction: progress(fraction, desc=f"Building the index: {message}"))
    except (AssistantError, ValueError) as exc:
        raise _fail(exc) from None
    return status(assistant), outlet_choices(assistant), library(assistant)


# -- layout ---------------------------------------------------------------------------------------
def _evidence_panel(elem_id: str, prefix: str, placeholder: str):
    """The right-hand column: evidence cards, and the article viewer that replaces them on a click.

    Returns:
        (cards column, cards HTML, (viewer column, back button, viewer HTML)).
    """
    with gr.Column(scale=6, min_width=380):
        with gr.Column(elem_classes="fd-panel") as cards_col:
            cards = gr.HTML(render.placeholder(placeholder), elem_id=elem_id, js_on_load=OPEN_ON_CLICK_JS)
        viewer = _article_viewer(prefix)
    return cards_col, cards, viewer


def _article_viewer(prefix: str) -> tuple[gr.Column, gr.Button, gr.HTML]:
    with gr.Column(visible=False, elem_classes="fd-viewer") as column:
        back = gr.Button("‹ Back", size="sm", elem_id=f"{prefix}-back", elem_classes="fd-back")
        viewer = gr.HTML(render.placeholder(""), elem_id=f"{prefix}-article", js_on_load=SCROLL_TO_MARK_JS)
    return column, back, viewer


def _wire_viewer(assistant: Assistant, source: gr.HTML, list_column: gr.Column, viewer_column: gr.Column,
                 back: gr.Button, viewer: gr.HTML) -> None:
    def on_open(evt: gr.EventData):
        return open_article(assistant, getattr(evt, "_data", None)), gr.update(visible=False), gr.update(visible=True)

    source.click(on_open, None, [viewer, list_column, viewer_column], show_progress="hidden")
    back.click(lambda: (gr.update(visible=True), gr.update(visible=False)), None, [list_column, viewer_column],
               queue=False, show_progress="hidden")


def build_demo(assistant: Assistant) -> gr.Blocks:
    """The factdesk UI over `assistant`.

    Args:
        assistant: the (already loaded) assistant; shared by every user of this process.

    Returns:
        The Blocks app (call `.queue(...).launch(...)`, or use `serve`).
    """
    default_k = min(assistant.config.top_k, MAX_TOP_K)
    with gr.Blocks(title="factdesk", analytics_enabled=False, delete_cache=(3600, 86400)) as demo:
        turns = gr.State([])
        with gr.Row(elem_id="fd-header", equal_height=True):
            with gr.Column(scale=3, min_width=360):
                status_line = gr.HTML(render.brand("Loading the index…"), elem_id="status")
            top_k = gr.Slider(1, MAX_TOP_K, value=default_k, step=1, label="Passages", elem_id="top-k",
                              scale=1, min_width=220)
            outlet = gr.Dropdown([ALL_OUTLETS], value=ALL_OUTLETS, label="Outlet", elem_id="outlet",
                                 scale=1, min_width=220, interactive=True)

        with gr.Tabs():
            with gr.Tab("Ask", id="ask-tab"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=5, min_width=380):
                        chat = gr.Chatbot(elem_id="chat", height=500, show_label=False, layout="bubble",
                                          sanitize_html=True, render_markdown=True, allow_tags=False,
                                          latex_delimiters=[], buttons=["copy"], feedback_options=None,
                                          placeholder="**Ask about the indexed news.**<br>Every answer quotes "
                                                      "the articles and cites them with [n].")
                        with gr.Row(elem_classes="fd-askrow"):
                            question = gr.Textbox(elem_id="question", show_label=False, scale=8, lines=1,
                                                  max_lines=4, autofocus=True, container=False,
                                                  placeholder="Ask a question, then press Enter. Follow-ups work too.")
                            ask_btn = gr.Button("Ask", elem_id="ask", variant="primary", scale=1, min_width=90)
                    evidence_col, evidence, ask_view = _evidence_panel("evidence", "ask", "Cited passages appear here.")
            with gr.Tab("Fact-check", id="check-tab"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=5, min_width=380):
                        claim = gr.Textbox(elem_id="claim", label="Claim", lines=3, max_lines=6,
                                           placeholder="Paste a claim, e.g. a sentence from a post or a headline.")
                        check_btn = gr.Button("Check claim", elem_id="check", variant="primary")
                        verdict = gr.HTML(render.placeholder("The verdict appears here: supported, contradicted "
                                                             "or not found in the articles."), elem_id="verdict")
                    check_col, check_evidence, check_view = _evidence_panel("check-evidence", "check",
                                                                             "Evidence passages appear here.")
            with gr.Tab("Library", id="library-tab"):
                with gr.Row(equal_height=False):
                    with gr.Column(scale=4, min_width=300):
                        files = gr.File(elem_id="upload", label="Add articles (.txt .md .html .jsonl .pdf)",
                                        file_count="multiple", file_types=list(UPLOAD_TYPES), type="filepath",
                                        height=150)
                        gr.HTML(f'<div class="fd-help">Files are indexed as soon as they arrive and stay in '
                                f"the library. Up to {MAX_UPLOAD_BYTES // 2**20} MB per file; web pages, "
                                "text, Markdown, JSON lines and PDFs.</div>")
                        report = gr.HTML("", elem_id="upload-report")
                    with gr.Column(scale=8, min_width=420):
                        with gr.Column(elem_classes="fd-panel") as library_col:
                            query = gr.Textbox(elem_id="library-filter", show_label=False, container=False,
                                               placeholder="Filter by title, outlet, date, story or file")
                            table = gr.HTML(render.placeholder("Loading…"), elem_id="library",
                                            js_on_load=OPEN_ON_CLICK_JS)
                        library_view = _article_viewer("library")

        # -- events ---------------------------------------------------------------------------
        def on_ask(q, state, k, o):
            messages, state, cards, cleared = ask(assistant, q, state, k, o)
            return messages, state, cards, cleared, gr.update(visible=True), gr.update(visible=False)

        ask_outputs = [chat, turns, evidence, question, evidence_col, ask_view[0]]
        for trigger in (question.submit, ask_btn.click):
            trigger(on_ask, [question, turns, top_k, outlet], ask_outputs, concurrency_id="query",
                    show_progress_on=[chat, evidence])
        chat.clear(clear_chat, None, [chat, turns, evidence], queue=False)

        def on_check(c, k, o):
            return (*check(assistant, c, k, o), gr.update(visible=True), gr.update(visible=False))

        for trigger in (claim.submit, check_btn.click):
            trigger(on_check, [claim, top_k, outlet], [verdict, check_evidence, check_col, check_view[0]],
                    concurrency_id="query")

        def on_upload(paths, current, q, progress=gr.Progress()):
            html = upload(assistant, paths, progress)
            return html, None, library(assistant, q), status(assistant), outlet_choices(assistant, current)

        files.upload(on_upload, [files, outlet, query], [report, files, table, status_line, outlet],
                     concurrency_limit=1, concurrency_id="index")
        query.change(lambda q: library(assistant, q), query, table, show_progress="hidden")

        _wire_viewer(assistant, evidence, evidence_col, *ask_view)
        _wire_viewer(assistant, check_evidence, check_col, *check_view)
        _wire_viewer(assistant, table, library_col, *library_view)

        demo.load(lambda progress=gr.Progress(): _load(assistant, progress), None, [status_line, outlet, table])
    return demo


# -- launching ------------------------------------------------------------------------------------
def auth_from_env() -> tuple[str, str] | None:
    """(user, password) from FACTDESK_USER / FACTDESK_PASSWORD, or None when neither is set."""
    user, password = os.environ.get("FACTDESK_USER", ""), os.environ.get("FACTDESK_PASSWORD", "")
    if bool(user) != bool(password):
        raise ValueError("set both FACTDESK_USER and FACTDESK_PASSWORD to require a login, or neither")
    return (user, password) if user else None


def theme() -> gr.themes.Base:
    """A calm theme with system fonts (nothing is fetched from the internet)."""
    return gr.themes.Default(
        primary_hue="blue", neutral_hue="slate", radius_size="md",
        font=["Inter", "system-ui", "-apple-system", "Segoe UI", "Roboto", "sans-serif"],
        font_mono=["ui-monospace", "SFMono-Regular", "Menlo", "monospace"],
    )


def css() -> str:
    """The UI's stylesheet."""
    return CSS_PATH.read_text(encoding="utf-8") if CSS_PATH.is_file() else ""


def _console_progress(message: str, fraction: float) -> None:
    print(f"\rfactdesk: {message} {fraction:4.0%}   ", end="", file=sys.stderr, flush=True)


def serve(assistant: Assistant, host: str = "127.0.0.1", port: int = 7860) -> None:
    """Load the model and the index once, then serve the UI until interrupted.

    Args:
        assistant: the assistant (its index is built from the seeds on first run).
        host: address to bind; keep 127.0.0.1 unless a proxy with TLS and a login sits in front.
        port: TCP port.
    """
    home = assistant.config.home_dir
    temp_dir = home / "gradio"
    temp_dir.mkdir(parents=True, exist_ok=True)
    os.environ["GRADIO_TEMP_DIR"] = str(temp_dir)
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"
    auth = auth_from_env()

    print("factdesk: loading the model…", file=sys.stderr, flush=True)
    assistant.encoder  # noqa: B018 - load the model now, not on the first request
    assistant.library(progress=_console_progress)
    print("", file=sys.stderr)
    assistant.retrieve("warm up the lexical and vector indexes", top_k=1)

    demo = build_demo(assistant)
    demo.queue(default_concurrency_limit=CONCURRENCY_LIMIT, max_size=QUEUE_MAX_SIZE)
    print(f"factdesk: serving on http://{host}:{port}", file=sys.stderr, flush=True)
    demo.launch(
        server_name=host, server_port=port, share=False, inbrowser=False, auth=auth,
        auth_message="factdesk: log in with FACTDESK_USER / FACTDESK_PASSWORD" if auth else None,
        max_file_size=MAX_UPLOAD_BYTES, allowed_paths=[],
        blocked_paths=[str(home / "index"), str(home / "cache"), str(home / "uploads")],
        show_error=False, ssr_mode=False, mcp_server=False, pwa=False, footer_links=[], quiet=True,
        theme=theme(), css=css(),
    )
