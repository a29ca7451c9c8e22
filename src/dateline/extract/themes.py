"""Themes: what an article is about, from a documented taxonomy of trigger words.

Each row of ``data/themes.tsv`` ties a trigger (a lowercase word or phrase) to a theme named
in GKG's style (ECON_TRADE, SANCTIONS, MILITARY...). A theme mention's offsets are those of
its trigger words in the analysis text, so GKG export and readers can point at the evidence.

Matching is on tokens, not on characters, so it works on degraded text: a trigger word
matches the word as written (lowercased), its plural, or a noun whose lemma it is (so
"protest" matches "protests" but "court" does not match the verb "courted"). Hyphens are
skipped ("al-Qaeda" reads as "al qaeda"); other punctuation ends a phrase. Where matches
overlap, a longer phrase hides the shorter ones inside it ("trade war" is trade, not war),
and a theme's overlapping mentions are joined into one.
A trigger written ``!phrase`` blocks its theme's triggers inside that phrase ("west bank"
is not banking). docs/themes.md is generated from the table: ``python -m
dateline.extract.themes > docs/themes.md``.
"""

from __future__ import annotations

import csv
import io
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Token

from dateline.context import Context
from dateline.record import Theme

JOINERS = frozenset({"-", "\u2010", "\u2011", "\u2013", "/"})  # skipped inside a phrase


@dataclass(frozen=True)
class Trigger:
    theme: str
    words: tuple[str, ...]
    block: bool = False  # a "!" row: hides its theme's triggers inside it


@dataclass(frozen=True)
class Taxonomy:
    descriptions: dict[str, str]  # theme -> what it means, in table order
    triggers: tuple[Trigger, ...]
    by_first: dict[str, tuple[Trigger, ...]]  # first trigger word -> candidates


@lru_cache(maxsize=1)
def taxonomy() -> Taxonomy:
    """The table in ``data/themes.tsv`` (theme, trigger, description on a theme's first row)."""
    raw = resources.files("dateline").joinpath("data/themes.tsv").read_text("utf-8")
    return parse(raw)


def parse(raw: str) -> Taxonomy:
    descriptions: dict[str, str] = {}
    triggers: list[Trigger] = []
    for row in csv.DictReader(io.StringIO(raw), delimiter="\t"):
        theme, trigger = row["theme"].strip(), row["trigger"].strip().lower()
        if not theme or not trigger:
            continue
        desc = (row.get("description") or "").strip()
        if desc or theme not in descriptions:
            descriptions[theme] = desc or descriptions.get(theme, "")
        block = trigger.startswith("!")
        words = tuple(trigger.lstrip("!").replace("-", " ").split())
        triggers.append(Trigger(theme, words, block))
    by_first: dict[str, list[Trigger]] = defaultdict(list)
    for t in triggers:
        by_first[t.words[0]].append(t)
    return Taxonomy(descriptions, tuple(triggers), {k: tuple(v) for k, v in by_first.items()})


@dataclass(frozen=True)
class _Word:
    forms: frozenset[str]  # what a trigger word may equal to match this token
    start: int
    end: int


def _forms(tok: Token) -> frozenset[str]:
    lower = tok.lower_
    forms = {lower}
    if lower.endswith("es"):
        forms.add(lower[:-2])
    if lower.endswith("s"):
        forms.add(lower[:-1])
    if tok.pos_ in ("NOUN", "PROPN") and tok.lemma_:
        forms.add(tok.lemma_.lower())
    return frozenset(forms)


def _words(doc: Doc) -> list[_Word | None]:
    """The doc as words; None where punctuation breaks a phrase."""
    out: list[_Word | None] = []
    for tok in doc:
        if tok.is_space or tok.text in JOINERS:
            continue
        if not any(c.isalnum() for c in tok.text) or tok.text.startswith(("'", "\u2019")):
            out.append(None)
            continue
        out.append(_Word(_forms(tok), tok.idx, tok.idx + len(tok.text)))
    return out


