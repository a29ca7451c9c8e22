"""Shared fixtures: the spaCy pipeline loaded once, and ../shared/data when present."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
SEED = ROOT / "examples" / "washingtontimes-2016-06-23-degraded.txt"


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The research data beside the checkout; tests that need it skip cleanly without it."""
    if not SHARED.is_dir():
        pytest.skip("../shared/data is absent")
    return SHARED


@pytest.fixture(scope="session")
def nlp():
    from dateline import nlp as nlp_mod

    return nlp_mod.load()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED.read_text("utf-8")


@pytest.fixture(scope="session")
def seed_record(seed_text: str):
    """The seed analyzed once, as a user would (restoration included)."""
    import dateline

    return dateline.analyze(seed_text, id="seed", published="2016-06-23")


@pytest.fixture
def make_ctx(nlp):
    """Build a Context over a text, with the entities step run, as the pipeline does."""
    from dateline.context import Context
    from dateline.extract import entities

    def build(text: str, published: str | None = None, degraded: bool = False):
        import datetime as dt

        ctx = Context(
            doc=nlp(text),
            published=dt.date.fromisoformat(published) if published else None,
            degraded=degraded,
        )
        ctx.entities = entities.extract(ctx)
        return ctx

    return build
