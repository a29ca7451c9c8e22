"""Train the restorer: degrade allsides articles by the seed's rule, tag case + gap per word.

Reproduce:  nice -n 5 .venv/bin/python train/restore.py --minutes 35
(lead: `dateline train restore` calls ``main(args)``; see ``parse_args`` for the options.)

Steps, in one process on 2 CPU cores:
1. One pass over the training split (labels.split_of: Reuters and ~3% of the rest are never
   seen) counting word frequencies, surface forms away from sentence starts (the case
   lexicon), gap strings (the top-K become the gap classes) and word pairs with a joining gap
   (fast mode's pair table).
2. Encode up to ``--max-articles`` training articles into feature/label arrays.
3. Train a 2-layer BiLSTM (PyTorch, training only) on random windows for a time budget,
   exporting ``restore.onnx`` at every checkpoint so a cut-short run still ships a model.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from dateline.restore import labels  # noqa: E402
from dateline.restore.model import FEATURES, Featurizer  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.gz"
DEFAULT_OUT = ROOT / "src" / "dateline" / "models" / "restore"
_SENT_END = re.compile(r"[.?!:]['\"]?\s|^\s*['\"(]|\s['\"(]$")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--data", type=Path, default=DEFAULT_DATA)
    p.add_argument("--out", type=Path, default=DEFAULT_OUT)
    p.add_argument("--minutes", type=float, default=35.0, help="training wall-time budget")
    p.add_argument("--epochs", type=float, default=0.0, help="stop after this many passes (0: time budget only)")
    p.add_argument("--max-articles", type=int, default=12000, help="training articles encoded for the model")
    p.add_argument("--vocab-size", type=int, default=40000)
    p.add_argument("--lexicon-size", type=int, default=100000)
    p.add_argument("--gap-classes", type=int, default=48)
    p.add_argument("--hidden", type=int, default=160)
    p.add_argument("--window", type=int, default=160)
    p.add_argument("--batch", type=int, default=32)
    p.add_argument("--lr", type=float, default=2e-3)
    p.add_argument("--threads", type=int, default=1, help="torch threads (1: no OpenMP stalls on a shared CPU)")
    p.add_argument("--reuse-tables", action="store_true", help="skip the count pass; read the tables in --out")
    p.add_argument("--tune-only", action="store_true", help="only tune the decoding biases of the model in --out")
    p.add_argument("--checkpoint", type=Path, default=None, help="torch state file: saved every 5 min, resumed")
    p.add_argument("--cache", type=Path, default=None, help="cache the encoded arrays here (.npz)")
    p.add_argument("--seed", type=int, default=13)
    p.add_argument("--count-limit", type=int, default=0, help="articles for the count pass (0: all; for smoke tests)")
    return p.parse_args(argv)


def read_split(path: Path, split: str) -> Iterator[str]:
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if labels.split_of(d["ID"], d["source"]) == split and d.get("content_original"):
                yield d["content_original"]


def count_pass(args: argparse.Namespace) -> dict[str, Any]:
    """Step 1: the frequency tables behind the vocabulary, lexicon, gap classes and pair table."""
    words_c: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    gaps_c: Counter[str] = Counter()
    pair_gap: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    spaced: Counter[tuple[str, str]] = Counter()  # all pairs, over the first 4,000 articles only
    joined_sub: Counter[tuple[str, str]] = Counter()
    n = 0
    t0 = time.time()
    for text in read_split(args.data, "train"):
        words, fs, gaps = labels.tokens_and_gaps(text)
        words_c.update(words)
        gaps_c.update(gaps[:-1])
        prev = " "
        for i, w in enumerate(words):
            if i > 0 and not _SENT_END.search(prev):
                forms[w][fs[i]] += 1
            g = gaps[i]
            if i + 1 < len(words) and g and " " not in g:
                pair_gap[(w, words[i + 1])][fs[i] + g + fs[i + 1]] += 1
                if n < 4000:
                    joined_sub[(w, words[i + 1])] += 1
            prev = g
        if n < 4000:
            spaced.update(zip(words, words[1:], strict=False))
        n += 1
        if n % 5000 == 0:
            print(f"  counted {n} articles, {time.time() - t0:.0f}s", flush=True)
        if args.count_limit and n >= args.count_limit:
            break
    return {"words": words_c, "forms": forms, "gaps": gaps_c, "pairs": pair_gap, "articles": n,
            "all_sub": spaced, "joined_sub": joined_sub}  # fmt: skip


def write_tables(args: argparse.Namespace, counts: dict[str, Any]) -> tuple[dict[str, int], dict[str, str], list[str]]:
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    words_c: Counter[str] = counts["words"]
    top = [w for w, _ in words_c.most_common(args.lexicon_size)]
    lexicon: dict[str, str] = {}
    for w in top:
        fc = counts["forms"].get(w)
        if fc:
            lexicon[w] = fc.most_common(1)[0][0]
    with (out / "lexicon.tsv").open("w", encoding="utf-8") as f:
        for w in top:
            if w in lexicon:
                f.write(f"{w}\t{lexicon[w]}\n")
    vocab_words = top[: args.vocab_size]
    (out / "vocab.txt").write_text("".join(w + "\n" for w in vocab_words), encoding="utf-8")
    gaps = [g for g, _ in counts["gaps"].most_common(args.gap_classes + 1) if g][: args.gap_classes]
    if " " in gaps:
        gaps.remove(" ")
    gaps.insert(0, " ")
    # fast mode's pair table: joined pairs ("u s" -> "U.S", "covid 19" -> "COVID-19") seen >= 5 times,
    # when joining is the majority reading of the pair.
    pairs: dict[str, str] = {}
    for (a, b), fc in counts["pairs"].items():
        total_joined = sum(fc.values())
        if total_joined < 5:
            continue
        seen_all = counts["all_sub"].get((a, b), 0)
        if seen_all == 0 or counts["joined_sub"].get((a, b), 0) * 2 < seen_all:
            continue
        pairs[f"{a} {b}"] = fc.most_common(1)[0][0]
    with (out / "pairs.tsv").open("w", encoding="utf-8") as f:
        for k in sorted(pairs):
            f.write(f"{k}\t{pairs[k]}\n")
    return {w: i + 2 for i, w in enumerate(vocab_words)}, lexicon, gaps


def encode(args: argparse.Namespace, split: str, feat: Featurizer, gap_index: dict[str, int], limit: int) -> np.ndarray:
    """Articles -> array (7, n_tokens): 5 feature rows, case label, gap label."""
    chunks: list[np.ndarray] = []
    n = 0
    for text in read_split(args.data, split):
        words, fs, gaps = labels.tokens_and_gaps(text)
        if len(words) < 5:
            continue
        x = feat(words)
        case = np.array([labels.case_class(f) for f in fs], dtype=np.int64)
        gl = np.array([labels.reduce_gap(g, gap_index) for g in gaps], dtype=np.int64)
        chunks.append(np.concatenate([x, case[None], gl[None]]).astype(np.int32))
        n += 1
        if n >= limit:
            break
    return np.concatenate(chunks, axis=1)


def build_net(hidden: int, n_gaps: int, vocab_size: int) -> Any:
    import torch
    from torch import nn

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.wid = nn.Embedding(vocab_size + 2, 128, padding_idx=0)
            self.suf = nn.Embedding(labels.N_SUFFIX + 1, 32)
            self.pre = nn.Embedding(labels.N_PREFIX + 1, 16)
            self.shape = nn.Embedding(labels.N_SHAPE, 8)
            self.lex = nn.Embedding(labels.N_LEX, 8)
            self.drop = nn.Dropout(0.15)
            self.lstm = nn.LSTM(192, hidden, num_layers=2, batch_first=True, bidirectional=True, dropout=0.1)
            self.case = nn.Linear(2 * hidden, 4)
            self.gap = nn.Linear(2 * hidden, n_gaps)

        def forward(
            self, wid: torch.Tensor, suf: torch.Tensor, pre: torch.Tensor, shape: torch.Tensor, lex: torch.Tensor
        ) -> tuple[torch.Tensor, torch.Tensor]:
            x = torch.cat([self.wid(wid), self.suf(suf), self.pre(pre), self.shape(shape), self.lex(lex)], dim=-1)
            h, _ = self.lstm(self.drop(x))
            h = self.drop(h)
            return self.case(h), self.gap(h)

    return Net()


def export_onnx(net: Any, out: Path) -> None:
    import torch

    net.eval()
    dummy = tuple(torch.ones(1, 20, dtype=torch.long) for _ in FEATURES)
    axes = {name: {0: "batch", 1: "words"} for name in (*FEATURES, "case", "gap")}
    tmp = out / "restore.onnx.tmp"
    torch.onnx.export(
        net, dummy, str(tmp), input_names=list(FEATURES), output_names=["case", "gap"],
        dynamic_axes=axes, opset_version=17, dynamo=False,
    )  # fmt: skip
    tmp.replace(out / "restore.onnx")
    net.train()


def evaluate(net: Any, data: np.ndarray, gaps: list[str], window: int = 400) -> dict[str, float]:
    """Quick validation: case accuracy over capitalised words, F1 of '.' and ',' gaps."""
    import torch

    net.eval()
    pc: list[np.ndarray] = []
    pg: list[np.ndarray] = []
    with torch.no_grad():
        for s in range(0, data.shape[1], window):
            x = [torch.from_numpy(data[i : i + 1, s : s + window].astype(np.int64)) for i in range(5)]
            c, g = net(*x)
            pc.append(c[0].argmax(-1).numpy())
            pg.append(g[0].argmax(-1).numpy())
    net.train()
    case_p, gap_p = np.concatenate(pc), np.concatenate(pg)
    res: dict[str, float] = {}
    gold_case, gold_gap = data[5], data[6]
    capped = gold_case > 0
    res["case_acc_capped"] = float((case_p[capped] == gold_case[capped]).mean())
    for mark in (".", ",", '"'):
        has = np.array([mark in g for g in gaps])
        p, t = has[gap_p], has[gold_gap]
        tp = float((p & t).sum())
        res[f"f1{mark}"] = 2 * tp / max(1.0, float(p.sum() + t.sum()))
    return res


def cached_arrays(
    cache: Path | None, encode_split: Callable[[str, int], np.ndarray], max_articles: int
) -> tuple[np.ndarray, np.ndarray]:
    """The encoded training and validation arrays, read from ``cache`` when it exists, else encoded
    (up to ``max_articles`` training articles, 40 validation ones) and saved there."""
    if cache and cache.exists():
        arrays = np.load(cache)
        return arrays["train"], arrays["valid"]
    train, valid = encode_split("train", max_articles), encode_split("valid", 40)
    if cache:
        np.savez(cache, train=train, valid=valid)
    return train, valid


def tune_decoding(n_articles: int = 60, model_dir: Path = DEFAULT_OUT) -> dict[str, float]:
    """Tune the two decoding biases on the validation split and write them to meta.json.

    The space penalty is subtracted from the plain-space gap logit, the lower penalty from the
    lowercase logit; the pair maximizing mean F1 of case, '.', ',' and quotation marks wins.
    Only the validation split is used (never the benchmark's test split or the held-out outlet).
    """
    import importlib.util

    # benchmarks/restore.py: the same scoring (loaded by path: "restore" is also this module's name)
    spec = importlib.util.spec_from_file_location("restore_benchmark", ROOT / "benchmarks" / "restore.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    sys.modules["restore_benchmark"] = bench
    spec.loader.exec_module(bench)
    from dateline.restore.fast import apply_case
    from dateline.restore.lexicon import case_lexicon
    from dateline.restore.model import load_model

    model = load_model(model_dir)
    model.space_penalty = model.lower_penalty = 0.0
    lex = case_lexicon()
    cached = []
    for text in bench.articles("valid", n_articles):
        words = labels.degrade(text).split()
        cached.append((text, words, *model.logits(words)))
    best = (-1.0, 0.0, 0.0)
    for sp in (0.0, 0.25, 0.5, 0.75, 1.0, 1.5):
        for lp in (0.0, 0.25, 0.5, 1.0):
            score = bench.Score()
            for text, words, case, gap in cached:
                c = case.copy()
                g = gap.copy()
                c[:, 0] -= lp
                g[:, 0] -= sp
                gaps = [model.gaps[i] for i in g.argmax(1)]
                forms = [apply_case(w, k, lex) for w, k in zip(words, c.argmax(1).tolist(), strict=True)]
                bench.score_article(score, text, forms, gaps)
            mean = sum(score.f1(k) for k in ("case", ".", ",", "quote")) / 4
            print(f"space_penalty {sp} lower_penalty {lp}: mean F1 {mean:.2f}", flush=True)
            if mean > best[0]:
                best = (mean, sp, lp)
    meta_path = model_dir / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta["space_penalty"], meta["lower_penalty"] = best[1], best[2]
    # a closing quote always gets its opening one: it costs ~1.5 points of quote-mark F1 at the
    # gaps (validation split) but pairs the marks that quotation extraction reads, which gains
    # ~2 points of direct-quote F1 on degraded PolNeAR train (docs/restore.md)
    meta["balance_quotes"] = True
    # paired decoding (RestoreModel._paired_quotes) supersedes those repairs when set: a mark that
    # does not alternate open/close costs 2.0 in log-probability. On 60 validation articles it
    # raises quote-mark F1 from 67.9 (repairs) to 69.7, and direct attribution F1 on degraded
    # PolNeAR train (odd half) from 0.699 to 0.704; 0.5 gives 70.0 and 0.694, 5.0 69.7 and 0.704
    meta["quote_penalty"] = 2.0
    meta_path.write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    print("chosen", best)
    return {"space_penalty": best[1], "lower_penalty": best[2]}


def main(args: argparse.Namespace | list[str] | None = None) -> Path:
    """Train and export; returns the model folder. ``args``: a Namespace or an argv list."""
    if not isinstance(args, argparse.Namespace):
        args = parse_args(args)
    if args.tune_only:
        tune_decoding(model_dir=Path(args.out))
        return Path(args.out)
    import torch

    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    t0 = time.time()
    if args.reuse_tables:
        from dateline.restore.lexicon import load_tsv

        lexicon = load_tsv(args.out / "lexicon.tsv")
        words = (args.out / "vocab.txt").read_text(encoding="utf-8").split("\n")
        vocab = {w: i + 2 for i, w in enumerate(w for w in words if w)}
        gaps = json.loads((args.out / "meta.json").read_text(encoding="utf-8"))["gaps"]
    else:
        print("counting the training split ...", flush=True)
        counts = count_pass(args)
        vocab, lexicon, gaps = write_tables(args, counts)
        del counts
    print(f"tables ready in {time.time() - t0:.0f}s; {len(gaps)} gap classes", flush=True)
    feat = Featurizer(vocab, lexicon)
    gap_index = {g: i for i, g in enumerate(gaps)}
    train, valid = cached_arrays(
        args.cache, lambda split, n: encode(args, split, feat, gap_index, n), args.max_articles
    )
    print(f"encoded {train.shape[1]} training words in {time.time() - t0:.0f}s", flush=True)
    meta = {"gaps": gaps, "window": 400, "hidden": args.hidden, "vocab_size": len(vocab), "seed": args.seed}
    (args.out / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")

    net = build_net(args.hidden, len(gaps), len(vocab))
    if args.checkpoint and args.checkpoint.exists():
        net.load_state_dict(torch.load(args.checkpoint))
        print(f"resumed from {args.checkpoint}", flush=True)
    opt = torch.optim.Adam(net.parameters(), lr=args.lr)
    gap_freq = np.bincount(train[6], minlength=len(gaps)).astype(np.float64)
    gap_w = torch.tensor(np.clip((gap_freq.sum() / (gap_freq + 1)) ** 0.25 / 4, 0.25, 3.0), dtype=torch.float32)
    ce_gap = torch.nn.CrossEntropyLoss(weight=gap_w)
    ce_case = torch.nn.CrossEntropyLoss()
    n_tok = train.shape[1]
    budget = args.minutes * 60
    t_train = time.time()
    last_ckpt = t_train
    step = 0
    seen = 0
    total_steps_est = None
    while True:
        elapsed = time.time() - t_train
        if elapsed > budget or (args.epochs and seen >= args.epochs * n_tok):
            break
        starts = np.random.randint(0, n_tok - args.window, size=args.batch)
        idx = starts[:, None] + np.arange(args.window)[None, :]
        block = torch.from_numpy(train[:, idx].astype(np.int64))  # (7, B, T)
        frac = min(1.0, elapsed / budget)
        for grp in opt.param_groups:
            grp["lr"] = args.lr * (1.0 - 0.9 * frac)
        c, g = net(*block[:5])
        loss = ce_case(c.reshape(-1, 4), block[5].reshape(-1)) + ce_gap(g.reshape(-1, len(gaps)), block[6].reshape(-1))
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(net.parameters(), 1.0)
        opt.step()
        step += 1
        seen += args.batch * args.window
        if step % 200 == 0:
            rate = seen / (time.time() - t_train)
            print(f"step {step} loss {loss.item():.3f} {rate:.0f} words/s epoch {seen / n_tok:.2f}", flush=True)
        if time.time() - last_ckpt > 300:
            export_onnx(net, args.out)
            if args.checkpoint:
                torch.save(net.state_dict(), args.checkpoint)
            print("checkpoint", {k: round(v, 4) for k, v in evaluate(net, valid, gaps).items()}, flush=True)
            last_ckpt = time.time()
    del total_steps_est
    export_onnx(net, args.out)
    if args.checkpoint:
        torch.save(net.state_dict(), args.checkpoint)
    print("final", {k: round(v, 4) for k, v in evaluate(net, valid, gaps).items()}, flush=True)
    tune_decoding(model_dir=Path(args.out))  # an undertrained model needs its biases retuned
    print(f"done in {time.time() - t0:.0f}s", flush=True)
    return Path(args.out)


if __name__ == "__main__":
    main(sys.argv[1:])
