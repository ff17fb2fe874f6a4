"""One pass over a text for both kinds of value, dates first so figures skip their digits."""

from __future__ import annotations

from factcheck.values.dates import extract_dates
from factcheck.values.model import Value
from factcheck.values.numbers import read_numbers


def extract_values(text: str) -> list[Value]:
    """Dates and figures of ``text`` in text order; no two spans overlap.

    A figure never repeats a date's digits: "1 July 1991" is one date, not a date and two
    numbers.
    """
    dates = extract_dates(text)
    found: list[Value] = [*dates, *read_numbers(text, [d.span for d in dates])]
    found.sort(key=lambda v: v.span)
    # Two figures may claim one character ("1994-c. 2": a "-c" suffix and "c. 2"); the
    # first keeps it.
    values: list[Value] = []
    for value in found:
        if not values or value.span[0] >= values[-1].span[1]:
            values.append(value)
    return values
