"""Calibrate the guided reader's thresholds end to end (retrieval + rules + reader) on validation titles.

The reader's own training script calibrates with the gold window given; at run time the reader
sees the sentences the rules quote from retrieved passages. This script asks the validation
titles' questions through the real pipeline (every paragraph of the SQuAD file indexed; for
off-topic questions the asked titles left out), records the reader's best has-answer
probability over the quoted passages and its span confidence per question, and chooses:

- the abstain threshold: the highest one whose HasAns false-abstain rate stays <= 0.08;
- the short-answer threshold: show the span only where its confidence predicts F1 > 0.5
  (a wrong bold answer is worse than none).

Thresholds are chosen on validation half A and reported on half B, and the other way round;
the values written to `qa/read/weights/reader.json` ("guided") are chosen on all
validation titles. Run:

    python training/calibrate_reader.py            # writes the thresholds
    python training/calibrate_reader.py --dry-run  # only prints
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa.cli.evaluate import load_squad, squad_f1  # noqa: E402
from qa.read.span_model import WEIGHTS_DIR  # noqa: E402

DATA = ROOT.parent / "shared" / "eval"
MAX_FALSE_ABSTAIN = 0.08


def collect(assistant, reader, path: Path, titles: set[str], off_topic: bool) -> list[dict]:
    """One row per validation question: rules abstained, best has-answer, span confidence, span F1."""
    articles, items = load_squad(path)
    wanted = {t.replace("_", " ") for t in titles}
    items = [it for it in items if it.title in wanted]
    if off_topic:
        articles = [a for a in articles if a.title not in wanted]
    over = assistant.over_articles(articles, show_progress=True)
    rows = []
    for it in items:
        seen = reader.assess(it.question, over.retrieve(it.question))
        quote = seen.base.citations[0].quote if seen.base.citations else ""
        span = quote[seen.span[0]:seen.span[1]] if seen.span else ""
        answerable = bool(it.answers) and not off_topic
        rows.append({"title": it.title, "answerable": answerable, "rules_abstained": seen.base.abstained,
                     "has_answer": 0.0 if seen.base.abstained else seen.has_answer, "confidence": seen.confidence,
                     "f1": max((squad_f1(span, g) for g in it.answers), default=0.0) if answerable else 0.0})
    return rows


def choose(rows: list[dict]) -> tuple[float, float]:
    """(abstain threshold, short-answer threshold) chosen on these rows."""
    has = [r for r in rows if r["answerable"]]
    abstain = 0.0
    for t in sorted({r["has_answer"] for r in has}):
        if np.mean([r["rules_abstained"] or r["has_answer"] < t for r in has]) > MAX_FALSE_ABSTAIN:
            break
        abstain = t
    kept = [r for r in has if not r["rules_abstained"] and r["has_answer"] >= abstain]
    best_t, best_gain = 0.0, -1e9
    for t in sorted({round(r["confidence"], 4) for r in kept} | {0.0}):
        gain = sum(r["f1"] - 0.5 for r in kept if r["confidence"] >= t)
        if gain > best_gain:
            best_t, best_gain = t, gain
    return abstain, best_t


def report(rows: list[dict], abstain: float, short: float) -> dict:
    """SQuAD 2.0-style measures of the guided reader's decisions on these rows at these thresholds."""
    has = [r for r in rows if r["answerable"]]
    no = [r for r in rows if not r["answerable"]]

    def abstains(r: dict) -> bool:
        return r["rules_abstained"] or r["has_answer"] < abstain

    f1 = [r["f1"] if not abstains(r) and r["confidence"] >= short else 0.0 for r in has]
    return {"hasans": len(has), "noans": len(no),
            "hasans_f1": round(float(np.mean(f1)), 4) if has else None,
            "hasans_false_abstain": round(float(np.mean([abstains(r) for r in has])), 4) if has else None,
            "noans_abstain": round(float(np.mean([abstains(r) for r in no])), 4) if no else None}


def main(argv=None) -> int:
    """Collect validation rows, choose thresholds A->B and B->A, write the all-validation choice."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(DATA), help="folder with the SQuAD dev halves")
    ap.add_argument("--weights", default=str(WEIGHTS_DIR), help="reader weights folder (reader.json)")
    ap.add_argument("--dry-run", action="store_true", help="print the thresholds without writing them")
    args = ap.parse_args(argv)
    os.environ.setdefault("FACTDESK_HOME", str(Path.home() / ".cache" / "factdesk"))
    from qa import Assistant, Config
    from qa.read.answerer import Answerer
    from qa.read.reader import GuidedReader
    from qa.read.span_model import load

    t0 = time.time()
    weights = Path(args.weights)
    cfg = json.loads((weights / "reader.json").read_text())
    half_a, half_b = set(cfg["data"]["val_half_a"]), set(cfg["data"]["val_half_b"])
    config = Config.from_env(reader="rules")
    assistant = Assistant(config=config, build_default=False)
    reader = GuidedReader(Answerer(assistant.encoder, config), load(config.cache_dir, weights))
    data = Path(args.data)
    rows = []
    for name, off_topic in (("squad-dev-half.json", False), ("squad2-dev-half.json", False),
                            ("squad-dev-half.json", True)):
        got = collect(assistant, reader, data / name, half_a | half_b, off_topic)
        for r in got:
            r["set"] = name + (" off-topic" if off_topic else "")
        rows += got
        print(f"{name}{' off-topic' if off_topic else ''}: {len(got)} questions", file=sys.stderr)
    in_a = [r for r in rows if r["title"].replace(" ", "_") in half_a]
    in_b = [r for r in rows if r["title"].replace(" ", "_") in half_b]
    out = {}
    for chosen_on, reported_on, label in ((in_a, in_b, "A->B"), (in_b, in_a, "B->A")):
        t = choose(chosen_on)
        out[label] = {"thresholds": t, "all": report(reported_on, *t),
                      "off_topic": report([r for r in reported_on if r["set"].endswith("off-topic")], *t),
                      "squad2": report([r for r in reported_on if r["set"].startswith("squad2")], *t)}
    final = choose(rows)
    out["all_validation"] = {"thresholds": final}
    out["seconds"] = round(time.time() - t0, 1)
    print(json.dumps(out, indent=1))
    if not args.dry_run:
        cfg.setdefault("thresholds", {})
        cfg["thresholds"]["guided"] = {"has_answer": final[0], "span_score": final[1],
                                           "chosen_on": "all validation titles, retrieval + sentence rules + reader",
                                           "cross_fit": {k: out[k] for k in ("A->B", "B->A")}}
        tmp = weights / ".reader.json.tmp"
        tmp.write_text(json.dumps(cfg, indent=1) + "\n")
        os.replace(tmp, weights / "reader.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
