"""Reading dates out of English text: Wikipedia's styles, US style, ISO, and detokenised text.

What is read (each with its span, its earliest and latest day, its precision):

* Days: "1 July 1991", "1st July 1991", "26th of June 1980", "July 1, 1991",
  "July 1st, 1991", "1999-06-12", "15 March 44 BC".
* Months: "July 1991", "December of 1991", "Dec. 1991", "Sept. 2014"; parts of them:
  "early July 1991", "mid-July 1991".
* Seasons and parts of years: "summer 1945", "spring of 1945", "early 2014", "mid-2014",
  "late 1991", "the end of 1991", "the first half of 1991".
* Years: "1991" (see below), "44 BC", "AD 79", "79 AD", "c. 1700", "ca. 1700",
  "circa 1700", "around 1700", "about 1990".
* Decades: "1990s", "the early 1990s", "late 1980s", "the '90s"; "the 1600s" (a multiple
  of 100) is read as the hundred years 1600-1699.
* Centuries: "the 17th century", "17th-century", "nineteenth century", "5th century BC",
  "the early 17th century", "the first half of the 20th century", "the turn of the 20th
  century".
* Ranges: "2–4 April 2008", "2 to 4 April 2008", "28 June – 2 July 2004",
  "June 28–29, 2004", "June 28 – July 2, 2004", "June–July 2004", "30 March 1991 –
  1 July 1991", "1987 to 1989", "from 1987 to 1989", "between 1987 and 1989", "1987–89",
  "1918–19", "2025-2027"; "the 1960s and 1970s" stays two values.

A day and month without a year ("on 12 June") is not a date here: it cannot be compared.

Bare four-digit numbers
-----------------------
A number of four digits between 1000 and 2100, written without separators and not glued
to letters ("F-1991") or other digits ("1,994", "3.1991"), is a year when:

1. it is not followed by "%", "per cent", a scale word ("million") or, unless rule 2's
   strong cues precede it, a plural noun ("1500 troops", "2000 people": counts);
2. and something says it is a year: a strong cue before it (in, since, until, till,
   during, before, after, year, season, fiscal, born, died, circa, c., ca.), a weak cue
   (by, of, from, through, about, around, approximately, roughly, a determiner such as
   "a"/"the"/"its": "its 2004 Istanbul Summit", "a 2012 American film", a possessive:
   "Mearsheimer's 2015 lecture"), a parenthesis ("(2008)", "(95.9%, 2001)"), the start
   of a sentence, or another year it is joined to ("1987–1989", "in 1991 and 1993").
   "of" does not count after a counting word ("a total of 1500", "a population of 2000").
   Plurals that name events do not veto: "the 1991 elections", "the 2014 protests".
   Known trade-offs: "In 2000 people died" reads a year; "between 1500 and 2000" with
   no noun after it reads years; "the force (1500)" reads a year.

Everything else is left to the number reader.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from factcheck.values.days import astronomical_year, days_in_month, is_valid_day
from factcheck.values.lexicon import (
    EVENT_PLURALS,
    MONTH_ALTERNATION,
    MONTHS,
    ORDINAL_WORD,
    SEASON_MONTHS,
    is_plural_word,
    ordinal_word_value,
)
from factcheck.values.model import DateValue, Day, Precision
from factcheck.values.rules import (
    BARE_YEAR_MAX,
    BARE_YEAR_MIN,
    CENTURY_PARTS,
    DECADE_PARTS,
    MONTH_PARTS,
    TURN_OF_CENTURY_YEARS,
    YEAR_PARTS,
)

# --- regex pieces ------------------------------------------------------------------------

_ERA_BC = r"BCE|BC|B\.C\.E\.|B\.C\."
_ERA_AD = r"AD|A\.D\.|CE|C\.E\."
# The (?!\w) after an era keeps "BCX" out; after "B.C." it is a no-op, as it should be.
_YEAR_CORE = (
    rf"(?:AD|A\.D\.)\s?\d{{1,4}}(?!\d)"
    rf"|\d{{1,4}}\s?(?:{_ERA_BC}|{_ERA_AD})(?!\w)"
    r"|\d{4}(?![\w%]|[.,]\d)"
)
_DASH = r"[–—-]"
# "to", "until" and dashes join the two ends of a range; "and" only after "between".
_CONNECT = rf"(?:\s*{_DASH}\s*|\s+(?:to|until|till|through|and)\s+)"
_PART = r"(?i:early|mid|late)"
# Detokenised text may leave a space before a comma: "July 1 , 1991".
_COMMA = r"(?:\s?,)?"
# Between a day and its year: a space, or a comma with or without one ("September 22,1828",
# a slip Wikipedia text has; four digits after a comma are no group of thousands).
_DAY_YEAR_GAP = r"(?:\s?,\s*|\s+)"


def _month(name: str) -> str:
    return rf"(?P<{name}>{MONTH_ALTERNATION})(?:\.(?!\d)|\b)"


def _day(name: str) -> str:
    return rf"(?<![\w.,])(?P<{name}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?\b"


def _year(name: str) -> str:
    return rf"(?P<{name}>{_YEAR_CORE})"


_ISO = re.compile(
    r"(?<![\w.-])(?P<y>\d{4})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\w-])"
)
_DMY = re.compile(rf"{_day('d')}(?:\s+of)?\s+{_month('m')}{_COMMA}\s+{_year('y')}")
_MDY = re.compile(rf"{_month('m')}\s+{_day('d')}{_DAY_YEAR_GAP}{_year('y')}")
_MY = re.compile(
    rf"(?<![\w-])(?:(?P<part>{_PART})[\s-]+)?{_month('m')}(?:\s+of)?{_COMMA}\s+{_year('y')}"
)
_SEASON = re.compile(
    rf"(?<![\w-])(?P<s>(?i:spring|summer|autumn|fall|winter))(?:\s+of)?{_COMMA}\s+{_year('y')}"
)
_PART_OF_YEAR = re.compile(
    rf"(?<![\w-])(?:(?P<part>{_PART})[\s-]+"
    r"|(?P<edge>(?i:beginning|start|middle|end|close))\s+of\s+(?:the\s+year\s+)?"
    r"|(?P<half>(?i:first|second|latter))\s+half\s+of\s+)"
    rf"{_year('y')}"
)
_DECADE = re.compile(
    rf"(?<![\w-])(?:(?P<part>{_PART})[\s-]+"
    r"|(?P<half>(?i:first|second|latter))\s+half\s+of\s+(?:the\s+)?)?"
    r"(?:(?P<y>\d{3}0)'?s|'(?P<yy>\d0)s)(?!\w)"
)
# "the 17th and 18th centuries", "17th–18th centuries": the first ordinal is a century too.
_NEXT_CENTURY = (
    rf"(?:(?:\s*{_DASH}\s*|\s+(?:and|or|to)\s+|,\s*(?:and\s+|or\s+)?)"
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)|(?i:{ORDINAL_WORD})))+[\s-](?i:centuries)(?!\w)"
    rf"(?:\s?(?P<shared_era>{_ERA_BC}|{_ERA_AD})(?!\w))?"
)
_CENTURY = re.compile(
    rf"(?<![\w-])(?:(?P<part>{_PART})[\s-]+"
    r"|(?P<half>(?i:first|second|latter))\s+half\s+of\s+(?:the\s+)?"
    r"|(?P<turn>(?i:turn))\s+of\s+(?:the\s+)?)?"
    rf"(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<w>(?i:{ORDINAL_WORD})))"
    rf"(?:[\s-](?i:century|centuries)(?!\w)|(?={_NEXT_CENTURY}))"
    rf"(?:\s?(?P<era>{_ERA_BC}|{_ERA_AD})(?!\w))?"
)
_APPROX_YEAR = re.compile(
    r"(?<![\w-])(?P<a>(?i:circa|around|about|approximately|roughly)\s+|(?i:c|ca)\.\s?)"
    r"(?P<y>(?:AD|A\.D\.)\s?\d{1,4}(?!\d)"
    rf"|\d{{1,4}}\s?(?:{_ERA_BC}|{_ERA_AD})(?!\w)|\d{{1,4}}(?![\w%]|[.,]\d))"
)
_ERA_YEAR = re.compile(rf"(?<![\w.,-]){_year('y')}")
# Not glued to a name ("F-1991"), a figure ("1,994", "$2000") or a time; not a partial ISO
# date or the first part of a compound.
_NOT_AFTER_YEAR = r"(?![\w%]|[.,:/]\d|-\d{1,2}-|-[a-z])"  # "a 1500-strong force"
_BARE_YEAR = re.compile(rf"(?<![\w.,$£€¥#/:-])(?<![A-Za-z][–—-])(?P<y>\d{{4}}){_NOT_AFTER_YEAR}")
_BARE_YEAR_AFTER_DASH = re.compile(rf"(?<=\d{_DASH})(?P<y>\d{{4}}){_NOT_AFTER_YEAR}")

# Ranges whose first end is not a date alone ("2–4 April 2008").
_R_DAYS = re.compile(rf"{_day('d1')}{_CONNECT}{_day('d2')}\s+{_month('m')}{_COMMA}\s+{_year('y')}")
_R_DAY_MONTHS = re.compile(
    rf"{_day('d1')}\s+{_month('m1')}{_CONNECT}{_day('d2')}\s+{_month('m2')}{_COMMA}\s+{_year('y')}"
)
_R_MONTH_DAYS = re.compile(
    rf"{_month('m')}\s+{_day('d1')}{_CONNECT}{_day('d2')}{_COMMA}\s+{_year('y')}"
)
_R_MONTH_DAY_MONTH_DAY = re.compile(
    rf"{_month('m1')}\s+{_day('d1')}{_CONNECT}{_month('m2')}\s+{_day('d2')}{_COMMA}\s+{_year('y')}"
)
_R_MONTHS = re.compile(rf"(?<![\w-]){_month('m1')}{_CONNECT}{_month('m2')}{_COMMA}\s+{_year('y')}")
_R_SHORT_YEARS = re.compile(
    rf"(?<![\w.,$£€¥#/:-])(?P<y1>\d{{4}})\s?(?:{_DASH}|/)\s?(?P<y2>\d{{2}})"
    rf"(?![\w%]|{_DASH}|[.,:/]\d)"
)

# Between two dates: what makes them one range, and what makes a second year a year.
_RANGE_GAP = re.compile(rf"\s*{_DASH}\s*|\s+(?:to|until|till|through|thru)\s+")
_BETWEEN_GAP = re.compile(r"\s+and\s+")
_COORD_GAP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?(?:in\s+)?|\s+(?:and|or)\s+(?:in\s+)?")
_FROM_BEFORE = re.compile(r"(?i:\b(?:from|between))\s+\Z")
_BETWEEN_BEFORE = re.compile(r"(?i:\bbetween)\s+\Z")

# Context of a bare year.
_STRONG_CUE = re.compile(
    r"(?i:(?<![\w.])(?:in|since|until|till|during|before|after|year|season|fiscal|FY|born"
    r"|died|circa|c\.|ca\.|b\.|d\.)\s*\Z)"
)
_WEAK_CUE = re.compile(
    r"(?i:(?<![\w.])(?:by|of|from|through|about|around|approximately|roughly|the|an?|its|his"
    r"|her|their|our|this|that|whose|and|or)\s+\Z)"
)
_COUNTING_OF = re.compile(
    r"(?i:(?<![\w.])(?:total|number|numbers|population|sum|count|figure|estimate|tally"
    r"|crowd|force|army|strength|capacity|attendance|height|elevation|altitude|length"
    r"|distance|depth|area|budget|cost|price|score|sales|audience|membership|losses|loss"
    r"|toll|casualties|out|maximum|minimum|average)\s+of\s+\Z)"
)
_OPEN_PAREN = re.compile(r"[(\[]\s*\Z")
_CLOSE_PAREN = re.compile(r"\s*[)\]]")  # "(95.9%, 2001)": a year closing a parenthesis
_POSSESSIVE = re.compile(r"\w['’]s\s+\Z")  # "Mearsheimer's 2015 lecture"
_SENTENCE_START = re.compile(r"(?:\A|[.!?]\s+|\n\s*)[\"'“‘(\[]?\s*\Z")
_NOT_A_YEAR_AFTER = re.compile(
    r"\s*(?:%|per\s?cent\b|percent\b)|\s+(?i:thousand|million|billion|trillion|hundred)\b"
)
_NEXT_WORD = re.compile(r"\s+([A-Za-z][A-Za-z'’]*)")
_RANGE_THEN_WORD = re.compile(
    rf"\s*(?:{_DASH}|to\b|and\b|or\b)\s*\d[\d,.]*\s+([A-Za-z][A-Za-z'’]*)"
)
_CONTEXT = 40  # characters of context looked at around a bare year


# --- candidates ---------------------------------------------------------------------------


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    first: Day
    last: Day
    precision: Precision
    approximate: bool = False
    is_range: bool = False
    bare: bool = False  # a bare year: needs context, may join other years
    cued: bool = True  # for a bare year: something says it is a year


def _parse_year(token: str) -> int | None:
    """ "1991" -> 1991, "44 BC" -> -43, "AD 79" -> 79; None for year 0 or nonsense."""
    token = token.strip()
    upper = token.upper()
    bce = False
    if upper.startswith(("AD", "A.D.")):
        digits = token.lstrip("AD.").strip()
    else:
        digits = token.rstrip("ABCDE. ")
        bce = "B" in upper[len(digits) :]
    if not digits.isdigit():
        return None
    number = int(digits)
    if number == 0:
        return None
    return astronomical_year(number, bce)


def _month_no(token: str) -> int:
    return MONTHS[token.lower().rstrip(".")]


def _year_span(year: int) -> tuple[Day, Day]:
    return Day(year, 1, 1), Day(year, 12, 31)


def _from_iso(m: re.Match[str]) -> _Cand | None:
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if not is_valid_day(y, mo, d):
        return None
    day = Day(y, mo, d)
    return _Cand(m.start(), m.end(), day, day, Precision.DAY)


def _from_day_month_year(m: re.Match[str]) -> _Cand | None:
    year = _parse_year(m["y"])
    if year is None:
        return None
    month, d = _month_no(m["m"]), int(m["d"])
    if not is_valid_day(year, month, d):
        return None
    day = Day(year, month, d)
    return _Cand(m.start(), m.end(), day, day, Precision.DAY)


def _from_month_year(m: re.Match[str]) -> _Cand | None:
    year = _parse_year(m["y"])
    if year is None:
        return None
    month = _month_no(m["m"])
    last = days_in_month(year, month)
    if m["part"]:
        lo, hi = MONTH_PARTS[m["part"].lower()]
        return _Cand(
            m.start(), m.end(), Day(year, month, lo), Day(year, month, min(hi, last)),
            Precision.MONTH, approximate=True,
        )  # fmt: skip
    return _Cand(m.start(), m.end(), Day(year, month, 1), Day(year, month, last), Precision.MONTH)


def _from_season(m: re.Match[str]) -> _Cand | None:
    year = _parse_year(m["y"])
    if year is None:
        return None
    season = m["s"].lower()
    if season == "winter":
        first, last = Day(year - 1, 12, 1), Day.last_of_month(year + 1, 2)
    else:
        lo, hi = SEASON_MONTHS[season]
        first, last = Day(year, lo, 1), Day.last_of_month(year, hi)
    return _Cand(m.start(), m.end(), first, last, Precision.SEASON, approximate=True)


_EDGE_PART = {
    "beginning": "early",
    "start": "early",
    "middle": "mid",
    "end": "late",
    "close": "late",
}


def _part_key(m: re.Match[str]) -> tuple[str, bool]:
    """Which part of a period the match names, and whether that is approximate."""
    if m["half"]:
        return ("first half" if m["half"].lower() == "first" else "second half"), False
    if "edge" in m.re.groupindex and m["edge"]:
        return _EDGE_PART[m["edge"].lower()], True
    return m["part"].lower(), True


def _from_part_of_year(m: re.Match[str]) -> _Cand | None:
    year = _parse_year(m["y"])
    if year is None:
        return None
    key, approximate = _part_key(m)
    lo, hi = YEAR_PARTS[key]
    return _Cand(
        m.start(), m.end(), Day(year, lo, 1), Day.last_of_month(year, hi),
        Precision.SEASON, approximate=approximate,
    )  # fmt: skip


def _from_decade(m: re.Match[str]) -> _Cand | None:
    base = int(m["y"]) if m["y"] else 1900 + int(m["yy"])
    if base == 0:
        return None
    # "the 1600s" is a century's hundred years; "the 1990s" a decade.
    if base % 100 == 0 and m["y"]:
        length, parts, precision = 100, CENTURY_PARTS, Precision.CENTURY
    else:
        length, parts, precision = 10, DECADE_PARTS, Precision.DECADE
    lo, hi, approximate = 0, length - 1, False
    if m["part"] or m["half"]:
        key, approximate = _part_key(m)
        lo, hi = parts[key]
    return _Cand(
        m.start(), m.end(), Day(base + lo, 1, 1), Day(base + hi, 12, 31),
        precision, approximate=approximate,
    )  # fmt: skip


_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")


def _in_name(m: re.Match[str]) -> bool:
    """A capitalised "Century" before another capitalised word is a name's ("20th Century
    Fox", "the 20th Century Limited"), which dates nothing."""
    return "Century" in m.group(0) and _NAME_AFTER.match(m.string, m.end()) is not None


