"""Tone: GKG's seven V1.5TONE numbers from word counts, scored segment by segment.

GKG defines every tone figure as a percentage of the document's words: Positive Score and
Negative Score are the shares of positive and negative words, Tone is their difference,
Polarity their sum (the share of emotionally charged words), Activity Reference Density the
share of active words and Self/Group Reference Density the share of self/group pronouns.
Counting words (rather than averaging a whole-document VADER compound, which saturates at
±1 on any long article) keeps the figures comparable across article lengths.

Valence comes from VADER's lexicon. Each word is judged inside its sentence, or inside a
fixed window of ``WINDOW`` tokens when a "sentence" is very long (degraded text often parses
as one sentence), so that a negator only flips words that follow it closely, as in VADER.
See docs/tone.md for every choice.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterator, Sequence
from functools import lru_cache

from spacy.tokens import Span, Token

from dateline.context import Context
from dateline.record import Tone


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


WINDOW = 25  # tokens per window when a sentence is too long to be one negation scope
LONG_SENTENCE = 2 * WINDOW  # sentences longer than this are cut into windows
NEGATION_REACH = 3  # a negator flips a lexicon word up to this many words later (VADER's rule)
MIN_VALENCE = 0.5  # VADER entries closer to 0 than this are treated as neutral

# VADER was built on social-media text; these entries carry a news sense that is neutral
# ("like" the preposition, a political "party", "interest" rates, "shares", "gross" domestic
# product, "care" in health care, "intelligence" services, "top" stories, "fine" as a penalty).
NEWS_NEUTRAL = _wordset(
    """
    like yes no well please kind pretty party parties united share shares interest interests
    credit credits dear yeah ok okay care intelligence gross fine supreme capital grand
    security defense defence value worth hand top lol haha ha energy natural
    """
)

# Negators: VADER's list, minus "despite" (which concedes, it does not negate: "despite
# strong growth" is not negative). Contractions appear split in spaCy ("do" + "n't") and in
# degraded text ("don t"), handled in ``_negation_flags``.
_NOT_NEGATORS = frozenset({"despite"})
CONTRACTION_STEMS = _wordset(
    """
    don doesn didn isn aren wasn weren hasn haven hadn won wouldn can couldn shouldn
    mustn needn mightn ain shan oughtn daren
    """
)

# Self/group reference: first-person pronouns, singular (self) and plural (group).
SELF_GROUP = _wordset("i me my mine myself we us our ours ourselves")

# Activity: verbs (spaCy POS VERB, so auxiliaries are out) except those that describe a
# state, a perception or speech rather than an action. "said" is the commonest verb in news
# and carries no activity; counting it would turn the density into a quotation count.
STATIVE_VERBS = _wordset(
    """
    be have do say tell add note know think believe seem appear feel mean want need like
    love hate hope wish prefer remain stay belong own contain consist include involve
    exist matter depend deserve lack understand remember recall realize suppose doubt
    expect consider regard see hear look sound smell taste acknowledge accord report
    """
)


@lru_cache(maxsize=1)
def lexicon() -> dict[str, float]:
    """VADER's word valences (alphabetic entries only, news-neutral ones dropped), loaded once."""
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    raw: dict[str, float] = SentimentIntensityAnalyzer().lexicon
    return {
        w: float(v) for w, v in raw.items() if w.isalpha() and abs(float(v)) >= MIN_VALENCE and w not in NEWS_NEUTRAL
    }


@lru_cache(maxsize=1)
def negators() -> frozenset[str]:
    from vaderSentiment.vaderSentiment import NEGATE

    words = {w.replace("'", "") for w in NEGATE} | {"n't", "nt", "no"}
    return frozenset(words - _NOT_NEGATORS)


def _is_word(tok: Token) -> bool:
    """A word for GKG's counts: has a letter or digit, and is not a clitic.

    Clitics are "'s" and "n't" in clean text, and what is left of them in degraded text:
    a lone "s" ("kremlin s"); a lone "t" after "don", "won"... is dropped by the caller.
    So "didn't" and "didn t" both count one word, and clean and degraded counts agree.
    """
    text = tok.lower_
    if text in ("s", "n't", "n\u2019t") or text.startswith(("'", "\u2019")):
        return False
    return any(c.isalnum() for c in text)


def _segments(sents: Sequence[Span]) -> Iterator[Span]:
    """Sentences, with very long ones cut into fixed windows (the negation scope)."""
    for sent in sents:
        if len(sent) <= LONG_SENTENCE:
            yield sent
            continue
        for i in range(0, len(sent), WINDOW):
            yield sent[i : i + WINDOW]


def _valence(tok: Token, lex: dict[str, float]) -> float:
    lower = tok.lower_
    value = lex.get(lower)
    if value is None and tok.lemma_:
        value = lex.get(tok.lemma_.lower())
    return value or 0.0


def _negation_flags(segment: Span, negs: frozenset[str]) -> list[bool]:
    """Per token: is it a negator? Handles "n't", "don t" (degraded) and "won t" (not "won")."""
    flags = [tok.lower_ in negs for tok in segment]
    for i in range(len(segment) - 1):
        nxt = segment[i + 1].lower_
        if nxt == "t" and segment[i].lower_ in CONTRACTION_STEMS:
            flags[i] = True  # "don t": the stem carries the negation, the "t" is not a word
    return flags


def extract(ctx: Context) -> Tone:
    """The seven V1.5TONE numbers over the article's words, boilerplate excluded."""
    lex = lexicon()
    negs = negators()
    doc = ctx.doc
    boiler = _Spans(ctx.boilerplate)
    names = _Spans([(e.start, e.end) for e in ctx.entities])

    words = pos = neg = active = self_group = 0
    for segment in _segments(list(doc.sents)):
        neg_flags = _negation_flags(segment, negs)
        since_negator = NEGATION_REACH + 1
        for j, tok in enumerate(segment):
            if neg_flags[j]:
                since_negator = 0
            if not _is_word(tok):
                continue
            if tok.lower_ == "t" and j > 0 and neg_flags[j - 1]:
                continue  # the "t" of a degraded contraction
            start, end = tok.idx, tok.idx + len(tok.text)
            if boiler.overlaps(start, end):
                continue
            words += 1
            lower = tok.lower_
            if lower in SELF_GROUP and tok.text != "US":
                self_group += 1
            if tok.pos_ == "VERB" and tok.lemma_.lower() not in STATIVE_VERBS:
                active += 1
            if not neg_flags[j]:
                since_negator += 1
                value = _valence(tok, lex)
                if value and not names.overlaps(start, end):  # "Justice Department"
                    if since_negator <= NEGATION_REACH:
                        value = -value
                    if value > 0:
                        pos += 1
                    else:
                        neg += 1
    return _tone(words, pos, neg, active, self_group)


class _Spans:
    """Character spans merged and sorted, so a token is tested by bisection, not a scan."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [m[0] for m in merged]
        self.ends = [m[1] for m in merged]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.ends, start + 1)  # first span ending after ``start``
        return i < len(self.starts) and self.starts[i] < end


def _tone(words: int, pos: int, neg: int, active: int, self_group: int) -> Tone:
    if not words:
        return Tone()

    def pct(n: int) -> float:
        return round(100.0 * n / words, 4)

    positive, negative = pct(pos), pct(neg)
    return Tone(
        tone=round(positive - negative, 4),
        positive=positive,
        negative=negative,
        polarity=round(positive + negative, 4),
        activity_density=pct(active),
        self_group_density=pct(self_group),
        word_count=words,
    )
