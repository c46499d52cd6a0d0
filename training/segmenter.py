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
TRAIN = ("layouts",) + tuple(f"layouts-fresh{n}" for n in range(3, 89)) + ("layouts-seeds",)
# Each held-out batch joins TRAIN once the model trained without it has been measured on it: fresh13 and fresh14
# (measured at 8eef0b8), fresh15 and fresh16 (at 38c4860), fresh17 (at a34b3dc), fresh18 (at f743286), fresh19
# (on the models of a41c9d9), fresh20 and fresh21 (at 8098f68, with the article filter), fresh22 and fresh23 (on the
# models of 95665ab), fresh24 and fresh25 (on those of c16b535), fresh26 and fresh27 (on those of 1b80a13), fresh28
# (on those of de57d1c), fresh29 (on those of 0ad503d), fresh30 (on those of 1ba3892), fresh31, fresh32 and fresh33
# (all three on those of 5f5d3c4); ... fresh51-54 (on those of 537455f), fresh55 and fresh56 (on those of 35c1a25),
# fresh57-60 (on those of eadc212), fresh61-64 (on those of 6b5f231), fresh65-68 (on those of a2aec5d), fresh69-72
# (on those of 0816c6a), fresh73-76 (on those of 0816c6a, at b68472a), fresh77-80 (on those of 90452ea), fresh81-84
# (on those of d15bd15 and 9f095dc), fresh85-88 (on those of c2b4e48 and 8af80cd).
HELD_OUT: tuple[str, ...] = ()
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


def corpus_rows(batches: dict[str, list[tuple[str, str, dict]]]) -> tuple[np.ndarray, np.ndarray]:
    """Stacked rows and classes of every page of the batches."""
    rows = [segmenter.labelled_rows(text, gold) for pages in batches.values() for _, text, gold in pages]
    return np.concatenate([x for x, _ in rows]), np.concatenate([y for _, y in rows])


def main(argv: list[str] | None = None) -> int:
    """Train on the TRAIN batches and write the model.

    Args:
        argv: command-line arguments.

    Returns:
        The exit status.
    """
    args = parser_for(__doc__, segmenter.MODEL_PATH).parse_args(argv)
    started = time.time()
    batches = training_batches()
    x, y = corpus_rows(batches)
    tagger = segmenter.fit(x, y, seed=SEED, **HYPER)
    pred = tagger.probabilities(x).argmax(axis=1)
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
