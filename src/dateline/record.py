"""The Record: one article's structured facts, the contract shared by store, exporters and tests.

Every ``start``/``end`` (and ``*_start``/``*_end``) is a character offset into ``Record.text``,
the input exactly as given. Extractors work on the analysis text (restored when the input is
degraded); the pipeline maps their offsets back once, through the Alignment.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

SCHEMA_VERSION = "1.3"


@dataclass
class Source:
    path: str | None = None
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or datetime, as given


@dataclass
class Boilerplate:
    start: int
    end: int
    kind: str  # "sidebar", "fragment", "widget", "gallery", "card", "caption"


@dataclass
class Entity:
    text: str
    type: str  # OntoNotes label: PERSON, ORG, GPE, LOC, NORP, FAC, EVENT, LAW, PRODUCT, WORK_OF_ART
    start: int
    end: int
    canonical: str
    role: str | None = None  # title or role the text gives the canonical entity ("Russian President")


@dataclass
class Location:
    name: str
    type: str  # "country", "admin1", "city", "region"
    country_code: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    start: int
    end: int
    text: str = ""


@dataclass
class DateMention:
    text: str
    resolution: str  # "year", "month", "day", "monthday" (month and day, no year)
    year: int | None
    month: int | None
    day: int | None
    start: int
    end: int

    def iso(self) -> str:
        """ISO 8601 at the mention's resolution: "1941", "2016-06", "2016-06-18", or "--06-18" for a
        month and day with no year."""
        if self.year is None:
            return f"--{self.month or 0:02d}-{self.day or 0:02d}" if self.month else ""
        if self.month is None or self.resolution == "year":
            return f"{self.year:04d}"
        if self.day is None or self.resolution == "month":
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


@dataclass
class Amount:
    value: float
    unit: str | None  # ISO currency (USD), "percent", "mile", "year", ... or None
    object: str | None  # what is counted ("loans", "stake")
    text: str
    start: int
    end: int


@dataclass
class Part:
    """One piece of a quote's content: a split quote ("A," he said. "B.") has two."""

    start: int
    end: int


@dataclass
class Quote:
    speaker: str | None  # canonical speaker name
    quote: str  # the quoted words (restored text when the input was degraded)
    verb: str | None  # the cue ("said", "told", "according to")
    start: int  # span of the quoted content
    end: int
    kind: str = "direct"  # "direct" or "indirect"
    speaker_start: int | None = None
    speaker_end: int | None = None
    role: str | None = None  # the speaker's stated role or affiliation
    parts: list[Part] = field(default_factory=list)  # the content without the cue words between its pieces


@dataclass
class Tone:
    """GKG V1.5TONE: seven numbers, computed per sentence and summed."""

    tone: float = 0.0
    positive: float = 0.0
    negative: float = 0.0
    polarity: float = 0.0
    activity_density: float = 0.0
    self_group_density: float = 0.0
    word_count: int = 0


@dataclass
class Theme:
    name: str
    start: int
    end: int
    text: str = ""


@dataclass
class Actor:
    text: str  # the mention as in the input
    name: str | None  # canonical name ("Vladimir Putin", "Russia")
    code: str | None  # CAMEO actor code: ISO3 country + sector, e.g. "RUSGOV"
    country_code: str | None  # ISO3
    sector: str | None  # GOV, MIL, BUS, MED, OPP, REB, ...
    start: int | None = None
    end: int | None = None


@dataclass
class Event:
    code: str  # CAMEO event code as a string, leading zeros kept ("042")
    base_code: str
    root_code: str
    quad_class: int
    goldstein: float
    plover: str | None
    actor1: Actor | None
    actor2: Actor | None
    sentence_start: int
    sentence_end: int
    is_root: bool = True
    location: Location | None = None
    text: str = ""  # the cue words that carry the action
    date: DateMention | None = None  # the date the sentence gives the act ("in 1941"), if any
    confidence: float | None = None  # P(a real interaction, actors and root right): events/confidence.py
    cue_start: int | None = None  # the cue words' span, first to last ("threatened to impose")
    cue_end: int | None = None


