"""The default model on OpenVINO in bf16: the fastest encoder on CPUs with bf16 matrix units.

It runs the same locally exported fp32 ONNX graph as `embeddings.onnx_encoder` (export and
cache shared), compiled by OpenVINO with bf16 inference precision: for latency (queries) and
for throughput (bulk indexing, two requests in flight so both cores stay busy). On a CPU
without native bf16 it would fall back to slower fp32 kernels, so `load_encoder` only picks it
where OpenVINO reports BF16 support.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Sequence

import numpy as np

from embeddings.onnx_encoder import (FP32_FILE, OnnxEncoderError, _load_tokenizer, _progress, _read_settings,
                                     bucketed_batches, ensure_exported, normalise_rows)

# OpenVINO's CPU plugin prepares kernels for each new input shape; widths rounded up to a multiple
# of 16 tokens give a few shapes, reused from then on (measured: 106-116 -> 119-149 chunks/s).
WIDTH_MULTIPLE = 16


def bf16_supported() -> bool:
    """Whether OpenVINO is installed and the CPU computes in bf16 natively."""
    try:
        import openvino as ov

        return "BF16" in ov.Core().get_property("CPU", "OPTIMIZATION_CAPABILITIES")
    except Exception:  # noqa: BLE001 - no OpenVINO, no CPU plugin: not supported
        return False


class OpenVinoEncoder:
    """Mean-pooled sentence embeddings from OpenVINO (bf16), L2-normalised, in input order.

    The graph is compiled twice: for latency (one request on both cores) when loaded, for a
    query or a few sentences, and for throughput (one request per core, kept busy by a queue)
    on the first bulk call. Measured on 2 cores: a one-text encode takes 1.7 ms on the
    latency compile against 5-12 ms on the throughput one, which in turn indexes about 15% faster.
    """

    #: Calls with at most this many batches run on the latency compile.
    SMALL_BATCHES = 4

    def __init__(self, model_path: str, cache_dir: Path, name: str, batch_size: int = 16,
                 threads: int | None = None):
        """Compile the exported model for latency (the throughput compile waits for bulk work).

        Args:
            model_path: local sentence-transformers model directory.
            cache_dir: factdesk cache folder (the ONNX export lives under `onnx/`).
            name: the model name recorded in indexes.
            batch_size: texts per inference request.
            threads: inference threads; default: OpenVINO's choice (all cores).
        """
        try:
            import openvino as ov
        except ImportError:
            raise OnnxEncoderError("OpenVINO is not installed (pip install openvino)") from None
        self._ov = ov
        self._threads = threads
        self.model_dir = Path(model_path)
        self.name = name
        self.batch_size = max(1, int(batch_size))
        settings = _read_settings(self.model_dir)
        self.dim = settings["dim"]
        self._tokenizer = _load_tokenizer(self.model_dir, settings["max_seq_length"])
        self._export_dir = ensure_exported(self.model_dir, Path(cache_dir))
        self._core = ov.Core()
        self._lock = threading.Lock()  # one request and one queue: concurrent callers take turns
        self._latency = self._compile("LATENCY")
        self._input_names = {port.get_any_name() for port in self._latency.inputs}
        self._request = self._latency.create_infer_request()
        self._queue = None

    def _compile(self, hint: str):
        try:
            # CACHE_DIR keeps the compiled blob, so later processes skip most of the compile.
            settings = {"INFERENCE_PRECISION_HINT": "bf16", "PERFORMANCE_HINT": hint,
                        "CACHE_DIR": str(self._export_dir / "openvino-cache")}
            if self._threads:
                settings["INFERENCE_NUM_THREADS"] = self._threads
            return self._core.compile_model(str(self._export_dir / FP32_FILE), "CPU", settings)
        except Exception as exc:  # noqa: BLE001 - OpenVINO raises RuntimeError with C++ text
            raise OnnxEncoderError(f"OpenVINO cannot compile the model ({type(exc).__name__})") from None

    def _bulk_queue(self):
        try:
            return self._ov.AsyncInferQueue(self._compile("THROUGHPUT"))
        except OnnxEncoderError:
            return self._ov.AsyncInferQueue(self._latency, 1)  # slower, but the same vectors

    def encode(self, texts: Sequence[str], show_progress: bool = False) -> np.ndarray:
        """Embed texts like `OnnxEncoder.encode`: a few on the latency compile, bulk on the throughput one."""
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        if not len(texts):
            return out
        batches = bucketed_batches(self._tokenizer, texts, self.batch_size, "token_type_ids" in self._input_names,
                                   WIDTH_MULTIPLE)
        bar = _progress(len(batches)) if show_progress else None

        def done(request, rows) -> None:
            out[rows] = request.get_output_tensor(0).data
            if bar is not None:
                bar.update(1)

        with self._lock:
            if len(batches) <= self.SMALL_BATCHES:
                for rows, feed in batches:
                    self._request.infer(feed)
                    done(self._request, rows)
            else:
                if self._queue is None:
                    self._queue = self._bulk_queue()
                self._queue.set_callback(done)
                for rows, feed in batches:
                    self._queue.start_async(feed, rows)
                self._queue.wait_all()
        if bar is not None:
            bar.close()
        return normalise_rows(out)
