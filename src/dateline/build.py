"""Which build of dateline made a record: its version plus a digest of the package's files.

Why: the store caches records by the text's content hash, so after an upgrade (new rules, a
retrained model, a fixed table) a stored record may differ from what this build would make. Each
record carries the build that made it; ``batch.run_batch`` counts stored records of another
build, and ``dateline analyze --reanalyze`` refreshes them.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

VERSION = "0.1.0"
PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def build_id() -> str:
    """``VERSION+digest``: every code, table and model file of the package (about 60 MB, read
    once per process), so two installs agree exactly when they would make the same records."""
    digest = hashlib.sha256()
    files = sorted(p for p in PACKAGE.rglob("*") if p.is_file() and "__pycache__" not in p.parts and p.suffix != ".pyc")
    for path in files:
        digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0")
        with path.open("rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                digest.update(block)
    return f"{VERSION}+{digest.hexdigest()[:12]}"
