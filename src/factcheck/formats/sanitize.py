"""Text from Wikipedia or a claims file is data, never control: make it safe to show.

A page can contain anything, including ANSI escape sequences that would recolour or clear
a terminal, carriage returns that overwrite a line, or bidirectional overrides that make
text read differently from what it is. Every format passes such text through here first.
"""

from __future__ import annotations

# Embedding, override and isolate controls (the "Trojan Source" characters). The plain
# marks U+200E/U+200F are left alone: they are common in Wikipedia text and harmless.
_BIDI_CONTROLS = (*range(0x202A, 0x202F), *range(0x2066, 0x206A))
# Characters that end a line; in one-line contexts they become a space.
_LINE_BREAKS = (0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029)


def _table(keep_newlines: bool) -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x20):
        # U+2400 + code is the visible "control picture" of each C0 character: ESC -> ␛.
        table[code] = chr(0x2400 + code)
    table[0x7F] = "\u2421"  # ␡
    for code in range(0x80, 0xA0):
        table[code] = f"\\x{code:02x}"
    for code in _BIDI_CONTROLS:
        table[code] = f"\\u{code:04x}"
    table[0x09] = " "
    for code in _LINE_BREAKS:
        table[code] = " "
    if keep_newlines:
        table[0x0A] = "\n"
    return table


_ONE_LINE = _table(keep_newlines=False)
_MULTI_LINE = _table(keep_newlines=True)


def visible(text: str, *, keep_newlines: bool = False) -> str:
    """`text` with every control character replaced by something visible and inert.

    Tabs and line breaks become spaces (or stay newlines with `keep_newlines`); other C0
    controls become their control pictures (ESC -> "␛"), C1 controls and bidi overrides
    become backslash escapes ("\\x9b", "\\u202e").
    """
    return text.translate(_MULTI_LINE if keep_newlines else _ONE_LINE)
