"""JSONL export: one nested record per line, exactly ``Record.to_json()`` (the record contract)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from dateline.export._io import open_text
from dateline.record import Record


def write(records: Iterable[Record], target: Path) -> int:
    """Write one record per line to ``target`` (``-`` for stdout); returns the records written."""
    n = 0
    with open_text(Path(target)) as f:
        for record in records:
            f.write(record.to_json() + "\n")
            n += 1
    return n
