"""Milvus and Ray benchmarks: fusion quality on SQuAD, a 200,000-chunk corpus on a Lite server, Ray ingestion.

Three parts, each printing a markdown table and writing `benchmarks/results/milvus-<part>.md/.json`:

* `fusion`: `factdesk eval` on the SQuAD dev half with the default FAISS + bm25s index and with
  Milvus's server-side hybrid search (weighted fusion at several dense weights, and RRF).
  Fusion settings are chosen on one half of the article titles and reported on the other.
* `scale`: a synthetic corpus (real SQuAD sentences reshuffled into 10-chunk articles; vectors
  are mixtures of real sentence embeddings, `embeddings.ann.synthesize`) written through a
  `milvus-lite server` on loopback up to 200,000 chunks; at 20,000 and 200,000 chunks a fresh
  `factdesk serve` answers real SQuAD questions through its JSON API, and its RSS is read.
* `ray`: the SQuAD dev half as a JSONL file, indexed by one process and by `--ray local`, each
  with an empty embedding cache; compares article ids, chunk offsets and vectors.

Usage: python benchmarks/milvus.py fusion|scale|ray [--quick]
No number is asserted here; the tests check behaviour.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
SQUAD = ROOT.parent / "shared" / "eval" / "squad-dev-half.json"
RESULTS = ROOT / "benchmarks" / "results"
SEED = 20261129


def _write(part: str, data: dict, table: str) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    data = {"machine": f"{platform.machine()}, {os.cpu_count()} CPUs", **data}
    (RESULTS / f"milvus-{part}.json").write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
    (RESULTS / f"milvus-{part}.md").write_text(table + "\n", encoding="utf-8")
    print(table)


# ---------------------------------------------------------------------------------------- fusion
def title_halves(path: Path) -> tuple[list[str], list[str]]:
    """SQuAD article titles split in two by a fixed shuffle: (choose on, report on)."""
    titles = sorted(doc["title"] for doc in json.loads(path.read_text(encoding="utf-8"))["data"])
    order = np.random.default_rng(SEED).permutation(len(titles))
    half = len(titles) // 2
    return sorted(titles[i] for i in order[:half]), sorted(titles[i] for i in order[half:])


def fusion(quick: bool, only: list[str] | None = None) -> None:
    """SQuAD answer accuracy and citation recall@5: FAISS + bm25s against Milvus fusions."""
    from qa.assistant import Assistant
    from qa.cli.evaluate import evaluate
    from qa.config import Config

    choose, report = title_halves(SQUAD)
    work = Path(tempfile.mkdtemp(prefix="factdesk-fusion-"))
    settings = [("faiss + bm25s (default, w=0.65)", {"store": "faiss"})]
    for w in ((0.65,) if quick else (0.5, 0.65, 0.8)):
        settings.append((f"milvus weighted w={w}", {"store": f"milvus:{work / 'f.db'}", "fusion": "weighted",
                                                      "dense_weight": w}))
    settings.append(("milvus rrf k=60", {"store": f"milvus:{work / 'f.db'}", "fusion": "rrf"}))
    settings.append(("milvus score w=0.65", {"store": f"milvus:{work / 'f.db'}", "fusion": "score",
                                             "dense_weight": 0.65}))
    if only:
        settings = [s for s in settings if any(word in s[0] for word in only)]
    rows = []
    for name, overrides in settings:
        config = Config.from_env(**overrides)
        assistant = Assistant(work / "index", config, build_default=False)
        row = {"setting": name}
        for label, titles in (("choose", choose), ("report", report)):
            start = time.perf_counter()
            metrics = evaluate(assistant, SQUAD, titles=frozenset(titles), limit=200 if quick else None)
            row[label] = {k: metrics[k] for k in ("questions", "answer_accuracy", "citation_recall_at_5",
                                                   "latency_ms_p50", "latency_ms_p95")}
            row[label]["seconds"] = round(time.perf_counter() - start, 1)
        rows.append(row)
        print(json.dumps(row), flush=True)
    lines = ["| setting | acc (choose half) | cit@5 (choose half) | acc (report half) | cit@5 (report half) | "
             "p50 / p95 ms (report) |", "|---|---|---|---|---|---|"]
    for r in rows:
        c, p = r["choose"], r["report"]
        lines.append(f"| {r['setting']} | {c['answer_accuracy']:.4f} | {c['citation_recall_at_5']:.4f} | "
                     f"{p['answer_accuracy']:.4f} | {p['citation_recall_at_5']:.4f} | "
                     f"{p['latency_ms_p50']:.0f} / {p['latency_ms_p95']:.0f} |")
    questions = f"{rows[0]['choose']['questions']} + {rows[0]['report']['questions']} questions"
    table = (f"SQuAD dev half ({questions}; titles split by a fixed shuffle: settings chosen on the first "
             f"half, reported on the second)\n\n" + "\n".join(lines))
    part = "fusion" + ("-quick" if quick else "") + ("-" + "-".join(only) if only else "")
    _write(part, {"rows": rows, "choose_titles": choose, "report_titles": report}, table)


# ----------------------------------------------------------------------------------------- scale
def scale(quick: bool) -> None:
    """Ingest rate, query latency and serve RSS on a Milvus Lite server at two corpus sizes."""
    import psutil
    import requests

    from conftest import milvus_lite_server, running_server
    from embeddings.ann import synthesize
    from embeddings.encoder import load_encoder
    from qa.config import Config
    from qa.index.catalog import Changes
    from qa.index.engine import EngineCatalog
    from qa.records import Chunk
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from scale import squad_texts, synthetic_articles

    sizes = (2_000, 20_000) if quick else (20_000, 200_000)
    sentences, questions = squad_texts(json.loads(SQUAD.read_text(encoding="utf-8")))
    rng = np.random.default_rng(SEED)
    pool = [sentences[i] for i in sorted(rng.choice(len(sentences), 3000, replace=False))]
    asked = [questions[i] for i in rng.choice(len(questions), 60 if quick else 200, replace=False)]
    config = Config.from_env()
    encoder = load_encoder(config.model, config.encoder_backend, config.cache_dir, config.batch_size, config.threads)
    work = Path(tempfile.mkdtemp(prefix="factdesk-milvus-scale-"))
    vectors = synthesize(encoder.encode(pool), sizes[-1], seed=SEED, out=work / "vectors.npy")
    articles, ids, article_ids, starts, ends = synthetic_articles(pool, sizes[-1], SEED)
    results = []
    with milvus_lite_server(work / "milvus-data") as uri:
        catalog = EngineCatalog.create(uri, "factdesk", config.model, encoder.dim)
        server = next(p for p in psutil.process_iter(["cmdline"]) if "--data-dir" in (p.info["cmdline"] or [])
                      and str(work / "milvus-data") in p.info["cmdline"])
        written, ingest_s = 0, 0.0
        for size in sizes:
            start = time.perf_counter()
            batch_rows = 10_000
            while written < size:
                upto = min(size, written + batch_rows)
                chunk_rows = range(written, upto)
                wanted = list(dict.fromkeys(str(article_ids[r]) for r in chunk_rows))
                chunks = tuple(Chunk(str(ids[r]), str(article_ids[r]), int(starts[r]), int(ends[r]),
                                     articles[str(article_ids[r])].text[int(starts[r]):int(ends[r])]) for r in chunk_rows)
                catalog.apply(Changes(tuple(articles[a] for a in wanted), chunks, np.asarray(vectors[written:upto])))
                written = upto
                print(f"  {written:,} chunks written", flush=True)
            catalog.save()
            ingest_s += time.perf_counter() - start
            home = work / f"home-{size}"
            latencies = []
            with running_server(home, work / "index", env={"FACTDESK_STORE": uri}) as (base, proc):
                requests.post(f"{base}/api/ask", json={"question": asked[0]}, timeout=600)  # warm up
                for question in asked:
                    t0 = time.perf_counter()
                    reply = requests.post(f"{base}/api/ask", json={"question": question}, timeout=600)
                    reply.raise_for_status()
                    latencies.append((time.perf_counter() - t0) * 1e3)
                rss = psutil.Process(proc.pid).memory_info().rss / 2**20
            row = {"chunks": size, "articles": len({str(a) for a in article_ids[:size]}),
                   "ingest_chunks_per_s": round(size / ingest_s, 1) if size == sizes[0] else
                   round((size - sizes[0]) / (ingest_s - results[0]["ingest_s"]), 1),
                   "ingest_s": round(ingest_s, 1), "ask_p50_ms": round(float(np.percentile(latencies, 50)), 1),
                   "ask_p95_ms": round(float(np.percentile(latencies, 95)), 1), "serve_rss_mib": round(rss, 1),
                   "milvus_server_rss_mib": round(server.memory_info().rss / 2**20, 1), "questions": len(asked)}
            results.append(row)
            print(json.dumps(row), flush=True)
    lines = ["| chunks | ingest chunks/s (this step) | ask p50 ms | ask p95 ms | serve RSS MiB | Milvus Lite server RSS MiB |",
             "|---|---|---|---|---|---|"]
    for r in results:
        lines.append(f"| {r['chunks']:,} | {r['ingest_chunks_per_s']:,} | {r['ask_p50_ms']} | {r['ask_p95_ms']} | "
                     f"{r['serve_rss_mib']} | {r['milvus_server_rss_mib']} |")
    table = ("Synthetic corpus through `milvus-lite server` on loopback (HNSW + BM25 server-side); asks through "
             f"`factdesk serve`'s /api/ask, {len(asked)} real SQuAD questions per size\n\n" + "\n".join(lines))
    _write("scale" + ("-quick" if quick else ""), {"rows": results}, table)


# ------------------------------------------------------------------------------------------- ray
def ray_ingest(quick: bool) -> None:
    """The SQuAD dev half indexed by one process and through Ray Data: same contents? how fast?"""
    from qa.assistant import Assistant
    from qa.cli.evaluate import load_squad
    from qa.config import Config

    articles, _ = load_squad(SQUAD)
    if quick:
        articles = articles[:300]
    work = Path(tempfile.mkdtemp(prefix="factdesk-ray-"))
    feed = work / "squad.jsonl"
    feed.write_text("".join(json.dumps({"title": a.title, "text": a.text}) + "\n" for a in articles), encoding="utf-8")
    runs = {}
    for mode in ("single", "ray"):
        config = Config.from_env(home=str(work / f"home-{mode}"))  # an empty embedding cache each
        assistant = Assistant(work / f"index-{mode}", config, build_default=False)
        assistant.encoder.encode(["warm up"])  # model load is not ingestion
        start = time.perf_counter()
        report = assistant.index([feed], ray="local" if mode == "ray" else None)
        seconds = time.perf_counter() - start
        runs[mode] = (assistant.library(), report, seconds)
        print(mode, report.articles, report.chunks, f"{seconds:.1f} s", flush=True)
    (one, r1, s1), (two, r2, s2) = runs["single"], runs["ray"]
    same_articles = sorted(one.articles) == sorted(two.articles)
    cols = lambda lib: sorted(zip(lib.chunks.ids.tolist(), lib.chunks.article_ids.tolist(),  # noqa: E731
                                  lib.chunks.starts.tolist(), lib.chunks.ends.tolist()))
    same_chunks = cols(one) == cols(two)
    diff = float(np.abs(one.vectors.fetch(one.chunks.ids) - two.vectors.fetch(one.chunks.ids)).max())
    row = {"articles": r1.articles, "chunks": r1.chunks, "same_article_ids": same_articles,
           "same_chunk_offsets": same_chunks, "max_vector_difference": diff,
           "single_s": round(s1, 1), "ray_s": round(s2, 1), "single_chunks_per_s": round(r1.chunks / s1, 1),
           "ray_chunks_per_s": round(r2.chunks / s2, 1)}
    table = ("SQuAD dev half as JSONL, one process vs `--ray local` (Ray Data on this machine's "
             f"{os.cpu_count()} CPUs; empty embedding caches; model load excluded)\n\n"
             "| articles | chunks | same ids | same offsets | max vector diff | one process s (chunks/s) | Ray s (chunks/s) |\n"
             "|---|---|---|---|---|---|---|\n"
             f"| {r1.articles:,} | {r1.chunks:,} | {same_articles} | {same_chunks} | {diff:.2e} | "
             f"{row['single_s']} ({row['single_chunks_per_s']}) | {row['ray_s']} ({row['ray_chunks_per_s']}) |")
    _write("ray" + ("-quick" if quick else ""), row, table)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("part", choices=("fusion", "scale", "ray"))
    parser.add_argument("--quick", action="store_true", help="small sizes, to try the script")
    parser.add_argument("--only", metavar="WORD,WORD", help="fusion: only the settings whose name has one of these words")
    args = parser.parse_args()
    if args.part == "fusion":
        fusion(args.quick, args.only.split(",") if args.only else None)
    else:
        {"scale": scale, "ray": ray_ingest}[args.part](args.quick)


if __name__ == "__main__":
    main()
