"""Shared plumbing for the exporters: atomic text output, GDELT-style dates, cell hygiene."""

from __future__ import annotations

import contextlib
import os
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from dateline.events.day import published

__all__ = ["clean", "num", "open_text", "published"]

_CONTROL = re.compile(r"[\t\r\n\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+")


@contextlib.contextmanager
def open_text(target: Path) -> Iterator[TextIO]:
    """Write ``target`` atomically (a temp file renamed on success), or stdout when it is ``-``.

    An export that fails half-way never leaves a truncated file that looks complete.
    """
    if str(target) == "-":
        yield sys.stdout
        sys.stdout.flush()
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    try:
        with open(tmp, "w", encoding="utf-8", newline="\n") as f:
            yield f
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def clean(text: str | None, delimiters: str = "") -> str:
    """Cell text: no tabs, newlines or control characters, none of ``delimiters``, spaces collapsed."""
    if not text:
        return ""
    s = _CONTROL.sub(" ", text)
    if delimiters:
        s = s.translate({ord(c): " " for c in delimiters})
    return " ".join(s.split())


def num(x: float | int | None, places: int = 6) -> str:
    """A number without float noise: integers bare, others rounded to ``places`` decimals."""
    if x is None:
        return ""
    if isinstance(x, float) and x.is_integer() and abs(x) < 1e18:
        return str(int(x))
    if isinstance(x, int):
        return str(x)
    s = f"{x:.{places}f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s
