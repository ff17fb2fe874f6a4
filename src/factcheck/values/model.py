"""The value types the grammar produces: days, dates, numbers, and how two of them agree.

Everything here is a frozen value with no behaviour beyond small conveniences, so the
engine can hold them, compare them and print them without knowing how they were read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from typing import NamedTuple

from factcheck.values.days import days_in_month, is_leap, ordinal_of


class Day(NamedTuple):
    """One calendar day of the proleptic Gregorian calendar.

    ``year`` is astronomical: 1 is AD 1, 0 is 1 BC, -43 is 44 BC. ``datetime.date``
    cannot hold a year before AD 1, and Wikipedia has many ("44 BC"), so dates are kept
    in this small tuple; ``to_date()`` gives a ``datetime.date`` when there is one.
    Being a tuple, days order and compare as (year, month, day).
    """

    year: int
    month: int
    day: int

    @classmethod
    def from_date(cls, value: dt.date) -> Day:
        return cls(value.year, value.month, value.day)

    @classmethod
    def last_of_month(cls, year: int, month: int) -> Day:
        return cls(year, month, days_in_month(year, month))

    def to_date(self) -> dt.date | None:
        """The same day as a ``datetime.date``; None before AD 1."""
        if self.year < dt.MINYEAR or self.year > dt.MAXYEAR:
            return None
        return dt.date(self.year, self.month, self.day)

    def toordinal(self) -> int:
        """Days since 0001-01-01 (which is 1), as ``date.toordinal``; <= 0 before AD 1."""
        return ordinal_of(self.year, self.month, self.day)

    def isoformat(self) -> str:
        """ISO 8601, with the expanded form (-0043-03-15) for years before AD 1."""
        if 0 <= self.year <= 9999:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        return f"{self.year:+05d}-{self.month:02d}-{self.day:02d}"

    @property
    def is_bce(self) -> bool:
        return self.year < 1

    @property
    def is_leap_year(self) -> bool:
        return is_leap(self.year)


class Precision(IntEnum):
    """How fine a date is; larger is coarser, so ``max()`` gives the coarser of two."""

    DAY = 0
    MONTH = 1
    SEASON = 2  # a season, or a part of a year ("early 2014", "first half of 1991")
    YEAR = 3
    DECADE = 4
    CENTURY = 5

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class DateValue:
    """A date, a period or a range of dates as a text states it.

    ``start``/``end`` bound every day the expression can mean, both inclusive:
    "July 1991" is 1991-07-01..1991-07-31, "the 1990s" is 1990-01-01..1999-12-31.
    ``precision`` is that of the coarsest part ("July 1991 – 3 March 1992" is MONTH).
    ``approximate`` marks hedged dates ("c. 1700", "early 1990s", "summer 1945"); their
    span is the nominal one, and comparison widens it (see ``values.rules``).
    """

    text: str  # surface text as found, qualifiers included ("c. 1700", "from 1987 to 1989")
    span: tuple[int, int]  # text == source[span[0]:span[1]]
    start: Day
    end: Day
    precision: Precision
    approximate: bool = False
    is_range: bool = False  # two dates joined: "1987 to 1989", "2–4 April 2008"

    @property
    def first_ordinal(self) -> int:
        return self.start.toordinal()

    @property
    def last_ordinal(self) -> int:
        return self.end.toordinal()


class Qualifier(StrEnum):
    """What a hedge or bound word before a figure does to it."""

    ABOUT = "about"  # about, around, some, roughly, approximately, c., ~
    NEARLY = "nearly"  # nearly, almost, close to, just under: a little below
    MORE_THAN = "more_than"  # more than, over, above, in excess of
    LESS_THAN = "less_than"  # less than, fewer than, under, below
    AT_LEAST = "at_least"  # at least, no fewer than, a minimum of
    AT_MOST = "at_most"  # at most, up to, no more than, as many as
    BETWEEN = "between"  # between X and Y, X–Y, X to Y
    ORDER_OF = "order_of"  # hundreds of, thousands of, dozens of: an order of magnitude


@dataclass(frozen=True)
class NumberValue:
    """A figure as a text states it.

    ``value`` is the figure itself (for a range, its midpoint; for "hundreds of", the
    least it can mean). ``low``/``high`` bound what the words allow, rounding and
    hedges included: "about 1.5 million" is 1,350,000..1,650,000, "more than 600,000" is
    600,000..inf, "between 600,000 and 720,000" is 600,000..720,000. The rules that give
    these bounds are named constants in ``values.rules``.
    """

    text: str
    span: tuple[int, int]
    value: float
    low: float
    high: float
    approximate: bool = False
    qualifier: str | None = None  # a Qualifier value, or None for a plain figure
    unit: str | None = None  # "%", "pp", "USD", "year", "country", "people", ... or None
    ordinal: bool = False  # "second", "3rd"


class Agreement(StrEnum):
    """How an evidence value stands to a claim value (see ``values.compare``)."""

    SAME = "same"  # same meaning at the same precision
    WITHIN = "within"  # the evidence is finer and lies inside the claim
    COARSER = "coarser"  # the evidence is coarser and the claim lies inside it
    OVERLAP = "overlap"  # they share some but not all of their meaning
    DISJOINT = "disjoint"  # they cannot both be true
    INCOMPARABLE = "incomparable"  # different kinds of figure (7 countries vs 7%)

    @property
    def compatible(self) -> bool:
        """Both can be true at once."""
        return self in _COMPATIBLE

    @property
    def conflict(self) -> bool:
        """They cannot both be true."""
        return self is Agreement.DISJOINT


_COMPATIBLE = frozenset({Agreement.SAME, Agreement.WITHIN, Agreement.COARSER, Agreement.OVERLAP})

Value = DateValue | NumberValue
