"""Event coding: (sentence -> actor1, CAMEO root, actor2) on clean and degraded text, plus the tables."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dateline import analyze
from dateline.context import Context
from dateline.events import actors, cameo, coder, verbs
from dateline.record import Actor, Entity

# one case per CAMEO root: (sentence, actor1 code, root code, actor2 code)
ROOTS = [
    ("Russia denied responsibility for the attack.", "RUS", "01", None),
    ("The United Nations appealed to Israel for restraint.", "IGOUNO", "02", "ISR"),
    ("Iran offered to help Iraq.", "IRN", "03", "IRQ"),
    ("Vladimir Putin visited Beijing on Saturday.", "RUSGOV", "04", "CHNGOV"),
    ("France praised Germany.", "FRA", "05", "DEU"),
    ("Russia sold China advanced missiles.", "RUS", "06", "CHN"),
    ("Japan gave Indonesia a loan.", "JPN", "07", "IDN"),
    ("Israel released Palestinian prisoners.", "ISR", "08", "PSECVL"),
    ("Turkey investigated Syrian officials.", "TUR", "09", "SYRGOV"),
    ("Egypt demanded that Israel withdraw its troops.", "EGY", "10", "ISR"),
    ("The United States accused China of cyberattacks.", "USA", "11", "CHN"),
    ("Germany rejected the Russian proposal.", "DEU", "12", "RUS"),
    ("North Korea threatened to attack South Korea.", "PRK", "13", "KOR"),
    ("Kenyan protesters demonstrated against the government.", "KENCVL", "14", "KENGOV"),
    ("Russia deployed troops to Syria.", "RUS", "15", "SYR"),
    ("The European Union imposed sanctions on Russia.", "IGOEUREEC", "16", "RUS"),
    ("Turkish police arrested German journalists.", "TURCOP", "17", "DEUMED"),
    ("Somali rebels kidnapped two French journalists.", "SOMREB", "18", "FRAMED"),
    ("Israeli jets bombed Hamas positions in Gaza.", "ISRMIL", "19", "PSEREBHMS"),
    ("Serb forces massacred Bosnian civilians.", "SRBMIL", "20", "BIHCVL"),
]

# the seed article's interactions, hand-restored (issue 6): root codes that fit each
SEED = [
    ("Russian President Vladimir Putin arrives in Beijing on a state visit.", "RUSGOV", {"04"}, "CHNGOV"),
    ("The European Union agreed to extend sanctions against Russia.", "IGOEUREEC", {"16"}, "RUS"),
    ("Two Chinese state banks lent Russia more than $12 billion.", "CHNBUS", {"06", "07"}, "RUS"),
    ("Russia has sold China its S-400 missile system.", "RUS", {"06", "07"}, "CHN"),
    ("Moscow and Beijing held joint naval drills.", "RUSGOV", {"06"}, None),
    ("The United States has accused China of militarizing the South China Sea.", "USA", {"11"}, "CHN"),
    ("Beijing has lashed out at American naval patrols.", "CHNGOV", {"11"}, "USA"),
]


def degrade(text: str) -> str:
    """The seed's degradation: lowercase, every character outside [a-z0-9] becomes a space."""
    return re.sub(r"[^a-z0-9]", " ", text.lower())


def code_one(nlp, text: str):
    events = coder.extract(Context(doc=nlp(text)))
    assert events, f"no event coded for {text!r}"
    return events[0]


def codes(e) -> tuple[str | None, str, str | None]:
    return (e.actor1 and e.actor1.code, e.root_code, e.actor2 and e.actor2.code)


@pytest.mark.parametrize("degraded", [False, True], ids=["clean", "degraded"])
@pytest.mark.parametrize(("text", "a1", "root", "a2"), ROOTS, ids=[r[2] for r in ROOTS])
def test_events_root_per_sentence(nlp, text, a1, root, a2, degraded):
    e = code_one(nlp, degrade(text) if degraded else text)
    assert codes(e) == (a1, root, a2)


@pytest.mark.parametrize("degraded", [False, True], ids=["clean", "degraded"])
@pytest.mark.parametrize(("text", "a1", "roots", "a2"), SEED, ids=[s[0][:24] for s in SEED])
def test_events_seed_interactions(nlp, text, a1, roots, a2, degraded):
    e = code_one(nlp, degrade(text) if degraded else text)
    assert e.actor1 is not None and e.actor1.code == a1
    assert e.root_code in roots
    if a2 is not None:
        assert e.actor2 is not None and e.actor2.code == a2


def test_events_fields_consistent(nlp):
    text = "Talks stalled. The European Union imposed sanctions on Russia."
    e = code_one(nlp, text)
    assert (e.code, e.base_code, e.root_code, e.quad_class) == ("163", "163", "16", 4)
    assert e.goldstein == -8.0 and e.plover == "COERCE"
    assert text[e.sentence_start : e.sentence_end].startswith("The European Union")
    assert e.is_root is False  # not in the lead sentence
    assert e.actor1 is not None and text[e.actor1.start : e.actor1.end] == "European Union"
    assert e.cue_start is not None and text[e.cue_start : e.cue_end] == "imposed"


@pytest.mark.parametrize("degraded", [False, True], ids=["clean", "degraded"])
def test_events_cue_offsets_point_into_the_input(degraded):
    """A framed act spans from the frame to the act ("threatened to impose"), in the text as given."""
    text = "Talks stalled on Monday. On Tuesday, Russia threatened to impose sanctions on Ukraine."
    given = degrade(text) if degraded else text
    r = analyze(given)
    e = next(e for e in r.events if e.actor1 is not None and e.actor1.code == "RUS")
    assert (e.code, e.actor2 and e.actor2.code) == ("1312", "UKR")  # threaten with sanctions
    assert e.cue_start is not None and e.cue_end is not None
    assert given[e.cue_start : e.cue_end].lower() == "threatened to impose"


def test_events_sector_noun_takes_country_from_context(nlp):
    events = coder.extract(Context(doc=nlp("Protests spread in Kenya. The government arrested opposition leaders.")))
    assert [codes(e) for e in events] == [("KENGOV", "17", "KENOPP")]


def test_events_no_actor_no_event(nlp):
    assert coder.extract(Context(doc=nlp("The weather was pleasant and the market rose."))) == []


@pytest.mark.parametrize(
    ("code", "goldstein", "quad", "plover"),
    [("042", 1.9, 1, "CONSULT"), ("0874", 10.0, 2, "RETREAT"), ("112", -2.0, 3, "ACCUSE"),
     ("163", -8.0, 4, "COERCE"), ("010", 0.0, 1, None), ("190", -10.0, 4, "ASSAULT")],
)  # fmt: skip
def test_cameo_tables(code, goldstein, quad, plover):
    assert cameo.lookup(code).goldstein == goldstein
    assert cameo.quad_class(code) == quad
    assert cameo.plover(code) == plover


@pytest.mark.parametrize(
    ("text", "code"),
    [("Russian President Vladimir Putin", "RUSGOV"), ("the Kremlin", "RUSGOV"), ("Moscow", "RUSGOV"),
     ("Chinese state banks", "CHNBUS"), ("Sudan's government", "SDNGOV"), ("rebels in the Ivory Coast", "CIVREB"),
     ("NATO", "IGOWSTNAT"), ("Rosneft", "RUSBUS"), ("Xi Jinping", "CHNGOV"), ("the U.S. Navy", "USAMIL"),
     # an institution's name that is also a sector noun: the institution alone, the sector after a country
     ("Congress", "USALEG"), ("the Duma", "RUSLEG"), ("Brazil's Congress", "BRALEG"),
     ("the Peruvian Congress", "PERLEG"), ("the congress", "LEG")],
)  # fmt: skip
def test_actors_dictionary_resolves(text, code):
    found = actors.find_mentions(text, 0, len(text), actors.load_actors())
    assert [m.actor(text).code for m in found] == [code]


def test_actors_short_aliases_need_capitals():
    text = "who told us"
    assert actors.find_mentions(text, 0, len(text), actors.load_actors()) == []


def test_actors_user_file_extends(tmp_path: Path):
    extra = tmp_path / "mine.tsv"
    extra.write_text("aliases\tcode\tname\tkind\nacme defense|acme\tUSABUS\tAcme Defense\tinstitution\n", "utf-8")
    text = "Acme Defense sold drones."
    assert actors.find_mentions(text, 0, len(text), actors.load_actors()) == []
    found = actors.find_mentions(text, 0, len(text), actors.load_actors(extra))
    assert [(m.actor(text).code, m.actor(text).name) for m in found] == [("USABUS", "Acme Defense")]


def test_actors_user_file_reaches_coder_through_config(tmp_path: Path):
    import dateline

    extra = tmp_path / "mine.tsv"
    extra.write_text("aliases\tcode\tname\tkind\nacme defense\tUSABUS\tAcme Defense\tinstitution\n", "utf-8")
    (record,) = dateline.analyze_many(["Acme Defense sold Poland missiles."], dateline.Config(actors=str(extra)))
    assert not isinstance(record, Exception)
    assert [codes(e) for e in record.events] == [("USABUS", "06", "POL")]


# broader CAMEO coverage and actor conventions: (sentence, actor1, root, actor2)
MORE = [
    ("Japan extended a loan to Vietnam.", "JPN", "07", "VNM"),
    ("Iran dispatched humanitarian aid to Syria.", "IRN", "07", "SYR"),
    ("Hezbollah violated the ceasefire with Israel.", "LBNREBHEZ", "19", "ISR"),
    ("Turkey accepted mediation by Qatar.", "TUR", "03", "QAT"),
    ("Israeli troops arrested 30 Palestinians.", "ISRMIL", "17", "PSECVL"),  # a people acted on: civilians
    ("Palestinians rejected the Israeli plan.", "PSE", "12", "ISR"),  # a people acting: the state
    ("France and Egypt signed a trade agreement.", "FRA", "05", "EGY"),  # reciprocal
    ("Pakistan refused to deploy peacekeepers in Iraq.", "PAK", "12", "IRQ"),
    ("British officials said Sudan must allow aid workers to reach the refugees.", "GBRGOV", "10", "SDN"),
]


@pytest.mark.parametrize("degraded", [False, True], ids=["clean", "degraded"])
@pytest.mark.parametrize(("text", "a1", "root", "a2"), MORE, ids=[m[0][:24] for m in MORE])
def test_events_more_patterns(nlp, text, a1, root, a2, degraded):
    e = code_one(nlp, degrade(text) if degraded else text)
    assert codes(e) == (a1, root, a2)


def test_events_bare_noun_needs_a_doer(nlp):
    assert coder.extract(Context(doc=nlp("Protests spread in Kenya."))) == []
    e = code_one(nlp, "Palestinian riots against Israeli policies continued.")
    assert codes(e)[:2] == ("PSE", "14")


def test_events_unidentified_attacker_placed_by_location(nlp):
    from dateline.record import Location

    text = "A roadside bomb near Samarra killed two American soldiers."
    start = text.index("Samarra")
    loc = Location("Samarra", "city", "IQ", None, None, None, None, start, start + 7, "Samarra")
    events = coder.extract(Context(doc=nlp(text), locations=[loc]))
    assert [codes(e) for e in events] == [("IRQUAF", "18", "USAMIL")]
    passive = "Two American soldiers were killed near Samarra."  # no attacker stated: no source
    start = passive.index("Samarra")
    loc = Location("Samarra", "city", "IQ", None, None, None, None, start, start + 7, "Samarra")
    assert [codes(e) for e in coder.extract(Context(doc=nlp(passive), locations=[loc]))] == [(None, "19", "USAMIL")]
    named = "Dan Coats clashed with American troops near Samarra."  # a doer named, only not known
    start = named.index("Samarra")
    loc = Location("Samarra", "city", "IQ", None, None, None, None, start, start + 7, "Samarra")
    assert all(e.actor1 is None for e in coder.extract(Context(doc=nlp(named), locations=[loc])))


@pytest.mark.parametrize(
    ("text", "found"),
    [("peacekeepers in Iraq", ["MIL", "IRQ"]), ("rebels in Sudan", ["SDNREB"]),
     ("students throughout Indonesia", ["IDNEDU"]), ("French farmers", ["FRAAGR"])],
)  # fmt: skip
def test_actors_locative_places_local_groups_only(text: str, found: list[str]) -> None:
    assert [m.actor(text).code for m in actors.find_mentions(text, 0, len(text), actors.load_actors())] == found


def test_verbs_specific_rows_come_first() -> None:
    from dateline.events import verbs

    for rows in verbs.rules().values():
        flags = [not r.cues for r in rows]
        assert flags == sorted(flags)  # no cue-specific row hidden behind a catch-all one
    rule = verbs.match("extend", None, {"loan"}, True)
    assert rule is not None and rule.code == "071"


# general actor rules (docs/events.md, "Actors"): (sentence, actor1, root, actor2) of the first event
RULES = [
    # coordinated demonyms act in text order; a capital the talks are held in is no third party
    ("Indian and Pakistani officials held talks in New Delhi.", "INDGOV", "04", "PAKGOV"),
    ("Syria and Israel resumed negotiations in Washington.", "SYR", "04", "ISR"),
    # the troops moved are the means, the country after them the target
    ("India massed troops along its border with Pakistan.", "IND", "15", "PAK"),
    ("The UN withdrew its weapons inspectors from Iraq.", "IGOUNO", "16", "IRQ"),
    # a local group before a place is that place's group; a foreign group does not place its attacker
    ("Islamic militants killed 20 villagers in western Algeria.", "DZAREB", "19", "DZACVL"),
    ("Insurgents ambushed a U.S. military convoy north of Baghdad.", "IRQREB", "19", "USAMIL"),
    # a capital acted on by force is the city; a populated place is its civilians
    ("Algeria's president threatened to impose a curfew in Algiers.", "DZAGOV", "13", "DZACVL"),
    ("Serbian forces shelled the town.", "SRBMIL", "19", "SRBCVL"),
    # a crowd of a people is civilians, not the state
    ("Thousands of Algerians blocked the roads to the capital.", "DZACVL", "14", None),
    # a sector adjective on a thing is no actor
    ("Israel and Turkey signed a military cooperation agreement.", "ISR", "05", "TUR"),
    # punctuation ends a mention
    (
        "North Korea tried to hack into the computers of South Korean army officers, officials said.",
        "PRK",
        "17",
        "KORMIL",
    ),
    # the lemmatizer's misses ("staged" -> "stag") do not hide a cue
    ("Iran's Revolutionary Guards staged war games.", "IRNMIL", "06", None),
    # cue words stop at a clause of their own: a purpose clause does not refine the verb
    ("A UN delegation arrived in Kinshasa to discuss the deployment of peacekeepers.", "IGOUNO", "04", "CODGOV"),
    ("The UN sent military personnel to Bosnia to assess a peacekeeping force.", "IGOUNO", "09", "BIH"),
    ("Kenya's foreign minister declined to comment on the report.", "KENGOV", "01", None),
    # the object of a purpose clause is the target
    ("Hundreds of Iraqis marched through Baghdad to protest the American occupation.", "IRQCVL", "14", "USA"),
    # round 4: a protest's venue yields to its purpose; a trip made to do something is that act
    ("Tens of thousands of Iranians rallied in Tehran to denounce the United States.", "IRNCVL", "14", "USA"),
    ("A United Nations team arrived in Sarajevo to investigate reports of mass graves.", "IGOUNO", "09", "BIHGOV"),
    # a complaint's target is the party complained of, not the body addressed
    ("Lebanon filed a complaint with the Security Council against Israeli air raids.", "LBN", "11", "ISR"),
    # allies using force on objects in a place act on that place, not on each other
    ("U.S. and British warplanes bombed air defense targets in southern Iraq.", "USAMIL", "19", "IRQ"),
    # ... and with no place named, on no one; a war fought is fought between them
    ("U.S. and British warplanes bombed the city.", "USAMIL", "19", None),
    ("India and Pakistan fought a war in 1971.", "IND", "19", "PAK"),
    # a sector "of" coordinated states lends the sector to each: both sides meet
    ("The leaders of Russia and China met in Moscow on Friday.", "RUSGOV", "04", "CHNGOV"),
    # "of" places any sector, a military one too
    ("The defense ministers of Japan and South Korea agreed to share intelligence.", "JPNMIL", "03", "KORMIL"),
    # a group attacked stays the target wherever it is; an armed wing of a party is its rebels
    ("Rwandan Patriotic Front rebels attacked government troops in northern Rwanda.", "RWAREB", "19", "RWAMIL"),
    # a town occupied is its state's territory
    ("Russian troops occupied the Georgian town of Gori.", "RUSMIL", "19", "GEO"),
    # "is mediating" parsed as a noun is still the verb, with the subject of "is"
    (
        "Norwegian envoy Erik Solheim is mediating between the Sri Lankan government and the rebels.",
        "NORGOV",
        "04",
        "LKAGOV",
    ),
    # a former leader is an elite, not the government
    ("An Argentine judge ordered former president Carlos Menem to appear for questioning.", "ARGJUD", "10", "ARGELI"),
    # "he" stands for a person, not for the reporters told nor a country named on the way
    (
        "U.S. Senator Patrick Leahy told reporters he'll meet with Chinese officials to discuss it.",
        "USALEG",
        "03",
        "CHNGOV",
    ),
    # a congressional committee is the legislature, whatever its subject ("Judiciary")
    ("The House Judiciary Committee launched an investigation into competition in digital markets.", "LEG", "09", None),
    # a trip's destination, not what the trip is for
    ("Mohammed bin Salman arrives in the US for a tour to boost Saudi Arabia's reputation.", "SAUGOV", "04", "USA"),
    # a warning that something could happen is still a threat
    ("Iran warned it could strike American bases in the region.", "IRN", "13", "USA"),
    # a congressman's party and state tag names a U.S. state, not the country Georgia
    ("Rep. John Lewis, D-Georgia, criticized the police chief of Ferguson.", "USA", "11", "USACOP"),
]


@pytest.mark.parametrize(("text", "a1", "root", "a2"), RULES, ids=[r[0][:28] for r in RULES])
def test_events_actor_rules(nlp, text, a1, root, a2):
    assert codes(code_one(nlp, text)) == (a1, root, a2)


def test_events_second_clause_with_its_own_subject(nlp):
    text = "The United States accused China of militarizing the sea while Beijing lashed out at American naval patrols."
    events = coder.extract(Context(doc=nlp(text)))
    assert [codes(e) for e in events] == [("USA", "11", "CHN"), ("CHNGOV", "11", "USA")]


def test_events_sector_actor_placed_by_sentence_location(nlp):
    from dateline.record import Location

    text = "Gunmen shot five worshippers at a mosque in Karachi."
    start = text.index("Karachi")
    loc = Location("Karachi", "city", "PK", None, None, None, None, start, start + 7, "Karachi")
    assert [codes(e) for e in coder.extract(Context(doc=nlp(text), locations=[loc]))] == [("PAKREB", "19", "PAKCVL")]


