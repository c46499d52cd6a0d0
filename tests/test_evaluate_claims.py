"""`factdesk eval --claims`: claims files, Fool Me Twice pages as articles, the split, the metrics."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import DATA, REPO
from qa.assistant import AssistantError
from qa.cli import render
from qa.cli.evaluate import (ClaimItem, claim_metrics, evaluate_claims, fmt_split, is_fool_me_twice, load_claims,
                             load_fool_me_twice)
from qa.ingest.files import article_id

FMT = DATA / "fool-me-twice-mini.jsonl"
CLAIMS = DATA / "claims.jsonl"
LIGHTHOUSE = ("The Larkspur Lighthouse was first lit on 3 May 1871. Its first keeper, Agnes Pell, kept the lamp "
              "for 22 years.\n\n"
              "The tower is 31 metres tall and painted in red and white bands. The lantern room was rebuilt in "
              "bronze after a storm in 1903.\n\n"
              "The lighthouse has been automated since 1962 and is open to visitors in summer.")
BRIDGE = ("The Tessaly Bridge carries a two-lane road across the Orvell River.\n\n"
          "Work on the bridge began in 1958 and took four years.")


def _write(path: Path, lines: list) -> Path:
    path.write_text("".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines))
    return path


# -- the split ------------------------------------------------------------------------------

def test_fmt_split_is_a_fixed_page_hash_50_20_30():
    # training/verifier.py imports this function: pages stay in the split they were trained or tuned in
    assert [fmt_split(p) for p in ("Larkspur Lighthouse", "Harrowgate Canal", "Tessaly Bridge")] == \
        ["train", "val", "test"]
    assert fmt_split("  larkspur   LIGHTHOUSE ") == "train"  # case and spacing do not move a page
    shares = [fmt_split(f"page {i}") for i in range(3000)]
    assert abs(shares.count("train") / 3000 - 0.5) < 0.04 and abs(shares.count("val") / 3000 - 0.2) < 0.04


# -- loading --------------------------------------------------------------------------------

def test_fool_me_twice_pages_become_articles_of_deduplicated_sentences_by_section():
    articles, items = load_fool_me_twice(FMT)
    assert [a.title for a in articles] == ["Larkspur Lighthouse", "Tessaly Bridge"]
    # Gold and retrieved sentences of every claim of the page, each once; sections in first-seen
    # order (History, Design, Today), a blank line between them, sentences joined by a space.
    assert articles[0].text == LIGHTHOUSE
    assert articles[1].text == BRIDGE
    for a in articles:
        assert a.id == article_id(a.title, a.text, None)
        assert a.path == f"fool-me-twice-mini.jsonl#{a.title}"
    assert items == [
        ClaimItem("The Larkspur Lighthouse was first lit in 1871.", "supported", "Larkspur Lighthouse"),
        ClaimItem("The Larkspur Lighthouse tower is 45 metres tall.", "contradicted", "Larkspur Lighthouse"),
        ClaimItem("The Tessaly Bridge crosses the Orvell River.", "supported", "Tessaly Bridge"),
        ClaimItem("Building the Tessaly Bridge took ten years.", "contradicted", "Tessaly Bridge"),
    ]


def test_the_split_filters_claims_by_page_but_keeps_every_page_as_an_article():
    everything, _ = load_fool_me_twice(FMT)
    for split, pages in (("train", {"Larkspur Lighthouse"}), ("test", {"Tessaly Bridge"}), ("val", set())):
        articles, items = load_fool_me_twice(FMT, split)
        assert articles == everything
        assert {it.page for it in items} == pages
        assert all(fmt_split(it.page) == split for it in items)
    assert len(load_fool_me_twice(FMT, "train")[1]) == 2
    with pytest.raises(AssistantError, match="unknown split"):
        load_fool_me_twice(FMT, "dev")


def test_bad_fool_me_twice_lines_are_one_line_errors(tmp_path):
    good = json.loads(FMT.read_text().splitlines()[0])
    for bad, message in ((dict(good, label="NOT ENOUGH INFO"), '"label"'),
                         ({k: v for k, v in good.items() if k != "wikipedia_page"}, "wikipedia_page"),
                         (dict(good, gold_evidence=["a bare string"]), "gold_evidence"),
                         ("{not json", "not valid JSON")):
        path = _write(tmp_path / "fmt.jsonl", [good, "", bad])
        with pytest.raises(AssistantError, match="line 3: ") as err:
            load_fool_me_twice(path)
        assert message in str(err.value) and "\n" not in str(err.value)


def test_load_claims_reads_the_seed_claims_and_rejects_bad_lines(tmp_path):
    items = load_claims(CLAIMS)
    assert len(items) == len(CLAIMS.read_text().splitlines())
    assert items[0] == ClaimItem("Russia launched 426 drones and 24 missiles overnight, according to Ukraine's air "
                                 "force.", "supported")
    assert {it.verdict for it in items} == {"supported", "contradicted", "not_found"}
    ok = {"claim": "A claim.", "verdict": "not_found", "note": "extra keys are fine"}
    for bad, message in (({"claim": "A claim.", "verdict": "true"}, '"verdict"'),
                         ({"claim": "A claim."}, '"verdict"'),
                         ({"claim": "  ", "verdict": "supported"}, "empty"),
                         ({"text": "A claim.", "verdict": "supported"}, '"claim"')):
        with pytest.raises(AssistantError, match="line 2: ") as err:
            load_claims(_write(tmp_path / "c.jsonl", [ok, bad]))
        assert message in str(err.value)
    with pytest.raises(AssistantError, match="no such file"):
        load_claims(tmp_path / "missing.jsonl")


def test_format_detection():
    assert is_fool_me_twice(FMT)
    assert not is_fool_me_twice(CLAIMS)


# -- metrics --------------------------------------------------------------------------------

def _rows(pairs):
    return [{"gold": g, "predicted": p, "check_ms": float(ms)} for ms, (g, p) in enumerate(pairs, 1)]


def test_claim_metrics_arithmetic():
    rows = _rows([("supported", "supported")] * 3 + [("supported", "not_found")]
                 + [("contradicted", "contradicted")] * 2 + [("contradicted", "supported")]
                 + [("contradicted", "not_found")] + [("not_found", "not_found")] + [("not_found", "contradicted")])
    m = claim_metrics(rows)
    assert m["claims"] == 10
    assert m["accuracy"] == 0.6  # 3 + 2 + 1 right
    assert m["not_found_rate"] == 0.3
    assert m["false_supported_rate"] == 0.25  # 1 of 4 contradicted claims called supported
    assert m["confusion"] == {
        "supported": {"supported": 3, "contradicted": 0, "not_found": 1},
        "contradicted": {"supported": 1, "contradicted": 2, "not_found": 1},
        "not_found": {"supported": 0, "contradicted": 1, "not_found": 1},
    }
    assert m["per_class"] == {
        "supported": {"gold": 4, "predicted": 4, "precision": 0.75, "recall": 0.75},
        "contradicted": {"gold": 4, "predicted": 3, "precision": 0.6667, "recall": 0.5},
        "not_found": {"gold": 2, "predicted": 3, "precision": 0.3333, "recall": 0.5},
    }
    assert m["check_ms_p50"] == 5.5 and m["check_ms_p95"] == 9.55
    json.dumps(m)


def test_claim_metrics_leave_undefined_rates_none():
    m = claim_metrics(_rows([("supported", "supported"), ("supported", "supported")]))
    assert m["accuracy"] == 1.0 and m["not_found_rate"] == 0.0
    assert m["false_supported_rate"] is None  # no contradicted claims
    assert m["per_class"]["contradicted"] == {"gold": 0, "predicted": 0, "precision": None, "recall": None}
    empty = claim_metrics([])
    assert empty["claims"] == 0 and empty["accuracy"] is None and empty["check_ms_p50"] is None


def test_render_claim_metrics():
    m = claim_metrics(_rows([("supported", "supported"), ("contradicted", "supported"), ("not_found", "not_found")]))
    text = render.claim_metrics(m)
    lines = text.splitlines()
    assert any(line.split() == ["accuracy", "0.6667"] for line in lines)
    assert any(line.split() == ["not_found_rate", "0.3333"] for line in lines)
    assert any(line.split() == ["contradicted", "1", "0", "n/a", "0.0"] for line in lines)  # per-verdict table
    header = next(i for i, line in enumerate(lines) if line.startswith("gold \\ predicted"))
    assert lines[header + 2].split() == ["contradicted", "1", "0", "0"]  # confusion row: 1 called supported


# -- evaluate_claims with the real checker -------------------------------------------------

@pytest.fixture(scope="module")
def assistant(factdesk_home, encoder, tmp_path_factory):
    """A real Assistant (model, verifier) whose own index is empty: a Fool Me Twice file brings its pages."""
    from qa import Assistant, Config

    built = Assistant(tmp_path_factory.mktemp("empty") / "index", Config.from_env())
    built._encoder = encoder  # the session's loaded model, not a second copy
    return built


@pytest.mark.slow
def test_evaluate_claims_on_fool_me_twice_indexes_its_pages(assistant, tmp_path):
    out = tmp_path / "verdicts.jsonl"
    m = evaluate_claims(assistant, FMT, out=out)
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert m["claims"] == 4 and len(rows) == 4
    assert [r["gold"] for r in rows] == ["supported", "contradicted", "supported", "contradicted"]
    assert set(rows[0]) == {"claim", "page", "gold", "predicted", "explanation", "evidence", "check_ms"}
    # the metrics are those of the written verdicts, and the evidence is text of the claim's own page
    assert m["accuracy"] == sum(r["gold"] == r["predicted"] for r in rows) / 4
    assert sum(sum(row.values()) for row in m["confusion"].values()) == 4
    pages = {"Larkspur Lighthouse": LIGHTHOUSE, "Tessaly Bridge": BRIDGE}
    for r in rows:
        assert r["evidence"] is None or r["evidence"] in pages[r["page"]], r
    # the two numbers changed from the page (45 metres, ten years) must not be called supported
    assert m["false_supported_rate"] == 0.0, rows
    assert evaluate_claims(assistant, FMT, split="test")["claims"] == 2
    assert evaluate_claims(assistant, FMT, limit=1)["claims"] == 1
    assert evaluate_claims(assistant, FMT, sample=3)["claims"] == 3


@pytest.mark.slow
def test_evaluate_claims_on_a_plain_file_uses_the_assistants_index(seeds_assistant, tmp_path):
    out = tmp_path / "verdicts.jsonl"
    m = evaluate_claims(seeds_assistant, CLAIMS, limit=5, out=out)
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["claim"] for r in rows] == [it.claim for it in load_claims(CLAIMS)[:5]]
    assert m["claims"] == 5 and m["not_found_rate"] < 1.0  # the seeds hold evidence for these claims


@pytest.mark.parametrize("path, split, message", [
    (CLAIMS, "test", "needs a Fool Me Twice file"),
    (FMT, "val", "no claims in the val split"),
    (DATA / "missing.jsonl", "all", "no such file"),
])
def test_evaluate_claims_errors(path, split, message):
    with pytest.raises(AssistantError, match=message):  # refused before any claim is checked
        evaluate_claims(None, path, split=split)


# -- the command line ------------------------------------------------------------------------

def _cli(*args, home):
    env = dict(os.environ, FACTDESK_HOME=str(home), PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "qa", "eval", *args], capture_output=True, text=True, env=env,
                          cwd=REPO, timeout=900)


@pytest.mark.parametrize("args, message", [
    ([], "give one evaluation file"),
    (["questions.jsonl", "--claims", str(CLAIMS)], "give one evaluation file"),
    (["--claims", str(CLAIMS), "--titles", "Normans"], "--titles and --off-topic need a SQuAD"),
    (["questions.jsonl", "--split", "test"], "--split needs --claims"),
])
def test_eval_argument_errors_are_one_line(args, message, tmp_path):
    proc = _cli(*args, home=tmp_path)
    assert proc.returncode == 1 and proc.stdout == ""
    assert len(proc.stderr.strip().splitlines()) == 1 and proc.stderr.startswith("factdesk: ")
    assert message in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.slow
def test_eval_claims_on_the_seeds_index(factdesk_home, tmp_path):
    """The real model and checker over the seeds (the index is built from seeds/ on first use)."""
    out = tmp_path / "verdicts.jsonl"
    proc = _cli("--claims", str(CLAIMS), "--index", str(tmp_path / "index"), "--out", str(out), "--json",
                home=factdesk_home)
    assert proc.returncode == 0, proc.stderr
    m = json.loads(proc.stdout)
    n = len(CLAIMS.read_text().splitlines())
    assert m["claims"] == n == len(out.read_text().splitlines())
    assert set(m) >= {"claims", "accuracy", "not_found_rate", "false_supported_rate", "per_class", "confusion",
                      "check_ms_p50", "check_ms_p95"}
    assert sum(sum(row.values()) for row in m["confusion"].values()) == n
    assert m["accuracy"] > 0.5  # far above chance on the seed claims, whatever the checker's version
    assert m["check_ms_p50"] > 0
