"""Calibrate the guided reader end to end: its abstention model and its short-answer threshold.

1. **Abstention** (`qa/read/abstention.py`): a logistic model over the sentence rules' confidence
   in their best sentence, fitted on the reader's *training* titles only: answerable SQuAD 1.1 and 2.0 questions asked with every paragraph indexed, against SQuAD
   2.0 unanswerable questions and off-topic questions (a quarter of the training titles at a time
   left out of the index and asked about). The confidence was not trained on those titles (the
   reader's has-answer probability, which was, is not a feature; on validation titles it added
   nothing). The threshold is the highest whose HasAns false-abstain on the training
   titles stays under a cap, the cap chosen by cross-validation over groups of training titles so
   that the held-out false-abstain stays <= 0.08 (`choose_cap`).
2. **Short answer**: the validation titles' questions go through the real pipeline (retrieval,
   sentence rules, abstention, reader on the first quote); the span is shown only where its
   confidence predicts F1 > 0.5 (a wrong bold answer is worse than none). Chosen on validation
   half A and reported on half B, and the other way round; the shipped value is chosen on all
   validation titles.
3. **Report** on the validation titles (which chose nothing of step 1): HasAns F1 (abstaining or
   no short answer scores 0), HasAns false-abstain, SQuAD 2.0 NoAns abstain, off-topic abstain.

Writes `qa/read/weights/abstain.json` and `reader.json`'s "guided" thresholds. Run:

    python training/calibrate_reader.py            # about 15 minutes on 2 CPU cores
    python training/calibrate_reader.py --dry-run  # only prints
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qa.cli.evaluate import load_squad, squad_f1  # noqa: E402
from qa.read.abstention import ABSTAIN_PATH, Abstainer, features  # noqa: E402
from qa.read.span_model import WEIGHTS_DIR  # noqa: E402

DATA = ROOT.parent / "shared" / "eval"
SQUAD1, SQUAD2 = "squad-dev-half.json", "squad2-dev-half.json"
MAX_FALSE_ABSTAIN = 0.08
SEED = 0
PER_SET = 900          # answerable / unanswerable training-title questions sampled per file
OFF_TOPIC_GROUPS = 4   # training titles are left out of the index a quarter at a time
OFF_TOPIC_PER_GROUP = 225


def fit_rows(assistant, answerer, data: Path, val_titles: set[str]) -> list[dict]:
    """Feature rows of training-title questions: answerable, SQuAD 2.0 unanswerable, off-topic."""
    rows = []

    def add(over, items, kind: str) -> None:
        for it in items:
            passages = over.retrieve(it.question)
            _, confidence = answerer.scored_answer(it.question, passages)
            rows.append({"title": it.title, "kind": kind, "answerable": kind == "answerable",
                         "x": features(confidence)})

    for name in (SQUAD1, SQUAD2):
        articles, items = load_squad(data / name)
        items = [it for it in items if it.title not in val_titles]
        over = assistant.over_articles(articles, show_progress=False)
        rng = random.Random(f"{SEED}:{name}")
        answerable = [it for it in items if it.answers]
        add(over, rng.sample(answerable, min(PER_SET, len(answerable))), "answerable")
        unanswerable = [it for it in items if not it.answers]
        add(over, rng.sample(unanswerable, min(PER_SET, len(unanswerable))), "unanswerable")
        print(f"fit rows: {name} done ({len(rows)} rows)", file=sys.stderr, flush=True)
    articles, items = load_squad(data / SQUAD1)
    train_titles = sorted({it.title for it in items} - val_titles)
    for g in range(OFF_TOPIC_GROUPS):
        left_out = set(train_titles[g::OFF_TOPIC_GROUPS])
        over = assistant.over_articles([a for a in articles if a.title not in left_out], show_progress=False)
        asked = [it for it in items if it.title in left_out]
        add(over, random.Random(f"{SEED}:off:{g}").sample(asked, min(OFF_TOPIC_PER_GROUP, len(asked))), "off_topic")
    print(f"fit rows: off-topic done ({len(rows)} rows)", file=sys.stderr, flush=True)
    return rows


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1e-3, steps: int = 50) -> tuple[np.ndarray, float]:
    """Binary logistic regression by Newton's method on standardised features: (weights, bias)."""
    xb = np.c_[x, np.ones(len(x))]
    w = np.zeros(xb.shape[1])
    penalty = l2 * len(x) * np.r_[np.ones(x.shape[1]), 0.0]
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-xb @ w))
        grad = xb.T @ (p - y) + penalty * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(penalty)
        w -= np.linalg.solve(hess, grad)
    return w[:-1], float(w[-1])


