"""GDELT GKG 2.1 export: one tab-separated line of 27 columns per record, no header.

Column order and cell formats follow the GKG 2.1 codebook, so tools written for GDELT's own
files read ours. Offsets are character offsets into ``Record.text``. Fields dateline does not
compute (counts, GCAM dimensions, images, translation info) are left empty; V2GCAM carries only the
word count (``wc:N``). See ``docs/export.md`` for every column.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlparse
from xml.sax.saxutils import escape

from dateline.export import _geo
from dateline.export._io import clean, num, open_text, published
from dateline.record import Location, Record

COLUMNS: tuple[str, ...] = (
    "GKGRECORDID", "V2.1DATE", "V2SOURCECOLLECTIONIDENTIFIER", "V2SOURCECOMMONNAME", "V2DOCUMENTIDENTIFIER",
    "V1COUNTS", "V2.1COUNTS", "V1THEMES", "V2ENHANCEDTHEMES", "V1LOCATIONS", "V2ENHANCEDLOCATIONS",
    "V1PERSONS", "V2ENHANCEDPERSONS", "V1ORGANIZATIONS", "V2ENHANCEDORGANIZATIONS", "V1.5TONE",
    "V2.1ENHANCEDDATES", "V2GCAM", "V2.1SHARINGIMAGE", "V2.1RELATEDIMAGES", "V2.1SOCIALIMAGEEMBEDS",
    "V2.1SOCIALVIDEOEMBEDS", "V2.1QUOTATIONS", "V2.1ALLNAMES", "V2.1AMOUNTS", "V2.1TRANSLATIONINFO",
    "V2EXTRASXML",
)  # fmt: skip

# GKG V2.1ENHANCEDDATES resolution codes.
DATE_RESOLUTION = {"year": 1, "month": 2, "day": 3, "monthday": 4}

# V2SOURCECOLLECTIONIDENTIFIER: 1 = WEB (the identifier is a URL), 2 = CITATIONONLY (a textual citation).
WEB, CITATION_ONLY = 1, 2

_LIST = ",;#"  # characters that delimit blocks and fields in the list cells
_LOC = ";#"  # location fields are '#'-separated, blocks ';'-separated (commas are fine in names)
_QUOTE = "|#"


def _name_offsets(pairs: Iterable[tuple[str, int]]) -> str:
    return "".join(f"{clean(n, _LIST)},{o};" for n, o in pairs if clean(n, _LIST))


def _unique(names: Iterable[str]) -> str:
    seen: dict[str, None] = {}
    for n in names:
        c = clean(n, _LIST)
        if c:
            seen.setdefault(c, None)
    return "".join(f"{n};" for n in seen)


def _loc_fields(loc: Location) -> list[str]:
    lat = num(loc.lat, 4) if loc.lat is not None else ""
    lon = num(loc.lon, 4) if loc.lon is not None else ""
    return [
        str(_geo.geo_type(loc)),
        clean(_geo.full_name(loc), _LOC),
        _geo.fips(loc.country_code),
        _geo.adm1(loc),
        lat,
        lon,
        clean(_geo.feature_id(loc), _LOC),
    ]


def v1_locations(locations: list[Location]) -> str:
    """``type#name#CC#ADM1#lat#lon#featureID;`` once per distinct place."""
    seen: dict[str, None] = {}
    for loc in locations:
        seen.setdefault("#".join(_loc_fields(loc)), None)
    return "".join(f"{b};" for b in seen)


def v2_locations(locations: list[Location]) -> str:
    """``type#name#CC#ADM1#ADM2#lat#lon#featureID#offset;`` once per mention (ADM2 is not resolved)."""
    out = []
    for loc in locations:
        t, name, cc, adm1, lat, lon, fid = _loc_fields(loc)
        out.append(f"{t}#{name}#{cc}#{adm1}##{lat}#{lon}#{fid}#{loc.start};")
    return "".join(out)


def row(record: Record, seq: int) -> list[str]:
    """The 27 cells of one record; ``seq`` numbers the records of one export (GKGRECORDID)."""
    src = record.source
    when = published(src.published)
    date14 = when.strftime("%Y%m%d%H%M%S") if when else ""
    persons = [e for e in record.entities if e.type == "PERSON"]
    orgs = [e for e in record.entities if e.type == "ORG"]
    t = record.tone
    tone = ",".join(
        num(x, 6)
        for x in (t.tone, t.positive, t.negative, t.polarity, t.activity_density, t.self_group_density, t.word_count)
    )
    dates = "".join(
        f"{DATE_RESOLUTION.get(d.resolution, 0)}#{d.month or 0}#{d.day or 0}#{d.year or 0}#{d.start};"
        for d in record.dates
    )
    quotes = "#".join(
        f"{q.start}|{q.end - q.start}|{clean(q.verb, _QUOTE)}|{clean(q.quote, _QUOTE)}"
        for q in record.quotes
        if clean(q.quote, _QUOTE)
    )
    amounts = "".join(f"{num(a.value)},{clean(a.object or a.unit, _LIST)},{a.start};" for a in record.amounts)
    host = (urlparse(src.url).hostname or "") if src.url else ""
    extras = f"<DATELINE_ID>{escape(clean(record.id))}</DATELINE_ID>"
    if src.title:
        extras = f"<PAGE_TITLE>{escape(clean(src.title))}</PAGE_TITLE>" + extras
    cells = [
        f"{date14 or '0' * 14}-{seq}",
        date14,
        str(WEB if src.url else CITATION_ONLY),
        clean(host.removeprefix("www.")),
        clean(src.url or src.path or record.id),
        "",  # V1COUNTS: not computed
        "",  # V2.1COUNTS
        _unique(th.name for th in record.themes),
        _name_offsets((th.name, th.start) for th in record.themes),
        v1_locations(record.locations),
        v2_locations(record.locations),
        _unique(e.canonical or e.text for e in persons),
        _name_offsets((e.canonical or e.text, e.start) for e in persons),
        _unique(e.canonical or e.text for e in orgs),
        _name_offsets((e.canonical or e.text, e.start) for e in orgs),
        tone,
        dates,
        f"wc:{t.word_count}" if t.word_count else "",
        "",  # V2.1SHARINGIMAGE
        "",  # V2.1RELATEDIMAGES
        "",  # V2.1SOCIALIMAGEEMBEDS
        "",  # V2.1SOCIALVIDEOEMBEDS
        quotes,
        _name_offsets((e.canonical or e.text, e.start) for e in record.entities),
        amounts,
        "",  # V2.1TRANSLATIONINFO
        extras,
    ]
    assert len(cells) == len(COLUMNS)
    return cells


def write(records: Iterable[Record], target: Path) -> int:
    """Write one GKG 2.1 line per record to ``target`` (``-`` for stdout); returns the lines written."""
    n = 0
    with open_text(Path(target)) as f:
        for n, record in enumerate(records, 1):
            f.write("\t".join(row(record, n)) + "\n")
    return n
