"""The rule checker (qa/check/checker.py, `checker="rules"`) against the real seeds index.

Verdicts, explanations, exact evidence, speed. The default checker, the trained verifier, is
tested in tests/test_verifier.py.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from conftest import DATA
from qa.check.quantities import extract

pytestmark = pytest.mark.slow
CLAIMS = [json.loads(line) for line in (DATA / "claims.jsonl").read_text().splitlines() if line.strip()]


@pytest.fixture(scope="module")
def rules_assistant(seeds_assistant):
    """The seeds index read with the rule checker."""
    from dataclasses import replace

    from qa import Assistant, Config

    return Assistant(seeds_assistant.index_dir, replace(Config.from_env(), checker="rules"))


@pytest.fixture(scope="module")
def verdicts(rules_assistant):
    """Every claim of the test set checked once."""
    return [(row, rules_assistant.check(row["claim"])) for row in CLAIMS]


def test_claim_set_is_wide_enough():
    kinds = Counter(row["verdict"] for row in CLAIMS)
    assert len(CLAIMS) >= 30 and min(kinds.values()) >= 8, kinds


def test_calibration_and_held_out_halves_share_no_fact():
    # qa/check/checker.py's thresholds were chosen on the calibration half
    # (training/calibrate_factcheck.py); altered twins of one fact stay in one half
    halves = {row["fact"]: set() for row in CLAIMS}
    for row in CLAIMS:
        halves[row["fact"]].add(row["split"])
    assert all(len(h) == 1 for h in halves.values())
    held_out = [row for row in CLAIMS if row["split"] == "held-out"]
    assert len(held_out) >= 25 and min(Counter(row["verdict"] for row in held_out).values()) >= 5


def test_accuracy_on_the_held_out_claims(verdicts):
    scored = {"calibration": [], "held-out": []}
    for row, v in verdicts:
        scored[row["split"]].append((row["claim"], row["verdict"], v.verdict))
    for half, rows in scored.items():
        wrong = [r for r in rows if r[1] != r[2]]
        print(f"\nfact-check accuracy {1 - len(wrong) / len(rows):.3f} on the {len(rows)} {half} claims; wrong: {wrong}")
    held_out = scored["held-out"]
    wrong = [r for r in held_out if r[1] != r[2]]
    # measured 0.867 (26/30) when the thresholds were chosen; the floor allows one more miss
    assert 1 - len(wrong) / len(held_out) >= 0.8, wrong


def test_every_contradiction_names_the_disagreeing_detail(verdicts):
    for row, v in verdicts:
        if v.verdict == "contradicted":
            assert v.explanation.startswith("The source says") and "the claim says" in v.explanation, v.explanation


def test_number_contradictions_quote_both_numbers(rules_assistant):
    v = rules_assistant.check("Ukraine's air force said Russia launched 600 drones overnight.")
    assert v.verdict == "contradicted"
    assert "426 drones" in v.explanation and "600" in v.explanation


def test_word_numbers_compare_with_digits(rules_assistant):
    v = rules_assistant.check("Two Russian glide bombs dropped on Sumy city wounded at least thirteen people.")
    assert v.verdict == "supported", v.explanation


def test_a_place_is_matched_by_all_its_words(rules_assistant):
    # The report says "the Sea of Japan": sharing the word "Sea" does not make it the Baltic Sea.
    v = rules_assistant.check("China and Russia began joint naval drills in the Baltic Sea.")
    assert v.verdict != "supported", v.explanation
    v = rules_assistant.check("China and Russia began joint naval drills in the Sea of Japan.")
    assert v.verdict == "supported", v.explanation


def test_a_claim_stated_across_two_sentences_of_one_report(rules_assistant):
    # "An oil depot ... of Sochi caught fire ..." and "... 127 firefighters were on Sunday tackling the blaze".
    v = rules_assistant.check("The Sochi oil depot fire was fought by 127 firefighters.")
    assert v.verdict == "supported", v.explanation
    assert "127 firefighters" in v.evidence[0].quote and "oil depot" in v.evidence[1].quote
    assert rules_assistant.check("The Sochi oil depot fire was fought by 172 firefighters.").verdict != "supported"


def test_numbers_are_compared_only_when_they_count_the_same_thing(rules_assistant):
    # 426 drones were launched, 224 downed: the claim's number must be checked against the downed count
    v = rules_assistant.check("Ukraine downed or jammed at least 426 Russian drones and missiles.")
    assert v.verdict == "contradicted" and "224" in v.explanation
    v = rules_assistant.check("203 drones disappeared from radars.")
    assert v.verdict == "supported"


def test_evidence_is_exact_and_deciding_sentence_first(verdicts, rules_assistant):
    for row, v in verdicts:
        assert v.evidence, row
        for c in v.evidence:
            assert rules_assistant.article(c.article.id).text[c.start:c.end] == c.quote
        if v.verdict == "supported" and row["type"] == "number":
            first = v.evidence[0].quote
            assert extract(first), first  # the deciding sentence carries the number


def test_explanation_is_one_plain_sentence(verdicts):
    for _, v in verdicts:
        assert v.explanation.endswith(".") and v.explanation.count(". ") == 0, v.explanation
        assert len(v.explanation.split()) <= 40


def test_json_shape(rules_assistant):
    data = rules_assistant.check("The Pope visited Sumy after the glide bomb attack.").to_json()
    assert data["verdict"] == "not_found"
    assert set(data) >= {"claim", "verdict", "explanation", "evidence"}
    assert all({"n", "article_id", "quote", "start", "end", "score"} <= set(c) for c in data["evidence"])


@pytest.mark.parametrize("claim", ["🚀🚀🚀 ???", "The the a an."])
def test_a_claim_with_nothing_to_check_is_not_found(rules_assistant, claim):
    verdict = rules_assistant.check(claim)
    assert verdict.verdict == "not_found"
