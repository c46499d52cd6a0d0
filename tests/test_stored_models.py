"""The page splitter's small learned models stored as JSON: load, damage, round trip, reproducible training."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from qa.ingest import article_filter, segmenter, site_name

ROOT = Path(__file__).resolve().parents[1]

# module, its error, its training script, the arguments that reproduce it (the article filter refits from the
# out-of-fold rows stored with it; finding them again takes minutes: `python training/article_filter.py`)
MODELS = {
    "segmenter": (segmenter, segmenter.SegmenterError, "training/segmenter.py", []),
    "site_name": (site_name, site_name.SiteNameError, "training/site_name.py", []),
    "article_filter": (article_filter, article_filter.ArticleFilterError, "training/article_filter.py", ["--refit"]),
}


def _probabilities(module, model) -> np.ndarray:
    width = model.mean.shape[0]
    x = np.random.default_rng(0).normal(size=(5, width))
    return model.probabilities(x)


@pytest.mark.parametrize("name", sorted(MODELS))
def test_damaged_stale_or_missing_file(name, tmp_path, monkeypatch):
    module, error, script, _ = MODELS[name]
    bad = tmp_path / f"{name}.json"
    monkeypatch.setattr(module, "MODEL_PATH", bad)
    try:
        bad.write_text("{not json", encoding="utf-8")
        module.load.cache_clear()
        with pytest.raises(error) as err:
            module.load()
        assert "\n" not in str(err.value) and script in str(err.value) and "git checkout" in str(err.value)
        stale = json.loads((ROOT / "qa" / "ingest" / f"{name}.json").read_text(encoding="utf-8"))
        stale["features"] = stale["features"][:-1]
        bad.write_text(json.dumps(stale), encoding="utf-8")
        module.load.cache_clear()
        with pytest.raises(error, match="other features"):
            module.load()
        bad.unlink()
        module.load.cache_clear()
        assert module.load() is None
    finally:
        module.load.cache_clear()


@pytest.mark.parametrize("name", sorted(MODELS))
def test_json_round_trip(name):
    module = MODELS[name][0]
    model = module.load()
    again = type(model).from_json(json.loads(json.dumps(model.to_json())))
    assert np.allclose(_probabilities(module, model), _probabilities(module, again), atol=1e-6)


@pytest.mark.parametrize("name", sorted(MODELS))
def test_training_command_reproduces_the_stored_weights(name, tmp_path):
    module, _, script, args = MODELS[name]
    out = tmp_path / f"{name}.json"
    subprocess.run([sys.executable, str(ROOT / script), "--out", str(out), *args], check=True, capture_output=True,
                   cwd=ROOT)
    stored = json.loads(module.MODEL_PATH.read_text(encoding="utf-8"))
    fresh = json.loads(out.read_text(encoding="utf-8"))
    assert fresh["trained_on"] == stored["trained_on"] and fresh["features"] == stored["features"]
    for key, values in _flat(stored["weights"]).items():
        assert np.allclose(np.array(_flat(fresh["weights"])[key]), np.array(values), atol=1e-4), key


def _flat(weights: dict, prefix: str = "") -> dict:
    """The weight arrays of a model's JSON, nested parts (a recurrent layer's directions) named by their path."""
    out = {}
    for key, value in weights.items():
        out.update(_flat(value, f"{prefix}{key}.") if isinstance(value, dict) else {prefix + key: value})
    return out