def _from_century(m: re.Match[str]) -> _Cand | None:
    number = int(m["n"]) if m["n"] else ordinal_word_value(m["w"])
    if not number or number > 30:
        return None
    if _in_name(m):
        return None
    era = m["era"] or m["shared_era"] or ""  # "5th–4th centuries BC": BC is for both
    bce = "B" in era.upper()
    # Chronological first year: 17th century AD = 1601; 5th century BC = 500 BC = -499.
    first_year = astronomical_year(number * 100, True) if bce else (number - 1) * 100 + 1
    if m["turn"]:
        # The turn of the 20th century: around 1900/1901, at the century's start.
        boundary = first_year
        return _Cand(
            m.start(), m.end(),
            Day(boundary - TURN_OF_CENTURY_YEARS, 1, 1),
            Day(boundary + TURN_OF_CENTURY_YEARS - 1, 12, 31),
            Precision.DECADE, approximate=True,
        )  # fmt: skip
    lo, hi, approximate = 0, 99, False
    if m["part"] or m["half"]:
        key, approximate = _part_key(m)
        lo, hi = CENTURY_PARTS[key]
    return _Cand(
        m.start(), m.end(), Day(first_year + lo, 1, 1), Day(first_year + hi, 12, 31),
        Precision.CENTURY, approximate=approximate,
    )  # fmt: skip


