"""Learn the site-name chooser (qa/ingest/site_name.py) from the layout corpus's gold outlets.

Every page of the segmenter's training batches (training/segmenter.py: TRAIN) is parsed by the splitter; each
candidate name of the page is labelled 1 when it is the outlet of one of the page's gold articles; each page is
also read without the lines that name its outlet, where no candidate is right. A logistic regression is fitted
on all candidates (deterministic, no sampling) and written with the batches' hashes to
qa/ingest/site_name.json. The held-out batches of training/segmenter.py are never read.

``--lobo`` measures the recipe instead: each training folder is held out in turn (the tuning corpus as one
folder), the chooser is fitted on the others, the held-out pages are split without it and with it at each
threshold in THRESHOLDS, and the outlets of their gold articles are scored; so is how often it names a
page read without the lines that give its name (a wrong name where there is none to find). The shipped
`MIN_PROBABILITY` is the threshold with the best pooled outlet score among those that name at most 10% of such
pages.

Usage: ``python training/site_name.py`` (seconds); ``--lobo`` (about 20 minutes here); ``--out PATH``.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "training"))

from qa.ingest import segmenter, site_name  # noqa: E402
from qa.ingest.pages import _parse, split_pages  # noqa: E402
from segmenter import folder_hash, parser_for, training_batches  # noqa: E402

THRESHOLDS = (0.5, 0.7, 0.8, 0.85, 0.875, 0.9, 0.925, 0.95)


def page_lines(text: str) -> list[str]:
    """The page's non-blank lines as the splitter parses them."""
    return [line.text for line in _parse(text) if line.text]


def without_name(lines: list[str], outlets: set[str]) -> list[str]:
    """The page without the lines that name one of its outlets, as written or by the name's core (the company's
    copyright line "© 2026 Kestrel Courier LLC" names "The Kestrel Courier" too)."""
    return [line for line in lines if not any(site_name.names(line, o) for o in outlets)]


def rows(pages: list[tuple[str, str, dict]]) -> tuple[np.ndarray, np.ndarray]:
    """Stacked candidate rows and labels of the pages.

    Each page with gold outlets is read twice: as written, and with every line that names an outlet taken out
    (a pasted story without its masthead and footer), where no candidate is the page's name.
    """
    xs, ys = [], []
    for _, text, gold in pages:
        outlets = {a["outlet"].casefold() for a in gold["articles"] if a["outlet"]}
        lines = page_lines(text)
        readings = [lines]
        if outlets:
            readings.append(without_name(lines, outlets))
        for reading in readings:
            x, y = site_name.labelled_rows(reading, outlets)
            xs.append(x)
            ys.append(y)
    return np.concatenate(xs), np.concatenate(ys)


def lobo(folders: dict[str, list[tuple[str, str, dict]]]) -> int:
    """Print leave-one-folder-out outlet accuracy without and with the chooser at each threshold.

    Args:
        folders: each training folder's pages.

    Returns:
        The exit status.
    """
    sys.path.insert(0, str(ROOT / "tests"))
    from test_layouts import _fold, _pair  # the layout reports' matching of found to gold articles

    hits = {t: 0 for t in (None,) + THRESHOLDS}
    total = 0
    unnamed: list[float] = []  # best probability on each page read without the lines that name its outlet
    original = site_name.load, site_name.MIN_PROBABILITY
    try:
        for held, pages in folders.items():
            x, y = rows([p for name, ps in folders.items() if name != held for p in ps])
            chooser = site_name.fit(x, y)
            for _, text, gold in pages:
                for t in (None,) + THRESHOLDS:
                    site_name.load = (lambda: None) if t is None else (lambda: chooser)
                    site_name.MIN_PROBABILITY = t
                    found = split_pages([text])[0]
                    hits[t] += sum(a is not None and _fold(a.source) == _fold(g["outlet"])
                                   for g, a in zip(gold["articles"], _pair(gold["articles"], found)))
                total += len(gold["articles"])
                outlets = {a["outlet"].casefold() for a in gold["articles"] if a["outlet"]}
                bare = without_name(page_lines(text), outlets)
                if outlets and len(bare) >= segmenter.MIN_LINES:
                    unnamed.append(site_name.best(bare, chooser)[1])
    finally:
        site_name.load, site_name.MIN_PROBABILITY = original
    print(f"{total} gold articles in {len(folders)} folders, each folder held out in turn")
    print(f"outlet right without the chooser: {hits[None] / total:.3f}")
    for t in THRESHOLDS:
        named = sum(p >= t for p in unnamed) / max(len(unnamed), 1)
        print(f"with the chooser at p >= {t}: {hits[t] / total:.3f}; pages without their name named anyway: "
              f"{named:.1%} of {len(unnamed)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    """Train and write the chooser, or measure the recipe (``--lobo``).

    Args:
        argv: command-line arguments.

    Returns:
        The exit status.
    """
    parser = parser_for(__doc__, site_name.MODEL_PATH)
    parser.add_argument("--lobo", action="store_true", help="measure leave-one-folder-out instead of training")
    args = parser.parse_args(argv)
    batches = training_batches()
    if args.lobo:
        return lobo(batches)
    started = time.time()
    pages = [p for ps in batches.values() for p in ps]
    x, y = rows(pages)
    chooser = site_name.fit(x, y)
    model = {"features": list(site_name.FEATURES), "candidates": int(len(y)), "positives": int(y.sum()),
             "pages": len(pages), "trained_on": {name: folder_hash(ps) for name, ps in batches.items()},
             "seconds": round(time.time() - started, 1), "weights": chooser.to_json()}
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    site_name.load.cache_clear()
    print(f"{len(y)} candidates ({int(y.sum())} outlets) from {len(pages)} pages in {model['seconds']} s; "
          f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
