"""Places: gazetteer lookups, the lowercase scan, and resolution by context."""

from __future__ import annotations

import csv
import importlib.util
import sys
from importlib import resources
from pathlib import Path

import pytest

from dateline.extract import places
from dateline.geo import gazetteer

ROOT = Path(__file__).resolve().parent.parent


def locs(make_ctx, text: str, boilerplate: list[tuple[int, int]] | None = None):
    ctx = make_ctx(text)
    if boilerplate:
        ctx.boilerplate = boilerplate
    found = places.extract(ctx)
    for loc in found:  # offsets are into the analysis text
        assert text[loc.start : loc.end].lower() == loc.text.lower()
    return found


def one(found, name: str):
    hits = [loc for loc in found if loc.name == name]
    assert hits, f"{name} not in {[loc.name for loc in found]}"
    return hits[0]


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Putin flew to Moscow on Saturday for talks.",
        "mr putin flew to moscow on saturday for talks",
    ],
)
def test_places_moscow_is_russia(make_ctx, text):
    loc = one(locs(make_ctx, text), "Moscow")
    assert (loc.type, loc.country_code, loc.admin1, loc.geonameid) == ("city", "RU", "Moscow", 524901)
    assert loc.lat == pytest.approx(55.75, abs=0.05) and loc.lon == pytest.approx(37.62, abs=0.05)


@pytest.mark.parametrize("text", ["He arrived in Beijing on a state visit.", "he arrived in beijing on a state visit"])
def test_places_beijing_is_china(make_ctx, text):
    loc = one(locs(make_ctx, text), "Beijing")
    assert (loc.type, loc.country_code) == ("city", "CN")
    assert loc.lat == pytest.approx(39.9, abs=0.1)


@pytest.mark.parametrize(
    "text",
    ["a rail link between Moscow and the Volga River city of Kazan", "a rail link to the volga river city of kazan"],
)
def test_places_kazan_admin1_tatarstan(make_ctx, text):
    found = locs(make_ctx, text)
    kazan = one(found, "Kazan")
    assert (kazan.country_code, kazan.admin1) == ("RU", "Tatarstan")
    assert one(found, "Volga River").type == "region"


@pytest.mark.parametrize(
    ("text", "name", "cc"),
    [
        ("the south china sea dispute went on", "South China Sea", None),
        ("after the annexation of crimea in 2014", "Crimea", "UA"),
        ("drilling in the russian arctic", "Russian Arctic", "RU"),
        ("patrols near the diaoyu islands which japan calls the senkakus", "Diaoyu/Senkaku Islands", None),
        ("floods in siberia", "Siberia", "RU"),
        ("tensions on the korean peninsula", "Korean Peninsula", None),
        ("Ships crossed the East China Sea.", "East China Sea", None),
    ],
)
def test_places_curated_regions_have_coordinates(make_ctx, text, name, cc):
    loc = one(locs(make_ctx, text), name)
    assert loc.type == "region" and loc.country_code == cc
    assert loc.lat is not None and loc.lon is not None
    assert -90 <= loc.lat <= 90 and -180 <= loc.lon <= 180


@pytest.mark.parametrize(
    "text",
    [
        "the deal was struck at home of course",
        "The deal may be the best of the lot, said the mobile team in March.",
        "a nice split reading of the union rules at the university",
        "let us go and see",
        "russian officials and chinese bankers met",
        "she carved the turkey sandwich and set out the fine china plates",
        "they present sino russian relations as a bulwark",
        "Anglo-American ties and Franco-German plans",
    ],
)
def test_places_ordinary_words_are_never_places(make_ctx, text):
    assert locs(make_ctx, text) == []


@pytest.mark.parametrize(
    "text",
    ["the washington led pact is a rival", "The Washington-led pact is a rival.", "washington said it would respond"],
)
def test_places_washington_metonym_is_the_us(make_ctx, text):
    loc = one(locs(make_ctx, text), "United States")
    assert (loc.type, loc.country_code) == ("country", "US")
    assert text[loc.start : loc.end].lower() == "washington"


