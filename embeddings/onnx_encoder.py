"""A fast CPU encoder: the sentence-transformers model exported to ONNX, int8-quantised, length-bucketed.

The export runs once per model (a few seconds) and is cached under
`<cache_dir>/onnx/<model-slug>-<hash>/`, where the hash covers the weights and the export recipe,
so every later process just loads the quantised graph. Vectors are mean-pooled and
L2-normalised exactly like the sentence-transformers pipeline, so they are compatible with the
fp32 torch encoder's.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import tempfile
import time
import warnings
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

# Bump when the export or quantisation recipe changes: old caches are then ignored.
RECIPE = "v2:opset17:pool-in-graph:dyn-int8-qint8-per-channel-const-matmul"
MODEL_FILE = "model.int8.onnx"
FP32_FILE = "model.fp32.onnx"
_WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin")


class OnnxEncoderError(Exception):
    """The model cannot be exported or loaded with ONNX Runtime; the message says why."""


class OnnxEncoder:
    """Sentence embeddings from an int8 ONNX Runtime graph of a mean-pooled BERT-style model."""

    def __init__(self, model_path: str, cache_dir: Path, name: str, batch_size: int = 32,
                 threads: int | None = None, quantize: bool = True):
        """Load the cached ONNX graph, exporting and quantising it first if needed.

        Args:
            model_path: a local sentence-transformers model directory (e.g. the packaged
                all-MiniLM-L6-v2).
            cache_dir: factdesk cache folder; the graph goes to `cache_dir/onnx/...`.
            name: model name reported by `.name` (same as the fp32 encoder's: vectors are
                compatible).
            batch_size: texts per forward pass (texts are sorted by token length first).
            threads: intra-op threads; default: the CPUs this process may use, at most 4.
            quantize: int8 dynamic quantisation (default); False keeps the fp32 graph.
        """
        self.name = name
        self.batch_size = max(1, int(batch_size))
        self.model_dir = Path(model_path).expanduser()
        self._settings = _read_settings(self.model_dir)
        self.dim = self._settings["dim"]
        self.max_length = self._settings["max_seq_length"]
        self.export_dir = ensure_exported(self.model_dir, Path(cache_dir))
        self.model_file = self.export_dir / (MODEL_FILE if quantize else FP32_FILE)
        self._tokenizer = _load_tokenizer(self.model_dir, self.max_length)
        self._session = _session(self.model_file, threads)
        self._input_names = {i.name for i in self._session.get_inputs()}

    def encode(self, texts: Sequence[str], show_progress: bool = False) -> np.ndarray:
        """Embed texts.

        Args:
            texts: the texts.
            show_progress: print a progress bar to stderr.

        Returns:
            float32 array (len(texts), dim), rows L2-normalised, in input order.
        """
        n = len(texts)
        out = np.zeros((n, self.dim), dtype=np.float32)
        if n == 0:
            return out
        batches = bucketed_batches(self._tokenizer, texts, self.batch_size, "token_type_ids" in self._input_names)
        bar = _progress(len(batches)) if show_progress else None
        for rows, feed in batches:
            (pooled,) = self._session.run(None, feed)
            out[rows] = pooled
            if bar is not None:
                bar.update(1)
        if bar is not None:
            bar.close()
        return normalise_rows(out)


def bucketed_batches(tokenizer, texts: Sequence[str], batch_size: int,
                     token_types: bool = True, width_multiple: int = 1) -> list[tuple[list[int], dict]]:
    """Tokenise texts and group them into padded batches of similar length, longest first.

    Args:
        tokenizer: a `tokenizers.Tokenizer` with truncation set and padding off.
        texts: the texts.
        batch_size: texts per batch.
        token_types: include a zero `token_type_ids` input.
        width_multiple: pad each batch's width up to a multiple of this (never past the
            tokenizer's truncation length), so a runtime that prepares kernels per input shape
            sees few distinct shapes.

    Returns:
        (row numbers in `texts`, model inputs) per batch.
    """
    ids = [e.ids for e in tokenizer.encode_batch([str(t).strip() for t in texts])]
    limit = (tokenizer.truncation or {}).get("max_length") or max(map(len, ids))
    # Length bucketing: neighbours in a batch have similar lengths, so padding is small.
    order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
    out = []
    # Longest batches first: a memory problem shows up at once, not at the end.
    for start in reversed(range(0, len(order), batch_size)):
        rows = order[start : start + batch_size]
        width = _padded_width(max(len(ids[i]) for i in rows), width_multiple, limit)
        input_ids = np.zeros((len(rows), width), dtype=np.int64)
        mask = np.zeros((len(rows), width), dtype=np.int64)
        for row, i in enumerate(rows):
            input_ids[row, : len(ids[i])] = ids[i]
            mask[row, : len(ids[i])] = 1
        feed = {"input_ids": input_ids, "attention_mask": mask}
        if token_types:
            feed["token_type_ids"] = np.zeros_like(input_ids)
        out.append((rows, feed))
    return out


def _padded_width(width: int, multiple: int, limit: int) -> int:
    return max(width, min(-(-width // multiple) * multiple, limit))


def normalise_rows(vectors: np.ndarray) -> np.ndarray:
    """L2-normalise rows in place (torch.nn.functional.normalize's eps) and return them."""
    vectors /= np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-12)
    return vectors


