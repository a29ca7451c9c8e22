"""Places: every mention of a country, first-level region, city or curated region, geocoded offline.

Candidates come from two sources, because on lowercased, unpunctuated text spaCy's NER misses most
places: the GPE/LOC/FAC entities, and a direct scan of the word tokens against the gazetteer's
*safe* index (countries, capitals, cities over ~500k, admin1 names and curated regions that are not
also common English words). Each mention is then resolved by context: a place in a country or
region the document mentions elsewhere wins, then an adjacent qualifier ("Moscow, Idaho"), else the
prior (type and population). Offsets are into ``ctx.text``; boilerplate is skipped.
"""

from __future__ import annotations

import dataclasses
import math
from collections import Counter
from dataclasses import dataclass

from dateline.context import Context
from dateline.events.actors import load_actors
from dateline.geo.gazetteer import CASED_ONLY, TYPE_RANK, Entry, Gazetteer, Place, load, token_spans, words
from dateline.record import Entity, Location

PLACE_TYPES = {"GPE", "LOC", "FAC"}
# Place names that are at least as often people's names.
PERSONISH = words(
    """
    chad jordan washington victoria paris sydney austin charlotte houston jackson kobe hamilton
    lincoln sofia orlando columbus cleveland phoenix florence regina madison denver santiago
    salvador dallas chester elizabeth montgomery tyler lafayette
    """
)
BLOCKING_TYPES = {"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT"}
# Combining forms of "Sino-Russian", "Anglo-American": alternate names of small places in the
# gazetteer ("Sino" is Greenville, Liberia), never places on their own in news.
COMBINING_FORMS = words("sino anglo franco russo indo afro italo greco judeo")
TITLES = words(
    """
    mr mrs ms miss dr president gen general sen senator rep gov governor secretary minister prince
    king queen sir lord lady judge justice coach pope sheikh
    """
)
# A place name before one of these names a street: "Pennsylvania Avenue", "Michigan Avenue"
# (a square is where it is: "Tiananmen Square", "Tahrir Square").
STREETS = words("street road drive lane highway")  # only capitalized; not "st": "Chicago St Louis"
AVENUES = words("avenue boulevard blvd parkway")  # street names in any case
# U.S. states as AP style abbreviates them after a city ("Birmingham, Ala."); some are also towns
# abroad (Ala, India). Only with their period and after a comma.
AP_STATES = {
    "ala": "alabama", "ariz": "arizona", "ark": "arkansas", "calif": "california", "colo": "colorado",
    "conn": "connecticut", "del": "delaware", "fla": "florida", "ga": "georgia", "ill": "illinois",
    "ind": "indiana", "kan": "kansas", "ky": "kentucky", "la": "louisiana", "md": "maryland",
    "mass": "massachusetts", "mich": "michigan", "minn": "minnesota", "miss": "mississippi", "mo": "missouri",
    "mont": "montana", "neb": "nebraska", "nev": "nevada", "okla": "oklahoma", "ore": "oregon",
    "pa": "pennsylvania", "tenn": "tennessee", "tex": "texas", "vt": "vermont", "va": "virginia",
    "wash": "washington", "wis": "wisconsin", "wyo": "wyoming",
}  # fmt: skip
# Common first names: "george washington", "michael jordan" are people, not places.
FIRST_NAMES = words(
    """
    george michael john james robert david william richard thomas charles joseph daniel mark paul
    steven andrew kevin brian jason matthew anthony donald kenneth edward ronald timothy jeffrey
    ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel frank
    gregory raymond alexander patrick jack dennis jerry tyler aaron jose adam henry nathan douglas
    zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald carl terry sean
    arthur lawrence jesse dylan bryan joe billy bruce albert willie gabriel logan alan juan wayne
    roy ralph randy eugene vincent russell elijah louis bobby philip johnny mary patricia jennifer
    linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret sandra ashley
    kimberly emily donna michelle dorothy carol amanda melissa deborah stephanie rebecca sharon
    laura cynthia kathleen amy shirley angela helen anna brenda pamela nicole emma samantha
    katherine christine debra rachel catherine carolyn janet ruth maria heather diane julie joyce
    olivia kelly christina lauren joan evelyn judith megan cheryl andrea hannah martha jacqueline
    frances gloria ann teresa kathryn sara janice jean alice doris abigail julia judy grace denise
    amber marilyn beverly danielle theresa sophia marie diana brittany natalie isabella rose alexis
    kayla hillary bernie barack mitt marco ted rand chris
    """
)
# "Washington said", "the Washington-led pact": the U.S. government, not the city.
METONYM_NEXT = words(
    """
    led said says say has have had wants wanted warned warns accused accuses urged urges announced
    announces imposed imposes is was will would should must believes insists insisted sees rejected
    rejects condemned condemns welcomed welcomes responded signed sanctioned denied denies demanded
    demands plans hopes fears backed backs
    """
)
# "Georgia Gov. Brian Kemp", "the Georgia House", "Georgia Republicans": words after a name that is
# both a country and a U.S. state that only the state takes.
STATE_NEXT = words(
    "gov governor governors lt legislature legislators lawmakers house senate assembly republicans democrats gop voters"
)
# Lowercased "turkey"/"china" as food or porcelain.
NOT_COUNTRY_BEFORE = {
    "turkey": words(
        """
    a roast roasted wild thanksgiving smoked stuffed whole ground cold sliced fried
    """
    ),
    "china": words(
        """
    fine bone porcelain
    """
    ),
}
NOT_COUNTRY_AFTER = {
    "turkey": words(
        """
    sandwich sandwiches breast breasts dinner leg legs meat burger burgers bacon hunting hunt
    vulture feathers gravy stuffing pardon pardoning
    """
    ),
    "china": words(
        """
    cabinet cabinets plates plate dishes dish teacups pattern shop
    """
    ),
}
# Person-name places on lowercase text need a place-like neighbour.
PLACE_BEFORE = words(
    """
    in to from of and neighboring neighbouring across into via through including near between visit
    visited visiting for at on border bordering
    """
)
PLACE_AFTER = words(
    """
    s and river valley border
    """
)


