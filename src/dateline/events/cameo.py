"""CAMEO event codes: names, Goldstein weights, quad classes and PLOVER categories.

The tables are plain TSV files in ``dateline/data`` so that they can be read, diffed and cited;
codes stay strings everywhere because "042" and "42" are different things in CAMEO.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float

    @property
    def base_code(self) -> str:
        return self.code[:3]

    @property
    def root_code(self) -> str:
        return self.code[:2]

    @property
    def quad_class(self) -> int:
        return quad_class(self.code)


def _rows(name: str) -> list[list[str]]:
    text = resources.files("dateline").joinpath("data", name).read_text("utf-8")
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return [ln.split("\t") for ln in lines[1:]]  # first non-comment line is the header


@lru_cache(maxsize=1)
def codes() -> dict[str, CameoCode]:
    """Every CAMEO event code with its name and Goldstein weight (``cameo_events.tsv``)."""
    return {r[0]: CameoCode(r[0], r[2], float(r[1])) for r in _rows("cameo_events.tsv")}


@lru_cache(maxsize=1)
def _plover() -> dict[str, str]:
    return {r[0]: r[1] for r in _rows("cameo2plover.tsv")}


def lookup(code: str) -> CameoCode:
    """The entry for a code; unknown 4-digit codes fall back to their base code (KeyError if none)."""
    table = codes()
    if code in table:
        return table[code]
    if code[:3] in table:
        base = table[code[:3]]
        return CameoCode(code, base.name, base.goldstein)
    raise KeyError(code)


def quad_class(code: str) -> int:
    """1 verbal cooperation (01-05), 2 material cooperation (06-08), 3 verbal conflict (09-13), 4 material conflict."""
    root = int(code[:2])
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


def plover(code: str) -> str | None:
    """PLOVER category per CAMEO2PLOVER-2021 (None for the statement and appeal roots 01, 02)."""
    table = _plover()
    for key in (code, code[:3], code[:2] + "0"):
        if key in table:
            return table[key]
    return None
