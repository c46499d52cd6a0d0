"""Ingestion on Ray Data: files read in parallel tasks, chunks embedded by a pool of model actors.

`factdesk index PATH... --ray [ADDRESS]` runs the same indexing as one process, with the two
heavy steps on a Ray cluster (or on this machine with `--ray local`):

1. every input file is read, hashed, decoded and its HTML or PDF extracted in a Ray task
   (`qa.ingest.files.read_input`); the driver then splits all pages in one call, since page
   furniture is recognised by lines repeated across pages (`qa.ingest.files.assemble`);
2. chunk texts go through `map_batches` over an actor class that loads the encoder once per
   actor (`RayEncoder`), and the vectors come back in input order.

The driver groups stories, chunks and writes the catalog exactly as the one-process path does,
so both give the same article ids, chunk offsets and vectors. Ray is imported only here
(`pip install "factdesk[ray]"`).
"""

from __future__ import annotations

import dataclasses
import json
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

import numpy as np

from qa.config import Config
from qa.ingest.files import FileRead, IngestResult, assemble, iter_files, read_input
from qa.records import Article, Skip

# Texts per actor call: large enough to keep the model busy, small enough to show progress.
EMBED_BATCH = 256


class RayUnavailable(Exception):
    """Ray is not installed or the cluster cannot be reached (one line that says what to do)."""


def install_hint() -> str:
    """The command that installs Ray Data."""
    return "pip install \"factdesk[ray]\""


@contextmanager
def ray_session(address: str | None) -> Iterator[Any]:
    """Connect to a Ray cluster, or start Ray on this machine, for the duration of the block.

    Args:
        address: "local" (or None) starts Ray here with every core; anything else is a cluster
            address for `ray.init` ("auto", "HOST:6379", "ray://HOST:10001").

    Returns:
        The `ray` module, initialised; Ray started here is shut down afterwards.
    """
    try:
        import ray
    except ImportError:
        raise RayUnavailable(f"--ray needs Ray Data: {install_hint()}") from None
    started = False
    if not ray.is_initialized():
        local = address in (None, "", "local")
        try:
            if local:
                ray.init(num_cpus=os.cpu_count() or 1, include_dashboard=False, log_to_driver=False,
                         configure_logging=False)
            else:
                ray.init(address=address, include_dashboard=False, log_to_driver=False, configure_logging=False)
        except Exception as exc:  # noqa: BLE001 - ray raises ConnectionError, RuntimeError, ValueError...
            where = "on this machine" if local else f"at {address}"
            raise RayUnavailable(f"cannot start Ray {where}: {str(exc).strip().splitlines()[0]}") from None
        started = True
        _quiet_progress(ray)
    try:
        yield ray
    finally:
        if started:
            ray.shutdown()


def _quiet_progress(ray: Any) -> None:
    """Show one progress bar per Ray Data job, without the per-operator bars and INFO logs."""
    import logging

    for name in ("ray", "ray.data"):
        logging.getLogger(name).setLevel(logging.WARNING)
    context = ray.data.DataContext.get_current()
    for name, value in (("enable_operator_progress_bars", False), ("verbose_progress", False)):
        if hasattr(context, name):
            setattr(context, name, value)


