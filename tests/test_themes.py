"""Themes: every theme of the taxonomy fires on its own sentence, at its trigger words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dateline.extract import themes

DOCS = Path(__file__).resolve().parent.parent / "docs" / "themes.md"

# One sentence per theme; the trigger words expected for that theme are in [brackets].
SAMPLES = {
    "ECONOMY": "The [economy] slid into [recession] as [inflation] rose.",
    "ECON_TRADE": "Beijing and Washington are locked in a [trade war] over [tariffs].",
    "SANCTIONS": "The European Union extended [sanctions] against Russia.",
    "ENERGY": "The company will build a [liquefied natural gas] plant and a [power plant].",
    "MILITARY": "The [troops] tested a new [missile defense] system near the border.",
    "DIPLOMACY": "The [ambassador] arrived for a [state visit] and a [summit] in Beijing.",
    "ELECTION": "[Voters] went to the polls in the presidential [election].",
    "PROTEST": "Thousands of [protesters] faced [tear gas] in the capital.",
    "CRIME": "The [police] [arrested] two men over the [robbery].",
    "HEALTH": "The [hospital] was overwhelmed by the [pandemic].",
    "DISASTER": "A powerful [earthquake] and a [tsunami] struck the coast.",
    "TERROR": "The [terrorist] group claimed the [suicide bombing].",
    "IMMIGRATION": "The [refugees] applied for [asylum] in Germany.",
    "ENVIRONMENT": "Leaders pledged to fight [climate change] and cut [carbon emissions].",
    "TECHNOLOGY": "The [hackers] stole data in a [cyberattack] on the [software] firm.",
    "RELIGION": "The [pope] visited a [mosque] in Cairo.",
    "CORRUPTION": "The minister was charged with [bribery] and [embezzlement].",
    "MEDIA": "The [journalists] protested against [censorship] at the [newspaper].",
    "EDUCATION": "[Students] and [teachers] returned to [school].",
    "LEGAL": "The [judge] [sentenced] him after the [trial].",
    "HUMAN_RIGHTS": "[Human rights groups] reported [torture] of [political prisoners].",
}


def _sample(theme: str) -> tuple[str, list[str]]:
    marked = SAMPLES[theme]
    return marked.replace("[", "").replace("]", ""), re.findall(r"\[([^\]]+)\]", marked)


def _degrade(text: str) -> str:
    """The corpus's degradation: lowercase, every char outside [a-z0-9] becomes a space."""
    return re.sub(r"[^a-z0-9]", " ", text.lower())


def test_themes_every_taxonomy_theme_has_a_sample() -> None:
    assert set(themes.taxonomy().descriptions) == set(SAMPLES)


def test_themes_taxonomy_covers_the_required_topics() -> None:
    required = {"ECON_TRADE", "SANCTIONS", "ENERGY", "MILITARY", "DIPLOMACY", "ELECTION"}
    required |= {"PROTEST", "CRIME", "HEALTH", "DISASTER"}
    assert required <= set(themes.taxonomy().descriptions)


@pytest.mark.parametrize("theme", sorted(SAMPLES))
def test_themes_sample_sentence_triggers_theme_at_its_words(make_ctx, theme: str) -> None:
    text, expected = _sample(theme)
    ctx = make_ctx(text)
    found = [t for t in themes.extract(ctx) if t.name == theme]
    assert [text[t.start : t.end] for t in found] == expected
    assert all(t.text == text[t.start : t.end] for t in found)


@pytest.mark.parametrize("theme", sorted(SAMPLES))
def test_themes_degraded_sample_gives_the_same_mentions(make_ctx, theme: str) -> None:
    text, expected = _sample(theme)
    degraded = _degrade(text)
    found = [t for t in themes.extract(make_ctx(degraded)) if t.name == theme]
    assert [degraded[t.start : t.end] for t in found] == [_degrade(w) for w in expected]


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The board decided to fire the manager.", "DISASTER"),
        ("A fire broke out in the kitchen.", "DISASTER"),
        ("China is a rising world power.", "ENERGY"),
        ("A think tank in Washington published the study.", "MILITARY"),
        ("Police fired tear gas at the crowd.", "ENERGY"),
        ("The two countries are locked in a trade war.", "MILITARY"),
        ("Settlements in the West Bank expanded.", "ECONOMY"),
        ("The drug passed its clinical trial.", "LEGAL"),
        ("She courted investors for months.", "LEGAL"),
        ("Stock markets rallied on Friday.", "PROTEST"),
        ("The Islamic State claimed the attack.", "RELIGION"),
    ],
)
def test_themes_ambiguous_words_do_not_trigger(make_ctx, text: str, absent: str) -> None:
    assert absent not in {t.name for t in themes.extract(make_ctx(text))}


def test_themes_skip_boilerplate(make_ctx) -> None:
    text = "Top stories: Earthquake hits Japan. The central bank raised rates."
    ctx = make_ctx(text)
    ctx.boilerplate = [(0, text.index("The central"))]
    names = [t.name for t in themes.extract(ctx)]
    assert "DISASTER" not in names
    assert names == ["ECONOMY"]
    ctx.boilerplate = []
    assert "DISASTER" in {t.name for t in themes.extract(ctx)}


def test_themes_phrase_does_not_cross_a_sentence_break(make_ctx) -> None:
    assert themes.extract(make_ctx("They shipped the oil. Field workers went home.")) != []
    found = themes.extract(make_ctx("They shipped the natural. Gas was cheap."))
    assert "ENERGY" not in {t.name for t in found}


def test_themes_hyphenated_trigger_matches(nlp) -> None:
    from dateline.context import Context

    text = "An al-Qaeda cell planned the attack."
    # Themes read no entities, so a bare Context isolates this test from the entities step.
    found = [t for t in themes.extract(Context(doc=nlp(text))) if t.name == "TERROR"]
    assert [text[t.start : t.end] for t in found] == ["al-Qaeda"]


def test_themes_parse_reads_blockers_and_descriptions() -> None:
    tax = themes.parse("theme\ttrigger\tdescription\nX\tfoo bar\tFoo things.\nX\t!big foo bar\t\n")
    assert tax.descriptions == {"X": "Foo things."}
    assert [(t.words, t.block) for t in tax.triggers] == [(("foo", "bar"), False), (("big", "foo", "bar"), True)]


def test_docs_themes_is_generated_from_the_taxonomy() -> None:
    assert DOCS.read_text("utf-8") == themes.render_docs(), (
        "docs/themes.md is stale: run `python -m dateline.extract.themes > docs/themes.md`"
    )
