"""The comparison and tolerance rules of the value grammar, as named constants.

Dates
-----
* A date's span is every day it can mean: "1991" is 1 Jan..31 Dec 1991, "the 17th
  century" is 1601..1700 (the strict count; "the 1600s" is 1600..1699).
* Parts of periods (``YEAR_PARTS`` and the like): early/mid/late split a year into
  months 1-4, 5-8, 9-12; a month into days 1-10, 11-20, 21-end; a decade into years
  0-3, 4-6, 7-9; a century into years 1-33, 34-66, 67-100. Early/mid/late are
  approximate; halves ("the first half of the 20th century") split evenly and are not.
  "The end of 1991" is "late 1991"; "the turn of the 20th century" is 1896..1905.
* "the 2000s" (a multiple of 100) can mean a decade or a century; its span is the
  hundred years, which holds both readings.
* Seasons are northern: spring Mar-May, summer Jun-Aug, autumn/fall Sep-Nov. "winter
  1941" may mean the winter that ends or the one that starts in 1941, so it spans
  1 Dec 1940..end Feb 1942.
* An approximate date ("c. 1700", "early 1990s", "summer 1945") is widened on each side
  by ``DATE_APPROX_SLACK[precision]`` when compared.
* compare_dates(claim, evidence), with C and E the spans (widened when approximate):
  SAME when the exact spans are equal; WITHIN when E's exact span lies in C; COARSER
  when C's exact span lies in E; OVERLAP when C and E share a day; else DISJOINT.
  So "July 1991" vs "1 July 1991" is WITHIN, "1 July 1991" vs "1991" COARSER, "1994"
  vs "December 1995" DISJOINT, "early 17th century" vs "1701" DISJOINT.

Numbers
-------
* Implied rounding: a figure is taken to be rounded at its last significant digit and
  covers half a unit of that digit either side ("1.5 million" = 1.45..1.55 million,
  "650,000" = 645,000..655,000, "1,480,000" = 1,475,000..1,485,000). Whole numbers below
  ``ROUNDING_MIN`` are exact counts ("7 countries", "30 years"), and so are whole numbers
  ending in a non-zero digit ("1,994"). The half-unit is capped at ``ROUNDING_CAP`` of the
  value, so "2,000" is 1,900..2,100, not 1,500..2,500.
* "about X" (about, around, some, roughly, approximately, an estimated, c., ~) covers
  X +- ``APPROX_REL`` (or the rounding, if wider). "nearly/almost X" covers
  X - ``APPROX_REL``·X .. X.
* "more than X", "over X", "at least X" cover X..inf; "less than X", "up to X",
  "at most X" cover 0..X (or -inf..X for a negative X). Bounds are closed: the grammar
  does not tell "more than" from "at least" when comparing.
* "between X and Y" and "X–Y" cover exactly X..Y: the writer chose both ends.
* Vague magnitudes ("hundreds of", "thousands of") cover ``VAGUE_LOW_FACTOR`` times the
  magnitude up to, but not including, ``VAGUE_HIGH_FACTOR`` times it:
  "hundreds of" = 200..999, "tens of thousands of" = 20,000..99,999, "decades of" =
  20..99 years. "A dozen" is about 12 (``DOZEN_REL``).
* Units: "%", "per cent", "percent" -> "%"; "percentage points" -> "pp"; currency
  symbols -> ISO codes ($ -> USD); "5-year", "30 years", "a decade" -> "year" (decades
  and centuries are converted to years); otherwise the lemma of the noun counted
  ("seven countries" -> "country"). compare_numbers returns INCOMPARABLE when both
  figures have units and they differ, when one is a percentage, percentage point or
  currency and the other is not, or when one is an ordinal and the other is not.
* Then the bounds are compared like date spans: SAME (equal bounds), WITHIN (evidence
  bounds inside the claim's), COARSER (claim bounds inside the evidence's), OVERLAP,
  DISJOINT; bounds that only touch ("1.5" = 1.45..1.55, "1.6" = 1.55..1.65) do not
  overlap. "1.5 million" vs "1,480,000" is WITHIN; "about 650,000" vs "more than
  600,000" is OVERLAP; "2016 people" vs "2015 people" is DISJOINT.
"""

from __future__ import annotations

from factcheck.values.model import Precision

# --- dates ------------------------------------------------------------------------------

# Parts of a year, by month (first, last).
YEAR_PARTS: dict[str, tuple[int, int]] = {
    "early": (1, 4),
    "mid": (5, 8),
    "late": (9, 12),
    "first half": (1, 6),
    "second half": (7, 12),
}
# Parts of a month, by day (first, last); 31 means "the month's last day".
MONTH_PARTS: dict[str, tuple[int, int]] = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
# Parts of a decade, by year offset (first, last).
DECADE_PARTS: dict[str, tuple[int, int]] = {
    "early": (0, 3),
    "mid": (4, 6),
    "late": (7, 9),
    "first half": (0, 4),
    "second half": (5, 9),
}
# Parts of a century, by year offset from its first year (first, last).
CENTURY_PARTS: dict[str, tuple[int, int]] = {
    "early": (0, 32),
    "mid": (33, 65),
    "late": (66, 99),
    "first half": (0, 49),
    "second half": (50, 99),
}
# "the turn of the 20th century": this many years either side of 1900/1901.
TURN_OF_CENTURY_YEARS = 5

# How far an approximate date is widened on each side when compared, as
# (years, months, days) moved on the calendar.
DATE_APPROX_SLACK: dict[Precision, tuple[int, int, int]] = {
    Precision.DAY: (0, 0, 2),
    Precision.MONTH: (0, 0, 10),
    Precision.SEASON: (0, 1, 0),
    Precision.YEAR: (2, 0, 0),  # "c. 1700" accepts 1698..1702
    Precision.DECADE: (1, 0, 0),  # "late 1980s" (1987-89) accepts 1986..1990
    Precision.CENTURY: (10, 0, 0),  # "early 17th century" (1601-33) accepts 1591..1643
}

# Bare four-digit years are read only in this range (other dates have a month or an era).
BARE_YEAR_MIN = 1000
BARE_YEAR_MAX = 2100

# --- numbers ----------------------------------------------------------------------------

APPROX_REL = 0.10  # "about X" = X +- 10%
ROUNDING_MIN = 1000  # whole numbers below this are exact
ROUNDING_CAP = 0.05  # implied rounding never exceeds 5% of the value
VAGUE_LOW_FACTOR = 2  # "hundreds of" starts at 2 hundreds
VAGUE_HIGH_FACTOR = 10  # ... and stops below 10 hundreds ("thousands" are 2,000..9,999)
DOZEN_REL = 0.10  # "a dozen" is read as about 12
# Figures with more digits than this are not figures (serial numbers, digit noise).
MAX_DIGITS = 18
