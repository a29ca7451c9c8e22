"""Canonical names and roles from given tagger spans, so the rules are tested apart from the NER."""

from __future__ import annotations

import re

import pytest

from dateline.extract import canonical


def degrade(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]", " ", text.lower()).split())


def spans_of(text: str, mentions: list[tuple[str, str]]) -> list[tuple[int, int, str]]:
    """Char spans of each (surface, label), in order of appearance, matched case-insensitively."""
    out = []
    pos = 0
    for surface, label in mentions:
        m = re.compile(re.escape(surface), re.I).search(text, pos)
        assert m, surface
        out.append((m.start(), m.end(), label))
        pos = m.end()
    return out


CASES = [
    # text, tagger spans, {mention surface (lowercase): (canonical, role)}
    (
        "Russian President Vladimir Putin arrived. Mr. Putin spoke, and Putin's aides smiled.",
        [("Russian", "NORP"), ("Vladimir Putin", "PERSON"), ("Mr. Putin", "PERSON"), ("Putin's", "PERSON")],
        {"vladimir putin": ("Vladimir Putin", "Russian President"), "putin": ("Vladimir Putin", "Russian President")},
    ),
    (
        "Rosneft's chairman Igor Sechin is in Beijing. Mr. Sechin met Sinopec.",
        [("Rosneft", "ORG"), ("Igor Sechin", "PERSON"), ("Beijing", "GPE"), ("Sechin", "PERSON"), ("Sinopec", "ORG")],
        {"igor sechin": ("Igor Sechin", "Rosneft's chairman"), "sechin": ("Igor Sechin", "Rosneft's chairman")},
    ),
    (
        '"It is hard," said Alexander Gabuev, an Asia analyst at the Carnegie Moscow Center. Gabuev smiled.',
        [("Alexander Gabuev", "PERSON"), ("Asia", "LOC"), ("the Carnegie Moscow Center", "ORG"), ("Gabuev", "PERSON")],
        {
            "alexander gabuev": ("Alexander Gabuev", "an Asia analyst at the Carnegie Moscow Center"),
            "gabuev": ("Alexander Gabuev", "an Asia analyst at the Carnegie Moscow Center"),
            "carnegie moscow center": ("Carnegie Moscow Center", None),
        },
    ),
    (
        "Mr. Putin met President Xi Jinping. Mr. Xi said little.",
        [("Mr. Putin", "PERSON"), ("Xi Jinping", "PERSON"), ("Mr. Xi", "PERSON")],
        {"xi": ("Xi Jinping", "President"), "xi jinping": ("Xi Jinping", "President"), "putin": ("Putin", None)},
    ),
    (
        "The European Union agreed. The EU said the Kremlin's annexation was illegal.",
        [("The European Union", "ORG"), ("EU", "ORG"), ("the Kremlin's", "ORG")],
        {"european union": ("European Union", None), "eu": ("European Union", None), "kremlin": ("Kremlin", None)},
    ),
    (
        "Rosneft Oil Company is big. Rosneft's chairman spoke. The Xinhua News Agency and Xinhua agreed.",
        [("Rosneft Oil Company", "ORG"), ("Rosneft's", "ORG"), ("The Xinhua News Agency", "ORG"), ("Xinhua", "ORG")],
        {"rosneft oil company": ("Rosneft", None), "rosneft": ("Rosneft", None), "xinhua": ("Xinhua", None)},
    ),
    (
        "Vladimir Putin met Obama. Putin, a former KGB officer, smiled.",
        [("Vladimir Putin", "PERSON"), ("Obama", "PERSON"), ("Putin", "GPE"), ("KGB", "ORG")],
        {"putin": ("Vladimir Putin", "a former KGB officer"), "obama": ("Obama", None)},
    ),
]


@pytest.mark.parametrize("form", ["clean", "degraded"])
@pytest.mark.parametrize(("text", "mentions", "expected"), CASES)
def test_canonical_resolve_names_and_roles(nlp, form, text, mentions, expected):
    if form == "degraded":
        text = degrade(text)
        mentions = [(degrade(s), label) for s, label in mentions]
    doc = nlp(text)
    ents = canonical.resolve(doc, spans_of(text, mentions))
    got: dict[str, tuple[str, str | None]] = {}
    for e in ents:
        got.setdefault(degrade(e.text), (e.canonical, e.role))
    for surface, (canon, role) in expected.items():
        assert surface in got, (surface, got)
        assert got[surface][0] == canon
        if role is not None and form == "degraded":
            # roles read from lowercase text come back proper-cased where they name something
            assert got[surface][1] is not None and degrade(got[surface][1]) == degrade(role)
        else:
            assert got[surface][1] == role


