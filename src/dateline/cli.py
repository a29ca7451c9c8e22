"""The command line: a thin typer app over the library (each command wraps one plain function)."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Optional

import typer
from rich.console import Console

from dateline.errors import DatelineError
from dateline.read import DEFAULT_MAX_CHARS, Document, ReadOptions, read_paths
from dateline.record import Record

if TYPE_CHECKING:
    from dateline.store.sqlite import Store

app = typer.Typer(help="dateline: news articles in, structured records out.", no_args_is_help=True)
query_app = typer.Typer(help="Query the store.", no_args_is_help=True)
train_app = typer.Typer(help="Rebuild the shipped models from ../shared/data.", no_args_is_help=True)
app.add_typer(query_app, name="query")
app.add_typer(train_app, name="train")

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DbOption = Annotated[Path, typer.Option("--db", help="SQLite store file.")]
DEFAULT_DB = Path("dateline.db")


class Format(StrEnum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


class RestoreFormat(StrEnum):
    text = "text"
    jsonl = "jsonl"


@contextmanager
def _store(db: Path) -> Iterator[Store]:
    """Open the store for a command; a DatelineError becomes its one-line message and exit 1."""
    from dateline.store.sqlite import Store

    try:
        with Store(db) as store:
            yield store
    except DatelineError as e:
        err.print(e.line(), markup=False, highlight=False)
        raise typer.Exit(1) from None


def _inputs(paths: list[str], text_column: str, id_column: str, max_chars: int) -> Iterator[Document | DatelineError]:
    return read_paths(paths, ReadOptions(text_column=text_column, id_column=id_column, max_chars=max_chars))


TextColumn = Annotated[str, typer.Option("--text-column", help="CSV/JSON field with the text.")]
IdColumn = Annotated[str, typer.Option("--id-column", help="CSV/JSON field with the id.")]
MaxChars = Annotated[int, typer.Option("--max-chars", help="Longest document accepted, in characters.")]


@app.command()
def analyze(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.")],
    format: Annotated[Format, typer.Option("--format", "-f", help="Output on stdout.")] = Format.table,
    db: DbOption = DEFAULT_DB,
    no_store: Annotated[bool, typer.Option("--no-store", help="Do not write to the store.")] = False,
    reanalyze: Annotated[
        bool,
        typer.Option(
            "--reanalyze", help="Analyze stored documents again and replace their records (after an upgrade)."
        ),
    ] = False,
    text_column: TextColumn = "text",
    id_column: IdColumn = "id",
    max_chars: MaxChars = DEFAULT_MAX_CHARS,
    batch_size: Annotated[int, typer.Option(help="Documents per batch (and per store commit).")] = 16,
    workers: Annotated[int, typer.Option(help="Worker processes (each loads the models, ~0.5 GB).")] = 1,
    actors: Annotated[
        Optional[Path],  # noqa: UP045
        typer.Option("--actors", help="Extra actor dictionary, TSV (docs/actors.md).", exists=True, dir_okay=False),
    ] = None,
    fast_restore: Annotated[
        bool,
        typer.Option(
            "--fast-restore",
            help="Restore degraded input with the fast rule restorer: about 1.5x faster on degraded "
            "text, but it finds no direct quotes and a third of the attributions (docs/restore.md).",
        ),
    ] = False,
    progress: Annotated[Optional[bool], typer.Option("--progress/--no-progress")] = None,  # noqa: UP045
) -> None:
    """Analyze articles into records: stored in the SQLite store, and printed."""
    from dateline.batch import run_batch
    from dateline.pipeline import Config
    from dateline.summary import print_summary

    show_progress = sys.stderr.isatty() if progress is None else progress
    records_json: list[dict[str, object]] = []

    def emit(record: Record) -> None:
        if format is Format.jsonl:
            sys.stdout.write(record.to_json() + "\n")
            sys.stdout.flush()
        elif format is Format.json:
            records_json.append(record.to_dict())
        else:
            print_summary(record, out)

    def fail(e: DatelineError) -> None:
        err.print(e.line(), markup=False, highlight=False)

    try:
        result = run_batch(
            _inputs(paths, text_column, id_column, max_chars),
            store_path=None if no_store else db,
            on_record=emit,
            on_error=fail,
            batch_size=batch_size,
            workers=workers,
            progress=show_progress,
            config=Config(
                batch_size=batch_size, actors=str(actors.resolve()) if actors else None, fast_restore=fast_restore
            ),
            reanalyze=reanalyze,
        )
    except DatelineError as e:  # the store itself failed: nothing more can be saved
        err.print(e.line(), markup=False, highlight=False)
        raise typer.Exit(1) from None
    if format is Format.json:
        sys.stdout.write(json.dumps(records_json, ensure_ascii=False, indent=2) + "\n")
    for w in result.warnings:
        err.print(w, markup=False, highlight=False)
    stale = f" ({result.stale} made by another dateline build: --reanalyze refreshes them)" if result.stale else ""
    err.print(
        f"{result.analyzed} analyzed, {result.skipped} already stored{stale}, {result.failed} failed",
        markup=False,
        highlight=False,
    )
    if result.failed:
        raise typer.Exit(1)


@app.command("restore")
def restore_cmd(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.")],
    format: Annotated[RestoreFormat, typer.Option("--format", "-f")] = RestoreFormat.text,
    fast: Annotated[bool, typer.Option("--fast", help="The fast restorer, for very large corpora.")] = False,
    text_column: TextColumn = "text",
    id_column: IdColumn = "id",
    max_chars: MaxChars = DEFAULT_MAX_CHARS,
) -> None:
    """Give degraded text back its case and punctuation."""
    from dateline.restore import restore

    failed = 0
    for item in _inputs(paths, text_column, id_column, max_chars):
        if isinstance(item, DatelineError):
            err.print(item.line(), markup=False, highlight=False)
            failed += 1
            continue
        restored, _ = restore(item.text, fast=fast)
        if format is RestoreFormat.jsonl:
            sys.stdout.write(json.dumps({"id": item.id, "restored": restored}, ensure_ascii=False) + "\n")
        else:
            sys.stdout.write(restored.rstrip("\n") + "\n")
    if failed:
        err.print(f"{failed} failed", markup=False, highlight=False)
        raise typer.Exit(1)


@app.command()
def export(
    db: DbOption = DEFAULT_DB,
    jsonl: Annotated[Optional[Path], typer.Option("--jsonl", help="One record per line.")] = None,  # noqa: UP045
    parquet: Annotated[Optional[Path], typer.Option("--parquet", help="A folder: one table per kind.")] = None,  # noqa: UP045
    gkg: Annotated[Optional[Path], typer.Option("--gkg", help="GDELT GKG 2.1 TSV.")] = None,  # noqa: UP045
    events: Annotated[Optional[Path], typer.Option("--events", help="GDELT 2.0 Events TSV.")] = None,  # noqa: UP045
    min_confidence: Annotated[
        Optional[float],  # noqa: UP045
        typer.Option("--min-confidence", min=0.0, max=1.0, help="--events: only events rated at least this (0-1)."),
    ] = None,
) -> None:
    """Export the store as JSONL, Parquet, GKG 2.1 or GDELT Events."""
    from functools import partial

    from dateline.export import events as events_export
    from dateline.export import gkg as gkg_export
    from dateline.export import jsonl as jsonl_export
    from dateline.export import parquet as parquet_export

    if not any((jsonl, parquet, gkg, events)):
        err.print("[D013] export: name at least one of --jsonl, --parquet, --gkg, --events (see --help)")
        raise typer.Exit(2)
    if min_confidence is not None and events is None:
        err.print("[D013] export: --min-confidence filters the --events file; name one (see --help)")
        raise typer.Exit(2)
    with _store(db) as store:
        for target, writer in (
            (jsonl, jsonl_export.write),
            (parquet, parquet_export.write),
            (gkg, gkg_export.write),
            (events, partial(events_export.write, min_confidence=min_confidence)),
        ):
            if target is not None:
                n = writer(store.records(), target)
                err.print(f"wrote {n} rows to {target}", markup=False, highlight=False)


@query_app.command("search")
def query_search(
    text: Annotated[str, typer.Argument(help="FTS5 query, e.g. 'rosneft stake'.")],
    db: DbOption = DEFAULT_DB,
    limit: int = 20,
) -> None:
    """Full-text search over article text."""
    from dateline.summary import table

    with _store(db) as store:
        hits = store.search(text, limit=limit)
    out.print(table(["id", "title", "snippet"], [(h.id, h.title or "", h.snippet) for h in hits]))


@query_app.command("entities")
def query_entities(
    db: DbOption = DEFAULT_DB,
    type: Annotated[Optional[str], typer.Option("--type", help="PERSON, ORG, GPE, ...")] = None,  # noqa: UP045
    top: int = 20,
) -> None:
    """The most mentioned canonical entities across articles."""
    from dateline.summary import table

    with _store(db) as store:
        rows = store.top_entities(type=type, top=top)
    out.print(
        table(["entity", "type", "mentions", "articles"], [(r.name, r.type, r.mentions, r.articles) for r in rows])
    )


@query_app.command("quotes")
def query_quotes(
    db: DbOption = DEFAULT_DB,
    speaker: Annotated[Optional[str], typer.Option("--speaker", help="Part of the speaker's name.")] = None,  # noqa: UP045
    limit: int = 50,
) -> None:
    """Quotations, optionally by speaker."""
    from dateline.summary import table

    with _store(db) as store:
        rows = store.quotes(speaker=speaker, limit=limit)
    out.print(
        table(["article", "speaker", "verb", "quote"], [(q.article_id, q.speaker, q.verb, q.quote) for q in rows])
    )


@query_app.command("events")
def query_events(
    db: DbOption = DEFAULT_DB,
    actor: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--actor", help="CAMEO actor code prefix for either actor, e.g. RUS."),
    ] = None,
    source: Annotated[Optional[str], typer.Option("--source", help="Actor1 code prefix, e.g. USAGOV.")] = None,  # noqa: UP045
    target: Annotated[Optional[str], typer.Option("--target", help="Actor2 code prefix, e.g. CHN.")] = None,  # noqa: UP045
    code: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--code", help="CAMEO event code prefix: 16 (sanctions), 042 (a visit)."),
    ] = None,
    plover: Annotated[Optional[str], typer.Option("--plover", help="PLOVER category, e.g. SANCTION.")] = None,  # noqa: UP045
    since: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--since", help="From this day on: YYYY, YYYY-MM or YYYY-MM-DD (event date, else publication)."),
    ] = None,
    until: Annotated[Optional[str], typer.Option("--until", help="Up to this day, included (as --since).")] = None,  # noqa: UP045
    min_confidence: Annotated[
        Optional[float],  # noqa: UP045
        typer.Option("--min-confidence", min=0.0, max=1.0, help="Only events rated at least this (0-1)."),
    ] = None,
    limit: int = 50,
) -> None:
    """Coded events, filtered by actor, direction, code, PLOVER category, day or confidence."""
    from dateline.summary import table

    with _store(db) as store:
        rows = store.events(
            actor=actor, limit=limit, min_confidence=min_confidence, source=source, target=target,
            code=code, plover=plover, since=since, until=until,
        )  # fmt: skip
    out.print(
        table(
            ["article", "day", "actor1", "code", "actor2", "goldstein", "plover", "confidence"],
            [
                (
                    e.article_id,
                    e.day or "",
                    e.actor1,
                    e.code,
                    e.actor2,
                    e.goldstein,
                    e.plover,
                    "" if e.confidence is None else f"{e.confidence:.2f}",
                )
                for e in rows
            ],  # fmt: skip
        )
    )


@query_app.command("article")
def query_article(
    article_id: Annotated[str, typer.Argument(help="Article id (or content hash).")],
    db: DbOption = DEFAULT_DB,
    format: Annotated[Format, typer.Option("--format", "-f")] = Format.table,
) -> None:
    """One stored record, readable (or as JSON)."""
    from dateline.summary import print_summary

    with _store(db) as store:
        record = store.article(article_id)
    if record is None:
        err.print(f"[D012] {article_id}: no such article in the store", markup=False, highlight=False)
        raise typer.Exit(1)
    if format is Format.table:
        print_summary(record, out)
    else:
        sys.stdout.write(json.dumps(record.to_dict(), ensure_ascii=False, indent=2 if format is Format.json else None))
        sys.stdout.write("\n")


TRAIN_DIR = Path(__file__).resolve().parent.parent.parent / "train"
_PASSTHROUGH = {"allow_extra_args": True, "ignore_unknown_options": True, "help_option_names": []}


def _run_recipe(name: str, args: list[str]) -> None:
    """Recipes live in the checkout's train/ (they read ../shared/data, which installs never have)."""
    import runpy

    script = TRAIN_DIR / f"{name}.py"
    if not script.exists():
        err.print(f"[D013] train {name}: no recipe at {script}; run it from a git checkout of dateline")
        raise typer.Exit(2)
    sys.argv = [str(script), *args]
    runpy.run_path(str(script), run_name="__main__")


