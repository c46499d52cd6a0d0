"""Scale benchmark: the real index structures at 10,000 to 1,000,000 synthetic chunks.

Synthetic corpus (fixed seed):

* texts: real sentences of the SQuAD dev paragraphs, sampled and reshuffled into chunks of
  120+ words (the default chunk size), 10 chunks per article;
* vectors: `embeddings.ann.synthesize` of the real embeddings of those sentences (each row a
  random mixture of 3 sentence embeddings plus noise), written once to a memory-mapped .npy;
  only the sentence pool and the queries are ever encoded (with the packaged model);
* queries: real SQuAD questions and their real embeddings.

For every size a fresh subprocess builds what the product builds (Articles, a ChunkTable, a
FaissStore through `embeddings.ann.build_index`, the Library's BM25 `LexicalIndex`), then
measures build times, query latency of the full `HybridRetriever.retrieve` and of the vector
search alone, recall@10 of the vector index against exact search, the index size on disk
(`Library.save`) and the subprocess's peak RSS, so sizes never share memory.

Usage: python benchmarks/scale.py [--sizes 10000,100000,1000000] [--quick] [--out DIR]
No timing is asserted; the script prints a markdown table and writes `<out>/scale[-quick].md`,
`.json` and `.png`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "squad-dev-half.json"
SEED = 20240607
POOL = 3000  # real sentences encoded (texts are drawn from these too)
QUERIES = 200
CHUNKS_PER_ARTICLE = 10
CHUNK_MIN_WORDS = 120
QUICK_SIZES = (10_000, 50_000)
FULL_SIZES = (10_000, 100_000, 1_000_000)


def prepare(data: Path, work: Path, max_size: int) -> dict:
    """Encode the sentence pool and the queries once; write the synthetic vectors for max_size rows."""
    from embeddings.ann import synthesize
    from embeddings.encoder import load_encoder
    from qa.config import Config

    squad = json.loads(data.read_text(encoding="utf-8"))
    sentences, questions = squad_texts(squad)
    rng = np.random.default_rng(SEED)
    pool = [sentences[i] for i in sorted(rng.choice(len(sentences), min(POOL, len(sentences)), replace=False))]
    queries = [questions[i] for i in sorted(rng.choice(len(questions), min(QUERIES, len(questions)), replace=False))]
    config = Config.from_env()
    encoder = load_encoder(config.model, backend=config.encoder_backend, cache_dir=config.cache_dir)
    start = time.perf_counter()
    pool_vectors = encoder.encode(pool)
    query_vectors = encoder.encode(queries)
    encode_s = time.perf_counter() - start
    start = time.perf_counter()
    synthesize(pool_vectors, max_size, seed=SEED, out=work / "vectors.npy")
    synth_s = time.perf_counter() - start
    np.save(work / "queries.npy", query_vectors)
    (work / "texts.json").write_text(json.dumps({"sentences": pool, "queries": queries}), encoding="utf-8")
    return {"encoder": f"{config.model} ({encoder_backend_name(encoder, config)})", "pool_sentences": len(pool),
            "queries": len(queries), "encode_s": round(encode_s, 1), "synthesize_s": round(synth_s, 1)}


def squad_texts(squad: dict) -> tuple[list[str], list[str]]:
    """Every sentence of the SQuAD paragraphs and every question, in file order."""
    from qa.sentences import sentence_spans

    sentences: list[str] = []
    questions: list[str] = []
    for doc in squad["data"]:
        for para in doc["paragraphs"]:
            text = para["context"]
            sentences.extend(text[a:b] for a, b in sentence_spans(text))
            questions.extend(q["question"] for q in para.get("qas", []))
    return sentences, questions


def encoder_backend_name(encoder, config) -> str:
    return getattr(encoder, "variant", None) or config.encoder_backend


def synthetic_articles(sentences: list[str], n_chunks: int, seed: int):
    """Articles of CHUNKS_PER_ARTICLE chunks of reshuffled sentences, and the chunk columns.

    Returns:
        (articles dict, chunk ids, article ids, starts, ends) - columns as numpy arrays.
    """
    from qa.records import Article

    rng = np.random.default_rng(seed)
    words = np.array([len(s.split()) for s in sentences])
    # Enough sentences per chunk for CHUNK_MIN_WORDS words, drawn in one go per block.
    per_chunk = int(np.ceil(CHUNK_MIN_WORDS / words.mean() * 2))
    articles: dict[str, Article] = {}
    ids = np.empty(n_chunks, dtype="<U16")
    article_ids = np.empty(n_chunks, dtype="<U9")
    starts = np.empty(n_chunks, dtype=np.int64)
    ends = np.empty(n_chunks, dtype=np.int64)
    row = 0
    n_articles = -(-n_chunks // CHUNKS_PER_ARTICLE)
    for a in range(n_articles):
        aid = f"s{a:08d}"
        count = min(CHUNKS_PER_ARTICLE, n_chunks - row)
        picks = rng.integers(0, len(sentences), size=(count, per_chunk))
        parts: list[str] = []
        pos = 0
        for c in range(count):
            chunk_words = 0
            first = pos
            for s in picks[c]:
                if chunk_words >= CHUNK_MIN_WORDS:
                    break
                if pos > first:
                    parts.append(" ")
                    pos += 1
                parts.append(sentences[s])
                pos += len(sentences[s])
                chunk_words += words[s]
            ids[row] = hashlib.sha256(f"{aid}:{first}:{pos}".encode()).hexdigest()[:16]
            article_ids[row], starts[row], ends[row] = aid, first, pos
            row += 1
            parts.append("\n\n")
            pos += 2
        text = "".join(parts[:-1])
        articles[aid] = Article(id=aid, title=f"Synthetic article {a}", text=text, source=f"Outlet {a % 7}")
    return articles, ids, article_ids, starts, ends


def measure_size(work: Path, size: int) -> dict:
    """Build the product structures for `size` chunks and measure them (run in a fresh process)."""
    from types import MappingProxyType

    import faiss
    import psutil

    from embeddings.ann import build_index, describe
    from embeddings.faiss_store import FaissStore
    from qa.index.library import ChunkTable, Library
    from qa.search.hybrid import HybridRetriever
    from qa.config import Config

    proc = psutil.Process()
    texts = json.loads((work / "texts.json").read_text(encoding="utf-8"))
    result: dict = {"chunks": size}

    start = time.perf_counter()
    articles, ids, article_ids, starts, ends = synthetic_articles(texts["sentences"], size, SEED + 1)
    frozen = MappingProxyType(articles)
    table = ChunkTable(ids, article_ids, starts, ends, frozen)
    result["articles"] = len(articles)
    result["text_mb"] = round(sum(len(a.text) for a in articles.values()) / 1e6, 1)
    result["corpus_s"] = round(time.perf_counter() - start, 1)
    result["rss_corpus_mb"] = round(proc.memory_info().rss / 2**20)
    result["peak_after_corpus_mb"] = round(_peak_rss_kib() / 1024)

    vectors = np.load(work / "vectors.npy", mmap_mode="r")[:size]
    start = time.perf_counter()
    index = build_index(vectors)
    result["vector_build_s"] = round(time.perf_counter() - start, 1)
    del vectors  # unmaps the file: its pages no longer count towards RSS
    store = FaissStore(index.d, ids.copy(), index)
    result["index"] = describe(index)
    result["rss_vectors_mb"] = round(proc.memory_info().rss / 2**20)
    result["peak_after_vectors_mb"] = round(_peak_rss_kib() / 1024)

    config = Config.from_env()
    library = Library(config.model, frozen, table, MappingProxyType({}), store)
    start = time.perf_counter()
    library.bm25()
    result["bm25_build_s"] = round(time.perf_counter() - start, 1)
    result["rss_bm25_mb"] = round(proc.memory_info().rss / 2**20)
    result["peak_after_bm25_mb"] = round(_peak_rss_kib() / 1024)

    queries = texts["queries"]
    qv = np.load(work / "queries.npy")
    retriever = HybridRetriever(encoder=None, dense_weight=config.dense_weight, candidates=config.candidates)
    for q, v in list(zip(queries, qv))[:10]:  # warm-up: first-use caches, page faults
        retriever.retrieve(library, q, top_k=5, query_vector=v)
    hybrid, dense = [], []
    for q, v in zip(queries, qv):
        t0 = time.perf_counter()
        retriever.retrieve(library, q, top_k=5, query_vector=v)
        t1 = time.perf_counter()
        store.search(v[None, :], config.candidates)  # one query: one thread, as in retrieval
        t2 = time.perf_counter()
        hybrid.append(t1 - t0)
        dense.append(t2 - t1)
    result["hybrid_ms"] = _percentiles(hybrid)
    result["vector_ms"] = _percentiles(dense)
    hits = store.search(qv, 10)
    approx = table.rows_of_ids(hits.ids.ravel()).reshape(hits.ids.shape)
    np.save(work / f"approx-{size}.npy", approx)
    result["peak_after_queries_mb"] = round(_peak_rss_kib() / 1024)

    out = work / f"index-{size}"
    start = time.perf_counter()
    generation = library.save(out)
    result["save_s"] = round(time.perf_counter() - start, 1)
    files = {p.name: p.stat().st_size for p in (out / generation).iterdir()}
    result["disk_mb"] = round(sum(files.values()) / 2**20, 1)
    result["disk_files_mb"] = {k: round(v / 2**20, 1) for k, v in sorted(files.items())}
    shutil.rmtree(out, ignore_errors=True)
    result["peak_rss_mb"] = round(_peak_rss_kib() / 1024)
    result["faiss_threads"] = faiss.omp_get_max_threads()
    return result


def _peak_rss_kib() -> int:
    """This process's peak RSS (VmHWM; unlike ru_maxrss it does not inherit the parent's peak)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _percentiles(seconds: list[float]) -> dict:
    ms = np.asarray(seconds) * 1000
    return {"p50": round(float(np.percentile(ms, 50)), 3), "p95": round(float(np.percentile(ms, 95)), 3)}


