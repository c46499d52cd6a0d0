"""Learn the page segmenter's line tagger (qa/ingest/segmenter.py) from the layout corpus's gold batches.

Every page of the training batches is parsed by the splitter, each line gets its gold class (headline, body,
furniture) from the page's gold file, and the recurrent tagger (segmenter.fit, PyTorch) is fitted on the pages' line
features with a fixed seed. The result (weights, the features it was learned on, a sha256 of each batch's files, the
hyperparameters and the training recall) is written to qa/ingest/segmenter.json.

The batches named in HELD_OUT are never trained on: written blind after the model was trained, they measure it
once (each layouts_freshN_report.py records its first measurement) and then join TRAIN. How the recipe
carries to a batch it has not seen is measured batch by batch in ``python tests/layouts_cv_report.py``.

Usage: ``python training/segmenter.py`` (about 45 seconds); ``--out PATH`` writes elsewhere; ``--folds 8`` prints the
recipe's out-of-fold line tags instead (the measure that chose `segmenter.CONTEXT`).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Collection, Iterator

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from qa.ingest import line_model, segmenter  # noqa: E402

DATA = ROOT / "tests" / "data"
# The seed pages' gold files (tests/data/layouts-seeds) name pages that live in seeds/.
TRAIN = ("layouts",) + tuple(f"layouts-fresh{n}" for n in range(3, 101)) + ("layouts-seeds",)
# Each held-out batch joins TRAIN once the model trained without it has been measured on it: fresh13 and fresh14
# (measured at 8eef0b8), fresh15 and fresh16 (at 38c4860), fresh17 (at a34b3dc), fresh18 (at f743286), fresh19
# (on the models of a41c9d9), fresh20 and fresh21 (at 8098f68, with the article filter), fresh22 and fresh23 (on the
# models of 95665ab), fresh24 and fresh25 (on those of c16b535), fresh26 and fresh27 (on those of 1b80a13), fresh28
# (on those of de57d1c), fresh29 (on those of 0ad503d), fresh30 (on those of 1ba3892), fresh31, fresh32 and fresh33
# (all three on those of 5f5d3c4); ... fresh51-54 (on those of 537455f), fresh55 and fresh56 (on those of 35c1a25),
# fresh57-60 (on those of eadc212), fresh61-64 (on those of 6b5f231), fresh65-68 (on those of a2aec5d), fresh69-72
# (on those of 0816c6a), fresh73-76 (on those of 0816c6a, at b68472a), fresh77-80 (on those of 90452ea), fresh81-84
# (on those of d15bd15 and 9f095dc), fresh85-88 (on those of c2b4e48 and 8af80cd);
# fresh89-92 (on those of 9559bd6 and 29c02b5), fresh93-96 (on those of 3051c86 and dc90edc), fresh97-100 (on
# those of 45e4eff); fresh101-104 (on those of 8d5caab and 580b5a2) join at the next retraining.
HELD_OUT: tuple[str, ...] = ()
SEED = 0
HYPER = {"hidden": 32, "width": 64, "epochs": 30, "rate": 3e-3, "decay": 1e-4, "batch": 16}


def batch_pages(folder: Path) -> list[tuple[str, str, dict]]:
    """(name, page text, gold) of each page of a batch folder, by name."""
    pages = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        name = gold_path.name[: -len(".gold.json")]
        page = folder / f"{name}.txt"
        text = (page if page.exists() else ROOT / "seeds" / page.name).read_text(encoding="utf-8")
        pages.append((name, text, json.loads(gold_path.read_text(encoding="utf-8"))))
    return pages


def folder_hash(pages: list[tuple[str, str, dict]]) -> str:
    """sha256 over a batch's pages and gold files (`batch_pages`), in name order."""
    digest = hashlib.sha256()
    for name, text, gold in pages:
        digest.update(name.encode() + b"\0" + text.encode() + b"\0" + json.dumps(gold, sort_keys=True).encode())
    return digest.hexdigest()


def training_batches() -> dict[str, list[tuple[str, str, dict]]]:
    """The pages of every TRAIN batch, each read once.

    Raises:
        SystemExit: a batch folder is missing (one line on stderr, status 2).
    """
    missing = [name for name in TRAIN if not (DATA / name).is_dir()]
    if missing:
        print(f"error: missing layout batches: {', '.join(missing)}", file=sys.stderr)
        raise SystemExit(2)
    return {name: batch_pages(DATA / name) for name in TRAIN}


