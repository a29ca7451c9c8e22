"""Degraded-text detection: full and partial degradation, never clean text."""

from __future__ import annotations

import pytest

from dateline.restore.detect import degradation, is_degraded
from dateline.restore.labels import degrade

CLEAN = (
    "MOSCOW — The Kremlin's much-vaunted pivot to China takes another big step forward Saturday, "
    'when Russian President Vladimir Putin arrives in Beijing on a state visit. "We need the money," '
    "Mr. Putin acknowledged this week. Rosneft's chairman, Igor Sechin, is part of the delegation. "
    "Analysts said the visit offers a welcome break from a string of challenges elsewhere."
)
NO_PUNCT = " ".join(w.strip(".,\"'—") for w in CLEAN.replace("'", " ").split() if w.strip(".,\"'—"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (degrade(CLEAN), True),  # the seed's form
        (CLEAN.lower(), True),  # lowercased, still punctuated
        (NO_PUNCT, True),  # punctuation stripped, still cased
        (CLEAN, False),
        ("Putin visits China", False),  # a headline is not degraded text
        ("", False),
    ],
)
def test_is_degraded(text: str, expected: bool) -> None:
    assert is_degraded(text) is expected


def test_degradation_reports_what_is_missing() -> None:
    assert degradation(CLEAN.lower()) == (True, False)
    assert degradation(NO_PUNCT) == (False, True)
    assert degradation(degrade(CLEAN)) == (True, True)


def test_degrade_follows_the_seed_rule() -> None:
    assert degrade("The Kremlin’s 19.5% stake — U.S.-dominated!") == "the kremlin s 19 5 stake u s dominated"