@dataclass
class Candidate:
    first: int  # token index
    last: int  # token index, exclusive
    entries: list[Entry]
    from_ner: bool


def extract(ctx: Context) -> list[Location]:
    """All place mentions in document order, each one resolved (one Location per mention)."""
    gaz = load()
    text = ctx.text
    toks = list(token_spans(text))
    if not toks:
        return []
    norms = [t[0] for t in toks]
    starts = [t[1] for t in toks]
    # Restored text is cased but its restorer may miss a capital: trust only genuinely clean input.
    cased = not ctx.degraded and _is_cased(text)
    blocked = [(e.start, e.end) for e in ctx.entities if e.type in BLOCKING_TYPES]
    persons = [(e.start, e.end) for e in ctx.entities if e.type == "PERSON"]

    cands = _ap_states(gaz, toks, text)  # first: on its span it wins the merge's tie with the tagger's "Ala."
    cands += _from_entities(ctx, gaz, toks, starts, text)
    cands += _scan(gaz, toks, norms, text, cased)
    chosen = _merge(cands)

    kept: list[Candidate] = []
    for c in chosen:
        start, end = toks[c.first][1], toks[c.last - 1][2]
        if ctx.in_boilerplate(start, end):
            continue
        if not c.from_ner and _blocked(c, toks, text, blocked) and not _metonym(c, norms, toks, persons):
            continue
        if not _plausible(c, norms, toks, text, cased, persons) or _seat_of_power(c, norms):
            continue
        kept.append(c)
    return _resolve(kept, gaz, toks, norms, text)


