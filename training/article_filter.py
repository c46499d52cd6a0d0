"""Learn the page splitter's article filter (qa/ingest/article_filter.py) from the layout corpus's gold batches.

The filter must learn the mistakes the tagger makes on layouts it has not seen, so its examples are found out of
fold: the training batches of the tagger (training/segmenter.py: TRAIN) are folds (each fresh batch, the seed pages,
and the tuning corpus cut into five), and each fold's pages are split by a tagger trained without that fold (and,
for the tuning corpus, with a line model trained without those pages too, since the line model learns from it).
Each article found there is an article when its text starts with a gold article's first words or its title is a
gold title, else a box. A logistic regression is fitted to all of them with a fixed setup; its threshold is chosen
on the filter's own out-of-fold probabilities (each fold scored by a filter fitted without it): a real article
dropped costs more than a box kept, so it is the largest threshold that drops at most `MAX_REAL_DROPPED` of the real
articles. The rows it learned from, the data hashes and the threshold table are written to
qa/ingest/article_filter.json.

Usage: ``python training/article_filter.py`` (about an hour here: a tagger per held-out batch); ``--refit`` fits
again from the rows stored in the shipped file (a second; what the tests check); ``--out PATH`` writes elsewhere.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

from segmenter import HYPER, SEED, folder_hash, parser_for, trained_without, training_batches  # noqa: E402

from qa.ingest import article_filter, line_model, logistic, pages, segmenter  # noqa: E402

TUNING = "layouts"
TUNING_FOLDS = 5
# A real article dropped loses a story; a box kept is noise beside it. At most this share of the out-of-fold real
# articles may be dropped.
MAX_REAL_DROPPED = 0.005
GRID = (0.01, 0.02, 0.03, 0.04, 0.05, 0.06, 0.08, 0.1, 0.15, 0.2, 0.3)


def _norm(text: str | None) -> str:
    return " ".join((text or "").split())


def is_article(article: pages.PageArticle, gold: dict) -> bool:
    """Whether a found article is one of the page's gold articles (its text starts like one, or its title is one)."""
    text = _norm(article.text)
    return any(_norm(g["starts"]) in text[: len(_norm(g["starts"])) + 200] or _norm(article.title) == _norm(g["title"])
               for g in gold["articles"])


def folds(batches: dict[str, list[tuple[str, str, dict]]]) -> dict[str, list[tuple[str, str, dict]]]:
    """The out-of-fold groups: each batch, the tuning corpus cut into `TUNING_FOLDS` by page order."""
    out: dict[str, list[tuple[str, str, dict]]] = {}
    for name, batch in batches.items():
        if name == TUNING:
            for k in range(TUNING_FOLDS):
                out[f"{name}/{k}"] = batch[k::TUNING_FOLDS]
        else:
            out[name] = batch
    return out


def out_of_fold_rows(groups: dict[str, list[tuple[str, str, dict]]]) -> list[list[float]]:
    """[fold index, page index, label, *features] for every article found on every page, split out of fold."""
    tagger_pages = {g: [segmenter.labelled_page(text, gold) for _, text, gold in batch] for g, batch in groups.items()}
    x_lines, y_lines, where = line_model.labelled_lines(ROOT / "tests" / "data" / TUNING)
    page_of = np.array([w.split(":", 1)[0] for w in where])
    saved = line_model._weights, segmenter.load
    rows: list[list[float]] = []
    page_index = 0
    try:
        for f, (group, batch) in enumerate(groups.items()):
            tagger = trained_without(tagger_pages, {group})
            segmenter.load = lambda tagger=tagger: tagger
            line_model._weights = saved[0]
            if group.startswith(TUNING + "/"):
                held = np.isin(page_of, [name for name, _, _ in batch])
                weights = line_model.fit(x_lines[~held], y_lines[~held])
                line_model._weights = lambda weights=weights: weights
            for name, text, gold in batch:
                found, x = pages.screened_candidates(text)
                rows += [[f, page_index, float(is_article(a, gold)), *map(float, r)] for a, r in zip(found, x)]
                page_index += 1
            print(f"  {group}: {len(batch)} pages", file=sys.stderr, flush=True)
    finally:
        line_model._weights, segmenter.load = saved
    return rows


def choose_threshold(rows: np.ndarray) -> tuple[float, list[dict]]:
    """The largest `GRID` threshold that drops at most `MAX_REAL_DROPPED` of the real articles out of fold.

    Args:
        rows: the rows of `out_of_fold_rows`.

    Returns:
        (the threshold, a table row per grid value).
    """
    fold, page, y, x = rows[:, 0], rows[:, 1], rows[:, 2], rows[:, 3:]
    p = np.zeros(len(y))
    for f in np.unique(fold):
        held = fold == f
        p[held] = logistic.fit(x[~held], y[~held]).probabilities(x[held])
    table, chosen = [], GRID[0]
    for t in GRID:
        keep = p >= t
        for pg in np.unique(page):  # a page keeps its likeliest article
            on = np.flatnonzero(page == pg)
            keep[on[np.argmax(p[on])]] = True
        real_dropped = int(((~keep) & (y == 1)).sum())
        table.append({"threshold": t, "real_dropped": real_dropped, "boxes_dropped": int(((~keep) & (y == 0)).sum()),
                      "real": int((y == 1).sum()), "boxes": int((y == 0).sum())})
        if real_dropped <= MAX_REAL_DROPPED * (y == 1).sum():
            chosen = t
    return chosen, table


def main(argv: list[str] | None = None) -> int:
    """Find the articles out of fold, fit, choose the threshold and write the model.

    Args:
        argv: command-line arguments.

    Returns:
        The exit status.
    """
    parser = parser_for(__doc__, article_filter.MODEL_PATH)
    parser.add_argument("--refit", action="store_true", help="fit again from the rows stored in the shipped file")
    args = parser.parse_args(argv)
    started = time.time()
    if args.refit:
        stored = json.loads(article_filter.MODEL_PATH.read_text(encoding="utf-8"))
        trained_on, groups, rows = stored["trained_on"], stored["folds"], stored["rows"]
    else:
        batches = training_batches()
        trained_on = {name: {"pages": len(b), "sha256": folder_hash(b)} for name, b in batches.items()}
        grouped = folds(batches)
        groups = list(grouped)
        rows = [[int(r[0]), int(r[1]), int(r[2])] + [round(v, 6) for v in r[3:]] for r in out_of_fold_rows(grouped)]
    data = np.array(rows, dtype=float)
    threshold, table = choose_threshold(data)
    model = logistic.fit(data[:, 3:], data[:, 2])
    screen = article_filter.ArticleFilter(model.mean, model.scale, model.weights, threshold)
    out = {
        "features": list(article_filter.FEATURES), "seed": SEED, "tagger_hyper": HYPER, "trained_on": trained_on,
        "folds": groups, "max_real_dropped": MAX_REAL_DROPPED, "thresholds": table,
        "articles": int((data[:, 2] == 1).sum()), "boxes": int((data[:, 2] == 0).sum()),
        "seconds": round(time.time() - started, 1), "weights": screen.to_json(),
        "rows": rows,
    }
    args.out.write_text(json.dumps(out) + "\n", encoding="utf-8")
    article_filter.load.cache_clear()
    for row in table:
        print(f"threshold {row['threshold']:.2f}: drops {row['real_dropped']} of {row['real']} articles, "
              f"{row['boxes_dropped']} of {row['boxes']} boxes")
    print(f"{out['articles']} articles and {out['boxes']} boxes found out of fold on {len(groups)} folds; threshold "
          f"{threshold}; {out['seconds']} s; wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
