"""The wheel built from the repo carries what an install outside the repo needs (the seeds); the
default install runs without the optional stores and engines."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import REPO, SEEDS

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_ships_the_seeds_and_the_console_script(tmp_path):
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp_path), str(ROOT)], check=True, capture_output=True, timeout=300)
    wheel = next(tmp_path.glob("factdesk-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    seeds = sorted(p.name for p in (ROOT / "seeds").iterdir() if p.is_file())
    assert seeds and all(f"qa/seeds/{name}" in names for name in seeds)
    for package in ("qa/ingest", "qa/index", "qa/search", "qa/read", "qa/check", "qa/cli", "embeddings", "ui"):
        assert f"{package}/__init__.py" in names, package
    # the trained models' weights and the line model: a default install reads and checks with them
    for data in ("qa/read/weights/reader.json", "qa/read/weights/reader.safetensors", "qa/check/weights/verifier.json",
                 "qa/check/weights/verifier.safetensors", "qa/ingest/line_model.json"):
        assert data in names, data
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "factdesk = qa.cli.main:main" in zipfile.ZipFile(wheel).read(entry_points).decode()

    # Installed (not editable) into a fresh environment, run from another folder: the seeds are found.
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
                   check=True, capture_output=True, timeout=300)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    code = "from qa.assistant import default_seeds_dir; from qa.config import Config; print(default_seeds_dir(Config()))"
    out = subprocess.run([str(python), "-c", code], cwd=elsewhere, check=True, capture_output=True, text=True,
                         timeout=120).stdout.strip()
    assert Path(out).is_relative_to(venv) and sorted(p.name for p in Path(out).glob("*.txt")) == seeds


def test_default_seeds_come_from_the_package_from_any_folder(tmp_path, monkeypatch):
    from qa.assistant import default_seeds_dir
    from qa.config import Config

    monkeypatch.chdir(tmp_path)
    found = default_seeds_dir(Config())
    assert sorted(p.name for p in found.iterdir() if p.suffix == ".txt") == \
        sorted(p.name for p in (ROOT / "seeds").iterdir() if p.suffix == ".txt")


@pytest.mark.slow
def test_the_default_install_never_imports_milvus_or_ray(tmp_path, factdesk_home):
    code = (
        "import sys\n"
        "from qa.assistant import Assistant\n"
        "from qa.config import Config\n"
        "from ui.app import build_demo\n"
        f"a = Assistant({str(tmp_path / 'index')!r}, Config.from_env())\n"
        f"a.index([{str(SEEDS)!r}])\n"
        "build_demo(a)\n"
        "assert a.ask('How many drones did Russia launch overnight?').short_answer == '426'\n"
        "a.check('Russia launched 600 drones overnight.')\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pymilvus', 'milvus_lite', 'ray')))\n"
    )
    env = dict(os.environ, FACTDESK_HOME=str(factdesk_home), PYTHONPATH=str(REPO))
    env.pop("FACTDESK_STORE", None)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=tmp_path,
                         timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == "[]"
