"""The learned filter that drops boxes the tagger cut as articles (qa/ingest/article_filter.py)."""

from __future__ import annotations

import json

import numpy as np

from qa.ingest import article_filter, segmenter
from qa.ingest.pages import screened_candidates, split_pages
from test_segmenter import PAGE

# The tagger's page with a consent box under its menu. The recurrent tagger (session 23) leaves a short box out by
# itself; this one, of long sentences, it reads as an article.
SHORT_CONSENT = PAGE.replace("Sign in\n", """Sign in

We value your privacy
We and our partners use cookies and similar technologies to store and access information on your device.
We use this information to personalise content and ads and to measure how our site is used.
Accept all
Manage preferences
""")
CONSENT = PAGE.replace("Sign in\n", """Sign in

Your privacy choices
We and our 142 partners use cookies and similar technologies to store and access information on your device, such \
as unique identifiers and browsing data.
We use this information to personalise content and advertising, to measure how our site is used and to develop and \
improve our products.
You can change your choices at any time by following the privacy link at the bottom of every page.
Accept all
Manage preferences
""")
STORY = "Harbour bridge to close for six weeks of repairs"


def _texts(articles: list) -> list[tuple[str, str]]:
    return [(a.title, a.text) for a in articles]


def _with(threshold: float) -> article_filter.ArticleFilter:
    stored = article_filter.load()
    return article_filter.ArticleFilter(stored.mean, stored.scale, stored.weights, threshold)


def test_stored_filter_matches_the_features_and_the_tagger_data():
    stored = json.loads(article_filter.MODEL_PATH.read_text(encoding="utf-8"))
    tagger = json.loads(segmenter.MODEL_PATH.read_text(encoding="utf-8"))
    assert stored["features"] == list(article_filter.FEATURES)
    assert stored["trained_on"] == tagger["trained_on"]  # found on the pages the tagger learned from
    assert 0.0 < stored["weights"]["min_probability"] < 0.5


def test_a_consent_box_scores_below_the_story_and_a_threshold_above_it_drops_it(monkeypatch):
    found, rows = screened_candidates(CONSENT)
    assert [a.title for a in found].count(STORY) == 1 and len(found) == 2
    p = article_filter.load().probabilities(rows)
    story = [a.title for a in found].index(STORY)
    # What is checked is the scores' order and that the threshold is what drops it. The box's score moves with the
    # training batches and the tagger: 0.08 against the story's 0.94 on fresh3-39, 0.14 against 0.75 on fresh3-47
    # (the short box, two-layer tagger); 0.82 against 0.96 on fresh3-88 (this box, recurrent tagger), which the
    # stored threshold keeps; 0.22 against 0.93 on fresh3-100. The short box: the tagger alone dropped it until
    # session 24; the tagger retrained on fresh3-100 finds it, and the filter drops it (0.028, threshold 0.03).
    assert p[story] > 0.5 and p[1 - story] < p[story]
    assert [a.title for a in split_pages([SHORT_CONSENT])[0]] == [STORY]
    just_above = _with(float(p[1 - story]) + 1e-3)
    monkeypatch.setattr(article_filter, "load", lambda: just_above)
    # (the outlets are named after the filter, by the site-name chooser: the articles are compared without them)
    assert _texts(split_pages([CONSENT])[0]) == _texts([found[story]])


def test_a_page_keeps_its_likeliest_article(monkeypatch):
    everything_low = _with(1.0)
    monkeypatch.setattr(article_filter, "load", lambda: everything_low)
    assert [a.title for a in split_pages([CONSENT])[0]] == [STORY]


def test_no_stored_filter_keeps_every_article(monkeypatch):
    found, _ = screened_candidates(CONSENT)
    monkeypatch.setattr(article_filter, "load", lambda: None)
    assert _texts(split_pages([CONSENT])[0]) == _texts(found)


def test_features_of_a_page():
    probs = np.array([[0.9, 0.05, 0.05], [0.0, 1.0, 0.0], [0.0, 0.5, 0.5], [0.1, 0.1, 0.8]])
    candidates = [article_filter.Candidate(100, (1,), 0, True, True), article_filter.Candidate(25, (2, 3), None, False,
                                                                                                 False)]
    rows = article_filter.features(candidates, probs)
    assert rows.shape == (2, len(article_filter.FEATURES))
    named = [dict(zip(article_filter.FEATURES, r)) for r in rows]
    assert named[0]["size"] == 1.0 and named[1]["size"] == 0.25
    assert named[0]["body"] == 1.0 and np.isclose(named[1]["body"], 0.3)
    assert named[0]["headline"] == 0.9 and named[1]["headline"] == 0.0
    assert named[0]["first"] == 1.0 and named[1]["last"] == 1.0 and np.isclose(named[0]["count"], np.log(2))
    assert article_filter.features([], probs).shape == (0, len(article_filter.FEATURES))
    assert _with(0.5).keep(np.zeros((0, len(article_filter.FEATURES)))) == []
