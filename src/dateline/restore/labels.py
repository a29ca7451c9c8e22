"""The restoration task as per-word labels: the degrade rule, case classes and gap classes.

Restoration keeps every input word, so it is a tagging task: for each degraded word predict
its case class and the string in the gap after it. Training (train/restore.py), inference
(model.py, fast.py) and the benchmark all share these definitions, so the label a model
learns is exactly the edit the restorer applies.
"""

from __future__ import annotations

import re
import unicodedata
import zlib

WORD = re.compile(r"[a-z0-9]+")
_SPACES = re.compile(r"\s+")

# case classes
LOWER, CAP, UPPER, MIXED = 0, 1, 2, 3
CASE_NAMES = ("lower", "Cap", "UPPER", "mixed")

_QUOTE_MAP = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "‘": "'", "’": "'", "‚": "'", "`": "'"})
_DASH_MAP = str.maketrans({"‐": "-", "‑": "-", "‒": "-", "–": "–", "—": "—", "―": "—"})


_NOT_WORD = re.compile(r"[^a-z0-9]")


def degrade(text: str, *, keep_offsets: bool = False) -> str:
    """The seed's rule: lowercase, every char outside [a-z0-9] becomes a space, spaces collapsed.

    ``keep_offsets`` replaces one character by one and collapses nothing, so gold offsets into the
    clean text stay valid on the degraded copy (the benchmarks score that way).
    """
    low = _lower_same_length(text)
    if keep_offsets:
        return _NOT_WORD.sub(" ", low)
    return " ".join(m.group() for m in WORD.finditer(low))


def _lower_same_length(text: str) -> str:
    """Lowercase char by char, keeping offsets (a char whose lowercase is not one char -> space)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else " " for c in text)


def case_class(word: str) -> int:
    """Case class of one original word (letters only decide; digits are neutral)."""
    if word == word.lower():
        return LOWER
    if word == word[:1].upper() + word[1:].lower():
        return CAP
    if word == word.upper():
        return UPPER
    return MIXED


def normalize_gap(gap: str) -> str:
    """Canonical form of an inter-word string: one space for any whitespace, ASCII quotes."""
    gap = unicodedata.normalize("NFKC", gap).translate(_QUOTE_MAP).translate(_DASH_MAP)
    gap = _SPACES.sub(" ", gap)
    return gap


def tokens_and_gaps(text: str) -> tuple[list[str], list[str], list[str]]:
    """Original text -> (degraded words, original word forms, normalized gap after each word).

    The last word's gap is what ends the text (usually "" or "."); gaps keep only characters a
    restorer may emit, the rest (non-ASCII letters cut out by the degrade rule) become spaces.
    """
    low = _lower_same_length(text)
    spans = [(m.start(), m.end()) for m in WORD.finditer(low)]
    words = [low[s:e] for s, e in spans]
    forms = [text[s:e] for s, e in spans]
    gaps: list[str] = []
    for i, (_, e) in enumerate(spans):
        nxt = spans[i + 1][0] if i + 1 < len(spans) else len(text)
        gaps.append(normalize_gap(text[e:nxt]))
    return words, forms, gaps


_SIMPLE = re.compile(r"[.,?!:;\"'\-—–()]")


def reduce_gap(gap: str, classes: dict[str, int]) -> int:
    """Map any gap string to the nearest known class (the class list comes from the data)."""
    if gap in classes:
        return classes[gap]
    spaced = " " in gap
    kept = "".join(_SIMPLE.findall(gap))
    for cand in (
        kept + (" " if spaced else ""),
        (" " if gap.startswith(" ") else "") + kept + (" " if spaced else ""),
    ):
        if cand in classes:
            return classes[cand]
    if any(c in gap for c in ".?!"):
        end = next(c for c in reversed(gap) if c in ".?!")
        cand = end + " "
        if cand in classes:
            return classes[cand]
    if "," in gap and ", " in classes:
        return classes[", "]
    if not spaced:
        for cand in ("-", "'", "."):
            if cand in gap and cand in classes:
                return classes[cand]
    return classes.get(" ", 0)


def render_gap(gap: str) -> str:
    """Turn a normalized gap into display form: a double quote right after a word or after
    punctuation closes (”), one after a space opens (“)."""
    if '"' not in gap:
        return gap
    out = []
    for i, c in enumerate(gap):
        if c == '"':
            out.append("”" if i == 0 or gap[i - 1] != " " else "“")
        else:
            out.append(c)
    return "".join(out)


def split_of(article_id: str, source: str) -> str:
    """Fixed split of the allsides corpus: one whole outlet (Reuters) is never trained on,
    and ~2% of the rest is held out for the benchmark, ~1% for validation (stable crc32 of the ID)."""
    if source == HELD_OUT_OUTLET:
        return "outlet"
    h = zlib.crc32(article_id.encode()) % 100
    if h < 2:
        return "test"
    if h == 2:
        return "valid"
    return "train"


HELD_OUT_OUTLET = "Reuters"


def shape_id(word: str) -> int:
    """Coarse word shape, so unseen words (numbers, codes, initials) still inform the model."""
    if word.isdigit():
        return 1 if len(word) <= 2 else 2 if len(word) == 4 else 3
    if any(c.isdigit() for c in word):
        return 4
    n = len(word)
    return 5 if n == 1 else 6 if n <= 3 else 7


def hash_id(s: str, buckets: int) -> int:
    """Stable hash (Python's hash() is salted per process)."""
    return zlib.crc32(s.encode()) % buckets + 1


N_SUFFIX = 4096
N_PREFIX = 4096
N_SHAPE = 8
N_LEX = 6  # 0 unknown, 1 + case class of the lexicon form, 5 = lowercase with capitals common


def lex_id(form: str | None) -> int:
    return 0 if form is None else 1 + case_class(form)
