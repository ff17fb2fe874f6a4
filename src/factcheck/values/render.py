"""Canonical renderings of values, in Wikipedia's day-month-year style.

``format_date`` and ``format_number`` give one fixed text for a value that the readers
read back to the same value (same span, precision and flags; same bounds), which is what
the property tests check, and what reports can show when the source text is not wanted.
"""

from __future__ import annotations

from factcheck.values.days import days_in_month
from factcheck.values.lexicon import MONTH_NAMES, SEASON_MONTHS, ordinal_suffix, pluralise
from factcheck.values.model import DateValue, Day, NumberValue, Precision, Qualifier
from factcheck.values.numbers import GLUED_UNIT_NAMES, implied_rounding, rounding_spread
from factcheck.values.rules import (
    CENTURY_PARTS,
    DECADE_PARTS,
    MONTH_PARTS,
    TURN_OF_CENTURY_YEARS,
    VAGUE_LOW_FACTOR,
    YEAR_PARTS,
)

_CURRENCY_SYMBOLS = {"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥", "INR": "₹", "RUB": "₽",
                     "AUD": "A$", "CAD": "C$", "NZD": "NZ$", "HKD": "HK$"}  # fmt: skip
_VAGUE_NAMES = {
    24: "dozens of", 40: "scores of", 200: "hundreds of", 2_000: "thousands of",
    20_000: "tens of thousands of", 200_000: "hundreds of thousands of",
    2_000_000: "millions of", 20_000_000: "tens of millions of",
    200_000_000: "hundreds of millions of", 2_000_000_000: "billions of",
}  # fmt: skip
_MINUS = "\u2212"
_EN_DASH = "–"


# --- dates ---------------------------------------------------------------------------------


def _year(year: int) -> str:
    if year < 1:
        return f"{1 - year} BC"
    if year < 1000:
        return f"AD {year}"
    return str(year)


def _day(d: Day) -> str:
    return f"{d.day} {MONTH_NAMES[d.month]} {_year(d.year)}"


def _month(d: Day) -> str:
    return f"{MONTH_NAMES[d.month]} {_year(d.year)}"


def _century_number(first_year: int) -> tuple[int, bool]:
    """The century a first year opens (1601 -> 17, -499 -> 5 BC) and whether it is BC."""
    if first_year >= 1:
        return (first_year - 1) // 100 + 1, False
    return (1 - first_year) // 100, True


def _century(first_year: int) -> str:
    number, bce = _century_number(first_year)
    return f"{number}{ordinal_suffix(number)} century{' BC' if bce else ''}"


def _part_name(parts: dict[str, tuple[int, int]], lo: int, hi: int) -> str | None:
    for name, bounds in parts.items():
        if bounds == (lo, hi):
            return name
    return None


def _with_part(name: str, period: str) -> str:
    if name in ("first half", "second half"):
        the = "" if period[:1].isdigit() and not period.endswith("s") else "the "
        return f"{name} of {the}{period}"  # "of 1991", "of the 1990s", "of the 20th century"
    return f"mid-{period}" if name == "mid" else f"{name} {period}"


def _whole_or_part(
    parts: dict[str, tuple[int, int]], lo: int, hi: int, whole: int, period: str
) -> str | None:
    """ "1990s" when (lo, hi) covers the period, "early 1990s" for a known part, else None."""
    if (lo, hi) == (0, whole):
        return period
    name = _part_name(parts, lo, hi)
    return _with_part(name, period) if name else None


def _whole_years(v: DateValue) -> bool:
    return (v.start.month, v.start.day, v.end.month, v.end.day) == (1, 1, 12, 31)


def _single(v: DateValue) -> str | None:
    s, e, p = v.start, v.end, v.precision
    if p is Precision.DAY and s == e:
        return _day(s)
    if p is Precision.MONTH and (s.year, s.month) == (e.year, e.month):
        month_end = days_in_month(e.year, e.month)
        hi = 31 if e.day == month_end else e.day
        return (
            _whole_or_part(MONTH_PARTS, s.day, hi, 31, _month(s))
            if s.day != 1 or hi != 31
            else _month(s)
        )
    if p is Precision.SEASON:
        return _season(v)
    if not _whole_years(v):
        return None
    if p is Precision.YEAR and s.year == e.year:
        return ("c. " if v.approximate else "") + _year(s.year)
    if p is Precision.DECADE:
        return _decade(v)
    if p is Precision.CENTURY:
        return _century_text(v)
    return None


def _season(v: DateValue) -> str | None:
    s, e = v.start, v.end
    if (s.month, s.day) == (12, 1) and e.year == s.year + 2 and e.month == 2:
        return f"winter {_year(s.year + 1)}"
    if s.year != e.year or s.day != 1 or e.day != days_in_month(e.year, e.month):
        return None
    for season, months in SEASON_MONTHS.items():
        if months == (s.month, e.month) and season != "fall":
            return f"{season} {_year(s.year)}"
    part = _part_name(YEAR_PARTS, s.month, e.month)
    return _with_part(part, _year(s.year)) if part else None


def _decade(v: DateValue) -> str | None:
    s, e = v.start.year, v.end.year
    if v.approximate and e - s == 2 * TURN_OF_CENTURY_YEARS - 1:
        return f"turn of the {_century(s + TURN_OF_CENTURY_YEARS)}"
    base = s - s % 10
    if base < 1000:
        return None
    return _whole_or_part(DECADE_PARTS, s - base, e - base, 9, f"{base}s")


