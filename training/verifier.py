#!/usr/bin/env python
"""Train factdesk's claim verifier: all-MiniLM-L6-v2 + a 3-way head (supports / neutral / refutes).

    python training/verifier.py --out qa/check/weights    # the committed recipe (seed 0)
    python training/verifier.py --smoke                   # a ~3-minute tiny run (-> training/runs/verifier-smoke)

Input: `[CLS] evidence [SEP] claim [SEP]` (the evidence is truncated first). Data:
`../shared/data/nli/` (SNLI dev+test, MultiNLI dev-matched, CAD, ConjNLI, Breaking NLI, MED, HELP,
FEVER dev, FEVER-Symmetric, Fool Me Twice dev, a VitaminC sample; licences in its README) plus
contrastive pairs generated from SQuAD sentences of the reader's training titles (number, name and
negation swaps refute; the sentence itself or with its leading clause dropped supports; another
sentence of the article is neutral). Every source is split into train / val / test by a hash of
a group key (the premise for sentence-pair NLI, so SNLI, CAD and Breaking NLI rows of one premise
share a split; the claim for FEVER-style sets; the Wikipedia page for Fool Me Twice; the article
title for the contrastive pairs), and only train rows are trained on. The seeds are never used.

Only the non-embedding weights are shipped (int8 rows with fp32 scales, like the reader);
everything is offline and deterministic (fixed seeds, sorted iteration, deterministic torch).
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import random
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from training.common import (Optimisation, base_tokenizer, fit, optimiser, seed_everything, sha256_file,  # noqa: E402
                             ship_int8, write_weights)
from qa.cli.evaluate import fmt_split  # noqa: E402 - the Fool Me Twice page split `factdesk eval` uses
from training.reader import SQUAD1, SQUAD2, batches_by_length, load_data, split_titles  # noqa: E402

DEFAULT_NLI = ROOT.parent / "shared" / "data" / "nli"
DEFAULT_EVAL = ROOT.parent / "shared" / "eval"
FORMAT = "factdesk-verifier-v1"
LABEL = {"entailment": 0, "supports": 0, "neutral": 1, "not enough info": 1, "contradiction": 2, "refutes": 2,
         "not_entailment": 2}
csv.field_size_limit(10_000_000)


@dataclass
class Recipe(Optimisation):
    max_length: int = 160         # word pieces of [CLS] evidence [SEP] claim [SEP]
    max_claim_tokens: int = 64
    max_train_per_source: int = 14_000  # keeps the big sets from drowning the small adversarial ones
    limit_train: int = 0               # smoke runs only
    limit_eval: int = 0


@dataclass(frozen=True)
class Pair:
    source: str
    evidence: str
    claim: str
    label: int       # 0 supports, 1 neutral, 2 refutes
    split: str       # train / val / test
    kind: str = ""   # contrastive: the edit made


# ----------------------------------------------------------------------------- splits

def bucket(family: str, key: str) -> int:
    """0..99 from sha1 of the group key: every row of one group lands in the same split."""
    return int(hashlib.sha1(f"factdesk-verifier:{family}:{' '.join(key.lower().split())}".encode()).hexdigest(), 16) % 100


def split_of(b: int, train: int = 75, val: int = 10) -> str:
    return "train" if b < train else "val" if b < train + val else "test"


def _premise_pair(source, premise, hypothesis, label, *, train=75, val=10) -> Pair | None:
    premise, hypothesis = " ".join(str(premise).split()), " ".join(str(hypothesis).split())
    lab = LABEL.get(str(label).strip().lower())
    if lab is None or not premise or not hypothesis:
        return None
    return Pair(source, premise, hypothesis, lab, split_of(bucket("premise", premise), train, val))


# ----------------------------------------------------------------------------- sources

def load_nli(nli: Path) -> tuple[list[Pair], dict[str, str]]:
    """Every labelled pair of ../shared/data/nli with its split; and the sha256 of every file read."""
    pairs: list[Pair] = []
    files: dict[str, str] = {}

    def read(rel: str) -> Path:
        p = nli / rel
        files[rel] = sha256_file(p)
        return p

    def tsv(rel: str):
        with open(read(rel), encoding="utf-8-sig", newline="") as fh:
            yield from csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)

    def add(p):
        if p is not None:
            pairs.append(p)

    for part in ("dev", "test"):
        s1 = read(f"snli/s1.{part}").read_text().splitlines()
        s2 = read(f"snli/s2.{part}").read_text().splitlines()
        lab = read(f"snli/labels.{part}").read_text().splitlines()
        for a, b, c in zip(s1, s2, lab):
            add(_premise_pair("snli", a, b, c))
    for r in tsv("mnli-dev-matched/mnli_development_set_number_of_correct_responses.txt"):
        add(_premise_pair("mnli", r["premise"], r["hypothesis"], r["gold_label"], train=40, val=10))
    for part in ("train", "dev", "test"):
        for r in tsv(f"cad-nli/all_combined/{part}.tsv"):
            add(_premise_pair("cad", r["sentence1"], r["sentence2"], r["gold_label"]))
    for rel in ("conjnli/adversarial_train_15k.tsv", "conjnli/conj_dev.tsv"):
        for r in tsv(rel):
            add(_premise_pair("conjnli", r["Premise"], r["Hypothesis"], r["Label"]))
    for line in read("breaking-nli/dataset.jsonl").read_text().splitlines():
        r = json.loads(line)
        add(_premise_pair("breaking", r["sentence1"], r["sentence2"], r["gold_label"]))
    for r in tsv("med/MED.tsv"):
        add(_premise_pair("med", r["sentence1"], r["sentence2"], r["gold_label"]))
    for r in tsv("help-partial/leskexppmb_and.tsv"):
        add(_premise_pair("help", r["ori_sentence"], r["new_sentence"], r["gold_label"]))

    ev = read("fever-nli-dev/dev.raw.input0").read_text().splitlines()
    cl = read("fever-nli-dev/dev.raw.input1").read_text().splitlines()
    lab = read("fever-nli-dev/dev.label").read_text().splitlines()
    for e, c, l in zip(ev, cl, lab):
        if e.strip() and c.strip() and l.strip() in LABEL:
            pairs.append(Pair("fever", _detok(e), _detok(c), LABEL[l.strip()], split_of(bucket("claim", c))))
    for line in read("fever-symmetric/fever_symmetric_dev.jsonl").read_text().splitlines():
        r = json.loads(line)
        pairs.append(Pair("fever-symmetric", _detok(r["evidence"]), _detok(r["claim"]), LABEL[r["label"].lower()],
                          split_of(bucket("claim", r["claim"]))))
    for i in range(5):
        for line in read(f"vitaminc-sample/train_{i}.jsonl").read_text().splitlines():
            r = json.loads(line)
            pairs.append(Pair("vitaminc", _detok(r["evidence"]), _detok(r["claim"]), LABEL[r["label"].lower()],
                              split_of(bucket("claim", r["claim"]), 60, 20)))
    for claim in fmt_claims(read("fool-me-twice/dev.jsonl")):
        gold = " ".join(e["text"] for e in claim["gold_evidence"])
        pairs.append(Pair("fool-me-twice", gold, claim["text"], LABEL[claim["label"].lower()], claim["split"]))
        golds = {e["text"] for e in claim["gold_evidence"]}
        others = [e["text"] for e in claim["retrieved_evidence"] if e["text"] not in golds]
        if others:  # a retrieved sentence of the page that is not evidence: not enough info
            rng = random.Random(claim["id"])
            pairs.append(Pair("fool-me-twice", rng.choice(others), claim["text"], 1, claim["split"], "retrieved-other"))
    return pairs, files


def cross_page_neutral(path: Path, per_claim: int) -> list[Pair]:
    """Neutral pairs: a claim with the most word-sharing gold evidence of claims about *other* pages.

    A sentence on a nearby topic about something else neither supports nor refutes the claim;
    the same-page pairs cannot teach that. Pairs stay in the claim's split.
    """
    claims = fmt_claims(path)
    words = lambda t: {w for w in re.findall(r"\w+", t.lower()) if len(w) >= 4}  # noqa: E731
    pool = [(c["wikipedia_page"], c["split"], e["text"], words(e["text"])) for c in claims for e in c["gold_evidence"]]
    out = []
    for c in claims:
        mine = words(c["text"])
        ranked = sorted(((len(mine & w), text) for page, split, text, w in pool
                         if split == c["split"] and page != c["wikipedia_page"]), key=lambda x: (-x[0], x[1]))
        for _, text in ranked[:per_claim]:
            out.append(Pair("fmt-cross", text, c["text"], 1, c["split"], "other-page"))
    return out


def fmt_claims(path: Path) -> list[dict]:
    """Fool Me Twice dev claims, each with `split` (by page, see `fmt_split`)."""
    out = []
    for line in Path(path).read_text().splitlines():
        r = json.loads(line)
        out.append({**r, "split": fmt_split(r["wikipedia_page"])})
    return out


def _detok(text: str) -> str:
    """FEVER's PTB tokens back to plain text ("-LRB-" -> "(", " , " -> ", ")."""
    t = str(text).replace("-LRB-", "(").replace("-RRB-", ")").replace("-LSB-", "[").replace("-RSB-", "]")
    t = t.replace("``", '"').replace("''", '"')
    t = re.sub(r" ([,.;:!?%)\]])", r"\1", t)
    t = re.sub(r"([(\[$]) ", r"\1", t)
    t = re.sub(r" (n't|'s|'re|'ve|'ll|'d)\b", r"\1", t)
    return " ".join(t.split())


