"""Near-duplicate story grouping (qa/ingest/stories.py) on the seeds and on texts written here."""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from pathlib import Path

import pytest

from qa.ingest.pages import split_pages
from qa.records import Article
from qa.ingest.stories import assign_stories, same_story, shingles, story_id_for

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


def _pairwise_groups(articles: list[Article]) -> set[frozenset[str]]:
    """Oracle: union of every pair that `same_story` accepts, by brute force."""
    sets = [shingles(a.text) for a in articles]
    parent = list(range(len(articles)))

    def find(i):
        while parent[i] != i:
            i = parent[i]
        return i

    for i in range(len(articles)):
        for j in range(i):
            if same_story(sets[i], sets[j]):
                parent[find(i)] = find(j)
    groups: dict[int, set[str]] = {}
    for i, a in enumerate(articles):
        groups.setdefault(find(i), set()).add(a.id)
    return {frozenset(g) for g in groups.values()}


def test_inverted_index_finds_the_same_groups_as_pairwise_checks():
    import random

    rng = random.Random(5)
    words = [f"w{n}" for n in range(400)]
    bases = [" ".join(rng.choice(words) for _ in range(rng.randint(30, 120))) for _ in range(25)]
    texts = []
    for base in bases:
        texts.append(base)
        for _ in range(rng.randint(0, 3)):  # copies: cut short, with a standfirst, or re-worded
            tokens = base.split()
            kind = rng.choice(["cut", "lead", "edit"])
            if kind == "cut":
                tokens = tokens[: max(8, int(len(tokens) * rng.uniform(0.2, 0.9)))]
            elif kind == "lead":
                tokens = [rng.choice(words) for _ in range(rng.randint(5, 60))] + tokens
            else:
                tokens = [rng.choice(words) if rng.random() < 0.08 else t for t in tokens]
            texts.append(" ".join(tokens))
    articles = [make(t) for t in dict.fromkeys(texts)]
    rng.shuffle(articles)
    oracle = _pairwise_groups(articles)
    found: dict[str, set[str]] = {}
    for a in assign_stories(articles, []):
        found.setdefault(a.story_id, set()).add(a.id)
    assert {frozenset(g) for g in found.values()} == oracle
    assert len(found) < len(articles)  # the copies did join their stories
    # Added in two batches, a new article takes the story id of an existing member of its group.
    half = len(articles) // 2
    existing = assign_stories(articles[:half], [])
    story_of = {a.id: a.story_id for a in existing}
    group_of = {aid: group for group in oracle for aid in group}
    for article in assign_stories(articles[half:], existing):
        olds = {story_of[aid] for aid in group_of[article.id] if aid in story_of}
        assert not olds or article.story_id in olds
