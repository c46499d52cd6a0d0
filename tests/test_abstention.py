"""The guided reader's abstention model (qa/read/abstention.py): shipped file, monotone score, damage."""

from __future__ import annotations

import json

import pytest


def test_shipped_model_loads_and_rises_with_the_rules_confidence():
    from qa.read.abstention import FEATURES, load

    model = load()
    assert len(model.weights) == len(FEATURES) and 0.0 < model.threshold < 1.0
    assert all(w > 0 for w in model.weights)
    scores = [model.probability(c) for c in (-1.0, 0.0, 0.5, 1.0, 1.5, 2.0, 3.0)]
    assert scores == sorted(scores) and scores[0] < model.threshold <= scores[-1]
    assert model.abstains(0.0) and not model.abstains(3.0)


def test_nothing_to_quote_is_finite_and_abstains():
    from qa.read.abstention import load

    model = load()
    assert model.abstains(float("-inf")) and model.probability(float("-inf")) > 0.0


def test_round_trip_and_damaged_files_fail_in_one_line(tmp_path):
    from qa.read.abstention import Abstainer, load
    from qa.read.span_model import ReaderError

    model = load()
    path = tmp_path / "abstain.json"
    path.write_text(json.dumps({"model": model.to_json()}))
    assert load(path) == model and Abstainer.from_json(model.to_json()) == model
    for broken in ("{not json", json.dumps({"model": {**model.to_json(), "features": ["x"]}}), json.dumps({})):
        path.write_text(broken)
        with pytest.raises(ReaderError) as info:
            load(path)
        assert "\n" not in str(info.value) and "git checkout qa/read/weights" in str(info.value)
    with pytest.raises(ReaderError):
        load(tmp_path / "missing.json")
