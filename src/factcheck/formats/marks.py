"""Find the values a claim asserts (and the values the evidence states) inside a sentence."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from factcheck.formats.sanitize import visible
from factcheck.models import ValueCheck

# The status of a mark that shows where an asserted value occurs in an evidence sentence.
ASSERTED = "asserted"


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    status: str  # a ValueStatus value, or ASSERTED: decides the colour of the mark


def _edge(ch: str) -> str:
    """What may not touch a value at an edge that is `ch`: a digit next to a digit ("22"
    is not in "1922") or a letter next to a letter; anything else may ("c. 1990", or
    "1990" inside Japanese text, which has no spaces)."""
    if ch.isdigit():
        return r"\d"
    if ch.isalpha():
        return r"[^\W\d_]"
    return ""


def _pattern(value: str) -> re.Pattern[str]:
    left, right = _edge(value[0]), _edge(value[-1])
    before = f"(?<!{left})" if left else ""
    after = f"(?!{right})" if right else ""
    return re.compile(before + re.escape(value) + after, re.IGNORECASE)


def find_spans(text: str, values: Iterable[tuple[str, str]]) -> list[Span]:
    """Non-overlapping spans of `text` where one of the (value, status) pairs occurs.

    Both text and values are compared after `visible`, which is what will be shown.
    Where two matches overlap, the earlier (then the longer) one wins.
    """
    found: list[Span] = []
    for value, status in values:
        value = visible(value).strip()
        if not value:
            continue
        found.extend(Span(m.start(), m.end(), status) for m in _pattern(value).finditer(text))
    found.sort(key=lambda s: (s.start, -(s.end - s.start)))
    spans: list[Span] = []
    for span in found:
        if not spans or span.start >= spans[-1].end:
            spans.append(span)
    return spans


def claim_marks(values: Sequence[ValueCheck]) -> list[tuple[str, str]]:
    """What to mark in the claim text: every asserted value."""
    return [(v.asserted, v.status.value) for v in values]


def evidence_marks(values: Sequence[ValueCheck], index: int) -> list[tuple[str, str]]:
    """What to mark in evidence sentence `index`: the values found there (coloured by
    their status), then wherever the sentence also states an asserted value."""
    found = [(v.found, v.status.value) for v in values if v.evidence_index == index and v.found]
    return found + [(v.asserted, ASSERTED) for v in values]
