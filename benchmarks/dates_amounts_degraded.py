"""Clean vs degraded agreement for dates and amounts on AllSides articles (no gold needed).

Degrade each article as the seed was (lowercase, every char outside [a-z0-9] -> space; offsets
unchanged), run the extractors on both, and count how many clean mentions the degraded run finds at
an overlapping span with the same reading. Baseline in the same run: spaCy's own entities
(DATE; MONEY/PERCENT/QUANTITY/CARDINAL), span agreement only.
"""

from __future__ import annotations

import datetime as dt
import gzip
import itertools
import json
import sys
import time
from pathlib import Path

from dateline import nlp as nlp_mod
from dateline.context import Context
from dateline.extract import amounts, dates
from dateline.record import Entity
from dateline.restore.labels import degrade

AMOUNT_LABELS = {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"}
DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "allsides" / "articles.jsonl.gz"


def agree(clean: list, deg: list, same) -> tuple[int, int, int, int]:
    """(clean n, found at overlapping span, found with same reading, degraded extras)."""
    hit = same_n = 0
    for c in clean:
        over = [d for d in deg if d[0] < c[1] and c[0] < d[1]]
        hit += bool(over)
        same_n += any(same(c, d) for d in over)
    extra = sum(not any(d[0] < c[1] and c[0] < d[1] for c in clean) for d in deg)
    return len(clean), hit, same_n, extra


def main(n: int, path: Path) -> None:
    nlp = nlp_mod.load()
    with gzip.open(path, "rt") as f:
        rows = [json.loads(line) for line in itertools.islice(f, n)]
    rows = [r for r in rows if r.get("content_original")]
    texts = [r["content_original"][:4000] for r in rows if r.get("content_original")]
    pubs = []
    for r in rows:
        try:
            pubs.append(dt.date.fromisoformat(r["date"][:10]))
        except (ValueError, KeyError, TypeError):
            pubs.append(None)
    tot = {k: [0, 0, 0, 0] for k in ("dates", "amounts", "spacy_dates", "spacy_amounts")}
    t0 = time.perf_counter()
    for text, pub in zip(texts, pubs, strict=False):
        out = {}
        for kind, t in (("clean", text), ("deg", degrade(text, keep_offsets=True))):
            ctx = Context(doc=nlp(t), published=pub, degraded=kind == "deg")
            ctx.entities = [Entity(e.text, e.label_, e.start_char, e.end_char, e.text) for e in ctx.doc.ents]
            out[kind] = (
                [(d.start, d.end, d.resolution, d.year, d.month, d.day) for d in dates.extract(ctx)],
                [(a.start, a.end, a.value, a.object) for a in amounts.extract(ctx)],
                [(e.start_char, e.end_char) for e in ctx.doc.ents if e.label_ == "DATE"],
                [
                    (e.start_char, e.end_char)
                    for e in ctx.doc.ents
                    if e.label_ in {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"}
                ],
            )
        for idx, key in enumerate(tot):
            same = (lambda c, d: c[2:] == d[2:]) if idx < 2 else (lambda c, d: True)
            for k, v in enumerate(agree(out["clean"][idx], out["deg"][idx], same)):
                tot[key][k] += v
    secs = time.perf_counter() - t0
    print(f"{len(texts)} articles (first 4000 chars), {secs:.0f}s for both versions incl. spaCy")
    print("kind            clean_n  span_found  same_reading  degraded_extras")
    for key, (c, h, s, e) in tot.items():
        print(f"{key:15} {c:7d}  {h / c:10.3f}  {s / c:12.3f}  {e:7d} ({e / max(1, c):.3f} per clean)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200, Path(sys.argv[2]) if len(sys.argv) > 2 else DATA)
