"""The embedded store: one SQLite file (stdlib ``sqlite3``), normalized tables plus FTS5.

Why this shape:
- ``articles`` keeps each Record's JSON (without ``text``, which has its own column for FTS), so a
  stored record comes back exactly as it went in; the fact tables beside it exist for queries.
- Idempotent by content hash: ``content_hash`` is UNIQUE, so re-analyzing the same text adds nothing.
- One transaction per ``add_many`` call, WAL journal: a process killed mid-batch leaves the file
  consistent, holding every earlier batch and nothing of the one in flight.
- ``canonical_entities`` has one row per (canonical name, type) across all articles, so entity
  counts aggregate over the corpus; names compare case-insensitively, because degraded inputs may
  yield "vladimir putin" where clean ones yield "Vladimir Putin" (the cased spelling is kept).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, NamedTuple

from dateline.errors import Code, DatelineError
from dateline.events.day import happened, published
from dateline.record import Actor, Event, Record, as_dict

SCHEMA_VERSION = 4  # PRAGMA user_version; bump with a migration (below) when the tables change
# statements that bring a store of version k to k + 1
MIGRATIONS = {
    1: ["ALTER TABLE events ADD COLUMN date TEXT"],
    2: ["ALTER TABLE events ADD COLUMN confidence REAL"],  # NULL for events stored before it was computed
    3: [  # cue offsets stay NULL for events stored before (`analyze --reanalyze`); days are filled in
        "ALTER TABLE events ADD COLUMN cue_start INTEGER",
        "ALTER TABLE events ADD COLUMN cue_end INTEGER",
        "ALTER TABLE events ADD COLUMN day TEXT",
        "CREATE INDEX IF NOT EXISTS events_day ON events(day)",
    ],
}


class SearchHit(NamedTuple):
    id: str
    title: str | None
    snippet: str
    score: float  # higher is better (negated BM25)


class EntityCount(NamedTuple):
    name: str
    type: str
    mentions: int
    articles: int


class QuoteRow(NamedTuple):
    article_id: str
    speaker: str | None
    verb: str | None
    quote: str


class EventRow(NamedTuple):
    article_id: str
    actor1: str
    code: str
    actor2: str
    goldstein: float
    plover: str | None
    date: str | None  # the date the sentence gives the act (ISO 8601 at its resolution)
    confidence: float | None  # events/confidence.py; None for events stored before it existed
    day: str | None = None  # YYYY-MM-DD: its own full date, else publication (None: neither, or stored before)


_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    pk           INTEGER PRIMARY KEY,
    id           TEXT NOT NULL,
    content_hash TEXT NOT NULL UNIQUE,
    title        TEXT,
    url          TEXT,
    path         TEXT,
    published    TEXT,
    degraded     INTEGER NOT NULL,
    tone         REAL,
    word_count   INTEGER,
    text         TEXT NOT NULL,
    record       TEXT NOT NULL,
    added_at     TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_id ON articles(id);

CREATE TABLE IF NOT EXISTS canonical_entities (
    pk   INTEGER PRIMARY KEY,
    name TEXT NOT NULL COLLATE NOCASE,
    type TEXT NOT NULL,
    UNIQUE (name, type)
);

CREATE TABLE IF NOT EXISTS entities (
    article   INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    canonical INTEGER NOT NULL REFERENCES canonical_entities(pk),
    text      TEXT NOT NULL,
    type      TEXT NOT NULL,
    start     INTEGER NOT NULL,
    "end"     INTEGER NOT NULL,
    role      TEXT
);
CREATE INDEX IF NOT EXISTS entities_article ON entities(article);
CREATE INDEX IF NOT EXISTS entities_canonical ON entities(canonical);

CREATE TABLE IF NOT EXISTS locations (
    article      INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    name         TEXT NOT NULL,
    type         TEXT NOT NULL,
    country_code TEXT,
    admin1       TEXT,
    lat          REAL,
    lon          REAL,
    geonameid    INTEGER,
    start        INTEGER NOT NULL,
    "end"        INTEGER NOT NULL,
    text         TEXT
);
CREATE INDEX IF NOT EXISTS locations_article ON locations(article);
CREATE INDEX IF NOT EXISTS locations_country ON locations(country_code);

CREATE TABLE IF NOT EXISTS dates (
    article    INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    text       TEXT NOT NULL,
    resolution TEXT NOT NULL,
    year       INTEGER,
    month      INTEGER,
    day        INTEGER,
    start      INTEGER NOT NULL,
    "end"      INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS dates_article ON dates(article);

CREATE TABLE IF NOT EXISTS amounts (
    article INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    value   REAL NOT NULL,
    unit    TEXT,
    object  TEXT,
    text    TEXT NOT NULL,
    start   INTEGER NOT NULL,
    "end"   INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS amounts_article ON amounts(article);

CREATE TABLE IF NOT EXISTS quotes (
    article       INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    speaker       TEXT,
    quote         TEXT NOT NULL,
    verb          TEXT,
    kind          TEXT NOT NULL,
    role          TEXT,
    start         INTEGER NOT NULL,
    "end"         INTEGER NOT NULL,
    speaker_start INTEGER,
    speaker_end   INTEGER
);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article);

CREATE TABLE IF NOT EXISTS themes (
    article INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    name    TEXT NOT NULL,
    start   INTEGER NOT NULL,
    "end"   INTEGER NOT NULL,
    text    TEXT
);
CREATE INDEX IF NOT EXISTS themes_article ON themes(article);
CREATE INDEX IF NOT EXISTS themes_name ON themes(name);

CREATE TABLE IF NOT EXISTS events (
    article         INTEGER NOT NULL REFERENCES articles(pk) ON DELETE CASCADE,
    code            TEXT NOT NULL,
    base_code       TEXT NOT NULL,
    root_code       TEXT NOT NULL,
    quad_class      INTEGER NOT NULL,
    goldstein       REAL NOT NULL,
    plover          TEXT,
    actor1_code     TEXT,
    actor1_name     TEXT,
    actor1_text     TEXT,
    actor1_country  TEXT,
    actor1_sector   TEXT,
    actor2_code     TEXT,
    actor2_name     TEXT,
    actor2_text     TEXT,
    actor2_country  TEXT,
    actor2_sector   TEXT,
    location_name   TEXT,
    location_country TEXT,
    lat             REAL,
    lon             REAL,
    sentence_start  INTEGER NOT NULL,
    sentence_end    INTEGER NOT NULL,
    is_root         INTEGER NOT NULL,
    text            TEXT,
    date            TEXT,
    confidence      REAL,
    cue_start       INTEGER,
    cue_end         INTEGER,
    day             TEXT
);
CREATE INDEX IF NOT EXISTS events_article ON events(article);
CREATE INDEX IF NOT EXISTS events_actor1 ON events(actor1_code);
CREATE INDEX IF NOT EXISTS events_actor2 ON events(actor2_code);
CREATE INDEX IF NOT EXISTS events_day ON events(day);

CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(
    title, text, content='articles', content_rowid='pk',
    tokenize='porter unicode61 remove_diacritics 2'
);
CREATE TRIGGER IF NOT EXISTS articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
END;
CREATE TRIGGER IF NOT EXISTS articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.pk, old.title, old.text);
END;
"""

