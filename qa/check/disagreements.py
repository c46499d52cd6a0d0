"""Where reports of one story disagree: their facts aligned sentence by sentence.

The reports of a story (near-duplicate texts grouped by `qa.ingest.stories`) are compared two
at a time. Their sentences are paired by shared content words; inside a pair of sentences,
numbers and dates are matched with the ones that measure the same thing (`qa.check.quantities`:
the same kind and counted noun, in the same order), and names, places and weekdays with the
ones standing in their place (a word-level alignment of the two sentences). A matched pair
that says the same is an agreement, one that says otherwise a difference. Spelling variants of
one name ("Zelensky" / "Zelenskyy", "US" / "United States") agree.

Every span is an offset into its article's text: `article.text[start:end]` is the quote.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import combinations
from typing import Any, Iterable, Literal, Sequence

from qa.check import quantities as qty
from qa.records import Article, Citation
from qa.sentences import sentence_spans
from qa.text import STOPWORDS, Token, same_stem, stem, words

FactKind = Literal["number", "name", "place", "date"]

# Sentences of two reports are one sentence told twice when this share of their content words
# (Dice) is shared; names are compared only in sentences this close, where a different name
# can only stand in the other's place.
# These three and SAME_SPELLING were chosen together on the validation half of tests/data/alignment
# by training/calibrate_alignment.py; F1 of "reports differ" on validation / test after each:
MIN_SENTENCE_DICE = 0.5  # grid 0.3-0.7, kept: 0.895 / 0.857 (hand-set values 0.867 / 0.803)
MIN_NAME_DICE = 0.5  # grid 0.3-0.9, was 0.6: 0.895 / 0.857 (hand-set values 0.867 / 0.803)
MIN_SHARED_WORDS = 2  # grid 1-5, was 3: 0.895 / 0.857 (hand-set values 0.867 / 0.803)
# A replaced run longer than this is a rewritten phrase, not a changed name.
MAX_NAME_WORDS = 4
# Two spellings of one name (same first letter) at least this alike are one name written two ways.
SAME_SPELLING = 0.8  # grid 0.7-0.95, kept (chosen with the three above): 0.895 / 0.857 (hand-set 0.867 / 0.803)
# Reports compared per story (each pair is compared): a wire story in fifty outlets is
# compared on its first dozen.
MAX_REPORTS = 12
CACHE_SIZE = 512


@dataclass(frozen=True)
class Alignment:
    """The thresholds that decide which sentences and names of two reports are compared.

    Defaults are the module constants (chosen on tests/data/alignment by
    training/calibrate_alignment.py); the calibration passes other values.
    """

    min_sentence_dice: float = MIN_SENTENCE_DICE
    min_name_dice: float = MIN_NAME_DICE
    min_shared_words: int = MIN_SHARED_WORDS
    same_spelling: float = SAME_SPELLING


ALIGNMENT = Alignment()

_LOCATION_PREPS = frozenset("in at near from into outside across inside towards toward".split())
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
_DATE_KINDS = frozenset({"date", "month", "year"})
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})
_MID_CAPITAL = re.compile(r"(?<=[A-Za-z0-9,’'\"] )([A-Z][\w’'-]*)")


@dataclass(frozen=True)
class Reading:
    """One report's wording of a fact: `article.text[start:end] == text`.

    `sentence_start`/`sentence_end` bound the sentence around it, for showing it in context.
    """

    article: Article
    start: int
    end: int
    text: str
    sentence_start: int
    sentence_end: int

    @property
    def sentence(self) -> str:
        """The whole sentence the fact stands in."""
        return self.article.text[self.sentence_start:self.sentence_end]

    @property
    def in_sentence(self) -> tuple[int, int]:
        """The fact's (start, end) offsets into `sentence`."""
        return self.start - self.sentence_start, self.end - self.sentence_start

    def to_json(self) -> dict[str, Any]:
        """The reading as JSON: its article, the exact quote and its offsets."""
        return {"article_id": self.article.id, "source": self.article.source, "title": self.article.title,
                "date": self.article.date, "quote": self.text, "start": self.start, "end": self.end,
                "sentence_start": self.sentence_start, "sentence_end": self.sentence_end}


