"""Split article text into sentences, keeping the section each one sits in.

syntok handles abbreviations such as "U.S." and "c. 1700"; it treats a single newline as
a space, so the text is split into lines first (an extract puts each paragraph and each
"== Heading ==" on its own line).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

import syntok.segmenter as segmenter

_HEADING = re.compile(r"^\s*(={2,6})\s*(.*?)\s*\1\s*$")
# A sentence longer than this is a list or a table flattened into text; cut it so the
# matcher and the value grammar stay fast on hostile input.
MAX_SENTENCE_CHARS = 1200
# Text past this many characters per page is ignored (the longest Wikipedia articles
# are around 400 KB of plain text).
MAX_PAGE_CHARS = 2_000_000


@dataclass(frozen=True)
class Sentence:
    text: str
    section: str  # nearest heading above it, "" in the lead
    index: int  # position in the page, 0-based
    paragraph: int = 0  # which paragraph (line of the extract) it belongs to


def _segment(line: str) -> Iterator[str]:
    for paragraph in segmenter.process(line):
        for sentence in paragraph:
            if not sentence:
                continue
            first, last = sentence[0], sentence[-1]
            start = first.offset
            end = last.offset + len(last.value)
            text = line[start:end].strip()
            if text:
                yield text


def _chunks(text: str) -> Iterator[str]:
    while len(text) > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", 0, MAX_SENTENCE_CHARS)
        if cut <= 0:
            cut = MAX_SENTENCE_CHARS
        yield text[:cut].strip()
        text = text[cut:].strip()
    if text:
        yield text


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of a page's plain text, in order, each with its section heading."""
    sentences: list[Sentence] = []
    section = ""
    for paragraph, raw in enumerate(text[:MAX_PAGE_CHARS].splitlines()):
        line = raw.strip()
        if not line:
            continue
        heading = _HEADING.match(line)
        if heading:
            section = heading.group(2)
            continue
        for sentence in _segment(line):
            for piece in _chunks(sentence):
                sentences.append(Sentence(piece, section, len(sentences), paragraph))
    return sentences
