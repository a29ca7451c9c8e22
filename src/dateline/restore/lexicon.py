"""The shipped case lexicon and its feature encoding, shared by fast mode, the model and training.

``lexicon.tsv`` holds, for the ~100k most frequent lowercase words of the allsides training
split, the surface form seen most often away from sentence starts ("iPhone", "McDonald",
"NATO", "putin" -> "Putin"). ``vocab.txt`` lists the model's word vocabulary.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "restore"


def load_tsv(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    with path.open(encoding="utf-8") as f:
        for line in f:
            parts = line.rstrip("\n").split("\t")
            if len(parts) >= 2:
                out[parts[0]] = parts[1]
    return out


@lru_cache(maxsize=1)
def case_lexicon() -> dict[str, str]:
    """Lowercase word -> usual surface form; empty when the model folder is absent."""
    path = MODEL_DIR / "lexicon.tsv"
    return load_tsv(path) if path.exists() else {}


@lru_cache(maxsize=1)
def vocab() -> dict[str, int]:
    """Model vocabulary: word -> id (0 pad, 1 unknown)."""
    path = MODEL_DIR / "vocab.txt"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as f:
        return {w: i + 2 for i, w in enumerate(line.rstrip("\n") for line in f)}
