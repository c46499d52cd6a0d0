"""Numbers in news text: values, units and the thing they count ("426 drones", "a 10-year-old boy")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from qa.text import PHRASE_END_WORDS, plural_like, singular, tokenize

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
         "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
           "bn": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3, "tn": 1e12}
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "twentieth": 20, "hundredth": 100,
}
_MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_DISTANCE = {"km": "km", "kilometre": "km", "kilometer": "km", "kms": "km",
             "mile": "mile", "mi": "mile", "metre": "m", "meter": "m",
             "mm": "mm", "cm": "cm", "m": "m"}
_TIME_NOUNS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "century"}
_CURRENCY = {"$": "USD", "€": "EUR", "£": "GBP", "dollar": "USD", "euro": "EUR", "pound": "GBP"}
# A number with its currency sign and attached unit, a word, or a punctuation mark: the parts
# of one `qa.text` token ("$5bn" -> "$5" + "bn" suffix, "24th" -> "24" + "th").
_PART = re.compile(
    r"(?P<money>[$€£])?(?P<num>(?<![\w.,-])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.,-])\d+(?:\.\d+)?)"
    r"(?P<suffix>%|(?:km|bn|mn|tn|m|k)\b)?"
    r"|(?P<word>[A-Za-z]+(?:[-'’][A-Za-z0-9]+)*)"
    r"|(?P<punct>[^\sA-Za-z0-9])"
)
_AGE_SUFFIX = re.compile(r"^(?P<n>.+?)-years?-old$", re.I)


@dataclass(frozen=True)
class Quantity:
    """One number found in text, with what it measures.

    `kind` is one of count, age, percent, year, date, month, distance, money, duration,
    ordinal; `noun` is the singular head noun it counts (or the unit), `nouns` every word of
    the noun phrase; `start`/`end` are offsets of the whole mention in the text.
    """

    value: float
    kind: str
    noun: str | None
    nouns: frozenset[str]
    text: str
    start: int
    end: int
    unit: str | None = None
    qualifier: str | None = None

    def describe(self) -> str:
        """The quantity as a reader would write it, e.g. "426 drones" or "a 43-year-old"."""
        return self.text


@dataclass(frozen=True)
class _Tok:
    text: str
    low: str
    start: int
    end: int
    kind: str  # num, word, punct
    money: str | None = None
    suffix: str | None = None


def _lex(text: str) -> list[_Tok]:
    """The tokens of `qa.text.tokenize`, split into number, unit, currency, word and punctuation parts."""
    toks = []
    for token in tokenize(text):
        # matched against the whole text so the look-behinds see the characters before the token
        for m in _PART.finditer(text, token.start, token.end):
            if m.group("num") is not None:
                toks.append(_Tok(m.group(), m.group("num"), m.start(), m.end(), "num",
                                 m.group("money"), (m.group("suffix") or "").lower() or None))
            elif m.group("word") is not None:
                toks.append(_Tok(m.group(), m.group().lower(), m.start(), m.end(), "word"))
            else:
                toks.append(_Tok(m.group(), m.group(), m.start(), m.end(), "punct"))
    return toks


def is_month(word: str) -> bool:
    """Whether a word names a month ("March", "sept")."""
    return word.lower() in _MONTHS


def word_number(word: str) -> float | None:
    """The value of a number word: "seven" -> 7, "twenty-four" -> 24; None otherwise."""
    w = word.lower()
    if w in _UNITS:
        return float(_UNITS[w])
    if w in _TENS:
        return float(_TENS[w])
    parts = re.split(r"[-\s]", w)
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _UNITS and 0 < _UNITS[parts[1]] < 10:
        return float(_TENS[parts[0]] + _UNITS[parts[1]])
    return None


def extract(text: str) -> list[Quantity]:
    """Every quantity in `text`, in order.

    Args:
        text: a sentence or a claim.

    Returns:
        Quantities with value, kind, counted noun and offsets.
    """
    toks = _lex(text)
    out: list[Quantity] = []
    i = 0
    while i < len(toks):
        q, nxt = _read(text, toks, i)
        if q is not None:
            out.append(q)
            i = nxt
        else:
            i += 1
    return out


def _read(text: str, toks: list[_Tok], i: int) -> tuple[Quantity | None, int]:
    t = toks[i]
    low = t.low
    # dates: "July 23", "23 July", "October 7, 2023"; bare months: "in March"
    if t.kind == "word" and low in _MONTHS and (t.text[0].isupper()):
        if low == "may" and not (i + 1 < len(toks) and toks[i + 1].kind == "num"):
            return None, i + 1
        month = _MONTHS[low]
        if i + 1 < len(toks) and toks[i + 1].kind == "num" and toks[i + 1].suffix is None:
            v = float(toks[i + 1].low.replace(",", ""))
            if 1 <= v <= 31 and "." not in toks[i + 1].low:
                return _q(text, toks, i, i + 1, month * 100 + v, "date", None), i + 2
        return _q(text, toks, i, i, month, "month", None), i + 1
    if t.kind == "word" and low in _ORDINALS or (t.kind == "word" and "-" in low and low.split("-")[0] in _ORDINALS):
        head = low.split("-")
        value = _ORDINALS[head[0]]
        if len(head) > 1:
            return _q(text, toks, i, i, value, "ordinal", singular(head[-1]), {singular(head[-1])}), i + 1
        if low == "second" and i + 1 < len(toks) and toks[i + 1].low in PHRASE_END_WORDS:
            return None, i + 1
        noun, nouns, j = _noun_after(toks, i + 1, value)
        if noun is None:
            return None, i + 1
        return _q(text, toks, i, i, value, "ordinal", noun, nouns), i + 1
    if (t.kind == "num" and t.suffix is None and i + 1 < len(toks) and toks[i + 1].start == t.end
            and toks[i + 1].low in ("st", "nd", "rd", "th")):
        noun, nouns, _ = _noun_after(toks, i + 2, 1)
        return _q(text, toks, i, i + 1, float(t.low.replace(",", "")), "ordinal", noun, nouns), i + 2
    value, j, qual_start = _number_at(toks, i)
    if value is None:
        # "10-year-old", "five-year-old"
        m = _AGE_SUFFIX.match(t.text) if t.kind == "word" else None
        if m:
            v = word_number(m.group("n"))
            if v is not None:
                noun, nouns, _ = _noun_after(toks, i + 1, 1)
                return _q(text, toks, i, i, v, "age", noun, nouns), i + 1
        return None, i + 1
    last = j - 1
    num_tok = toks[i]
    # "10-year-old" written with a digit: tokens "10", "-", "year-old"
    if j + 1 < len(toks) and toks[j].text == "-" and re.fullmatch(r"years?-old", toks[j + 1].low):
        noun, nouns, _ = _noun_after(toks, j + 2, 1)
        return _q(text, toks, i, j + 1, value, "age", noun, nouns), j + 2
    if j + 2 < len(toks) and toks[j].low in ("years", "year") and toks[j + 1].low == "old":
        return _q(text, toks, i, j + 1, value, "age", None, frozenset()), j + 2
    # "aged 43"
    if i > 0 and toks[i - 1].low == "aged":
        return _q(text, toks, i - 1, last, value, "age", None, frozenset()), j
    # "Fatima Kandeel, 43, and ..."
    if (i >= 2 and toks[i - 1].text == "," and toks[i - 2].kind == "word" and toks[i - 2].text[:1].isupper()
            and j < len(toks) and toks[j].text in (",", ";", ")") and 0 < value < 120 and value == int(value)):
        return _q(text, toks, i, last, value, "age", singular(toks[i - 2].text), {singular(toks[i - 2].text)}), j
    money = num_tok.money
    suffix = num_tok.suffix
    if suffix == "%" or (j < len(toks) and toks[j].low in ("percent", "per")):
        end = j + 1 if j < len(toks) and toks[j].low == "percent" else (j + 2 if j < len(toks) and toks[j].low == "per" else last + 1)
        return _q(text, toks, i, end - 1, value, "percent", "percent", {"percent"}), end
    if money:
        return _q(text, toks, i, last, value, "money", _CURRENCY[money], {_CURRENCY[money]}, unit=_CURRENCY[money]), j
    if suffix in _DISTANCE or (j < len(toks) and singular(toks[j].low) in _DISTANCE):
        unit = _DISTANCE.get(suffix or "") or _DISTANCE[singular(toks[j].low)]
        end = last if suffix in _DISTANCE else j
        return _q(text, toks, i, end, value, "distance", unit, {unit}, unit=unit), end + 1
    if j + 1 < len(toks) and toks[j].text == "-" and singular(toks[j + 1].low) in _DISTANCE:
        unit = _DISTANCE[singular(toks[j + 1].low)]
        return _q(text, toks, i, j + 1, value, "distance", unit, {unit}, unit=unit), j + 2
    if (num_tok.kind == "num" and j == i + 1 and re.fullmatch(r"(1[89]|20)\d\d", num_tok.low)
            and not (j < len(toks) and toks[j].kind == "word" and plural_like(toks[j].low)
                     and toks[j].low not in _MONTHS)):
        return _q(text, toks, i, last, value, "year", None, frozenset()), j
    noun, nouns, k = _noun_after(toks, j, value)
    if noun is None and j + 1 < len(toks) and toks[j].low == "of" and value != 1:
        # "1,000 of the weapons"
        jj = j + 1 + (toks[j + 1].low in ("the", "its", "their", "his", "her"))
        noun, nouns, k = _noun_after(toks, jj, value)
    if noun in _TIME_NOUNS:
        return _q(text, toks, qual_start, j, value, "duration", noun, nouns, unit=noun), j + 1
    if noun is None and num_tok.kind == "word" and value == 1:
        return None, j
    return _q(text, toks, qual_start, last if noun is None else k, value, "count", noun, nouns,
              qualifier=_qualifier(toks, i)), j


def _qualifier(toks: list[_Tok], i: int) -> str | None:
    before = " ".join(t.low for t in toks[max(0, i - 2):i])
    for q in ("at least", "more than", "over", "nearly", "almost", "about", "around", "up to", "some", "fewer than", "less than"):
        if before.endswith(q):
            return q
    return None


def _number_at(toks: list[_Tok], i: int) -> tuple[float | None, int, int]:
    """Read a number (digits or words, with scale words) starting at token i."""
    t = toks[i]
    if t.kind == "num":
        if t.suffix == "%" or t.money or t.suffix in ("km",):
            value = float(t.low.replace(",", ""))
            if t.suffix in _SCALES:
                value *= _SCALES[t.suffix]
            return value, i + 1, i
        value = float(t.low.replace(",", ""))
        j = i + 1
        if t.suffix in _SCALES and t.suffix != "m" or (t.suffix == "m" and t.money):
            value *= _SCALES[t.suffix]
        while j < len(toks) and toks[j].low in _SCALES and toks[j].low not in ("m", "k") and toks[j].kind == "word":
            value *= _SCALES[toks[j].low]
            j += 1
        return value, j, i
    if t.kind != "word":
        return None, i + 1, i
    base = word_number(t.low)
    if base is None and t.low == "a" and i + 1 < len(toks) and toks[i + 1].low in ("hundred", "thousand", "million", "billion", "dozen"):
        base = 1.0
    if base is None:
        return None, i + 1, i
    value = base
    j = i + 1
    while j < len(toks):
        w = toks[j].low
        if w in _SCALES and w not in ("m", "k", "bn", "mn", "tn") and toks[j].kind == "word":
            value *= _SCALES[w]
            j += 1
        elif w == "dozen":
            value *= 12
            j += 1
        elif w == "and" and j + 1 < len(toks) and word_number(toks[j + 1].low) is not None and value >= 100:
            value += word_number(toks[j + 1].low)
            j += 2
        elif word_number(w) is not None and value >= 100 and value % 100 == 0:
            value += word_number(w)
            j += 1
        else:
            break
    return value, j, i


def _noun_after(toks: list[_Tok], j: int, value: float) -> tuple[str | None, frozenset[str], int]:
    """The counted noun after a number: the first plural word of the next few, else the last."""
    run: list[int] = []
    k = j
    while k < len(toks) and len(run) < 4:
        t = toks[k]
        if t.kind != "word" or t.low in PHRASE_END_WORDS or word_number(t.low) is not None:
            break
        run.append(k)
        k += 1
    if not run:
        return None, frozenset(), j
    head_index = run[-1]
    if value != 1:
        for idx in run:
            if plural_like(toks[idx].low):
                head_index = idx
                break
    elif len(run) > 2:
        head_index = run[1]
    nouns = frozenset(singular(toks[idx].low) for idx in run[: run.index(head_index) + 1])
    return singular(toks[head_index].low), nouns, head_index


def _q(text: str, toks: list[_Tok], a: int, b: int, value: float, kind: str, noun: str | None,
       nouns=frozenset(), unit: str | None = None, qualifier: str | None = None) -> Quantity:
    start, end = toks[a].start, toks[b].end
    return Quantity(value=float(value), kind=kind, noun=noun, nouns=frozenset(nouns), text=text[start:end],
                    start=start, end=end, unit=unit, qualifier=qualifier)


def same_value(a: Quantity, b: Quantity) -> bool:
    """Whether two quantities state the same number (tolerating rounding like 1.2 million)."""
    if a.unit != b.unit and a.kind in ("distance", "money"):
        return False
    if a.value == b.value:
        return True
    big = max(abs(a.value), abs(b.value))
    return big >= 1e5 and abs(a.value - b.value) / big < 0.05