def _ap_state(i: int, toks: list[tuple[str, int, int]], text: str) -> str | None:
    """The state a token abbreviates in AP style after a city and a comma ("Birmingham, Ala.")."""
    word, start, end = toks[i]
    if word in AP_STATES and text[end : end + 1] == "." and text[max(0, start - 2) : start] == ", ":
        return AP_STATES[word]
    return None


def _ap_states(gaz: Gazetteer, toks: list[tuple[str, int, int]], text: str) -> list[Candidate]:
    """ "Birmingham, Ala." names Alabama, which also places the city before it."""
    out = []
    for i in range(len(toks)):
        state = _ap_state(i, toks, text)
        if state is None:
            continue
        entries = [e for e in gaz.lookup((state,)) if e.place.type == "admin1" and e.place.country_code == "US"]
        if entries:
            out.append(Candidate(i, i + 1, entries, from_ner=True))
    return out


def _seat_of_power(c: Candidate, norms: list[str]) -> bool:
    """ "The White House", "the Kremlin", "Downing Street" name a government (the actor
    dictionary's institutions), not White House, Tennessee."""
    entry = load_actors().phrases.get(tuple(norms[c.first : c.last]))
    return entry is not None and entry.kind == "institution"


def _blocked(c: Candidate, toks: list[tuple[str, int, int]], text: str, spans: list[tuple[int, int]]) -> bool:
    """Inside a person/organization name ("Bank of China", "George Washington"): a word joined to
    the match by a bare space lies in the same entity. NER that runs an entity across brackets or
    tags a lone "Belarus" as ORG is overruled."""
    start, end = toks[c.first][1], toks[c.last - 1][2]
    for s, e in spans:
        if not (s <= start and end <= e):
            continue
        for i, gap in (
            (c.first - 1, (toks[c.first - 1][2], start)),
            (c.last, (end, toks[c.last][1] if c.last < len(toks) else end)),
        ):
            inside = 0 <= i < len(toks) and s <= toks[i][1] and toks[i][2] <= e
            if inside and text[gap[0] : gap[1]] == " " and toks[i][0].isalpha():
                return True
    return False


def _metonym(c: Candidate, norms: list[str], toks: list[tuple[str, int, int]], persons: list[tuple[int, int]]) -> bool:
    """ "washington said", "the washington led pact": NER on lowercase text calls it a person or a
    NORP ("Washington-led"); only a longer person name ("george washington said") keeps it out."""
    if norms[c.first : c.last] != ["washington"] or c.last >= len(norms) or norms[c.last] not in METONYM_NEXT:
        return False
    start, end = toks[c.first][1], toks[c.first][2]
    return all(not (s <= start and end <= e) or (s, e) == (start, end) for s, e in persons)


def _is_cased(text: str) -> bool:
    """Mixed-case text: lowercase matches of proper names there are ordinary words."""
    sample = text[:20000]
    letters = sum(map(str.isalpha, sample))
    upper = sum(map(str.isupper, sample))
    return letters > 0 and upper / letters > 0.01


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _from_entities(
    ctx: Context, gaz: Gazetteer, toks: list[tuple[str, int, int]], starts: list[int], text: str
) -> list[Candidate]:
    import bisect

    out: list[Candidate] = []
    for ent in ctx.entities:
        if ent.type not in PLACE_TYPES:
            continue
        first = bisect.bisect_left(starts, ent.start)
        last = bisect.bisect_left(starts, ent.end)
        while first < last and toks[first][0] == "the":
            first += 1
        if first >= last:
            continue
        key = tuple(t[0] for t in toks[first:last])
        entries = gaz.lookup(key)
        if not entries and len(key) > 1 and key[-1] == "s":  # "Russia's" kept whole by NER
            last -= 1
            key = key[:-1]
            entries = gaz.lookup(key)
        if not entries and ent.type != "FAC":
            entries = gaz.lookup_small(key)
        if not entries:
            continue
        # A place name that is also a common word needs NER *and* a capital letter.
        if len(key) == 1 and not text[toks[first][1]].isupper() and not any(e.primary for e in gaz.safe.get(key, [])):
            continue
        out.append(Candidate(first, last, entries, True))
    return out