def _from_approx_year(m: re.Match[str]) -> _Cand | None:
    token = m["y"]
    year = _parse_year(token)
    if year is None:
        return None
    hedge = m["a"].strip().lower()
    explicit = hedge in ("c.", "ca.", "circa") or not token.isdigit()
    if token.isdigit() and not explicit and not BARE_YEAR_MIN <= year <= BARE_YEAR_MAX:
        return None
    if token.isdigit() and len(token) < 3 and not explicit:
        return None
    first, last = _year_span(year)
    # "about 1500 people" is a count; "c. 1500" never is.
    return _Cand(
        m.start(), m.end(), first, last, Precision.YEAR, approximate=True,
        bare=not explicit, cued=True,
    )  # fmt: skip


def _from_era_year(m: re.Match[str]) -> _Cand | None:
    token = m["y"]
    if token.isdigit():
        return None  # plain four digits: the bare-year rules decide
    year = _parse_year(token)
    if year is None:
        return None
    first, last = _year_span(year)
    return _Cand(m.start(), m.end(), first, last, Precision.YEAR)


def _from_bare_year(m: re.Match[str]) -> _Cand | None:
    year = int(m["y"])
    if not BARE_YEAR_MIN <= year <= BARE_YEAR_MAX:
        return None
    first, last = _year_span(year)
    return _Cand(m.start(), m.end(), first, last, Precision.YEAR, bare=True, cued=False)


