"""Tone: GKG's seven V1.5TONE numbers, on clean and on degraded text."""

from __future__ import annotations

import re

import pytest

from dateline.extract import tone

POSITIVE = "The talks were a great success, and both leaders said they were happy with the progress."
NEGATIVE = "The attack killed dozens of people and left the city in fear, grief and anger."
NEUTRAL = "The committee met on Tuesday in the capital to review the budget."


def _degrade(text: str) -> str:
    """The corpus's degradation: lowercase, every char outside [a-z0-9] becomes a space."""
    return re.sub(r"[^a-z0-9]", " ", text.lower())


@pytest.mark.parametrize(("text", "sign"), [(POSITIVE, 1), (NEGATIVE, -1), (NEUTRAL, 0)])
def test_tone_sign_follows_the_words(make_ctx, text: str, sign: int) -> None:
    t = tone.extract(make_ctx(text)).tone
    assert (t > 0) - (t < 0) == sign


@pytest.mark.parametrize("text", [POSITIVE, NEGATIVE, NEUTRAL])
def test_tone_degraded_text_keeps_the_sign(make_ctx, text: str) -> None:
    clean = tone.extract(make_ctx(text))
    degraded = tone.extract(make_ctx(_degrade(text), degraded=True))
    assert (clean.tone > 0) == (degraded.tone > 0) and (clean.tone < 0) == (degraded.tone < 0)
    assert degraded.word_count == clean.word_count


@pytest.mark.parametrize(
    ("plain", "negated"),
    [
        ("The results were good.", "The results were not good."),
        ("The results were good.", "The results weren't good."),
        ("the results were good", "the results weren t good"),
        ("The deal was a failure.", "The deal was never a failure."),
    ],
)
def test_tone_negation_flips(make_ctx, plain: str, negated: str) -> None:
    a, b = tone.extract(make_ctx(plain)), tone.extract(make_ctx(negated))
    assert a.tone * b.tone < 0


def test_tone_negation_reaches_only_nearby_words(make_ctx) -> None:
    text = "It was not the case that the long and tiring meeting ended in a great success."
    assert tone.extract(make_ctx(text)).tone > 0


def test_tone_degraded_wont_is_a_negator_not_a_victory(make_ctx) -> None:
    assert tone.extract(make_ctx("they won t be happy")).tone < 0
    assert tone.extract(make_ctx("they won the vote")).tone > 0


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Prices rose sharply on Monday.", 5),
        ("The Kremlin's pivot didn't work.", 5),
        ("the kremlin s pivot didn t work", 5),
        ("More than 12 billion in loans.", 6),
        ("the u s and russia", 4),
        ("", 0),
    ],
)
def test_tone_word_count_counts_words(make_ctx, text: str, words: int) -> None:
    assert tone.extract(make_ctx(text)).word_count == words


@pytest.mark.parametrize("text", [POSITIVE, NEGATIVE, NEUTRAL, "We will fight, and we will win!"])
def test_tone_numbers_are_consistent_percentages(make_ctx, text: str) -> None:
    t = tone.extract(make_ctx(text))
    assert t.polarity == pytest.approx(t.positive + t.negative)
    assert t.tone == pytest.approx(t.positive - t.negative)
    for value in (t.positive, t.negative, t.polarity, t.activity_density, t.self_group_density):
        assert 0.0 <= value <= 100.0


def test_tone_percentages_are_of_all_words(make_ctx) -> None:
    t = tone.extract(make_ctx("The terrible war destroyed the happy village."))
    # 7 words: "terrible", "war", "destroyed" are negative, "happy" positive
    assert t.word_count == 7
    assert t.negative == pytest.approx(100 * 3 / 7, abs=1e-3)
    assert t.positive == pytest.approx(100 * 1 / 7, abs=1e-3)


def test_tone_self_group_density_counts_first_person_pronouns(make_ctx) -> None:
    t = tone.extract(make_ctx("We need the money, and our partners trust us."))
    assert t.word_count == 9
    assert t.self_group_density == pytest.approx(100 * 3 / 9, abs=1e-3)
    assert tone.extract(make_ctx("The US and China signed.")).self_group_density == 0.0


def test_tone_activity_density_counts_action_verbs_not_speech(make_ctx) -> None:
    active = tone.extract(make_ctx("Troops seized the port and destroyed two bridges."))
    said = tone.extract(make_ctx("He said that it seemed to be a port with two bridges."))
    assert active.activity_density > 0
    assert said.activity_density == 0.0


def test_tone_ignores_boilerplate(make_ctx) -> None:
    body = "The committee met on Tuesday."
    text = "Top stories: Terrible disaster kills hundreds in horrific crash. " + body
    ctx = make_ctx(text)
    ctx.boilerplate = [(0, text.index(body))]
    t = tone.extract(ctx)
    assert t.word_count == 5
    assert t.negative == 0.0


def test_tone_names_carry_no_valence(make_ctx) -> None:
    assert tone.extract(make_ctx("Officials at the Justice Department met on Tuesday.")).tone == 0.0


def test_tone_long_unpunctuated_text_does_not_saturate(make_ctx) -> None:
    sentence = "the minister praised the good harvest and the farmers were happy "
    short = tone.extract(make_ctx(sentence))
    long = tone.extract(make_ctx(sentence * 30))
    assert long.word_count == 30 * short.word_count
    assert long.tone == pytest.approx(short.tone, abs=1.0)
