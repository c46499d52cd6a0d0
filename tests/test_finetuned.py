"""Tests for embeddings.finetuned: both trained models (reader, verifier) refuse damaged or missing weights."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from qa.check import nli_model
from qa.read import span_model

MODELS = {
    "reader": (span_model.SpanModel, span_model.WEIGHTS_DIR, span_model.ReaderError, "qa/read/weights",
               "training/reader.py"),
    "verifier": (nli_model.NliModel, nli_model.WEIGHTS_DIR, nli_model.VerifierError, "qa/check/weights",
                 "training/verifier.py"),
}


@pytest.fixture(params=sorted(MODELS))
def kind(request):
    return request.param


def _copy_weights(kind: str, tmp_path: Path) -> tuple[Path, dict]:
    target = tmp_path / "weights"
    shutil.copytree(MODELS[kind][1], target)
    return target, json.loads((target / f"{kind}.json").read_text())


def test_committed_weights_fit_the_budget_together():
    total = 0
    for kind, (_, weights_dir, _, _, _) in MODELS.items():
        config = json.loads((weights_dir / f"{kind}.json").read_text())
        blob = weights_dir / config["weights_file"]
        assert blob.suffix == ".safetensors"
        assert not config.get("smoke"), f"the committed {kind} weights come from a smoke run"
        total += blob.stat().st_size + (weights_dir / f"{kind}.json").stat().st_size
    assert total <= 25 * 1024 * 1024, total


def test_damaged_weights_raise_one_line_with_the_fix(kind, tmp_path):
    cls, _, error, folder, script = MODELS[kind]
    weights, config = _copy_weights(kind, tmp_path)
    blob = weights / config["weights_file"]
    data = bytearray(blob.read_bytes())
    data[len(data) // 2] ^= 0xFF
    blob.write_bytes(bytes(data))
    with pytest.raises(error) as info:
        cls(tmp_path / "cache", weights_dir=weights)
    message = str(info.value)
    assert "\n" not in message
    assert "damaged" in message and str(blob) in message
    assert f"git checkout {folder}" in message and script in message
    assert not (tmp_path / "cache").exists()  # nothing exported from bad weights


def test_missing_weights_raise_one_line_with_the_fix(kind, tmp_path):
    cls, _, error, folder, _ = MODELS[kind]
    weights, config = _copy_weights(kind, tmp_path)
    (weights / config["weights_file"]).unlink()
    with pytest.raises(error, match=rf"^{kind} weights missing at .*git checkout {folder}"):
        cls(tmp_path / "cache", weights_dir=weights)
    with pytest.raises(error, match="missing"):
        cls(tmp_path / "cache", weights_dir=tmp_path / "nowhere")


def test_damaged_config_raises_one_line(kind, tmp_path):
    cls, _, error, _, _ = MODELS[kind]
    weights, _ = _copy_weights(kind, tmp_path)
    (weights / f"{kind}.json").write_text("{not json")
    with pytest.raises(error) as info:
        cls(tmp_path / "cache", weights_dir=weights)
    assert "\n" not in str(info.value) and "damaged" in str(info.value)
