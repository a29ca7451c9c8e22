"""Event confidence: its inputs, the shipped model's direction, and its place in the record."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from importlib import resources

import pytest

from dateline import analyze
from dateline.events import confidence
from dateline.record import Actor, Event

TEXT = "Russia accused China of spying. Officials said Russia would accuse China of spying."


@dataclass
class Q:
    start: int
    end: int


def _event(sentence_start: int, sentence_end: int, **kw: object) -> Event:
    rus = Actor("Russia", "Russia", "RUS", "RUS", None, sentence_start, sentence_start + 6)
    chn = Actor("China", "China", "CHN", "CHN", None, sentence_start + 15, sentence_start + 20)
    base = Event("112", "112", "11", 3, -2.0, "ACCUSE", rus, chn, sentence_start, sentence_end, text="accused")
    return replace(base, **kw)  # type: ignore[arg-type]


def test_features_read_the_event_and_its_sentence() -> None:
    plain = confidence.features(_event(0, 31), TEXT, [])
    assert plain["root11"] == 1.0 and sum(plain[f"root{k:02d}"] for k in range(1, 21)) == 1.0
    assert plain["actor1_country_only"] == plain["actor2_country_only"] == plain["two_countries"] == 1.0
    assert plain["actor2_missing"] == plain["modal_before"] == plain["in_quotation"] == 0.0
    assert plain["unfinished_sentence"] == 0.0 and plain["root_level_code"] == 0.0
    later = _event(32, len(TEXT), text="accuse")
    hedged = confidence.features(later, TEXT, [])
    assert hedged["modal_before"] == 1.0  # "would accuse"
    quoted = confidence.features(later, TEXT, [Q(47, len(TEXT) - 1)])
    assert quoted["in_quotation"] == 1.0
    alone = confidence.features(_event(0, 31, actor2=None, code="110", text="accused"), TEXT, [])
    assert alone["actor2_missing"] == 1.0 and alone["root_level_code"] == 1.0 and alone["two_countries"] == 0.0
    cut = confidence.features(_event(0, 30), TEXT, [])
    assert cut["unfinished_sentence"] == 1.0


def test_parse_features_measure_how_far_each_actor_stands_from_the_cue() -> None:
    from dateline import nlp as nlp_mod

    doc = nlp_mod.load()(TEXT)
    plain = confidence.features(_event(0, 31), TEXT, [], doc)
    assert plain["actor1_near_cue"] == plain["actor2_near_cue"] == 1.0  # "Russia accused China"
    assert plain["actor1_far_from_cue"] == plain["actor2_far_from_cue"] == 0.0
    # the cue of the second sentence, its actors taken from the first: no path in one parse tree
    first = _event(0, 31)
    moved = replace(_event(32, len(TEXT), text="accuse"), actor1=first.actor1, actor2=first.actor2)
    far = confidence.features(moved, TEXT, [], doc)
    assert far["actor1_far_from_cue"] == far["actor2_far_from_cue"] == 1.0 and far["actor1_near_cue"] == 0.0
    without = confidence.features(_event(0, 31), TEXT, [])
    assert without["actor1_near_cue"] == without["actor1_far_from_cue"] == 0.0


def test_cue_is_found_as_a_word() -> None:
    assert confidence._cue_at("the metro met him", "met") == 10
    assert confidence._cue_at("nothing here", "accused") == -1
    assert confidence._cue_at("x", "") == -1


def test_shipped_model_covers_every_feature_and_ranks_as_trained() -> None:
    shipped = json.loads((resources.files("dateline") / "data" / "event_confidence.json").read_text("utf-8"))
    fixed = {k for k in confidence.features(_event(0, 31), TEXT, []) if not k.startswith(confidence.CUE_PREFIX)}
    assert fixed == {k for k in shipped["weights"] if not k.startswith(confidence.CUE_PREFIX)}
    assert any(k.startswith(confidence.CUE_PREFIX) for k in shipped["weights"])
    plain = confidence.score(_event(0, 31), TEXT, [])
    later = _event(32, len(TEXT), text="accuse")
    assert 0.0 < confidence.score(later, TEXT, [Q(47, len(TEXT) - 1)]) < plain < 1.0
    assert confidence.score(_event(0, 31, actor2=None), TEXT, []) < plain


@pytest.mark.parametrize("degraded", [False, True])
def test_every_event_of_an_analysis_is_rated(degraded: bool) -> None:
    text = "Russian President Vladimir Putin visited China on Saturday. The United States accused China of spying."
    if degraded:
        text = "".join(c.lower() if c.isalnum() else " " for c in text)
    rec = analyze(text)
    assert rec.events
    assert all(e.confidence is not None and 0.0 <= e.confidence <= 1.0 for e in rec.events)
    again = rec.from_dict(json.loads(rec.to_json()))
    assert [e.confidence for e in again.events] == [e.confidence for e in rec.events]
