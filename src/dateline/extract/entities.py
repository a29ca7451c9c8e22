"""Persons, organizations and other named entities, with a canonical name per document."""

from __future__ import annotations

from dateline.context import Context
from dateline.record import Entity

KEEP = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART"}


def extract(ctx: Context) -> list[Entity]:
    out: list[Entity] = []
    for ent in ctx.doc.ents:
        if ent.label_ not in KEEP or ctx.in_boilerplate(ent.start_char, ent.end_char):
            continue
        out.append(Entity(ent.text, ent.label_, ent.start_char, ent.end_char, ent.text))
    return out