@dataclass(frozen=True)
class FactPair:
    """One fact as two reports state it; `about` is what it measures ("drone"), when known."""

    kind: FactKind
    about: str | None
    a: Reading
    b: Reading

    def flipped(self) -> "FactPair":
        """The same pair with the two reports swapped."""
        return replace(self, a=self.b, b=self.a)

    def to_json(self) -> dict[str, Any]:
        """The pair as JSON: kind, about, and the two readings."""
        return {"kind": self.kind, "about": self.about, "a": self.a.to_json(), "b": self.b.to_json(),
                "summary": f"{report_label(self.a.article)} says “{self.a.text}”, "
                           f"{report_label(self.b.article)} says “{self.b.text}”"}


@dataclass(frozen=True)
class Difference(FactPair):
    """Two reports of one story state one fact differently."""


@dataclass(frozen=True)
class Agreement(FactPair):
    """Two reports of one story state one fact alike (possibly spelled differently)."""


@dataclass(frozen=True)
class StoryComparison:
    """The reports of one story, named by its lead headline, with their facts aligned."""

    story_id: str | None
    headline: str
    lead: Article
    reports: tuple[Article, ...]
    differences: tuple[Difference, ...] = ()
    agreements: tuple[Agreement, ...] = ()

    @property
    def differs(self) -> bool:
        """Whether any two reports state a fact differently."""
        return bool(self.differences)

    def marks(self, article_id: str) -> list[tuple[int, int]]:
        """The differing spans of one report, sorted and without overlaps.

        Args:
            article_id: one of the reports.

        Returns:
            (start, end) offsets into that report's text.
        """
        spans = sorted({(r.start, r.end) for d in self.differences for r in (d.a, d.b)
                        if r.article.id == article_id})
        out: list[tuple[int, int]] = []
        for start, end in spans:
            if out and start < out[-1][1]:
                out[-1] = (out[-1][0], max(out[-1][1], end))
            else:
                out.append((start, end))
        return out

    def disputes(self) -> list[tuple[FactKind, str | None, tuple[Reading, ...]]]:
        """The differing facts, each with every report's reading of it (not pair by pair).

        Readings linked by a difference or an agreement are one fact; a fact is listed when
        at least two of its readings differ.

        Returns:
            (kind, about, readings in report order) per differing fact, in text order of the first.
        """
        parent: dict[tuple, tuple] = {}

        def key(r: Reading) -> tuple:
            return (r.article.id, r.start, r.end)

        def find(k: tuple) -> tuple:
            while parent.setdefault(k, k) != k:
                parent[k] = parent[parent[k]]
                k = parent[k]
            return k

        readings: dict[tuple, Reading] = {}
        for pair in self.differences + self.agreements:
            readings[key(pair.a)], readings[key(pair.b)] = pair.a, pair.b
            parent[find(key(pair.a))] = find(key(pair.b))
        order = {a.id: i for i, a in enumerate(self.reports)}
        out = []
        seen: set[tuple] = set()
        for d in self.differences:
            root = find(key(d.a))
            if root in seen:
                continue
            seen.add(root)
            group = sorted((r for k, r in readings.items() if find(k) == root),
                           key=lambda r: (order.get(r.article.id, len(order)), r.start))
            out.append((d.kind, d.about, tuple(group)))
        return sorted(out, key=lambda f: (order.get(f[2][0].article.id, 0), f[2][0].start))

    def article_fields(self) -> dict[str, Any]:
        """What an article record adds about its story: its name, how many reports, whether they differ."""
        return {"story_title": self.headline, "story_reports": len(self.reports), "story_differs": self.differs}

    def summary_json(self) -> dict[str, Any]:
        """The story's name and counts, without the reports' texts."""
        return {"story_id": self.story_id, "headline": self.headline, "lead_article_id": self.lead.id,
                "reports": len(self.reports), "differs": self.differs, "differences": len(self.differences),
                "differing_facts": len(self.disputes()),
                "agreements": len(self.agreements)}

    def to_json(self) -> dict[str, Any]:
        """The whole comparison: the reports (full records), differences with exact quotes, agreements."""
        out = self.summary_json()
        out.update({
            "reports": [dict(a.to_json(), marks=[list(s) for s in self.marks(a.id)]) for a in self.reports],
            "report_count": len(self.reports),
            "differences": [d.to_json() for d in self.differences],
            "disputes": [{"kind": kind, "about": about, "readings": [r.to_json() for r in readings]}
                         for kind, about, readings in self.disputes()],
            "agreements": [g.to_json() for g in self.agreements],
        })
        return out


