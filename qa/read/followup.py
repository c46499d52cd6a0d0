"""Resolving elliptical follow-up questions ("And in Sumy?", "Who leads it?") against earlier turns."""

from __future__ import annotations

import re
from typing import Sequence

from qa.records import Turn
from qa.text import AUXILIARIES, REPORTING_WORDS, STOPWORDS, WH_WORDS, singular, tokenize

_LEAD = re.compile(r"^\s*(?:and|but|so|also|ok(?:ay)?|then)?\s*,?\s*(?:what|how)\s+about\s+|^\s*(?:and|but|also)\s+,?\s*",
                   re.I)
_WH = ("how many", "how much", "how long", "how far", "how old", "what", "which", "who", "whom", "whose",
       "when", "where", "why", "how")
_PREPOSITIONS = {"in", "at", "on", "for", "from", "to", "by", "during", "near", "since", "after", "before",
                 "with", "about", "over", "against", "inside", "outside", "across"}
# Words that end a noun-phrase slot of a question: verbs, wh-words, connectives, prepositions.
_BREAK = AUXILIARIES | WH_WORDS | REPORTING_WORDS | {"and", "or", "but", "that", "many", "much", "if", "than", "as"} \
    | _PREPOSITIONS
_ARTICLES = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"}
_PRONOUNS = {"it": "subject", "its": "possessive", "they": "subject", "them": "subject", "their": "possessive",
             "he": "person", "him": "person", "his": "person-possessive", "she": "person", "her": "person-possessive",
             "there": "place"}
# Words that open an object: after a verb, not after a noun ("leads the delegation", "say it").
_OBJECT_STARTS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "it", "them",
                  "him", "us", "me"}


def resolve_followup(question: str, history: Sequence[Turn]) -> str:
    """Rewrite a follow-up question into a standalone one using the previous turns.

    Ellipsis ("And missiles?", "What about the acting mayor of Sumy?", "In Sumy?") substitutes
    the fragment into the matching slot of the previous question; pronouns (it, they, he, she,
    there) are replaced with the previous question's subject, or for "he/she" after a "who"
    question, with its short answer when the history carries one. Standalone questions are
    returned unchanged.

    Args:
        question: the new question.
        history: earlier turns, oldest first.

    Returns:
        The standalone question.
    """
    previous: str | None = None
    previous_short: str | None = None
    for turn in history:
        asked, short = turn.resolved_question or turn.question, turn.short_answer
        if not asked.strip():
            continue
        previous = _resolve_one(asked.strip(), previous, previous_short) if previous else asked.strip()
        previous_short = short if isinstance(short, str) and short.strip() else None
    if not previous:
        return question
    return _resolve_one(question.strip(), previous, previous_short)


def _resolve_one(question: str, previous: str, previous_short: str | None) -> str:
    body = question.rstrip(" ?.!")
    lead = _LEAD.match(body)
    if lead:
        fragment = body[lead.end():].strip()
        if fragment and not _is_full_question(fragment):
            return _substitute(previous, fragment)
        body = fragment or body
        question = body + "?"
    low = body.lower()
    prev_wh = _wh_prefix(previous)
    wh = _wh_prefix(body)
    words = body.split()
    if wh and prev_wh == wh and len(words) <= len(wh.split()) + 3 and not _has_verb(words[len(wh.split()):]):
        # "How many missiles?" after "How many drones did Russia launch?"
        return _substitute(previous, " ".join(words[len(wh.split()):]))
    if not wh and len(words) <= 4 and words and words[0].lower() in _PREPOSITIONS:
        # "In Sumy?" after "How many people were wounded in Kramatorsk?"
        return _substitute(previous, body)
    pronoun = next((w for w in re.findall(r"[\w’']+", low) if w in _PRONOUNS), None)
    if pronoun:
        return _replace_pronouns(question, previous, previous_short)
    return question


def _is_full_question(fragment: str) -> bool:
    words = fragment.split()
    return bool(_wh_prefix(fragment)) and len(words) > 3 and _has_verb(words[1:])


def _has_verb(words: list[str]) -> bool:
    """Whether words after a wh-word read as a clause rather than a bare noun phrase.

    A clause holds an auxiliary or modal ("did", "is", "can"), a past form ("-ed"), or a word
    directly followed by a determiner or object pronoun ("leads the", "say it"): nouns are
    followed by prepositions or other nouns, verbs take objects.
    """
    lows = [w.lower().strip(",;:") for w in words]
    if any(w in AUXILIARIES or (len(w) > 4 and w.endswith("ed")) for w in lows):
        return True
    return any(w not in STOPWORDS and nxt in _OBJECT_STARTS for w, nxt in zip(lows, lows[1:]))


def _wh_prefix(text: str) -> str | None:
    low = text.lower().strip()
    for wh in _WH:
        if low == wh or low.startswith(wh + " "):
            return wh
    return None


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(t.text, t.start, t.end) for t in tokenize(text)]


