"""Canonical names per document: every mention of one person or organization gets one name.

Why: readers, the store and the event coder count entities, and ``mr putin``, ``putin`` and
``Vladimir Putin`` must count as one. The rules work on tokens and never need capitals or
punctuation, because the analysis text may still be lowercased and unpunctuated:

* a mention is trimmed to its name: leading determiners and honorifics/titles go, a trailing
  possessive (``'s`` or the degraded ``s``) goes;
* a one-word person mention joins the nearest full name in the document that contains it
  ("Putin" -> "Vladimir Putin", "Xi" -> "Xi Jinping"); the longest full name is the canonical;
* an acronym joins the multi-word name whose initials it spells ("EU" -> "European Union");
* a short organization name joins a longer one that only adds designators ("Rosneft Oil
  Company" -> "Rosneft", "Xinhua News Agency" -> "Xinhua"): the short form is what people say;
* a one-word mention the tagger typed ORG/GPE but that is a known person's surname becomes that
  person (degraded text often fools the tagger that way);
* roles: a title before the name ("Russian President", "Rosneft's chairman") or an apposition
  after it ("an Asia analyst at the Carnegie Moscow Center") goes to ``role``, on every mention.

Canonicals are shown in proper case even when the text is lowercase (title case, a short list of
acronyms kept upper).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from dateline.nlp import doc_text
from dateline.record import Entity

DETERMINERS = {"the", "a", "an", "this", "that", "these", "those"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "rev", "fr"}
TITLES = {
    "president", "vice", "prime", "minister", "premier", "chancellor", "secretary", "sen", "senator",
    "rep", "representative", "gov", "governor", "mayor", "gen", "general", "col", "colonel", "lt",
    "capt", "captain", "adm", "admiral", "sgt", "maj", "major", "cmdr", "commander", "judge", "justice",
    "king", "queen", "prince", "princess", "pope", "ambassador", "chairman", "chairwoman", "chair",
    "ceo", "chief", "executive", "director", "spokesman", "spokeswoman", "spokesperson", "foreign",
    "defense", "defence", "finance", "interior", "deputy", "former", "state", "attorney", "speaker",
    "leader", "founder", "head", "editor", "analyst", "professor", "coach", "economist", "sheikh",
    "emir", "ayatollah", "cardinal", "bishop", "archbishop", "chairperson", "envoy", "commissioner",
}  # fmt: skip
ROLE_NOUNS = {
    "president", "minister", "premier", "chancellor", "secretary", "senator", "representative",
    "governor", "mayor", "general", "colonel", "captain", "admiral", "commander", "judge", "justice",
    "king", "queen", "prince", "princess", "pope", "ambassador", "chairman", "chairwoman", "chair",
    "ceo", "chief", "executive", "director", "spokesman", "spokeswoman", "spokesperson", "attorney",
    "speaker", "leader", "founder", "head", "editor", "analyst", "professor", "economist", "expert",
    "researcher", "fellow", "scholar", "official", "adviser", "advisor", "strategist", "historian",
    "diplomat", "envoy", "deputy", "aide", "specialist", "scientist", "lecturer", "dean", "candidate",
    "consultant", "observer", "writer", "columnist", "investor", "officer", "coordinator", "author",
    "lawyer", "manager", "member", "partner", "correspondent", "reporter", "commissioner",
    "chairperson", "lawmaker", "legislator", "activist", "owner", "mogul", "billionaire", "tycoon",
}  # fmt: skip
LINKS = {"at", "of", "with", "for", "from", "in", "on"}
PARTICLES = {"of", "the", "and", "for", "de", "del", "della", "van", "von", "der", "den", "al", "bin", "la", "le",
             "du", "da", "dos", "y", "in", "on", "at", "to", "&", "v.", "v"}  # fmt: skip
DESIGNATORS = {
    "company", "co", "corp", "corporation", "inc", "incorporated", "ltd", "limited", "plc", "llc", "group",
    "holding", "holdings", "sa", "ag", "nv", "gmbh", "oil", "gas", "energy", "news", "agency", "bank",
    "party", "international", "petroleum", "petrochemical", "petrochemicals",
}  # fmt: skip
ACRONYMS = {
    a.lower(): a
    for a in (
        "EU", "UN", "US", "USA", "UK", "UAE", "USSR", "NATO", "FBI", "CIA", "NSA", "DOJ", "DHS", "FDA", "CDC",
        "IMF", "WTO", "WHO", "OPEC", "OECD", "ASEAN", "BRICS", "G7", "G8", "G20", "BBC", "CNN", "NBC", "ABC",
        "CBS", "NPR", "PBS", "MSNBC", "AP", "AFP", "GOP", "NASA", "EPA", "IRS", "SEC", "ECB", "ISIS", "ISIL",
        "KGB", "FSB", "GRU", "LNG", "NGO", "IAEA", "ICC", "NHS", "MIT", "UCLA", "CEO", "PLA", "CCP", "ANC",
        "IBM", "HSBC", "BP", "AT&T", "EY", "KPMG", "PwC", "NFL", "NBA", "FIFA", "UEFA", "OSCE", "SCO",
    )
}  # fmt: skip
DOTTED = {("u", "s"): "U.S.", ("u", "k"): "U.K.", ("u", "n"): "U.N.", ("e", "u"): "E.U."}
FRAGMENTS = {"doesn", "don", "isn", "wasn", "aren", "weren", "didn", "won", "couldn", "shouldn", "wouldn", "hasn",
             "haven", "hadn", "ain", "ll", "ve", "re", "mr", "mrs", "ms", "dr"}  # fmt: skip
NAME_TITLES = {"president", "chairman", "chairwoman", "minister", "premier", "chancellor", "senator", "sen",
               "governor", "gov", "spokesman", "spokeswoman", "ceo", "ambassador"}  # fmt: skip
ORG_CUES = {"company", "firm", "group", "giant", "agency", "bank", "conglomerate", "producer", "maker", "carrier",
            "retailer", "network", "newspaper", "magazine", "outlet", "startup", "insurer", "lender"}  # fmt: skip
ORG_HEADS = {
    "center", "centre", "council", "bank", "ministry", "department", "union", "institute", "university", "college",
    "committee", "commission", "court", "office", "service", "services", "board", "association", "federation",
    "foundation", "fund", "organization", "organisation", "forum", "league", "network", "times", "post", "journal",
    "press", "house", "assembly", "parliament", "congress", "senate", "army", "navy", "force", "forces", "police",
    "guard", "school", "academy", "society", "club", "team", "authority", "administration", "agency", "bureau",
    "reserve", "exchange", "airlines", "motors", "media", "project", "program", "alliance", "coalition",
}  # fmt: skip
ORG_CUES_AFTER = {"magazine", "newspaper", "agency", "company", "corp", "inc", "group", "network"}
ORG_ENDS = ORG_HEADS | DESIGNATORS
EDGE_POS = {"VERB", "AUX", "ADV", "ADP", "PRON", "DET", "SCONJ", "CCONJ", "PART", "INTJ", "NUM"}
RETYPE = {"ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT"}  # a surname mistyped as these
MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "ner"
POSSESSIVE = {"'s", "’s", "s", "'", "’"}
NOT_ROLE = {"said", "says", "say", "told", "tells", "is", "was", "are", "were", "has", "had", "have", "will", "would",
            "who", "which", "that", "and", "but", "he", "she", "they", "it", "also", "added", "wrote"}  # fmt: skip


@dataclass
class Mention:
    """One trimmed mention: tokens [start, end) of the doc, its tagger type and its key words."""

    start: int
    end: int
    type: str
    key: tuple[str, ...]
    display: str
    title: list[str]  # titles stripped from inside the span ("President" in "President Xi")
    cluster: int = -1
    role: str | None = None
    start_char: int | None = None  # the tagger's bounds where they cut into the first or last token
    end_char: int | None = None

    def chars(self, doc: Doc) -> tuple[int, int]:
        span = doc[self.start : self.end]
        return (
            span.start_char if self.start_char is None else self.start_char,
            span.end_char if self.end_char is None else self.end_char,
        )


def norm(word: str) -> str:
    """Lowercase alphanumerics only: the form that compares equal in clean and degraded text."""
    return re.sub(r"[^0-9a-z&]", "", word.lower())


def is_lower(text: str) -> bool:
    return not any(c.isupper() for c in text)


def proper_case(words: list[str]) -> str:
    """Title-case lowercase (or shouted) words, keeping acronyms upper and particles lower."""
    out: list[str] = []
    i = 0
    while i < len(words):
        pair = (norm(words[i]), norm(words[i + 1])) if i + 1 < len(words) else None
        if pair in DOTTED:
            out.append(DOTTED[pair])
            i += 2
            continue
        w = words[i]
        low = w.lower()
        if low in ACRONYMS or norm(w) in ACRONYMS and "." not in w:
            out.append(ACRONYMS.get(low) or ACRONYMS[norm(w)])
        elif out and low in PARTICLES:
            out.append(low)
        elif w.isupper() and len(w) <= 3 and not is_lower(w):
            out.append(w)
        else:
            out.append("-".join(p[:1].upper() + p[1:].lower() for p in w.split("-")))
        i += 1
    return " ".join(out)


def display(words: list[str]) -> str:
    """The name as written when it is cased, proper-cased when the text is lower (or all upper).

    Partly cased names (a restorer's misses: "AGNIA grigas", "Sibur energy") get only their
    lowercase and shouted words fixed; "eBay" or "McDonald's" stay as written."""
    text = " ".join(words)
    if is_lower(text) or (text.isupper() and len(text) > 5):
        return proper_case(words)
    fixed = []
    for n, w in enumerate(words):
        lower = w.islower() and not (n and w in PARTICLES)
        shouted = w.isupper() and len(w) > 4 and w.lower() not in ACRONYMS
        fixed.append(proper_case([w]) if lower or shouted else w)
    return " ".join(fixed)


def trim(doc: Doc, span: Span, label: str, chars: tuple[int, int] | None = None) -> Mention | None:
    """Strip determiners, honorifics/titles (persons) and a possessive; None when nothing is left.

    ``chars``: the tagger's character bounds. Restored text may glue a name to its neighbour in
    one token ("174.P. Simmons", "U.S-49" in sports tables): the mention keeps only the tagger's
    part of such a token."""
    toks = list(span)
    title: list[str] = []
    first = span.start
    if label == "ORG" and first >= 2 and norm(doc[first - 2].text) == "the":
        prev = doc[first - 1]  # "the carnegie [moscow center]": the tagger lost the first word
        named = is_lower(span.text) or prev.text[:1].isupper()  # cased: only a capitalised word
        if named and prev.is_alpha and not prev.is_stop and norm(prev.text) not in not_names():
            toks.insert(0, prev)
    while toks and (norm(toks[0].text) in DETERMINERS and toks[0].text.lower() != "a." or not norm(toks[0].text)):
        toks.pop(0)  # (an initial is no article: "A. Smith")
    while len(toks) > 1 and toks[0].text.lower().rstrip(".") in ("a.m", "p.m"):
        toks.pop(0)  # a live blog's time before the name: "9:10 p.m. Donald Trump"
    if len(toks) > 1 and norm(toks[0].text) in HONORIFICS - {"lord", "lady"}:
        label = "PERSON"  # "mr xi" tagged ORG
    if label == "PERSON":
        while len(toks) > 1 and (norm(toks[0].text) in HONORIFICS or norm(toks[0].text) in TITLES):
            if norm(toks[0].text) not in HONORIFICS:
                title.append(toks[0].text)
            toks.pop(0)
    for n in range(1, len(toks)):  # "kremlin s annexation of crimea": a name ends at its possessive
        if toks[n].text.lower() in POSSESSIVE and norm(toks[n - 1].text) != "u":
            toks = toks[:n]
            break
    while toks and (toks[-1].text.lower() in POSSESSIVE or not norm(toks[-1].text)):
        toks.pop()
    if len(toks) >= 3 and norm(toks[-1].text) == initials(tuple(norm(t.text) for t in toks[:-1])):
        toks.pop()  # "European Union EU": the degraded form of "European Union (EU)"
    if label != "ORG" and len(toks) == 1 and toks[0].i > 0 and norm(doc[toks[0].i - 1].text) in ORG_CUES:
        label = "ORG"  # "the chinese company sinopec"
    nxt = toks[-1].i + 1 if toks else len(doc)
    if label == "PERSON" and len(toks) == 1 and nxt < len(doc) and norm(doc[nxt].text) in ORG_CUES_AFTER:
        label = "ORG"  # "newsweek magazine"
    # lowercase words (degraded or half-restored text) that English writes lowercase are no names
    common = common_words()
    while (
        len(toks) > 1
        and toks[-1].text.islower()
        and norm(toks[-1].text) in common
        and (toks[-1].pos_ in EDGE_POS or label == "ORG" and norm(toks[-1].text) not in ORG_ENDS)
    ):
        toks.pop()  # "carnegie moscow center think tank"
        while len(toks) > 1 and not norm(toks[-1].text):
            toks.pop()  # "Moscow Center, think": the comma before the dropped word
    while len(toks) > 1 and toks[0].text.islower() and norm(toks[0].text) in common and toks[0].pos_ in EDGE_POS:
        toks.pop(0)  # "anymore doj"
    if (
        len(toks) == 1
        and toks[0].text.islower()
        and norm(toks[0].text) in common
        and norm(toks[0].text) not in ACRONYMS
    ):
        return None  # "struggles", "pipelines"
    if not toks:
        return None
    words = glued(toks)
    lo = hi = None
    if chars is not None:
        head, last = toks[0], toks[-1]
        if head.idx < chars[0] < head.idx + len(head):
            lo = chars[0]
            words[0] = words[0][lo - head.idx :]
        if last.idx < chars[1] < last.idx + len(last) and (lo is None or chars[1] > lo):
            hi = chars[1]
            words[-1] = words[-1][: len(words[-1]) - (last.idx + len(last) - hi)]
    key = tuple(k for k in (norm(w) for w in words) if k)
    if not key or (len(key) == 1 and (key[0] in FRAGMENTS or toks[0].is_stop)):
        return None
    return Mention(toks[0].i, toks[-1].i + 1, label, key, display(words), title, start_char=lo, end_char=hi)


def glued(toks: list[Token]) -> list[str]:
    """Token texts, a hyphenated name kept as one word ("Holtz-Eakin", not "Holtz - Eakin")."""
    words: list[str] = []
    for n, t in enumerate(toks):
        prev = toks[n - 1] if n else None
        hyphen = prev is not None and not prev.whitespace_ and (t.text == "-" or prev.text == "-")
        if words and hyphen:
            words[-1] += t.text
        else:
            words.append(t.text)
    return words


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Words written lowercase >= 90% of the time mid-sentence (train/lowercase_words.py)."""
    path = MODEL_DIR / "lowercase_words.txt"
    return frozenset(path.read_text("utf-8").split()) if path.is_file() else frozenset()


@lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    """Words that cannot start or make up a name the tagger missed: common words, titles, roles."""
    return common_words() | TITLES | ROLE_NOUNS


def initials(key: tuple[str, ...]) -> str:
    return "".join(w[0] for w in key if w and w not in PARTICLES)


def cluster(mentions: list[Mention]) -> list[list[Mention]]:
    """Group mentions of one entity (rules in the module docstring)."""
    groups: dict[tuple[str, ...], list[Mention]] = {}
    for m in mentions:
        groups.setdefault(m.key, []).append(m)
    keys = list(groups)
    parent = {k: k for k in keys}

    def find(k: tuple[str, ...]) -> tuple[str, ...]:
        while parent[k] != k:
            k = parent[k]
        return k

    def union(short: tuple[str, ...], long: tuple[str, ...]) -> None:
        a, b = find(short), find(long)
        if a != b:
            parent[a] = b

    def is_person(k: tuple[str, ...]) -> bool:
        return sum(m.type == "PERSON" for m in groups[k]) * 2 >= len(groups[k])

    full_persons = [k for k in keys if len(k) >= 2 and is_person(k)]
    ambiguous: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for k in keys:
        if len(k) == 1:
            word = k[0]
            # a surname (or a given name used alone, or a Chinese family name first) of a full name
            cands = [f for f in full_persons if f[-1] == word] or [f for f in full_persons if f[0] == word]
            retype = all(m.type in RETYPE for m in groups[k]) and any(f[-1] == word for f in cands)
            if cands and (is_person(k) or retype):
                if len({find(f) for f in cands}) > 1:
                    ambiguous[k] = cands  # "Clinton" with Bill and Hillary: decided mention by mention
                else:
                    union(k, cands[0])
                continue
            acro = [f for f in keys if len(f) >= 2 and not is_person(f) and initials(f) == word and len(word) >= 2]
            if acro and not any(word in f for f in full_persons):
                union(k, max(acro, key=len))
                continue
        if len(k) >= 1 and not is_person(k):
            longer = [f for f in keys if len(f) > len(k) and f[: len(k)] == k and not is_person(f)]
            for f in longer:
                if all(w in DESIGNATORS for w in f[len(k) :]):
                    union(f, k)  # the short form is the canonical
        if len(k) == 2 and is_person(k):
            longer = [f for f in full_persons if len(f) > 2 and f[0] == k[0] and f[-1] == k[-1]]
            if longer:
                union(k, max(longer, key=len))
    clusters: dict[tuple[str, ...], list[Mention]] = {}
    for k in keys:
        if k not in ambiguous:
            clusters.setdefault(find(k), []).extend(groups[k])
    for k, cands in ambiguous.items():
        for m in groups[k]:  # the nearest full name before the mention, else the nearest after

            def distance(f: tuple[str, ...], m: Mention = m) -> tuple[int, int]:
                before = [m.start - o.start for o in groups[f] if o.start < m.start]
                return (0, min(before)) if before else (1, min(o.start - m.start for o in groups[f]))

            clusters.setdefault(find(min(cands, key=distance)), []).append(m)
    return list(clusters.values())


def canonical_of(root_key: tuple[str, ...], ms: list[Mention]) -> Mention:
    """The mention that names the cluster: the root's key (set by the merges), longest form, cased first."""
    best = [m for m in ms if m.key == root_key] or ms
    return max(best, key=lambda m: (len(m.key), not is_lower(m.display) or m.display[:1].isupper(), -m.start))


def cluster_type(ms: list[Mention]) -> str:
    """Full names decide: the cluster is a person when most of its multi-word mentions
    were tagged PERSON (a surname alone, often mistyped, has no vote; one "Federal Reserve" tagged
    PERSON among ORG ones does not make the bank a person); otherwise the majority type."""
    full = [m.type == "PERSON" for m in ms if len(m.key) >= 2]
    if sum(full) * 2 > len(full):
        return "PERSON"
    counts = Counter(m.type for m in ms)
    return max(counts, key=lambda t: (counts[t], max(len(m.key) for m in ms if m.type == t)))


PLACE_OR_ORG = {"GPE", "LOC", "FAC", "ORG"}


def mention_type(m: Mention, cluster: str) -> str:
    """The cluster's type, except between places and organizations, where each mention keeps the
    tagger's: "new york" is a place in "at new york" and a team in "new york beat boston"."""
    return m.type if m.type in PLACE_OR_ORG and cluster in PLACE_OR_ORG else cluster


def _role_words(doc: Doc, start: int, end: int, lower: bool, title_case: bool, names: dict[int, str]) -> str:
    """The role as written; from lowercase text, with its names proper-cased (and titles title-cased)."""
    if not lower:
        return doc[start:end].text
    words: list[str] = []
    for t in doc[start:end]:
        if t.text.lower() in ("s", "'s", "’s") and words:
            words[-1] += "'s" if t.text.lower() == "s" else t.text
        elif t.i in names and lower:
            words.append(names[t.i])
        elif title_case and lower:
            low = t.text.lower()
            words.append(low if low in PARTICLES else low[:1].upper() + low[1:])
        else:
            words.append(t.text)
    text = " ".join(words)
    return re.sub(r"\s+([,.])", r"\1", text)


def role_before(doc: Doc, m: Mention, ent_tok: dict[int, str], names: dict[int, str]) -> str | None:
    """A title phrase right before the name: "Russian President", "Rosneft's chairman"."""
    i = m.start
    has_title = False
    while i > 0:
        t = doc[i - 1]
        w = norm(t.text)
        if w in TITLES:
            has_title = True
            i -= 1
        elif w in HONORIFICS:
            i -= 1
        elif t.text.lower() in ("s", "'s", "’s") and i >= 2 and has_title and norm(doc[i - 2].text):
            j = i - 2
            if j in ent_tok:  # the whole entity before the possessive
                while j - 1 >= 0 and (j - 1) in ent_tok and ent_tok[j - 1] == ent_tok[j]:
                    j -= 1
                i = j
            elif not doc[j].is_stop:
                i = j
            else:
                break
            break
        elif (i - 1) in ent_tok and ent_tok[i - 1] in ("NORP", "GPE", "ORG") and has_title:
            i -= 1
        else:
            break
    if not has_title:
        return None
    # honorifics are not roles: drop them from the ends
    while i < m.start and norm(doc[i].text) in HONORIFICS:
        i += 1
    end = m.start
    while end > i and norm(doc[end - 1].text) in HONORIFICS:
        end -= 1
    if end <= i:
        return None
    return _role_words(doc, i, end, is_lower(doc[i:end].text), True, names)


def _role_noun(doc: Doc, i: int, ent_tok: dict[int, str], width: int = 6) -> int:
    """Index of the last role noun in the run of modifiers starting at ``i``, or -1."""
    noun = -1
    for j in range(i, min(i + width, len(doc))):
        t = doc[j]
        w = norm(t.text)
        if t.text == "-":
            continue  # "a well-connected political analyst"
        verb = t.pos_ in ("VERB", "AUX", "PRON", "PUNCT") and t.tag_ not in ("VBN", "VBG")  # "well-connected"
        if not w or w in NOT_ROLE or verb and w not in ROLE_NOUNS:
            break
        if w in ROLE_NOUNS and j not in ent_tok:
            noun = j  # "a senior fellow at", "director of research at": the last role noun of the run
    return noun


def apposition(
    doc: Doc, i: int, ent_tok: dict[int, str], ent_end: dict[int, int] | None = None
) -> tuple[int, int] | None:
    """Token span of an apposition starting at ``i`` (after a name), or None."""
    if i < len(doc) and doc[i].text == ",":
        i += 1
    start = i
    if i >= len(doc):
        return None
    strong = False
    if norm(doc[i].text) in ("a", "an", "the"):
        i += 1
    elif not (norm(doc[i].text) in ROLE_NOUNS or norm(doc[i].text) in TITLES or ent_tok.get(i) == "NORP"):
        strong = True  # "grigas senior fellow at ...": only with a role noun + at/of soon after
    noun = _role_noun(doc, i, ent_tok, 3 if strong else 6)
    if noun < 0:
        return None
    end = noun + 1
    while end < len(doc) and norm(doc[end].text) in ROLE_NOUNS:
        end += 1
    if strong and not (end < len(doc) and norm(doc[end].text) in LINKS):
        return None  # "Putin met President Xi": no apposition
    if end < len(doc) and norm(doc[end].text) in LINKS:
        k = end + 1
        if k < len(doc) and norm(doc[k].text) == "the":
            k += 1
        if k in ent_tok:
            end = ent_end.get(k, k + 1) if ent_end else k + 1
    return start, end


def role_after(
    doc: Doc, m: Mention, ent_tok: dict[int, str], names: dict[int, str], ent_end: dict[int, int]
) -> str | None:
    """An apposition right after the name: "an Asia analyst at the Carnegie Moscow Center"."""
    found = apposition(doc, m.end, ent_tok, ent_end)
    if found is None:
        return None
    start, end = found
    return _role_words(doc, start, end, is_lower(doc[start:end].text), False, names)


def institutions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A mention after "the" that runs into capitalised words ending in an organization head is that
    organization, absorbing the mentions inside it: "the [carnegie] [moscow] Center".

    Why: on restored text the tagger reads lowercase words and may split an institution into a
    "person" and a place. Only cased text qualifies (the restorer's capitals are the evidence), so
    "the Russian army" stays a demonym and a noun.
    """
    if is_lower(doc_text(doc)):
        return mentions
    found = list(mentions)
    for m in sorted(mentions, key=lambda m: m.start):
        if m not in found or m.start == 0 or norm(doc[m.start - 1].text) != "the":
            continue
        for j in range(m.end, min(m.end + 3, len(doc))):
            t = doc[j]
            if not (t.is_alpha and t.text[:1].isupper()):
                break
            if norm(t.text) in ORG_HEADS:
                inside = [x for x in found if x.start < j + 1 and m.start < x.end]
                if any(x.start < m.start or x.end > j + 1 for x in inside):
                    break
                new = trim(doc, doc[m.start : j + 1], "ORG")
                if new is not None:
                    found = [x for x in found if x not in inside] + [new]
                break
    return found


def appositive_persons(doc: Doc, mentions: list[Mention], skip: Callable[[int, int], bool] | None) -> list[Mention]:
    """Two-word names the tagger missed after a title or before a role apposition.

    "chairman igor sechin", "agnia grigas, senior fellow at the atlantic council"; also a surname
    the tagger found alone ("fyodor [lukyanov], a well-connected political analyst").

    Why: rare names in lowercase text are what a tagger misses most, and an apposition with a role
    noun and "at/of <something>" is strong evidence of a person. Both words must be unknown to the
    list of lowercase words, so "the report, a senior fellow at" does not qualify.
    """
    found = list(mentions)
    cased = not is_lower(doc_text(doc))
    at = token_index(found)  # token -> mentions over it, rebuilt when ``found`` changes
    for i in range(len(doc) - 3):
        pair = doc[i : i + 2]
        inside = at.get(i, []) + [m for m in at.get(i + 1, []) if m.start == i + 1]
        persons = [m for m in inside if m.type == "PERSON"]
        surname = len(inside) == len(persons) == 1 and persons[0].start == i + 1  # "fyodor [lukyanov]" may grow
        if any(m.start < i or m.end > i + 2 for m in inside) or (persons and not surname):
            continue  # part of a longer mention, or already a person; a mistyped "agnia" may go
        ok = all(
            t.is_alpha
            and len(t) > 1
            and not t.is_stop
            and norm(t.text) not in not_names()
            and norm(t.text) not in HONORIFICS
            for t in pair
        ) and (not cased or any(t.text[:1].isupper() for t in pair))  # "AGNIA grigas": half restored
        # "chairman igor sechin"; also "president [xi] jinping" with the first word mistyped as a place
        if not ok:
            continue
        mistyped = len(inside) == 1 and not persons and inside[0].start == i and inside[0].end == i + 1
        titled = i > 0 and norm(doc[i - 1].text) in NAME_TITLES and (not inside or mistyped)
        if not titled:
            app = apposition(doc, i + 2, {})
            if app is not None and doc[i + 2].text != "," and app[1] < len(doc) and doc[app[1]].pos_ == "PROPN":
                app = None  # "House Minority Leader Nancy Pelosi": the role titles the name after it
            if app is None:
                continue
        if skip is not None and skip(pair.start_char, pair.end_char):
            continue
        m = trim(doc, pair, "PERSON")
        if m is not None:
            found = [x for x in found if x not in inside] + [m]
            at = token_index(found)
    return found


def token_index(mentions: list[Mention]) -> dict[int, list[Mention]]:
    at: dict[int, list[Mention]] = {}
    for m in mentions:
        for i in range(m.start, m.end):
            at.setdefault(i, []).append(m)
    return at


def propagate(doc: Doc, mentions: list[Mention], skip: Callable[[int, int], bool] | None) -> list[Mention]:
    """Mentions the tagger missed: repeats of a multi-word name it found, and title + a person's surname.

    Why: on degraded text the tagger finds "vladimir putin" once and misses a later one, or tags
    "mr putin" in one sentence and not the next. Bare one-word repeats are left alone: in lowercase
    text "bush" or "may" could be ordinary words.
    """
    taken = {i for m in mentions for i in range(m.start, m.end)}
    names: dict[tuple[str, ...], str] = {}
    surnames: set[str] = set()
    for m in mentions:
        if len(m.key) >= 2 and m.key[0] not in PARTICLES:
            names.setdefault(m.key, m.type)
        if m.type == "PERSON" and len(m.key) >= 2:
            surnames.add(m.key[-1])
            for honor in HONORIFICS | {"president", "sen", "senator", "gov", "governor", "gen", "general"}:
                names.setdefault((honor, m.key[-1]), "PERSON")
    if not names:
        return mentions
    longest = max(len(k) for k in names)
    words = [norm(t.text) for t in doc]
    found = list(mentions)
    i = 0
    while i < len(doc):
        for n in range(min(longest, len(doc) - i), 1, -1):
            key = tuple(words[i : i + n])
            if key in names and not taken.intersection(range(i, i + n)):
                span = doc[i : i + n]
                if skip is None or not skip(span.start_char, span.end_char):
                    new = trim(doc, span, names[key])
                    if new is not None:
                        found.append(new)
                        taken.update(range(i, i + n))
                i += n - 1
                break
        else:  # no longer name starts here ("Trump Tower" stays the tower)
            if i not in taken and words[i] in surnames and _capitalized_name(doc[i]):
                # "Ramos, 58, told AFP": a capitalized surname of a person named in full, mid-sentence
                new = trim(doc, doc[i : i + 1], "PERSON")
                if new is not None and (skip is None or not skip(doc[i].idx, doc[i].idx + len(doc[i]))):
                    found.append(new)
                    taken.add(i)
        i += 1
    return found


def _capitalized_name(tok: Token) -> bool:
    """A proper noun in title case, not the first word of its sentence (where any word is capitalized)."""
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and not tok.text.isupper() and not tok.is_sent_start


def resolve(
    doc: Doc, spans: list[tuple[int, int, str]], skip: Callable[[int, int], bool] | None = None
) -> list[Entity]:
    """Entities with canonical names and roles from (start_char, end_char, label) tagger spans.

    ``skip(start_char, end_char)`` says where not to look for repeats the tagger missed (boilerplate).
    """
    mentions: list[Mention] = []
    for start, end, label in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        m = trim(doc, span, label, (start, end))
        if m is not None:
            mentions.append(m)
    clusters = cluster(propagate(doc, appositive_persons(doc, institutions(doc, mentions), skip), skip))
    ent_tok: dict[int, str] = {}
    ent_end: dict[int, int] = {}
    names: dict[int, str] = {}  # token -> proper-cased word, for roles built from lowercase text
    for ms in clusters:
        for m in ms:
            words = display([t.text for t in doc[m.start : m.end]]).split()
            for n, i in enumerate(range(m.start, m.end)):
                ent_tok[i] = m.type
                ent_end[i] = m.end
                if len(words) == m.end - m.start:
                    names[i] = words[n]
    out: list[Entity] = []
    for ms in clusters:
        ms.sort(key=lambda m: m.start)
        typ = cluster_type(ms)
        root = max(ms, key=lambda m: len(m.key)).key if typ == "PERSON" else None
        canon = canonical_of(root or _root_key(ms), ms)
        role = None
        if typ == "PERSON":
            for m in ms:
                role = role_before(doc, m, ent_tok, names) or role_after(doc, m, ent_tok, names, ent_end)
                if not role and m.title:
                    role = display(m.title)
                if role:
                    break
        for m in ms:
            a, b = m.chars(doc)
            out.append(Entity(doc_text(doc)[a:b], mention_type(m, typ), a, b, canon.display, role))
    out.sort(key=lambda e: (e.start, e.end))
    return out


def _root_key(ms: list[Mention]) -> tuple[str, ...]:
    """For non-persons: the shortest key that every other key extends with designators, else the longest."""
    keys = {m.key for m in ms}
    for k in sorted(keys, key=len):
        if all(f[: len(k)] == k and all(w in DESIGNATORS for w in f[len(k) :]) for f in keys):
            return k
    return max(keys, key=len)
