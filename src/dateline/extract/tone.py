"""Tone (stub until its issue lands)."""

from __future__ import annotations

from dateline.context import Context
from dateline.record import Tone


def extract(ctx: Context) -> Tone:
    return Tone(word_count=sum(1 for t in ctx.doc if t.is_alpha))
