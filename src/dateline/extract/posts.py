"""Embedded social-media posts: a tweet that a news page embeds is a quotation by its author.

Scraped pages keep an embedded tweet as one line of text ending in its signature:

    Crime in Germany is way up. Big mistake made all over Europe! — Donald J. Trump (@realDonaldTrump) June 18, 2018

No quotation mark and no speech verb mark it, so the quote rules never see it, yet it is often
the article's key statement. The line's text is the quote and the signature's name its speaker.
Text without its line breaks and dashes (degraded input) loses the signature's shape: posts are
found only where the analysis text keeps them.
"""

from __future__ import annotations

import re

from dateline.record import Entity, Quote

MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
POST = re.compile(
    r"(?m)^(?P<body>[^\n]{2,1200}?)[ \t]*[—–][ \t]*(?P<name>[^\n()—–@]{1,80}?)[ \t]*\(@(?P<handle>\w{1,30})\)"
    rf"[ \t]*{MONTH} \d{{1,2}}, \d{{4}}"
)
LINK = re.compile(r"\s*(?:https?://\S+|pic\.twitter\.com/\S+)\s*$")  # the post's trailing links and media


def find(text: str, entities: list[Entity]) -> list[Quote]:
    """One direct quote per embedded post, its author resolved to the entity the document names."""
    out: list[Quote] = []
    for m in POST.finditer(text):
        start, end = m.start("body"), m.end("body")
        while True:  # trailing links, one at a time ("... https://t.co/x pic.twitter.com/y")
            link = LINK.search(text, start, end)
            if link is None or link.start() == end:
                break
            end = link.start()
        while end > start and text[end - 1].isspace():
            end -= 1
        if end - start < 2:
            continue
        n_start, n_end = m.start("name"), m.end("name")
        entity = next((e for e in entities if e.start < n_end and n_start < e.end), None)
        speaker = entity.canonical if entity is not None and entity.canonical else m.group("name").strip()
        out.append(Quote(speaker, text[start:end], "tweeted", start, end, "direct", n_start, n_end))
    return out
