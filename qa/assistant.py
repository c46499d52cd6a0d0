"""`Assistant`: the one public API that the CLI and the UI call."""

from __future__ import annotations

import contextlib
import itertools
import os
import threading
import time
from dataclasses import replace
from pathlib import Path
from typing import Callable, Iterable, Literal, Sequence

from qa.check.disagreements import StoryComparison, cited_differences, compare_story
from qa.config import Config
from embeddings.stores import is_engine
from qa.index.catalog import Catalog
from qa.pipeline import Checker, Reader, Retriever, default_stage
from qa.records import Answer, Article, FileOutcome, IndexReport, Passage, Turn, Verdict, history_turns

Progress = Callable[[str, float], None]
# How often a server re-reads which generation of an engine catalog (Milvus) is live.
ENGINE_RECHECK_S = 1.0


# What fixes an `AssistantError`; the CLI and the UI word it in their own terms.
Remedy = Literal["create", "index", "list"]


class AssistantError(Exception):
    """A request cannot be served; the message is one plain line, `remedy` names the fix."""

    def __init__(self, message: str, remedy: Remedy | None = None, root: Path | None = None):
        super().__init__(message)
        self.remedy = remedy
        self.root = root


def default_seeds_dir(config: Config) -> Path:
    """The bundled seeds: `config.seeds_dir`, else the articles shipped in the package, else `./seeds`."""
    candidates = [Path(config.seeds_dir)] if config.seeds_dir else []
    from importlib.util import find_spec

    try:
        # `qa.seeds` is a data-only (namespace) package: its folder, not a module file.
        spec = find_spec("qa.seeds")
        candidates += [Path(p) for p in (spec.submodule_search_locations or [])] if spec else []
    except (ImportError, ValueError):
        pass
    candidates.append(Path(__file__).resolve().parent.parent / "seeds")  # a source tree
    candidates.append(Path.cwd() / "seeds")
    for path in candidates:
        if path.is_dir() and any(path.iterdir()):
            return path
    raise AssistantError("no seeds/ folder found", "index")


