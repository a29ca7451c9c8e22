"""Quotations: who said what, direct (in quotation marks) and indirect ("X said that ...").

Why rules over the dependency parse plus token fallbacks: the analysis text may be clean, restored
(marks put back by the restorer) or still lowercased and unpunctuated, and a quote must still come
out with its speaker. The rules, in order:

* **Direct quotes.** Quotation marks are paired per paragraph (``"`` by context, ``“”`` by
  direction), so an unpaired mark never spoils the rest of the article; an opening mark left
  unclosed runs to the end of its paragraph (the multi-paragraph quote convention). A quote takes
  the nearest cue (a verb of ``data/speech_verbs.txt``, or "according to") in its own sentence,
  after the closing mark (``"...," X said``, ``"...," said X``) or before the opening one
  (``X said: "..."``); else the cue of a previous sentence ending in ``:``. Short marked spans
  without a cue (scare quotes) are dropped; a short marked span right after a word
  (``called it "a disaster"``) is a fragment, kept only inside its clause (mixed quotes below). A
  lone closing mark (common in restored text) takes the sentence before it when a cue follows;
  in degraded text a span of more than 60 words between restored marks is taken as mispaired.
* **Split quotes.** ``"A," he said. "B."``: a quote with no cue of its own that follows a quote of
  the same paragraph whose cue sits between them is joined to it. The Quote spans from the start of
  the first part to the end of the last (the cue words in between are inside the span); ``parts``
  leave the cue out, and ``quote`` is the parts joined by a space. Paragraphs that each open a
  mark and only the last closes are one quote too (``continue_paragraphs``).
* **Indirect quotes.** The clause (``ccomp``), infinitive (``xcomp``) or object (``dobj``) of a cue
  verb, as the lexicon allows, with its ``nsubj`` as the speaker (the subject of the governing verb
  for "..., adding that ..."); "according to X" takes the rest of its sentence; a cue set off by
  commas or in an "as" clause takes the sentence around it (``parenthetical``); a paragraph opened
  by a speaker's name and a colon is theirs (``labelled``). Lowercase text with no marks goes
  through the same rules.
* **Speakers.** The subject mention (``speaker_start``/``speaker_end``) is resolved to the canonical
  entity of ``ctx.entities``; he/she resolve to the most recent person before the mention, who/which
  to the noun the clause modifies; a lone surname joins the longest person name ending with it.
  Non-entity subjects ("officials", "the campaign") are kept as written. ``role`` is the entity's
  role or an apposition ("Alexander Gabuev, an Asia analyst at ...").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from dateline.context import Context
from dateline.extract import canonical, posts
from dateline.nlp import doc_text
from dateline.record import Entity, Part, Quote
from dateline.restore.fast import HONORIFICS

OPEN = {"“", "«"}
CLOSE = {"”", "»"}
STRAIGHT = {'"'}
MARKS = OPEN | CLOSE | STRAIGHT
MIN_UNCUED_WORDS = 6  # a marked span this long with no cue is still a quote if a neighbour gives it a speaker
MIN_DIRECT_WORDS = 2
MAX_FRAGMENT_WORDS = 8  # shorter marked words right after a word are a fragment of a clause
MAX_SPLIT_GAP_WORDS = 25  # between the parts of a split quote: room for the cue and a short role only
MAX_CUE_DISTANCE = 12  # words between a closing mark and its cue ("," said X, a long role, ...)
MAX_RESTORED_WORDS = 60  # a longer span between restored marks is taken as mispaired
CONTINUE_CHARS = 400  # an uncued quote this close after a direct quote continues its speaker
VOICES = {"say", "tell", "add", "write", "note", "explain"}  # a report whose speaker an uncued quote after it continues
TELL = {"tell", "inform", "assure", "remind"}  # the word after the verb is the listener, never the speaker
# cues only with this particle or object: "as X put it", "shot back", "fired back", "hit back"
PHRASAL = {"put": "it", "shoot": "back", "fire": "back", "hit": "back", "go": "on"}
PRONOUNS_PERSON = {"he", "she", "him", "her"}
PRONOUNS_OTHER = {"they", "we", "i", "it", "you", "them", "us", "me"}
RELATIVE = {"who", "which", "that"}
DOCUMENTS = {"statement", "email", "e-mail", "letter", "memo", "tweet", "post", "release", "ad", "video", "op-ed",
             "editorial", "message", "note", "report", "column", "book", "speech"}  # fmt: skip
SPEAKER_TYPES = {"PERSON", "ORG", "NORP", "GPE"}
WORD = re.compile(r"[A-Za-z0-9]")
LETTER = re.compile(r"[^\W\d_]")  # 'datetime="2016-06-29"' (page residue) is no quote
# an embedded tweet's date between marks ('“March 10, 2016”') is no quote either
DATE_ONLY = re.compile(
    r"\W*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}\W*", re.I
)


@lru_cache(maxsize=1)
def lexicon() -> dict[str, frozenset[str]]:
    """Cue lemma -> complement labels whose subtree is the content (``data/speech_verbs.txt``)."""
    text = resources.files("dateline").joinpath("data/speech_verbs.txt").read_text("utf-8")
    out: dict[str, frozenset[str]] = {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            lemma, _, comps = line.partition(" ")
            out[lemma.strip()] = frozenset(c.strip() for c in comps.strip().split(",") if c.strip())
    return out


def is_cue(tok: Token) -> bool:
    if tok.pos_ not in ("VERB", "AUX", "NOUN") or tok.dep_ in ("amod", "compound"):
        return False
    lemma = tok.lemma_.lower()
    if lemma not in lexicon():
        lemma = tok.text.lower()
        if lemma not in lexicon():
            return False
    if lemma in PHRASAL and not any(c.lower_ == PHRASAL[lemma] for c in tok.children):
        return False  # "put the plan on hold", "fired a missile": no words reported
    if lemma == "expect" and tok.dep_ == "acl" and tok.tag_ == "VBN":
        return False  # "deals expected to be signed": what the deals are, not what anyone said
    return tok.pos_ != "NOUN" or tok.dep_ in ("ROOT", "conj", "relcl", "advcl", "ccomp")


def is_according(tok: Token) -> bool:
    return tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "to"


def lemma_of(tok: Token) -> str:
    lemma = tok.lemma_.lower()
    return lemma if lemma in lexicon() else tok.text.lower()


@dataclass
class Found:
    """A quote under construction (character offsets into the analysis text)."""

    start: int
    end: int
    kind: str
    cue: Token | None = None
    verb: str | None = None
    speaker_tok: Token | None = None
    parts: list[tuple[int, int]] | None = None
    fragment: bool = False  # a few marked words inside a clause: 'described it as "very peaceful"'
    unclosed: bool = False  # runs to the end of its paragraph with no closing mark


def paragraphs(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    for m in re.finditer(r"\n", text):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < len(text):
        out.append((pos, len(text)))
    return out


MARK_RE = re.compile(r"''|[\"“”«»]")  # '' is the old New York Times quotation mark


def pair_marks(text: str, start: int, end: int) -> list[tuple[int, int, bool]]:
    """Content spans between quotation marks in one paragraph; never raises.

    The flag marks a span guessed from a lone closing mark (the sentence before it): it is kept
    only when a cue follows.
    """
    marks: list[tuple[int, int, str]] = []  # (position, length, open/close)
    for m in MARK_RE.finditer(text, start, end):
        i, c, n = m.start(), m.group(), len(m.group())
        if c in OPEN:
            marks.append((i, n, "open"))
        elif c in CLOSE:
            marks.append((i, n, "close"))
        else:
            before = text[i - 1] if i > start else " "
            after = text[i + n] if i + n < end else " "
            prev = text[start:i].rstrip()[-1:]
            if before.isspace() and prev in ("'", "’") and marks and marks[-1][2] == "open":
                marks.append((i, n, "close"))  # 'Clinton,' " : the end of a nested quote
            elif before.isspace() or before in "([{—–-:" or i == start:
                marks.append((i, n, "open"))
            elif after.isspace() or after in ".,;:!?)]}—–-" or i + n == end:
                marks.append((i, n, "close"))
            else:
                marks.append((i, n, "open" if not marks or marks[-1][2] == "close" else "close"))
    spans: list[tuple[int, int]] = []
    weak: set[int] = set()
    last_close = start
    open_at: int | None = None
    for pos, n, kind in marks:
        if kind == "open":
            if open_at is not None and pos > open_at:
                spans.append((open_at, pos))  # unclosed: runs to the next opening mark
            open_at = pos + n
        elif open_at is not None:
            spans.append((open_at, pos))
            open_at = None
        else:
            # a closing mark with no opening one (restored or scraped text): the sentence before it
            floor = max(start, last_close)
            head = text[floor:pos].rstrip(" ,.!?")
            stops = list(re.finditer(r"[.!?]\s+", head))
            s0 = floor + stops[-1].end() if stops else floor
            if s0 < pos:
                weak.add(len(spans))
                spans.append((s0, pos))
        if kind == "close":
            last_close = pos + n
    if open_at is not None and end > open_at:
        spans.append((open_at, end))
    return [(*strip(text, s, e), n in weak) for n, (s, e) in enumerate(spans) if WORD.search(text[s:e])]


def strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] in MARKS):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in MARKS or text[end - 1] in ",;:"):
        end -= 1
    return start, end


def words(text: str) -> int:
    return len(re.findall(r"[A-Za-z0-9]+", text))


def tokens_in(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand") if end > start else None


def subject_of(verb: Token) -> Token | None:
    """The verb's subject; for "..., adding that"/"saying" and conjoined verbs, the governing verb's.

    Climbs a few heads: "Warren appeared ... and endorsed Clinton, saying, ..." (advcl of a conj),
    "she released a statement saying ..." (acl of the object) and "Husted continued by saying ..."
    (pcomp of a preposition) all reach their subject.
    """
    tok = verb
    for _ in range(6):
        if tok is not verb and verb.tag_ == "VBG" and tok.dep_ == "ccomp" and tok.head.i < tok.i and is_cue(tok.head):
            # 'she stated, “... turned Libya into Syria,” adding, “...”': a participle the parser
            # hung on the reported clause adds to the report, so the reporter is its subject (not
            # when the "report" comes after: a sentence the parser made the clause of a quote's verb)
            tok = tok.head
        # a climbed-to passive shares its subject: "Silverman was joined on stage and joked, ..."
        deps = ("nsubj", "csubj") if tok is verb else ("nsubj", "csubj", "nsubjpass")
        subjects = [c for c in tok.children if c.dep_ in deps]
        if subjects:
            # "LONDON (Reuters) - Donald Trump said": a dateline parsed as a second subject is the
            # farther one; the subject is the one nearest before the verb
            before = [c for c in subjects if c.i < tok.i]
            return before[-1] if before else subjects[0]
        if tok is verb and tok.dep_ == "relcl" and tok.head.pos_ in ("PROPN", "NOUN"):
            return tok.head
        if tok is verb and tok.dep_ == "acl" and tok.head.i == tok.i - 1 and tok.head.dep_ in ("ROOT", "nsubj"):
            # '“...?” the 43-year-old asked in ...' parsed as a noun phrase with the cue hung on
            # it: the noun right before the cue speaks
            return tok.head
        if tok.dep_ == "xcomp":  # object control: "led her to declare", "urged him to say"
            obj = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i), None)
            if obj is not None:
                return obj
        # "seemed to be ready to riff ..., telling" (acomp); "Durbin, noting ..., said" (parataxis)
        if tok.dep_ in ("advcl", "xcomp", "conj", "pcomp", "acomp", "parataxis") and tok.head is not tok:
            tok = tok.head
        elif tok is not verb and tok.dep_ in ("prep", "advmod") and tok.head is not tok:
            tok = tok.head  # "upon saying", "by saying", "went so far as to say": the verb above
        elif tok.dep_ == "acl" and tok.head.dep_ in ("dobj", "pobj") and tok.head.head is not tok.head:
            tok = tok.head.head  # "released a statement saying": the releaser
        else:
            return None
    return None


def is_passive(tok: Token) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)


def cue_in_window(doc: Doc, start: int, end: int, last: bool) -> Token | None:
    """The first (or last) cue of a direct quote between two character offsets."""
    span = tokens_in(doc, start, end)
    if span is None:
        return None
    toks = [t for t in span if t.idx >= start and t.idx + len(t) <= end]
    # "wants to", "plans to": intentions, never what introduces someone's words; nor does a passive
    # ("details are expected to ...", "he was told"): its subject is not the one speaking
    cues = [
        t
        for t in toks
        if (is_cue(t) and lexicon()[lemma_of(t)] != {"xcomp"} and (not is_passive(t) or agent_of(t) is not None))
        or is_according(t)
    ]
    if not cues:
        return None
    return cues[-1] if last else cues[0]


def speaker_token(cue: Token, start: int, end: int) -> Token | None:
    """The cue's speaker, taken from the parse within [start, end), else by token adjacency."""
    if is_according(cue):
        for child in cue.children:
            if child.lower_ == "to":
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        return obj
        if cue.i + 2 < len(cue.doc):
            return cue.doc[cue.i + 2]
        return None
    if is_passive(cue):
        return agent_of(cue)  # "Sanders was asked by host Bill Maher, “...”": the asker speaks
    subj = subject_of(cue)
    if subj is not None:
        subj = one_of(subj)
    if subj is not None and not plausible_speaker(subj):
        subj = None
    if subj is not None and start <= subj.idx < end:
        return subj
    rel = relative_head(cue, subj)
    if rel is not None and start <= rel.idx < end:
        return rel
    # token rules: "said X" (inversion) or "X said" when the parser went astray (lowercase text)
    doc = cue.doc
    after = cue.i + 1
    while after < len(doc) and after <= cue.i + 2 and doc[after].is_punct and not is_mark(doc[after]):
        after += 1  # "said. Alexander Gabuev": a restorer's stray period
    if cue.tag_ == "VBG" or (after < len(doc) and is_mark(doc[after])) or lemma_of(cue) in TELL:
        # "telling the crowd, ..." and "told AFP" name the listener; 'said, “I mean': the quote
        after = len(doc)
    noun = after
    inverted = is_inverted(cue)
    while inverted and noun < len(doc) - 1 and noun < after + 3 and (doc[noun].pos_ == "DET" or is_modifier(doc[noun])):
        noun += 1  # "said the woman, who ...", "said retired neurosurgeon Ben Carson, asked about ..."
    if noun > after and doc[noun].pos_ in ("NOUN", "PROPN"):
        while noun + 1 < len(doc) and doc[noun + 1].pos_ in ("NOUN", "PROPN") and doc[noun].dep_ == "compound":
            noun += 1  # "said the campaign manager"
        after = noun
    for j in (after, cue.i - 1):
        if not 0 <= j < len(doc):
            continue
        if start <= doc[j].idx < end or (j == after > cue.i + 1 and doc[j].idx >= start):
            t = doc[j]
            # "said Skelly, explaining ...": a name the tagger took for an adverb still names someone
            name_like = inverted and j == after and t.is_title and t.is_alpha and not t.is_stop
            # '“…,” the editorial read': with the cue taken for a noun, its subject looks like an adjective
            noun_cue = j == cue.i - 1 and cue.pos_ == "NOUN" and t.dep_ == "amod" and t.head == cue
            if (
                (t.pos_ in ("PROPN", "NOUN", "PRON") or name_like or noun_cue)
                and t.lower_ not in ("that", "this", "it")
                and plausible_speaker(t)
            ):
                k = j
                while k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN" and j > cue.i:
                    k += 1  # "said Alexander Gabuev": the head is the last name
                if j > cue.i and doc[k].ent_type_ != "PERSON":
                    k = titled_person(doc, k)  # "said Speaker of the House Paul Ryan"
                return doc[k]
    if subj is None or not start <= subj.idx < end:
        # a parse gone astray ("Mr. Trump, asked about ..., had said"): the nearest person named
        # before the cue in its sentence
        # a participle's subject is its sentence's ("Clinton seemed ready to riff on ..., telling")
        floor = doc[cue.sent.start if cue.tag_ == "VBG" else max(cue.sent.start, cue.i - 12)].idx
        named = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
        named += doc.user_data.get(PERSONS_KEY, [])  # dateline's own NER finds more than the parser's
        before = [(s, e) for s, e in named if floor <= s and e <= cue.idx and start <= s < end]
        if not before and cue.i > 0 and doc[cue.i - 1].text == ",":
            # "Melanne Verveer, a Ukrainian-American then working for the State Department, wrote":
            # a name set off by a long appositive, the commas right after it and right before the cue
            text = doc_text(doc)
            wide = doc[max(cue.sent.start, cue.i - 30)].idx
            before = [(s, e) for s, e in named if wide <= s and e < cue.idx and start <= s < end and text[e] == ","]
        if before:
            last = doc.char_span(*max(before), alignment_mode="expand")
            if last is not None:
                return last[-1]
    return subj


