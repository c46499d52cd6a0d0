"""Many askers while an ingestion runs; two writers on one index: no errors, nothing lost or doubled."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from filelock import FileLock

from conftest import REPO, SEEDS, run_threads
from embeddings.generations import StoreError, read_manifest, writer_lock

pytestmark = pytest.mark.slow

NEW = {
    "bridge.txt": ("Valmora bridge reopens after storm repairs\n"
                   "The Valmora coastal bridge reopened on Tuesday after 11 weeks of storm repairs, the roads "
                   "agency said. About 14,000 vehicles cross it every day."),
    "library.txt": ("Ostrava library gets 60,000 new books\n"
                    "The city library of Ostrava received 60,000 donated books on Wednesday, the largest gift "
                    "in its history, the librarian said."),
    "rail.txt": ("Night train to Kessel returns\n"
                 "The night train between the capital and Kessel returned to the timetable on Friday after a "
                 "break of nine years. The trip takes 7 hours and 40 minutes."),
}
QUESTIONS = ["How many drones did Russia launch overnight?", "Where did the glide bombs fall?",
             "Who is the Kremlin spokesman?", "How many vehicles cross the Valmora bridge every day?",
             "How many books did the Ostrava library receive?", "How long does the night train to Kessel take?"]


def _write_new(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, text in NEW.items():
        paths[name] = folder / name
        paths[name].write_text(text, encoding="utf-8")
    return paths


def _ids_of(paths) -> set[str]:
    from qa.ingest.files import ingest

    return {a.id for f in ingest(paths, max_file_bytes=10**7).files for a in f.articles}


def _check_library(index: Path) -> set[str]:
    """Load the live generation and check it is whole; returns its article ids."""
    from qa.index.library import Library

    library = Library.load(index)
    chunk_ids = [chunk.id for chunk in library.chunks]
    assert len(chunk_ids) == len(set(chunk_ids)) == len(library.vectors)
    assert {chunk.article_id for chunk in library.chunks} == set(library.articles)
    return set(library.articles)


@pytest.fixture()
def seeded_index(tmp_path, encoder) -> Path:
    from qa import Assistant, Config

    index = tmp_path / "index"
    Assistant(index, Config.from_env()).index([SEEDS])
    return index


def test_twenty_askers_while_indexing(seeded_index, tmp_path):
    from qa import Assistant, Config

    config = Config.from_env()
    files = _write_new(tmp_path / "new")
    old_ids = _check_library(seeded_index)
    new_ids = _ids_of(files.values())
    first = _ids_of([files["bridge.txt"]])
    # The UI shares one Assistant between askers and uploads; other processes open their own.
    writer = Assistant(seeded_index, config)
    reader = Assistant(seeded_index, config, build_default=False)
    allowed = {frozenset(old_ids), frozenset(old_ids | first), frozenset(old_ids | new_ids)}
    errors: list[str] = []
    seen: list[frozenset] = []
    done = threading.Event()
    start = threading.Barrier(21)

    def asker(i: int) -> None:
        assistant = writer if i % 2 else reader
        start.wait()
        n = 0
        while n < 2 or (not done.is_set() and n < 12):
            question = QUESTIONS[(i + n) % len(QUESTIONS)]
            try:
                if n % 3 == 2:
                    verdict = assistant.check(question.replace("How many", "Many").rstrip("?"))
                    assert verdict.verdict in ("supported", "contradicted", "not_found")
                else:
                    answer = assistant.ask(question)
                    assert answer.citations
                    for c in answer.citations:
                        assert c.quote == c.article.text[c.start:c.end]
                seen.append(frozenset(a.id for a in assistant.articles()))
            except Exception as exc:  # noqa: BLE001 - collected and reported below
                errors.append(f"thread {i}: {type(exc).__name__}: {exc}")
            n += 1

    def indexer() -> None:
        start.wait()
        try:
            reports.append(writer.index([files["bridge.txt"]]))
            reports.append(writer.index([files["library.txt"], files["rail.txt"]]))
        except Exception as exc:  # noqa: BLE001
            errors.append(f"indexer: {type(exc).__name__}: {exc}")
        finally:
            done.set()

    reports: list = []
    run_threads([threading.Thread(target=asker, args=(i,)) for i in range(20)] + [threading.Thread(target=indexer)], 600)
    assert not errors, errors[:5]
    assert [r.added for r in reports] == [1, 2]
    assert len(seen) >= 40 and set(seen) <= allowed, "a reader saw a state that was neither old nor new"

    final = _check_library(seeded_index)
    assert final == old_ids | new_ids
    for assistant in (writer, reader, Assistant(seeded_index, config, build_default=False)):
        ids = [a.id for a in assistant.articles()]
        assert len(ids) == len(set(ids)) and set(ids) == final
    answer = reader.ask("How many books did the Ostrava library receive?")
    assert any("60,000" in c.quote for c in answer.citations)


def _cpu_seconds(pid: int) -> float:
    import psutil

    times = psutil.Process(pid).cpu_times()
    return times.user + times.system


def _wait_until_idle(procs: list[subprocess.Popen], timeout: float = 240.0) -> bool:
    """True once every process sits idle (waiting on the lock, after loading the model)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(p.poll() is not None for p in procs):
            return False
        before = [_cpu_seconds(p.pid) for p in procs]
        time.sleep(2.0)
        if any(p.poll() is not None for p in procs):
            return False
        if all(_cpu_seconds(p.pid) - b < 0.05 for p, b in zip(procs, before)):
            return True
    return False


def test_two_index_processes_take_turns(seeded_index, tmp_path, factdesk_home):
    files = _write_new(tmp_path / "new")
    old_ids = _check_library(seeded_index)
    env = dict(os.environ, FACTDESK_HOME=str(factdesk_home), PYTHONPATH=str(REPO))
    manifest = (seeded_index / "manifest.json").read_bytes()
    with FileLock(str(seeded_index / ".lock")):  # a third writer holds the index
        procs = [subprocess.Popen([sys.executable, "-m", "qa", "index", str(path), "--index", str(seeded_index), "--json"],
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO, env=env)
                 for path in (files["bridge.txt"], tmp_path / "new")]
        _wait_until_idle(procs)  # on a busy machine they may still be loading the model; fine
        assert all(p.poll() is None for p in procs), "a writer did not wait for the lock"
        assert (seeded_index / "manifest.json").read_bytes() == manifest
    results = [p.communicate(timeout=600) for p in procs]
    for proc, (out, err) in zip(procs, results):
        assert proc.returncode == 0, err
        assert "Traceback" not in err
    reports = [json.loads(out) for out, _ in results]
    # Whichever ran second found bridge.txt already indexed by the first.
    assert sorted(r["added"] for r in reports) in ([1, 2], [0, 3]), reports
    assert _check_library(seeded_index) == old_ids | _ids_of(files.values())


def test_writer_lock_timeout_is_a_clear_error(tmp_path):
    with FileLock(str(tmp_path / ".lock")):
        with pytest.raises(StoreError, match="another factdesk process is writing"):
            with writer_lock(tmp_path, timeout=0.2):
                pass
    with writer_lock(tmp_path, timeout=0.2):
        assert read_manifest(tmp_path) is None