def fit_abstainer(rows: list[dict], cap: float) -> Abstainer:
    """The abstention model fitted on these rows, its threshold the highest with at most `cap` of the answerable below it."""
    x = np.array([r["x"] for r in rows], dtype=np.float64)
    y = np.array([r["answerable"] for r in rows], dtype=np.float64)
    mean, scale = x.mean(axis=0), x.std(axis=0) + 1e-9
    w, b = fit_logistic((x - mean) / scale, y)
    model = Abstainer(tuple(mean), tuple(scale), tuple(w), b, 0.0)
    has = np.sort([model.probability_of(r["x"]) for r in rows if r["answerable"]])
    threshold = float(has[int(np.floor(cap * len(has)))])
    return Abstainer(model.mean, model.scale, model.weights, model.bias, threshold)


def choose_cap(rows: list[dict]) -> tuple[float, dict]:
    """The largest false-abstain cap whose cross-validated false-abstain on other titles stays <= MAX_FALSE_ABSTAIN.

    Questions about titles the threshold was not set on abstain more or less often than those it
    was set on (per-title rates on the training titles range from 0 to 0.2 at a cap of 0.08), so
    the cap is chosen by cross-validation over groups of training titles: fit and set the
    threshold on three groups, measure false-abstain on the fourth, pool the four measurements.

    Returns:
        (cap, {cap: (pooled held-out false-abstain, worst group's)}).
    """
    titles = sorted({r["title"] for r in rows})
    groups = [set(titles[g::OFF_TOPIC_GROUPS]) for g in range(OFF_TOPIC_GROUPS)]
    measured: dict[float, tuple[float, float]] = {}
    for cap in np.round(np.arange(0.01, MAX_FALSE_ABSTAIN + 1e-9, 0.005), 3):
        held_out: list[list[bool]] = []
        for held in groups:
            model = fit_abstainer([r for r in rows if r["title"] not in held], float(cap))
            held_out.append([model.probability_of(r["x"]) < model.threshold
                             for r in rows if r["title"] in held and r["answerable"]])
        pooled = float(np.mean([a for group in held_out for a in group]))
        measured[float(cap)] = (round(pooled, 4), round(max(float(np.mean(g)) for g in held_out), 4))
    fine = [cap for cap, (pooled, _) in measured.items() if pooled <= MAX_FALSE_ABSTAIN]
    return (max(fine) if fine else min(measured)), measured


def val_rows(assistant, reader, data: Path, titles: set[str]) -> list[dict]:
    """One row per validation question through the real pipeline: abstention probability, span confidence, span F1."""
    rows = []
    for name, off_topic in ((SQUAD1, False), (SQUAD2, False), (SQUAD1, True)):
        articles, items = load_squad(data / name)
        items = [it for it in items if it.title in titles]
        if off_topic:
            articles = [a for a in articles if a.title not in titles]
        over = assistant.over_articles(articles, show_progress=False)
        for it in items:
            seen = reader.assess(it.question, over.retrieve(it.question))
            quote = seen.base.citations[0].quote if seen.base.citations else ""
            span = quote[seen.span[0]:seen.span[1]].strip() if seen.span else ""
            answerable = bool(it.answers) and not off_topic
            kind = "off_topic" if off_topic else ("answerable" if answerable else "unanswerable")
            rows.append({"set": name, "title": it.title, "kind": kind, "answerable": answerable,
                         "nothing": seen.base.abstained, "p": seen.answerable, "confidence": seen.confidence,
                         "has_answer": seen.has_answer,
                         "f1": max((squad_f1(span, g) for g in it.answers), default=0.0) if answerable else 0.0})
        print(f"validation rows: {name}{' off-topic' if off_topic else ''} done", file=sys.stderr, flush=True)
    return rows


def choose_span(rows: list[dict], abstain: float) -> float:
    """The span-confidence threshold that maximises the sum of (F1 - 0.5) over the shown short answers."""
    kept = [r for r in rows if r["answerable"] and not r["nothing"] and r["p"] >= abstain]
    best_t, best_gain = 0.0, -1e9
    for t in sorted({round(r["confidence"], 4) for r in kept} | {0.0}):
        gain = sum(r["f1"] - 0.5 for r in kept if r["confidence"] >= t)
        if gain > best_gain:
            best_t, best_gain = t, gain
    return best_t