def article_with_story(article: Article, stories: dict[str, StoryComparison]) -> dict[str, Any]:
    """An article record plus its story's name, report count and whether the reports differ.

    Args:
        article: the article.
        stories: comparisons by story id (an article without a story id is its own story).

    Returns:
        `article.to_json()`, with `StoryComparison.article_fields` added when its story is known.
    """
    story = stories.get(article.story_id or article.id)
    return dict(article.to_json(), **(story.article_fields() if story is not None else {}))


# -- naming ---------------------------------------------------------------------------------------
def lead_report(reports: Sequence[Article]) -> Article:
    """The report a story is named after: the earliest dated one, else the most complete.

    Args:
        reports: the story's reports (at least one).

    Returns:
        The earliest report by its ISO date (on a tie, the longest text); when no report is
        dated, the one with the longest text.
    """
    dated = [a for a in reports if a.date]
    pool = dated or list(reports)
    return min(pool, key=lambda a: (a.date or "", -len(a.text), a.id))


def story_headline(reports: Sequence[Article]) -> str:
    """The name of a story: its lead report's title.

    Args:
        reports: the story's reports (at least one).

    Returns:
        The headline, whitespace normalised.
    """
    return " ".join(lead_report(reports).title.split())


def report_label(article: Article) -> str:
    """How a report is named in "A says X": its outlet, else its headline in quotes.

    Args:
        article: the report.

    Returns:
        A short label.
    """
    if article.source and article.source.strip():
        return article.source.strip()
    title = " ".join(article.title.split())
    return f"“{title[:60]}…”" if len(title) > 60 else f"“{title}”"


# -- comparing ------------------------------------------------------------------------------------
def compare_reports(reports: Sequence[Article], story_id: str | None = None,
                    alignment: Alignment = ALIGNMENT) -> StoryComparison:
    """Align the facts of every pair of a story's reports.

    Args:
        reports: the story's reports (any order; at least one).
        story_id: the story's id (default: the reports' own).
        alignment: the thresholds of sentence and name matching.

    Returns:
        The comparison; reports are listed lead first, then by date and id.
    """
    if not reports:
        raise ValueError("a story has at least one report")
    ordered = _ordered(reports)
    lead = ordered[0]
    differences: list[Difference] = []
    agreements: list[Agreement] = []
    for a, b in combinations(ordered[:MAX_REPORTS], 2):
        diffs, agrees = _pair_facts(a, b, alignment)
        differences += diffs
        agreements += agrees
    return StoryComparison(story_id if story_id is not None else lead.story_id, " ".join(lead.title.split()),
                           lead, tuple(ordered), tuple(differences), tuple(agreements))


def _ordered(reports: Sequence[Article]) -> list[Article]:
    """The lead report, then the others by date and id: the order reports are compared and listed in."""
    lead = lead_report(reports)
    return [lead] + sorted((a for a in reports if a.id != lead.id), key=lambda a: (a.date or "~", a.id))


@lru_cache(maxsize=4 * CACHE_SIZE)
def _pair_facts(a: Article, b: Article, alignment: Alignment) -> tuple[tuple[Difference, ...], tuple[Agreement, ...]]:
    """The differences and agreements of two reports, remembered: a story and a citation of it share them."""
    diffs, agrees = _compare_pair(_analysed(a), _analysed(b), alignment)
    return tuple(diffs), tuple(agrees)


