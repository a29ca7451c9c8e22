"""dateline's own NER: a spaCy CNN trained on CoNLL-2003 in clean and degraded form (train/ner.py).

Why a second tagger: en_core_web_sm loses a third of its F1 on lowercased, unpunctuated text; this
model was trained on both forms. Its labels are CoNLL's (PER, ORG, LOC, MISC); the finer OntoNotes
type comes from en_core_web_sm where both taggers found the same span (LOC -> GPE/LOC/FAC, MISC ->
NORP/EVENT/LAW/PRODUCT/WORK_OF_ART/LANGUAGE), else from the default in TO_ONTO.

It runs on a copy of the analysis Doc's tokens, so the pipeline's ``doc.ents`` (DATE, MONEY...,
read by other extractors) stay as en_core_web_sm set them. Loaded lazily: ``nlp.load()`` pays
nothing, the first ``predict`` about 0.2 s.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from dateline.nlp import doc_text

HERE = Path(__file__).resolve().parent
TO_ONTO = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE", "MISC": "NORP"}
SM_EXTRA: frozenset[str] = frozenset()
TRUST_SM = False  # take en_core_web_sm's label on an identical span even across CoNLL types (measured: no)
ONTO_NAMES = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "LANGUAGE"}
FINER = {
    "LOC": {"GPE", "LOC", "FAC"},
    "MISC": {"NORP", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "LANGUAGE"},
    "ORG": {"ORG"},
    "PER": {"PERSON"},
}


def available() -> bool:
    return (HERE / "config.cfg").is_file()


@lru_cache(maxsize=1)
def load() -> Language | None:
    """The shipped model, or None when the package carries none (the pipeline falls back to sm)."""
    if not available():
        return None
    import spacy

    return spacy.load(HERE)


def predict(
    doc: Doc, sm_extra: frozenset[str] = SM_EXTRA, words: list[tuple[int, int]] | None = None
) -> list[tuple[int, int, str]]:
    """(start_char, end_char, OntoNotes label) over ``doc``'s text; ``doc.ents`` give the finer type.

    ``sm_extra``: en_core_web_sm entities of these types are added where this model found nothing
    overlapping (types CoNLL barely covers). ``words``: see ``predict_many``."""
    return predict_many([doc], sm_extra, [words])[0]


def predict_many(
    docs: list[Doc], sm_extra: frozenset[str] = SM_EXTRA, words: list[list[tuple[int, int]] | None] | None = None
) -> list[list[tuple[int, int, str]]]:
    """``predict`` over many Docs, batched (the benchmark scores thousands of sentences).

    ``words``: per Doc, the character spans of the input's words when the Doc is a restoration of
    degraded input. The model then reads those words, lowercased, as it was trained on degraded
    text: on CoNLL valid a half-restored name ("dynamo Moscow", "Roberto. Duran") costs the model
    about ten points of F1 against reading the degraded words themselves.
    """
    model = load()
    if model is None:
        return [[(e.start_char, e.end_char, e.label_) for e in doc.ents] for doc in docs]
    grids = [
        g if g is not None else [(t.idx, t.idx + len(t)) for t in d]
        for d, g in zip(docs, words or [None] * len(docs), strict=True)
    ]
    copies = (
        _copy(model, doc_text(d), g, lower=w is not None)
        for d, g, w in zip(docs, grids, words or [None] * len(docs), strict=True)
    )
    results = []
    for doc, copy, grid in zip(docs, model.pipe(copies, batch_size=256), grids, strict=True):
        sm = {(e.start_char, e.end_char): e.label_ for e in doc.ents}
        out = []
        for ent in copy.ents:
            span = (grid[ent.start][0], grid[ent.end - 1][1])
            label = sm.get(span)
            if label not in FINER.get(ent.label_, set()) and not (TRUST_SM and label in ONTO_NAMES):
                label = TO_ONTO.get(ent.label_, ent.label_)
            out.append((*span, label))
        if sm_extra:
            taken = [(s, e) for s, e, _ in out]
            for e in doc.ents:
                if e.label_ in sm_extra and not any(e.start_char < b and a < e.end_char for a, b in taken):
                    out.append((e.start_char, e.end_char, e.label_))
            out.sort()
        results.append(out)
    return results


def _copy(model: Language, text: str, grid: list[tuple[int, int]], lower: bool) -> Doc:
    return Doc(model.vocab, words=[text[s:e].lower() if lower else text[s:e] for s, e in grid])
