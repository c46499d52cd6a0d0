"""A small learned classifier of a scraped page's lines: headline, body or furniture.

The page splitter's rules (qa/ingest/pages.py) read the shape of each line on its own; this model
adds the signals that generalise across layouts and languages (no word lists): a line's length,
capitalisation, punctuation, digits, money and percent signs, a question mark, a "Label:" lead, link-like
tokens and e-mail addresses, a time shape (a number and a short word, a clock time, a year), where it sits
on the page, whether it repeats there, how many paragraphs lie above and below it (a footer sits under
the last one), and the shape of the lines around it (a headline sits over a paragraph, a teaser headline
over another teaser, a menu item among other short lines). It is a multinomial logistic regression over those features;
its coefficients live in ``line_model.json`` next to this file, learned from the lines of the
layout corpus in tests/data/layouts by ``python -m qa.ingest.line_model``.
"""

from __future__ import annotations

import json
import math
import re
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_PATH = Path(__file__).with_name("line_model.json")
CLASSES = ("title", "body", "furniture")
# The splitter's own line kinds (pages._Line.kind) are features too: the model refines them.
KINDS = ("para", "short", "time", "date", "bullet", "furn", "byline")

# A word, a line's closing sentence punctuation in any script, and an e-mail address in a line (shared
# with the splitter).
# A word keeps its combining marks: the vowel signs and viramas of Indic and Southeast Asian scripts, Arabic and
# Hebrew points and combining accents are not \w, and splitting at them made one Malayalam word count as four.
WORD = re.compile(r"(?:\w|[\u0300-\u036f\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u064b-\u065f"
                  r"\u0670\u06d6-\u06ed\u0900-\u0963\u0966-\u0df3\u0e00-\u0e2e\u0e30-\u0e4e\u0e50-\u0e59\u0e80-\u0eff"
                  r"\u0f00-\u0fff\u1000-\u1049\u104c-\u109f\u1780-\u17d3\u17dc-\u17ff\u200c\u200d])+")
# The full stops of Burmese, Khmer, Ethiopic, Armenian and Urdu are their own characters ("။", "។", "።", "։", "۔"), and
# so is the Arabic question mark ("؟").
SENTENCE_END = re.compile(r"[.!?…。！？।။។።։۔؟](?:[\"'’”»)\]」』）]*)$")
EMAIL = re.compile(r"\w@\w[\w-]*\.\w")
_LINKISH = re.compile(r"https?://|www\.|\.(?:com|org|net|edu|gov|[a-z]{2})\b/?|@\w|\w@\w|\]\(|#\w", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s[·•|›»>/]\s|\s[–—-]\s")
_MONEY = re.compile(r"[%€£$¥₺]|\b(?:eur|usd|zł|kč|lei|kr)\b", re.IGNORECASE)
_LABEL = re.compile(r"^[^\W\d_]+(?: [^\W\d_]+)?\s*:\s*\S")
# A time shape in any language: a number and a short word, or a clock time ("3 saat önce", "2 hours ago", "14:05").
_TIME_SHAPE = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,3}\s?[^\W\d_]{1,8}\.?\s+[^\W\d_]{2,6}$|\b\d{4}\b")
_QUOTE = re.compile(r"[\"“”«»]")
_BRACKET = re.compile(r"[()\[\]]")
_SPACES = re.compile(r"\s+")
_SYMBOL = re.compile(r"[©®™▾▸►▶◀←→↗☰✓✕×👍💬🔗]|[\U0001F300-\U0001FAFF]")


def _shape(text: str) -> dict[str, float]:
    words = WORD.findall(text)
    letters = [c for c in text if c.isalpha()]
    caps = [w for w in words if w[0].isupper()]
    n = len(words)
    return {
        "words": math.log1p(n),
        "chars": math.log1p(len(text)),
        "one_word": float(n == 1),
        "long": float(n > 25),
        "sent_end": float(bool(SENTENCE_END.search(text))),
        "colon_end": float(text.endswith(":")),
        "has_colon": float(":" in text[:-1]),
        "first_upper": float(bool(text) and text[0].isupper()),
        "first_digit": float(bool(text) and text[0].isdigit()),
        "first_punct": float(bool(text) and not text[0].isalnum()),
        "upper_ratio": sum(c.isupper() for c in letters) / len(letters) if letters else 0.0,
        "all_caps": float(len(letters) >= 3 and all(c.isupper() for c in letters)),
        "title_case": len(caps) / n if n else 0.0,
        "digit_ratio": sum(c.isdigit() for c in text) / len(text) if text else 0.0,
        "comma": min(text.count(","), 3) / 3,
        "quote": float(bool(_QUOTE.search(text))),
        "bracket": float(bool(_BRACKET.search(text))),
        "separator": float(bool(_SEPARATOR.search(text))),
        "linkish": float(bool(_LINKISH.search(text))),
        "symbol": float(bool(_SYMBOL.search(text))),
        "question": float(text.rstrip("\"'’”»)").endswith("?")),
        "money": float(bool(_MONEY.search(text))),
        "label": float(bool(_LABEL.search(text))),
        "email": float(bool(EMAIL.search(text))),
        "time_shape": float(bool(_TIME_SHAPE.search(text))),
    }