class Assistant:
    """Answers questions and checks claims against an index of news articles.

    The model is loaded once per process; the index snapshot is swapped atomically when this
    or another process writes a new generation.
    """

    def __init__(self, index_dir: str | os.PathLike | None = None, config: Config | None = None,
                 build_default: bool = True, *, retriever: Retriever | None = None,
                 reader: Reader | None = None, checker: Checker | None = None):
        """Open (or, on first use, build) an index.

        Args:
            index_dir: the index directory; default `$FACTDESK_HOME/index`.
            config: settings; default `Config.from_env()`.
            build_default: when no index exists, build one from the seeds on first use.
            retriever: the search stage; default hybrid dense + BM25 retrieval built from `config`.
            reader: the answer stage; default the extractive `Answerer`.
            checker: the fact-check stage; default the `FactChecker`.
        """
        self.config = config or Config.from_env()
        self.index_dir = Path(index_dir).expanduser() if index_dir else self.config.default_index_dir
        self.build_default = build_default
        self._library: Catalog | None = None
        self._manifest_stamp: tuple | None = None
        self._lock = threading.RLock()
        self._write_lock = threading.Lock()
        self._encoder = None
        self._fixed: Catalog | None = None
        self._engine_seen: tuple[float, tuple | None] | None = None
        self._stages: dict[str, object] = {"retriever": retriever, "reader": reader, "checker": checker}

    # -- components -------------------------------------------------------------------------
    @property
    def encoder(self):
        """The process-wide cached encoder for this config."""
        if self._encoder is None:
            from embeddings.encoder import load_encoder

            self._encoder = load_encoder(self.config.model, self.config.encoder_backend,
                                         self.config.cache_dir, self.config.batch_size, self.config.threads)
        return self._encoder

    def library(self, progress: Progress | None = None) -> Catalog:
        """The current catalog (an embedded snapshot is reloaded when the index on disk changed)."""
        from embeddings.generations import StoreError
        from qa.index.catalog import open_catalog

        if self._fixed is not None:
            return self._fixed
        stamp = self._stamp()
        with self._lock:
            if self._library is not None and stamp == self._manifest_stamp:
                return self._library
            if stamp is None:
                if self._library is not None:
                    return self._library
                if not self.build_default:
                    raise AssistantError(f"no index at {self._where()}", "create", self.index_dir)
                self.index([default_seeds_dir(self.config)], progress=progress)
                return self._library  # type: ignore[return-value]
            for attempt in range(3):
                try:
                    library = open_catalog(self.index_dir, self.config)
                    break
                except StoreError:
                    # A writer switched generations while we read (and pruned the one we were
                    # reading); a damaged index fails the same way every time.
                    if attempt == 2 or self._stamp(fresh=True) == stamp:
                        raise
                    stamp = self._stamp()
            if library is None:
                raise AssistantError(f"no index at {self._where()}", "create", self.index_dir)
            self._library = library
            self._manifest_stamp = stamp
            return self._library

    def _where(self) -> str:
        if is_engine(self.config.store):
            return f"{self.config.store} (catalog {self.config.collection!r})"
        return str(self.index_dir)

    def _stamp(self, fresh: bool = False) -> tuple | None:
        """What changes when a writer publishes: the manifest file, or the engine's live generation."""
        if is_engine(self.config.store):
            from qa.index.engine import EngineCatalog

            now = time.monotonic()
            seen = self._engine_seen
            if not fresh and seen is not None and now - seen[0] < ENGINE_RECHECK_S:
                return seen[1]
            number = EngineCatalog.live_number(self.config.store, self.config.collection, self.index_dir)
            stamp = None if number is None else ("engine", number)
            self._engine_seen = (now, stamp)
            return stamp
        try:
            st = (self.index_dir / "manifest.json").stat()
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_size, st.st_ino)

    @property
    def retriever(self) -> Retriever:
        """The search stage (built from the config on first use unless one was given)."""
        return self._stage("retriever")

    @property
    def reader(self) -> Reader:
        """The answer stage (built from the config on first use unless one was given)."""
        return self._stage("reader")

    @property
    def checker(self) -> Checker:
        """The fact-check stage (built from the config on first use unless one was given)."""
        return self._stage("checker")

    def _stage(self, name: str):
        with self._lock:
            if self._stages.get(name) is None:
                self._stages[name] = default_stage(name, self.encoder, self.config)
            return self._stages[name]

    def _passages(self, query: str, top_k: int | None, source: str | None, since: str | None = None,
                  until: str | None = None) -> list[Passage]:
        # The date range goes to the retriever only when given: retrievers without one keep working.
        dates = {"since": since, "until": until} if since or until else {}
        return self.retriever.retrieve(self.library(), query, top_k or self.config.top_k,
                                       source or self.config.source_filter, **dates)

    @staticmethod
    def _dates(since: str | None, until: str | None) -> tuple[str | None, str | None]:
        from qa.ingest.dates import date_range

        try:
            return date_range(since, until)
        except ValueError as exc:
            raise AssistantError(str(exc)) from None

    # -- queries ------------------------------------------------------------------------------
    def retrieve(self, query: str, top_k: int | None = None, source: str | None = None,
                 since: str | None = None, until: str | None = None) -> list[Passage]:
        """The best passages for a query, one per story.

        Args:
            query: the question or claim.
            top_k: how many (default `config.top_k`).
            source: restrict to one outlet.
            since: only articles dated on or after this ISO date (YYYY-MM-DD).
            until: only articles dated on or before this ISO date (the whole day counts).

        Returns:
            Passages, best first.
        """
        since, until = self._dates(since, until)
        return self._passages(self._clean_query(query), top_k, source, since, until)

    def ask(self, question: str, history: Sequence[Turn | dict | str] = (), top_k: int | None = None,
            source: str | None = None, since: str | None = None, until: str | None = None) -> Answer:
        """Answer a question with exact quoted citations.

        A question about the latest ("now", "so far", "currently"...) quotes the newest report of
        each story and opens with that report's date ("As of 2025-11-03 (Outlet): ...", `as_of`).

        Args:
            question: the question.
            history: earlier turns (`Turn`s, or their JSON objects or plain questions) used to
                resolve follow-ups such as "And in Sumy?".
            top_k: passages to cite (default `config.top_k`).
            source: restrict to one outlet.
            since: only articles dated on or after this ISO date (YYYY-MM-DD).
            until: only articles dated on or before this ISO date (the whole day counts).

        Returns:
            The answer.
        """
        from qa.read.followup import resolve_followup
        from qa.search.recency import prefer_newest, wants_latest, with_date

        t0 = time.perf_counter()
        since, until = self._dates(since, until)
        question = self._clean_query(question)
        turns = history_turns(history)
        resolved = resolve_followup(question, turns) if turns else question
        reader = self.reader
        t1 = time.perf_counter()
        passages = self._passages(resolved, top_k, source, since, until)
        latest = wants_latest(resolved)
        if latest:
            passages = prefer_newest(passages, since, until)
        t2 = time.perf_counter()
        answer = reader.answer(resolved, passages)
        if latest:
            answer = with_date(answer, self.config.max_answer_words)
        t3 = time.perf_counter()
        differences = () if answer.abstained else cited_differences(
            c for c in answer.citations if f"[{c.n}]" in answer.answer)
        t4 = time.perf_counter()
        timings = {"retrieve": (t2 - t1) * 1e3, "answer": (t3 - t2) * 1e3, "compare": (t4 - t3) * 1e3,
                   "total": (t4 - t0) * 1e3}
        return replace(answer, question=question, resolved_question=resolved, timings_ms=timings,
                       differences=differences)

    def check(self, claim: str, top_k: int | None = None, source: str | None = None, since: str | None = None,
              until: str | None = None) -> Verdict:
        """Fact-check a claim against the indexed articles.

        Args:
            claim: the claim, one or two sentences.
            top_k: evidence passages to consider.
            source: restrict to one outlet.
            since: only articles dated on or after this ISO date (YYYY-MM-DD).
            until: only articles dated on or before this ISO date (the whole day counts).

        Returns:
            supported / contradicted / not_found, with evidence and the reason.
        """
        t0 = time.perf_counter()
        since, until = self._dates(since, until)
        claim = self._clean_query(claim)
        checker = self.checker
        passages = self._passages(claim, top_k, source, since, until)
        t1 = time.perf_counter()
        verdict = checker.check(claim, passages)
        t2 = time.perf_counter()
        # Only the deciding sentence (the first evidence) and only the claim's own detail: a claim
        # about drones is not shown a difference about missiles.
        differences = cited_differences(verdict.evidence[:1], focus=claim) if verdict.verdict != "not_found" else ()
        t3 = time.perf_counter()
        return replace(verdict, differences=differences,
                       timings_ms={"retrieve": (t1 - t0) * 1e3, "check": (t2 - t1) * 1e3,
                                   "compare": (t3 - t2) * 1e3, "total": (t3 - t0) * 1e3})

    def _clean_query(self, text: str) -> str:
        if not isinstance(text, str):
            raise AssistantError("the question must be text")
        cleaned = " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())
        if not cleaned:
            raise AssistantError("the question is empty; type a question about the articles")
        if len(cleaned) > self.config.max_query_chars:
            cleaned = cleaned[: self.config.max_query_chars].rsplit(" ", 1)[0]
        return cleaned

    # -- library ------------------------------------------------------------------------------
    def index(self, paths: Iterable[str | os.PathLike], progress: Progress | None = None,
              rebuild: bool = False, show_progress: bool = False, ray: str | None = None,
              captured_at: str | None = None) -> IndexReport:
        """Ingest files or folders into the index, incrementally and atomically.

        Args:
            paths: files or folders (.txt .md .html .htm .jsonl .pdf).
            progress: optional callback (message, fraction) for UIs.
            rebuild: start from an empty index instead of the current one.
            show_progress: terminal progress bar while embedding.
            ray: read files and embed chunks on Ray Data: "local" starts Ray here, else a
                cluster address (see `qa.index.distributed`); None: in this process.
            captured_at: when the pages were captured (ISO date or date-time): relative dates
                ("21 hours ago") on pages that give no date of their own are counted back from it
                instead of from the file's modification time (see `qa.ingest.dates`).

        Returns:
            What was added, unchanged, removed and skipped.
        """
        from embeddings.generations import writer_lock
        from qa.index.catalog import new_catalog, open_catalog
        from qa.index.chunking import Chunker
        from qa.index.indexer import Indexer
        from qa.ingest.dates import parse_absolute
        from qa.ingest.files import ingest

        if captured_at is not None and parse_absolute(captured_at) is None:
            raise AssistantError(f"captured-at {captured_at!r} is not a date; give an ISO date or date-time, "
                                 "e.g. 2025-11-03 or 2025-11-03T14:00Z")
        paths = list(paths)
        # The model is loaded only when something needs embedding: re-indexing unchanged files
        # or an all-skipped batch returns at once.
        encoder = _LazyEncoder(self)
        with self._write_lock, writer_lock(self.index_dir), encoder, _cluster(ray) as cluster:
            existed = self._stamp(fresh=True) is not None
            if rebuild or not existed:
                current = None
                encoder.prefetch()  # a new index embeds everything: load the model while reading
            elif self._library is not None and self._stamp() == self._manifest_stamp:
                current = self._library  # nobody wrote since we loaded it
            else:
                current = open_catalog(self.index_dir, self.config)
            if progress:
                progress("reading files", 0.0)
            known = {k: v.sha256 for k, v in current.files.items()} if current else {}
            if cluster:
                from qa.index.distributed import RayEncoder, read_inputs

                result = read_inputs(paths, self.config, known, captured_at=captured_at)
            else:
                result = ingest(paths, max_file_bytes=self.config.max_file_bytes,
                                pdf_timeout_s=self.config.pdf_timeout_s, pdf_memory_mb=self.config.pdf_memory_mb,
                                known=known, captured_at=captured_at)
            if current is None:
                current = new_catalog(self.index_dir, self.config, encoder.dim)
            embedder = RayEncoder(self.config, encoder.dim) if cluster else encoder
            indexer = Indexer(embedder, Chunker(self.config.chunk_min_words, self.config.chunk_max_words))
            updated, report = indexer.update(current, result, progress=progress, show_progress=show_progress)
            self._publish(updated, changed=bool(report.added or report.removed or rebuild or not existed))
            if progress:
                progress("done", 1.0)
            return report

    def _publish(self, updated: Catalog, changed: bool) -> None:
        """Save a catalog an index run produced (when it changed) and make it this assistant's."""
        if changed and len(updated.articles):
            updated.save(self.index_dir, crash_at=self.config.crash_at)
        elif hasattr(updated, "drop") and not updated.published():
            updated.drop()  # an engine generation that received nothing is never published
        with self._lock:
            self._library = updated
            self._manifest_stamp = self._stamp(fresh=True)

    def add_files(self, paths: Iterable[str | os.PathLike], progress: Progress | None = None) -> IndexReport:
        """Copy files handed over by a user (e.g. browser uploads) into the library and index them.

        Each file is checked (type, size), copied into `$FACTDESK_HOME/uploads` and indexed; one
        bad file never costs the others.

        Args:
            paths: the files, named as the user named them.
            progress: optional callback (message, fraction) for UIs.

        Returns:
            The index report; its `outcomes` hold one entry per given file, in order, under
            the file's own name: added, updated, unchanged (already present) or skipped with why.
        """
        from qa.ingest.uploads import UploadError, store_upload

        uploads = self.config.home_dir / "uploads"
        given = [Path(p) for p in paths]
        refused: dict[int, FileOutcome] = {}
        stored: dict[int, Path] = {}
        for i, src in enumerate(given):
            try:
                stored[i] = store_upload(uploads, src, self.config.max_file_bytes)
            except (UploadError, OSError) as exc:
                refused[i] = FileOutcome(src.name, "skipped", reason=str(exc).splitlines()[0] or type(exc).__name__)
        report = self.index(list(dict.fromkeys(str(p) for p in stored.values())), progress=progress) \
            if stored else IndexReport(files=0, articles=0, stories=0, chunks=0, added=0, unchanged=0)
        by_path = {str(Path(o.path).resolve()): o for o in report.outcomes}
        outcomes = []
        for i, src in enumerate(given):
            if i in refused:
                outcomes.append(refused[i])
                continue
            found = by_path.get(str(stored[i].resolve()), FileOutcome(src.name, "unchanged"))
            outcomes.append(replace(found, path=src.name))
        return replace(report, outcomes=tuple(outcomes))

    def over_articles(self, articles: list[Article], show_progress: bool = False) -> "Assistant":
        """An assistant over an in-memory index of `articles` (same config and model; nothing saved).

        Args:
            articles: the articles, e.g. every paragraph of an evaluation set.
            show_progress: progress bar while embedding.

        Returns:
            A new Assistant that never touches disk except the embedding cache.
        """
        from qa.index.catalog import new_catalog
        from qa.index.chunking import Chunker
        from qa.index.indexer import Indexer
        from qa.ingest.files import IngestResult, SourceFile

        result = IngestResult(files=(SourceFile("memory", "memory", "", tuple(articles)),))
        indexer = Indexer(self.encoder, Chunker(self.config.chunk_min_words, self.config.chunk_max_words))
        # In an engine the articles go into a catalog private to this process; the next process
        # that makes one drops those of processes that have ended.
        name = None
        if is_engine(self.config.store):
            _drop_private(self.config.store, f"{self.config.collection}_mem_", self.index_dir)
            name = f"{self.config.collection}_mem_{os.getpid()}_{next(_PRIVATE)}"
        empty = new_catalog(self.index_dir, self.config, self.encoder.dim, name=name)
        library, _ = indexer.update(empty, result, show_progress=show_progress)
        if name is not None:
            library.save()
        other = Assistant(self.index_dir, self.config, build_default=False, **self._stages)
        other._encoder = self._encoder
        other._fixed = library
        return other

    def articles(self, since: str | None = None, until: str | None = None) -> list[Article]:
        """The indexed articles, newest first (undated last; then by path and title).

        Args:
            since: only articles dated on or after this ISO date (YYYY-MM-DD).
            until: only articles dated on or before this ISO date (the whole day counts).

        Returns:
            The articles.
        """
        from qa.index.library import in_date_range
        from qa.ingest.dates import newest_first

        since, until = self._dates(since, until)
        found = [a for a in self.library().articles.values() if in_date_range(a.date, since, until)]
        return newest_first(sorted(found, key=lambda a: (a.path or "", a.title)))

    def article(self, article_id: str) -> Article:
        """One article by id (a unique prefix works too)."""
        articles = self.library().articles
        if article_id in articles:
            return articles[article_id]
        matches = [a for key, a in articles.items() if key.startswith(article_id)] if article_id else []
        if len(matches) == 1:
            return matches[0]
        raise AssistantError(f"no article with id {article_id!r}", "list")

    def sources(self) -> list[str]:
        """Outlets of the indexed articles."""
        return self.library().sources()

    def story(self, key: str) -> StoryComparison:
        """One story's reports side by side, with where they differ.

        Args:
            key: a story id or the id of one of its articles (a unique prefix of either works).

        Returns:
            The story's comparison, named by its lead headline.
        """
        library = self.library()
        key = (key or "").strip()
        members = library.story_members(key) if key else ()
        if not members:
            try:
                article = self.article(key)
            except AssistantError:
                stories = {a.story_id for a in library.articles.values() if a.story_id and a.story_id.startswith(key)}
                if len(stories) != 1 or not key:
                    raise AssistantError(f"no story or article with id {key!r}", "list") from None
                members = library.story_members(stories.pop())
            else:
                members = library.story_members(article.story_id) or (article,)
        return compare_story(members, members[0].story_id)

    def stories(self, articles: Iterable[Article] | None = None) -> dict[str, StoryComparison]:
        """Every story of these articles (default: all indexed), by story id, named and compared.

        Args:
            articles: the articles whose stories are wanted; their story's other reports count too.

        Returns:
            story id (the article id for an article without one) -> its comparison.
        """
        library = self.library()
        if articles is None:
            articles = library.articles.values()
        out: dict[str, StoryComparison] = {}
        for article in articles:
            key = article.story_id or article.id
            if key not in out:
                # One story at a time: an engine catalog fetches only that story's reports.
                reports = library.story_members(article.story_id) if article.story_id else (article,)
                out[key] = compare_story(reports or (article,), article.story_id)
        return out


