"""The CLI contract on every store: embedded FAISS, a Milvus Lite file and a Milvus Lite server by URI.

The same commands (index, ask, check, articles, show, incremental add, replace, delete, re-index)
must give the same shapes and the same exact quotes whichever store holds the index.
"""

from __future__ import annotations

import json
import shutil

import pytest

from conftest import SEEDS, milvus_lite_server
from test_cli import run

pytestmark = pytest.mark.slow
pytest.importorskip("pymilvus", reason="the Milvus store needs pip install \"factdesk[milvus]\"")

STORES = ["faiss", "milvus-file", "milvus-server"]


@pytest.fixture(scope="module", params=STORES)
def store(request, tmp_path_factory):
    """(store URI, index folder, work folder) for one store kind."""
    work = tmp_path_factory.mktemp(request.param)
    if request.param == "faiss":
        yield "faiss", work / "index", work
    elif request.param == "milvus-file":
        yield f"milvus:{work / 'lite' / 'factdesk.db'}", work / "index", work
    else:
        with milvus_lite_server(work / "server-data") as uri:
            yield uri, work / "index", work


def cli(store, *args, check=True, home):
    uri, index, _ = store
    return run(*args, "--index", str(index), "--store", uri, home=home, check=check)


@pytest.fixture(scope="module")
def indexed(store, factdesk_home):
    """The store with a copy of the seeds indexed: (store, seeds folder, first index report)."""
    seeds = store[2] / "seeds"
    shutil.copytree(SEEDS, seeds)
    report = json.loads(cli(store, "index", str(seeds), "--json", home=factdesk_home).stdout)
    return store, seeds, report


def test_index_reports_the_seeds_and_reindexing_adds_nothing(indexed, factdesk_home):
    store, seeds, report = indexed
    assert (report["files"], report["articles"], report["stories"]) == (3, 9, 7)
    assert report["added"] == 9 and report["chunks"] > 0
    again = json.loads(cli(store, "index", str(seeds), "--json", home=factdesk_home).stdout)
    assert again["added"] == 0 and again["embedded"] == 0 and again["unchanged"] == 9
    listed = json.loads(cli(store, "articles", "--json", home=factdesk_home).stdout)
    assert len(listed) == 9


def test_ask_quotes_are_exact_and_match_show(indexed, factdesk_home):
    store, _, _ = indexed
    answer = json.loads(cli(store, "ask", "How many drones did Russia launch overnight?", "--json",
                            home=factdesk_home).stdout)
    assert answer["short_answer"] == "426" and not answer["abstained"]
    assert any("426" in c["quote"] for c in answer["citations"])
    for citation in answer["citations"]:
        shown = json.loads(cli(store, "show", citation["article_id"], "--json", home=factdesk_home).stdout)
        assert citation["quote"] == shown["text"][citation["start"]:citation["end"]]
        assert citation["title"] == shown["title"] and citation["source"] == shown["source"]


def test_check_finds_the_evidence(indexed, factdesk_home):
    store, _, _ = indexed
    verdict = json.loads(cli(store, "check", "Russia launched 600 drones overnight.", "--json",
                             home=factdesk_home).stdout)
    assert verdict["verdict"] == "contradicted"
    assert any("426" in e["quote"] for e in verdict["evidence"])


def test_incremental_add_replace_and_delete(indexed, factdesk_home):
    store, _, _ = indexed
    extra = store[2] / "extra"
    extra.mkdir(exist_ok=True)
    note = extra / "harbour.txt"
    note.write_text("Harbour reopens after storm\n\nThe harbour of Port Elmsley reopened on Tuesday after a storm "
                    "closed it for nine days. Forty fishing boats returned to their berths, the harbour master said.\n")
    added = json.loads(cli(store, "index", str(extra), "--json", home=factdesk_home).stdout)
    assert added["added"] == 1 and added["removed"] == 0
    answer = json.loads(cli(store, "ask", "How many fishing boats returned to Port Elmsley?", "--json",
                            home=factdesk_home).stdout)
    assert "Forty" in answer["answer"]

    # Replace: the same file with other text drops the old article and adds the new one.
    note.write_text("Harbour stays shut\n\nThe harbour of Port Elmsley will stay closed until Friday, the harbour "
                    "master said, because divers found a sunken barge across the main channel.\n")
    replaced = json.loads(cli(store, "index", str(extra), "--json", home=factdesk_home).stdout)
    assert replaced["added"] == 1 and replaced["removed"] == 1
    titles = {a["title"] for a in json.loads(cli(store, "articles", "--json", home=factdesk_home).stdout)}
    assert "Harbour stays shut" in titles and "Harbour reopens after storm" not in titles
    answer = json.loads(cli(store, "ask", "What did divers find in the channel at Port Elmsley?", "--json",
                            home=factdesk_home).stdout)
    assert "barge" in answer["answer"]

    # Delete: a JSONL file re-read without one of its articles removes that article.
    feed = extra / "feed.jsonl"
    rows = [{"title": "Bridge toll cut", "source": "Valley Post", "text": "The county cut the bridge toll to two dollars "
             "on Monday after a vote of the council."},
            {"title": "Library extends hours", "source": "Valley Post", "text": "The town library will open until nine "
             "in the evening from March, the librarian said."}]
    feed.write_text("".join(json.dumps(r) + "\n" for r in rows))
    assert json.loads(cli(store, "index", str(feed), "--json", home=factdesk_home).stdout)["added"] == 2
    feed.write_text(json.dumps(rows[0]) + "\n")
    deleted = json.loads(cli(store, "index", str(feed), "--json", home=factdesk_home).stdout)
    assert deleted["removed"] == 1 and deleted["added"] == 0
    listed = json.loads(cli(store, "articles", "--json", home=factdesk_home).stdout)
    titles = {a["title"] for a in listed}
    assert "Bridge toll cut" in titles and "Library extends hours" not in titles
    assert len(listed) == 9 + 1 + 1