@lru_cache(maxsize=CACHE_SIZE)
def _analysed(article: Article) -> _Report:
    return _analyse(article)


_CACHE: OrderedDict[tuple, StoryComparison] = OrderedDict()
_CACHE_LOCK = threading.Lock()


def compare_story(reports: Sequence[Article], story_id: str | None = None) -> StoryComparison:
    """`compare_reports`, remembered per process for the same reports (ids are content hashes).

    Args:
        reports: the story's reports.
        story_id: the story's id (default: the reports' own).

    Returns:
        The comparison.
    """
    if len(reports) < 2:  # nothing to compare: cheap, and kept out of the cache of real comparisons
        return compare_reports(reports, story_id)
    key = (story_id, tuple(sorted((a.id, len(a.text), a.date or "", a.source or "", a.title) for a in reports)))
    with _CACHE_LOCK:
        found = _CACHE.get(key)
        if found is not None:
            _CACHE.move_to_end(key)
            return found
    comparison = compare_reports(reports, story_id)
    with _CACHE_LOCK:
        _CACHE[key] = comparison
        while len(_CACHE) > CACHE_SIZE:
            _CACHE.popitem(last=False)
    return comparison


def differences_in(comparison: StoryComparison, article: Article, start: int, end: int) -> tuple[Difference, ...]:
    """The differences whose reading in `article` lies inside `article.text[start:end]`.

    Args:
        comparison: the story's comparison.
        article: one of its reports (e.g. a cited one).
        start: start of the quoted span.
        end: end of the quoted span.

    Returns:
        Those differences, each oriented so that `a` is this article's reading.
    """
    return _inside(comparison.differences, article, start, end)


def _inside(differences: Iterable[Difference], article: Article, start: int, end: int) -> tuple[Difference, ...]:
    out = []
    for d in differences:
        for pair in (d, d.flipped()):
            if pair.a.article.id == article.id and start <= pair.a.start and pair.a.end <= end:
                out.append(pair)
    return tuple(out)


def cited_differences(citations: Iterable[Citation], focus: str | None = None) -> tuple[Difference, ...]:
    """How the other reports of the cited stories differ on what the citations quote.

    Args:
        citations: the citations (each with its story's other reports in `also_reported_by`).
        focus: a question or claim; when given, only differences about its numbers, names
            or dates are kept (a claim about drones is not shown a difference about missiles).

    Returns:
        Differences oriented with the cited report as `a`, in citation order, without repeats.
    """
    out: list[Difference] = []
    seen: set[tuple] = set()
    for c in citations:
        if not c.also_reported_by:
            continue
        # Only the pairs with the cited report can hold its differences: the story's other pairs
        # are not compared (on a cold cache, 11 pairs of a dozen reports instead of 66).
        compared = _ordered((c.article,) + tuple(c.also_reported_by))[:MAX_REPORTS]
        differences = [d for a, b in combinations(compared, 2) if c.article.id in (a.id, b.id)
                       for d in _pair_facts(a, b, ALIGNMENT)[0]]
        for d in _inside(differences, c.article, c.start, c.end):
            key = (d.a.article.id, d.a.start, d.b.article.id, d.b.start)
            if key not in seen and (focus is None or _concerns(d, focus)):
                seen.add(key)
                out.append(d)
    return tuple(out)


@dataclass(frozen=True)
class SaidOtherwise:
    """One report's reading of a fact and what the other reports say in its place."""

    reading: Reading
    others: tuple[tuple[str, tuple[str, ...]], ...]  # (their wording, labels of the reports saying it)


