"""Alignment between an input text and the analysis text made from it.

Restoration keeps every input word, in order, with the same length; only casing and the
characters between words change. So the alignment is a list of word pairs, and any offset
maps by locating its word. This is the one place offsets are mapped (like ftfy's
``fix_and_explain``, the alignment is inspectable: ``words`` is the whole plan).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True)
class Alignment:
    """``words[i] = (src_start, src_end, dst_start, dst_end)``, sorted, non-overlapping."""

    words: tuple[tuple[int, int, int, int], ...]
    src_len: int
    dst_len: int

    @classmethod
    def identity(cls, n: int) -> Alignment:
        return cls(((0, n, 0, n),) if n else (), n, n)

    def to_src(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the analysis text to the input, shrunk to the words it touches."""
        return self._map(start, end, 2, 0)

    def to_dst(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the input to the analysis text, shrunk to the words it touches."""
        return self._map(start, end, 0, 2)

    def _map(self, start: int, end: int, a: int, b: int) -> tuple[int, int]:
        words = self.words
        if not words:
            return (0, 0)
        starts = [w[a] for w in words]
        # start: inside word i (w.start <= off < w.end) maps within it; else the next word's start
        i = bisect.bisect_right(starts, start) - 1
        if i >= 0 and start < words[i][a + 1]:
            s = words[i][b] + min(start - words[i][a], words[i][b + 1] - words[i][b])
        else:
            s = words[i + 1][b] if i + 1 < len(words) else words[-1][b + 1]
        # end: inside word j (w.start < off <= w.end) maps within it; else the previous word's end
        j = bisect.bisect_left(starts, end) - 1
        if j >= 0 and end <= words[j][a + 1]:
            e = words[j][b] + min(end - words[j][a], words[j][b + 1] - words[j][b])
        else:
            e = words[j][b + 1] if j >= 0 else words[0][b]
        return (s, max(s, e))


def align_words(src: str, dst: str) -> Alignment:
    """Build the alignment by matching src's words, case-insensitively, in order in dst.

    Raises ValueError when dst does not keep src's words, which would break every offset.
    """
    pairs: list[tuple[int, int, int, int]] = []
    pos = 0
    low = dst.lower()
    for m in _WORD.finditer(src):
        word = m.group().lower()
        j = low.find(word, pos)
        if j < 0:
            raise ValueError(f"restored text lost the input word {m.group()!r} at offset {m.start()}")
        pairs.append((m.start(), m.end(), j, j + len(word)))
        pos = j + len(word)
    return Alignment(tuple(pairs), len(src), len(dst))