def ensure_exported(model_dir: Path, cache_dir: Path) -> Path:
    """The cache folder holding this model's fp32 and int8 ONNX graphs, exporting them if missing.

    Args:
        model_dir: local sentence-transformers model directory.
        cache_dir: factdesk cache folder.

    Returns:
        `cache_dir/onnx/<slug>-<hash>`.
    """
    root = cache_dir / "onnx"

    def build(folder: Path) -> dict:
        _export(model_dir, folder)
        return {"recipe": RECIPE, "model": str(model_dir)}

    try:
        return atomic_export(root, f"{_slug(model_dir)}-{_fingerprint(model_dir, root)}", (MODEL_FILE, FP32_FILE), build)
    except OnnxEncoderError:
        raise
    except Exception as exc:  # noqa: BLE001 - export failures become one plain line
        raise OnnxEncoderError(
            f"cannot export {model_dir.name} to ONNX under {root} ({type(exc).__name__}: {exc}); use the torch backend"
        ) from None


def atomic_export(root: Path, name: str, files: Sequence[str], build: Callable[[Path], dict]) -> Path:
    """`root/name` holding `files`, built by `build(folder)` when missing and published atomically.

    The export is written to a temporary folder beside the target and moved into place with
    one `os.replace`, so a concurrent process sees either nothing or a complete export.

    Args:
        root: the export cache folder.
        name: the export's folder name (a hash of everything it depends on).
        files: the files a complete export holds (besides recipe.json).
        build: writes the files into the folder it is given; returns what recipe.json records.

    Returns:
        The export folder. Errors of `build` and of the file system propagate.
    """
    target = root / name
    needed = (*files, "recipe.json")

    def complete() -> bool:
        return all((target / f).is_file() for f in needed)

    if complete():
        return target
    root.mkdir(parents=True, exist_ok=True)
    _remove_stale_exports(root)
    tmp = Path(tempfile.mkdtemp(prefix=".export-", dir=root))
    try:
        recipe = build(tmp)
        (tmp / "recipe.json").write_text(json.dumps(recipe))
        tmp.chmod(0o755)  # mkdtemp makes it private; the cache is readable like the rest
        try:
            os.replace(tmp, target)
        except OSError:
            if not complete():  # a half-written target cannot exist; anything else is real
                raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return target


def load_bert(model_dir: Path, **options):
    """The model's transformer from its local folder, quietly (no progress bars or hub messages).

    Args:
        model_dir: local model directory.
        options: more `AutoModel.from_pretrained` options (e.g. add_pooling_layer=False).

    Returns:
        The transformer with eager attention, which traces to the plain MatMul/Softmax pattern
        that ONNX Runtime fuses into Attention.
    """
    from transformers import AutoModel
    from transformers.utils import logging as hf_logging

    bars = hf_logging.is_progress_bar_enabled()
    verbosity = hf_logging.get_verbosity()
    hf_logging.disable_progress_bar()
    hf_logging.set_verbosity_error()
    try:
        return AutoModel.from_pretrained(str(model_dir), attn_implementation="eager", **options)
    finally:
        hf_logging.set_verbosity(verbosity)
        if bars:
            hf_logging.enable_progress_bar()


