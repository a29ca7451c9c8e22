"""Scraping residue: sidebars, widgets and cut-off fragments, as input spans."""

from __future__ import annotations

from dateline.record import Boilerplate


def find_boilerplate(text: str) -> list[Boilerplate]:
    return []
