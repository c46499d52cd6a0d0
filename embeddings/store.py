"""The FAISS vector store and its atomic on-disk generations (JSON + faiss.write_index, no pickle).

Layout of an index directory::

    manifest.json          names the live generation, model, dimension, counts, format
    gen-000007/            one complete generation: vectors.faiss + JSON documents
    .lock                  writer lock

A writer builds a new generation in a staging folder, fsyncs it, renames it into place and
then switches `manifest.json` with one `os.replace`. A crash at any point leaves the previous
manifest and generation untouched.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import faiss
import numpy as np
from filelock import FileLock, Timeout

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
VECTORS = "vectors.faiss"
# Crash tests set this to a stage name of `save_generation`; the writer then kills itself there.
CRASH_ENV = "FACTDESK_TEST_CRASH_AT"
CRASH_STAGES = ("staging", "staged", "renamed", "manifest-written", "switched")


class StoreError(Exception):
    """The index on disk is missing, incompatible or damaged; the message says what to do."""


@dataclass(frozen=True)
class VectorStore:
    """Normalised vectors in a FAISS inner-product index; row i belongs to `ids[i]`.

    Treat it as immutable: `add` and `remove` return a new store, so readers holding the old
    one keep a consistent snapshot.
    """

    dim: int
    ids: np.ndarray  # fixed-width unicode array: no Python object per vector
    index: Any

    @classmethod
    def empty(cls, dim: int) -> "VectorStore":
        """A store with no vectors."""
        return cls(dim=dim, ids=_id_array([]), index=_build_index(np.zeros((0, dim), dtype=np.float32)))

    def __len__(self) -> int:
        return len(self.ids)

    def add(self, ids: list[str], vectors: np.ndarray) -> "VectorStore":
        """A new store with `vectors` appended.

        Args:
            ids: one id per row.
            vectors: float32 (n, dim), L2-normalised.

        Returns:
            The new store.
        """
        vectors = np.ascontiguousarray(vectors, dtype=np.float32).reshape(-1, self.dim)
        if len(ids) != len(vectors):
            raise ValueError("one id per vector")
        if not len(ids):
            return self
        new_ids = np.concatenate([self.ids, _id_array(ids)])
        if _same_kind(self.index, len(new_ids)):
            # Same kind of index: append to a copy instead of rebuilding (an HNSW graph of a
            # million vectors takes minutes to build, adding a file's chunks takes moments).
            index = faiss.clone_index(self.index)
            index.add(vectors)
            _tune(index, len(new_ids))
            return VectorStore(self.dim, new_ids, index)
        combined = np.vstack([self.vectors(), vectors])
        return VectorStore(self.dim, new_ids, _build_index(combined))

    def remove(self, ids: Iterable[str]) -> "VectorStore":
        """A new store without the rows of `ids`."""
        drop = _id_array(list(ids))
        keep = np.flatnonzero(~np.isin(self.ids, drop)) if len(drop) else np.arange(len(self.ids))
        if len(keep) == len(self.ids):
            return self
        vectors = self.vectors()[keep] if len(keep) else np.zeros((0, self.dim), dtype=np.float32)
        return VectorStore(self.dim, self.ids[keep], _build_index(vectors))

    def vectors(self) -> np.ndarray:
        """All vectors, row order (approximate indexes return their stored copies)."""
        if not len(self.ids):
            return np.zeros((0, self.dim), dtype=np.float32)
        return self.index.reconstruct_n(0, len(self.ids))

    def search(self, queries: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """Top-k rows by inner product.

        Args:
            queries: float32 (q, dim), normalised.
            k: rows per query.

        Returns:
            (scores, rows), each (q, k'); k' = min(k, len(self)); rows index `ids`.
        """
        queries = np.ascontiguousarray(queries, dtype=np.float32).reshape(-1, self.dim)
        k = min(k, len(self.ids))
        if k <= 0:
            return np.zeros((len(queries), 0), np.float32), np.zeros((len(queries), 0), np.int64)
        return self.index.search(queries, k)


def _id_array(ids) -> np.ndarray:
    """Ids as a compact fixed-width unicode array."""
    return np.asarray(list(ids) if not isinstance(ids, np.ndarray) else ids, dtype=np.str_).reshape(-1)


def _same_kind(index: Any, n: int) -> bool:
    from embeddings.ann import choose_kind

    inner = faiss.downcast_index(index)
    kind = "hnsw" if isinstance(inner, faiss.IndexHNSW) else "flat" if isinstance(inner, faiss.IndexFlat) else None
    return index.ntotal > 0 and kind == choose_kind(n)


def _tune(index: Any, n: int) -> None:
    from embeddings.ann import ef_search_for

    inner = faiss.downcast_index(index)
    if isinstance(inner, faiss.IndexHNSW):
        inner.hnsw.efSearch = max(int(inner.hnsw.efSearch), ef_search_for(n))


def _build_index(vectors: np.ndarray) -> Any:
    try:
        from embeddings.ann import build_index
    except ImportError:
        index = faiss.IndexFlatIP(vectors.shape[1])
        index.add(vectors)
        return index
    return build_index(vectors)


@dataclass(frozen=True)
class Generation:
    """One loaded generation: its manifest, JSON documents and vector store."""

    manifest: dict[str, Any]
    documents: dict[str, Any]
    vectors: VectorStore


def read_manifest(root: Path) -> dict[str, Any] | None:
    """The manifest of the index at `root`, or None when there is no index there."""
    path = Path(root) / MANIFEST
    if not path.exists():
        return None
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StoreError(f"index manifest {path} is unreadable ({exc}); {_rebuild_hint(root)}") from None
    if not isinstance(manifest, dict) or "generation" not in manifest:
        raise StoreError(f"index manifest {path} is damaged; {_rebuild_hint(root)}")
    return manifest


def load_generation(root: Path, model: str | None = None, documents: Iterable[str] = ()) -> Generation:
    """Load the live generation, checking format, model and counts.

    Args:
        root: the index directory.
        model: the model the caller will query with; a different model is an error.
        documents: names of the JSON documents to read (without ".json").

    Returns:
        The generation.
    """
    root = Path(root)
    manifest = read_manifest(root)
    if manifest is None:
        raise StoreError(f"no index at {root}; create one with: factdesk index PATH --index {root}")
    if manifest.get("format") != FORMAT_VERSION:
        raise StoreError(
            f"index at {root} has format {manifest.get('format')!r}, this factdesk reads format "
            f"{FORMAT_VERSION}; {_rebuild_hint(root)}"
        )
    if model is not None and manifest.get("model") != model:
        raise StoreError(
            f"index at {root} was built with model {manifest.get('model')!r}, not {model!r}; "
            f"use --model {manifest.get('model')} or {_rebuild_hint(root)}"
        )
    gen_dir = root / manifest["generation"]
    docs: dict[str, Any] = {}
    for name in [*documents, "vector_ids"]:
        try:
            docs[name] = json.loads((gen_dir / f"{name}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise StoreError(f"index file {gen_dir / name}.json is missing or damaged ({type(exc).__name__}); {_rebuild_hint(root)}") from None
    try:
        index = faiss.read_index(str(gen_dir / VECTORS))
    except Exception:  # noqa: BLE001 - faiss raises RuntimeError with a C++ trace
        raise StoreError(f"index file {gen_dir / VECTORS} is missing or damaged; {_rebuild_hint(root)}") from None
    ids = _id_array(docs.pop("vector_ids"))
    dim = int(manifest.get("dim", index.d))
    if index.d != dim or index.ntotal != manifest.get("vectors") or index.ntotal != len(ids):
        raise StoreError(
            f"index at {root} is inconsistent ({index.ntotal} vectors, {len(ids)} ids, manifest says "
            f"{manifest.get('vectors')}); {_rebuild_hint(root)}"
        )
    return Generation(manifest=manifest, documents=docs, vectors=VectorStore(dim, ids, index))


def save_generation(root: Path, manifest: dict[str, Any], documents: dict[str, Any], vectors: VectorStore,
                    keep: int = 2) -> str:
    """Write a new generation and switch the manifest to it atomically.

    Args:
        root: the index directory (created if needed).
        manifest: fields to record (model, counts...); format, generation, dim and vector
            count are filled in here.
        documents: name -> JSON-serialisable data; must include nothing that needs pickle.
        vectors: the vector store; its ids are saved as the "vector_ids" document.
        keep: how many generations to keep on disk (the live one included).

    Returns:
        The new generation's name.
    """
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    try:
        previous = read_manifest(root)
    except StoreError:
        previous = None  # a damaged manifest is what a rebuild replaces; it only numbered generations
    number = _next_number(root, previous)
    name = f"gen-{number:06d}"
    staging = root / f".staging-{name}-{os.getpid()}-{time.monotonic_ns()}"
    staging.mkdir()
    try:
        all_docs = dict(documents, vector_ids=vectors.ids.tolist())
        for doc_name, data in all_docs.items():
            _write_json(staging / f"{doc_name}.json", data)
            _crash_point("staging")
        faiss.write_index(vectors.index, str(staging / VECTORS))
        _fsync_path(staging / VECTORS)
        _fsync_path(staging)
        _crash_point("staged")
        final = root / name
        if final.exists():
            shutil.rmtree(final)
        os.replace(staging, final)
        _fsync_path(root)
        _crash_point("renamed")
        full = dict(manifest, format=FORMAT_VERSION, generation=name, dim=vectors.dim, vectors=len(vectors),
                    written_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))
        tmp = root / f".{MANIFEST}.{os.getpid()}.tmp"
        _write_file(tmp, json.dumps(full, indent=2).encode("utf-8"))
        _crash_point("manifest-written")
        os.replace(tmp, root / MANIFEST)
        _fsync_path(root)
        _crash_point("switched")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _prune(root, name, keep, previous=str(previous["generation"]) if previous else None)
    return name


def _crash_point(stage: str) -> None:
    """Kill this process at `stage` when the crash-test variable names it (a no-op otherwise)."""
    if os.environ.get(CRASH_ENV) == stage:
        os.kill(os.getpid(), signal.SIGKILL)


def writer_lock(root: Path, timeout: float = 600.0) -> FileLock:
    """The index's writer lock (one writer at a time; readers never need it).

    Args:
        root: the index directory.
        timeout: seconds to wait for another writer.

    Returns:
        A FileLock to use as a context manager; raises StoreError on timeout.
    """
    Path(root).mkdir(parents=True, exist_ok=True)
    return _Lock(str(Path(root) / ".lock"), timeout=timeout)


class _Lock(FileLock):
    def __enter__(self):  # type: ignore[override]
        try:
            return super().__enter__()
        except Timeout:
            raise StoreError(
                f"another factdesk process is writing this index ({self.lock_file}); try again when it finishes"
            ) from None


def _next_number(root: Path, previous: dict[str, Any] | None) -> int:
    numbers = [0]
    for path in root.glob("gen-*"):
        try:
            numbers.append(int(path.name.split("-")[1]))
        except (IndexError, ValueError):
            continue
    if previous:
        try:
            numbers.append(int(str(previous["generation"]).split("-")[1]))
        except (IndexError, ValueError):
            pass
    return max(numbers) + 1


def _prune(root: Path, live: str, keep: int, previous: str | None = None) -> None:
    # The live and the previously live generation are kept first; a generation a killed writer
    # renamed into place but never switched to is never live, so it goes before them.
    protected = [live] + ([previous] if previous and previous != live and keep > 1 else [])
    gens = sorted((p for p in root.glob("gen-*") if p.is_dir() and p.name not in protected), key=lambda p: p.name)
    spare = max(0, keep - len(protected))
    for path in gens[: max(0, len(gens) - spare)]:
        shutil.rmtree(path, ignore_errors=True)
    for path in [*root.glob(".staging-*"), *root.glob(f".{MANIFEST}.*.tmp")]:
        # Left by a killed writer; ours is already renamed. Only remove old ones.
        try:
            old = time.time() - path.stat().st_mtime > 60
        except OSError:
            continue
        if old and path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        elif old:
            path.unlink(missing_ok=True)


_SLICE = 10_000


def _json_pieces(data: Any):
    """Compact JSON text of `data` in pieces: lists (also inside a top-level dict) go out in
    slices, so a million-article document is never one string in memory."""
    def dumps(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))

    def list_pieces(items: list):
        yield "["
        for start in range(0, len(items), _SLICE):
            yield ("," if start else "") + dumps(items[start:start + _SLICE])[1:-1]
        yield "]"

    if isinstance(data, list):
        yield from list_pieces(data)
    elif isinstance(data, dict):
        yield "{"
        for n, (key, value) in enumerate(data.items()):
            yield ("," if n else "") + dumps(str(key)) + ":"
            yield from list_pieces(value) if isinstance(value, list) else (dumps(value),)
        yield "}"
    else:
        yield dumps(data)


def _write_json(path: Path, data: Any) -> None:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        for piece in _json_pieces(data):
            fh.write(piece)
        fh.flush()
        os.fsync(fh.fileno())


def _write_file(path: Path, data: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def _fsync_path(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _rebuild_hint(root: Path) -> str:
    return f"rebuild it with: factdesk index PATH --index {root} --rebuild"
