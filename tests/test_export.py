"""Exporters: JSONL, Parquet, GKG 2.1 and GDELT 2.0 Events (records built by hand)."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from dateline.export import events as events_export
from dateline.export import gkg, jsonl, parquet
from dateline.record import Actor, DateMention, Entity, Event, Location, Quote, Record, Source
from test_store import rich_record  # the same hand-built record the store tests use

G = {name: i for i, name in enumerate(gkg.COLUMNS)}
E = {name: i for i, name in enumerate(events_export.COLUMNS)}


def gkg_cells(records: list[Record], tmp_path: Path) -> list[list[str]]:
    out = tmp_path / "g.tsv"
    assert gkg.write(records, out) == len(records)
    lines = out.read_text("utf-8").split("\n")
    assert lines[-1] == ""  # newline-terminated, nothing after
    return [line.split("\t") for line in lines[:-1]]


def test_export_jsonl_one_record_per_line_round_trips(tmp_path: Path) -> None:
    records = [rich_record(), Record(id="b", text="Line one.\nLine two\twith a tab.")]
    target = tmp_path / "sub" / "r.jsonl"  # the folder is created
    assert jsonl.write(iter(records), target) == 2
    lines = target.read_text("utf-8").splitlines()
    assert len(lines) == 2
    assert [Record.from_dict(json.loads(x)) for x in lines] == records
    assert lines == [r.to_json() for r in records]


def test_export_gkg_has_27_columns_in_codebook_order(tmp_path: Path) -> None:
    assert len(gkg.COLUMNS) == 27
    assert gkg.COLUMNS[:5] == (
        "GKGRECORDID", "V2.1DATE", "V2SOURCECOLLECTIONIDENTIFIER", "V2SOURCECOMMONNAME", "V2DOCUMENTIDENTIFIER",
    )  # fmt: skip
    assert gkg.COLUMNS[15] == "V1.5TONE" and gkg.COLUMNS[22] == "V2.1QUOTATIONS" and gkg.COLUMNS[-1] == "V2EXTRASXML"
    nasty = Record(
        id="n",
        text="Tab\there;and#a|pipe, said X.\n",
        entities=[Entity("Tab\there;and#a|pipe,", "PERSON", 0, 21, "Tab\there;and#a|pipe,")],
        quotes=[Quote("X", "Tab\there;and#a|pipe,", "said\n", 0, 21)],
    )
    rows = gkg_cells([rich_record(), Record(id="empty", text="Nothing here."), nasty], tmp_path)
    assert [len(r) for r in rows] == [27, 27, 27]
    assert rows[2][G["V2ENHANCEDPERSONS"]] == "Tab here and a|pipe,0;"
    assert rows[2][G["V2.1QUOTATIONS"]] == "0|21|said|Tab here;and a pipe,"


def test_export_gkg_cell_formats(tmp_path: Path) -> None:
    r = rich_record()
    (row,) = gkg_cells([r], tmp_path)
    c = {name: row[i] for name, i in G.items()}
    t = r.text
    assert c["GKGRECORDID"] == "20160623000000-1"
    assert c["V2.1DATE"] == "20160623000000"
    assert c["V2SOURCECOLLECTIONIDENTIFIER"] == "1"
    assert c["V2SOURCECOMMONNAME"] == "example.com"
    assert c["V2DOCUMENTIDENTIFIER"] == "https://www.example.com/a"
    # name,offset; once per mention, under the canonical name
    assert c["V2ENHANCEDPERSONS"] == f"Vladimir Putin,0;Vladimir Putin,{t.index('Mr. Putin')};"
    assert c["V1PERSONS"] == "Vladimir Putin;"
    assert c["V2ENHANCEDORGANIZATIONS"] == f"Xinhua,{t.index('Xinhua')};Rosneft,{t.index('Rosneft')};"
    assert c["V1ORGANIZATIONS"] == "Xinhua;Rosneft;"
    assert c["V2.1ALLNAMES"].count(";") == 4
    # seven comma-separated numbers
    tone = c["V1.5TONE"].split(",")
    assert len(tone) == 7 and [float(x) for x in tone] == [-1.25, 2.5, 3.75, 6.25, 20.0, 1.5, 32.0]
    # offset|length|verb|quote, joined by '#'
    q = t.index("We need")
    assert c["V2.1QUOTATIONS"] == f"{q}|18|told|We need the money,"
    # amount,object,offset;
    assert c["V2.1AMOUNTS"] == f"19.5,stake,{t.index('19.5')};11000000000,stake,{t.index('$11')};"
    # type#name#CC#ADM1#ADM2#lat#lon#featureID#offset; (FIPS country codes: China is CH)
    b = t.index("Beijing")
    assert c["V2ENHANCEDLOCATIONS"] == f"4#Beijing, Beijing, China#CH#CH22##39.9075#116.3972#1816670#{b};"
    assert c["V1LOCATIONS"] == "4#Beijing, Beijing, China#CH#CH22#39.9075#116.3972#1816670;"
    # resolution#month#day#year#offset; (3 = full date, 2 = month and year)
    assert c["V2.1ENHANCEDDATES"] == f"3#6#18#2016#{t.index('Saturday')};2#5#0#2014#{t.index('May 2014')};"
    assert c["V1THEMES"] == "ECON_TRADE;"
    assert c["V2ENHANCEDTHEMES"] == f"ECON_TRADE,{t.index('stake')};"
    assert c["V2GCAM"] == "wc:32"
    assert c["V2EXTRASXML"] == "<PAGE_TITLE>Putin in Beijing</PAGE_TITLE><DATELINE_ID>wt-1</DATELINE_ID>"
    for empty in ("V1COUNTS", "V2.1COUNTS", "V2.1SHARINGIMAGE", "V2.1TRANSLATIONINFO"):
        assert c[empty] == ""


@pytest.mark.parametrize(
    ("loc", "expected"),
    [
        (Location("Russia", "country", "RU", None, 60.0, 100.0, 2017370, 0, 6), "1#Russia#RS#RS##60#100#RS#0;"),
        (Location("Moscow", "city", "RU", "Moscow", 55.75222, 37.61556, 524901, 0, 6),
         "4#Moscow, Moscow, Russia#RS#RS48##55.7522#37.6156#524901#0;"),
        (Location("California", "admin1", "US", "California", 37.25, -119.75, 5332921, 0, 10),
         "2#California, United States#US#USCA##37.25#-119.75#USCA#0;"),
        (Location("Moscow", "city", "US", "Idaho", 46.73239, -117.00017, 5601538, 0, 6),
         "3#Moscow, Idaho, United States#US#USID##46.7324#-117.0002#5601538#0;"),
        (Location("Siberia", "admin1", "RU", None, 60.0, 105.0, None, 0, 7), "5#Siberia, Russia#RS#RS##60#105##0;"),
        (Location("South China Sea", "region", None, None, 12.0, 114.0, None, 4, 19),
         "4#South China Sea####12#114##4;"),
    ],
)  # fmt: skip
def test_export_gkg_location_types_and_codes(loc: Location, expected: str) -> None:
    assert gkg.v2_locations([loc]) == expected


def test_export_gkg_without_url_or_date_is_a_citation(tmp_path: Path) -> None:
    r = Record(id="local", text="Text.", source=Source(path="docs/local.txt"))
    (row,) = gkg_cells([r], tmp_path)
    assert row[G["GKGRECORDID"]] == "00000000000000-1"
    assert row[G["V2.1DATE"]] == ""
    assert row[G["V2SOURCECOLLECTIONIDENTIFIER"]] == "2"
    assert row[G["V2DOCUMENTIDENTIFIER"]] == "docs/local.txt"


def test_export_events_has_61_columns_and_keeps_leading_zeros(tmp_path: Path) -> None:
    assert len(events_export.COLUMNS) == 61
    assert events_export.COLUMNS[:8] == (
        "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
        "Actor1Code", "Actor1Name", "Actor1CountryCode",
    )  # fmt: skip
    assert events_export.COLUMNS[25:35] == (
        "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
        "NumMentions", "NumSources", "NumArticles", "AvgTone",
    )  # fmt: skip
    assert events_export.COLUMNS[-2:] == ("DATEADDED", "SOURCEURL")
    sanction = Event(
        "163", "163", "16", 4, -8.0, "SANCTION",
        Actor("the EU", "European Union", "IGOEUREEC", None, None), Actor("Russia", "Russia", "RUS", "RUS", None),
        10, 50, False,
    )  # fmt: skip
    second = Record(id="two", text="x" * 60, events=[sanction])
    out = tmp_path / "e.tsv"
    assert events_export.write([rich_record(), Record(id="none", text="No events."), second], out) == 2
    rows = [line.split("\t") for line in out.read_text("utf-8").splitlines()]
    assert [len(r) for r in rows] == [61, 61]
    c = {name: rows[0][i] for name, i in E.items()}
    assert c["GLOBALEVENTID"] == "1" and rows[1][E["GLOBALEVENTID"]] == "2"
    assert (c["SQLDATE"], c["MonthYear"], c["Year"]) == ("20160623", "201606", "2016")
    assert c["FractionDate"].startswith("2016.")
    assert (c["Actor1Code"], c["Actor1Name"], c["Actor1CountryCode"], c["Actor1Type1Code"]) == (
        "RUSGOV", "VLADIMIR PUTIN", "RUS", "GOV",
    )  # fmt: skip
    assert (c["Actor2Code"], c["Actor2CountryCode"]) == ("CHNGOV", "CHN")
    assert (c["IsRootEvent"], c["EventCode"], c["EventBaseCode"], c["EventRootCode"]) == ("1", "042", "042", "04")
    assert (c["QuadClass"], c["GoldsteinScale"], c["NumMentions"], c["AvgTone"]) == ("1", "1.9", "1", "-1.25")
    assert c["Actor1Geo_Type"] == "0" and c["Actor1Geo_FullName"] == ""
    assert (c["ActionGeo_Type"], c["ActionGeo_CountryCode"], c["ActionGeo_ADM1Code"], c["ActionGeo_FeatureID"]) == (
        "4", "CH", "CH22", "1816670",
    )  # fmt: skip
    assert c["DATEADDED"] == "20160623000000" and c["SOURCEURL"] == "https://www.example.com/a"
    s = {name: rows[1][i] for name, i in E.items()}
    assert (s["EventCode"], s["EventRootCode"], s["IsRootEvent"], s["QuadClass"]) == ("163", "16", "0", "4")
    assert (s["Actor1Code"], s["Actor1KnownGroupCode"], s["Actor1Type1Code"]) == ("IGOEUREEC", "EUR", "IGO")
    assert s["SQLDATE"] == "" and s["ActionGeo_Type"] == "0" and s["SOURCEURL"] == "two"


def test_export_events_keep_only_events_rated_at_least_a_confidence(tmp_path: Path) -> None:
    r = rich_record()
    r.events = [replace(r.events[0], confidence=c) for c in (0.1, 0.6, None, 0.45)]
    out = tmp_path / "e.tsv"
    assert events_export.write([r], out) == 4
    assert events_export.write([r], out, min_confidence=0.45) == 2  # unrated events never pass
    lines = [line.split("\t") for line in out.read_text("utf-8").splitlines()]
    assert [cells[E["GLOBALEVENTID"]] for cells in lines] == ["1", "2"]  # numbered as written


def test_export_events_dated_by_the_event_when_the_sentence_gives_a_full_date(tmp_path: Path) -> None:
    r = rich_record()
    day = DateMention("May 21, 2014", "day", 2014, 5, 21, 0, 12)
    year = DateMention("2014", "year", 2014, None, None, 0, 4)
    r.events = [replace(r.events[0], date=day), replace(r.events[0], date=year)]
    out = tmp_path / "e.tsv"
    events_export.write([r], out)
    rows = [line.split("\t") for line in out.read_text("utf-8").splitlines()]
    assert [row[E["SQLDATE"]] for row in rows] == ["20140521", "20160623"]  # a year alone: the publication
    assert [row[E["DATEADDED"]] for row in rows] == ["20160623000000"] * 2
    parquet.write(iter([r]), tmp_path / "pq")
    events = pq.read_table(tmp_path / "pq" / "events.parquet").to_pylist()
    assert [(e["date_text"], e["date_resolution"], e["date_year"], e["date_day"]) for e in events] == [
        ("May 21, 2014", "day", 2014, 21),
        ("2014", "year", 2014, None),
    ]
    assert Record.from_dict(r.to_dict()).events[0].date == day


def test_export_parquet_tables_read_back(tmp_path: Path) -> None:
    r = rich_record()
    plain = Record(id="plain", text="Nothing.")
    total = parquet.write(iter([r, plain]), tmp_path / "pq")
    tables = {p.stem: pq.read_table(p) for p in (tmp_path / "pq").glob("*.parquet")}
    assert set(tables) == {"articles", "entities", "locations", "dates", "amounts", "quotes", "themes", "events"}
    assert total == sum(t.num_rows for t in tables.values()) == 2 + 4 + 1 + 2 + 2 + 1 + 1 + 1
    arts = tables["articles"].to_pylist()
    assert [a["article_id"] for a in arts] == ["wt-1", "plain"]
    assert arts[0]["text"] == r.text and arts[0]["tone"] == -1.25 and arts[0]["errors"] == r.errors
    ents = tables["entities"].to_pylist()
    assert {e["article_id"] for e in ents} == {"wt-1"}
    assert [e["canonical"] for e in ents] == ["Vladimir Putin", "Vladimir Putin", "Xinhua", "Rosneft"]
    assert all(r.text[e["start"] : e["end"]] for e in ents)
    (ev,) = tables["events"].to_pylist()
    assert ev["code"] == "042" and ev["actor1_code"] == "RUSGOV" and ev["location_geonameid"] == 1816670
    assert r.text[ev["cue_start"] : ev["cue_end"]] == "visited"
    assert tables["locations"].schema.field("geonameid").type == "int64"
    assert tables["amounts"].column("value").to_pylist() == [19.5, 1.1e10]
    assert not list((tmp_path / "pq").glob("*.tmp")) and not list((tmp_path / "pq").glob(".*"))


def test_export_parquet_empty_store_still_writes_typed_tables(tmp_path: Path) -> None:
    assert parquet.write([], tmp_path / "pq") == 0
    t = pq.read_table(tmp_path / "pq" / "events.parquet")
    assert t.num_rows == 0 and t.schema.field("code").type == "string"


def test_export_failed_write_leaves_no_partial_file(tmp_path: Path) -> None:
    target = tmp_path / "r.jsonl"
    target.write_text("previous export\n")

    def broken():  # type: ignore[no-untyped-def]
        yield rich_record()
        raise RuntimeError("store went away")

    with pytest.raises(RuntimeError):
        jsonl.write(broken(), target)
    assert target.read_text() == "previous export\n"
    assert [p.name for p in tmp_path.iterdir()] == ["r.jsonl"]


def test_export_numbers_have_no_float_noise() -> None:
    from dateline.export._io import num

    assert [num(1.2e10), num(19.5), num(0.1 + 0.2), num(-0.0), num(3), num(None)] == [
        "12000000000", "19.5", "0.3", "0", "3", "",
    ]  # fmt: skip
    assert re.fullmatch(r"-?\d+(\.\d+)?", num(2 / 3))
