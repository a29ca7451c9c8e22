"""Fit the event confidence model (``src/dateline/data/event_confidence.json``) on hand-read events.

``train/event_confidence_labels.tsv`` holds one line per event the coder emitted on an AllSides
article (the first 8,000 characters, as ``dateline.analyze_many`` reads them), read by a person:
``right`` is 1 when the sentence reports an interaction that happened (not a possibility, a
statistic or a figure of speech), both actors are right (an actor left empty counts as right only
when the sentence names none) and the root code fits. Rows of split ``train`` (AllSides train
articles 4720-5120, ``dateline.restore.labels.split_of``) fit the model; rows of split ``test``
(test articles 640-760) are held out for ``benchmarks/events_confidence.py``.

The file keys each event by article ID, sentence start, code, actor codes and cue, so that the
recipe can find it again after re-running the pipeline (``analyzed``: the record and the parse its
events were coded from); a label whose event the current coder no longer emits is skipped (and
counted). The model is an L2-regularized logistic regression over
``dateline.events.confidence.features`` (cue words seen at least ``MIN_CUE`` times), fitted by
Newton's method with numpy; the ridge penalty was chosen by 5-fold cross-validation on train.

Usage (from the repo root; needs ``../shared/data/allsides``)::

    nice -n 10 .venv/bin/python train/event_confidence.py [--l2 2] [--out PATH]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from spacy.tokens import Doc

from dateline import nlp as nlp_mod
from dateline.events.confidence import CUE_PREFIX, features
from dateline.pipeline import Config, extract_all, prepare
from dateline.read import Document
from dateline.record import Event, Record, Source

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "train" / "event_confidence_labels.tsv"
ALLSIDES = ROOT.parent / "shared" / "data" / "allsides" / "articles.jsonl.gz"
OUT = ROOT / "src" / "dateline" / "data" / "event_confidence.json"
CHARS = 8000  # the labelled events were read on each article's first 8,000 characters
MIN_CUE = 3  # a cue word gets its own weight when it cues at least this many training events


def _key(e: Event) -> tuple[int, str, str, str, str]:
    a1 = e.actor1.code if e.actor1 and e.actor1.code else "-"
    a2 = e.actor2.code if e.actor2 and e.actor2.code else "-"
    return (e.sentence_start, e.code, a1, a2, e.text or "-")


def analyzed(docs: list[dict[str, str | None]]) -> Iterator[tuple[Record, Doc]]:
    """Each article's record and the parse its events were coded from, made as ``analyze_many``
    makes them (the parse is what the confidence's distance features read)."""
    cfg = Config()
    nlp = nlp_mod.load()
    for d in docs:
        prep = prepare(Document(str(d["id"]), str(d["text"]), Source(published=d["published"])), cfg)
        sdoc = nlp(prep.parse_text)
        rec = extract_all(prep, sdoc, cfg)
        if rec.degraded:  # the labels were read on clean articles, whose offsets the parse shares
            raise ValueError(f"{rec.id}: read as degraded text")
        yield rec, sdoc


Item = tuple[Event, Record, Doc, int]


def _rows(split: str) -> list[dict[str, str]]:
    return [r for r in csv.DictReader(LABELS.open(encoding="utf-8"), delimiter="\t") if r["split"] == split]


def articles(split: str) -> list[dict[str, str | None]]:
    """The labelled articles of ``split`` as the labels were read: id, first ``CHARS`` characters, date."""
    wanted = {r["article"] for r in _rows(split)}
    docs: list[dict[str, str | None]] = []
    with gzip.open(ALLSIDES, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if d["ID"] in wanted and d.get("content_original"):
                docs.append({"id": d["ID"], "text": d["content_original"][:CHARS], "published": d.get("date") or None})
    return docs


def labelled(split: str) -> Iterator[Item]:
    """(event, its record, its parse, 1 if right) for every label of ``split`` whose event is still emitted."""
    rows = _rows(split)
    wanted = {r["article"] for r in rows}
    records = {rec.id: (rec, sdoc) for rec, sdoc in analyzed(articles(split))}
    missing = 0
    for art in sorted(wanted):
        rec, sdoc = records[art]
        pool = list(rec.events)
        for row in (r for r in rows if r["article"] == art):
            key = (int(row["sentence_start"]), row["code"], row["actor1"], row["actor2"], row["cue"])
            hit = next((e for e in pool if _key(e) == key), None)
            if hit is None:
                missing += 1
                continue
            pool.remove(hit)
            yield hit, rec, sdoc, int(row["right"])
    if missing:
        print(f"{missing} labelled events of split {split} are no longer emitted (skipped)", file=sys.stderr)


def matrix(items: list[Item], names: list[str] | None = None) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Feature rows; without ``names``, the fixed features and every cue word seen ``MIN_CUE`` times."""
    feats = [features(e, r.text, r.quotes, doc) for e, r, doc, _ in items]
    if names is None:
        cues = Counter(k for f in feats for k in f if k.startswith(CUE_PREFIX))
        names = [k for k in feats[0] if not k.startswith(CUE_PREFIX)]
        names += sorted(k for k, n in cues.items() if n >= MIN_CUE)
    x = np.array([[f.get(n, 0.0) for n in names] for f in feats])
    return x, np.array([y for *_, y in items], dtype=float), names


def fit(x: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """Weights (bias last) of the L2-regularized logistic regression (the bias is not penalized)."""
    xb = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(xb.shape[1])
    penalty = np.full(xb.shape[1], l2)
    penalty[-1] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-xb @ w))
        grad = xb.T @ (p - y) + penalty * w
        hess = (xb * (p * (1 - p))[:, None]).T @ xb + np.diag(penalty) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def predict(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return np.asarray(1.0 / (1.0 + np.exp(-(x @ w[:-1] + w[-1]))))


def auc(p: np.ndarray, y: np.ndarray) -> float:
    """Probability that a right event outranks a wrong one (ties count half)."""
    pos, neg = p[y == 1], p[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    return float(np.mean((pos[:, None] > neg[None, :]) + 0.5 * (pos[:, None] == neg[None, :])))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--l2", type=float, default=1.0, help="ridge penalty (chosen by 5-fold CV on train)")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    if not ALLSIDES.exists():
        print(f"AllSides not found at {ALLSIDES}")
        return 1
    items = list(labelled("train"))
    x, y, names = matrix(items)
    folds = np.random.default_rng(0).integers(0, 5, len(y))
    cv = np.zeros(len(y))
    for k in range(5):  # each fold's cue words from its own training part, as the final model's are
        part = [it for it, f in zip(items, folds, strict=True) if f != k]
        held = [it for it, f in zip(items, folds, strict=True) if f == k]
        xp, yp, fold_names = matrix(part)
        cv[folds == k] = predict(fit(xp, yp, args.l2), matrix(held, fold_names)[0])
    w = fit(x, y, args.l2)
    print(f"train events {len(y)}, right {int(y.sum())} ({y.mean():.1%}); 5-fold CV AUC {auc(cv, y):.3f}")
    model = {
        "bias": round(float(w[-1]), 4),
        "weights": {n: round(float(v), 4) for n, v in zip(names, w[:-1], strict=True)},
        "l2": args.l2,
        "train_events": len(y),
        "train_right": int(y.sum()),
        "cv_auc": round(auc(cv, y), 3),
        "recipe": "train/event_confidence.py",
    }
    args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
