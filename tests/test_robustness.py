"""Bad inputs to `index` and bad queries: a one-line reason each, good inputs still indexed, no traceback."""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import REPO
from qa.ingest.files import IngestError, decode_bytes, ingest

SIZE_LIMIT = 10_000_000  # the tests' FACTDESK_MAX_FILE_BYTES: the 50 MB file is over it

GOOD_TEXT = ("Harbour council approves new ferry line\n"
             "The harbour council of Vessby approved a new ferry line on Monday. The line will carry 900 "
             "passengers a day between the two islands. Construction of the pier starts in March, the "
             "council's transport office said.")
LATIN1_TEXT = ("Zürich café owners protest new rules\n"
               "Café owners in Zürich said on Tuesday that the new opening-hour rules cost them 1200 francs "
               "a month. The city's économie office will review the rules in the spring.")
UTF16_TEXT = ("Hydro plant in Tromsø reaches full power\n"
              "The hydro plant near Tromsø reached its full output of 310 megawatts on Friday, the "
              "operator Nordkraft said. Engineers had spent “two long winters” on the turbines.")
PDF_LINES = ["Observatory records brightest comet of the decade",
             "The mountain observatory at Kessel recorded the brightest comet of the decade on Sunday.",
             "Astronomers said the comet will stay visible to the naked eye for eleven nights."]
FEED = [
    json.dumps({"title": "Orchard harvest breaks record", "source": "Valley Courier", "date": "2025-09-02",
                "text": "The orchards of the Lund valley harvested 4,100 tonnes of apples this year, a record."}),
    '{"title": "Broken line", "text": "this line is not valid JSON',
    json.dumps({"title": "A record without text", "source": "Valley Courier"}),
    json.dumps({"title": "Rail tunnel opens early", "text": "The new rail tunnel under the Sorn pass opened two "
                "weeks early on Thursday, cutting the trip to 35 minutes."}),
]

# Every bad input, and the one-line reason the user is shown for it (a regex).
BAD = {
    "missing.txt": r"^no such file or folder$",
    "empty.txt": r"^empty file$",
    "blob.txt": r"^binary file \(contains NUL bytes\), not text$",
    "huge.txt": r"^file is 52\.4 MB, over the 10 MB limit$",
    "feed.jsonl:2": r"^not valid JSON$",
    "feed.jsonl:3": r'^no "text" field$',
    "notext.jsonl": r'^no line with a "text" field \(3 bad lines; line 1: no "text" field\)$',
    "scan.pdf": r"^no text layer \(scanned PDF\?\)$",
    "corrupt.pdf": r"^corrupt or unreadable PDF",
    "scripts.html": r"^no readable text in the HTML",
    "loop.txt": r"^broken or looping symbolic link$",
    "dangling.txt": r"^broken or looping symbolic link$",
    "sheet.xlsx": r"^not a text, Markdown, HTML, JSONL or PDF file$",
}
GOOD_TITLES = {"Harbour council approves new ferry line", "Zürich café owners protest new rules",
               "Hydro plant in Tromsø reaches full power", "Orchard harvest breaks record", "Rail tunnel opens early"}


