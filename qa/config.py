"""The one configuration object: frozen defaults, overridable by env vars and CLI flags."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_MODEL = "all-MiniLM-L6-v2"
# "auto": OpenVINO bf16 where the CPU has bf16 units, else int8 ONNX; "torch": fp32 PyTorch.
ENCODER_BACKENDS = ("auto", "openvino-bf16", "onnx-int8", "torch")
READERS = ("rules", "guided", "span")
CHECKERS = ("model", "rules")
# How a search engine store (Milvus) fuses its dense and BM25 routes.
FUSIONS = ("weighted", "rrf", "score")
# The most passages one question or claim may ask for (top_k).
MAX_TOP_K = 50


def default_home() -> Path:
    """`$FACTDESK_HOME`, or `~/.cache/factdesk`."""
    return Path(os.environ.get("FACTDESK_HOME") or Path.home() / ".cache" / "factdesk")


@dataclass(frozen=True)
class Config:
    """Every tunable of factdesk, with defaults.

    Build one with `Config.from_env(**overrides)`; derive variants with
    `dataclasses.replace`.
    """

    model: str = DEFAULT_MODEL
    # "auto": OpenVINO bf16 on CPUs with bf16 units, int8 ONNX Runtime elsewhere (ENCODER_BACKENDS)
    encoder_backend: str = "auto"
    batch_size: int = 16
    chunk_min_words: int = 120
    chunk_max_words: int = 200
    top_k: int = 5
    candidates: int = 50
    dense_weight: float = 0.65
    dedupe_stories: bool = True
    source_filter: str | None = None
    abstain_threshold: float = 0.85  # the rule-based reader's ("rules")
    # The answer stage: "rules" (sentence rules), "guided" (the rules quote, a learned model over
    # the rules' confidence decides whether to abstain, the trained reader gives the short
    # answer) or "span" (the trained reader alone; qa/read/weights).
    reader: str = "guided"
    # The trained reader's has-answer and short-answer thresholds; None: the calibrated values
    # shipped with its weights (qa/read/weights/reader.json), except that "guided" uses the
    # reader's has-answer only when reader_threshold is set (qa/read/weights/abstain.json decides).
    reader_threshold: float | None = None
    short_answer_threshold: float | None = None
    # The fact-check stage: "model" (the trained verifier reads the best evidence sentences;
    # qa/check/weights) or "rules" (number, name and negation alignment only).
    checker: str = "model"
    max_answer_words: int = 60
    max_answer_sentences: int = 3
    max_file_bytes: int = 200 * 1024 * 1024
    max_query_chars: int = 2000
    pdf_timeout_s: float = 30.0
    pdf_memory_mb: int = 1024
    seeds_dir: str | None = None
    home: str | None = None
    # Vector store URI (see `embeddings.stores`): "faiss" (default, embedded in the index folder), or
    # Milvus: "milvus" (a Milvus Lite file in the index folder), "milvus:PATH.db", "http://HOST:19530".
    store: str = "faiss"
    # The catalog's name in a Milvus store (an alias over its collections), and how its dense and
    # BM25 candidates are ranked: "score" (Milvus's candidates and BM25 scores, fused as the FAISS
    # index fuses them; on SQuAD within 1 point of FAISS, see docs/scale-out.md), "weighted"
    # (Milvus's WeightedRanker with dense_weight) or "rrf" (Milvus's RRFRanker).
    collection: str = "factdesk"
    fusion: str = "score"
    # CPU threads for the ONNX/OpenVINO encoders; None: min(available cores, 4).
    threads: int | None = None
    # A login for the web UI and the JSON API: both set, or neither.
    user: str | None = None
    password: str | None = None
    # Tracebacks instead of the one-line errors of the CLI.
    debug: bool = False
    # Web server: requests run at once per event, and how many may wait beyond those.
    serve_concurrency: int = 4
    serve_queue: int = 256
    # Testing hook: SIGKILL the writer at this stage of saving a generation (see embeddings.generations).
    crash_at: str | None = None

    @property
    def home_dir(self) -> Path:
        """The factdesk home (caches, default index)."""
        return Path(self.home) if self.home else default_home()

    @property
    def default_index_dir(self) -> Path:
        """Where the default index lives."""
        return self.home_dir / "index"

    @property
    def cache_dir(self) -> Path:
        """Where the embedding cache lives."""
        return self.home_dir / "cache"

    @classmethod
    def from_env(cls, **overrides: object) -> "Config":
        """Defaults, then `FACTDESK_*` environment variables, then `overrides` (None ignored).

        Args:
            overrides: field values, e.g. from CLI flags; None means "not given".

        Returns:
            A validated Config.
        """
        values: dict[str, object] = {}
        for f in dataclasses.fields(cls):
            raw = os.environ.get(f"FACTDESK_{f.name.upper()}")
            if raw is not None and raw != "":
                values[f.name] = _coerce(f, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        config = cls(**values)
        config.validate()
        return config

    def validate(self) -> None:
        """Reject impossible settings with a message that says what to do."""
        if self.top_k < 1 or self.top_k > MAX_TOP_K:
            raise ValueError(f"top_k must be between 1 and {MAX_TOP_K}")
        if not 0.0 <= self.dense_weight <= 1.0:
            raise ValueError("dense_weight must be between 0 and 1")
        if self.chunk_min_words < 10 or self.chunk_max_words < self.chunk_min_words:
            raise ValueError("chunk sizes must satisfy 10 <= chunk_min_words <= chunk_max_words")
        if self.encoder_backend not in ENCODER_BACKENDS:
            raise ValueError(f"encoder_backend must be one of {', '.join(ENCODER_BACKENDS)}")
        if self.batch_size < 1:
            raise ValueError("batch_size must be positive")
        if self.reader not in READERS:
            raise ValueError(f"reader must be one of {', '.join(READERS)}")
        if self.checker not in CHECKERS:
            raise ValueError(f"checker must be one of {', '.join(CHECKERS)}")
        if bool(self.user) != bool(self.password):
            raise ValueError("set both FACTDESK_USER and FACTDESK_PASSWORD to require a login, or neither")
        if self.threads is not None and self.threads < 1:
            raise ValueError("threads must be positive")
        if self.fusion not in FUSIONS:
            raise ValueError(f"fusion must be one of {', '.join(FUSIONS)}")
        if not self.collection.replace("_", "").isalnum() or not self.collection[:1].isalpha():
            raise ValueError("collection must be letters, digits and underscores, starting with a letter")
        if self.serve_concurrency < 1 or self.serve_queue < 1:
            raise ValueError("serve_concurrency and serve_queue must be positive")

    @property
    def auth(self) -> tuple[str, str] | None:
        """(user, password) when a login is required, else None."""
        return (self.user, self.password) if self.user and self.password else None


def _coerce(f: dataclasses.Field, raw: str) -> object:
    kind = f.type if isinstance(f.type, str) else getattr(f.type, "__name__", str(f.type))
    try:
        if kind.startswith("int"):
            return int(raw)
        if kind.startswith("float"):
            return float(raw)
        if kind.startswith("bool"):
            return raw.strip().lower() in ("1", "true", "yes", "on")
    except ValueError:
        raise ValueError(f"environment variable FACTDESK_{f.name.upper()}={raw!r} is not a valid {kind}") from None
    return raw