def relative_head(cue: Token, subj: Token | None) -> Token | None:
    """ "a White House official who spoke anonymously to discuss internal strategy said", "One
    attendee, who like others spoke on the condition of anonymity, said": the noun a "who" clause
    right before the cue modifies, when the parse gives the cue no subject or one inside that clause
    (the parser reads "strategy said", or "said the message" as an inverted cue). The clause runs
    up to the cue, with no comma in it but one right before the cue."""
    doc = cue.doc
    floor = max(cue.sent.start, cue.i - 30)
    for k in range(cue.i - 1, floor, -1):
        tok = doc[k]
        if is_mark(tok) or tok.text in (".", ";", ":") or (k < cue.i - 1 and is_cue(tok) and tok.pos_ == "VERB"):
            return None
        if tok.text == "," and k < cue.i - 1:
            return None  # the clause ends at the cue or at a comma right before it
        if tok.lower_ != "who" or tok.tag_ != "WP":
            continue
        if subj is not None and not k < subj.i < cue.i:
            return None
        head = doc[k - 2] if doc[k - 1].text == "," and k >= 2 else doc[k - 1]
        if head.dep_ == "appos" and head.head.ent_type_ == "PERSON":
            head = head.head  # "Nate Silver, the polling guru who founded ...": the name
        if head.pos_ in ("NOUN", "PROPN") and plausible_speaker(head):
            return head
        return None
    return None