@pytest.mark.parametrize(
    ("text", "found"),
    [("Chechen rebels", ["RUSREB"]), ("the former president", ["ELI"]), ("Soviet troops", ["RUSMIL"]),
     ("aid workers in Sudan", ["NGO", "SDN"]), ("army officers, officials", ["MIL", "GOV"]),
     ("U.S. and British warplanes", ["USAMIL", "GBRMIL"]), ("rebels in southern Sudan", ["SDNREB"]),
     ("former president Carlos Menem", ["ARGELI"]), ("the UN special envoy", ["IGOUNO"]),
     ("an amnesty for rebels", ["REB"]), ("PLO guerrillas", ["PSEREB"])],
)  # fmt: skip
def test_actors_regions_roles_and_breaks(text: str, found: list[str]) -> None:
    assert [m.actor(text).code for m in actors.find_mentions(text, 0, len(text), actors.load_actors())] == found


# codebook rows added for common wire verbs: (sentence, CAMEO code of the first event)
CUE_ROWS = [
    ("Angolan rebels laid down their weapons.", "0873"),
    ("Iran expressed willingness to cooperate with the IAEA.", "031"),
    ("The United States ruled out talks with North Korea.", "125"),
    ("Russia voiced support for Iran.", "051"),
    ("Muslim separatists set off a bomb in a market in Mindanao.", "183"),
    ("The government dissolved the opposition party.", "1722"),
    ("Ethiopia accepted the peace plan proposed by the African Union.", "030"),
    ("Nigeria will withdraw its observers from Chad unless the fighting stops.", "136"),
    ("Nigeria struck a deal with the oil workers' union.", "057"),  # not a labour strike
    ("Indian troops opened fire on Pakistani positions along the border.", "193"),  # not an opened border
    ("Russia amassed troops on the Ukrainian border.", "154"),
    ("China chastised Japan over the textbook issue.", "111"),
    ("The Pakistani president repudiated the accord with India.", "120"),
    ("Kenyan police nabbed two suspects in Nairobi.", "173"),
    ("Peruvian troops retook the town from Shining Path guerrillas.", "190"),
    ("Ugandan troops engaged rebels near the Sudanese border.", "190"),
    ("Zambia received 5,000 refugees from Angola.", "075"),
    ("Syrian forces crossed the border into Lebanon.", "192"),
    ("Thousands of Kenyans took to the streets to protest against the government.", "141"),
    # round 4: support verbs, transport of troops or aid, trade bans, halts, demanded concessions
    ("The United Nations began an investigation into the killings in Rwanda.", "090"),
    ("India moved troops to its border with Pakistan.", "154"),
    ("Washington banned all trade with Iran.", "163"),
    ("Palestinian negotiators walked out of talks with Israel.", "164"),
    ("The Red Cross distributed food to refugees in Zaire.", "073"),
    ("Hamas vowed to avenge the killing of its leader.", "138"),
    ("Britain called on Iran to lift the ban on the newspaper.", "1051"),
    ("Japan asked Russia to return the islands.", "1053"),
    ("The rebels suspended attacks on government positions.", "0871"),
    ("Morocco pardoned 400 political prisoners.", "0841"),
    ("Hutu militiamen hacked to death hundreds of civilians.", "1823"),
]


# nominal and passive reports: (sentence, actor1, root, actor2) of the first event
NOMINAL = [
    ("Talks were held in Geneva between Iran and the United States.", "IRN", "04", "USA"),  # reciprocal
    ("Fighting erupted between Armenian and Azerbaijani forces.", "ARMMIL", "19", "AZEMIL"),
    ("Negotiations between Israel and Syria resumed in Washington.", "ISR", "04", "SYR"),
    ("The visit of the Chinese president to Russia was a success.", "CHNGOV", "04", "RUS"),
    ("Israel's assassination of the Hamas leader drew condemnation.", "ISR", "18", "PSEREBHMS"),
    ("Sanctions were imposed on Iran by the European Union.", "IGOEUREEC", "16", "IRN"),
]


@pytest.mark.parametrize(("text", "a1", "root", "a2"), NOMINAL, ids=[n[0][:28] for n in NOMINAL])
def test_events_nominal_and_passive(nlp, text, a1, root, a2):
    assert codes(code_one(nlp, text)) == (a1, root, a2)


@pytest.mark.parametrize(
    "text",
    [
        # the main clause's subject names no actor (and no lesser cue is coded instead)
        "The euphoria has come down, and nobody expects quick progress in relations with China.",
        "The visit offers Mr. Putin a welcome break from a string of challenges.",
        "The advanced system would allow China to strike any target in Taiwan.",
        # a verb that needs a counterpart names none
        "Hillary Clinton defended the country's economic progress during the campaign in Iowa.",
        "Mr. Obama asked.",
        # the future "going to" is no trip
        "Trump is going to be graded on how quickly people get help in Texas.",
        # violence by a party that uses no force is a figure of speech
        "Democrats fight a rearguard action against the repeal of the law in Washington.",
        # a participle or noun that modifies a noun describes a thing
        "The Russian press has a duty to see beyond the forced smiles in Moscow.",
        "The collective experience of living in declining communities of Ohio matters to Washington.",
        # an agentless passive that is no official act and no force: no one acts
        "On Saturday, 30 flights to China were canceled, according to the airport.",
        # violence by an unarmed doer against a thing is a figure of speech
        "Hillary Clinton has the most comprehensive plan in Washington to combat climate change.",
        # "go"/"come" without a destination of their own are no trip
        "Mr. Trump went on to hint that Mr. Bolton had found himself out of favor in Washington.",
        # a release or an eased restriction needs someone released or relieved
        "Yesterday, President Trump released the following statement:",
        "Republican lawmakers in Washington voted again to repeal the law.",
        # a person fired is dismissed; a suggestion shot down is rejected in words
        "Mr. Trump abruptly announced that he was firing Mr. Bolton in Washington.",
        "Sessions shot down a suggestion from Papadopoulos of a meeting between Trump and Putin.",
        "Mr. Trump said he has three to four people he will fire tomorrow in Washington.",
        # a trip goes to a named place, not "to power" or "to someone's defense"
        "Extreme Marxist parties in Portugal are coming to power.",
        "House Republicans in Washington came to Trump's defense on Tuesday.",
        # a record, a level or a market is reached, not attacked
        "Trump fell steadily in the polls, hitting a low of 41.6% as Clinton hit a high of 46.3% on Aug. 14.",
        "The House voted not to strike Pelosi's comments from the record in Washington.",
        "Merkel closed down Germany's nuclear power plants after Fukushima.",
        "We need everyone in Ohio to beat the kind of campaign Trump is going to run.",
        # an act named by its date is recalled, not reported
        "Trump said Bush bore responsibility for the September 11, 2001, attacks on New York.",
        # a verb that needs a counterpart does not take its own doer for one
        "President Obama praised the White House staff on Tuesday.",
        "The Kremlin consulted Mr. Putin on Tuesday.",
        # talking about someone is no consultation with them
        "Putin was talking about Ukraine on Tuesday.",
        # "considered" as a participle is "regarded as"; evidence provided is no aid
        "The party would need to win five of the six Senate seats considered most competitive.",
        "Trump has yet to provide evidence to voters in Ohio.",
        # an act only speculated on, or a figure of speech in the table
        "Analysts say Iran could attack Israel next week.",
        "The Obama administration should help Ukraine.",
        "Senator Ted Cruz captured the support of Iowa voters.",
        # an act denied, done "without", or supposed did not happen
        "North Korea did not claim responsibility for hacking into Sony's systems.",
        "The GOP leaders reached out to the Israelis without consulting with the White House.",
        "Is that what Britain would do if Russia threatened a missile launch against Britain?",
        # fighting a government's efforts is politics, not combat
        "With this kind of record, we can expect Perez to fight particularly hard against any efforts by the "
        "Trump administration to find out how many noncitizens are registered.",
        # a bill signed is no agreement between parties; rallying allies is no protest
        "Last year, Missouri's governor, Republican Eric Greitens, signed the right-to-work bill in Washington.",
        "The speech was a key opportunity for Mr. Biden to rally the party's labor allies in Washington.",
        # a debt limit is reached, not attacked; "so called" names; a bank that accepts no one yields to no one
        "The United States is expected to hit its debt limit on October 17.",
        "The Obama administration wants this so called 'shutdown' to be as painful as possible because they "
        "can't afford to have the American people realize it.",
        "No major bank in Mexico accepts them if someone tries to open an account.",
        # a report released, a view offered, a base closed: no release of people, no offer, no sanction
        "A report on the Syrian Air Force's operations, released yesterday by the New York-based rights group "
        "Human Rights Watch, highlights the disparity.",
        "Obama offered an essentially optimistic view that better training for police in Washington can help.",
        "The Pentagon plans to close 15 military bases in Europe.",
        # fighting to do something, with no one fought, is an effort
        "The Justice Department has nonetheless fought to keep the vast majority of prisoners in Ohio.",
        # a law or a program that allows something yields to no one
        "Obama has made clear that allowing tax rates to go up on top income brackets was a demand.",
        # "head" a body is to lead it, not a trip; "question why" doubts, "demonstrate" a thing shows it
        "Democrats also want to confirm Janet Yellen to head the Federal Reserve by next week.",
        "Mr. Trump has questioned why the markets in China weren't reacting more positively.",
        "Judge Kavanaugh has demonstrated a deficiency in his philosophy, Democrats in Washington said.",
        # a doer that acts on itself; a preposition after the object is no particle ("call ... for")
        "Pompeo didn't help himself with Democrats by stating that at his hearing.",
        "Senate Democratic leader Chuck Schumer called Trump’s remarks about hydroxychloroquine “dangerous,” though "
        "for the general public, the drug itself is no more dangerous than a vast number of pharmaceuticals.",
        # "sit in" is a protest, sitting on a tray is not; "give up on" an effort yields to no one
        "Trump eyed the chocolate cake sitting on journalists' meal trays in a light-hearted moment.",
        "The White House has given up on trying to persuade Congress.",
        # a politician's or a government's violence with no one hit is a figure of speech or a
        # biography, not an event
        "But Trump has a low tolerance for criticism from his allies and often fires back in kind.",
        "He successfully ran again in 2012, when Mr. Obama beat Mitt Romney in his district.",
        "George H.W. Bush was the last president to have fought in World War II.",
        # a clause that says when or why ("as ...", "though ...") holds no counterpart
        "Roger Stone has been indicted as special counsel Robert Mueller nears the end of his investigation "
        "into Russian interference.",
        "Trump threatened to go with the shutdown again, though congressional Republicans are unlikely to have "
        "the stamina for another shutdown.",
        # a meeting with a group the dictionary does not know: the city is where, not with whom
        "President Obama met with supporters in Havana on Monday.",
        # a possibility or a condition is no report ("might/may/could", "if/unless" above the cue)
        "At some point Mr Trump might get so frustrated he ignores the concerns of his fellow Republicans.",
        "Some suggested U.S. arms sales to Saudi Arabia should be halted if it's determined the journalist was "
        "killed inside the consulate.",
        "China may stop purchasing US agricultural products and energy.",
    ],
)
def test_events_no_interaction_between_actors_no_event(nlp, text):
    assert coder.extract(Context(doc=nlp(text))) == []


@pytest.mark.parametrize(
    ("text", "a1", "root", "a2"),
    [
        # the counterparts of the figures of speech above keep their events
        ("Chinese President Xi Jinping came to Moscow on Tuesday.", "CHNGOV", "04", "RUSGOV"),
        ("Russian troops attacked a Ukrainian village on Tuesday.", "RUSMIL", "19", "UKRCVL"),
        ("Syrian government forces attacked civilians in Aleppo.", "SYRMIL", "19", "SYRCVL"),
        ("Senator Bernie Sanders took aim at President Trump on Tuesday.", "USALEG", "11", "USAGOV"),
        ("Iran has considered a new offer from the European Union.", "IRN", "01", "IGOEUREEC"),
        ("The Chinese president headed to Moscow on Tuesday.", "CHNGOV", "04", "RUSGOV"),
        ("Rebels fought to take the city of Aleppo from Syrian troops.", "SYRREB", "19", "SYRMIL"),
        # a government's attacks on its own country's judges, and anyone unarmed attacking a party,
        # lawmakers or a government, are criticism; rebels attacking a government are not
        (
            "Republican leaders criticized Donald Trump for his attacks on a Latino judge in California.",
            "USAGOV",
            "11",
            "USAJUD",
        ),
        ("Senator Bernie Sanders attacked the Obama administration on Tuesday.", "USALEG", "11", "USAGOV"),
        ("Rebels attacked the Afghan government in Kabul.", "AFGREB", "19", "AFGGOV"),
        ("Syria released 200 political prisoners on Tuesday.", "SYR", "08", "SYRCVL"),
        ("Syria released 200 prisoners, according to a statement from the ministry.", "SYR", "08", "SYRCVL"),
        ("A Syrian judge issued orders to release 200 prisoners from Aleppo.", "SYRJUD", "08", "SYRCVL"),
        ("Israel closed the border with Gaza.", "ISR", "19", "PSE"),
        ("The Chinese president will head back to Moscow on Tuesday.", "CHNGOV", "03", "RUSGOV"),
        ("Iranian students demonstrated against the United States in Tehran.", "IRNEDU", "14", "USA"),
        ("Iran called for talks with the European Union on Tuesday.", "IRN", "02", "IGOEUREEC"),
        ("Trump and Kim Jong Un exchanged a war of words last summer.", "USAGOV", "11", "PRKGOV"),
        ("President Assad's forces killed 20 villagers near Homs.", "SYRGOV", "19", "SYRCVL"),
        ("Kerry held talks in Moscow on Tuesday.", "USAGOV", "04", "RUSGOV"),
        ("Russia threatened to stop the talks if the United States goes ahead.", "RUS", "13", "USA"),
    ],
    ids=[
        "named-destination",
        "armed-attack",
        "force-on-civilians",
        "take-aim",
        "considered-offer",
        "headed-to",
        "fought-to-take",
        "attacks-on-a-judge",
        "attacked-the-administration",
        "rebels-attacked-the-government",
        "prisoners-released",
        "released-near-a-document-word",
        "orders-to-release",
        "border-closed",
        "head-back-to",
        "demonstrated-against",
        "called-for",
        "war-of-words",
        "a-leader's-forces-kill",
        "talks-in-a-capital",
        "condition-names-the-threatened",
    ],
)
def test_events_literal_counterparts_are_kept(nlp, text, a1, root, a2):
    assert codes(code_one(nlp, text)) == (a1, root, a2)


def test_events_surname_is_the_person_named_in_full():
    # the canonical layer's "Hillary Clinton", not the dictionary's "clinton" (Bill Clinton)
    rec = analyze("Hillary Clinton criticized Iran on Tuesday. Clinton also criticized Russia on Wednesday.")
    assert [(e.actor1 and e.actor1.name, e.actor2 and e.actor2.name) for e in rec.events] == [
        ("Hillary Clinton", "Iran"),
        ("Hillary Clinton", "Russia"),
    ]


def test_events_a_us_state_named_like_a_country_is_the_us():
    # the places step resolves "Georgia" beside Atlanta to the U.S. state
    rec = analyze("Georgia lawmakers in Atlanta criticized the Obama administration on Monday.")
    assert [(e.actor1 and e.actor1.code, e.root_code, e.actor2 and e.actor2.code) for e in rec.events] == [
        ("USALEG", "11", "USAGOV")
    ]
    rec = analyze("Georgia accused Russia of occupying Abkhazia on Monday.")
    assert [(e.actor1 and e.actor1.code, e.actor2 and e.actor2.code) for e in rec.events] == [("GEO", "RUS")]
    rec = analyze("The president reversed course, criticizing Georgia Gov. Brian Kemp, who is lifting the lockdown.")
    assert [(e.code, e.actor2 and e.actor2.country_code) for e in rec.events] == [("111", "USA")]


@pytest.mark.parametrize(
    "text",
    [
        # a capital or a leader's name inside someone else's name is no actor
        "Republican consultant Mike Madrid blasts California Republicans for their silence on the tweets.",
        "Lula White was killed by her grandson-in-law, friends said.",
    ],
)
def test_events_place_and_leader_names_inside_other_peoples_names(text):
    assert [e for e in analyze(text).events if e.actor1 and e.actor1.country_code in ("ESP", "BRA")] == []
    assert [e for e in analyze(text).events if e.actor2 and e.actor2.country_code in ("ESP", "BRA")] == []


def test_events_a_leader_elect_is_the_leader_not_the_nearest_country():
    text = "President-elect Donald Trump lashed out at the United Nations days after a vote on Israeli settlements."
    assert [(e.actor1 and e.actor1.code, e.actor2 and e.actor2.code) for e in analyze(text).events] == [
        ("USAGOV", "IGOUNO")
    ]


def test_events_leaders_named_in_full_keep_their_first_names():
    rec = analyze("Lula da Silva met Obama in Brasilia.")
    assert [(e.actor1 and e.actor1.code, e.actor2 and e.actor2.code) for e in rec.events] == [("BRAGOV", "USAGOV")]


def test_events_carry_the_date_the_sentence_gives_the_act():
    rec = analyze("Then in 1941, Nazi Germany attacked the Soviet Union.", published="2016-06-23")
    assert [(e.root_code, e.date and e.date.year) for e in rec.events] == [("19", 1941)]
    rec = analyze("On Saturday, Russian President Vladimir Putin arrived in Beijing.", published="2016-06-23")
    assert [(e.root_code, e.date and (e.date.month, e.date.day)) for e in rec.events] == [("04", (6, 18))]
    # the date of the report, not of the act reported
    rec = analyze("The Pentagon said on Monday that Iranian boats had harassed a U.S. destroyer.")
    assert rec.events and all(e.date is None for e in rec.events)


def test_events_date_is_the_coded_acts_own():
    # the seed: the agreement is this month's, not the annexation's year its sanctions are about
    rec = analyze(
        "Mr. Putin is in talks with President Xi Jinping in Beijing after the European Union agreed this month "
        "to extend energy, financial and defense sanctions against Russia over the Kremlin's annexation of "
        "Crimea in 2014.",
        published="2016-06-23",
    )
    assert [(e.code, e.date and (e.date.year, e.date.month)) for e in rec.events] == [("163", (2016, 6))]
    # a date before the subordinator belongs to the outer clause: Crimea was seized months before May 2014
    rec = analyze(
        "In May 2014, just months after Russian troops seized Crimea from Ukraine, Mr. Putin presided over the "
        "signing of multiple deals in Beijing.",
        published="2016-06-23",
    )
    assert [(e.code, e.date) for e in rec.events] == [("171", None)]
    text = "After Russian troops seized Crimea in March 2014, the West imposed sanctions."
    rec = analyze(text, published="2016-06-23")
    assert [(e.root_code, e.date and e.date.month) for e in rec.events if e.root_code == "17"] == [("17", 3)]


