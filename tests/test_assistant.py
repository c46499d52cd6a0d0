"""The public API end to end on the real model and a real FAISS index of the seeds."""

from __future__ import annotations

import pytest

from qa import Assistant, AssistantError, Config
from embeddings.generations import StoreError

pytestmark = pytest.mark.slow

EXTRA = ("Lakeside town opens solar farm\n"
         "The lakeside town of Orvik opened a solar farm with 5,400 panels on Thursday. "
         "The farm will supply 1,800 homes, the town's energy office said.")


def test_ask_cites_exact_text(seeds_assistant):
    answer = seeds_assistant.ask("How many drones did Russia launch overnight?")
    assert answer.citations
    assert any("426" in c.quote for c in answer.citations)
    for citation in answer.citations:
        article = seeds_assistant.article(citation.article.id)
        assert citation.quote == article.text[citation.start:citation.end]
    assert set(answer.timings_ms) >= {"retrieve", "answer", "total"}


def test_retrieve_returns_passages_with_sources(seeds_assistant):
    passages = seeds_assistant.retrieve("glide bombs dropped on Sumy city", top_k=3)
    assert 1 <= len(passages) <= 3
    assert passages == sorted(passages, key=lambda p: -p.score)
    for p in passages:
        assert p.chunk.text == p.article.text[p.chunk.start:p.chunk.end]
        assert p.article.path


def test_reindexing_the_same_files_adds_and_embeds_nothing(seeds_assistant):
    from conftest import SEEDS

    report = seeds_assistant.index([SEEDS])
    assert report.added == 0 and report.embedded == 0 and report.unchanged == report.articles > 0


def test_incremental_add_embeds_only_the_new_article(tmp_path, encoder, seeds_assistant):
    from conftest import SEEDS

    index_dir = tmp_path / "index"
    assistant = Assistant(index_dir, seeds_assistant.config)
    first = assistant.index([SEEDS])
    chunks_before = len(assistant.library().chunks)
    extra = tmp_path / "extra.txt"
    extra.write_text(EXTRA, encoding="utf-8")
    before = encoder.embedded
    report = assistant.index([extra])
    assert report.added == 1 and report.unchanged == 0
    assert encoder.embedded - before == report.embedded == 1
    assert len(assistant.library().chunks) == chunks_before + 1
    reopened = Assistant(index_dir, seeds_assistant.config)
    assert len(reopened.articles()) == first.articles + 1
    answer = reopened.ask("How many panels does the Orvik solar farm have?")
    assert "5,400" in answer.citations[0].quote


def test_new_index_loads_the_model_while_reading_and_leaves_no_thread(tmp_path, seeds_assistant, monkeypatch):
    import threading

    from embeddings import encoder as encoder_module

    real_load = encoder_module.load_encoder
    loaded_in: list[str] = []

    def recording_load(*args, **kwargs):
        loaded_in.append(threading.current_thread().name)
        return real_load(*args, **kwargs)  # the real (process-wide) model

    monkeypatch.setattr(encoder_module, "load_encoder", recording_load)
    path = tmp_path / "story.txt"
    path.write_text(EXTRA, encoding="utf-8")
    assistant = Assistant(tmp_path / "index", seeds_assistant.config)
    assert assistant._encoder is None
    report = assistant.index([path])
    assert report.added == 1 and assistant._encoder is not None
    assert loaded_in and loaded_in[0] == "factdesk-model-load"  # loaded in the background, first
    assert not [t for t in threading.enumerate() if t.name == "factdesk-model-load"]
    again = Assistant(tmp_path / "index", seeds_assistant.config)
    loaded_in.clear()
    again.index([path])  # nothing new: no model load at all
    assert loaded_in == [] and again._encoder is None


def test_changed_file_replaces_its_articles(tmp_path, seeds_assistant):
    path = tmp_path / "story.txt"
    path.write_text(EXTRA, encoding="utf-8")
    assistant = Assistant(tmp_path / "index", seeds_assistant.config)
    assistant.index([path])
    path.write_text(EXTRA.replace("5,400", "6,100"), encoding="utf-8")
    report = assistant.index([path])
    assert report.added == 1 and report.removed == 1
    texts = [a.text for a in assistant.articles()]
    assert len(texts) == 1 and "6,100" in texts[0]


def test_model_mismatch_is_reported(tmp_path, seeds_assistant):
    path = tmp_path / "story.txt"
    path.write_text(EXTRA, encoding="utf-8")
    Assistant(tmp_path / "index", seeds_assistant.config).index([path])
    from dataclasses import replace

    other = Assistant(tmp_path / "index", replace(seeds_assistant.config, model="some-other-model"))
    with pytest.raises(StoreError, match="built with model"):
        other.articles()


def test_empty_question_is_rejected(seeds_assistant):
    with pytest.raises(AssistantError, match="empty"):
        seeds_assistant.ask("   \n\t ")


def test_missing_index_without_default_build(tmp_path):
    with pytest.raises(AssistantError, match="no index"):
        Assistant(tmp_path / "none", Config.from_env(), build_default=False).articles()
