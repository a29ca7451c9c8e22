"""The accurate restorer: the uncased MiniLM encoder fine-tuned to tag case and gap per word.

train/restore_encoder.py trains and int8-quantizes it. Words are cut into the encoder's
WordPieces (``WordPiece``); a word's prediction is read on its first piece. Long texts run in
overlapping windows of pieces, each scored away from its edges.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from dateline.restore.lexicon import MODEL_DIR
from dateline.restore.model import RestoreModel

TOKENIZER_FILE = "tokenizer.json"
MARGIN = 32  # pieces of context kept on each side of the scored part of a window


class WordPiece:
    """BERT's greedy longest-match WordPiece over the encoder's vocabulary (tokenizer.json).

    Degraded words are already lowercase ``[a-z0-9]+``, so BERT's normalizer and pre-tokenizer
    have nothing to do and this is the whole tokenizer; doing it here spares the default install
    the ``tokenizers`` package and the Hugging Face hub client it pulls in (tests check the two
    agree)."""

    def __init__(self, path: Path) -> None:
        model = json.loads(path.read_text(encoding="utf-8"))["model"]
        self.vocab: dict[str, int] = model["vocab"]
        self.prefix: str = model.get("continuing_subword_prefix", "##")
        self.max_chars: int = int(model.get("max_input_chars_per_word", 100))
        self.unk = self.vocab[model.get("unk_token", "[UNK]")]
        self._cache: dict[str, list[int]] = {}

    def token_to_id(self, token: str) -> int:
        return self.vocab[token]

    def pieces(self, word: str) -> list[int]:
        got = self._cache.get(word)
        if got is not None:
            return got
        ids: list[int] = []
        start = 0
        while start < len(word) <= self.max_chars:
            end = len(word)
            while end > start:
                sub = word[start:end] if start == 0 else self.prefix + word[start:end]
                if sub in self.vocab:
                    break
                end -= 1
            if end == start:  # no piece fits: the whole word is unknown
                ids = []
                break
            ids.append(self.vocab[sub])
            start = end
        ids = ids or [self.unk]
        if len(self._cache) < 500_000:
            self._cache[word] = ids
        return ids


def word_pieces(tok: WordPiece, words: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """Piece ids of the words, and the index of each word's first piece (one per word)."""
    ids: list[int] = []
    first = np.empty(len(words), dtype=np.int64)
    for i, w in enumerate(words):
        first[i] = len(ids)
        ids.extend(tok.pieces(w) or [tok.unk])
    return np.asarray(ids, dtype=np.int64), first


class EncoderRestoreModel(RestoreModel):
    def __init__(self, model_dir: Path = MODEL_DIR) -> None:
        super().__init__(model_dir)
        self.tok = WordPiece(model_dir / TOKENIZER_FILE)
        self.cls = self.tok.token_to_id("[CLS]")
        self.sep = self.tok.token_to_id("[SEP]")

    def logits(self, words: list[str]) -> tuple[np.ndarray, np.ndarray]:
        if not words:
            return np.zeros((0, 4), dtype=np.float32), np.zeros((0, len(self.gaps)), dtype=np.float32)
        ids, first = word_pieces(self.tok, words)
        n = len(ids)
        case = np.zeros((n, 4), dtype=np.float32)
        gap = np.zeros((n, len(self.gaps)), dtype=np.float32)
        inner = self.window - 2
        start = 0
        while start < n:
            lo = max(0, start - MARGIN)
            hi = min(n, lo + inner)
            keep_hi = n if hi == n else hi - MARGIN
            x = np.concatenate([[self.cls], ids[lo:hi], [self.sep]])[None, :]
            c, g = self.session.run(None, {"input_ids": x})
            case[start:keep_hi] = c[0, 1 + start - lo : 1 + keep_hi - lo]
            gap[start:keep_hi] = g[0, 1 + start - lo : 1 + keep_hi - lo]
            start = keep_hi
        return case[first], gap[first]
