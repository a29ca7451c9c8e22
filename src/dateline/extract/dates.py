"""Dates: date expressions resolved against the publication date, at GKG's resolution levels.

Rules run over spaCy tokens, lowercased, so they work on clean text and on degraded text (no
capitals, no punctuation) alike; tags are only a tie-breaker because they are poor on degraded
text. Precision first: an ambiguous word ("may", "march", "june") is a month only when a number
or a date cue makes it one, and a bare number is never a date.

Resolution (see docs/dates_amounts.md):

* ``day``: a full date, also a weekday or a month-day whose year is inferred from ``published``;
* ``month``: month and year (the year may be inferred from ``published``);
* ``year``: a year;
* ``monthday``: month and day when no year is given and ``published`` is unknown.

Relative expressions ("Saturday", "this month", "last year") need ``published``; without it they
are skipped rather than emitted unresolved.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateline.context import Context
from dateline.record import DateMention

MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
}
# Abbreviations count only before a day or year number ("Jan 5", "sept 2014").
MONTH_ABBR = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
# Month names that are also common words or first names: a month only with a number or a cue.
AMBIGUOUS_MONTHS = {"may", "march", "april", "june", "august"}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}
# Words before a month or year that make it a date ("in may", "since 2014", "early june").
CUES = {
    "in",
    "since",
    "until",
    "till",
    "by",
    "of",
    "during",
    "before",
    "after",
    "from",
    "through",
    "throughout",
    "last",
    "next",
    "early",
    "late",
    "mid",
    "this",
    "between",
    "around",
    "circa",
    "end",
    "beginning",
    "start",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
}
# Joiners that carry a date cue on to the next month or year ("in april and may", "2014 to 2015").
JOINERS = {"and", "or", "to", "through", "-", "until"}
# Words after "may" that show the modal verb ("we may go", "this may be").
VERBISH = {
    "be",
    "have",
    "not",
    "n't",
    "also",
    "well",
    "never",
    "still",
    "even",
    "soon",
    "just",
    "only",
    "already",
    "yet",
    "need",
    "want",
    "seem",
    "help",
    "become",
    "come",
    "go",
    "get",
    "take",
    "make",
    "face",
    "prove",
    "lead",
    "cause",
    "affect",
    "try",
    "allow",
    "give",
    "find",
    "include",
    "require",
    "use",
    "eventually",
    "ultimately",
    "perhaps",
    "i",
    "we",
    "you",
}
# After a number, these make it an amount, not a day or a year ("may 12 billion", "in 2000 troops").
NOT_DAY_NEXT = {
    "percent",
    "per",
    "%",
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "bn",
    "point",
    "points",
    "dollars",
    "years",
    "year",
    "miles",
    "people",
    "times",
}
PAST_AUX = {"has", "have", "had", "was", "were"}
# Cues that make the date a target or deadline: "until June 23", "by Friday", "scheduled for May 5".
FORWARD = {"until", "till", "by", "for", "before", "ahead"}
TITLES = {"theresa", "mrs", "ms", "mr", "minister", "prime", "premier", "mrs.", "ms.", "mr."}
ORDINAL = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)$")
ISO = re.compile(r"(?<![\d/-])(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?![\d/-])")
NAME_ENTS = {"PERSON", "ORG", "WORK_OF_ART", "FAC", "PRODUCT"}


@dataclass(frozen=True)
class Tok:
    """A non-space token, lowercased, with the tags the rules may consult."""

    i: int
    low: str
    start: int
    end: int
    tag: str
    pos: str
    sent: int


def tokens(ctx: Context) -> list[Tok]:
    """Non-space tokens of the analysis text (amounts.py reads the same view)."""
    sent_of: dict[int, int] = {}
    if ctx.doc.has_annotation("SENT_START"):
        for n, sent in enumerate(ctx.doc.sents):
            for t in sent:
                sent_of[t.i] = n
    out: list[Tok] = []
    for t in ctx.doc:
        if t.is_space:
            continue
        out.append(Tok(len(out), t.lower_, t.idx, t.idx + len(t.text), t.tag_, t.pos_, sent_of.get(t.i, 0)))
    return out


def overlapping(toks: list[Tok], start: int, end: int) -> range:
    """Indices of the tokens overlapping [start, end): bisection, since tokens are in text order."""
    lo, hi = 0, len(toks)
    while lo < hi:  # first token ending after start
        mid = (lo + hi) // 2
        if toks[mid].end <= start:
            lo = mid + 1
        else:
            hi = mid
    stop = lo
    while stop < len(toks) and toks[stop].start < end:
        stop += 1
    return range(lo, stop)


def _int(s: str) -> int | None:
    return int(s) if s.isdigit() else None


def _year(t: Tok | None) -> int | None:
    if t is None or len(t.low) != 4:
        return None
    y = _int(t.low)
    return y if y is not None and 1800 <= y <= 2100 else None


def _day(t: Tok | None) -> int | None:
    if t is None:
        return None
    m = ORDINAL.match(t.low)
    d = int(m.group(1)) if m else (_int(t.low) if len(t.low) <= 2 else None)
    return d if d is not None and 1 <= d <= 31 else None


def _month(t: Tok | None, abbr: bool) -> int | None:
    if t is None:
        return None
    low = t.low.rstrip(".")
    if low in MONTHS:
        return MONTHS[low]
    return MONTH_ABBR.get(low) if abbr else None


class _Scanner:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.toks = tokens(ctx)
        self.pub = ctx.published
        self.text = ctx.text  # Doc.text is rebuilt on every access
        named = (e for e in ctx.entities if e.type in NAME_ENTS)
        self.names = {n for e in named for n in overlapping(self.toks, e.start, e.end)}

    def at(self, i: int) -> Tok | None:
        return self.toks[i] if 0 <= i < len(self.toks) else None

    def low(self, i: int) -> str:
        t = self.at(i)
        return t.low if t else ""

    def in_name(self, t: Tok) -> bool:
        return t.i in self.names

    def cued(self, i: int) -> bool:
        """A date cue before token i, directly or through a joiner after another month/year."""
        prev = self.low(i - 1)
        if prev in CUES or (prev == "-" and self.low(i - 2) in {"mid", "early", "late"}):
            return True
        if prev in JOINERS:
            before = self.at(i - 2)
            return before is not None and (_month(before, False) is not None or _year(before) is not None)
        return False

    def modal_future(self, k: int) -> bool:
        """The base verb at k hangs off will/shall/going to ("will begin to change")."""
        for n in range(k - 1, max(-1, k - 5), -1):
            low = self.low(n)
            if low in {"will", "ll", "'ll", "shall", "going"}:
                return True
            if not (low == "to" or self.toks[n].tag in {"VB", "RB"}):
                return False
        return False

    def title_case(self, i: int) -> bool:
        """Token i is capitalized in the middle of a sentence (a name on clean text)."""
        t = self.toks[i]
        first = i == 0 or self.toks[i - 1].sent != t.sent or self.low(i - 1) in {".", "!", "?", '"', "“", ":"}
        return not first and self.text[t.start].isupper()

    def verbish(self, t: Tok | None) -> bool:
        return t is not None and (t.low in VERBISH or t.tag == "VB")

    def day_ok(self, i: int) -> bool:
        """Token i may be a day-of-month: the next token does not make it an amount."""
        nxt = self.at(i + 1)
        return nxt is None or (nxt.low not in NOT_DAY_NEXT and nxt.tag != "NNS")

    # --- tense, for relative resolution -------------------------------------------------
    def tense(self, i: int, j: int) -> str:
        """'past', 'future', 'present' or '' from the nearest verb around tokens i..j-1.

        A forward cue ("until June 23", "by Friday") makes the date a target, whatever the tense of
        the verb that sets it; a non-finite nearest verb ("holding", "to visit") tells nothing.
        """
        if self.low(i - 1) in FORWARD:
            return "future"
        toks, sent = self.toks, self.toks[i].sent
        left = [k for k in range(i - 1, max(-1, i - 30), -1) if toks[k].sent == sent and toks[k].low.isalnum()][:9]
        right = [k for k in range(j, min(len(toks), j + 30)) if toks[k].sent == sent and toks[k].low.isalnum()][:9]
        order = [k for pair in zip(left + [-1] * 9, right + [-1] * 9, strict=False) for k in pair if k >= 0]
        for k in order:
            t = toks[k]
            if t.low in {"will", "'ll", "shall", "wo"} or (t.low == "going" and self.low(k + 1) == "to"):
                return "future"
            if t.tag == "VBD" or (t.tag == "VBN" and k > 0 and toks[k - 1].low in PAST_AUX):
                return "past"
            if t.tag in {"VBZ", "VBP"} and t.low not in {"is", "are", "has", "have"}:
                return "present"
            if t.tag == "VB" and self.modal_future(k):
                return "future"
            if t.tag in {"VB", "VBG", "VBN"} or t.low in {"is", "are"}:
                return ""
        return ""

    # --- the scan --------------------------------------------------------------------------
    def scan(self) -> list[DateMention]:
        found: list[DateMention] = []
        used: set[int] = set()
        text = self.text
        for m in ISO.finditer(text):
            y, mo, d = int(m.group(1)), int(m.group(3)), int(m.group(4))
            if _valid(y, mo, d):
                found.append(DateMention(m.group(0), "day", y, mo, d, m.start(), m.end()))
                used.update(overlapping(self.toks, m.start(), m.end()))
        i = 0
        while i < len(self.toks):
            if i in used:
                i += 1
                continue
            hit = self.match(i)
            if hit is None:
                i += 1
                continue
            j, res, year, month, day = hit
            if any(k in used for k in range(i, j)):
                i += 1
                continue
            first = i
            if self.low(i - 1) in {"last", "next", "this"} and i - 1 not in used and j == i + 1:
                first = i - 1  # "last Thursday", "next March": the cue is part of the expression
            start, end = self.toks[first].start, self.toks[j - 1].end
            found.append(DateMention(text[start:end], res, year, month, day, start, end))
            used.update(range(first, j))
            i = j
        found = [f for f in found if not self.ctx.in_boilerplate(f.start, f.end)]
        return sorted(found, key=lambda f: f.start)

    def match(self, i: int) -> tuple[int, str, int | None, int | None, int | None] | None:
        """(end token, resolution, year, month, day) for a date starting at token i."""
        t = self.toks[i]
        return self.month_first(i, t) or self.day_first(i, t) or self.relative(i, t) or self.year(i, t)

    def month_first(self, i: int, t: Tok) -> tuple[int, str, int | None, int | None, int | None] | None:
        mo = _month(t, abbr=True)
        if mo is None or self.low(i - 1) in TITLES:
            return None
        named = self.in_name(t)  # "Theresa May": only a full date or month-year overrides a name
        abbr = t.low.rstrip(".") not in MONTHS
        k = i + 1
        if self.low(k) == ".":
            k += 1
        d = _day(self.at(k))
        if d is not None and self.day_ok(k) and not _year(self.at(k)):
            e = k + 1
            ye = e + 1 if self.low(e) == "," else e
            y = _year(self.at(ye))
            if y is not None and self.day_ok(ye) and _valid(y, mo, d):
                return ye + 1, "day", y, mo, d
            return (e, *self.infer_day(i, e, mo, d)) if _valid(2000, mo, d) and not named else None
        y = _year(self.at(k))
        if y is not None and self.low(k + 1) not in NOT_DAY_NEXT:  # "december 2009 inventories rose"
            return k + 1, "month", y, mo, None
        if abbr or named:
            return None
        if t.low in AMBIGUOUS_MONTHS and not (self.cued(i) and not self.verbish(self.at(i + 1))):
            return None
        return (i + 1, *self.infer_month(i, i + 1, mo))

    def day_first(self, i: int, t: Tok) -> tuple[int, str, int | None, int | None, int | None] | None:
        d = _day(t)
        if d is None or self.low(i - 1) in {"$", "."} or _int(self.low(i - 1)) is not None:
            return None
        k = i + 2 if self.low(i + 1) == "of" else i + 1
        mt = self.at(k)
        mo = _month(mt, abbr=True)
        if mo is None or mt is None or self.in_name(mt):
            return None
        y = _year(self.at(k + 1))
        if y is not None and self.day_ok(k + 1) and _valid(y, mo, d):
            return k + 2, "day", y, mo, d
        if mt.low in AMBIGUOUS_MONTHS and self.verbish(self.at(k + 1)):
            return None
        return (k + 1, *self.infer_day(i, k + 1, mo, d)) if _valid(2000, mo, d) else None

    def relative(self, i: int, t: Tok) -> tuple[int, str, int | None, int | None, int | None] | None:
        pub = self.pub
        if pub is None:
            return None
        if t.low == "today" and (self.title_case(i) or self.low(i - 1) == "usa"):
            return None  # "USA TODAY", NBC's "Today": a name, not a date
        if t.low in {"today", "yesterday", "tomorrow"}:
            day = pub + dt.timedelta(days={"today": 0, "yesterday": -1, "tomorrow": 1}[t.low])
            return i + 1, "day", day.year, day.month, day.day
        nxt = self.low(i + 1)
        if t.low in {"this", "last", "next"} and nxt in {"month", "year"}:
            shift = {"this": 0, "last": -1, "next": 1}[t.low]
            if nxt == "year":
                return i + 2, "year", pub.year + shift, None, None
            n = pub.year * 12 + pub.month - 1 + shift
            return i + 2, "month", n // 12, n % 12 + 1, None
        if t.low in WEEKDAYS and not self.in_name(t):
            return (i + 1, *self.weekday(i, WEEKDAYS[t.low], self.low(i - 1)))
        return None

    def year(self, i: int, t: Tok) -> tuple[int, str, int | None, int | None, int | None] | None:
        y = _year(t)
        # Only explicit unit words veto here: on degraded text a sentence may follow ("in 2014 plans").
        if y is None or self.low(i + 1) in NOT_DAY_NEXT or self.low(i - 1) == "$":
            return None
        if self.cued(i) or self.low(i - 1) == "mid":
            return i + 1, "year", y, None, None
        nxt = self.at(i + 1)
        # "the 2014 annexation": a year used as a modifier of a singular noun.
        if self.low(i - 1) == "the" and nxt is not None and nxt.tag == "NN":
            return i + 1, "year", y, None, None
        return None

    # --- inference against the publication date --------------------------------------------
    def infer_month(self, i: int, j: int, mo: int) -> tuple[str, int | None, int | None, int | None]:
        pub = self.pub
        if pub is None:
            return "month", None, mo, None
        cue = self.low(i - 1)
        if cue == "last":
            return "month", pub.year if mo < pub.month else pub.year - 1, mo, None
        if cue == "next":
            return "month", pub.year if mo > pub.month else pub.year + 1, mo, None
        tense = "" if cue == "this" else self.tense(i, j)
        if tense == "past" and mo > pub.month:
            return "month", pub.year - 1, mo, None
        if tense == "future" and mo < pub.month:
            return "month", pub.year + 1, mo, None
        if tense == "":  # no tense: the nearer of last and next year's month (January in December is next)
            if mo - pub.month > 6:
                return "month", pub.year - 1, mo, None
            if pub.month - mo > 6:
                return "month", pub.year + 1, mo, None
        return "month", pub.year, mo, None

    def infer_day(self, i: int, j: int, mo: int, d: int) -> tuple[str, int | None, int | None, int | None]:
        pub = self.pub
        if pub is None:
            return "monthday", None, mo, d
        tense = self.tense(i, j)
        y = pub.year
        if tense == "past" and (mo, d) > (pub.month, pub.day):
            y -= 1
        elif tense == "future" and (mo, d) < (pub.month, pub.day):
            y += 1
        elif tense == "" and _valid(y, mo, d):
            here = dt.date(y, mo, d)
            if (here - pub).days > 183:
                y -= 1
            elif (pub - here).days > 183:
                y += 1
        if not _valid(y, mo, d):  # 29 February outside a leap year
            return "monthday", None, mo, d
        return "day", y, mo, d

    def weekday(self, i: int, wd: int, cue: str) -> tuple[str, int | None, int | None, int | None]:
        pub = self.pub
        assert pub is not None
        back = (pub.weekday() - wd) % 7  # days since the last such day (0: published that day)
        ahead = (wd - pub.weekday()) % 7
        if cue == "last":
            delta = -(back or 7)
        elif cue == "next":
            delta = ahead or 7
        else:
            tense = self.tense(i, i + 1)
            if tense == "past":
                delta = -back
            elif tense in {"future", "present"}:
                delta = ahead
            else:
                delta = -back if back <= ahead else ahead
        day = pub + dt.timedelta(days=delta)
        return "day", day.year, day.month, day.day


def _valid(y: int, mo: int, d: int) -> bool:
    try:
        dt.date(y, mo, d)
    except ValueError:
        return False
    return True


def extract(ctx: Context) -> list[DateMention]:
    """Date mentions in ctx.text, outside boilerplate, resolved against ctx.published."""
    return _Scanner(ctx).scan()
