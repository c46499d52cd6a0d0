"""Learn the page segmenter's line tagger (qa/ingest/segmenter.py) from the layout corpus's gold batches.

Every page of the training batches is parsed by the splitter, each line gets its gold class (headline, body,
furniture) from the page's gold file, and a two-layer network is fitted on the lines' window features with a
fixed seed. The result (weights, the features it was learned on, a sha256 of each batch's files, the
hyperparameters and the training recall) is written to qa/ingest/segmenter.json.

The batches named in HELD_OUT are never trained on: written blind after the model was trained, they measure it
once (each layouts_freshN_report.py records its first measurement) and then join TRAIN. How the recipe
carries to a batch it has not seen is measured batch by batch in ``python tests/layouts_cv_report.py``.

Usage: ``python training/segmenter.py`` (about 20 seconds); ``--out PATH`` writes elsewhere.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from qa.ingest import line_model, segmenter  # noqa: E402

DATA = ROOT / "tests" / "data"
# The seed pages' gold files (tests/data/layouts-seeds) name pages that live in seeds/.
TRAIN = ("layouts",) + tuple(f"layouts-fresh{n}" for n in range(3, 19)) + ("layouts-seeds",)
# Each held-out batch joins TRAIN once the model trained without it has been measured on it: fresh13 and fresh14
# (measured at 8eef0b8), fresh15 and fresh16 (at 38c4860), fresh17 (at a34b3dc) and fresh18 (at f743286). fresh19
# was measured once on the models of a41c9d9 and joins TRAIN at the next retraining.
HELD_OUT = ("layouts-fresh19",)
SEED = 0
HYPER = {"hidden": 32, "steps": 400, "rate": 0.01, "l2": 1e-3}


def batch_pages(folder: Path) -> list[tuple[str, str, dict]]:
    """(name, page text, gold) of each page of a batch folder, by name."""
    pages = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        name = gold_path.name[: -len(".gold.json")]
        page = folder / f"{name}.txt"
        text = (page if page.exists() else ROOT / "seeds" / page.name).read_text(encoding="utf-8")
        pages.append((name, text, json.loads(gold_path.read_text(encoding="utf-8"))))
    return pages


def folder_hash(folder: Path) -> str:
    """sha256 over a batch's page and gold files, in name order."""
    digest = hashlib.sha256()
    for name, text, gold in batch_pages(folder):
        digest.update(name.encode() + b"\0" + text.encode() + b"\0" + json.dumps(gold, sort_keys=True).encode())
    return digest.hexdigest()


def corpus_rows(folders: list[Path], skip: set[str] = frozenset()) -> tuple[np.ndarray, np.ndarray]:
    """Stacked rows and classes of every page in the folders, except the named pages."""
    xs, ys = [], []
    for folder in folders:
        for name, text, gold in batch_pages(folder):
            if name in skip:
                continue
            x, y = segmenter.labelled_rows(text, gold)
            xs.append(x)
            ys.append(y)
    return np.concatenate(xs), np.concatenate(ys)


def main(argv: list[str] | None = None) -> int:
    """Train on the TRAIN batches and write the model.

    Args:
        argv: command-line arguments.

    Returns:
        The exit status.
    """
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=segmenter.MODEL_PATH, help="where to write the model JSON")
    args = parser.parse_args(argv)
    started = time.time()
    folders = [DATA / name for name in TRAIN]
    missing = [str(f) for f in folders if not f.is_dir()]
    if missing:
        print(f"error: missing layout batches: {', '.join(missing)}", file=sys.stderr)
        return 2
    x, y = corpus_rows(folders)
    tagger = segmenter.fit(x, y, seed=SEED, **HYPER)
    pred = tagger.probabilities(x).argmax(axis=1)
    recall = {c: round(float((pred[y == k] == k).mean()), 4) for k, c in enumerate(line_model.CLASSES)}
    model = {
        "features": list(line_model.feature_names()), "context": segmenter.CONTEXT,
        "classes": list(line_model.CLASSES), "seed": SEED, "hyper": HYPER,
        "trained_on": {name: {"pages": len(batch_pages(DATA / name)), "sha256": folder_hash(DATA / name)}
                       for name in TRAIN},
        "held_out": list(HELD_OUT), "lines": int(len(y)), "train_recall": recall,
        "seconds": round(time.time() - started, 1), "weights": tagger.to_json(),
    }
    args.out.write_text(json.dumps(model) + "\n", encoding="utf-8")
    segmenter.load.cache_clear()
    print(f"{len(y)} lines from {len(TRAIN)} batches in {model['seconds']} s; training recall {recall}; wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
