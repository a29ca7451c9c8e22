"""Benchmark the restorer on held-out allsides articles degraded by the seed's rule.

Two held-out sets (labels.split_of): random articles never trained on ("test"), and one whole
outlet never trained on ("outlet", Reuters). For each: case F1 per word over words that have
capitals, F1 of '.', ',', '?', quotation marks, apostrophes and hyphens at the gap between two
words, sentence-boundary F1, and words per second on one thread. The `truecase` package
(0.0.14) is the baseline, run in the same process on the same words.

    nice -n 10 .venv/bin/python benchmarks/restore.py --limit 200 [--model build/restore_encoder]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from dateline.restore import labels  # noqa: E402
from dateline.restore.model import RestoreModel, load_model, model_available, set_threads  # noqa: E402
from dateline.restore.restorer import restore  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.gz"
MARKS = {".": ".", ",": ",", "?": "?", "quote": '"', "apostrophe": "'", "hyphen": "-"}
_BOUNDARY = re.compile(r"[.?!]['\"]*\s")


@dataclass
class Score:
    tp: dict[str, int] = field(default_factory=dict)
    fp: dict[str, int] = field(default_factory=dict)
    fn: dict[str, int] = field(default_factory=dict)
    words: int = 0
    seconds: float = 0.0
    failures: int = 0

    def add(self, key: str, pred: bool, gold: bool) -> None:
        if pred and gold:
            self.tp[key] = self.tp.get(key, 0) + 1
        elif pred:
            self.fp[key] = self.fp.get(key, 0) + 1
        elif gold:
            self.fn[key] = self.fn.get(key, 0) + 1

    def f1(self, key: str) -> float:
        tp, fp, fn = self.tp.get(key, 0), self.fp.get(key, 0), self.fn.get(key, 0)
        return 100 * 2 * tp / max(1, 2 * tp + fp + fn)


def articles(split: str, limit: int) -> Iterator[str]:
    n = 0
    with gzip.open(DATA, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if labels.split_of(d["ID"], d["source"]) == split and d.get("content_original"):
                yield d["content_original"]
                n += 1
                if n >= limit:
                    return


def score_article(score: Score, gold_text: str, forms: list[str], gaps: list[str] | None) -> None:
    """Compare predicted word forms (and gaps, when the system restores punctuation) with the original."""
    _, gold_forms, gold_gaps = labels.tokens_and_gaps(gold_text)
    for pf, gf in zip(forms, gold_forms, strict=True):
        # case: a word counts when gold or prediction has a capital; right when the form is exact
        p_cap, g_cap = pf != pf.lower(), gf != gf.lower()
        right = p_cap and g_cap and pf == gf
        if right:
            score.tp["case"] = score.tp.get("case", 0) + 1
        else:
            if p_cap:
                score.fp["case"] = score.fp.get("case", 0) + 1
            if g_cap:
                score.fn["case"] = score.fn.get("case", 0) + 1
    n = len(gold_forms)
    for i in range(n - 1):
        g, p = gold_gaps[i], (gaps[i] if gaps is not None else " ")
        for key, mark in MARKS.items():
            score.add(key, mark in p, mark in g)
        g_b = bool(_BOUNDARY.search(g + " ")) and gold_forms[i + 1][:1].isupper()
        p_b = bool(_BOUNDARY.search(p + " ")) and forms[i + 1][:1].isupper()
        score.add("sentence", p_b, g_b)


def run_system(name: str, texts: list[str], system: Callable[[str], tuple[list[str], list[str] | None]]) -> Score:
    score = Score()
    for text in texts:
        degraded = labels.degrade(text)
        t0 = time.perf_counter()
        forms, gaps = system(degraded)
        score.seconds += time.perf_counter() - t0
        score.words += len(forms)
        try:
            score_article(score, text, forms, gaps)
        except ValueError:
            score.failures += 1
    return score


def ours(fast: bool, model: RestoreModel | None = None) -> Callable[[str], tuple[list[str], list[str] | None]]:
    def run(degraded: str) -> tuple[list[str], list[str] | None]:
        restored, _ = restore(degraded, fast=fast, model=model)
        words, forms, gaps = labels.tokens_and_gaps(restored)
        if words != degraded.split():
            raise SystemExit("restorer lost or changed a word: the alignment contract is broken")
        return forms, gaps

    return run


def truecase_baseline() -> Callable[[str], tuple[list[str], list[str] | None]] | None:
    """truecase on the degraded words; whitespace tokens, so nltk's punkt data is not needed."""
    try:
        from truecase.TrueCaser import TrueCaser
    except ImportError:
        print("baseline skipped: `truecase` is not installed (.venv/bin/pip install truecase==0.0.14)")
        return None
    caser = TrueCaser()

    def run(degraded: str) -> tuple[list[str], list[str] | None]:
        words = degraded.split()
        out = caser.get_true_case_from_tokens(words, out_of_vocabulary_token_option="as-is")
        return [o if o.lower() == w else w for o, w in zip(out, words, strict=True)], None

    return run


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--limit", type=int, default=200, help="articles per held-out set")
    p.add_argument("--no-baseline", action="store_true")
    p.add_argument("--sets", default="test,outlet")
    p.add_argument("--fast-only", action="store_true", help="skip the model (fast mode and baseline only)")
    p.add_argument("--model", type=Path, help="also score the model in this folder (a training run's output)")
    p.add_argument("--threads", type=int, default=1, help="onnxruntime threads (1: the figures in docs/restore.md)")
    args = p.parse_args(argv)
    set_threads(args.threads)
    if not DATA.exists():
        raise SystemExit(f"{DATA} is absent")
    systems: list[tuple[str, Callable[[str], tuple[list[str], list[str] | None]]]] = []
    if args.fast_only:
        pass
    elif model_available():
        systems.append(("dateline model", ours(False)))
    else:
        print("model not shipped: the default mode falls back to fast mode")
    if args.model:
        systems.append((f"candidate {args.model.name}"[:18], ours(False, load_model(args.model))))
    systems.append(("dateline --fast", ours(True)))
    if not args.no_baseline and (tc := truecase_baseline()) is not None:
        systems.append(("truecase 0.0.14", tc))
    cols = ["case", ".", ",", "?", "quote", "apostrophe", "hyphen", "sentence"]
    for split in args.sets.split(","):
        texts = list(articles(split, args.limit))
        label = {"test": "held-out articles", "valid": "validation articles"}.get(
            split, f"unseen outlet ({labels.HELD_OUT_OUTLET})"
        )
        print(f"\n{label}: {len(texts)} articles, {sum(len(labels.degrade(t).split()) for t in texts)} words")
        print(f"{'system':18s}" + "".join(f"{c:>11s}" for c in cols) + f"{'words/s':>10s}")
        for name, system in systems:
            s = run_system(name, texts, system)
            row = "".join(f"{s.f1(c):11.1f}" for c in cols)
            print(f"{name:18s}{row}{s.words / max(s.seconds, 1e-9):10.0f}", flush=True)


if __name__ == "__main__":
    main()