def report(rows: list[dict], abstain: float, short: float) -> dict:
    """SQuAD 2.0-style measures of the guided reader's decisions on these rows at these thresholds."""
    def abstains(r: dict) -> bool:
        return r["nothing"] or r["p"] < abstain

    def mean(values) -> float | None:
        values = list(values)
        return round(float(np.mean(values)), 4) if values else None

    has = [r for r in rows if r["answerable"]]
    shown = [r for r in has if not abstains(r) and r["confidence"] >= short]
    return {"hasans": len(has),
            "hasans_f1": mean(r["f1"] if r in shown else 0.0 for r in has),
            "hasans_f1_squad1": mean(r["f1"] if r in shown else 0.0 for r in has if r["set"] == SQUAD1),
            "hasans_f1_always_shown": mean(0.0 if abstains(r) else r["f1"] for r in has),
            "hasans_false_abstain": mean(abstains(r) for r in has),
            "shown": mean(r in shown for r in has), "f1_of_shown": mean(r["f1"] for r in shown),
            "noans_abstain": mean(abstains(r) for r in rows if r["kind"] == "unanswerable"),
            "off_topic_abstain": mean(abstains(r) for r in rows if r["kind"] == "off_topic")}


def main(argv=None) -> int:
    """Fit the abstention model on training titles, choose the span threshold on validation halves, report."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=str(DATA), help="folder with the SQuAD dev halves")
    ap.add_argument("--weights", default=str(WEIGHTS_DIR), help="reader weights folder (reader.json)")
    ap.add_argument("--abstain", default=str(ABSTAIN_PATH), help="where to write the abstention model")
    ap.add_argument("--dry-run", action="store_true", help="print the choices without writing them")
    args = ap.parse_args(argv)
    os.environ.setdefault("FACTDESK_HOME", str(Path.home() / ".cache" / "factdesk"))
    from qa import Assistant, Config
    from qa.read.answerer import Answerer
    from qa.read.reader import GuidedReader
    from qa.read.span_model import load

    t0 = time.time()
    weights, data = Path(args.weights), Path(args.data)
    cfg = json.loads((weights / "reader.json").read_text())
    half_a = {t.replace("_", " ") for t in cfg["data"]["val_half_a"]}
    half_b = {t.replace("_", " ") for t in cfg["data"]["val_half_b"]}
    config = Config.from_env(reader="rules")
    assistant = Assistant(config=config, build_default=False)
    answerer = Answerer(assistant.encoder, config)

    fit = fit_rows(assistant, answerer, data, half_a | half_b)
    cap, by_cap = choose_cap(fit)
    abstainer = fit_abstainer(fit, cap)
    fit_fa = float(np.mean([abstainer.probability_of(r["x"]) < abstainer.threshold for r in fit if r["answerable"]]))
    # the guided reader runs the fp32 graph (qa.pipeline.default_stage): calibrate what ships
    reader = GuidedReader(answerer, load(config.cache_dir, weights, quantize=False), abstainer)
    rows = val_rows(assistant, reader, data, half_a | half_b)
    in_a = [r for r in rows if r["title"] in half_a]
    in_b = [r for r in rows if r["title"] in half_b]
    out: dict = {"abstention": {"fitted_on": "training titles", "rows": len(fit), "cap": cap,
                                "held_out_false_abstain_by_cap": by_cap,
                                "false_abstain_on_fit": round(fit_fa, 4), **abstainer.to_json()}}
    for chosen_on, reported_on, label in ((in_a, in_b, "A->B"), (in_b, in_a, "B->A")):
        short = choose_span(chosen_on, abstainer.threshold)
        out[label] = {"span_threshold": short, "report": report(reported_on, abstainer.threshold, short)}
    short = choose_span(rows, abstainer.threshold)
    out["all_validation"] = {"span_threshold": short, "report": report(rows, abstainer.threshold, short)}
    out["seconds"] = round(time.time() - t0, 1)
    print(json.dumps(out, indent=1))
    if args.dry_run:
        return 0
    stored = {"format": "factdesk-abstain-v1", "model": abstainer.to_json(),
              "fitted_on": {"titles": "the reader's training titles (see reader.json data)", "seed": SEED,
                            "rows": {k: sum(r["kind"] == k for r in fit) for k in ("answerable", "unanswerable", "off_topic")},
                            "false_abstain_target": MAX_FALSE_ABSTAIN, "cap": cap,
                            "held_out_false_abstain_by_cap": by_cap, "false_abstain_on_fit": round(fit_fa, 4),
                            "data_sha256": {n: hashlib.sha256((data / n).read_bytes()).hexdigest() for n in (SQUAD1, SQUAD2)}},
              "validation": {k: out[k] for k in ("A->B", "B->A", "all_validation")}}
    _write_json(Path(args.abstain), stored)
    cfg.setdefault("thresholds", {})
    cfg["thresholds"]["guided"] = {"span_score": short,
                                   "chosen_on": "all validation titles, retrieval + sentence rules + abstention + reader",
                                   "cross_fit": {k: out[k] for k in ("A->B", "B->A")}}
    _write_json(weights / "reader.json", cfg)
    return 0


def _write_json(path: Path, data: dict) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(json.dumps(data, indent=1) + "\n")
    os.replace(tmp, path)


if __name__ == "__main__":
    raise SystemExit(main())