def _scan(
    gaz: Gazetteer, toks: list[tuple[str, int, int]], norms: list[str], text: str, cased: bool
) -> list[Candidate]:
    out: list[Candidate] = []
    n = len(norms)
    i = 0
    while i < n:
        longest = gaz.max_len.get(norms[i], 0)
        hit = False
        for length in range(min(longest, n - i), 0, -1):
            key = tuple(norms[i : i + length])
            entries = gaz.safe.get(key)
            surface = text[toks[i][1] : toks[i + length - 1][2]]
            if not entries and key in CASED_ONLY and cased and surface.isupper():
                entries = gaz.lookup(key)  # "US", "UK" in capitals
            if not entries:
                continue
            if cased and not surface[:1].isupper():
                continue  # "turkey" the bird, "china" the porcelain, in clean text
            out.append(Candidate(i, i + length, entries, False))
            i += length
            hit = True
            break
        if not hit:
            i += 1
    return out


def _merge(cands: list[Candidate]) -> list[Candidate]:
    """Longest non-overlapping candidates; on equal spans the NER one (it carries more names)."""
    ordered = sorted(cands, key=lambda c: (-(c.last - c.first), not c.from_ner, c.first))
    taken: list[Candidate] = []
    used: set[int] = set()
    for c in ordered:
        span = set(range(c.first, c.last))
        if span & used:
            continue
        used |= span
        taken.append(c)
    return sorted(taken, key=lambda c: c.first)


def _plausible(
    c: Candidate,
    norms: list[str],
    toks: list[tuple[str, int, int]],
    text: str,
    cased: bool,
    persons: list[tuple[int, int]],
) -> bool:
    """Context checks for names that are also people, food or porcelain, or streets."""
    after = c.last < len(toks) and text[toks[c.last - 1][2] : toks[c.last][1]] == " "
    if after and (norms[c.last] in AVENUES or cased and norms[c.last] in STREETS and text[toks[c.last][1]].isupper()):
        return False  # "1600 Pennsylvania Avenue", "Michigan Avenue"; not "a Moscow street vendor"
    if c.last - c.first != 1:
        return True
    word = norms[c.first]
    if word in COMBINING_FORMS:
        return False
    start, end = toks[c.first][1], toks[c.first][2]
    if _ap_state(c.first, toks, text) and not all(e.place.type == "admin1" for e in c.entries):
        return False  # "Birmingham, Ala.": a U.S. state in AP style, not Ala in India
    # Neighbours count only when nothing but a space separates them: "( Germany )" has none.
    tight_prev = c.first > 0 and text[toks[c.first - 1][2] : start] == " "
    tight_next = c.last < len(toks) and text[end : toks[c.last][1]] == " "
    prev = norms[c.first - 1] if tight_prev else ""
    nxt = norms[c.last] if tight_next else ""
    if word in NOT_COUNTRY_BEFORE and (prev in NOT_COUNTRY_BEFORE[word] or nxt in NOT_COUNTRY_AFTER[word]):
        return False
    if prev in TITLES or (prev in FIRST_NAMES and word != "georgia"):
        return False
    if word == "washington" and nxt in METONYM_NEXT:
        return True
    if word in PERSONISH:  # "michael jordan": a person's name runs on into the place name
        for i, tight in ((c.first - 1, tight_prev), (c.last, tight_next)):
            if tight and _inside(toks[i][1], toks[i][2], persons):
                return False
    if word in PERSONISH and not c.from_ner and not cased:
        big_city = any(e.place.type == "city" and e.place.population >= 1_000_000 for e in c.entries)
        if not big_city and prev not in PLACE_BEFORE and nxt not in PLACE_AFTER:
            return False
    return True


