"""The actor dictionary: who is who in event data, as CAMEO-style codes (ISO3 country + sector).

The dictionary is plain TSV (``dateline/data/actors/*.tsv``, format in docs/actors.md) so that users
can read and extend it; ``load_actors(extra)`` adds a user file with the same columns, whose rows
win over the shipped ones. Matching runs on lowercase alphanumeric words (``U.S.`` -> ``u s``), so
it behaves the same on clean and on degraded text; a few short aliases that are also English words
("us", "who") only match when the source writes them in capitals.

A mention is a run of dictionary pieces glued together ("Russian President Vladimir Putin",
"Chinese state banks", "Sudan's government"); it resolves to one Actor: a person or institution
gives its full code, otherwise the country comes from a country, capital or demonym piece and the
sector from a sector noun ("banks" -> BUS, "troops" -> MIL).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from dateline.record import Actor

FILES = ("countries.tsv", "igos.tsv", "institutions.tsv", "leaders.tsv", "sectors.tsv", "not_actors.tsv")
TRANSNATIONAL = {"IGO", "NGO", "IMG"}  # codes whose first three letters are not a country
# acronyms that name an actor only in capitals: "NGO", not "Andy Ngo"
ACRONYMS = {"ngo", "ngos"}
CASED = {
    "us",
    "who",
    "au",
    "pa",
    "ira",
    "sco",
    "cis",
    "oas",
    "ec",
    "abe",
    "pla",
    "un",
    "xi",
    "cia",
    "fbi",
    "fsb",
    "vtb",
    "eta",
    "fis",
    "anc",
    "gia",
    "milf",
    "ruf",
    "lra",
    "eln",
    "fao",
    "shabab",
    "amnesty",
    "mdc",
    "kmt",
    "rpf",
}
# words allowed between pieces of one mention ("Sudan's government", "Nigerian junior foreign minister")
GLUE = {
    "s", "the", "state", "senior", "top", "junior", "deputy", "vice", "former", "new", "interim", "acting",
    "chief", "head", "prime", "first", "foreign", "defense", "defence", "interior", "finance", "trade",
    "economy", "energy", "national", "federal", "central", "ruling", "radical", "armed", "military",
    "secretary", "general", "lt", "gen", "col", "mr", "mrs", "ms", "dr", "ethnic", "islamic", "naval",
    "special", "personal", "peace", "elect", "designate",
}  # fmt: skip
# words before a plural demonym that make it a crowd of people, not the state ("young Algerians")
CROWD = {
    "of", "young", "angry", "ordinary", "local", "many", "some", "several", "thousands", "hundreds", "dozens",
    "scores", "million", "millions", "other", "fellow", "unarmed", "innocent", "wounded", "stranded",
}  # fmt: skip
LOCATIVE = [["in"], ["of"], ["from"], ["in", "the"], ["of", "the"], ["based", "in"], ["throughout"], ["across"]]
# a part of the place between the locative and its name ("rebels in southern Sudan")
REGION = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeastern",
    "northwestern", "southeastern", "southwestern", "occupied", "neighboring", "neighbouring",
}  # fmt: skip
SPECIFIC = {"REB", "OPP", "MIL", "COP", "SPY", "JUD", "MED", "BUS"}
PREFER_OVER_GOV = {
    "MIL", "REB", "OPP", "COP", "JUD", "LEG", "MED", "BUS", "SPY", "REF", "CVL", "LAB", "PTY", "EDU", "AGR", "REL",
}  # fmt: skip
WORD = re.compile(r"[a-z0-9]+")
BREAK = re.compile(r"[,;:()\[\]\"“”/\n]")  # ends a mention: "army officers, officials said", "Reuters/Landov\n\nPolice"


@dataclass(frozen=True)
class ActorEntry:
    code: str  # "RUSGOV", "RUS", "IGOUNO"; for kind "sector" the bare sector ("MIL")
    name: str
    kind: str  # country, capital, demonym, person, institution, igo, ngo, img, reb, org, sector, none

    @property
    def country_code(self) -> str | None:
        if self.kind == "sector" or self.code[:3] in TRANSNATIONAL:
            return None
        return self.code[:3]

    @property
    def sector(self) -> str | None:
        if self.kind == "sector":
            return self.code
        if self.code[:3] in TRANSNATIONAL:
            return self.code[:3]
        return self.code[3:6] or None


@dataclass
class ActorDict:
    phrases: dict[tuple[str, ...], ActorEntry]
    max_len: int
    # institutions whose alias a sector row also has ("congress", "duma"): capitalized and with no
    # country before it, the word names the institution ("Congress" -> USALEG), else the sector
    # ("Brazil's Congress" -> BRALEG)
    proper: dict[tuple[str, ...], ActorEntry] = field(default_factory=dict)

    def longest(self, words: list[str], i: int, cased: list[bool]) -> tuple[int, ActorEntry] | None:
        """The longest dictionary phrase starting at word ``i`` (length, entry), or None."""
        for n in range(min(self.max_len, len(words) - i), 0, -1):
            entry = self.phrases.get(tuple(words[i : i + n]))
            if entry is None:
                continue
            if n == 1 and words[i] in CASED | ACRONYMS | COMMON_NAMES and not cased[i]:
                continue
            if n == 2 and words[i] == "u" and words[i + 1] == "n" and not cased[i]:
                continue
            return n, entry
        return None


def _read(
    text: str, into: dict[tuple[str, ...], ActorEntry], shadowed: dict[tuple[str, ...], ActorEntry] | None = None
) -> None:
    header = True
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        if header:
            header = False
            if cols[0] == "aliases":
                continue
        if len(cols) < 2:
            continue
        code = cols[1].strip()
        name = cols[2].strip() if len(cols) > 2 and cols[2].strip() else cols[0].split("|")[0]
        kind = cols[3].strip() if len(cols) > 3 and cols[3].strip() else "org"
        entry = ActorEntry(code, name, kind)
        for alias in cols[0].split("|"):
            key = tuple(WORD.findall(alias.lower()))
            if not key:
                continue
            before = into.get(key)
            if shadowed is not None and before is not None and before.kind == "institution" and kind == "sector":
                shadowed[key] = before
            into[key] = entry


@lru_cache(maxsize=4)
def _load(extra: str | None) -> ActorDict:
    phrases: dict[tuple[str, ...], ActorEntry] = {}
    proper: dict[tuple[str, ...], ActorEntry] = {}
    base = resources.files("dateline").joinpath("data", "actors")
    for name in FILES:
        _read(base.joinpath(name).read_text("utf-8"), phrases, proper)
    if extra:
        _read(Path(extra).read_text("utf-8"), phrases, proper)
    return ActorDict(phrases, max(len(k) for k in phrases), proper)


def load_actors(extra: Path | None = None) -> ActorDict:
    """The shipped dictionary, extended (and overridden) by a user TSV file in the same format."""
    return _load(str(extra) if extra else None)


@dataclass(frozen=True)
class Piece:
    start: int  # char offsets into the text
    end: int
    entry: ActorEntry


# kinds that name one actor outright: their code wins over countries and sector nouns
NAMED = {"person", "institution", "org", "igo", "ngo", "img", "reb"}
# countries and demonyms named like common words ("a Christmas turkey", "a football jersey", "a guinea
# pig", "metal and wooden poles", "nail polish"): in capitals where the sentence has any (a degraded,
# all-lowercase one cannot tell)
COMMON_NAMES = {"turkey", "chad", "guinea", "jersey", "pole", "poles", "polish", "danish"}
PLACE = {"country", "capital", "demonym", "people"}
MADE_IN = (
    "-made", "-built", "-designed", "-manufactured", "-supplied", "-style", "-like", "-type", "-era", "-inspired",
    "-backed", "-funded", "-sponsored", "-allied", "-aligned", "-supported", "-owned",
)  # fmt: skip
FLAG = re.compile(r"\s+flags?\b", re.IGNORECASE)
ADVOCACY = re.compile(r"\s+(?:United\s+)?(?:for|Against)\s+[A-Z]")


@dataclass(frozen=True)
class Mention:
    """A run of dictionary pieces that names one actor ("Russian President Vladimir Putin")."""

    pieces: tuple[Piece, ...]
    borrowed_sector: str | None = None  # "Hungarian and Romanian officials": the demonym takes GOV
    home: str | None = None  # ISO3 the document places a bare sector noun in ("the Senate" in a U.S. story)

    @property
    def start(self) -> int:
        return self.pieces[0].start

    @property
    def end(self) -> int:
        return self.pieces[-1].end

    def as_target(self, actor: Actor) -> Actor:
        """A people named alone ("arrested 100 Palestinians") is, as a target, its civilians."""
        if len(self.pieces) == 1 and self.pieces[0].entry.kind == "people" and actor.country_code:
            return replace(actor, code=actor.country_code + "CVL", sector="CVL")
        return actor

    def actor(self, text: str) -> Actor:
        code, name = self._code()
        country = None if code[:3] in TRANSNATIONAL or len(code) < 3 or code in SECTOR_CODES else code[:3]
        if code in SECTOR_CODES:
            sector: str | None = code
        elif code[:3] in TRANSNATIONAL:
            sector = code[:3]
        else:
            sector = code[3:6] or None
        return Actor(text[self.start : self.end], name, code, country, sector, self.start, self.end)

    def _code(self) -> tuple[str, str]:
        entries = [p.entry for p in self.pieces]
        sectors = [e for e in entries if e.kind == "sector"]
        sector = _head_sector(sectors) or self.borrowed_sector
        named = [e for e in entries if e.kind in NAMED]
        if named:
            main = named[-1]
            if main.kind == "person" and main.country_code and "ELI" in (e.code for e in sectors):
                return main.country_code + "ELI", main.name  # "former president Carlos Menem": an elite
            before = [e for e in entries[: entries.index(main)] if e.kind in PLACE]
            if main.kind == "person" and before and main.country_code not in (None, before[-1].code[:3]):
                # "Jordan's King Abdullah": a title two countries share, held in the one named
                return before[-1].code[:3] + (main.sector or "GOV"), main.name
            if len(main.code) == 3 and sector:  # a bare country code takes the sector noun's
                return main.code + sector, main.name
            if main.kind == "org" and main.country_code and sector in ("REB", "MIL") and main.sector != sector:
                return main.country_code + sector, main.name  # "Rwandan Patriotic Front rebels", "PLO guerrillas"
            if main.code[:3] in TRANSNATIONAL and sector and sector != "GOV" and len(main.code) <= 9:
                return main.code + sector, main.name  # "NATO peacekeeping troops" -> IGOWSTNATMIL
            return main.code, main.name
        places = [e for e in entries if e.kind in PLACE]
        if places:
            place = places[0]
            country = place.code[:3]
            if sector:
                return country + sector, place.name
            return place.code, place.name  # a capital keeps its GOV code; a country or demonym is bare
        if self.home:
            return self.home + (sector or "GOV"), sectors[-1].name if sectors else "government"
        return sector or "GOV", sectors[-1].name if sectors else "government"


SECTOR_CODES = {"GOV", "MIL", "REB", "OPP", "COP", "JUD", "MED", "BUS", "SPY", "REF", "CVL", "LAB", "PTY", "LEG"}
SECTOR_CODES |= {"EDU", "HLH", "REL", "AGR", "ELI", "CRM", "UAF", "IGO", "NGO", "MOD", "RAD", "DEV", "ENV", "HRI"}
RELIGIONS = {"CHR", "MOS", "JEW", "HIN", "BUD", "SIK"}  # "evangelical Christians" are of no country
SECTOR_CODES |= RELIGIONS


def _head_sector(sectors: list[ActorEntry]) -> str | None:
    """The head (last) sector noun, unless a specific modifier beats a generic GOV head."""
    if not sectors:
        return None
    head = sectors[-1].code
    if head == "GOV":
        for e in sectors[:-1]:
            if e.code in PREFER_OVER_GOV:
                return e.code
    return head


def find_mentions(text: str, start: int, end: int, actor_dict: ActorDict | None = None) -> list[Mention]:
    """Actor mentions in ``text[start:end]``, longest dictionary match first, glued into runs."""
    d = actor_dict or load_actors()
    matches = list(WORD.finditer(text.lower(), start, end))
    words = [m.group() for m in matches]
    cased = [any(c.isupper() for c in text[m.start() : m.end()]) for m in matches]
    upper = [text[m.start() : m.end()].isupper() for m in matches]
    cased = [c and (w not in ACRONYMS or u) for c, w, u in zip(cased, words, upper, strict=True)]
    if not any(ch.isupper() for ch in text[start:end]):
        cased = [c or w in COMMON_NAMES for c, w in zip(cased, words, strict=True)]
    pieces: list[tuple[int, int, Piece]] = []  # (first word, last word + 1, piece)
    i = 0
    while i < len(words):
        hit = d.longest(words, i, cased)
        if hit is None:
            i += 1
            continue
        n, entry = hit
        if entry.kind == "none":
            i += n  # "the general election", "an office party": the actor word names no actor here
            continue
        if entry.kind == "capital" and text.startswith("-based", matches[i + n - 1].end()):
            i += n  # "the Washington-based National Iranian American Council": a place, not a government
            continue
        if text.startswith(MADE_IN, matches[i + n - 1].end()):
            i += n  # "a Russian-made missile", "a GOP-backed lawsuit": who made or backs a thing, not its doer
            continue
        if entry.kind in ("demonym", "people") and ADVOCACY.match(text, matches[i + n - 1].end()):
            i += n  # "Americans for Prosperity", "Americans United for Separation of Church and State": a group's name
            continue
        if FLAG.match(text, matches[i + n - 1].end()):
            i += n  # "carrying Islamic State flags", "waving American flags": a flag, not its owner
            continue
        if entry.kind == "demonym" and _ethnic_american(words, i + n):
            # "Iranian Americans", "the Mexican-American community": Americans, not the other country
            name = f"{text[matches[i].start() : matches[i + n - 1].end()]} Americans"
            pieces.append(
                (i, i + n + 1, Piece(matches[i].start(), matches[i + n].end(), ActorEntry("USACVL", name, "country")))
            )
            i += n + 1
            continue
        if entry.kind == "demonym" and _language(words, i, n, text, matches[i + n - 1].end()):
            i += n  # "teaches 8th grade English", "said in Arabic": a language, not a people or state
            continue
        if entry.kind == "demonym" and i > 0 and words[i - 1] == "ethnic":
            entry = ActorEntry("CVL", f"ethnic {entry.name}", "sector")  # a minority, not the state
        elif entry.kind == "demonym" and _plural_of(d, words[i : i + n], entry):
            if i > 0 and (words[i - 1] in CROWD or words[i - 1].isdigit()):
                entry = ActorEntry(entry.code + "CVL", entry.name, "country")  # "thousands of Algerians"
            else:
                entry = ActorEntry(entry.code, entry.name, "people")  # "Palestinians": a people
        elif entry.kind == "sector" and entry.code == "GOV" and i > 0 and words[i - 1] in ("former", "ex"):
            entry = ActorEntry("ELI", f"former {entry.name}", "sector")  # "former president": an elite
        elif entry.kind == "sector" and tuple(words[i : i + n]) in d.proper and all(cased[i : i + n]):
            if not _after_country(pieces, i, words):
                entry = d.proper[tuple(words[i : i + n])]  # "Congress", not "Brazil's Congress"
        elif n == 1 and words[i] in ("officers", "officer") and _police_nearby(text, matches[i].start()):
            entry = ActorEntry("COP", "police", "sector")  # "a gunman opened fire on officers" in a police story
        pieces.append((i, i + n, Piece(matches[i].start(), matches[i + n - 1].end(), entry)))
        i += n
    runs: list[list[tuple[int, int, Piece]]] = []
    for item in pieces:
        gap_text = text[runs[-1][-1][2].end : item[2].start] if runs else ""
        if runs and not BREAK.search(gap_text) and _glued(runs[-1][-1], item, words, cased):
            runs[-1].append(item)
        else:
            runs.append([item])
    mentions = [Mention(tuple(p for _, _, p in run)) for run in runs]
    return _borrow_sectors(mentions, text)


BILATERAL = {
    "summit", "talks", "relations", "ties", "agreement", "deal", "treaty", "trade", "war", "alliance",
    "cooperation", "partnership", "border", "negotiations", "meeting", "dialogue", "tension", "tensions",
    "conflict", "rivalry", "standoff", "accord", "pact",
}  # fmt: skip


def _ethnic_american(words: list[str], j: int) -> bool:
    """``words[j]`` is "American(s)" after a demonym that names descent ("Iranian Americans"), not
    two states ("the Russian-American summit")."""
    if j >= len(words) or words[j] not in ("american", "americans"):
        return False
    return j + 1 >= len(words) or words[j + 1] not in BILATERAL


def _after_country(pieces: list[tuple[int, int, Piece]], i: int, words: list[str]) -> bool:
    """A country, capital or demonym right before word ``i`` ("Peruvian", "Brazil's")."""
    if not pieces or pieces[-1][2].entry.kind not in ("country", "capital", "demonym", "people"):
        return False
    end = pieces[-1][1]
    return end == i or (end == i - 1 and words[end] == "s")


LANGUAGE_CUES = {
    "in", "into", "speak", "speaks", "spoke", "speaking", "teach", "teaches", "taught", "teaching", "learn",
    "learning", "learned", "grade", "fluent", "study", "studied", "studying",
}  # fmt: skip
AFTER_LANGUAGE = re.compile(r"\s*(?:[^\w\s]|$|(?:and|or|as|to|with|for|at|on|by|class|classes|lessons?)\b)")


def _language(words: list[str], i: int, n: int, text: str, end: int) -> bool:
    """A singular demonym after "in"/"speak"/"teach" that ends its phrase names a language."""
    if n != 1 or i == 0 or words[i - 1] not in LANGUAGE_CUES or words[i].endswith("s"):
        return False
    return bool(AFTER_LANGUAGE.match(text, end))


POLICE = re.compile(r"\bpolice\b|\bsheriff|\bcops?\b", re.I)


def _police_nearby(text: str, pos: int) -> bool:
    """ "Officers" are police where the story around them is about police, else soldiers (the
    dictionary's default, as in "captive Polish officers")."""
    return bool(POLICE.search(text, max(0, pos - 1500), pos + 1500))


def _plural_of(d: ActorDict, phrase: list[str], entry: ActorEntry) -> bool:
    """``phrase`` is the plural noun of a demonym ("Palestinians", not "Palestinian" or "Swiss").

    Such a mention is the state when it acts but civilians when acted on (``Mention.as_target``)."""
    last = phrase[-1]
    return len(last) > 3 and last.endswith("s") and d.phrases.get((*phrase[:-1], last[:-1])) == entry


def _glued(prev: tuple[int, int, Piece], nxt: tuple[int, int, Piece], words: list[str], cased: list[bool]) -> bool:
    gap = words[prev[1] : nxt[0]]
    if all(w in GLUE or cased[prev[1] + k] for k, w in enumerate(gap)):
        return not (prev[2].entry.kind in PLACE and nxt[2].entry.kind in PLACE and gap)
    # "rebels in Darfur" are Sudanese, but "peacekeepers in Iraq", "troops from Chad" or "aid workers
    # in Sudan" are often foreign: a military or aid-group noun is not placed by a locative
    local = prev[2].entry.kind == "sector" and prev[2].entry.code not in ("MIL", "NGO")
    while gap and gap[-1] in REGION:
        gap = gap[:-1]
    # "of" belongs a sector to its country whatever the sector ("the defense ministers of Japan")
    owned = prev[2].entry.kind == "sector" and gap in (["of"], ["of", "the"])
    return (local or owned) and nxt[2].entry.kind in PLACE and gap in LOCATIVE


def _borrow_sectors(mentions: list[Mention], text: str) -> list[Mention]:
    """A bare demonym (or country) joined by "and" to a sector mention takes its sector: before it
    ("U.S. and British warplanes") or, for a sector "of" a country, after it ("the leaders of
    Russia and China")."""
    out = list(mentions)
    for k in range(len(out) - 1, 0, -1):
        a, b = out[k - 1], out[k]
        if text[a.end : b.start].strip(" .").lower() != "and":
            continue
        b_sector = _head_sector([p.entry for p in b.pieces if p.entry.kind == "sector"])
        if _lone_state(a) and b_sector:
            out[k - 1] = Mention(a.pieces, borrowed_sector=b_sector)
        elif (
            _lone_state(b)
            and len(a.pieces) > 1
            and a.pieces[0].entry.kind == "sector"
            and _lone_state(Mention(a.pieces[-1:]))
        ):
            a_sector = _head_sector([p.entry for p in a.pieces if p.entry.kind == "sector"])
            if a_sector and text[a.pieces[0].end : a.pieces[-1].start].strip().lower() in ("of", "of the"):
                out[k] = Mention(b.pieces, borrowed_sector=a_sector)
    return out


def _lone_state(m: Mention) -> bool:
    return len(m.pieces) == 1 and m.pieces[0].entry.kind in ("demonym", "country")


def with_country(actor: Actor, country: str | None) -> Actor:
    """A sector-only actor ("the government") placed in a country from context."""
    if actor.country_code or not country or (actor.code or "")[:3] in TRANSNATIONAL | RELIGIONS:
        return actor  # a religion is placed only by its own words ("Egyptian Copts")
    sector = actor.sector or "GOV"
    return replace(actor, code=country + sector, country_code=country, sector=sector)
