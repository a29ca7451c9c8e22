"""Quotes (stub until its issue lands)."""

from __future__ import annotations

from dateline.context import Context
from dateline.record import Quote


def extract(ctx: Context) -> list[Quote]:
    return []