@dataclass
class Record:
    id: str
    text: str
    source: Source = field(default_factory=Source)
    degraded: bool = False
    boilerplate: list[Boilerplate] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    locations: list[Location] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    tone: Tone = field(default_factory=Tone)
    themes: list[Theme] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    restored: str | None = None  # the analysis text, when it differs from the input
    errors: list[str] = field(default_factory=list)  # non-fatal notes (e.g. invalid UTF-8 replaced)
    schema_version: str = SCHEMA_VERSION
    # the dateline build that made it (Config.pipeline_id: the build, plus "+fast-restore" or
    # "+no-restore" for a degraded input read so); None before 2026-11-29
    pipeline: str | None = None

    def to_dict(self) -> dict[str, Any]:
        result: dict[str, Any] = as_dict(self)
        return result

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Record:
        """Rebuild a Record from ``to_dict`` output (the store and tests read records back)."""
        return cls(
            id=d["id"],
            text=d["text"],
            source=Source(**d.get("source") or {}),
            degraded=d.get("degraded", False),
            boilerplate=[Boilerplate(**x) for x in d.get("boilerplate", [])],
            entities=[Entity(**x) for x in d.get("entities", [])],
            locations=[Location(**x) for x in d.get("locations", [])],
            dates=[DateMention(**x) for x in d.get("dates", [])],
            amounts=[Amount(**x) for x in d.get("amounts", [])],
            quotes=[_quote(x) for x in d.get("quotes", [])],
            tone=Tone(**d.get("tone") or {}),
            themes=[Theme(**x) for x in d.get("themes", [])],
            events=[_event(x) for x in d.get("events", [])],
            restored=d.get("restored"),
            errors=list(d.get("errors", [])),
            schema_version=d.get("schema_version", SCHEMA_VERSION),
            pipeline=d.get("pipeline"),
        )


_FIELDS: dict[type, tuple[str, ...]] = {}
_SCALARS = frozenset({str, int, float, bool, type(None)})


def as_dict(obj: Any) -> Any:
    """``dataclasses.asdict`` for the record's plain dataclasses, without its deep copies.

    Same result as ``dataclasses.asdict`` (a test holds them equal), about 4x faster; storing and
    exporting spent most of their time in ``asdict``.
    """
    cls = type(obj)
    if cls in _SCALARS:
        return obj
    names = _FIELDS.get(cls)
    if names is None and dataclasses.is_dataclass(obj):
        names = _FIELDS[cls] = tuple(f.name for f in dataclasses.fields(obj))
    if names is not None:
        return {n: as_dict(getattr(obj, n)) for n in names}
    if isinstance(obj, list | tuple):
        return [as_dict(x) for x in obj]
    if isinstance(obj, dict):
        return {k: as_dict(v) for k, v in obj.items()}
    return obj


def _quote(d: dict[str, Any]) -> Quote:
    return Quote(**{**d, "parts": [Part(**p) for p in d.get("parts", [])]})


def _actor(d: dict[str, Any] | None) -> Actor | None:
    return Actor(**d) if d else None


def _event(d: dict[str, Any]) -> Event:
    loc, when = d.get("location"), d.get("date")
    return Event(
        **{k: v for k, v in d.items() if k not in ("actor1", "actor2", "location", "date")},
        actor1=_actor(d.get("actor1")),
        actor2=_actor(d.get("actor2")),
        location=Location(**loc) if loc else None,
        date=DateMention(**when) if when else None,
    )


def schema() -> dict[str, Any]:
    """The JSON Schema every record must satisfy (``docs/record.md`` explains it)."""
    text = resources.files("dateline").joinpath("record.schema.json").read_text("utf-8")
    result: dict[str, Any] = json.loads(text)
    return result
