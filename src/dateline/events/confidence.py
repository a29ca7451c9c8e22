"""How likely a coded event is a real interaction, both actors and the root code right.

Most events the coder emits on ordinary news are not ones a human coder would keep (docs/events.md:
about one in five on a strict reading), so each event carries a ``confidence``: a logistic model over
cheap signs of the event's shape (which actors it has, whether the cue is inside a quotation or
under a modal, its CAMEO root), fitted by ``train/event_confidence.py`` on events read by hand.
The weights ship in ``data/event_confidence.json``; scoring needs no library beyond the standard one.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import Any, Protocol

from dateline.record import Actor, Event

# the words before a cue that make it a plan, a wish or a possibility ("wants to", "could", "if")
MODAL = re.compile(r"\b(would|could|might|may|should|must|can|will|if|wants?|plans?|seeks?|hopes?|to)\b", re.I)
MODAL_WINDOW = 25  # characters before the cue
LONG_SENTENCE = 35  # words
SENTENCE_END = (".", "!", "?", '"', "”", "’")
CUE_PREFIX = "cue="  # one feature per cue word; the model knows only words seen often in training


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


def features(event: Event, text: str, quotes: Sequence[Span]) -> dict[str, float]:
    """The model's inputs for one event; ``text`` and ``quotes`` share the event's offsets."""
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
    }
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


def score(event: Event, text: str, quotes: Sequence[Span]) -> float:
    """P(right) under the shipped model, rounded to three places."""
    m = model()
    weights: dict[str, float] = m["weights"]
    z = m["bias"] + sum(weights.get(k, 0.0) * v for k, v in features(event, text, quotes).items())
    return round(1.0 / (1.0 + math.exp(-z)), 3)


def rate(events: list[Event], text: str, quotes: Sequence[Span]) -> list[Event]:
    """Set each event's ``confidence`` (in place; the list is returned for chaining)."""
    for e in events:
        e.confidence = score(e, text, quotes)
    return events