def test_events_a_country_inside_a_foreign_city_name_is_no_actor():
    rec = analyze("The motivation behind the Jersey City attack is clear from the posts one of the perpetrators made.")
    assert all("JEY" not in (a.code or "") for e in rec.events for a in (e.actor1, e.actor2) if a)
    rec = analyze("Mexico City accused Washington of meddling.")  # a city of the country itself
    assert [(e.actor1 and e.actor1.country_code, e.root_code) for e in rec.events] == [("MEX", "11")]


def test_events_us_legislative_titles_are_congress(nlp):
    e = code_one(nlp, "Senate Majority Leader Mitch McConnell criticized Iran on Tuesday.")
    assert codes(e) == ("USALEG", "11", "IRN")


def test_events_sector_actor_takes_the_documents_main_country(nlp):
    # not the country mentioned last ("Venezuela was mentioned once")
    text = (
        "The United States and Washington's allies met on Monday. American officials said the United States "
        "would act. Venezuela was mentioned once. The president criticized the press on Tuesday."
    )
    e = coder.extract(Context(doc=nlp(text)))[-1]
    assert codes(e) == ("USAGOV", "11", "USAMED")


def test_events_release_of_people_is_kept(nlp):
    e = code_one(nlp, "The British government released two Iranian sailors on Friday.")
    assert (e.code, e.actor1 and e.actor1.code, e.actor2 and e.actor2.code) == ("084", "GBRGOV", "IRNMIL")


def test_events_one_sided_acts_keep_their_events(nlp):
    e = code_one(nlp, "British police arrested two men on Sunday.")
    assert e.root_code == "17" and e.actor1 is not None and e.actor1.code == "GBRCOP"


def test_events_violent_thing_as_doer_keeps_unidentified_attacker(nlp):
    # (placed by the location when the Context has one: test_events_unidentified_attacker_placed_by_location)
    e = code_one(nlp, "A roadside bombing near Samarra killed two Iraqi soldiers.")
    assert e.root_code in ("18", "19") and e.actor2 is not None and e.actor2.code == "IRQMIL"


def test_events_party_members_are_actors(nlp):
    text = "The United States imposed new tariffs. Democrats blamed President Trump for the losses."
    e = coder.extract(Context(doc=nlp(text)))[-1]
    assert e.actor1 is not None and e.actor1.code == "USAPTY"
    assert e.root_code == "11" and e.actor2 is not None and e.actor2.code == "USAGOV"


def test_events_main_cue_without_actors_falls_back(nlp):
    # "dropped" has no named actor: the next cue that has one is coded
    text = "The plan to impose a curfew was dropped after Kenyan police arrested two opposition leaders."
    assert codes(code_one(nlp, text)) == ("KENCOP", "17", "KENOPP")


def test_events_agentless_official_act_is_the_states(nlp):
    from dateline.record import Location

    def coded(text: str, place: str, cc: str) -> list[tuple[str | None, str, str | None]]:
        start = text.index(place)
        loc = Location(place, "city", cc, None, None, None, None, start, start + len(place), place)
        return [codes(e) for e in coder.extract(Context(doc=nlp(text), locations=[loc]))]

    # an arrest reported without its agent: the authorities of the place, named after the cue
    assert coded("A British tourist was arrested in Dubai.", "Dubai", "AE") == [("ARE", "17", "GBR")]
    # a killing without agent keeps no source (no state act)
    assert coded("Two soldiers were killed near Samarra.", "Samarra", "IQ")[0][:2] == (None, "19")


@pytest.mark.parametrize(("text", "code"), CUE_ROWS, ids=[c[0][:24] for c in CUE_ROWS])
def test_events_codebook_rows(nlp, text, code):
    assert code_one(nlp, text).code == code


def test_events_declining_to_name_is_declining_to_comment(nlp):
    text = "The White House declined to name the companies."
    assert [e.code for e in coder.extract(Context(doc=nlp(text)))] == ["011"]


def test_events_a_participle_on_a_verbless_sentence_is_its_predicate(nlp):
    from spacy.tokens import Doc

    words, pos = ["Newspaper", "called", "on", "Arabs"], ["NOUN", "VERB", "ADP", "PROPN"]
    doc = Doc(nlp.vocab, words=words, heads=[0, 0, 1, 2], deps=["ROOT", "acl", "prep", "pobj"], pos=pos)
    assert not coder._background(doc[1])  # the parser read the sentence as a noun phrase
    words = ["He", "read", "a", "newspaper", "called", "Pravda"]
    heads, deps = [1, 1, 3, 1, 3, 4], ["nsubj", "ROOT", "det", "dobj", "acl", "oprd"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=["PRON", "VERB", "DET", "NOUN", "VERB", "PROPN"])
    assert coder._background(doc[4])


def test_events_a_pronouncement_and_a_named_doer_are_acts(nlp):
    text = "The rebels issued a declaration demanding that the Turkish government release their leader."
    assert [e.code[:2] for e in coder.extract(Context(doc=nlp(text)))] == ["10"]
    text = "The prisoners executed by the Islamic State were Syrian soldiers."
    assert [e.code[:2] for e in coder.extract(Context(doc=nlp(text)))] == ["18"]


def test_events_a_country_that_names_a_topic_places_no_one(nlp):
    text = (
        "American lawmakers met in Washington on Monday. "
        "Some Democrats, citing the Russia probe, also have backed impeachment efforts against Trump."
    )
    events = coder.extract(Context(doc=nlp(text)))
    assert [(e.actor1.code if e.actor1 else None, e.code) for e in events][-1] == ("USAPTY", "051")


def test_events_doer_is_not_placed_by_the_country_it_acts_on(nlp):
    """ "the president" in a U.S. article is the U.S. president, also when he acts on Russia."""
    text = (
        "The White House and American officials met in Washington on Monday. "
        "On Tuesday, the president sharply criticized Russia at a joint press conference."
    )
    events = coder.extract(Context(doc=nlp(text)))
    assert [(e.actor1.code if e.actor1 else None, e.actor2.code if e.actor2 else None) for e in events] == [
        ("USAGOV", "RUS")
    ]


def test_events_doer_is_not_the_subject_of_a_side_clause(nlp):
    """The parse's subject names no actor: the nearest mention before the cue stands in, but not one
    that is the subject of its own clause."""
    text = "Two days after the president spoke of that healthy debate, a gunman murdered two police officers."
    events = coder.extract(Context(doc=nlp(text)))
    assert len(events) == 1 and events[0].root_code == "18" and events[0].actor1 is None


@pytest.mark.parametrize(
    "text",
    [
        # an aim or a failure with no act the table codes is no promise and no refusal
        "Two French companies and a British firm are planning to drill in Britain.",
        "Police in Hong Kong failed to clear the protesters from the streets.",
        # "seek to" states the doer's own aim; "ask if" is a question, not an appeal
        "Republicans seek to draw parallels between Obama and Carter.",
        "Reporters asked Hoyer if his party was turning impeachment into a campaign plank.",
        # coordinated doers of a one-sided act do not act on each other
        "Senate Republicans and the White House have balked at a fifth relief package.",
        # help with a task; a flag flown; a noun tagged as a verb
        "Community leaders in Baltimore helped direct people to where the needs were greatest.",
        "Trump supporters flew the U.S. flag high in Virginia.",
        "The film about the Navy Seal is a box office hit in the United States.",
        # a named doer the dictionary does not know is not the country named before it
        "After reports of Russian interference, Mueller indicted twelve people.",
        # weather and accidents are no actor; a facility that closes; a crime committed
        "Tropical storm Mangkhut hit the southern coast of China.",
        "Two people were killed and 116 injured in a crash between two trains in South Carolina.",
        "Three people were killed after an Amtrak train derailed in DuPont, Washington.",
        "City schools in Baltimore closed for the day.",
        "The Islamic State recruited men to help commit mass murder in Syria.",
        # a poll's finding; what surrounds a thing; a weapon landing; a crowd whipped up
        "Overall, just 13 percent of Americans approve of the way Congress is handling its job.",
        "The biggest prize is a spot on the growing team surrounding Obama's 2008 rival, Hillary Clinton.",
        "The projectile eventually landed in the sea between Japan and North Korea.",
        "Every rally the president would whip up the crowd.",
        # a fact admitted; when, not whom ("after ... in Turkey"); the cause of sanctions
        "The intelligence chief admitted that the briefing in Helsinki was short.",
        "Tens of thousands of people packed LA's Grand Park to welcome 2017 amid increased security after "
        "a deadly attack in Turkey.",
        "Exxon's efforts in Germany have been thwarted by a moratorium, and Western sanctions over Ukraine "
        "have kept it and other oil companies from developing in Russia.",
        # violence named by a noun has no doer in the words before it unless they carry it out
        "Many Republicans see the deadly attack on the diplomatic compound in Benghazi and the initial "
        "reaction by the State Department and the White House as a huge scandal.",
        "The White House released a list of 78 terrorist attacks executed by the Islamic State.",
        # a question asked; "when it comes to"; "taken for granted"
        "Matt Continetti, editor of the Washington Free Beacon, recently asked: “Is Biden the new Hillary?”",
        "Mr. Obama's habit of taking U.S. allies for granted is on display when it comes to South Sudan.",
        # forced by events, no coercer named; an ability, not an act
        "President Barack Obama was forced this week to scrap several campaign appearances.",
        "Such threats lack credibility due to Pyongyang's ability to retaliate against Seoul.",
        # protests met, not made; markets closed; ordinary senses of seize on, attend, train, quell
        "Republican presidential nominee Donald Trump encountered protests led by community leaders.",
        "Benchmarks in Hong Kong and mainland China are closed for the next two days because of holidays.",
        "The Joe Biden campaign seizes on the opportunity to contrast Trump's message.",
        "Malia Obama will attend Harvard University in Massachusetts.",
        "Thousands of Iowa students attended a Trump rally in Des Moines.",
        "Democrats in Iowa are also training students to caucus.",
        "McConnell and Trump spoke Wednesday, but that did little to quell the pressure on McConnell from Democrats.",
        # taxes cut; a feud engaged in; a survey's targets; a poll's share; a
        # country pulled together
        "Not only has the administration cut taxes for millions of Americans and small businesses.",
        "He also engaged in a racially charged feud with the parents of decorated army captain Humayun Khan.",
        "A substantial number of people targeted for the survey in Iraq did not reply.",
        "Just 55 percent of Americans favoring sanctions against Russia support the plan.",
        "America, we need to pull our country back together.",
        # an open possibility; policy protection at home; a supposition governing
        # the act; leeway to act; sanctions only talked about
        "The president is leaving open the possibility of a pardon for Manafort.",
        "President Obama vowed to protect American workers.",
        "Generals were working out a plan for how to put a lid on the president if he tried to drop a bomb on "
        "North Korea.",
        "The reforms will give Japan more leeway to deploy its military forces abroad.",
        "Gen. Michael Flynn was forced to resign for lying about whether he discussed sanctions with the Russian "
        "ambassador.",
        # a doer the dictionary does not know takes no stand-in; a promise "to be"; backing away; an
        # economy lifted; a person recognized; "as opposed to"
        "Donald Trump's election means that a lot of policy change is coming to Washington, DC.",
        "Trump's impeachment trial promises to be a radical departure from the calm of the high court.",
        "In one concession, Republicans backed away from giving the Legislature the power to appoint lawyers.",
        "Another major problem Rouhani faces in lifting Iran's economy is the opposition of entrenched interests.",
        "Trump also recognized Charles McGee, one of the last surviving Tuskegee airmen.",
        "Recently, it has become ‘me the president’ as opposed to ‘we the people.’",
        # an economic crisis is no attacker; work returned to; voters mobilized; a bill forced through
        "Biden touted the plan in a state among those hit hardest by the housing crisis.",
        "Chinese workers in Hubei began returning to work as factories and businesses reopened.",
        "Pastor events like this one are the launching pad for mobilizing the evangelical crowd.",
        "Senate Democrats forced their bill through on Christmas Eve in 2009.",
        # a person fired is dismissed; a base fired up is roused
        "A few days later, Trump fired Priebus in Washington.",
        "Preet Bharara served as the US Attorney until he was fired by Trump.",
        "And they got a twofer: a Democratic base fired up, but also swing voters choosing the Trump agenda, said "
        "Brabender.",
        # delegates taken; an issue used; a show's title; a guard of honour inspected
        "He won in Puerto Rico, where he took all of the territory's 23 delegates.",
        "Both Ahmadinejad and Supreme Leader Ayatollah Ali Khamenei used the nuclear issue to stigmatize "
        "reformists in Iran.",
        "Iran used the nuclear issue against the United States.",
        "Mr. Pence told NBC's Meet the Press on Sunday that he would win.",
        "Mr Trump was invited to inspect the guard of honour in London.",
        # stocks that rally; a staircase stepped down; a return with nothing returned; money pulled;
        # a claim no one made; an investigation of a "between" that names no investigator
        "U.S. stocks rallied Wednesday, with the Dow logging its best gains of the year.",
        "Hillary Clinton steps down a staircase in New York.",
        "Earlier this year, senators were returning from Afghanistan after a weekend trip.",
        "The federal government is pulling billions of dollars out of health care.",
        "To date, no terrorist group has claimed responsibility for the EgyptAir disaster.",
        "The special counsel is investigating possible collusion between the Trump campaign and Russia.",
        # refusing to criticize is neither criticism nor a refusal of cooperation
        "The president declined to criticize Russia on Monday.",
        "Obama refused to condemn Israel.",
        # a boast's second verb under "could"; facts released; operations executed; work recognized
        "I could stand in the middle of Fifth Avenue and shoot somebody, and I wouldn't lose any voters.",
        "Authorities also released the nationalities of the 20 hostages found dead in Dhaka.",
        "Russian intelligence actors executed cyber espionage operations against the United States.",
        "People are now starting to recognize the amazing work that has been done by our military.",
        # background, not news: a relative clause, a clause on a noun, an act named after a
        # preposition, a purpose
        "The solar panels were all domestic, according to the White House, which declined to name the companies.",
        "Barr's letters have taken the wind from the sails of Democrats who had been pushing for impeachment.",
        "Apparently Trump was not on board with sanctioning Russia.",
        "American natural gas companies selling in China have seen their market diminish.",
        "He also embraced the plan to impose tariffs on Chinese steel.",
        "The government is organizing protests of itself to rally support for its policies.",
    ],
)
def test_events_aims_tasks_and_weather_are_no_events(nlp, text):
    assert coder.extract(Context(doc=nlp(text))) == []


@pytest.mark.parametrize(
    ("text", "a1", "root", "a2"),
    [
        ("France and Egypt signed an agreement.", "FRA", "05", "EGY"),
        ("Palestinians and Israelis failed to reach agreement on the fate of the offices.", "PSE", "12", "ISR"),
        ("Iran seeks to improve relations with Saudi Arabia.", "IRN", "03", "SAU"),
        ("Russia asked China for help.", "RUS", "02", "CHN"),
        ("The United States helped Ukraine.", "USA", "07", "UKR"),
        ("Obama flew to Iraq on Monday.", "USAGOV", "04", "IRQ"),
        # a trip on a noun is news, unlike "companies selling in China"
        ("Mr. Sechin is part of the Russian delegation traveling to Beijing.", "RUSGOV", "04", "CHNGOV"),
        ("Israel closed the border with Gaza.", "ISR", "19", "PSE"),
        ("President Trump cut a temporary deal with the Democrats.", "USAGOV", "05", "USAPTY"),
        ("Hamas admitted the attack on Israel.", "PSEREBHMS", "01", "ISR"),
        ("The EU imposed sanctions on Russia over Ukraine.", "IGOEUREEC", "16", "RUS"),
        ("Hamas carried out a series of attacks on Israel.", "PSEREBHMS", "19", "ISR"),
        ("Palestinian riots against Israeli military policies are still continuing.", "PSE", "14", "ISRMIL"),
        ("The prisoners executed by the Islamic State were Syrian soldiers.", "IMGMOSISI", "18", "SYRCVL"),
        ("Police forced the protesters to leave the square in Cairo.", "EGYCOP", "17", "EGYCVL"),
        ("Police in Cairo used tear gas against the protesters.", "EGYCOP", "17", "EGYCVL"),
        ("Syria used chemical weapons against rebels.", "SYR", "20", "SYRREB"),
        ("Republicans attacked the Obama administration's Iran deal.", "USAPTY", "11", "USAGOV"),
        ("Russian troops attacked the Ukrainian army's positions.", "RUSMIL", "19", "UKRMIL"),
        ("Putin left for Beijing on Monday.", "RUSGOV", "04", "CHNGOV"),
        ("The Cuban government released American aid worker Alan Gross.", "CUBGOV", "08", "USANGO"),
        ("President Trump was especially eager to deny the reports from Russia.", "USAGOV", "01", "RUS"),
        ("Italy announced a suspension of air links with Serbia on Wednesday.", "ITA", "16", "SRB"),
        ("Saudi Arabia's state news agency said the kingdom warned Iran not to incite turmoil.", "SAUMED", "13", "IRN"),
        ("F.B.I. officials declined to comment on Monday.", "USACOP", "01", None),
        ("The White House hit back at Senator Sanders on Tuesday.", "USAGOV", "11", "USALEG"),
        ("Russia returned the Kuril island of Shikotan to Japan.", "RUS", "08", "JPN"),
        ("Iranian forces have directly fired on Israeli positions.", "IRNMIL", "19", "ISR"),
        ("Talks were held between Iran and the United States in Geneva.", "IRN", "04", "USA"),
        ("Syria refused to accept the UN resolution.", "SYR", "12", "IGOUNO"),
        ("Russia recognized Kosovo.", "RUS", "05", "XKX"),
        ("Israeli troops fired at Palestinian protesters.", "ISRMIL", "19", "PSECVL"),
    ],
    ids=[
        "signed-together",
        "failed-together",
        "seek-cooperation",
        "asked-for",
        "helped",
        "flew-to",
        "traveling-to",
        "border",
        "cut-a-deal",
        "admitted-an-attack",
        "sanctions-on",
        "carried-out-attacks",
        "riots-by-a-people",
        "executed-by",
        "forced-by-police",
        "tear-gas",
        "chemical-weapons",
        "attacked-a-deal",
        "attacked-positions",
        "left-for",
        "released-a-worker",
        "eager-to-deny",
        "announced-a-suspension",
        "the-kingdom",
        "f-b-i",
        "hit-back",
        "returned-to",
        "fired-on",
        "talks-between",
        "refused-to-accept",
        "recognized-a-state",
        "fired-at",
    ],
)
def test_events_joint_acts_appeals_aid_and_trips_are_kept(nlp, text, a1, root, a2):
    assert codes(code_one(nlp, text)) == (a1, root, a2)


def test_events_two_mentions_of_one_actor_give_one_event(nlp):
    text = "White House and administration negotiators reached accord on a two-year budget on Monday."
    assert [codes(e) for e in coder.extract(Context(doc=nlp(text)))] == [("USAGOV", "05", None)]


def test_events_stopping_to_talk_is_talking(nlp):
    events = coder.extract(
        Context(doc=nlp("Senator Orrin Hatch stopped to talk with Russian diplomats in Washington."))
    )
    assert [e.root_code for e in events] == ["04"]


