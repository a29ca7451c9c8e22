"""The day an event happened, as GDELT dates it: the event's own full date when its sentence gives one
("on May 21, 2014"), else the article's publication. One place, so that the Events export and the
store's date filter agree."""

from __future__ import annotations

import datetime as dt

from dateline.record import Event


def published(value: str | None) -> dt.datetime | None:
    """``source.published`` (ISO date or datetime, as given) as a datetime, or None."""
    if not value:
        return None
    v = str(value).strip()
    try:
        return dt.datetime.fromisoformat(v.replace("Z", "+00:00"))
    except ValueError:
        pass
    try:
        return dt.datetime.combine(dt.date.fromisoformat(v[:10]), dt.time())
    except ValueError:
        return None


def happened(event: Event, when_published: dt.datetime | None) -> dt.datetime | None:
    """The event's own date when full (a year or month alone is too coarse for a day), else publication."""
    d = event.date
    if d is not None and d.year and d.month and d.day:
        try:
            return dt.datetime(d.year, d.month, d.day)
        except ValueError:  # "February 30": fall back to the publication
            pass
    return when_published
