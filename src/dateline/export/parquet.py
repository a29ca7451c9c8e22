"""Parquet export: a folder with one table per kind, each row keyed by ``article_id``.

Flat tables (not one nested column) because that is what DuckDB, pandas and Spark query in
place: ``SELECT canonical, count(*) FROM 'out/entities.parquet' GROUP BY 1``. Schemas are fixed
up front, so an empty table still has its columns and types, and every table is written in row
groups as records stream in (the corpus is never held in memory).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from dateline.record import Actor, Record, as_dict

ROW_GROUP_RECORDS = 2000  # records buffered before a row group is flushed to every table

_S, _I, _F, _B = pa.string(), pa.int64(), pa.float64(), pa.bool_()


def _actor_fields(prefix: str) -> list[tuple[str, pa.DataType]]:
    return [(f"{prefix}_{k}", _S) for k in ("text", "name", "code", "country_code", "sector")]


SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema(
        [
            ("article_id", _S), ("content_hash", _S), ("title", _S), ("url", _S), ("path", _S),
            ("published", _S), ("degraded", _B), ("text", _S), ("restored", _S),
            ("tone", _F), ("positive", _F), ("negative", _F), ("polarity", _F),
            ("activity_density", _F), ("self_group_density", _F), ("word_count", _I),
            ("errors", pa.list_(_S)), ("schema_version", _S), ("pipeline", _S),
        ]
    ),
    "entities": pa.schema(
        [("article_id", _S), ("text", _S), ("type", _S), ("start", _I), ("end", _I), ("canonical", _S), ("role", _S)]
    ),
    "locations": pa.schema(
        [
            ("article_id", _S), ("name", _S), ("type", _S), ("country_code", _S), ("admin1", _S),
            ("lat", _F), ("lon", _F), ("geonameid", _I), ("start", _I), ("end", _I), ("text", _S),
        ]
    ),
    "dates": pa.schema(
        [
            ("article_id", _S), ("text", _S), ("resolution", _S), ("year", _I), ("month", _I), ("day", _I),
            ("start", _I), ("end", _I),
        ]
    ),
    "amounts": pa.schema(
        [("article_id", _S), ("value", _F), ("unit", _S), ("object", _S), ("text", _S), ("start", _I), ("end", _I)]
    ),
    "quotes": pa.schema(
        [
            ("article_id", _S), ("speaker", _S), ("quote", _S), ("verb", _S), ("kind", _S), ("role", _S),
            ("start", _I), ("end", _I), ("speaker_start", _I), ("speaker_end", _I),
            ("parts", pa.list_(pa.struct([("start", _I), ("end", _I)]))),
        ]
    ),
    "themes": pa.schema([("article_id", _S), ("name", _S), ("start", _I), ("end", _I), ("text", _S)]),
    "events": pa.schema(
        [
            ("article_id", _S), ("code", _S), ("base_code", _S), ("root_code", _S), ("quad_class", _I),
            ("goldstein", _F), ("plover", _S), *_actor_fields("actor1"), *_actor_fields("actor2"),
            ("location_name", _S), ("location_type", _S), ("location_country_code", _S), ("location_admin1", _S),
            ("location_lat", _F), ("location_lon", _F), ("location_geonameid", _I),
            ("sentence_start", _I), ("sentence_end", _I), ("is_root", _B), ("text", _S),
            ("date_text", _S), ("date_resolution", _S), ("date_year", _I), ("date_month", _I), ("date_day", _I),
            ("confidence", _F), ("cue_start", _I), ("cue_end", _I),
        ]
    ),
}  # fmt: skip


def _actor(prefix: str, a: Actor | None) -> dict[str, Any]:
    return {
        f"{prefix}_text": a.text if a else None,
        f"{prefix}_name": a.name if a else None,
        f"{prefix}_code": a.code if a else None,
        f"{prefix}_country_code": a.country_code if a else None,
        f"{prefix}_sector": a.sector if a else None,
    }


def _articles(r: Record) -> Iterator[dict[str, Any]]:
    from dateline.store.sqlite import Store

    s, t = r.source, r.tone
    yield {
        "article_id": r.id, "content_hash": Store.content_hash(r.text), "title": s.title, "url": s.url,
        "path": s.path, "published": s.published, "degraded": r.degraded, "text": r.text, "restored": r.restored,
        "tone": t.tone, "positive": t.positive, "negative": t.negative, "polarity": t.polarity,
        "activity_density": t.activity_density, "self_group_density": t.self_group_density,
        "word_count": t.word_count, "errors": list(r.errors), "schema_version": r.schema_version,
        "pipeline": r.pipeline,
    }  # fmt: skip


def _events(r: Record) -> Iterator[dict[str, Any]]:
    for e in r.events:
        loc = e.location
        yield {
            "article_id": r.id, "code": e.code, "base_code": e.base_code, "root_code": e.root_code,
            "quad_class": e.quad_class, "goldstein": e.goldstein, "plover": e.plover,
            **_actor("actor1", e.actor1), **_actor("actor2", e.actor2),
            "location_name": loc.name if loc else None, "location_type": loc.type if loc else None,
            "location_country_code": loc.country_code if loc else None,
            "location_admin1": loc.admin1 if loc else None,
            "location_lat": loc.lat if loc else None, "location_lon": loc.lon if loc else None,
            "location_geonameid": loc.geonameid if loc else None,
            "sentence_start": e.sentence_start, "sentence_end": e.sentence_end, "is_root": e.is_root, "text": e.text,
            "date_text": e.date.text if e.date else None, "date_resolution": e.date.resolution if e.date else None,
            "date_year": e.date.year if e.date else None, "date_month": e.date.month if e.date else None,
            "date_day": e.date.day if e.date else None, "confidence": e.confidence,
            "cue_start": e.cue_start, "cue_end": e.cue_end,
        }  # fmt: skip


def _facts(attr: str) -> Callable[[Record], Iterator[dict[str, Any]]]:
    """Rows for a list-of-dataclass field: the fact's own fields plus ``article_id``."""
    names = SCHEMAS[attr].names

    def rows(r: Record) -> Iterator[dict[str, Any]]:
        for fact in getattr(r, attr):
            d = vars(fact)
            yield {k: (r.id if k == "article_id" else as_dict(d.get(k))) for k in names}

    return rows


