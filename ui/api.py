"""The JSON APIs over one `Assistant`: plain HTTP routes under /api, and the shared request checks.

`ask_json`, `check_json`, `articles_json` and `article_json` validate a request, call the
assistant and return the contract's JSON shapes; both the HTTP routes below and the named
Gradio endpoints in `ui.app` go through them, so both APIs accept and refuse the same input.

HTTP routes (mounted next to the Gradio UI by `ui.app.serve`, see docs/api.md):

    POST /api/ask        {"question", optional "history", "top_k", "source", "since", "until"} -> answer
    POST /api/check      {"claim", optional "top_k", "source", "since", "until"}              -> verdict
    GET  /api/articles   optional ?since=YYYY-MM-DD&until=YYYY-MM-DD      -> [article, ...], newest first
    GET  /api/articles/{id}                                                  -> article
    GET  /api/stories/{id}   a story id or one of its article ids              -> story, reports side by side

Errors are `{"error": "one line"}` with 400 (bad input), 401 (login required: HTTP Basic with
the UI's FACTDESK_USER / FACTDESK_PASSWORD), 404 (no such article) or 503 (busy: more than
`Config.serve_queue` requests already waiting). Assistant calls run in worker threads, at most
`Config.serve_concurrency` at once, so the server keeps answering while they run.
"""

from __future__ import annotations

import base64
import binascii
import json
import logging
import secrets
import threading
from typing import Any, Callable

import anyio
from fastapi import APIRouter, FastAPI, Request
from fastapi.responses import JSONResponse

from qa.assistant import Assistant, AssistantError
from qa.check.disagreements import article_with_story
from qa.config import MAX_TOP_K

log = logging.getLogger("factdesk.api")


