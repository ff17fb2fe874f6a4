"""A candidate sentence's values, each with the role a convention gives it and its anchor.

Worked out once per sentence: an article's sentences meet every claim that cites it.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from factcheck.engine.structure import Anchor, anchor
from factcheck.matching import Unit, Value
from factcheck.values import DateValue, Precision, extract_dates
from factcheck.values.model import Day


@dataclass(frozen=True)
class SentenceValue:
    value: Value
    role: str | None  # "born", "died" (a life span in parentheses), else None
    anchor: Anchor


_DASHES = "–—−-"
_DAY_MONTH = re.compile(
    r"\b(?:(\d{1,2})\s+(January|February|March|April|May|June|July|August|September|October|"
    r"November|December)|(January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+(\d{1,2}))\b(?!,?\s*\d{3,4})"
)
_MONTHS = (
    "January February March April May June July August September October November December"
).split()
_RANGE_SPLIT = re.compile(r"\s*(?:[–—−]|-|\bto\b|\band\b|\buntil\b|\bthrough\b)\s*")


def lifespan_roles(unit: Unit) -> dict[tuple[int, int], str]:
    """Roles the lead-sentence convention gives dates: in "Name (12 October 1875 – 1
    December 1947)" the first is a birth and the second a death."""
    roles: dict[tuple[int, int], str] = {}
    text = unit.text
    dates = [v for v in unit.values if isinstance(v, DateValue)]
    for value in dates:
        start, end = value.span
        opened = text.rfind("(", 0, start)
        if opened < 0 or ")" in text[opened:start] or text.find(")", end) < 0:
            continue
        inside_before = text[opened + 1 : start]
        if value.is_range and ")" in text[end : end + 3]:
            roles[value.span] = "span"
        elif "born" in inside_before.lower().split() and ")" in text[end : end + 3]:
            roles[value.span] = "born"
        elif (
            ")" in text[end : end + 3]
            and any(d in inside_before[-4:] for d in _DASHES)
            and any(o.span[1] <= start and o.span[0] > opened for o in dates)
        ):
            roles[value.span] = "died"
        elif any(d in text[end : end + 4] for d in _DASHES) and any(
            o.span[0] >= end and text.find(")", o.span[1]) >= 0 for o in dates
        ):
            roles[value.span] = "born"
    return roles


def split_range(value: DateValue) -> list[DateValue]:
    """The two ends of a range: "12 June 1875 – 1 December 1947", "from September 1994 to
    August 1995". When an end cannot be read alone ("2–4 April 2008"), the range's first
    and last days stand for its ends."""
    text = value.text
    body = re.sub(r"^(?:from|between)\s+", "", text, flags=re.IGNORECASE)
    offset = value.span[0] + (len(text) - len(body))
    for m in _RANGE_SPLIT.finditer(body):
        left, right = body[: m.start()], body[m.end() :]
        first, second = extract_dates(left), extract_dates(right)
        if (
            len(first) == 1
            and len(second) == 1
            and first[0].text == left.strip()
            and second[0].text == right.strip()
        ):
            return [
                dataclasses.replace(
                    first[0], span=(offset + first[0].span[0], offset + first[0].span[1])
                ),
                dataclasses.replace(
                    second[0],
                    span=(
                        offset + m.end() + second[0].span[0],
                        offset + m.end() + second[0].span[1],
                    ),
                ),
            ]
    return [
        DateValue(text, value.span, value.start, value.start, Precision.DAY),
        DateValue(text, value.span, value.end, value.end, Precision.DAY),
    ]


def _carried_years(unit: Unit) -> list[DateValue]:
    """Day-and-month dates without a year, dated by the last full date before them in the
    sentence: "passed it on 21 November 2024; the Council endorsed it on 27 November"."""
    if not _DAY_MONTH.search(unit.text):
        return []
    full = [v for v in unit.values if isinstance(v, DateValue) and v.precision == Precision.DAY]
    if not full and unit.previous:
        # "... from 16 to 19 October 2017. Its final session on 19 October": the year comes
        # from the sentences before, in the same paragraph.
        before = " ".join(t.text for t in unit.previous)
        dated = [d for d in extract_dates(before) if d.precision <= Precision.YEAR]
        if dated:
            year = dated[-1].end.year
            full = [DateValue("", (-1, -1), Day(year, 1, 1), Day(year, 12, 31), Precision.YEAR)]
    if not full:
        return []
    out = []
    taken = [v.span for v in unit.values]
    for m in _DAY_MONTH.finditer(unit.text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        earlier = [v for v in full if v.span[1] <= m.start()]
        if not earlier:
            continue
        year = earlier[-1].end.year
        day = int(m.group(1) or m.group(4))
        month = _MONTHS.index(m.group(2) or m.group(3)) + 1
        try:
            when = Day(year, month, day)
            if when.to_date() is None:
                continue
        except ValueError:
            continue
        out.append(DateValue(m.group(0), (m.start(), m.end()), when, when, Precision.DAY))
    return out


# Keyed by identity (hashing a Unit would hash all its tokens); the unit is kept beside its
# entry so an id is never reused for another one while the entry lives.
_CACHE: dict[int, tuple[Unit, tuple[SentenceValue, ...]]] = {}
_CACHE_MAX = 5_000


def sentence_values(unit: Unit) -> tuple[SentenceValue, ...]:
    hit = _CACHE.get(id(unit))
    if hit is not None and hit[0] is unit:
        return hit[1]
    if len(_CACHE) >= _CACHE_MAX:
        _CACHE.clear()
    values = _read(unit)
    _CACHE[id(unit)] = (unit, values)
    return values


_QUOTED = re.compile(r'"([^"]{1,150})"|“([^”]{1,150})”')


def _quoted(text: str) -> list[tuple[int, int]]:
    """Spans of the quotations in a sentence that open with a capital or a digit: titles
    and quoted words."""
    out = []
    for match in _QUOTED.finditer(text):
        group = 1 if match.group(1) is not None else 2
        inner = match.group(group)
        if inner[:1].isupper() or inner[:1].isdigit():
            out.append(match.span(group))
    return out


def _read(unit: Unit) -> tuple[SentenceValue, ...]:
    toks = list(unit.tokens)
    roles = lifespan_roles(unit)
    out: list[SentenceValue] = []
    carried = _carried_years(unit)
    every = [*unit.values, *carried]
    quoted = _quoted(unit.text)
    for value in unit.values:
        if any(lo <= value.span[0] and value.span[1] <= hi for lo, hi in quoted):
            # "the "100 Greatest Movies of All Time" list": a title's figure or someone's
            # words, not a value the sentence states of its event.
            continue
        where = anchor(unit.text, toks, every, value)
        role = roles.get(value.span)
        if role == "span" and isinstance(value, DateValue):
            halves = split_range(value)
            if len(halves) == 2:
                out += [
                    SentenceValue(halves[0], "born", where),
                    SentenceValue(halves[1], "died", where),
                ]
                continue
            role = None
        out.append(SentenceValue(value, role, where))
    for value in carried:
        out.append(SentenceValue(value, None, anchor(unit.text, toks, every, value)))
    return tuple(out)
