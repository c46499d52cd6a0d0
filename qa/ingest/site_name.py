"""A learned chooser of a page's own name (its masthead), the outlet of articles whose page says no other.

The splitter's rules read an article's outlet from the meta lines around its headline ("By NAME · OUTLET", "Source:
OUTLET") and from a site-name line over a menu. Many pages give their name only as a masthead line among the menu or
in the copyright line of the footer, and the rules then leave the outlet empty. This model scores the page's
candidate names: short lines near the top or the bottom of the page, and the holder named in a copyright line ("©
2025 NAME. All rights reserved."). Its features are shapes, not words: length, capitals (or a script without case),
where the candidate sits and how long its neighbour lines are, how often the page repeats it, whether a copyright
line or a web address holds it. A logistic regression stored in ``site_name.json`` next to this file, learned from
the layout corpus's gold outlets by ``python training/site_name.py``; the best candidate names the articles without
an outlet when the model gives it at least `MIN_PROBABILITY`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from qa.ingest import logistic, stored_model
from qa.ingest.cldr import names_languages
from qa.ingest.dates import DATE_RE
from qa.ingest.line_model import SENTENCE_END, WORD
from qa.text import unaccented

MODEL_PATH = Path(__file__).with_name("site_name.json")
# A wrong outlet is worse than none: of the thresholds whose pages read without their name still get a name at
# most 10% of the time, the one with the best outlet accuracy, leaving each training folder out in turn
# (`python training/site_name.py --lobo`, 60 folders, 816 articles): outlet 0.431 without the chooser, 0.801 at 0.875
# (7.9% named anyway), 0.792 at 0.9 (6.5%), 0.810 at 0.85 but 10.3% named anyway; 68 folders, 920 articles (session
# 19): 0.395, 0.798 at 0.875 (8.1%), 0.815 at 0.85 but 10.0% (57 of 569 pages); 80 folders, 1,076 articles, with
# the features `begins_copy` and `outlet_word` (session 21): 0.360, 0.790 at 0.9 (8.7%), 0.794 at 0.875 but 10.4%
# (69 of 665 pages); 84 folders, 1,140 articles (session 22): 0.364, 0.789 at 0.9 (9.3%), 0.795 at 0.875 but 11.0%
# (77 of 697 pages); 88 folders, 1,207 articles: 0.365, 0.790 at 0.9 (9.7%), 0.796 at 0.875 but 11.1% (81 of 729
# pages); the same with session 23's recurrent tagger: 0.369, 0.800 at 0.9 (9.7%), 0.806 at 0.875 but 11.1%; 92
# folders, 1,265 articles (session 24, with 0.925 added to the grid when 0.9 came out one page over): 0.370, 0.779 at
# 0.925 (7.9% of 761 pages), 0.800 at 0.9 but 10.1%, 0.751 at 0.95 (6.4%); 100 folders, 1,384 articles, with names
# said again by their core (session 25): 0.352, 0.777 at 0.925 (8.5% of 824 pages), 0.796 at 0.9 but 10.4% (session
# 24's features on the same folders: 0.761 at 0.925, 8.4%). (50 folders, session 18's
# features: 0.832 at 0.85 with 8.6%; session 17's: 0.822 at 0.85 with 9.3%. 47 folders: 0.514, 0.817 at 0.85
# with 9.3%; 25 folders: 0.680, 0.782 at 0.9 with 7.8%; 16 folders: 0.769 and 0.805; 18: 0.742, 0.811; 23: 0.703,
# 0.788.)
MIN_PROBABILITY = 0.925
# Lines read for candidates at each end of the page (non-blank lines), and a candidate's longest form.
_REACH = 12
_MAX_WORDS = 6
_COPY_WORDS = 20  # a line of the copy
_SENTENCE_WORDS = 8  # a sentence, not a heading
_COPYRIGHT = re.compile(r"©|\(c\)|\bcopyright\b", re.IGNORECASE)
_YEARS = re.compile(r"\b\d{4}\b(?:\s*[-–]\s*\d{4}\b)?")  # in any script's digits ("© ୨୦୨୬", "© ۲۰۲۶")
# Where a copyright holder's name ends: a sentence or list separator, a dash between spaces, "All rights ...".
_HOLDER_END = re.compile(r"\s*(?:[.·|•,;]\s|[।۔。，]|\s[-–—]\s|\ball rights\b|\bpart of\b|$)", re.IGNORECASE)
_DOMAIN = re.compile(r"[\w.-]+\.(?:[a-z]{2,})\b", re.IGNORECASE)
_ADDRESS = re.compile(r"\s*<[^<>\s]+@[^<>\s]+>")
# A company's legal form around the site's name in a copyright line ("NAME Pty Ltd", "NAME Publishing Ltd", "NAME
# GmbH", "UAB „NAME“", "NAME בע״מ"), with a trade word before a trailing form ("NAME Media Pty Ltd").
_LEGAL_TAIL = re.compile(
    r"(?:,?\s+(?:(?:media|publishing|publications|newspapers|communications|holdings|company)\s+)?"
    r"(?:llc|l\.l\.c\.|ltd\.?|limited|inc\.?|incorporated|corp\.?|plc|pty\.?(?:\s+ltd\.?)?|gmbh|ag|kg|s\.a\.?|sa|"
    r"s\.l\.|s\.p\.a\.|spa|s\.r\.l\.|srl|b\.v\.|bv|n\.v\.|oy|oyj|asa|a/s|sp\.\s?z\s?o\.\s?o\.|s\.r\.o\.|a\.s\.|kft\.?|"
    r"zrt\.?|d\.o\.o\.|&\s*co\.?|ооо|тоо|בע[\"״]מ))+$", re.IGNORECASE)
_LEGAL_HEAD = re.compile(r"^(?:uab|sia|ооо|тоо|зао|оао|ао|pt|ooo)\s+(?=[\"„“«'])", re.IGNORECASE)
_QUOTES = "\"'„“”«»‚‘’"
# An article word before a name: a copyright line often says "NAME" where the masthead says "The NAME".
_ARTICLE = re.compile(r"^(?:the|el|la|los|las|le|les|l'|l’|il|lo|gli|der|die|das|de|het|o|os|a|as)\s*(?<=\s|'|’)",
                      re.IGNORECASE)
_EDGES = " .,:;-–—|·•\"'"
# Words that name news outlets ("Valley Courier", "Rheinische Abendpost", "NewsNest", "Mansha FM", "روہی نیوز").
OUTLET_WORD = re.compile(
    r"(?:news|post|times|courier|standard|today|gazette|ledger|herald|tribune|press|journal|daily|weekly|review|"
    r"wire|dispatch|chronicle|observer|telegraph|mail|express|guardian|independent|radio|tv|television|media|"
    r"agency|magazine|quarterly|monthly|monitor|insider|report|bulletin|star|sun|mirror|record|register|examiner|"
    r"inquirer|sentinel|globe|network|channel|zeitung|blatt|rundschau|anzeiger|kurier|nachrichten|diario|"
    r"periódico|noticias|gaceta|heraldo|correo|correio|jornal|folha|gazeta|diário|notícias|quotidien|giornale|"
    r"corriere|gazzetta|"
    r"nieuws|dagblad|avis|avisen|bladet|tidning|tidningen|posten|nyheter|nyheder|kurier|gazeta|dziennik|"
    r"wiadomości|deník|noviny|zprávy|listy|fm|نیوز|समाचार|新闻|新聞|뉴스|ニュース)$", re.IGNORECASE)
FEATURES = ("bias", "words", "chars", "capitals", "all_caps", "digit", "repeated", "top3", "top", "bottom", "line",
            "holder", "lines_with", "mentions", "in_address", "in_copyright_line", "article_word", "lowercase_words",
            "prev_words", "next_words", "over_copy", "caseless", "begins_copy", "outlet_word")


class SiteNameError(RuntimeError):
    """The stored site-name model is damaged or was learned on other features."""


@dataclass(frozen=True)
class Candidate:
    """A name the page may call itself, with where it was found (non-blank line positions)."""

    text: str
    positions: tuple[int, ...]
    from_line: bool
    from_holder: bool


def candidates(lines: list[str]) -> list[Candidate]:
    """The page's candidate names, in first-seen order.

    Args:
        lines: the page's non-blank lines, whitespace-collapsed.

    Returns:
        Short lines near either end that close no sentence, and copyright holders.
    """
    found: dict[str, list] = {}

    def add(text: str, position: int, kind: int) -> None:
        text = _ADDRESS.sub("", text).strip(_EDGES)  # a sender's address after its name ("NAME <news@site.jo>")
        if kind == 2:
            text = _unlegal(text)
        if not text or len(text) > 60 or len(WORD.findall(text)) > _MAX_WORDS + 1 \
                or not any(c.isalpha() for c in text) or names_languages(text) or DATE_RE.search(text):
            return  # (a language switch or a date line names no site)
        entry = found.setdefault(text, [[], False, False])
        entry[0].append(position)
        entry[kind] = True

    for p, line in enumerate(lines):
        if (p < _REACH or p >= len(lines) - _REACH) and len(WORD.findall(line)) <= _MAX_WORDS \
                and not SENTENCE_END.search(line):
            add(line, p, 1)
        if _COPYRIGHT.search(line):
            for part in _COPYRIGHT.split(line):
                part = _YEARS.sub(" ", part).strip()
                if part:
                    add(_HOLDER_END.split(part, maxsplit=1)[0], p, 2)
    return [Candidate(text, tuple(pos), line, holder) for text, (pos, line, holder) in found.items()]


def _unlegal(name: str) -> str:
    """The name without a company's legal form around it ("Kestrel Media Pty Ltd" -> "Kestrel"; "UAB „Kestrel“" ->
    "Kestrel"); the name itself when nothing else would be left."""
    bare = _LEGAL_HEAD.sub("", _LEGAL_TAIL.sub("", name)).strip(_EDGES + _QUOTES)
    return bare if any(c.isalpha() for c in bare) else name


def _core(name: str) -> str:
    """The case-folded, accent-folded part of a name that other lines repeat: without its legal form and a leading
    article ("The Kestrel Courier", "Kestrel Courier LLC" -> "kestrel courier")."""
    core = _ARTICLE.sub("", _unlegal(name)).strip(_EDGES + _QUOTES)
    return _fold(core)


def _fold(text: str) -> str:
    return unaccented(text.casefold())


def _as_words(core: str) -> re.Pattern:
    """A pattern of a name's core as whole words, to search folded lines with."""
    return re.compile(r"(?<!\w)" + re.escape(core) + r"(?!\w)")


