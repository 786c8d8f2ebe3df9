"""Train the stance model: all-MiniLM-L6-v2's packaged weights fine-tuned as a cross-encoder over
(claim or question, evidence sentence) -> neither / supports / refutes (training.export_stance makes
the ONNX graph that ships).

    python -m training.stance_data --climate-fever DATA --wice DATA --out DATA/stance --partial --pronouns --symmetric
    python -m training.train_stance --data DATA/stance --out DATA/stance-out --minutes 45 --epochs 1 --threads 2

Runs on the CPU (two cores: ~35 minutes for one epoch) or a GPU when there is one. Writes into --out:
hf/ (the fine-tuned fp32 weights and tokenizer, not shipped) and train_meta.json (steps, seconds, dev
accuracy and confusion, the data files' sha256), which training.export_stance and training.model_card
carry into the shipped model's metrics.json and MODEL_CARD.md.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import random
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

LABELS = ("neither", "supports", "refutes")
MAX_TOKENS = 128  # the same limit assistant/answer/stance.py applies


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def batches(rows: list[dict[str, Any]], tok: Any, size: int, rng: random.Random) -> list[dict[str, Any]]:
    """Length-bucketed batches (little padding), in random order."""
    order = sorted(range(len(rows)), key=lambda i: len(rows[i]["claim"]) + len(rows[i]["evidence"]) + rng.random() * 40)
    out = [order[b : b + size] for b in range(0, len(order), size)]
    rng.shuffle(out)
    return [
        {
            "enc": tok(
                [rows[i]["claim"] for i in idx],
                [rows[i]["evidence"] for i in idx],
                truncation=True,
                max_length=MAX_TOKENS,
                padding=True,
                return_tensors="pt",
            ),
            "labels": [rows[i]["label"] for i in idx],
        }
        for idx in out
    ]


def predict(model: Any, tok: Any, rows: list[dict[str, Any]], torch: Any, size: int = 64) -> np.ndarray:
    model.eval()
    probs = []
    with torch.inference_mode():
        for b in range(0, len(rows), size):
            chunk = rows[b : b + size]
            enc = tok(
                [r["claim"] for r in chunk],
                [r["evidence"] for r in chunk],
                truncation=True,
                max_length=MAX_TOKENS,
                padding=True,
                return_tensors="pt",
            )
            enc = {k: v.to(model.device) for k, v in enc.items()}
            probs.append(torch.softmax(model(**enc).logits.float(), -1).cpu().numpy())
    model.train()
    return np.concatenate(probs) if probs else np.zeros((0, 3), np.float32)


def report(rows: list[dict[str, Any]], probs: np.ndarray) -> dict[str, Any]:
    gold = np.array([r["label"] for r in rows])
    pred = probs.argmax(1)
    confusion = [[int(((gold == g) & (pred == p)).sum()) for p in range(3)] for g in range(3)]
    return {"pairs": len(rows), "accuracy": round(float((gold == pred).mean()), 4), "confusion_gold_by_pred": confusion}


def train(args: argparse.Namespace) -> None:
    import torch
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from assistant.index.embedding import packaged_model_dir, verify_weights

    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    if args.threads:
        torch.set_num_threads(args.threads)
    base = packaged_model_dir()
    verify_weights(base)
    tok = AutoTokenizer.from_pretrained(str(base))
    model = AutoModelForSequenceClassification.from_pretrained(str(base), num_labels=3)
    device = "cuda" if torch.cuda.is_available() else "cpu"
    # The word-embedding matrix is half the weights; its dense gradient and Adam update doubled a
    # CPU step. Frozen, the encoder still learns (the classifier reads its contextual states).
    model.bert.embeddings.word_embeddings.weight.requires_grad_(False)
    model.to(device).train()
    train_rows = read(args.data / "train.jsonl")
    dev_rows = read(args.data / "dev.jsonl")
    opt = torch.optim.AdamW([p for p in model.parameters() if p.requires_grad], lr=args.lr, weight_decay=0.01)
    epoch_batches = math.ceil(len(train_rows) / args.batch)
    total = args.max_steps or epoch_batches * args.epochs
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min(1.0, (s + 1) / (0.06 * total)) * max(0.0, 1 - s / total)
    )
    # Refutations are rarer in real data than in the generated pairs; weigh classes evenly.
    counts = np.bincount([r["label"] for r in train_rows], minlength=3)
    weight = torch.tensor(counts.sum() / (3 * np.maximum(counts, 1)), dtype=torch.float32, device=device)
    loss_fn = torch.nn.CrossEntropyLoss(weight=weight)
    started, step, deadline = time.monotonic(), 0, time.monotonic() + args.minutes * 60
    while step < total and time.monotonic() < deadline:
        for batch in batches(train_rows, tok, args.batch, rng):
            enc = {k: v.to(device) for k, v in batch["enc"].items()}
            loss = loss_fn(model(**enc).logits, torch.tensor(batch["labels"], device=device))
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            step += 1
            if step % 50 == 0:
                print(f"step {step}/{total} loss {loss.item():.3f} {time.monotonic() - started:.0f}s", flush=True)
            if step >= total or time.monotonic() > deadline:
                break
    dev = report(dev_rows, predict(model, tok, dev_rows, torch))
    print(f"dev: {dev}", flush=True)
    hf = args.out / "hf"
    model.save_pretrained(str(args.hf or hf))
    tok.save_pretrained(str(args.hf or hf))
    meta = {
        "steps": step,
        "train_pairs": len(train_rows),
        "seconds": round(time.monotonic() - started),
        "device": device,
        "dev": dev,
        "lr": args.lr,
        "batch": args.batch,
        "seed": args.seed,
        "data_sha256": {p.name: _sha256(p) for p in sorted(args.data.glob("*.jsonl"))},
    }
    (args.out / "train_meta.json").write_text(json.dumps(meta, indent=1))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, required=True, help="folder of train/dev/test.jsonl (training.stance_data)")
    ap.add_argument("--out", type=Path, required=True, help="where the model and its files go")
    ap.add_argument("--hf", type=Path, help="where the fine-tuned fp32 weights go (default OUT/hf; not shipped)")
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--max-steps", type=int, default=0)
    ap.add_argument("--minutes", type=float, default=45, help="stop training after this long (default 45)")
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--threads", type=int, default=0)
    args = ap.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    train(args)


if __name__ == "__main__":
    main()