def _century_text(v: DateValue) -> str | None:
    s, e = v.start.year, v.end.year
    # A century strictly counted opens on a year ending in 01 (1601, and -499 for 500 BC).
    first = s - (s - 1) % 100
    text = _whole_or_part(CENTURY_PARTS, s - first, e - first, 99, _century(first))
    if text is not None:
        return text
    # "the 1600s": a hundred years opening on a year ending in 00.
    base = s - s % 100
    if base < 1000:
        return None
    return _whole_or_part(CENTURY_PARTS, s - base, e - base, 99, f"{base}s")


def _range(v: DateValue) -> str:
    s, e, p = v.start, v.end, v.precision
    if p is Precision.DAY:
        if (s.year, s.month) == (e.year, e.month):
            return f"{s.day}{_EN_DASH}{e.day} {_month(e)}"
        if s.year == e.year:
            return f"{s.day} {MONTH_NAMES[s.month]} {_EN_DASH} {_day(e)}"
        return f"{_day(s)} {_EN_DASH} {_day(e)}"
    if p is Precision.MONTH:
        if s.year == e.year:
            return f"{MONTH_NAMES[s.month]}{_EN_DASH}{_month(e)}"
        return f"{_month(s)} {_EN_DASH} {_month(e)}"
    if p is Precision.YEAR:
        return f"{_year(s.year)}{_EN_DASH}{_year(e.year)}"
    if p is Precision.DECADE:
        return f"{s.year - s.year % 10}s{_EN_DASH}{e.year - e.year % 10}s"
    if p is Precision.CENTURY and (s.year - 1) % 100 == 0 and e.year % 100 == 0:
        return f"{_century(s.year)} {_EN_DASH} {_century(e.year - 99)}"
    return f"{_day(s)} {_EN_DASH} {_day(e)}"


def format_date(value: DateValue) -> str:
    """A canonical text for a date ("1 July 1991", "early 17th century", "1987–1989")."""
    if value.is_range:
        return _range(value)
    text = _single(value)
    if text is not None:
        return text
    if value.start == value.end:
        return _day(value.start)
    return f"{_day(value.start)} {_EN_DASH} {_day(value.end)}"


# --- numbers -------------------------------------------------------------------------------


def _figure(x: float) -> str:
    text = f"{abs(int(x)):,}" if x.is_integer() else f"{abs(x):,.6f}".rstrip("0").rstrip(".")
    return (_MINUS if x < 0 else "") + text


_SCALE_WORDS = (
    (1.0, ""), (1e3, " thousand"), (1e6, " million"), (1e9, " billion"), (1e12, " trillion"),
)  # fmt: skip


def _rounded_figure(x: float, spread: float) -> str:
    """Digits for ``x`` that the reader takes to be rounded by exactly ``spread``.

    "1.5 million" and "1,500,000" mean the same, but "$2.0 billion" is rounder than
    "$2,000,000,000" reads; the first mantissa and scale that give the same bounds win.
    """
    for scale, word in _SCALE_WORDS:
        mantissa = abs(x) / scale
        if scale > 1 and mantissa < 0.1:
            break
        for decimals in range(7):
            digits = f"{mantissa:.{decimals}f}"
            if float(digits) * scale != abs(x):
                continue
            if rounding_spread(x, implied_rounding(digits, scale)) == spread:
                written = f"{float(digits):,.{decimals}f}"
                return (_MINUS if x < 0 else "") + written + word
    return _figure(x)


def _with_unit(
    x: float, unit: str | None, ordinal: bool = False, spread: float | None = None
) -> str:
    if ordinal:
        n = int(x)
        return f"{n}{ordinal_suffix(n)}"
    figure = _figure(abs(x)) if spread is None else _rounded_figure(abs(x), spread)
    sign = _MINUS if x < 0 else ""
    if unit == "%":
        return f"{sign}{figure}%"
    if unit == "pp":
        return f"{sign}{figure} percentage points"
    if unit in _CURRENCY_SYMBOLS:
        return f"{sign}{_CURRENCY_SYMBOLS[unit]}{figure}"
    if unit is None:
        return sign + figure
    if unit.startswith("°"):
        return f"{sign}{figure} {unit}"
    if unit in GLUED_UNIT_NAMES:
        return f"{sign}{figure}{unit}"  # "5km", "3GW": read back as the same unit
    return f"{sign}{figure} {unit if x == 1 else pluralise(unit)}"


_LEADS = {
    Qualifier.ABOUT: "about ", Qualifier.NEARLY: "nearly ", Qualifier.MORE_THAN: "more than ",
    Qualifier.LESS_THAN: "less than ", Qualifier.AT_LEAST: "at least ",
    Qualifier.AT_MOST: "at most ",
}  # fmt: skip


def format_number(value: NumberValue) -> str:
    """A canonical text for a figure ("about 650,000", "133%", "between 5 and 10 years")."""
    qualifier = Qualifier(value.qualifier) if value.qualifier else None
    if qualifier is Qualifier.BETWEEN:
        unit = value.unit
        return f"between {_with_unit(value.low, _locked(unit))} and {_with_unit(value.high, unit)}"
    if qualifier is Qualifier.ORDER_OF and value.unit == "year" and value.low == 20:
        return "decades of"
    if qualifier is Qualifier.ORDER_OF:
        name = _VAGUE_NAMES.get(int(value.low), f"{_figure(value.low / VAGUE_LOW_FACTOR)}s of")
        return name + (f" {pluralise(value.unit)}" if value.unit else "")
    if qualifier is None:
        # A plain figure's bounds are its implied rounding: render digits that imply it.
        spread = value.high - value.value
        return _with_unit(value.value, value.unit, value.ordinal, spread)
    return _LEADS.get(qualifier, "") + _with_unit(value.value, value.unit, value.ordinal)


def _locked(unit: str | None) -> str | None:
    """The first end of a range repeats only units written on the figure ("$5 and $10")."""
    return unit if unit in _CURRENCY_SYMBOLS or unit == "%" else None
