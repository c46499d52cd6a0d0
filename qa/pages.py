"""PLACEHOLDER by lead (helper-1 replaces this file): one article per page, first line is the title."""
from __future__ import annotations
from dataclasses import dataclass


@dataclass(frozen=True)
class PageArticle:
    title: str
    text: str
    source: str | None = None
    date: str | None = None
    date_text: str | None = None


def split_pages(pages: list[str]) -> list[list[PageArticle]]:
    out = []
    for page in pages:
        first, _, rest = page.strip().partition("\n")
        out.append([PageArticle(first[:120], rest.strip() or first)])
    return out
