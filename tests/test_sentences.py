"""Sentence boundaries as exact character spans (qa/sentences.py)."""

from __future__ import annotations

import pytest

from qa.sentences import sentence_spans


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


@pytest.mark.parametrize("text,expected", [
    ("In December 1984, Thomas S. Murphy, chief executive officer of Capital Cities, agreed. He left.",
     ["In December 1984, Thomas S. Murphy, chief executive officer of Capital Cities, agreed.", "He left."]),
    ("Running back C. J. Anderson scored twice. The crowd cheered.",
     ["Running back C. J. Anderson scored twice.", "The crowd cheered."]),
    ("It was an upgraded version of the Saturn I. The first stage was stronger.",
     ["It was an upgraded version of the Saturn I.", "The first stage was stronger."]),
    ("Mr. Smith met Dr. Jones at 5 p.m. on Monday. They talked.",
     ["Mr. Smith met Dr. Jones at 5 p.m. on Monday.", "They talked."]),
    ('"We will not give up," she said. "Never."', ['"We will not give up," she said.', '"Never."']),
    ("Officials in the U.S. said it was over. Nobody agreed.", ["Officials in the U.S. said it was over.", "Nobody agreed."]),
])
def test_initials_abbreviations_and_quotes_stay_whole(text, expected):
    assert _sentences(text) == expected


def test_spans_are_exact_ordered_and_trimmed():
    text = "  First one.  Second, by John F. Kennedy.\n\nThird line\nFourth line. "
    spans = sentence_spans(text)
    assert [text[s:e] for s, e in spans] == ["First one.", "Second, by John F. Kennedy.", "Third line", "Fourth line."]
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:]))


def test_a_window_of_the_text_keeps_absolute_offsets():
    text = "Ignore this. Keep Thomas S. Murphy here. And this."
    start = text.index("Keep")
    spans = sentence_spans(text, start, text.index(" And"))
    assert [text[s:e] for s, e in spans] == ["Keep Thomas S. Murphy here."]