def read_inputs(paths: Iterable[str | os.PathLike], config: Config, known: dict[str, str] | None = None,
                captured_at: str | None = None) -> IngestResult:
    """`qa.ingest.files.ingest` with every file read in a Ray task (call inside `ray_session`).

    Args:
        paths: files or folders.
        config: the settings (file size and PDF limits).
        known: resolved path -> sha256 of files already indexed.
        captured_at: when the pages were captured (`index --captured-at`), or None.

    Returns:
        The same result as `ingest` on the same inputs.
    """
    import ray

    items = [{"i": i, "display": d, "path": str(p) if p is not None else "", "reason": r or ""}
             for i, (d, p, r) in enumerate(iter_files(paths))]
    if not items:
        return IngestResult()
    limits = {"max_file_bytes": config.max_file_bytes, "pdf_timeout_s": config.pdf_timeout_s,
              "pdf_memory_mb": config.pdf_memory_mb, "known": dict(known or {}),
              "captured_at": captured_at}

    def read(row: dict) -> dict:
        path = Path(row["path"]) if row["path"] else None
        found = read_input(row["display"], path, row["reason"] or None, **limits)
        return {"i": row["i"], "read": json.dumps(_to_json(found), ensure_ascii=False)}

    blocks = min(len(items), max(1, 4 * (int(ray.cluster_resources().get("CPU", 1)))))
    rows = ray.data.from_items(items, override_num_blocks=blocks).map(read).take_all()
    reads = [_from_json(json.loads(r["read"])) for r in sorted(rows, key=lambda r: r["i"])]
    return assemble(reads)


def _to_json(read: FileRead) -> dict:
    data = dataclasses.asdict(read)
    data["skips"] = [list(s) for s in read.skips]
    return data


def _from_json(data: dict) -> FileRead:
    return FileRead(**{**data, "articles": tuple(Article.from_json(a) for a in data["articles"]),
                       "skips": tuple(Skip(*s) for s in data["skips"])})


class _EmbedBatch:
    """A Ray actor: loads the encoder once, then embeds batches of chunk texts."""

    def __init__(self, model: str, backend: str, cache_dir: str | None, batch_size: int, threads: int | None):
        from embeddings.encoder import load_encoder

        self._encoder = load_encoder(model, backend, Path(cache_dir) if cache_dir else None, batch_size, threads)

    def __call__(self, batch: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
        vectors = self._encoder.encode([str(t) for t in batch["text"]])
        return {"i": batch["i"], "vector": np.asarray(vectors, np.float32)}


@dataclasses.dataclass
class RayEncoder:
    """A TextEncoder whose `encode` runs on a pool of Ray actors (call inside `ray_session`).

    Each actor loads the configured encoder once (without the disk cache: actors may run on
    other machines); `actors` defaults to one per CPU of the cluster, each with one thread.
    """

    config: Config
    dim: int
    actors: int | None = None
    embedded: int = 0

    def encode(self, texts: Sequence[str], show_progress: bool = False) -> np.ndarray:
        """Embed texts on the actor pool, returned in input order.

        Args:
            texts: chunk texts.
            show_progress: unused (Ray Data shows its own progress bar).

        Returns:
            float32 (len(texts), dim), L2-normalised.
        """
        import ray

        if not len(texts):
            return np.zeros((0, self.dim), np.float32)
        # Identical texts are embedded once, as the one-process encoder's cache does.
        unique = list(dict.fromkeys(texts))
        actors = self.actors or max(1, int(ray.cluster_resources().get("CPU", 1)))
        threads = max(1, (self.config.threads or 1))
        blocks = min(len(unique), max(actors, min(-(-len(unique) // EMBED_BATCH), 8 * actors)))
        dataset = ray.data.from_items([{"i": i, "text": t} for i, t in enumerate(unique)], override_num_blocks=blocks)
        embedded = dataset.map_batches(
            _EmbedBatch, batch_size=EMBED_BATCH, compute=ray.data.ActorPoolStrategy(size=actors), num_cpus=1,
            fn_constructor_kwargs={"model": self.config.model, "backend": self.config.encoder_backend,
                                   "cache_dir": None, "batch_size": self.config.batch_size, "threads": threads})
        vectors = np.zeros((len(unique), self.dim), np.float32)
        for batch in embedded.iter_batches(batch_size=None, batch_format="numpy"):
            column = batch["vector"]
            vectors[np.asarray(batch["i"], np.int64)] = np.stack(column) if column.dtype == object else column
        self.embedded += len(unique)
        row = {text: i for i, text in enumerate(unique)}
        return vectors[[row[t] for t in texts]]
