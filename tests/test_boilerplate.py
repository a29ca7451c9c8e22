"""Scraping residue: sidebars and cut-off fragments, on clean and degraded text alike."""

from __future__ import annotations

import pytest

from dateline.restore.boilerplate import find_boilerplate
from dateline.restore.labels import degrade

PROSE_1 = (
    "The city council voted on Tuesday to expand the downtown bus network, adding three routes and "
    "longer evening service. Council members said the bus plan would cost the city about 12 million dollars "
    "a year. Transit officials said ridership on the downtown routes has grown every month since the council "
    "approved the first expansion."
)
PROSE_2 = (
    "The council also asked transit officials to report on the cost of the new routes within a year. "
    "Several council members said the downtown bus network still leaves the eastern districts underserved, "
    "and transit officials promised new routes there once ridership grows."
)
SIDEBAR = (
    "Most popular: Celebrity chef opens seaside restaurant in Maine. Quarterback signs record contract "
    "extension. Hurricane season forecast warns of stronger storms."
)
MARKER_TEXTS = [
    ("Most popular", SIDEBAR),
    ("Read more", SIDEBAR.replace("Most popular:", "Read more:")),
    ("Trending", SIDEBAR.replace("Most popular:", "Trending:")),
]


def _marked(text: str) -> list[str]:
    return [text[b.start : b.end] for b in find_boilerplate(text)]


@pytest.mark.parametrize("degraded", [False, True])
@pytest.mark.parametrize(("marker", "sidebar"), MARKER_TEXTS)
def test_sidebar_between_paragraphs_is_marked(marker: str, sidebar: str, degraded: bool) -> None:
    text = f"{PROSE_1}\n{sidebar}\n{PROSE_2}"
    if degraded:
        text, sidebar = degrade(text), degrade(sidebar)
    spans = find_boilerplate(text)
    assert [b.kind for b in spans] == ["sidebar"]
    marked = text[spans[0].start : spans[0].end]
    assert marked.lower().startswith(marker.lower())
    # the whole run of headlines, and none of the article's prose
    assert "stronger storms" in marked
    assert "council" not in marked


@pytest.mark.parametrize("degraded", [False, True])
def test_cut_off_fragment_at_start(degraded: bool) -> None:
    text = "ransit ridership soars as fares drop " + PROSE_1 + " " + PROSE_2
    if degraded:
        text = degrade(text)
    marked = _marked(text)
    assert len(marked) == 1
    assert marked[0].startswith("ransit")
    assert "council" not in marked[0]


@pytest.mark.parametrize(
    "text",
    [
        PROSE_1 + " " + PROSE_2,
        degrade(PROSE_1 + " " + PROSE_2),
        "The report was related to the budget. Officials recommended that the council expand the bus network, "
        "and ridership on the routes is trending up, the transit officials said. " + PROSE_1,
        degrade("The bus network is related to " + PROSE_1),
    ],
)
def test_ordinary_article_text_is_not_marked(text: str) -> None:
    assert find_boilerplate(text) == []


@pytest.mark.parametrize("degraded", [False, True])
def test_lone_widget_marker(degraded: bool) -> None:
    text = PROSE_1 + "\nAdvertisement\n" + PROSE_2
    if degraded:
        text = degrade(text)
    spans = find_boilerplate(text)
    assert [(b.kind, text[b.start : b.end].lower()) for b in spans] == [("widget", "advertisement")]


def test_marker_words_in_cased_prose_are_not_a_sidebar() -> None:
    text = (
        PROSE_1 + ' Clinton said, "She was the most popular political figure in America. Now the '
        'Republicans worked hard to change that and I understand why they did." ' + PROSE_2
    )
    assert find_boilerplate(text) == []


VIDEO = (
    "JUST WATCHED Should the U.S. cut off aid to Egypt? Replay More Videos ... "
    "MUST WATCH Should the U.S. cut off aid to Egypt? 06:22"
)
GALLERY = (
    "Photos: New Year's celebrations around the world People celebrate as confetti flies over Times Square "
    "in New York City. Hide Caption 1 of 24 Photos: New Year's celebrations around the world People watch "
    "fireworks explode over Copacabana Beach. Hide Caption 2 of 24"
)


@pytest.mark.parametrize("degraded", [False, True], ids=["clean", "degraded"])
@pytest.mark.parametrize(("player", "kind"), [(VIDEO, "widget"), (GALLERY, "gallery")], ids=["video", "gallery"])
def test_media_players_are_residue(player: str, kind: str, degraded: bool) -> None:
    text = f"{PROSE_1}\n\n{player}\n\n{PROSE_2}"
    text = degrade(text, keep_offsets=True) if degraded else text
    found = find_boilerplate(text)
    assert [(b.kind, b.start, b.end) for b in found] == [(kind, len(PROSE_1) + 2, len(PROSE_1) + 2 + len(player))]