def _range_start(m: re.Match[str]) -> int | None:
    """Where a range match begins ("from"/"between" included); None when its connector
    does not fit its opener: "and" joins a range only after "between"."""
    joined_by_and = re.search(r"\band\b", m.group(0)) is not None
    opener = _FROM_BEFORE.search(m.string, max(0, m.start() - 10), m.start())
    if joined_by_and != (opener is not None and opener.group(0)[0] in "bB"):
        return None
    return opener.start() if opener else m.start()


def _from_range_days(m: re.Match[str]) -> _Cand | None:
    start = _range_start(m)
    year = _parse_year(m["y"])
    if start is None or year is None:
        return None
    month, d1, d2 = _month_no(m["m"]), int(m["d1"]), int(m["d2"])
    if not (is_valid_day(year, month, d1) and is_valid_day(year, month, d2) and d1 < d2):
        return None
    return _Cand(
        start, m.end(), Day(year, month, d1), Day(year, month, d2), Precision.DAY, is_range=True
    )


def _from_range_day_months(m: re.Match[str]) -> _Cand | None:
    start = _range_start(m)
    year = _parse_year(m["y"])
    if start is None or year is None:
        return None
    m1, m2, d1, d2 = _month_no(m["m1"]), _month_no(m["m2"]), int(m["d1"]), int(m["d2"])
    if not (is_valid_day(year, m1, d1) and is_valid_day(year, m2, d2)):
        return None
    first, last = Day(year, m1, d1), Day(year, m2, d2)
    if first >= last:
        return None
    return _Cand(start, m.end(), first, last, Precision.DAY, is_range=True)