def test_canonical_person_type_wins_for_surname_tagged_as_place(nlp):
    text = "vladimir putin met the press putin said"
    doc = nlp(text)
    ents = canonical.resolve(doc, spans_of(text, [("vladimir putin", "PERSON"), ("putin", "GPE")]))
    assert [(e.type, e.canonical) for e in ents] == [("PERSON", "Vladimir Putin"), ("PERSON", "Vladimir Putin")]


def test_canonical_title_before_a_name_is_no_person(nlp):
    # "House Minority" is not a name the tagger missed: "Leader" titles the name after it
    text = "House Minority Leader Nancy Pelosi said the bill would pass."
    ents = canonical.resolve(nlp(text), spans_of(text, [("House Minority", "ORG"), ("Nancy Pelosi", "PERSON")]))
    assert [(e.text, e.type, e.role) for e in ents] == [
        ("House Minority", "ORG", None),
        ("Nancy Pelosi", "PERSON", "House Minority Leader"),
    ]


def test_canonical_ambiguous_surname_goes_to_nearest_full_name(nlp):
    text = "Bill Clinton spoke. Clinton left. Later Hillary Clinton spoke and Clinton smiled."
    doc = nlp(text)
    spans = spans_of(
        text, [("Bill Clinton", "PERSON"), ("Clinton", "PERSON"), ("Hillary Clinton", "PERSON"), ("Clinton", "PERSON")]
    )
    assert [e.canonical for e in canonical.resolve(doc, spans)] == [
        "Bill Clinton",
        "Bill Clinton",
        "Hillary Clinton",
        "Hillary Clinton",
    ]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["carnegie", "moscow", "center"], "Carnegie Moscow Center"),
        (["the", "bank", "of", "england"], "The Bank of England"),
        (["u", "s"], "U.S."),
        (["nato"], "NATO"),
        (["trans", "pacific", "partnership"], "Trans Pacific Partnership"),
        (["al-qaeda"], "Al-Qaeda"),
        (["GERMAN", "INSTITUTE"], "German Institute"),
    ],
)
def test_canonical_proper_case(words, expected):
    assert canonical.display(words) == expected


@pytest.mark.parametrize("text", ["Carnegie Moscow Center", "McDonald's", "eBay", "NATO"])
def test_canonical_cased_names_kept_as_written(text):
    assert canonical.display(text.split()) == text


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        ("vladimir putin spoke in moscow later mr putin left", [("vladimir putin", "PERSON")], ["mr putin"]),
        (
            "the carnegie moscow center said so an analyst at the carnegie moscow center agreed",
            [("carnegie moscow center", "ORG")],
            ["carnegie moscow center"],
        ),
        ("the sanctions hurt the ruble and the west is wary", [], []),
    ],
)
def test_canonical_propagate_repeats_the_tagger_missed(nlp, text, tagged, expected):
    doc = nlp(text)
    ents = canonical.resolve(doc, spans_of(text, tagged))
    found = [e for e in ents if e.start >= (spans_of(text, tagged)[0][1] if tagged else 0)]
    assert [doc.text[e.start : e.end] for e in found] == [
        x.split(" ", 1)[-1] if x.startswith("mr ") else x for x in expected
    ]
    if tagged:
        assert {e.canonical for e in ents} == {canonical.display(tagged[0][0].split())}


def test_canonical_propagate_respects_skip(nlp):
    text = "vladimir putin spoke top stories vladimir putin wins"
    doc = nlp(text)
    ents = canonical.resolve(doc, spans_of(text, [("vladimir putin", "PERSON")]), skip=lambda s, e: s > 20)
    assert len(ents) == 1


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        # a two-word name the tagger missed, before a role apposition or after a title
        (
            "this is posturing agnia grigas senior fellow at the atlantic council told newsweek",
            [("atlantic council", "ORG")],
            {("PERSON", "Agnia Grigas", "senior fellow at the Atlantic Council")},
        ),
        (
            "rosneft s chairman igor sechin is part of it",
            [("rosneft", "ORG")],
            {("PERSON", "Igor Sechin", "Rosneft's Chairman")},
        ),
        # a title, then two name words of which the tagger typed only the first, as a place
        (
            "chinese president xi jinping will host the talks",
            [("xi", "GPE")],
            {("PERSON", "Xi Jinping", "President")},
        ),
        # an honorific makes a person; a company cue makes an organization
        ("mr putin and mr xi understand each other", [("mr xi", "ORG")], {("PERSON", "Xi", None)}),
        ("a stake bought by the chinese company sinopec", [("sinopec", "PERSON")], {("ORG", "Sinopec", None)}),
        # a surname found alone grows to the two-word name before a role apposition
        (
            "said Fyodor Lukyanov, a well-connected political analyst in Moscow",
            [("Lukyanov", "PERSON"), ("Moscow", "GPE")],
            {("PERSON", "Fyodor Lukyanov", "a well-connected political analyst in Moscow")},
        ),
        # an institution split into a "person" and a place, in cased (restored) text
        (
            "said Alexander Gabuev, an analyst at the Carnegie Moscow Center think tank",
            [("Alexander Gabuev", "PERSON"), ("Carnegie", "PERSON"), ("Moscow", "GPE")],
            {("ORG", "Carnegie Moscow Center", None)},
        ),
    ],
)
def test_canonical_recovers_missed_and_mistyped_names(nlp, text, tagged, expected):
    ents = canonical.resolve(nlp(text), spans_of(text, tagged))
    assert expected <= {(e.type, e.canonical, e.role) for e in ents}


