"""The accurate restorer: the uncased MiniLM encoder fine-tuned to tag case and gap per word.

train/restore_encoder.py trains and int8-quantizes it. Words are cut into the encoder's
WordPieces (``WordPiece``); a word's prediction is read on its first piece. Long texts run in
overlapping windows of pieces, each scored away from its edges.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

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

    def token_pieces(self, token: str) -> list[int]:
        """Pieces of any token of clean text: BERT's uncased normalization (lowercase, accents
        stripped) and its split at every punctuation mark, which a degraded word never needs."""
        if token.isascii() and token.isalnum():
            return self.pieces(token.lower())
        norm = "".join(c for c in unicodedata.normalize("NFD", token.lower()) if unicodedata.category(c) != "Mn")
        ids: list[int] = []
        run = ""
        for c in norm:
            if c.isalnum():
                run += c
                continue
            if run:
                ids += self.pieces(run)
                run = ""
            if not c.isspace():
                ids.append(self.vocab.get(c, self.unk))
        if run:
            ids += self.pieces(run)
        return ids or [self.unk]


def word_pieces(tok: WordPiece, words: list[str], clean: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """Piece ids of the words, and the index of each word's first piece (one per word).
    ``clean``: the words are tokens of clean text (``WordPiece.token_pieces``)."""
    ids: list[int] = []
    first = np.empty(len(words), dtype=np.int64)
    cut = tok.token_pieces if clean else tok.pieces
    for i, w in enumerate(words):
        first[i] = len(ids)
        ids.extend(cut(w) or [tok.unk])
    return np.asarray(ids, dtype=np.int64), first


def window_outputs(session: Any, ids: np.ndarray, window: int, cls: int, sep: int) -> list[np.ndarray]:
    """Run an encoder ONNX graph over a piece sequence of any length: windows of ``window``
    pieces ([CLS] and [SEP] included) that overlap by 2 x MARGIN, each output row taken from
    the window where its piece is furthest from an edge. Returns one (n, k) array per output."""
    n = len(ids)
    outs: list[np.ndarray] = []
    inner = window - 2
    start = 0
    while start < n:
        lo = max(0, start - MARGIN)
        hi = min(n, lo + inner)
        keep_hi = n if hi == n else hi - MARGIN
        x = np.concatenate([[cls], ids[lo:hi], [sep]])[None, :]
        got = session.run(None, {"input_ids": x})
        if not outs:
            outs = [np.zeros((n, g.shape[-1]), dtype=np.float32) for g in got]
        for o, g in zip(outs, got, strict=True):
            o[start:keep_hi] = g[0, 1 + start - lo : 1 + keep_hi - lo]
        start = keep_hi
    return outs


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
        case, gap = window_outputs(self.session, ids, self.window, self.cls, self.sep)
        return case[first], gap[first]