def test_places_washington_plain_is_the_capital(make_ctx):
    loc = one(locs(make_ctx, "he lives in washington near the white house"), "Washington")
    assert (loc.type, loc.country_code, loc.geonameid) == ("city", "US", 4140963)


@pytest.mark.parametrize(
    "text", ["the university in moscow idaho is small", "The university in Moscow, Idaho, is small."]
)
def test_places_moscow_idaho_stays_in_idaho(make_ctx, text):
    found = locs(make_ctx, text)
    moscow = one(found, "Moscow")
    assert (moscow.country_code, moscow.admin1) == ("US", "Idaho")
    assert one(found, "Idaho").type == "admin1"


def test_places_context_country_wins(make_ctx):
    found = locs(make_ctx, "talks in kazan russia ended")
    assert one(found, "Kazan").country_code == "RU"


@pytest.mark.parametrize(("text", "cc"), [("Sanctions by the U.S. hurt.", "US"), ("sanctions by the u s hurt", "US")])
def test_places_us_abbreviation(make_ctx, text, cc):
    assert one(locs(make_ctx, text), "United States").country_code == cc


def test_places_people_named_like_places(make_ctx):
    assert locs(make_ctx, "george washington crossed the river") == []
    assert [loc.country_code for loc in locs(make_ctx, "talks in turkey and jordan")] == ["TR", "JO"]


def test_places_every_mention_reported(make_ctx):
    text = "moscow said that moscow and beijing agree moscow"
    found = [loc for loc in locs(make_ctx, text) if loc.name == "Moscow"]
    assert [loc.start for loc in found] == [0, 17, 42]


def test_places_boilerplate_skipped(make_ctx):
    text = "talks in beijing top stories trump visits moscow"
    names = [loc.name for loc in locs(make_ctx, text, boilerplate=[(17, len(text))])]
    assert names == ["Beijing"]


def test_places_country_has_centroid(make_ctx):
    loc = one(locs(make_ctx, "Sanctions against Russia continue."), "Russia")
    assert (loc.type, loc.geonameid) == ("country", 2017370)
    assert loc.lat == pytest.approx(61.5, abs=1) and loc.lon == pytest.approx(105.3, abs=1)


def test_gazetteer_built_once_and_fast():
    import time

    g = gazetteer.load()
    assert gazetteer.load() is g
    t = time.perf_counter()
    for _ in range(10000):
        g.lookup(("moscow",))
    assert time.perf_counter() - t < 0.5


