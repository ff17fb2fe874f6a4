"""Styled, the terminal report's light text, wraps exactly as rich's Text would."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.text import Text

from factcheck.formats.styled import Styled

WORDS = st.lists(
    st.one_of(
        st.sampled_from(["a", "the", "treaty", "1994", "«NATO»", "日本", "Sōrō", "x" * 45]),
        st.text(alphabet="abcdé日 ", min_size=1, max_size=12),
    ),
    max_size=30,
)


def rich_lines(text: str, width: int) -> list[str]:
    piece = Text(text)
    piece.overflow = "fold"
    lines = piece.wrap(Console(width=200), width)
    return [line.plain.rstrip() for line in lines]


@settings(max_examples=300, deadline=None)
@given(WORDS, st.sampled_from([" ", "  "]), st.integers(min_value=8, max_value=60))
def test_wraps_like_rich(words: list[str], gap: str, width: int) -> None:
    text = gap.join(words)
    assert [line.plain for line in Styled(text).wrap(width)] == rich_lines(text, width)


def test_styles_follow_their_characters_across_lines() -> None:
    text = Styled("said on ").append("12 March 1994", "red").append(" in Budapest")
    lines = text.wrap(12)
    assert [line.pieces for line in lines] == [
        [("said on ", ""), ("12", "red")],
        [("March 1994", "red")],
        [("in Budapest", "")],
    ]


def test_base_style_lies_under_appended_pieces() -> None:
    text = Styled("4 claims: ", "bold").append("1 supported", "green").append(", ")
    assert text.pieces == [("4 claims: ", "bold"), ("1 supported", "bold green"), (", ", "bold")]


def test_rstrip_drops_trailing_blank_pieces() -> None:
    text = Styled("evidence  ").append("   ", "red")
    assert text.rstrip().pieces == [("evidence", "")]
