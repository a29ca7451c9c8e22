"""``python -m dateline``."""

from dateline.cli import app

app()