@train_app.command("restore", context_settings=_PASSTHROUGH)
def train_restore(ctx: typer.Context) -> None:
    """Retrain the restoration model (train/restore.py; pass --help for its options)."""
    _run_recipe("restore", ctx.args)


@train_app.command("restore-encoder", context_settings=_PASSTHROUGH)
def train_restore_encoder(ctx: typer.Context) -> None:
    """Fine-tune MiniLM as the restorer (train/restore_encoder.py; needs train/restore.py's tables)."""
    _run_recipe("restore_encoder", ctx.args)


@train_app.command("vectors", context_settings=_PASSTHROUGH)
def train_vectors(ctx: typer.Context) -> None:
    """Train the floret word vectors the entity model reads (train/vectors.py)."""
    _run_recipe("vectors", ctx.args)


@train_app.command("ner", context_settings=_PASSTHROUGH)
def train_ner(ctx: typer.Context) -> None:
    """Retrain the entity model (train/ner.py; pass --help for its options)."""
    _run_recipe("ner", ctx.args)


@train_app.command("ner-encoder", context_settings=_PASSTHROUGH)
def train_ner_encoder(ctx: typer.Context) -> None:
    """Fine-tune MiniLM as the entity tagger (train/ner_encoder.py; measured, not shipped)."""
    _run_recipe("ner_encoder", ctx.args)


def main() -> None:  # pragma: no cover
    app()
