"""The pipeline: one Document in, one schema-valid Record out, every offset into the input."""

from __future__ import annotations

from typing import Any

import jsonschema
import pytest

import dateline
from dateline.errors import Code, DatelineError
from dateline.read import Document
from dateline.record import Record, schema

CLEAN = (
    'MOSCOW (AP) — Russian President Vladimir Putin arrived in Beijing on Saturday. "We need the money," '
    "Mr. Putin told Xinhua. Rosneft agreed to sell a 19.5 percent stake for $11 billion in May 2014."
)


def spans(record: Record) -> list[tuple[str, int, int, str | None]]:
    """Every (kind, start, end, text) a record carries, nested facts included."""
    out: list[tuple[str, int, int, str | None]] = []

    def walk(kind: str, obj: Any) -> None:
        if isinstance(obj, dict):
            for key in obj:
                if (key == "start" or key.endswith("_start")) and obj[key] is not None:
                    end = obj[key[: -len("start")] + "end"]
                    out.append((kind, obj[key], end, obj.get("text") if key == "start" else None))
            for key, value in obj.items():
                walk(f"{kind}.{key}", value)
        elif isinstance(obj, list):
            for item in obj:
                walk(kind, item)

    d = record.to_dict()
    for kind in ("boilerplate", "entities", "locations", "dates", "amounts", "quotes", "themes", "events"):
        walk(kind, d[kind])
    return out


def check_record(record: Record, text: str) -> None:
    jsonschema.validate(record.to_dict(), schema())
    assert record.text == text
    for kind, start, end, fact_text in spans(record):
        assert 0 <= start <= end <= len(text), (kind, start, end)
        if fact_text is not None and not kind.startswith("events"):
            assert fact_text == text[start:end], (kind, fact_text, text[start:end])


def test_pipeline_clean_record_is_valid(nlp: object) -> None:
    record = dateline.analyze(CLEAN, id="clean", published="2016-06-23", url="https://example.com/a")
    check_record(record, CLEAN)
    assert record.id == "clean" and record.source.url == "https://example.com/a"
    assert not record.degraded and record.restored is None
    assert any(e.type == "PERSON" and "Putin" in e.text for e in record.entities)
    assert record.pipeline is not None and record.pipeline.startswith(dateline.__version__ + "+")


def test_pipeline_degraded_offsets_point_into_input(seed_text: str, seed_record: Record) -> None:
    record = seed_record
    check_record(record, seed_text)
    assert record.degraded
    assert record.entities, "the seed has entities"


def test_pipeline_fast_restore_is_recorded_and_keeps_offsets() -> None:
    """--fast-restore swaps the restorer for degraded input only, and the record says so."""
    from dateline.restore.labels import degrade

    text = degrade(CLEAN, keep_offsets=True)
    model = dateline.analyze(text)
    fast = dateline.analyze(text, config=dateline.Config(fast_restore=True))
    bare = dateline.analyze(text, config=dateline.Config(restore=False))
    for record in (model, fast, bare):
        check_record(record, text)
        assert record.degraded
    assert model.pipeline is not None and "+" in model.pipeline
    assert fast.pipeline == model.pipeline + "+fast-restore"
    assert bare.pipeline == model.pipeline + "+no-restore" and bare.restored is None
    assert fast.restored is not None and fast.restored != model.restored
    clean = dateline.analyze(CLEAN, config=dateline.Config(fast_restore=True))
    assert clean.pipeline == model.pipeline and clean.restored is None  # nothing to restore


def test_pipeline_analyze_many_keeps_order_and_survives_errors() -> None:
    bad = DatelineError(Code.EMPTY, "x.txt", "empty document")
    items: list[Any] = [Document("1", "Putin visited Beijing."), bad, {"id": "3", "text": "Xi met Putin."}, "plain"]
    results = list(dateline.analyze_many(items))
    assert [r.id if isinstance(r, Record) else r.where for r in results] == ["1", "x.txt", "3", "4"]


def test_pipeline_extractor_crash_fails_only_that_document(monkeypatch: pytest.MonkeyPatch) -> None:
    from dateline.extract import tone

    real = tone.extract

    def flaky(ctx: Any) -> Any:
        if "boom" in ctx.text:
            raise RuntimeError("boom")
        return real(ctx)

    monkeypatch.setattr(tone, "extract", flaky)
    results = list(dateline.analyze_many(["fine text here", "boom goes this one", "also fine"]))
    assert [type(r).__name__ for r in results] == ["Record", "DatelineError", "Record"]
    err = results[1]
    assert isinstance(err, DatelineError) and "boom" in err.line()


def test_pipeline_record_round_trips_through_dict() -> None:
    record = dateline.analyze(CLEAN, id="rt")
    assert Record.from_dict(record.to_dict()) == record


CARDED = (
    "President Trump Donald John TrumpGOP senators balk at lengthy impeachment trial Warren goes local in race "
    "to build 2020 movement MORE on Monday accused Iran of attacking two tankers in the Gulf of Oman. "
    '"We will not stand for it," Trump told reporters.'
)


@pytest.mark.parametrize("degraded", [False, True], ids=["clean", "degraded"])
def test_pipeline_link_card_is_neither_read_nor_parsed(degraded: bool) -> None:
    """A hover card inside a sentence gives no facts, and the sentence around it reads as if it were
    not there: its subject is still the speaker and the accuser."""
    from dateline.restore.labels import degrade

    text = degrade(CARDED, keep_offsets=True) if degraded else CARDED
    record = dateline.analyze(text)
    assert [(b.kind, b.start) for b in record.boilerplate] == [("card", len("President Trump "))]
    names = {e.text.lower() for e in record.entities}
    assert "warren" not in names and not any("john" in n for n in names)
    speakers = [q.speaker or "" for q in record.quotes if q.quote.lower().startswith("iran")]
    assert len(speakers) == 1 and speakers[0].endswith("Trump")
    assert [(e.code, e.actor1.code if e.actor1 else None) for e in record.events] == [("112", "USAGOV")]