def _remove_stale_exports(root: Path, max_age_s: float = 3600.0) -> None:
    """Delete temp folders left by exports that were killed (an export takes seconds)."""
    now = time.time()
    for path in root.glob(".export-*"):
        try:
            if now - path.stat().st_mtime > max_age_s:
                shutil.rmtree(path, ignore_errors=True)
        except OSError:
            pass


def _slug(model_dir: Path) -> str:
    name = model_dir.name
    if name == "model":  # the packaged default keeps its weights in .../<package>/model
        name = model_dir.parent.name
    return re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-")[:60] or "model"


def _weights(model_dir: Path) -> Path:
    for fname in _WEIGHT_FILES:
        if (model_dir / fname).is_file():
            return model_dir / fname
    raise OnnxEncoderError(f"no model weights ({' or '.join(_WEIGHT_FILES)}) in {model_dir}")


def _fingerprint(model_dir: Path, root: Path) -> str:
    """sha256 of weights, config, tokenizer and recipe; the weights' digest is memoised by stat."""
    weights = _weights(model_dir)
    st = weights.stat()
    stamp = f"{weights.resolve()}|{st.st_size}|{st.st_mtime_ns}"
    memo = root / "weights-digests.json"
    try:
        known = json.loads(memo.read_text())
    except (OSError, ValueError):
        known = {}
    digest = known.get(stamp) if isinstance(known, dict) else None
    if not isinstance(digest, str):
        h = hashlib.sha256()
        with open(weights, "rb") as fh:
            for block in iter(lambda: fh.read(1 << 22), b""):
                h.update(block)
        digest = h.hexdigest()
        known = known if isinstance(known, dict) else {}
        known[stamp] = digest
        try:
            root.mkdir(parents=True, exist_ok=True)
            tmp = root / f".digests-{os.getpid()}.tmp"
            tmp.write_text(json.dumps(known))
            os.replace(tmp, memo)
        except OSError:
            pass  # the memo only saves hashing time
    h = hashlib.sha256(f"{RECIPE}\0{digest}".encode())
    for fname in ("config.json", "tokenizer.json", "sentence_bert_config.json", "1_Pooling/config.json"):
        path = model_dir / fname
        h.update(fname.encode() + b"\0" + (path.read_bytes() if path.is_file() else b""))
    return h.hexdigest()[:16]


def _read_settings(model_dir: Path) -> dict:
    """Check the model is a mean-pooled transformer this backend reproduces; return its settings."""
    if not (model_dir / "config.json").is_file() or not (model_dir / "tokenizer.json").is_file():
        raise OnnxEncoderError(
            f"{model_dir} is not a local sentence-transformers model with a fast tokenizer; use the torch backend"
        )
    try:
        config = json.loads((model_dir / "config.json").read_text())
        sbert = _json_or_empty(model_dir / "sentence_bert_config.json")
        pooling = _json_or_empty(model_dir / "1_Pooling" / "config.json")
        modules = json.loads((model_dir / "modules.json").read_text()) if (model_dir / "modules.json").is_file() else []
    except ValueError as exc:
        raise OnnxEncoderError(f"unreadable model config in {model_dir}: {exc}") from None
    kinds = [m.get("type", "").rsplit(".", 1)[-1] for m in modules]
    other_pooling = ("pooling_mode_cls_token", "pooling_mode_max_tokens", "pooling_mode_mean_sqrt_len_tokens")
    mean_only = not pooling or (pooling.get("pooling_mode_mean_tokens") and not any(pooling.get(k) for k in other_pooling))
    if not mean_only or any(k not in ("Transformer", "Pooling", "Normalize") for k in kinds):
        raise OnnxEncoderError("the onnx-int8 backend supports mean-pooled models only; use the torch backend")
    dim = int(pooling.get("word_embedding_dimension") or config.get("hidden_size") or 0)
    max_positions = int(config.get("max_position_embeddings") or 512)
    max_len = int(sbert.get("max_seq_length") or max_positions)
    return {"dim": dim, "max_seq_length": min(max_len, max_positions),
            "heads": int(config.get("num_attention_heads") or 0), "hidden": int(config.get("hidden_size") or 0),
            "model_type": config.get("model_type", "")}


