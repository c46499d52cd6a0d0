"""factdesk's fine-tuned models (reader, verifier): committed int8 weights -> a cached ONNX graph.

A fine-tuned model is the packaged all-MiniLM-L6-v2 with factdesk's non-embedding weights laid
over it (`<name>.safetensors`: 2-D tensors int8 with a fp32 scale per row, `<name>.json` holds
the config and the weights' sha256) plus task heads (`network`). It is exported to ONNX once per
(weights, base model, recipe) under `<cache_dir>/onnx/<name>-<hash>/`, published atomically like
the encoder's graph (`embeddings.onnx_encoder.atomic_export`), and quantised the same way.
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Sequence

import numpy as np

from embeddings.encoder import resolve_model_path
from embeddings.onnx_encoder import OnnxEncoderError, _fingerprint, _load_tokenizer, _session, atomic_export, load_bert

INPUTS = ("input_ids", "attention_mask", "token_type_ids")


@dataclass(frozen=True)
class Spec:
    """How one fine-tuned model is stored and exported.

    Attributes:
        name: "reader" or "verifier": the file prefix, the cache folder prefix, the word in messages.
        format: the `format` its JSON config must declare.
        recipe: export recipe tag; bump it when the export changes so old caches are ignored.
        restore: the end of every error message: how to get the weights back.
        network: builds the torch module over a `load_bert` transformer (heads waiting for weights).
        outputs: output names with their dynamic axes (all inputs are (batch, seq)).
        error: the exception type raised, with a one-line message.
    """

    name: str
    format: str
    recipe: str
    restore: str
    network: Callable
    outputs: dict[str, dict[int, str]]
    error: type[Exception]

    @property
    def config_file(self) -> str:
        return f"{self.name}.json"

    def graph(self, quantize: bool) -> str:
        return f"{self.name}.{'int8' if quantize else 'fp32'}.onnx"


class FinetunedModel:
    """A fine-tuned model's ONNX Runtime session over text pairs; subclasses set `spec` and read the outputs."""

    spec: Spec

    def __init__(self, cache_dir: str | Path, weights_dir: str | Path, model: str, quantize: bool = True,
                 threads: int | None = None, second_limit_key: str = "max_second_tokens"):
        """Check the committed weights, export the ONNX graph if it is not cached, open a session.

        Args:
            cache_dir: factdesk cache folder; the graph goes to `cache_dir/onnx/<name>-<hash>/`.
            weights_dir: folder with `<name>.json` and the weights file it names.
            model: the base model the weights were trained on (the packaged all-MiniLM-L6-v2).
            quantize: run int8-quantised MatMuls (default, about twice as fast); False: fp32 graph.
            threads: ONNX Runtime intra-op threads (default: FACTDESK_THREADS or up to 4 CPUs).
            second_limit_key: config key of the word-piece limit of the pair's short text (the
                question or the claim), which is cut to it before pairing.

        Raises:
            spec.error: weights missing or damaged, base model missing, export failed.
        """
        spec = self.spec
        self.weights_dir = Path(weights_dir).expanduser()
        self.config, weights_file = read_config(spec, self.weights_dir)
        self.max_length = int(self.config["max_length"])
        try:
            self.model_dir = Path(resolve_model_path(model)).expanduser()
        except Exception as exc:  # noqa: BLE001 - EncoderError already says what to install
            raise spec.error(str(exc)) from None
        if not (self.model_dir / "tokenizer.json").is_file():
            raise spec.error(f"the {spec.name} needs the local base model {model}; not found at {self.model_dir}")
        self.export_dir = ensure_exported(spec, self.model_dir, Path(cache_dir).expanduser(), weights_file,
                                          self.config["weights_sha256"])
        self.model_file = self.export_dir / spec.graph(quantize)
        self._pairs = _load_tokenizer(self.model_dir, self.max_length)
        self._pairs.enable_truncation(max_length=self.max_length, strategy=self.config.get("truncation", "longest_first"))
        self._short = _load_tokenizer(self.model_dir, int(self.config.get(second_limit_key, 64)))
        try:
            self._session = _session(self.model_file, threads)
        except OnnxEncoderError as exc:
            raise spec.error(str(exc)) from None
        self._lock = threading.Lock()

    def _cut(self, text: str) -> str:
        """`text` cut to the short-text limit at a word-piece boundary (unchanged when it fits)."""
        enc = self._short.encode(text, add_special_tokens=False)
        limit = (self._short.truncation or {}).get("max_length") or len(enc.ids)
        if len(enc.ids) < limit or not enc.offsets:
            return text
        return text[: enc.offsets[-1][1]]

    def _run(self, pairs: Sequence[tuple[str, str]]) -> tuple[list, list]:
        """Encode the pairs in one padded batch and run the graph: (encodings, outputs)."""
        encs = self._pairs.encode_batch(list(pairs))
        width = max(len(e.ids) for e in encs)
        ids = np.zeros((len(encs), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        types = np.zeros_like(ids)
        for r, e in enumerate(encs):
            n = len(e.ids)
            ids[r, :n], mask[r, :n], types[r, :n] = e.ids, e.attention_mask, e.type_ids
        with self._lock:  # one run at a time per session keeps thread use predictable
            outputs = self._session.run(None, {"input_ids": ids, "attention_mask": mask, "token_type_ids": types})
        return encs, outputs


_MODELS: dict[tuple, FinetunedModel] = {}
_MODELS_LOCK = threading.Lock()


def load_once(cls: type, cache_dir: str | Path, weights_dir: str | Path, model: str, quantize: bool = True,
              threads: int | None = None):
    """The process-wide instance of a FinetunedModel subclass for these settings, created on first use."""
    key = (cls.__qualname__, str(Path(weights_dir).expanduser().resolve()), str(Path(cache_dir).expanduser().resolve()),
           model, bool(quantize), threads)
    with _MODELS_LOCK:
        if key not in _MODELS:
            _MODELS[key] = cls(cache_dir, weights_dir, model, quantize, threads)
        return _MODELS[key]


def read_config(spec: Spec, weights_dir: Path) -> tuple[dict, Path]:
    """The model's JSON config and weights file, checked against the sha256 recorded at training time.

    Raises:
        spec.error: missing or damaged config or weights (one line, with how to restore them).
    """
    cfg_path = weights_dir / spec.config_file
    if not cfg_path.is_file():
        raise spec.error(f"{spec.name} weights missing at {cfg_path}; {spec.restore}")
    try:
        config = json.loads(cfg_path.read_text())
        if config.get("format") != spec.format:
            raise ValueError(f"format {config.get('format')!r}, expected {spec.format!r}")
        wfile = weights_dir / str(config["weights_file"])
        expected = str(config["weights_sha256"])
        int(config["max_length"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise spec.error(f"{spec.name} weights damaged at {cfg_path} ({type(exc).__name__}: {exc}); "
                         f"{spec.restore}") from None
    if not wfile.is_file():
        raise spec.error(f"{spec.name} weights missing at {wfile}; {spec.restore}")
    if sha256(wfile) != expected:
        raise spec.error(f"{spec.name} weights damaged at {wfile} (sha256 differs from {spec.config_file}); "
                         f"{spec.restore}")
    return config, wfile


def sha256(path: Path) -> str:
    """Hex sha256 of a file."""
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def dequantize(path: Path) -> dict:
    """Tensors of a weights file as float32 torch tensors (name.int8 * name.scale per row)."""
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


def ensure_exported(spec: Spec, model_dir: Path, cache_dir: Path, weights_file: Path, weights_sha: str) -> Path:
    """`cache_dir/onnx/<name>-<hash>` holding the fp32 and int8 graphs, exported first if missing.

    The hash covers the weights, the base model (weights, config, tokenizer) and the recipe.

    Raises:
        spec.error: the export failed (one line).
    """
    root = cache_dir / "onnx"

    def build(folder: Path) -> dict:
        _export(spec, model_dir, weights_file, folder)
        return {"recipe": spec.recipe, "weights_sha256": weights_sha, "model": str(model_dir)}

    try:
        key = hashlib.sha256(f"{spec.recipe}\0{weights_sha}\0{_fingerprint(model_dir, root)}".encode()).hexdigest()[:16]
        return atomic_export(root, f"{spec.name}-{key}", (spec.graph(True), spec.graph(False)), build)
    except spec.error:
        raise
    except Exception as exc:  # noqa: BLE001 - export failures become one plain line
        raise spec.error(f"cannot export the {spec.name} to ONNX under {root} ({type(exc).__name__}: {exc}); "
                         f"delete that folder and retry, or {spec.restore}") from None


def _export(spec: Spec, model_dir: Path, weights_file: Path, out: Path) -> None:
    import onnx
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    net = spec.network(load_bert(model_dir, add_pooling_layer=False)).eval()
    try:
        state = dequantize(weights_file)
    except Exception as exc:  # noqa: BLE001
        raise spec.error(f"{spec.name} weights damaged at {weights_file} ({type(exc).__name__}); {spec.restore}") from None
    missing, unexpected = net.load_state_dict(state, strict=False)
    missing = [k for k in missing if k != "bert.embeddings.word_embeddings.weight" and "position_ids" not in k]
    if missing or unexpected:
        raise spec.error(f"{spec.name} weights damaged at {weights_file} (missing {missing[:3]}, unexpected "
                         f"{unexpected[:3]}); {spec.restore}")
    dummy = torch.ones((2, 16), dtype=torch.long)
    fp32 = out / spec.graph(False)
    axes = {0: "batch", 1: "seq"}
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.onnx.export(
            net, (dummy, dummy, torch.zeros_like(dummy)), str(fp32), dynamo=False,
            input_names=list(INPUTS), output_names=list(spec.outputs),
            dynamic_axes={**{name: axes for name in INPUTS}, **spec.outputs},
            opset_version=17, do_constant_folding=True,
        )
    root_logger = logging.getLogger()
    level = root_logger.level
    root_logger.setLevel(max(level, logging.ERROR))  # the quantizer logs advice as warnings
    try:
        quantize_dynamic(str(fp32), str(out / spec.graph(True)), weight_type=QuantType.QInt8,
                         op_types_to_quantize=["MatMul"], per_channel=True,
                         extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT, "MatMulConstBOnly": True})
    finally:
        root_logger.setLevel(level)
