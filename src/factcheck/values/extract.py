"""One pass over a text for both kinds of value, dates first so figures skip their digits."""

from __future__ import annotations

from factcheck.values.dates import extract_dates
from factcheck.values.model import DateValue, NumberValue, Value
from factcheck.values.numbers import mask_spans, read_numbers


def extract_values(text: str) -> list[Value]:
    """Dates and figures of ``text`` in text order; no two spans overlap.

    A figure never repeats a date's digits: "1 July 1991" is one date, not a date and two
    numbers.
    """
    dates = extract_dates(text)
    masked = mask_spans(text, [d.span for d in dates])
    numbers = [
        n if n.text == text[n.span[0] : n.span[1]] else _with_text(text, n)
        for n in read_numbers(masked)
    ]
    merged: list[DateValue | NumberValue] = [*dates, *numbers]
    merged.sort(key=lambda v: v.span)
    return merged


def _with_text(text: str, value: NumberValue) -> NumberValue:
    from dataclasses import replace

    return replace(value, text=text[value.span[0] : value.span[1]])