def said_otherwise(differences: Sequence[FactPair]) -> list[SaidOtherwise]:
    """Differences oriented on one report, one entry per reading of it, other reports grouped by wording.

    Args:
        differences: differences, e.g. from `cited_differences`.

    Returns:
        One entry per differing reading of the first report, in order; reports saying the same
        thing share one wording, each report labelled once (`report_label`).
    """
    groups: dict[tuple, list[FactPair]] = {}
    for d in differences:
        groups.setdefault((d.a.article.id, d.a.start, d.a.end), []).append(d)
    out = []
    for pairs in groups.values():
        others: dict[str, list[str]] = {}
        for d in pairs:
            names = others.setdefault(d.b.text, [])
            if report_label(d.b.article) not in names:
                names.append(report_label(d.b.article))
        out.append(SaidOtherwise(pairs[0].a, tuple((text, tuple(names)) for text, names in others.items())))
    return out


def describe(differences: Sequence[FactPair]) -> list[str]:
    """Plain lines "Reports differ: A says “X”, B says “Y”." for differences oriented on one report.

    Differences sharing one reading of the first report make one line; outlets saying the same
    thing are joined ("B and C say ...").

    Args:
        differences: differences, e.g. from `cited_differences`.

    Returns:
        One line per differing fact.
    """
    lines = []
    for fact in said_otherwise(differences):
        parts = [f"{report_label(fact.reading.article)} says “{fact.reading.text}”"]
        for text, names in fact.others:
            who = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
            parts.append(f"{who} say{'s' if len(names) == 1 else ''} “{text}”")
        lines.append("Reports differ: " + ", ".join(parts) + ".")
    return lines


def marked_pieces(text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[str, bool]]:
    """`text` cut at the spans to mark (e.g. `StoryComparison.marks`), for any renderer.

    Args:
        text: the text.
        spans: (start, end) offsets, sorted and not overlapping; a span out of order or out of
            range is left unmarked.

    Returns:
        (piece, marked) in order; the pieces joined are `text`.
    """
    out, cursor = [], 0
    for start, end in spans:
        if not cursor <= start < end <= len(text):
            continue
        out += [(text[cursor:start], False), (text[start:end], True)]
        cursor = end
    return out + [(text[cursor:], False)]


# -- one pair of reports --------------------------------------------------------------------------
@dataclass(frozen=True)
class _Sentence:
    start: int
    end: int
    stems: frozenset[str]
    tokens: tuple[Token, ...]  # word tokens, offsets into the article text
    quantities: tuple[qty.Quantity, ...]  # offsets into the article text


@dataclass(frozen=True)
class _Report:
    article: Article
    sentences: tuple[_Sentence, ...]
    capitalised: frozenset[str]  # words written capitalised inside a sentence somewhere


def _analyse(article: Article) -> _Report:
    sentences = []
    text = article.text
    for s, e in sentence_spans(text):
        piece = text[s:e]
        toks = tuple(t._replace(start=t.start + s, end=t.end + s) for t in words(piece))
        stems = frozenset(stem(t.low) for t in toks if t.low not in STOPWORDS and not t.low[0].isdigit())
        quants = tuple(replace(q, start=q.start + s, end=q.end + s) for q in qty.extract(piece))
        sentences.append(_Sentence(s, e, stems, toks, quants))
    capitalised = frozenset(m.group(1) for m in _MID_CAPITAL.finditer(text))
    return _Report(article, tuple(sentences), capitalised)


def _pairs(a: _Report, b: _Report, alignment: Alignment) -> list[tuple[_Sentence, _Sentence, float]]:
    """Sentences of `a` paired one to one with the sentences of `b` that tell the same."""
    postings: dict[str, list[int]] = {}
    for j, sent in enumerate(b.sentences):
        for s in sent.stems:
            postings.setdefault(s, []).append(j)
    scored = []
    for i, sa in enumerate(a.sentences):
        shared: dict[int, int] = {}
        for s in sa.stems:
            for j in postings.get(s, ()):
                shared[j] = shared.get(j, 0) + 1
        for j, n in shared.items():
            sb = b.sentences[j]
            dice = 2 * n / (len(sa.stems) + len(sb.stems))
            if n >= alignment.min_shared_words and dice >= alignment.min_sentence_dice:
                scored.append((dice, i, j))
    scored.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_a: set[int] = set()
    used_b: set[int] = set()
    out = []
    for dice, i, j in scored:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            out.append((a.sentences[i], b.sentences[j], dice))
    return out