def _from_range_months(m: re.Match[str]) -> _Cand | None:
    start = _range_start(m)
    year = _parse_year(m["y"])
    if start is None or year is None:
        return None
    m1, m2 = _month_no(m["m1"]), _month_no(m["m2"])
    if m1 >= m2:
        return None
    return _Cand(
        start,
        m.end(),
        Day(year, m1, 1),
        Day.last_of_month(year, m2),
        Precision.MONTH,
        is_range=True,
    )


def _from_short_years(m: re.Match[str]) -> _Cand | None:
    start = _range_start(m)
    if start is None:
        return None
    y1 = int(m["y1"])
    if not BARE_YEAR_MIN <= y1 <= BARE_YEAR_MAX:
        return None
    y2 = y1 // 100 * 100 + int(m["y2"])
    if y2 <= y1:
        y2 += 100  # "1999–00"
    if y2 - y1 >= 100:
        return None
    return _Cand(
        start, m.end(), Day(y1, 1, 1), Day(y2, 12, 31), Precision.YEAR, is_range=True,
        bare=True, cued=True,
    )  # fmt: skip


_Reader = Callable[[re.Match[str]], "_Cand | None"]

# Cheap tests that let most readers skip a text: what each reader cannot match without.
_GATE_DIGIT, _GATE_MONTH, _GATE_DECADE, _GATE_CENTURY = 0, 1, 2, 3
_ANY_MONTH = re.compile(rf"(?:{MONTH_ALTERNATION})\b")