def _rows(name: str) -> list[dict[str, str]]:
    raw = resources.files("dateline").joinpath("data", name).read_text("utf-8")
    lines = [line for line in raw.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_regions_table_is_complete_and_real():
    rows = _rows("regions.tsv")
    assert len(rows) >= 60
    names = {r["name"] for r in rows}
    for required in [
        "Crimea",
        "Siberia",
        "Russian Arctic",
        "Arctic",
        "South China Sea",
        "East China Sea",
        "Volga River",
        "Balkans",
        "Diaoyu/Senkaku Islands",
        "Middle East",
        "Gaza Strip",
        "West Bank",
        "Kashmir",
        "Donbas",
        "Caucasus",
        "Persian Gulf",
        "Gulf of Mexico",
        "Sahel",
        "Himalayas",
        "Korean Peninsula",
    ]:
        assert required in names
    for r in rows:
        assert -90 <= float(r["lat"]) <= 90 and -180 <= float(r["lon"]) <= 180, r["name"]
        assert r["scan"] in ("0", "1")
        assert r["country_code"] == "" or len(r["country_code"]) == 2


def test_admin1_and_centroid_tables():
    admin1 = {r["key"]: r for r in _rows("admin1.tsv")}
    assert admin1["RU.73"]["name"] == "Tatarstan"
    assert admin1["US.ID"]["name"] == "Idaho"
    centroids = {r["country_code"] for r in _rows("country_centroids.tsv")}
    assert {"RU", "CN", "US", "UA", "JP", "SS", "XK"} <= centroids


def test_build_gazetteer_reproduces_admin1(shared_data, tmp_path):
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "train" / "build_gazetteer.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules["build_gazetteer"] = mod
    spec.loader.exec_module(mod)
    out = tmp_path / "admin1.tsv"
    n = mod.build(shared_data / "geonames" / "admin1CodesASCII.txt", out)
    assert n > 3000
    shipped = resources.files("dateline").joinpath("data", "admin1.tsv").read_text("utf-8")
    assert out.read_text("utf-8") == shipped


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        ("the subway in new york was shut", "New York City", ("city", "US")),
        ("talks in singapore went well", "Singapore", ("country", "SG")),
        ("protests in tbilisi georgia over russia", "Georgia", ("country", "GE")),
        ("voters in atlanta and across georgia and ohio", "Georgia", ("admin1", "US")),
        ("officials in washington maryland and virginia agreed", "Washington", ("city", "US")),
        ("from texas and ohio to paris the climate deal", "Paris", ("city", "FR")),
        ("traffic on long island", "Long Island", ("region", "US")),
        # a name that is a country and a U.S. state takes the kind of its listed neighbours
        ("republicans blocked mail voting in arizona georgia and pennsylvania", "Georgia", ("admin1", "US")),
        ("putin met the leaders of armenia georgia and azerbaijan", "Georgia", ("country", "GE")),
        # ... and of the office or party named after it
        ("the president criticized georgia gov brian kemp", "Georgia", ("admin1", "US")),
        ("georgia republicans passed the bill", "Georgia", ("admin1", "US")),
        ("russia invaded georgia in 2008", "Georgia", ("country", "GE")),
        # a name before "state" is the state, not its namesake city
        ("a federal judge in washington state blocked the rules", "Washington", ("admin1", "US")),
        ("officials in new york state agreed", "New York", ("admin1", "US")),
    ],
)
def test_places_resolution_by_context(make_ctx, text, name, expected):
    loc = one(locs(make_ctx, text), name)
    assert (loc.type, loc.country_code) == expected


def test_landform_entities_are_places() -> None:
    from dateline.record import Entity, Location

    ents = [
        Entity("senkakus", "ORG", 10, 18, "Senkakus"),
        Entity("moscow", "ORG", 30, 36, "Moscow"),  # a city may be a metonym: left alone
        Entity("rosneft", "ORG", 40, 47, "Rosneft"),
    ]
    locs = [
        Location("Diaoyu/Senkaku Islands", "region", None, None, 25.7, 123.5, None, 10, 18, "senkakus"),
        Location("Moscow", "city", "RU", "Moscow", 55.75, 37.62, 524901, 30, 36, "moscow"),
    ]
    assert [e.type for e in places.landform_types(ents, locs)] == ["LOC", "ORG", "ORG"]


@pytest.mark.parametrize(
    "text", ["The White House said that talks in Kazan had ended.", "the white house said talks in kazan ended"]
)
def test_places_seat_of_government_is_no_town(make_ctx, text):
    # not White House, Tennessee: the actor dictionary's institutions name governments
    assert [loc.name for loc in locs(make_ctx, text)] == ["Kazan"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Workers at 1600 Pennsylvania Avenue met in Chicago.", ["Chicago"]),
        ("workers at 1600 pennsylvania avenue met in chicago", ["Chicago"]),
        ("A Moscow street vendor was stabbed in Moscow.", ["Moscow", "Moscow"]),
    ],
)
def test_places_street_named_for_a_place_is_no_place(make_ctx, text, found):
    assert [loc.name for loc in locs(make_ctx, text)] == found


def test_places_ap_state_abbreviation_is_no_foreign_town(make_ctx):
    # the abbreviation names Alabama (not Ala, India) and places the city before it (not Birmingham, UK)
    found = locs(make_ctx, "Randall Woodfin, the mayor of Birmingham, Ala., tweeted.")
    assert [(loc.name, loc.type, loc.country_code, loc.admin1) for loc in found] == [
        ("Birmingham", "city", "US", "Alabama"),
        ("Alabama", "admin1", "US", "Alabama"),
    ]
    assert [loc.country_code for loc in locs(make_ctx, "Ala is a town in India.")] == ["IN", "IN"]
