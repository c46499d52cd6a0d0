#!/usr/bin/env python
"""Choose the trained verifier's decision thresholds on validation claims, report on held-out ones.

Choosing (never reported as the result):
  * Fool Me Twice dev, the `val` pages (`qa.cli.evaluate.fmt_split`: 20% of the pages), end to end:
    every page's evidence sentences are indexed, each claim is retrieved and checked;
  * the same `val` claims off topic: their pages left out of the index, so the right verdict is
    not_found (nothing indexed is about them);
  * the calibration half of tests/data/claims.jsonl (claims about the seeds, split by fact).
Reported only:
  * Fool Me Twice `test` pages (30%), in the index and off topic; the held-out half of
    tests/data/claims.jsonl; the seeds dev claims (../shared/eval/seeds-claims-dev.jsonl).

The objective is the mean accuracy over the three choosing sets, among the settings whose
not_found rate on the in-index `val` claims is at most 15% (the issue's bound); ties go to the point
with fewer false "supported" verdicts on contradicted claims, then to the default values. Every
claim is read once (8 candidate sentences); the grid only re-decides.

Then the learned verdict (`qa.check.decision`, a softmax regression over the candidates' scores,
relevance, share of the claim's words and rule-alignment conflicts) is fitted on the Fool Me Twice
`train` pages' claims (in the index, and off topic), where neither the rule alignment nor grounding
decides under the chosen thresholds; its L2 penalty and a shift of its "supported" logit are
chosen by the same objective and bound on the same choosing sets, among the settings that call
contradicted claims "supported" no more often than the thresholds alone do there. It is stored
(and used) only if it beats the thresholds alone on that objective.

    python training/calibrate_verifier.py                  # print the choice and the report
    python training/calibrate_verifier.py --write          # also store it in qa/check/weights/verifier.json
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import json
import os
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from qa import Assistant, Config  # noqa: E402
from qa.check.nli_model import WEIGHTS_DIR, NliModel  # noqa: E402
from qa.check import decision as learned  # noqa: E402
from qa.check.verifier import Verifier, VerifierThresholds, choose, decision_input, ruled  # noqa: E402
from qa.records import Verdict  # noqa: E402
from qa.cli.evaluate import load_fool_me_twice  # noqa: E402
from training.calibrate_factcheck import load_claims  # noqa: E402

FMT = REPO.parent / "shared" / "data" / "nli" / "fool-me-twice" / "dev.jsonl"
DEV = REPO.parent / "shared" / "eval" / "seeds-claims-dev.jsonl"
GRID = {
    "min_relevance": (0.0, 0.2, 0.3, 0.4, 0.5),
    "support": (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9),
    "refute": (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9),
    "override": (0.8, 0.9, 0.95, 1.01),
    "candidates": (2, 4, 6, 8),
    "veto": (0, 1),
    "rules_first": (0, 1),
    "ground": (0, 1),
}
VERDICTS = ("supported", "contradicted", "not_found")
MAX_NOT_FOUND = 0.15
L2_GRID = (0.001, 0.01, 0.1, 0.3, 1.0)
# Added to the learned verdict's "supported" logit: a false "supported" is the worst error a
# fact-checker makes, so the learned verdict may make it no more often than the thresholds do.
SHIFT_GRID = (0.0, -0.25, -0.5, -0.75, -1.0, -1.5, -2.0)
CHOOSING = ("fmt-val", "claims-calibration", "fmt-val-off-topic")


def score(cases: list, th: VerifierThresholds, model: learned.Decision | None = None) -> dict:
    """Accuracy, not_found rate and false-supported rate of `cases` [(claim, gold, reading)] under th (and model)."""
    got = [(gold, r.verdict if isinstance(r, Verdict) else choose(r, th, model)[0]) for _claim, gold, r in cases]
    n = max(1, len(got))
    contra = [g for g in got if g[0] == "contradicted"]
    return {"n": len(got), "accuracy": sum(g == p for g, p in got) / n,
            "not_found": sum(p == "not_found" for _, p in got) / n,
            "false_supported": sum(p == "supported" for _, p in contra) / max(1, len(contra)),
            "confusion": {g: dict(Counter(p for gg, p in got if gg == g)) for g in VERDICTS if any(x == g for x, _ in got)}}


def objective(sets: dict, th: VerifierThresholds, model: learned.Decision | None = None) -> tuple:
    """The choosing key (smaller is better): over the not_found bound, -mean accuracy, false supported."""
    a, b, c = (score(sets[name], th, model) for name in CHOOSING)
    return (a["not_found"] > MAX_NOT_FOUND, -(a["accuracy"] + b["accuracy"] + c["accuracy"]) / 3,
            a["false_supported"] + b["false_supported"])


def shifted(model: learned.Decision, shift: float) -> learned.Decision:
    """The model with `shift` added to its "supported" logit (its bias row)."""
    weights = model.weights.copy()
    weights[0, learned.VERDICTS.index("supported")] += shift
    return dataclasses.replace(model, weights=weights)


def decision_rows(cases: list, th: VerifierThresholds):
    """Feature rows and gold labels of the claims the learned verdict decides under th."""
    rows, labels = [], []
    for _claim, gold, r in cases:
        if isinstance(r, Verdict) or not r.candidates or ruled(r, th) is not None:
            continue
        rows.append(learned.features(*decision_input(r, th)))
        labels.append(learned.VERDICTS.index(gold))
    return rows, labels


def pair_report(model: NliModel, th: VerifierThresholds, nli: Path) -> dict:
    """The shipped (ONNX int8) model on the test split of every pair source, never trained on.

    3-way accuracy (argmax) per source, and on the contrastive test pairs (SQuAD sentences of the
    test titles with a number or a name swapped) the share the thresholds would call supported.
    """
    from training.verifier import Recipe, contrastive, load_nli, load_data, split_titles, SQUAD1, SQUAD2

    pairs, _ = load_nli(nli)
    eval_dir = REPO.parent / "shared" / "eval"
    paragraphs, _, _ = load_data(eval_dir)
    titles1 = [a["title"] for a in json.loads((eval_dir / SQUAD1).read_text())["data"]]
    titles2 = {a["title"] for a in json.loads((eval_dir / SQUAD2).read_text())["data"]}
    val_titles, half_a, half_b, _ = split_titles(titles1, titles2)
    pairs += contrastive(paragraphs, {t: "test" for t in half_b}, Recipe().seed)
    test = [p for p in pairs if p.split == "test"]
    probs = []
    for b in range(0, len(test), 64):
        probs += model.score([(p.evidence, p.claim) for p in test[b: b + 64]])
    out: dict[str, dict] = {}
    for source in sorted({p.source for p in test}):
        rows = [(p, e) for p, e in zip(test, probs) if p.source == source]
        hits = sum(max(range(3), key=lambda k: (e.supports, e.neutral, e.refutes)[k]) == p.label for p, e in rows)
        out[source] = {"n": len(rows), "accuracy_3way": round(hits / len(rows), 4)}
    swaps = [e for p, e in zip(test, probs) if p.source == "contrastive" and p.kind in ("number", "name")]
    called = [e.supports >= th.support and not (e.refutes >= th.refute and not (
        e.supports >= th.override and e.supports > e.refutes)) for e in swaps]
    out["contrastive"]["swaps"] = len(swaps)
    out["contrastive"]["swaps_called_supported"] = round(sum(called) / max(1, len(called)), 4)
    return out


def main(argv: list[str] | None = None) -> int:
    """Read every claim, search the grid on the choosing sets, print the report (and write it)."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--weights", type=Path, default=WEIGHTS_DIR, help="folder with verifier.json")
    ap.add_argument("--fmt", type=Path, default=FMT, help="Fool Me Twice dev.jsonl")
    ap.add_argument("--dev", type=Path, default=DEV, help="seeds dev claims (reported only)")
    ap.add_argument("--nli", type=Path, default=REPO.parent / "shared" / "data" / "nli", help="the NLI data folder")
    ap.add_argument("--write", action="store_true", help="store the thresholds and the report in verifier.json")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    rows = load_claims()
    with tempfile.TemporaryDirectory() as tmp:
        config = Config.from_env(home=tmp)
        model = NliModel(Path(tmp) / "cache", args.weights, with_decision=False)
        assistant = Assistant(Path(tmp) / "index", config)
        assistant.index([str(REPO / "seeds")])
        reading_th = dataclasses.replace(VerifierThresholds(), candidates=max(GRID["candidates"]))
        verifier = Verifier(assistant.encoder, config, model, reading_th)
        timings: list[float] = []

        def read(a: Assistant, items: list[tuple[str, str]]) -> list:
            out = []
            for claim, gold in items:
                t = time.perf_counter()
                out.append((claim, gold, verifier.read(claim, a.retrieve(claim))))
                timings.append(time.perf_counter() - t)
            return out

        sets = {
            "claims-calibration": read(assistant, [(r["claim"], r["verdict"]) for r in rows if r["split"] == "calibration"]),
            "claims-held-out": read(assistant, [(r["claim"], r["verdict"]) for r in rows if r["split"] == "held-out"]),
        }
        if args.dev.is_file():
            dev = [json.loads(line) for line in args.dev.read_text().splitlines() if line.strip()]
            sets["seeds-dev"] = read(assistant, [(r["claim"], r["verdict"]) for r in dev])
        articles, val_items = load_fool_me_twice(args.fmt, "val")
        _, test_items = load_fool_me_twice(args.fmt, "test")
        fmt = assistant.over_articles(articles)
        _, train_items = load_fool_me_twice(args.fmt, "train")
        sets["fmt-val"] = read(fmt, [(it.claim, it.verdict) for it in val_items])
        sets["fmt-test"] = read(fmt, [(it.claim, it.verdict) for it in test_items])
        fitting = {"fmt-train": read(fmt, [(it.claim, it.verdict) for it in train_items])}
        # Off topic: the same claims with their split's pages left out of the index; nothing
        # indexed is about them, so the right verdict is not_found.
        for split, items in (("val", val_items), ("test", test_items), ("train", train_items)):
            asked = {it.page for it in items}
            others = assistant.over_articles([a for a in articles if a.title not in asked])
            (fitting if split == "train" else sets)[f"fmt-{split}-off-topic"] = read(
                others, [(it.claim, "not_found") for it in items])
        read_s = time.perf_counter() - t0
        claims = sum(len(v) for v in sets.values()) + sum(len(v) for v in fitting.values())
        print(f"read {claims} claims in {read_s:.0f} s "
              f"(p50 {1e3 * statistics.median(timings):.0f} ms per retrieve + read)", flush=True)

        default = VerifierThresholds()
        best = None
        for values in itertools.product(*GRID.values()):
            th = dataclasses.replace(default, **dict(zip(GRID, values)))
            # The issue allows at most 15% not_found on Fool Me Twice with its pages indexed: a
            # setting that abstains more than that is not a candidate, however well it does off topic.
            key = objective(sets, th) + (sum(abs(getattr(th, k) - getattr(default, k)) for k in GRID),)
            if best is None or key < best[0]:
                best = (key, th)
        chosen = best[1]
        # The learned verdict, fitted on the training pages' claims under the chosen thresholds;
        # its penalty is chosen on the choosing sets, like the thresholds.
        rows, labels = [], []
        for cases in fitting.values():
            r, y = decision_rows(cases, chosen)
            rows += r
            labels += y
        fits = {l2: learned.fit(np.array(rows), np.array(labels), l2) for l2 in L2_GRID}
        fits = {(l2, shift): shifted(m, shift) for l2, m in fits.items() for shift in SHIFT_GRID}
        bound = best[0][2]  # the thresholds' false-supported rate on the choosing sets
        keys = {}
        for (l2, shift), m in fits.items():
            over, accuracy, false_supported = objective(sets, chosen, m)
            keys[l2, shift] = (over or false_supported > bound + 1e-9, accuracy, false_supported)
            print(f"learned verdict, l2={l2}, shift {shift}: choosing objective {-accuracy:.3f}, false supported "
                  f"{false_supported:.3f}{' (over a bound)' if keys[l2, shift][0] else ''}")
        l2, shift = min(keys, key=lambda k: keys[k])
        verdict_model = fits[l2, shift] if keys[l2, shift] < best[0][:3] else None
        print(f"thresholds alone: choosing objective {-best[0][1]:.3f}, false supported {bound:.3f}; "
              + (f"the learned verdict (l2={l2}, shift {shift}, {len(rows)} training claims) decides"
                 if verdict_model else "the thresholds decide"))
        report = {name: score(cases, chosen, verdict_model) for name, cases in sets.items()}
        report_thresholds = {name: score(cases, chosen) for name, cases in sets.items()}
        report_default = {name: score(cases, default) for name, cases in sets.items()}
    print("chosen on fmt-val + claims-calibration + fmt-val-off-topic:", {k: getattr(chosen, k) for k in GRID})
    for name in sets:
        r, t, d = report[name], report_thresholds[name], report_default[name]
        print(f"{name:20s} n={r['n']:4d} accuracy {r['accuracy']:.3f} (thresholds alone {t['accuracy']:.3f}, "
              f"defaults {d['accuracy']:.3f}) not_found {r['not_found']:.3f} false-supported {r['false_supported']:.3f} "
              f"{r['confusion']}")
    pairs = pair_report(model, chosen, args.nli)
    for name, r in pairs.items():
        print(f"pairs {name:28s} " + " ".join(f"{k}={v}" for k, v in r.items()))
    if args.write:
        cfg_path = args.weights / "verifier.json"
        config = json.loads(cfg_path.read_text())
        config["thresholds"] = dataclasses.asdict(chosen)
        config.pop("decision", None)
        if verdict_model is not None:
            config["decision"] = {**verdict_model.to_json(), "l2": l2, "supported_shift": shift,
                                  "fitted_on": sorted(fitting), "claims": len(rows)}
        config["calibration"] = {
            "command": "python training/calibrate_verifier.py --write",
            "chosen_on": list(CHOOSING), "grid": {k: list(v) for k, v in GRID.items()}, "l2_grid": list(L2_GRID),
            "shift_grid": list(SHIFT_GRID),
            "report": report, "report_thresholds_alone": report_thresholds, "pairs": pairs, "read_s": round(read_s, 1)}
        tmp_path = cfg_path.with_name(".verifier.json.tmp")
        tmp_path.write_text(json.dumps(config, indent=1) + "\n")
        os.replace(tmp_path, cfg_path)
        print(f"wrote thresholds to {cfg_path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