def is_inverted(cue: Token) -> bool:
    """'...," said the woman': the cue right after punctuation, its speaker after it ('told the crowd' is not)."""
    return cue.i > 0 and cue.doc[cue.i - 1].is_punct


def is_modifier(tok: Token) -> bool:
    return tok.pos_ == "ADJ" or tok.dep_ == "amod"


def is_mark(tok: Token) -> bool:
    return tok.text in MARKS or tok.text in ("''", "``")


def agent_of(verb: Token) -> Token | None:
    """The "by" agent of a passive verb."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


def titled_person(doc: Doc, k: int) -> int:
    """The last word of a person named within a few words after a title, before any punctuation;
    else ``k`` itself."""
    for i in range(k + 1, min(k + 7, len(doc))):
        if doc[i].is_punct:
            break
        if doc[i].ent_type_ == "PERSON":
            while i + 1 < len(doc) and doc[i + 1].ent_type_ == "PERSON" and doc[i + 1].ent_iob_ == "I":
                i += 1
            return i
    return k


HONORIFIC_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+$", re.I)
GENDERED_PRONOUNS = {"he", "his", "him", "himself", "she", "her", "hers", "herself"}
WORD_RE = re.compile(r"[a-z]+")
GENDERED = {
    **dict.fromkeys(("spokeswoman", "congresswoman", "chairwoman", "businesswoman", "wife", "mother", "daughter",
                     "sister", "widow", "actress", "queen", "lady", "grandmother", "girlfriend"), "f"),
    **dict.fromkeys(("spokesman", "congressman", "businessman", "husband", "father", "son", "brother", "widower",
                     "actor", "king", "grandfather", "boyfriend"), "m"),
}  # fmt: skip
PERSONS_KEY = "dateline_persons"  # doc.user_data: the persons of ctx.entities, for the parse-astray rule
NOT_SPEAKER_ENTS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}


AGED = re.compile(r"\d+-year-old$")  # "said the 46-year-old": a person, though tagged as a date


def plausible_speaker(tok: Token) -> bool:
    """Times and numbers are never speakers ("9:30 p.m. Trump says ..." in live blogs)."""
    if tok.dep_ == "poss" or tok.lower_ in ("what", "whatever"):
        return False  # "his support for ...": a possessive is not the one speaking
    if tok.lower_ == "old" and AGED.search(tok.doc[max(0, tok.i - 4) : tok.i + 1].text.replace(" ", "")):
        return True
    if tok.dep_ == "nsubj" and tok.lower_ in ("percent", "%"):
        return True  # "26% say they are conservative": a poll's share of respondents speaks
    return not (tok.like_num or tok.ent_type_ in NOT_SPEAKER_ENTS or any(c.isdigit() for c in tok.text))


def one_of(tok: Token) -> Token:
    """ "said one of those advisers": the group named after "one of" speaks, not the number."""
    if tok.like_num:
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                obj = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
                if obj is not None:
                    return obj
    return tok


def mention_span(tok: Token) -> tuple[int, int]:
    """The speaker mention: the subject's left edge to its head, plus trailing name parts."""
    left = tok.left_edge
    if left.i < tok.i and any(t.is_punct and not inside_word(t) for t in tok.doc[left.i : tok.i]):
        # "Rudy Giuliani, the former mayor": the name only; "Holtz-Eakin" stays whole. A common
        # noun keeps the words of its own phrase, back to punctuation or a name: '“...?” the
        # 43-year-old' (a quote the parser hung on the age), not 'Obama water-carrying headline'
        floor, left = left.i, tok
        while tok.pos_ != "PROPN" and left.i > floor and own_modifier(tok.doc[left.i - 1]):
            left = tok.doc[left.i - 1]
    right = tok
    while (
        right.i + 1 < len(tok.doc)
        and tok.doc[right.i + 1].dep_ in ("compound", "flat")
        and tok.doc[right.i + 1].head.i > right.i + 1
    ):
        right = tok.doc[right.i + 1]
    return left.idx, right.idx + len(right)


WH_TAGS = ("WP$", "WDT", "WP")


def own_modifier(tok: Token) -> bool:
    """A word that may open a common noun's own phrase: no punctuation (but a hyphen inside a
    word), no space, no name, no possessive ending, no relative pronoun."""
    if inside_word(tok):
        return True
    return not (tok.is_punct or tok.is_space or tok.pos_ == "PROPN" or tok.dep_ == "case" or tok.tag_ in WH_TAGS)


def inside_word(tok: Token) -> bool:
    """A hyphen or apostrophe inside a word, no space around it ("Holtz-Eakin", "O'Neill", "46-year-old")."""
    doc = tok.doc
    return (
        tok.text in ("-", "'", "’")
        and 0 < tok.i < len(doc) - 1
        and not doc[tok.i - 1].whitespace_
        and not tok.whitespace_
        and doc[tok.i - 1].text[-1].isalnum()
        and doc[tok.i + 1].text[0].isalnum()
    )


ARTICLE = re.compile(r"^(the|a|an)\s+", re.I)  # "the campaign" speaks as "campaign"


