"""Fast mode: per-word predictions from shipped tables and rules, no neural model.

Case comes from the case lexicon (usual form of each word away from sentence starts); joined
word pairs ("u s" -> "U.S", "covid 19" -> "COVID-19", "19 5" -> "19.5") from a pair table
derived from allsides; contractions, possessives and honorifics from rules. It restores no
sentence punctuation (only the text's first word is capitalised): that is the model's job.
Tens of thousands of words per second on one core.
"""

from __future__ import annotations

from functools import lru_cache

from dateline.restore import labels
from dateline.restore.lexicon import MODEL_DIR, case_lexicon, load_tsv

# "won t", "don t": the n't contractions (the stem before the apostrophe)
_NT = frozenset(
    [
        "don",
        "won",
        "can",
        "isn",
        "aren",
        "wasn",
        "weren",
        "doesn",
        "didn",
        "hasn",
        "haven",
        "hadn",
        "couldn",
        "wouldn",
        "shouldn",
        "mustn",
        "needn",
        "ain",
        "shan",
    ]
)
_PRONOUN_CONTRACTIONS = {
    "ll": frozenset(["i", "you", "we", "they", "he", "she", "it", "that", "there", "who", "what", "this"]),
    "re": frozenset(["you", "we", "they", "who", "what", "there"]),
    "ve": frozenset(["i", "you", "we", "they", "who", "could", "would", "should", "might", "must"]),
    "d": frozenset(["i", "you", "we", "they", "he", "she", "it", "that", "there", "who"]),
    "m": frozenset({"i"}),
}
# honorifics and titles that take a period in US news style
HONORIFICS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "sen",
        "rep",
        "gov",
        "gen",
        "lt",
        "col",
        "sgt",
        "capt",
        "jr",
        "sr",
        "vs",
        "prof",
        "rev",
        "adm",
        "cmdr",
        "lt",
    ]
)
# words that mostly follow a hyphen after a name or abbreviation ("U.S.-led", "Saudi-backed")
_HYPHEN_AFTER = frozenset(
    ["led", "backed", "based", "dominated", "brokered", "sponsored", "owned", "controlled", "funded", "allied", "style"]
)
_DECIMAL_UNITS = frozenset(["percent", "million", "billion", "trillion", "points", "percentage", "degrees", "miles"])
# a possessive "s" is joined unless it is one of these letters-as-words cases
_NOT_POSSESSIVE_BEFORE_S = frozenset({"u"})


@lru_cache(maxsize=1)
def pair_table() -> dict[str, str]:
    """'w1 w2' -> joined surface form ('U.S', 'COVID-19'); empty when not shipped."""
    path = MODEL_DIR / "pairs.tsv"
    return load_tsv(path) if path.exists() else {}


def apply_case(word: str, cls: int, lexicon: dict[str, str]) -> str:
    """Render a case class onto a lowercase word (mixed forms come from the lexicon)."""
    if cls == labels.LOWER:
        return word
    if cls == labels.UPPER:
        return word.upper()
    if cls == labels.MIXED:
        form = lexicon.get(word)
        if form and form.lower() == word:
            return form
    return word[:1].upper() + word[1:]


def _abbreviation_end(words: list[str], gaps: list[str], i: int) -> bool:
    """Word ``i`` ends an abbreviation of single letters joined by periods ("u s")."""
    return i > 0 and len(words[i - 1]) == 1 and gaps[i - 1] == "."


def predict(words: list[str]) -> tuple[list[str], list[str]]:
    """Lowercase words -> (surface forms, normalized gap after each word)."""
    lexicon = case_lexicon()
    pairs = pair_table()
    n = len(words)
    forms = [lexicon.get(w, w) for w in words]
    gaps = [" "] * n
    for i in range(n - 1):
        w, nxt = words[i], words[i + 1]
        joined = pairs.get(f"{w} {nxt}")
        if joined is not None and len(joined) > len(w) + len(nxt):
            gap = joined[len(w) : len(joined) - len(nxt)]
            if not any(c.isalnum() for c in gap) and joined[: len(w)].lower() == w:
                gaps[i] = gap
                forms[i] = joined[: len(w)]
                forms[i + 1] = joined[len(joined) - len(nxt) :]
                continue
        if w.isdigit() and nxt.isdigit() and len(nxt) <= 2 and i + 2 < n and words[i + 2] in _DECIMAL_UNITS:
            gaps[i] = "."  # "19 5 percent" -> 19.5 percent
        elif (
            len(w) == 1 and w not in "ai" and nxt.isdigit() and len(nxt) >= 2 and not _abbreviation_end(words, gaps, i)
        ):
            gaps[i] = "-"  # "s 400" -> S-400, "f 16" -> F-16 (but "u s 49" is "U.S. 49")
            forms[i] = w.upper()
        elif (
            nxt == "t"
            and w in _NT
            or (
                nxt == "s"
                and w not in _NOT_POSSESSIVE_BEFORE_S
                and not w.isdigit()
                and not (i + 2 < n and words[i + 2].isdigit())  # "edge s 400": S-400, not edge's
            )
            or nxt in _PRONOUN_CONTRACTIONS
            and w in _PRONOUN_CONTRACTIONS[nxt]
        ):
            gaps[i] = "'"
        elif w in HONORIFICS and nxt.isalpha():
            gaps[i] = ". "
    for i in range(n - 1):
        if gaps[i] == "'":
            forms[i + 1] = words[i + 1]  # the clitic of a contraction or possessive stays lowercase
    # an abbreviation of single letters ("U.S") takes its final period before the next word
    for i in range(1, n - 1):
        if _abbreviation_end(words, gaps, i) and len(words[i]) == 1 and gaps[i] == " ":
            gaps[i] = ".-" if words[i + 1] in _HYPHEN_AFTER else ". "
    return forms, gaps
