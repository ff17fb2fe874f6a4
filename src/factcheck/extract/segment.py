"""Cut an essay's text into paragraphs and sentences, each with its place in the text.

Every sentence keeps its offsets, so a quote is always a slice of the essay. A paragraph
is a line; a block of lines hard-wrapped at a fixed width (all but its last line of about
the same length, none longer than 100 characters) is one paragraph whose newlines count
as spaces. Lines that are one token ("2022-01-21t1542_photo-scaled", a slug or an image's
file name), lines without a letter, and short lines that do not end as a sentence does
(headings, headlines, labels such as "Analysis | Europe") are not prose and are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from factcheck.sentences import split_sentences

# A line of at most this many words, not ending like a sentence, is a heading.
MAX_HEADING_WORDS = 12
_SENTENCE_ENDS = (".", "!", "?", ".”", '."', "!”", "?”", ".’", ":", ";", ")")
# Hard-wrapped text rarely runs past this width; longer lines are paragraphs of their own.
MAX_WRAP_WIDTH = 100
# In a wrapped block, every line but the last is at least this share of the longest.
WRAP_FILL = 0.6


@dataclass(frozen=True)
class Span:
    """A sentence (or a clause) of the essay: text == essay_text[start:end]."""

    text: str
    start: int
    end: int
    paragraph: int
    index: int  # position of the sentence in the essay


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph of `text`, in order."""
    lines: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    found: list[tuple[int, int]] = []
    block: list[tuple[int, int]] = []
    for start, end in [*lines, (pos, pos)]:
        if text[start:end].strip():
            block.append((start, end))
            continue
        found.extend(_block_paragraphs(text, block))
        block = []
    return found


def _block_paragraphs(text: str, block: list[tuple[int, int]]) -> list[tuple[int, int]]:
    if not block:
        return []
    lengths = [len(text[s:e].rstrip()) for s, e in block]
    longest = max(lengths)
    wrapped = (
        len(block) > 1
        and longest <= MAX_WRAP_WIDTH
        and all(n >= WRAP_FILL * longest for n in lengths[:-1])
    )
    if wrapped:
        return [(block[0][0], block[-1][1])]
    return list(block)


def _is_prose(line: str) -> bool:
    stripped = line.strip()
    if not any(c.isalpha() for c in stripped) or " " not in stripped:
        return False
    # A short line that does not end as a sentence does is a heading, a headline or a
    # label ("Probe reaches the edge", "Analysis | Europe"), not the essay's prose.
    heading = len(stripped.split()) <= MAX_HEADING_WORDS and not stripped.endswith(_SENTENCE_ENDS)
    return not heading


def sentences(text: str) -> list[Span]:
    """The essay's sentences with their offsets, paragraph by paragraph."""
    found: list[Span] = []
    for number, (start, end) in enumerate(paragraphs(text)):
        raw = text[start:end]
        if not _is_prose(raw):
            continue
        # Newlines inside a wrapped paragraph become spaces: same length, same offsets.
        flat = raw.replace("\n", " ")
        cursor = 0
        for sentence in split_sentences(flat):
            at = flat.find(sentence.text, cursor)
            if at < 0:  # the splitter cut a very long sentence; keep what it found
                continue
            cursor = at + len(sentence.text)
            found.append(
                Span(
                    text[start + at : start + cursor],
                    start + at,
                    start + cursor,
                    number,
                    len(found),
                )
            )
    return found


_SPACES = re.compile(r"\s+")


def one_line(text: str) -> str:
    """`text` with every run of whitespace made one space (what the claims loader keeps)."""
    return _SPACES.sub(" ", text).strip()