def test_actors_officers_are_police_in_a_police_story(nlp):
    police = "A gunman opened fire on white officers at a rally in Dallas, killing five, police said."
    army = "Syrian officers today ended mediation efforts between rival militias in Tripoli."
    assert codes(code_one(nlp, police))[2] == "COP"
    assert codes(code_one(nlp, army))[0] == "SYRMIL"


def test_actors_a_language_is_no_people():
    from dateline.events.actors import find_mentions

    def found(text: str) -> list[str]:
        return [text[m.start : m.end] for m in find_mentions(text, 0, len(text))]

    assert found("Lynn Morales teaches 8th grade English at a public school in Bloomington.") == []
    assert found("In French, the word means war.") == []
    assert found("Chinese warships sailed in Chinese waters.") == ["Chinese warships", "Chinese"]


def test_events_a_capital_naming_a_treaty_is_no_party(nlp):
    text = "Since assuming office, Trump has withdrawn from the Paris Climate Accord and the Trans-Pacific Partnership."
    assert all(e.actor2 is None or e.actor2.country_code != "FRA" for e in coder.extract(Context(doc=nlp(text))))


def test_actors_a_sector_word_read_as_a_verb_is_no_actor(nlp):
    e = code_one(nlp, "The Federal Trade Commission forces funeral homes in Ohio to disclose their prices.")
    assert e.actor1 is not None and e.actor1.sector != "MIL"


def test_events_location_is_where_it_happened_also_when_it_names_an_actor():
    """GDELT's ActionGeo: "held talks in Moscow" is with the Russian government and in Moscow."""
    rec = analyze("Kerry held talks in Moscow on Tuesday. Secretary Kerry met Iran's foreign minister in Geneva.")
    found = [(e.actor2 and e.actor2.code, e.location and e.location.name, e.location and e.location.country_code)
             for e in rec.events]  # fmt: skip
    assert found == [("RUSGOV", "Moscow", "RU"), ("IRNGOV", "Geneva", "CH")]


@pytest.mark.parametrize(
    ("text", "code", "where"),
    [
        # the place of another clause is not where the act happened
        ("Mr. Putin is in talks with President Xi Jinping in Beijing after the European Union agreed this "
         "month to extend sanctions against Russia.", "163", None),
        ("rosneft s chairman igor sechin is part of the russian delegation traveling to beijing as tensions "
         "with the west escalate over conflicts in ukraine and syria", "042", "Beijing"),  # the seed, degraded
        # a place named through the noun it heads or modifies, and a trip's destination
        ("Thousands of Iraqi Kurds demonstrated in the northern city of Kirkuk on Sunday.", "141", "Kirkuk"),
        ("U.S. and Russian negotiators return to Geneva this week for talks.", "046", "Geneva"),
        ("NATO sent troops into Kosovo on Monday.", "074", "Kosovo"),
        ("Russian President Vladimir Putin arrives in Beijing and meets President Xi Jinping.", "042", "Beijing"),
        ("Syrian troops fired on protesters, chased them through the streets and then shelled the market in Homs.",
         "193", "Homs"),
        ("Police arrested two protesters at a rally in Hong Kong.", "173", "Hong Kong"),
        # a place that only names the people of a phrase, or is part of an actor's name
        ("Trump and Xi were due to meet at this month's gathering of Asia-Pacific leaders in Chile.", "036", "Chile"),
        ("Fighters from al Qaeda in the Arabian Peninsula shot and killed an American hostage.", "193", None),
        ("Trump met supporters at the Turning Point USA Student Action Summit in Miami.", "040", "Miami"),
        # a place that only qualifies a thing is not where the act happened
        ("Russia has denied any interference in the 2016 U.S. election.", "016", None),
        # ... nor one under a topic, even when the parse hangs it on the act's clause
        ("As tensions with the West escalate over conflicts in Ukraine and Syria, Moscow has increasingly "
         "sought closer ties with Beijing.", "020", None),
        ("On Friday, Canada expressed concern over the arrests of activists in Saudi Arabia.", "012", None),
        # a wire photo caption's closing place and date: where the pictured act happened
        ("Protesters rally outside the federal court before a hearing on a lawsuit filed on behalf of Iraqi "
         "nationals facing deportation, in Detroit, Michigan, U.S., June 21, 2017.", "141", "Detroit"),
        ("Protesters in Paris denounced the government, officials said in Lyon.", "111", "Paris"),
        # ... though a place's own name may go on ("Washington State")
        ("A federal judge in Washington State blocked new rules meant to cut funding from clinics.", "162",
         "Washington"),
    ],
)  # fmt: skip
def test_events_location_is_in_the_acts_own_clause(text: str, code: str, where: str | None) -> None:
    rec = analyze(text)
    e = next(e for e in rec.events if e.code == code)
    assert (e.location and e.location.name) == where


def test_verbs_known_is_a_prefilter_of_match():
    """``known`` lets the coder skip words with no row; it must never hide one ``match`` finds."""
    assert verbs.known(["visit"]) and verbs.known(["lash"])  # "lash out" is a phrasal row
    assert not verbs.known(["weather", "weath"])
    for verb, rows in verbs.rules().items():
        head = verb.split()[0]
        assert verbs.known([head]), verb
        assert rows


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        # a phrase that holds an actor word but names no actor
        ("He won the general election.", []),
        ("The Justice Department inspector general said", ["USAJUD"]),
        ("fourteen people at a holiday office party", ["CVL"]),
        ("Clinton spoke at a town hall in Iowa.", ["USAGOV"]),
        ("the State of the Union address", []),
        # news outlets are media actors, not the capital in their name
        ("The Washington Post reported", ["USAMED"]),
        ("General Motors", ["USABUS"]),
        # a title two countries share, held in the country named before it
        ("Jordan's King Abdullah", ["JORGOV"]),
        ("King Abdullah", ["SAUGOV"]),
        ("the Canadian governor general", ["CANGOV"]),
    ],
)
def test_actors_phrases_that_name_no_actor(text, codes):
    found = actors.find_mentions(text, 0, len(text), actors.load_actors())
    assert [m.actor(text).code for m in found] == codes


@pytest.mark.parametrize(
    "text",
    [
        # a stance, not an act
        "There were plenty of Republicans implacably opposed to Trump, but their votes were split among a field.",
        # a rate, not an act; an act not yet done
        "Police kill about 1,000 people in the U.S. every year.",
        "Trump has yet to meet in person with any protest leaders.",
        # officers dismissed, not shot at
        "Three other police officers have been fired.",
        # a disease is no one's act
        "Globally, the flu kills hundreds of thousands of people annually.",
        # an election won by points; those who say so are no party to what they report
        "In 2012, Obama beat Romney by 11 points among women voters.",
        "Cell towers have been destroyed in arson attacks that officials and companies say are fueled by rumors.",
        # the verb the act hangs on is negated; a negated noun; "can't" speculates
        "The United States and NATO do not need to send combat forces to Ukraine.",
        "There were no massive demonstrations against America in Germany.",
        "We can't allow people from Syria into the country.",
        "Russia does not intend to attack Ukraine.",
    ],
)
def test_events_negated_supposed_and_reported_by_are_no_events(nlp, text):
    assert coder.extract(Context(doc=nlp(text))) == []


def test_events_negated_promise_of_cooperation_is_a_refusal(nlp):
    assert codes(code_one(nlp, "Russia did not agree to send troops to Syria.")) == ("RUS", "12", "SYR")


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        ("One soldier killed and one wounded in vehicle attack", "MIL"),
        ("Two police officers wounded in knife attack", "COP"),
    ],
)
def test_events_a_headline_participle_names_the_victim(nlp, text, victim):
    e = code_one(nlp, text)
    assert e.actor1 is None and e.actor2 is not None and e.actor2.sector == victim


def test_events_an_argument_is_not_found_in_its_own_clause(nlp):
    """ "criticized Ford, who testified before the Senate committee": the committee is not criticized;
    the object's own noun phrase still names its actor ("criticized the leaders of Russia")."""
    doc = nlp("Donald Trump criticized Christine Blasey Ford, who testified before the Senate judiciary committee.")
    text = doc.text
    found = actors.find_mentions(text, 0, len(text), actors.load_actors())
    ford = next(t for t in doc if t.text == "Ford")
    assert coder._mention_at(ford, found) is None
    e = code_one(nlp, "Donald Trump criticized the leaders of Russia, who met in Moscow.")
    assert e.actor2 is not None and e.actor2.country_code == "RUS"


def test_events_attribution_and_party_labels_are_no_parties(nlp):
    text = "Software companies will also assist the agency, according to Julie Bataille, spokeswoman for the Centers."
    assert coder.extract(Context(doc=nlp(text))) == []  # not the spokeswoman, and the agency is no actor
    e = code_one(nlp, "Rep. Lou Barletta (R-PA) said the lawmakers criticized the president.")
    assert (e.actor1 and e.actor1.code, e.actor2 and e.actor2.code) == ("LEG", "GOV")  # no Palestinian Authority


def test_events_an_interview_is_where_it_was_said(nlp):
    """ "In an interview with Fox News": the outlet is where Trump spoke, not whom he acted on; a
    letter is addressed to its target."""
    text = "In an interview with Fox News on Wednesday, Trump vowed to release classified documents."
    assert all(e.actor2 is None or e.actor2.sector != "MED" for e in coder.extract(Context(doc=nlp(text))))
    e = code_one(nlp, "In a letter to Congress, the White House threatened to veto the bill.")
    assert (e.actor1.code, e.root_code, e.actor2 and e.actor2.code) == ("USAGOV", "13", "USALEG")


def test_events_an_outlet_told_is_not_the_doer(nlp):
    e = code_one(nlp, "Cameron told CNN that his country supports these American strikes.")
    assert (e.actor1 and e.actor1.code, e.root_code) == ("GBRGOV", "05")


def test_events_a_bare_legislature_in_a_us_politics_story_is_american():
    """ "The Senate" in a story about Congress and Russia is the U.S. Senate, not RUSLEG."""
    text = (
        "Congress returned on Monday. The Senate Intelligence Committee backed the finding that "
        "Russian President Vladimir Putin ordered a campaign to interfere in the election, and "
        "Republicans rejected the Russian denials."
    )
    codes_found = {a.code for e in analyze(text).events for a in (e.actor1, e.actor2) if a}
    assert "USALEG" in codes_found and not {"RUSLEG", "RUSPTY"} & codes_found
    found = {
        a.code
        for e in analyze(text.replace("Congress", "The parliament").replace("Republicans", "lawmakers")).events
        for a in (e.actor1, e.actor2)
        if a
    }
    assert "USALEG" not in found  # no sign of U.S. politics: the sentence's country, as before


def test_events_a_namesake_of_a_known_leader_is_not_the_leader(nlp):
    """ "Hunter Biden" is not Joe Biden, "Stephanie Rawlings-Blake" not Jerry Rawlings; the
    leader's own full name and a bare surname still are."""
    assert analyze("Hunter Biden met Ukrainian officials.").events == []
    e = analyze("Mayor Stephanie Rawlings-Blake imposed a curfew on Baltimore.").events[0]
    assert e.actor1 is not None and e.actor1.country_code != "GHA"
    assert [e.actor1.code for e in analyze("Joe Biden met Ukrainian officials. Biden criticized Russia.").events] == [
        "USAGOV",
        "USAGOV",
    ]


def test_events_a_cited_outlet_places_no_one():
    """ "according to the BBC": the town the Turkish government restricts is not British."""
    text = (
        "The Turkish government has imposed a crushing set of restrictions on the town of Cizre, where, "
        "according to the BBC, residents say they have been unable to buy food."
    )
    assert [(e.actor1.code, e.actor2 and e.actor2.code) for e in analyze(text).events][:1] == [("TURGOV", "TURCVL")]


def test_events_politicians_clash_in_words_protesters_with_police_in_deed(nlp):
    e = code_one(nlp, "Democrats have clashed with Republicans in Congress over who is to blame.")
    assert e.root_code == "11"
    e = code_one(nlp, "Protesters clashed with police in Cairo.")
    assert (e.root_code, e.actor2 and e.actor2.sector) == ("19", "COP")


def test_events_a_country_in_a_persons_name_is_no_actor():
    """ "Broward County Sheriff Scott Israel" is not Israel."""
    text = "Broward County Sheriff Scott Israel declined to comment on the gunman."
    assert all("ISR" not in (a.code or "") for e in analyze(text).events for a in (e.actor1, e.actor2) if a)
    assert [e.actor1.code for e in analyze("Israel attacked Syria.").events] == ["ISR"]


@pytest.mark.parametrize(
    "text",
    [
        # a fact granted, not a concession made or a state recognized
        "But Mr. Obama also conceded that Mrs. Clinton used poor judgment.",
        # a counterfactual
        "Had Maryland seceded, Washington would have been surrounded by enemy armies.",
        # an election won, a video taken, a crowd going home, company kept
        "Trump beat Clinton in the Electoral College 304 to 227.",
        "The video was captured by GEO Group employees whose shifts had ended.",
        "For the second night in a row, protesters peacefully dispersed after a curfew.",
        "At his speech, Trump was surrounded by families who had experienced the effects of the law.",
        # documents released, not people; an official dismissed, not shot at
        "House Democrats released hundreds of pages of new documents related to the inquiry into President Trump.",
        "Trump fired former FBI Director James Comey on May 9, 2017.",
        "A book by James Comey, the former FBI director fired by Mr. Trump, is due out on April 17.",
        # a war's name is no party
        "So when Trump decided to attack the Iraq War, the crowd took it personally.",
    ],
)
def test_events_facts_granted_counterfactuals_and_ordinary_senses_are_no_events(nlp, text):
    assert coder.extract(Context(doc=nlp(text))) == []


def test_events_the_senses_kept_beside_the_ordinary_ones(nlp):
    """The rules above leave the political senses alone."""
    assert codes(code_one(nlp, "Israeli troops fired on Palestinian protesters.")) == ("ISRMIL", "19", "PSECVL")
    assert code_one(nlp, "Police used tear gas to disperse the crowd.").root_code == "17"
    assert codes(code_one(nlp, "Russia recognized the independence of Abkhazia."))[1] == "05"
    assert codes(code_one(nlp, "Iraqi troops surrounded the town of Fallujah."))[1] == "19"


def test_events_a_country_naming_a_topic_and_a_religion_place_no_one(nlp):
    """ "the Iran deal" is a topic, not Iran; "Christians" are of no country (they were coded as the
    country "CHR" and placed the mayor there); "Egyptian Copts" are Egypt's."""
    text = "The Obama administration during the negotiation of the Iran deal misled the American people."
    assert all(e.actor1 is None or e.actor1.country_code != "IRN" for e in coder.extract(Context(doc=nlp(text))))
    e = code_one(nlp, "The mayor also took aim at evangelical Christians.")
    assert (e.actor1.country_code, e.actor2.code) == (None, "CHR")
    assert codes(code_one(nlp, "Police arrested Egyptian Copts."))[2] == "EGYCHR"


@pytest.mark.parametrize(
    "text",
    [
        # accepting, not resigning; let in, not owning up; effort spent, not money
        "Many Democrats seem resigned to having her as their nominee.",
        # a retort, not gunfire
        "Boehner's office fired back, with a spokesman saying the debt ceiling is a reminder that \"under "
        "President Obama, Washington has failed to deal seriously with America's debt and deficit.\"",
        # where he spoke is not who spoke
        "He came out against the war in a speech at Riverside Church, publicly criticizing the president.",
    ],
)
def test_events_idioms_and_places_of_speech_are_no_events(nlp, text):
    assert [e for e in coder.extract(Context(doc=nlp(text))) if e.root_code != "11"] == []
    assert all(e.actor1 is not None and e.actor1.sector != "REL" for e in coder.extract(Context(doc=nlp(text))))


def test_events_a_named_person_acted_on_is_not_replaced_by_a_deeper_mention(nlp):
    """ "found Mr. Brunson guilty of aiding terror groups": the groups are the charge, not the target."""
    e = code_one(nlp, "A Turkish court found Mr. Brunson guilty of aiding terror groups.")
    assert (e.actor1.code, e.actor2) == ("TURJUD", None)


def test_events_unwilling_is_a_refusal(nlp):
    e = code_one(nlp, "The general is unwilling to hand Mr Bashir over to the ICC.")
    assert (e.root_code, e.actor2 and e.actor2.code) == ("12", "SDNGOV")


@pytest.mark.parametrize(
    "text",
    [
        # questions report nothing
        "\"Why would [Ukrainian] President Zelenskiy's inner circle or Minister Avakov or all these people or "
        "President Poroshenko meet with me?",
        "Do American companies even consider themselves American anymore?",
        # an air crash is no one's act
        "A Russian passenger jet crashed after takeoff, killing all 71 people on board.",
        # a fact insisted on, a group labelled
        "A lawyer hired by the police union insisted the officers did nothing wrong.",
        "Turkey considers the PKK a terrorist group.",
        # ordinary senses: answers yielded, town left, a campaign abandoned, the Fifth pleaded, a
        # chamber retaken
        "And while McConnell's asking Kentucky to give him a shot as majority leader, asking McConnell exactly "
        "what he'll do with that job still yields vague answers.",
        "Congress returns this week but then leaves town for Thanksgiving.",
        "Republicans Tommy Thompson and Tim Pawlenty abandoned their presidential campaigns that year.",
        "Democrats seek to retake majority control of the House and Senate from Republicans.",
    ],
)
def test_events_questions_crashes_facts_and_more_ordinary_senses_are_no_events(nlp, text):
    assert coder.extract(Context(doc=nlp(text))) == []


def test_events_who_did_what_to_whom_in_harder_phrasings(nlp):
    # a shared object: the doers are the subject, not the victims of a headline participle
    e = code_one(nlp, "Saudi intelligence officials and a forensic doctor killed and dismembered Khashoggi.")
    assert (e.actor1.code, e.root_code) == ("SAUSPY", "19")
    # a demand in the subjunctive stays a demand; a policy considered stays one
    assert code_one(nlp, "The protesters insisted that the governor resign.").root_code == "10"
    assert codes(code_one(nlp, "Turkey is considering sanctions against Syria.")) == ("TUR", "01", "SYR")
    # "in court" is where, not whom
    assert code_one(nlp, "The union filed a lawsuit in court to block the law.").actor2 is None
    # the possessor of an assassination is its victim; a city before "attacks" is where they were
    assert coder.extract(Context(doc=nlp("The ambassador's assassination came at a time of thawing relations."))) == []
    text = "The visits follow the Paris attacks, for which ISIS claimed responsibility."
    assert all(e.actor1.code != "FRAGOV" for e in coder.extract(Context(doc=nlp(text))) if e.actor1)
    assert codes(code_one(nlp, "Russia's attacks on Ukraine continued."))[::2] == ("RUS", "UKR")
    # a claim's content is not what is rejected
    text = "Trump dismissed the claims that his advisers had close ties to Russia."
    assert all(e.actor2 is None or e.actor2.code != "RUS" for e in coder.extract(Context(doc=nlp(text))))


