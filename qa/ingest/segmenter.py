"""A learned line tagger that finds a scraped page's articles: which line is a headline, which lines are body.

The page splitter's rules (qa/ingest/pages.py) were written while looking at the layout corpus, and on layouts they
had not seen they found the right headline for about two articles in three and the right body start and end for
one in three (the blind first measurements in tests/layouts_cv_report.py). This model reads each line with the two
lines above and below it (the shape features of qa/ingest/line_model.py, no word lists), tags it headline, body or
furniture with a small two-layer network, and `decode` turns the tags into articles: a headline opens an article,
the body lines under it (until the next headline) are its text. The splitter combines that cut with the rules'
reading (`pages._tagged`): the rules still read outlets and dates, open an article at a headline they found with
its meta lines, and keep their paragraphs; texts of under `MIN_LINES` lines, and texts without furniture or
headers, are cut by the rules alone.

The weights live in ``segmenter.json`` next to this file, learned from the gold batches of the layout corpus and
the seed pages by ``python training/segmenter.py`` (fixed seed, data hashes in the file).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from qa.ingest import line_model, stored_model

MODEL_PATH = Path(__file__).with_name("segmenter.json")
# Lines read on each side of a line (non-blank lines).
CONTEXT = 2
# A line is a headline when the model gives it at least this probability (and more than body), body likewise.
TITLE_MIN = 0.5
BODY_MIN = 0.5
# Texts of fewer non-blank lines (a snippet, a brief, a story pasted without its page) are cut by the rules alone:
# the tagger reads a page's layout, and such texts have little. Leave-one-batch-out boundary on the tuning batches
# and fresh3-7 was 84.7, 84.7, 86.5 and 88.3% at 11 (the corpus's shortest page), 15, 20 and 25 lines,
# with fresh8-12 unchanged; 20 keeps the tagger on nearly every real page.
MIN_LINES = 20


@dataclass(frozen=True)
class Segment:
    """One article found by the tagger: its headline line (None when the text has none) and body lines."""

    title: int | None
    body: tuple[int, ...]


class SegmenterError(RuntimeError):
    """The stored segmenter is missing a part or was learned on other features."""


def window_features(texts: list[str], kinds: list[str], base: np.ndarray | None = None) -> np.ndarray:
    """Each line's shape features followed by those of the `CONTEXT` non-blank lines above and below it.

    Args:
        texts: the page's lines, whitespace-collapsed ("" for a blank line).
        kinds: the splitter's kind of each line.
        base: `line_model.features(texts, kinds)` when the caller has them already.

    Returns:
        An array of shape (len(texts), (2 * CONTEXT + 1) * n_features); blank lines get zeros.
    """
    base = line_model.features(texts, kinds) if base is None else base
    d = base.shape[1]
    out = np.zeros((len(texts), (2 * CONTEXT + 1) * d))
    nonblank = [i for i, t in enumerate(texts) if t]
    zero = np.zeros(d)
    for p, i in enumerate(nonblank):
        parts = [base[i]]
        for r in range(1, CONTEXT + 1):
            parts.append(base[nonblank[p - r]] if p - r >= 0 else zero)
            parts.append(base[nonblank[p + r]] if p + r < len(nonblank) else zero)
        out[i] = np.concatenate(parts)
    return out


@dataclass(frozen=True)
class Tagger:
    """The two-layer network: standardised inputs, one ReLU layer, softmax over (title, body, furniture)."""

    mean: np.ndarray
    scale: np.ndarray
    w1: np.ndarray
    b1: np.ndarray
    w2: np.ndarray
    b2: np.ndarray

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """Class probabilities for feature rows.

        Args:
            x: rows from `window_features`.

        Returns:
            An array of shape (len(x), 3).
        """
        hidden = np.maximum(((x - self.mean) / self.scale) @ self.w1 + self.b1, 0.0)
        return line_model._softmax(hidden @ self.w2 + self.b2)

    def to_json(self) -> dict:
        """The weights as JSON lists (6 significant digits)."""
        return {name: np.round(getattr(self, name), 6).tolist() for name in ("mean", "scale", "w1", "b1", "w2", "b2")}

    @classmethod
    def from_json(cls, data: dict) -> "Tagger":
        """The tagger stored by `to_json`."""
        return cls(**{name: np.array(data[name], dtype=float) for name in ("mean", "scale", "w1", "b1", "w2", "b2")})


def fit(x: np.ndarray, y: np.ndarray, hidden: int = 32, steps: int = 400, rate: float = 0.01, l2: float = 1e-3,
        seed: int = 0) -> Tagger:
    """Learn the tagger by full-batch Adam on cross-entropy, classes weighted by the square root of their rarity.

    Args:
        x: feature rows from `window_features` (non-blank lines only).
        y: class index of each row (0 title, 1 body, 2 furniture).
        hidden: width of the hidden layer.
        steps: Adam steps.
        rate: Adam step size.
        l2: L2 penalty on the weight matrices.
        seed: seed of the initial weights.

    Returns:
        The learned tagger.
    """
    n, d = x.shape
    k = len(line_model.CLASSES)
    onehot = np.eye(k)[y]
    # Square-root balancing: headlines are rare, but full balancing calls every short line a headline.
    weight = np.sqrt(n / (k * np.maximum(onehot.sum(axis=0), 1)))[y][:, None]
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-6
    xs = (x - mean) / scale
    rng = np.random.default_rng(seed)
    params = [rng.normal(0.0, 1.0 / np.sqrt(d), (d, hidden)), np.zeros(hidden),
              rng.normal(0.0, 1.0 / np.sqrt(hidden), (hidden, k)), np.zeros(k)]
    first = [np.zeros_like(p) for p in params]
    second = [np.zeros_like(p) for p in params]
    for t in range(1, steps + 1):
        w1, b1, w2, b2 = params
        h = np.maximum(xs @ w1 + b1, 0.0)
        g = (line_model._softmax(h @ w2 + b2) - onehot) * weight / n
        gh = g @ w2.T * (h > 0)
        grads = (xs.T @ gh + l2 * w1, gh.sum(axis=0), h.T @ g + l2 * w2, g.sum(axis=0))
        for j, grad in enumerate(grads):
            first[j] = 0.9 * first[j] + 0.1 * grad
            second[j] = 0.999 * second[j] + 0.001 * grad * grad
            params[j] = params[j] - rate * (first[j] / (1 - 0.9 ** t)) / (np.sqrt(second[j] / (1 - 0.999 ** t)) + 1e-8)
    return Tagger(mean, scale, *params)


@lru_cache(maxsize=1)
def load() -> Tagger | None:
    """The stored tagger, loaded once per process; None when none is stored.

    Raises:
        SegmenterError: the file is damaged or was learned on other line features.
    """
    return stored_model.read(MODEL_PATH, Tagger.from_json, line_model.feature_names(), "python training/segmenter.py",
                             SegmenterError, context=CONTEXT)


def tag(texts: list[str], kinds: list[str], tagger: Tagger | None = None,
        base: np.ndarray | None = None) -> np.ndarray | None:
    """Each line's probabilities of (headline, body, furniture).

    Args:
        texts: the page's lines, whitespace-collapsed ("" for a blank line).
        kinds: the splitter's kind of each line (before any page-level marking).
        tagger: the tagger to use (the stored one by default).
        base: `line_model.features(texts, kinds)` when the caller has them already.

    Returns:
        An array of shape (len(texts), 3); None when no tagger is stored.
    """
    tagger = tagger or load()
    if tagger is None:
        return None
    return tagger.probabilities(window_features(texts, kinds, base))


def is_title(p: np.ndarray) -> bool:
    """Whether a line's probabilities make it a headline."""
    return bool(p[0] >= TITLE_MIN and p[0] >= p[1])


