"""Dates read from text: exact spans, bounds, precision and flags for each form."""

from __future__ import annotations

import datetime as dt

import pytest

from factcheck.values import DateValue, Day, Precision, extract_dates, extract_numbers

# (surface text, first day, last day, precision, approximate, is_range)
Expected = tuple[str, str, str, str, bool, bool]


def d(
    text: str, start: str, end: str, precision: str, approx: bool = False, rng: bool = False
) -> Expected:
    return (text, start, end, precision, approx, rng)


def shape(value: DateValue) -> Expected:
    return (
        value.text,
        value.start.isoformat(),
        value.end.isoformat(),
        value.precision.name,
        value.approximate,
        value.is_range,
    )


CASES: list[tuple[str, list[Expected]]] = [
    # days
    ("1 July 1991", [d("1 July 1991", "1991-07-01", "1991-07-01", "DAY")]),
    ("July 1, 1991", [d("July 1, 1991", "1991-07-01", "1991-07-01", "DAY")]),
    ("1st July 1991", [d("1st July 1991", "1991-07-01", "1991-07-01", "DAY")]),
    ("July 1st, 1991", [d("July 1st, 1991", "1991-07-01", "1991-07-01", "DAY")]),
    ("on the 26th of June 1980", [d("26th of June 1980", "1980-06-26", "1980-06-26", "DAY")]),
    ("July 1 , 1991", [d("July 1 , 1991", "1991-07-01", "1991-07-01", "DAY")]),
    # a comma with no space after it (a slip Wikipedia text has)
    ("died September 22,1828", [d("September 22,1828", "1828-09-22", "1828-09-22", "DAY")]),
    ("signed 1999-06-12 in Bonn", [d("1999-06-12", "1999-06-12", "1999-06-12", "DAY")]),
    ("29 February 2000", [d("29 February 2000", "2000-02-29", "2000-02-29", "DAY")]),
    ("Monday, 11 Sept. 2001", [d("11 Sept. 2001", "2001-09-11", "2001-09-11", "DAY")]),
    ("15 March 44 BC", [d("15 March 44 BC", "-0043-03-15", "-0043-03-15", "DAY")]),
    (
        "the September 11, 2001 attacks",
        [d("September 11, 2001", "2001-09-11", "2001-09-11", "DAY")],
    ),
    # an impossible day falls back to its month
    ("31 June 1991", [d("June 1991", "1991-06-01", "1991-06-30", "MONTH")]),
    ("29 February 1900", [d("February 1900", "1900-02-01", "1900-02-28", "MONTH")]),
    # months
    ("July 1991", [d("July 1991", "1991-07-01", "1991-07-31", "MONTH")]),
    ("in December of 1991", [d("December of 1991", "1991-12-01", "1991-12-31", "MONTH")]),
    ("Dec. 1991", [d("Dec. 1991", "1991-12-01", "1991-12-31", "MONTH")]),
    ("Sept. 2014", [d("Sept. 2014", "2014-09-01", "2014-09-30", "MONTH")]),
    ("February 1992", [d("February 1992", "1992-02-01", "1992-02-29", "MONTH")]),
    ("since May 2019", [d("May 2019", "2019-05-01", "2019-05-31", "MONTH")]),
    ("early July 1991", [d("early July 1991", "1991-07-01", "1991-07-10", "MONTH", True)]),
    ("mid-July 1991", [d("mid-July 1991", "1991-07-11", "1991-07-20", "MONTH", True)]),
    ("late February 1992", [d("late February 1992", "1992-02-21", "1992-02-29", "MONTH", True)]),
    # seasons and parts of years
    ("Summer 1945", [d("Summer 1945", "1945-06-01", "1945-08-31", "SEASON", True)]),
    ("in the spring of 1945", [d("spring of 1945", "1945-03-01", "1945-05-31", "SEASON", True)]),
    ("the fall of 1991", [d("fall of 1991", "1991-09-01", "1991-11-30", "SEASON", True)]),
    ("winter 1941", [d("winter 1941", "1940-12-01", "1942-02-28", "SEASON", True)]),
    ("mid-2014", [d("mid-2014", "2014-05-01", "2014-08-31", "SEASON", True)]),
    ("early 2014", [d("early 2014", "2014-01-01", "2014-04-30", "SEASON", True)]),
    ("late 1991", [d("late 1991", "1991-09-01", "1991-12-31", "SEASON", True)]),
    ("by the end of 1991", [d("end of 1991", "1991-09-01", "1991-12-31", "SEASON", True)]),
    ("the first half of 1991", [d("first half of 1991", "1991-01-01", "1991-06-30", "SEASON")]),
    # years
    ("1991", [d("1991", "1991-01-01", "1991-12-31", "YEAR")]),
    ("in 1991", [d("1991", "1991-01-01", "1991-12-31", "YEAR")]),
    ("the year 2000", [d("2000", "2000-01-01", "2000-12-31", "YEAR")]),
    ("(2008)", [d("2008", "2008-01-01", "2008-12-31", "YEAR")]),
    ("( 2008 )", [d("2008", "2008-01-01", "2008-12-31", "YEAR")]),
    ("At its 2004 Istanbul Summit", [d("2004", "2004-01-01", "2004-12-31", "YEAR")]),
    ("the Meiji Restoration of 1868", [d("1868", "1868-01-01", "1868-12-31", "YEAR")]),
    ("the 2016 election", [d("2016", "2016-01-01", "2016-12-31", "YEAR")]),
    ("the 2014 protests", [d("2014", "2014-01-01", "2014-12-31", "YEAR")]),
    ("1991 was a hard year.", [d("1991", "1991-01-01", "1991-12-31", "YEAR")]),
    ("It fell. 1991 was hard.", [d("1991", "1991-01-01", "1991-12-31", "YEAR")]),
    ("44 BC", [d("44 BC", "-0043-01-01", "-0043-12-31", "YEAR")]),
    ("500 BCE", [d("500 BCE", "-0499-01-01", "-0499-12-31", "YEAR")]),
    ("AD 79", [d("AD 79", "0079-01-01", "0079-12-31", "YEAR")]),
    ("79 AD", [d("79 AD", "0079-01-01", "0079-12-31", "YEAR")]),
    ("c. 1700", [d("c. 1700", "1700-01-01", "1700-12-31", "YEAR", True)]),
    ("ca. 1700", [d("ca. 1700", "1700-01-01", "1700-12-31", "YEAR", True)]),
    ("circa 1700", [d("circa 1700", "1700-01-01", "1700-12-31", "YEAR", True)]),
    ("around 1700", [d("around 1700", "1700-01-01", "1700-12-31", "YEAR", True)]),
    ("about 1990", [d("about 1990", "1990-01-01", "1990-12-31", "YEAR", True)]),
    ("c. 800", [d("c. 800", "0800-01-01", "0800-12-31", "YEAR", True)]),
    # decades and centuries
    ("the 1990s", [d("1990s", "1990-01-01", "1999-12-31", "DECADE")]),
    ("1990s", [d("1990s", "1990-01-01", "1999-12-31", "DECADE")]),
    ("the 1990's", [d("1990's", "1990-01-01", "1999-12-31", "DECADE")]),
    ("the '90s", [d("'90s", "1990-01-01", "1999-12-31", "DECADE")]),
    ("the early 1990s", [d("early 1990s", "1990-01-01", "1993-12-31", "DECADE", True)]),
    ("late 1980s", [d("late 1980s", "1987-01-01", "1989-12-31", "DECADE", True)]),
    ("the mid-1990s", [d("mid-1990s", "1994-01-01", "1996-12-31", "DECADE", True)]),
    ("the 1600s", [d("1600s", "1600-01-01", "1699-12-31", "CENTURY")]),
    ("the 17th century", [d("17th century", "1601-01-01", "1700-12-31", "CENTURY")]),
    ("17th-century", [d("17th-century", "1601-01-01", "1700-12-31", "CENTURY")]),
    ("nineteenth century", [d("nineteenth century", "1801-01-01", "1900-12-31", "CENTURY")]),
    ("Twenty-first century", [d("Twenty-first century", "2001-01-01", "2100-12-31", "CENTURY")]),
    (
        "the early 17th century",
        [d("early 17th century", "1601-01-01", "1633-12-31", "CENTURY", True)],
    ),
    (
        "the first half of the 20th century",
        [d("first half of the 20th century", "1901-01-01", "1950-12-31", "CENTURY")],
    ),
    ("the 5th century BC", [d("5th century BC", "-0499-01-01", "-0400-12-31", "CENTURY")]),
    (
        "the turn of the 20th century",
        [d("turn of the 20th century", "1896-01-01", "1905-12-31", "DECADE", True)],
    ),
    (
        "the 17th and 18th centuries",
        [
            d("17th", "1601-01-01", "1700-12-31", "CENTURY"),
            d("18th centuries", "1701-01-01", "1800-12-31", "CENTURY"),
        ],
    ),
    (
        "the 17th, 18th and 19th centuries",
        [
            d("17th", "1601-01-01", "1700-12-31", "CENTURY"),
            d("18th", "1701-01-01", "1800-12-31", "CENTURY"),
            d("19th centuries", "1801-01-01", "1900-12-31", "CENTURY"),
        ],
    ),
    (
        "the 5th–4th centuries BC",
        [d("5th–4th centuries BC", "-0499-01-01", "-0300-12-31", "CENTURY", rng=True)],
    ),
    # more year cues
    ("Savages is a 2012 American film", [d("2012", "2012-01-01", "2012-12-31", "YEAR")]),
    ("Mearsheimer's 2015 lecture", [d("2015", "2015-01-01", "2015-12-31", "YEAR")]),
    ("Russian (95.9%, 2001)", [d("2001", "2001-01-01", "2001-12-31", "YEAR")]),
    ("in fiscal 2020", [d("2020", "2020-01-01", "2020-12-31", "YEAR")]),
    # ranges
    ("2–4 April 2008", [d("2–4 April 2008", "2008-04-02", "2008-04-04", "DAY", rng=True)]),
    ("2-4 April 2008", [d("2-4 April 2008", "2008-04-02", "2008-04-04", "DAY", rng=True)]),
    (
        "2 to 4 April 2008",
        [d("2 to 4 April 2008", "2008-04-02", "2008-04-04", "DAY", rng=True)],
    ),
    (
        "28 June – 2 July 2004",
        [d("28 June – 2 July 2004", "2004-06-28", "2004-07-02", "DAY", rng=True)],
    ),
    (
        "June 28–29, 2004",
        [d("June 28–29, 2004", "2004-06-28", "2004-06-29", "DAY", rng=True)],
    ),
    (
        "June 28 – July 2, 2004",
        [d("June 28 – July 2, 2004", "2004-06-28", "2004-07-02", "DAY", rng=True)],
    ),
    (
        "30 March 1991 – 1 July 1991",
        [d("30 March 1991 – 1 July 1991", "1991-03-30", "1991-07-01", "DAY", rng=True)],
    ),
    (
        "July 1991 – 3 March 1992",
        [d("July 1991 – 3 March 1992", "1991-07-01", "1992-03-03", "MONTH", rng=True)],
    ),
    ("June–July 2004", [d("June–July 2004", "2004-06-01", "2004-07-31", "MONTH", rng=True)]),
    ("1987 to 1989", [d("1987 to 1989", "1987-01-01", "1989-12-31", "YEAR", rng=True)]),
    (
        "proposed in 1987 to 1989 a vision",
        [d("1987 to 1989", "1987-01-01", "1989-12-31", "YEAR", rng=True)],
    ),
    (
        "from 1987 to 1989",
        [d("from 1987 to 1989", "1987-01-01", "1989-12-31", "YEAR", rng=True)],
    ),
    (
        "from 1987 until 1989",
        [d("from 1987 until 1989", "1987-01-01", "1989-12-31", "YEAR", rng=True)],
    ),
    (
        "between 1987 and 1989",
        [d("between 1987 and 1989", "1987-01-01", "1989-12-31", "YEAR", rng=True)],
    ),
    ("1987–89", [d("1987–89", "1987-01-01", "1989-12-31", "YEAR", rng=True)]),
    ("1918–19", [d("1918–19", "1918-01-01", "1919-12-31", "YEAR", rng=True)]),
    ("the 1999–00 season", [d("1999–00", "1999-01-01", "2000-12-31", "YEAR", rng=True)]),
    ("2025-2027", [d("2025-2027", "2025-01-01", "2027-12-31", "YEAR", rng=True)]),
    ("1914–1918", [d("1914–1918", "1914-01-01", "1918-12-31", "YEAR", rng=True)]),
    ("the 1960s–1970s", [d("1960s–1970s", "1960-01-01", "1979-12-31", "DECADE", rng=True)]),
    # several values
    (
        "the 1960s and 1970s",
        [
            d("1960s", "1960-01-01", "1969-12-31", "DECADE"),
            d("1970s", "1970-01-01", "1979-12-31", "DECADE"),
        ],
    ),
    (
        "in 1991, 1993 and 1995",
        [
            d("1991", "1991-01-01", "1991-12-31", "YEAR"),
            d("1993", "1993-01-01", "1993-12-31", "YEAR"),
            d("1995", "1995-01-01", "1995-12-31", "YEAR"),
        ],
    ),
    (
        "dissolved in July 1991 and the Soviet Union in December 1991",
        [
            d("July 1991", "1991-07-01", "1991-07-31", "MONTH"),
            d("December 1991", "1991-12-01", "1991-12-31", "MONTH"),
        ],
    ),
]

