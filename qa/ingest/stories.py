"""Grouping near-duplicate reports of one story (shared word shingles).

Articles are compared through an inverted index of hashed word 5-grams, which counts exactly
how many shingles each new article shares with every other one. Two articles are one story
when the shared shingles cover most of the smaller one (containment), so that a copy cut short
or with a standfirst added still joins its story, while different paragraphs about the same
topic (which share words but few word 5-grams) stay apart. Unlike MinHash LSH, the count cannot
miss a short copy of a long article (low Jaccard, high containment).
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections import Counter
from dataclasses import replace

from qa.records import Article
from qa.text import unaccented

SHINGLE_WORDS = 5
MIN_CONTAINMENT = 0.5
MIN_SHARED = 8
# A shingle found in more articles than this is boilerplate ("all rights reserved ..."), not
# evidence of one story (even a wire copy rarely runs in a thousand outlets of one index);
# skipping it bounds the candidate pairs.
MAX_POSTINGS = 1000

_WORD = re.compile(r"\w+", re.UNICODE)
# Apostrophes and quotes vary between outlets ("Zelensky's" / "Zelensky’s"); drop them.
_QUOTES = re.compile(r"[\"'‘’‚‛“”„‟`´]")


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[int]:
    """Hashed word n-grams of a text, after case, accent and quote normalisation.

    Args:
        text: any text.
        size: words per shingle; texts shorter than that give one shingle of all words.

    Returns:
        A set of 32-bit shingle hashes (empty for a text without words).
    """
    text = unaccented(text.lower())
    words = _WORD.findall(_QUOTES.sub("", text))
    if not words:
        return set()
    if len(words) < size:
        grams = [" ".join(words)]
    else:
        grams = [" ".join(words[i:i + size]) for i in range(len(words) - size + 1)]
    return {zlib.crc32(g.encode("utf-8")) for g in grams}


def same_story(a: set[int], b: set[int]) -> bool:
    """Whether two shingle sets are near-duplicate reports.

    Args:
        a: shingles of one article.
        b: shingles of another.

    Returns:
        True when most of the smaller text's shingles occur in the larger one.
    """
    return _overlapping(len(a & b), len(a), len(b))


def _overlapping(shared: int, size_a: int, size_b: int) -> bool:
    small = min(size_a, size_b)
    return small > 0 and shared >= min(MIN_SHARED, small) and shared / small >= MIN_CONTAINMENT


def assign_stories(new: list[Article], existing: list[Article]) -> list[Article]:
    """Give each new article a story id shared with its near-duplicates.

    Only the shingles of new articles are indexed; an existing article contributes its size and
    its postings for those shingles, so memory follows the new batch, not the whole library.

    Args:
        new: articles being added (their `story_id` is replaced).
        existing: articles already indexed, with their story ids; an existing story id is
            reused when a new article duplicates one of them.

    Returns:
        `new`, in order, each with `story_id` set (via `dataclasses.replace`). A story id is
        "s" + 10 hex characters derived from the lowest article id of the group, so the
        same articles always give the same ids.
    """
    if not new:
        return []
    everyone = list(existing) + list(new)
    first_new = len(existing)
    new_sets = [shingles(a.text) for a in new]
    wanted = set().union(*new_sets)
    sizes: list[int] = []
    postings: dict[int, list[int]] = {}
    for i, article in enumerate(everyone):
        values = new_sets[i - first_new] if i >= first_new else shingles(article.text)
        sizes.append(len(values))
        for value in values if i >= first_new else values & wanted:
            postings.setdefault(value, []).append(i)
    parent = list(range(len(everyone)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(first_new, len(everyone)):
        shared: Counter = Counter()
        for value in new_sets[i - first_new]:
            others = postings[value]
            if len(others) <= MAX_POSTINGS:
                shared.update(others)
        for j, count in shared.items():
            # `count` is the exact number of shared shingles (boilerplate ones left out).
            if j != i and find(i) != find(j) and _overlapping(count, sizes[i], sizes[j]):
                parent[find(i)] = find(j)
    groups: dict[int, list[int]] = {}
    for i in range(len(everyone)):
        groups.setdefault(find(i), []).append(i)
    out = []
    for i in range(first_new, len(everyone)):
        members = groups[find(i)]
        kept = sorted({everyone[j].story_id for j in members if j < first_new and everyone[j].story_id})
        story = kept[0] if kept else story_id_for(min(everyone[j].id for j in members))
        out.append(replace(everyone[i], story_id=story))
    return out


def story_id_for(article_id: str) -> str:
    """The story id of a group whose lowest article id is `article_id`.

    Args:
        article_id: an article id.

    Returns:
        "s" followed by 10 hex characters.
    """
    return "s" + hashlib.sha1(article_id.encode("utf-8")).hexdigest()[:10]
