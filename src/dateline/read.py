"""Inputs to Documents: .txt, .html, .json/.jsonl, .csv, directories and stdin.

Readers never raise for one bad input: they yield a DatelineError in its place, so the
batch goes on and the caller can count and report failures.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from dateline.errors import Code, DatelineError, warning_line
from dateline.record import Source

DEFAULT_MAX_CHARS = 2_000_000
_NAME_DATE = re.compile(r"(?<!\d)(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?!\d)")
SUFFIXES = {".txt", ".text", ".html", ".htm", ".json", ".jsonl", ".ndjson", ".csv"}


@dataclass
class Document:
    id: str
    text: str
    source: Source = field(default_factory=Source)
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class ReadOptions:
    text_column: str = "text"
    id_column: str = "id"
    max_chars: int = DEFAULT_MAX_CHARS


Item = Document | DatelineError


def read_paths(paths: Iterable[str], options: ReadOptions | None = None) -> Iterator[Item]:
    """Yield a Document (or the error that replaced it) for every input, in order."""
    opts = options or ReadOptions()
    for p in paths:
        if p == "-":
            yield from read_stream(sys.stdin.buffer, "<stdin>", opts)
            continue
        path = Path(p)
        if not path.exists():
            yield DatelineError(Code.NOT_FOUND, p, "no such file or directory")
        elif path.is_dir():
            files = sorted(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
            for f in files:
                yield from read_file(f, opts)
        else:
            yield from read_file(path, opts)


def read_file(path: Path, opts: ReadOptions) -> Iterator[Item]:
    where = str(path)
    suffix = path.suffix.lower()
    try:
        raw = path.read_bytes()
    except OSError as e:
        yield DatelineError(Code.NOT_FOUND, where, f"cannot read: {e.strerror}")
        return
    if suffix not in SUFFIXES and _looks_binary(raw):
        yield DatelineError(Code.BINARY, where, "binary content")
        return
    if suffix in {".json", ".jsonl", ".ndjson"}:
        yield from _read_jsonl(raw, where, opts)
    elif suffix == ".csv":
        yield from _read_csv(raw, where, opts)
    elif suffix in {".html", ".htm"}:
        yield _checked(_html_document(raw, where, path.stem), where, opts)
    else:
        yield _checked(_text_document(raw, where, path.stem), where, opts)


def read_stream(stream: IO[bytes], where: str, opts: ReadOptions) -> Iterator[Item]:
    """stdin: JSONL when it starts with '{', else one plain-text document."""
    raw = stream.read()
    if raw.lstrip()[:1] == b"{":
        yield from _read_jsonl(raw, where, opts)
    else:
        yield _checked(_text_document(raw, where, "stdin"), where, opts)


def _looks_binary(raw: bytes) -> bool:
    head = raw[:8192]
    if b"\x00" in head:
        return True
    if not head:
        return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(head) > 0.1


def _decode(raw: bytes, where: str) -> tuple[str, list[str]]:
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as e:
        text = raw.decode("utf-8", errors="replace")
        return text, [warning_line(Code.INVALID_UTF8, where, f"invalid UTF-8 at byte {e.start}")]


def _text_document(raw: bytes, where: str, doc_id: str) -> Item:
    if _looks_binary(raw):
        return DatelineError(Code.BINARY, where, "binary content")
    text, warnings = _decode(raw, where)
    return Document(doc_id, text, Source(path=where, published=_date_in_name(doc_id)), warnings)


def _date_in_name(name: str) -> str | None:
    """Corpora often name files by date (``outlet-2016-06-23-slug.txt``): use it as the publication date."""
    m = _NAME_DATE.search(name)
    return m.group() if m else None


def _html_document(raw: bytes, where: str, doc_id: str, url: str | None = None) -> Item:
    html, warnings = _decode(raw, where)
    return _from_html(html, where, doc_id, url, warnings)


def _from_html(html: str, where: str, doc_id: str, url: str | None, warnings: list[str]) -> Item:
    """Main text via trafilatura; title, date and URL into source."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, url=url) or ""
    meta = trafilatura.extract_metadata(html, default_url=url)
    source = Source(
        path=where if not where.startswith("<") else None,
        url=(meta.url if meta and meta.url else url),
        title=meta.title if meta else None,
        published=meta.date if meta else None,
    )
    return Document(doc_id, text, source, warnings)


def _checked(item: Item, where: str, opts: ReadOptions) -> Item:
    if isinstance(item, DatelineError):
        return item
    if not item.text.strip():
        return DatelineError(Code.EMPTY, where, "empty document")
    if len(item.text) > opts.max_chars:
        return DatelineError(
            Code.TOO_LARGE, where, f"{len(item.text):,} characters, over the limit of {opts.max_chars:,}"
        )
    return item


def _read_jsonl(raw: bytes, where: str, opts: ReadOptions) -> Iterator[Item]:
    text, warnings = _decode(raw, where)
    stripped = text.lstrip()
    if stripped.startswith("["):  # a JSON array of objects is accepted too
        try:
            rows: list[Any] = json.loads(stripped)
        except json.JSONDecodeError as e:
            yield DatelineError(Code.BAD_JSON, where, f"malformed JSON: {e.msg}")
            return
        for n, obj in enumerate(rows, 1):
            yield _from_object(obj, f"{where}[{n}]", n, opts, warnings)
        return
    n = 0
    for lineno, line in enumerate(io.StringIO(text), 1):
        if not line.strip():
            continue
        n += 1
        loc = f"{where}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield DatelineError(Code.BAD_JSON, loc, f"malformed JSON line: {e.msg}")
            continue
        yield _from_object(obj, loc, n, opts, warnings)


def _from_object(obj: Any, where: str, n: int, opts: ReadOptions, warnings: list[str]) -> Item:
    if not isinstance(obj, dict):
        return DatelineError(Code.BAD_JSON, where, "not a JSON object")
    doc_id = str(obj.get(opts.id_column) or obj.get("id") or n)
    url = obj.get("url")
    item: Item
    if isinstance(obj.get(opts.text_column), str):
        item = Document(doc_id, obj[opts.text_column], Source(url=url), list(warnings))
    elif isinstance(obj.get("html"), str):
        item = _from_html(obj["html"], where, doc_id, url, list(warnings))
    else:
        return DatelineError(Code.NO_TEXT, where, f"no '{opts.text_column}' or 'html' field")
    if isinstance(item, Document):
        item.id = doc_id
        item.source.title = item.source.title or obj.get("title")
        item.source.published = item.source.published or obj.get("published") or obj.get("date")
        item.source.url = item.source.url or url
    return _checked(item, where, opts)


def _read_csv(raw: bytes, where: str, opts: ReadOptions) -> Iterator[Item]:
    text, warnings = _decode(raw, where)
    csv.field_size_limit(max(opts.max_chars * 4, 1 << 20))
    reader = csv.DictReader(io.StringIO(text))
    fields = reader.fieldnames or []
    if opts.text_column not in fields:
        yield DatelineError(Code.BAD_CSV, where, f"no column {opts.text_column!r} (columns: {', '.join(fields)})")
        return
    for n, row in enumerate(reader, 1):
        loc = f"{where}:row {n}"
        body = row.get(opts.text_column) or ""
        if not body.strip():
            yield DatelineError(Code.NO_TEXT, loc, f"empty {opts.text_column!r}")
            continue
        doc_id = row.get(opts.id_column) or str(n)
        source = Source(url=row.get("url"), title=row.get("title"), published=row.get("published") or row.get("date"))
        yield _checked(Document(doc_id, body, source, list(warnings)), loc, opts)
