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
from dateline.geo import gazetteer
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

    On the author's text a hyphenated name or one with a middle initial that the tagger split is
    joined, and a court case is one
    name (``court_cases``). On restored text only a
    run of common words is dropped (``common_words``: 84.8 -> 84.9 on degraded-then-restored CoNLL
    valid). Broader rules cost F1 there: cutting spans at the stops the restorer put back, or
    dropping every word it left lowercase (-> 83.8 and -> 84.5), and joining across its hyphens
    (-> 84.7): the restorer is wrong inside names as often as the tagger is.
    """
    text = doc_text(doc)
    if restored:
        return [s for s in spans if not common_words(s, doc)]
    return court_cases(given_names(join_initials(join_hyphenated(spans, text), text), doc), text)


ROLES = canonical.TITLES | canonical.ROLE_NOUNS  # "Russian President": a title, not a surname


def given_names(spans: list[tuple[int, int, str]], doc: Doc) -> list[tuple[int, int, str]]:
    """A given name the tagger took for a place, right before a surname ("Melania Trump" tagged
    "Melania" GPE, "Trump" untagged or PERSON), is a person, unless it is a place name ("Texas
    Abbott"). Author's text only: the case of restored text is the restorer's guess."""
    text = doc_text(doc)
    out: list[tuple[int, int, str]] = []
    for start, end, label in sorted(spans):
        if out and label == "PERSON" and text[out[-1][1] : start] == " " and _misread_name(out[-1], text):
            out[-1] = (out[-1][0], end, "PERSON")
        else:
            out.append((start, end, label))
    starts = {t.idx: t for t in doc}
    taken = {i for s, e, _ in out for i in range(s, e)}
    for n, (start, end, label) in enumerate(out):
        tok = starts.get(end + 1)  # the word after one space, untagged
        if tok is None or end + 1 in taken or text[end] != " " or not _misread_name((start, end, label), text):
            continue
        if tok.pos_ == "PROPN" and tok.text.istitle() and canonical.norm(tok.text) not in ROLES:
            out[n] = (start, tok.idx + len(tok), "PERSON")
    return out


def _misread_name(span: tuple[int, int, str], text: str) -> bool:
    word = text[span[0] : span[1]]
    return span[2] in ("GPE", "LOC") and word.isalpha() and not gazetteer.load().lookup((word.lower(),))


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
        while text[start : text.find(" ", start)].lower() in LEAD:  # "In Kelo v. New London": not "In"
            start = text.find(" ", start) + 1
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


MIDDLE_INITIAL = re.compile(r"[A-Z]\. ")


def join_initials(spans: list[tuple[int, int, str]], text: str) -> list[tuple[int, int, str]]:
    """One person across a middle initial ("Donald J. Trump"), which the NER may tag as "Donald"
    and "J. Trump"; the canonical layer then took "J. Trump" for the full name."""
    out: list[tuple[int, int, str]] = []
    for start, end, label in sorted(spans):
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev[2] == label == "PERSON"
            and text[prev[1] : start] == " "
            and MIDDLE_INITIAL.match(text, start)
        ):
            out[-1] = (prev[0], end, label)
        else:
            out.append((start, end, label))
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
