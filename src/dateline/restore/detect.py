"""Is this text in the degraded form (lowercased, punctuation stripped)?"""

from __future__ import annotations


def is_degraded(text: str) -> bool:
    """Placeholder rule until the restore issue's detector lands: no capitals and no punctuation."""
    sample = text[:20000]
    letters = sum(c.isalpha() for c in sample)
    if letters < 20:
        return False
    upper = sum(c.isupper() for c in sample)
    punct = sum(not (c.isalnum() or c.isspace()) for c in sample)
    return upper / letters < 0.002 or punct / letters < 0.002