def is_body(p: np.ndarray) -> bool:
    """Whether a line's probabilities make it body text."""
    return bool(not is_title(p) and p[1] >= BODY_MIN)


def segments(texts: list[str], kinds: list[str], tagger: Tagger | None = None) -> list[Segment] | None:
    """The articles of a page as the tagger reads it (`decode` of `tag`).

    Args:
        texts: the page's lines, whitespace-collapsed ("" for a blank line).
        kinds: the splitter's kind of each line (before any page-level marking).
        tagger: the tagger to use (the stored one by default).

    Returns:
        The articles that have body lines, in page order; None when no tagger is stored.
    """
    probs = tag(texts, kinds, tagger)
    return None if probs is None else decode(texts, probs)


def decode(texts: list[str], probs: np.ndarray) -> list[Segment]:
    """Articles from the tagger's line probabilities.

    A headline line opens an article (of several headline lines in a row, the likeliest is the headline and the
    others are furniture); body lines belong to the article above them; body lines before any headline make an
    untitled article.

    Args:
        texts: the page's lines ("" for a blank line).
        probs: `tag`'s probabilities for them.

    Returns:
        The articles that have body lines, in page order.
    """
    found: list[list] = []  # [title line, body lines, title probability]
    title_run = False
    for i, text in enumerate(texts):
        if not text:
            continue
        if is_title(probs[i]):
            p_title = probs[i][0]
            if title_run and not found[-1][1]:
                if p_title > found[-1][2]:
                    found[-1][0], found[-1][2] = i, p_title
                continue
            found.append([i, [], p_title])
            title_run = True
            continue
        title_run = False
        if is_body(probs[i]):
            if not found:
                found.append([None, [], 0.0])
            found[-1][1].append(i)
    return [Segment(title, tuple(body)) for title, body, _ in found if body]


def labelled_rows(text: str, gold: dict) -> tuple[np.ndarray, np.ndarray]:
    """Window features and gold classes (`line_model.page_labels`) of a page's lines, for training.

    Args:
        text: the page.
        gold: its gold file.

    Returns:
        (feature rows, class of each row), blank and joined lines left out.
    """
    from qa.ingest.pages import _parse  # the splitter's line kinds are features

    raw = text.splitlines()
    parsed = _parse("\n".join(raw))
    texts = [line.text for line in parsed]
    x = window_features(texts, [line.kind for line in parsed])
    labels = line_model.page_labels(raw, texts, gold)
    keep = [i for i, label in enumerate(labels) if label is not None]
    return x[keep], np.array([labels[i] for i in keep], dtype=int)
