"""Find the values a claim asserts (and the values the evidence states) inside a sentence."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
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


def _fits(text: str, start: int, end: int, value: str) -> bool:
    """Whether text[start:end] stands apart as `value` does (see _edge)."""
    if start > 0 and _touches(value[0], text[start - 1]):
        return False
    return not (end < len(text) and _touches(value[-1], text[end]))


def _touches(edge: str, neighbour: str) -> bool:
    # The same tests as _edge's patterns: \d is a decimal digit; [^\W\d_] is a letter.
    if edge.isdigit():
        return neighbour.isdecimal()
    if edge.isalpha():
        return neighbour.isalnum() and not neighbour.isdecimal()
    return False


def _occurrences(text: str, value: str) -> Iterator[tuple[int, int]]:
    lowered, wanted = text.lower(), value.lower()
    if len(lowered) != len(text) or len(wanted) != len(value):
        # Lower-casing changed a length (a dotted capital I, say): offsets would drift.
        yield from (m.span() for m in _pattern(value).finditer(text))
        return
    # A plain search: compiling a pattern per value cost more than the rest of rendering.
    start = lowered.find(wanted)
    while start != -1:
        end = start + len(wanted)
        if _fits(text, start, end, value):
            yield start, end
            start = lowered.find(wanted, end)
        else:
            start = lowered.find(wanted, start + 1)


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
        found.extend(Span(start, end, status) for start, end in _occurrences(text, value))
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
