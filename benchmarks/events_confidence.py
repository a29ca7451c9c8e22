"""Event confidence on held-out, hand-read news events: does it rank right events first?

Usage (from the repo root; needs ``../shared/data/allsides``)::

    nice -n 10 .venv/bin/python benchmarks/events_confidence.py [--split test|train]

Events: the ``test`` rows of ``train/event_confidence_labels.tsv`` (every event dateline emitted on
AllSides test articles 640-760, read by hand; no rule or weight was chosen on them), re-run through
the pipeline and matched back. Reports the share of right events among all, the ranking's AUC, and
precision and recall (of the right events) when keeping events rated at least each threshold. The
baseline, run on the same events: keeping only events with both actors, the filter a user would
reach for first. With about two hundred events, a precision is uncertain by several points.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "train"))

import event_confidence as ec  # noqa: E402

THRESHOLDS = (0.1, 0.2, 0.3, 0.4, 0.5)


def _row(name: str, keep: np.ndarray, y: np.ndarray) -> str:
    kept, right = int(keep.sum()), int(y[keep].sum())
    precision = right / kept if kept else float("nan")
    return f"{name:<28} kept {kept:>4}  right {right:>3}  precision {precision:.2f}  recall {right / y.sum():.2f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=["test", "train"], default="test")
    args = ap.parse_args(argv)
    if not ec.ALLSIDES.exists():
        print(f"AllSides not found at {ec.ALLSIDES}")
        return 1
    items = list(ec.labelled(args.split))
    y = np.array([right for *_, right in items], dtype=float)
    conf = np.array([e.confidence if e.confidence is not None else 0.0 for e, *_ in items])
    both = np.array([e.actor1 is not None and e.actor2 is not None for e, *_ in items])
    print(f"{args.split}: {len(y)} hand-read events, {int(y.sum())} right ({y.mean():.1%})")
    print(f"AUC of confidence {ec.auc(conf, y):.3f} (0.5 = no better than chance)")
    print(_row("all events", np.ones(len(y), dtype=bool), y))
    print(_row("baseline: both actors", both, y))
    for t in THRESHOLDS:
        print(_row(f"confidence >= {t}", conf >= t, y))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