def _prior(e: Entry) -> float:
    """Context-free preference: countries and curated regions first, then size, capitals, big cities."""
    p = e.place
    score = 4.0 if p.type == "region" else math.log10(p.population + 10) + TYPE_RANK.get(p.type, 0.0)
    if p.type == "admin1":
        score += 0.5
    if p.type == "city":
        score += (2.0 if p.capital else 0.0) + (1.0 if p.population >= 1_000_000 else 0.0)
        if p.admin1 and p.admin1 == p.name:
            score += 0.5  # Beijing the city over Beijing the municipality
    return score + (0.5 if e.primary else -1.5)


def _resolve(
    cands: list[Candidate], gaz: Gazetteer, toks: list[tuple[str, int, int]], norms: list[str], text: str
) -> list[Location]:
    keys = [tuple(norms[c.first : c.last]) for c in cands]
    firsts = [max(c.entries, key=_prior).place for c in cands]
    # Evidence from *other* names: which countries and admin1s the document is about.
    cc_by_key: dict[tuple[str, ...], set[str]] = {}
    adm_by_key: dict[tuple[str, ...], set[str]] = {}
    for key, p in zip(keys, firsts, strict=True):
        if p.country_code:
            cc_by_key.setdefault(key, set()).add(p.country_code)
        if p.admin1_key:
            adm_by_key.setdefault(key, set()).add(p.admin1_key)
    cc_count: Counter[str] = Counter(cc for s in cc_by_key.values() for cc in s)
    adm_count: Counter[str] = Counter(a for k, s in adm_by_key.items() for a in s)

    out: list[Location] = []
    for idx, (c, key) in enumerate(zip(cands, keys, strict=True)):
        own_cc = cc_by_key.get(key, set())
        own_adm = adm_by_key.get(key, set())
        neighbours = [
            cands[j] for j in (idx - 1, idx + 1) if 0 <= j < len(cands) and _adjacent(cands, idx, j, toks, text)
        ]
        listed = _in_list(cands, idx, toks, norms, text)
        # "Georgia and North Carolina": the places a list joins
        kin = [cands[j] for j in (idx - 1, idx + 1) if 0 <= j < len(cands) and _joined(cands, idx, j, toks, text)]
        # "New York" the city inside "New York" the state; "Georgia" in Tbilisi or Atlanta.
        same_named = {e.place.admin1_key for e in c.entries if e.place.type == "admin1"}
        contested = len({e.place.country_code for e in c.entries}) > 1
        # a country's name that is also a region's elsewhere ("Georgia"): its listed neighbours decide
        state_or_country = contested and any(e.place.type == "country" for e in c.entries)
        state_next = c.last < len(norms) and norms[c.last] in STATE_NEXT
        state_word = c.last < len(norms) and norms[c.last] == "state"  # "Washington State", "New York state"

        def score(
            e: Entry,
            own_cc: set[str] = own_cc,
            own_adm: set[str] = own_adm,
            nb: list[Candidate] = neighbours,
            listed: bool = listed,
            same_named: set[str | None] = same_named,
            contested: bool = contested,
            state_or_country: bool = state_or_country,
            state_next: bool = state_next,
            state_word: bool = state_word,
            kin: list[Candidate] = kin,
        ) -> float:
            p = e.place
            s = _prior(e)
            if p.country_code:
                # Other names in the same country: a capped bonus, so a U.S.-heavy article pulls
                # "Georgia" to the state but never "Paris" to Texas.
                others = cc_count[p.country_code] - (p.country_code in own_cc)
                s += min(3.0, 1.5 * math.log2(1 + others))
            if p.type == "city" and p.admin1_key in same_named:
                s += 1.5
            if contested and p.type == "admin1" and adm_count[p.admin1_key or ""] - (p.admin1_key in own_adm) > 0:
                s += 2.0  # "Atlanta" elsewhere makes "Georgia" the state
            if e.primary and not listed and any(_qualifies(p, n) for n in nb):
                s += 10.0
            if state_or_country and (listed or kin) and any(_same_kind(p, n) for n in [*nb, *kin]):
                s += 4.0  # "Arizona, Georgia and Pennsylvania" are states; "Russia, Georgia and Armenia" countries
            if state_or_country and p.type == "admin1" and state_next:
                s += 10.0  # "Georgia Gov. Brian Kemp"
            if state_word and p.type == "admin1":
                s += 10.0  # "a federal judge in Washington State": not the capital
            return s

        place = max(c.entries, key=score).place
        if key == ("washington",) and c.last < len(norms) and norms[c.last] in METONYM_NEXT:
            place = gaz.country("US") or place
        start, end = toks[c.first][1], toks[c.last - 1][2]
        if end < len(text) and text[end] == "." and all(len(t) == 1 for t in key) and len(key) > 1:
            end += 1  # "U.S." keeps its last period
        out.append(
            Location(
                name=place.name,
                type=place.type,
                country_code=place.country_code,
                admin1=place.admin1 if place.type in ("city", "admin1") else None,
                lat=place.lat,
                lon=place.lon,
                geonameid=place.geonameid,
                start=start,
                end=end,
                text=text[start:end],
            )
        )
    return out


