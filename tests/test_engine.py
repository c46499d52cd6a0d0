"""The Milvus store and engine catalog: protocol oracle, idempotent writes, alias publishing, crashes."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest

from conftest import REPO, SEEDS, milvus_lite_server

pymilvus = pytest.importorskip("pymilvus", reason="the Milvus store needs pip install \"factdesk[milvus]\"")

from embeddings.faiss_store import FaissStore  # noqa: E402
from embeddings.milvus_store import MilvusStore, connect, target_of  # noqa: E402
from embeddings.stores import is_engine, load_store, scheme_of  # noqa: E402
from embeddings.vector_store import StoreError, VectorStore  # noqa: E402
from qa.assistant import Assistant  # noqa: E402
from qa.config import Config  # noqa: E402
from qa.index.catalog import Changes  # noqa: E402
from qa.index.engine import EngineCatalog  # noqa: E402
from qa.records import Article, Chunk  # noqa: E402


def _unit(rows: int, dim: int = 32, seed: int = 0) -> np.ndarray:
    v = np.random.default_rng(seed).standard_normal((rows, dim)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


def test_store_uris_name_milvus_and_its_target(tmp_path):
    assert scheme_of(str(tmp_path / "news.db")) == "milvus" and is_engine("milvus:x.db")
    assert is_engine("http://127.0.0.1:19530") and not is_engine("faiss")
    assert target_of("milvus", tmp_path) == str(tmp_path / "milvus.db")
    assert target_of(f"milvus:{tmp_path}/a.db") == str(tmp_path / "a.db")
    assert target_of("http://host:19530") == "http://host:19530"
    with pytest.raises(StoreError, match=r"\.db"):
        target_of("milvus:notes.txt")


def test_an_unreachable_server_is_a_one_line_store_error():
    with pytest.raises(StoreError) as info:
        connect("http://127.0.0.1:9")
    assert "cannot open Milvus at http://127.0.0.1:9" in str(info.value) and "\n" not in str(info.value)


def test_milvus_top_k_equals_faiss_flat_after_upserts_and_deletes(tmp_path):
    ids = [f"c{i}" for i in range(300)]
    vectors = _unit(300)
    milvus = MilvusStore.empty(f"milvus:{tmp_path / 'v.db'}", 32)
    faiss = FaissStore.empty("faiss", 32)
    assert isinstance(milvus, VectorStore)
    for a, b in ((0, 200), (200, 300)):
        milvus = milvus.upsert(ids[a:b], vectors[a:b])
        faiss = faiss.upsert(ids[a:b], vectors[a:b])
    gone = ids[:40:3]
    milvus, faiss = milvus.delete(gone), faiss.delete(gone)
    fresh = _unit(5, seed=7)
    milvus, faiss = milvus.upsert(ids[50:55], fresh), faiss.upsert(ids[50:55], fresh)
    queries = _unit(8, seed=3)
    got, want = milvus.search(queries, 10), faiss.search(queries, 10)
    assert len(milvus) == len(faiss) == 300 - len(gone)
    assert [list(r) for r in got.ids] == [list(r) for r in want.ids]
    np.testing.assert_allclose(got.scores, want.scores, atol=1e-5)
    allowed = np.asarray(ids[100:150])
    assert set(milvus.search(queries[:1], 5, allowed=allowed).ids[0]) <= set(allowed)
    np.testing.assert_allclose(milvus.fetch(ids[50:55]), fresh, atol=1e-6)
    with pytest.raises(KeyError):
        milvus.fetch([gone[0]])


def test_milvus_store_save_load_round_trip(tmp_path):
    uri = f"milvus:{tmp_path / 'v.db'}"
    store = MilvusStore.empty(uri, 32).upsert(["a", "b"], _unit(2))
    folder = tmp_path / "gen"
    folder.mkdir()
    store.save(folder)
    again = load_store(uri, folder)
    assert again.collection == store.collection and sorted(again.ids()) == ["a", "b"]


def _article(n: int, text: str) -> Article:
    return Article(id=f"art{n}", title=f"Article {n}", text=text, source="Wire", story_id=f"s{n}")


def _changes(encoder, articles: list[Article]) -> Changes:
    chunks = tuple(Chunk(f"{a.id}-c", a.id, 0, len(a.text), a.text) for a in articles)
    return Changes(tuple(articles), chunks, encoder.encode([c.text for c in chunks]))


def test_writes_are_idempotent_and_orphan_chunks_stay_hidden(tmp_path, encoder):
    uri = f"milvus:{tmp_path / 'c.db'}"
    catalog = EngineCatalog.create(uri, "news", "m", encoder.dim)
    articles = [_article(1, "The ferry to Norhaven was cancelled on Sunday because of high winds."),
                _article(2, "Apple growers in the valley expect a record harvest this autumn.")]
    changes = _changes(encoder, articles)
    catalog.apply(changes).apply(changes).save()
    assert (len(catalog.articles), catalog.chunk_count()) == (2, 2)
    assert catalog.published() and EngineCatalog.open(uri, "news").number == catalog.number
    # A writer killed after writing chunks but before their article record: the chunk is never shown.
    orphan = _article(3, "The ferry to Norhaven returned to service on Monday morning.")
    half = _changes(encoder, [orphan])
    catalog.store.write([{"id": c.id, "article_id": c.article_id, "start": c.start, "end": c.end, "source": "wire",
                          "day": "", "text": c.text, "vector": v} for c, v in zip(half.chunks, half.vectors.tolist())])
    query = "When did the Norhaven ferry run again?"
    found = catalog.candidates(query, encoder.encode([query])[0], 10)
    assert {c.article_id for c in found.chunks} == {"art1", "art2"}
    catalog.apply(half)  # running the writer again completes the article
    found = catalog.candidates(query, encoder.encode([query])[0], 10)
    assert "art3" in {c.article_id for c in found.chunks}
    catalog.apply(Changes(removed=frozenset({"art1"})))
    assert sorted(catalog.articles) == ["art2", "art3"] and catalog.chunk_count() == 2


def test_long_articles_and_chunks_round_trip_exactly(tmp_path, encoder):
    uri = f"milvus:{tmp_path / 'long.db'}"
    catalog = EngineCatalog.create(uri, "news", "m", encoder.dim)
    text = "Ünïcødé words — and more. " * 3000  # ~78,000 characters: over one VARCHAR, in pieces
    catalog.apply(_changes(encoder, [_article(1, text)])).save()
    assert catalog.articles["art1"].text == text
    found = catalog.candidates("Ünïcødé words", encoder.encode(["Ünïcødé words"])[0], 5)
    assert [c.text for c in found.chunks] == [text]  # the stored BM25 text is cut; the quote is not


def _writer(uri: str, home, index, paths, crash_at: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, FACTDESK_HOME=str(home), PYTHONPATH=str(REPO), FACTDESK_STORE=uri)
    env.pop("FACTDESK_CRASH_AT", None)
    if crash_at:
        env["FACTDESK_CRASH_AT"] = crash_at
    return subprocess.run([sys.executable, "-m", "qa", "index", *map(str, paths), "--index", str(index), "--rebuild"],
                          capture_output=True, text=True, env=env, cwd=REPO, timeout=600)


@pytest.mark.slow
def test_a_killed_rebuild_leaves_readers_on_the_old_alias(tmp_path, factdesk_home, encoder):
    extra = tmp_path / "extra"
    extra.mkdir()
    (extra / "one.txt").write_text("Harbour reopens\n\nThe harbour of Port Elmsley reopened on Tuesday after nine days.\n")
    with milvus_lite_server(tmp_path / "data") as uri:
        reader = Assistant(tmp_path / "index", Config.from_env(store=uri, home=str(factdesk_home)), build_default=False)
        reader._encoder = encoder
        reader.index([SEEDS])
        before = reader.library().number
        assert len(reader.library().articles) == 9
        crashed = _writer(uri, factdesk_home, tmp_path / "index", [extra], crash_at="staged")
        assert crashed.returncode == -9, crashed.stderr
        assert EngineCatalog.live_number(uri, "factdesk") == before
        answer = reader.ask("How many drones did Russia launch overnight?")
        assert answer.short_answer == "426" and len(reader.library().articles) == 9
        done = _writer(uri, factdesk_home, tmp_path / "index", [extra])
        assert done.returncode == 0, done.stderr
        after = EngineCatalog.live_number(uri, "factdesk")
        assert after is not None and after > before
        reader._engine_seen = None
        assert [a.title for a in reader.articles()] == ["Harbour reopens"]
        names = connect(uri).list_collections()
        # The killed writer's generation was dropped; the live and the previous one stay.
        assert sorted(n for n in names if n.endswith("_chunks")) == [f"factdesk_g{before:06d}_chunks",
                                                                      f"factdesk_g{after:06d}_chunks"]


def test_both_catalogs_filter_by_outlet_and_date_alike(tmp_path, encoder):
    from qa.index.library import Library

    dated = [Article(id=f"d{i}", title=f"Ferry report {i}", source=src, date=date,
                     text=f"The Norhaven ferry carried {100 + i} passengers on its crossing, the operator said.")
             for i, (src, date) in enumerate([("Wire", "2025-11-01"), ("Wire", "2025-11-03T08:00:00Z"),
                                              ("Post", "2025-11-05"), ("Post", None)])]
    changes = _changes(encoder, dated)
    embedded = Library.empty("m", encoder.dim).apply(changes)
    engine = EngineCatalog.create(f"milvus:{tmp_path / 'd.db'}", "news", "m", encoder.dim).apply(changes)
    engine.save()
    query = "How many passengers did the Norhaven ferry carry?"
    qv = encoder.encode([query])[0]
    for kwargs, want in [({}, {"d0", "d1", "d2", "d3"}), ({"since": "2025-11-03"}, {"d1", "d2"}),
                         ({"until": "2025-11-03"}, {"d0", "d1"}), ({"source": "post"}, {"d2", "d3"}),
                         ({"source": "Wire", "since": "2025-11-02", "until": "2025-11-04"}, {"d1"})]:
        for catalog in (embedded, engine):
            got = {c.article_id for c in catalog.candidates(query, qv, 10, **kwargs).chunks}
            assert got == want, (type(catalog).__name__, kwargs)


def test_score_fusion_ranks_with_the_embedded_formula(tmp_path, encoder):
    articles = [_article(i, text) for i, text in enumerate([
        "The ferry to Norhaven was cancelled on Sunday because of high winds.",
        "Ferry passengers waited in Norhaven harbour for the storm to pass.",
        "Apple growers in the valley expect a record harvest this autumn."])]
    uri = f"milvus:{tmp_path / 's.db'}"
    catalog = EngineCatalog.create(uri, "news", "m", encoder.dim, fusion="score")
    catalog.apply(_changes(encoder, articles)).save()
    query = "Why was the Norhaven ferry cancelled?"
    qv = encoder.encode([query])[0]
    found = catalog.candidates(query, qv, 10, dense_weight=0.6)
    assert float(found.lexical.max()) == pytest.approx(1.0)
    np.testing.assert_allclose(found.fused, 0.6 * found.dense + 0.4 * found.lexical, atol=1e-6)
    best = found.chunks[int(np.argmax(found.fused))]
    assert best.article_id == "art0"
