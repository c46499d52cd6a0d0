"""Near-duplicate story grouping (qa/stories.py) on the seeds and on texts written here."""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from pathlib import Path

import pytest

from qa.pages import split_pages
from qa.records import Article
from qa.stories import assign_stories, same_story, shingles, story_id_for

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
DATA = Path(__file__).resolve().parent / "data"


def make(text: str, title: str = "t", source: str | None = None) -> Article:
    return Article(id=hashlib.sha256(text.encode()).hexdigest()[:12], title=title, text=text, source=source)


@pytest.fixture(scope="module")
def seed_articles() -> list[Article]:
    found = split_pages([p.read_text(encoding="utf-8") for p in SEEDS])
    return [make(a.text, a.title, a.source) for arts in found for a in arts]


def test_seeds_make_seven_stories(seed_articles):
    out = assign_stories(seed_articles, [])
    assert len(out) == 9
    assert [a.id for a in out] == [a.id for a in seed_articles]
    assert len({a.story_id for a in out}) == 7
    main = [a for a in out if "426 drones" in a.text]
    assert len(main) == 3 and len({a.story_id for a in main}) == 1
    others = [a for a in out if "426 drones" not in a.text]
    assert len({a.story_id for a in others}) == 6
    assert all(re.fullmatch(r"s[0-9a-f]{10}", a.story_id) for a in out)
    assert main[0].story_id == story_id_for(min(a.id for a in main))


def test_story_ids_are_deterministic_and_order_free(seed_articles):
    first = {a.id: a.story_id for a in assign_stories(seed_articles, [])}
    second = {a.id: a.story_id for a in assign_stories(list(reversed(seed_articles)), [])}
    assert first == second


def test_existing_story_id_is_reused(seed_articles):
    existing = [replace(a, story_id="sexisting01") if "426 drones" in a.text else a
                for a in assign_stories(seed_articles[:4], [])]
    new = assign_stories(seed_articles[4:], existing)
    main_new = [a for a in new if "426 drones" in a.text]
    assert main_new and all(a.story_id == "sexisting01" for a in main_new)
    assert len({a.story_id for a in existing + new}) == 7


def test_copy_cut_short_joins_its_story(seed_articles):
    main = next(a for a in seed_articles if "426 drones" in a.text)
    lines = main.text.split("\n")
    short = make("\n".join(lines[: len(lines) // 3]))
    out = assign_stories([short], assign_stories([main], []))
    assert out[0].story_id == assign_stories([main], [])[0].story_id


def test_paragraphs_of_one_article_stay_apart(seed_articles):
    # Different passages about the same events share names and words, not passages.
    distinct = seed_articles[:4] + seed_articles[6:]  # one copy of the main story
    pieces = []
    for article in distinct:
        words = article.text.split()
        pieces += [" ".join(words[i:i + 60]) for i in range(0, len(words) - 30, 60)]
    out = assign_stories([make(p, "same title") for p in pieces], [])
    assert len(pieces) > 80
    assert len({a.story_id for a in out}) == len(pieces)


def test_other_layout_and_markdown_are_distinct():
    pages = [(DATA / "ledger_page.txt").read_text(encoding="utf-8"), (DATA / "plain_article.md").read_text(encoding="utf-8")]
    arts = [make(a.text, a.title) for found in split_pages(pages) for a in found]
    assert len({a.story_id for a in assign_stories(arts, [])}) == 3


def test_normalisation_ignores_quotes_and_case():
    a = shingles("Ukraine's President said: 'We don't have any reason to hope for miraculous breakthroughs'")
    b = shingles("UKRAINE’S president said: “We don’t have any reason to hope for miraculous breakthroughs”")
    assert a == b and same_story(a, b)
    assert shingles("") == set() and not same_story(set(), a)


def test_empty_and_tiny_articles():
    out = assign_stories([make(""), make("Short note."), make("Short note!")], [])
    assert len(out) == 3 and all(a.story_id for a in out)
    assert assign_stories([], [make("x")]) == []
