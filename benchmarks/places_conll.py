"""Places on CoNLL-2003 valid (LOC spans), clean and degraded: exact-span precision/recall/F1.

dateline's geocoded places (``dateline.extract.places``) against the baseline of spaCy's own
GPE/LOC/FAC entities, run in the same process on the same texts. The baseline geocodes nothing;
every dateline place carries coordinates. CoNLL test is never read (reporting only).

Degraded follows the seed's rule (lowercase, non-[a-z0-9] to spaces), as in ``ner_conll.py``.
CoNLL LOC also covers streets, stadiums and rivers a gazetteer of countries/regions/cities lacks,
so recall is bounded well below 1; precision is the figure that protects users.

    python benchmarks/places_conll.py [--limit N]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from dateline import nlp as nlp_mod  # noqa: E402
from dateline.context import Context  # noqa: E402
from dateline.extract import places  # noqa: E402
from dateline.record import Entity  # noqa: E402
from ner_conll import CONLL, degrade, read_conll  # noqa: E402

Spans = set[tuple[int, int]]


def doc_text(sentences: list[tuple[list[str], list[str]]]) -> tuple[str, Spans]:
    """Tokens joined by spaces, sentences by newlines; gold LOC spans as character offsets."""
    parts: list[str] = []
    gold: Spans = set()
    pos = 0
    for words, tags in sentences:
        start: int | None = None
        end = 0
        for word, tag in zip(words, tags, strict=True):
            if start is not None and not tag.startswith("I-"):
                gold.add((start, end))
                start = None
            if tag == "B-LOC" or (tag == "I-LOC" and start is None):
                start = pos
            parts.append(word)
            end = pos + len(word)
            pos = end + 1
            parts.append(" ")
        if start is not None:
            gold.add((start, end))
        parts[-1] = "\n"
    return "".join(parts), gold


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=0, help="documents (0 = all)")
    args = ap.parse_args()
    docs = read_conll(CONLL / "valid.txt")
    if args.limit:
        docs = docs[: args.limit]
    nlp = nlp_mod.load()
    places.load()  # build the gazetteer outside the timings
    for variant in ("clean", "degraded"):
        counts = {"spacy GPE/LOC/FAC": [0, 0, 0], "dateline places": [0, 0, 0]}
        t_places = 0.0
        for sentences in docs:
            if variant == "degraded":
                sentences = [degrade(w, t) for w, t in sentences]
                sentences = [s for s in sentences if s[0]]
            text, gold = doc_text(sentences)
            ctx = Context(doc=nlp(text), degraded=variant == "degraded")
            # spaCy's entities as such, so the figure isolates the places step from entity post-processing
            ctx.entities = [Entity(e.text, e.label_, e.start_char, e.end_char, e.text) for e in ctx.doc.ents]
            base = {(e.start, e.end) for e in ctx.entities if e.type in places.PLACE_TYPES}
            t = time.perf_counter()
            ours = {(loc.start, loc.end) for loc in places.extract(ctx)}
            t_places += time.perf_counter() - t
            for name, pred in (("spacy GPE/LOC/FAC", base), ("dateline places", ours)):
                c = counts[name]
                c[0] += len(pred & gold)
                c[1] += len(pred)
                c[2] += len(gold)
        print(f"== {variant} ({len(docs)} documents, {counts['dateline places'][2]} gold LOC spans)")
        for name, (tp, n_pred, n_gold) in counts.items():
            p, r, f = prf(tp, n_pred, n_gold)
            print(f"  {name:20s} P={p:.3f} R={r:.3f} F1={f:.3f}  (tp={tp} pred={n_pred})")
        print(f"  places.extract time: {t_places:.2f}s ({len(docs) / t_places:.0f} docs/s)")


if __name__ == "__main__":
    main()