def _json_or_empty(path: Path) -> dict:
    return json.loads(path.read_text()) if path.is_file() else {}


def _load_tokenizer(model_dir: Path, max_length: int):
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
    tok.no_padding()  # padding is done per length bucket
    tok.enable_truncation(max_length=max_length)
    return tok


def _session(model_file: Path, threads: int | None):
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
    opts.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
    opts.intra_op_num_threads = threads or _default_threads()
    opts.inter_op_num_threads = 1
    # Idle worker threads must not spin on a laptop or a shared machine.
    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
    opts.log_severity_level = 3
    try:
        return ort.InferenceSession(str(model_file), sess_options=opts, providers=["CPUExecutionProvider"])
    except Exception as exc:  # noqa: BLE001
        raise OnnxEncoderError(f"cannot load {model_file} with ONNX Runtime ({type(exc).__name__}); "
                               "delete that folder to re-export") from None


def _default_threads() -> int:
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:
        cpus = os.cpu_count() or 1
    # Past 4 threads a 6-layer MiniLM gains little per batch.
    return max(1, min(cpus, 4))


def _export(model_dir: Path, out: Path, quantize_ops: Sequence[str] = ("MatMul",),
            per_channel: bool = True, fuse: bool = False) -> None:
    """Export the transformer + mean pooling to ONNX in `out`, then quantise it to int8.

    Measured choices: per-channel weight scales (per-tensor int8 drops the mean cosine to fp32
    to about 0.95 on paragraphs, per-channel keeps it above 0.99 at the same speed); only the
    weight MatMuls are quantised, on the plain exported graph, and ONNX Runtime fuses them at
    load time; that costs about 20% less CPU than quantising an offline-fused graph
    (Attention -> QAttention). `fuse=True` keeps the offline fusion for comparison.
    """
    import logging

    import torch

    settings = _read_settings(model_dir)
    model = load_bert(model_dir, add_pooling_layer=True).eval()

    class Pooled(torch.nn.Module):
        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask, token_type_ids):
            hidden = self.inner(input_ids=input_ids, attention_mask=attention_mask,
                                token_type_ids=token_type_ids).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            return (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)

    dummy = torch.ones((2, 16), dtype=torch.long)
    raw = out / "raw.onnx"
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tracer notes about the HF mask code; the graph is checked by tests
        torch.onnx.export(
            Pooled(model), (dummy, dummy, torch.zeros_like(dummy)), str(raw), dynamo=False,
            input_names=["input_ids", "attention_mask", "token_type_ids"], output_names=["sentence_embedding"],
            dynamic_axes={"input_ids": {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "seq"},
                          "token_type_ids": {0: "batch", 1: "seq"}, "sentence_embedding": {0: "batch"}},
            opset_version=17, do_constant_folding=True,
        )
    fp32 = out / FP32_FILE
    if fuse and settings["model_type"] == "bert" and settings["heads"]:
        from onnxruntime.transformers.optimizer import optimize_model

        fused = optimize_model(str(raw), model_type="bert", num_heads=settings["heads"],
                               hidden_size=settings["hidden"], opt_level=1)
        fused.save_model_to_file(str(fp32))
    else:
        os.replace(raw, fp32)
    raw.unlink(missing_ok=True)
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic

    root_logger = logging.getLogger()
    level = root_logger.level
    root_logger.setLevel(max(level, logging.ERROR))  # the quantizer logs advice as warnings
    try:
        # DefaultTensorType: fused contrib ops (if fuse=True) defeat ONNX shape inference.
        quantize_dynamic(str(fp32), str(out / MODEL_FILE), weight_type=QuantType.QInt8,
                         op_types_to_quantize=list(quantize_ops), per_channel=per_channel,
                         extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT, "MatMulConstBOnly": True})
    finally:
        root_logger.setLevel(level)


def _progress(total: int):
    try:
        from tqdm import tqdm

        return tqdm(total=total, desc="encoding", unit="batch")
    except ImportError:
        return None