# Texts that hold no date at all.
NO_DATES = [
    "1500 troops",
    "2000 people were evacuated",
    "a total of 1500",
    "a crowd of 2000",
    "1,994 votes",
    "the F-16 and the B-52",
    "it cost $2000",
    "1991%",
    "on 12 June",
    "June 28",
    "at 5:45 a.m.",
    "he may 5 times",
    "nothing here",
    "",
    "the 1st and 2nd battalions",
    "pre-1990 borders",
    "He scored 1500 runs",
    "a 1500-strong force",
    "the 17th Battalion",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_dates_are_read(text: str, expected: list[Expected]) -> None:
    assert [shape(v) for v in extract_dates(text)] == expected


@pytest.mark.parametrize("text", NO_DATES)
def test_no_date_is_read(text: str) -> None:
    assert extract_dates(text) == []


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_spans_index_the_input(text: str, expected: list[Expected]) -> None:
    for value in extract_dates(text):
        assert text[value.span[0] : value.span[1]] == value.text


def test_numbers_skip_the_digits_of_dates() -> None:
    text = "On 1 July 1991, in 2008 and from 1987 to 1989, 650,000 people left."
    assert [n.text for n in extract_numbers(text)] == ["650,000"]


def test_a_count_after_a_strong_cue_is_still_a_year() -> None:
    # Documented trade-off: "in" wins over the plural that follows.
    assert [v.text for v in extract_dates("In 2000 people died")] == ["2000"]


def test_coordinated_year_is_a_year() -> None:
    assert [v.text for v in extract_dates("In 1991 and 1993 elections were held")] == [
        "1991",
        "1993",
    ]


def test_a_range_followed_by_a_count_is_not_a_date() -> None:
    assert extract_dates("from 1500 to 2000 troops") == []
    assert extract_dates("between 1500 and 2000 soldiers") == []


def test_day_converts_to_date_and_orders() -> None:
    assert Day(1991, 7, 1).to_date() == dt.date(1991, 7, 1)
    assert Day(-43, 3, 15).to_date() is None
    assert Day(-43, 3, 15) < Day(1, 1, 1) < Day(1991, 7, 1)
    assert Day(1991, 7, 1).toordinal() == dt.date(1991, 7, 1).toordinal()
    assert Day(0, 12, 31).toordinal() == 0  # the day before 0001-01-01
    assert Day(-43, 3, 15).isoformat() == "-0043-03-15"
    assert Day.from_date(dt.date(2004, 6, 28)) == Day(2004, 6, 28)


def test_precision_orders_from_fine_to_coarse() -> None:
    assert max(Precision.DAY, Precision.YEAR) is Precision.YEAR
    assert sorted(Precision)[0] is Precision.DAY
    assert Precision.CENTURY.label == "century"