# Characters or words that mean the user wrote FTS5 syntax on purpose; anything else is plain words.
_FTS_SYNTAX = re.compile(r'["*():^{}+]|\b(?:AND|OR|NOT|NEAR)\b')


class Store:
    """The SQLite store at ``path`` (created with its schema when absent)."""

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._conn: sqlite3.Connection | None = None
        try:
            if self.path != ":memory:":
                p = Path(self.path)
                if p.is_dir():
                    raise DatelineError(Code.STORE, self.path, "is a directory, not a database file")
                p.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=30.0, isolation_level=None)
            self._conn = conn
            conn.create_function("dl_contains", 2, _contains, deterministic=True)
            version = conn.execute("PRAGMA user_version").fetchone()[0]  # fails on a non-SQLite file
            if version > SCHEMA_VERSION:
                raise DatelineError(
                    Code.STORE, self.path, f"made by a newer dateline (schema {version} > {SCHEMA_VERSION})"
                )
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA busy_timeout = 30000")
            if version == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
                raise DatelineError(Code.STORE, self.path, "a SQLite database, but not a dateline store; left as is")
            conn.execute("PRAGMA journal_mode = WAL")
            if version < SCHEMA_VERSION:
                conn.execute("BEGIN IMMEDIATE")  # the schema appears whole or not at all
                if version == 0:
                    steps = list(_statements(_SCHEMA))
                else:  # an older store: its migrations, in order
                    steps = [s for v in range(version, SCHEMA_VERSION) for s in MIGRATIONS[v]]
                for statement in steps:
                    conn.execute(statement)
                if 0 < version <= 3:
                    _fill_days(conn)
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
                conn.execute("COMMIT")
            conn.execute("PRAGMA synchronous = NORMAL")  # durable across process crashes in WAL mode
        except DatelineError:
            self.close()
            raise
        except (sqlite3.Error, OSError) as e:
            self.close()
            raise DatelineError(Code.STORE, self.path, _reason(e)) from e

    # --- lifecycle -------------------------------------------------------------------------

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        if self._conn is not None:
            try:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
            finally:
                self._conn.close()
                self._conn = None

    @property
    def conn(self) -> sqlite3.Connection:
        """The open connection (for ad-hoc SQL); raises once the store is closed."""
        if self._conn is None:
            raise DatelineError(Code.STORE, self.path, "the store is closed")
        return self._conn

    # --- writing ---------------------------------------------------------------------------

    @staticmethod
    def content_hash(text: str) -> str:
        """SHA-256 of the text as given: the identity that makes storing idempotent."""
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()

    def add_many(self, records: Iterable[Record], replace: bool = False) -> int:
        """Store records in ONE transaction and return how many were added.

        A record whose text is stored already adds nothing, unless ``replace``: then the stored
        record and its rows give way to the new one (a re-analysis after an upgrade). If anything
        fails part-way (or the iterable raises), the whole call is rolled back and the store is as
        it was.
        """
        conn = self.conn
        added = 0
        try:
            conn.execute("BEGIN IMMEDIATE")
            for record in records:
                if replace:  # child rows and the FTS entry go with it (ON DELETE CASCADE, trigger)
                    conn.execute("DELETE FROM articles WHERE content_hash = ?", (self.content_hash(record.text),))
                added += self._add(conn, record)
            conn.execute("COMMIT")
        except BaseException as e:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(e, sqlite3.Error):
                raise DatelineError(Code.STORE, self.path, _reason(e)) from e
            raise
        return added

    def _add(self, conn: sqlite3.Connection, r: Record) -> int:
        d = as_dict(r)
        del d["text"]  # stored once, in its own column (FTS reads it from there)
        cur = conn.execute(
            "INSERT INTO articles (id, content_hash, title, url, path, published, degraded, tone, word_count,"
            " text, record, added_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(content_hash) DO NOTHING",
            (
                r.id,
                self.content_hash(r.text),
                r.source.title,
                r.source.url,
                r.source.path,
                r.source.published,
                int(r.degraded),
                r.tone.tone,
                r.tone.word_count,
                r.text,
                json.dumps(d, ensure_ascii=False),
                dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            ),
        )
        if cur.rowcount == 0:
            return 0
        pk = cur.lastrowid
        for e in r.entities:
            canonical = " ".join((e.canonical or e.text).split())
            conn.execute(  # upsert (SQLite >= 3.24); a cased spelling replaces an all-lowercase one
                "INSERT INTO canonical_entities (name, type) VALUES (?, ?)"
                " ON CONFLICT(name, type) DO UPDATE SET name = excluded.name"
                " WHERE canonical_entities.name = lower(canonical_entities.name)"
                " AND excluded.name <> lower(excluded.name)",
                (canonical, e.type),
            )
            row = conn.execute(
                "SELECT pk FROM canonical_entities WHERE name = ? AND type = ?", (canonical, e.type)
            ).fetchone()
            conn.execute(
                'INSERT INTO entities (article, canonical, text, type, start, "end", role) VALUES (?,?,?,?,?,?,?)',
                (pk, row[0], e.text, e.type, e.start, e.end, e.role),
            )
        conn.executemany(
            'INSERT INTO locations (article, name, type, country_code, admin1, lat, lon, geonameid, start, "end", text)'
            " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [
                (pk, x.name, x.type, x.country_code, x.admin1, x.lat, x.lon, x.geonameid, x.start, x.end, x.text)
                for x in r.locations
            ],
        )
        conn.executemany(
            'INSERT INTO dates (article, text, resolution, year, month, day, start, "end") VALUES (?,?,?,?,?,?,?,?)',
            [(pk, x.text, x.resolution, x.year, x.month, x.day, x.start, x.end) for x in r.dates],
        )
        conn.executemany(
            'INSERT INTO amounts (article, value, unit, object, text, start, "end") VALUES (?,?,?,?,?,?,?)',
            [(pk, x.value, x.unit, x.object, x.text, x.start, x.end) for x in r.amounts],
        )
        conn.executemany(
            'INSERT INTO quotes (article, speaker, quote, verb, kind, role, start, "end", speaker_start, speaker_end)'
            " VALUES (?,?,?,?,?,?,?,?,?,?)",
            [
                (pk, x.speaker, x.quote, x.verb, x.kind, x.role, x.start, x.end, x.speaker_start, x.speaker_end)
                for x in r.quotes
            ],
        )
        conn.executemany(
            'INSERT INTO themes (article, name, start, "end", text) VALUES (?,?,?,?,?)',
            [(pk, x.name, x.start, x.end, x.text) for x in r.themes],
        )
        when = published(r.source.published)
        conn.executemany(
            "INSERT INTO events (article, code, base_code, root_code, quad_class, goldstein, plover,"
            " actor1_code, actor1_name, actor1_text, actor1_country, actor1_sector,"
            " actor2_code, actor2_name, actor2_text, actor2_country, actor2_sector,"
            " location_name, location_country, lat, lon, sentence_start, sentence_end, is_root, text, date, confidence,"
            " cue_start, cue_end, day) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            [
                (
                    pk,
                    x.code,
                    x.base_code,
                    x.root_code,
                    x.quad_class,
                    x.goldstein,
                    x.plover,
                    *_actor_cols(x.actor1),
                    *_actor_cols(x.actor2),
                    x.location.name if x.location else None,
                    x.location.country_code if x.location else None,
                    x.location.lat if x.location else None,
                    x.location.lon if x.location else None,
                    x.sentence_start,
                    x.sentence_end,
                    int(x.is_root),
                    x.text,
                    x.date.iso() if x.date else None,
                    x.confidence,
                    x.cue_start,
                    x.cue_end,
                    _day(x, when),
                )  # fmt: skip
                for x in r.events
            ],
        )
        return 1

    # --- reading ---------------------------------------------------------------------------

    def get_by_hash(self, content_hash: str) -> Record | None:
        row = self.conn.execute("SELECT text, record FROM articles WHERE content_hash = ?", (content_hash,)).fetchone()
        return _record(row) if row else None

    def article(self, key: str) -> Record | None:
        """The record with this article id (the latest stored, if ids repeat), else this content hash."""
        row = self.conn.execute(
            "SELECT text, record FROM articles WHERE id = ? ORDER BY pk DESC LIMIT 1", (key,)
        ).fetchone()
        if row is None and re.fullmatch(r"[0-9a-f]{64}", key.lower()):
            row = self.conn.execute(
                "SELECT text, record FROM articles WHERE content_hash = ?", (key.lower(),)
            ).fetchone()
        return _record(row) if row else None

    def records(self) -> Iterator[Record]:
        """Every stored record in insertion order, streamed (never all in memory)."""
        cur = self.conn.execute("SELECT text, record FROM articles ORDER BY pk")
        try:
            while rows := cur.fetchmany(64):
                for row in rows:
                    yield _record(row)
        finally:
            cur.close()

    def __len__(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Full-text search over title and text, best first.

        Plain words ("rosneft stake", "u.s. sanctions", "S-400") match as words, all required.
        A query with FTS5 syntax (quotes, ``*``, ``OR``, ``NEAR``, parentheses) is passed through;
        if it is malformed the error says so instead of raising a traceback.
        """
        q = query.strip()
        if not q:
            raise DatelineError(Code.BAD_QUERY, "search", "the query is empty")
        fts = q if _FTS_SYNTAX.search(q) else " ".join('"' + w.replace('"', '""') + '"' for w in q.split())
        try:
            rows = self.conn.execute(
                "SELECT a.id, a.title, snippet(articles_fts, 1, '**', '**', '…', 16), bm25(articles_fts, 5.0, 1.0)"
                " FROM articles_fts JOIN articles a ON a.pk = articles_fts.rowid"
                " WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 5.0, 1.0) LIMIT ?",
                (fts, limit),
            ).fetchall()
        except sqlite3.OperationalError as e:
            raise DatelineError(Code.BAD_QUERY, f"search {query!r}", f"not a valid full-text query ({e})") from e
        return [SearchHit(i, t, " ".join(s.split()), -score) for i, t, s, score in rows]

    def top_entities(self, type: str | None = None, top: int = 20) -> list[EntityCount]:
        """Canonical entities by mentions across the corpus (each counted once, whatever its spelling)."""
        rows = self.conn.execute(
            "SELECT c.name, c.type, count(*) AS mentions, count(DISTINCT e.article) AS arts"
            " FROM entities e JOIN canonical_entities c ON c.pk = e.canonical"
            " WHERE ?1 IS NULL OR c.type = ?1"
            " GROUP BY c.pk ORDER BY mentions DESC, arts DESC, c.name LIMIT ?2",
            (type.upper() if type else None, top),
        ).fetchall()
        return [EntityCount(*r) for r in rows]

    def quotes(self, speaker: str | None = None, limit: int = 50) -> list[QuoteRow]:
        """Quotations in stored order; ``speaker`` matches any part of the name, ignoring case."""
        rows = self.conn.execute(
            "SELECT a.id, q.speaker, q.verb, q.quote FROM quotes q JOIN articles a ON a.pk = q.article"
            " WHERE ?1 IS NULL OR dl_contains(q.speaker, ?1)"
            " ORDER BY q.article, q.start LIMIT ?2",
            (speaker, limit),
        ).fetchall()
        return [QuoteRow(*r) for r in rows]

    def events(
        self,
        actor: str | None = None,
        limit: int = 50,
        min_confidence: float | None = None,
        *,
        source: str | None = None,
        target: str | None = None,
        code: str | None = None,
        plover: str | None = None,
        since: str | None = None,
        until: str | None = None,
    ) -> list[EventRow]:
        """Coded events, filtered; every filter given must hold.

        ``actor`` is a CAMEO actor-code prefix matched against either actor ("RUS" finds RUSGOV),
        ``source`` and ``target`` the same against actor1 or actor2 alone; ``code`` a CAMEO event-code
        prefix ("16" sanctions, "042"); ``plover`` a PLOVER category (any case); ``min_confidence``
        keeps events rated at least that (events stored unrated are left out by it). ``since`` and
        ``until`` bound the event's day (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, both ends included):
        its own full date, else the article's publication, as the Events export dates it; events
        with no day are left out by them."""
        rows = self.conn.execute(
            "SELECT a.id, coalesce(v.actor1_code, v.actor1_name, ''), v.code,"
            " coalesce(v.actor2_code, v.actor2_name, ''), v.goldstein, v.plover, v.date, v.confidence, v.day"
            " FROM events v JOIN articles a ON a.pk = v.article"
            " WHERE (:actor IS NULL OR upper(v.actor1_code) LIKE :actor ESCAPE '\\'"
            " OR upper(v.actor2_code) LIKE :actor ESCAPE '\\')"
            " AND (:source IS NULL OR upper(v.actor1_code) LIKE :source ESCAPE '\\')"
            " AND (:target IS NULL OR upper(v.actor2_code) LIKE :target ESCAPE '\\')"
            " AND (:code IS NULL OR v.code LIKE :code ESCAPE '\\')"
            " AND (:plover IS NULL OR upper(v.plover) = :plover)"
            " AND (:conf IS NULL OR v.confidence >= :conf)"
            " AND (:since IS NULL OR v.day >= :since)"
            " AND (:until IS NULL OR substr(v.day, 1, length(:until)) <= :until)"
            " ORDER BY v.article, v.sentence_start LIMIT :limit",
            {
                "actor": _prefix(actor),
                "source": _prefix(source),
                "target": _prefix(target),
                "code": _prefix(code),
                "plover": plover.strip().upper() if plover else None,
                "conf": min_confidence,
                "since": _iso_day(since, "since"),
                "until": _iso_day(until, "until"),
                "limit": limit,
            },
        ).fetchall()
        return [EventRow(*r) for r in rows]


def _statements(script: str) -> Iterator[str]:
    """Split the schema into statements (triggers contain ';' inside BEGIN ... END)."""
    buf: list[str] = []
    for line in script.splitlines():
        buf.append(line)
        joined = "\n".join(buf).strip()
        if joined.endswith(";") and sqlite3.complete_statement(joined):
            yield joined
            buf = []
    if "\n".join(buf).strip():
        yield "\n".join(buf)


def _record(row: tuple[str, str]) -> Record:
    text, record_json = row
    d: dict[str, Any] = json.loads(record_json)
    d["text"] = text
    return Record.from_dict(d)


def _fill_days(conn: sqlite3.Connection) -> None:
    """Each stored event's day, from its stored record (events rows are inserted in the record's order)."""
    for pk, text, record_json in conn.execute("SELECT pk, text, record FROM articles").fetchall():
        r = _record((text, record_json))
        when = published(r.source.published)
        rowids = [row[0] for row in conn.execute("SELECT rowid FROM events WHERE article = ? ORDER BY rowid", (pk,))]
        if len(r.events) != len(rowids):
            continue  # not the rows this record made; left without a day rather than misdated
        days = [(_day(e, when), rowid) for e, rowid in zip(r.events, rowids, strict=True)]
        conn.executemany("UPDATE events SET day = ? WHERE rowid = ?", days)


def _prefix(value: str | None) -> str | None:
    """A LIKE pattern for a code prefix typed by a user (``%`` and ``_`` taken literally)."""
    return None if not value or not value.strip() else _like_escape(value.strip().upper()) + "%"


_ISO_DAY = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def _iso_day(value: str | None, name: str) -> str | None:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` as given; anything else is the caller's mistake, said plainly."""
    if value is None:
        return None
    v = value.strip()
    if not _ISO_DAY.fullmatch(v):
        raise DatelineError(Code.BAD_OPTION, f"events {name}", f"{value!r} is not a date: YYYY, YYYY-MM or YYYY-MM-DD")
    return v


def _day(e: Event, when: dt.datetime | None) -> str | None:
    day = happened(e, when)
    return day.date().isoformat() if day else None


def _actor_cols(a: Actor | None) -> tuple[str | None, ...]:
    if a is None:
        return (None,) * 5
    return (a.code, a.name, a.text, a.country_code, a.sector)


def _contains(hay: str | None, needle: str | None) -> bool:
    return hay is not None and needle is not None and needle.casefold() in hay.casefold()


def _like_escape(s: str) -> str:
    return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _reason(e: BaseException) -> str:
    msg = str(e) or type(e).__name__
    if "file is not a database" in msg:
        return "not a SQLite database (file is not a database)"
    if "unable to open" in msg or "readonly" in msg or "read-only" in msg:
        return f"cannot open or write it ({msg}); check the path and its permissions"
    return msg
