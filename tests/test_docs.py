"""Documentation stays in step with the contract (datasette-style)."""

from __future__ import annotations

from pathlib import Path

from dateline.record import schema

DOCS = Path(__file__).resolve().parent.parent / "docs"


def test_docs_record_names_every_schema_field() -> None:
    text = (DOCS / "record.md").read_text("utf-8")
    s = schema()
    missing = [k for k in s["properties"] if f"`{k}`" not in text]
    for key, prop in s["properties"].items():
        items = prop.get("items", prop)
        missing += [f"{key}.{k}" for k in items.get("properties", {}) if k not in text]
    assert not missing, f"docs/record.md does not mention: {missing}"


def test_docs_readme_gives_the_two_commands() -> None:
    readme = (DOCS.parent / "README.md").read_text("utf-8")
    assert "make demo" in readme and "make test" in readme
