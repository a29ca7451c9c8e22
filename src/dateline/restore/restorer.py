"""Give degraded text back its case and punctuation, keeping every input word.

Each input word gets a case class and a gap string (labels.py) from the learned model
(model.py) or, in fast mode or when the model is not shipped, from tables and rules
(fast.py). Only what the input lacks is changed: a punctuated input keeps its gaps, a cased
input keeps its case. The Alignment (alignment.py) is then built from the two texts.
"""

from __future__ import annotations

import re

from dateline.restore import fast as fast_mode
from dateline.restore import labels
from dateline.restore.alignment import Alignment, align_words
from dateline.restore.detect import degradation
from dateline.restore.lexicon import case_lexicon
from dateline.restore.model import RestoreModel, shared_model

_ALNUM = re.compile(r"[^\W_]")
_SENT_END = re.compile(r"[.?!]['\"]?\s+['\"]?$")


def _is_abbreviation(word: str) -> bool:
    """'Mr. Putin', 'U.S. officials': a period after these does not end the sentence."""
    return word in fast_mode.HONORIFICS or (len(word) == 1 and word.isalpha())


def _rules(words: list[str], forms: list[str], gaps: list[str]) -> None:
    """Fast mode's high-precision patterns fill in or correct the model's gaps, in place:
    joined pairs (S-400, COVID-19, U.S, 19.5) and abbreviation ends (U.S.-dominated) win over
    the model; contractions and honorifics fill in where the model left a plain space."""
    fast_forms, fast_gaps = fast_mode.predict(words)
    for i, g in enumerate(gaps[:-1]):
        if g == "." and words[i].isdigit() != words[i + 1].isdigit():
            gaps[i] = " "  # a period glues digits (19.5) or letters (U.S), never a number to a word ("174.P")
    for i, g in enumerate(fast_gaps[:-1]):
        if g == " " or g == gaps[i]:
            continue
        joined = " " not in g and g != "'"
        if joined or gaps[i] == " " or (g.startswith(".") and "." not in gaps[i]):
            gaps[i] = g
        if joined:  # a joined pair takes the pair's casing too, and is no possessive
            forms[i], forms[i + 1] = fast_forms[i], fast_forms[i + 1]
            if (
                i > 0
                and gaps[i - 1] == "'"
                and fast_gaps[i - 1] == " "
                and words[i] != "s"
                or words[i] == "s"
                and i > 0
                and gaps[i - 1] == "'"
                and fast_gaps[i - 1] == " "
            ):
                gaps[i - 1] = " "


def restore(text: str, *, fast: bool = False, model: RestoreModel | None = None) -> tuple[str, Alignment]:
    """Restore case and punctuation; returns the restored text and its alignment to ``text``.

    ``model`` replaces the shipped model (the benchmark scores a candidate beside it)."""
    kind = degradation(text)
    low = labels._lower_same_length(text)
    spans = [(m.start(), m.end()) for m in labels.WORD.finditer(low)]
    if not kind.degraded or not spans:
        return text, align_words(text, text)
    words = [low[s:e] for s, e in spans]
    in_gaps = [text[e : spans[i + 1][0]] if i + 1 < len(spans) else text[e:] for i, (_, e) in enumerate(spans)]
    lexicon = case_lexicon()
    if model is None and not fast:
        model = shared_model()
    if model is None:
        forms, gaps = fast_mode.predict(words)
    else:
        classes, gaps = model.predict(words)
        forms = [fast_mode.apply_case(w, c, lexicon) for w, c in zip(words, classes, strict=True)]
        _rules(words, forms, gaps)
    if not kind.unpunctuated:
        gaps = [labels.normalize_gap(g) for g in in_gaps]  # the input's own punctuation rules
    if model is not None or not kind.unpunctuated:
        # a sentence starts with a capital, whatever the case head said
        for i in range(len(words)):
            if (i == 0 or _SENT_END.search(gaps[i - 1]) and not _is_abbreviation(words[i - 1])) and forms[i] == words[
                i
            ]:
                forms[i] = words[i][:1].upper() + words[i][1:]
    elif forms:
        forms[0] = forms[0][:1].upper() + forms[0][1:]
    if not kind.lowercased:
        forms = [text[s:e] for s, e in spans]
    out: list[str] = [text[: spans[0][0]]]
    pos = spans[0][0]
    pairs: list[tuple[int, int, int, int]] = []
    for i, ((s, e), form) in enumerate(zip(spans, forms, strict=True)):
        # keep the input's own characters where the input still has them
        word = form if len(form) == e - s else text[s:e]
        out.append(word)
        pairs.append((s, e, pos, pos + len(word)))
        pos += len(word)
        src_gap = in_gaps[i]
        last = i + 1 == len(spans)
        if not kind.unpunctuated or (src_gap != " " and _ALNUM.search(src_gap)):
            gap = src_gap
        else:
            gap = labels.render_gap(gaps[i])
            if last:
                gap = gap.rstrip() + src_gap[len(src_gap.rstrip()) :]
            elif src_gap != " " and "\n" in src_gap and gap.endswith(" "):
                gap = gap.rstrip(" ") + src_gap.strip(" ")  # keep the input's line breaks
            if not last and gap == "":
                gap = " "
        out.append(gap)
        pos += len(gap)
    restored = "".join(out)
    # built here rather than by align_words' search: the same pairs, without the scan
    return restored, Alignment(tuple(pairs), len(text), len(restored))