def _phrases(question: str) -> list[tuple[int, int, int, int]]:
    """Noun-phrase slots of a question: (start, end, first token index, last token index).

    A slot is a run of tokens without verbs, wh-words or prepositions; "X of Y" is offered
    both whole and as its head "X".
    """
    toks = _tokens(question)
    out: list[tuple[int, int, int, int]] = []
    run: list[int] = []

    def flush():
        while run and toks[run[0]][0].lower() in _BREAK:
            run.pop(0)
        if run:
            out.append((toks[run[0]][1], toks[run[-1]][2], run[0], run[-1]))
        run.clear()

    for k, (word, _, _) in enumerate(toks):
        low = word.lower()
        if low in _BREAK or low == "of" or not re.match(r"[\w’']", word):
            flush()
        else:
            run.append(k)
    flush()
    # the names inside a run ("Russia" in "Russia launch overnight") are slots of their own
    names = []
    for start, end, a, b in out:
        k = a
        while k <= b:
            if toks[k][0][:1].isupper() and k > 0:
                j = k
                while j + 1 <= b and toks[j + 1][0][:1].isupper():
                    j += 1
                if (k, j) != (a, b):
                    names.append((toks[k][1], toks[j][2], k, j))
                k = j + 1
            else:
                k += 1
    out = out + names
    # "the mayor of Kramatorsk" as one slot too
    joined = []
    for a, b in zip(out, out[1:]):
        between = question[a[1]:b[0]].strip().lower()
        if between in ("of", "'s", "’s"):
            joined.append((a[0], b[1], a[2], b[3]))
    return out + joined


def _head(phrase: str) -> str:
    words = [w for w in re.findall(r"[\w’']+", phrase.lower().split(" of ")[0]) if w not in _ARTICLES]
    return singular(words[-1]) if words else ""


def _capitalised(phrase: str) -> bool:
    words = [w for w in phrase.split() if w.lower() not in _ARTICLES and w.lower() != "of"]
    return bool(words) and all(w[:1].isupper() for w in words)


def _substitute(previous: str, fragment: str) -> str:
    """Put `fragment` into the slot of `previous` it most plausibly replaces."""
    prev = previous.rstrip(" ?.!")
    first = fragment.split()[0].lower()
    if first in _PREPOSITIONS:
        fragment = first + fragment[len(first):]
        # replace the previous question's phrase after the same preposition, else append
        m = None
        for m in re.finditer(rf"\b{re.escape(first)}\s+", prev, re.I):
            pass
        if m is not None:
            rest = prev[m.end():]
            stop = re.search(r"\s(?:" + "|".join(sorted(_PREPOSITIONS)) + r")\s", rest, re.I)
            tail = rest[stop.start():] if stop else ""
            return f"{prev[:m.start()]}{fragment}{tail}?"
        return f"{prev} {fragment}?"
    slots = _phrases(prev)
    if not slots:
        return f"{prev} {fragment}?"
    frag_head = _head(fragment)
    frag_has_of = " of " in f" {fragment.lower()} "
    frag_proper = _capitalised(fragment)
    wh_end = len(_wh_prefix(prev) or "")

    def score(slot):
        start, end, _, _ = slot
        text = prev[start:end]
        s = 0.0
        if _head(text) == frag_head and frag_head:
            s += 4.0
        has_of = " of " in f" {text.lower()} "
        s += 1.0 if has_of == frag_has_of else 0.0
        if frag_proper == _capitalised(text):
            s += 2.0
        if start <= wh_end + 1:
            s += 0.5  # the focus right after "how many" / "which"
        if start == 0:
            s -= 3.0
        return s

    start, end, _, _ = max(slots, key=score)
    return f"{prev[:start]}{fragment}{prev[end:]}?"


def _subject(previous: str) -> str | None:
    """The previous question's topic: its longest proper-noun phrase, else its first noun phrase."""
    prev = previous.rstrip(" ?.!")
    slots = [prev[s:e] for s, e, _, _ in _phrases(prev) if s > 0 or not _wh_prefix(prev)]
    proper = [s for s in slots if _capitalised(s)]
    if proper:
        return max(proper, key=len)
    return slots[0] if slots else None


def _replace_pronouns(question: str, previous: str, previous_short: str | None) -> str:
    subject = _subject(previous)
    prev_is_who = (_wh_prefix(previous) or "") in ("who", "whom")

    def repl(m: re.Match) -> str:
        word = m.group(0)
        kind = _PRONOUNS[word.lower()]
        if kind.startswith("person") and prev_is_who and previous_short:
            target = previous_short
        elif kind == "place":
            place = [s for s in _phrases(previous.rstrip(" ?.!")) if _capitalised(previous[s[0]:s[1]])]
            target = f"in {previous[place[-1][0]:place[-1][1]]}" if place else None
        else:
            target = subject
        if not target:
            return word
        if kind.endswith("possessive"):
            return f"{target}'s"
        return target

    pattern = re.compile(r"\b(" + "|".join(_PRONOUNS) + r")\b", re.I)
    out = pattern.sub(repl, question, count=1)
    return out
