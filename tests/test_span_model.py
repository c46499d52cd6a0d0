"""Tests for qa.read.span_model: the committed reader weights, exact spans, batching (damaged weights: test_finetuned)."""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")

import json

import pytest

from qa.read import span_model
from qa.read.span_model import WEIGHTS_DIR, SpanModel, SpanPrediction

pytestmark = pytest.mark.slow

WINDOWS = [
    "The city council met on Tuesday evening. The report was written by Anna Schmidt, a researcher at the "
    "Zürich institute, and it was published in March 2021. Critics said the report ignored rural areas.",
    "Heavy rain is expected across the north on Friday, with temperatures falling to 4C overnight.",
    "Die Zürich branch opened in 1998 — the bank's first office outside Germany. It employs 120 people.",
]


@pytest.fixture(scope="module")
def model(tmp_path_factory) -> SpanModel:
    return span_model.load(tmp_path_factory.mktemp("reader-cache"))


def quote(window: str, p: SpanPrediction) -> str:
    return window[p.start : p.end]


def test_committed_weights_fit_the_budget():
    config = json.loads((WEIGHTS_DIR / "reader.json").read_text())
    weights = WEIGHTS_DIR / config["weights_file"]
    assert weights.suffix == ".safetensors"
    assert weights.stat().st_size <= 12 * 1024 * 1024
    assert not config.get("smoke"), "the committed weights come from a smoke run"
    assert 0.0 < config["thresholds"]["has_answer"] < 1.0


def test_simple_question_gives_the_exact_span(model):
    window = WINDOWS[0]
    (p,) = model.read("Who wrote the report?", [window])
    assert quote(window, p) == "Anna Schmidt"
    assert (p.start, p.end) == (window.index("Anna Schmidt"), window.index("Anna Schmidt") + len("Anna Schmidt"))
    assert p.has_answer >= model.has_answer_threshold


def test_offsets_are_characters_of_the_window_not_word_pieces(model):
    window = WINDOWS[2]  # non-ASCII before the answer: byte offsets would be off by one
    (p,) = model.read("When did the Zürich branch open?", [window])
    assert quote(window, p) == "1998"
    assert p.start == window.index("1998")


def test_relevant_window_scores_above_an_off_topic_one(model):
    answer, weather = model.read("Who wrote the report?", [WINDOWS[0], WINDOWS[1]])
    assert answer.has_answer >= model.has_answer_threshold
    assert answer.has_answer > 0.5 > weather.has_answer
    unrelated = model.read("What is the capital of France?", WINDOWS)
    assert max(p.has_answer for p in unrelated) < 0.5


def test_batch_matches_single_windows(model):
    question = "When was the report published?"
    batch = model.read(question, WINDOWS)
    assert len(batch) == len(WINDOWS)
    for window, b in zip(WINDOWS, batch):
        (single,) = model.read(question, [window])
        assert (b.start, b.end) == (single.start, single.end)
        # int8 dynamic quantisation scales activations per batch: probabilities move a little, and a
        # span's probability (a product of two softmaxes) moves more than has-answer (seen: 0.10).
        assert b.has_answer == pytest.approx(single.has_answer, abs=0.05)
        assert b.span_score == pytest.approx(single.span_score, abs=0.15)
        assert 0 <= b.start <= b.end <= len(window)
        assert 0.0 <= b.has_answer <= 1.0 and 0.0 <= b.span_score <= 1.0
    assert quote(WINDOWS[0], batch[0]) in ("March 2021", "in March 2021")


def test_empty_inputs(model):
    assert model.read("Who wrote the report?", []) == []
    empty, real = model.read("Who wrote the report?", ["  ", WINDOWS[0]])
    assert empty == SpanPrediction(0.0, 0, 0, 0.0)
    assert quote(WINDOWS[0], real) == "Anna Schmidt"


def test_long_window_is_truncated_not_rejected(model):
    window = WINDOWS[0] + " " + " ".join(["The committee also discussed parking fees and bus routes."] * 40)
    (p,) = model.read("Who wrote the report?", [window])
    assert quote(window, p) == "Anna Schmidt"


def test_model_is_loaded_once_per_process(model, tmp_path_factory):
    assert span_model.load(model.export_dir.parent.parent) is model
