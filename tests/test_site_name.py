"""The learned chooser of a page's own name (qa/ingest/site_name.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from qa.ingest import segmenter, site_name
from qa.ingest.pages import split_pages

ROOT = Path(__file__).resolve().parents[1]

PAGE = """Skip to content
Menu
Search
Log in

Harbour bridge to close for six weeks of repairs
By Ana Pereira
2 hours ago

The Kestrel Harbour bridge will close to traffic from Monday while engineers replace its expansion joints.

Buses will divert through the town centre, adding about ten minutes to journeys, the council said.

Repairs are expected to finish before the end of January.

Share this article
Related stories
Ferry fares to rise in April
Council backs new cycle lanes
Most read
Harbour master retires after 30 years
Follow The Kestrel Courier on Facebook
Advertise with us
Careers
About us · Contact · Privacy · Terms
© 2025 The Kestrel Courier. All rights reserved.
"""


def lines_of(page: str) -> list[str]:
    return [line.strip() for line in page.splitlines() if line.strip()]


def test_candidates_include_lines_and_the_copyright_holder():
    found = {c.text: c for c in site_name.candidates(lines_of(PAGE))}
    assert found["The Kestrel Courier"].from_holder and not found["The Kestrel Courier"].from_line
    assert found["Skip to content"].from_line and found["Skip to content"].positions == (0,)
    assert "The Kestrel Harbour bridge will close to traffic from Monday" not in " ".join(found)
    holders = site_name.candidates(["Story text here.", "Copyright © 1998 - 2025 Eastbrook 9 News, part of Lakeview Media"])
    assert [c.text for c in holders if c.from_holder] == ["Eastbrook 9 News"]


def test_the_stored_chooser_names_the_page():
    stored = json.loads(site_name.MODEL_PATH.read_text(encoding="utf-8"))
    assert stored["features"] == list(site_name.FEATURES)
    assert site_name.choose(lines_of(PAGE)) == "The Kestrel Courier"
    assert site_name.choose(["Just a sentence about the weather today."]) is None


def test_an_article_without_an_outlet_takes_the_page_name(monkeypatch):
    assert len(lines_of(PAGE)) >= segmenter.MIN_LINES
    (article,) = split_pages([PAGE])[0]
    assert article.source == "The Kestrel Courier"
    (own,) = split_pages([PAGE.replace("By Ana Pereira\n", "By Ana Pereira · Harbour Weekly\n")])[0]
    assert own.source == "Harbour Weekly"
    monkeypatch.setattr(site_name, "load", lambda: None)
    (bare,) = split_pages([PAGE])[0]
    assert bare.source is None


def test_a_name_said_once_or_a_short_text_names_nothing():
    assert site_name.best(["Moscow"] + lines_of(PAGE)[5:-3], site_name.load()) == (None, 0.0)
    short = "Moscow\nThe talks will start on Monday, officials said.\n© 2025 The Kestrel Courier"
    (article,) = split_pages([short])[0]
    assert article.source is None


def test_damaged_or_stale_file_fails_with_one_line(tmp_path, monkeypatch):
    bad = tmp_path / "site_name.json"
    monkeypatch.setattr(site_name, "MODEL_PATH", bad)
    try:
        bad.write_text("[1, 2", encoding="utf-8")
        site_name.load.cache_clear()
        with pytest.raises(site_name.SiteNameError) as err:
            site_name.load()
        assert "\n" not in str(err.value) and "training/site_name.py" in str(err.value)
        stale = json.loads((ROOT / "qa" / "ingest" / "site_name.json").read_text(encoding="utf-8"))
        stale["features"] = stale["features"][:-1]
        bad.write_text(json.dumps(stale), encoding="utf-8")
        site_name.load.cache_clear()
        with pytest.raises(site_name.SiteNameError, match="other features"):
            site_name.load()
        bad.unlink()
        site_name.load.cache_clear()
        assert site_name.load() is None
    finally:
        site_name.load.cache_clear()


def test_json_round_trip():
    chooser = site_name.load()
    again = site_name.Chooser.from_json(json.loads(json.dumps(chooser.to_json())))
    x = np.random.default_rng(0).normal(size=(4, len(site_name.FEATURES)))
    assert np.allclose(chooser.probabilities(x), again.probabilities(x), atol=1e-6)


def test_training_command_reproduces_the_stored_weights(tmp_path):
    out = tmp_path / "site_name.json"
    subprocess.run([sys.executable, str(ROOT / "training" / "site_name.py"), "--out", str(out)], check=True,
                   capture_output=True, cwd=ROOT)
    stored = json.loads(site_name.MODEL_PATH.read_text(encoding="utf-8"))
    fresh = json.loads(out.read_text(encoding="utf-8"))
    assert fresh["trained_on"] == stored["trained_on"]
    for name, values in stored["weights"].items():
        assert np.allclose(np.array(fresh["weights"][name]), np.array(values), atol=1e-4), name
