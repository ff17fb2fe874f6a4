"""Comparing a claim's value with an evidence value: the rules are in ``values.rules``.

Both comparisons reduce the two values to intervals (days for dates, bounds for figures)
and name how the evidence interval stands to the claim interval. The answer describes
the relation; deciding what it means for a verdict is the engine's job.
"""

from __future__ import annotations

from factcheck.values.days import days_in_month
from factcheck.values.model import Agreement, DateValue, Day, NumberValue
from factcheck.values.rules import DATE_APPROX_SLACK

# Units that carry meaning of their own: a percentage is never a count, nor a sum of money.
STRONG_UNITS = frozenset(
    {"%", "pp", "USD", "EUR", "GBP", "JPY", "AUD", "CAD", "NZD", "HKD", "INR", "RUB"}
)
# Abbreviated measures, and the word each stands for ("500 m long" says "metres").
UNIT_ABBREVIATIONS: dict[str, str] = {
    "m": "metre",
    "km": "kilometre",
    "cm": "centimetre",
    "mm": "millimetre",
    "kg": "kilogram",
    "ft": "foot",
    "lb": "pound",
    "lbs": "pound",
    "ha": "hectare",
}
# Nouns that name the same unit.
UNIT_ALIASES: dict[str, str] = {
    "person": "people",
    "dollar": "USD",
    "euro": "EUR",
    "nation": "country",
    "yr": "year",
    # Measures, spelt out or abbreviated, British or American ("500 m", "500 metres").
    **UNIT_ABBREVIATIONS,
    "meter": "metre",
    "kilometer": "kilometre",
    "centimeter": "centimetre",
    "millimeter": "millimetre",
    "feet": "foot",
}


def _relation(
    claim: tuple[float, float],
    evidence: tuple[float, float],
    claim_wide: tuple[float, float],
    evidence_wide: tuple[float, float],
    *,
    touching_overlaps: bool,
) -> Agreement:
    if claim == evidence:
        return Agreement.SAME
    if claim_wide[0] <= evidence[0] and evidence[1] <= claim_wide[1]:
        return Agreement.WITHIN
    if evidence_wide[0] <= claim[0] and claim[1] <= evidence_wide[1]:
        return Agreement.COARSER
    lo = max(claim_wide[0], evidence_wide[0])
    hi = min(claim_wide[1], evidence_wide[1])
    if lo < hi or (touching_overlaps and lo == hi):
        return Agreement.OVERLAP
    return Agreement.DISJOINT


def _shift(day: Day, years: int, months: int, days: int) -> int:
    """The ordinal of ``day`` moved on the calendar (the day clamped to the month's end)."""
    index = day.year * 12 + (day.month - 1) + years * 12 + months
    year, month = divmod(index, 12)
    month += 1
    moved = Day(year, month, min(day.day, days_in_month(year, month)))
    return moved.toordinal() + days


def _day_interval(value: DateValue, widen: bool) -> tuple[float, float]:
    if widen and value.approximate:
        years, months, days = DATE_APPROX_SLACK[value.precision]
        first = _shift(value.start, -years, -months, -days)
        last = _shift(value.end, years, months, days)
        return float(first), float(last)
    return float(value.first_ordinal), float(value.last_ordinal)


def compare_dates(claim: DateValue, evidence: DateValue) -> Agreement:
    """How ``evidence`` stands to ``claim``: SAME, WITHIN, COARSER, OVERLAP or DISJOINT.

    Spans are whole days, both ends included; an approximate value is widened by
    ``DATE_APPROX_SLACK`` of its precision before the containment and overlap tests.
    """
    return _relation(
        _day_interval(claim, widen=False),
        _day_interval(evidence, widen=False),
        _day_interval(claim, widen=True),
        _day_interval(evidence, widen=True),
        touching_overlaps=True,  # day spans include both ends: sharing one day is sharing
    )


def normal_unit(unit: str | None) -> str | None:
    if unit is None:
        return None
    return UNIT_ALIASES.get(unit, unit)


def units_comparable(a: NumberValue, b: NumberValue) -> bool:
    """Can these two figures count the same thing? (See ``values.rules``.)"""
    if a.ordinal != b.ordinal:
        return False
    ua, ub = normal_unit(a.unit), normal_unit(b.unit)
    if ua == ub:
        return True
    if ua is None or ub is None:
        return (ua or ub) not in STRONG_UNITS
    return False


def compare_numbers(claim: NumberValue, evidence: NumberValue) -> Agreement:
    """How ``evidence`` stands to ``claim``; INCOMPARABLE when their units differ.

    The bounds (``low``, ``high``) already hold rounding and hedges. Bounds that only
    touch ("1.5" is 1.45..1.55, "1.6" is 1.55..1.65) do not overlap; a single point on
    the other's edge is inside it.
    """
    if not units_comparable(claim, evidence):
        return Agreement.INCOMPARABLE
    c = (claim.low, claim.high)
    e = (evidence.low, evidence.high)
    return _relation(c, e, c, e, touching_overlaps=False)
