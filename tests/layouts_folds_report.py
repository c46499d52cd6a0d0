"""The whole page splitter with its tagger retrained out of fold: the training batches dealt into K groups.

Each group's pages are split with a tagger (qa/ingest/segmenter.py) trained on the other groups' pages by the
recipe of training/segmenter.py; the line model, the site-name chooser and the article filter stay as stored, so two
checkouts compared this way differ only in their taggers and the rules around them. Faster than leaving each batch
out (tests/layouts_cv_report.py: a GRU per batch, about an hour here): 8 groups take about 6 minutes. Prints the
fresh batches' and all batches' totals (boundaries over max(gold, found) per page). Not collected by pytest.

Usage: ``python tests/layouts_folds_report.py [--groups K] [--dump FILE]`` (default 8; FILE gets each page's
[title, outlet, date, boundary, furniture lines, gold, found]).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "training"))

from test_layouts import score_page  # noqa: E402

from qa.ingest import segmenter  # noqa: E402
from qa.ingest.pages import split_pages  # noqa: E402
from segmenter import corpus_pages, fold_taggers, training_batches  # noqa: E402


def total(scores: dict[str, list[int]], label: str) -> str:
    """One line of summed fields over the named pages' [title, outlet, date, boundary, furniture, gold, found]."""
    t = [sum(s[i] for s in scores.values()) for i in range(7)]
    span = sum(max(s[5], s[6]) for s in scores.values())
    return (f"{label}: {len(scores)} pages, {t[5]} articles; title {t[0] / t[5]:.1%}, outlet {t[1] / t[5]:.1%}, "
            f"date {t[2] / t[5]:.1%}, boundary {t[3] / span:.1%} ({t[3]}/{span}), furniture lines {t[4]}")


def main(argv: list[str] | None = None) -> int:
    """Split every training page with a tagger trained out of its group and print the totals.

    Args:
        argv: command-line arguments.

    Returns:
        The exit status.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--groups", type=int, default=8, help="groups the batches are dealt into, by name")
    parser.add_argument("--dump", metavar="FILE", help="also write each page's scores to FILE (JSON), to compare runs")
    args = parser.parse_args(argv)
    batches = training_batches()
    scores: dict[str, list[int]] = {}
    stored = segmenter.load
    try:
        pages = {name: corpus_pages({name: batch}) for name, batch in batches.items()}
        for group, (held, tagger) in enumerate(fold_taggers(pages, args.groups)):
            segmenter.load = lambda tagger=tagger: tagger
            for name in held:
                for page, text, gold in batches[name]:
                    s = score_page(page, gold, split_pages([text])[0])
                    scores[f"{name}/{page}"] = [s.hits["title"], s.hits["outlet"], s.hits["date"], s.hits["boundary"],
                                                len(s.furniture_left), s.gold, s.found]
            print(f"  group {group + 1} of {args.groups}: {len(held)} batches", file=sys.stderr, flush=True)
    finally:
        segmenter.load = stored
    if args.dump:
        Path(args.dump).write_text(json.dumps(scores, indent=0) + "\n", encoding="utf-8")
    print(total({k: v for k, v in scores.items() if k.startswith("layouts-fresh")}, "fresh batches"))
    print(total(scores, "all batches"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