def test_actors_think_tanks_and_sailors(nlp):
    text = "He has support from policy-minting think tanks and big donors, and the party backs him."
    assert all("MIL" not in (a.code or "") for e in analyze(text).events for a in (e.actor1, e.actor2) if a)
    e = code_one(nlp, "A U.S. sailor opened fire on three civilian employees at Pearl Harbor.")
    assert e.actor1.code == "USAMIL"


@pytest.mark.parametrize(
    "text",
    [
        # a storm, a fire, a flight: no one acted
        "At least 33 people have been killed in eastern Texas in the aftermath of the storm.",
        "Residents watched their homes burn on TV.",
        "Most people had evacuated from the town.",
        # the camp a candidate backs is no party
        "Candidates in the pro-Beijing camp were violently attacked.",
        # ordinary senses: a prison left, shelters opened, people enrolled, remarks dismissed
        "Lula walked out of the jail on Friday.",
        "Nineteen fire shelters were deployed, and some of the firefighters were found inside them, Mike "
        "Reichling, Arizona State Forestry Division spokesman, told the Arizona Republic.",
        "The government will need to sign up lots of people.",
        "Even some of Trump's own supporters wrote off his more provocative campaign comments.",
    ],
)
def test_events_disasters_stances_and_ordinary_senses_are_no_events(nlp, text):
    assert coder.extract(Context(doc=nlp(text))) == []


def test_events_a_passive_verb_joined_to_an_active_one_acts_on_the_subject(nlp):
    text = "Lula was favourite to win the election but was imprisoned after a corruption scandal."
    e = code_one(nlp, text)
    assert (e.actor1, e.actor2 and e.actor2.code, e.root_code) == (None, "BRAGOV", "17")
    # a killing in a wave of attacks is still one
    assert code_one(nlp, "Five people were killed in a wave of attacks in Baghdad.").root_code == "19"


def test_events_a_country_after_a_city_is_where(nlp):
    """ "in Phnom Penh, Cambodia, for a summit": Cambodia says where, it did not hold the summit."""
    text = "Obama and Clinton were in Phnom Penh, Cambodia, for a summit with leaders of Asian nations."
    assert all(e.actor1 is None or e.actor1.code != "KHM" for e in coder.extract(Context(doc=nlp(text))))


@pytest.mark.parametrize(
    "text",
    [
        # a figure of speech, also on a verb read as a noun; a disaster's path; a habit
        "President Obama, after offering condolences and praise for Paris, strikes a hopeful note.",
        "On Tuesday, visiting hurricane hit Puerto Rico, he joked.",
        "Criminals are convicted on such evidence all the time.",
        # sentences handed out, seats defended, products deployed, a theory offered, reporters' questions
        "Over the summer, judges handed out below-guideline sentences in a majority of all cases.",
        "The good news for Democrats is that they appear poised to defend Senate seats in Ohio.",
        "Theranos claimed its products were deployed by the U.S. Department of Defense in Afghanistan.",
        "But Trump spokeswoman Katrina Pierson offered an alternate theory, that the women were making public "
        "their allegations now.",
        "The spokesmen used identical language when pressed by reporters about the operation.",
        "That's the same operation U.S. authorities say meddled in the 2016 presidential election and, according "
        "to the latest charges, continues to feed the angry discourse in the U.S. in an attempt to sow discord.",
    ],
)
def test_events_figures_habits_and_questions_put_are_no_events(nlp, text):
    assert coder.extract(Context(doc=nlp(text))) == []


def test_events_officials_of_two_states_agreeing_agree_with_each_other(nlp):
    text = "Senior Hungarian and Romanian officials agreed that their countries should cooperate to help refugees."
    assert {(e.actor1.code, e.actor2 and e.actor2.code) for e in coder.extract(Context(doc=nlp(text)))} == {
        ("HUNGOV", "ROUGOV"),
        ("ROUGOV", "HUNGOV"),
    }


def test_actors_party_committees_and_a_report_named_for_a_country(nlp):
    e = code_one(nlp, "The police union had earlier blasted the DNC.")
    assert (e.root_code, e.actor2.code) == ("11", "USAPTY")
    text = "House committee chairs have readied subpoenas to demand the full release of Mueller's Russia report."
    assert all(e.actor2 is None or e.actor2.code != "RUS" for e in coder.extract(Context(doc=nlp(text))))


@pytest.mark.parametrize(
    "text",
    [
        # dismissed, not shot at; a political fight with no named doer; a rebuttal
        "Just hours after being fired from his position as White House senior advisor, Bannon declared war.",
        "Sondland fought back against allegations that his efforts with Kyiv were irregular.",
        # a habit quit, a directive signed, systems closed, a rumour, a case's name, a word's first part
        "Trump hasn't stopped tweeting, nor has he quit his habit of launching into new fights.",
        "Trump also delayed signing a directive to move forward on his voter fraud probe and pushed back a "
        "meeting with the heads of tax-writing committees in the House and Senate.",
        "The State Department repeatedly closed its systems to throw out the intruders.",
        "Talk of the president obstructing justice resurfaced after his former national security adviser pleaded "
        "guilty to lying to the FBI.",
        "Politicians have battled on Capitol Hill over the Citizens United decision.",
        "They have replaced the Church, but they are closed-minded dogmatists, too.",
    ],
)
def test_events_dismissals_political_fights_and_word_parts_are_no_events(nlp, text):
    assert [e for e in coder.extract(Context(doc=nlp(text))) if e.root_code in ("17", "19", "04", "05", "08")] == []


def test_events_talking_someone_out_of_something_is_still_talk(nlp):
    text = "President Obama sent his secretary of state to Congress to try to talk lawmakers out of passing sanctions."
    assert codes(code_one(nlp, text)) == ("USAGOV", "04", "USALEG")


def test_boilerplate_a_bracketed_photo_credit_is_residue():
    from dateline.restore.boilerplate import find_boilerplate

    text = "People protest against the tradition in Eindhoven [Joris van Gennip/Al Jazeera]\n\nThey said [sic] no."
    assert [(b.kind, text[b.start : b.end]) for b in find_boilerplate(text)] == [
        ("caption", "[Joris van Gennip/Al Jazeera]")
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a prediction with no one acting; property destroyed by no one named
        "Analysts predict Yanukovych will be arrested.",
        "Nearly 800 homes and other buildings were destroyed since Monday.",
        # topics of a talk, a label, a poll, coverage
        "The administration said it no longer considers Israeli settlements in the West Bank to be a violation "
        "of international law, reversing four decades of American policy.",
        "63 percent of Trump's supporters believe things in the United States generally favor other people.",
        "CNN discussed Putin's decision to invade.",
        # ordinary senses: a ruling reinforced, an argument stood by, views suppressed, letters sent
        "A federal judge on October 17 reinforced the circuit court's ruling.",
        "Mr. Trump has stood by his statements about Mexican immigrants.",
        "They are partisan Democrats, and they are amplifying the views they agree with, and they are "
        "suppressing the views of conservatives.",
        # a name that ends in a leader's surname or a royal title
        "Several Democratic senators on Thursday called on Burger King to reverse its decision.",
        "One of my favorite quotes of Dr. King was when he was asked what his favorite demonstration was.",
    ],
)
def test_events_predictions_topics_and_names_are_no_events(nlp, text):
    assert coder.extract(Context(doc=nlp(text))) == []


def test_events_names_and_clauses_that_no_longer_mislead(nlp):
    # "Des Peres" is a town, not Shimon Peres; "Mr. Peres" and "Saudi King Salman" are who they are
    assert code_one(nlp, "Des Peres Police Capt. Sean Quinn declined comment.").actor1.country_code != "ISR"
    assert code_one(nlp, "Mr. Peres met Arafat.").actor1.code == "ISRGOV"
    assert code_one(nlp, "Saudi King Salman met President Trump.").actor1.code == "SAUGOV"
    # the assassination after which someone was arrested is when, not whom
    text = "Lee Harvey Oswald was arrested following the assassination of President John F. Kennedy."
    assert all(e.actor2 is None or e.actor2.code != "USAGOV" for e in coder.extract(Context(doc=nlp(text))))
    # a cue in a clause describing a noun is not what a warning is about
    text = "Obama also warned Republicans to raise the debt ceiling that the government expects to hit Oct. 17."
    assert code_one(nlp, text).code == "130"
    # territory captured is occupied, not arrested
    assert code_one(nlp, "Israel captured the West Bank in the 1967 war.").root_code == "19"


def test_events_an_intent_carries_the_sub_code_of_the_act_intended(nlp):
    """CAMEO 0331: "agree to ... provide economic aid"; 0312 for military cooperation."""
    e = code_one(nlp, "Two Chinese state banks agreed to provide Moscow with more than $12 billion in loans.")
    assert (e.actor1.code, e.code, e.actor2.code) == ("CHNBUS", "0331", "RUSGOV")
    text = "China is unable and unwilling to provide a quick fix for Russia's economic problems."
    assert code_one(nlp, text).root_code == "12"


@pytest.mark.parametrize(
    "text",
    [
        # a retort, a chance destroyed, contempt harboured, a nomination locked up, an event left
        '"CNN just posted its most-watched second quarter in history," the network\'s communications '
        "department shot back.",
        "Netanyahu's determination to address Congress has all but destroyed any chance of new sanctions.",
        "The Journal would have us believe that Obama harbors contempt for Republicans.",
        "Trump had won the Indiana primary and all but locked up the nomination.",
        "On Friday, Trump pulled out of CPAC.",
        # studios evacuated, a decision released, insurance bought, convictions amassed, a career rocketing
        "Separately, CNN evacuated its studios in New York City after a suspicious package was found.",
        "The fact remains that not nearly as many Americans will buy insurance if the government doesn't "
        "require them to, analysts say.",
        "Illegal immigrants amassed 50 percent fewer convictions than native-born Americans.",
        "Ryan rocketed to the top ranks of his party.",
        # talk about, a campaign's fight with the press
        "The Clinton campaign plans to spend less time fighting the press.",
    ],
)
def test_events_more_ordinary_senses_and_words_are_no_events(nlp, text):
    assert [e for e in coder.extract(Context(doc=nlp(text))) if e.root_code not in ("11",)] == []


def test_events_raised_subjects_partners_and_relative_pronouns(nlp):
    # "is said to be investigating": the FBI investigates
    e = code_one(nlp, "The FBI is said to be investigating contact between Russian officials and the campaign.")
    assert (e.actor1.code, e.root_code) == ("USACOP", "09")
    # an ally in the use of force is not its target; nor are allies each other's
    text = "The United States launched six more airstrikes near the dam in support of Iraqi Security Force operations."
    assert all(e.actor2 is None or e.actor2.country_code != "IRQ" for e in coder.extract(Context(doc=nlp(text))))
    text = "Great Britain and Australia would be willing to join the United States in a campaign of airstrikes."
    assert coder.extract(Context(doc=nlp(text))) == []
    # a relative pronoun stands for its noun, which the dictionary does not know
    text = "Trump defended Flynn, and Judicial Watch, a group that's filed a lawsuit about the calls, backs him."
    assert all(e.code != "115" for e in coder.extract(Context(doc=nlp(text))))
    # the press fought in words; soldiers attacking journalists still fight
    assert code_one(nlp, "Trump attacked the press.").root_code == "11"
    assert code_one(nlp, "Soldiers attacked journalists in Cairo.").root_code == "19"
    # a meeting left is talks halted
    assert code_one(nlp, "Mr Trump pulled out of that meeting with the Chinese president.").code == "164"


@pytest.mark.parametrize(
    "text",
    [
        "Specifically targeted: The H-1B visa program, which allows foreign workers into the United States.",
        "The decision strikes a severe blow to the citizens of our Commonwealth.",
    ],
)
def test_events_aims_without_a_doer_technology_used_and_blows_struck_are_no_events(nlp, text):
    assert coder.extract(Context(doc=nlp(text))) == []


def test_events_insults_traded_are_criticism_and_named_jets_still_target(nlp):
    found = {codes(e) for e in coder.extract(Context(doc=nlp("President Trump and President Rouhani traded insults.")))}
    assert found == {("USAGOV", "11", "IRNGOV"), ("IRNGOV", "11", "USAGOV")}
    assert codes(code_one(nlp, "Israeli jets targeted Hamas positions in Gaza.")) == ("ISRMIL", "19", "PSEREBHMS")


def test_events_a_long_run_keeps_political_fights_in_words(nlp):
    """An unpunctuated run (``_code_long``, over 60 tokens) applies the same figure-of-speech rule:
    lawmakers attacking an administration is criticism (it was 190)."""
    run = " ".join(["the senate will vote on the bill next week and"] * 7)
    doc = nlp(run + " democrats in congress attacked the obama administration over the deal")
    assert len(list(doc.sents)[0]) > coder.LONG
    assert [codes(e) for e in coder.extract(Context(doc=doc))] == [("USALEG", "11", "USAGOV")]


def test_verbs_rows_for_ordinary_senses():
    """Rows whose whole-sentence effect needs an article's context: the table gives their veto."""
    for lemma, particle, words in [
        ("use", None, {"nuclear", "technology", "purpose"}),  # "only use nuclear technology for peaceful purposes"
        ("plead", None, {"the", "fifth"}),  # "would plead the Fifth"
        ("trade", None, {"insult"}),  # criticism, not trade
        ("invest", None, {"political", "capital"}),  # "invested considerable political capital in freeing"
    ]:
        rule = verbs.match(lemma, particle, words, True)
        assert rule is not None and rule.code in ("-", "111"), (lemma, rule)


def test_events_rules_seen_at_the_token(nlp):
    """Rules seen on AllSides sentences whose other words hide them when parsed alone."""
    doc = nlp("The Supreme Court has long recognized that there may be a line between discretion and policy.")
    recognized = next(t for t in doc if t.lemma_ == "recognize")
    assert coder._admits_a_fact(recognized, verbs.Rule("recognize", frozenset(), "054", "", False))
    doc = nlp("We invite any city of the Commonwealth to be admitted to the body politic of the State.")
    admitted = next(t for t in doc if t.lower_ == "admitted")
    assert coder._admits_a_fact(admitted, verbs.Rule("admit", frozenset(), "015", "", False))
    doc = nlp("The nine justices release their decision this week.")
    release = next(t for t in doc if t.lemma_ == "release")
    assert coder._published(release, verbs.Rule("release", frozenset(), "084", "", False))
    doc = nlp("Pompeo spoke about Iran and protests in Hong Kong.")  # a topic, not a protest
    assert coder._background(next(t for t in doc if t.lower_ == "protests"))
    doc = nlp("There is increasing talk about a brokered convention.")
    assert coder._idiom(next(t for t in doc if t.lower_ == "talk"))
    # unidentified forces are a guess at a doer: with a politician as target, a fight is words
    a1 = Actor("Iowa", "unidentified forces (Iowa)", "USAUAF", "USA", "UAF", 0, 4)
    a2 = Actor("Clinton", "Hillary Clinton", "USAGOV", "USA", "GOV", 5, 12)
    doc = nlp("He fought Clinton to a draw.")
    assert coder._polemic(next(t for t in doc if t.lower_ == "fought"), a1, a2)


def test_events_he_is_not_the_counterpart_named_in_his_own_clause(nlp):
    """ "In a phone call with President Zelenskiy, he is said to have asked ...": "he" asked Zelenskiy;
    with no other antecedent in the sentence, no doer is guessed."""
    text = (
        "In a summer phone call with Ukrainian President Volodymyr Zelenskiy, he is said to have asked for help "
        "investigating former Vice President Biden and his son Hunter."
    )
    assert all(e.actor1 is None or e.actor1.country_code != "UKR" for e in coder.extract(Context(doc=nlp(text))))


def test_events_places_partners_topics_and_acronyms(nlp):
    # an attack's place places its unnamed attackers; militants storming a school attack it
    text = "On Easter Sunday this year, terrorists bombed Christian churches in Sri Lanka, killing hundreds."
    assert code_one(nlp, text).actor1.code == "LKAREB"
    text = "Militants stormed the military-run school in northwest Pakistan, killing more than 140 people."
    assert codes(code_one(nlp, text))[:2] == ("PAKREB", "19")
    # what two states consult on is a topic: they consult each other
    found = {codes(e) for e in coder.extract(Context(doc=nlp("U.S. and Israel agree to continue to consult on Iran.")))}
    assert found == {("USA", "03", "ISR"), ("ISR", "03", "USA")}
    # an ambassador to China is not China's; "Andy Ngo" is no NGO; pepper spray is repression
    text = "The former Utah governor and ambassador to China said he had received a lot of questions."
    assert all(e.actor1 is None or e.actor1.country_code != "CHN" for e in coder.extract(Context(doc=nlp(text))))
    text = "Last June, Ngo himself was attacked by Antifa while covering their confrontation."
    assert all(e.actor2 is None or e.actor2.code != "NGO" for e in coder.extract(Context(doc=nlp(text))))
    assert code_one(nlp, "The NGO criticized the government.").actor1.code == "NGO"
    assert code_one(nlp, "Officers deployed pepper spray during the incident.").code == "175"
    # "in the Senate" is where; "hit back at Senator Sanders" is whom
    text = "The Democrats are refusing either of those options in the Senate."
    assert all(e.actor2 is None for e in coder.extract(Context(doc=nlp(text))))
    assert codes(code_one(nlp, "The White House hit back at Senator Sanders on Tuesday."))[2] == "USALEG"


@pytest.mark.parametrize(
    "text",
    [
        "Ultimately, the Montana Supreme Court struck down the entire tax credit program for all private schools.",
        "Meanwhile, Ted Cruz has been whipping Trump in the quiet, early race to elect his own loyalists.",
        "This week nicely captures the two paths, or the two options, that lay before Republicans.",
        "Trump brilliantly seized upon this.",
    ],
)
def test_events_rulings_races_and_paths_are_no_events(nlp, text):
    assert coder.extract(Context(doc=nlp(text))) == []


def test_actors_georgians_of_the_us_state_are_american():
    """Where the places step resolved Georgia to the U.S. state, its people are American; the
    country's people stay Georgian."""
    text = (
        "ATLANTA (AP) — Georgia Gov. Brian Kemp on Monday extended the state of emergency in Georgia, the U.S. state. "
        "The governor has encouraged Georgians to mask up."
    )
    assert [e.actor2.code for e in analyze(text).events if e.actor2] == ["USACVL"]
    text = "Georgian troops clashed with Russian forces in South Ossetia."
    assert analyze(text).events[0].actor1.code == "GEOMIL"


