"""Tests for qa.check.nli_model: the committed verifier weights read evidence and claims sensibly."""

from __future__ import annotations

import json

import pytest

from qa.check import nli_model
from qa.check.nli_model import WEIGHTS_DIR, Entailment, NliModel

pytestmark = pytest.mark.slow

EVIDENCE = ("The city council approved the new budget on Tuesday by 31 votes to 12. "
            "The plan gives 4 million euros to the northern bus network.")


@pytest.fixture(scope="module")
def model(tmp_path_factory) -> NliModel:
    return nli_model.load(tmp_path_factory.mktemp("verifier-cache"))


def test_committed_weights_are_calibrated_not_a_smoke_run():
    config = json.loads((WEIGHTS_DIR / "verifier.json").read_text())
    assert not config.get("smoke")
    assert config["labels"] == ["supports", "neutral", "refutes"]
    th = config["thresholds"]
    assert 0.0 < th["support"] <= 1.0 and 0.0 < th["refute"] <= 1.0
    assert config["calibration"]["chosen_on"] == ["fmt-val", "claims-calibration", "fmt-val-off-topic"]
    assert not {"fmt-test", "fmt-test-off-topic", "claims-held-out", "seeds-dev"} & set(config["calibration"]["chosen_on"])


def test_support_refute_and_neither(model):
    same, number, unrelated = model.score([
        (EVIDENCE, "The council approved the budget by 31 votes to 12."),
        (EVIDENCE, "The council approved the budget by 45 votes to 12."),
        (EVIDENCE, "The mayor resigned after a corruption scandal."),
    ])
    assert same.supports > max(same.neutral, same.refutes)
    assert number.refutes > number.supports
    assert unrelated.supports < 0.5
    for p in (same, number, unrelated):
        assert p.supports + p.neutral + p.refutes == pytest.approx(1.0, abs=1e-5)


def test_batch_matches_single_pairs(model):
    pairs = [(EVIDENCE, "The bus network gets 4 million euros."), (EVIDENCE, "The budget was rejected.")]
    batch = model.score(pairs)
    for pair, b in zip(pairs, batch):
        (single,) = model.score([pair])
        # int8 dynamic quantisation scales activations per batch: probabilities move a little
        assert b.supports == pytest.approx(single.supports, abs=0.05)
        assert b.refutes == pytest.approx(single.refutes, abs=0.05)


def test_empty_inputs_read_as_neutral(model):
    assert model.score([]) == []
    empty, real = model.score([("  ", "A claim."), (EVIDENCE, "The budget was approved.")])
    assert empty == Entailment(0.0, 1.0, 0.0)
    assert real.supports > 0.5


def test_long_evidence_is_truncated_not_rejected(model):
    long = EVIDENCE + " " + " ".join(["The committee also discussed parking fees and bus routes."] * 60)
    (p,) = model.score([(long, "The council approved the budget.")])
    assert 0.0 <= p.supports <= 1.0


def test_model_is_loaded_once_per_process(model):
    assert nli_model.load(model.export_dir.parent.parent) is model
