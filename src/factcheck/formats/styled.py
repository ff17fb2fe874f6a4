"""Styled text for the terminal report, light enough to build a thousand lines in a blink.

rich's Text does far more per call than the report needs (control-code stripping, span
bookkeeping, justification), and built line by line it cost more than the rest of a warm
run. The report's text is already made visible (sanitize.py), so here it is only a list of
(text, style) pieces; rich is used once, to turn the finished report into colour.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from rich.cells import cell_len, chop_cells

# A word with the spaces after it (and, for the first word, the spaces before it).
_WORD = re.compile(r"\s*\S+\s*")


class Styled:
    """A run of text made of (text, style) pieces; style "" is plain. Like rich's Text, the
    style given when it is made applies under everything appended to it later."""

    __slots__ = ("base", "pieces")

    def __init__(self, text: str = "", style: str = "") -> None:
        self.base = style
        self.pieces: list[tuple[str, str]] = [(text, style)] if text else []

    def _under(self, style: str) -> str:
        return f"{self.base} {style}" if self.base and style else self.base or style

    def append(self, text: str, style: str = "") -> Styled:
        if text:
            self.pieces.append((text, self._under(style)))
        return self

    def append_text(self, other: Styled) -> Styled:
        self.pieces.extend((text, self._under(style)) for text, style in other.pieces)
        return self

    def __add__(self, other: Styled) -> Styled:
        joined = Styled()
        joined.pieces = self.pieces + other.pieces
        return joined

    def __bool__(self) -> bool:
        return bool(self.pieces)

    @property
    def plain(self) -> str:
        return "".join(text for text, _ in self.pieces)

    @property
    def cell_len(self) -> int:
        return cell_len(self.plain)

    def rstrip(self) -> Styled:
        pieces = list(self.pieces)
        while pieces:
            text, style = pieces[-1]
            kept = text.rstrip()
            if kept:
                pieces[-1] = (kept, style)
                break
            pieces.pop()
        out = Styled()
        out.pieces = pieces
        return out

    def _slice(self, start: int, end: int) -> Styled:
        out = Styled()
        position = 0
        for text, style in self.pieces:
            after = position + len(text)
            if after > start and position < end:
                out.pieces.append((text[max(start - position, 0) : end - position], style))
            position = after
            if position >= end:
                break
        return out

    def wrap(self, width: int) -> list[Styled]:
        """Lines of at most `width` cells, broken between words; a word longer than a line
        is folded. Each line keeps the styles of its characters."""
        plain = self.plain
        cuts = [0, *_breaks(plain, width), len(plain)]
        return [self._slice(a, b).rstrip() for a, b in itertools.pairwise(cuts)]


def _words(text: str) -> Iterator[tuple[int, str]]:
    position = 0
    while (match := _WORD.match(text, position)) is not None:
        yield match.start(), match.group(0)
        position = match.end()


def _breaks(text: str, width: int) -> list[int]:
    """Where to break `text` to fill lines of `width` cells greedily: a word goes on the
    current line if its letters fit there (its trailing spaces may overhang)."""
    breaks: list[int] = []
    used = 0
    for start, word in _words(text):
        length = cell_len(word.rstrip())
        if width - used >= length:
            used += cell_len(word)
        elif length > width:
            # Longer than any line: fold it, each piece on a line of its own.
            pieces = chop_cells(word, width)
            offset = start
            for number, piece in enumerate(pieces):
                if offset:
                    breaks.append(offset)
                if number == len(pieces) - 1:
                    used = cell_len(piece)
                else:
                    offset += len(piece)
        elif used and start:
            breaks.append(start)
            used = cell_len(word)
    return breaks