class Speakers:
    """Resolves a speaker mention to a canonical name and role, through ``ctx.entities``."""

    def __init__(self, entities: list[Entity], quoted: list[tuple[int, int]] | None = None) -> None:
        self.entities = sorted(entities, key=lambda e: e.start)
        self.persons = [e for e in self.entities if e.type == "PERSON"]
        # people named inside quotation marks are talked about, not talking: "he" skips them
        spans = quoted or []
        self.antecedents = [p for p in self.persons if not any(s <= p.start < e for s, e in spans)]
        self.quoted = spans
        self._genders: dict[str, str] | None = None

    def at(self, start: int, end: int) -> Entity | None:
        hits = [e for e in self.entities if e.start < end and start < e.end and e.type in SPEAKER_TYPES]
        if not hits:
            return None
        return max(hits, key=lambda e: (e.type == "PERSON", e.end))

    def is_person(self, tok: Token | None) -> bool:
        if tok is None:
            return False
        ent = self.at(tok.idx, tok.idx + len(tok))
        return tok.lower_ in PRONOUNS_PERSON or (ent is not None and ent.type == "PERSON")

    def canonical(self, ent: Entity) -> str:
        name = ent.canonical or ent.text
        if ent.type == "PERSON" and len(name.split()) == 1:
            last = name.lower()
            longer = [p.canonical for p in self.persons if len(p.canonical.split()) > 1]
            longer = [c for c in longer if c.lower().split()[-1] == last]
            if longer:
                return max(longer, key=len)
        return name

    def role(self, ent: Entity) -> str | None:
        if ent.role:
            return ent.role
        for p in self.persons:
            if p.canonical == ent.canonical and p.role:
                return p.role
        return None

    def genders(self, doc: Doc) -> dict[str, str]:
        """Canonical person -> "m" or "f", from the document's own evidence: an honorific before a
        mention ("Mr.", "Mrs."), a gendered role ("spokeswoman"), and a subject "he" or "she" that
        is the first gendered pronoun after the person as a subject, in its sentence, with no other
        person between ("Clinton said she ..."). Unknown: absent."""
        if self._genders is not None:
            return self._genders
        text = doc_text(doc)
        votes: dict[str, Counter[str]] = {}
        for n, p in enumerate(self.persons):
            vote = votes.setdefault(p.canonical, Counter())
            honor = HONORIFIC_BEFORE.search(text, max(0, p.start - 6), p.start)
            if honor:
                vote["m" if honor.group(1).lower() == "mr" else "f"] += 2
            for word in WORD_RE.findall((p.role or "").lower()):
                if word in GENDERED:
                    vote[GENDERED[word]] += 2
            nxt = self.persons[n + 1].start if n + 1 < len(self.persons) else len(text)
            span = doc.char_span(p.start, p.end, alignment_mode="expand")
            if span is None or not len(span) or span.root.dep_ not in ("nsubj", "nsubjpass"):
                continue  # "Asked by Matt Lauer whether she had ...": she is not Lauer
            for t in doc[span.end : span[-1].sent.end]:
                if t.idx >= nxt or t.lower_ not in GENDERED_PRONOUNS:
                    continue
                # only a subject pronoun outside quotation marks: "Obama backed her up", "Podesta told
                # them that her position ..." and "Trump said, 'She's a bad candidate'" are others
                quoted = any(a <= t.idx < b for a, b in self.quoted)
                if t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass") and not quoted:
                    vote["m" if t.lower_ == "he" else "f"] += 1
                break
        self._genders = {}
        for name, vote in votes.items():
            (top, k), *rest = vote.most_common() or [("", 0)]
            # one pronoun alone is too weak ("Trump mocked the front-runner, saying she ...")
            if k >= 2 and (not rest or k > 2 * rest[0][1]):
                self._genders[name] = top
        return self._genders

    def previous_person(self, pos: int, doc: Doc | None = None, gender: str | None = None) -> Entity | None:
        """The last person before ``pos`` whose known gender does not contradict the pronoun's;
        within the pronoun's own sentence, its subject first ("Perez hammered Trump, ... whom he
        described as": he is Perez)."""
        before = [p for p in self.antecedents if p.end <= pos]
        if doc is not None and gender is not None:
            known = self.genders(doc)
            before = [p for p in before if known.get(p.canonical, gender) == gender]
        if doc is not None and before:
            sent_start = doc.char_span(pos, pos + 1, alignment_mode="expand")
            floor = sent_start[0].sent.start_char if sent_start is not None and len(sent_start) else pos
            for p in reversed(before):
                if p.start < floor:
                    break
                span = doc.char_span(p.start, p.end, alignment_mode="expand")
                if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
                    return p
        return before[-1] if before else None

    def antecedent(self, tok: Token) -> Token | None:
        """The subject a speaking "it" or "they" stands for: the nearest subject before it in its
        sentence, else the main subject of the sentence before. "it" takes an organization or a
        place ("Beijing has lashed out against what it says are ..."), "they" a plural ("Marine
        officers would not talk. They said ..."). A person is skipped; anything else ends the
        search, since a thing ("the report") may be what "it" is."""
        plural = tok.lower_ == "they"
        sent = tok.sent
        own = [t for t in sent if t.i < tok.i and t.dep_ in ("nsubj", "nsubjpass")]
        before = sent.doc[sent.start - 1].sent if sent.start > 0 else None
        main = [t for t in before if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"] if before else []
        for t in [*reversed(own), *main[:1]]:
            if any(s <= t.idx < e for s, e in self.quoted):
                continue  # talked about inside a quotation, not talking
            if t.lower_ in PRONOUNS_PERSON or t.lower_ in PRONOUNS_OTHER or t.lower_ in RELATIVE or t.tag_ == "WP":
                continue
            ent = self.at(t.idx, t.idx + len(t))
            if ent is not None and not ent.start <= t.idx < ent.end:
                ent = None  # "the GOP speechwriter": a modifier
            if ent is not None and ent.type == "PERSON" and not any(c.dep_ == "conj" for c in t.children):
                continue
            if plural:
                many = t.tag_ in ("NNS", "NNPS") and not any(c.dep_ == "conj" for c in t.children)
                return t if many else None
            one = ent is not None and ent.type != "PERSON" and t.tag_ not in ("NNS", "NNPS")
            return t if one else None  # "Republicans have attacked the application since it cited ..."
        return None

    def titled(self, tok: Token) -> Entity | None:
        """The person a capitalized title's "of" phrase names: "Speaker of the House Rep. Paul Ryan"."""
        if not tok.text[:1].isupper() or canonical.norm(tok.text) not in canonical.TITLES:
            return None
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
            for t in prep.subtree:
                ent = self.at(t.idx, t.idx + len(t))
                if ent is not None and ent.type == "PERSON":
                    return ent
        return None

    def resolve(self, tok: Token) -> tuple[str | None, int, int, str | None]:
        """(canonical speaker, mention start, mention end, role) for a subject token."""
        start, end = mention_span(tok)
        low = tok.lower_
        if low in PRONOUNS_PERSON:
            prev = self.previous_person(tok.idx, tok.doc, "m" if low in ("he", "him") else "f")
            if prev is None:
                return None, tok.idx, tok.idx + len(tok), None
            return self.canonical(prev), tok.idx, tok.idx + len(tok), self.role(prev)
        if low in RELATIVE and tok.head.dep_ == "relcl":
            noun = tok.head.head
            ent = self.at(noun.idx, noun.idx + len(noun))
            name = self.canonical(ent) if ent else noun.text
            return name, tok.idx, tok.idx + len(tok), self.role(ent) if ent else None
        # "it's hard to know" is no one speaking
        ante = self.antecedent(tok) if low in ("it", "they") and tok.head.lemma_ != "be" else None
        if ante is not None:
            who, _, _, role = self.resolve(ante)
            return who, tok.idx, tok.idx + len(tok), role
        if low in PRONOUNS_OTHER or low in RELATIVE:
            return None, tok.idx, tok.idx + len(tok), None
        owner = document_owner(tok)
        if owner is not None:
            return self.resolve(owner)  # "The campaign’s statement declares", "Sanders’ email notes"
        ent = self.at(tok.idx, tok.idx + len(tok)) or self.at(start, end)
        if ent is not None and ent.type != "PERSON" and not ent.start <= tok.idx < ent.end:
            ent = None  # "the GOP speechwriter", "the Republican candidate": a modifier is not the speaker
        if ent is None:
            titled = self.titled(tok)
            if titled is not None:
                return self.canonical(titled), start, max(end, titled.end), self.role(titled)
        role = appos_role(tok)
        named = [self.at(c.idx, c.idx + len(c)) for c in tok.children if c.dep_ == "appos"]
        appos = next((e for e in named if e is not None and e.type == "PERSON"), None)
        if appos is not None and (ent is None or ent == appos):
            # "the Slate columnist David Auerbach": the named apposition speaks, the noun is a role
            title = ARTICLE.sub("", doc_text(tok.doc)[start : tok.idx + len(tok)])
            return self.canonical(appos), start, max(end, appos.end), self.role(appos) or title
        if ent is not None:
            return self.canonical(ent), start, end, self.role(ent) or role
        text = doc_text(tok.doc)[start:end]
        text = ARTICLE.sub("", text)
        if text.isupper() and len(text) > 3:
            text = canonical.proper_case(text.split())  # a transcript's "FALLIN:"
        return text or None, start, end, role


def document_owner(tok: Token) -> Token | None:
    """Who a statement, email or memo is from: its possessor ("Sanders’ email") or the agent of
    a participle on it ("a fundraising email sent out by Sanders")."""
    if tok.lower_ not in DOCUMENTS:
        return None
    for child in tok.children:
        if child.dep_ == "poss" and child.lower_ not in ("his", "her", "its", "their"):
            return child
        if child.dep_ == "acl" and (agent := agent_of(child)) is not None:
            return agent
    return None


def appos_role(tok: Token) -> str | None:
    for child in tok.children:
        if child.dep_ == "appos":
            return doc_text(tok.doc)[child.left_edge.idx : child.right_edge.idx + len(child.right_edge)]
    return None


def cue_words(cue: Token) -> str:
    if is_according(cue):
        to = cue.doc[cue.i + 1]
        return doc_text(cue.doc)[cue.idx : to.idx + len(to)]
    particle = next((c for c in cue.children if c.lower_ == PHRASAL.get(lemma_of(cue))), None)
    if particle is not None and particle.i > cue.i:
        return doc_text(cue.doc)[cue.idx : particle.idx + len(particle)]  # "shot back", "put it"
    return cue.text


def sentence_bounds(doc: Doc, pos: int) -> tuple[int, int]:
    span = tokens_in(doc, pos, min(pos + 1, len(doc_text(doc))))
    if span is None or not len(span):
        return pos, pos
    sent = span[0].sent
    return sent.start_char, sent.end_char


def direct_quotes(ctx: Context) -> list[Found]:
    """Marked spans with their cues, split quotes joined (see the module docstring)."""
    text, doc = ctx.text, ctx.doc
    named = [(e.start, e.end) for e in ctx.entities if e.type in SPEAKER_TYPES]
    persons = [(e.start, e.end) for e in ctx.entities if e.type == "PERSON"]
    out: list[Found] = []
    carry: Found | None = None  # the previous paragraph's quote, when it ran on with no closing mark
    for p_start, p_end in paragraphs(text):
        spans = pair_marks(text, p_start, p_end)
        found: list[Found] = []
        prev_end = p_start
        for n, (s, e, weak) in enumerate(spans):
            n_words = words(text[s:e])
            if ctx.degraded and n_words > MAX_RESTORED_WORDS:
                prev_end = e  # restored marks paired across sentences that are not a quote
                continue
            if (
                ctx.in_boilerplate(s, e)
                or n_words < MIN_DIRECT_WORDS
                or not LETTER.search(text, s, e)
                or DATE_ONLY.fullmatch(text, s, e)
            ):
                prev_end = e
                continue
            # the next real quote bounds the cue search; a lone word between marks does not
            later = [x for x in spans[n + 1 :] if not x[2] and words(text[x[0] : x[1]]) >= MIN_DIRECT_WORDS]
            next_start = later[0][0] - 1 if later else p_end
            close = e + 1 if e < len(text) and text[e] in MARKS else e
            s_start, _ = sentence_bounds(doc, lead_in(text, s, p_start))
            _, e_end = sentence_bounds(doc, max(close - 1, s))
            after_end = min(max(e_end, close), next_start, p_end)
            # the sentence may end at the closing mark: "…." he said -> look one sentence on
            if after_end <= close + 1 and close + 1 < next_start:
                _, after_end = sentence_bounds(doc, min(close + 1, len(text) - 1))
                after_end = min(after_end, next_start, p_end)
            before_start = max(s_start, prev_end, p_start)
            cue = cue_in_window(doc, close, after_end, last=False)
            if cue is not None and (
                words(text[close : cue.idx]) > MAX_CUE_DISTANCE
                or SUBORDINATE.search(text, close, cue.idx)
                or (cue.idx >= e_end and (reports_own_clause(cue) or (not attributes(cue) and text[e - 1] not in "?!")))
            ):
                # a verb of a later clause ("..., while Russia feels the same"), or the next
                # sentence's own report ('…." Reid said both men are "non-entities."'); a quote
                # ending in ?/! is exempt from `attributes`: the parser ends the sentence at its
                # mark, and '“…?” the 43-year-old asked in …' parses any way
                cue = None
            if cue is not None and cue.idx >= e_end and later and later[0][0] < cue.sent.end_char:
                # '… “B.” Nor, he said, “…”': a cue of the next sentence that introduces the next
                # quote is not this one's; without paragraph breaks (restored text) B would
                # otherwise part from '“A,” X said.' before it
                cue = None
            window = (close, after_end)
            if cue is not None and cue.idx >= e_end:
                # the cue of the next sentence yields to one that introduces the quote in its own
                # ('Labott tweeted, “… in anguish.” This sort of opining, CNN claimed, …')
                own = cue_in_window(doc, before_start, max(s - 1, before_start), last=True)
                if own is not None:
                    cue, window = own, (before_start, s)
            if weak and cue is None:
                prev_end = close
                continue
            if cue is None:
                cue = cue_in_window(doc, before_start, max(s - 1, before_start), last=True)
                window = (before_start, s)
            if cue is None and s - 1 >= p_start:
                # the previous sentence introduces it: "Putin told Xinhua: \n ..." or "He said:"
                ps, pe = sentence_bounds(doc, max(before_start - 2, p_start))
                if text[ps:s].rstrip().rstrip(MARKS_STR).rstrip().endswith(":"):
                    cue = cue_in_window(doc, ps, s, last=True)
                    window = (ps, s)
            if cue is None and not found and text[p_start:s].strip(MARKS_STR + " \t") == "" and p_start > 0:
                # the paragraph before ends in a colon: "Cruz continued:\n\n“You look at ..."
                head = text[:p_start].rstrip()
                if head.endswith(":"):
                    ps, _ = sentence_bounds(doc, len(head) - 1)
                    cue = cue_in_window(doc, ps, len(head), last=True)
                    window = (ps, len(head))
            named_tok: Token | None = None
            if cue is None:
                # "Sanders delivered a snappy retort: “...”": the clause before the colon introduces it
                cue = colon_intro(doc, text, before_start, s, named)
                window = (before_start, s)
                # "... he tweeted about ... Donald Trump: “...”": a name right before the colon
                named_tok = None if cue is not None else colon_name(doc, text, before_start, s, persons)
            fragment = is_fragment(text, s, e, p_start)
            if not fragment:  # 'said on the show "Morning Joe" that "...": the cue stays in reach
                prev_end = close
            if is_title(text, s, e, p_start):
                continue
            f = Found(s, e, "direct", cue, cue_words(cue) if cue else None, parts=[(s, e)])
            f.fragment = fragment
            f.unclosed = close == e and not text[e:p_end].strip()
            if cue is not None:
                f.speaker_tok = speaker_token(cue, *window)
                if f.speaker_tok is not None and s <= f.speaker_tok.idx < e:
                    f.speaker_tok = None
            else:
                f.speaker_tok = named_tok
            found.append(f)
        joined = join_split(found, text)
        if (
            carry is not None
            and carry.unclosed
            and joined
            and not text[p_start : joined[0].start].strip(MARKS_STR + " \t")
        ):
            continue_paragraphs(carry, joined.pop(0))
            if not joined:
                continue  # the quote may run on into the next paragraph too
        out.extend(joined)
        carry = joined[-1] if joined and joined[-1].unclosed else None
    return out


def lead_in(text: str, s: int, floor: int) -> int:
    """Where to look for the sentence that introduces a quote starting at ``s``: the last character
    before its opening mark, unless that ends a sentence. The parser may start a new sentence at the
    mark ('As Politico reported, “ … if the primary were held'), which would hide the cue."""
    lead = s - 1
    while lead > floor and (text[lead] in MARKS or text[lead].isspace()):
        lead -= 1
    return max(s - 1, floor) if lead <= floor or text[lead] in ".!?" else lead


def colon_head(text: str, lo: int, s: int) -> str | None:
    """``text[lo:s]`` up to its colon, when the quote at ``s`` follows a colon; else None."""
    head = text[lo:s].rstrip().rstrip(MARKS_STR + "'").rstrip()
    return head if head.endswith(":") else None


def colon_intro(doc: Doc, text: str, lo: int, s: int, named: list[tuple[int, int]]) -> Token | None:
    """The main verb of the clause that ends in a colon right before a quote, if it has a subject."""
    head = colon_head(text, lo, s)
    if head is None:
        return None
    span = tokens_in(doc, lo, lo + len(head))
    if span is None or len(span) < 3 or span[-1].text != ":":
        return None
    tok = span[-2]
    while tok.head.i != tok.i and span.start <= tok.head.i < span[-1].i:
        tok = tok.head
    subj = subject_of(tok) if tok.pos_ in ("VERB", "AUX") else None
    return tok if subj is not None and names_someone(subj, named) else None


def colon_name(doc: Doc, text: str, lo: int, s: int, persons: list[tuple[int, int]]) -> Token | None:
    """The last token of a person's name that ends right at a colon before a quote."""
    head = colon_head(text, lo, s)
    if head is None:
        return None
    end = len(head.rstrip(": \t")) + lo
    ent = next(((a, b) for a, b in persons if b == end and a >= lo), None)
    span = tokens_in(doc, *ent) if ent is not None else None
    return span[-1] if span is not None and len(span) else None


def names_someone(tok: Token, named: list[tuple[int, int]]) -> bool:
    """A named speaker (``named``: entity spans), a personal pronoun or a role; not "Estimates are:"."""
    if tok.lower_ in PRONOUNS_PERSON or tok.lower_ in ("they", "we", "i"):
        return True
    if canonical.norm(tok.text) in canonical.ROLE_NOUNS:
        return True
    return any(s <= t.idx < e for t in tok.subtree if t.i <= tok.i for s, e in named)


def attributes(cue: Token) -> bool:
    """A cue in the sentence after a quote attributes it only as that sentence's main verb, stated
    ('…." Smith said.'), not inside another verb ('Several delegates declined to comment') or under a
    modal ('No address can explain away ...')."""
    return cue.dep_ == "ROOT" and not any(c.tag_ == "MD" for c in cue.children)


def reports_own_clause(cue: Token) -> bool:
    """The cue has a content of its own after it: "Reid said both men are ...", "He went on to say
    that ..."."""
    return any(
        c.i > cue.i and (c.dep_ == "ccomp" or (c.dep_ == "xcomp" and is_cue(c) and c.i < c.sent.end - 2))
        for c in cue.children
    )


def continue_paragraphs(first: Found, more: Found) -> None:
    """A quote over paragraphs: each opens with a mark, only the last one closes ("A ... \n\n"B ...,"
    he said."). One quote, in parts, with the cue found in any of them."""
    first.end = more.end
    assert first.parts is not None and more.parts is not None
    first.parts.extend(more.parts)
    first.unclosed = more.unclosed
    if first.cue is None:
        first.cue, first.verb, first.speaker_tok = more.cue, more.verb, more.speaker_tok


MARKS_STR = "".join(sorted(MARKS))
# a conjunction between a closing mark and a verb: the verb is another clause's, not the cue
SUBORDINATE = re.compile(r"\b(?:while|when|because|although|though|whereas|but|and|if|since|unless)\b", re.I)
# a conjunction or adverb opening its sentence, right before a quotation mark
OPENER = re.compile(r"(?:^|(?<=[.!?:;\n])\s*|(?<=[.!?]['\"”])\s*)(?:but|and|yet|so|still|or|then|now|also)$", re.I)
# a sentence end inside a gap: the word before it, the mark, and a capital or quotation mark after
SENTENCE_END = re.compile(r"(\w*)([.!?])['\"”’]?\s+(?=[A-Z0-9\"“'‘])")
MARKED = re.compile(r"(?:''|[\"“«])\s*[A-Za-z0-9][^\"“”«»]*?(?:''|[\"”»])")  # words between marks


def join_split(found: list[Found], text: str) -> list[Found]:
    """Join ``"A," he said. "B."`` into one quote; drop uncued short spans (scare quotes)."""
    out: list[Found] = []
    for f in found:
        # a quoted title or fragment in between ('said on CNN’s “State of the Union.” “Thank God')
        # does not part the two
        prev = next((o for o in reversed(out) if not o.fragment), None)
        shared = f.cue is not None and prev is not None and prev.cue is not None and f.cue.i == prev.cue.i
        same_cue = not f.fragment and (f.cue is None or shared)
        # one cue between them joins them however long its sentence ('“A,” Spencer said, as ... “B.”')
        near = prev is not None and (
            shared or words(text[prev.end : f.start]) <= MAX_SPLIT_GAP_WORDS or one_sentence(text, prev.end, f.start)
        )
        if same_cue and near and prev is not None and prev.cue is not None and prev.end <= prev.cue.idx < f.start:
            prev.end = f.end
            assert prev.parts is not None and f.parts is not None
            prev.parts.extend(f.parts)
            continue
        if f.cue is None and words(text[f.start : f.end]) < MIN_UNCUED_WORDS:
            continue
        out.append(f)
    return out


def one_sentence(text: str, start: int, end: int) -> bool:
    """No sentence ends between the two quotes but the one that closes the cue's sentence.

    A period after an abbreviation ends nothing ('Stephanie Hooton of Derry, N.H., before a
    "No-B.S." barbecue hosted by ... the former U.S. senator from Massachusetts. "Some ...'),
    nor does one before a lower-case word."""
    gap = text[start:end].strip().lstrip(MARKS_STR + ".,!?").rstrip(MARKS_STR + " ")
    if "\n" in gap:
        return False
    for m in SENTENCE_END.finditer(gap[:-1]):
        if m.group(2) == "." and (m.group(1).lower() in HONORIFICS or len(m.group(1)) == 1):
            continue
        return False
    return True


def clause_span(head: Token, verb: Token) -> tuple[int, int] | None:
    """Characters of a complement's subtree, without a leading "that"/"to" and edge punctuation."""
    toks = [t for t in head.subtree if t.i != verb.i]
    while toks and (toks[0].is_punct or (toks[0].dep_ == "mark" and toks[0].lower_ in ("that", "whether", "if"))):
        toks.pop(0)
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    if not toks:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def indirect_quotes(ctx: Context) -> list[Found]:
    """Complements of cue verbs, and "according to X" sentences."""
    doc = ctx.doc
    out: list[Found] = []
    for tok in doc:
        if is_according(tok):
            f = according_to(tok)
            if f is not None:
                out.append(f)
            continue
        if not is_cue(tok) or tok.pos_ == "NOUN":
            continue
        comps = lexicon()[lemma_of(tok)]
        # the first complement, or the first after the cue when there are several ("The meeting
        # unfolded Thursday ... Ryan told a news conference they are ...": a run-on restored text)
        clauses = [c for c in tok.children if c.dep_ in comps and c.dep_ != "dobj"]
        content: Token | None = next((c for c in clauses if c.i > tok.i), None) if len(clauses) > 1 else None
        content = content or (clauses[0] if clauses else None)
        if content is None and "dobj" in comps:
            content = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if content is None and "ccomp" in comps and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "that":
            # token rule for a parse gone astray: "X said that ..." to the end of the sentence
            sent = tok.sent
            end_tok = sent[-1] if sent[-1].i > tok.i + 1 else None
            if end_tok is not None:
                span = (doc[tok.i + 2].idx, end_tok.idx + len(end_tok)) if tok.i + 2 <= end_tok.i else None
                if span is not None:
                    out.append(Found(span[0], span[1], "indirect", tok, cue_words(tok), subject_of(tok)))
            continue
        if content is None and "ccomp" in comps and (tok.dep_ == "parataxis" or as_clause(tok)):
            f = parenthetical(tok)
            if f is not None:
                out.append(f)
            continue
        if content is None:
            continue
        span = clause_span(content, tok)
        if span is not None and content.dep_ == "dobj":
            # 'described the protests as largely "very peaceful"': the object and what follows it
            # (not a conjoined verb: 'called it "a crystal ball" and said ...' ends at the ball)
            tails = [c for c in tok.children if c.i > content.i and c.dep_ not in NOT_OBJECT_TAIL]
            right = [t for c in tails for t in c.subtree if not t.is_punct]
            if right and right[-1].idx + len(right[-1]) > span[1]:
                span = (span[0], right[-1].idx + len(right[-1]))
        if span is None or words(doc_text(doc)[span[0] : span[1]]) < 2:
            continue
        speaker = speaker_token(tok, 0, len(doc_text(doc)))
        if is_inverted(tok) and speaker is not None and speaker.i > tok.i and span[0] <= speaker.idx < span[1]:
            continue  # '," said Ben Carson, asked about ...': the "complement" holds the speaker
        out.append(Found(span[0], span[1], "indirect", tok, cue_words(tok), speaker))
    return out


LABEL = re.compile(r"^[ \t]*([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}):[ \t]+(?=\S)", re.M)
NOT_SPEAKERS = {
    "update", "watch", "breaking", "exclusive", "video", "photos", "note", "editor's note", "full text",
    "read", "related", "correction", "source", "sources", "q", "a", "disclosure", "warning", "live",
    "also", "more", "see also", "listen", "photo", "graphic", "map", "chart",
}  # fmt: skip


def labelled(ctx: Context) -> list[Found]:
    """A paragraph opened by its speaker's name and a colon: transcripts ("TAPPER: Do you think
    ...") and quote headlines ("Bill Clinton: Hillary Better Qualified ..."). The name is all capitals
    or a person or organization of ``ctx.entities``; the rest of the paragraph is the content."""
    text, doc = ctx.text, ctx.doc
    named = [(e.start, e.end) for e in ctx.entities if e.type in ("PERSON", "ORG")]
    surnames = {e.canonical.split()[-1].lower() for e in ctx.entities if e.type == "PERSON" and e.canonical}
    places = [(e.start, e.end) for e in ctx.entities if e.type in ("GPE", "LOC", "FAC")]
    places += [(p.start, p.end) for p in ctx.locations]
    out: list[Found] = []
    for m in LABEL.finditer(text):
        name = m.group(1)
        if name.lower() in NOT_SPEAKERS or len(name) < 2:
            continue
        if any(s < m.end(1) and m.start(1) < e for s, e in places):
            continue  # a dateline ("WASHINGTON: ..."), not a speaker
        # in capitals, inside an entity, or ending with the surname of a person the article names
        # (a headline's "Trump:" or "Dr. Ben Carson:" that the tagger missed; not "CNN President On Trump:")
        known = name.split()[-1].lower() in surnames and not SMALL_WORDS & set(name.lower().split())
        if not (name.isupper() or known or any(s <= m.start(1) and m.end(1) <= e for s, e in named)):
            continue
        end = text.find("\n", m.end())
        if ctx.degraded:  # restored text has no line breaks: the label's sentence is the content
            end = sentence_bounds(doc, m.end())[1]
            while end > m.end() and text[end - 1] in ".!? ":
                end -= 1
        start, end = strip(text, m.end(), len(text) if end < 0 else end)
        span = tokens_in(doc, m.start(1), m.end(1))
        if words(text[start:end]) < 4 or span is None or not len(span):
            continue
        out.append(Found(start, end, "indirect", None, ":", span[-1], parts=[(start, end)]))
    return out


def as_clause(cue: Token) -> bool:
    """ "As Clinton told the Daily News, tax relief ...": the cue in an "as" clause of the report."""
    return cue.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in cue.children)


