"""Choose the fact checker's thresholds on the calibration half of tests/data/claims.jsonl.

Every claim there carries a `fact` (the sentence of the seeds it is about; a supported claim and
its altered twins share one) and a `split`: "calibration" when the SHA-1 of the fact is even,
else "held-out", so no paraphrase of a held-out claim is seen while calibrating. A grid over
the decision thresholds of `qa.check.checker.Thresholds` is scored on the calibration half
only; ties go to the point nearest the current values. The held-out half (what
tests/test_factcheck.py asserts on) and the seed dev claims are only reported.

Usage:
    python training/calibrate_factcheck.py [--dev /work/shared/eval/seeds-claims-dev.jsonl]
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import itertools
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from qa import Assistant, Config  # noqa: E402
from qa.check.checker import THRESHOLDS, FactChecker  # noqa: E402

CLAIMS = REPO / "tests" / "data" / "claims.jsonl"
GRID = {
    "min_support_relevance": (0.45, 0.5, 0.55, 0.6, 0.65),
    "min_support_coverage": (0.4, 0.5, 0.6),
    "min_support_article_coverage": (0.65, 0.75, 0.85),
    "min_contra_relevance": (0.4, 0.45, 0.5, 0.55, 0.6),
    "min_contra_coverage": (0.4, 0.5, 0.6),
}


def split_of(fact: str) -> str:
    """The half a claim belongs to, from the SHA-1 of its fact key.

    Args:
        fact: the claim's `fact` field.

    Returns:
        "calibration" or "held-out".
    """
    return "calibration" if int(hashlib.sha1(fact.encode()).hexdigest(), 16) % 2 == 0 else "held-out"


def load_claims(path: Path = CLAIMS) -> list[dict]:
    """The labelled claims, each checked to sit in the half its fact hashes to.

    Args:
        path: the claims JSONL.

    Returns:
        One dict per claim (claim, verdict, type, fact, split).
    """
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in rows:
        if row["split"] != split_of(row["fact"]):
            raise SystemExit(f"{path}: {row['claim']!r} is marked {row['split']} but its fact hashes elsewhere")
    return rows


class _MemoEncoder:
    """The assistant's encoder with an in-memory cache: the grid re-checks the same sentences."""

    def __init__(self, encoder):
        self._encoder = encoder
        self._cache: dict[str, np.ndarray] = {}

    def encode(self, texts):
        missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if missing:
            for t, v in zip(missing, self._encoder.encode(missing)):
                self._cache[t] = v
        return np.stack([self._cache[t] for t in texts])


def accuracy(checker: FactChecker, cases: list[tuple[dict, list]]) -> tuple[float, list[tuple[str, str, str]]]:
    """Share of claims whose verdict matches the label, and the misses.

    Args:
        checker: the checker to score.
        cases: (row, retrieved passages) pairs.

    Returns:
        (accuracy, [(claim, expected, got)]).
    """
    wrong = []
    for row, passages in cases:
        got = checker.check(row["claim"], passages).verdict
        if got != row["verdict"]:
            wrong.append((row["claim"], row["verdict"], got))
    return 1 - len(wrong) / max(1, len(cases)), wrong


def _distance(point: dict[str, float]) -> float:
    return sum(abs(v - getattr(THRESHOLDS, k)) for k, v in point.items())


def main(argv: list[str] | None = None) -> int:
    """Run the grid and print the chosen thresholds with both halves' accuracy."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dev", type=Path, default=Path("/work/shared/eval/seeds-claims-dev.jsonl"),
                        help="extra labelled claims to report on (not used for choosing)")
    args = parser.parse_args(argv)

    rows = load_claims()
    with tempfile.TemporaryDirectory() as tmp:
        config = Config.from_env(home=tmp)
        assistant = Assistant(Path(tmp) / "index", config)
        assistant.index([str(REPO / "seeds")])
        encoder = _MemoEncoder(assistant.encoder)

        def cases(items: list[dict]) -> list[tuple[dict, list]]:
            return [(row, assistant.retrieve(row["claim"])) for row in items]

        calibration = cases([r for r in rows if r["split"] == "calibration"])
        held_out = cases([r for r in rows if r["split"] == "held-out"])
        dev = cases([json.loads(line) for line in args.dev.read_text().splitlines() if line.strip()]) \
            if args.dev.is_file() else []

        t0 = time.perf_counter()
        best = None
        for values in itertools.product(*GRID.values()):
            point = dict(zip(GRID, values))
            checker = FactChecker(encoder, config, dataclasses.replace(THRESHOLDS, **point))
            acc, _ = accuracy(checker, calibration)
            key = (-acc, _distance(point))
            if best is None or key < best[0]:
                best = (key, point)
        point = best[1]
        chosen = dataclasses.replace(THRESHOLDS, **point)
        checker = FactChecker(encoder, config, chosen)
        print(f"grid of {np.prod([len(v) for v in GRID.values()])} points in {time.perf_counter() - t0:.0f} s")
        print("chosen:", ", ".join(f"{k}={v}" for k, v in point.items()))
        for name, part in (("calibration", calibration), ("held-out", held_out), ("seed dev claims", dev)):
            if not part:
                continue
            acc, wrong = accuracy(checker, part)
            print(f"{name}: accuracy {acc:.3f} ({len(part) - len(wrong)}/{len(part)}); wrong: {wrong}")
        acc, _ = accuracy(FactChecker(encoder, config, THRESHOLDS), calibration)
        print(f"(current checker.THRESHOLDS on the calibration half: {acc:.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
