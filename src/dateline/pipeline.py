"""Builds and runs the analysis: Document in, Record out.

Processing a batch is a pure function of the documents and the config; the CLI, the store
and any parallel runner wrap ``analyze_many`` and never re-implement it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

from spacy.tokens import Doc

from dateline import nlp as nlp_mod
from dateline.build import build_id
from dateline.context import Context
from dateline.errors import Code, DatelineError
from dateline.events import coder, confidence
from dateline.extract import amounts, dates, entities, places, quotes, themes, tone
from dateline.read import Document
from dateline.record import Boilerplate, Record, Source
from dateline.restore import Alignment, find_boilerplate, is_degraded, restore

T = TypeVar("T")


@dataclass(frozen=True)
class Config:
    """Immutable options (ftfy style): override by keyword, ``Config(restore=False)``."""

    restore: bool = True  # restore degraded text before analysis
    # the rule restorer (restore/fast.py) instead of the model: far faster on degraded input and
    # much weaker at case and punctuation, so every extractor finds less (docs/restore.md)
    fast_restore: bool = False
    actors: str | None = None  # extra actor dictionary for the event coder (docs/actors.md)
    batch_size: int = 16
    n_process: int = 1

    def pipeline_id(self, degraded: bool) -> str:
        """The build that makes a record, plus the restoration mode when it shaped the record: a
        degraded text read with the fast restorer, or unrestored, is not what the default makes."""
        if not degraded or (self.restore and not self.fast_restore):
            return build_id()
        return f"{build_id()}+{'fast-restore' if self.restore else 'no-restore'}"


@dataclass
class Prepared:
    doc: Document
    degraded: bool
    analysis_text: str
    alignment: Alignment
    boilerplate: list[Boilerplate]

    @property
    def parse_text(self) -> str:
        """The analysis text with link cards blanked (same length, so offsets hold): a card sits
        inside a sentence ("President Trump <card> on Monday said"), and the parser would read
        its headlines as part of that sentence."""
        text = self.analysis_text
        for b in self.boilerplate:
            if b.kind == "card":
                start, end = self.alignment.to_dst(b.start, b.end)
                text = text[:start] + " " * (end - start) + text[end:]
        return text


def prepare(doc: Document, config: Config) -> Prepared:
    """Detect degradation, mark residue and restore: everything before spaCy."""
    text = doc.text
    degraded = is_degraded(text)
    boiler = find_boilerplate(text)
    if degraded and config.restore:
        analysis_text, alignment = restore(text, fast=config.fast_restore)
    else:
        analysis_text, alignment = text, Alignment.identity(len(text))
    return Prepared(doc, degraded, analysis_text, alignment, boiler)


def parse_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def extract_all(prep: Prepared, sdoc: Doc, config: Config | None = None) -> Record:
    """Run every extractor on the parsed analysis text and assemble the Record once."""
    align = prep.alignment
    ctx = Context(
        doc=sdoc,
        published=parse_date(prep.doc.source.published),
        degraded=prep.degraded,
        boilerplate=[align.to_dst(b.start, b.end) for b in prep.boilerplate],
        actors_file=config.actors if config else None,
        input_words=[(w[2], w[3]) for w in align.words] if prep.analysis_text != prep.doc.text else None,
    )
    ctx.entities = entities.extract(ctx)
    ctx.locations = places.extract(ctx)
    ctx.entities = places.landform_types(ctx.entities, ctx.locations)
    ctx.dates = dates.extract(ctx)
    found_amounts = amounts.extract(ctx)
    found_quotes = quotes.extract(ctx)
    found_tone = tone.extract(ctx)
    found_themes = themes.extract(ctx)
    found_events = confidence.rate(coder.extract(ctx), ctx.text, found_quotes, ctx.doc)
    src = prep.doc.text
    return Record(
        id=prep.doc.id,
        text=src,
        source=dataclasses.replace(prep.doc.source),
        degraded=prep.degraded,
        boilerplate=prep.boilerplate,
        entities=map_offsets(ctx.entities, align, src),
        locations=map_offsets(ctx.locations, align, src),
        dates=map_offsets(ctx.dates, align, src),
        amounts=map_offsets(found_amounts, align, src),
        quotes=map_offsets(found_quotes, align, src),
        tone=found_tone,
        themes=map_offsets(found_themes, align, src),
        events=map_offsets(found_events, align, src),
        restored=prep.analysis_text if prep.analysis_text != src else None,
        errors=list(prep.doc.warnings),
        pipeline=(config or Config()).pipeline_id(prep.degraded),
    )


def map_offsets(facts: list[T], align: Alignment, src: str) -> list[T]:
    """The one place analysis-text offsets become input offsets (nested facts included)."""
    return [_map_fact(f, align, src) for f in facts]


def _map_fact(fact: Any, align: Alignment, src: str) -> Any:
    if not dataclasses.is_dataclass(fact) or isinstance(fact, type):
        return fact
    changes: dict[str, Any] = {}
    names = {f.name for f in dataclasses.fields(fact)}
    for name in names:
        value = getattr(fact, name)
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            changes[name] = _map_fact(value, align, src)
        elif isinstance(value, list) and value and dataclasses.is_dataclass(value[0]):
            changes[name] = [_map_fact(v, align, src) for v in value]  # a quote's parts
        elif name == "start" or name.endswith("_start"):
            end_name = name[: -len("start")] + "end"
            start, end = value, getattr(fact, end_name, None)
            if isinstance(start, int) and isinstance(end, int):
                changes[name], changes[end_name] = align.to_src(start, end)
    if "text" in names and "start" in changes:
        changes["text"] = src[changes["start"] : changes["end"]]
    return dataclasses.replace(fact, **changes)


def analyze_many(
    items: Iterable[Document | DatelineError | str | dict[str, Any]],
    config: Config | None = None,
) -> Iterator[Record | DatelineError]:
    """Records in input order; a failed document yields its DatelineError and the batch goes on."""
    cfg = config or Config()
    nlp = nlp_mod.load()
    batch: list[Document | DatelineError] = []
    for n, item in enumerate(items, 1):
        batch.append(_as_document(item, n))
        if len(batch) >= cfg.batch_size:
            yield from _run_batch(batch, nlp, cfg)
            batch = []
    if batch:
        yield from _run_batch(batch, nlp, cfg)


def _run_batch(batch: list[Document | DatelineError], nlp: Any, cfg: Config) -> Iterator[Record | DatelineError]:
    out: list[DatelineError | Prepared] = []
    for item in batch:
        if isinstance(item, DatelineError):
            out.append(item)
            continue
        try:
            out.append(prepare(item, cfg))
        except Exception as e:  # one broken document never stops a batch
            out.append(DatelineError(Code.ANALYSIS_FAILED, item.id, _describe(e)))
    preps = [p for p in out if isinstance(p, Prepared)]
    sdocs = iter(nlp.pipe((p.parse_text for p in preps), batch_size=cfg.batch_size, n_process=cfg.n_process))
    for done in out:
        if not isinstance(done, Prepared):
            yield done
            continue
        sdoc = next(sdocs)
        try:
            yield extract_all(done, sdoc, cfg)
        except Exception as e:
            yield DatelineError(Code.ANALYSIS_FAILED, done.doc.id, _describe(e))


def _describe(e: Exception) -> str:
    """The exception and where it was raised, so a user's report points at the failing step."""
    import traceback
    from pathlib import Path

    frames = traceback.extract_tb(e.__traceback__)
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return f"{type(e).__name__}: {e}{where}"


def _as_document(item: Document | DatelineError | str | dict[str, Any], n: int) -> Document | DatelineError:
    if isinstance(item, (Document, DatelineError)):
        return item
    if isinstance(item, str):
        return Document(str(n), item)
    meta = dict(item)
    text = meta.pop("text", "")
    doc_id = str(meta.pop("id", n))
    return Document(doc_id, text, _source(meta))


def _source(meta: dict[str, Any]) -> Source:
    fields = {f.name for f in dataclasses.fields(Source)}
    return Source(**{k: (str(v) if v is not None else None) for k, v in meta.items() if k in fields})


def analyze(text: str, config: Config | None = None, **meta: Any) -> Record:
    """Analyze one text. ``meta`` may hold ``id`` and Source fields (``published``, ``url``...)."""
    result = next(analyze_many([{"text": text, **meta}], config))
    if isinstance(result, DatelineError):
        raise result
    return result