def parenthetical(cue: Token) -> Found | None:
    """ "Cost estimates, he added, were ...": the sentence the cue interrupts, in its parts."""
    inner = {t.i for t in cue.subtree}
    toks = [t for t in cue.head.subtree if t.i not in inner]
    # "And, experts say, as ...", "because, he said, people ...": the link word is not reported
    while toks and (toks[0].is_punct or toks[0].is_space or toks[0].dep_ in ("cc", "mark")):
        toks.pop(0)
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    if sum(not t.is_punct for t in toks) < 3 or subject_of(cue) is None:
        return None
    parts: list[tuple[int, int]] = []
    prev = None
    for t in toks:
        if prev is not None and not any(j in inner for j in range(prev.i + 1, t.i)):
            parts[-1] = (parts[-1][0], t.idx + len(t))
        else:
            parts.append((t.idx, t.idx + len(t)))  # the cue's words lie between: a new part
        prev = t
    text = doc_text(cue.doc)
    parts = [strip(text, *p) for p in parts]
    # a part may open on the comma after the cue: ", a U.S. citizen"
    parts = [(s + len(text[s:e]) - len(text[s:e].lstrip(",;: ")), e) for s, e in parts if e > s]
    if not parts:
        return None
    speaker = speaker_token(cue, 0, len(text))
    return Found(parts[0][0], parts[-1][1], "indirect", cue, cue_words(cue), speaker, parts=parts)


