"""Incremental indexing: ingested files in, a new library snapshot and a report out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from embeddings.encoder import TextEncoder
from qa.index.chunking import Chunker
from qa.ingest.files import IngestResult
from qa.index.catalog import Catalog, Changes
from qa.records import Article, Chunk, FileOutcome, FileRecord, IndexReport

Progress = Callable[[str, float], None]


@dataclass(frozen=True)
class Indexer:
    """Adds new articles, drops articles that vanished from a re-read file, embeds only new chunks."""

    encoder: TextEncoder
    chunker: Chunker

    def update(self, library: Catalog, result: IngestResult, progress: Progress | None = None,
               show_progress: bool = False) -> tuple[Catalog, IndexReport]:
        """Apply one ingestion to a library.

        Args:
            library: the current snapshot (not modified).
            result: what ingestion found.
            progress: optional callback (message, fraction done) for UIs.
            show_progress: show a terminal progress bar while embedding.

        Returns:
            (the new snapshot, the report).
        """
        from qa.ingest.stories import assign_stories

        files = dict(library.files)
        articles = dict(library.articles)
        found: dict[str, Article] = {}
        removed: set[str] = set()
        for source in result.files:
            new_ids = tuple(a.id for a in source.articles)
            old = files[source.key].articles if source.key in files else ()
            removed.update(set(old) - set(new_ids))
            files[source.key] = FileRecord(source.path, source.sha256, new_ids)
            for article in source.articles:
                found.setdefault(article.id, article)
        still_used = {aid for rec in files.values() for aid in rec.articles}
        removed = {aid for aid in removed if aid not in still_used and aid in articles}
        for aid in removed:
            del articles[aid]
        unchanged_ids = {aid for s in result.unchanged_files for aid in (files[s.key].articles if s.key in files else ())}
        new = [a for aid, a in found.items() if aid not in articles]
        unchanged = len(unchanged_ids | {aid for aid in found if aid in articles})
        if progress:
            progress("grouping stories", 0.05)
        new = assign_stories(new, list(articles.values()))
        chunks: list[Chunk] = []
        for article in new:
            chunks.extend(self.chunker.split(article))
        if progress:
            progress(f"embedding {len(chunks)} chunks", 0.1)
        before = getattr(self.encoder, "embedded", 0)
        vectors = self.encoder.encode([c.text for c in chunks], show_progress=show_progress)
        embedded = getattr(self.encoder, "embedded", 0) - before
        changed = {k: v for k, v in files.items() if library.files.get(k) != v}
        updated = library.apply(Changes(tuple(new), tuple(chunks), vectors, frozenset(removed), changed))
        seen_ids = set(found) | unchanged_ids
        seen = [a for a in (updated.articles.get(aid) for aid in seen_ids) if a is not None]
        report = IndexReport(
            files=len(result.files) + len(result.unchanged_files),
            articles=len(seen),
            stories=len({a.story_id or a.id for a in seen}),
            chunks=updated.chunk_count(seen_ids),
            added=len(new), unchanged=unchanged, removed=len(removed),
            skipped=result.skipped, embedded=embedded,
            outcomes=_outcomes(library, result, {a.id for a in new}),
        )
        if progress:
            progress("saving", 0.95)
        return updated, report


def _outcomes(before: Catalog, result: IngestResult, new_ids: set[str]) -> tuple[FileOutcome, ...]:
    """One outcome per input file: added or updated (with its new articles), unchanged, or skipped."""
    out: list[FileOutcome] = []
    for source in result.files:
        fresh = tuple(a.id for a in source.articles if a.id in new_ids)
        if not fresh:
            status = "unchanged"  # a copy of articles already indexed
        else:
            status = "updated" if source.key in before.files else "added"
        out.append(FileOutcome(source.path, status, fresh))
    out += [FileOutcome(s.path, "unchanged") for s in result.unchanged_files]
    out += [FileOutcome(s.path, "skipped", reason=s.reason) for s in result.skipped_files]
    return tuple(out)
