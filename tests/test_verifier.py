"""Tests for qa.check.verifier: verdicts read by the trained verifier against the real seeds index."""

from __future__ import annotations

import dataclasses
import json

import pytest

from qa.check.nli_model import WEIGHTS_DIR, Entailment
from qa.check.verifier import Reading, Verifier, VerifierThresholds, choose

pytestmark = pytest.mark.slow


def test_default_checker_is_the_trained_verifier(seeds_assistant):
    assert isinstance(seeds_assistant.checker, Verifier)
    # the calibrated thresholds shipped in verifier.json, not the class defaults
    th = seeds_assistant.checker.thresholds
    shipped = json.loads((WEIGHTS_DIR / "verifier.json").read_text())["thresholds"]
    assert th != VerifierThresholds()
    assert (th.support, th.refute, th.rules_first) == (shipped["support"], shipped["refute"], shipped["rules_first"])


def test_a_changed_number_is_contradicted_and_the_detail_named(seeds_assistant):
    v = seeds_assistant.check("Ukraine's air force said Russia launched 600 drones overnight.")
    assert v.verdict == "contradicted"
    assert "426" in v.explanation and "600" in v.explanation
    assert "426" in v.evidence[0].quote


def test_the_reported_fact_is_supported_with_exact_evidence(seeds_assistant):
    v = seeds_assistant.check("Russia launched 426 drones and 24 missiles overnight, according to Ukraine's air force.")
    assert v.verdict == "supported"
    for c in v.evidence:
        assert seeds_assistant.article(c.article.id).text[c.start:c.end] == c.quote
    assert "426" in v.evidence[0].quote


def test_an_unrelated_claim_is_not_found(seeds_assistant):
    assert seeds_assistant.check("The Eiffel Tower was painted green in 1850.").verdict == "not_found"


def test_a_claim_about_someone_no_article_mentions_is_not_found(seeds_assistant):
    v = seeds_assistant.check("The Dalai Lama condemned the overnight drone attack on Odesa.")
    assert seeds_assistant.checker.thresholds.ground == 1
    assert v.verdict == "not_found"
    assert v.explanation == "No indexed article mentions Dalai Lama."


def _reading(relevance: list[float], scores: list[tuple[float, float, float]], unmentioned: str = ""):
    import numpy as np

    class _Ranked:
        pass

    ranked = _Ranked()
    ranked.relevance = np.array(relevance)
    ranked.coverage = np.array(relevance)  # the made-up sentences share words with the claim as they are relevant
    ranked.order = np.argsort(-ranked.relevance, kind="stable")
    return Reading(ranked, tuple(int(i) for i in ranked.order), tuple(Entailment(*s) for s in scores),
                   (False,) * len(scores), None, unmentioned)


def test_one_refuting_sentence_beats_weak_support_but_not_clear_support():
    th = VerifierThresholds(min_relevance=0.3, support=0.5, refute=0.6, override=0.9, candidates=4)
    weak = _reading([0.8, 0.7], [(0.7, 0.2, 0.1), (0.05, 0.15, 0.8)])
    assert choose(weak, th) == ("contradicted", 1)
    clear = _reading([0.8, 0.7], [(0.95, 0.04, 0.01), (0.05, 0.15, 0.8)])
    assert choose(clear, th) == ("supported", 0)


def test_irrelevant_sentences_do_not_decide():
    th = VerifierThresholds(min_relevance=0.5, support=0.5, refute=0.5, override=0.9, candidates=4)
    far = _reading([0.4, 0.2], [(0.99, 0.0, 0.01), (0.0, 0.0, 1.0)])
    assert choose(far, th)[0] == "not_found"
    assert choose(far, dataclasses.replace(th, min_relevance=0.1))[0] == "contradicted"


def test_an_unmentioned_subject_is_not_found_only_when_grounding_is_on():
    th = VerifierThresholds(min_relevance=0.3, support=0.5, refute=0.5, override=0.9, candidates=4, ground=1)
    read = _reading([0.8, 0.7], [(0.05, 0.15, 0.8), (0.1, 0.2, 0.7)], unmentioned="Pope")
    assert choose(read, th)[0] == "not_found"
    assert choose(read, dataclasses.replace(th, ground=0)) == ("contradicted", 0)
    assert choose(_reading([0.8, 0.7], [(0.05, 0.15, 0.8), (0.1, 0.2, 0.7)]), th) == ("contradicted", 0)


def test_a_learned_verdict_decides_where_the_rules_and_grounding_do_not():
    import numpy as np

    from qa.check.decision import features, fit

    rng = np.random.default_rng(0)
    rows, labels = [], []
    for k in range(300):  # made-up readings: a clear supporting or refuting sentence, or nothing relevant
        relevance, scores = np.sort(rng.uniform(0.1, 0.4, 4))[::-1], np.tile([0.1, 0.8, 0.1], (4, 1))
        if k % 3 < 2:
            relevance[0], scores[0] = 0.8, ([0.9, 0.05, 0.05] if k % 3 == 0 else [0.05, 0.05, 0.9])
        rows.append(features(relevance, scores, relevance, np.zeros(4)))
        labels.append(k % 3)
    model = fit(np.array(rows), np.array(labels), l2=0.01)
    th = VerifierThresholds(candidates=4, ground=1)
    refuted = _reading([0.8, 0.7], [(0.1, 0.8, 0.1), (0.05, 0.05, 0.9)])  # the second sentence refutes
    assert choose(refuted, th, model) == ("contradicted", 1)
    assert choose(_reading([0.8, 0.3], [(0.9, 0.05, 0.05), (0.1, 0.8, 0.1)]), th, model) == ("supported", 0)
    assert choose(_reading([0.2, 0.1], [(0.1, 0.8, 0.1), (0.1, 0.8, 0.1)]), th, model)[0] == "not_found"
    unmentioned = _reading([0.8, 0.7], [(0.1, 0.8, 0.1), (0.05, 0.05, 0.9)], unmentioned="Pope")
    assert choose(unmentioned, th, model)[0] == "not_found"


def test_rules_checker_is_still_selectable(tmp_path, seeds_assistant):
    from qa import Assistant, Config
    from qa.check.checker import FactChecker

    rules = Assistant(seeds_assistant.index_dir, dataclasses.replace(Config.from_env(), checker="rules"))
    assert isinstance(rules.checker, FactChecker)
    assert rules.check("Ukraine's air force said Russia launched 600 drones overnight.").verdict == "contradicted"