NOT_OBJECT_TAIL = {"conj", "cc", "advcl", "parataxis", "punct", "npadvmod", "dep"}


def according_to(tok: Token) -> Found | None:
    """ "According to X, ..." / "..., according to X": the rest of the sentence is the content."""
    sent = tok.sent
    to = tok.doc[tok.i + 1]
    phrase_end = max(t.i for t in to.subtree) if list(to.children) else to.i + 1
    speaker = next((c for c in to.children if c.dep_ == "pobj"), None)
    rest = [t for t in sent if (t.i < tok.i or t.i > phrase_end) and not t.is_punct]
    before = [t for t in rest if t.i < tok.i]
    after = [t for t in rest if t.i > phrase_end]
    toks = after if len(after) >= len(before) else before
    if len(toks) < 2:
        return None
    return Found(toks[0].idx, toks[-1].idx + len(toks[-1]), "indirect", tok, cue_words(tok), speaker)


WORK_NOUNS = re.compile(
    r"\b(book|memoir|autobiography|novel|column|op-ed|essay|article|headline|song|album|film|movie|"
    r"documentary|show|program|programme|series|podcast|play|poem|report|speech|titled|entitled)\W*$",
    re.I,
)
SMALL_WORDS = {"a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "with", "by", "from", "is"}


def is_title(text: str, start: int, end: int, floor: int) -> bool:
    """A work's title in marks, not a quote: 'in his 2012 book, "An American Son."'.

    Title-cased words (every word but small ones capitalized) right after a word like book,
    memoir, column or documentary; the restorer's output is cased the same way, so this holds on
    restored text too.
    """
    ws = re.findall(r"[A-Za-z][\w'’-]*", text[start:end])
    if not ws or len(ws) > 12:
        return False
    if not all(w[0].isupper() for w in ws if w.lower() not in SMALL_WORDS) or not ws[0][0].isupper():
        return False
    before = text[max(floor, start - 40) : start].rstrip(" \t" + MARKS_STR + "'")
    before = re.sub(r",?\s*(?:\d{4}|[A-Z][a-z]+\.? \d{1,2})$", "", before)  # 'column on Aug. 10,'
    return WORK_NOUNS.search(before) is not None


def is_fragment(text: str, start: int, end: int, floor: int) -> bool:
    """A short marked span that continues a clause: a word (not , or :) right before its mark.

    A sentence-opening conjunction is no such word: 'But "the real issue," he added, "is ..."'.
    """
    if words(text[start:end]) >= MAX_FRAGMENT_WORDS:
        return False
    i = start - 1
    while i > floor and (text[i] in MARKS or text[i].isspace() or text[i] == "'"):
        i -= 1
    if not (i > floor and text[i].isalnum()):
        return False
    m = OPENER.search(text, max(floor, i - 12), i + 1)
    return m is None


def is_mixed(clause: Found, marked: Found, text: str) -> bool:
    """The clause holds the whole marked span and at least two words outside it."""
    if marked.start < clause.start or marked.end > clause.end + 2 or (marked.parts and len(marked.parts) > 1):
        return False
    outside = words(text[clause.start : marked.start]) + words(text[marked.end : clause.end])
    return outside >= 2


def overlap(a: Found, b: Found) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def extract(ctx: Context) -> list[Quote]:
    """Direct quotes first; indirect quotes that overlap none of them; nested contents cut."""
    text = ctx.text
    ctx.doc.user_data[PERSONS_KEY] = [(e.start, e.end) for e in ctx.entities if e.type == "PERSON"]
    direct = direct_quotes(ctx)
    indirect: list[Found] = []
    for f in [*indirect_quotes(ctx), *labelled(ctx)]:
        if ctx.in_boilerplate(f.start, f.end):
            continue
        inside = [d for d in direct if overlap(f, d)]
        if not inside:
            indirect.append(f)
        elif all(d.fragment or is_mixed(f, d, text) for d in inside):
            # a clause carrying a quoted fragment ("he said the law was 'a disaster'"): the clause
            # is the quote, and it is direct because it carries verbatim words
            for d in inside:
                direct.remove(d)
            f.kind = "direct"
            direct.append(f)
    direct = [d for d in direct if not d.fragment]  # fragments count only inside their clause
    indirect = dedupe(indirect, text)
    quoted = [part for d in direct if d.kind == "direct" for part in (d.parts or [(d.start, d.end)])]
    speakers = Speakers(ctx.entities, quoted)
    quotes: list[Quote] = []
    voice: Quote | None = None  # the last quote whose speaker an uncued quote after it continues
    for f in sorted(direct + indirect, key=lambda f: f.start):
        if f.kind == "direct" and f.speaker_tok is None and f.cue is None:
            intro = introducer(ctx.doc, text, f.start, quoted, speakers)
            if intro is not None:
                # 'Iowa State University's Dianne Bystrom agreed. “…”': the person the sentence
                # right before is about speaks, not the speaker of an earlier quote
                who, who_start, who_end, who_role = speakers.resolve(intro)
                quotes.append(Quote(who, quote_text(text, f), intro.head.text, f.start, f.end, "direct",
                                    who_start, who_end, who_role, parts_of(f)))  # fmt: skip
                voice = quotes[-1]
                continue
            # no cue: the speaker of the quote right before (a multi-paragraph quote continues),
            # or of a person's report in between ('Carter said that .... \n\n “That’s because ...”')
            prev = voice
            if prev is None or f.start - prev.end > CONTINUE_CHARS:
                continue
            quotes.append(
                Quote(prev.speaker, quote_text(text, f), prev.verb, f.start, f.end, "direct",
                      prev.speaker_start, prev.speaker_end, prev.role, parts_of(f))
            )  # fmt: skip
            voice = quotes[-1]
            continue
        name: str | None = None
        s_start: int | None = None
        s_end: int | None = None
        role: str | None = None
        if f.speaker_tok is not None:
            name, s_start, s_end, role = speakers.resolve(f.speaker_tok)
        if f.kind == "indirect" and name is None and s_start is None and not (f.cue is not None and is_passive(f.cue)):
            continue  # an agentless passive ("Trump is expected to ...") is a report whose source is unsaid
        # a report carrying quoted words ('called the charge "pathetic"') is direct too
        f.end = take_closing_mark(text, f.start, f.end)
        kind = "direct" if MARKED.search(text, f.start, f.end) else f.kind
        quotes.append(Quote(name, quote_text(text, f), f.verb, f.start, f.end, kind, s_start, s_end, role, parts_of(f)))
        if kind == "direct" or (f.cue is not None and lemma_of(f.cue) in VOICES and speakers.is_person(f.speaker_tok)):
            voice = quotes[-1]
    found_posts = [p for p in posts.find(text, ctx.entities) if not ctx.in_boilerplate(p.start, p.end)]
    if found_posts:  # an embedded tweet is its author's quote, whatever the rules made of its words
        quotes = [q for q in quotes if not any(q.start < p.end and p.start < q.end for p in found_posts)]
        quotes = sorted(quotes + found_posts, key=lambda q: q.start)
    return quotes


def introducer(doc: Doc, text: str, start: int, quoted: list[tuple[int, int]], speakers: Speakers) -> Token | None:
    """The person subject of the sentence that ends right before an uncued quote, in its paragraph."""
    pos = start
    while pos > 0 and (text[pos - 1] in MARKS or text[pos - 1] in " \t'"):
        pos -= 1
    if pos == 0 or text[pos - 1] not in ".!?":
        return None
    span = tokens_in(doc, pos - 1, pos)
    if span is None or not len(span):
        return None
    root = span[0].sent.root
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or any(s <= subj.idx < e for s, e in quoted) or not speakers.is_person(subj):
        return None
    return subj


def take_closing_mark(text: str, start: int, end: int) -> int:
    """The end past a closing mark that the clause left out: 'led to another "Holocaust."'."""
    inside = MARK_RE.findall(text, start, end)
    if len(inside) % 2 == 0:
        return end
    m = CLOSING_AFTER.match(text, end)
    return m.end() if m else end


CLOSING_AFTER = re.compile(r"[.,!?]?(''|[\"”»])")  # a closing mark, after the clause's last punctuation


def dedupe(found: list[Found], text: str) -> list[Found]:
    """Nested cues ("he said she wants to ..."): the outer attribution keeps its whole content.

    PolNeAR-style annotation gives each word to one attribution, and the outer one is the report.
    """
    found.sort(key=lambda f: (f.start, -f.end))
    keep: list[Found] = []
    for f in found:
        outer = next((o for o in keep if o.start <= f.start and f.end <= o.end), None)
        if outer is not None and f.cue is not None and outer.start <= f.cue.idx < outer.end:
            continue
        if words(text[f.start : f.end]) >= 2:
            keep.append(f)
    return keep


def parts_of(f: Found) -> list[Part]:
    return [Part(s, e) for s, e in (f.parts or [(f.start, f.end)])]


def quote_text(text: str, f: Found) -> str:
    parts = f.parts or [(f.start, f.end)]
    return " ".join(text[s:e].strip() for s, e in parts)
