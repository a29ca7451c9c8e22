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

from spacy.tokens import Doc

from dateline.context import Context
from dateline.extract import canonical
from dateline.models import ner
from dateline.nlp import doc_text
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
    spans = tidy(spans, ctx.doc, restored=ctx.input_words is not None)
    return [e for e in canonical.resolve(ctx.doc, spans, ctx.in_boilerplate) if not is_junk(e.text)]


def tidy(spans: list[tuple[int, int, str]], doc: Doc, restored: bool) -> list[tuple[int, int, str]]:
    """The tagger's spans as the extractor keeps them; ``benchmarks/ner_restored.py`` scores this.

    On the author's text a hyphenated name the tagger split is joined. On restored text nothing is
    changed: cutting spans at the stops the restorer put back, or dropping words it left
    lowercase, each cost F1 on degraded-then-restored CoNLL valid (84.8 -> 83.8 and -> 84.5), and
    so did joining across its hyphens (-> 84.7): the restorer is wrong inside names as often as the
    tagger is.
    """
    return spans if restored else join_hyphenated(spans, doc_text(doc))


def join_hyphenated(spans: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """One name across a hyphen ("Holtz-Eakin", "Lloyd-Jones"), which the NER may tag as two."""
    out: list[tuple[int, int, str]] = []
    for start, end, label in sorted(spans):
        if out and out[-1][2] == label and text[out[-1][1] : start] == "-":
            out[-1] = (out[-1][0], end, label)
        else:
            out.append((start, end, label))
    return out
