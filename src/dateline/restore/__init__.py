"""Degraded-text detection, restoration and the Alignment back to the input."""

from dateline.restore.alignment import Alignment, align_words
from dateline.restore.boilerplate import find_boilerplate
from dateline.restore.detect import is_degraded
from dateline.restore.restorer import restore

__all__ = ["Alignment", "align_words", "find_boilerplate", "is_degraded", "restore"]
