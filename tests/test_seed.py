"""The issues' seed targets, end to end on the seed itself: degraded input, through restoration,
as a user runs it (the per-step tests use hand-restored sentences)."""

from __future__ import annotations

from dateline.record import Record


def test_seed_quotes_have_their_speakers(seed_record: Record) -> None:
    text = seed_record.text
    said = {(q.speaker, text[q.start : q.end]) for q in seed_record.quotes}
    assert any(s == "Vladimir Putin" and "we need the money" in t for s, t in said)
    assert any(s == "Alexander Gabuev" and "china has no capacity to bail out russia" in t for s, t in said)
    assert any(s == "Beijing" and "american naval patrols" in t for s, t in said)  # "what it says are ..."


def test_seed_amounts_have_value_and_object(seed_record: Record) -> None:
    found = {(a.value, a.unit, a.object) for a in seed_record.amounts}
    for wanted in [
        (1.2e10, "USD", "loans"),
        (19.5, "percent", "stake"),
        (1.1e10, "USD", "deal"),
        (30.0, "year", "contract"),
        (4e11, "USD", "contract"),
        (6e10, "USD", "trade"),
        (1e11, "USD", "trade"),
        (250.0, "mile", "range"),
    ]:
        assert wanted in found, (wanted, sorted(found, key=str))


def test_seed_places_have_country_and_coordinates(seed_record: Record) -> None:
    places = {loc.name: loc for loc in seed_record.locations}
    for name, country in [
        ("Moscow", "RU"),
        ("Beijing", "CN"),
        ("Kazan", "RU"),
        ("Russian Arctic", "RU"),
        ("Crimea", "UA"),
        ("South China Sea", None),
        ("Diaoyu/Senkaku Islands", None),
    ]:
        assert name in places, (name, sorted(places))
        loc = places[name]
        assert loc.country_code == country and loc.lat is not None and loc.lon is not None


def test_seed_dates_resolve_against_publication(seed_record: Record) -> None:
    found = {(d.text, d.resolution, d.year, d.month, d.day) for d in seed_record.dates}
    for wanted in [
        ("saturday", "day", 2016, 6, 25),
        ("this month", "month", 2016, 6, None),
        ("may 2014", "month", 2014, 5, None),
        # "In September, during a visit to Beijing, Mr. Putin said ...": past tense in an article of
        # June 2016, so September 2015 (Putin's visit of 2-3 September 2015)
        ("september", "month", 2015, 9, None),
        ("this year", "year", 2016, None, None),
    ]:
        assert wanted in found, (wanted, sorted(found, key=str))


def test_seed_events_have_actors_and_codes(seed_record: Record) -> None:
    """Issue 6's target on the seed itself (degraded, through restoration), not a hand-restored
    copy: every interaction it reports, with its actors and a fitting root code."""
    found = {(e.actor1 and e.actor1.code, e.root_code, e.actor2 and e.actor2.code) for e in seed_record.events}
    wanted = [
        ("RUSGOV", {"04"}, "CHNGOV"),  # Putin's visit
        ("IGOEUREEC", {"16"}, "RUS"),  # EU sanctions
        # Chinese state banks "agreed to provide Moscow with more than $12 billion in loans": CAMEO
        # codes an agreement to provide aid as intent (0331 "agree to ... provide economic aid"), not
        # the 06/07 the issue names; the seed reports no loan actually made. (Until 2026-11-30 this
        # line passed on a misreading: "China is unable and unwilling to provide a quick fix for
        # Russia" coded as aid given; it is now a refusal.)
        ("CHNBUS", {"03"}, "RUSGOV"),
        ("RUS", {"06", "07"}, "CHN"),  # the S-400 sale
        ("RUSGOV", {"06"}, "CHNGOV"),  # joint naval drills
        ("USA", {"11"}, "CHN"),  # accused of militarizing the South China Sea
        ("CHNGOV", {"11"}, "USA"),  # Beijing lashed out against American patrols
    ]
    for a1, roots, a2 in wanted:
        assert any(f[0] == a1 and f[1] in roots and f[2] == a2 for f in found), (a1, roots, a2, sorted(found))
