"""A learned filter that drops what the page splitter cut as an article but is a box: a consent notice, a reader's
comment, a teaser, a footer.

The learned tagger (qa/ingest/segmenter.py) finds more articles than a page holds: on layouts it had not been trained
on, about one found article in eight was a box of this kind (leave one batch out over the layout corpus). This
model reads each found article of a page as a whole, by shapes, not words: its share of the page's words, how
sure the tagger is of its body lines and of its headline, whether the rules read it the same way, whether it is
dated, and where it stands among the page's articles. A logistic regression stored in ``article_filter.json``
next to this file, learned by ``python training/article_filter.py`` from the articles the splitter finds on each
layout batch with a tagger trained without that batch (so that it learns the mistakes a tagger makes on pages it
has not seen). An article is dropped when the model gives it less than the file's ``min_probability``; a page keeps
at least its likeliest article.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from qa.ingest import logistic, stored_model

MODEL_PATH = Path(__file__).with_name("article_filter.json")
FEATURES = ("bias", "size", "body", "headline", "rules", "dated", "first", "last", "count")


class ArticleFilterError(RuntimeError):
    """The stored article filter is damaged or was learned on other features."""


@dataclass(frozen=True)
class Candidate:
    """What the filter reads of one article the splitter found on a page."""

    words: int
    body_lines: tuple[int, ...]  # the page lines of its text
    headline: int | None  # its headline's page line
    rules: bool  # the rules' own article, kept as they read it
    dated: bool  # it has a date or a relative time


@dataclass(frozen=True)
class ArticleFilter(logistic.Logistic):
    """The logistic model of P(a found article is an article) and the probability it must reach."""

    min_probability: float = 0.0

    def keep(self, rows: np.ndarray) -> list[bool]:
        """Which articles of one page stay: those the model finds likely enough, and at least the likeliest.

        Args:
            rows: `features` of the page's articles.

        Returns:
            One flag per article.
        """
        if not len(rows):
            return []
        p = self.probabilities(rows)
        flags = [bool(v >= self.min_probability) for v in p]
        flags[int(np.argmax(p))] = True
        return flags

    def to_json(self) -> dict:
        """The parameters and the threshold as JSON."""
        return {**super().to_json(), "min_probability": self.min_probability}

    @classmethod
    def from_json(cls, data: dict) -> "ArticleFilter":
        """The filter stored by `to_json`."""
        model = logistic.Logistic.from_json(data)
        return cls(model.mean, model.scale, model.weights, float(data["min_probability"]))


def features(candidates: list[Candidate], probs: np.ndarray) -> np.ndarray:
    """The filter's feature rows for one page's articles.

    Args:
        candidates: the page's found articles, in page order.
        probs: the tagger's (headline, body, furniture) probabilities of each page line.

    Returns:
        An array of shape (len(candidates), len(FEATURES)).
    """
    most = max((c.words for c in candidates), default=1) or 1
    rows = []
    for k, c in enumerate(candidates):
        body = float(np.mean([probs[i][1] for i in c.body_lines])) if c.body_lines else 0.0
        headline = float(probs[c.headline][0]) if c.headline is not None else 0.0
        rows.append([1.0, c.words / most, body, headline, float(c.rules), float(c.dated), float(k == 0),
                     float(k == len(candidates) - 1), float(np.log(len(candidates)))])
    return np.array(rows, dtype=float).reshape(len(candidates), len(FEATURES))


@lru_cache(maxsize=1)
def load() -> ArticleFilter | None:
    """The stored filter, loaded once per process; None when none is stored (every found article stays).

    Raises:
        ArticleFilterError: the file is damaged or was learned on other features.
    """
    return stored_model.read(MODEL_PATH, ArticleFilter.from_json, FEATURES, "python training/article_filter.py",
                             ArticleFilterError)