def _text_pdf(path: Path, lines: list[str]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig = plt.figure(figsize=(8.5, 11))
    for n, line in enumerate(lines):
        fig.text(0.05, 0.9 - 0.04 * n, line, fontsize=10)
    fig.savefig(path)
    plt.close(fig)


def _image_pdf(path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import numpy as np

    fig = plt.figure()
    plt.imshow(np.random.default_rng(0).random((16, 16)))
    plt.axis("off")
    fig.savefig(path)
    plt.close(fig)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    """A folder with one of every bad input next to good ones."""
    root = tmp_path_factory.mktemp("inputs")
    (root / "good.txt").write_text(GOOD_TEXT, encoding="utf-8")
    (root / "latin1.txt").write_bytes(LATIN1_TEXT.encode("latin-1"))
    (root / "utf16.txt").write_bytes(UTF16_TEXT.encode("utf-16"))  # with a BOM
    assert (root / "utf16.txt").read_bytes()[:2] in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    (root / "empty.txt").write_bytes(b"")
    (root / "blob.txt").write_bytes(os.urandom(1000) + b"\x00" + bytes(range(256)) * 40)
    with open(root / "huge.txt", "w", encoding="utf-8") as fh:  # 52,428,800 bytes of real sentences
        block = ("The river rose by two metres overnight. " * 1639 + "Flood.\n")[:65536]
        for _ in range(50 * 16):
            fh.write(block)
    assert (root / "huge.txt").stat().st_size == 50 * 1024 * 1024
    (root / "feed.jsonl").write_text("\n".join(FEED) + "\n", encoding="utf-8")
    (root / "notext.jsonl").write_text('{"title": "no text"}\n{"text": "   "}\n[1, 2]\n', encoding="utf-8")
    _text_pdf(root / "comet.pdf", PDF_LINES)
    _image_pdf(root / "scan.pdf")
    (root / "corrupt.pdf").write_bytes(b"%PDF-1.7\n" + os.urandom(3000))
    (root / "scripts.html").write_text(
        "<html><head><script>var a = 'Breaking: all of this is script';</script></head><body>"
        "<script>document.write('<p>Injected paragraph</p>')</script><style>p{color:red}</style>"
        "<noscript>Enable JavaScript</noscript></body></html>", encoding="utf-8")
    (root / "loop.txt").symlink_to(root / "loop.txt")
    (root / "dangling.txt").symlink_to(root / "deleted-long-ago.txt")
    (root / "again").symlink_to(root, target_is_directory=True)  # a folder loop: never followed
    (root / "sheet.xlsx").write_bytes(b"PK\x03\x04" + os.urandom(200))
    return root


def _reasons(skipped) -> dict[str, str]:
    """{file name (plus :line for JSONL lines): reason}."""
    return {Path(str(path)).name: reason for path, reason in skipped}


def _check_reasons(reasons: dict[str, str]) -> None:
    import re

    for name, pattern in BAD.items():
        assert name in reasons, f"{name} was not reported as skipped: {reasons}"
        assert re.search(pattern, reasons[name]), f"{name}: {reasons[name]!r} does not match {pattern!r}"
        assert "\n" not in reasons[name] and "Traceback" not in reasons[name]
    assert set(reasons) == set(BAD), f"unexpected skips: {set(reasons) - set(BAD)}"


def _env(home: Path, **extra: str) -> dict[str, str]:
    return dict(os.environ, FACTDESK_HOME=str(home), PYTHONPATH=str(REPO),
                FACTDESK_MAX_FILE_BYTES=str(SIZE_LIMIT), **extra)


def _cli(*args: str, home: Path, cwd: Path, timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "qa", *args], capture_output=True, text=True,
                          env=_env(home), cwd=cwd, timeout=timeout)


# -- ingestion, through the Python API ---------------------------------------------------------

def test_ingest_reports_every_bad_input_and_keeps_the_good_ones(inputs):
    result = ingest([inputs, inputs / "missing.txt"], max_file_bytes=SIZE_LIMIT)
    _check_reasons(_reasons(result.skipped))
    articles = [a for f in result.files for a in f.articles]
    titles = {a.title for a in articles}
    assert GOOD_TITLES <= titles
    assert any("brightest comet of the decade" in a.text for a in articles)
    by_title = {a.title: a for a in articles}
    assert "1200 francs" in by_title["Zürich café owners protest new rules"].text
    assert "“two long winters”" in by_title["Hydro plant in Tromsø reaches full power"].text


@pytest.mark.slow
def test_assistant_index_api_skips_bad_inputs(inputs, encoder, tmp_path):
    from qa import Assistant, Config

    assistant = Assistant(tmp_path / "index", Config.from_env(max_file_bytes=SIZE_LIMIT), build_default=False)
    report = assistant.index([inputs, inputs / "missing.txt"])
    _check_reasons(_reasons(report.skipped))
    assert report.added == report.articles == 6
    titles = {a.title for a in assistant.articles()}
    assert GOOD_TITLES <= titles and len(titles) == 6
    nothing = Assistant(tmp_path / "other", Config.from_env(max_file_bytes=SIZE_LIMIT), build_default=False)
    report = nothing.index([inputs / "empty.txt", inputs / "loop.txt"])
    assert report.articles == 0 and len(report.skipped) == 2
    assert not (tmp_path / "other" / "manifest.json").exists()  # nothing indexed: no empty index written


# -- ingestion, through the command line --------------------------------------------------------

@pytest.mark.slow
def test_cli_index_skips_bad_inputs_with_one_line_each(inputs, factdesk_home, tmp_path):
    index = tmp_path / "index"
    proc = _cli("index", str(inputs), str(inputs / "missing.txt"), "--index", str(index),
                home=factdesk_home, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert all(line.startswith("skipped ") for line in lines), lines
    reasons = {}
    for line in lines:
        path, reason = line[len("skipped "):].split(": ", 1)
        reasons[Path(path).name] = reason
    _check_reasons(reasons)
    assert "6 articles" in proc.stdout and f"{len(BAD)} skipped" in proc.stdout

    from qa.index.library import Library

    library = Library.load(index)
    assert GOOD_TITLES <= {a.title for a in library.articles.values()}
    assert len(library.articles) == 6


@pytest.mark.slow
def test_cli_index_of_only_bad_inputs_exits_1(inputs, factdesk_home, tmp_path):
    index = tmp_path / "index"
    bad = [inputs / name for name in ("empty.txt", "blob.txt", "huge.txt", "notext.jsonl", "scan.pdf",
                                      "corrupt.pdf", "scripts.html", "loop.txt", "dangling.txt", "sheet.xlsx")]
    proc = _cli("index", *map(str, bad), str(inputs / "missing.txt"), "--index", str(index), "--json",
                home=factdesk_home, cwd=tmp_path)
    assert proc.returncode == 1
    assert proc.stderr.strip() == "factdesk: nothing was indexed (every input was skipped)"
    report = json.loads(proc.stdout)
    assert report["articles"] == 0 and len(report["skipped"]) == len(bad) + 1
    assert all(set(s) == {"path", "reason"} and s["reason"] and "\n" not in s["reason"] for s in report["skipped"])
    assert not (index / "manifest.json").exists()


def test_jsonl_lines_in_other_encodings_and_odd_lines(tmp_path):
    good = {"title": "Dam repairs finish", "text": "Repairs on the Åsen dam finished on Monday,\u2028two weeks early."}
    lines = [json.dumps(good, ensure_ascii=False), json.dumps({"text": "\u200b\u200e  "}), "[1, 2]", ""]
    for encoding in ("utf-16", "utf-8-sig", "cp1252"):
        path = tmp_path / f"feed-{encoding}.jsonl"
        body = "\r\n".join(lines)
        path.write_bytes((body if encoding != "cp1252" else body.replace("\u2028", " ")).encode(encoding))
        result = ingest([path], max_file_bytes=SIZE_LIMIT)
        [article] = result.files[0].articles
        assert article.title == "Dam repairs finish" and "Åsen dam" in article.text
        assert _reasons(result.skipped) == {f"{path.name}:2": 'empty "text" field', f"{path.name}:3": 'no "text" field'}


def test_many_bad_jsonl_lines_are_summarised(tmp_path):
    path = tmp_path / "noisy.jsonl"
    path.write_text("\n".join(["{broken"] * 500 + [json.dumps({"text": "The one good line about the ferry."})]))
    result = ingest([path], max_file_bytes=SIZE_LIMIT)
    assert len(result.files[0].articles) == 1
    assert len(result.skipped) == 11 and list(_reasons(result.skipped[-1:]).items()) == [(path.name, "490 more bad lines skipped")]


# -- large inputs ---------------------------------------------------------------------------------

@pytest.mark.slow
def test_jsonl_of_many_short_articles_streams(tmp_path):
    import tracemalloc

    path = tmp_path / "wire.jsonl"
    with open(path, "w", encoding="utf-8") as fh:
        n = 0
        while fh.tell() < 5_000_000:
            fh.write(json.dumps({"title": f"Wire report {n}", "source": "Wire",
                                 "text": f"Report {n}: the county council met on day {n} and approved "
                                         f"{n % 97} new permits for the harbour district. " * 3}) + "\n")
            n += 1
    size = path.stat().st_size
    tracemalloc.start()
    try:
        result = ingest([path], max_file_bytes=SIZE_LIMIT)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert not result.skipped
    assert len(result.files[0].articles) == n
    # The articles themselves take about the file's size; the raw file is never held beside them.
    assert peak < 8 * size, f"peak {peak / 1e6:.0f} MB for a {size / 1e6:.0f} MB file"


# -- bad queries ----------------------------------------------------------------------------------

LONG_QUERY = " ".join(f"word{i} drones Sumy" for i in range(9000))  # about 150 KB
QUERIES = {
    "control characters": "How many\x00 drones\x1b[31m did Russia\x07 launch\u200b overnight?\r\n",
    "100 KB": LONG_QUERY[:100_000],
    "French": "Combien de drones la Russie a-t-elle lancés pendant la nuit ?",
    "Japanese": "ロシアは一晩で何機のドローンを発射しましたか？",
    "Arabic": "كم عدد الطائرات المسيرة التي أطلقتها روسيا؟",
    "emoji only": "🚀🚀🚀 ???",
}


@pytest.mark.slow
@pytest.mark.parametrize("query", ["", "   \n\t  ", "\x00\x01\x7f"], ids=["empty", "whitespace", "only controls"])
def test_empty_queries_are_a_clear_message(seeds_assistant, query):
    from qa import AssistantError

    for call in (seeds_assistant.ask, seeds_assistant.check, seeds_assistant.retrieve):
        with pytest.raises(AssistantError, match="empty"):
            call(query)


@pytest.mark.slow
@pytest.mark.parametrize("name", list(QUERIES))
def test_odd_queries_get_a_best_effort_answer(seeds_assistant, name):
    query = QUERIES[name]
    answer = seeds_assistant.ask(query)
    assert answer.answer.strip()
    assert len(answer.question) <= seeds_assistant.config.max_query_chars
    assert not any(ord(ch) < 32 for ch in answer.question)
    for citation in answer.citations:
        assert citation.quote == seeds_assistant.article(citation.article.id).text[citation.start:citation.end]
    verdict = seeds_assistant.check(query)
    assert verdict.verdict in ("supported", "contradicted", "not_found")


@pytest.mark.slow
def test_cli_batch_with_bad_questions_answers_the_rest(seeds_assistant, factdesk_home, tmp_path):
    questions = tmp_path / "q.jsonl"
    items = ["", "   ", QUERIES["control characters"], QUERIES["100 KB"], QUERIES["French"]]
    questions.write_text("\n".join(json.dumps({"question": q}) for q in items) + "\n", encoding="utf-8")
    proc = _cli("ask", "--questions", str(questions), "--index", str(seeds_assistant.index_dir), "--json",
                home=factdesk_home, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(out) == len(items)
    assert [("error" in o) for o in out] == [True, True, False, False, False]
    assert all("empty" in o["error"] for o in out[:2])
    assert all(o["answer"] and "citations" in o for o in out[2:])
    assert proc.stderr.splitlines() == [f"factdesk: line {n}: {out[n - 1]['error']}" for n in (1, 2)]


# -- property tests: random Unicode ---------------------------------------------------------------

# Text a person could save: no control characters (those mark binary files) and no surrogates.
TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=400)


@given(text=TEXT, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"]))
@settings(max_examples=200, deadline=None)
def test_decode_bytes_round_trips(text, encoding):
    if encoding == "utf-8" and text.startswith("\ufeff"):
        text = text[1:]  # a leading U+FEFF in UTF-8 *is* the BOM
    if encoding in ("utf-16-le", "utf-16-be"):
        # Without a BOM, UTF-16 is only recognisable from its NUL bytes, i.e. mostly Latin text.
        text = "Plain Latin words come first here. " * 4 + text[:40]
    data = text.encode(encoding)
    try:
        decoded = decode_bytes(data)
    except IngestError as exc:
        # Only BOM-less UTF-16 of mostly non-Latin text may be refused, and then as binary.
        assert encoding in ("utf-16-le", "utf-16-be") and "binary" in str(exc)
        return
    assert decoded == text


@given(text=TEXT, as_jsonl=st.booleans())
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_ingesting_random_text_never_crashes_and_offsets_stay_exact(text, as_jsonl):
    from qa.index.chunking import Chunker

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / ("feed.jsonl" if as_jsonl else "random.txt")
        if as_jsonl:
            path.write_text(json.dumps({"text": text}) + "\n", encoding="utf-8")
        else:
            path.write_text(text, encoding="utf-8", newline="")
        result = ingest([path], max_file_bytes=SIZE_LIMIT)
    assert len(result.files) + len(result.skipped) >= 1
    for _, reason in result.skipped:
        assert reason and "\n" not in reason
    chunker = Chunker(10, 40)
    for source in result.files:
        for article in source.articles:
            assert article.text.strip()
            chunks = chunker.split(article)
            assert chunks
            last = 0
            for chunk in chunks:
                assert chunk.text == article.text[chunk.start:chunk.end]
                assert chunk.start >= last
                last = chunk.end
