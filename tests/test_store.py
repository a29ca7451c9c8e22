"""The SQLite store: round trip, idempotency, queries, failure safety (records built by hand)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from dateline.errors import Code, DatelineError
from dateline.record import (
    Actor,
    Amount,
    Boilerplate,
    DateMention,
    Entity,
    Event,
    Location,
    Quote,
    Record,
    Source,
    Theme,
    Tone,
)
from dateline.store.sqlite import SCHEMA_VERSION, EntityCount, Store


def span(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def make_record(rid: str, text: str, **kw: object) -> Record:
    return Record(id=rid, text=text, **kw)  # type: ignore[arg-type]


def rich_record() -> Record:
    """One record with every kind of fact, offsets pointing into its text."""
    text = (
        'Vladimir Putin visited Beijing on Saturday. "We need the money," Mr. Putin told Xinhua. '
        "Rosneft sold a 19.5 percent stake for $11 billion in May 2014."
    )
    s = lambda part: span(text, part)  # noqa: E731
    loc = Location("Beijing", "city", "CN", "Beijing", 39.9075, 116.39723, 1816670, *s("Beijing"), "Beijing")
    return make_record(
        "wt-1",
        text,
        source=Source(
            path="in/wt-1.txt", url="https://www.example.com/a", title="Putin in Beijing", published="2016-06-23"
        ),
        boilerplate=[Boilerplate(0, 0, "fragment")],
        entities=[
            Entity("Vladimir Putin", "PERSON", *s("Vladimir Putin"), "Vladimir Putin", "Russian President"),
            Entity("Putin", "PERSON", *s("Mr. Putin"), "Vladimir Putin"),
            Entity("Xinhua", "ORG", *s("Xinhua"), "Xinhua"),
            Entity("Rosneft", "ORG", *s("Rosneft"), "Rosneft"),
        ],
        locations=[loc],
        dates=[
            DateMention("Saturday", "day", 2016, 6, 18, *s("Saturday")),
            DateMention("May 2014", "month", 2014, 5, None, *s("May 2014")),
        ],
        amounts=[
            Amount(19.5, "percent", "stake", "19.5 percent", *s("19.5 percent")),
            Amount(1.1e10, "USD", "stake", "$11 billion", *s("$11 billion")),
        ],
        quotes=[Quote("Vladimir Putin", "We need the money,", "told", *s("We need the money,"))],
        tone=Tone(-1.25, 2.5, 3.75, 6.25, 20.0, 1.5, 32),
        themes=[Theme("ECON_TRADE", *s("stake"), "stake")],
        events=[
            Event(
                "042",
                "042",
                "04",
                1,
                1.9,
                "CONSULT",
                Actor("Vladimir Putin", "Vladimir Putin", "RUSGOV", "RUS", "GOV", *s("Vladimir Putin")),
                Actor("Beijing", "China", "CHNGOV", "CHN", "GOV"),
                0,
                text.index(".") + 1,
                True,
                loc,
                "visited",
                cue_start=text.index("visited"),
                cue_end=text.index("visited") + len("visited"),
            )
        ],  # fmt: skip
        restored=None,
        errors=["[D004] wt-1: a note"],
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with Store(tmp_path / "t.db") as s:
        yield s


def test_store_round_trip_is_exact(store: Store) -> None:
    r = rich_record()
    assert store.add_many([r]) == 1
    assert store.article("wt-1") == r
    assert store.get_by_hash(Store.content_hash(r.text)) == r
    assert store.article(Store.content_hash(r.text)) == r
    assert list(store.records()) == [r]
    assert store.article("nope") is None


def test_store_fast_as_dict_equals_dataclasses_asdict() -> None:
    import dataclasses

    r = rich_record()
    assert r.to_dict() == dataclasses.asdict(r)
    assert list(r.to_dict()) == list(dataclasses.asdict(r))  # same key order, so the same JSON text


def test_store_round_trip_survives_reopen(tmp_path: Path) -> None:
    r = rich_record()
    with Store(tmp_path / "t.db") as s:
        s.add_many([r])
    with Store(tmp_path / "t.db") as s:
        assert s.article("wt-1") == r


def test_store_is_idempotent_by_content_hash(store: Store) -> None:
    a = make_record("a", "Putin visited Beijing.")
    same_text = make_record("a-again", "Putin visited Beijing.")
    b = make_record("b", "Xi visited Moscow.")
    assert store.add_many([a]) == 1
    assert store.add_many([same_text, b, b]) == 1
    assert [r.id for r in store.records()] == ["a", "b"]
    assert Store.content_hash("x") == "2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881"


def test_store_replace_swaps_the_record_and_its_rows(store: Store) -> None:
    """A re-analysis after an upgrade: the new record stands alone, no rows of the old one left."""
    old = rich_record()
    store.add_many([old])
    rows = {t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("entities", "quotes")}
    new = rich_record()
    new.id = "renamed"
    assert store.add_many([new], replace=True) == 1
    assert [r.id for r in store.records()] == ["renamed"]
    assert {t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in rows} == rows
    assert [h.id for h in store.search("Rosneft")] == ["renamed"]


def test_store_records_keep_insertion_order(store: Store) -> None:
    ids = [f"d{i:03d}" for i in range(150)]  # more than one fetch batch
    store.add_many(make_record(i, f"Story number {i}.") for i in reversed(ids))
    assert [r.id for r in store.records()] == list(reversed(ids))


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("rosneft stake", True),
        ("ROSNEFT", True),
        ("stakes", True),  # stemmed
        ("percent stake", True),
        ("u.s. sanctions", False),  # punctuation in plain words is not an FTS syntax error
        ("S-400", False),
        ("rosneft OR gazprom", True),  # FTS syntax, used on purpose
        ('"sold a 19"', True),
        ("gazprom", False),
    ],
)
def test_store_search(store: Store, query: str, found: bool) -> None:
    store.add_many([rich_record()])
    hits = store.search(query)
    assert bool(hits) is found
    if found:
        assert hits[0].id == "wt-1" and hits[0].title == "Putin in Beijing" and "**" in hits[0].snippet


def test_store_search_plain_words_with_punctuation_match(store: Store) -> None:
    store.add_many([make_record("s", "The U.S. extended sanctions after the S-400 sale."), make_record("t", "Other.")])
    assert [h.id for h in store.search("u.s. sanctions")] == ["s"]
    assert [h.id for h in store.search("S-400")] == ["s"]


@pytest.mark.parametrize("query", ['"rosneft stake', "rosneft AND", "(stake", ""])
def test_store_search_bad_query_is_a_clear_error(store: Store, query: str) -> None:
    store.add_many([rich_record()])
    with pytest.raises(DatelineError) as e:
        store.search(query)
    assert e.value.code is Code.BAD_QUERY


def test_store_search_ranks_title_and_repeats_higher(store: Store) -> None:
    store.add_many(
        [
            make_record("low", "A story that mentions sanctions once among many other words here."),
            make_record("high", "Sanctions, sanctions: sanctions.", source=Source(title="Sanctions")),
        ]
    )
    hits = store.search("sanctions")
    assert [h.id for h in hits] == ["high", "low"]
    assert hits[0].score > hits[1].score


def test_store_canonical_entity_counted_once_across_articles(store: Store) -> None:
    t1 = "Vladimir Putin met Xi. Putin left."
    t2 = "vladimir putin spoke"  # a degraded article: same canonical entity, lowercased
    store.add_many(
        [
            make_record(
                "one",
                t1,
                entities=[
                    Entity("Vladimir Putin", "PERSON", 0, 14, "Vladimir Putin"),
                    Entity("Xi", "PERSON", 19, 21, "Xi Jinping"),
                    Entity("Putin", "PERSON", 23, 28, "Vladimir Putin"),
                ],
            ),
            make_record("two", t2, entities=[Entity("vladimir putin", "PERSON", 0, 14, "vladimir putin")]),
        ]
    )
    top = store.top_entities(type="person")
    assert top[0] == EntityCount("Vladimir Putin", "PERSON", 3, 2)
    assert top[1] == EntityCount("Xi Jinping", "PERSON", 1, 1)
    assert store.conn.execute("SELECT count(*) FROM canonical_entities").fetchone()[0] == 2
    assert store.top_entities(type="ORG") == []
    assert len(store.top_entities(top=1)) == 1


def test_store_keeps_the_cased_spelling_of_a_canonical_name(store: Store) -> None:
    store.add_many(
        [make_record("two", "vladimir putin", entities=[Entity("vladimir putin", "PERSON", 0, 14, "vladimir putin")])]
    )
    store.add_many(
        [make_record("one", "Vladimir Putin", entities=[Entity("Vladimir Putin", "PERSON", 0, 14, "Vladimir Putin")])]
    )
    assert store.top_entities() == [EntityCount("Vladimir Putin", "PERSON", 2, 2)]


@pytest.mark.parametrize(
    ("speaker", "n"), [("putin", 1), ("PUTIN", 1), ("vladimir p", 1), ("gabuev", 1), ("xi", 0), (None, 3)]
)
def test_store_quotes_by_speaker_substring(store: Store, speaker: str | None, n: int) -> None:
    text = '"We need the money," Putin said. "No capacity," Gabuev said. Someone said "hm".'
    store.add_many(
        [
            make_record(
                "q",
                text,
                quotes=[
                    Quote("Vladimir Putin", "We need the money,", "said", 1, 19),
                    Quote("Alexander Gabuev", "No capacity,", "said", 34, 46),
                    Quote(None, "hm", "said", 76, 78),
                ],
            )
        ]
    )
    rows = store.quotes(speaker=speaker)
    assert len(rows) == n
    assert all(r.article_id == "q" for r in rows)
    if speaker == "putin":
        assert rows[0].speaker == "Vladimir Putin" and rows[0].quote == "We need the money," and rows[0].verb == "said"


def _event(a1: str | None, a2: str | None, code: str = "042") -> Event:
    actor = lambda c: Actor(c, c, c, c[:3], c[3:] or None) if c else None  # noqa: E731
    return Event(code, code, code[:2], 1, 1.9, "CONSULT", actor(a1), actor(a2), 0, 5)


@pytest.mark.parametrize(
    ("actor", "expected"),
    [("RUS", ["RUSGOV>CHN", "USA>RUSMIL"]), ("rus", ["RUSGOV>CHN", "USA>RUSMIL"]), ("CHN", ["RUSGOV>CHN"]),
     ("RUSMIL", ["USA>RUSMIL"]), ("R%", []),
     ("", ["RUSGOV>CHN", "USA>RUSMIL", "EUR>"]), (None, ["RUSGOV>CHN", "USA>RUSMIL", "EUR>"])],
)  # fmt: skip
def test_store_events_by_actor_prefix(store: Store, actor: str | None, expected: list[str]) -> None:
    store.add_many(
        [
            make_record(
                "e", "a b c", events=[_event("RUSGOV", "CHN"), _event("USA", "RUSMIL", "163"), _event("EUR", None)]
            )
        ]
    )
    rows = store.events(actor=actor)
    assert [f"{r.actor1}>{r.actor2}" for r in rows] == expected
    codes = {"RUSGOV>CHN": "042", "USA>RUSMIL": "163", "EUR>": "042"}
    assert [r.code for r in rows] == [codes[x] for x in expected]  # CAMEO codes keep their leading zero
    assert all(r.goldstein == 1.9 and r.plover == "CONSULT" and r.article_id == "e" for r in rows)


def test_store_tables_are_normalized_and_indexed(store: Store) -> None:
    store.add_many([rich_record()])
    c = store.conn
    counts = {
        t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
        for t in (
            "articles", "entities", "canonical_entities", "locations", "dates", "amounts", "quotes", "themes", "events"
        )
    }  # fmt: skip
    assert counts == {
        "articles": 1, "entities": 4, "canonical_entities": 3, "locations": 1, "dates": 2,
        "amounts": 2, "quotes": 1, "themes": 1, "events": 1,
    }  # fmt: skip
    for table in ("entities", "locations", "dates", "amounts", "quotes", "themes", "events"):
        indexed = {
            r[2] for idx in c.execute(f"PRAGMA index_list({table})") for r in c.execute(f"PRAGMA index_info({idx[1]})")
        }
        assert "article" in indexed, table
    assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert c.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert c.execute("SELECT code FROM events").fetchone()[0] == "042"


def test_store_interrupted_add_many_leaves_store_unchanged(store: Store) -> None:
    store.add_many([make_record("before", "Already here.")])

    def records() -> Iterator[Record]:
        yield rich_record()
        yield make_record("x", "Another one.")
        raise RuntimeError("killed mid-batch")

    with pytest.raises(RuntimeError):
        store.add_many(records())
    assert [r.id for r in store.records()] == ["before"]
    assert store.conn.execute("SELECT count(*) FROM entities").fetchone()[0] == 0
    assert store.search("rosneft") == []
    assert store.add_many([rich_record()]) == 1  # and the store still works


def test_store_killed_process_leaves_committed_batches(tmp_path: Path) -> None:
    db = tmp_path / "k.db"
    script = f"""