# ----------------------------------------------------------------------------- contrastive pairs

_NUMBER = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?![\w,])|(?<![\w.,])\d+(?:\.\d+)?(?![\w])")
_AUX = re.compile(r"\b(is|was|are|were|has|had|have|can|could|will|would|did|does|should|must)\b(?! not\b)")
_NOT = re.compile(r"\b(is|was|are|were|has|had|have|can|could|will|would|did|does|should|must) not\b")
_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+(?:of\s+|de\s+|the\s+)?[A-Z][a-z]+)*")
_LEAD = re.compile(r"^([^,]{3,45}), (.{30,})$")


def changed_number(tok: str, rng: random.Random) -> str:
    """A different number in the same format: years move by 1-30, counts scale or shift."""
    raw = tok.replace(",", "")
    try:
        value = float(raw)
    except ValueError:
        return tok
    if "." not in raw and 1000 <= value <= 2100 and "," not in tok:
        new = value + rng.choice([-1, 1]) * rng.randint(1, 30)
    else:
        new = rng.choice([value * rng.choice([2, 3, 10]), value / rng.choice([2, 4]), value + rng.randint(1, 9) * (1 + value // 10)])
    if "." in raw:
        out = f"{new:.{len(raw.split('.')[1])}f}"
    else:
        out = str(int(round(new)))
        if "," in tok:
            out = f"{int(round(new)):,}"
    return out if out != tok else str(int(value) + 7)


def contrastive(paragraphs, title_split: dict[str, str], seed: int) -> list[Pair]:
    """Edited article sentences: number / name swaps and negation refute; the sentence supports."""
    by_title = defaultdict(list)
    for p in paragraphs:
        if p.title in title_split:
            by_title[p.title].append(p)
    pairs: list[Pair] = []
    for title in sorted(by_title):
        split = title_split[title]
        rng = random.Random(f"{seed}:contrastive:{title}")
        sents = []
        for p in by_title[title]:
            spans = [p.context[a:b] for a, b in p.sents]
            for i, s in enumerate(spans):
                if 8 <= len(s.split()) <= 45:
                    window = " ".join(spans[max(0, i - 1): i + 2])
                    sents.append((s, window, spans))
        names_of_title = sorted({m.group() for s, _, _ in sents for m in _NAME.finditer(s) if m.start() > 0})
        for s, window, spans in sents:
            evidence = window if rng.random() < 0.5 else s
            ops = []
            nums = list(_NUMBER.finditer(s))
            if nums:
                m = rng.choice(nums)
                ops.append(("number", s[:m.start()] + changed_number(m.group(), rng) + s[m.end():], 2))
            names = [m for m in _NAME.finditer(s) if m.start() > 0]
            others = [n for n in names_of_title if n not in s]
            if names and others:
                m = rng.choice(names)
                ops.append(("name", s[:m.start()] + rng.choice(others) + s[m.end():], 2))
            neg = _NOT.search(s)
            if neg:
                ops.append(("negation-removed", s[:neg.start()] + neg.group(1) + s[neg.end():], 2))
            else:
                aux = _AUX.search(s)
                if aux:
                    ops.append(("negation", s[:aux.end()] + " not" + s[aux.end():], 2))
            lead = _LEAD.match(s)
            ops.append(("same", s, 0) if not lead else ("lead-dropped", lead.group(2)[0].upper() + lead.group(2)[1:], 0))
            other = [t for t in spans if t not in window and 8 <= len(t.split())]
            if other:
                ops.append(("other-sentence", rng.choice(other), 1))
            # Numbers and names are what news claims get wrong: always keep a number swap when there is one.
            keep = [o for o in ops if o[0] == "number"]
            rest = [o for o in ops if o[0] != "number"]
            keep += rng.sample(rest, min(2 - len(keep), len(rest)))
            for kind, claim, label in keep:
                pairs.append(Pair("contrastive", evidence, claim, label, split, kind))
    return pairs


# ----------------------------------------------------------------------------- features / eval

class Featurizer:
    def __init__(self, tokenizer, recipe: Recipe):
        from tokenizers import Tokenizer

        self.tok = tokenizer
        self.claims = Tokenizer.from_str(tokenizer.to_str())
        self.claims.no_padding()
        self.claims.enable_truncation(max_length=recipe.max_claim_tokens)

    def cut_claim(self, claim: str) -> str:
        enc = self.claims.encode(claim, add_special_tokens=False)
        return claim if not enc.offsets else claim[: enc.offsets[-1][1]]

    def encode(self, pairs: list[tuple[str, str]]):
        encs = self.tok.encode_batch([(e, self.cut_claim(c)) for e, c in pairs])
        return [(e.ids, e.type_ids) for e in encs]


def collate(feats, limit: int, multiple: int = 16):
    import torch

    width = max(len(f[0]) for f in feats)
    width = max(width, min(-(-width // multiple) * multiple, limit))
    ids = torch.zeros((len(feats), width), dtype=torch.long)
    tt = torch.zeros_like(ids)
    mask = torch.zeros_like(ids)
    for i, f in enumerate(feats):
        L = len(f[0])
        ids[i, :L], tt[i, :L], mask[i, :L] = torch.tensor(f[0]), torch.tensor(f[1]), 1
    return ids, mask, tt


def predict(model, featurizer: Featurizer, recipe: Recipe, pairs: list[Pair], batch_size: int = 128) -> np.ndarray:
    """Softmax probabilities (n, 3) for the pairs, batched by length."""
    import torch

    feats = featurizer.encode([(p.evidence, p.claim) for p in pairs])
    order = sorted(range(len(feats)), key=lambda i: len(feats[i][0]))
    out = np.zeros((len(pairs), 3), dtype=np.float32)
    model.eval()
    with torch.no_grad(), torch.autocast("cpu", dtype=torch.bfloat16):
        for b in range(0, len(order), batch_size):
            rows = order[b: b + batch_size]
            ids, mask, tt = collate([feats[i] for i in rows], recipe.max_length)
            out[rows] = torch.softmax(model(ids, mask, tt).float(), -1).numpy()
    return out


def scores(pairs: list[Pair], probs: np.ndarray) -> dict:
    """Accuracy per source: 3-way where the source has 3 labels, else argmax among its own labels."""
    res = {}
    by_source = defaultdict(list)
    for i, p in enumerate(pairs):
        by_source[p.source].append(i)
    for source, rows in sorted(by_source.items()):
        labels = sorted({pairs[i].label for i in rows})
        gold = np.array([pairs[i].label for i in rows])
        pred = np.array(labels)[np.argmax(probs[rows][:, labels], axis=1)]
        pred3 = np.argmax(probs[rows], axis=1)
        entry = {"n": len(rows), "labels": [["supports", "neutral", "refutes"][x] for x in labels],
                 "accuracy": round(float((pred == gold).mean()), 4),
                 "accuracy_3way": round(float((pred3 == gold).mean()), 4)}
        if source == "contrastive":
            edits = [i for i in rows if pairs[i].kind in ("number", "name")]
            entry["false_supports_on_number_or_name_swaps"] = round(float(np.mean(
                [np.argmax(probs[i]) == 0 for i in edits])), 4) if edits else None
            entry["swaps"] = len(edits)
            entry["by_kind"] = {k: round(float(np.mean([np.argmax(probs[i]) == pairs[i].label for i in rows
                                                       if pairs[i].kind == k])), 4)
                                for k in sorted({pairs[i].kind for i in rows})}
        res[source] = entry
    return res


# ----------------------------------------------------------------------------- main

def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=None, help="weights folder (default qa/check/weights; smoke: training/runs/verifier-smoke)")
    ap.add_argument("--nli", default=str(DEFAULT_NLI), help="the ../shared/data/nli folder")
    ap.add_argument("--eval", dest="eval_dir", default=str(DEFAULT_EVAL), help="folder with the SQuAD dev halves")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--epochs", type=int, default=None)
    ap.add_argument("--threads", type=int, default=None, help="torch threads (default: all CPUs)")
    ap.add_argument("--cross-neutral", type=int, default=0,
                    help="per Fool Me Twice claim, this many neutral pairs from other pages' evidence (experiment)")
    ap.add_argument("--smoke", action="store_true", help="tiny run (~3 minutes) to check the pipeline")
    args = ap.parse_args(argv)

    t0 = time.time()
    recipe = Recipe(seed=args.seed)
    if args.smoke:
        recipe.limit_train, recipe.limit_eval = 1200, 1500
    if args.epochs:
        recipe.epochs = args.epochs
    out = Path(args.out) if args.out else (ROOT / "training" / "runs" / "verifier-smoke" if args.smoke
                                           else ROOT / "qa" / "check" / "weights")

    import torch

    threads = seed_everything(recipe.seed, args.threads)

    model_dir, tokenizer = base_tokenizer(recipe.max_length, "only_first")

    # ---- data
    pairs, files = load_nli(Path(args.nli))
    if args.cross_neutral:
        pairs += cross_page_neutral(Path(args.nli) / "fool-me-twice" / "dev.jsonl", args.cross_neutral)
    eval_dir = Path(args.eval_dir)
    paragraphs, _questions, squad_hashes = load_data(eval_dir)
    files.update({f"eval/{k}": v for k, v in squad_hashes.items()})
    titles1 = [a["title"] for a in json.loads((eval_dir / SQUAD1).read_text())["data"]]
    titles2 = {a["title"] for a in json.loads((eval_dir / SQUAD2).read_text())["data"]}
    val_titles, half_a, half_b, _salt = split_titles(titles1, titles2)
    title_split = {t: "train" for t in set(titles1) | titles2 if t not in val_titles}
    title_split.update({t: "val" for t in half_a})
    title_split.update({t: "test" for t in half_b})
    pairs += contrastive(paragraphs, title_split, recipe.seed)
    pairs = sorted(set(pairs), key=lambda p: (p.source, p.split, p.evidence, p.claim, p.label, p.kind))
    # A pair whose (evidence, claim) text is in val/test must not be trained on under another source.
    held = {(p.evidence.lower(), p.claim.lower()) for p in pairs if p.split != "train"}
    rng = random.Random(f"{recipe.seed}:sample")
    train_by_source = defaultdict(list)
    for p in pairs:
        if p.split == "train" and (p.evidence.lower(), p.claim.lower()) not in held:
            train_by_source[p.source].append(p)
    train = []
    for source in sorted(train_by_source):
        rows = train_by_source[source]
        if len(rows) > recipe.max_train_per_source:
            rows = rng.sample(rows, recipe.max_train_per_source)
        train += rows
    rng.shuffle(train)
    val = [p for p in pairs if p.split == "val"]
    test = [p for p in pairs if p.split == "test"]
    if recipe.limit_train:
        train = train[: recipe.limit_train]
        val = random.Random(2).sample(val, min(len(val), recipe.limit_eval))
        test = random.Random(3).sample(test, min(len(test), recipe.limit_eval))
    counts = {s: dict(Counter(p.source for p in pairs if p.split == s)) for s in ("train", "val", "test")}
    counts["train_used"] = dict(Counter(p.source for p in train))
    label_counts = dict(Counter(["supports", "neutral", "refutes"][p.label] for p in train))
    featurizer = Featurizer(tokenizer, recipe)
    epochs = []
    for ep in range(recipe.epochs):
        order = list(train)
        random.Random(f"{recipe.seed}:epoch:{ep}").shuffle(order)
        epochs.append((featurizer.encode([(p.evidence, p.claim) for p in order]), [p.label for p in order]))
    n_pass = sum(len(e[1]) for e in epochs)
    prep_s = time.time() - t0
    print(f"data: train {len(train)} ({counts['train_used']}), labels {label_counts}; val {len(val)}, test {len(test)}; "
          f"prep {prep_s:.0f}s", flush=True)

    # ---- model
    from embeddings.onnx_encoder import load_bert
    from qa.check.nli_model import network

    model = network(load_bert(Path(model_dir), add_pooling_layer=False), init=True)
    plan = [batches_by_length(len(f), [len(x[0]) for x in f], recipe.batch_size, random.Random(f"{recipe.seed}:batches:{i}"))
            for i, (f, _) in enumerate(epochs)]
    total_steps = sum(len(p) for p in plan)
    opt, sched = optimiser(model, recipe, total_steps)
    ce = torch.nn.CrossEntropyLoss()

    def loss_of(ep: int, rows: list[int]):
        feats, labels = epochs[ep]
        ids, mask, tt = collate([feats[i] for i in rows], recipe.max_length)
        with torch.autocast("cpu", dtype=torch.bfloat16):
            logits = model(ids, mask, tt)
        return ce(logits.float(), torch.tensor([labels[i] for i in rows]))

    t_train = time.time()
    log = fit(model, plan, loss_of, opt, sched, t0)
    train_s = time.time() - t_train
    print(f"trained {total_steps} steps ({n_pass} example passes) in {train_s / 60:.1f} min ({n_pass / train_s:.1f} ex/s)",
          flush=True)

    # ---- ship int8, evaluate what is shipped
    tensors, qstats = ship_int8(model)
    t_eval = time.time()
    metrics = {"val": scores(val, predict(model, featurizer, recipe, val)),
               "test": scores(test, predict(model, featurizer, recipe, test))}
    eval_s = time.time() - t_eval

    written = write_weights(tensors, out, "verifier", FORMAT, model_dir)
    wfile = out / written["weights_file"]
    import importlib.metadata as md

    total_s = time.time() - t0
    config = {
        **written,
        "labels": ["supports", "neutral", "refutes"],
        "heads": {"verdict": "verdict.weight/bias: Linear(hidden, 3) on [CLS], softmax"},
        "input": "[CLS] evidence [SEP] claim [SEP]; evidence truncated first",
        "max_length": recipe.max_length,
        "max_claim_tokens": recipe.max_claim_tokens,
        "truncation": "only_first",
        "seed": recipe.seed,
        "smoke": bool(args.smoke),
        "data": {"files": files, "pairs_by_split": counts, "train_labels": label_counts,
                 "contrastive_titles": {"val": half_a, "test": half_b},
                 "licences": "see ../shared/data/nli/README.md; SQuAD CC BY-SA 4.0"},
        "recipe": vars(recipe),
        "metrics": metrics,
        "timing": {"prep_s": round(prep_s, 1), "train_s": round(train_s, 1), "eval_s": round(eval_s, 1),
                   "total_s": round(total_s, 1), "threads": threads, "cpus": os.cpu_count(),
                   "examples_per_s": round(n_pass / train_s, 2)},
        "versions": {"torch": torch.__version__, "tokenizers": md.version("tokenizers")},
        "command": "python training/verifier.py " + " ".join(sys.argv[1:] if argv is None else argv),
    }
    (out / ".verifier.json.tmp").write_text(json.dumps(config, indent=1) + "\n")
    os.replace(out / ".verifier.json.tmp", out / "verifier.json")
    runs = ROOT / "training" / "runs"
    runs.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    (runs / f"verifier-{stamp}.json").write_text(json.dumps({**config, "loss_log": log, "quant_stats": qstats}, indent=1) + "\n")
    for split in ("val", "test"):
        for source, m in metrics[split].items():
            print(f"{split:5s} {source:16s} n={m['n']:6d} acc={m['accuracy']:.3f} acc3={m['accuracy_3way']:.3f}"
                  + (f" false-supports={m['false_supports_on_number_or_name_swaps']}" if source == "contrastive" else ""))
    print(f"wrote {wfile} ({wfile.stat().st_size / 1e6:.2f} MB); total {total_s / 60:.1f} min "
          f"(prep {prep_s:.0f}s, train {train_s / 60:.1f} min, eval {eval_s:.0f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
