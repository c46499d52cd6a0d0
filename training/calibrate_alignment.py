"""Choose the fact-alignment thresholds of `qa.check.disagreements` and `qa.search.recency` on labelled pairs.

This lives in training/ with the other scripts that choose a shipped threshold on a validation
split and report it on a split that did not choose it (calibrate_factcheck.py,
calibrate_verifier.py); benchmarks/ measures a build's speed and quality and chooses nothing.

Data: tests/data/alignment (see its README.md). `sentences.jsonl` holds pairs of sentences from
two reports of one story, labelled `same_fact` (the pair must be aligned and compared) and
`differs` (the reports really state that fact differently); `names.jsonl` holds pairs of sentences
that differ in one name, labelled `same_entity`. Every row carries its story's `split`:
"validation" when sha1("factdesk-alignment:0:<story>") is even, else "test", so no story is in both.

Objective (disagreements): F1 of the "reports differ" decision, end to end (each pair is two
one-sentence reports put through the real comparison), over both files' validation rows. The four
constants act only through that decision: the sentence thresholds gate which numbers are compared,
the name threshold gates names, the spelling threshold turns a name difference into an agreement.
Scoring each gate on its own would reward, say, aligning sentences that hold no fact. F1 weighs a
false "reports differ" against a missed one; precision and recall are printed too. Ties go to the
better alignment accuracy, then name accuracy, then the point nearest the current constants.

Objective (recency): the cost of `matching_window`'s decisions (move a passage to the newer report
or not) on cases built from the sentence pairs: the chunk is sentence `a` (or two consecutive `a`s
of a story), the newer report is the matching `b` (or two) between two sentences of another story;
a `same_fact` case is right when the window found is exactly those `b`s, any other when none is.
A wrong move costs 2 and a missed one 1: a wrong move quotes another part of the story as its
latest state, a missed one quotes the older report, which is what factdesk did without recency.
Ties go to the value nearest the hand-set one.

Usage:
    python training/calibrate_alignment.py [--data tests/data/alignment]
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import sys
from dataclasses import dataclass, fields
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from qa.check import disagreements as dis  # noqa: E402
from qa.records import Article, Chunk  # noqa: E402
from qa.search import recency  # noqa: E402

DATA = REPO / "tests" / "data" / "alignment"
SPLIT_SALT = "factdesk-alignment:0:"
GRID = {
    "min_sentence_dice": (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7),
    "min_shared_words": (1, 2, 3, 4, 5),
    "min_name_dice": (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9),
    "same_spelling": (0.7, 0.75, 0.8, 0.85, 0.9, 0.95),
}
OVERLAP_GRID = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7)
# The values before any calibration: reported next to the chosen ones, and ties go to the nearest.
HAND_SET = dis.Alignment(min_sentence_dice=0.5, min_name_dice=0.6, min_shared_words=3, same_spelling=0.8)
HAND_SET_OVERLAP = 0.5


def split_of(story: str) -> str:
    """The split a story's pairs belong to.

    Args:
        story: the story id of a row.

    Returns:
        "validation" or "test".
    """
    return "validation" if int(hashlib.sha1((SPLIT_SALT + story).encode()).hexdigest(), 16) % 2 == 0 else "test"


def load(path: Path) -> list[dict]:
    """The rows of one JSONL file, each checked to sit in the split its story hashes to.

    Args:
        path: sentences.jsonl or names.jsonl.

    Returns:
        One dict per row.
    """
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    for row in rows:
        if row["split"] != split_of(row["story"]):
            raise SystemExit(f"{path}: {row['id']} is marked {row['split']} but its story hashes elsewhere")
    return rows


@dataclass(frozen=True)
class Scores:
    """The numbers of one threshold setting on one split."""

    f1: float
    precision: float
    recall: float
    alignment_accuracy: float
    name_accuracy: float
    false_differs: int
    missed_differs: int
    flagged: int  # pairs judged differing

    def line(self) -> str:
        """The scores as one printable line."""
        return (f"differs F1 {self.f1:.3f} (P {self.precision:.3f}, R {self.recall:.3f}; "
                f"{self.false_differs} false, {self.missed_differs} missed) | "
                f"alignment acc {self.alignment_accuracy:.3f} | name acc {self.name_accuracy:.3f}")


def _article(text: str, tag: str) -> Article:
    return Article(id=tag, title="", text=text, source=tag, story_id="calibration")


class Pairs:
    """The labelled pairs of one split, analysed once and scored under any `dis.Alignment`."""

    def __init__(self, sentences: list[dict], names: list[dict]):
        self.sentences = sentences
        self.names = names
        # Reading a report (sentences, tokens, quantities) does not depend on the thresholds.
        self._reports = [(dis._analyse(_article(r["a"], f"{r['id']}:a")), dis._analyse(_article(r["b"], f"{r['id']}:b")))
                         for r in sentences + names]

    def score(self, alignment: dis.Alignment) -> Scores:
        """Score one setting.

        Args:
            alignment: the thresholds.

        Returns:
            The split's scores.
        """
        gold = [r["differs"] for r in self.sentences] + [not r["same_entity"] for r in self.names]
        predicted = [bool(dis._compare_pair(a, b, alignment)[0]) for a, b in self._reports]
        tp = sum(g and p for g, p in zip(gold, predicted))
        fp = sum(p and not g for g, p in zip(gold, predicted))
        fn = sum(g and not p for g, p in zip(gold, predicted))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        aligned = [bool(dis._pairs(a, b, alignment)) for a, b in self._reports[:len(self.sentences)]]
        alignment_accuracy = sum(p == r["same_fact"] for p, r in zip(aligned, self.sentences)) / len(self.sentences)
        names = [dis.same_name(r["name_a"], r["name_b"], alignment.same_spelling) for r in self.names]
        name_accuracy = sum(p == r["same_entity"] for p, r in zip(names, self.names)) / len(self.names)
        return Scores(f1, precision, recall, alignment_accuracy, name_accuracy, fp, fn, sum(predicted))

    def end_to_end(self, alignment: dis.Alignment) -> int:
        """How many pairs `compare_reports` (the public path) judges differing: a check on `score`.

        Args:
            alignment: the thresholds.

        Returns:
            The number of pairs with at least one difference.
        """
        return sum(bool(dis.compare_reports([_article(r["a"], "a"), _article(r["b"], "b")], alignment=alignment).differences)
                   for r in self.sentences + self.names)


def _distance(alignment: dis.Alignment) -> float:
    """Grid steps from the hand-set values, to break ties towards them."""
    return sum(abs(GRID[f.name].index(getattr(alignment, f.name)) - GRID[f.name].index(getattr(HAND_SET, f.name)))
               for f in fields(alignment))


def choose(validation: Pairs) -> tuple[dis.Alignment, Scores, int]:
    """The grid point with the best validation F1 (ties: alignment, name accuracy, nearness to `HAND_SET`).

    Args:
        validation: the validation pairs.

    Returns:
        The chosen thresholds, their validation scores and the number of points tried.
    """
    best = None
    tried = 0
    for sd, sw, nd, sp in itertools.product(*GRID.values()):
        if nd < sd:
            continue  # names are compared only in aligned sentences: a lower value acts as `sd`
        alignment = dis.Alignment(min_sentence_dice=sd, min_shared_words=sw, min_name_dice=nd, same_spelling=sp)
        scores = validation.score(alignment)
        tried += 1
        key = (scores.f1, scores.alignment_accuracy, scores.name_accuracy, -_distance(alignment))
        if best is None or key > best[0]:
            best = (key, alignment, scores)
    return best[1], best[2], tried


def recency_rows(sentences: list[dict]) -> list[tuple[Article, Chunk, str | None]]:
    """Recency cases: a chunk of report A, and a newer report B with two sentences of another story around it.

    A chunk is one sentence `a`, or two of one story's consecutive pairs that are both the same fact
    or both not (mixed ones tell half the same part, which neither answer fits).

    Args:
        sentences: sentence rows of one split.

    Returns:
        (newer report, chunk, the window text that should be found or None) per case.
    """
    stories = sorted({r["story"] for r in sentences})
    by_story = {s: [r for r in sentences if r["story"] == s] for s in stories}
    out = []
    for k, story in enumerate(stories):
        rows, others = by_story[story], by_story[stories[(k + 1) % len(stories)]]
        runs = [[r] for r in rows] + [[x, y] for x, y in zip(rows, rows[1:]) if x["same_fact"] == y["same_fact"]]
        for i, run in enumerate(runs):
            chunk_text, told = " ".join(r["a"] for r in run), " ".join(r["b"] for r in run)
            before, after = others[i % len(others)]["b"], others[(i + 1) % len(others)]["b"]
            tag = "+".join(r["id"] for r in run)
            article = _article(f"{before} {told} {after}", f"{tag}:newer")
            out.append((article, Chunk(f"{tag}:a", f"{tag}:a", 0, len(chunk_text), chunk_text),
                        told if run[0]["same_fact"] else None))
    return out


def recency_accuracy(rows: list[tuple[Article, Chunk, str | None]], min_overlap: float) -> tuple[float, int, int]:
    """Accuracy of `matching_window` on recency cases.

    Args:
        rows: from `recency_rows`.
        min_overlap: the threshold tried.

    Returns:
        (accuracy, wrong moves, missed moves).
    """
    wrong = missed = 0
    for article, chunk, wanted in rows:
        found = recency.matching_window(article, chunk, min_overlap)
        if wanted is None and found is not None:
            wrong += 1
        elif wanted is not None and (found is None or found.text != wanted):
            missed += 1
    return 1 - (wrong + missed) / len(rows), wrong, missed


def recency_cost(rows: list[tuple[Article, Chunk, str | None]], min_overlap: float) -> int:
    """Two per wrong move plus one per missed move (see the module's objective)."""
    _, wrong, missed = recency_accuracy(rows, min_overlap)
    return 2 * wrong + missed


def main() -> None:
    """Run the grids and print chosen values with validation and test numbers, old and new."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()
    sentences, names = load(args.data / "sentences.jsonl"), load(args.data / "names.jsonl")
    splits = {s: Pairs([r for r in sentences if r["split"] == s], [r for r in names if r["split"] == s])
              for s in ("validation", "test")}
    for s, pairs in splits.items():
        print(f"{s}: {len(pairs.sentences)} sentence pairs "
              f"({sum(r['same_fact'] for r in pairs.sentences)} same fact, {sum(r['differs'] for r in pairs.sentences)} differ), "
              f"{len(pairs.names)} name pairs ({sum(not r['same_entity'] for r in pairs.names)} different), "
              f"{len({r['story'] for r in pairs.sentences})} stories")
    chosen, _, tried = choose(splits["validation"])
    print(f"\ndisagreements: {tried} grid points {GRID}")
    for label, alignment in (("hand-set", HAND_SET), ("shipped", dis.ALIGNMENT), ("chosen", chosen)):
        print(f"  {label}: {alignment}")
        for s, pairs in splits.items():
            scores = pairs.score(alignment)
            if pairs.end_to_end(alignment) != scores.flagged:
                raise SystemExit("compare_reports and the grid's scoring disagree")
            print(f"    {s:<10} {scores.line()}")
    rows = {s: recency_rows(pairs.sentences) for s, pairs in splits.items()}
    best = min(OVERLAP_GRID, key=lambda m: (recency_cost(rows["validation"], m), abs(m - HAND_SET_OVERLAP)))
    counts = ", ".join(f"{s} {len(r)} ({sum(w is not None for *_, w in r)} same passage)" for s, r in rows.items())
    print(f"\nrecency: MIN_OVERLAP grid {OVERLAP_GRID}; cases: {counts}")
    for label, m in (("hand-set", HAND_SET_OVERLAP), ("shipped", recency.MIN_OVERLAP), ("chosen", best)):
        for s in ("validation", "test"):
            acc, wrong, missed = recency_accuracy(rows[s], m)
            print(f"  {label} {m:.2f} {s:<10} cost {2 * wrong + missed} | accuracy {acc:.3f} "
                  f"({wrong} wrong moves, {missed} missed)")


if __name__ == "__main__":
    main()
