"""Sentence boundaries as character spans, shared by chunking, answering and fact-checking."""

from __future__ import annotations

import re

from qa.text import STOPWORDS

# Words after which a period does not end a sentence.
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sr jr st mt ft gen col lt sgt capt cmdr adm gov sen rep pres
    rev hon no nos vs etc inc ltd co corp dept univ est approx fig al jan feb mar apr
    jun jul aug sep sept oct nov dec u.s u.k u.n e.g i.e a.m p.m""".split()
)
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+|$)|\n\s*\n|\n(?=\s*[-•*]\s)")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)[.!?]*[\"'”’)\]]*$")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split `text[start:end]` into sentences.

    Args:
        text: the full text.
        start: where to begin.
        end: where to stop (default: end of text).

    Returns:
        (start, end) offsets into `text`, whitespace trimmed, in order, non-overlapping.
    """
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _END.finditer(text, start, end):
        stop = match.end()
        if match.group().strip():
            nxt = text[stop:end].lstrip(" \t")
            if nxt[:1].islower() or _is_abbreviation(text, cursor, match.start() + 1, stop, end):
                continue
        _append_lines(text, cursor, stop, spans)
        cursor = stop
    _append_lines(text, cursor, end, spans)
    return spans


def _is_abbreviation(text: str, cursor: int, punct_end: int, stop: int, end: int) -> bool:
    if text[punct_end - 1] != ".":
        return False
    word = _WORD_BEFORE.search(text[cursor:punct_end])
    if word is None:
        return False
    token = word.group(1).lower().rstrip(".")
    nxt = text[stop:end].lstrip()
    if len(token) == 1 and token.isalpha() and word.group(1)[0].isupper():
        # An initial ("Thomas S. Murphy", "C. J. Anderson") unless a sentence plainly starts
        # next ("... the Saturn V. The first stage ..."): a capitalised function word.
        following = re.match(r"[A-Za-z']+", nxt)
        return not (following and following.group().lower() in STOPWORDS)
    if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
        # "U.S. officials" continues; "in the U.S. The next" is ambiguous: keep together
        # only when the next word is not capitalised or the token is a title.
        return not nxt[:1].isupper() or token in {"mr", "mrs", "ms", "dr", "prof", "st", "gen", "gov", "sen", "rep", "pres", "rev", "hon", "col", "lt", "sgt", "capt", "no"}
    return False


def _append_lines(text: str, a: int, b: int, spans: list[tuple[int, int]]) -> None:
    """Add text[a:b] trimmed, splitting at single newlines too (one paragraph per line)."""
    pos = a
    for line in text[a:b].split("\n"):
        s = pos + (len(line) - len(line.lstrip()))
        e = pos + len(line.rstrip())
        if e > s:
            spans.append((s, e))
        pos += len(line) + 1
