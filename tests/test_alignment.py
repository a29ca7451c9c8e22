"""The Alignment maps offsets between the input and the restored analysis text."""

from __future__ import annotations

import pytest

from dateline.restore.alignment import Alignment, align_words

SRC = "mr putin told the kremlin s  19 5 percent"
DST = "Mr. Putin told the Kremlin's 19.5 percent."


@pytest.mark.parametrize(
    ("src_span", "dst_text"),
    [((0, 8), "Mr. Putin"), ((3, 8), "Putin"), ((29, 41), "19.5 percent"), ((18, 27), "Kremlin's")],
)
def test_alignment_to_dst(src_span: tuple[int, int], dst_text: str) -> None:
    a = align_words(SRC, DST)
    s, e = a.to_dst(*src_span)
    assert DST[s:e] == dst_text


@pytest.mark.parametrize(
    ("dst_text", "src_text"),
    [("Mr. Putin", "mr putin"), ("Kremlin's", "kremlin s"), ("19.5 percent.", "19 5 percent"), ("Putin", "putin")],
)
def test_alignment_to_src(dst_text: str, src_text: str) -> None:
    a = align_words(SRC, DST)
    start = DST.index(dst_text)
    s, e = a.to_src(start, start + len(dst_text))
    assert SRC[s:e] == src_text


def test_alignment_span_in_gap_snaps_to_words() -> None:
    a = align_words(SRC, DST)
    # ". " between Mr and Putin: a span of only punctuation maps to an empty span, never across words
    s, e = a.to_src(2, 4)
    assert s == e or SRC[s:e].strip() in {"", "putin"}


def test_alignment_rejects_lost_words() -> None:
    with pytest.raises(ValueError, match="lost the input word"):
        align_words("the kremlin said", "The Kremlin.")


def test_alignment_identity() -> None:
    a = Alignment.identity(10)
    assert a.to_src(2, 7) == (2, 7)
    assert a.to_dst(0, 10) == (0, 10)
