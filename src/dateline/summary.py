"""Readable renderings of records and query results for the terminal."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from rich.console import Console
from rich.table import Table
from rich.text import Text

from dateline.record import Record


def table(headers: Sequence[str], rows: Iterable[Sequence[object]], title: str | None = None) -> Table:
    t = Table(*headers, title=title, title_justify="left", show_lines=False)
    for row in rows:
        t.add_row(*(Text("" if c is None else str(c)) for c in row))  # article text is never markup
    return t


def human_number(value: float) -> str:
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            return f"{value / scale:g} {word}"
    return f"{value:g}"


def _clip(s: str, n: int = 110) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def print_summary(record: Record, console: Console) -> None:
    """Who, where, when, how much, who said what, tone, themes and events of one record."""
    src = record.source
    words = record.tone.word_count or len(record.text.split())
    console.rule(f"[bold]{record.id}[/] {src.title or ''}".strip())
    console.print(
        f"{words} words · degraded: {'yes (restored before analysis)' if record.degraded else 'no'}"
        f"{' · published ' + src.published if src.published else ''}"
        f"{' · ' + str(len(record.boilerplate)) + ' residue span(s) set aside' if record.boilerplate else ''}",
        highlight=False,
    )
    for label, types in (("Persons", {"PERSON"}), ("Organizations", {"ORG"})):
        counts = Counter(e.canonical for e in record.entities if e.type in types)
        roles = {e.canonical: e.role for e in record.entities if e.type in types and e.role}
        if counts:
            console.print(
                table(
                    ["name", "mentions", "role"],
                    [(n, c, roles.get(n, "")) for n, c in counts.most_common()],
                    title=label,
                )
            )
    places: dict[tuple[str, str | None], tuple[int, str]] = {}
    for loc in record.locations:
        key = (loc.name, loc.country_code)
        n, coords = places.get(key, (0, ""))
        coords = f"{loc.lat:.2f}, {loc.lon:.2f}" if loc.lat is not None and loc.lon is not None else ""
        places[key] = (n + 1, coords)
    if places:
        console.print(
            table(
                ["place", "country", "lat, lon", "mentions"],
                [(k[0], k[1], v[1], v[0]) for k, v in places.items()],
                title="Places",
            )
        )
    if record.dates:
        console.print(
            table(
                ["text", "resolution", "date"],
                [(d.text, d.resolution, _date(d.year, d.month, d.day)) for d in record.dates],
                title="Dates",
            )
        )
    if record.amounts:
        console.print(
            table(
                ["text", "value", "unit", "object"],
                [(_clip(a.text, 40), human_number(a.value), a.unit, a.object) for a in record.amounts],
                title="Amounts",
            )
        )
    if record.quotes:
        console.print(
            table(["speaker", "verb", "quote"], [(q.speaker, q.verb, _clip(q.quote)) for q in record.quotes], "Quotes")
        )
    t = record.tone
    console.print(
        f"[bold]Tone[/] {t.tone:+.2f} (positive {t.positive:.2f}, negative {t.negative:.2f}, "
        f"polarity {t.polarity:.2f}, activity {t.activity_density:.2f}, "
        f"self/group {t.self_group_density:.2f}, words {t.word_count})",
        highlight=False,
    )
    if record.themes:
        themes = Counter(th.name for th in record.themes)
        console.print("[bold]Themes[/] " + ", ".join(f"{n} ({c})" for n, c in themes.most_common()), highlight=False)
    if record.events:
        console.print(
            table(
                ["actor1", "event", "actor2", "goldstein", "plover", "confidence"],
                [
                    (
                        e.actor1.code if e.actor1 else "",
                        e.code,
                        e.actor2.code if e.actor2 else "",
                        e.goldstein,
                        e.plover,
                        "" if e.confidence is None else f"{e.confidence:.2f}",
                    )
                    for e in record.events
                ],
                title="Events",
            )
        )


def _date(y: int | None, m: int | None, d: int | None) -> str:
    return "-".join(f"{v:02d}" if i else str(v) for i, v in enumerate((y, m, d)) if v is not None)
