"""GDELT 2.0 Events export: one tab-separated line of 61 columns per coded event, no header.

The column order is the GDELT 2.0 Event codebook's, so scripts written for GDELT's export files
read ours. CAMEO codes are written as strings with their leading zeros ("042", "04"). Each record
is one article, so NumMentions, NumSources and NumArticles are 1 and AvgTone is the article's tone.
SQLDATE and the columns after it are the event's own date when its sentence gives a full one
("on May 21, 2014"), else ``source.published`` (empty when unknown); DATEADDED is always the
publication. dateline does not geocode actors,
so the Actor1Geo/Actor2Geo columns are empty (type 0) and ActionGeo holds the event's location.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from dateline.events.day import happened
from dateline.export import _geo
from dateline.export._io import clean, num, open_text, published
from dateline.record import Actor, Location, Record

_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code",
          "Type1Code", "Type2Code", "Type3Code")  # fmt: skip
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")

COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR),
    *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO),
    *(f"Actor2Geo_{c}" for c in _GEO),
    *(f"ActionGeo_{c}" for c in _GEO),
    "DATEADDED", "SOURCEURL",
)  # fmt: skip

# CAMEO actor codes that name a known group rather than a country: IGOUNO -> group UNO.
_GROUP_PREFIXES = ("IGO", "NGO", "IMG", "MNC")


def _actor(a: Actor | None) -> list[str]:
    if a is None or not (a.code or a.name):
        return [""] * len(_ACTOR)
    code = (a.code or "").upper()
    group = ""
    type1 = (a.sector or "").upper()
    if code[:3] in _GROUP_PREFIXES and not a.country_code:
        group, type1 = code[3:6], type1 or code[:3]
    return [
        clean(code),
        clean(a.name or a.text).upper(),  # GDELT spells actor names in capitals
        clean(a.country_code or "").upper(),
        group,
        "",  # EthnicCode
        "",  # Religion1Code
        "",  # Religion2Code
        clean(type1),
        "",  # Type2Code
        "",  # Type3Code
    ]


def _geo_cells(loc: Location | None) -> list[str]:
    if loc is None:
        return ["0"] + [""] * (len(_GEO) - 1)
    return [
        str(_geo.geo_type(loc)),
        clean(_geo.full_name(loc)),
        _geo.fips(loc.country_code),
        _geo.adm1(loc),
        "",  # ADM2Code: not resolved
        num(loc.lat, 4) if loc.lat is not None else "",
        num(loc.lon, 4) if loc.lon is not None else "",
        clean(_geo.feature_id(loc)),
    ]


def _date_cells(when: dt.datetime | None) -> list[str]:
    """SQLDATE, MonthYear, Year, FractionDate."""
    if when is None:
        return ["", "", "", ""]
    day = when.timetuple().tm_yday
    return [when.strftime("%Y%m%d"), when.strftime("%Y%m"), str(when.year), f"{when.year + day / 365:.4f}"]


def rows(record: Record, first_id: int) -> list[list[str]]:
    """The 61-cell rows for one record's events, numbered from ``first_id``."""
    when = published(record.source.published)
    added = when.strftime("%Y%m%d%H%M%S") if when else ""
    source = clean(record.source.url or record.source.path or record.id)
    out = []
    for i, e in enumerate(record.events):
        cells = [
            str(first_id + i),
            *_date_cells(happened(e, when)),
            *_actor(e.actor1),
            *_actor(e.actor2),
            "1" if e.is_root else "0",
            clean(e.code),
            clean(e.base_code),
            clean(e.root_code),
            str(e.quad_class),
            num(e.goldstein, 1),
            "1",  # NumMentions
            "1",  # NumSources
            "1",  # NumArticles
            num(record.tone.tone, 6),
            *_geo_cells(None),  # Actor1Geo: actors are not geocoded
            *_geo_cells(None),  # Actor2Geo
            *_geo_cells(e.location),
            added,
            source,
        ]
        assert len(cells) == len(COLUMNS)
        out.append(cells)
    return out


def write(records: Iterable[Record], target: Path, min_confidence: float | None = None) -> int:
    """Write one GDELT 2.0 Events line per event to ``target`` (``-`` for stdout); returns the rows.
    ``min_confidence`` keeps only events rated at least that (the layout has no column for it)."""
    n = 0
    with open_text(Path(target)) as f:
        for record in records:
            if min_confidence is not None:
                kept = [e for e in record.events if e.confidence is not None and e.confidence >= min_confidence]
                record = replace(record, events=kept)
            for cells in rows(record, n + 1):
                f.write("\t".join(cells) + "\n")
                n += 1
    return n
