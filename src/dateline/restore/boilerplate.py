"""Scraping residue: sidebars, widgets and cut-off fragments, as input spans.

Works on the lowercased word stream, so clean and degraded text are treated alike.

* Sidebar: a widget marker ("top stories", "related articles", "read more", "trending",
  "most popular", "recommended", "advertisement", "sign up for our newsletter", ...) followed
  by a run of other articles' headlines. The run ends where the article's prose resumes,
  judged by topical coherence: prose talks about what the rest of the article talks about,
  so a window of words whose content words mostly recur elsewhere in the document (outside
  the candidate run) is prose; a sidebar's headlines are about other stories. A marker
  followed directly by coherent prose ("he recommended that ...") is not residue. Where the
  input keeps its case, a marker must start with a capital, as headings do.
* Link card: a site's hover card left inside a sentence (The Hill): after a linked name, the
  person's full name glued to the titles of other stories about them, ending in "MORE"
  ("President Trump Donald John TrumpGOP senators balk at ... MORE on Monday said"). Found by
  the glue: a word that is the name's surname run into the next word, with the surname said
  just before the full name; the card runs to the next "more" (or is the full name glued to
  it: "John Kelly John Francis KellyMORE called").
* Caption: a photo's credit and the player's markers (BBC: "Image copyright Reuters Image
  caption", "Media playback is unsupported on your device Media caption"; in cased text also a
  photographer's credit, "(AP Photo/Evan Vucci)", "Mandel Ngan/AFP/Getty Images"). The caption
  after them stays: it tells the story's own events.
* Fragment: text that starts mid-word (the first word is not a dictionary word, but one or two
  letters in front of it make one: "apitalism" -> "capitalism"), plus the rest of the cut-off
  headline, up to where coherent prose starts (at most 15 words).
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass

from dateline.extract.dates import MONTHS
from dateline.record import Boilerplate
from dateline.restore.labels import _lower_same_length
from dateline.restore.lexicon import case_lexicon

_WORD = re.compile(r"[a-z0-9]+")

MARKERS: tuple[tuple[str, ...], ...] = tuple(
    tuple(m.split())
    for m in (
        "top stories",
        "top story",
        "more stories",
        "related stories",
        "related articles",
        "related content",
        "related coverage",
        "related",
        "read more",
        "read next",
        "read also",
        "also read",
        "see also",
        "trending now",
        "trending stories",
        "trending",
        "most popular",
        "most read",
        "most viewed",
        "popular stories",
        "recommended for you",
        "recommended stories",
        "recommended",
        "you may also like",
        "you might also like",
        "editors picks",
        "editor s picks",
        "more from",
        "sponsored content",
        "sponsored stories",
        "advertisement",
        "sign up for our newsletter",
        "subscribe to our newsletter",
        "click here to",
    )
)
# MARKERS by first word, in MARKERS order (the first match wins), so a word that starts none is one lookup
_MARKERS_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {
    first: tuple(m for m in MARKERS if m[0] == first) for first in {m[0] for m in MARKERS}
}
# markers that are everyday words in prose: only residue when headlines follow
_AMBIGUOUS = frozenset({("related",), ("trending",), ("recommended",), ("more", "from"), ("read", "more")})

STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "him",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "s",
        "t",
        "says",
        "said",
        "say",
        "new",
        "among",
        "many",
        "much",
        "like",
        "may",
        "might",
        "must",
        "one",
        "two",
        "three",
        "first",
        "last",
        "year",
        "years",
    ]
)

WINDOW = 6  # content words judged at each candidate point
COHERENT = 0.5
MAX_SIDEBAR = 120
MAX_FRAGMENT = 15
MAX_WIDGET = 40  # words of a video or photo player's title and caption
MAX_CARD = 120  # words of a link card: a full name and up to three headlines
MAX_FULL_NAME = 5  # words of a card's full name before the glued surname ("Hillary Diane Rodham")


@dataclass
class _Doc:
    words: list[str]
    spans: list[tuple[int, int]]

    def stems(self, lo: int, hi: int) -> dict[str, int]:
        """Counts of content-word stems outside words[lo:hi]."""
        out: dict[str, int] = {}
        for i, w in enumerate(self.words):
            if (i < lo or i >= hi) and _content(w):
                out[w[:5]] = out.get(w[:5], 0) + 1
        return out


def _content(w: str) -> bool:
    return len(w) >= 3 and w not in STOPWORDS and not w.isdigit()


def _coherent_at(doc: _Doc, j: int, outside: dict[str, int]) -> bool:
    """Does prose resume at word j? Its next content words mostly recur in the document,
    and it resumes on a shared word or on function words leading to one (not on a new name)."""
    if j < len(doc.words) and (doc.words[j].isdigit() or _content(doc.words[j]) and doc.words[j][:5] not in outside):
        return False
    window: list[str] = []
    for w in doc.words[j:]:
        if _content(w):
            window.append(w)
            if len(window) == WINDOW:
                break
    if len(window) < 3:
        return len(window) == 0 or all(w[:5] in outside for w in window)
    shared = [w[:5] in outside for w in window]
    return (shared[0] or shared[1]) and sum(shared) / len(shared) >= COHERENT


def _run_end(doc: _Doc, start: int, limit: int) -> int:
    """First word index at or after ``start`` where coherent prose resumes (capped at ``limit``)."""
    hi = min(len(doc.words), start + limit)
    outside = doc.stems(start, hi)
    for j in range(start, hi):
        if _coherent_at(doc, j, outside):
            return j
    return hi


def _match_marker(words: list[str], i: int) -> tuple[str, ...] | None:
    for m in _MARKERS_BY_FIRST.get(words[i], ()):
        if tuple(words[i : i + len(m)]) == m:
            return m
    return None


def _is_cut_word(word: str, lexicon: dict[str, str]) -> bool:
    """A word cut at its start: not a dictionary word, but one or two letters before it make one."""
    if not lexicon or word in lexicon or word.isdigit() or len(word) < 3:
        return False
    letters = string.ascii_lowercase
    if any(c + word in lexicon for c in letters):
        return True
    return any(a + b + word in lexicon for a in letters for b in letters)


def _media_widgets(doc: _Doc) -> list[Boilerplate]:
    """A news site's video and photo players, which carry other stories' titles and captions:
    "JUST WATCHED <title> Replay More Videos ... MUST WATCH <title> 01:51" and a gallery's
    "Photos: <title> <caption> Hide Caption 1 of 24" (consecutive captions make one span)."""
    words = doc.words
    runs: list[tuple[int, int, str]] = []  # word index ranges, last word included
    for i in range(len(words) - 1):
        if words[i : i + 2] == ["just", "watched"]:
            must = _find(words, ("must", "watch"), i + 2, i + MAX_WIDGET)
            span = range(must, min(len(words) - 1, must + MAX_WIDGET)) if must >= 0 else range(0)
            clock = next((j + 1 for j in span if _clock(words, j)), -1)
            if clock >= 0:
                runs.append((i, clock, "widget"))
        elif words[i : i + 2] == ["hide", "caption"] and i + 4 < len(words) and words[i + 2].isdigit():
            if runs and runs[-1][2] == "gallery" and i - runs[-1][1] <= 2 * MAX_WIDGET:
                runs.append((runs.pop()[0], i + 4, "gallery"))  # the next slide: its title and caption
                continue
            photos = [j for j in range(max(i - MAX_WIDGET, 0), i) if words[j] == "photos"]
            runs.append((photos[0] if photos else i, i + 4, "gallery"))
    return [Boilerplate(doc.spans[a][0], doc.spans[b][1], kind) for a, b, kind in runs]


_CAPTION = re.compile(
    r"\b(?:image copyright|image caption|media caption|media playback is unsupported on your device)\b"
)
MAX_CREDIT = 4  # words of a photo credit ("Getty Images", "CBS News/US Army")
_AGENCY = r"(?:AFP|AP|Reuters|EPA|Getty Images|Landov|Bloomberg|Sipa USA|Pool)"
# a photographer's credit in cased text: "(AP Photo/Evan Vucci)", "Mandel Ngan/AFP/Getty Images",
# "[Joris van Gennip/Al Jazeera]"
PHOTO_CREDIT = re.compile(
    rf"\({_AGENCY}(?: Photo)?/[^)\n]{{1,60}}\)"
    rf"|(?<![\w/])[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){{0,3}} ?/ ?{_AGENCY}(?: ?/ ?{_AGENCY})*\b"
    rf"|\[[A-Z][\w.'-]+(?: [\w.'-]+){{1,3}} ?/ ?[A-Z][^\]\n/]{{1,40}}\]"
)


def _captions(text: str, low: str, cased: bool) -> list[Boilerplate]:
    """Photo credits and the player's caption markers (see the module doc); the caption stays."""
    out: list[Boilerplate] = []
    for m in _CAPTION.finditer(low):
        if cased and not text[m.start()].isupper():
            continue  # prose: "the image caption reads ..."
        end = m.end()
        if m.group().startswith("image copyright"):  # the credit: up to the caption marker or the line's end
            credit = list(_WORD.finditer(low, m.end(), m.end() + 60))[:MAX_CREDIT]
            line_end = text.find("\n", m.end())
            words = [w for w in credit if line_end < 0 or w.end() <= line_end]
            nxt = next((w for w in words if w.group() in ("image", "media")), None)
            if nxt is not None:
                words = words[: words.index(nxt)]
            elif line_end < 0:
                words = words[:1]  # no line break to end it (degraded text): one word of credit
            end = words[-1].end() if words else m.end()
        if out and m.start() <= out[-1].end + 1:
            out[-1] = Boilerplate(out[-1].start, max(end, out[-1].end), "caption")
        else:
            out.append(Boilerplate(m.start(), end, "caption"))
    if cased:
        out += [Boilerplate(m.start(), m.end(), "caption") for m in PHOTO_CREDIT.finditer(text)]
    return sorted(out, key=lambda b: b.start)


