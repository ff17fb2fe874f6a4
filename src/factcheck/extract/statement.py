"""A clause or phrase of the essay, written as a claim's text: one sentence of its own."""

from __future__ import annotations

import re

from factcheck.extract.segment import one_line

# A caption's label is dropped only when this much text follows it.
MIN_AFTER_LABEL = 20
_TRAILING = re.compile(r"[\s,;:—–-]+$")
# A caption's label: up to four words and a colon ("Top photo credit: ...").
_LABEL = re.compile(r"^(?:[\w’'-]+\s+){0,3}[\w’'-]+\s*:\s+")
_ENDED = re.compile(r"[.!?][”’\"']?$")


def sentence_case(text: str) -> str:
    """One line, a capital first, a full stop last, no trailing comma or caption label."""
    text = _TRAILING.sub("", one_line(text))
    if text.endswith((",”", ',"')):
        text = text[:-2] + text[-1]  # 'as “the next step,”' ends 'as “the next step”'
    label = _LABEL.match(text)
    if label and len(text) - label.end() > MIN_AFTER_LABEL:
        text = text[label.end() :]  # "Photo credit: Men hold a flag ..."
    if not text:
        return text
    text = text[0].upper() + text[1:]
    if not _ENDED.search(text):
        text += "."
    return text


def lower_article(phrase: str) -> str:
    """'The Treaties' inside a sentence reads 'the Treaties'."""
    first, _, rest = phrase.partition(" ")
    if first in ("The", "A", "An") and rest:
        return f"{first.lower()} {rest}"
    return phrase
