"""The value grammar: dates and figures read from text, normalised, and compared.

Public API::

    extract_dates(text) -> list[DateValue]       # "1 July 1991", "the early 1990s", "44 BC"
    extract_numbers(text) -> list[NumberValue]   # "about 650,000", "133%", "seven countries"
    extract_values(text) -> list[DateValue | NumberValue]   # both, in order, no overlaps
    compare_dates(claim, evidence) -> Agreement
    compare_numbers(claim, evidence) -> Agreement
    format_date(value) / format_number(value) -> str        # canonical renderings

Values are frozen dataclasses (``DateValue``, ``NumberValue``); dates use ``Day``
(astronomical years, so BC dates fit). The reading rules are in the docstrings of
``values.dates`` and ``values.numbers``; the comparison and tolerance rules, as named
constants, in ``values.rules``. Pure Python, no I/O, regexes compiled at import.
"""

from __future__ import annotations

from factcheck.values.compare import compare_dates, compare_numbers, units_comparable
from factcheck.values.dates import extract_dates
from factcheck.values.extract import extract_values
from factcheck.values.model import (
    Agreement,
    DateValue,
    Day,
    NumberValue,
    Precision,
    Qualifier,
    Value,
)
from factcheck.values.numbers import extract_numbers
from factcheck.values.render import format_date, format_number

__all__ = [
    "Agreement",
    "DateValue",
    "Day",
    "NumberValue",
    "Precision",
    "Qualifier",
    "Value",
    "compare_dates",
    "compare_numbers",
    "extract_dates",
    "extract_numbers",
    "extract_values",
    "format_date",
    "format_number",
    "units_comparable",
]