class ApiError(Exception):
    """A request the API refuses; `str(exc)` is the one-line reason shown to the caller."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


# -- request checks shared by both APIs ---------------------------------------------------------
def _one_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _text(value: Any, name: str) -> str:
    if not isinstance(value, str):
        raise ApiError(f'"{name}" must be a string')
    if not value.strip():
        raise ApiError(f'"{name}" is empty; send the {name} as text')
    return value


def _top_k(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or int(value) != value:
        raise ApiError(f'"top_k" must be a whole number from 1 to {MAX_TOP_K}')
    if not 1 <= int(value) <= MAX_TOP_K:
        raise ApiError(f'"top_k" must be from 1 to {MAX_TOP_K}')
    return int(value)


def _source(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise ApiError('"source" must be an outlet name (a string) or null')
    return value


def _history(value: Any) -> list[dict[str, Any] | str]:
    if value is None:
        return []
    if not isinstance(value, list):
        raise ApiError('"history" must be a list of earlier turns')
    for turn in value:
        if isinstance(turn, str):
            continue
        if not isinstance(turn, dict) or not isinstance(turn.get("question"), str):
            raise ApiError('each "history" turn must be a question string or {"question": ..., "answer": ...}')
    return value


def _call(fn: Callable[[], Any]) -> Any:
    try:
        return fn()
    except ApiError:
        raise
    except (AssistantError, ValueError) as exc:
        raise ApiError(_one_line(exc)) from None


def ask_json(assistant: Assistant, question: Any, history: Any = None, top_k: Any = None,
             source: Any = None, since: Any = None, until: Any = None) -> dict[str, Any]:
    """Answer a question; the contract's answer object.

    Args:
        assistant: the assistant.
        question: the question (non-empty text).
        history: earlier turns, each a question string or {"question", "answer"}, oldest first.
        top_k: passages to cite, 1 to MAX_TOP_K (None: the configured default).
        source: restrict to this outlet (None or "": all outlets).
        since: only articles dated on or after this ISO date, YYYY-MM-DD (None or "": no bound).
        until: only articles dated on or before this ISO date (the whole day counts).

    Returns:
        `Answer.to_json()`.

    Raises:
        ApiError: bad input (status 400).
    """
    question = _text(question, "question")
    turns, k, outlet = _history(history), _top_k(top_k), _source(source)
    return _call(lambda: assistant.ask(question, history=turns, top_k=k, source=outlet, since=since,
                                       until=until).to_json())


def check_json(assistant: Assistant, claim: Any, top_k: Any = None, source: Any = None, since: Any = None,
               until: Any = None) -> dict[str, Any]:
    """Fact-check a claim (non-empty text); `Verdict.to_json()`. Other arguments and errors as `ask_json`."""
    claim = _text(claim, "claim")
    k, outlet = _top_k(top_k), _source(source)
    return _call(lambda: assistant.check(claim, top_k=k, source=outlet, since=since, until=until).to_json())


def articles_json(assistant: Assistant, since: Any = None, until: Any = None) -> list[dict[str, Any]]:
    """The indexed articles as the contract's article records (text included), newest first.

    Args:
        assistant: the assistant.
        since: only articles dated on or after this ISO date, YYYY-MM-DD (None or "": no bound).
        until: only articles dated on or before this ISO date (the whole day counts).

    Returns:
        Article records, newest first, undated last.

    Raises:
        ApiError: a bound that is not an ISO date (status 400).
    """
    def records() -> list[dict[str, Any]]:
        articles = assistant.articles(since=since, until=until)
        stories = assistant.stories(articles)
        return [article_with_story(a, stories) for a in articles]

    return _call(records)


def article_json(assistant: Assistant, article_id: Any) -> dict[str, Any]:
    """One article record by id (a unique prefix works too).

    Args:
        assistant: the assistant.
        article_id: the id.

    Returns:
        The article record.

    Raises:
        ApiError: not a valid id (400) or no such article (404).
    """
    article_id = _text(article_id, "article_id")
    try:
        article = assistant.article(article_id)
    except AssistantError as exc:
        raise ApiError(_one_line(exc), status=404) from None
    return _call(lambda: article_with_story(article, assistant.stories([article])))


def story_json(assistant: Assistant, story_id: Any) -> dict[str, Any]:
    """One story's reports side by side: headline, reports (with the differing spans), differences, disputes.

    Args:
        assistant: the assistant.
        story_id: a story id or the id of one of its articles (a unique prefix works too).

    Returns:
        The story comparison (`StoryComparison.to_json`).

    Raises:
        ApiError: not a valid id (400) or no such story (404).
    """
    story_id = _text(story_id, "story_id")
    try:
        return assistant.story(story_id).to_json()
    except AssistantError as exc:
        raise ApiError(_one_line(exc), status=404) from None


# -- HTTP ----------------------------------------------------------------------------------------
class Gate:
    """Runs blocking calls in worker threads, `concurrency` at once, with at most `queue` waiting.

    A call that would make the waiting line longer than `queue` is refused at once with a
    503 "busy" error instead of waiting without bound.
    """

    def __init__(self, concurrency: int, queue: int):
        self.concurrency, self.queue = concurrency, queue
        self._limiter: anyio.CapacityLimiter | None = None
        self._pending = 0
        self._lock = threading.Lock()

    async def run(self, fn: Callable[[], Any]) -> Any:
        """Run `fn` in a worker thread once a slot is free.

        Args:
            fn: the blocking call.

        Returns:
            What `fn` returned.

        Raises:
            ApiError: 503 when `concurrency + queue` calls are already running or waiting.
        """
        if self._limiter is None:  # created inside the server's event loop
            self._limiter = anyio.CapacityLimiter(self.concurrency)
        with self._lock:
            if self._pending >= self.concurrency + self.queue:
                raise ApiError(f"factdesk is busy ({self._pending} requests running or waiting); "
                               "try again in a few seconds", status=503)
            self._pending += 1
        try:
            return await anyio.to_thread.run_sync(fn, limiter=self._limiter)
        finally:
            with self._lock:
                self._pending -= 1


def _error(message: str, status: int) -> JSONResponse:
    headers = {"WWW-Authenticate": 'Basic realm="factdesk"'} if status == 401 else None
    if status == 503:
        headers = {"Retry-After": "5"}
    return JSONResponse({"error": message}, status_code=status, headers=headers)


def _authorized(request: Request, auth: tuple[str, str] | None) -> bool:
    if auth is None:
        return True
    header = request.headers.get("authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "basic" or not value:
        return False
    try:
        user, sep, password = base64.b64decode(value.strip(), validate=True).decode("utf-8").partition(":")
    except (binascii.Error, UnicodeDecodeError):
        return False
    ok_user = secrets.compare_digest(user.encode(), auth[0].encode())
    ok_password = secrets.compare_digest(password.encode(), auth[1].encode())
    return bool(sep) and ok_user and ok_password


async def _body(request: Request) -> dict[str, Any]:
    raw = await request.body()
    try:
        data = json.loads(raw.decode("utf-8")) if raw.strip() else None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ApiError(f"the request body is not valid JSON ({_one_line(exc)})") from None
    if not isinstance(data, dict):
        raise ApiError("send a JSON object, e.g. {\"question\": \"...\"}")
    return data


def router(assistant: Assistant) -> APIRouter:
    """The /api routes over `assistant` (login and limits from `assistant.config`).

    Args:
        assistant: the loaded assistant, shared by every request.

    Returns:
        A FastAPI router to include in an app.
    """
    config = assistant.config
    auth = config.auth
    gate = Gate(config.serve_concurrency, config.serve_queue)
    api = APIRouter(prefix="/api")

    async def handle(request: Request, work: Callable[[dict[str, Any]], Any], needs_body: bool) -> JSONResponse:
        if not _authorized(request, auth):
            return _error("log in: send HTTP Basic credentials (FACTDESK_USER / FACTDESK_PASSWORD)", 401)
        try:
            data = await _body(request) if needs_body else {}
            return JSONResponse(await gate.run(lambda: work(data)))
        except ApiError as exc:
            return _error(str(exc), exc.status)
        except Exception as exc:  # noqa: BLE001 - one line to the caller, the traceback to the log
            log.exception("api request failed")
            return _error(f"internal error: {_one_line(exc)}", 500)

    @api.post("/ask")
    async def post_ask(request: Request) -> JSONResponse:
        return await handle(request, lambda d: ask_json(assistant, d.get("question"), d.get("history"),
                                                        d.get("top_k"), d.get("source"), d.get("since"),
                                                        d.get("until")), True)

    @api.post("/check")
    async def post_check(request: Request) -> JSONResponse:
        return await handle(request, lambda d: check_json(assistant, d.get("claim"), d.get("top_k"),
                                                          d.get("source"), d.get("since"), d.get("until")), True)

    @api.get("/articles")
    async def get_articles(request: Request) -> JSONResponse:
        query = request.query_params
        return await handle(request, lambda _: articles_json(assistant, query.get("since"), query.get("until")),
                            False)

    @api.get("/articles/{article_id}")
    async def get_article(request: Request, article_id: str) -> JSONResponse:
        return await handle(request, lambda _: article_json(assistant, article_id), False)

    @api.get("/stories/{story_id}")
    async def get_story(request: Request, story_id: str) -> JSONResponse:
        return await handle(request, lambda _: story_json(assistant, story_id), False)

    @api.api_route("/{rest:path}", methods=["GET", "POST", "PUT", "DELETE", "PATCH"])
    async def unknown(request: Request, rest: str) -> JSONResponse:
        if not _authorized(request, auth):
            return _error("log in: send HTTP Basic credentials (FACTDESK_USER / FACTDESK_PASSWORD)", 401)
        return _error(f"no such endpoint: {request.method} /api/{rest}; see docs/api.md", 404)

    return api


def create_app(assistant: Assistant) -> FastAPI:
    """A FastAPI app holding the /api routes; `ui.app.serve` mounts the Gradio UI on it at "/".

    Args:
        assistant: the loaded assistant.

    Returns:
        The app (no OpenAPI docs pages: docs/api.md documents the API).
    """
    app = FastAPI(title="factdesk", docs_url=None, redoc_url=None, openapi_url=None)
    app.include_router(router(assistant))
    return app
