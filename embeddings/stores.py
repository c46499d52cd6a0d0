"""Vector stores by URI: "faiss" (embedded, the default), Milvus, or any scheme a module registers.

A URI is `scheme` or `scheme:rest` (e.g. "faiss", "milvus:news.db", "http://host:19530");
the scheme picks the factory, and the whole URI is handed to it. A bare path ending in ".db"
is a Milvus Lite file. Adding a store is one class
that implements `embeddings.vector_store.VectorStore` (with `empty` and `load` classmethods)
plus one `register_store("scheme", TheClass)`.
"""

from __future__ import annotations

import importlib
import threading
from pathlib import Path

from embeddings.vector_store import StoreFactory, VectorStore

# Built-in stores, imported on first use so that a process using another store never loads FAISS.
_MILVUS = "embeddings.milvus_store:MilvusStore"
_BUILTIN = {"faiss": "embeddings.faiss_store:FaissStore", "milvus": _MILVUS, "http": _MILVUS, "https": _MILVUS}
# Stores whose engine also holds chunk texts, articles and files and searches them itself
# (BM25 included): the assistant keeps its whole catalog there (qa.index.engine).
ENGINES = frozenset({"milvus", "http", "https"})
_registry: dict[str, StoreFactory | str] = dict(_BUILTIN)
_lock = threading.Lock()


def scheme_of(uri: str) -> str:
    """The scheme of a store URI ("faiss" for "faiss", "memory" for "memory:test").

    Args:
        uri: the store URI.

    Returns:
        The scheme, lower-cased.
    """
    uri = str(uri).strip()
    if uri.lower().endswith(".db") and not uri.lower().startswith(("http:", "https:")):
        return "milvus"
    return uri.split(":", 1)[0].strip().lower()


def is_engine(uri: str) -> bool:
    """Whether a store URI names a search engine that holds the whole catalog (Milvus)."""
    return scheme_of(uri) in ENGINES


def register_store(scheme: str, factory: StoreFactory) -> None:
    """Make `scheme:...` URIs open stores made by `factory` (a later registration replaces one).

    Args:
        scheme: the URI scheme, e.g. "memory".
        factory: an object with `empty(uri, dim)` and `load(uri, folder)`, usually the store
            class itself.
    """
    name = scheme_of(scheme)
    if not name or name != scheme.strip().lower():
        raise ValueError(f"a store scheme is a plain name such as 'faiss', not {scheme!r}")
    with _lock:
        _registry[name] = factory


def known_schemes() -> list[str]:
    """Registered schemes, sorted."""
    with _lock:
        return sorted(_registry)


def store_factory(uri: str) -> StoreFactory:
    """The factory for a store URI.

    Args:
        uri: the store URI.

    Returns:
        The registered factory; ValueError (one line naming the known schemes) when the
        scheme is unknown.
    """
    scheme = scheme_of(uri)
    with _lock:
        factory = _registry.get(scheme)
    if factory is None:
        raise ValueError(f"unknown vector store {uri!r}; known schemes: {', '.join(known_schemes())}")
    if isinstance(factory, str):
        module, _, attr = factory.partition(":")
        factory = getattr(importlib.import_module(module), attr)
        with _lock:
            if _registry.get(scheme) == _BUILTIN.get(scheme):
                _registry[scheme] = factory
    return factory


def empty_store(uri: str, dim: int) -> VectorStore:
    """A store with no vectors, of the kind `uri` names.

    Args:
        uri: the store URI (e.g. `Config.store`).
        dim: vector dimension.

    Returns:
        The store.
    """
    return store_factory(uri).empty(uri, dim)


def load_store(uri: str, folder: Path) -> VectorStore:
    """Open the store saved in a generation folder (or connect to it), of the kind `uri` names.

    Args:
        uri: the store URI.
        folder: the generation folder the store's `save` wrote into.

    Returns:
        The store; StoreError when its files are missing or damaged.
    """
    return store_factory(uri).load(uri, Path(folder))