def find(doc: Doc, tax: Taxonomy | None = None) -> list[tuple[str, int, int]]:
    """(theme, start, end) for every trigger in the doc, overlaps resolved as documented."""
    tax = tax or taxonomy()
    words = _words(doc)
    hits: list[tuple[Trigger, int, int]] = []
    for i, w in enumerate(words):
        if w is None:
            continue
        for first in w.forms:
            for trig in tax.by_first.get(first, ()):
                end_i = i + len(trig.words)
                span = words[i:end_i]
                if len(span) < len(trig.words):
                    continue
                if all(s is not None and tw in s.forms for s, tw in zip(span, trig.words, strict=True)):
                    last = span[-1]
                    assert last is not None
                    hits.append((trig, w.start, last.end))
    blocks = [(t.theme, s, e) for t, s, e in hits if t.block]
    found = {
        (t.theme, s, e)
        for t, s, e in hits
        if not t.block and not any(bt == t.theme and bs <= s and e <= be for bt, bs, be in blocks)
    }
    spans = {(s, e) for _, s, e in found}
    result = [
        (theme, s, e)
        for theme, s, e in found
        # inside a longer trigger: "war" in "trade war"
        if not any(os <= s and e <= oe and (os, oe) != (s, e) for os, oe in spans)
    ]
    return _merge(sorted(result, key=lambda x: (x[0], x[1], x[2])))


def _merge(hits: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Join a theme's overlapping mentions ("human rights" + "rights groups")."""
    out: list[tuple[str, int, int]] = []
    for theme, s, e in hits:  # sorted by theme, then start
        if out and out[-1][0] == theme and s < out[-1][2]:
            out[-1] = (theme, out[-1][1], max(e, out[-1][2]))
        else:
            out.append((theme, s, e))
    return sorted(out, key=lambda x: (x[1], x[2], x[0]))


def extract(ctx: Context) -> list[Theme]:
    """Theme mentions at their trigger words, boilerplate excluded."""
    text = ctx.text
    return [
        Theme(name=theme, start=s, end=e, text=text[s:e])
        for theme, s, e in find(ctx.doc)
        if not ctx.in_boilerplate(s, e)
    ]


def render_docs(tax: Taxonomy | None = None) -> str:
    """docs/themes.md, generated from the table so the two cannot drift apart."""
    tax = tax or taxonomy()
    lines = [
        "# Themes",
        "",
        "<!-- Generated by `python -m dateline.extract.themes > docs/themes.md`; edit",
        "src/dateline/data/themes.tsv instead. tests/test_themes.py checks they agree. -->",
        "",
        "A theme says what an article is about. dateline finds themes from trigger words",
        "listed in `src/dateline/data/themes.tsv` (columns `theme`, `trigger`, `description`).",
        "Each mention is recorded as `themes[{name,start,end}]`, where `start`/`end` are the",
        "offsets of the trigger words in the input, so every theme points at its evidence.",
        "Theme names follow GDELT GKG's style (upper case, `_`-separated) and are written",
        "as they are into the GKG export.",
        "",
        "How triggers match:",
        "",
        "- On tokens, lowercased, so clean and degraded (lowercased, unpunctuated) text agree.",
        "- A trigger word matches the word as written, its plural (`-s`, `-es`), or a noun",
        '  whose lemma it is: "protest" matches "protests"; "court" does not match the verb',
        '  "courted". Verb forms that should count are listed as triggers themselves.',
        '- Phrases match word by word; hyphens are skipped ("al-Qaeda" = "al qaeda"), other',
        "  punctuation ends a phrase.",
        '- A longer trigger hides shorter ones inside it: "trade war" is ECON_TRADE, not',
        '  MILITARY; "war crimes" is HUMAN_RIGHTS, not CRIME. A theme\'s overlapping mentions',
        '  are joined into one ("human rights" + "rights groups").',
        "- A trigger written `!phrase` is a blocker: its theme's triggers inside that phrase",
        '  are ignored ("west bank" is not ECONOMY, "clinical trial" is not LEGAL).',
        "- Mentions inside boilerplate (sidebars, cut-off headlines) are ignored.",
        '- Ambiguous words are left out on purpose: "fire" ("fire the manager"), "power"',
        '  ("world power"), "gas" ("tear gas"), "strike" ("air strike"), "tank" ("think',
        '  tank"); phrases such as "forest fire", "power plant", "natural gas" and "general',
        '  strike" stand in for them.',
        "",
        "| theme | meaning | triggers | blocked phrases |",
        "|---|---|---|---|",
    ]
    by_theme: dict[str, list[Trigger]] = defaultdict(list)
    for t in tax.triggers:
        by_theme[t.theme].append(t)
    for theme, desc in tax.descriptions.items():
        trig = ", ".join(" ".join(t.words) for t in by_theme[theme] if not t.block)
        block = ", ".join(" ".join(t.words) for t in by_theme[theme] if t.block)
        lines.append(f"| `{theme}` | {desc} | {trig} | {block} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    print(render_docs(), end="")
