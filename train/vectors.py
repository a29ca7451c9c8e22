"""Recipe for the NER's static vectors: floret (subword-hashed) vectors from allsides news.

Why floret: its table holds hashed subword rows, not a word list, so every word (a rare surname,
a degraded "sechin") gets a vector, the table stays small, and no publisher's vocabulary ships.
Each article is given twice, lowercased: tokenized like spaCy's clean text, and in the seed's
degraded form (``[a-z0-9]+`` words), so clean and degraded tokens share one space.

    nice -n 10 python train/vectors.py        # build/vectors/{corpus.txt,vectors.floret,model}
    python train/ner.py --vectors build/vectors/model

Needs the ``train`` extra's floret (pip install floret==0.10.5).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.gz"
WORK = ROOT / "build" / "vectors"
CLEAN_TOKEN = re.compile(r"[^\W_]+(?:['’.-][^\W_]+)*\.?|[^\w\s]")
DEGRADED_TOKEN = re.compile(r"[a-z0-9]+")


def write_corpus(path: Path, limit: int) -> int:
    n = 0
    with gzip.open(DATA, "rt", encoding="utf-8") as f, path.open("w", encoding="utf-8") as out:
        for line in f:
            text = json.loads(line).get("content_original") or ""
            low = text.lower()
            out.write(" ".join(CLEAN_TOKEN.findall(low)) + "\n")
            out.write(" ".join(DEGRADED_TOKEN.findall(low)) + "\n")
            n += 1
            if limit and n >= limit:
                break
    return n


def main(argv: list[str] | None = None) -> Path:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dim", type=int, default=96)
    ap.add_argument("--bucket", type=int, default=40000, help="hashed rows in the shipped table")
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--limit", type=int, default=0, help="articles (0: all)")
    args = ap.parse_args(argv)
    import floret

    WORK.mkdir(parents=True, exist_ok=True)
    t0 = time.time()
    corpus = WORK / "corpus.txt"
    n = write_corpus(corpus, args.limit)
    print(f"corpus: {n} articles, both forms, in {time.time() - t0:.0f}s", flush=True)
    model = floret.train_unsupervised(
        str(corpus), model="cbow", mode="floret", hashCount=2, bucket=args.bucket, minn=3, maxn=5,
        dim=args.dim, epoch=args.epochs, minCount=3, thread=args.threads, verbose=1,
    )  # fmt: skip
    vec = WORK / "vectors.floret"
    model.save_floret_vectors(str(vec))
    print(f"trained in {time.time() - t0:.0f}s", flush=True)
    out = WORK / "model"
    cmd = [sys.executable, "-m", "spacy", "init", "vectors", "en", str(vec), str(out), "--mode", "floret",
           "--attr", "LOWER", "--name", "dateline_floret"]  # fmt: skip
    subprocess.run(cmd, check=True)
    corpus.unlink()  # publishers' text: never kept beside the project
    print(f"vectors ready in {out} ({time.time() - t0:.0f}s)")
    return out


if __name__ == "__main__":
    main(sys.argv[1:])