# Every reader runs over the whole text; overlaps are settled afterwards, longest first.
_READERS: tuple[tuple[re.Pattern[str], _Reader, int], ...] = (
    (_ISO, _from_iso, _GATE_DIGIT),
    (_DMY, _from_day_month_year, _GATE_MONTH),
    (_MDY, _from_day_month_year, _GATE_MONTH),
    (_MY, _from_month_year, _GATE_MONTH),
    (_SEASON, _from_season, _GATE_DIGIT),
    (_PART_OF_YEAR, _from_part_of_year, _GATE_DIGIT),
    (_DECADE, _from_decade, _GATE_DECADE),
    (_CENTURY, _from_century, _GATE_CENTURY),
    (_APPROX_YEAR, _from_approx_year, _GATE_DIGIT),
    (_ERA_YEAR, _from_era_year, _GATE_DIGIT),
    (_BARE_YEAR, _from_bare_year, _GATE_DIGIT),
    (_BARE_YEAR_AFTER_DASH, _from_bare_year, _GATE_DIGIT),
    (_R_DAYS, _from_range_days, _GATE_MONTH),
    (_R_DAY_MONTHS, _from_range_day_months, _GATE_MONTH),
    (_R_MONTH_DAYS, _from_range_days, _GATE_MONTH),
    (_R_MONTH_DAY_MONTH_DAY, _from_range_day_months, _GATE_MONTH),
    (_R_MONTHS, _from_range_months, _GATE_MONTH),
    (_R_SHORT_YEARS, _from_short_years, _GATE_DIGIT),
)


def _gates(text: str) -> tuple[bool, bool, bool, bool]:
    digit = any(ch.isdigit() for ch in text)
    return (
        digit,
        digit and _ANY_MONTH.search(text) is not None,
        digit and ("0s" in text or "0's" in text or "0’s" in text),
        "entur" in text or "ENTUR" in text,
    )


# --- context of bare years --------------------------------------------------------------------