def _link_cards(doc: _Doc, text: str, cased: bool, lexicon: dict[str, str]) -> list[Boilerplate]:
    """Hover cards: "<surname> <given names> <surname><Headline> ... MORE" (see the module doc)."""
    words = doc.words
    out: list[Boilerplate] = []
    j = 0
    while j < len(words):
        k = _card_start(doc, text, j, cased, lexicon)
        end = _find(words, ("more",), j + 1, j + MAX_CARD) if k >= 0 else -1
        while end >= 0 and cased and text[doc.spans[end][0] : doc.spans[end][1]] != "MORE":
            end = _find(words, ("more",), end + 1, j + MAX_CARD)
        if k >= 0 and words[j] == words[k - 1] + "more":
            end = j  # a card with no headlines: "John Kelly John Francis KellyMORE called Tillerson"
        if end < 0:
            j += 1
            continue
        out.append(Boilerplate(doc.spans[k][0], doc.spans[end][1], "card"))
        j = end + 1
    return out


def _card_start(doc: _Doc, text: str, j: int, cased: bool, lexicon: dict[str, str]) -> int:
    """Index of the card's first word when words[j] ends a card's full name, else -1: the
    surname glued to a headline ("TrumpGOP", "Clinton2020"), or the surname alone when the
    name before the card is in the card too ("Paul Ryan Paul Davis Ryan Retirees ...",
    "Jeff Sessions Jefferson (Jeff) Beauregard Sessions Senate outlook ...")."""
    words = doc.words
    glued = words[j]
    if j + 1 >= len(words):
        return -1  # no headline, no "more"
    for k in range(j - 2, max(j - MAX_FULL_NAME - 2, -1), -1):
        surname = words[k]
        rest = glued[len(surname) :]
        if len(surname) < 3 or not glued.startswith(surname):
            continue
        if rest:
            junction = lexicon[glued][len(surname)] if glued in lexicon else "A"
            if len(rest) < 2 or not (junction.isupper() or junction.isdigit()):
                continue  # a word of its own ("trumpeted"); the lexicon also holds cards' glued forms
            if rest.startswith(words[j - 1]) or words[j + 1] in MONTHS:
                return -1  # a handle: "Lindsey Graham (@LindseyGrahamSC)", "(@JuanSaaa) September 4"
        elif not cased or k < 1 or words[k - 1] not in words[k + 1 : j]:
            continue  # without case or glue, a repeated name is too common ("Getty Images")
        given = range(k + 1, j)
        if any(words[i] in STOPWORDS or words[i].isdigit() for i in given):
            return -1
        if cased:
            at = doc.spans[j][0] + len(surname)
            glue_ok = text[at].isupper() or text[at].isdigit() if rest else text[doc.spans[j + 1][0]].isupper()
            if not glue_ok or not all(text[doc.spans[i][0]].isupper() for i in given):
                return -1
        return k + 1
    return -1