@pytest.mark.parametrize(
    "text",
    [
        # a crash is no one's act; a shutdown is no one's sanction; a generic act is talked about
        "Combined, the accidents killed 346 passengers and crew.",
        "The government shuts down Sept. 30.",
        'Chinese Foreign Minister Wang Yi said Friday, "Imposing tariffs is definitely not the right way."',
        # a building, a stance, an office, a budget, a stigma, a family campaigning
        "Ron Dermer, Israel's ambassador to the United States, also visited Trump Tower.",
        "The Obama campaign and other Democrats have attacked Romney over his opposition to the bailout.",
        "Now, when a Republican occupies the White House, the deficit suddenly matters again.",
        "Trump's budget requires approval from Congress.",
        "We are really beating back the stigma that people hold for the folks of West Virginia.",
        "Jeb has hung on, deploying his mother, former First Lady Barbara Bush, in South Carolina.",
    ],
)
def test_events_crashes_shutdowns_buildings_and_stances_are_no_events(nlp, text):
    assert coder.extract(Context(doc=nlp(text))) == []


def test_events_non_state_armed_groups_abduct_and_tariffs_answer_tariffs(nlp):
    text = "In October 2014, ISIS's Algerian branch captured a French mountain climber and beheaded him on tape."
    assert code_one(nlp, text).code == "181"
    text = "China retaliated to that move by taxing $110 billion in US goods."
    assert code_one(nlp, text).code == "163"
    # a budget released is a document, not funds (the table's "billion" row): read at the token
    doc = nlp("President Trump released a $4 trillion budget.")
    released = next(t for t in doc if t.lower_ == "released")
    assert coder._published(released, verbs.Rule("release", frozenset(), "071", "", False))


@pytest.mark.parametrize(
    "text",
    [
        # a travel warning, a document deployed, a counterfactual deployment, rumours combated
        "The State Department on Wednesday issued a travel warning for Hong Kong.",
        "The FBI deployed the Steele dossier to obtain at least one wiretap.",
        "Had the U.S. wished to deter Turkey indefinitely, it would have had to deploy far more troops in Syria.",
        "As the scandal evolved, aides suddenly had to combat reports that classified information may have been "
        "emailed, leading Clinton to eventually modify her original denials.",
        # an email sent, a job market entered, a sales figure hit, supporters quarrelling
        "A spokesman for the Republican National Committee blasted out an email to reporters.",
        "A retired police officer says it won't be worth re-entering the work force if new taxes kick in.",
        "The President said China will hit $50 billion in U.S. agriculture imports.",
        "A Hillary Clinton supporter clashes with a Donald Trump supporter outside the White House.",
    ],
)
def test_events_warnings_documents_markets_and_supporters_are_no_events(nlp, text):
    assert [e for e in coder.extract(Context(doc=nlp(text))) if e.root_code != "05"] == []


def test_events_politicians_strike_back_and_clash_in_words(nlp):
    assert codes(code_one(nlp, "Obama struck back at Republicans on Tuesday.")) == ("USAGOV", "11", "USAPTY")
    text = "Iranian authorities have continued to clash with the IAEA."
    assert code_one(nlp, text).root_code == "11"
    assert codes(code_one(nlp, "U.S. deploys F-22s to South Korea.")) == ("USA", "15", "KOR")
    assert codes(code_one(nlp, "Israeli forces entered Jenin on Monday.")) == ("ISRMIL", "19", None)


def test_events_a_country_naming_sanctions_is_their_target(nlp):
    text = "The Obama administration imposed Iran sanctions in 2012."
    assert codes(code_one(nlp, text)) == ("USAGOV", "16", "IRN")
    text = "For the Russia sanctions, the final sticking point was over whether Democrats would have power."
    assert all(e.actor1 is None or e.actor1.code != "RUS" for e in coder.extract(Context(doc=nlp(text))))


def test_events_conflict_verbs_taken_from_petrarch_groups(nlp):
    text = "Iran's foreign minister belittled the United States on Sunday."
    assert codes(code_one(nlp, text)) == ("IRNGOV", "11", "USA")
    assert code_one(nlp, "Egyptian police rearrested the activist Alaa Abd El-Fattah.").code == "173"


def test_events_an_outlet_addressed_and_a_sanctions_bill_are_no_targets(nlp):
    text = "China denied the report in a statement to Reuters, and said it firmly opposes cyberattacks."
    assert codes(code_one(nlp, text)) == ("CHN", "01", None)
    text = "Congress has reached a final deal on new Russia sanctions legislation, leaders announced Saturday."
    assert codes(code_one(nlp, text)) == ("USALEG", "05", None)


def test_events_georgia_listed_with_us_states_is_the_us():
    text = "Republicans have objected to or blocked expansions of such voting in Arizona, Georgia and Pennsylvania."
    assert all("GEO" not in (a.code or "") for e in analyze(text).events for a in (e.actor1, e.actor2) if a)


@pytest.mark.parametrize(
    "text",
    [
        # a policy or a conflict is no doer, even when an actor names it
        "Obama’s policies killed a lot of innocent people.",
        "RELATED: Gaza conflict offers Egypt's new leader a defining moment, but it's brief",
        # a cause fought for, a case made, a case closed, a video released, an attack as a time
        "Hillary Clinton often says she wants to close my campaign the way I began my career: fighting for kids "
        "and families.",
        "She has been relying in a large part on more popular surrogates like Michelle and Barack Obama to help "
        "drive home the positive, exciting case for her candidacy.",
        "Comey announced the FBI was closing the investigation and recommending no criminal charges for Clinton.",
        "Al Qaeda's affiliate in Yemen has released a video claiming responsibility for last week's deadly attack by "
        "two gunmen on the offices of the satirical newspaper Charlie Hebdo in Paris.",
        "Bloggers are taking New York City Mayor Michael Bloomberg to task, accusing him of hypocrisy.",
    ],
)
def test_events_things_as_doers_causes_and_cases_are_no_events(nlp, text):
    assert [e for e in coder.extract(Context(doc=nlp(text))) if e.root_code not in ("01", "11", "02")] == []


def test_events_followers_opponents_and_places_named_for_countries_are_no_parties():
    text = "Anti-Trump Protest In Portland, Ore., Turns Destructive\n\nPolice said officers used pepper spray."
    assert [(e.actor1.code, e.actor2) for e in analyze(text).events] == [("USACOP", None)]
    text = "Thousands of opponents of Egypt's Islamist president clashed with his supporters on Friday."
    assert all(e.actor1 is None or e.actor1.sector != "GOV" for e in analyze(text).events)
    text = "Japanese media said Tokyo has also mobilized its own reconnaissance aircraft over the Sea of Japan."
    assert [(e.actor1.code, e.actor2) for e in analyze(text).events] == [("JPNGOV", None)]
    text = "The suspect then fired multiple shots at the victim, who was taken to a hospital for treatment."
    assert all(e.actor2 is None or e.actor2.sector != "HLH" for e in analyze(text).events)


def test_events_an_act_named_as_a_time_is_background(nlp):
    doc = nlp("The military had learned after the attack that 11 individuals were injured.")
    assert coder._background(next(t for t in doc if t.lower_ == "attack"))
    doc = nlp("Hook brought a different Obama to the podium the day of the attack.")
    assert coder._background(next(t for t in doc if t.lower_ == "attack"))


def test_events_a_protest_that_something_is_so_is_words(nlp):
    text = "Democrats protested that the bill doesn't include a solution for the Dreamers."
    assert code_one(nlp, text).root_code == "11"


@pytest.mark.parametrize(
    "text",
    [
        # a leader's campaign rally, a theme hammered, abuses committed, a means only supposed
        "Trump held a rally in Tulsa on Saturday.",
        "No surprise, Trump has been hitting this theme hard, trying to use the foundation to undermine Clinton.",
        "Pope Francis told the crowds at Knock that the open wound of abuses committed by the Roman Catholic "
        "Church challenged it to be firm in the pursuit of truth and justice.",
        "The U.S. can only win by talking to Iran.",
    ],
)
def test_events_rallies_themes_and_abuses_committed_are_no_events(nlp, text):
    assert coder.extract(Context(doc=nlp(text))) == []


def test_events_states_protest_in_notes_and_act_by_means(nlp):
    assert code_one(nlp, "Russia protested the expulsion of its diplomats.").code == "114"
    text = "Russia responded by expelling 60 American diplomats."
    assert codes(code_one(nlp, text)) == ("RUS", "16", "USAGOV")
    text = "Pope Francis has begged forgiveness for members of the Catholic Church's hierarchy."
    assert code_one(nlp, text).code == "055"
    # the building torched is no doer: its attackers are unknown to the dictionary
    text = "Mt. Zion Baptist Church burns after being torched by white mobs during the 1921 Tulsa massacre."
    assert all(e.actor1 is None for e in coder.extract(Context(doc=nlp(text))))


@pytest.mark.parametrize(
    "text",
    [
        # a warning sent after a storm, a snow emergency, a bank leaving a market, credit given
        "And as a violent thunder storm forced the evacuation of marquee tents outside the arena, party officials "
        "sent a warning to those outside.",
        "Washington has declared a snow emergency.",
        "This has led one bank, JP Morgan, to pull out of FHA financing altogether.",
        "The American public is much smarter than the media would ever give them credit for.",
    ],
)
def test_events_warnings_snow_emergencies_and_markets_left_are_no_events(nlp, text):
    assert coder.extract(Context(doc=nlp(text))) == []


def test_events_an_airbase_struck_and_an_attack_named_as_a_subject(nlp):
    text = "The US military struck an airbase that served as home base for the Syrian planes."
    assert code_one(nlp, text).root_code == "19"
    text = "Assad's recent attack, and today's response, are the direct result of Russia's failure to keep its promise."
    assert all(e.actor2 is None or e.actor2.code != "RUS" for e in coder.extract(Context(doc=nlp(text))))


def test_events_topics_discussed_weapons_makers_and_kin_are_no_parties(nlp):
    assert codes(code_one(nlp, "Obama discussed Syria with Putin on Monday.")) == ("USAGOV", "04", "RUSGOV")
    text = (
        "The House of Representatives discusses the resolution to transmit articles of impeachment against "
        "President Donald Trump to the Senate."
    )
    assert coder.extract(Context(doc=nlp(text))) == []
    text = "Officials said the airliner was accidentally struck by a Russian-made missile, killing all 176 people."
    assert all(e.actor1 is None for e in coder.extract(Context(doc=nlp(text))))
    text = "His wife and their two children are in Idaho, though his wife traveled to Washington on Friday."
    assert coder.extract(Context(doc=nlp(text))) == []


def test_actors_countries_named_like_common_words_need_capitals():
    assert actors.find_mentions("Sell our souls for a Christmas turkey.", 0, 38) == []
    assert [m.pieces[0].entry.code for m in actors.find_mentions("Turkey shelled the town.", 0, 24)][:1] == ["TUR"]
    text = "Police seized metal and wooden poles and nail polish from demonstrators."
    assert [m for m in actors.find_mentions(text, 0, len(text)) if m.actor(text).country_code == "POL"] == []
    text = "Poles protested against the Polish government."
    assert [m.actor(text).code for m in actors.find_mentions(text, 0, len(text))] == ["POL", "POLGOV"]
    text = "poles protested against the polish government"  # degraded: no capitals to tell by
    assert [m.actor(text).code for m in actors.find_mentions(text, 0, len(text))] == ["POL", "POLGOV"]


def test_events_crackdowns_on_disinformation_are_no_events(nlp):
    assert coder.extract(Context(doc=nlp("Cracking down on Russian disinformation"))) == []


@pytest.mark.parametrize(
    "text",
    [
        # a nation hit, a condition, debt curbed, a storm of comment set off, a role returned to
        "A moment of silence was held as the United Kingdom continued to come to terms with its worst terror "
        "attack since the 2005 London bombings.",
        "The sit-in outside the embassy will continue until American troops leave Iraq.",
        "Voters wanted to curb our growing debt, reinvigorate the stagnant economy, and strengthen our national "
        "security.",
        "Gilbert is nothing if not dogged, and when he followed up to ask why, he says that several reporters were "
        "frank that they were afraid to be first with the story, anticipating they would set off a social media "
        "storm that would include demands that they be fired.",
        "The hope was that once the GOP gained power, it would begin to try to return the government to its "
        "proper role.",
    ],
)
def test_events_nations_hit_conditions_and_ordinary_senses_are_no_events(nlp, text):
    assert coder.extract(Context(doc=nlp(text))) == []


def test_events_tributes_are_one_sided_and_jets_and_embassies_no_doers(nlp):
    text = "Activists, lawmakers, journalists, and other prominent figures paid tribute to Lewis on Friday."
    assert all(e.actor2 is None for e in coder.extract(Context(doc=nlp(text))))
    text = "Two defense officials added that Air Force F-15 jet fighters carried out the strikes."
    assert all(e.actor1 is None or e.actor1.sector != "REB" for e in coder.extract(Context(doc=nlp(text))))
    text = "TRUMP BLAMES IRAN FOR U.S. EMBASSY ATTACK IN IRAQ"
    assert all(e.actor1 is None or e.actor1.code != "USA" for e in coder.extract(Context(doc=nlp(text))))


@pytest.mark.parametrize(
    "text",
    [
        # a probe opened before a firing, an inquiry shut down, hiring and firing, a break cut, guidelines
        # met, an oath sworn
        "Other investigations Linick said he had opened before he was fired included a review of the State "
        "Department's chief of protocol office.",
        "Later, Trump’s lawyers clarified that the president can fire the FBI director “at any time and for any "
        "reason,” including to shut down an inconvenient investigation.",
        "The Obama administration regularly cuts a break for businesses that violate immigration hiring rules.",
        "Alonzo Wright Jr. knows Georgia has not yet met the guidelines laid out by the White House.",
        "Vice President Joe Biden — on Capitol Hill to swear in Cory Booker as New Jersey's new Democratic "
        "senator — called the vote a gigantic disappointment.",
    ],
)
def test_events_firings_guidelines_and_oaths_are_no_events(nlp, text):
    assert [e for e in coder.extract(Context(doc=nlp(text))) if e.root_code not in ("01", "11")] == []


def test_verbs_hiring_and_firing_is_no_gunfire():
    assert verbs.match("fire", None, {"hire", "and", "fire"}, True).code == "-"


def test_events_a_statement_discussed_is_a_topic(nlp):
    text = (
        "A joint statement of condemnation, if it is confirmed that Mr Khashoggi was killed by Saudi agents, is "
        "also being discussed by US and European diplomats."
    )
    assert all(e.actor1 is None or e.actor1.code[:3] != "SAU" for e in coder.extract(Context(doc=nlp(text))))


def test_events_a_conditional_the_sentence_weighs_is_no_event_a_reported_one_a_threat(nlp):
    text = "Americans would blame Republicans if a deal to avert the sequester isn't reached."
    assert coder.extract(Context(doc=nlp(text))) == []
    text = "Iran said it would retaliate if the United States attacked."
    assert codes(code_one(nlp, text)) == ("IRN", "13", "USA")


@pytest.mark.parametrize(
    "text",
    [
        # a parliamentary option used, justices deliberating, jobseekers giving up, police alerted, a flag
        # whipped out, views reinforced
        "With his party's attainment of a Senate majority, Reid used the nuclear option to eliminate the "
        "filibuster from some Senate debates.",
        "The justices held a marathon three-day series of oral arguments in March and then retreated behind closed "
        "doors to deliberate and write their opinions.",
        "Mr. Romney scrambled to play down the report, saying it merely confirmed that millions of Americans had "
        "given up looking for work.",
        "During this time, a 911 call was made alerting the police to Arbery's presence.",
        "Luckily, we were all spared him whipping out an American flag and a cross and asking us to pray for him.",
        "Americans' online and social media activity often serves to reinforce partisan approaches.",
    ],
)
def test_events_options_retreats_and_alerts_in_ordinary_senses_are_no_events(nlp, text):
    assert coder.extract(Context(doc=nlp(text))) == []


def test_events_allies_striking_together_do_not_strike_each_other(nlp):
    text = (
        "Several news organizations specified involvement in airstrikes by Bahrain, Jordan, Saudi Arabia and the "
        "United Arab Emirates."
    )
    assert all(e.actor2 is None for e in coder.extract(Context(doc=nlp(text))))
    text = "Lawyers are probably wondering when their offices, and even homes, are going to be raided."
    assert [(e.actor1, e.actor2 and e.actor2.sector) for e in coder.extract(Context(doc=nlp(text)))] == [(None, "CVL")]
    text = "President Obama authorized an escalation, sending missiles and warplanes on bombing missions into Syria."
    assert code_one(nlp, text).root_code == "15"


def test_events_georgia_joined_to_a_us_state_is_the_us():
    text = "The governors of Georgia and North Carolina also declared emergencies."
    assert [e.actor1.code for e in analyze(text).events] == ["USAGOV"]


@pytest.mark.parametrize(
    "text",
    [
        # a ship closing in on another, a newspaper hurting itself, an attack named for its country
        '"A Russian destroyer made an unsafe maneuver against USS Chancellorsville, closing to 50-100 feet," US '
        "Navy spokesman Cmdr. Clayton Doss said.",
        "Sen. Ted Cruz, Texas Republican, tweeted Sunday that the newspaper was destroying itself with Trump hatred.",
        "More:Trump uses Egypt attack to plug border wall, immigration restrictions",
    ],
)
def test_events_ships_closing_newspapers_hurting_themselves_and_named_attacks_are_no_events(nlp, text):
    assert [e for e in coder.extract(Context(doc=nlp(text))) if e.root_code in ("17", "18", "19")] == []


def test_events_flags_comment_refused_and_joined_clauses_name_no_counterpart(nlp):
    text = (
        "Egypt's chief prosecutor raised the death toll to 305 from a cold-blooded attack by dozens of militants "
        "— some carrying Islamic State flags — on a mosque."
    )
    assert all(e.actor2 is None for e in coder.extract(Context(doc=nlp(text))))
    text = (
        "The White House on Friday refused to comment on the asylum offers, referring questions on the matter to "
        "the U.S. Justice Department."
    )
    assert [e.actor2 for e in coder.extract(Context(doc=nlp(text)))] == [None]
    text = "A 23-year-old man has also been arrested in the investigation but officials have released no details."
    assert all(e.actor2 is None or e.actor2.sector != "GOV" for e in coder.extract(Context(doc=nlp(text))))


@pytest.mark.parametrize(
    "text",
    [
        # instructions to the reader, coronavirus tests, campaign ads released
        "To see more of Judge Napolitano's analysis, go to Fox Nation and sign up today.",
        "Pause for a minute and examine the recent history of the FBI leadership.",
        "While the data milestone is a potential mark against the U.S. response to the pandemic, it does show the "
        "U.S. has been conducting more coronavirus tests than any country in the world.",
        "Mr. Obama's campaign on Monday released a series of new radio advertisements that target aspects of Mr. "
        "Ryan's budget.",
    ],
)
def test_events_instructions_tests_and_ads_are_no_events(nlp, text):
    assert coder.extract(Context(doc=nlp(text))) == []


def test_events_flags_burned_are_protests_and_responsibility_taken_is_claimed(nlp):
    text = "In Jordan, demonstrators near the US embassy in Amman torched the US flag and pictures of Trump."
    assert code_one(nlp, text).root_code == "14"
    text = "Boko Haram extremists took responsibility for the mass kidnapping of schoolgirls from the town of Chibok."
    assert code_one(nlp, text).code == "015"


