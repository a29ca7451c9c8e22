"""Every kind of input, and every kind of bad input, gives a Document or a clear one-line error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dateline.errors import Code, DatelineError
from dateline.read import Document, ReadOptions, read_paths


def _read(paths: list[str], **opts: object) -> list[Document | DatelineError]:
    return list(read_paths(paths, ReadOptions(**opts)))  # type: ignore[arg-type]


def test_read_txt(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Putin visited Beijing.", "utf-8")
    (doc,) = _read([str(f)])
    assert isinstance(doc, Document)
    assert doc.id == "a" and doc.text == "Putin visited Beijing." and doc.source.path == str(f)


def test_read_html_extracts_main_text_and_metadata(tmp_path: Path) -> None:
    body = " ".join(["Russian President Vladimir Putin arrived in Beijing for a state visit."] * 5)
    html = (
        "<html><head><title>Putin in Beijing</title>"
        '<meta property="article:published_time" content="2016-06-23"></head>'
        f"<body><nav>Home | World</nav><article><h1>Putin in Beijing</h1><p>{body}</p></article></body></html>"
    )
    f = tmp_path / "p.html"
    f.write_text(html, "utf-8")
    (doc,) = _read([str(f)])
    assert isinstance(doc, Document)
    assert "Vladimir Putin" in doc.text and "Home | World" not in doc.text
    assert doc.source.title == "Putin in Beijing"
    assert doc.source.published == "2016-06-23"


def test_read_jsonl_with_bad_line(tmp_path: Path) -> None:
    f = tmp_path / "b.jsonl"
    f.write_text('{"id": "x", "text": "one"}\n{not json}\n{"id": "y", "text": "two"}\n', "utf-8")
    items = _read([str(f)])
    assert [i.id for i in items if isinstance(i, Document)] == ["x", "y"]
    (bad,) = [i for i in items if isinstance(i, DatelineError)]
    assert bad.code is Code.BAD_JSON and ":2" in bad.where


def test_read_csv_columns_and_empty_row(tmp_path: Path) -> None:
    f = tmp_path / "c.csv"
    f.write_text("key,body\n1,first article\n2,\n3,third article\n", "utf-8")
    items = _read([str(f)], text_column="body", id_column="key")
    assert [i.id for i in items if isinstance(i, Document)] == ["1", "3"]
    (bad,) = [i for i in items if isinstance(i, DatelineError)]
    assert bad.code is Code.NO_TEXT and "row 2" in bad.where


def test_read_csv_missing_column(tmp_path: Path) -> None:
    f = tmp_path / "c.csv"
    f.write_text("a,b\n1,2\n", "utf-8")
    (bad,) = _read([str(f)])
    assert isinstance(bad, DatelineError) and bad.code is Code.BAD_CSV


@pytest.mark.parametrize(
    ("content", "code"),
    [(b"", Code.EMPTY), (b"   \n\t ", Code.EMPTY), (b"\x00\x01\x02\x03binary\x00" * 50, Code.BINARY)],
)
def test_read_bad_files(tmp_path: Path, content: bytes, code: Code) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    (err,) = _read([str(f)])
    assert isinstance(err, DatelineError) and err.code is code
    assert str(f) in err.line() and err.line().startswith(f"[{code.value}]")


def test_read_missing_path() -> None:
    (err,) = _read(["/no/such/file.txt"])
    assert isinstance(err, DatelineError) and err.code is Code.NOT_FOUND


def test_read_invalid_utf8_is_replaced_with_warning(tmp_path: Path) -> None:
    f = tmp_path / "u.txt"
    f.write_bytes(b"Putin visited Beijing \xff\xfe on Saturday.")
    (doc,) = _read([str(f)])
    assert isinstance(doc, Document)
    assert "\ufffd" in doc.text and "Saturday" in doc.text
    assert doc.warnings and doc.warnings[0].startswith("[D004]")


def test_read_too_large(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_text("word " * 2_000, "utf-8")
    (err,) = _read([str(f)], max_chars=5_000)
    assert isinstance(err, DatelineError) and err.code is Code.TOO_LARGE


def test_read_directory_in_sorted_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("second", "utf-8")
    (tmp_path / "a.txt").write_text("first", "utf-8")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x00")
    (tmp_path / "c.jsonl").write_text(json.dumps({"id": "c1", "text": "third"}) + "\n", "utf-8")
    items = _read([str(tmp_path)])
    assert [i.id for i in items if isinstance(i, Document)] == ["a", "b", "c1"]


def test_read_date_in_file_name_is_the_publication_date(tmp_path: Path) -> None:
    f = tmp_path / "outlet-2016-06-23-story.txt"
    f.write_text("Putin visited Beijing.", "utf-8")
    (doc,) = _read([str(f)])
    assert isinstance(doc, Document) and doc.source.published == "2016-06-23"