def features(texts: list[str], kinds: list[str]) -> np.ndarray:
    """One feature row per line of a page.

    Args:
        texts: the page's lines, whitespace-collapsed ("" for a blank line).
        kinds: the splitter's kind of each line ("blank", "para", "short", ...).

    Returns:
        An array of shape (len(texts), n_features); blank lines get a row too (never read).
    """
    nonblank = [i for i, t in enumerate(texts) if t]
    pos = {i: p for p, i in enumerate(nonblank)}
    counts: dict[str, int] = {}
    for i in nonblank:
        key = " ".join(WORD.findall(texts[i].lower()))
        counts[key] = counts.get(key, 0) + 1
    shapes = {i: _shape(texts[i]) for i in nonblank}
    is_para = {i: kinds[i] == "para" for i in nonblank}
    # Paragraphs above and below each line: a body sits among paragraphs, a footer under the last one.
    para_rank = [0]
    for i in nonblank:
        para_rank.append(para_rank[-1] + is_para[i])
    total_paras = para_rank[-1]
    rows = []
    for i, text in enumerate(texts):
        if not text:
            rows.append(None)
            continue
        p = pos[i]
        prev = nonblank[p - 1] if p > 0 else None
        nxt = nonblank[p + 1] if p + 1 < len(nonblank) else None
        key = " ".join(WORD.findall(text.lower()))
        # Distance (in non-blank lines) to the next paragraph below and from the last one above.
        down = next((d for d in range(1, 5) if p + d < len(nonblank) and is_para[nonblank[p + d]]), 5)
        up = next((d for d in range(1, 5) if p - d >= 0 and is_para[nonblank[p - d]]), 5)
        # Short lines around this one (a menu, a tag list, a rail of teasers).
        run = 0
        for step in (-1, 1):
            q = p + step
            while 0 <= q < len(nonblank) and not is_para[nonblank[q]] and abs(q - p) <= 6:
                run += 1
                q += step
        row = dict(shapes[i])
        row.update({
            "bias": 1.0,
            "rel_pos": p / max(len(nonblank) - 1, 1),
            "top": float(p < 3),
            "bottom": float(p >= len(nonblank) - 3),
            "repeated": float(counts[key] > 1),
            "gap_above": float(i == 0 or not texts[i - 1]),
            "gap_below": float(i + 1 == len(texts) or not texts[i + 1]),
            "prev_para": float(prev is not None and is_para[prev]),
            "next_para": float(nxt is not None and is_para[nxt]),
            "down": down / 5,
            "up": up / 5,
            "sandwich": float(prev is not None and nxt is not None and is_para[prev] and is_para[nxt]),
            "short_run": min(run, 8) / 8,
            "next_words": shapes[nxt]["words"] if nxt is not None else 0.0,
            "prev_words": shapes[prev]["words"] if prev is not None else 0.0,
            "next_meta": float(nxt is not None and kinds[nxt] in ("time", "date", "byline")),
            "prev_meta": float(prev is not None and kinds[prev] in ("time", "date", "byline")),
            "next_furn": float(nxt is not None and kinds[nxt] == "furn"),
            "prev_furn": float(prev is not None and kinds[prev] == "furn"),
            "paras_above": min(para_rank[p], 3) / 3,
            "paras_below": min(total_paras - para_rank[p + 1], 3) / 3,
        })
        for kind in KINDS:
            row[f"kind_{kind}"] = float(kinds[i] == kind)
        rows.append(row)
    names = feature_names()
    return np.array([[r[n] for n in names] if r else [0.0] * len(names) for r in rows], dtype=float).reshape(
        len(texts), len(names))


@lru_cache(maxsize=1)
def feature_names() -> tuple[str, ...]:
    """The feature names, in column order."""
    shape = tuple(_shape("Aa 1.").keys())
    context = ("bias", "rel_pos", "top", "bottom", "repeated", "gap_above", "gap_below", "prev_para", "next_para",
               "down", "up", "sandwich", "short_run", "next_words", "prev_words", "next_meta", "prev_meta",
               "next_furn", "prev_furn", "paras_above", "paras_below")
    return shape + context + tuple(f"kind_{k}" for k in KINDS)


@lru_cache(maxsize=1)
def _weights() -> np.ndarray | None:
    if not MODEL_PATH.exists():
        return None
    data = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    if tuple(data["features"]) != feature_names() or tuple(data["classes"]) != CLASSES:
        return None  # features changed since training: the splitter runs on its rules alone
    return np.array(data["weights"], dtype=float)


def predict(texts: list[str], kinds: list[str], rows: np.ndarray | None = None) -> np.ndarray | None:
    """Class probabilities (title, body, furniture) for each line of a page.

    Args:
        texts: the page's lines, whitespace-collapsed ("" for a blank line).
        kinds: the splitter's kind of each line.
        rows: `features(texts, kinds)` when the caller has them already.

    Returns:
        An array of shape (len(texts), 3), or None when no trained model matches these features.
    """
    weights = _weights()
    if weights is None or not texts:
        return None
    return _softmax((features(texts, kinds) if rows is None else rows) @ weights)