def _adjacent(cands: list[Candidate], i: int, j: int, toks: list[tuple[str, int, int]], text: str) -> bool:
    a, b = (cands[i], cands[j]) if i < j else (cands[j], cands[i])
    gap = text[toks[a.last - 1][2] : toks[b.first][1]]
    return len(gap) <= 3 and all(ch in " ,\t" for ch in gap)


def _in_list(cands: list[Candidate], idx: int, toks: list[tuple[str, int, int]], norms: list[str], text: str) -> bool:
    """Part of a run of three or more adjacent places, or a pair joined by "and"/"or" right after:
    "Washington, Maryland and Virginia" lists places, it does not qualify one by another."""
    run = 1
    j = idx
    while j > 0 and _adjacent(cands, j - 1, j, toks, text):
        run, j = run + 1, j - 1
    j = idx
    while j + 1 < len(cands) and _adjacent(cands, j, j + 1, toks, text):
        run, j = run + 1, j + 1
    after = cands[j].last
    return run >= 3 or (after < len(norms) and norms[after] in ("and", "or"))


def _joined(cands: list[Candidate], i: int, j: int, toks: list[tuple[str, int, int]], text: str) -> bool:
    a, b = (cands[i], cands[j]) if i < j else (cands[j], cands[i])
    gap = text[toks[a.last - 1][2] : toks[b.first][1]]
    return gap.strip(" ,\t").lower() in ("and", "or")


def _same_kind(p: Place, other: Candidate) -> bool:
    """A listed neighbour, read as its likeliest place, is of ``p``'s type (and, for a region, in
    ``p``'s country)."""
    q = max(other.entries, key=_prior).place
    return q.type == p.type and (p.type == "country" or q.country_code == p.country_code)


def _qualifies(p: Place, other: Candidate) -> bool:
    """An adjacent mention names this place's admin1 or country ("Moscow, Idaho"; "Atlanta, Georgia")."""
    for e in other.entries:
        q = e.place
        if q is p:
            continue
        if q.type == "admin1" and p.type == "city" and q.admin1_key == p.admin1_key:
            return True
        if q.type == "country" and p.type in ("city", "admin1") and q.country_code == p.country_code:
            return True
        if p.type == "admin1" and q.type == "city" and q.admin1_key == p.admin1_key:
            return True
    return False


def landform_types(entities: list[Entity], locations: list[Location]) -> list[Entity]:
    """Entities that are exactly a curated region or landform are places (LOC), whatever the tagger
    said: "the senkakus" tagged ORG on degraded text. Curated names ("South China Sea", "Crimea")
    are never persons or organizations; countries and cities can be (metonyms), so they stay."""
    regions = {(loc.start, loc.end) for loc in locations if loc.type == "region"}
    return [
        dataclasses.replace(e, type="LOC") if e.type in ("ORG", "PERSON") and (e.start, e.end) in regions else e
        for e in entities
    ]
