"""What every extractor reads: the parsed analysis text and the findings of earlier steps.

Extractors are plain functions ``extract(ctx: Context) -> list[Fact]``. Offsets they return
are into ``ctx.text`` (the analysis text); the pipeline maps them to the input once.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Doc

from dateline.nlp import doc_text
from dateline.record import DateMention, Entity, Location


@dataclass
class Context:
    doc: Doc  # spaCy Doc over the analysis text (restored when the input was degraded)
    published: dt.date | None = None  # article date, to resolve relative dates
    degraded: bool = False
    boilerplate: list[tuple[int, int]] = field(default_factory=list)  # analysis-text spans
    entities: list[Entity] = field(default_factory=list)  # filled by the entities step
    locations: list[Location] = field(default_factory=list)  # filled by the places step
    dates: list[DateMention] | None = None  # filled by the dates step; None: not run yet
    actors_file: str | None = None  # a user actor dictionary extending the shipped one (--actors)
    # where the analysis text restores degraded input: the analysis-text span of each input word
    input_words: list[tuple[int, int]] | None = None

    @property
    def text(self) -> str:
        return doc_text(self.doc)

    def in_boilerplate(self, start: int, end: int) -> bool:
        """True when the span overlaps residue (sidebars, cut-off fragments)."""
        return any(start < b_end and b_start < end for b_start, b_end in self.boilerplate)
