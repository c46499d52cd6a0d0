"""The engine catalog: articles, chunks, vectors and files kept in Milvus and searched there.

A catalog generation is two collections, `{base}_gNNNNNN_chunks` (see
`embeddings.milvus_store`) and `{base}_gNNNNNN_records` (article records with their text in
pieces, file records and a manifest row). The alias `{base}` names the live chunk collection:
readers resolve it, a rebuild writes a new generation and publishes it by switching the alias,
so a writer killed before the switch leaves every reader on the old generation.

Incremental writes go into the live generation in an order that keeps readers consistent:
chunks before their article record, article records before their chunks when removing. A
chunk whose article record is missing is never shown, and every id is a content hash, so a
killed writer is repaired by running it again. The application holds nothing per chunk.
"""

from __future__ import annotations

import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterator, Literal

import numpy as np

from embeddings.milvus_store import MAX_TEXT_BYTES, MilvusStore, SEARCH_EF, connect, in_filter, quoted
from embeddings.vector_store import StoreError
from qa.index.catalog import Candidates, Changes
from qa.records import Article, Chunk, FileRecord

FORMAT = 1
MANIFEST_ID = "@manifest"
# Article text goes in pieces that stay under Milvus's 65,535-byte VARCHAR limit in UTF-8.
TEXT_PIECE_CHARS = 16_000
# How candidates are ranked. "weighted" and "rrf": the engine's own fusion of its dense and BM25
# routes (weighted sum of per-route min-max normalised scores, or reciprocal rank fusion).
# "score": the engine returns the union of both routes and the BM25 scores of that union, and
# factdesk fuses them as the embedded index does (w * cosine + (1 - w) * BM25 / max BM25).
# benchmarks/milvus.py measures all three on SQuAD.
Fusion = Literal["weighted", "rrf", "score"]
FUSIONS: tuple[Fusion, ...] = ("weighted", "rrf", "score")
RRF_K = 60
CRASH_STAGES = ("staged", "switched")
_GENERATION = re.compile(r"^(?P<base>.+)_g(?P<n>\d{6})_chunks$")


def _records_schema(client: Any) -> Any:
    from pymilvus import DataType, MilvusClient

    schema = MilvusClient.create_schema(auto_id=False, enable_dynamic_field=False)
    schema.add_field("id", DataType.VARCHAR, is_primary=True, max_length=8192)
    schema.add_field("kind", DataType.VARCHAR, max_length=16)  # article, text, file, manifest
    schema.add_field("owner", DataType.VARCHAR, max_length=64)  # the article of article and text rows
    schema.add_field("part", DataType.INT64)
    schema.add_field("story_id", DataType.VARCHAR, max_length=64)
    schema.add_field("source", DataType.VARCHAR, max_length=512)
    schema.add_field("body", DataType.VARCHAR, max_length=65_535)
    schema.add_field("meta", DataType.JSON)
    # Milvus wants one vector field in every collection; records are never searched by vector.
    schema.add_field("unused", DataType.FLOAT_VECTOR, dim=2)
    index = client.prepare_index_params()
    index.add_index(field_name="unused", index_type="FLAT", metric_type="L2")
    index.add_index(field_name="owner", index_type="INVERTED")
    index.add_index(field_name="kind", index_type="INVERTED")
    return schema, index


