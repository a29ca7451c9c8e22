"""How likely a coded event is a real interaction, both actors and the root code right.

Most events the coder emits on ordinary news are not ones a human coder would keep (docs/events.md:
about one in five on a strict reading), so each event carries a ``confidence``: a logistic model over
cheap signs of the event's shape (which actors it has and how far each stands from the cue in the
parse, whether the cue is inside a quotation or under a modal, its CAMEO root and cue word), fitted
by ``train/event_confidence.py`` on events read by hand. The weights ship in
``data/event_confidence.json``.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import Any, Protocol

from spacy.tokens import Doc, Token

from dateline.record import Actor, Event

# the words before a cue that make it a plan, a wish or a possibility ("wants to", "could", "if")
MODAL = re.compile(r"\b(would|could|might|may|should|must|can|will|if|wants?|plans?|seeks?|hopes?|to)\b", re.I)
MODAL_WINDOW = 25  # characters before the cue
LONG_SENTENCE = 35  # words
SENTENCE_END = (".", "!", "?", '"', "”", "’")
CUE_PREFIX = "cue="  # one feature per cue word; the model knows only words seen often in training
NEAR, FAR = 2, 4  # dependency edges between an actor's head word and the cue


class Span(Protocol):
    start: int
    end: int


def _country_only(a: Actor | None) -> bool:
    return a is not None and a.code is not None and len(a.code) == 3


def _cue_at(sentence: str, cue: str) -> int:
    """Where the event's first cue word is in its sentence: the whole word, else a word it begins
    (a cue given in another form); -1 when it is not there."""
    first = cue.split()[0] if cue.split() else ""
    if not first:
        return -1
    m = re.search(rf"\b{re.escape(first)}\b", sentence, re.I) or re.search(rf"\b{re.escape(first)}", sentence, re.I)
    return m.start() if m else -1


def _edges(a: Token, b: Token) -> int:
    """Dependency edges between two tokens (through their lowest common ancestor)."""
    up = {t.i: k for k, t in enumerate([a, *a.ancestors])}
    for k, t in enumerate([b, *b.ancestors]):
        if t.i in up:
            return up[t.i] + k
    return 99  # different sentences


def _parse_distances(event: Event, at: int, doc: Doc) -> dict[str, bool]:
    """How far, in the parse, each actor stands from the cue: an actor taken from another clause
    is the commonest way an event goes wrong."""
    cue = doc.char_span(at, at + 1, alignment_mode="expand")
    out: dict[str, bool] = {}
    if cue is None or not len(cue):
        return out
    for name, a in (("actor1", event.actor1), ("actor2", event.actor2)):
        span = doc.char_span(a.start, a.end, alignment_mode="expand") if a and a.start is not None and a.end else None
        if span is None or not len(span):
            continue
        n = _edges(span.root, cue[0])
        out[f"{name}_near_cue"] = n <= NEAR
        out[f"{name}_far_from_cue"] = n >= FAR
    return out


def features(event: Event, text: str, quotes: Sequence[Span], doc: Doc | None = None) -> dict[str, float]:
    """The model's inputs for one event; ``text``, ``quotes`` and ``doc`` (the parse the event was
    coded from; without it the parse features are left out) share the event's offsets."""
    sent = text[event.sentence_start : event.sentence_end]
    a1, a2 = event.actor1, event.actor2
    root = int(event.root_code) if event.root_code.isdigit() else 0
    pos = _cue_at(sent, event.text or "")
    at = event.sentence_start + max(pos, 0)
    f = {
        "actor1_missing": a1 is None,
        "actor2_missing": a2 is None,
        "actor1_country_only": _country_only(a1),
        "actor2_country_only": _country_only(a2),
        "actor1_no_country": a1 is not None and not a1.country_code,
        "actor2_no_country": a2 is not None and not a2.country_code,
        "same_country": a1 is not None and a2 is not None and a1.country_code == a2.country_code,
        "two_countries": bool(a1 and a2 and a1.country_code and a2.country_code and a1.country_code != a2.country_code),
        "actor2_civilians": a2 is not None and a2.sector == "CVL",
        "root_level_code": len(event.code) == 3 and event.code.endswith("0"),
        "in_quotation": any(q.start <= at < q.end for q in quotes),
        "modal_before": bool(MODAL.search(sent[max(0, pos - MODAL_WINDOW) : pos])) if pos > 0 else False,
        "unfinished_sentence": not sent.rstrip().endswith(SENTENCE_END),
        "long_sentence": len(sent.split()) > LONG_SENTENCE,
        "several_cue_words": len((event.text or "").split()) > 1,
        "actor1_near_cue": False,
        "actor1_far_from_cue": False,
        "actor2_near_cue": False,
        "actor2_far_from_cue": False,
    }
    if doc is not None and pos >= 0:
        f.update(_parse_distances(event, at, doc))
    out = {k: float(v) for k, v in f.items()}
    out.update({f"root{k:02d}": float(root == k) for k in range(1, 21)})
    cue = (event.text or "").split()
    if cue:  # the cue word itself: "accused" and "urged" are seldom misread, "held" and "took" often
        out[CUE_PREFIX + cue[0].lower()] = 1.0
    return out


@lru_cache(maxsize=1)
def model() -> dict[str, Any]:
    """The shipped weights: ``{"bias": b, "weights": {feature: w}, ...}``."""
    path = resources.files("dateline") / "data" / "event_confidence.json"
    return dict(json.loads(path.read_text("utf-8")))


def score(event: Event, text: str, quotes: Sequence[Span], doc: Doc | None = None) -> float:
    """P(right) under the shipped model, rounded to three places."""
    m = model()
    weights: dict[str, float] = m["weights"]
    z = m["bias"] + sum(weights.get(k, 0.0) * v for k, v in features(event, text, quotes, doc).items())
    return round(1.0 / (1.0 + math.exp(-z)), 3)


def rate(events: list[Event], text: str, quotes: Sequence[Span], doc: Doc | None = None) -> list[Event]:
    """Set each event's ``confidence`` (in place; the list is returned for chaining)."""
    for e in events:
        e.confidence = score(e, text, quotes, doc)
    return events
