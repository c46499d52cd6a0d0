"""The command line contract: JSON shapes, exit codes, one-line errors."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest

from conftest import REPO, SEEDS

pytestmark = pytest.mark.slow

DRONES = "How many drones did Russia launch overnight?"


def run(*args, home, check=True, input_text=None):
    env = dict(os.environ, FACTDESK_HOME=str(home), PYTHONPATH=str(REPO))
    proc = subprocess.run([sys.executable, "-m", "qa", *args], capture_output=True, text=True, env=env,
                          cwd=REPO, timeout=600, input=input_text)
    if check:
        assert proc.returncode == 0, proc.stderr
    return proc


@pytest.fixture(scope="module")
def cli_index(tmp_path_factory, factdesk_home):
    index = tmp_path_factory.mktemp("cli") / "index"
    proc = run("index", str(SEEDS), "--index", str(index), "--json", home=factdesk_home)
    return index, json.loads(proc.stdout)


def test_index_json_shape(cli_index, factdesk_home):
    index, report = cli_index
    assert set(report) >= {"files", "articles", "stories", "chunks", "added", "unchanged", "skipped"}
    assert report["files"] == 3 and report["added"] == report["articles"] > 0
    again = json.loads(run("index", str(SEEDS), "--index", str(index), "--json", home=factdesk_home).stdout)
    assert again["added"] == 0 and again["embedded"] == 0


def test_ask_json_quotes_match_show(cli_index, factdesk_home):
    index, _ = cli_index
    answer = json.loads(run("ask", "How many drones did Russia launch overnight?", "--index", str(index), "--json",
                            home=factdesk_home).stdout)
    assert set(answer) >= {"question", "answer", "short_answer", "abstained", "citations", "timings_ms"}
    assert any("426" in c["quote"] for c in answer["citations"])
    for citation in answer["citations"]:
        shown = json.loads(run("show", citation["article_id"], "--index", str(index), "--json", home=factdesk_home).stdout)
        assert citation["quote"] == shown["text"][citation["start"]:citation["end"]]
        assert set(citation) >= {"n", "article_id", "title", "source", "date", "path", "quote", "start", "end",
                                 "score", "also_reported_by"}


def test_batch_questions(cli_index, factdesk_home, tmp_path):
    index, _ = cli_index
    questions = tmp_path / "q.jsonl"
    questions.write_text('{"question": "Where did the glide bombs fall?"}\n{"question": "Who is the Kremlin spokesman?"}\n')
    lines = run("ask", "--questions", str(questions), "--index", str(index), "--json", home=factdesk_home).stdout.splitlines()
    assert len(lines) == 2 and all(json.loads(line)["citations"] for line in lines)


def test_batch_answers_every_good_line_and_reports_bad_ones(cli_index, factdesk_home, tmp_path):
    index, _ = cli_index
    questions = tmp_path / "mixed.jsonl"
    questions.write_text("\n".join([
        '{"question": "How many drones did Russia launch overnight?"}',
        "{broken",
        "",
        '{"question": "   "}',
        '["not", "an", "object"]',
        '{"text": "no question field"}',
        '{"question": "Who is the Kremlin spokesman?"}',
    ]) + "\n")
    proc = run("ask", "--questions", str(questions), "--index", str(index), "--json", home=factdesk_home)
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    answers = [r for r in rows if "error" not in r]
    errors = [r for r in rows if "error" in r]
    assert [a["question"] for a in answers] == ["How many drones did Russia launch overnight?",
                                                "Who is the Kremlin spokesman?"]
    assert all(a["citations"] for a in answers)
    assert [e["line"] for e in errors] == [2, 4, 5, 6]  # the blank line 3 is skipped silently
    assert "JSON" in errors[0]["error"] and "empty" in errors[1]["error"]


def test_batch_claims_text_mode_reports_bad_lines_on_stderr(cli_index, factdesk_home, tmp_path):
    index, _ = cli_index
    claims = tmp_path / "claims.jsonl"
    claims.write_text('{"claim": "203 drones disappeared from radars."}\n{"claim": 5}\n')
    proc = run("check", "--claims", str(claims), "--index", str(index), home=factdesk_home)
    assert proc.stdout.startswith("SUPPORTED")
    assert "line 2" in proc.stderr and "Traceback" not in proc.stderr


def test_batch_with_no_usable_line_exits_1(cli_index, factdesk_home, tmp_path):
    index, _ = cli_index
    questions = tmp_path / "bad.jsonl"
    questions.write_text('{broken\n\n{"question": ""}\n')
    proc = run("ask", "--questions", str(questions), "--index", str(index), "--json", home=factdesk_home, check=False)
    assert proc.returncode == 1
    assert [json.loads(line)["line"] for line in proc.stdout.splitlines()] == [1, 3]
    assert "Traceback" not in proc.stderr


def test_articles_and_show(cli_index, factdesk_home):
    index, report = cli_index
    articles = json.loads(run("articles", "--index", str(index), "--json", home=factdesk_home).stdout)
    assert len(articles) == report["articles"]
    for a in articles:
        assert set(a) >= {"id", "title", "source", "date", "date_text", "path", "story_id", "text"}


@pytest.mark.parametrize("args, message", [
    (["show", "nope"], "no article"),
    (["index", "/definitely/missing/path"], "nothing was indexed"),
    (["ask", ""], "empty"),
])
def test_errors_are_one_plain_line(cli_index, factdesk_home, args, message):
    index, _ = cli_index
    proc = run(*args, "--index", str(index), home=factdesk_home, check=False)
    assert proc.returncode == 1
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) <= 2


def test_help_explains_commands(factdesk_home):
    out = run("--help", home=factdesk_home).stdout
    for command in ("index", "ask", "check", "articles", "show", "eval", "serve"):
        assert command in out


@pytest.fixture(scope="module")
def dated_index(tmp_path_factory, factdesk_home):
    """The seeds indexed with a capture time, so that their relative dates are known exactly."""
    index = tmp_path_factory.mktemp("cli-dated") / "index"
    run("index", str(SEEDS), "--index", str(index), "--captured-at", "2025-07-26T12:00Z", "--json", home=factdesk_home)
    return index


def _articles(index, *args, home):
    return json.loads(run("articles", "--index", str(index), "--json", *args, home=home).stdout)


def test_index_captured_at_resolves_the_seeds_dates_newest_first(dated_index, factdesk_home):
    articles = _articles(dated_index, home=factdesk_home)
    assert len(articles) == 9
    for a in articles:
        if a["date_text"]:
            assert a["date_source"] == "relative_to_captured_at_flag" and a["date"].startswith("2025-07-2")
    dates = [a["date"] for a in articles]
    assert dates[0] == "2025-07-26T10:00Z" and dates[-1] is None  # "2 hours ago" first, the undated report last
    assert [d for d in dates if d] == sorted((d for d in dates if d), reverse=True)
    assert {(a["date"], a["date_source"]) for a in articles if not a["date_text"]} == {("2025-07-22", "page"),
                                                                                         (None, None)}


def test_since_and_until_filter_articles_ask_and_check(dated_index, factdesk_home):
    recent = _articles(dated_index, "--since", "2025-07-26", home=factdesk_home)
    assert len(recent) == 3 and all(a["date"] >= "2025-07-26" for a in recent)
    old = _articles(dated_index, "--until", "2025-07-22", home=factdesk_home)
    assert len(old) == 2 and all(a["date"][:10] <= "2025-07-22" for a in old)
    assert len(_articles(dated_index, "--since", "2025-07-25", "--until", "2025-07-25", home=factdesk_home)) == 3
    answer = json.loads(run("ask", DRONES, "--index", str(dated_index), "--until", "2025-07-22", "--json",
                            home=factdesk_home).stdout)
    assert answer["citations"] and all(c["date"][:10] <= "2025-07-22" for c in answer["citations"])
    assert any("426" in c["quote"] for c in answer["citations"])
    later = json.loads(run("ask", DRONES, "--index", str(dated_index), "--since", "2025-07-25", "--json",
                           home=factdesk_home).stdout)
    assert all(c["date"] >= "2025-07-25" for c in later["citations"])
    verdict = json.loads(run("check", "Russia launched 426 drones overnight.", "--index", str(dated_index),
                             "--since", "2025-07-26", "--json", home=factdesk_home).stdout)
    assert all(c["date"] >= "2025-07-26" for c in verdict["evidence"])
    assert not any("426" in c["quote"] for c in verdict["evidence"])


@pytest.mark.parametrize("args", [
    ["articles", "--since", "2025-13-01"],
    ["articles", "--until", "yesterday"],
    ["ask", DRONES, "--since", "03.11.2025"],
    ["check", "Russia launched 426 drones.", "--since", "2025-07-26", "--until", "2025-07-22"],
    ["index", str(SEEDS), "--captured-at", "soon"],
])
def test_bad_dates_are_one_plain_line(dated_index, factdesk_home, args):
    proc = run(*args, "--index", str(dated_index), home=factdesk_home, check=False)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert re.search(r"not a date|after", proc.stderr)


def test_a_question_about_the_latest_says_its_date(dated_index, factdesk_home):
    answer = json.loads(run("ask", "How many drones has Russia launched so far?", "--index", str(dated_index),
                            "--json", home=factdesk_home).stdout)
    first = answer["citations"][0]
    assert answer["as_of"] == first["date"]
    day = first["date"][:10]
    assert answer["answer"].startswith(f"As of {day} ({first['source']}): ")


# -- where outlets disagree (tests/data/disagree: one story told by three outlets, one of them saying 400
# drones where the others say 426; another story told alike by two) ---------------------------------------
@pytest.fixture(scope="module")
def disagree_index(tmp_path_factory, factdesk_home):
    from conftest import DATA

    index = tmp_path_factory.mktemp("cli-disagree") / "index"
    run("index", str(SEEDS), str(DATA / "disagree"), "--index", str(index), "--json", home=factdesk_home)
    return index


def test_ask_and_check_say_where_reports_differ(disagree_index, factdesk_home):
    index = str(disagree_index)
    answer = json.loads(run("ask", "How many drones did Kardia launch at Velmora?", "--index", index, "--json",
                            home=factdesk_home).stdout)
    assert answer["differences"], answer
    for d in answer["differences"]:
        assert {d["a"]["quote"], d["b"]["quote"]} == {"426 drones", "400 drones"}
        for side in ("a", "b"):
            shown = json.loads(run("show", d[side]["article_id"], "--index", index, "--json", home=factdesk_home).stdout)
            assert shown["text"][d[side]["start"]:d[side]["end"]] == d[side]["quote"]
    text = run("check", "Kardia launched 400 drones at Velmora overnight.", "--index", index, home=factdesk_home).stdout
    assert "Reports differ: " in text and "“400 drones”" in text and "“426 drones”" in text
    agreeing = json.loads(run("ask", "How many drones did Russia launch overnight?", "--index", index, "--json",
                              home=factdesk_home).stdout)
    assert agreeing["differences"] == []


def test_story_command_marks_differing_spans(disagree_index, factdesk_home):
    index = str(disagree_index)
    articles = json.loads(run("articles", "--index", index, "--json", home=factdesk_home).stdout)
    velmora = [a for a in articles if "Velmora" in a["text"]]
    assert len(velmora) == 3 and all(a["story_differs"] and a["story_reports"] == 3 for a in velmora)
    assert {a["story_title"] for a in velmora} == {"Drone swarm strikes Velmora port overnight"}
    assert not any(a["story_differs"] for a in articles if a not in velmora)
    listing = run("articles", "--index", index, home=factdesk_home).stdout
    assert "story: Drone swarm strikes Velmora port overnight" in listing and "REPORTS DIFFER" in listing
    assert velmora[0]["story_id"] not in listing  # named by the headline, not the hash

    text = run("story", velmora[1]["id"][:6], "--index", index, home=factdesk_home).stdout
    assert text.startswith("Drone swarm strikes Velmora port overnight")
    assert text.count("«426 drones»") >= 2 and text.count("«400 drones»") >= 1
    story = json.loads(run("story", velmora[0]["story_id"], "--index", index, "--json", home=factdesk_home).stdout)
    assert story["differs"] and story["report_count"] == 3 and len(story["disputes"]) == 1
    for report in story["reports"]:
        assert [report["text"][s:e] for s, e in report["marks"]] in (["426 drones"], ["400 drones"])

    seeds_story = next(a for a in articles if a["story_reports"] == 3 and a not in velmora)
    agreeing = run("story", seeds_story["story_id"], "--index", index, home=factdesk_home).stdout
    assert "the reports agree" in agreeing and "«" not in agreeing
    missing = run("story", "nope-no-such", "--index", index, home=factdesk_home, check=False)
    assert missing.returncode == 1 and "no story" in missing.stderr and "Traceback" not in missing.stderr