@pytest.mark.parametrize(
    "text",
    [
        # an embargo as the doer, a town hall closed, a school drill, property condemned, a teachers' strike
        "When the oil embargo struck, Americans faced a shortage of gasoline.",
        "The president closed the town hall with an unusual message of respect for his fellow Washington insiders.",
        "All district schools hold lockdown drills three times a year, including two in the fall.",
        "People's individual property will be condemned by the federal government for construction of the wall.",
    ],
)
def test_events_embargoes_town_halls_and_drills_are_no_events(nlp, text):
    assert coder.extract(Context(doc=nlp(text))) == []


def test_verbs_teachers_returning_to_classrooms_is_no_release():
    assert verbs.match("return", None, {"to", "their", "classrooms"}, True).code == "-"


def test_events_a_state_moved_out_of_a_deal_is_no_counterpart(nlp):
    assert codes(code_one(nlp, "Trump withdrew the US from the Iran nuclear deal in May.")) == ("USAGOV", "08", None)
    text = "The Justice Department is missing key personnel, three months after firing half of the U.S. attorneys."
    assert [e for e in coder.extract(Context(doc=nlp(text))) if e.root_code == "19"] == []


@pytest.mark.parametrize(
    "text",
    [
        # a yearly count, an apology only urged, a fight in words, a treaty's name, coverage, a person's name
        "In Macon, Ga., for example, about 157,000 people a year visit the Ocmulgee National Monument Native "
        "American site and spend an estimated $9 million, according to the National Parks Conservation Association.",
        "These people should go apologize to Bill Clinton 20 years ago for ever bringing up character issues.",
        "A lot of people fought for that.",
        "Businessman Donald Trump has threatened to rip up previous deals such as the North American Free Trade "
        "Agreement.",
        "ABC News will provide extensive coverage of the second Presidential Inauguration of Barack Obama.",
    ],
)
def test_events_rates_urged_apologies_and_treaty_names_are_no_events(nlp, text):
    assert coder.extract(Context(doc=nlp(text))) == []


def test_events_a_demonym_in_a_persons_name_is_no_actor(nlp):
    text = "Gen. Mark A. Welsh III, from the Air Force, labeled sexual assault in the military a cancer."
    ctx = Context(doc=nlp(text), entities=[Entity("Mark A. Welsh III", "PERSON", 5, 22, "Mark A. Welsh III")])
    welsh = actors.Piece(13, 18, actors.ActorEntry("GBR", "Welsh", "demonym"))
    assert coder._in_person_name(welsh, ctx)


@pytest.mark.parametrize(
    "text",
    [
        # an act ended, a poll's margin, a preposition, a phrasal "wound up", campaigns suspended, an idea
        # beaten out, market demand, a policy as doer, a court appearance
        "Mr. Obama announced he would stop deporting illegal immigrants under 30.",
        "By a 51-45 percent margin, Americans opposed impeaching and removing the president.",
        "Barring some unforeseen event, such as a serious terrorist attack at home, the decisive event that will "
        "determine who wins the 2016 presidential election is almost certainly going to be the series of debates "
        "between Hillary Clinton and Donald Trump.",
        "He had banged his knee on a car door and wound up in Walter Reed Hospital with an infection.",
        "Both the Obama and Romney campaigns were suspending fundraising emails Monday to New Jersey.",
        "The idea has been systematically beaten out of the American imagination.",
        "He says that even before Obama's re-election there was rising demand from people worried about economic "
        "chaos.",
        "Trump's priorities target most all of those who have crossed the border without papers, ending the "
        "“catch-and-release” policy of the Obama administration, which only targeted serious criminals and recent "
        "arrivals for removal.",
        "Former U.S. Rep. Jesse Jackson Jr. of Illinois arrives at federal court in Washington on Wednesday.",
    ],
)
def test_events_acts_ended_margins_and_market_demand_are_no_events(nlp, text):
    assert coder.extract(Context(doc=nlp(text))) == []


def test_events_targets_aimed_at_artillery_fire_and_crowds_protesting(nlp):
    e = code_one(nlp, "Meanwhile, a strike on a Gaza park killed 10 people Monday.")
    assert e.actor1 is None or e.actor1.sector == "UAF"
    e = code_one(nlp, "Israeli forces opened artillery fire on Beit Lahiya in northern Gaza.")
    assert e.actor2 is None or e.actor2.sector != "MIL"
    assert code_one(nlp, "as thousands of Chinese have protested the reliance on coal").root_code == "14"


@pytest.mark.parametrize(
    "text",
    [
        # a breach closed, a forecast, a word's second part, talking to the press, fighting "it", a police
        # report
        "“My sense is that he sincerely appreciates both the hard job the police do and the gulf that exists today, "
        "and is trying to close that breach,” Axelrod said.",
        "The FBI is unlikely to open a criminal investigation.",
        "Speaker Paul D. Ryan announced that he will retire, igniting more soul-searching for a GOP already battered.",
        "Florida Governor Ron DeSantis talks to the media during a news conference as Hurricane Dorian approaches.",
        "\"We're going to fight it, but there's probably thousands of posts every day that are suspicious or fake, "
        "and we're 10 people,\" says PolitiFact executive director Aaron Sharockman.",
        "Though the charges were dropped, the actor was indicted on 16 counts of disorderly conduct for filing a false "
        "police report about being the victim of a hate crime attack.",
    ],
)
def test_events_breaches_forecasts_and_word_parts_are_no_events(nlp, text):
    assert coder.extract(Context(doc=nlp(text))) == []


def test_actors_the_national_security_council_is_american():
    text = "Caitlin Hayden, a spokeswoman for the National Security Council, declined to comment."
    assert [e.actor1.code for e in analyze(text).events] == ["USAGOV"]


@pytest.mark.parametrize(
    "text",
    [
        # money shelled out, an air show, a poll's source, combat readiness, information withheld, statistics
        # released, a lack as doer, an appointee's patron, a time named by an attack, revenue figures
        "Taxpayers shelled out $305 million for the Oregon exchange, and $5.5 billion nationwide, yet strong "
        "oversight over the Centers for Medicare and Medicaid Services (CMS) from Congress has been lacking for years.",
        "Thursday's events are also expected to include a military demonstration by the U.S. Navy Blue Angels.",
        "According to the same poll, Clinton also reached a new personal high in her unfavorable rating at 55 percent.",
        "DoD's proposed policy is based on professional military judgment and will ensure that the U.S. Armed Forces "
        'remain the most lethal and combat effective fighting force in the world," Lt. Col. Carla Gleason said.',
        "The White House statement provides no information on how so many people will be removed from the United "
        "States.",
        "In January, the Defense Department released new statistics on former detainees.",
        "The lack of a well-defined policy for handling captured ISIS terrorists is raising concerns on Capitol Hill.",
        "In a surprising decision, Trump appointee Justice Neil Gorsuch sided with the liberals on the court.",
        "Norway's tax revenue per capita hits more than $38,000.",
    ],
)
def test_events_money_air_shows_polls_and_statistics_are_no_events(nlp, text):
    assert coder.extract(Context(doc=nlp(text))) == []


def test_events_charges_lawmakers_protesting_and_capitals_elsewhere(nlp):
    text = "ICE officers lied to a court in an effort to deport a Dreamer, falsely accusing him of gang affiliation."
    assert all(e.actor2 is None or e.actor2.sector != "CRM" for e in coder.extract(Context(doc=nlp(text))))
    text = "Republicans on the House Intelligence Committee protested the process."
    assert code_one(nlp, text).root_code == "11"
    text = "Trump recalled his visit earlier this year to a plant in Lima, Ohio, where tanks are refurbished."
    assert all(a.code != "PERGOV" for e in analyze(text).events for a in (e.actor1, e.actor2) if a)


@pytest.mark.parametrize(
    "text",
    [
        # jobs quit, a trade given up, world leaders appealed to, an outlet's name, comfort given, context
        # captured, a policy sold, a seat vacated, a failure to invite, a prospect, a topic with "with", a
        # transcript reviewed, a poll, efforts fought
        "Meanwhile, about 2.8 million Americans quit their jobs — the most since April 2008.",
        "Automobile companies quit making cars and instead manufactured tanks and bombers to defeat Germany and Japan.",
        "Instead, the congressman gives aid and comfort to those who claim that the United States is racist.",
        "Thompson, an Army veteran turned civil rights attorney, is running again after narrowly losing a special "
        "election last year to fill the seat vacated by Secretary of State Mike Pompeo.",
        "President Obama on Thursday downplayed the prospect of any imminent U.S. airstrikes in Syria.",
        "The Senate is rightly reviewing U.S. relations with Saudi Arabia.",
        "According to a transcript of the call reviewed by The Wall Street Journal, participants stressed the Iran "
        "agreement.",
        "He knows that polls show most Americans blaming Republicans for the current gridlock.",
        "President Obama told Planned Parenthood he will fight various efforts to restrict women's access to abortion.",
    ],
)
def test_events_jobs_quit_world_leaders_and_prospects_are_no_events(nlp, text):
    assert [e for e in coder.extract(Context(doc=nlp(text))) if e.root_code not in ("01", "02")] == []


def test_verbs_context_captured_policies_sold_and_failures_to_act(nlp):
    assert verbs.match("capture", None, {"the", "context", "nature"}, True).code == "-"
    assert verbs.match("sell", None, {"this", "unloved", "policy"}, True).code == "-"
    doc = nlp("Organizers caused head scratching with their failure to invite Donald Trump.")
    invite = next(t for t in doc if t.lower_ == "invite")
    assert coder._denied(coder.Cue(invite, verbs.Rule("invite", frozenset(), "036", "", False), 0))


def test_events_world_leaders_are_placed_in_no_country(nlp):
    text = (
        'President Barack Obama called on world leaders to "leave behind those who thrive on conflict, those who '
        "reject the right of Israel to exist."
    )
    assert all(e.actor2 is None or e.actor2.code != "ISRGOV" for e in coder.extract(Context(doc=nlp(text))))


def test_events_own_means_styles_outlets_and_agencies_attacked_in_words(nlp):
    text = "Democrats say Trump abused his power by withholding U.S. military assistance to Ukraine."
    assert all(e.actor2 is None or e.actor2.code != "USAMIL" for e in coder.extract(Context(doc=nlp(text))))
    text = "Democrats immediately moved on to push for a British-style monopoly system."
    assert all(e.actor2 is None for e in coder.extract(Context(doc=nlp(text))))
    text = "I abducted your girls, he taunted in the video, first obtained by Agence France Presse."
    assert all(e.actor2 is None or e.actor2.code != "FRA" for e in coder.extract(Context(doc=nlp(text))))
    text = "Mr Trump and others have used the tweet to attack the WHO for simply believing China."
    assert code_one(nlp, text).root_code == "11"


@pytest.mark.parametrize(
    "text",
    [
        # a tie broken, a seat occupied, an opinion agreed, demands fought, doctors trained, "Granted", the
        # polls topped, investors armed with mock-ups, a policy abandoned, a protest against a person, a
        # candidate bought into, a geographic "meet"
        "Vice President Pence cast the final vote to break a 50-50 tie.",
        "But Rove occupies a rather unique perch at Fox, and not just because he jumped from the Bush White House.",
        "The chairman of the Republican National Committee, Reince Priebus, agreed that Mrs. Clinton is making "
        "history.",
        "Trump said his administration plans to fight lawmakers' demands for information and has gone to court.",
        "Granted, senators have their constitutional (and thus, legal) power to approve a treaty and, with their "
        "six-year terms, can outlive an occupant of the White House.",
        "Armed with full mock-ups of the magazine and detailed financial projections, the search for investors led "
        "her to Sondland.",
        "Though the administration abandoned that policy, Trump has said he's considering bringing it back.",
        "'Women are pissed': Trump protest turns to action – and surge in female candidates",
        "Congressional Republicans are buying into Trump for November.",
        "It is where France, Germany, and Luxembourg meet.",
    ],
)
def test_events_ties_perches_opinions_and_causes_are_no_events(nlp, text):
    assert [e for e in coder.extract(Context(doc=nlp(text))) if e.root_code != "01"] == []


def test_verbs_polls_topped_and_doctors_trained(nlp):
    assert verbs.match("hit", None, {"the", "top", "of", "polls"}, True).code == "-"
    doc = nlp("Immigrant doctors who have trained in the U.S. are caught in the backlog.")
    trained = next(t for t in doc if t.lower_ == "trained")
    assert coder._ordinary_sense(trained, verbs.Rule("train", frozenset(), "062", "", False))


def test_events_own_forces_mobilized_backers_and_the_european_court(nlp):
    text = "President Donald Trump said he'd mobilize the U.S. military to close the border with Mexico."
    assert all(e.actor2 is None or e.actor2.code != "USAMIL" for e in coder.extract(Context(doc=nlp(text))))
    text = "Meanwhile, the U.S.-backed opposition fighters said Assad's forces have been attacking their positions."
    assert all(e.actor2 is None or e.actor2.code[:3] != "USA" for e in coder.extract(Context(doc=nlp(text))))
    text = "The European Court of Justice sided with the advice of its top legal officer."
    assert code_one(nlp, text).actor1.code == "IGOEUREEC"
    text = "Senior Hungarian and Romanian officials agreed on Wednesday that their countries should cooperate."
    assert code_one(nlp, text).root_code == "03"


def test_events_evidence_questioned_denials_to_media_and_reporters_invited(nlp):
    text = "Russia, which backs Assad, is questioning the White House's evidence about chemical weapons."
    assert code_one(nlp, text).root_code == "11"
    text = "Iran has denied responsibility, with Iranian media, citing state officials, arguing the theory is wrong."
    assert [e.actor2 for e in coder.extract(Context(doc=nlp(text)))] == [None]
    assert coder.extract(Context(doc=nlp("Securing the GOP nomination requires 1,237 delegates."))) == []
    text = "Many Senate Republicans have deplored the march to a shutdown as unwinnable for their party."
    assert all(e.actor2 is None for e in coder.extract(Context(doc=nlp(text))))
    text = "President Trump invited reporters aboard the flight to watch the vote."
    assert coder.extract(Context(doc=nlp(text))) == []


def test_events_the_doer_of_an_infinitive_after_for_stays_the_target(nlp):
    text = "Mr. Trump fired back that it was disgraceful for the pope to question someone's religion like that."
    assert codes(code_one(nlp, text)) == ("USAGOV", "11", "VATGOV")


@pytest.mark.parametrize(
    "text",
    [
        # a stance, an effort abandoned, keys handed over, remedies executed, troops whipped into shape, an
        # endorsement nabbed, a claim backed up, factions cutting down the middle, a tax code as doer
        "Opposition to, and support for, a military strike cuts across party lines.",
        "But having already abandoned seeking support through the U.N. Security Council, Obama is focusing more on "
        "U.S. lawmakers.",
        "In other cases, families quietly handed over the keys to the bank and just walked away.",
        "Second Amendment remedies being executed on public officials.",
        "U.S. military personnel are on the ground in Iraq, whipping often ill-equipped government troops into shape.",
        "Trump was playing catch-up, deploying four operatives as he nabbed the endorsement of the state's lone House "
        "member.",
        "The U.S. tax code provides a foreign tax credit to avoid that.",
    ],
)
def test_events_stances_keys_remedies_and_tax_codes_are_no_events(nlp, text):
    assert coder.extract(Context(doc=nlp(text))) == []


def test_verbs_claims_backed_up_and_cuts_down_the_middle():
    assert verbs.match("back", "up", {"that", "claim"}, True).code == "-"
    assert verbs.match("cut", None, {"right", "down", "the", "middle"}, True).code == "-"


@pytest.mark.parametrize(
    "text",
    [
        # unseen forces, a news cycle occupied, a temptation resisted, survivors visiting, a show provided
        "His appearance was almost noble, as a wounded leader fought against unseen forces bent on his demise.",
        "So far, the mainstream media has resisted the temptation to run with Clinton gossip stories.",
        "Survivors of the Japanese attack on Pearl Harbor visited the White House to commemorate the sacrifices.",
        "The president did, however, provide the bombastic show of military might that had been widely predicted.",
    ],
)
def test_events_unseen_forces_news_cycles_and_survivors_are_no_events(nlp, text):
    assert coder.extract(Context(doc=nlp(text))) == []


def test_events_striking_out_against_a_position_is_criticism(nlp):
    text = "London has also showed itself far more willing to strike out against the U.S. position."
    assert code_one(nlp, text).root_code == "11"


def test_verbs_a_news_cycle_occupied_is_no_occupation():
    assert verbs.match("occupy", None, {"most", "of", "a", "news", "cycle"}, True).code == "-"


def test_events_a_suicide_bomber_blowing_himself_up_stays_an_event(nlp):
    text = "The suicide bomber blew himself up after they stopped him from entering the church."
    assert code_one(nlp, text).code == "1831"


@pytest.mark.parametrize(
    "text",
    [
        # a line bought, a deal backed out of, a nomination accepted, examples offered, a package signed,
        # a rationale searched for, killer drugs, an impression, a participle as a conjunction, a visit to
        # no one
        "Trump continues to buy Putin's line today.",
        "First, Russia has backed out of several Syria peace deals with the United States.",
        "Hillary Clinton accepts the Democratic Party's nomination for president.",
        "The administration offered three examples of people who entered the U.S. as refugees.",
        "President Trump signed a coronavirus aid package for full-time workers.",
        "Trump's team was forced to search for a rationalization for a decision on a deal with Iran.",
        "Opioids, including prescriptions and heroin, killed 42,000 people in the U.S. in 2016.",
        '"Donald Trump strikes me as the Kim Jong Un of American politics," the attorney said.',
        "Some Republicans said the president shares in the responsibility, considering he signed the 2011 Budget "
        "Control Act.",
        "A Navy veteran came to a protest site outside the federal building in downtown Portland.",
    ],
)
def test_events_leads_lines_nominations_and_drugs_are_no_events(nlp, text):
    assert coder.extract(Context(doc=nlp(text))) == []


def test_events_an_ambassadors_posting_and_an_outlet_named_are_no_parties(nlp):
    text = "John Bolton, a former ambassador to the UN, who was thought to have dropped out, visited Trump on Friday."
    assert all(e.actor1 is None or e.actor1.code != "IGOUNO" for e in coder.extract(Context(doc=nlp(text))))
    text = "Graham said the Gang of Eight has reached a deal on immigration reform on CNN's State of the Union."
    event = code_one(nlp, text)
    assert (event.code, event.actor1.code, event.actor2) == ("057", "USALEG", None)


def test_events_force_promised_not_to_be_used_is_restraint(nlp):
    text = "Russia promises not to attack the small contingent of US-backed fighters in southwest Syria."
    assert code_one(nlp, text).code == "0356"


