"""Event confidence on held-out, hand-read news events: does it rank right events first?

Usage (from the repo root; needs ``../shared/data/allsides``)::

    nice -n 10 .venv/bin/python benchmarks/events_confidence.py [--split test|train] [--degraded]

Events: the ``test`` rows of ``train/event_confidence_labels.tsv`` (every event dateline emitted on
AllSides test articles 640-760, read by hand; no rule or weight was chosen on them), re-run through
the pipeline and matched back. Reports the share of right events among all, the ranking's AUC, and
precision and recall (of the right events) when keeping events rated at least each threshold. The
baseline, run on the same events: keeping only events with both actors, the filter a user would
reach for first. With about two hundred events, a precision is uncertain by several points.

``--degraded`` also runs the articles degraded by the seed's rule (lowercase, every character
outside ``[a-z0-9]`` a space; length preserving) through ``analyze_many``, so through restoration. A
degraded event takes the label of the clean event with the same cue start, code and actor codes;
the degraded events no clean event matches were read by hand too, on the same strict reading, and
are labelled in ``train/event_confidence_labels_degraded.tsv`` (keyed the same way). Events with no
label at all (the coder has changed since) are only counted.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from dateline import analyze_many
from dateline.errors import DatelineError
from dateline.record import Event
from dateline.restore.labels import degrade

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "train"))

import event_confidence as ec  # noqa: E402

THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5)
DEGRADED_LABELS = ec.ROOT / "train" / "event_confidence_labels_degraded.tsv"
Key = tuple[int | None, str, str, str]


def _row(name: str, keep: np.ndarray, y: np.ndarray) -> str:
    kept, right = int(keep.sum()), int(y[keep].sum())
    precision = right / kept if kept else float("nan")
    return f"{name:<28} kept {kept:>4}  right {right:>3}  precision {precision:.2f}  recall {right / y.sum():.2f}"


def _same(e: Event) -> Key:
    """An event's identity across clean and degraded runs (the cue's end may differ: a framed act
    found further off in one parse than in the other)."""
    a1 = e.actor1.code if e.actor1 and e.actor1.code else "-"
    a2 = e.actor2.code if e.actor2 and e.actor2.code else "-"
    return (e.cue_start, e.code, a1, a2)


def _degraded_labels(split: str) -> dict[tuple[str, Key], int]:
    rows = csv.DictReader(DEGRADED_LABELS.open(encoding="utf-8"), delimiter="\t")
    return {
        (r["article"], (int(r["cue_start"]), r["code"], r["actor1"], r["actor2"])): int(r["right"])
        for r in rows
        if r["split"] == split
    }


def degraded_items(split: str, clean: list[ec.Item]) -> Iterator[tuple[Event, int]]:
    """(degraded event, label) for each event coded on the degraded articles that has a label."""
    from_clean = {(rec.id, _same(e)): right for e, rec, _, right in clean}
    own = _degraded_labels(split)
    docs = ec.articles(split)
    items = ({**d, "text": degrade(str(d["text"]), keep_offsets=True)} for d in docs)
    emitted, matched, unlabelled = 0, 0, 0
    for rec in analyze_many(items):
        if isinstance(rec, DatelineError):
            print(f"  failed: {rec}", file=sys.stderr)
            continue
        for e in rec.events:
            emitted += 1
            key = (rec.id, _same(e))
            right = from_clean.get(key)
            matched += right is not None
            right = own.get(key) if right is None else right
            if right is None:
                unlabelled += 1
                continue
            yield e, right
    print(f"degraded: {emitted} events coded; {matched} match a labelled clean event, "
          f"{emitted - matched - unlabelled} have their own label, {unlabelled} have none")  # fmt: skip


def report(title: str, conf: np.ndarray, both: np.ndarray, y: np.ndarray) -> None:
    print(f"{title}: {len(y)} hand-read events, {int(y.sum())} right ({y.mean():.1%})")
    print(f"AUC of confidence {ec.auc(conf, y):.3f} (0.5 = no better than chance)")
    print(_row("all events", np.ones(len(y), dtype=bool), y))
    print(_row("baseline: both actors", both, y))
    for t in THRESHOLDS:
        print(_row(f"confidence >= {t}", conf >= t, y))


def _arrays(pairs: list[tuple[Event, int]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    conf = np.array([e.confidence if e.confidence is not None else 0.0 for e, _ in pairs])
    both = np.array([e.actor1 is not None and e.actor2 is not None for e, _ in pairs])
    return conf, both, np.array([right for _, right in pairs], dtype=float)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=["test", "train"], default="test")
    ap.add_argument("--degraded", action="store_true", help="also rate the events coded on the degraded articles")
    args = ap.parse_args(argv)
    if not ec.ALLSIDES.exists():
        print(f"AllSides not found at {ec.ALLSIDES}")
        return 1
    items = list(ec.labelled(args.split))
    clean = [(e, right) for e, _, _, right in items]
    report(f"{args.split}, clean", *_arrays(clean))
    if args.degraded:
        pairs = list(degraded_items(args.split, items))
        report(f"{args.split}, degraded", *_arrays(pairs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