def test_canonical_institution_needs_capitals_and_the(nlp):
    for text, tagged in [
        ("the Russian army moved in", [("Russian", "NORP")]),  # a lowercase head: a demonym and a noun
        ("Putin Center officials said", [("Putin", "PERSON")]),  # no "the" before it
    ]:
        ents = canonical.resolve(nlp(text), spans_of(text, tagged))
        assert [e.type for e in ents] == [tagged[0][1]]
        assert "ORG" not in {e.type for e in ents}


@pytest.mark.parametrize(
    "text",
    ["the report said the struggles of the city were many", "the move a senior fellow at the council said was odd"],
)
def test_canonical_no_names_from_common_words(nlp, text):
    tagged = [("struggles", "PERSON")] if "struggles" in text else []
    assert canonical.resolve(nlp(text), spans_of(text, tagged)) == []


def test_canonical_initials_ignore_empty_words() -> None:
    # a key word that normalizes to "" once raised IndexError and failed whole documents
    from dateline.extract.canonical import initials

    assert initials(("european", "", "union")) == "eu"


def test_canonical_places_and_organizations_keep_their_own_type(nlp):
    text = "New York beat Boston on Monday. Fans at New York cheered. New York won again."
    tagged = [("New York", "ORG"), ("Boston", "ORG"), ("New York", "GPE"), ("New York", "ORG")]
    ents = canonical.resolve(nlp(text), spans_of(text, tagged))
    assert [e.type for e in ents if e.canonical == "New York"] == ["ORG", "GPE", "ORG"]


def test_canonical_full_names_vote_on_the_cluster_type(nlp):
    # one mistyped full mention does not turn the bank into a person; a surname alone has no vote
    text = "The Federal Reserve met. The Federal Reserve held rates. Federal Reserve officials spoke."
    tagged = [("Federal Reserve", "ORG"), ("Federal Reserve", "ORG"), ("Federal Reserve", "PERSON")]
    ents = canonical.resolve(nlp(text), spans_of(text, tagged))
    assert [e.type for e in ents] == ["ORG", "ORG", "ORG"]


def test_canonical_keeps_the_taggers_part_of_a_glued_token(nlp):
    # restored sports tables glue a name to a number ("174.P. Simmons", "U.S-49")
    text = "Somerset 83 and 174.P. Simmons 4-38. Mark Crear U.S-13.26 seconds."
    doc = nlp(text)
    start = text.index("P. Simmons")
    us = text.index("U.S-13")
    ents = canonical.resolve(doc, [(start, start + len("P. Simmons"), "PERSON"), (us, us + 3, "GPE")])
    assert [(e.text, e.canonical) for e in ents] == [("P. Simmons", "P. Simmons"), ("U.S", "U.S")]
    assert all(text[e.start : e.end] == e.text for e in ents)


def test_canonical_an_initial_is_no_article(nlp):
    text = "Kent 190 all out, a. Smith 5-68."
    start = text.index("a. Smith")
    ents = canonical.resolve(nlp(text), [(start, start + len("a. Smith"), "PERSON")])
    assert [e.text for e in ents] == ["a. Smith"]


def test_canonical_a_time_is_no_part_of_a_name(nlp):
    text = "9:10 p.m. Donald Trump's wife is breaking her usual silence."
    start = text.index("p.m.")
    ents = canonical.resolve(nlp(text), [(start, text.index("'s"), "PERSON")])
    assert [(e.text, e.canonical) for e in ents] == [("Donald Trump", "Donald Trump")]


def test_canonical_capitalized_surname_repeat_mid_sentence(nlp):
    text = "Jorge Ramos met George Bush. “We were wrong,” Ramos, 58, told AFP near the burning bush."
    doc = nlp(text)
    ents = canonical.resolve(doc, spans_of(text, [("Jorge Ramos", "PERSON"), ("George Bush", "PERSON")]))
    found = {doc.text[e.start : e.end]: e for e in ents}
    # the mid-sentence capitalized surname is added; the lowercase word is not
    assert found["Ramos"].canonical == "Jorge Ramos"
    assert "bush" not in found
