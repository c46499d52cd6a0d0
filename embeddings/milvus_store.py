"""Milvus as the vector store: Milvus Lite in a file, a Milvus Lite server, or a Milvus cluster by URI.

Store URIs (`Config.store`, `FACTDESK_STORE`, `--store`):

    milvus                  Milvus Lite in `milvus.db` inside the index folder
    milvus:PATH.db, PATH.db Milvus Lite in that file (one process at a time)
    http://HOST:19530       a Milvus server (Milvus Lite server, standalone or distributed)

A store is one chunk collection: the chunk id (primary key), its vector, and the fields that
let the engine answer without the application (article id, offsets, outlet, text with a BM25
function on it). Unlike the embedded FAISS store, a Milvus store is live: `upsert` and
`delete` write in place and return the same store; snapshots are collection generations
published by switching an alias (see `qa.index.engine`). pymilvus is imported only here, and
only when a Milvus URI is used (`pip install "factdesk[milvus]"`).
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

import numpy as np

from embeddings.generations import write_json
from embeddings.vector_store import Hits, StoreError

SETTINGS = "milvus.json"
LITE_FILE = "milvus.db"
# HNSW build and search settings: at ef 128 the top 50 of 200,000 chunks match exact search
# on 99% of SQuAD queries (benchmarks/milvus.py); a FLAT index would scan every vector.
HNSW = {"M": 16, "efConstruction": 200}
SEARCH_EF = 128
# Milvus VARCHAR limits count bytes: 65,535 at most.
MAX_TEXT_BYTES = 65_535
_clients: dict[str, Any] = {}
_clients_lock = threading.Lock()


def install_hint() -> str:
    """The command that installs the Milvus client."""
    return "pip install \"factdesk[milvus]\""


def target_of(uri: str, folder: Path | None = None) -> str:
    """What pymilvus connects to for a store URI: a Lite file path or a server address.

    Args:
        uri: the store URI.
        folder: the index folder ("milvus" alone keeps a Lite file there).

    Returns:
        A file path ending in ".db" or an http(s) address.
    """
    uri = str(uri).strip()
    if uri.lower().startswith(("http://", "https://", "tcp://", "unix:")):
        return uri
    rest = uri.split(":", 1)[1] if uri.lower().startswith("milvus:") else ("" if uri.lower() == "milvus" else uri)
    if rest.startswith("//"):  # milvus://host:port
        return "http:" + rest
    if not rest:
        if folder is None:
            raise StoreError("store 'milvus' keeps its Milvus Lite file in the index folder; give a folder "
                             "or a URI such as milvus:path/factdesk.db")
        return str(Path(folder) / LITE_FILE)
    path = Path(rest).expanduser()
    if path.suffix != ".db":
        raise StoreError(f"a Milvus Lite store is a file ending in .db, not {rest!r}")
    return str(path.resolve())


def connect(uri: str, folder: Path | None = None) -> Any:
    """The process-wide MilvusClient for a store URI (one per target; Lite files allow one process).

    Args:
        uri: the store URI.
        folder: the index folder, for the bare "milvus" URI.

    Returns:
        A pymilvus MilvusClient; StoreError (one line) when pymilvus is missing or the engine
        cannot be reached.
    """
    target = target_of(uri, folder)
    with _clients_lock:
        client = _clients.get(target)
        if client is not None:
            return client
        try:
            from pymilvus import MilvusClient
        except ImportError:
            raise StoreError(f"the Milvus store needs pymilvus and milvus-lite: {install_hint()}") from None
        if target.endswith(".db"):
            Path(target).parent.mkdir(parents=True, exist_ok=True)
            _quiet_lite_server()
        try:
            client = MilvusClient(target)
        except Exception as exc:  # noqa: BLE001 - pymilvus raises many kinds; all mean "unreachable"
            where = f"Milvus Lite file {target}" if target.endswith(".db") else f"Milvus at {target}"
            raise StoreError(f"cannot open {where}: {_first_line(exc)}") from None
        _clients[target] = client
        return client


class _DropTimestampFallback(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return "mvccTs" not in record.getMessage() and "AllocTimestamp" not in record.getMessage()


def _quiet_lite_server() -> None:
    """Silence the in-process Lite server's noise about a call it does not implement.

    pymilvus's query iterator first asks the server for a timestamp (AllocTimestamp); Milvus
    Lite answers "not implemented", logs a traceback, and pymilvus falls back to a client-side
    timestamp with a warning. The scan is correct either way.
    """
    logging.getLogger("grpc._server").setLevel(logging.CRITICAL)
    for name in ("pymilvus.client.iterator.query_iterator", "pymilvus.decorators"):
        logger = logging.getLogger(name)
        if not any(isinstance(f, _DropTimestampFallback) for f in logger.filters):
            logger.addFilter(_DropTimestampFallback())


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "message", "") or exc).strip()
    return (text.splitlines() or [type(exc).__name__])[0]


def quoted(value: str) -> str:
    """A string literal for a Milvus filter expression."""
    return json.dumps(str(value), ensure_ascii=False)


def in_filter(field: str, values: Iterable[str]) -> str:
    """`field in [...]` for a Milvus filter expression."""
    return f"{field} in [{', '.join(quoted(v) for v in values)}]"


def create_chunk_collection(client: Any, name: str, dim: int) -> None:
    """Create a chunk collection: id, vector (HNSW, inner product), offsets, outlet, text with BM25.

    Args:
        client: a MilvusClient.
        name: the collection name.
        dim: vector dimension.
    """
    from pymilvus import DataType, Function, FunctionType, MilvusClient

    schema = MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
    schema.add_field("id", DataType.VARCHAR, is_primary=True, max_length=64)
    schema.add_field("article_id", DataType.VARCHAR, max_length=64)
    schema.add_field("start", DataType.INT64)
    schema.add_field("end", DataType.INT64)
    schema.add_field("source", DataType.VARCHAR, max_length=512)  # lower-cased, for filters
    schema.add_field("day", DataType.VARCHAR, max_length=10)  # the article's ISO date, "" when undated
    schema.add_field("text", DataType.VARCHAR, max_length=MAX_TEXT_BYTES, enable_analyzer=True)
    schema.add_field("sparse", DataType.SPARSE_FLOAT_VECTOR)
    schema.add_field("vector", DataType.FLOAT_VECTOR, dim=dim)
    schema.add_function(Function(name="bm25", function_type=FunctionType.BM25, input_field_names=["text"],
                                 output_field_names=["sparse"]))
    index = client.prepare_index_params()
    index.add_index(field_name="vector", index_type="HNSW", metric_type="IP", params=HNSW)
    index.add_index(field_name="sparse", index_type="SPARSE_INVERTED_INDEX", metric_type="BM25")
    index.add_index(field_name="article_id", index_type="INVERTED")
    client.create_collection(name, schema=schema, index_params=index, consistency_level="Strong")


@dataclass(frozen=True)
class MilvusStore:
    """Normalised vectors in a Milvus collection, addressed by chunk id, searched by inner product."""

    uri: str
    dim: int
    collection: str
    client: Any

    # -- factory ------------------------------------------------------------------------------
    @classmethod
    def empty(cls, uri: str, dim: int, folder: Path | None = None, collection: str | None = None) -> "MilvusStore":
        """A new, empty chunk collection.

        Args:
            uri: the store URI.
            dim: vector dimension.
            folder: the index folder (for the bare "milvus" URI).
            collection: its name; default a fresh "factdesk_vectors_N".

        Returns:
            The store.
        """
        client = connect(uri, folder)
        if collection is None:
            taken = set(client.list_collections())
            collection = next(f"factdesk_vectors_{n}" for n in range(1, len(taken) + 2)
                              if f"factdesk_vectors_{n}" not in taken)
        create_chunk_collection(client, collection, dim)
        return cls(uri, dim, collection, client)

    @classmethod
    def load(cls, uri: str, folder: Path) -> "MilvusStore":
        """Reconnect to the collection that `save` named in a generation folder.

        Args:
            uri: the store URI.
            folder: the generation folder.

        Returns:
            The store; StoreError when the settings file or the collection is missing.
        """
        try:
            settings = json.loads((Path(folder) / SETTINGS).read_text(encoding="utf-8"))
            collection, dim = str(settings["collection"]), int(settings["dim"])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise StoreError(f"Milvus settings {Path(folder) / SETTINGS} are missing or damaged "
                             f"({type(exc).__name__})") from None
        return cls.open(uri, collection, dim, Path(folder).parent)

    @classmethod
    def open(cls, uri: str, collection: str, dim: int, folder: Path | None = None) -> "MilvusStore":
        """Open an existing chunk collection (loading it for search).

        Args:
            uri: the store URI.
            collection: the collection (or alias) name.
            dim: the expected vector dimension.
            folder: the index folder (for the bare "milvus" URI).

        Returns:
            The store; StoreError when the collection does not exist.
        """
        client = connect(uri, folder)
        if not client.has_collection(collection):
            raise StoreError(f"Milvus collection {collection!r} does not exist")
        client.load_collection(collection)
        return cls(uri, dim, collection, client)

    # -- protocol -----------------------------------------------------------------------------
    def __len__(self) -> int:
        rows = self.client.query(self.collection, filter="", output_fields=["count(*)"])
        return int(rows[0]["count(*)"]) if rows else 0

    def ids(self) -> np.ndarray:
        """Every chunk id in the collection."""
        return np.asarray([row["id"] for row in self.scan(["id"])], dtype=np.str_)

    def scan(self, fields: list[str], filter: str = "", batch: int = 2000) -> Iterator[dict]:
        """Every row matching `filter`, with these fields, read in batches.

        Args:
            fields: output fields.
            filter: a Milvus filter expression ("" for all rows).
            batch: rows per round trip.

        Returns:
            An iterator of row dicts.
        """
        iterator = self.client.query_iterator(self.collection, batch_size=batch, filter=filter, output_fields=fields)
        try:
            while True:
                rows = iterator.next()
                if not rows:
                    return
                yield from rows
        finally:
            iterator.close()

    def upsert(self, ids: list[str], vectors: np.ndarray) -> "MilvusStore":
        """Write vectors for these ids in place (bare rows: no chunk text); returns this store."""
        rows = [{"id": i, "article_id": "", "start": 0, "end": 0, "source": "", "day": "", "text": "", "vector": v}
                for i, v in zip(ids, np.asarray(vectors, np.float32).tolist())]
        return self.write(rows)

    def write(self, rows: list[dict], batch: int = 1000) -> "MilvusStore":
        """Upsert full chunk rows (id, article_id, start, end, source, day, text, vector) in batches.

        Args:
            rows: row dicts; vectors as lists of floats.
            batch: rows per round trip.

        Returns:
            This store.
        """
        for start in range(0, len(rows), batch):
            self.client.upsert(self.collection, rows[start:start + batch])
        return self

    def delete(self, ids: Iterable[str]) -> "MilvusStore":
        """Delete the rows of these ids in place; returns this store."""
        ids = [str(i) for i in ids]
        for start in range(0, len(ids), 1000):
            self.client.delete(self.collection, ids=ids[start:start + 1000])
        return self

    def search(self, queries: np.ndarray, k: int, allowed: np.ndarray | None = None) -> Hits:
        """The k ids nearest to each query by inner product (HNSW), optionally among `allowed` ids."""
        queries = np.asarray(queries, np.float32).reshape(-1, self.dim)
        if k <= 0 or not len(queries) or (allowed is not None and not len(allowed)):
            return Hits.none(len(queries))
        flt = in_filter("id", allowed) if allowed is not None else ""
        found = self.client.search(self.collection, data=queries.tolist(), anns_field="vector", limit=k,
                                   filter=flt, search_params={"metric_type": "IP", "params": {"ef": max(SEARCH_EF, k)}})
        width = max((len(row) for row in found), default=0)
        ids = np.full((len(queries), width), "", dtype=object)
        scores = np.full((len(queries), width), -np.inf, dtype=np.float32)
        for q, row in enumerate(found):
            for j, hit in enumerate(row):
                ids[q, j], scores[q, j] = hit["id"], hit["distance"]
        return Hits(ids.astype(np.str_) if width else np.zeros((len(queries), 0), "<U1"), scores)

    def fetch(self, ids: np.ndarray | list[str]) -> np.ndarray:
        """The stored vectors of `ids`, in the order given (KeyError names the first missing one)."""
        wanted = [str(i) for i in np.asarray(ids, dtype=np.str_).reshape(-1)]
        if not wanted:
            return np.zeros((0, self.dim), np.float32)
        got = {row["id"]: row["vector"] for row in self.client.get(self.collection, ids=wanted,
                                                                     output_fields=["vector"])}
        missing = next((i for i in wanted if i not in got), None)
        if missing is not None:
            raise KeyError(f"no vector with id {missing!r}")
        return np.asarray([got[i] for i in wanted], dtype=np.float32).reshape(len(wanted), self.dim)

    def save(self, folder: Path) -> None:
        """Flush the collection and name it in the generation folder (the vectors stay in Milvus)."""
        self.client.flush(self.collection)
        write_json(Path(folder) / SETTINGS, {"collection": self.collection, "dim": self.dim})