def _compare_pair(a: _Report, b: _Report, alignment: Alignment) -> tuple[list[Difference], list[Agreement]]:
    differences: list[Difference] = []
    agreements: list[Agreement] = []
    for sa, sb, dice in _pairs(a, b, alignment):
        if a.article.text[sa.start:sa.end].translate(_QUOTES) == b.article.text[sb.start:sb.end].translate(_QUOTES):
            for qa in sa.quantities:
                qb = next((q for q in sb.quantities if q.start - sb.start == qa.start - sa.start), None)
                if qb is not None:
                    agreements.append(Agreement(_fact_kind(qa), _about(qa), _reading(a, sa, qa.start, qa.end),
                                                _reading(b, sb, qb.start, qb.end)))
            continue
        _compare_quantities(a, sa, b, sb, differences, agreements)
        if dice >= alignment.min_name_dice:
            _compare_names(a, sa, b, sb, differences, agreements, alignment.same_spelling)
    return differences, agreements


def _compare_quantities(a: _Report, sa: _Sentence, b: _Report, sb: _Sentence,
                        differences: list[Difference], agreements: list[Agreement]) -> None:
    """Numbers that measure the same thing, matched in order within the two sentences."""
    groups_a = _by_slot(a, sa)
    groups_b = _by_slot(b, sb)
    for slot, qas in groups_a.items():
        qbs = groups_b.get(slot)
        if not qbs:
            continue
        if len(qas) == len(qbs):
            matched = list(zip(qas, qbs))
        else:
            # Unequal counts: which number stands for which is unclear; only equal values pair.
            matched = [(qa, qb) for qa in qas for qb in qbs if qty.same_value(qa, qb)][:1]
        for qa, qb in matched:
            ra, rb = _reading(a, sa, qa.start, qa.end), _reading(b, sb, qb.start, qb.end)
            if qty.same_value(qa, qb):
                agreements.append(Agreement(_fact_kind(qa), _about(qa), ra, rb))
            else:
                differences.append(Difference(_fact_kind(qa), _about(qa), ra, rb))


def _by_slot(report: _Report, sent: _Sentence) -> dict[tuple, list[qty.Quantity]]:
    """A sentence's quantities grouped by what they measure: kind, counted noun or unit, else the word before."""
    out: dict[tuple, list[qty.Quantity]] = {}
    for q in sent.quantities:
        if q.kind in _DATE_KINDS:
            slot: tuple = (q.kind,)
        elif q.noun or q.unit:
            slot = (q.kind, q.noun or q.unit)
        else:
            before = [t.low for t in sent.tokens if t.end <= q.start]
            if not before:
                continue  # a bare number at a sentence start: nothing says what it counts
            slot = (q.kind, None, stem(before[-1]))
        out.setdefault(slot, []).append(q)
    return out