def run_size(work: Path, size: int) -> dict:
    """Measure one size in a fresh subprocess; add recall@10 against exact search."""
    from embeddings.ann import exact_topk, recall_at_k

    start = time.perf_counter()
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--worker", str(size), "--work", str(work)],
                          cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SystemExit(f"size {size} failed (exit {proc.returncode}):\n{proc.stderr[-3000:]}")
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["wall_s"] = round(time.perf_counter() - start, 1)
    vectors = np.load(work / "vectors.npy", mmap_mode="r")[:size]
    _, exact = exact_topk(vectors, np.load(work / "queries.npy"), 10)
    del vectors
    result["recall_at_10"] = round(recall_at_k(np.load(work / f"approx-{size}.npy"), exact), 4)
    return result


def table(rows: list[dict]) -> str:
    """The markdown results table."""
    base = rows[0]["hybrid_ms"]["p50"]
    lines = [
        "| chunks | index | vector build s | BM25 build s | peak RSS GiB | disk MiB | hybrid p50 / p95 ms "
        "| vector p50 / p95 ms | recall@10 | hybrid p50 vs smallest |",
        "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        idx = r["index"]
        kind = "flat (exact)" if "HNSW" not in idx["type"] else f"HNSW M={idx['m']} ef={idx['ef_search']}"
        lines.append(
            f"| {r['chunks']:,} | {kind} | {r['vector_build_s']:.1f} | {r['bm25_build_s']:.1f} "
            f"| {r['peak_rss_mb'] / 1024:.2f} | {r['disk_mb']:,.0f} "
            f"| {r['hybrid_ms']['p50']:.2f} / {r['hybrid_ms']['p95']:.2f} "
            f"| {r['vector_ms']['p50']:.2f} / {r['vector_ms']['p95']:.2f} | {r['recall_at_10']:.3f} "
            f"| {r['hybrid_ms']['p50'] / base:.1f}x |")
    return "\n".join(lines)


def markdown(report: dict, text: str) -> str:
    """The results page: setup, table and summary."""
    setup, summary, rows = report["setup"], report["summary"], report["sizes"]
    small, large = rows[0], rows[-1]
    return f"""# Scale benchmark (`python benchmarks/scale.py`)

Machine: {report['machine']['platform']}, {report['machine']['cpus']} CPUs (shared with other jobs),
Python {report['machine']['python']}. Corpus: synthetic chunks of real SQuAD dev sentences
({setup['pool_sentences']:,} sentences, reshuffled, {setup['chunk_min_words']}+ words per chunk,
{setup['chunks_per_article']} chunks per article, seed {setup['seed']}); vectors are
`embeddings.ann.synthesize` mixtures of the sentences' real embeddings ({setup['encoder']});
queries are {setup['queries']} real SQuAD questions with their real embeddings.
Each size runs in a fresh process that builds the product structures (Articles, ChunkTable,
VectorStore via `ann.build_index`, the Library's BM25 index) and saves them with `Library.save`.

* hybrid = the full `HybridRetriever.retrieve` (top 5, query vector given; BM25 scoring,
  FAISS top-50, fusion, story grouping); vector = `VectorStore.search` top-50 alone.
* recall@10: the vector index's top 10 against exact search (`ann.exact_topk`).
* peak RSS: the size's process (VmHWM), from corpus generation to the end of the save.
* disk: the saved generation (articles and chunk JSON + `vectors.faiss`).

{text}

At {large['chunks']:,} chunks the hybrid query p50 is **{summary['p50_ratio_largest_to_smallest']}x** the
{small['chunks']:,}-chunk p50 ({large['hybrid_ms']['p50']:.2f} ms vs {small['hybrid_ms']['p50']:.2f} ms), recall@10 of the
approximate index is **{large['recall_at_10']:.3f}** and peak RSS is **{summary['largest_peak_rss_gib']} GiB**.
Total run time {summary['total_s'] / 60:.1f} min.

Where the memory goes (MiB of RSS after each phase; the peak so far in brackets):

{phases(rows)}

Raw numbers (per-phase RSS, build times, file sizes):
`{'scale-quick' if len(rows) and report.get('quick') else 'scale'}.json`.
"""


def phases(rows: list[dict]) -> str:
    """Per-phase RSS table: corpus, vector index, BM25 index, save."""
    lines = ["| chunks | corpus (articles + ChunkTable) | + vector index | + BM25 | after queries | save (peak) |",
             "| ---: | ---: | ---: | ---: | ---: | ---: |"]
    for r in rows:
        lines.append(f"| {r['chunks']:,} | {r['rss_corpus_mb']:,} | {r['rss_vectors_mb']:,} ({r['peak_after_vectors_mb']:,}) "
                     f"| {r['rss_bm25_mb']:,} ({r['peak_after_bm25_mb']:,}) | ({r['peak_after_queries_mb']:,}) "
                     f"| ({r['peak_rss_mb']:,}) |")
    return "\n".join(lines)


def chart(rows: list[dict], path: Path) -> None:
    """Latency and memory against corpus size (skipped when matplotlib is missing)."""
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return
    sizes = [r["chunks"] for r in rows]
    fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(10, 4))
    ax1.plot(sizes, [r["hybrid_ms"]["p50"] for r in rows], "o-", label="hybrid retrieve p50")
    ax1.plot(sizes, [r["hybrid_ms"]["p95"] for r in rows], "o--", label="hybrid retrieve p95")
    ax1.plot(sizes, [r["vector_ms"]["p50"] for r in rows], "s-", label="vector search p50")
    ax1.set(xscale="log", xlabel="chunks", ylabel="ms per query", title="Query latency")
    ax1.legend()
    ax2.plot(sizes, [r["peak_rss_mb"] / 1024 for r in rows], "o-", label="peak RSS")
    ax2.plot(sizes, [r["disk_mb"] / 1024 for r in rows], "s-", label="index on disk")
    ax2.set(xscale="log", xlabel="chunks", ylabel="GiB", title="Memory and disk")
    ax2.legend()
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", help="comma-separated chunk counts (default 10000,100000,1000000)")
    parser.add_argument("--quick", action="store_true", help="sizes 10,000 and 50,000 only")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="SQuAD v1.1 JSON")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(measure_size(args.work, args.worker)))
        return 0
    if args.sizes and args.quick:
        parser.error("use --sizes or --quick, not both")
    try:
        sizes = [int(s.replace("_", "")) for s in args.sizes.split(",")] if args.sizes else \
            list(QUICK_SIZES if args.quick else FULL_SIZES)
    except ValueError:
        parser.error("--sizes must be comma-separated whole numbers")
    if not sizes or min(sizes) < 100:
        parser.error("each size must be at least 100 chunks")
    if not args.data.exists():
        parser.error(f"no SQuAD file at {args.data}")
    sizes = sorted(set(sizes))
    work = Path(tempfile.mkdtemp(prefix="factdesk-scale-"))
    try:
        started = time.perf_counter()
        setup = prepare(args.data, work, max(sizes))
        print(f"prepared: {setup}", file=sys.stderr, flush=True)
        rows = []
        for size in sizes:
            rows.append(run_size(work, size))
            print(f"{size:,} chunks: {json.dumps(rows[-1])}", file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    smallest, largest = rows[0], rows[-1]
    summary = {
        "p50_ratio_largest_to_smallest": round(largest["hybrid_ms"]["p50"] / smallest["hybrid_ms"]["p50"], 2),
        "vector_p50_ratio_largest_to_smallest": round(largest["vector_ms"]["p50"] / smallest["vector_ms"]["p50"], 2),
        "largest_peak_rss_gib": round(largest["peak_rss_mb"] / 1024, 2),
        "min_recall_at_10": min(r["recall_at_10"] for r in rows),
        "total_s": round(time.perf_counter() - started, 1),
    }
    report = {"machine": {"platform": platform.platform(), "python": platform.python_version(),
                          "cpus": os.cpu_count()},
              "setup": dict(setup, seed=SEED, chunks_per_article=CHUNKS_PER_ARTICLE, chunk_min_words=CHUNK_MIN_WORDS),
              "sizes": rows, "summary": summary, "quick": bool(args.quick)}
    text = table(rows)
    print(text)
    print(f"\nhybrid p50 at {largest['chunks']:,} = {summary['p50_ratio_largest_to_smallest']}x the "
          f"{smallest['chunks']:,}-chunk p50; peak RSS {summary['largest_peak_rss_gib']} GiB")
    stem = "scale-quick" if args.quick else "scale"
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / f"{stem}.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    (args.out / f"{stem}.md").write_text(markdown(report, text), encoding="utf-8")
    chart(rows, args.out / f"{stem}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
