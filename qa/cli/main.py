"""The `factdesk` command line: argument parsing and printing only; the work is in `Assistant`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, Sequence

EPILOG = """examples:
  factdesk index seeds                      ingest the bundled articles
  factdesk ask "How many drones did Russia launch overnight?"
  factdesk check "Russia launched 600 drones overnight."
  factdesk serve                            open the chat UI on http://127.0.0.1:7860

environment: FACTDESK_HOME (default ~/.cache/factdesk), FACTDESK_MODEL, FACTDESK_TOP_K, ...
every Config field can be set as FACTDESK_<FIELD>."""

SPLITS = ("all", "train", "val", "test")  # qa.cli.evaluate.SPLITS, without importing it to parse

EVAL_EPILOG = """examples:
  factdesk eval ../shared/eval/squad-dev-half.json --json     answer accuracy, citation recall, EM/F1
  factdesk eval questions.jsonl --limit 50                    a JSONL QA file against the index
  factdesk eval --claims tests/data/claims.jsonl              verdicts against the index: accuracy,
                                                              per-verdict precision/recall, confusion
  factdesk eval --claims fool-me-twice/dev.jsonl --split test --json
                                                              Fool Me Twice: each Wikipedia page is an
                                                              article of an in-memory index

claims lines: {"claim": "...", "verdict": "supported" | "contradicted" | "not_found"}
(other keys are ignored). A Fool Me Twice file (text, label SUPPORTS/REFUTES, wikipedia_page,
gold_evidence, retrieved_evidence) is recognised by its first line; --split keeps the claims of
the train (50%), val (20%) or test (30%) pages. --out writes one line per claim: claim, gold,
predicted, explanation, evidence (the first quote), check_ms."""


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for all subcommands."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--index", metavar="DIR", help="index directory (default $FACTDESK_HOME/index)")
    common.add_argument("--json", action="store_true", help="print JSON on stdout")
    common.add_argument("--model", metavar="NAME_OR_PATH", help="sentence-transformers model (default all-MiniLM-L6-v2, packaged)")
    common.add_argument("--store", metavar="URI",
                        help="where the index lives: faiss (default, in --index DIR), milvus (a Milvus Lite file "
                             "in DIR), milvus:FILE.db, or http://HOST:19530 for a Milvus server "
                             "(pip install \"factdesk[milvus]\")")
    common.add_argument("--fp32", action="store_true",
                        help="embed with the fp32 PyTorch encoder instead of the default int8 ONNX one "
                             "(same vector space, ~2x slower)")

    parser = argparse.ArgumentParser(prog="factdesk", description="Cited answers and fact checks over news articles, offline.",
                                     epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("index", parents=[common], help="ingest files or folders into the index (incremental)")
    p.add_argument("paths", nargs="+", metavar="PATH", help=".txt .md .html .htm .jsonl .pdf files or folders")
    p.add_argument("--rebuild", action="store_true", help="start a fresh index instead of adding to the current one")
    p.add_argument("--captured-at", metavar="ISO",
                   help="when the pages were captured (e.g. 2025-11-03 or 2025-11-03T14:00Z): relative dates such as "
                        "'21 hours ago' count back from it (default: a date in the page, else the file's time)")
    p.add_argument("--ray", nargs="?", const="local", metavar="ADDRESS",
                   help="read and embed on Ray Data: alone, Ray starts on this machine; or a cluster address "
                        "such as ray://HOST:10001 (pip install \"factdesk[ray]\")")

    p = sub.add_parser("ask", parents=[common], help="answer a question with citations")
    p.add_argument("question", nargs="?", help="the question")
    p.add_argument("--questions", metavar="FILE.jsonl", help='answer many: one {"question": ...} per line')
    p.add_argument("--history", metavar="FILE.jsonl", help='earlier turns, one {"question": ..., "answer": ...} per line')
    p.add_argument("--top-k", type=int, help="passages to cite (default 5)")
    p.add_argument("--source", help="only use articles from this outlet")
    _date_range(p)

    p = sub.add_parser("check", parents=[common], help="fact-check a claim: supported, contradicted or not_found")
    p.add_argument("claim", nargs="?", help="the claim")
    p.add_argument("--claims", metavar="FILE.jsonl", help='check many: one {"claim": ...} per line')
    p.add_argument("--top-k", type=int, help="evidence passages to consider (default 5)")
    p.add_argument("--source", help="only use articles from this outlet")
    _date_range(p)

    _date_range(sub.add_parser("articles", parents=[common], help="list the indexed articles, newest first"))
    p = sub.add_parser("story", parents=[common],
                       help="one story's reports side by side, with where they differ marked «like this»")
    p.add_argument("story_id", metavar="ID", help="a story id or the id of one of its articles (a unique prefix works)")
    p = sub.add_parser("show", parents=[common], help="one article: metadata and cleaned text")
    p.add_argument("article_id", metavar="ARTICLE_ID")

    p = sub.add_parser("eval", parents=[common],
                       help="evaluate answers (SQuAD JSON, JSONL QA) or fact checks (--claims)",
                       description="Evaluate answers on a QA file (FILE), or fact-check verdicts on a claims\n"
                                   "file (--claims); give exactly one.",
                       epilog=EVAL_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("file", metavar="FILE", nargs="?",
                   help='a SQuAD 1.1/2.0 JSON file, or JSONL {"question", "answers": [...], "article"} lines')
    p.add_argument("--claims", metavar="FILE.jsonl",
                   help='evaluate fact checks instead: {"claim", "verdict": supported|contradicted|not_found} lines '
                        "checked against the index, or a Fool Me Twice file (checked against its own pages)")
    p.add_argument("--split", choices=SPLITS, default="all",
                   help="--claims with a Fool Me Twice file: only the claims of these pages "
                        "(by page: 50%% train, 20%% val, 30%% test; default all)")
    p.add_argument("--limit", type=int, help="only the first N questions or claims")
    p.add_argument("--sample", type=int, help="a seeded random sample of N questions or claims")
    p.add_argument("--out", metavar="FILE.jsonl",
                   help="write every answer (or verdict) with its gold strings (or gold verdict) here")
    p.add_argument("--titles", metavar="T1,T2", help="SQuAD: only ask the questions of these articles (e.g. a validation split)")
    p.add_argument("--off-topic", action="store_true",
                   help="SQuAD: leave the asked questions' articles out of the index (every answer should abstain)")

    p = sub.add_parser("serve", parents=[common], help="start the chat UI")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=7860, help="port (default 7860)")
    return parser


def _date_range(p: argparse.ArgumentParser) -> None:
    p.add_argument("--since", metavar="YYYY-MM-DD", help="only articles dated on or after this day")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="only articles dated on or before this day")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit status (0 ok, 1 could not do the job)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not args.command:
        parser.print_help()
        return 1
    try:
        return _run(args)
    except KeyboardInterrupt:
        print("factdesk: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # noqa: BLE001 - the contract: one plain line, never a traceback
        if _debug():
            raise
        print(f"factdesk: {describe(exc)}", file=sys.stderr)
        return 1


# How to fix what a lower layer reports (its `remedy`), said as commands of this CLI.
REMEDIES = {
    "rebuild": "rebuild it with: factdesk index PATH --index {root} --rebuild",
    "create": "create one with: factdesk index PATH --index {root}",
    "index": "index your own files with: factdesk index PATH",
    "list": "list them with: factdesk articles",
}


def describe(exc: BaseException) -> str:
    """One line for an error: its message, then the command that fixes it when it names one."""
    message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    remedy = REMEDIES.get(getattr(exc, "remedy", None) or "")
    if remedy:
        message += "; " + remedy.format(root=getattr(exc, "root", None) or "DIR")
    return message


def _debug() -> bool:
    """Whether FACTDESK_DEBUG asks for tracebacks (False when the settings themselves are bad)."""
    from qa.config import Config

    try:
        return Config.from_env().debug
    except Exception:  # noqa: BLE001 - a bad setting is reported as the one-line error it caused
        return False


def _assistant(args: argparse.Namespace, **overrides: Any):
    from qa.assistant import Assistant
    from qa.config import Config

    config = Config.from_env(model=args.model, encoder_backend="torch" if args.fp32 else None, store=args.store,
                             **overrides)
    return Assistant(args.index, config)


def _emit(args: argparse.Namespace, data: Any, text: str) -> None:
    if args.json:
        print(json.dumps(data, ensure_ascii=False))
    else:
        print(text)


def _read_jsonl(path: str, field: str) -> list[dict]:
    from qa.ingest.files import read_jsonl_objects

    return read_jsonl_objects(Path(path), field)


def _batch(args: argparse.Namespace, path: str, field: str, run: Any, show: Any) -> int:
    """Answer every line of a JSONL request file; a bad line gets an error and the batch goes on.

    A line that is not JSON, not an object, lacks a non-empty `field` string, or that the
    assistant rejects yields one line on stderr and, with --json, `{"line": N, "error": ...}`
    on stdout in its place. Blank lines are skipped.

    Args:
        args: the parsed command line.
        path: the JSONL file.
        field: the request field ("question" or "claim").
        run: answers one request string.
        show: renders one result as text.

    Returns:
        0 when at least one line was answered, else 1.
    """
    from qa.assistant import AssistantError
    from qa.cli import render
    from qa.ingest.files import read_jsonl_lines

    answered = 0
    for number, item, error in read_jsonl_lines(Path(path), field):
        if error is None and not item[field].strip():
            error = f"the {field} is empty"
        if error is None:
            try:
                result = run(item[field])
            except AssistantError as exc:
                error = describe(exc)
        if error is not None:
            print(render.batch_error(number, error), file=sys.stderr, flush=True)
            if args.json:
                failure = {"line": number, "error": error}
                if item is not None:
                    failure[field] = item[field]
                print(json.dumps(failure, ensure_ascii=False), flush=True)
            continue
        answered += 1
        print(json.dumps(result.to_json(), ensure_ascii=False) if args.json else show(result), flush=True)
    if not answered:
        print(f"factdesk: no line of {path} could be answered", file=sys.stderr)
        return 1
    return 0


def _run(args: argparse.Namespace) -> int:
    from qa.cli import render

    cmd = args.command
    if cmd == "index":
        assistant = _assistant(args)
        report = assistant.index(args.paths, rebuild=args.rebuild, show_progress=sys.stderr.isatty(), ray=args.ray,
                                 captured_at=args.captured_at)
        _emit(args, report.to_json(), render.index_report(report))
        for path, reason in report.skipped:
            if not args.json:
                print(f"skipped {path}: {reason}", file=sys.stderr)
        if not report.articles and not report.unchanged:
            print("factdesk: nothing was indexed (every input was skipped)", file=sys.stderr)
            return 1
        return 0
    if cmd == "ask":
        assistant = _assistant(args, top_k=args.top_k)
        history = _read_jsonl(args.history, "question") if args.history else []
        if args.questions:
            return _batch(args, args.questions, "question",
                          lambda q: assistant.ask(q, history=history, source=args.source, since=args.since,
                                                  until=args.until), render.answer)
        if args.question is None:
            raise ValueError('give a question, e.g. factdesk ask "Who leads the delegation?", or --questions FILE.jsonl')
        answer = assistant.ask(args.question, history=history, source=args.source, since=args.since,
                               until=args.until)
        _emit(args, answer.to_json(), render.answer(answer))
        return 0
    if cmd == "check":
        assistant = _assistant(args, top_k=args.top_k)
        if args.claims:
            return _batch(args, args.claims, "claim",
                          lambda c: assistant.check(c, source=args.source, since=args.since, until=args.until),
                          render.verdict)
        if args.claim is None:
            raise ValueError('give a claim, e.g. factdesk check "Russia launched 600 drones.", or --claims FILE.jsonl')
        verdict = assistant.check(args.claim, source=args.source, since=args.since, until=args.until)
        _emit(args, verdict.to_json(), render.verdict(verdict))
        return 0
    if cmd == "articles":
        from qa.check.disagreements import article_with_story

        assistant = _assistant(args)
        articles = assistant.articles(since=args.since, until=args.until)
        stories = assistant.stories(articles)
        _emit(args, [article_with_story(a, stories) for a in articles], render.article_list(articles, stories))
        return 0
    if cmd == "show":
        from qa.check.disagreements import article_with_story

        assistant = _assistant(args)
        article = assistant.article(args.article_id)
        stories = assistant.stories([article])
        story = stories.get(article.story_id or article.id)
        _emit(args, article_with_story(article, stories), render.article(article, story))
        return 0
    if cmd == "story":
        story = _assistant(args).story(args.story_id)
        _emit(args, story.to_json(), render.story(story))
        return 0
    if cmd == "eval":
        from qa.cli.evaluate import evaluate, evaluate_claims

        if (args.file is None) == (args.claims is None):
            raise ValueError("give one evaluation file: factdesk eval FILE (questions) or factdesk eval --claims "
                             "FILE.jsonl (fact checks)")
        if args.claims and (args.titles or args.off_topic):
            raise ValueError("--titles and --off-topic need a SQuAD JSON file, not --claims")
        if args.file and args.split != "all":
            raise ValueError("--split needs --claims with a Fool Me Twice file")
        assistant = _assistant(args)
        if args.claims:
            metrics = evaluate_claims(assistant, Path(args.claims), limit=args.limit, sample=args.sample,
                                      out=Path(args.out) if args.out else None, show_progress=sys.stderr.isatty(),
                                      split=args.split)
            _emit(args, metrics, render.claim_metrics(metrics))
            return 0
        titles = frozenset(t.strip() for t in args.titles.split(",") if t.strip()) if args.titles else None
        metrics = evaluate(assistant, Path(args.file), limit=args.limit, sample=args.sample,
                           out=Path(args.out) if args.out else None, show_progress=sys.stderr.isatty(),
                           titles=titles, off_topic=args.off_topic)
        _emit(args, metrics, render.metrics(metrics))
        return 0
    if cmd == "serve":
        from ui.app import serve

        serve(_assistant(args), host=args.host, port=args.port)
        return 0
    raise ValueError(f"unknown command {cmd}")