def test_actors_attorney_gen_is_judicial():
    text = "Attorney Gen. Jeff Sessions issued guidance."
    assert [m.actor(text).sector for m in actors.find_mentions(text, 0, len(text), actors.load_actors())] == ["JUD"]


def test_verbs_leads_recaptured_primaries_won_and_advice_given():
    assert verbs.match("recapture", None, {"a", "narrow", "national", "lead"}, True).code == "-"
    assert verbs.match("whip", None, {"me", "in", "a", "primary"}, True).code == "-"
    assert verbs.match("provide", None, {"advice", "to", "a", "president"}, True).code == "-"


@pytest.mark.parametrize(
    "text",
    [
        # an aim with no act named, a participle as a doer's misparse, a deal as doer, a cause fought for, a
        # prediction promised, calls shot down, an ad withdrawn, a denial by nobody, travel, an idiom
        "Millions of Americans are ready to tackle climate change and solve our student debt crisis.",
        "The Chinese are willing to look at the American proposals.",
        "We have to fight through every channel, through the legislatures, through the courts.",
        "Mr. Bush promised the United States would succeed as nation builders.",
        "But he has shot down previous calls from Trump to end the legislative filibuster.",
        "US networks have withdrawn President Donald Trump's ad about a cop-killing illegal immigrant.",
        "Data shows that nobody from the four African nations killed anyone in the United States.",
        "It showed how many people from different countries had come to the United States on visas.",
        "The company last week was hit with a lawsuit from North Carolina Attorney General Joshua Stein.",
    ],
)
def test_events_aims_deals_causes_and_travel_are_no_events(nlp, text):
    assert coder.extract(Context(doc=nlp(text))) == []


def test_events_topics_members_meeting_and_own_countries_are_no_targets(nlp):
    text = (
        "Iraq is no longer included because it has pledged to increase cooperation with the U.S. and share more "
        "information about its citizens."
    )
    assert codes(code_one(nlp, text)) == ("IRQ", "03", "USA")
    text = "Trump met Vladimir Putin on the sidelines of the G-20 summit in Germany last month."
    assert all(e.actor2 is None or e.actor2.code != "DEU" for e in coder.extract(Context(doc=nlp(text))))
    event = code_one(nlp, "Xi defended his policies and China's rise.")
    assert (event.actor1.code, event.actor2) == ("CHNGOV", None)


def test_events_the_subject_of_a_bare_participle_or_a_passive_control_verb(nlp):
    text = "Another agent said that when apprehended, some illegal aliens ask where they can go."
    event = code_one(nlp, text)
    assert (event.code, event.actor1, event.actor2.sector) == ("173", None, "REF")
    event = code_one(nlp, "Trump was told to withdraw troops from Syria.")
    assert codes(event) == ("USAGOV", "08", "SYR")


def test_verbs_offered_attacks_are_criticism_and_denied_cards_a_rejection():
    assert verbs.match("offer", None, {"more", "misleading", "attacks"}, True).code == "111"
    assert verbs.match("offer", None, {"a", "peek", "into", "this", "collision"}, True).code == "-"
    assert verbs.match("hold", "on", {"to", "one", "of", "his", "concessions"}, True).code == "-"
    assert verbs.match("deny", None, {"green", "cards", "to", "immigrants"}, True).code == "120"


def test_events_could_be_forgiven_is_an_idiom(nlp):
    doc = nlp("People could easily be forgiven for thinking he was lying.")
    tok = next(t for t in doc if t.lower_ == "forgiven")
    assert coder._ordinary_sense(tok, verbs.match("forgive", None, set(), True))


def test_events_a_deal_is_no_doer():
    text = (
        "Iranian President Hassan Rouhani said Friday that the nuclear deal struck between his nations and the five "
        "permanent members of the United Nations Security Council plus Germany is much more strong than what Trump "
        "has suggested."
    )
    assert analyze(text).events == []


def test_events_what_one_apologizes_for_names_no_counterpart(nlp):
    text = "Senator Smith apologized for meeting with the Russian ambassador."
    assert coder.extract(Context(doc=nlp(text))) == []


@pytest.mark.parametrize(
    "text",
    [
        # an owner's nationality, an act not done, an idiom, contests fought, travel at home, a stance as doer
        "Chinese-owned Smithfield Foods announced it will shut down the world's largest slaughterhouse.",
        "Instead of accepting the will of voters, Republican lawmakers are now seeking to reduce the control of "
        "those post-holders.",
        "Second, the courts ask whether the provision passes muster under the appropriate level of scrutiny.",
        "The Georgia contest is being fought over the vacated seat of Brian Kemp.",
        "A fierce battle is still being waged in a Tuesday runoff for the post of secretary of state.",
        "Obama heads to Iowa and Ohio and Vice President Joe Biden campaigns in Colorado.",
        "To some degree, President Barack Obama's deep opposition to settlements helped Netanyahu navigate the "
        "thorny politics of the issue.",
    ],
)
def test_events_owners_acts_not_done_contests_and_stances_are_no_events(nlp, text):
    assert coder.extract(Context(doc=nlp(text))) == []


def test_events_routes_things_said_and_conditions_are_no_counterparts(nlp):
    text = "Hundreds of protesters marched through the University of Virginia campus, chanting slogans."
    assert [e.actor2 for e in coder.extract(Context(doc=nlp(text)))] == [None]
    text = "FBI and NCTC also briefed that there were a series of Al Qaeda training camps just outside of Benghazi."
    assert all(e.actor2 is None for e in coder.extract(Context(doc=nlp(text))))
    text = "Trump threatened to start the tariffs if Mexico does not do more to curb migration."
    assert codes(code_one(nlp, text)) == ("USAGOV", "13", "MEX") and code_one(nlp, text).code == "130"


def test_events_an_attack_with_a_saying_clause_is_criticism(nlp):
    text = "He also attacked the Army, saying it cut down people for being honest."
    assert code_one(nlp, text).code == "111"


def test_events_an_unidentified_attacker_is_placed_where_the_attack_was():
    rec = analyze("The attack on the U.S. compound in Benghazi killed the American ambassador.")
    assert [e.actor1.code for e in rec.events] == ["LBYUAF"]


def test_actors_new_jersey_is_no_jersey():
    text = "The New Jersey Motor Vehicle Commission has sold data."
    found = actors.find_mentions(text, 0, len(text), actors.load_actors())
    assert [m.actor(text).country_code for m in found] == ["USA"]


def test_verbs_records_held_accounts_given_and_plans_approved():
    assert verbs.match("hold", None, {"the", "records", "for", "five", "years", "investigation"}, True).code == "-"
    assert verbs.match("provide", None, {"the", "most", "detailed", "account"}, True).code == "-"
    assert verbs.match("sign", None, {"the", "article"}, True).code == "-"
    assert verbs.match("support", None, {"the", "early", "assessment"}, True).code == "-"
    assert verbs.match("move", None, {"the", "story", "away"}, True).code == "-"
    assert verbs.match("approve", None, {"plans", "for", "housing"}, True).code == "-"
    assert verbs.match("grant", None, {"the", "government", "immense", "powers"}, True).code == "-"


@pytest.mark.parametrize(
    "text",
    [
        # standing idly by, a way of talking, a backer's name, food named for a country
        "Obama stood idly by and watched the unfolding slaughter of innocent civilians in Syria's Aleppo.",
        "Republicans talk in terms of freedom from government.",
        "The White House is supporting a GOP-backed lawsuit in federal court that aims to overturn ObamaCare.",
        "John Kerry requested Swiss cheese on his Philly cheesesteak.",
    ],
)
def test_events_pressure_feeds_desires_and_backers_are_no_events(nlp, text):
    assert coder.extract(Context(doc=nlp(text))) == []


def test_events_a_joined_verb_naming_whom_it_acts_on_is_its_own_event(nlp):
    text = "Trump denounced socialism and warned Maduro against clinging to power in a speech in Miami."
    assert [codes(e) for e in coder.extract(Context(doc=nlp(text)))] == [("USAGOV", "11", "VENGOV")]
    text = "Jeb has grown vocal, defending his brother's legacy and criticizing President Barack Obama."
    assert [(e.text, e.actor2.code) for e in coder.extract(Context(doc=nlp(text)))] == [("criticizing", "USAGOV")]


def test_events_those_reported_killed_were_killed(nlp):
    text = "More than 30 people have been reported killed since Ukrainian forces began trying to retake the cities."
    event = code_one(nlp, text)
    assert (event.actor1, event.actor2.sector) == (None, "CVL")


def test_events_a_dateline_is_no_actor(nlp):
    event = code_one(nlp, "MOSCOW (Reuters) - Russia accused Ukraine of shelling Donetsk.")
    assert (event.actor1.text, event.actor2.code) == ("Russia", "UKR")


def test_verbs_services_withdrawn_summaries_given_and_laws_sabotaged():
    assert verbs.match("withdraw", None, {"their", "services"}, True).code == "-"
    assert verbs.match("provide", None, {"a", "summary", "to", "congress"}, True).code == "-"
    assert verbs.match("sabotage", None, {"the", "affordable", "care", "act"}, True).code == "-"
    assert verbs.match("hold", None, {"firm", "since", "the", "midterm", "elections"}, True).code == "-"
    assert verbs.match("search", None, {"nearly", "5,300", "person", "identifiers"}, True).code == "-"
    assert verbs.match("take", None, {"control", "of", "the", "situation"}, True).code == "-"
    assert verbs.match("fund", None, {"the", "government"}, True).code == "-"
    assert verbs.match("accept", None, {"an", "amendment"}, True).code == "-"
    assert verbs.match("destroy", None, {"the", "morale", "of", "our", "troops"}, True).code == "-"


@pytest.mark.parametrize(
    ("text", "word", "lemma"),
    [
        ("Pressure is mounting on the FBI over the agency's failure to act on a tip.", "mounting", "mount"),
        ("The uncertainty of what the new FBI review will yield leaves open the question.", "yield", "yield"),
    ],
)
def test_events_growing_and_producing_are_ordinary_senses(nlp, text, word, lemma):
    tok = next(t for t in nlp(text) if t.lower_ == word)
    assert coder._ordinary_sense(tok, verbs.match(lemma, None, {"attack"}, True))


def test_events_a_desire_to_kill_is_no_killing(nlp):
    doc = nlp("The FBI got information about his desire to kill people.")
    tok = next(t for t in doc if t.lower_ == "kill")
    assert coder._denied(coder.Cue(tok, verbs.match("kill", None, {"people"}, True), 0))


@pytest.mark.parametrize(
    "text",
    [
        # a name given, notices sent
        "Democrats called it the Trump shutdown.",
        "The Department of Justice sent furlough notices to employees that warned they may be forced to take days off.",
    ],
)
def test_events_names_given_deals_killed_and_notices_sent_are_no_events(nlp, text):
    assert coder.extract(Context(doc=nlp(text))) == []


def test_actors_standing_firm_and_a_political_force_are_no_actors():
    texts = (
        "House Democrats stood firm behind Mrs. Pelosi.",
        "Senate Republicans backed trade promotion authority.",
        "Senate Democrats became a political force.",
    )
    for text in texts:
        found = actors.find_mentions(text, 0, len(text), actors.load_actors())
        assert [m.actor(text).sector for m in found] == ["LEG"]


def test_verbs_suspensions_received_votes_provided_and_questions_asked():
    assert verbs.match("receive", None, {"suspensions", "their", "counterparts"}, True).code == "-"
    assert verbs.match("provide", None, {"most", "of", "the", "votes"}, True).code == "-"
    assert verbs.match("kill", None, {"the", "nuclear", "deal"}, True).code == "-"
    assert verbs.match("ask", None, {"judge", "kavanaugh", "another", "round", "of", "questions"}, True).code == "-"
    assert verbs.match("deny", None, {"on", "thursday", "that", "any", "campaign", "money"}, True).code == "016"
    assert verbs.match("hold", None, {"the", "process", "hostage", "to", "immigration", "talks"}, True).code == "181"


def test_events_economies_hardest_hit_are_no_event(nlp):
    text = "Countries such as India and Indonesia have been among the hardest hit as their currencies tumbled."
    assert coder.extract(Context(doc=nlp(text))) == []


def test_events_destroying_an_armed_group_is_fighting_and_own_troops_are_the_means(nlp):
    text = "The administration will pursue military operations to crush and destroy ISIS."
    assert code_one(nlp, text).code == "190"
    text = "Protesters on Thursday torched a police station soon after it was abandoned by police."
    assert code_one(nlp, text).code == "1712"
    text = "Obama wants to pull nearly all U.S. troops out of Afghanistan by the time he leaves office."
    assert code_one(nlp, text).actor2.code == "AFG"


def test_actors_both_houses_of_congress_are_no_civilians():
    text = "Republicans then controlled both houses of Congress."
    found = actors.find_mentions(text, 0, len(text), actors.load_actors())
    assert all(m.actor(text).sector != "CVL" for m in found)


def test_verbs_plans_monitored_laws_repealed_and_chances_seized():
    assert verbs.match("monitor", None, {"the", "administration's", "plans"}, True).code == "-"
    assert verbs.match("repeal", None, {"obamacare"}, True).code == "-"
    assert verbs.match("concede", None, {"senate", "race"}, True).code == "-"
    assert verbs.match("cancel", None, {"a", "popular", "halloween", "parade"}, True).code == "-"
    assert verbs.match("land", None, {"them", "in", "the", "current", "mess"}, True).code == "-"
    assert verbs.match("seize", None, {"the", "chance", "to", "make", "case"}, True).code == "-"
    assert verbs.match("refuse", None, {"answer", "a", "question"}, True).code == "011"
    assert verbs.match("deny", None, {"a", "local", "bid"}, True).code == "120"
    assert verbs.match("offer", None, {"many", "specifics"}, True).code == "-"
    assert verbs.match("provide", None, {"a", "town", "hall", "event"}, True).code == "-"
    assert verbs.match("question", None, {"obama's", "religious", "commitments"}, True).code == "111"


@pytest.mark.parametrize(
    "text",
    [
        # a shared object named by the other verb, a poll's share, a forecast, a relationship burned, a
        # treasury looted in words
        "After failing to get a bill through the Senate last month to repeal and replace Obamacare, Mr. Trump said "
        "the spotlight is on Congress.",
        "Add it all up and you find that almost six in 10 people would blame either Republicans or Trump if the "
        "government shut down.",
        "If the government shuts down, voters will blame Trump and Republicans.",
        "Republicans had followed Trump off a cliff, burning a relationship with the FBI.",
        "He tweeted that Republicans are looting the Treasury.",
    ],
)
def test_events_shared_objects_shares_and_forecasts_are_no_events(nlp, text):
    assert coder.extract(Context(doc=nlp(text))) == []


def test_actors_an_advocacy_group_named_for_americans_is_no_people():
    text = "He founded Americans for Responsible Solutions."
    assert actors.find_mentions(text, 0, len(text), actors.load_actors()) == []


def test_verbs_fights_abandoned_and_rights_denied():
    assert verbs.match("abandon", None, {"the", "fight", "after", "that", "ruling"}, True).code == "-"
    assert verbs.match("deny", None, {"mr.", "trump", "fair", "rights"}, True).code == "120"
    assert verbs.match("unleash", None, {"a", "series", "of", "dishonest", "attacks"}, True).code == "111"


@pytest.mark.parametrize(
    "text",
    [
        # "would" that no one in the sentence said: a supposition, a proposal, a policy's effect
        "Israel would protest such a move, but Obama might be willing to absorb the political heat.",
        "In one proposal, Mexico would deploy 6,000 national guard troops to its own southern border region.",
        "A no-deal Brexit is where the UK would cut ties with the European Union overnight.",
    ],
)
def test_events_an_unreported_would_is_a_supposition(nlp, text):
    assert coder.extract(Context(doc=nlp(text))) == []


def test_events_a_reported_would_stays_a_threat(nlp):
    assert code_one(nlp, "Iran said it would retaliate if Israel attacked.").root_code == "13"


@pytest.mark.parametrize(
    "text",
    [
        # a description given, neither confirmed nor denied, a topic questioned about, a strategy pulled back
        # from, a participle read as a noun
        "Jordan, considered the league's greatest player and now the majority owner of the Charlotte Bobcats, said "
        "he was disgusted.",
        "Israel has neither confirmed nor denied its weapons program.",
        "He was not happy to have been questioned about Ukraine.",
        "Obama and his team have pulled back from their initial strategy.",
        "In recent days, Trump has repeatedly demanded credit for the promised, yet so far unfulfilled, opening with "
        "North Korea.",
    ],
)
def test_events_descriptions_non_denials_and_strategies_are_no_events(nlp, text):
    assert coder.extract(Context(doc=nlp(text))) == []


def test_events_politicians_torched_are_criticized(nlp):
    assert codes(code_one(nlp, "Trump torched The New York Times on Twitter.")) == ("USAGOV", "11", "USAMED")


def test_verbs_months_burned_wars_sold_and_advice_solicited():
    assert verbs.match("burn", None, {"nearly", "10", "months"}, True).code == "-"
    assert verbs.match("sell", None, {"a", "war", "against", "libya"}, True).code == "-"
    assert verbs.match("solicit", None, {"the", "advice", "of", "military"}, True).code == "-"


@pytest.mark.parametrize(
    "text",
    [
        # a headline's accused, a thing moved, a warning of a trend, a witness used
        "Donald Trump accused of once pretending to be his own media spokesperson during a phone interview.",
        "On Saturday, the tail of the plane was taken to Pangkalan Bun, the nearest town, to be handed over.",
        "The administration has also warned of a rise in families crossing the border illegally.",
        "Federal agents used a confidential U.S. witness working inside the Russian nuclear industry to gather "
        "records.",
    ],
)
def test_events_headline_accusations_things_moved_and_trends_warned_of_are_no_events(nlp, text):
    assert coder.extract(Context(doc=nlp(text))) == []


def test_events_whom_an_airstrike_killed_and_no_retaliation_target(nlp):
    text = (
        "The Pentagon launched an airstrike Thursday night that killed a powerful Iranian military leader, Gen. "
        "Qasem Soleimani, at Baghdad's international airport."
    )
    assert codes(code_one(nlp, text)) == ("USAMIL", "19", "IRNMIL")
    text = "Navy brass is seeking to expel him from the SEALs in retaliation for Trump's reversal of his demotion."
    assert code_one(nlp, text).actor2 is None


def test_events_crowds_of_a_nation_protest_in_the_street(nlp):
    text = "Thousands of Iranians protested Friday against the U.S. airstrike in the capital of Tehran."
    assert code_one(nlp, text).code == "141"


def test_verbs_money_routed_and_decisions_provided():
    assert verbs.match("rout", None, {"millions", "of", "dollars"}, True).code == "-"
    assert verbs.match("provide", None, {"a", "favorable", "decision"}, True).code == "-"
    assert verbs.match("capture", None, {"his", "illegal", "conduct"}, True).code == "-"
    assert verbs.match("take", None, {"questions", "from", "reporters"}, True).code == "-"
    assert verbs.match("come", "down", {"to", "chief", "justice", "roberts"}, True).code == "-"
