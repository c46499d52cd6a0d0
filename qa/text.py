"""Word-level text tools shared by the reader, the fact checker and ingest: stopwords, tokens, stems, singulars,
accents."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

AUXILIARIES = frozenset("""am is are was were be been being do does did has have had will would can could
shall should may might must""".split())
WH_WORDS = frozenset("what which who whom whose when where why how".split())
_NEGATORS = frozenset("not no nor neither".split())
_PRONOUNS = frozenset("""i me my you your he him his she her it its it's we us our they them their
there here""".split())
_DETERMINERS = frozenset("""a an the this that these those each every both either all any some many much more
most few less least other such same own""".split())
_PREPOSITIONS = frozenset("""of in on at to for from by with without into onto upon over under about after before
during between against among through per up down out off across along around near toward towards since until""".split())
_CONNECTIVES = frozenset("""and or but as than then so if while also just only still yet too very again further
once s""".split())

# The one stopword set: English function words, which carry no topic.
STOPWORDS = AUXILIARIES | WH_WORDS | _NEGATORS | _PRONOUNS | _DETERMINERS | _PREPOSITIONS | _CONNECTIVES

# Attribution verbs. The fact checker ignores them: a source states the same fact with or
# without "X said", so "said" must not count as a claim word the evidence lacks.
REPORTING_WORDS = frozenset("said says say told tells according including include includes".split())
CLAIM_STOPWORDS = STOPWORDS | REPORTING_WORDS

# Words that end the noun phrase after a number ("426 drones overnight", "3 people said"):
# the stopwords, attribution verbs and time adverbs that follow a counted noun.
PHRASE_END_WORDS = STOPWORDS | REPORTING_WORDS | frozenset("overnight earlier later ago".split())

_TOKEN = re.compile(r"[$€£]?\d(?:[\d,.:]*\d)?(?:%|[a-zA-Z]+\b)?|[A-Za-zÀ-ÿ][\w’'\-.]*[\w]|[A-Za-zÀ-ÿ]|\S")
_LOW_SUFFIX = re.compile(r"(['’]s|[.])$")


class Token(NamedTuple):
    """A token of a text with its offsets in that text."""

    text: str
    start: int
    end: int
    low: str  # lower case, trailing possessive ('s, ’s) and dot removed


def tokenize(text: str) -> tuple[Token, ...]:
    """Split text into tokens with offsets; every non-space character lies in exactly one token.

    Tokens are, in order of preference: a number (digits with inner , . : separators, an
    optional leading $ € £ and an optional attached % or letter suffix: "$5", "1,000km",
    "24th", "1980s"); a word (a letter, then letters, digits, _, apostrophes, hyphens or dots,
    ending in a letter, digit or _: "Russia's", "Sea-2025", "U.S"); a single letter; else any
    single non-space character (punctuation, symbols, emoji).

    Args:
        text: a sentence, question or claim.

    Returns:
        Tokens in text order.
    """
    return _tokenize(text)


@lru_cache(maxsize=8192)
def _tokenize(text: str) -> tuple[Token, ...]:
    # Cached: one ask tokenises each candidate sentence several times, and passages recur.
    return tuple(Token(m.group(), m.start(), m.end(), _LOW_SUFFIX.sub("", m.group().lower()))
                 for m in _TOKEN.finditer(text))


def words(text: str) -> list[Token]:
    """The tokens of `text` that hold a letter or digit (no punctuation).

    Args:
        text: any text.

    Returns:
        Word and number tokens in text order.
    """
    return [t for t in tokenize(text) if any(ch.isalnum() for ch in t.text)]


def content_words(text: str) -> list[str]:
    """Lower-cased words of `text` that are not stopwords.

    Args:
        text: any text.

    Returns:
        The `low` form of every non-stopword word token, in order.
    """
    return [t.low for t in words(text) if t.low not in STOPWORDS]


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """The Snowball (English) stem of a word, lower-cased, possessive removed.

    Args:
        word: one word, any case ("Drones", "Russia's").

    Returns:
        The stem ("drone", "russia").
    """
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    return _stemmer().stemWord(w)


_IRREGULAR = {"people": "person", "persons": "person", "children": "child", "men": "man",
              "women": "woman", "police": "police", "personnel": "personnel", "staff": "staff",
              "troops": "troop", "feet": "foot", "news": "news", "series": "series"}


def singular(word: str) -> str:
    """A crude singular form, enough to match "drones" with "drone" (lower-cased).

    Args:
        word: one word, any case.

    Returns:
        Its singular: irregular plurals looked up, then -ies, -(ss|x|ch|sh)es and -s undone.
    """
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 4 and re.search(r"(ss|x|ch|sh)es$", w):
        return w[:-2]
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def plural_like(word: str) -> bool:
    """Whether a word looks like a plural noun ("drones", "people"), by its ending.

    Args:
        word: one word.

    Returns:
        True for irregular plurals and words ending in a plural -s.
    """
    w = word.lower()
    return w in _IRREGULAR or (len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")))


def same_stem(a: str, b: str) -> bool:
    """Two lower-cased words share all but a short ending (Russia/Russian, Zelensky/Zelenskyy).

    Args:
        a: a word, lower-cased.
        b: another word, lower-cased.

    Returns:
        True when their common prefix has at least 4 letters and at most 2 letters of the
        shorter word and 3 of the longer are left over (Ukraine/Ukrainian, not Austria/Australia).
    """
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n >= 4 and n >= min(len(a), len(b)) - 2 and n >= max(len(a), len(b)) - 3


def unaccented(text: str) -> str:
    """The text without combining accents, after compatibility decomposition ("L'Écho" -> "L'Echo").

    Args:
        text: any text.

    Returns:
        The text in NFKD form without its combining marks (ASCII text unchanged).
    """
    if text.isascii():
        return text
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))