def _compare_names(a: _Report, sa: _Sentence, b: _Report, sb: _Sentence,
                   differences: list[Difference], agreements: list[Agreement], same_spelling: float) -> None:
    """Names, places and weekdays that stand in each other's place in two tellings of one sentence."""
    ta, tb = sa.tokens, sb.tokens
    matcher = SequenceMatcher(None, [_norm(t.low) for t in ta], [_norm(t.low) for t in tb], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "replace" or i2 - i1 > MAX_NAME_WORDS or j2 - j1 > MAX_NAME_WORDS:
            continue
        run_a, run_b = ta[i1:i2], tb[j1:j2]
        if any(ch.isdigit() for t in run_a + run_b for ch in t.text):
            continue  # numbers are compared as quantities
        if all(t.low in _WEEKDAYS for t in run_a + run_b):
            kind: FactKind = "date"
        elif _is_name(a, sa, run_a) and _is_name(b, sb, run_b):
            kind = "place" if _after_location(ta, i1) and _after_location(tb, j1) else "name"
        else:
            continue
        ra = _reading(a, sa, run_a[0].start, run_a[-1].end)
        rb = _reading(b, sb, run_b[0].start, run_b[-1].end)
        if kind != "date" and same_name(ra.text, rb.text, same_spelling):
            agreements.append(Agreement(kind, None, ra, rb))
        else:
            differences.append(Difference(kind, None, ra, rb))


def _is_name(report: _Report, sent: _Sentence, run: Sequence[Token]) -> bool:
    for t in run:
        if not t.text[:1].isupper() or qty.is_month(t.low) or (t.low in STOPWORDS and not t.text.isupper()):
            return False
        if t.start == sent.start and t.text not in report.capitalised:
            return False  # a capital only because the sentence starts there
    return True


def _after_location(tokens: Sequence[Token], i: int) -> bool:
    return i > 0 and tokens[i - 1].low in _LOCATION_PREPS


def _norm(low: str) -> str:
    return low.translate(_QUOTES)


@lru_cache(maxsize=4096)
def same_name(a: str, b: str, same_spelling: float = SAME_SPELLING) -> bool:
    """Whether two spellings name the same thing: variants, acronyms, or word-by-word variants.

    Args:
        a: a name as one report writes it ("Volodymyr Zelensky").
        b: the name standing in its place in another report ("Volodymyr Zelenskyy").
        same_spelling: how alike (`SequenceMatcher` ratio) two words a letter apart must be.

    Returns:
        True for one name written two ways ("US" / "United States" too).
    """
    wa = [w for w in re.findall(r"[\w]+", a.translate(_QUOTES).replace("'s", "")) if w]
    wb = [w for w in re.findall(r"[\w]+", b.translate(_QUOTES).replace("'s", "")) if w]
    if not wa or not wb:
        return False
    if len(wa) == len(wb) and all(_same_word(x, y, same_spelling) for x, y in zip(wa, wb)):
        return True
    for short, long in ((wa, wb), (wb, wa)):
        if len(short) == 1 and len(long) > 1 and short[0].isupper() \
                and short[0] == "".join(w[0] for w in long if w[0].isupper()):
            return True  # "US" / "United States"
    return False


def _same_word(a: str, b: str, same_spelling: float) -> bool:
    """One word in two spellings: equal, sharing all but a short ending (Zelensky/Zelenskyy,
    Russia/Russian), or a transliteration a letter or two apart (Dmitry/Dmitri, Odesa/Odessa)."""
    a, b = a.lower(), b.lower()
    if a == b or same_stem(a, b):
        return True
    # A letter or two apart, not a longer name sharing a stem (Austria/Australia are two places).
    return (a[0] == b[0] and min(len(a), len(b)) >= 5 and abs(len(a) - len(b)) <= 1
            and SequenceMatcher(None, a, b).ratio() >= same_spelling)


def _reading(report: _Report, sent: _Sentence, start: int, end: int) -> Reading:
    return Reading(report.article, start, end, report.article.text[start:end], sent.start, sent.end)


def _fact_kind(q: qty.Quantity) -> FactKind:
    return "date" if q.kind in _DATE_KINDS else "number"


def _about(q: qty.Quantity) -> str | None:
    return q.noun or q.unit


def _concerns(d: FactPair, focus: str) -> bool:
    """Whether a question or claim is about the fact two reports differ on."""
    if d.kind in ("number", "date"):
        readings = [qty.extract(d.a.text), qty.extract(d.b.text)]
        kinds = {q.kind for qs in readings for q in qs}
        for q in qty.extract(focus):
            if q.kind not in kinds:
                continue
            if d.about is None or q.noun is None or q.noun == d.about or d.about in q.nouns:
                return True
        return bool(d.about) and any(stem(t.low) == stem(d.about) for t in words(focus))
    names = {stem(t.low) for t in words(focus)}
    return any(stem(t.low) in names for r in (d.a, d.b) for t in words(r.text))
