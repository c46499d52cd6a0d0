"""Interrupted writes and damaged files: the index is the old or the new state, or a clear error with a rebuild hint."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import REPO, SEEDS
from embeddings.generations import CRASH_STAGES, StoreError, read_manifest

# Read by qa.config.Config.from_env into `crash_at`, which the generation writer receives.
CRASH_ENV = "FACTDESK_CRASH_AT"

# After the staged files are fsynced, after the rename, before and after the manifest switch.
STAGES = ("staged", "renamed", "manifest-written", "switched")
assert set(STAGES) <= set(CRASH_STAGES)

pytestmark = pytest.mark.slow

NEW_ARTICLE = ("Glacier museum opens in Tarnvik\n"
               "A museum about the retreating Tarnvik glacier opened on Saturday with 42 exhibits, "
               "the regional culture office said. Visitors can walk through a 90-metre ice tunnel.\n\n"
               "The glacier has lost 300 metres of length since 1990, researchers at the museum said.")


def _env(home: Path, **extra: str) -> dict[str, str]:
    return dict(os.environ, FACTDESK_HOME=str(home), PYTHONPATH=str(REPO), **extra)


def _state(index: Path) -> set[str]:
    """Article ids of the live generation; loading checks counts and chunk/vector agreement."""
    from qa.index.library import Library

    library = Library.load(index)
    assert len(library.chunks) == len(library.vectors) > 0
    assert len({chunk.id for chunk in library.chunks}) == len(library.chunks)
    assert all(chunk.article_id in library.articles for chunk in library.chunks)
    return set(library.articles)


@pytest.fixture(scope="module")
def base_index(tmp_path_factory, factdesk_home, encoder) -> Path:
    """A real index of the seeds, built once through the Python API."""
    from qa import Assistant, Config

    index = tmp_path_factory.mktemp("crash-base") / "index"
    Assistant(index, Config.from_env()).index([SEEDS])
    return index


@pytest.fixture(scope="module")
def new_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("crash-new") / "glacier.txt"
    path.write_text(NEW_ARTICLE, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def crashed(base_index, new_file, tmp_path_factory, factdesk_home) -> dict[str, tuple[Path, subprocess.CompletedProcess]]:
    """One copy of the base index per crash stage, each after a `factdesk index` killed at that stage.

    The writers run side by side (each on its own copy) to keep the suite short.
    """
    runs = {}
    for stage in STAGES:
        index = tmp_path_factory.mktemp(f"crash-{stage}") / "index"
        shutil.copytree(base_index, index)
        proc = subprocess.Popen([sys.executable, "-m", "qa", "index", str(new_file), "--index", str(index)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO,
                                env=_env(factdesk_home, **{CRASH_ENV: stage}))
        runs[stage] = (index, proc)
    results = {}
    for stage, (index, proc) in runs.items():
        out, err = proc.communicate(timeout=600)
        results[stage] = (index, subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
        # An untouched copy for the command-line re-run (the API re-run changes `index`).
        shutil.copytree(index, index.parent / "cli-rerun", symlinks=True)
    return results


@pytest.mark.parametrize("stage", STAGES)
def test_killed_writer_leaves_old_or_new_state_and_rerun_completes(stage, crashed, base_index, new_file, encoder):
    from qa import Assistant, Config
    from qa.ingest.files import ingest

    index, proc = crashed[stage]
    assert proc.returncode == -signal.SIGKILL, f"writer was not killed at {stage}: {proc.stderr}"
    old = _state(base_index)
    new_id = {a.id for f in ingest([new_file], max_file_bytes=10**7).files for a in f.articles}
    assert len(new_id) == 1 and not new_id & old

    after_crash = _state(index)
    # Up to the manifest switch the old generation is live; from the switch on, the new one.
    assert after_crash == (old | new_id if stage == "switched" else old)
    assert Assistant(index, Config.from_env(), build_default=False).articles()  # never empty

    report = Assistant(index, Config.from_env()).index([new_file])  # the re-run
    assert report.articles == 1 and report.added + report.unchanged == 1
    assert _state(index) == old | new_id
    gens = sorted(p.name for p in index.glob("gen-*"))
    assert read_manifest(index)["generation"] in gens and len(gens) <= 2, gens


def test_rerun_through_the_cli_after_a_crash(crashed, base_index, new_file, factdesk_home):
    index, _ = crashed["renamed"]
    target = index.parent / "cli-rerun"
    orphan = sorted(p.name for p in target.glob("gen-*"))[-1]
    assert orphan != read_manifest(target)["generation"]  # the generation that never went live
    proc = subprocess.run([sys.executable, "-m", "qa", "index", str(new_file), "--index", str(target), "--json"],
                          capture_output=True, text=True, cwd=REPO, env=_env(factdesk_home), timeout=600)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["added"] == 1
    assert len(_state(target)) == len(_state(base_index)) + 1
    assert not (target / orphan).exists() or read_manifest(target)["generation"] == orphan


# -- damaged files ---------------------------------------------------------------------------------

def _live(index: Path) -> Path:
    return index / read_manifest(index)["generation"]


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


DAMAGE = {
    "manifest not JSON": lambda ix: (ix / "manifest.json").write_text("{not json"),
    "manifest truncated": lambda ix: _truncate(ix / "manifest.json"),
    "manifest wrong shape": lambda ix: (ix / "manifest.json").write_text("[1, 2, 3]"),
    "vectors truncated": lambda ix: _truncate(_live(ix) / "vectors.faiss"),
    "vectors empty": lambda ix: (_live(ix) / "vectors.faiss").write_bytes(b""),
    "articles truncated": lambda ix: _truncate(_live(ix) / "articles.json"),
    "articles wrong shape": lambda ix: (_live(ix) / "articles.json").write_text('[{"title": "no id"}]'),
    "chunks missing": lambda ix: (_live(ix) / "chunks.json").unlink(),
    "chunk offsets garbage": lambda ix: (_live(ix) / "chunks.json").write_text(
        json.dumps({**json.loads((_live(ix) / "chunks.json").read_text()),
                    "start": ["x"] * len(json.loads((_live(ix) / "chunks.json").read_text())["start"])})),
    "one vector id lost": lambda ix: (_live(ix) / "vector_ids.json").write_text(
        json.dumps(json.loads((_live(ix) / "vector_ids.json").read_text())[:-1])),
    "generation folder gone": lambda ix: shutil.rmtree(_live(ix)),
}


@pytest.fixture(scope="module")
def damaged(base_index, tmp_path_factory, factdesk_home) -> dict[str, tuple[Path, subprocess.CompletedProcess]]:
    """Each damage applied to a copy of the index, then `factdesk articles` / `ask` run on it (in parallel)."""
    runs = {}
    for n, (name, damage) in enumerate(DAMAGE.items()):
        index = tmp_path_factory.mktemp("damaged") / "index"
        shutil.copytree(base_index, index)
        damage(index)
        command = ["articles"] if n % 2 else ["ask", "How many drones were launched?"]
        proc = subprocess.Popen([sys.executable, "-m", "qa", *command, "--index", str(index)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO,
                                env=_env(factdesk_home))
        runs[name] = (index, proc)
    results = {}
    for name, (index, proc) in runs.items():
        out, err = proc.communicate(timeout=600)
        results[name] = (index, subprocess.CompletedProcess(proc.args, proc.returncode, out, err))
    return results


@pytest.mark.parametrize("name", list(DAMAGE))
def test_damaged_index_is_a_clear_error_with_a_rebuild_hint(name, damaged, encoder):
    from qa import Assistant, Config

    index, proc = damaged[name]
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and not proc.stdout.strip()
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("factdesk: "), proc.stderr
    assert f"rebuild it with: factdesk index PATH --index {index} --rebuild" in lines[0]

    assistant = Assistant(index, Config.from_env())
    with pytest.raises(StoreError, match="rebuild"):
        assistant.articles()  # never a silently empty or rebuilt index
    assert not any(p.name.endswith(".faiss") and p.stat().st_size == 0 for p in index.rglob("*")) \
        or name == "vectors empty"

    report = assistant.index([SEEDS], rebuild=True)  # what the hint says to do
    assert report.added == report.articles > 0
    assert len(assistant.articles()) == report.articles


# -- many writes: add, re-add, replace, reload ---------------------------------------------------

NAMES = ("harbour", "orchard", "tunnel", "museum")


def _story(name: str, version: int) -> str:
    return (f"{name.title()} update number {version}\n"
            f"The {name} committee met for the {version + 1}th time on Monday and approved {17 * (version + 3)} "
            f"new measures. Officials from the {name} office said work starts in {2026 + version}.")


def test_index_stays_consistent_through_adds_readds_and_reloads(encoder, tmp_path):
    """Hypothesis drives index / re-index / replace / reload; counts and contents always match a model."""
    import tempfile

    from hypothesis import settings
    from hypothesis import strategies as st
    from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test

    from qa import Assistant, Config

    config = Config.from_env()
    writes: list[int] = []

    class IndexMachine(RuleBasedStateMachine):
        def __init__(self):
            super().__init__()
            self.dir = Path(tempfile.mkdtemp(dir=tmp_path))
            self.assistant = Assistant(self.dir / "index", config, build_default=False)
            self.expected: dict[str, int] = {}  # file name -> version on disk and in the index

        def _write(self, name: str, version: int) -> Path:
            path = self.dir / f"{name}.txt"
            path.write_text(_story(name, version), encoding="utf-8")
            return path

        @rule(name=st.sampled_from(NAMES), version=st.integers(0, 2))
        def write_and_index(self, name, version):
            report = self.assistant.index([self._write(name, version)])
            writes.append(report.added)
            replaced = name in self.expected and self.expected[name] != version
            assert report.added == (0 if self.expected.get(name) == version else 1)
            assert report.removed == (1 if replaced else 0)
            self.expected[name] = version

        @rule()
        def reindex_everything(self):
            if self.expected:
                report = self.assistant.index([self.dir])
                assert report.added == report.removed == report.embedded == 0
                assert report.unchanged == len(self.expected)

        @rule()
        def reload_in_a_new_process_view(self):
            if self.expected:
                self.assistant = Assistant(self.dir / "index", config, build_default=False)

        @invariant()
        def matches_the_model(self):
            if not self.expected:
                return
            library = self.assistant.library()
            titles = sorted(a.title for a in library.articles.values())
            assert titles == sorted(f"{n.title()} update number {v}" for n, v in self.expected.items())
            chunk_ids = [c.id for c in library.chunks]
            assert len(chunk_ids) == len(set(chunk_ids)) == len(library.vectors)
            assert {c.article_id for c in library.chunks} == set(library.articles)
            assert len(library.files) == len(self.expected)
            assert len(list((self.dir / "index").glob("gen-*"))) <= 2

    run_state_machine_as_test(IndexMachine, settings=settings(max_examples=15, stateful_step_count=10, deadline=None, derandomize=True))
    assert len(writes) > 10 and 0 < sum(writes) < len(writes)  # it did add, re-add and replace
