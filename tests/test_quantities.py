"""Unit tests for number extraction: words, separators, scales, units, ages, dates and counted nouns."""

from __future__ import annotations

import pytest

from qa.check.quantities import extract, same_value, word_number


def _one(text: str):
    found = extract(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("word,value", [("three", 3), ("seven", 7), ("twenty-four", 24), ("ninety", 90),
                                        ("eleven", 11), ("tree", None)])
def test_word_numbers(word, value):
    assert word_number(word) == value


@pytest.mark.parametrize("text,value,kind,noun", [
    ("Russia had launched 426 drones overnight", 426, "count", "drone"),
    ("Four Chinese vessels are taking part", 4, "count", "vessel"),
    ("a list of 1,200 names", 1200, "count", "name"),
    ("with 1.2 million subscribers", 1_200_000, "count", "subscriber"),
    ("twenty-four missiles were fired", 24, "count", "missile"),
    ("just 2 percent of all reported crime", 2, "percent", "percent"),
    ("a 12% rise", 12, "percent", "percent"),
    ("the 1,000km front line", 1000, "distance", "km"),
    ("a 620-mile front", 620, "distance", "mile"),
    ("a $4bn loan guarantee", 4e9, "money", "USD"),
    ("the exercises will last for three days", 3, "duration", "day"),
    ("the third round of talks", 3, "ordinal", "round"),
    ("the war that began in February 2022", 2022, "year", None),
    ("seven people were injured", 7, "count", "person"),
])
def test_values_kinds_and_nouns(text, value, kind, noun):
    q = [q for q in extract(text) if q.kind == kind][0]
    assert q.value == value and q.noun == noun
    assert text[q.start:q.end] == q.text


@pytest.mark.parametrize("text,value,noun", [
    ("a 10-year-old boy was killed", 10, "boy"),
    ("including a five-year-old boy", 5, "boy"),
    ("Fatima Kandeel, 43, and her two sons", 43, "kandeel"),
    ("Fatima Kandeel is 34 years old.", 34, None),
    ("a man aged 61 was hurt", 61, None),
])
def test_ages(text, value, noun):
    ages = [q for q in extract(text) if q.kind == "age"]
    assert [(q.value, q.noun) for q in ages] == [(value, noun)]


def test_two_counts_keep_their_own_nouns():
    found = extract("Russia had launched 426 drones and 24 missiles overnight.")
    assert [(q.value, q.noun) for q in found] == [(426, "drone"), (24, "missile")]


def test_dates_and_months():
    found = extract("When the war in Gaza began on October 7, 2023, and again in March")
    assert [(q.kind, q.value) for q in found] == [("date", 1007), ("year", 2023), ("month", 3)]


def test_qualifiers_and_of_phrases():
    q = _one("wounding at least 13 people")
    assert q.qualifier == "at least" and q.value == 13
    q = _one("make up to 1,000 of the weapons each day")
    assert q.noun == "weapon"


def test_one_of_is_not_a_count():
    assert extract("making it one of Russia's largest assaults") == []
    assert _one("one child was killed").noun == "child"


def test_same_value_tolerates_rounded_millions_only():
    a, b = _one("1.2 million subscribers"), _one("1,200,000 subscribers")
    assert same_value(a, b)
    assert not same_value(_one("203 drones"), _one("204 drones"))