def _counted_noun_follows(text: str, end: int) -> bool:
    """Is the number at text[..end] followed by something it counts ("1500 troops")?"""
    if _NOT_A_YEAR_AFTER.match(text, end):
        return True
    follower = _RANGE_THEN_WORD.match(text, end) or _NEXT_WORD.match(
        text, end
    )  # "1500 to 2000 troops"
    if follower is None:
        return False
    word = follower[1]
    return word[0].islower() and is_plural_word(word) and word.lower() not in EVENT_PLURALS


def _judge_bare_year(text: str, cand: _Cand) -> _Cand | None:
    """Keep, mark cued, or drop a bare-year candidate by the words around it."""
    s, e = cand.start, cand.end
    lo = max(0, s - _CONTEXT)
    strong = _STRONG_CUE.search(text, lo, s) is not None
    if not strong and _counted_noun_follows(text, e):
        return None
    if cand.cued:
        return cand
    cand.cued = bool(
        strong
        or _OPEN_PAREN.search(text, lo, s)
        or _CLOSE_PAREN.match(text, e)
        or _POSSESSIVE.search(text, lo, s)
        or _SENTENCE_START.search(text, max(0, s - 8), s)
        or (_WEAK_CUE.search(text, lo, s) and not _COUNTING_OF.search(text, lo, s))
    )
    return cand


# --- putting it together ------------------------------------------------------------------


def _candidates(text: str) -> list[_Cand]:
    gates = _gates(text)
    found: list[_Cand] = []
    for pattern, reader, gate in _READERS:
        if not gates[gate]:
            continue
        for m in pattern.finditer(text):
            cand = reader(m)
            if cand is None:
                continue
            if cand.bare:
                cand = _judge_bare_year(text, cand)
                if cand is None:
                    continue
            found.append(cand)
    return found


def _settle_overlaps(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Longest first, then leftmost; a candidate that overlaps a kept one is dropped."""
    taken = bytearray(len(text))
    kept: list[_Cand] = []
    for cand in sorted(cands, key=lambda c: (c.start - c.end, c.start)):
        if 1 in taken[cand.start : cand.end]:
            continue
        taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
        kept.append(cand)
    kept.sort(key=lambda c: c.start)
    return kept


def _join_ranges(text: str, cands: list[_Cand]) -> list[_Cand]:
    """ "1987 to 1989", "30 March 1991 – 1 July 1991", "between 1987 and 1989"."""
    out: list[_Cand] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        if i + 1 < len(cands) and not a.is_range and not cands[i + 1].is_range:
            b = cands[i + 1]
            between = _BETWEEN_BEFORE.search(text, max(0, a.start - 10), a.start)
            gap_fits = (
                _BETWEEN_GAP.fullmatch(text, a.end, b.start)
                if between
                else _RANGE_GAP.fullmatch(text, a.end, b.start)
            )
            if gap_fits and a.first <= b.last and a.first != b.first:
                opener = _FROM_BEFORE.search(text, max(0, a.start - 10), a.start)
                out.append(
                    _Cand(
                        opener.start() if opener else a.start, b.end, a.first, b.last,
                        max(a.precision, b.precision), a.approximate or b.approximate,
                        is_range=True, bare=a.bare and b.bare, cued=True,
                    )
                )  # fmt: skip
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _keep_cued(text: str, cands: list[_Cand]) -> list[_Cand]:
    """Drop uncued bare years, unless joined to a date before them ("in 1991 and 1993")."""
    kept: list[_Cand] = []
    for cand in cands:
        if cand.bare and not cand.cued:
            prev = kept[-1] if kept else None
            joined = (
                prev is not None
                and prev.precision == Precision.YEAR
                and _COORD_GAP.fullmatch(text, prev.end, cand.start) is not None
            )
            if not joined:
                continue
        kept.append(cand)
    return kept


def extract_dates(text: str) -> list[DateValue]:
    """Every date, period and date range in ``text``, in order, not overlapping.

    Each value's ``text`` is ``text[span[0]:span[1]]``; see the module docstring for the
    forms read and the rules for bare years.
    """
    cands = _settle_overlaps(text, _candidates(text))
    cands = _keep_cued(text, _join_ranges(text, cands))
    return [
        DateValue(
            text=text[c.start : c.end],
            span=(c.start, c.end),
            start=c.first,
            end=c.last,
            precision=c.precision,
            approximate=c.approximate,
            is_range=c.is_range,
        )
        for c in cands
    ]