def _softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=1, keepdims=True)


def fit(x: np.ndarray, y: np.ndarray, l2: float = 0.05, steps: int = 3000, rate: float = 0.5) -> np.ndarray:
    """Multinomial logistic regression by full-batch gradient descent, classes weighted to balance.

    Args:
        x: feature rows.
        y: class index of each row.
        l2: L2 penalty on the weights (not on the bias).
        steps: gradient steps.
        rate: step size.

    Returns:
        The weight matrix, shape (n_features, n_classes).
    """
    n, d = x.shape
    k = len(CLASSES)
    onehot = np.eye(k)[y]
    freq = onehot.sum(axis=0)
    # Square-root balancing: headlines are rare, but full balancing calls every short line a headline.
    sample_w = np.sqrt(n / (k * np.maximum(freq, 1)))[y][:, None]
    w = np.zeros((d, k))
    mask = np.ones((d, 1))
    mask[list(feature_names()).index("bias")] = 0.0
    for _ in range(steps):
        grad = x.T @ ((_softmax(x @ w) - onehot) * sample_w) / n + l2 * w * mask
        w -= rate * grad
    return w


def page_labels(raw: list[str], texts: list[str], gold: dict) -> list[int | None]:
    """Gold class of each line of a page.

    A line is a headline when it is a gold title, body when it lies inside a gold body span and is not
    listed as furniture, furniture otherwise (menus, bylines, teasers, footers).

    Args:
        raw: the page's lines as written.
        texts: the splitter's parsed text of each line ("" for a blank line or one joined to the line above).
        gold: the page's gold file.

    Returns:
        One class index (or None for a blank or joined line) per line.
    """
    norm = lambda s: _SPACES.sub(" ", s or "").strip()  # noqa: E731
    lines = [norm(line) for line in raw]
    titles = {norm(g["title"]) for g in gold["articles"]}
    furniture = {norm(f) for f in gold["furniture"]}
    in_body = [False] * len(lines)
    cursor = 0
    for g in gold["articles"]:
        start = next((i for i in range(cursor, len(lines)) if norm(g["starts"]) in lines[i]), None)
        if start is None:
            continue
        end = next((i for i in range(start, len(lines)) if norm(g["ends"]) in lines[i]), start)
        for i in range(start, end + 1):
            in_body[i] = True
        cursor = end + 1
    labels: list[int | None] = []
    for i, line in enumerate(lines):
        if not line or not texts[i]:
            labels.append(None)
        elif line in titles:
            labels.append(0)
        elif in_body[i] and line not in furniture:
            labels.append(1)
        else:
            labels.append(2)
    return labels


def labelled_lines(folder: Path) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Feature rows and gold classes (`page_labels`) for the non-blank lines of a layout corpus folder.

    Args:
        folder: a folder of ``NAME.txt`` pages and their ``NAME.gold.json`` files.

    Returns:
        (features, classes, "page: line" for each row).
    """
    from qa.ingest.pages import _parse  # the splitter's line kinds are features

    xs, ys, where = [], [], []
    for gold_path in sorted(folder.glob("*.gold.json")):
        name = gold_path.name[: -len(".gold.json")]
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        raw = (folder / f"{name}.txt").read_text(encoding="utf-8").splitlines()
        parsed = _parse("\n".join(raw))
        texts = [line.text for line in parsed]
        x = features(texts, [line.kind for line in parsed])
        for i, label in enumerate(page_labels(raw, texts, gold)):
            if label is None:
                continue
            xs.append(x[i])
            ys.append(label)
            where.append(f"{name}: {_SPACES.sub(' ', raw[i]).strip()[:70]}")
    return np.array(xs), np.array(ys), where


def train(folder: Path, out: Path = MODEL_PATH) -> dict:
    """Learn the line model from a layout corpus and write its coefficients as JSON.

    Args:
        folder: the corpus folder (tests/data/layouts).
        out: where to write the model.

    Returns:
        The written model (features, classes, weights, training accuracy per class).
    """
    x, y, _ = labelled_lines(folder)
    w = fit(x, y)
    pred = (x @ w).argmax(axis=1)
    recall = {c: float((pred[y == k] == k).mean()) for k, c in enumerate(CLASSES) if (y == k).any()}
    model = {"features": list(feature_names()), "classes": list(CLASSES),
             "weights": [[round(v, 5) for v in row] for row in w.tolist()],
             "trained_on": folder.name, "lines": int(len(y)), "train_recall": recall}
    out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    _weights.cache_clear()
    return model


if __name__ == "__main__":
    corpus = Path(__file__).resolve().parents[2] / "tests" / "data" / "layouts"
    trained = train(corpus)
    print(f"{trained['lines']} lines from {corpus}; training recall {trained['train_recall']}")