_PRIVATE = itertools.count(1)


@contextlib.contextmanager
def _cluster(address: str | None):
    """A Ray session when `address` is given (see `qa.index.distributed`), else nothing."""
    if address is None:
        yield None
        return
    from qa.index.distributed import ray_session

    with ray_session(address) as ray:
        yield ray


def _drop_private(store: str, prefix: str, folder: Path) -> None:
    """Drop the private engine catalogs (`{prefix}{pid}_{n}`) of processes that are no longer running."""
    from qa.index.engine import drop_catalogs

    def ended(name: str) -> bool:
        try:
            os.kill(int(name[len(prefix):].split("_")[0]), 0)
        except ProcessLookupError:
            return True
        except (ValueError, OSError):
            return False
        return False

    drop_catalogs(store, folder, lambda base: base.startswith(prefix) and ended(base))


class _LazyEncoder:
    """Stands in for the assistant's encoder and loads the model on first real use.

    Used as a context manager: leaving it waits for a model load started by `prefetch`, so no
    loading thread outlives the index run.
    """

    def __init__(self, assistant: Assistant):
        self._assistant = assistant
        self._loader: threading.Thread | None = None

    def prefetch(self) -> None:
        """Start loading the model in the background (errors surface on first real use)."""
        if self._assistant._encoder is None and self._loader is None:
            self._loader = threading.Thread(target=self._load_quietly, name="factdesk-model-load", daemon=True)
            self._loader.start()

    def _load_quietly(self) -> None:
        try:
            self._assistant.encoder
        except Exception:  # noqa: BLE001 - the foreground load raises it again, with its message
            pass

    def __enter__(self) -> "_LazyEncoder":
        return self

    def __exit__(self, *exc) -> None:
        if self._loader is not None:
            self._loader.join()

    @property
    def dim(self) -> int:
        return self._assistant.encoder.dim

    @property
    def embedded(self) -> int:
        encoder = self._assistant._encoder
        return encoder.embedded if encoder is not None else 0

    def encode(self, texts, show_progress: bool = False):
        if not texts and self._assistant._encoder is None:
            import numpy as np

            return np.zeros((0, 0), dtype=np.float32)
        return self._assistant.encoder.encode(texts, show_progress=show_progress)
