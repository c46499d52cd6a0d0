"""Atomic on-disk index generations: JSON documents plus the vector store's own files, one manifest.

Layout of an index directory::

    manifest.json          names the live generation, model, store, dimension, counts, format
    gen-000007/            one complete generation: JSON documents + the store's files
                           (the FAISS store: vectors.faiss + vector_ids.json)
    .lock                  writer lock

A writer builds a new generation in a staging folder, fsyncs it, renames it into place and
then switches `manifest.json` with one `os.replace`. A crash at any point leaves the previous
manifest and generation untouched. Nothing here knows how vectors are stored: the store writes
its files into the staging folder (`VectorStore.save`) and is opened again through
`embeddings.stores`. Never pickle.
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

from filelock import FileLock, Timeout

from embeddings.vector_store import StoreError, VectorStore

__all__ = ["CRASH_STAGES", "FORMAT_VERSION", "Generation", "MANIFEST", "StoreError", "load_generation",
           "read_manifest", "save_generation", "write_json", "fsync_path", "writer_lock"]

FORMAT_VERSION = 1
MANIFEST = "manifest.json"
# Where `save_generation(crash_at=...)` kills the writer, in the order the stages happen.
CRASH_STAGES = ("staging", "staged", "renamed", "manifest-written", "switched")
# Indexes written before the manifest named its store hold FAISS vectors.
DEFAULT_STORE = "faiss"


@dataclass(frozen=True)
class Generation:
    """One loaded generation: its manifest, JSON documents and vector store."""

    manifest: dict[str, Any]
    documents: dict[str, Any]
    vectors: VectorStore


def read_manifest(root: Path) -> dict[str, Any] | None:
    """The manifest of the index at `root`, or None when there is no index there.

    Args:
        root: the index directory.

    Returns:
        The manifest's fields; raises StoreError when it is unreadable or damaged.
    """
    path = Path(root) / MANIFEST
    if not path.exists():
        return None
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StoreError(f"index manifest {path} is unreadable ({exc}); rebuild the index", root, "rebuild") from None
    if not isinstance(manifest, dict) or "generation" not in manifest:
        raise StoreError(f"index manifest {path} is damaged; rebuild the index", root, "rebuild")
    return manifest


def load_generation(root: Path, model: str | None = None, documents: Iterable[str] = (),
                    store: str | None = None) -> Generation:
    """Load the live generation, checking format, model, store and counts.

    Args:
        root: the index directory.
        model: the model the caller will query with; a different model is an error.
        documents: names of the JSON documents to read (without ".json").
        store: the vector-store URI to open it with; None: the one the manifest records. A
            store of another kind (URI scheme) than the index was built with is an error.

    Returns:
        The generation.
    """
    from embeddings.stores import load_store, scheme_of, store_factory

    root = Path(root)
    manifest = read_manifest(root)
    if manifest is None:
        raise StoreError(f"no index at {root}", root, "create")
    if manifest.get("format") != FORMAT_VERSION:
        raise StoreError(
            f"index at {root} has format {manifest.get('format')!r}, this factdesk reads format "
            f"{FORMAT_VERSION}; rebuild the index", root, "rebuild"
        )
    if model is not None and manifest.get("model") != model:
        raise StoreError(
            f"index at {root} was built with model {manifest.get('model')!r}, not {model!r}; "
            f"query it with model {manifest.get('model')!r} or rebuild the index", root, "rebuild"
        )
    recorded = str(manifest.get("store") or DEFAULT_STORE)
    uri = store or recorded
    store_factory(uri)  # an unknown scheme is a ValueError naming the known ones, before anything else
    if scheme_of(uri) != scheme_of(recorded):
        raise StoreError(
            f"index at {root} was built with vector store {recorded!r}, not {uri!r}; "
            f"open it with store {recorded!r} or rebuild the index", root, "rebuild"
        )
    gen_dir = root / str(manifest["generation"])
    docs: dict[str, Any] = {}
    for name in documents:
        try:
            docs[name] = json.loads((gen_dir / f"{name}.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise StoreError(f"index file {gen_dir / name}.json is missing or damaged ({type(exc).__name__}); "
                             "rebuild the index", root, "rebuild") from None
    try:
        vectors = load_store(uri, gen_dir)
    except StoreError as exc:
        raise StoreError(f"{exc}; rebuild the index", root, "rebuild") from None
    if len(vectors) != manifest.get("vectors") or vectors.dim != manifest.get("dim", vectors.dim):
        raise StoreError(
            f"index at {root} is inconsistent ({len(vectors)} vectors of dimension {vectors.dim}, manifest says "
            f"{manifest.get('vectors')} of {manifest.get('dim')}); rebuild the index", root, "rebuild"
        )
    return Generation(manifest=manifest, documents=docs, vectors=vectors)


def save_generation(root: Path, manifest: dict[str, Any], documents: dict[str, Any], vectors: VectorStore,
                    keep: int = 2, crash_at: str | None = None) -> str:
    """Write a new generation and switch the manifest to it atomically.

    Args:
        root: the index directory (created if needed).
        manifest: fields to record (model, counts...); format, generation, store, dim and
            vector count are filled in here.
        documents: name -> JSON-serialisable data; must include nothing that needs pickle.
        vectors: the vector store; it writes its own files into the generation.
        keep: how many generations to keep on disk (the live one included).
        crash_at: testing hook: SIGKILL this process at this stage (one of CRASH_STAGES).

    Returns:
        The new generation's name.
    """
    if crash_at is not None and crash_at not in CRASH_STAGES:
        raise ValueError(f"unknown crash stage {crash_at!r}; use one of {', '.join(CRASH_STAGES)}")

    def crash_point(stage: str) -> None:
        if crash_at == stage:
            os.kill(os.getpid(), signal.SIGKILL)

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
        for doc_name, data in documents.items():
            write_json(staging / f"{doc_name}.json", data)
            crash_point("staging")
        vectors.save(staging)
        fsync_path(staging)
        crash_point("staged")
        final = root / name
        if final.exists():
            shutil.rmtree(final)
        os.replace(staging, final)
        fsync_path(root)
        crash_point("renamed")
        full = dict(manifest, format=FORMAT_VERSION, generation=name, store=vectors.uri, dim=vectors.dim,
                    vectors=len(vectors), written_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()))
        tmp = root / f".{MANIFEST}.{os.getpid()}.tmp"
        _write_file(tmp, json.dumps(full, indent=2).encode("utf-8"))
        crash_point("manifest-written")
        os.replace(tmp, root / MANIFEST)
        fsync_path(root)
        crash_point("switched")
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    _prune(root, name, keep, previous=str(previous["generation"]) if previous else None)
    return name


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


def json_pieces(data: Any):
    """Compact JSON text of `data` in pieces.

    Lists (also inside a top-level dict) go out in slices of `_SLICE` items, so a
    million-article document is never one string in memory.

    Args:
        data: JSON-serialisable data.

    Returns:
        An iterator of strings that join to the JSON text.
    """
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


def write_json(path: Path, data: Any) -> None:
    """Write `data` as JSON in slices (see `json_pieces`) and fsync the file.

    Args:
        path: the file to write.
        data: JSON-serialisable data.
    """
    with open(path, "w", encoding="utf-8", newline="") as fh:
        for piece in json_pieces(data):
            fh.write(piece)
        fh.flush()
        os.fsync(fh.fileno())


def _write_file(path: Path, data: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def fsync_path(path: Path) -> None:
    """fsync a file or folder by path (best effort: some file systems refuse folders).

    Args:
        path: the file or folder.
    """
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
