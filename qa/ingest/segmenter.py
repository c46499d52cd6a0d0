"""A learned line tagger that finds a scraped page's articles: which line is a headline, which lines are body.

The page splitter's rules (qa/ingest/pages.py) were written while looking at the layout corpus, and on layouts they
had not seen they found the right headline for about two articles in three and the right body start and end for
one in three (the blind first measurements in tests/layouts_cv_report.py). This model reads a page's non-blank lines
in order (the shape features of qa/ingest/line_model.py, no word lists): a ReLU layer per line, then a bidirectional
GRU over the page, so that a line is tagged headline, body or furniture knowing what comes before and after it as far
as the page goes (an item's time line, a story's byline, the share row that closes it); `decode` turns the tags into
articles: a headline opens an article, the body lines under it (until the next headline) are its text. The splitter
combines that cut with the rules' reading (`pages._tagged`): the rules still read outlets and dates, open an article
at a headline they found with its meta lines, and keep their paragraphs; texts of under `MIN_LINES` lines, and texts
without furniture or headers, are cut by the rules alone. Training needs PyTorch; the run-time network is numpy.

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
# Non-blank lines on each side whose features a line's input row also holds besides its own. The recurrent layer
# reads the lines around it. Out of fold (`python training/segmenter.py --folds 8`: 8 groups of the training batches),
# 0, 1 and 2 cut 81.0, 80.8 and 78.8% of the 1,207 gold articles exactly (headline, first and last body line), with
# headline F1 0.940, 0.934 and 0.912.
CONTEXT = 0
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


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * z))


@dataclass(frozen=True)
class Direction:
    """One direction of the recurrent layer (a GRU, PyTorch's gate order r, z, n)."""

    w_ih: np.ndarray
    w_hh: np.ndarray
    b_ih: np.ndarray
    b_hh: np.ndarray

    def run(self, x: np.ndarray) -> np.ndarray:
        """The hidden state after each row of `x`, read in order."""
        size = self.w_hh.shape[1]
        h = np.zeros(size)
        gates_in = x @ self.w_ih.T + self.b_ih
        out = np.zeros((len(x), size))
        for t in range(len(x)):
            gates_h = self.w_hh @ h + self.b_hh
            r = _sigmoid(gates_in[t, :size] + gates_h[:size])
            z = _sigmoid(gates_in[t, size:2 * size] + gates_h[size:2 * size])
            n = np.tanh(gates_in[t, 2 * size:] + r * gates_h[2 * size:])
            h = (1.0 - z) * n + z * h
            out[t] = h
        return out


_LAYERS = ("mean", "scale", "w_in", "b_in", "w_out", "b_out")
_GATES = ("w_ih", "w_hh", "b_ih", "b_hh")


@dataclass(frozen=True)
class Tagger:
    """The network: standardised window features, one ReLU layer, a bidirectional GRU over the page's lines, and a
    softmax over (title, body, furniture) of the ReLU layer and both directions' states."""

    mean: np.ndarray
    scale: np.ndarray
    w_in: np.ndarray
    b_in: np.ndarray
    forward: Direction
    backward: Direction
    w_out: np.ndarray
    b_out: np.ndarray

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """Class probabilities of a page's non-blank lines.

        Args:
            x: `window_features` rows of the page's non-blank lines, in page order.

        Returns:
            An array of shape (len(x), 3).
        """
        if not len(x):
            return np.zeros((0, len(line_model.CLASSES)))
        z = np.maximum(((x - self.mean) / self.scale) @ self.w_in.T + self.b_in, 0.0)
        states = np.concatenate([z, self.forward.run(z), self.backward.run(z[::-1])[::-1]], axis=1)
        return line_model._softmax(states @ self.w_out.T + self.b_out)

    def to_json(self) -> dict:
        """The weights as JSON lists (6 significant digits)."""
        out = {name: np.round(getattr(self, name), 6).tolist() for name in _LAYERS}
        for side in ("forward", "backward"):
            out[side] = {name: np.round(getattr(getattr(self, side), name), 6).tolist() for name in _GATES}
        return out

    @classmethod
    def from_json(cls, data: dict) -> "Tagger":
        """The tagger stored by `to_json`."""
        sides = {side: Direction(**{name: np.array(data[side][name], dtype=float) for name in _GATES})
                 for side in ("forward", "backward")}
        return cls(**{name: np.array(data[name], dtype=float) for name in _LAYERS}, **sides)


def fit(pages: list[tuple[np.ndarray, np.ndarray]], hidden: int = 32, width: int = 64, epochs: int = 30,
        rate: float = 3e-3, decay: float = 1e-4, batch: int = 16, seed: int = 0) -> Tagger:
    """Learn the tagger with Adam on cross-entropy (PyTorch, one thread, deterministic), classes weighted by the
    square root of their rarity.

    Args:
        pages: (`window_features` rows of a page's non-blank lines, their classes: 0 title, 1 body, 2 furniture,
            -1 unlabelled) per page.
        hidden: the recurrent state's size in each direction.
        width: the ReLU layer's width.
        epochs: passes over the pages (shuffled, in batches of `batch` pages).
        rate: Adam's step size.
        decay: Adam's weight decay.
        batch: pages per step.
        seed: seed of the initial weights and the page order.

    Returns:
        The learned tagger.
    """
    import torch  # training only: the run-time tagger is numpy

    x_all = np.concatenate([x for x, _ in pages])
    y_all = np.concatenate([y for _, y in pages])
    k = len(line_model.CLASSES)
    counts = np.bincount(y_all[y_all >= 0], minlength=k)
    # Square-root balancing: headlines are rare, but full balancing calls every short line a headline.
    weight = np.sqrt(counts.sum() / (k * np.maximum(counts, 1)))
    mean, scale = x_all.mean(axis=0), x_all.std(axis=0) + 1e-6
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    torch.manual_seed(seed)
    try:
        first = torch.nn.Linear(x_all.shape[1], width)
        gru = torch.nn.GRU(width, hidden, batch_first=True, bidirectional=True)
        last = torch.nn.Linear(width + 2 * hidden, k)
        params = [*first.parameters(), *gru.parameters(), *last.parameters()]
        optimiser = torch.optim.Adam(params, lr=rate, weight_decay=decay)
        loss_of = torch.nn.CrossEntropyLoss(weight=torch.tensor(weight, dtype=torch.float32), ignore_index=-1)
        data = [(torch.tensor((x - mean) / scale, dtype=torch.float32), torch.tensor(y, dtype=torch.long))
                for x, y in pages if len(y)]
        rng = np.random.default_rng(seed)
        for _ in range(epochs):
            order = rng.permutation(len(data))
            for at in range(0, len(order), batch):
                group = [data[i] for i in order[at:at + batch]]
                xs = torch.nn.utils.rnn.pad_sequence([x for x, _ in group], batch_first=True)
                ys = torch.nn.utils.rnn.pad_sequence([y for _, y in group], batch_first=True, padding_value=-1)
                z = torch.relu(first(xs))
                packed = torch.nn.utils.rnn.pack_padded_sequence(z, [len(y) for _, y in group], batch_first=True,
                                                                 enforce_sorted=False)
                states, _ = gru(packed)
                states, _ = torch.nn.utils.rnn.pad_packed_sequence(states, batch_first=True, total_length=z.shape[1])
                logits = last(torch.cat([z, states], dim=-1))
                optimiser.zero_grad()
                loss_of(logits.reshape(-1, k), ys.reshape(-1)).backward()
                optimiser.step()
    finally:
        torch.set_num_threads(threads)
    sides = {side: Direction(*(getattr(gru, f"{name}_l0{suffix}").detach().double().numpy()
                               for name in ("weight_ih", "weight_hh", "bias_ih", "bias_hh")))
             for side, suffix in (("forward", ""), ("backward", "_reverse"))}
    return Tagger(mean, scale, first.weight.detach().double().numpy(), first.bias.detach().double().numpy(),
                  sides["forward"], sides["backward"], last.weight.detach().double().numpy(),
                  last.bias.detach().double().numpy())


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
    nonblank = [i for i, text in enumerate(texts) if text]
    probs = np.zeros((len(texts), len(line_model.CLASSES)))
    probs[:, -1] = 1.0  # a blank line is no text
    probs[nonblank] = tagger.probabilities(window_features(texts, kinds, base)[nonblank])
    return probs


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


def labelled_page(text: str, gold: dict) -> tuple[np.ndarray, np.ndarray]:
    """Window features and gold classes (`line_model.page_labels`) of a page's non-blank lines, for training.

    Args:
        text: the page.
        gold: its gold file.

    Returns:
        (feature rows of the non-blank lines in page order, class of each: -1 for a line the gold does not class).
    """
    from qa.ingest.pages import _parse  # the splitter's line kinds are features

    raw = text.splitlines()
    parsed = _parse("\n".join(raw))
    texts = [line.text for line in parsed]
    x = window_features(texts, [line.kind for line in parsed])
    labels = line_model.page_labels(raw, texts, gold)
    keep = [i for i, text in enumerate(texts) if text]
    return x[keep], np.array([-1 if labels[i] is None else labels[i] for i in keep], dtype=int)