ROWS: dict[str, Callable[[Record], Iterator[dict[str, Any]]]] = {
    "articles": _articles,
    "entities": _facts("entities"),
    "locations": _facts("locations"),
    "dates": _facts("dates"),
    "amounts": _facts("amounts"),
    "quotes": _facts("quotes"),
    "themes": _facts("themes"),
    "events": _events,
}


def write(records: Iterable[Record], target: Path) -> int:
    """Write ``<target>/<kind>.parquet`` for every kind; returns the total rows written.

    Files are written beside their final names and renamed at the end, so an interrupted
    export leaves the previous tables (or none), never a half-written one.
    """
    folder = Path(target)
    folder.mkdir(parents=True, exist_ok=True)
    tmp = {kind: folder / f".{kind}.parquet.tmp" for kind in SCHEMAS}
    writers = {kind: pq.ParquetWriter(tmp[kind], SCHEMAS[kind]) for kind in SCHEMAS}
    buffers: dict[str, list[dict[str, Any]]] = {kind: [] for kind in SCHEMAS}
    total = 0

    def flush() -> None:
        for kind, rows in buffers.items():
            if rows:
                writers[kind].write_table(pa.Table.from_pylist(rows, schema=SCHEMAS[kind]))
                rows.clear()

    try:
        for i, record in enumerate(records, 1):
            for kind, make in ROWS.items():
                rows = list(make(record))
                buffers[kind].extend(rows)
                total += len(rows)
            if i % ROW_GROUP_RECORDS == 0:
                flush()
        flush()
        for w in writers.values():
            w.close()
        for kind, path in tmp.items():
            os.replace(path, folder / f"{kind}.parquet")
    finally:
        for w in writers.values():
            w.close()  # idempotent
        for path in tmp.values():
            path.unlink(missing_ok=True)
    return total