# The Hill's hover cards: a linked name, then the full name glued to other stories' titles, then MORE
CARD = (
    "Donald John TrumpGOP senators balk at lengthy impeachment trial Warren goes local in race to build "
    "2020 movement MORE"
)
SPACED_CARD = (
    "Paul Davis Ryan Retirees should say 'no thanks' to Romney's Social Security plan DC's liaison to "
    "rock 'n' roll MORE"
)
DIGIT_CARD = "Hillary Diane Rodham Clinton2020 Democrats make play for veterans' votes MORE"
EMPTY_CARD = "John Francis KellyMORE"  # a card with no headlines: the full name glued to MORE


@pytest.mark.parametrize("degraded", [False, True], ids=["clean", "degraded"])
@pytest.mark.parametrize(
    ("before", "card", "after"),
    [
        ("Two aides of President Trump ", CARD, "’s 2016 campaign pleaded guilty."),
        ("Last week Hillary Clinton ", DIGIT_CARD, " said she would not run."),
        ("Speaker Paul Ryan ", SPACED_CARD, " (R-Wis.) said he wants to act."),
        ("White House chief of staff John Kelly ", EMPTY_CARD, " called Tillerson on Friday night."),
    ],
    ids=["glued", "digit", "spaced", "empty"],
)
def test_link_cards_are_residue(before: str, card: str, after: str, degraded: bool) -> None:
    text = f"{PROSE_1} {before}{card}{after} {PROSE_2}"
    if degraded:
        text = degrade(text, keep_offsets=True)
    found = [(b.kind, text[b.start : b.end]) for b in find_boilerplate(text)]
    if degraded and card is SPACED_CARD:
        assert found == []  # without case or glue, a repeated name is no evidence of a card
    else:
        assert found == [("card", degrade(card, keep_offsets=True) if degraded else card)]


@pytest.mark.parametrize(
    "text",
    [
        # a word that starts with a name said before it is a word, not a glued card
        "The bank said Goldman Sachs bankrupted no one, and more banks agreed.",
        # an embedded post's signature: a handle that runs the name together, then its date
        "— Lindsey Graham (@LindseyGrahamSC) August 1, 2019. Democrats want more time.",
        "— Juan Escalante (@JuanSaaa) September 4, 2017. Dreamers want more.",
        # a repeated name in cased prose with no MORE after it
        "Paul Ryan met Paul Davis Ryan Jr., his cousin, and asked for more time.",
    ],
)
@pytest.mark.parametrize("degraded", [False, True], ids=["clean", "degraded"])
def test_names_and_handles_are_no_card(text: str, degraded: bool) -> None:
    text = degrade(text) if degraded else text
    assert [b for b in find_boilerplate(text) if b.kind == "card"] == []


CAPTION = "Image copyright Reuters Image caption Dan Coats repeatedly clashed with Donald Trump over Iran"


@pytest.mark.parametrize("degraded", [False, True], ids=["clean", "degraded"])
def test_photo_credits_and_captions_are_residue(degraded: bool) -> None:
    """A BBC photo's credit and the caption marker are residue; the caption, which tells the
    story's events, stays. Without line breaks the credit is its first word."""
    text = f"{PROSE_1}\n\n{CAPTION}\n\n{PROSE_2}\n\nImage copyright Getty Images\n\n{PROSE_1}"
    text = degrade(text, keep_offsets=True) if degraded else text
    found = [(b.kind, text[b.start : b.end]) for b in find_boilerplate(text)]
    caption = "image copyright reuters image caption" if degraded else "Image copyright Reuters Image caption"
    credit = "image copyright getty" if degraded else "Image copyright Getty Images"
    assert found == [("caption", caption), ("caption", credit)]


def test_a_caption_named_in_prose_is_no_residue() -> None:
    assert find_boilerplate(f"{PROSE_1} The image caption said the photo was taken in May.") == []


@pytest.mark.parametrize(
    ("credit", "found"),
    [
        ("(AP Photo/Evan Vucci)", ["(AP Photo/Evan Vucci)"]),
        ("Mandel Ngan/AFP/Getty Images", ["Mandel Ngan/AFP/Getty Images"]),
        ("He has worked for AP and Reuters.", []),  # the agencies named in prose
    ],
)
def test_photographers_credits_are_residue(credit: str, found: list[str]) -> None:
    assert _marked(f"{PROSE_1}\n\n{credit}\n\n{PROSE_2}") == found
