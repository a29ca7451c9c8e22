"""Amounts: (text, expected) cases on clean and degraded text, with value, unit and object."""

from __future__ import annotations

import re

import pytest

from dateline.extract import amounts

Row = tuple[float, str | None, str | None]


def is_degraded(text: str) -> bool:
    """Lowercased with no punctuation, as the seed corpus is."""
    return re.fullmatch(r"[a-z0-9 ]*", text) is not None


def found(make_ctx, text: str) -> list[Row]:
    ctx = make_ctx(text, published="2016-06-23", degraded=is_degraded(text))
    out = amounts.extract(ctx)
    for a in out:
        assert ctx.text[a.start : a.end] == a.text
    return [(a.value, a.unit, a.object) for a in out]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two banks will lend more than $12 billion in loans.", [(2, None, "banks"), (1.2e10, "USD", "loans")]),
        ("two banks will lend more than 12 billion in loans", [(2, None, "banks"), (1.2e10, None, "loans")]),
        ("the sale of a 19.5 percent stake in Rosneft", [(19.5, "percent", "stake")]),
        ("the sale of a 19 5 percent stake in rosneft", [(19.5, "percent", "stake")]),
        ("the sale of a 19.5% stake in Rosneft", [(19.5, "percent", "stake")]),
        ("a rise of 2 5 per cent", [(2.5, "percent", "rise")]),
        ("a 19.5 percent stake worth $11 billion", [(19.5, "percent", "stake"), (1.1e10, "USD", "stake")]),
        ("Such a deal would be worth $11 billion to Russia.", [(1.1e10, "USD", "deal")]),
        ("such a deal would be worth 11 billion to russia", [(1.1e10, None, "deal")]),
        ("a landmark 30-year, $400 billion gas contract", [(30, "year", "contract"), (4e11, "USD", "contract")]),
        (
            "a landmark 30 year contract to sell natural gas to china worth 400 billion that was followed",
            [(30, "year", "contract"), (4e11, None, "contract")],
        ),
        (
            "trade, projected to be $60 billion this year, compared with $100 billion in 2014",
            [(6e10, "USD", "trade"), (1e11, "USD", "trade")],
        ),
        (
            "trade which is projected to be 60 billion this year compared with 100 billion in 2014",
            [(6e10, None, "trade"), (1e11, None, "trade")],
        ),
        ("trade of $60 billion", [(6e10, "USD", "trade")]),
        ("The system has a range of 250 miles.", [(250, "mile", "range")]),
        ("the system has a range of 250 miles and would allow china", [(250, "mile", "range")]),
        ("A 500 megawatt plant opened in Texas.", [(500, "megawatt", "plant")]),
        ("a multibillion-dollar loan by Chinese banks", [(1e9, "USD", "loan")]),
        ("a multibillion dollar loan by chinese banks", [(1e9, "USD", "loan")]),
        ("a multi billion dollar loan", [(1e9, "USD", "loan")]),
        ("the sanctions slashed the value of the ruble by half", [(0.5, None, None)]),
        ("half of the loans were repaid", [(0.5, None, "loans")]),
        ("In April, two Chinese state banks agreed", [(2, None, "banks")]),
        ("in april two chinese state banks agreed", [(2, None, "banks")]),
        ("falling wages have plunged millions of people into poverty", [(1e6, None, "people")]),
        ("billions of dollars", [(1e9, "USD", None)]),
        ("tens of thousands of troops", [(1e4, None, "troops")]),
        ("a dozen eggs and twenty five soldiers", [(12, None, "eggs"), (25, None, "soldiers")]),
        ("three million people fled", [(3e6, None, "people")]),
        ("a fine of $5m", [(5e6, "USD", "fine")]),
        ("12 billion rubles", [(1.2e10, "RUB", None)]),
        ("The two countries met.", [(2, None, "countries")]),
        # degraded text lost its full stops: a noun phrase before a finite verb opens a new sentence
        (
            "orders fell 18 5 billion to 57 7 billion shipments decreased",
            [(1.85e10, None, None), (5.77e10, None, None)],
        ),
        ("rose 1 8 percent to 21 4 billion in case you forgot", [(1.8, "percent", None), (2.14e10, None, None)]),
        ("some 683,000 people were protected", [(683000, None, "people")]),
        ("some 683 000 people were protected", [(683000, None, "people")]),
        ("the dow jumped 1 351 62 points", [(1351.62, "point", None)]),
        ("a rate 2 8 percentage points higher", [(2.8, "percentage point", None)]),
        ("popularity sank to 45 52 percent", [(52, "percent", None)]),
        ("between 10 and 15 percent of voters", [(10, "percent", "voters"), (15, "percent", "voters")]),
        ("our girls, just 7 and 10 years old", [(7, "year", None), (10, "year", None)]),
        ("10 to 15 billion in loans", [(1e10, None, "loans"), (1.5e10, None, "loans")]),
        ("the 2014 to 15 percent", [(15, "percent", None)]),
        # imperfect restoration of degraded text: stray symbols are noise
        ("with more than $12% billion in loans", [(1.2e10, "USD", "loans")]),
        ("a $19.5 percent stake", [(19.5, "percent", "stake")]),
        ("trade projected to be $60,billion this year", [(6e10, "USD", "trade")]),
        ("better off than you were four years ago", [(4, "year", None)]),
        ("if two-thirds of the members agreed", [(pytest.approx(2 / 3), None, "members")]),
        ("if two thirds of the members agreed", [(pytest.approx(2 / 3), None, "members")]),
    ],
)
def test_amounts_found(make_ctx, text: str, expected: list[Row]) -> None:
    assert found(make_ctx, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "the annexation of crimea in 2014",
        "The visit ended on June 23, 2016.",
        "the visit ended on june 23",
        "a 19",
        "the first part of that loan",
        "the 23rd meeting",
        "the covid 19 pandemic",
        "its cutting edge s 400 surface to air missile system",
        "the cutting-edge S-400 system",
        "one belt one road and one reason",
        "the two met in Moscow",
        "2014 2015",
        "in may 2014 just months after",
        "we met at 10 am",
        "Article 5 applies",
        "the search stopped at about 5 30 p m local time",
        "an airbus a320 200 lost contact",
        "from ar 15 assault rifles to pistols",
        "the man 27 wasn t a protester",
        "At one point, the judge noted the two points that I made.",
        "receive the 1 rated newsletter",
    ],
)
def test_amounts_no_false_positives(make_ctx, text: str) -> None:
    assert found(make_ctx, text) == []


def test_amounts_span_text(make_ctx) -> None:
    ctx = make_ctx("a 19 5 percent stake worth more than 11 billion")
    assert [a.text for a in amounts.extract(ctx)] == ["19 5 percent", "11 billion"]


def test_amounts_skip_boilerplate(make_ctx) -> None:
    ctx = make_ctx("top stories a 12 billion loan")
    ctx.boilerplate = [(0, len(ctx.text))]
    assert amounts.extract(ctx) == []