def names(line: str, outlet: str) -> bool:
    """Whether a line names an outlet, as written or by its core ("© 2026 Kestrel Courier LLC" names "The Kestrel
    Courier").

    Args:
        line: a line of a page.
        outlet: the outlet's name.

    Returns:
        True when the line holds the name, case-folded, or the core of a name of at least four letters as words.
    """
    core = _core(outlet)
    return outlet.casefold() in line.casefold() or (len(core) >= 4 and _as_words(core).search(_fold(line)) is not None)


def features(found: list[Candidate], lines: list[str]) -> np.ndarray:
    """The candidates' feature rows (`FEATURES` order).

    Args:
        found: the page's candidates.
        lines: the page's non-blank lines.

    Returns:
        An array of shape (len(found), len(FEATURES)).
    """
    lowered = [line.lower() for line in lines]
    folded = [_fold(line) for line in lines]
    copyright_lines = [k for k, line in enumerate(lines) if _COPYRIGHT.search(line)]
    addresses = [re.sub(r"[^a-z0-9.]", "", _fold(d)) for line in lines for d in _DOMAIN.findall(line)]
    rows = []
    for candidate in found:
        words = WORD.findall(candidate.text)
        n = max(len(words), 1)
        low = candidate.text.lower()
        # a line says the name as written, or its core ("The Kestrel Courier" in "© 2026 Kestrel Courier LLC")
        core = _core(candidate.text)
        core = core if len(core) >= 4 else ""
        as_words = _as_words(core) if core else None
        said = [max(line.count(low), len(as_words.findall(fold)) if as_words else 0)
                for line, fold in zip(lowered, folded)]
        with_it = sum(1 for times in said if times)
        squashed = re.sub(r"[^a-z0-9]", "", core or _fold(low))
        positions = candidate.positions
        rows.append([
            1.0, float(np.log1p(len(words))), float(np.log1p(len(candidate.text))),
            sum(w[0].isupper() for w in words) / n, float(candidate.text.isupper()),
            float(any(c.isdigit() for c in candidate.text)), float(with_it >= 2), float(min(positions) < 3),
            float(min(positions) < _REACH), float(max(positions) >= len(lines) - _REACH), float(candidate.from_line),
            float(candidate.from_holder), float(np.log1p(with_it)),
            float(np.log1p(sum(said))),
            float(len(squashed) >= 4 and any(squashed in a for a in addresses)),
            float(any(said[k] for k in copyright_lines)),
            float(bool(words) and words[0].lower() == "the"), sum(w[0].islower() for w in words) / n,
            _words_at(lines, positions[0] - 1), _words_at(lines, positions[0] + 1),
            # a dateline or a kicker stands right over the copy; a masthead over a menu, a headline or a notice
            float(all(p + 1 < len(lines) and len(WORD.findall(lines[p + 1])) >= _COPY_WORDS for p in positions)),
            # in a script without capitals (Odia, Arabic, Chinese) a name's words look like neither case
            sum(not (w[0].isupper() or w[0].islower()) for w in words) / n,
            # a description sentence begins with the site's name ("Otsi:tsa FM is a community radio station ...")
            float(any(line.startswith(candidate.text + " ") and len(WORD.findall(line)) >= _SENTENCE_WORDS
                      for line in lines)),
            float(any(OUTLET_WORD.search(w.strip(".'’")) for w in words))])
    return np.array(rows, dtype=float).reshape(len(found), len(FEATURES))


