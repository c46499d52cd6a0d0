"""The learned line tagger that cuts a page into articles (qa/ingest/segmenter.py)."""

from __future__ import annotations

import json
import re
import unicodedata

import numpy as np
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from qa.ingest import line_model, segmenter
from qa.ingest.pages import _parse, split_pages


PAGE = """Skip to content
Home
News
Sport
Weather
Travel
Culture
Sign in

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
About us · Contact · Privacy · Terms
© 2025 The Kestrel Courier
"""


def test_stored_tagger_matches_the_features():
    stored = json.loads(segmenter.MODEL_PATH.read_text(encoding="utf-8"))
    assert stored["features"] == list(line_model.feature_names()) and stored["context"] == segmenter.CONTEXT
    assert segmenter.load() is not None
    assert not set(stored["trained_on"]) & set(stored["held_out"])


def test_numpy_tagger_matches_the_torch_network_it_was_trained_as():
    rng = np.random.default_rng(0)
    pages = [(rng.normal(size=(n, 12)), rng.integers(-1, 3, size=n)) for n in (5, 9, 14, 3)]
    tagger = segmenter.fit(pages, hidden=4, width=6, epochs=2)
    gru = torch.nn.GRU(6, 4, batch_first=True, bidirectional=True).double()
    with torch.no_grad():
        for side, suffix in (("forward", ""), ("backward", "_reverse")):
            for ours, theirs in (("w_ih", "weight_ih"), ("w_hh", "weight_hh"), ("b_ih", "bias_ih"),
                                 ("b_hh", "bias_hh")):
                getattr(gru, f"{theirs}_l0{suffix}").copy_(torch.tensor(getattr(getattr(tagger, side), ours)))
    x = pages[2][0]
    z = np.maximum(((x - tagger.mean) / tagger.scale) @ tagger.w_in.T + tagger.b_in, 0.0)
    states = gru(torch.tensor(z)[None])[0][0].detach().numpy()
    logits = np.concatenate([z, states], axis=1) @ tagger.w_out.T + tagger.b_out
    expected = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
    assert np.allclose(tagger.probabilities(x), expected, atol=1e-12)
    # each line's tags depend on lines far from it: the layer reads the whole page
    changed = x.copy()
    changed[-1] += 5.0
    assert not np.allclose(tagger.probabilities(changed)[0], tagger.probabilities(x)[0])


def test_segments_of_a_page():
    lines = _parse(PAGE)
    found = segmenter.segments([line.text for line in lines], [line.kind for line in lines])
    assert len(found) == 1
    (seg,) = found
    assert lines[seg.title].text == "Harbour bridge to close for six weeks of repairs"
    body = [lines[i].text for i in seg.body]
    assert body[0].startswith("The Kestrel Harbour bridge") and body[-1].startswith("Repairs are expected")


def test_split_takes_the_tagger_cut_and_the_rules_meta():
    assert sum(1 for line in PAGE.splitlines() if line.strip()) >= segmenter.MIN_LINES
    (article,) = split_pages([PAGE])[0]
    assert article.title == "Harbour bridge to close for six weeks of repairs"
    assert article.text.startswith("The Kestrel Harbour bridge") and article.text.endswith("before the end of January.")
    assert article.date_text == "2 hours ago"


def test_blank_page_has_no_segments():
    assert segmenter.segments(["", ""], ["blank", "blank"]) == []


def test_short_texts_are_left_to_the_rules(monkeypatch):
    calls = []
    monkeypatch.setattr(segmenter, "tag", lambda *args: calls.append(args))
    split_pages(["Bridge to close\nThe bridge closes on Monday for repairs.\nBuses will divert through the town."])
    assert not calls


def test_without_a_stored_tagger_the_rules_split(monkeypatch):
    monkeypatch.setattr(segmenter, "load", lambda: None)
    assert segmenter.segments(["Some text"], ["para"]) is None
    (article,) = split_pages([PAGE])[0]
    assert article.title == "Harbour bridge to close for six weeks of repairs"


_LINES = st.sampled_from([
    "Home", "News", "Sport", "Sign in", "Share this article", "Advertisement", "2 hours ago", "By Ana Pereira",
    "Ferry fares to rise in April", "Council backs new cycle lanes", "© 2025 The Kestrel Courier", "",
    "The council approved the plan on Tuesday after a long debate about costs.",
    "Buses will divert through the town centre, adding about ten minutes to journeys.",
    "Published: 12/03/2025 10:15", "Related stories", "Key facts", "Read more:",
])


@settings(max_examples=40, deadline=None)
@given(st.lists(st.one_of(_LINES, st.text(st.characters(blacklist_categories=("Cs",)), max_size=60)),
                min_size=segmenter.MIN_LINES, max_size=45))
def test_tagged_pages_keep_only_page_lines(lines):
    page = "\n".join(lines)
    flat = re.sub(r"[\s\u200b\u2060\ufeff]+", "", unicodedata.normalize("NFC", page))
    found = split_pages([page])[0]
    assert found == split_pages([page])[0]
    for article in found:
        assert article.text.strip() and article.title
        for line in article.text.split("\n"):
            assert re.sub(r"\s+", "", line) in flat