@dataclass(frozen=True)
class EngineCatalog:
    """One generation of a catalog in Milvus (live or being built)."""

    uri: str
    base: str
    number: int
    model: str
    dim: int
    folder: Path | None
    fusion: Fusion = "score"
    _client: Any = field(default=None, compare=False, repr=False)

    # -- names and opening ----------------------------------------------------------------------
    @property
    def chunk_collection(self) -> str:
        """This generation's chunk collection."""
        return f"{self.base}_g{self.number:06d}_chunks"

    @property
    def record_collection(self) -> str:
        """This generation's record collection (articles, files, manifest)."""
        return f"{self.base}_g{self.number:06d}_records"

    @property
    def client(self) -> Any:
        """The MilvusClient."""
        return self._client

    @property
    def store(self) -> MilvusStore:
        """The chunk collection as a vector store."""
        return MilvusStore(self.uri, self.dim, self.chunk_collection, self._client)

    @staticmethod
    def live_number(uri: str, base: str, folder: Path | None = None) -> int | None:
        """The generation number the alias `base` points at, or None when nothing is published.

        Args:
            uri: the store URI.
            base: the catalog name (`Config.collection`).
            folder: the index folder (for the bare "milvus" URI).

        Returns:
            The number, or None.
        """
        client = connect(uri, folder)
        for name in client.list_collections():
            match = _GENERATION.match(name)
            if match and match["base"] == base and base in _aliases_of(client, name):
                return int(match["n"])
        return None

    @classmethod
    def open(cls, uri: str, base: str, folder: Path | None = None, model: str | None = None,
             fusion: Fusion = "score") -> "EngineCatalog | None":
        """The live generation of catalog `base`, or None when none is published.

        Args:
            uri: the store URI.
            base: the catalog name.
            folder: the index folder (for the bare "milvus" URI).
            model: the model the caller will query with (another model is a StoreError).
            fusion: how searches fuse dense and BM25 scores.

        Returns:
            The catalog, loaded for search.
        """
        number = cls.live_number(uri, base, folder)
        if number is None:
            return None
        client = connect(uri, folder)
        probe = cls(uri, base, number, "", 0, folder, fusion, client)
        try:
            for name in (probe.chunk_collection, probe.record_collection):
                client.load_collection(name)
            rows = client.get(probe.record_collection, ids=[MANIFEST_ID], output_fields=["meta"])
            manifest = rows[0]["meta"]
        except Exception as exc:  # noqa: BLE001 - a missing collection or row: the catalog is damaged
            raise StoreError(f"Milvus catalog {base!r} is damaged ({type(exc).__name__}); rebuild the index",
                             folder, "rebuild") from None
        if manifest.get("format") != FORMAT:
            raise StoreError(f"Milvus catalog {base!r} has format {manifest.get('format')!r}, this factdesk reads "
                             f"format {FORMAT}; rebuild the index", folder, "rebuild")
        if model is not None and manifest.get("model") != model:
            raise StoreError(f"Milvus catalog {base!r} was built with model {manifest.get('model')!r}, not {model!r}; "
                             "rebuild the index", folder, "rebuild")
        return cls(uri, base, number, str(manifest["model"]), int(manifest["dim"]), folder, fusion, client)

    @classmethod
    def create(cls, uri: str, base: str, model: str, dim: int, folder: Path | None = None,
               fusion: Fusion = "score") -> "EngineCatalog":
        """A new, empty, unpublished generation of catalog `base` (`save` publishes it).

        Args:
            uri: the store URI.
            base: the catalog name.
            model: the embedding model's name.
            dim: its vector dimension.
            folder: the index folder (for the bare "milvus" URI).
            fusion: how searches fuse dense and BM25 scores.

        Returns:
            The catalog.
        """
        from embeddings.milvus_store import create_chunk_collection

        client = connect(uri, folder)
        numbers = [int(m["n"]) for m in map(_GENERATION.match, client.list_collections()) if m and m["base"] == base]
        catalog = cls(uri, base, max(numbers, default=0) + 1, model, dim, folder, fusion, client)
        create_chunk_collection(client, catalog.chunk_collection, dim)
        schema, index = _records_schema(client)
        client.create_collection(catalog.record_collection, schema=schema, index_params=index,
                                 consistency_level="Strong")
        client.upsert(catalog.record_collection, [_row(MANIFEST_ID, "manifest", meta={
            "format": FORMAT, "model": model, "dim": dim, "created_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())})])
        return catalog

    def published(self) -> bool:
        """Whether the alias points at this generation."""
        return self.base in _aliases_of(self._client, self.chunk_collection)

    def drop(self) -> None:
        """Drop this generation's collections (never the published one)."""
        if self.published():
            raise StoreError(f"generation {self.number} of {self.base!r} is live; publish another first")
        for name in (self.chunk_collection, self.record_collection):
            if self._client.has_collection(name):
                self._client.drop_collection(name)

    # -- reading ------------------------------------------------------------------------------
    @property
    def articles(self) -> Mapping[str, Article]:
        """Every article by id, fetched from the engine on demand."""
        return _Articles(self)

    @property
    def files(self) -> Mapping[str, FileRecord]:
        """Every indexed file's record, by resolved path."""
        return dict(self._scan_files())

    def _scan_files(self) -> Iterator[tuple[str, FileRecord]]:
        for row in self._scan(self.record_collection, ["id", "meta"], 'kind == "file"'):
            yield row["id"][len("file:"):], FileRecord.from_json(row["meta"])

    def fetch_articles(self, ids: list[str]) -> dict[str, Article]:
        """The articles with these ids that exist, by id (one round trip per 500 ids).

        Args:
            ids: article ids.

        Returns:
            id -> Article for the ids found.
        """
        out: dict[str, Article] = {}
        ids = list(dict.fromkeys(str(i) for i in ids))
        for start in range(0, len(ids), 500):
            rows = self._client.query(self.record_collection, filter=in_filter("owner", ids[start:start + 500]),
                                      output_fields=["id", "kind", "owner", "part", "body", "meta"])
            meta: dict[str, dict] = {}
            pieces: dict[str, list[tuple[int, str]]] = {}
            for row in rows:
                if row["kind"] == "article":
                    meta[row["owner"]] = row["meta"]
                elif row["kind"] == "text":
                    pieces.setdefault(row["owner"], []).append((int(row["part"]), row["body"]))
            for aid, fields in meta.items():
                text = "".join(body for _, body in sorted(pieces.get(aid, [])))
                out[aid] = Article.from_json({**fields, "text": text})
        return out

    def chunk_count(self, article_ids: set[str] | None = None) -> int:
        """How many chunks the catalog holds (of these articles only, when given)."""
        if article_ids is None:
            return self._count(self.chunk_collection, "")
        ids = sorted(article_ids)
        return sum(self._count(self.chunk_collection, in_filter("article_id", ids[s:s + 500]))
                   for s in range(0, len(ids), 500))

    def article_count(self) -> int:
        """How many articles the catalog holds."""
        return self._count(self.record_collection, 'kind == "article"')

    def story_members(self, story_id: str | None) -> tuple[Article, ...]:
        """All articles of a story, oldest first."""
        if not story_id:
            return ()
        rows = self._client.query(self.record_collection, output_fields=["owner"],
                                  filter=f'kind == "article" and story_id == {quoted(story_id)}')
        found = self.fetch_articles([r["owner"] for r in rows])
        return tuple(sorted(found.values(), key=lambda a: (a.date or "", a.id)))

    def story_count(self) -> int:
        """Articles after grouping near-duplicate reports of one story."""
        rows = self._scan(self.record_collection, ["owner", "story_id"], 'kind == "article"')
        return len({r["story_id"] or r["owner"] for r in rows})

    def sources(self) -> list[str]:
        """Distinct outlets, sorted."""
        return sorted({r["source"] for r in self._scan(self.record_collection, ["source"], 'kind == "article"')
                       if r["source"]})

    def candidates(self, query: str, query_vector: np.ndarray, k: int, source: str | None = None,
                   dense_weight: float = 0.5, since: str | None = None, until: str | None = None) -> Candidates:
        """The engine's hybrid search: dense HNSW and BM25 routes fused server-side.

        Args:
            query: the question or claim (the engine's BM25 analyses it).
            query_vector: its L2-normalised embedding.
            k: candidates wanted from each route.
            source: keep only chunks of articles from this outlet (case-insensitive).
            dense_weight: the dense route's weight ("weighted" fusion).
            since: keep only articles dated on or after this ISO date (undated ones go).
            until: keep only articles dated on or before this ISO date.

        Returns:
            The candidates; `dense` is the exact cosine; with "weighted" or "rrf" fusion `fused`
            is the engine's fused score and `lexical` 0 (a hybrid search returns no per-route
            scores); with "score", both are computed as the embedded index computes them.
        """
        from pymilvus import AnnSearchRequest, RRFRanker, WeightedRanker

        terms = [f"source == {quoted(source.strip().lower())}"] if source else []
        terms += [f"day >= {quoted(since[:10])}"] if since else []
        terms += [f"day <= {quoted(until[:10])}", 'day != ""'] if until else []
        flt = " and ".join(terms)
        qv = np.asarray(query_vector, np.float32)
        routes = [AnnSearchRequest(data=[qv.tolist()], anns_field="vector", limit=k, expr=flt,
                                   param={"metric_type": "IP", "params": {"ef": max(SEARCH_EF, k)}}),
                  AnnSearchRequest(data=[query], anns_field="sparse", limit=k, expr=flt, param={"metric_type": "BM25"})]
        # With "score" the ranker only merges the routes: 2k results hold their whole union.
        ranker = RRFRanker(RRF_K) if self.fusion != "weighted" else WeightedRanker(dense_weight, 1.0 - dense_weight)
        hits = self._client.hybrid_search(self.chunk_collection, routes, ranker, limit=2 * k,
                                          output_fields=["article_id", "start", "end", "vector"])[0]
        if not len(hits):
            return Candidates.none()
        articles = self.fetch_articles([h["entity"]["article_id"] for h in hits])
        kept = [h for h in hits if h["entity"]["article_id"] in articles]  # chunks of committed articles only
        if not kept:
            return Candidates.none()
        # Chunk texts are cut from the article, so quotes stay exact whatever the engine stores.
        chunks = tuple(Chunk(h["id"], aid, start, end, articles[aid].text[start:end])
                       for h in kept for aid, start, end in [(h["entity"]["article_id"], int(h["entity"]["start"]),
                                                               int(h["entity"]["end"]))])
        vectors = np.asarray([h["entity"]["vector"] for h in kept], np.float32)
        dense = vectors @ qv
        if self.fusion != "score":
            fused = np.asarray([h["distance"] for h in kept], np.float32)
            return Candidates(chunks, fused, dense, np.zeros(len(kept), np.float32), articles)
        lexical = self._bm25_of(query, [c.id for c in chunks])
        top = float(lexical.max()) if len(lexical) else 0.0
        lexical = lexical / top if top > 0 else lexical
        return Candidates(chunks, dense_weight * dense + (1.0 - dense_weight) * lexical, dense, lexical, articles)

    def _bm25_of(self, query: str, ids: list[str]) -> np.ndarray:
        """The engine's BM25 score of `query` for each of these chunks (0 where no term matches)."""
        hits = self._client.search(self.chunk_collection, data=[query], anns_field="sparse", limit=len(ids),
                                   filter=in_filter("id", ids), search_params={"metric_type": "BM25"})[0]
        # Milvus Lite reports BM25 hits as distance = -score, a server as the score: either way |d|.
        scores = {h["id"]: abs(float(h["distance"])) for h in hits}
        return np.asarray([scores.get(i, 0.0) for i in ids], np.float32)

    # -- writing ------------------------------------------------------------------------------
    def apply(self, changes: Changes) -> "EngineCatalog":
        """Write these changes into this generation in place (readers never see half an article).

        Args:
            changes: from the indexer.

        Returns:
            This catalog.
        """
        removed = sorted(changes.removed)
        for start in range(0, len(removed), 500):
            part = removed[start:start + 500]
            self._client.delete(self.record_collection, filter=in_filter("owner", part))
            self._client.delete(self.chunk_collection, filter=in_filter("article_id", part))
        sources = {a.id: (a.source or "").lower() for a in changes.articles}
        days = {a.id: (a.date or "")[:10] for a in changes.articles}
        rows = [{"id": c.id, "article_id": c.article_id, "start": c.start, "end": c.end,
                 "source": sources.get(c.article_id, ""), "day": days.get(c.article_id, ""), "text": _fit(c.text),
                 "vector": v}
                for c, v in zip(changes.chunks, np.asarray(changes.vectors, np.float32).tolist())]
        self.store.write(rows)
        records: list[dict] = []
        for article in changes.articles:
            meta = article.to_json()
            text = meta.pop("text")
            pieces = [text[i:i + TEXT_PIECE_CHARS] for i in range(0, len(text), TEXT_PIECE_CHARS)] or [""]
            records += [_row(f"{article.id}#{n}", "text", owner=article.id, part=n, body=piece)
                        for n, piece in enumerate(pieces)]
            # The article row last: it is what makes the article and its chunks visible.
            records.append(_row(article.id, "article", owner=article.id, story_id=article.story_id or "",
                                source=article.source or "", meta=meta))
        records += [_row(f"file:{key}", "file", meta=rec.to_json()) for key, rec in changes.files.items()]
        for start in range(0, len(records), 500):
            self._client.upsert(self.record_collection, records[start:start + 500])
        return self

    def save(self, root: Path | None = None, crash_at: str | None = None) -> None:
        """Flush this generation and publish it (switch the alias) when it is not live yet.

        Args:
            root: unused (the engine holds everything); kept for the catalog contract.
            crash_at: testing hook: SIGKILL this process at "staged" (written, not published)
                or "switched" (published, older generations not yet dropped).
        """
        import os
        import signal

        for name in (self.chunk_collection, self.record_collection):
            self._client.flush(name)
        if self.published():
            return
        if crash_at == "staged":
            os.kill(os.getpid(), signal.SIGKILL)
        previous = self.live_number(self.uri, self.base, self.folder)
        if previous is None:
            self._client.create_alias(self.chunk_collection, self.base)
        else:
            self._client.alter_alias(self.chunk_collection, self.base)
        if crash_at == "switched":
            os.kill(os.getpid(), signal.SIGKILL)
        for name in self._client.list_collections():  # keep this and the previous generation
            match = _GENERATION.match(name)
            if match and match["base"] == self.base and int(match["n"]) not in (self.number, previous):
                self._client.drop_collection(name)
                self._client.drop_collection(name[:-len("_chunks")] + "_records")

    # -- helpers ------------------------------------------------------------------------------
    def _count(self, collection: str, flt: str) -> int:
        rows = self._client.query(collection, filter=flt, output_fields=["count(*)"])
        return int(rows[0]["count(*)"]) if rows else 0

    def _scan(self, collection: str, fields: list[str], flt: str) -> Iterator[dict]:
        return MilvusStore(self.uri, self.dim, collection, self._client).scan(fields, flt)


class _Articles(Mapping):
    """The catalog's articles as a read-only mapping; each access asks the engine."""

    def __init__(self, catalog: EngineCatalog):
        self._catalog = catalog

    def __getitem__(self, article_id: str) -> Article:
        found = self._catalog.fetch_articles([article_id])
        if article_id not in found:
            raise KeyError(article_id)
        return found[article_id]

    def __contains__(self, article_id: object) -> bool:
        return isinstance(article_id, str) and bool(self._catalog._count(
            self._catalog.record_collection, f'kind == "article" and owner == {quoted(article_id)}'))

    def __iter__(self) -> Iterator[str]:
        return (r["owner"] for r in self._catalog._scan(self._catalog.record_collection, ["owner"], 'kind == "article"'))

    def __len__(self) -> int:
        return self._catalog.article_count()

    def values(self):  # type: ignore[override]
        ids = list(self)
        for start in range(0, len(ids), 500):
            yield from self._catalog.fetch_articles(ids[start:start + 500]).values()

    def items(self):  # type: ignore[override]
        return ((a.id, a) for a in self.values())


def drop_catalogs(uri: str, folder: Path | None, which: Callable[[str], bool]) -> list[str]:
    """Drop every generation and alias of the catalogs whose name `which` accepts.

    Args:
        uri: the store URI.
        folder: the index folder (for the bare "milvus" URI).
        which: catalog name -> whether to drop it.

    Returns:
        The dropped catalogs' names.
    """
    client = connect(uri, folder)
    dropped: set[str] = set()
    for name in client.list_collections():
        match = _GENERATION.match(name)
        if not match or not which(match["base"]):
            continue
        for alias in _aliases_of(client, name):
            client.drop_alias(alias)
        client.drop_collection(name)
        records = name[:-len("_chunks")] + "_records"
        if client.has_collection(records):
            client.drop_collection(records)
        dropped.add(match["base"])
    return sorted(dropped)


def _fit(text: str) -> str:
    """Text cut to Milvus's VARCHAR limit in UTF-8 bytes (only BM25 reads a chunk's stored text)."""
    if len(text) * 4 <= MAX_TEXT_BYTES:
        return text
    return text.encode("utf-8")[:MAX_TEXT_BYTES].decode("utf-8", errors="ignore")


def _row(rid: str, kind: str, *, owner: str = "", part: int = 0, story_id: str = "", source: str = "",
         body: str = "", meta: dict | None = None) -> dict:
    return {"id": rid, "kind": kind, "owner": owner, "part": part, "story_id": story_id, "source": source,
            "body": body, "meta": meta or {}, "unused": [0.0, 0.0]}


def _aliases_of(client: Any, collection: str) -> list[str]:
    try:
        return list(client.list_aliases(collection_name=collection).get("aliases", []))
    except Exception:  # noqa: BLE001 - a collection dropped meanwhile has no aliases
        return []
