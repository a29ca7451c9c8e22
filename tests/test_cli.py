"""The command line, through a subprocess as users run it."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from dateline.record import schema

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


def run(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "COLUMNS": "200"}
    return subprocess.run(
        [sys.executable, "-m", "dateline", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        env=env,
        timeout=600,
    )


def test_cli_filter_stdin_jsonl_prints_one_valid_record(tmp_path: Path) -> None:
    p = run("analyze", "--format", "jsonl", "--no-store", "-", stdin='{"id":"a","text":"Putin visited Beijing."}\n')
    assert p.returncode == 0, p.stderr
    lines = p.stdout.splitlines()
    assert len(lines) == 1
    record = json.loads(lines[0])
    jsonschema.validate(record, schema())
    assert record["id"] == "a" and record["text"] == "Putin visited Beijing."


def test_cli_stdin_plain_text_is_one_document() -> None:
    p = run("analyze", "--format", "jsonl", "--no-store", "-", stdin="Putin visited Beijing.\nXi greeted him.\n")
    assert p.returncode == 0, p.stderr
    (line,) = p.stdout.splitlines()
    assert json.loads(line)["text"] == "Putin visited Beijing.\nXi greeted him.\n"


def test_cli_jsonl_keeps_input_order_and_ids(tmp_path: Path) -> None:
    f = tmp_path / "in.jsonl"
    f.write_text("".join(json.dumps({"id": f"d{i}", "text": f"Story {i} about Moscow."}) + "\n" for i in range(5)))
    p = run("analyze", "--format", "jsonl", "--no-store", str(f))
    assert p.returncode == 0, p.stderr
    assert [json.loads(x)["id"] for x in p.stdout.splitlines()] == [f"d{i}" for i in range(5)]


def test_cli_bad_inputs_are_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Putin visited Beijing on Saturday.", "utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", "utf-8")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"Caf\xe9 owners in Paris protested.")
    big = tmp_path / "big.txt"
    big.write_bytes(b"word " * (10 * 1024 * 1024))  # 50 MB
    jsonl = tmp_path / "rows.jsonl"
    jsonl.write_text('{"id":"r1","text":"Xi met Putin."}\n{broken\n', "utf-8")
    csv = tmp_path / "rows.csv"
    csv.write_text("id,text\nc1,Merkel spoke in Berlin.\nc2,\n", "utf-8")
    db = tmp_path / "t.db"
    p = run(
        "analyze", "--db", str(db), "--format", "jsonl",
        str(good), str(empty), str(binary), str(latin), str(big), str(jsonl), str(csv), str(tmp_path / "missing.txt"),
    )  # fmt: skip
    assert p.returncode == 1
    ids = [json.loads(x)["id"] for x in p.stdout.splitlines()]
    assert ids == ["good", "latin", "r1", "c1"]
    err = p.stderr
    for code, name in [
        ("D002", "empty.txt"),
        ("D003", "blob.txt"),
        ("D004", "latin.txt"),
        ("D005", "big.txt"),
        ("D007", "rows.jsonl:2"),
        ("D006", "rows.csv:row 2"),
        ("D001", "missing.txt"),
    ]:
        assert any(line.startswith(f"[{code}]") and name in line for line in err.splitlines()), (code, err)
    assert "4 analyzed, 0 already stored, 6 failed" in err


def test_cli_fast_restore_is_recorded_and_stale_for_the_default(tmp_path: Path) -> None:
    """Records made with --fast-restore say so, and a default run counts the degraded one stale."""
    db = tmp_path / "s.db"
    fast = run("analyze", "--db", str(db), "--format", "jsonl", "--fast-restore", str(EXAMPLES))
    assert fast.returncode == 0, fast.stderr
    records = {r["id"]: r for r in map(json.loads, fast.stdout.splitlines())}
    degraded = [r for r in records.values() if r["degraded"]]
    assert len(degraded) == 1 and degraded[0]["pipeline"].endswith("+fast-restore")
    assert all(not r["pipeline"].endswith("+fast-restore") for r in records.values() if not r["degraded"])
    again = run("analyze", "--db", str(db), "--format", "jsonl", str(EXAMPLES))
    assert again.returncode == 0, again.stderr
    assert f"0 analyzed, {len(records)} already stored (1 made by another dateline build" in again.stderr


def test_cli_store_is_idempotent_and_queryable(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    first = run("analyze", "--db", str(db), "--format", "jsonl", str(EXAMPLES))
    assert first.returncode == 0, first.stderr
    n = len(first.stdout.splitlines())
    assert n >= 2
    again = run("analyze", "--db", str(db), "--format", "jsonl", str(EXAMPLES))
    assert again.returncode == 0, again.stderr
    assert f"0 analyzed, {n} already stored, 0 failed" in again.stderr
    assert again.stdout == first.stdout  # the stored records come back unchanged
    redo = run("analyze", "--db", str(db), "--format", "jsonl", "--reanalyze", str(EXAMPLES))
    assert redo.returncode == 0, redo.stderr
    assert f"{n} analyzed, 0 already stored, 0 failed" in redo.stderr
    assert redo.stdout == first.stdout  # same code, same records, none doubled
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == n

    hits = run("query", "search", "rosneft stake", "--db", str(db))
    assert hits.returncode == 0, hits.stderr
    assert "washingtontimes" in hits.stdout

    ents = run("query", "entities", "--type", "PERSON", "--top", "20", "--db", str(db))
    assert ents.returncode == 0, ents.stderr
    assert "Putin" in ents.stdout

    art = run("query", "article", "washingtontimes-2016-06-23-degraded", "--db", str(db), "--format", "jsonl")
    assert art.returncode == 0, art.stderr
    assert json.loads(art.stdout)["id"] == "washingtontimes-2016-06-23-degraded"

    missing = run("query", "article", "nope", "--db", str(db))
    assert missing.returncode == 1 and "[D012]" in missing.stderr

    rated = sorted(e["confidence"] for r in map(json.loads, first.stdout.splitlines()) for e in r["events"])
    assert rated and all(0.0 <= c <= 1.0 for c in rated)
    middle = rated[len(rated) // 2]
    events = run("query", "events", "--min-confidence", str(middle), "--limit", "1000", "--db", str(db))
    assert events.returncode == 0, events.stderr
    rows = [line for line in events.stdout.splitlines() if line.startswith("│")]
    assert len(rows) == sum(c >= middle for c in rated) < len(rated)
    bad = run("query", "events", "--min-confidence", "1.5", "--db", str(db))
    assert bad.returncode == 2 and "min-confidence" in bad.stderr

    coded = [e["code"] for r in map(json.loads, first.stdout.splitlines()) for e in r["events"]]
    sanctions = run("query", "events", "--code", "16", "--limit", "1000", "--db", str(db))
    assert sanctions.returncode == 0, sanctions.stderr
    rows = [line for line in sanctions.stdout.splitlines() if line.startswith("│")]
    assert 0 < len(rows) == sum(c.startswith("16") for c in coded) < len(coded)
    later = run("query", "events", "--since", "2099", "--db", str(db))
    assert later.returncode == 0 and not [line for line in later.stdout.splitlines() if line.startswith("│")]
    wrong = run("query", "events", "--since", "last week", "--db", str(db))
    assert wrong.returncode == 1 and "[D013]" in wrong.stderr and "YYYY-MM-DD" in wrong.stderr


def test_cli_export_writes_every_format(tmp_path: Path) -> None:
    db = tmp_path / "e.db"
    assert run("analyze", "--db", str(db), "--format", "jsonl", str(EXAMPLES)).returncode == 0
    out = tmp_path / "out"
    p = run(
        "export", "--db", str(db), "--jsonl", str(out / "r.jsonl"), "--parquet", str(out / "pq"),
        "--gkg", str(out / "g.tsv"), "--events", str(out / "e.tsv"),
    )  # fmt: skip
    assert p.returncode == 0, p.stderr
    assert len((out / "r.jsonl").read_text().splitlines()) >= 2
    for line in (out / "g.tsv").read_text().splitlines():
        assert len(line.split("\t")) == 27
    assert any((out / "pq").glob("*.parquet"))
    every = len((out / "e.tsv").read_text().splitlines())
    rated = run("export", "--db", str(db), "--events", str(out / "e3.tsv"), "--min-confidence", "0.3")
    assert rated.returncode == 0, rated.stderr
    assert 0 < len((out / "e3.tsv").read_text().splitlines()) < every
    alone = run("export", "--db", str(db), "--jsonl", str(out / "x.jsonl"), "--min-confidence", "0.3")
    assert alone.returncode == 2 and "[D013]" in alone.stderr and not (out / "x.jsonl").exists()


@pytest.mark.parametrize("fmt", ["text", "jsonl"])
def test_cli_restore_keeps_every_word(fmt: str) -> None:
    seed = EXAMPLES / "washingtontimes-2016-06-23-degraded.txt"
    p = run("restore", "--format", fmt, str(seed))
    assert p.returncode == 0, p.stderr
    restored = p.stdout if fmt == "text" else json.loads(p.stdout)["restored"]
    import re

    assert re.findall(r"[a-z0-9]+", restored.lower()) == seed.read_text().split()
