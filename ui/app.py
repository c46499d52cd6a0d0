"""The Gradio web UI: an Ask tab (chat + cited evidence), a Fact-check tab and a Library tab.

`build_demo(assistant)` lays out the Blocks; the handlers below only call the `Assistant`
and format with `ui.render`. Besides the UI's own (private) events, the Blocks carry named
public endpoints for `gradio_client` users: `/ask`, `/check`, `/upload`, `/articles` and
`/article`, returning the contract's JSON (see docs/api.md). `serve(assistant)` loads the model
and the index once, then serves the UI and the JSON HTTP API of `ui.api` on one port.
"""

from __future__ import annotations

import json
import os
import re
import sys
import typing
from pathlib import Path
from typing import Any, Callable

import gradio as gr

from qa.assistant import Assistant, AssistantError
from qa.config import MAX_TOP_K
from qa.ingest.files import SUPPORTED
from qa.records import Answer
from ui import api, render

ALL_OUTLETS = "All outlets"
CSS_PATH = Path(__file__).with_name("style.css")
PRIVATE = "private"  # api_visibility of the UI's own events: not listed, not callable by clients

# Clicking anything carrying data-article (a card, its "Open article" button, a library row,
# an "also reported by" link) sends the article id and quote offsets to the Python listener.
OPEN_ON_CLICK_JS = """
const send = (el) => trigger('click', {article: el.dataset.article || null, story: el.dataset.story || null,
                                       start: el.dataset.start || null, end: el.dataset.end || null});
element.addEventListener('click', (event) => {
  const el = event.target.closest('[data-story], [data-article]');
  if (el && element.contains(el)) { event.preventDefault(); send(el); }
});
element.addEventListener('keydown', (event) => {
  const el = event.target.closest('[data-story], [data-article]');
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


# How to fix what a lower layer reports (its `remedy`), said in this UI's terms.
REMEDIES = {
    "rebuild": "the index must be rebuilt on the server (factdesk index PATH --rebuild)",
    "create": "add articles in the Library tab",
    "index": "add articles in the Library tab",
    "list": "the Library tab lists the articles",
}


def _fail(exc: Exception) -> gr.Error:
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    remedy = REMEDIES.get(getattr(exc, "remedy", None) or "")
    return gr.Error(f"{message}; {remedy}" if remedy else message)


def _source(outlet: str | None) -> str | None:
    return None if not outlet or outlet == ALL_OUTLETS else outlet


def _top_k(value: Any) -> int | None:
    try:
        return max(1, min(MAX_TOP_K, int(value)))
    except (TypeError, ValueError):
        return None


# -- handlers -------------------------------------------------------------------------------------
def ask(assistant: Assistant, question: str, turns: list[dict] | None, top_k: Any = None,
        outlet: str | None = None, since: str | None = None,
        until: str | None = None) -> tuple[list[dict], list[dict], str, str]:
    """Answer a question in the context of the conversation so far.

    Args:
        assistant: the assistant.
        question: the user's question.
        turns: earlier turns of this user's conversation ({"question", "answer", "message"}).
        top_k: passages to cite.
        outlet: restrict to this outlet (or "All outlets").
        since: only articles dated on or after this ISO date ("" or None: no bound).
        until: only articles dated on or before this ISO date.

    Returns:
        (chat messages, updated turns, evidence HTML, the cleared question box).
    """
    turns = list(turns or [])
    if not (question or "").strip():
        raise gr.Error("Type a question about the articles first.")
    history = [{"question": t["question"], "answer": t["answer"]} for t in turns]
    try:
        answer: Answer = assistant.ask(question, history=history, top_k=_top_k(top_k), source=_source(outlet),
                                       since=since, until=until)
    except (AssistantError, ValueError) as exc:
        raise _fail(exc) from None
    turns.append({"question": answer.question, "answer": answer.answer,
                  "user": render.md_text(answer.question), "message": render.answer_message(answer)})
    return _messages(turns), turns, render.answer_evidence(answer), ""


def _messages(turns: list[dict]) -> list[dict]:
    """Chat messages from turns whose texts were rendered once, when they were answered."""
    out: list[dict] = []
    for turn in turns:
        out.append({"role": "user", "content": turn.get("user") or render.md_text(turn["question"])})
        out.append({"role": "assistant", "content": turn["message"]})
    return out


def clear_chat() -> tuple[list, list, str]:
    """Start a new conversation: empty chat, no turns, empty evidence panel."""
    return [], [], render.placeholder("Cited passages appear here.")


def check(assistant: Assistant, claim: str, top_k: Any = None, outlet: str | None = None,
          since: str | None = None, until: str | None = None) -> tuple[str, str]:
    """Fact-check a claim.

    Args:
        assistant: the assistant.
        claim: the claim.
        top_k: evidence passages to consider.
        outlet: restrict to this outlet (or "All outlets").
        since: only articles dated on or after this ISO date ("" or None: no bound).
        until: only articles dated on or before this ISO date.

    Returns:
        (verdict HTML, evidence HTML).
    """
    if not (claim or "").strip():
        raise gr.Error("Type a claim to check first.")
    try:
        verdict = assistant.check(claim, top_k=_top_k(top_k), source=_source(outlet), since=since, until=until)
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
    if data.get("story"):
        return open_story(assistant, data.get("story"))
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


def open_story(assistant: Assistant, key: Any) -> str:
    """The reports of a story side by side, the differing spans marked.

    Args:
        assistant: the assistant.
        key: a story id or an article id of the story (from a library row or a "Compare reports" button).

    Returns:
        HTML for the viewer.
    """
    key = str(key or "")
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,128}", key):
        raise gr.Error("That is not a story of this library.")
    try:
        return render.story_html(assistant.story(key))
    except (AssistantError, ValueError) as exc:
        raise _fail(exc) from None


def library(assistant: Assistant, query: str = "", since: str | None = None, until: str | None = None) -> str:
    """The library table (newest first), filtered by `query` and the date range."""
    try:
        articles = assistant.articles(since=since, until=until)
        if not articles and (since or until):
            return render.placeholder("No article is dated in this range.")
        # Stories of the rows shown only: the filter runs on every keystroke.
        return render.library_table(articles, query, assistant.stories(render.filtered(articles, query)))
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


def _paths(files: list[str] | str | None) -> list[str]:
    if not files:
        return []
    files = [files] if isinstance(files, (str, os.PathLike)) else list(files)
    return [str(getattr(f, "path", f)) for f in files if f]


def upload(assistant: Assistant, files: list[str] | str | None,
           progress: Callable[..., Any] | None = None) -> str:
    """Index uploaded files into the persistent library.

    Args:
        assistant: the assistant.
        files: paths of the uploaded files (in Gradio's temp folder, under their own names).
        progress: optional gr.Progress.

    Returns:
        HTML listing each file as added (with titles), already present, or skipped with reason.
    """
    paths = _paths(files)
    if not paths:
        return ""

    def report_progress(message: str, fraction: float) -> None:
        if progress is not None:
            progress(min(max(fraction, 0.0), 1.0), desc=f"Indexing: {message}")

    try:
        report = assistant.add_files(paths, progress=report_progress)
        titles = {aid: assistant.article(aid).title for o in report.outcomes for aid in o.articles}
    except (AssistantError, ValueError, OSError) as exc:
        raise _fail(exc) from None
    return render.upload_report(report.outcomes, titles)


def upload_json(assistant: Assistant, files: list[str] | str | None) -> str:
    """The public `/upload` endpoint: index files sent through Gradio's upload route.

    Args:
        assistant: the assistant.
        files: the uploaded files' paths (Gradio checks that they were uploaded).

    Returns:
        `IndexReport.to_json()` as JSON text; `outcomes` holds one entry per file, in order.
    """
    paths = _paths(files)
    if not paths:
        raise gr.Error("Send at least one file to index.")
    try:
        return json.dumps(assistant.add_files(paths).to_json(), ensure_ascii=False)
    except (AssistantError, ValueError, OSError) as exc:
        raise _fail(exc) from None


def _api_call(fn: Callable[[], Any]) -> str:
    """Run a `ui.api` call for a Gradio endpoint: its JSON as text; bad input becomes a one-line gr.Error.

    The endpoints return JSON *text*, not objects: gradio_client takes any returned object with a
    string "path" key (every citation and article record has one) for a file and tries to
    download it, so `json.loads(client.predict(...))` is the reliable way to get the contract's shapes.
    """
    try:
        return json.dumps(fn(), ensure_ascii=False)
    except api.ApiError as exc:
        raise gr.Error(str(exc)) from None


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

    source.click(on_open, None, [viewer, list_column, viewer_column], show_progress="hidden",
                 api_visibility=PRIVATE)
    back.click(lambda: (gr.update(visible=True), gr.update(visible=False)), None, [list_column, viewer_column],
               queue=False, show_progress="hidden", api_visibility=PRIVATE)


def build_demo(assistant: Assistant) -> gr.Blocks:
    """The factdesk UI over `assistant`.

    Args:
        assistant: the (already loaded) assistant; shared by every user of this process.

    Returns:
        The Blocks (serve them with `create_app` or `serve`).
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
            with gr.Column(scale=1, min_width=260):
                with gr.Row(equal_height=True):
                    since = gr.Textbox(label="Since", placeholder="YYYY-MM-DD", elem_id="since", min_width=120,
                                       max_lines=1)
                    until = gr.Textbox(label="Until", placeholder="YYYY-MM-DD", elem_id="until", min_width=120,
                                       max_lines=1)

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
                        files = gr.File(elem_id="upload", label=f"Add articles ({' '.join(SUPPORTED)})",
                                        file_count="multiple", file_types=list(SUPPORTED), type="filepath",
                                        height=150)
                        gr.HTML(render.upload_help(assistant.config.max_file_bytes))
                        report = gr.HTML("", elem_id="upload-report")
                    with gr.Column(scale=8, min_width=420):
                        with gr.Column(elem_classes="fd-panel") as library_col:
                            query = gr.Textbox(elem_id="library-filter", show_label=False, container=False,
                                               placeholder="Filter by title, outlet, date, story or file")
                            table = gr.HTML(render.placeholder("Loading…"), elem_id="library",
                                            js_on_load=OPEN_ON_CLICK_JS)
                        library_view = _article_viewer("library")

        # -- events (the UI's own: private) --------------------------------------------------
        def on_ask(q, state, k, o, s, u):
            messages, state, cards, cleared = ask(assistant, q, state, k, o, s, u)
            return messages, state, cards, cleared, gr.update(visible=True), gr.update(visible=False)

        ask_outputs = [chat, turns, evidence, question, evidence_col, ask_view[0]]
        gr.on([question.submit, ask_btn.click], on_ask, [question, turns, top_k, outlet, since, until], ask_outputs,
              concurrency_id="query", show_progress_on=[chat, evidence], api_visibility=PRIVATE)
        chat.clear(clear_chat, None, [chat, turns, evidence], queue=False, api_visibility=PRIVATE)

        def on_check(c, k, o, s, u):
            return (*check(assistant, c, k, o, s, u), gr.update(visible=True), gr.update(visible=False))

        gr.on([claim.submit, check_btn.click], on_check, [claim, top_k, outlet, since, until],
              [verdict, check_evidence, check_col, check_view[0]], concurrency_id="query", api_visibility=PRIVATE)

        def on_upload(paths, current, q, s, u, progress=gr.Progress()):
            html = upload(assistant, paths, progress)
            return html, None, library(assistant, q, s, u), status(assistant), outlet_choices(assistant, current)

        files.upload(on_upload, [files, outlet, query, since, until], [report, files, table, status_line, outlet],
                     concurrency_limit=1, concurrency_id="index", api_visibility=PRIVATE)
        # The date boxes apply when a date is complete (Enter or leaving the box), not on every keystroke.
        gr.on([query.change, since.submit, since.blur, until.submit, until.blur],
              lambda q, s, u: library(assistant, q, s, u), [query, since, until], table, show_progress="hidden",
              api_visibility=PRIVATE)

        _wire_viewer(assistant, evidence, evidence_col, *ask_view)
        _wire_viewer(assistant, check_evidence, check_col, *check_view)
        _wire_viewer(assistant, table, library_col, *library_view)

        demo.load(lambda progress=gr.Progress(): _load(assistant, progress), None, [status_line, outlet, table],
                  api_visibility=PRIVATE)

        # -- public endpoints for gradio_client users (JSON, see docs/api.md) -----------------
        _public_endpoints(assistant)
    return demo


def _public_endpoints(assistant: Assistant) -> None:
    """Register `/ask`, `/check`, `/articles`, `/article` and `/upload` on the Blocks being built."""

    def ask_endpoint(question: str, history: list | None = None, top_k: int | None = None,
                     source: str | None = None, since: str | None = None, until: str | None = None) -> str:
        """Answer a question with exact quoted citations: the contract's answer object as JSON text.

        Args:
            question: the question.
            history: earlier turns, oldest first: question strings or {"question", "answer"} objects.
            top_k: passages to cite, 1 to 50 (null: the server's default).
            source: restrict to one outlet (null: all).
            since: only articles dated on or after this ISO date, YYYY-MM-DD (null: no bound).
            until: only articles dated on or before this ISO date (null: no bound).
        """
        return _api_call(lambda: api.ask_json(assistant, question, history, top_k, source, since, until))

    def check_endpoint(claim: str, top_k: int | None = None, source: str | None = None, since: str | None = None,
                       until: str | None = None) -> str:
        """Fact-check a claim: the contract's fact-check object (verdict, explanation, evidence) as JSON text.

        Args:
            claim: the claim.
            top_k: evidence passages to consider, 1 to 50 (null: the server's default).
            source: restrict to one outlet (null: all).
            since: only articles dated on or after this ISO date, YYYY-MM-DD (null: no bound).
            until: only articles dated on or before this ISO date (null: no bound).
        """
        return _api_call(lambda: api.check_json(assistant, claim, top_k, source, since, until))

    def articles_endpoint(since: str | None = None, until: str | None = None) -> str:
        """The indexed article records (id, title, source, date, path, story_id, text), newest first, as a JSON list.

        Args:
            since: only articles dated on or after this ISO date, YYYY-MM-DD (null: no bound).
            until: only articles dated on or before this ISO date (null: no bound).
        """
        return _api_call(lambda: api.articles_json(assistant, since, until))

    def story_endpoint(story_id: str) -> str:
        """One story's reports with where they differ (headline, reports, differences, disputes) as JSON text.

        Args:
            story_id: a story id or the id of one of its articles (a unique prefix works too).
        """
        return _api_call(lambda: api.story_json(assistant, story_id))

    def article_endpoint(article_id: str) -> str:
        """One article record by id (a unique prefix works too) as JSON text.

        Args:
            article_id: the article's id.
        """
        return _api_call(lambda: api.article_json(assistant, article_id))

    for name, fn in (("ask", ask_endpoint), ("check", check_endpoint), ("articles", articles_endpoint),
                     ("article", article_endpoint), ("story", story_endpoint)):
        # gr.api reads the return type from the signature: resolve this module's postponed annotations.
        fn.__annotations__ = typing.get_type_hints(fn)
        gr.api(fn, api_name=name, concurrency_id="query")

    # Uploads take a File component, so that Gradio accepts only files uploaded through its own
    # upload route (a path on the server is refused) and cleans them up like the UI's uploads.
    with gr.Group(visible=False):
        files = gr.File(label="files", file_count="multiple", type="filepath")
        result = gr.Textbox(label="index_report")
        trigger = gr.Button("upload")
    trigger.click(lambda paths: upload_json(assistant, paths), files, result, api_name="upload",
                  api_description="Index files into the library; returns the index report with one outcome "
                                  "per file (added, updated, unchanged or skipped with why).",
                  concurrency_limit=1, concurrency_id="index", show_progress="hidden")


# -- launching ------------------------------------------------------------------------------------
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


def create_app(assistant: Assistant, demo: gr.Blocks | None = None):
    """The whole web app: the JSON HTTP API (`ui.api`) with the Gradio UI mounted at "/".

    The Gradio queue runs `config.serve_concurrency` asks/checks at once and lets up to
    `config.serve_queue` more wait; beyond that Gradio answers "Queue is full" and /api answers
    503 busy. With `config.auth` set, the UI shows a login page and /api requires HTTP Basic.

    Args:
        assistant: the loaded assistant.
        demo: the Blocks (default: `build_demo(assistant)`).

    Returns:
        A FastAPI app to run with uvicorn.
    """
    config = assistant.config
    home = config.home_dir
    demo = demo or build_demo(assistant)
    demo.queue(default_concurrency_limit=config.serve_concurrency, max_size=config.serve_queue)
    auth = config.auth
    app = gr.mount_gradio_app(
        api.create_app(assistant), demo, path="/", auth=auth,
        auth_message="factdesk: log in with FACTDESK_USER / FACTDESK_PASSWORD" if auth else None,
        max_file_size=config.max_file_bytes, allowed_paths=[],
        blocked_paths=[str(home / "index"), str(home / "cache"), str(home / "uploads")],
        show_error=False, ssr_mode=False, mcp_server=False, pwa=False, footer_links=[], run_history=False,
        theme=theme(), css=css(),
    )
    # Gradio checks that every file an event receives was uploaded by a user (and refuses a path
    # on the server) only for Blocks that "have launched"; mount_gradio_app never sets the flag,
    # so set it here or any client could have a server file indexed by naming its path.
    # tests/test_ui_security.py guards this.
    demo.has_launched = True
    return app


def serve(assistant: Assistant, host: str = "127.0.0.1", port: int = 7860) -> None:
    """Load the model and the index once, then serve the UI and the APIs until interrupted.

    Args:
        assistant: the assistant (its index is built from the seeds on first run).
        host: address to bind; keep 127.0.0.1 unless a proxy with TLS and a login sits in front.
        port: TCP port.
    """
    import uvicorn

    temp_dir = assistant.config.home_dir / "gradio"
    temp_dir.mkdir(parents=True, exist_ok=True)
    os.environ["GRADIO_TEMP_DIR"] = str(temp_dir)
    os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"

    print("factdesk: loading the model…", file=sys.stderr, flush=True)
    assistant.encoder  # noqa: B018 - load the models now, not on the first request
    assistant.reader  # noqa: B018
    assistant.library(progress=_console_progress)
    print("", file=sys.stderr)
    assistant.retrieve("warm up the lexical and vector indexes", top_k=1)

    app = create_app(assistant)
    print(f"factdesk: serving on http://{host}:{port} (JSON API under /api)", file=sys.stderr, flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
