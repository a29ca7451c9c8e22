"""Is this text in the degraded form (lowercased and/or punctuation stripped)?

Clean news prose has about one capital per 15 letters and one punctuation mark per 8 words,
so both rates falling far below that is a reliable, length-independent signal. Each half is
reported separately (``degradation``) so the restorer fixes only what is missing.
"""

from __future__ import annotations

import re
from typing import NamedTuple

_PUNCT = re.compile(r"[.,;:?!\"“”‘’()]")
_NON_LETTERS = re.compile(r"[\W\d_]+")
_UPPER = re.compile(r"[A-ZÀ-ÖØ-Þ]")


class Degradation(NamedTuple):
    lowercased: bool  # case information is gone
    unpunctuated: bool  # punctuation is gone

    @property
    def degraded(self) -> bool:
        return self.lowercased or self.unpunctuated


def degradation(text: str) -> Degradation:
    """Measure what is missing, on the first 20,000 characters."""
    sample = text[:20000]
    letters = len(_NON_LETTERS.sub("", sample))
    n_words = len(sample.split())
    if letters < 20 or n_words < 4:
        return Degradation(False, False)
    upper = len(_UPPER.findall(sample))
    punct = len(_PUNCT.findall(sample))
    lowercased = upper / letters < 0.002
    # a short, capitalised, unpunctuated line is a headline, not stripped text: demand length
    unpunctuated = n_words >= 25 and punct / n_words < 0.01 or (punct == 0 and lowercased)
    return Degradation(lowercased, unpunctuated)


def is_degraded(text: str) -> bool:
    """True for the seed's form and for partly degraded text; never for clean text."""
    return degradation(text).degraded
