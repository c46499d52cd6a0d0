"""The answer stages built on the trained reader (qa/read/reader.py): exact quotes, spans inside them, abstention."""

from __future__ import annotations

import re

import pytest

from qa.records import Article, Chunk, Passage

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def model(factdesk_home):
    from qa.config import Config
    from qa.read.span_model import load

    return load(Config.from_env().cache_dir)


def _passage(text: str, article_id: str = "x1") -> Passage:
    article = Article(id=article_id, title="Bridge", text=text, story_id=article_id)
    return Passage(Chunk(f"c-{article_id}", article_id, 0, len(text), text), article, 1.0, 1.0, 1.0, ())


def _exact(answer) -> None:
    for c in answer.citations:
        assert c.quote == c.article.text[c.start:c.end]
    assert [c.n for c in answer.citations] == list(range(1, len(answer.citations) + 1))
    if not answer.abstained:
        assert {int(n) for n in re.findall(r"\[(\d+)\]", answer.answer)} >= {1}
        assert len(answer.answer.split()) <= 60
        if answer.short_answer:
            assert answer.short_answer in answer.citations[0].quote


def test_windows_are_whole_sentences_with_exact_offsets():
    from qa.read.reader import windows_of

    sentence = "The committee met on Tuesday and approved the plan. "
    text = sentence * 30
    windows = windows_of([_passage(text)], max_words=40)
    assert len(windows) > 1
    for w in windows:
        assert w.text == text[w.start:w.end] and w.text.endswith(".") and len(w.text.split()) <= 40
    assert all(a.end <= b.start for a, b in zip(windows, windows[1:]))


def test_span_reader_quotes_the_sentence_holding_the_span(model):
    from qa.read.reader import SpanReader

    text = ("The council met on Tuesday. It approved a budget of 12 million euros for the new bridge over the "
            "river. Work starts in May.")
    answer = SpanReader(model, threshold=0.0).answer("How much money was approved for the bridge?", [_passage(text)])
    _exact(answer)
    assert not answer.abstained and "12 million euros" in answer.answer


def test_span_reader_abstains_below_its_threshold(model):
    from qa.read.reader import SpanReader

    answer = SpanReader(model, threshold=1.01).answer("Who won the marathon?", [_passage("Rain fell on Friday.")])
    assert answer.abstained and answer.short_answer is None and answer.citations
    _exact(answer)


def _abstainer(threshold: float):
    from qa.read.abstention import Abstainer

    return Abstainer((0.0,), (1.0,), (1.0,), 0.0, threshold)


def test_guided_reader_keeps_the_rules_quotes_and_takes_the_readers_span(model, encoder):
    from qa.read.answerer import Answerer
    from qa.read.reader import GuidedReader

    filler = " ".join(f"word{i}" for i in range(90))
    text = f"The committee met on Tuesday and {filler} before it approved a budget of 12 million euros for the bridge."
    passages = [_passage(text)]
    question = "How much budget did the committee approve for the bridge?"
    rules = Answerer(encoder, 0.0)
    guided = GuidedReader(rules, model, _abstainer(0.0), span_threshold=0.0)
    answer = guided.answer(question, passages)
    _exact(answer)
    assert answer.answer == rules.answer(question, passages).answer
    assert answer.short_answer and "12 million" in answer.short_answer
    for refusing in (GuidedReader(rules, model, _abstainer(1.01)), GuidedReader(rules, model, _abstainer(0.0), 1.01)):
        refused = refusing.answer(question, passages)
        assert refused.abstained and refused.short_answer is None and refused.citations
        _exact(refused)


def test_guided_reader_by_default_answers_from_the_seeds_and_abstains_off_topic(seeds_assistant):
    from dataclasses import replace

    from qa import Assistant

    guided = Assistant(seeds_assistant.index_dir, replace(seeds_assistant.config, reader="guided"))
    answer = guided.ask("How many drones did Russia launch overnight?")
    _exact(answer)
    assert "426" in answer.answer and answer.short_answer == "426"
    for question in ("What is the capital of Australia?", "Who won the 2024 Olympics marathon?"):
        ours = guided.ask(question)
        _exact(ours)
        assert ours.abstained and ours.short_answer is None
