"""Shared fixtures: no network but loopback, one real model, one real seeds index per session."""

from __future__ import annotations

import contextlib
import ipaddress
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
DATA = Path(__file__).resolve().parent / "data"

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def _loopback(address) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX paths
        return True
    host = address[0] if isinstance(address, tuple) and address else ""
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Fail any test that connects anywhere but loopback."""
    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def guard(self, address, _real=real_connect):
        if not _loopback(address):
            raise AssertionError(f"test tried to connect to {address!r}; only loopback is allowed")
        return _real(self, address)

    def guard_ex(self, address, _real=real_connect_ex):
        if not _loopback(address):
            raise AssertionError(f"test tried to connect to {address!r}; only loopback is allowed")
        return _real(self, address)

    monkeypatch.setattr(socket.socket, "connect", guard)
    monkeypatch.setattr(socket.socket, "connect_ex", guard_ex)
    yield


@pytest.fixture(scope="session")
def factdesk_home(tmp_path_factory) -> Path:
    """A private FACTDESK_HOME for the whole session (embedding cache, default index)."""
    home = tmp_path_factory.mktemp("factdesk-home")
    os.environ["FACTDESK_HOME"] = str(home)
    return home


@pytest.fixture(scope="session")
def encoder(factdesk_home):
    """The real default model, loaded once."""
    from embeddings.encoder import load_encoder
    from qa.config import Config

    config = Config.from_env()
    return load_encoder(config.model, config.encoder_backend, config.cache_dir, config.batch_size)


@pytest.fixture(scope="session")
def seeds_assistant(factdesk_home, encoder, tmp_path_factory):
    """An Assistant over a real FAISS index of the repo's seeds/ (built once per session)."""
    from qa import Assistant, Config

    index_dir = tmp_path_factory.mktemp("seeds-index") / "index"
    assistant = Assistant(index_dir, Config.from_env())
    assistant.index([SEEDS])
    return assistant


@pytest.fixture()
def seeds_copy(tmp_path) -> Path:
    """A private copy of the seeds folder that a test may modify."""
    target = tmp_path / "seeds"
    shutil.copytree(SEEDS, target)
    return target


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def running_server(home: Path, index: Path, cwd: Path = REPO, timeout_s: float = 300.0,
                   env: dict[str, str] | None = None):
    """Run `factdesk serve` on a free loopback port with its own FACTDESK_HOME until the block ends.

    No login is required unless `env` sets FACTDESK_USER / FACTDESK_PASSWORD (or other settings).

    Yields:
        (base URL without a trailing slash, the server process).
    """
    port = free_port()
    extra_env = dict(env or {})
    env = dict(os.environ, FACTDESK_HOME=str(home), PYTHONPATH=str(REPO), HF_HUB_OFFLINE="1",
               TRANSFORMERS_OFFLINE="1", GRADIO_ANALYTICS_ENABLED="False", PYTHONUNBUFFERED="1")
    for key in ("FACTDESK_USER", "FACTDESK_PASSWORD"):
        env.pop(key, None)
    env.update(extra_env)
    home.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-m", "qa", "serve", "--port", str(port), "--index", str(index)]
    with serving(command, port, home / "serve.log", "factdesk serve", timeout_s, cwd=cwd, env=env) as proc:
        yield f"http://127.0.0.1:{port}", proc


@contextlib.contextmanager
def serving(command: list[str], port: int, log_path: Path, name: str, timeout_s: float, **popen):
    """Start a server process, wait until it listens on the loopback port, stop it after the block.

    Yields:
        The process.
    """
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, **popen)
        try:
            deadline = time.monotonic() + timeout_s
            while True:
                if proc.poll() is not None:
                    raise RuntimeError(f"{name} exited with {proc.returncode}:\n{log_path.read_text()[-3000:]}")
                with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{name} did not open port {port} in {timeout_s:.0f} s")
                time.sleep(0.3)
            yield proc
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)


def upload_pair(folder: Path, name: str, title: str, body: str) -> tuple[Path, Path]:
    """A new Markdown article `name` and a program file `tool.exe` that an upload must skip."""
    new = folder / name
    new.write_text(f"# {title}\n\n{body}\n", encoding="utf-8")
    bad = folder / "tool.exe"
    bad.write_bytes(b"MZ\x00\x01")
    return new, bad


def run_threads(threads, timeout_s: float) -> None:
    """Start every thread, wait for all of them, and fail if one is still running after `timeout_s`."""
    for thread in threads:
        thread.start()
    deadline = time.monotonic() + timeout_s
    for thread in threads:
        thread.join(timeout=max(0.0, deadline - time.monotonic()))
    assert not any(t.is_alive() for t in threads), "a thread did not finish in time"


@contextlib.contextmanager
def milvus_lite_server(data_dir: Path, timeout_s: float = 60.0):
    """Run `milvus-lite server` on a free loopback port until the block ends.

    Yields:
        The server's URI, e.g. "http://127.0.0.1:PORT".
    """
    port = free_port()
    data_dir.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, "-c", "from milvus_lite.cmdline import main; main()", "server",
               "--data-dir", str(data_dir), "--host", "127.0.0.1", "--port", str(port)]
    with serving(command, port, data_dir.parent / f"{data_dir.name}-server.log", "milvus-lite server", timeout_s):
        yield f"http://127.0.0.1:{port}"