def _words_at(lines: list[str], i: int) -> float:
    # A masthead sits among short lines (a menu); a dateline or kicker next to a headline and a paragraph.
    return float(np.log1p(len(WORD.findall(lines[i])))) if 0 <= i < len(lines) else 0.0


# The chooser is a logistic regression over the candidates' features.
Chooser = logistic.Logistic
fit = logistic.fit


@lru_cache(maxsize=1)
def load() -> Chooser | None:
    """The stored chooser, loaded once per process; None when none is stored.

    Raises:
        SiteNameError: the file is damaged or was learned on other features.
    """
    return stored_model.read(MODEL_PATH, Chooser.from_json, FEATURES, "python training/site_name.py", SiteNameError)


def best(lines: list[str], chooser: Chooser, held: bool = False) -> tuple[str | None, float]:
    """The likeliest name the page corroborates, with its probability.

    A candidate counts only when the page names it twice, in a copyright line, or in a web address: a short line
    said once at the top (a dateline, a kicker) is not enough to call a page by it.

    Args:
        lines: the page's non-blank lines, whitespace-collapsed.
        chooser: the model.
        held: count only a name that a copyright line holds and another line says again.

    Returns:
        (name, probability), or (None, 0.0) when no candidate counts.
    """
    found = candidates(lines)
    if not found:
        return None, 0.0
    x = features(found, lines)
    col = {name: k for k, name in enumerate(FEATURES)}
    said_again = (x[:, col["repeated"]] > 0) | (x[:, col["holder"]] > 0) | (x[:, col["in_address"]] > 0)
    if held:
        said_again = (x[:, col["repeated"]] > 0) & (x[:, col["in_copyright_line"]] > 0)
    p = np.where(said_again, chooser.probabilities(x), 0.0)
    k = int(p.argmax())
    return (found[k].text, float(p[k])) if p[k] > 0 else (None, 0.0)


def choose(lines: list[str], chooser: Chooser | None = None, held: bool = False) -> str | None:
    """The page's own name, when the model is sure enough of one.

    Args:
        lines: the page's non-blank lines, whitespace-collapsed.
        chooser: the model to use (the stored one by default).
        held: only a name that a copyright line holds and another line says again (`best`).

    Returns:
        `best`'s name when its probability is at least `MIN_PROBABILITY`, else None.
    """
    chooser = chooser or load()
    if chooser is None:
        return None
    name, p = best(lines, chooser, held)
    return name if p >= MIN_PROBABILITY else None


def labelled_rows(lines: list[str], outlets: set[str]) -> tuple[np.ndarray, np.ndarray]:
    """Feature rows and labels of a page's candidates, for training.

    Args:
        lines: the page's non-blank lines.
        outlets: its gold articles' outlets, case-folded.

    Returns:
        (feature rows, 1 where the candidate is one of the outlets).
    """
    found = candidates(lines)
    x = features(found, lines)
    return x, np.array([int(c.text.casefold() in outlets) for c in found], dtype=int)
