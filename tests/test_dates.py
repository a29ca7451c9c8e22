"""Dates: (text, expected) cases on clean and degraded text, resolved against the publication date."""

from __future__ import annotations

import re

import pytest

from dateline.extract import dates
from dateline.record import DateMention

PUB = "2016-06-23"  # a Thursday

Row = tuple[str, str, int | None, int | None, int | None]


def is_degraded(text: str) -> bool:
    """Lowercased with no punctuation, as the seed corpus is."""
    return re.fullmatch(r"[a-z0-9 ]*", text) is not None


def found(make_ctx, text: str, published: str | None = PUB) -> list[Row]:
    ctx = make_ctx(text, published=published, degraded=is_degraded(text))
    out = dates.extract(ctx)
    for d in out:
        assert ctx.text[d.start : d.end] == d.text
    return [(d.text.lower(), d.resolution, d.year, d.month, d.day) for d in out]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # month + year
        ("Putin presided over the signing in May 2014, just months later.", [("may 2014", "month", 2014, 5, None)]),
        ("in may 2014 just months after russian troops seized crimea", [("may 2014", "month", 2014, 5, None)]),
        # year after a cue
        ("the annexation of Crimea in 2014 was condemned", [("2014", "year", 2014, None, None)]),
        ("the annexation of crimea in 2014 the united states", [("2014", "year", 2014, None, None)]),
        ("prices have fallen since 2014 while wages", [("2014", "year", 2014, None, None)]),
        # weekday: present or future tense looks ahead, past tense looks back
        ("Putin takes another step on Saturday when he arrives in Beijing.", [("saturday", "day", 2016, 6, 25)]),
        (
            "takes another big step forward saturday when russian president vladimir putin arrives",
            [("saturday", "day", 2016, 6, 25)],
        ),
        ("He will fly to Kazan on Monday.", [("monday", "day", 2016, 6, 27)]),
        ("He arrived in Beijing on Saturday.", [("saturday", "day", 2016, 6, 18)]),
        ("he arrived in beijing saturday", [("saturday", "day", 2016, 6, 18)]),
        ("The talks ended on Thursday.", [("thursday", "day", 2016, 6, 23)]),
        ("They met last Thursday.", [("last thursday", "day", 2016, 6, 16)]),
        # this / last / next
        ("the European Union agreed this month to extend sanctions", [("this month", "month", 2016, 6, None)]),
        ("the european union agreed this month to extend sanctions", [("this month", "month", 2016, 6, None)]),
        ("trade is projected to be 60 billion this year", [("this year", "year", 2016, None, None)]),
        ("Growth slowed last year.", [("last year", "year", 2015, None, None)]),
        ("The deal closes next month.", [("next month", "month", 2016, 7, None)]),
        # a month alone: year from the publication date, moved back for a later month in past tense
        (
            "In September, during a visit to Beijing, Mr. Putin said relations peaked.",
            [("september", "month", 2015, 9, None)],
        ),
        ("in september during a visit to beijing mr putin said", [("september", "month", 2015, 9, None)]),
        ("He will return in September.", [("september", "month", 2016, 9, None)]),
        (
            "the united states also extended a sanctions program in may paired with low prices",
            [("may", "month", 2016, 5, None)],
        ),
        ("in april two chinese state banks agreed", [("april", "month", 2016, 4, None)]),
        ("The vote is due next March.", [("next march", "month", 2017, 3, None)]),
        # full dates
        ("The visit ended on June 23, 2016.", [("june 23, 2016", "day", 2016, 6, 23)]),
        ("the visit ended on june 23 2016", [("june 23 2016", "day", 2016, 6, 23)]),
        ("The visit ended on 23 June 2016.", [("23 june 2016", "day", 2016, 6, 23)]),
        ("the visit ended on 23 june 2016", [("23 june 2016", "day", 2016, 6, 23)]),
        ("Published 2016-06-23 in Moscow.", [("2016-06-23", "day", 2016, 6, 23)]),
        ("He left on May 5.", [("may 5", "day", 2016, 5, 5)]),
        ("Coats will step down in mid-August.", [("august", "month", 2016, 8, None)]),
        ("— Jim Webb (@JimWebbUSA) March 6, 2016", [("march 6, 2016", "day", 2016, 3, 6)]),
        # two dates joined
        ("in April and May the talks stalled", [("april", "month", 2016, 4, None), ("may", "month", 2016, 5, None)]),
    ],
)
def test_dates_resolved(make_ctx, text: str, expected: list[Row]) -> None:
    assert found(make_ctx, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We may go to Beijing.",
        "we may go to beijing",
        "this may be the end of the pivot",
        "the sanctions may not be lifted",
        "a deal that may help russia",
        "more than $12 billion in loans",
        "more than 12 billion in loans",
        "a 19 5 percent stake",
        "a 19.5 percent stake and a 19",
        "a 30 year contract worth 400 billion",
        "12 billion",
        "the 250 people who came",
        "thousands joined a protest march in the capital",
        "they march on the capital",
        "British Prime Minister Theresa May said the talks failed.",
        "the s 400 surface to air missile system",
        "during the covid 19 pandemic",
        "some 2,000 troops were sent",
    ],
)
def test_dates_no_false_positives(make_ctx, text: str) -> None:
    assert found(make_ctx, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a forward cue makes a later date a target even under a past-tense verb
        ("New York postponed its primary until June 23.", [("june 23", "day", 2020, 6, 23)]),
        ("new york postponed its primary until june 23", [("june 23", "day", 2020, 6, 23)]),
        ("The primary was held on June 23.", [("june 23", "day", 2019, 6, 23)]),
    ],
)
def test_dates_forward_cues(make_ctx, text: str, expected: list[Row]) -> None:
    assert found(make_ctx, text, published="2020-03-31") == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # no tense: the nearer occurrence
        (
            "That will begin to change in January with Republicans in charge.",
            "2014-12-29",
            [("january", "month", 2015, 1, None)],
        ),
        (
            "that will begin to change in january with republicans in charge",
            "2014-12-29",
            [("january", "month", 2015, 1, None)],
        ),
        ("a shutdown in December over immigration", "2019-01-10", [("december", "month", 2018, 12, None)]),
    ],
)
def test_dates_year_inferred(make_ctx, text: str, published: str, expected: list[Row]) -> None:
    assert found(make_ctx, text, published=published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The visit ended on June 23.", [("june 23", "monthday", None, 6, 23)]),
        ("in may 2014 and in september", [("may 2014", "month", 2014, 5, None), ("september", "month", None, 9, None)]),
        ("he arrives saturday this month", []),  # relative dates need a publication date
    ],
)
def test_dates_without_published(make_ctx, text: str, expected: list[Row]) -> None:
    assert found(make_ctx, text, published=None) == expected


def test_dates_skip_boilerplate(make_ctx) -> None:
    ctx = make_ctx("top stories sanctions extended in may 2014", published=PUB)
    ctx.boilerplate = [(0, len(ctx.text))]
    assert dates.extract(ctx) == []


@pytest.mark.parametrize(
    ("mention", "iso"),
    [
        (DateMention("1941", "year", 1941, None, None, 0, 4), "1941"),
        (DateMention("May 2014", "month", 2014, 5, None, 0, 8), "2014-05"),
        (DateMention("Saturday", "day", 2016, 6, 18, 0, 8), "2016-06-18"),
        (DateMention("June 18", "monthday", None, 6, 18, 0, 7), "--06-18"),
    ],
)
def test_dates_iso_keeps_the_resolution(mention: DateMention, iso: str) -> None:
    assert mention.iso() == iso
