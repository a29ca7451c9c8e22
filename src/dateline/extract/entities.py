"""Persons, organizations and other named entities, with a canonical name and role per document.

Spans come from dateline's own NER when it is shipped (robust to degraded text), with the finer
OntoNotes type from en_core_web_sm (``dateline.models.ner``), else from en_core_web_sm alone. On
restored text the NER reads the input's own words (``ctx.input_words``): it does better on the
degraded form it was trained on than on a half-right restoration.
Junk is dropped before canonicalization (``canonical.resolve``): non-name types (DATE, CARDINAL...),
scraping residue, single characters and pure numbers.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from dateline.context import Context
from dateline.extract import canonical
from dateline.models import ner
from dateline.record import Entity

KEEP = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"}


def is_junk(text: str) -> bool:
    """Nothing a reader would call a name: one character, or digits and punctuation only."""
    core = re.sub(r"[\W_]", "", text)
    return len(core) <= 1 or core.isdigit()


def extract(ctx: Context) -> list[Entity]:
    spans = [
        (start, end, label)
        for start, end, label in ner.predict(ctx.doc, words=ctx.input_words)
        if label in KEEP and not ctx.in_boilerplate(start, end) and not is_junk(ctx.text[start:end])
    ]
    spans = join_hyphenated(split_at_stops(spans, ctx.doc), ctx.text)
    return [e for e in canonical.resolve(ctx.doc, spans, ctx.in_boilerplate) if not is_junk(e.text)]


STOPS = {".", "?", "!", ";", ":"}


def split_at_stops(spans: list[tuple[int, int, str]], doc: Doc) -> list[tuple[int, int, str]]:
    """Pieces of a span that runs across a sentence end (or a comma, for persons).

    The NER reads the degraded input's words, where "orlando massacre nefzi said" has no stop; on
    the restored text the stop is back ("... Orlando massacre. Nefzi said") and ends the name.
    """
    out: list[tuple[int, int, str]] = []
    for start, end, label in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        cuts = STOPS | {","} if label == "PERSON" else STOPS
        if span is None or not any(t.text in cuts for t in span):
            out.append((start, end, label))
            continue
        piece: list[Token] = []
        for t in [*span, None]:
            if t is None or t.text in cuts:
                if piece:
                    out.append((max(start, piece[0].idx), min(end, piece[-1].idx + len(piece[-1])), label))
                piece = []
            else:
                piece.append(t)
    return out


def join_hyphenated(spans: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """One name across a hyphen ("Holtz-Eakin", "Lloyd-Jones"), which the NER may tag as two."""
    out: list[tuple[int, int, str]] = []
    for start, end, label in sorted(spans):
        if out and out[-1][2] == label and text[out[-1][1] : start] == "-":
            out[-1] = (out[-1][0], end, label)
        else:
            out.append((start, end, label))
    return out
