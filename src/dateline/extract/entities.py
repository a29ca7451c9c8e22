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
from dateline.restore.lexicon import case_lexicon

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

    On the author's text a hyphenated name the tagger split is joined, and a court case is one
    name (``court_cases``). On restored text only a
    run of common words is dropped (``common_words``: 84.8 -> 84.9 on degraded-then-restored CoNLL
    valid). Broader rules cost F1 there: cutting spans at the stops the restorer put back, or
    dropping every word it left lowercase (-> 83.8 and -> 84.5), and joining across its hyphens
    (-> 84.7): the restorer is wrong inside names as often as the tagger is.
    """
    if restored:
        return [s for s in spans if not common_words(s, doc)]
    return court_cases(join_hyphenated(spans, doc_text(doc)), doc_text(doc))


# "Plessy v. Ferguson", "Brown v. Board of Education", "Kelo v. New London": names of one to four
# words (an acronym may be dotted, "U.S."), never across a sentence's period
_NAME = r"(?:(?:[A-Z]\.){2,}|[A-Z][\w'&-]*)"
CASE = re.compile(rf"\b{_NAME}(?: {_NAME}){{0,3}},? v\. {_NAME}(?: (?:of |for |the )?{_NAME}){{0,5}}")
LEAD = {"in", "the", "on", "at", "of", "for", "by", "from", "with", "after", "before", "under", "and", "a", "an",
        "as", "since", "when", "while", "if", "but", "so", "then", "that", "this", "like", "until"}  # fmt: skip


def court_cases(spans: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """A court case is one name (LAW), not two parties: the tagger splits "Kelo v. New London"
    into a place and a city, which then get geocoded. Only "v." (courts' style), since "Trump vs.
    Clinton" is a race and "Somerset v Kent" a match; and only on the author's text, since the
    restorer writes "v." in sports fixtures too (restored CoNLL valid: 84.7 -> 84.4 with it)."""
    cases = []
    for m in CASE.finditer(text):
        start = m.start()
        while text[start:].split(" ", 1)[0].lower() in LEAD:  # "In Kelo v. New London": not "In"
            start += len(text[start:].split(" ", 1)[0]) + 1
        cases.append((start, m.end()))
    if not cases:
        return spans
    out = [s for s in spans if not any(s[0] < e and b < s[1] for b, e in cases)]
    return sorted(out + [(b, e, "LAW") for b, e in cases])


def common_words(span: tuple[int, int, str], doc: Doc) -> bool:
    """Words the restorer left lowercase, that English mostly writes lowercase, led by no noun or
    name: the seed's "the advanced system" tagged ORG."""
    toks = doc.char_span(span[0], span[1], alignment_mode="expand")
    if toks is None or not len(toks) or toks[0].pos_ in ("PROPN", "NOUN"):
        return False
    lexicon = case_lexicon()
    return all(
        t.text.islower() and t.pos_ != "PROPN" and (form := lexicon.get(t.lower_)) is not None and form.islower()
        for t in toks
    )


def join_hyphenated(spans: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """One name across a hyphen ("Holtz-Eakin", "Lloyd-Jones"), which the NER may tag as two."""
    out: list[tuple[int, int, str]] = []
    for start, end, label in sorted(spans):
        if out and out[-1][2] == label and text[out[-1][1] : start] == "-":
            out[-1] = (out[-1][0], end, label)
        else:
            out.append((start, end, label))
    return out
