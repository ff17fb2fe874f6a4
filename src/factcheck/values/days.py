"""Calendar arithmetic for the proleptic Gregorian calendar, years before AD 1 included.

Years are astronomical (0 = 1 BC). Python's floor division makes the usual leap-year and
day-count formulas hold for negative years too, which ``datetime`` cannot offer.
"""

from __future__ import annotations

_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)
_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def is_leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    if month == 2 and is_leap(year):
        return 29
    return _MONTH_DAYS[month]


def is_valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= days_in_month(year, month)


def ordinal_of(year: int, month: int, day: int) -> int:
    """Day number with 0001-01-01 = 1, matching ``datetime.date.toordinal``."""
    y = year - 1
    days_before_year = 365 * y + y // 4 - y // 100 + y // 400
    leap_day = 1 if month > 2 and is_leap(year) else 0
    return days_before_year + _DAYS_BEFORE_MONTH[month] + leap_day + day


def astronomical_year(number: int, bce: bool) -> int:
    """Year 44 BC is astronomical -43; there is no year 0 in the BC/AD count."""
    return 1 - number if bce else number
