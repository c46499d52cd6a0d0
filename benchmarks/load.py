"""Load benchmark: many simultaneous askers against one `factdesk serve` on 127.0.0.1.

Starts the server (same code path as `factdesk serve`) on a free loopback port with a private
FACTDESK_HOME, then for 1, 10 and 40 concurrent clients sends a bounded number of questions
per client, first through the Gradio API (`gradio_client`, api_name="/ask") and then through the
JSON HTTP API (`POST /api/ask` with urllib), and reports p50/p95 latency and failures. The
server is stopped at the end (and after `--deadline-s` at the latest, whatever happens).

    python benchmarks/load.py                      # writes benchmarks/results/load.md
    python benchmarks/load.py --clients 1 10 40 --requests 3 --index ~/.cache/factdesk/index

Nothing but 127.0.0.1 is contacted.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
from conftest import running_server  # noqa: E402 - the same server helper the UI tests use
QUESTIONS = [
    "How many drones did Russia launch overnight?",
    "Who is the Kremlin spokesman?",
    "How many prisoners of war will be exchanged?",
    "Where did the Ukrainian drone strike start a fire?",
    "Where are Russia and China holding joint military drills?",
]


@dataclass
class Run:
    """Latencies (ms) and failures of one (api, clients) run."""

    api: str
    clients: int
    latencies: list[float] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    wall_s: float = 0.0
    finished: list[float] = field(default_factory=list)  # perf_counter when each client's last answer came

    def pct(self, q: float) -> float | None:
        """The q-th percentile latency in ms (nearest rank), or None without successes."""
        if not self.latencies:
            return None
        ordered = sorted(self.latencies)
        return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered) + 0.5) - 1))]


def _http_ask(url: str, question: str, timeout_s: float) -> dict:
    body = json.dumps({"question": question}).encode()
    request = urllib.request.Request(url + "/api/ask", data=body, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout_s) as response:
        return json.load(response)


def run_clients(url: str, api: str, clients: int, requests: int, timeout_s: float) -> Run:
    """`clients` threads start together and each asks `requests` questions one after another.

    Args:
        url: the server's base URL.
        api: "gradio" (gradio_client, /ask) or "http" (POST /api/ask).
        clients: simultaneous clients.
        requests: questions per client.
        timeout_s: the most one run may take; threads still running then count as failures.

    Returns:
        The run's latencies and failures.
    """
    from gradio_client import Client

    run = Run(api, clients)
    lock = threading.Lock()
    barrier = threading.Barrier(clients + 1)

    def worker(i: int) -> None:
        client = None
        try:
            if api == "gradio":
                client = Client(url + "/", verbose=False, download_files=False)
        except Exception as exc:  # noqa: BLE001 - counted
            with lock:
                run.failures.append(f"connect: {type(exc).__name__}: {exc}"[:200])
        with contextlib.suppress(threading.BrokenBarrierError):
            barrier.wait(timeout=timeout_s)
        if api == "gradio" and client is None:
            return
        for n in range(requests):
            question = QUESTIONS[(i + n) % len(QUESTIONS)]
            t0 = time.perf_counter()
            try:
                if api == "gradio":
                    answer = json.loads(client.predict(question, api_name="/ask"))
                else:
                    answer = _http_ask(url, question, timeout_s)
                if not answer.get("citations"):
                    raise ValueError("an answer without citations")
                with lock:
                    run.latencies.append((time.perf_counter() - t0) * 1e3)
            except Exception as exc:  # noqa: BLE001 - counted
                with lock:
                    run.failures.append(f"{type(exc).__name__}: {exc}"[:200])
        with lock:
            run.finished.append(time.perf_counter())
        if client is not None:
            with contextlib.suppress(Exception):
                client.close()

    threads = [threading.Thread(target=worker, args=(i,), daemon=True) for i in range(clients)]
    for thread in threads:
        thread.start()
    with contextlib.suppress(threading.BrokenBarrierError):
        barrier.wait(timeout=timeout_s)
    start = time.perf_counter()
    deadline = time.monotonic() + timeout_s
    for thread in threads:
        thread.join(timeout=max(0.0, deadline - time.monotonic()))
    run.wall_s = (max(run.finished) if run.finished else time.perf_counter()) - start
    stuck = sum(t.is_alive() for t in threads)
    if stuck:
        run.failures.append(f"{stuck} client(s) still running after {timeout_s:.0f} s")
    return run


def _fmt(value: float | None) -> str:
    return "—" if value is None else f"{value:,.0f}"


def table(runs: list[Run], requests: int) -> str:
    """The results as a Markdown table."""
    lines = ["| API | clients | requests | answered | failed | p50 ms | p95 ms | max ms | answers/s |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in runs:
        total = r.clients * requests
        rate = len(r.latencies) / r.wall_s if r.wall_s else 0.0
        lines.append(f"| {'gradio_client /ask' if r.api == 'gradio' else 'POST /api/ask'} | {r.clients} | {total} | "
                     f"{len(r.latencies)} | {total - len(r.latencies)} | {_fmt(r.pct(50))} | {_fmt(r.pct(95))} | "
                     f"{_fmt(max(r.latencies) if r.latencies else None)} | {rate:.1f} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and write the Markdown report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 10, 40])
    parser.add_argument("--requests", type=int, default=3, help="questions per client (default 3)")
    parser.add_argument("--index", type=Path, help="an existing index (default: build one from seeds/)")
    parser.add_argument("--run-timeout-s", type=float, default=300.0, help="the most one run may take")
    parser.add_argument("--deadline-s", type=float, default=1500.0, help="stop everything after this long")
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "load.md")
    args = parser.parse_args(argv)
    if any(c < 1 for c in args.clients) or not 1 <= args.requests <= 20:
        parser.error("clients must be positive and requests between 1 and 20")

    # A hard stop, whatever happens: the server is our child and dies with us.
    watchdog = threading.Timer(args.deadline_s, lambda: os._exit(2))
    watchdog.daemon = True
    watchdog.start()

    from qa.config import Config

    config = Config.from_env()
    runs: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="factdesk-load-") as tmp:
        home = Path(tmp)
        t0 = time.perf_counter()
        with running_server(home, args.index or home / "index", timeout_s=600) as (url, _):
            print(f"server up on {url} in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
            run_clients(url, "http", 1, 2, args.run_timeout_s)  # warm-up, not reported
            run_clients(url, "gradio", 1, 2, args.run_timeout_s)
            for clients in args.clients:
                for api in ("gradio", "http"):
                    run = run_clients(url, api, clients, args.requests, args.run_timeout_s)
                    runs.append(run)
                    print(f"{api:7s} clients={clients:3d} answered={len(run.latencies):4d} "
                          f"failed={len(run.failures):3d} p50={_fmt(run.pct(50))} ms p95={_fmt(run.pct(95))} ms",
                          file=sys.stderr)
                    for failure in sorted(set(run.failures))[:3]:
                        print(f"    {failure}", file=sys.stderr)

    result = table(runs, args.requests)
    print(result)
    load = os.getloadavg()
    report = f"""# Load: simultaneous askers against one `factdesk serve`

Command: `python benchmarks/load.py --clients {' '.join(map(str, args.clients))} --requests {args.requests}`
({time.strftime('%Y-%m-%d')}, {os.cpu_count()} CPU cores, {platform.python_implementation()} {platform.python_version()},
load average before the end {load[0]:.1f}; other work shared the CPU).

Each client is a thread that waits for the others, then asks {args.requests} questions one after
another (seeds index, default settings). `gradio_client /ask` goes through Gradio's queue
(`serve_concurrency` = {config.serve_concurrency} at once, `serve_queue` = {config.serve_queue} may wait;
reader `{getattr(config, "reader", "rules")}`);
`POST /api/ask` runs in a worker-thread pool with the same limits. Latency is from sending the
question to having the whole answer, queueing included; a failure is any error or an answer
without citations.

{result}

Beyond {config.serve_concurrency} running + {config.serve_queue} waiting requests, Gradio answers
"Queue is full" and /api answers 503 with `{{"error": "factdesk is busy ..."}}` (see docs/api.md).
"""
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report, encoding="utf-8")
    print(f"wrote {args.out}", file=sys.stderr)
    return 0 if all(not r.failures for r in runs) else 1


if __name__ == "__main__":
    sys.exit(main())
