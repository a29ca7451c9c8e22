"""Throughput of ``dateline.analyze_many`` against the bare spaCy pipeline on the same texts.

Prints articles/second for both, their ratio (which holds on a noisy machine since both run in
this process on the same texts), and peak memory. Texts: N AllSides articles from ../shared when
present (optionally degraded with the seed's rule), else the bundled examples repeated.

    python benchmarks/throughput.py -n 200 [--degraded [--fast-restore]]

``--fast-restore`` also times ``Config(fast_restore=True)`` (the rule restorer) on the same texts.
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import time
from pathlib import Path

from dateline.restore.labels import degrade

ROOT = Path(__file__).resolve().parent.parent
ALLSIDES = ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.gz"


def load_texts(n: int, degraded: bool) -> tuple[list[str], str]:
    if ALLSIDES.exists():
        texts = []
        with gzip.open(ALLSIDES, "rt", encoding="utf-8") as f:
            for line in f:
                text = json.loads(line).get("content_original") or ""
                if len(text) > 500:
                    texts.append(text)
                if len(texts) >= n:
                    break
        source = "allsides"
    else:
        examples = [p.read_text("utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
        texts = [examples[i % len(examples)] for i in range(n)]
        source = "examples"
    if degraded:
        texts = [degrade(t) for t in texts]
    return texts, source


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=100, help="articles")
    ap.add_argument("--degraded", action="store_true", help="degrade the texts with the seed's rule")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--fast-restore", action="store_true", help="also time the fast rule restorer")
    args = ap.parse_args()

    import dateline
    from dateline import nlp as nlp_mod
    from dateline.record import Record

    texts, source = load_texts(args.n, args.degraded)
    words = sum(len(t.split()) for t in texts)
    nlp = nlp_mod.load()
    list(dateline.analyze_many(texts[:2]))  # warm up: load models and tables once
    print(f"{len(texts)} articles from {source}{' (degraded)' if args.degraded else ''}, {words:,} words")
    print(f"after loading: peak RSS {peak_mb():.0f} MB")

    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=args.batch_size):
        pass
    t_spacy = time.perf_counter() - t0
    print(f"bare spaCy (en_core_web_sm): {len(texts) / t_spacy:7.2f} articles/s {words / t_spacy:9.0f} words/s")

    configs = {"dateline.analyze_many": dateline.Config(batch_size=args.batch_size)}
    if args.fast_restore:
        configs["  with fast_restore"] = dateline.Config(batch_size=args.batch_size, fast_restore=True)
    for name, config in configs.items():
        t0 = time.perf_counter()
        n_ok = sum(isinstance(r, Record) for r in dateline.analyze_many(texts, config))
        t_dl = time.perf_counter() - t0
        print(f"{name + ':':<28} {len(texts) / t_dl:7.2f} articles/s {words / t_dl:9.0f} words/s")
        print(f"ratio dateline / bare spaCy: {t_spacy / t_dl:.2f}x the speed ({n_ok}/{len(texts)} records)")
    print(f"peak RSS: {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