def parser_for(doc: str, default_out: Path) -> argparse.ArgumentParser:
    """A training command's argument parser: its docstring's first line as description and ``--out``."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--out", type=Path, default=default_out, help="where to write the model JSON")
    return parser


def corpus_pages(batches: dict[str, list[tuple[str, str, dict]]]) -> list[tuple[np.ndarray, np.ndarray]]:
    """`segmenter.labelled_page` of every page of the batches."""
    return [segmenter.labelled_page(text, gold) for pages in batches.values() for _, text, gold in pages]


def fold_taggers(pages: dict[str, list[tuple[np.ndarray, np.ndarray]]], folds: int
                 ) -> Iterator[tuple[list[str], segmenter.Tagger]]:
    """The batches dealt into `folds` groups in name order, each with a tagger trained by the recipe on the others.

    Args:
        pages: `corpus_pages` of each training batch, by name.
        folds: the number of groups.

    Yields:
        (the group's batch names, the tagger trained without them), group by group.
    """
    names = sorted(pages)
    for fold in range(folds):
        held = names[fold::folds]
        yield held, trained_without({name: pages[name] for name in names}, held)


def trained_without(pages: dict[str, list[tuple[np.ndarray, np.ndarray]]], held: Collection[str]) -> segmenter.Tagger:
    """A tagger trained by the recipe on every group's pages but the held-out groups', in the dict's order.

    Args:
        pages: `segmenter.labelled_page` rows of each group's pages, by group.
        held: the groups to leave out.

    Returns:
        The tagger.
    """
    return segmenter.fit([page for name, group in pages.items() if name not in held for page in group],
                         seed=SEED, **HYPER)


def out_of_fold(batches: dict[str, list[tuple[str, str, dict]]], folds: int) -> dict[str, float]:
    """The recipe's out-of-fold line tags (`fold_taggers`).

    Args:
        batches: the training batches.
        folds: the number of groups.

    Returns:
        Line accuracy, headline F1 and the share of gold articles cut exactly (headline, first and last body line).
    """
    pages = {name: corpus_pages({name: batch}) for name, batch in batches.items()}
    right = lines = exact = articles = 0
    title_hits = title_found = title_gold = 0
    for held, tagger in fold_taggers(pages, folds):
        for x, y in (page for name in held for page in pages[name]):
            probs = tagger.probabilities(x)
            pred, known = probs.argmax(axis=1), y >= 0
            right, lines = right + int((pred == y)[known].sum()), lines + int(known.sum())
            title_hits += int(((pred == 0) & (y == 0)).sum())
            title_found, title_gold = title_found + int((pred == 0).sum()), title_gold + int((y == 0).sum())
            found = {(s.title, s.body[0], s.body[-1]) for s in segmenter.decode(["x"] * len(y), probs)}
            gold = _gold_cuts(y)
            exact, articles = exact + len(gold & found), articles + len(gold)
    return {"line_accuracy": right / lines, "headline_f1": 2 * title_hits / (title_found + title_gold),
            "articles_cut_exactly": exact / articles, "articles": articles}


def _gold_cuts(y: np.ndarray) -> set[tuple[int | None, int, int]]:
    """(headline, first body line, last body line) of each gold article of a page's line classes."""
    cuts: list[list] = []
    for i, label in enumerate(y):
        if label == 0:
            cuts.append([i, []])
        elif label == 1:
            if not cuts:
                cuts.append([None, []])
            cuts[-1][1].append(i)
    return {(head, body[0], body[-1]) for head, body in cuts if body}


def main(argv: list[str] | None = None) -> int:
    """Train on the TRAIN batches and write the model.

    Args:
        argv: command-line arguments.

    Returns:
        The exit status.
    """
    parser = parser_for(__doc__, segmenter.MODEL_PATH)
    parser.add_argument("--folds", type=int, help="print the recipe's out-of-fold line tags over this many groups "
                        "of batches instead of training (8: about 6 minutes)")
    args = parser.parse_args(argv)
    started = time.time()
    batches = training_batches()
    if args.folds:
        print(json.dumps({k: round(v, 4) for k, v in out_of_fold(batches, args.folds).items()}))
        return 0
    pages = corpus_pages(batches)
    tagger = segmenter.fit(pages, seed=SEED, **HYPER)
    pred = np.concatenate([tagger.probabilities(x).argmax(axis=1)[y >= 0] for x, y in pages])
    y = np.concatenate([y[y >= 0] for _, y in pages])
    recall = {c: round(float((pred[y == k] == k).mean()), 4) for k, c in enumerate(line_model.CLASSES)}
    model = {
        "features": list(line_model.feature_names()), "context": segmenter.CONTEXT,
        "classes": list(line_model.CLASSES), "seed": SEED, "hyper": HYPER,
        "trained_on": {name: {"pages": len(pages), "sha256": folder_hash(pages)} for name, pages in batches.items()},
        "held_out": list(HELD_OUT), "lines": int(len(y)), "train_recall": recall,
        "seconds": round(time.time() - started, 1), "weights": tagger.to_json(),
    }
    args.out.write_text(json.dumps(model) + "\n", encoding="utf-8")
    segmenter.load.cache_clear()
    print(f"{len(y)} lines from {len(TRAIN)} batches in {model['seconds']} s; training recall {recall}; wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
