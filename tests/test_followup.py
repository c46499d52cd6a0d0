"""Follow-up questions rewritten into standalone ones (no model needed)."""

from __future__ import annotations

import pytest

from qa.read.followup import resolve_followup as _resolve
from qa.records import history_turns


def resolve_followup(question, history):
    return _resolve(question, history_turns(history))


@pytest.mark.parametrize("question,history,expected", [
    ("And the acting mayor of Sumy?", [{"question": "Who is the mayor of Kramatorsk?", "answer": "..."}],
     "Who is the acting mayor of Sumy?"),
    ("And missiles?", ["How many drones did Russia launch overnight?"],
     "How many missiles did Russia launch overnight?"),
    ("How many missiles?", ["How many drones did Russia launch overnight?"],
     "How many missiles did Russia launch overnight?"),
    ("What about Sumy?", ["Who is the mayor of Kramatorsk?"], "Who is the mayor of Sumy?"),
    ("And in Sumy?", ["How many people were wounded in Kramatorsk?"], "How many people were wounded in Sumy?"),
    ("In Odesa?", ["How many people were wounded in Kramatorsk?"], "How many people were wounded in Odesa?"),
    ("And the area?", ["What is the population of Paris?"], "What is the area of Paris?"),
    ("Who leads it?", ["What is the Russian Community?"], "Who leads the Russian Community?"),
    ("What did he say?", [{"question": "Who is the Kremlin spokesman?", "short_answer": "Dmitry Peskov"}],
     "What did Dmitry Peskov say?"),
])
def test_followups_resolve(question, history, expected):
    assert resolve_followup(question, history) == expected


def test_standalone_questions_are_unchanged():
    history = ["Who is the mayor of Kramatorsk?"]
    assert resolve_followup("How old is Fatima Kandeel?", history) == "How old is Fatima Kandeel?"
    assert resolve_followup("How many drones did Russia launch overnight?", history) == \
        "How many drones did Russia launch overnight?"


@pytest.mark.parametrize("question,previous", [
    ("Who chairs the committee?", "Who is the mayor of Lviv?"),  # a verb by its object, not by a word list
    ("How many ships attacked the port?", "How many tanks were destroyed near Bakhmut?"),
])
def test_full_questions_with_the_same_wh_word_stand_alone(question, previous):
    assert resolve_followup(question, [previous]) == question


def test_ellipsis_works_for_verbs_no_test_names():
    assert resolve_followup("How many tanks?", ["How many ships were destroyed near Bakhmut?"]) == \
        "How many tanks were destroyed near Bakhmut?"


def test_chained_followups_use_the_resolved_previous_turn():
    history = ["How many drones did Russia launch overnight?", "And missiles?"]
    assert resolve_followup("What about Ukraine?", history) == "How many missiles did Ukraine launch overnight?"


def test_no_history_or_bad_turns():
    assert resolve_followup("And missiles?", []) == "And missiles?"
    assert resolve_followup("And missiles?", [{"answer": "x"}, None, ""]) == "And missiles?"
