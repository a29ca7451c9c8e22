"""The encoder restorer's own parts: WordPiece tokenization and the piece windows."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from dateline.restore.encoder import EncoderRestoreModel, WordPiece, word_pieces

VOCAB = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "un", "##aff", "##able", "aff", "19", "s", "400", "##s", "covid", "##19"]


@pytest.fixture
def tokenizer_file(tmp_path: Path) -> Path:
    """A tokenizer.json in the Hugging Face layout, with a toy vocabulary."""
    path = tmp_path / "tokenizer.json"
    model = {"type": "WordPiece", "unk_token": "[UNK]", "continuing_subword_prefix": "##",
             "max_input_chars_per_word": 12, "vocab": {t: i for i, t in enumerate(VOCAB)}}  # fmt: skip
    path.write_text(json.dumps({"model": model}), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("word", "pieces"),
    [
        ("unaffable", ["un", "##aff", "##able"]),
        ("affs", ["aff", "##s"]),
        ("covid19", ["covid", "##19"]),
        ("unx", ["[UNK]"]),  # a piece that fits nowhere makes the whole word unknown
        ("unaffableunaff", ["[UNK]"]),  # longer than max_input_chars_per_word
    ],
)
def test_wordpiece_greedy_longest_match(tokenizer_file: Path, word: str, pieces: list[str]) -> None:
    assert [VOCAB[i] for i in WordPiece(tokenizer_file).pieces(word)] == pieces


def test_word_pieces_marks_each_words_first_piece(tokenizer_file: Path) -> None:
    ids, first = word_pieces(WordPiece(tokenizer_file), ["unaffable", "s", "400", "zzz"])
    assert [VOCAB[i] for i in ids] == ["un", "##aff", "##able", "s", "400", "[UNK]"]
    assert first.tolist() == [0, 3, 4, 5]


def test_wordpiece_agrees_with_the_tokenizers_package(tmp_path: Path) -> None:
    """The hand-rolled tokenizer must cut words exactly as training's reference implementation."""
    tokenizers = pytest.importorskip("tokenizers")
    vocab = {t: i for i, t in enumerate(VOCAB)}
    ref = tokenizers.Tokenizer(tokenizers.models.WordPiece(vocab, unk_token="[UNK]", max_input_chars_per_word=12))
    ref.save(str(tmp_path / "tokenizer.json"))
    ours = WordPiece(tmp_path / "tokenizer.json")
    for word in ["unaffable", "affs", "covid19", "unx", "s", "19s", "aff19", "unaffableunaff", "x"]:
        assert ours.pieces(word) == ref.encode([word], is_pretokenized=True, add_special_tokens=False).ids, word


class EchoSession:
    """Stands in for onnxruntime: each piece's logits are its own id, so windows can be checked."""

    def __init__(self) -> None:
        self.lengths: list[int] = []

    def run(self, _: Any, inputs: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
        x = inputs["input_ids"].astype(np.float32)
        self.lengths.append(x.shape[1])
        return np.repeat(x[..., None], 4, -1), np.repeat(x[..., None], 3, -1)


def test_long_texts_run_in_windows_and_each_word_reads_its_first_piece(tokenizer_file: Path) -> None:
    model = EncoderRestoreModel.__new__(EncoderRestoreModel)
    model.gaps, model.window = [" ", ". ", ", "], 72
    model.tok = WordPiece(tokenizer_file)
    model.cls, model.sep = model.tok.token_to_id("[CLS]"), model.tok.token_to_id("[SEP]")
    model.session = EchoSession()  # type: ignore[assignment]
    words = ["unaffable", "s", "400", "covid19", "affs"] * 40  # 360 pieces: several windows
    ids, first = word_pieces(model.tok, words)
    case, gap = model.logits(words)
    assert case.shape == (200, 4) and gap.shape == (200, 3)
    assert case[:, 0].tolist() == ids[first].tolist()
    assert len(model.session.lengths) > 1 and max(model.session.lengths) <= model.window


def test_clean_tokens_are_cut_as_berts_uncased_tokenizer_cuts_them() -> None:
    """Tokens of clean text (the entity recipe, train/ner_encoder.py): lowercased, accents
    stripped, each punctuation mark its own piece; a degraded word is cut as before."""
    from dateline.restore.lexicon import MODEL_DIR

    tok = WordPiece(MODEL_DIR / "tokenizer.json")
    ids = tok.vocab
    assert tok.token_pieces("U.S.") == [ids["u"], ids["."], ids["s"], ids["."]]
    assert tok.token_pieces("Café") == tok.pieces("cafe")
    assert tok.token_pieces("don't") == [ids["don"], ids["'"], ids["t"]]
    assert tok.token_pieces("Kremlin") == tok.pieces("kremlin")
    assert tok.token_pieces("\u2063") == [tok.unk]  # nothing left to cut
    words = ["kremlin", "s", "covid", "19"]
    assert word_pieces(tok, words, clean=True)[0].tolist() == word_pieces(tok, words)[0].tolist()