import os
from dateline.record import Record
from dateline.store.sqlite import Store
s = Store({str(db)!r})
s.add_many([Record(id="kept", text="Committed first.")])
def gen():
    for i in range(50):
        yield Record(id=f"lost{{i}}", text=f"In flight {{i}}.")
    os._exit(9)  # the process dies inside the transaction
s.add_many(gen())
"""
    p = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert p.returncode == 9, p.stderr
    with Store(db) as s:
        assert [r.id for r in s.records()] == ["kept"]
        assert s.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert s.add_many([Record(id="next", text="After the crash.")]) == 1


def test_store_not_a_database_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "notes.db"
    bad.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(DatelineError) as e:
        Store(bad)
    assert e.value.code is Code.STORE and str(bad) in e.value.line() and "not a SQLite database" in e.value.reason
    assert bad.read_text().startswith("these are my notes")  # untouched


def test_store_unwritable_path_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DatelineError) as e:
        Store(tmp_path)  # a directory
    assert e.value.code is Code.STORE
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DatelineError) as e2:
        Store(blocker / "sub" / "t.db")  # parent is a file
    assert e2.value.code is Code.STORE


def test_store_creates_missing_parent_folders(tmp_path: Path) -> None:
    with Store(tmp_path / "a" / "b" / "t.db") as s:
        assert s.add_many([make_record("a", "text")]) == 1


def test_store_newer_schema_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    with sqlite3.connect(db) as c:
        c.execute("PRAGMA user_version = 99")
    with pytest.raises(DatelineError, match="newer dateline"):
        Store(db)


def test_store_events_keep_their_date(store: Store) -> None:
    r = rich_record()
    saturday = DateMention("Saturday", "day", 2016, 6, 18, 31, 39)
    r.events = [replace(r.events[0], date=saturday), replace(r.events[0], date=None)]
    store.add_many([r])
    assert [e.date for e in store.events()] == ["2016-06-18", None]
    back = store.article(r.id)
    assert back is not None and back.events[0].date == saturday


@pytest.mark.parametrize("version", [1, 2, 3])
def test_store_of_a_previous_schema_is_migrated(tmp_path: Path, version: int) -> None:
    db = tmp_path / f"v{version}.db"
    r = rich_record()
    r.events = [replace(r.events[0], confidence=0.6, date=DateMention("Saturday", "day", 2016, 6, 18, 31, 39))]
    with Store(db) as s:
        s.add_many([r])
    with sqlite3.connect(db) as c:  # the store as that schema made it
        c.execute("DROP INDEX events_day")
        for column in ("cue_start", "cue_end", "day"):
            c.execute(f"ALTER TABLE events DROP COLUMN {column}")
        if version <= 2:
            c.execute("ALTER TABLE events DROP COLUMN confidence")
        if version == 1:
            c.execute("ALTER TABLE events DROP COLUMN date")
        c.execute(f"PRAGMA user_version = {version}")
    with Store(db) as s:
        rows = s.events()
        # added by the migration, unknown for old events
        assert [e.confidence for e in rows] == [None if version <= 2 else 0.6]
        assert [e.date for e in rows] == [None if version == 1 else "2016-06-18"]
        assert s.article(rich_record().id) is not None
        assert s.events(min_confidence=0.0) == ([] if version <= 2 else rows)  # unrated events never pass
    with sqlite3.connect(db) as c:
        assert c.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION == 4
        cols = {r[1] for r in c.execute("PRAGMA table_info(events)")}
        assert {"date", "confidence", "cue_start", "cue_end", "day"} <= cols
        # cue offsets are unknown for old events; their day is read back from the stored record
        assert c.execute("SELECT cue_start, cue_end, day FROM events").fetchall() == [(None, None, "2016-06-18")]


def test_store_events_keep_their_cue_offsets(store: Store) -> None:
    r = rich_record()
    store.add_many([r])
    with sqlite3.connect(store.path) as c:
        ((start, end),) = c.execute("SELECT cue_start, cue_end FROM events").fetchall()
    assert r.text[start:end] == "visited"
    back = store.article(r.id)
    assert back is not None and (back.events[0].cue_start, back.events[0].cue_end) == (start, end)


def test_store_filters_events_by_direction_code_category_and_day(store: Store) -> None:
    sanction = replace(_event("IGOEUREEC", "RUS"), code="163", plover="SANCTION")
    visit = replace(_event("RUSGOV", "CHNGOV"), code="042", plover="CONSULT")
    dated = replace(
        _event("USA", "CHN"),
        code="112",
        plover="DISAPPROVE",
        date=DateMention("May 21, 2014", "day", 2014, 5, 21, 0, 12),
    )
    coarse = replace(
        _event("CHN", "USA"), code="111", plover="DISAPPROVE", date=DateMention("2014", "year", 2014, None, None, 0, 4)
    )
    r = make_record("d", "a b c", events=[sanction, visit, dated, coarse])
    r.source.published = "2016-06-23T08:00:00Z"
    store.add_many([r, make_record("u", "x y z", events=[visit])])  # no publication date

    def codes(**kw: str) -> list[str]:
        return [f"{e.actor1}:{e.code}:{e.day}" for e in store.events(**kw)]

    assert codes(source="rus") == ["RUSGOV:042:2016-06-23", "RUSGOV:042:None"]
    assert codes(target="RUS") == ["IGOEUREEC:163:2016-06-23"]
    assert codes(actor="USA") == ["USA:112:2014-05-21", "CHN:111:2016-06-23"]
    assert codes(code="16") == codes(plover="sanction") == ["IGOEUREEC:163:2016-06-23"]
    assert codes(code="11", source="CHN") == ["CHN:111:2016-06-23"]
    # the day: the event's own full date, else the publication (a year alone is too coarse)
    assert codes(until="2014") == codes(since="2014-05-21", until="2014-05") == ["USA:112:2014-05-21"]
    assert len(codes(since="2016-06-23")) == 3 and codes(since="2016-06-24") == []
    assert codes(code="%") == [] and codes(source="_") == []  # wildcards are taken literally
    with pytest.raises(DatelineError, match=r"\[D013\] events since: '2016/06/23' is not a date"):
        store.events(since="2016/06/23")


def test_store_filters_events_by_confidence(store: Store) -> None:
    rated = [replace(_event("RUSGOV", "CHN"), confidence=c) for c in (0.05, 0.4, 0.75)]
    store.add_many([make_record("c", "a b c", events=[*rated, _event("USA", None)])])
    assert [e.confidence for e in store.events()] == [0.05, 0.4, 0.75, None]
    assert [e.confidence for e in store.events(min_confidence=0.4)] == [0.4, 0.75]
    assert [e.confidence for e in store.events(actor="CHN", min_confidence=0.5)] == [0.75]
    assert store.events(actor="USA", min_confidence=0.1) == []


def test_store_refuses_another_apps_database(tmp_path: Path) -> None:
    db = tmp_path / "other.db"
    with sqlite3.connect(db) as c:
        c.execute("CREATE TABLE customers (name TEXT)")
    with pytest.raises(DatelineError, match="not a dateline store"):
        Store(db)
    with sqlite3.connect(db) as c:
        assert [r[0] for r in c.execute("SELECT name FROM sqlite_master")] == ["customers"]


def test_store_counts_records_of_another_build_as_stale(tmp_path: Path) -> None:
    from dateline.batch import run_batch
    from dateline.build import build_id
    from dateline.read import Document

    db = tmp_path / "t.db"
    with Store(db) as s:
        s.add_many([make_record("old", "Made by an earlier dateline.", pipeline="0.0.1+000000000000")])
        s.add_many([make_record("new", "Made by this dateline.", pipeline=build_id())])
    docs = [Document("old", "Made by an earlier dateline."), Document("new", "Made by this dateline.")]
    seen: list[Record] = []
    result = run_batch(docs, store_path=db, on_record=seen.append, on_error=lambda e: None)
    assert (result.analyzed, result.skipped, result.stale) == (0, 2, 1)
    assert [r.pipeline for r in seen] == ["0.0.1+000000000000", build_id()]  # served from the store as stored


def test_build_id_is_version_and_digest() -> None:
    from dateline import __version__
    from dateline.build import build_id

    version, digest = build_id().split("+")
    assert version == __version__ and len(digest) == 12 and int(digest, 16) >= 0


def test_batch_workers_start_after_the_restorer_ran_in_process(tmp_path: Path) -> None:
    """Workers forked from a process that had run the restorer inherited onnxruntime's locks and hung
    forever; they now start from a clean server process. Run apart, so a regression times out."""
    script = tmp_path / "after_restore.py"
    script.write_text(
        "from dateline import analyze\n"
        "from dateline.batch import run_batch\n"
        "from dateline.read import Document\n"
        "if __name__ == '__main__':\n"
        "    analyze('russian president vladimir putin visited china on saturday officials said')\n"
        "    docs = [Document('d0', 'putin visited beijing on saturday'),\n"
        "            Document('d1', 'chinese president xi jinping met putin in moscow on friday the kremlin said')]\n"
        "    seen = []\n"
        "    run_batch(docs, store_path=None, on_record=seen.append, on_error=print, batch_size=1, workers=2)\n"
        "    print('records', [r.id for r in seen], [r.degraded for r in seen])\n"
    )
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "records ['d0', 'd1'] [True, True]" in done.stdout


def test_batch_workers_give_the_same_records_in_order(tmp_path: Path) -> None:
    """--workers N: worker processes (each with its share of the restorer's threads) change nothing."""
    from dateline.batch import run_batch
    from dateline.read import Document
    from dateline.restore.labels import degrade

    texts = ["Putin visited Beijing on Saturday.", "Xi met Putin in Moscow.", degrade('Obama said: "We will act."')]
    docs = [Document(f"d{i}", t) for i, t in enumerate(texts)]
    runs: list[list[Record]] = []
    for workers in (1, 2):
        seen: list[Record] = []
        run_batch(docs, store_path=None, on_record=seen.append, on_error=lambda e: None, batch_size=1, workers=workers)
        runs.append(seen)
    assert [r.id for r in runs[1]] == ["d0", "d1", "d2"]
    assert [r.to_dict() for r in runs[0]] == [r.to_dict() for r in runs[1]]
