"""Derive the list of words that are written lowercase at least 90% of the time, from AllSides clean articles.

Why: on degraded text every word is lowercase, so a tagger cannot tell "struggles" or "anymore"
from a name; a one-word "entity" that English writes lowercase 90% of the time mid-sentence is
almost surely a tagging error. Only the word list (no article text) is shipped:
src/dateline/models/ner/lowercase_words.txt.

    nice -n 15 python train/lowercase_words.py [--articles 20000]
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ALLSIDES = ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.gz"
OUT = ROOT / "src" / "dateline" / "models" / "ner" / "lowercase_words.txt"
WORD = re.compile(r"(?<![.!?\"'“‘]\s)(?<!^)\b([A-Za-z][a-z]+)\b")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--min-count", type=int, default=8)
    ap.add_argument("--lower-share", type=float, default=0.9)
    args = ap.parse_args()
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    with gzip.open(ALLSIDES, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n >= args.articles:
                break
            text = json.loads(line).get("content_original") or ""
            for sent in re.split(r"(?<=[.!?])\s+|\n+", text):
                for m in WORD.finditer(sent):  # mid-sentence words only: capitals there mean a name
                    w = m.group(1)
                    (lower if w[0].islower() else upper)[w.lower()] += 1
    keep = sorted(
        w
        for w, n in lower.items()
        if n + upper[w] >= args.min_count and n / (n + upper[w]) >= args.lower_share and len(w) > 1
    )
    OUT.write_text("\n".join(keep) + "\n", "utf-8")
    print(f"{len(keep)} words -> {OUT}")


if __name__ == "__main__":
    main()
