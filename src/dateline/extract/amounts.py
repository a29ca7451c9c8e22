"""Amounts: how much of what, as GKG V2.1AMOUNTS (value, object) plus a unit.

Token rules over lowercased spaCy tokens, so "$12 billion" and its degraded form "12 billion"
both read as 1.2e10 (the unit is USD only where a "$" or a dollar word survives). Precision first:
a number is an amount only when a scale word, a currency, a unit or a counted noun makes it one,
so years, dates, ordinals, model names ("S-400", "covid 19") and bare numbers are never amounts.
See docs/dates_amounts.md for the conventions (vague amounts are lower bounds).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dateline.context import Context
from dateline.extract import dates
from dateline.extract.dates import Tok
from dateline.record import Amount

WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {
    "hundred": 1e2,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "dozen": 12.0,
    "bn": 1e9,
    "mln": 1e6,
    "mn": 1e6,
    "tn": 1e12,
    "trn": 1e12,
}
# "millions of people": a vague amount is read as its lower bound (1e6).
PLURAL_SCALES = {
    "tens": 10.0,
    "hundreds": 1e2,
    "thousands": 1e3,
    "millions": 1e6,
    "billions": 1e9,
    "trillions": 1e12,
    "dozens": 12.0,
}
MULTI = {"multimillion": 1e6, "multibillion": 1e9, "multitrillion": 1e12}
SUFFIX = re.compile(r"^(\d+(?:\.\d+)?)(bn|b|m|mn|mln|k|tn|trn)$")
GLUED = re.compile(r"^(\d+(?:\.\d+)?),([a-z]+)$")
NOISE = {"%", ",", "-", "–"}
SUFFIX_SCALE = {"bn": 1e9, "b": 1e9, "m": 1e6, "mn": 1e6, "mln": 1e6, "k": 1e3, "tn": 1e12, "trn": 1e12}
FRACTIONS = {"half": 2.0, "halves": 2.0, "third": 3.0, "thirds": 3.0, "quarter": 4.0, "quarters": 4.0}
FRACTIONS |= {"fifth": 5.0, "fifths": 5.0, "tenth": 10.0, "tenths": 10.0}
SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY"}
CURRENCY_WORDS = {
    "dollar": "USD",
    "dollars": "USD",
    "usd": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "eur": "EUR",
    "yuan": "CNY",
    "renminbi": "CNY",
    "ruble": "RUB",
    "rubles": "RUB",
    "rouble": "RUB",
    "roubles": "RUB",
    "yen": "JPY",
    "rupees": "INR",
    "rupee": "INR",
}
UNITS = {
    "percent": "percent",
    "%": "percent",
    "pct": "percent",
    "point": "point",
    "points": "point",
    "mile": "mile",
    "miles": "mile",
    "watt": "watt",
    "watts": "watt",
    "kilowatt": "kilowatt",
    "kilowatts": "kilowatt",
    "megawatt": "megawatt",
    "megawatts": "megawatt",
    "gigawatt": "gigawatt",
    "gigawatts": "gigawatt",
    "km": "kilometer",
    "kilometer": "kilometer",
    "kilometers": "kilometer",
    "kilometre": "kilometer",
    "kilometres": "kilometer",
    "meter": "meter",
    "meters": "meter",
    "metre": "meter",
    "metres": "meter",
    "foot": "foot",
    "feet": "foot",
    "year": "year",
    "years": "year",
    "month": "month",
    "months": "month",
    "week": "week",
    "weeks": "week",
    "day": "day",
    "days": "day",
    "minute": "minute",
    "minutes": "minute",
    "seconds": "second",
    "hour": "hour",
    "hours": "hour",
    "ton": "ton",
    "tons": "ton",
    "tonne": "ton",
    "tonnes": "ton",
    "barrel": "barrel",
    "barrels": "barrel",
    "kilogram": "kilogram",
    "kilograms": "kilogram",
    "kg": "kilogram",
    "acre": "acre",
    "hectare": "hectare",
    "hectares": "hectare",
    "acres": "acre",
}
# Scale words and units after which a "19 5" pair is a decimal that lost its point.
DECIMAL_NEXT = set(SCALES) | {"percent", "per", "%", "point", "points", "pct", "percentage"}
QUALIFIERS = {"more", "less", "fewer", "than", "about", "nearly", "almost", "some", "over", "under", "around"}
QUALIFIERS |= {"roughly", "approximately", "just", "up", "least", "at", "an", "estimated", "only", "a", "the"}
# Before an amount with no noun after it, these point back to what is counted ("a deal worth 11 billion").
LEFT_CUES = {"worth", "of", "at", "is", "was", "are", "were", "be", "been", "being", "reached", "reach"}
LEFT_CUES |= {"totaled", "totalled", "totaling", "totalling", "total", "cost", "costs", "valued", "estimated"}
LEFT_CUES |= {"amounted", "amounting", "exceeded", "topped"}
# Before an amount, these compare it with the previous one, whose object it shares.
COMPARE = {"with", "against", "versus", "vs", "from", "to"}
NOT_OBJECTS = set(UNITS) | set(SCALES) | set(PLURAL_SCALES) | set(CURRENCY_WORDS) | set(dates.MONTHS)
NOT_OBJECTS |= set(dates.WEEKDAYS) | {"lot", "lots", "number", "total", "amount", "sum", "part", "kind", "sort"}
# Contractions cut by degradation ("wasn t"), never objects.
NOT_OBJECTS |= {"wasn", "isn", "doesn", "don", "didn", "won", "aren", "weren", "couldn", "shouldn", "wouldn", "hasn"}
NOT_OBJECTS |= {"haven", "hadn", "ain", "can"}
NOT_OBJECTS |= {"type", "one", "ones", "more", "less", "times", "time", "s", "t", "per", "cent", "percentage"}
# Before a number, these make it a name or a label, not an amount ("covid 19", "article 5").
LABELS = {"covid", "mig", "su", "tu", "sars", "no", "number", "article", "chapter", "section", "page", "route"}
LABELS |= {"model", "version", "iphone", "windows", "type", "trump"}
LABELS |= {"resolution", "flight", "room", "phase", "level", "grade", "highway", "channel", "boeing", "airbus", "g"}
SHORT_WORDS = {"a", "i", "an", "at", "in", "of", "to", "by", "on", "or", "as", "is", "it", "be", "we", "up", "so"}
SHORT_WORDS |= {"no", "if", "my", "he", "me", "us", "do", "go", "am", "ve", "ll", "re"}
TIME_NEXT = {"am", "pm", "a.m.", "p.m.", "gmt", "utc", "est", "edt", "o'clock", "bst", "cet"}
FINITE = {"VBD", "VBZ", "VBP", "MD"}
IN_IDIOMS = {"case", "addition", "fact", "contrast", "turn", "total", "part", "response", "return", "particular"}
IN_IDIOMS |= {"general", "order", "place", "time", "all", "short", "effect", "sum"}
TIME_UNITS = {"year", "month", "week", "day", "hour", "minute", "second"}
NAME_TYPES = {"PERSON", "ORG", "GPE", "LOC", "FAC"}
DETS = {"the", "its", "their", "his", "her", "our", "these", "those", "all"}
NOUN_TAGS = {"NN", "NNS"}
RUN_TAGS = {"JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "VBN", "HYPH"}
RUN_POS = {"ADJ", "NOUN", "PROPN"}
RUN_STOP = {"more", "less", "than", "per", "which", "that", "who", "s", "t"}


@dataclass
class _Found:
    value: float
    unit: str | None
    obj: str | None
    i: int  # first token
    j: int  # one past the last token of the amount proper
    after: int  # one past the last token read (object included)


class _Scanner:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.toks = dates.tokens(ctx)
        found = ctx.dates if ctx.dates is not None else dates.extract(ctx)  # numbers in dates are not amounts
        spans = [(d.start, d.end) for d in found]
        named = (e for e in ctx.entities if e.type in NAME_TYPES)
        self.names = {n for e in named for n in dates.overlapping(self.toks, e.start, e.end)}
        self.dated = {n for s, e in spans for n in dates.overlapping(self.toks, s, e)}

    def at(self, i: int) -> Tok | None:
        return self.toks[i] if 0 <= i < len(self.toks) and i not in self.dated else None

    def low(self, i: int) -> str:
        t = self.at(i)
        return t.low if t else ""

    def skip_hyphen(self, k: int) -> int:
        return k + 1 if self.low(k) in {"-", "–"} else k

    # --- numbers --------------------------------------------------------------------------
    def number(self, i: int) -> tuple[float, int, str] | None:
        """(value, next token, kind) for a number at token i; kind: digit, word, scale, vague."""
        t = self.at(i)
        if t is None:
            return None
        low = t.low.replace(",", "")
        if re.fullmatch(r"\d+(?:\.\d+)?", low) and len(low) <= 15:
            if (low.startswith("0") and "." not in low and len(low) > 1) or self.mid_group(i):
                return None  # "000" of a degraded "683 000", a zero-padded code
            k = i + 1
            # Degraded thousands: "683 000 people" lost its comma; join 3-digit groups.
            if "." not in low and len(low) <= 3:
                while (g := self.at(k)) is not None and len(g.low) == 3 and g.low.isdigit():
                    low, k = low + g.low, k + 1
            nxt = self.at(k)
            # Degraded decimals: "19 5 percent" is 19.5 when a unit or scale follows; never years.
            if (
                "." not in low
                and (len(low) <= 3 or k > i + 1)
                and nxt is not None
                and nxt.low.isdigit()
                and len(nxt.low) <= 2
                and self.low(k + 1) in DECIMAL_NEXT
                and not (len(low) == len(nxt.low) == 2 and int(nxt.low) > int(low))  # "45 52 percent": a range
            ):
                return float(f"{low}.{nxt.low}"), k + 1, "digit"
            if self.low(i - 1) in SYMBOLS and self.low(k) in SUFFIX_SCALE:  # "$5m" -> "$", "5", "m"
                return float(low) * SUFFIX_SCALE[self.low(k)], k + 1, "scale"
            frac = self.low(self.skip_hyphen(k))
            if frac in FRACTIONS and float(low) < FRACTIONS[frac]:
                return None  # "2 thirds": a fraction that lost its slash, too ambiguous to read
            return float(low), k, "digit"
        glued = GLUED.match(t.low)  # "60,billion" from an imperfect restoration
        if glued and glued.group(2) in SCALES:
            return float(glued.group(1)) * SCALES[glued.group(2)], i + 1, "scale"
        m = SUFFIX.match(low)
        if m and (self.low(i - 1) in SYMBOLS or len(m.group(2)) > 1):
            return float(m.group(1)) * SUFFIX_SCALE[m.group(2)], i + 1, "scale"
        if low in WORDS:
            value, k = float(WORDS[low]), i + 1
            if WORDS[low] >= 20 and self.low(k) in {"-"} and self.low(k + 1) in WORDS:
                k += 1
            if WORDS[low] >= 20 and self.low(k) in WORDS and WORDS[self.low(k)] < 10:
                value += WORDS[self.low(k)]
                k += 1
            k2 = self.skip_hyphen(k)
            if self.low(k2) in FRACTIONS:  # "two-thirds"
                return value / FRACTIONS[self.low(k2)], k2 + 1, "word"
            return value, k, "word"
        if low in {"a", "an"} and self.low(i + 1) in SCALES:
            return 1.0, i + 1, "word"
        if low in MULTI:
            return MULTI[low], i + 1, "scale"
        if low == "multi":
            k = self.skip_hyphen(i + 1)
            if self.low(k) in SCALES:
                return SCALES[self.low(k)], k + 1, "scale"
        if low in PLURAL_SCALES and self.low(i + 1) == "of":
            value, k = PLURAL_SCALES[low], i + 1
            if self.low(k + 1) in PLURAL_SCALES and self.low(k + 1) != "tens":  # "tens of thousands of"
                value *= PLURAL_SCALES[self.low(k + 1)]
                k += 2
            if low == "tens" and value == 10.0:
                return None
            return value, k, "vague"
        return None

    def mid_group(self, i: int) -> bool:
        """Token i is a later 3-digit group of a degraded number ("683 000")."""
        prev = self.at(i - 1)
        t = self.toks[i]
        return prev is not None and len(t.low) == 3 and prev.low.isdigit() and len(prev.low) <= 3

    def label_before(self, i: int) -> bool:
        """'s 400', 'covid 19', 'article 5': the number names a thing."""
        prev = self.low(i - 1)
        if prev in LABELS or (len(prev) <= 2 and prev.isalpha() and prev not in SHORT_WORDS):
            return True  # "s 400", "ar 15", "g 20"
        return any(c.isdigit() for c in prev) and any(c.isalpha() for c in prev)  # "a320 200"

    # --- one amount -----------------------------------------------------------------------
    def amount(self, i: int) -> _Found | None:
        t0 = self.at(i)
        if t0 is None:
            return None
        cur = SYMBOLS.get(t0.low)
        k = i + 1 if cur else i
        if cur and self.low(k) == "-":
            return None
        if t0.low == "half":
            return self.half(i)
        num = k
        parsed = self.number(num)
        if parsed is None:
            return None
        value, k, kind = parsed
        scaled = kind in {"scale", "vague"}
        while True:
            k2 = self.skip_hyphen(k)
            if self.low(k2) in NOISE and self.low(k2 + 1) in SCALES:
                k2 += 1  # an imperfect restoration: "$12% billion", "12, billion"
            if self.low(k2) in SCALES and kind != "vague":
                value *= SCALES[self.low(k2)]
                k, scaled = k2 + 1, True
            else:
                break
        if kind == "vague" and self.low(k) == "of" and self.low(k + 1) in CURRENCY_WORDS:
            cur = cur or CURRENCY_WORDS[self.low(k + 1)]
            k += 2
        k2 = self.skip_hyphen(k)
        if self.low(k2) in CURRENCY_WORDS:
            cur = cur or CURRENCY_WORDS[self.low(k2)]
            k = k2 + 1
        unit = cur
        if cur is None or self.low(k - 1) not in CURRENCY_WORDS:  # a unit word beats a stray "$"
            k2 = self.skip_hyphen(k)
            word = self.low(k2)
            if word == "per" and self.low(k2 + 1) == "cent":
                unit, k = "percent", k2 + 2
            elif word == "percentage" and self.low(k2 + 1) in {"point", "points"}:
                unit, k = "percentage point", k2 + 2
            elif word in UNITS and not (kind != "digit" and UNITS[word] == "point"):  # "at one point"
                unit, k = UNITS[word], k2 + 1
        j = k
        first = self.toks[num]
        if kind == "digit":
            if self.label_before(num) and not (scaled or cur):
                return None
            if dates._year(first) is not None and not (scaled or cur or unit):
                return None
            pm = self.low(j) in {"a", "p"} and self.low(j + 1) in {"m", "."}  # degraded "5 30 p m"
            if self.low(j) in TIME_NEXT or pm or self.low(i - 1) in {"#", "no."}:
                return None
        if value == 1.0 and kind in {"word", "digit"} and not (scaled or cur or unit):
            return None  # "one reason", "one belt one road", degraded "#1 rated": too vague to count
        measure = unit is not None and unit != "percent" and self.low(j - 1).endswith("s")
        # "250 miles and ...": a plural measure takes its object only through "of" ("six weeks of talks").
        complete = bool(scaled or cur or unit) and self.complement(i)
        obj, after = self.right_object(j, complete) if not measure or self.low(j) == "of" else (None, j)
        singular = obj is not None and self.toks[after - 1].tag == "NN" and self.low(j) not in {"-", "of"}
        if singular and value > 1 and not (scaled or cur or unit):
            obj = None  # "damaging 22 fire spokesman": a count of a singular noun is a lost comma
        if kind == "vague" and obj is None and cur is None:
            return None
        if obj is None and not (scaled or cur or unit):
            return self.range_start(value, kind, i, j)  # else a bare number ("a 19", "the two met")
        return _Found(value, unit, obj, i, j, after)

    def range_start(self, value: float, kind: str, i: int, j: int) -> _Found | None:
        """'10 to 15 percent', '7 and 10 years old': a bare number takes the scale and unit of its pair."""
        if kind != "digit" or self.low(j) not in {"to", "-", "and", "or"} or value == 1.0:
            return None
        pair = self.amount(j + 1)
        first = self.at(j + 1)
        if pair is None or first is None or not first.low.replace(",", "").replace(".", "").isdigit():
            return None
        parsed = self.number(j + 1)
        if parsed is None or parsed[0] == 0 or pair.unit is None and pair.value == parsed[0]:
            return None
        return _Found(value * pair.value / parsed[0], pair.unit, pair.obj, i, j, j)

    def half(self, i: int) -> _Found | None:
        prev, nxt = self.low(i - 1), self.low(i + 1)
        if nxt in {"a", "an"} and self.low(i + 2) in SCALES:
            scale = SCALES[self.low(i + 2)]
            obj, after = self.right_object(i + 3)
            return _Found(0.5 * scale, None, obj, i, i + 3, after)
        if nxt == "of":
            obj, after = self.right_object(i + 1)
            if obj is not None:
                return _Found(0.5, None, obj, i, i + 1, after)
        if prev in {"by", "in", "than", "nearly", "almost", "about", "roughly", "over", "around"}:
            return _Found(0.5, None, None, i, i + 1, i + 1)
        return None

    # --- objects --------------------------------------------------------------------------
    def right_object(self, k: int, measure: bool = False) -> tuple[str | None, int]:
        """The head noun after the amount: '12 billion in loans', '19 5 percent stake'.

        ``measure``: the amount is complete without a noun (scale, currency or unit), so on degraded
        text a noun phrase followed by a finite verb is the next clause's subject, not its object.
        """
        k = self.skip_hyphen(k)
        starts = [k]
        if self.low(k) in {"in", "of"} and not (self.low(k) == "in" and self.low(k + 1) in IN_IDIOMS):
            starts.append(k + 1)
            if self.low(k + 1) in DETS and self.low(k) == "of":
                starts.append(k + 2)
        for s in starts:
            head, end = self.noun_run(s)
            nxt = self.at(end)
            # Degraded text lost its full stops: "to 57 7 billion shipments decreased" starts a clause.
            if head is not None and measure and self.ctx.degraded and nxt is not None and nxt.tag in FINITE:
                return None, k
            if head is not None:
                return head, end
        return None, k

    def complement(self, i: int) -> bool:
        """The amount at i ends a clause: after a verb or "to"/"from"/"by" ("fell to 57 7 billion")."""
        k = i - 1
        while self.low(k) in QUALIFIERS:
            k -= 1
        t = self.at(k)
        return t is not None and (t.low in {"to", "from", "by", "at"} or t.tag.startswith("VB"))

    def noun_run(self, k: int) -> tuple[str | None, int]:
        """Head of the noun phrase at token k: its last noun, or its first plural noun.

        On degraded text a lost comma runs phrases together ("1 500 homes wineries"), and a plural
        rarely modifies another noun, so a plural ends the phrase; so does a name, unless the tagger
        reads it as a plural common noun (the NER, reading lowercase words, takes "eggs" for a name).
        """
        head: str | None = None
        end = k
        for n in range(k, min(k + 5, len(self.toks))):
            t = self.at(n)
            if t is None or t.low in RUN_STOP or not (t.tag in RUN_TAGS or t.pos in RUN_POS):
                break
            if t.low.isdigit() or (n in self.names and t.tag != "NNS"):
                break
            if t.tag in NOUN_TAGS and t.pos == "NOUN" and t.low not in NOT_OBJECTS and t.low.isalpha():
                head, end = t.low, n + 1
                if t.tag == "NNS":
                    break
        return head, end

    def left_object(self, i: int) -> str | None:
        """The noun an amount is said of: 'a deal would be worth 11 billion', 'a range of 250 miles'."""
        k = i - 1
        while self.low(k) in QUALIFIERS and self.low(k) not in LEFT_CUES:
            k -= 1
        if self.low(k) not in LEFT_CUES:
            return None
        sent = self.toks[i].sent
        lo = max(0, i - 14)
        window = [n for n in range(lo, k + 1) if self.at(n) is not None and self.toks[n].sent == sent]
        # Nouns after an infinitive ("contract to sell natural gas ... worth") are its objects.
        for n in reversed(window):
            if self.low(n) == "to" and (nxt := self.at(n + 1)) is not None and nxt.tag == "VB":
                window = [m for m in window if m < n]
                break
        for n in reversed(window):
            t = self.toks[n]
            if t.low.isdigit():
                return None
            if t.tag in NOUN_TAGS and t.pos == "NOUN" and t.low not in NOT_OBJECTS and t.low.isalpha():
                return t.low
        return None

    # --- the scan -------------------------------------------------------------------------
    def scan(self) -> list[Amount]:
        found: list[_Found] = []
        i = 0
        while i < len(self.toks):
            f = self.amount(i)
            if f is None:
                i += 1
                continue
            found.append(f)
            i = max(f.j, i + 1)
        for n, f in enumerate(found):
            if f.obj is not None:
                continue
            prev = found[n - 1] if n else None
            k = f.i - 1
            while self.low(k) in QUALIFIERS - {"to"}:
                k -= 1
            cmp = self.low(k) in COMPARE or (self.low(k) == "compared" and self.low(k + 1) == "with")
            if cmp and prev is not None and f.i - prev.after <= 12 and prev.obj:
                f.obj = prev.obj
                continue
            if f.unit not in TIME_UNITS:  # "four years ago": a duration is said of no noun to its left
                f.obj = self.left_object(f.i)
        # "a 30-year, $400 billion gas contract": a modifier amount (singular unit) shares the next one's object.
        for n in range(len(found) - 2, -1, -1):
            f, g = found[n], found[n + 1]
            modifier = self.low(f.j - 1) in UNITS and not self.low(f.j - 1).endswith("s")
            joined = all(self.low(m) in {",", "and", "a", "an"} for m in range(f.j, g.i))
            if f.obj is None and g.obj is not None and g.i - f.j <= 2 and modifier and joined:
                f.obj = g.obj
        text = self.ctx.text
        out: list[Amount] = []
        for f in found:
            start, end = self.toks[f.i].start, self.toks[f.j - 1].end
            if self.ctx.in_boilerplate(start, end):
                continue
            out.append(Amount(f.value, f.unit, f.obj, text[start:end], start, end))
        return out


def extract(ctx: Context) -> list[Amount]:
    """Amounts in ctx.text outside boilerplate, with value, unit and counted object."""
    return _Scanner(ctx).scan()
