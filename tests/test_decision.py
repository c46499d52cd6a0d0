"""Tests for qa.check.decision: the learned verdict over a claim's reading."""

from __future__ import annotations

import json
import shutil

import numpy as np
import pytest

from qa.check import decision
from qa.check.decision import FEATURES, VERDICTS, Decision, features, fit
from qa.check.nli_model import WEIGHTS_DIR


def _reading(kind: str, rng: np.random.Generator) -> tuple[np.ndarray, ...]:
    """A made-up reading of 8 sentences (relevance, scores, coverage, conflicts): one clear supporting
    or refuting sentence, or nothing relevant."""
    relevance = np.sort(rng.uniform(0.1, 0.4, 8))[::-1]
    scores = np.tile([0.1, 0.8, 0.1], (8, 1)) + rng.uniform(-0.05, 0.05, (8, 3))
    conflicts = np.zeros(8)
    if kind != "not_found":
        relevance[0] = rng.uniform(0.6, 0.9)
        scores[0] = [0.9, 0.05, 0.05] if kind == "supported" else [0.05, 0.05, 0.9]
        conflicts[0] = float(kind == "contradicted" and rng.uniform() < 0.5)
    return relevance, scores, np.clip(relevance + rng.uniform(-0.1, 0.1, 8), 0, 1), conflicts


def _rows(n: int, seed: int):
    rng = np.random.default_rng(seed)
    labels = np.arange(n) % 3
    readings = [_reading(VERDICTS[k], rng) for k in labels]
    return readings, np.array([features(*reading) for reading in readings]), labels


def test_features_are_computed_by_hand():
    relevance = np.array([0.8, 0.5, 0.2])
    scores = np.array([[0.1, 0.2, 0.7], [0.6, 0.3, 0.1], [0.2, 0.7, 0.1]])
    row = dict(zip(FEATURES, features(relevance, scores, np.array([0.9, 0.4, 0.3]), np.array([1.0, 0.0, 0.0]))))
    assert len(row) == len(FEATURES)
    assert row["best_support"] == 0.6 and row["best_refute"] == 0.7
    assert row["first_support"] == 0.1 and row["first_refute"] == 0.7
    assert row["relevance_of_best_support"] == 0.5 and row["relevance_of_best_refute"] == 0.8
    assert row["least_neutral"] == 0.2 and row["mean_relevance"] == pytest.approx(0.5)
    assert row["best_support_x_relevance"] == pytest.approx(0.3) and row["best_refute_x_relevance"] == pytest.approx(0.56)
    assert row["support_of_first_two"] == 0.6 and row["refute_of_first_two"] == 0.7
    assert row["coverage_of_best_support"] == 0.4 and row["coverage_of_best_refute"] == 0.9
    assert row["best_coverage"] == 0.9 and row["first_coverage"] == 0.9
    assert row["conflict_of_best_refute"] == 1.0 and row["any_conflict"] == 1.0


def test_a_fitted_model_reads_clear_readings_right_on_unseen_rows():
    _, x, y = _rows(300, seed=0)
    model = fit(x, y, l2=0.01)
    readings, _, labels = _rows(60, seed=1)
    assert [model.verdict(*reading) for reading in readings] == [VERDICTS[k] for k in labels]
    p = model.probabilities(x[:5])
    assert p.shape == (5, 3) and np.allclose(p.sum(axis=1), 1.0)


def test_fitting_is_deterministic_and_the_json_round_trips():
    _, x, y = _rows(90, seed=2)
    a, b = fit(x, y, l2=0.1), fit(x, y, l2=0.1)
    assert np.array_equal(a.weights, b.weights)
    back = Decision.from_json(json.loads(json.dumps(a.to_json())))
    assert np.allclose(back.probabilities(x), a.probabilities(x), atol=1e-4)


def test_a_model_fitted_on_other_features_is_refused():
    _, x, y = _rows(30, seed=3)
    stored = fit(x, y, l2=0.1).to_json()
    with pytest.raises(ValueError, match="calibrate_verifier"):
        Decision.from_json({**stored, "features": stored["features"][:-1]})
    with pytest.raises(ValueError, match="calibrate_verifier"):
        Decision.from_json({**stored, "weights": stored["weights"][:-1]})


def test_the_shipped_verdict_model_matches_this_code():
    stored = json.loads((WEIGHTS_DIR / "verifier.json").read_text())
    if "decision" not in stored:
        pytest.skip("no learned verdict shipped; the thresholds decide")
    model = Decision.from_json(stored["decision"])
    assert stored["decision"]["fitted_on"] == ["fmt-train", "fmt-train-off-topic"]
    assert stored["decision"]["l2"] in stored["calibration"]["l2_grid"]
    assert stored["decision"]["supported_shift"] in stored["calibration"]["shift_grid"]
    rng = np.random.default_rng(4)
    assert model.verdict(*_reading("not_found", rng)) == "not_found"


@pytest.mark.slow
def test_a_damaged_verdict_model_fails_at_load_in_one_line(tmp_path, factdesk_home):
    from qa.check.nli_model import NliModel, VerifierError
    from qa.config import Config

    weights = tmp_path / "weights"
    shutil.copytree(WEIGHTS_DIR, weights)
    config = json.loads((weights / "verifier.json").read_text())
    config["decision"] = {"features": ["something else"], "classes": list(VERDICTS)}
    (weights / "verifier.json").write_text(json.dumps(config))
    with pytest.raises(VerifierError) as err:
        NliModel(Config.from_env().cache_dir, weights)  # the session's export of the same weights
    assert "\n" not in str(err.value) and "calibrate_verifier.py --write" in str(err.value)
    assert decision.FEATURES  # the module's own names are untouched