def _find(words: list[str], phrase: tuple[str, ...], lo: int, hi: int) -> int:
    for j in range(lo, min(hi, len(words) - len(phrase) + 1)):
        if tuple(words[j : j + len(phrase)]) == phrase:
            return j
    return -1


def _clock(words: list[str], j: int) -> bool:
    """A player's running time, "01:51" as two two-digit words."""
    return len(words[j]) == 2 and words[j].isdigit() and len(words[j + 1]) == 2 and words[j + 1].isdigit()


def find_boilerplate(text: str) -> list[Boilerplate]:
    """Input spans of scraping residue, in text order."""
    low = _lower_same_length(text)
    matches = list(_WORD.finditer(low))
    doc = _Doc([m.group() for m in matches], [(m.start(), m.end()) for m in matches])
    words = doc.words
    out: list[Boilerplate] = []
    if not words:
        return out
    lexicon = case_lexicon()
    # a cut-off fragment at the very start (clean text: it also starts with a lowercase letter)
    first_char = text[doc.spans[0][0]]
    if (not first_char.isupper()) and _is_cut_word(words[0], lexicon):
        end = _run_end(doc, 1, MAX_FRAGMENT)
        out.append(Boilerplate(doc.spans[0][0], doc.spans[end - 1][1], "fragment"))
    # with case kept, a widget marker is a heading ("Most Popular", "RELATED"); prose has
    # "the most popular figure", "he recommended"
    cased = any(c.isupper() for c in text)
    media = _media_widgets(doc) + _link_cards(doc, text, cased, lexicon) + _captions(text, low, cased)
    i = 0
    while i < len(words):
        m = _match_marker(words, i)
        at = doc.spans[i][0]
        inside = any(b.start <= at < b.end for b in media) or (out and at < out[-1].end)
        if m is None or inside or (cased and not text[at].isupper()):
            i += 1
            continue
        after = i + len(m)
        if after < len(words) and words[after] in STOPWORDS and m in _AMBIGUOUS:
            i += 1  # "related to", "trending up", "recommended that": prose
            continue
        end = _run_end(doc, after, MAX_SIDEBAR)
        if end - after >= 4:
            out.append(Boilerplate(doc.spans[i][0], doc.spans[end - 1][1], "sidebar"))
            i = end
            continue
        if m not in _AMBIGUOUS and end - after <= 1:
            out.append(Boilerplate(doc.spans[i][0], doc.spans[after - 1][1], "widget"))
        i = after
    return sorted(out + media, key=lambda b: b.start)
