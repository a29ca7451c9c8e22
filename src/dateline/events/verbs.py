"""The event-cue table (``data/event_verbs.tsv``): verb lemma + cue words -> CAMEO code.

A table rather than code so that coverage can be reviewed and extended row by row; rows for one
verb are tried in file order, specific cue words first, ``*`` last.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Rule:
    verb: str  # lemma, or "lemma particle"
    cues: frozenset[str]  # empty = any
    code: str
    kind: str  # "", "intent", "threaten", "refuse", "demand"
    any_pos: bool  # the cue need not be tagged as a verb ("willing", "ultimatum")


@lru_cache(maxsize=1)
def rules() -> dict[str, list[Rule]]:
    """Rules by verb (or phrasal verb) in file order."""
    text = resources.files("dateline").joinpath("data", "event_verbs.tsv").read_text("utf-8")
    out: dict[str, list[Rule]] = {}
    header = True
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if header:
            header = False
            continue
        cols = line.split("\t")
        verb, any_pos = cols[0].strip(), cols[0].strip().endswith("*")
        verb = verb.rstrip("*")
        cues = frozenset() if cols[1].strip() == "*" else frozenset(cols[1].strip().split("|"))
        kind = cols[3].strip() if len(cols) > 3 else ""
        out.setdefault(verb, []).append(Rule(verb, cues, cols[2].strip(), kind, any_pos))
    # specific rows before catch-all ones, whatever their place in the file, so that a block of
    # rows appended later can refine a verb that already has a "*" row
    return {verb: sorted(rows, key=lambda r: not r.cues) for verb, rows in out.items()}


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    return frozenset(verb.split()[0] for verb in rules())


def known(words: list[str]) -> bool:
    """Whether any of ``words`` starts a row of the table (``match`` can then find one)."""
    heads = _heads()
    return any(w in heads for w in words)


def match(lemma: str, particle: str | None, words: set[str], is_verb: bool) -> Rule | None:
    """The first rule for ``lemma`` (phrasal form first) whose cue words occur in ``words``."""
    table = rules()
    keys = ([f"{lemma} {particle}"] if particle else []) + [lemma]
    for key in keys:
        for rule in table.get(key, []):
            if not is_verb and not rule.any_pos and rule.code != "-":
                continue  # a figure of speech vetoes the noun too ("strikes a hopeful note")
            if not rule.cues or rule.cues & words:
                return rule
    return None
