"""Figures read from text: value, bounds, hedge, unit and flags for each form."""

from __future__ import annotations

import itertools
import math

import pytest

from factcheck.values import NumberValue, extract_numbers, extract_values

INF = math.inf

# (surface, value, low, high, qualifier, unit, approximate, ordinal)
Expected = tuple[str, float, float, float, str | None, str | None, bool, bool]


def n(
    text: str,
    value: float,
    low: float | None = None,
    high: float | None = None,
    qualifier: str | None = None,
    unit: str | None = None,
    approx: bool = False,
    ordinal: bool = False,
) -> Expected:
    low = value if low is None else low
    high = value if high is None else high
    return (text, value, low, high, qualifier, unit, approx, ordinal)


def shape(v: NumberValue) -> Expected:
    return (v.text, v.value, v.low, v.high, v.qualifier, v.unit, v.approximate, v.ordinal)


CASES: list[tuple[str, list[Expected]]] = [
    # digits and separators
    ("650,000", [n("650,000", 650_000, 645_000, 655_000)]),
    ("650 000", [n("650 000", 650_000, 645_000, 655_000)]),
    ("650\u202f000", [n("650\u202f000", 650_000, 645_000, 655_000)]),
    ("650\u2009000", [n("650\u2009000", 650_000, 645_000, 655_000)]),
    ("650\u00a0000", [n("650\u00a0000", 650_000, 645_000, 655_000)]),
    ("650.000", [n("650.000", 650, 649.9995, 650.0005)]),
    ("1,480,000", [n("1,480,000", 1_480_000, 1_475_000, 1_485_000)]),
    ("1,994 votes", [n("1,994", 1994, unit="vote")]),
    ("2,000", [n("2,000", 2000, 1900, 2100)]),
    ("121 episodes", [n("121", 121, unit="episode")]),
    ("13 seasons", [n("13", 13, unit="season")]),
    # Two modifiers joined before one plural noun; "and" right after the figure ends it.
    ("400 propaganda and training films", [n("400", 400, unit="film")]),
    ("won 3 and lost 2 games", [n("3", 3), n("2", 2, unit="game")]),
    ("30 years", [n("30", 30, unit="year")]),
    ("NATO’s 30 years of expansion", [n("30", 30, unit="year")]),
    ("−5", [n("−5", -5)]),
    ("a low of −5 °C", [n("−5 °C", -5, unit="°C")]),
    ("(-12)", [n("-12", -12)]),
    ("2.5", [n("2.5", 2.5, 2.45, 2.55)]),
    # scales and units
    ("1.5 million", [n("1.5 million", 1_500_000, 1_450_000, 1_550_000)]),
    ("2 million", [n("2 million", 2_000_000, 1_900_000, 2_100_000)]),
    ("$2.3 billion", [n("$2.3 billion", 2.3e9, 2.25e9, 2.35e9, unit="USD")]),
    ("£2bn", [n("£2bn", 2e9, 1.9e9, 2.1e9, unit="GBP")]),
    ("€40", [n("€40", 40, unit="EUR")]),
    ("133%", [n("133%", 133, unit="%")]),
    ("133 percent", [n("133 percent", 133, unit="%")]),
    ("133 per cent", [n("133 per cent", 133, unit="%")]),
    ("a 50% ownership", [n("50%", 50, unit="%")]),
    ("rose 5 percentage points", [n("5 percentage points", 5, unit="pp")]),
    ("a 5-year plan", [n("5-year", 5, unit="year")]),
    ("5km", [n("5km", 5, unit="km")]),
    ("1.5 million people", [n("1.5 million", 1_500_000, 1_450_000, 1_550_000, unit="people")]),
    # hedges and bounds
    (
        "about 1.5 million",
        [n("about 1.5 million", 1_500_000, 1_350_000, 1_650_000, "about", approx=True)],
    ),
    ("about 650,000", [n("about 650,000", 650_000, 585_000, 715_000, "about", approx=True)]),
    ("some 30 countries", [n("some 30", 30, 27, 33, "about", "country", approx=True)]),
    ("roughly 40", [n("roughly 40", 40, 36, 44, "about", approx=True)]),
    ("~100", [n("~100", 100, 90, 110, "about", approx=True)]),
    ("more than 600,000", [n("more than 600,000", 600_000, 600_000, INF, "more_than")]),
    ("over 600,000", [n("over 600,000", 600_000, 600_000, INF, "more_than")]),
    ("in excess of 10", [n("in excess of 10", 10, 10, INF, "more_than")]),
    ("at least 40", [n("at least 40", 40, 40, INF, "at_least")]),
    ("no fewer than 40", [n("no fewer than 40", 40, 40, INF, "at_least")]),
    ("fewer than 10", [n("fewer than 10", 10, 0, 10, "less_than")]),
    ("less than 10%", [n("less than 10%", 10, 0, 10, "less_than", "%")]),
    ("up to 5,000", [n("up to 5,000", 5000, 0, 5000, "at_most")]),
    ("as many as 5,000", [n("as many as 5,000", 5000, 0, 5000, "at_most")]),
    ("nearly 3,000", [n("nearly 3,000", 3000, 2700, 3000, "nearly", approx=True)]),
    ("almost 100", [n("almost 100", 100, 90, 100, "nearly", approx=True)]),
    # ranges
    (
        "between 600,000 and 720,000",
        [n("between 600,000 and 720,000", 660_000, 600_000, 720_000, "between")],
    ),
    ("600,000–720,000", [n("600,000–720,000", 660_000, 600_000, 720_000, "between")]),
    ("10 to 20 people", [n("10 to 20", 15, 10, 20, "between", "people")]),
    ("10-20%", [n("10-20%", 15, 10, 20, "between", "%")]),
    ("1.5–2 million", [n("1.5–2 million", 1_750_000, 1_500_000, 2_000_000, "between")]),
    ("$5–10 billion", [n("$5–10 billion", 7.5e9, 5e9, 1e10, "between", "USD")]),
    ("from 5 to 10", [n("5", 5), n("10", 10)]),
    ("a 3–2 win", [n("3", 3), n("2", 2)]),
    # words
    ("three Baltic States", [n("three", 3, unit="state")]),
    ("seven countries", [n("seven", 7, unit="country")]),
    ("twenty-one", [n("twenty-one", 21)]),
    ("Two explanatory factors", [n("Two", 2, unit="factor")]),
    ("two hundred and fifty men", [n("two hundred and fifty", 250, unit="man")]),
    ("a hundred", [n("a hundred", 100)]),
    ("a million", [n("a million", 1_000_000, 950_000, 1_050_000)]),
    ("three thousand", [n("three thousand", 3000, 2850, 3150)]),  # as rounded as "3,000"
    ("a dozen", [n("a dozen", 12, 10.8, 13.2, "about", approx=True)]),
    ("two decades", [n("two", 20, unit="year")]),
    ("For a decade thereafter", [n("a decade", 10, unit="year")]),
    ("a century later", [n("a century", 100, unit="year")]),
    ("half a century", [n("half a century", 50, unit="year")]),
    ("for a half century", [n("a half century", 50, unit="year")]),
    ("half a million", [n("half a million", 500_000, 475_000, 525_000)]),
    ("a two-year term", [n("two-year", 2, unit="year")]),
    # vague magnitudes
    (
        "hundreds of people",
        [n("hundreds of", 200, 200, 999, "order_of", "people", approx=True)],
    ),
    ("thousands of", [n("thousands of", 2000, 2000, 9999, "order_of", approx=True)]),
    (
        "tens of thousands of protesters",
        [n("tens of thousands of", 20_000, 20_000, 99_999, "order_of", "protester", True)],
    ),
    ("dozens of", [n("dozens of", 24, 24, 119, "order_of", approx=True)]),
    ("hundreds of years", [n("hundreds of", 200, 200, 999, "order_of", "year", True)]),
    ("decades of", [n("decades of", 20, 20, 99, "order_of", "year", True)]),
    # ordinals
    ("its second studio album", [n("second", 2, ordinal=True)]),
    ("the 3rd Battalion", [n("3rd", 3, ordinal=True)]),
    ("the twenty-first member", [n("twenty-first", 21, ordinal=True)]),
    ("the world's second-largest country", [n("second", 2, ordinal=True)]),
    ("the third-most populous state", [n("third", 3, ordinal=True)]),
    (
        "the third- or fourth-largest nation",
        [n("third", 3, ordinal=True), n("fourth", 4, ordinal=True)],
    ),
    # counted nouns
    (
        "three Baltic States and four southern East European countries",
        [n("three", 3, unit="state"), n("four", 4, unit="country")],
    ),
    ("650,000 ethnic Russians", [n("650,000", 650_000, 645_000, 655_000, unit="russian")]),
    ("the 12 founding members", [n("12", 12, unit="member")]),
    ("2000 people", [n("2000", 2000, 1900, 2100, unit="people")]),
    ("1500 troops", [n("1500", 1500, 1450, 1550, unit="troop")]),
]

# Texts whose digits or words are not figures.
NO_NUMBERS = [
    "G7",
    "the G7 summit",
    "COVID-19",
    "F-16",
    "B-52",
    "MH17",
    "Article 5",
    "Boeing 747",
    "Resolution 1244",
    "No. 5",
    "3D printing",
    "5G networks",
    "at 5:45 a.m.",
    "12/9",
    "June 28",
    "on 28 June",
    "the 5th of June",
    "1 July 1991",
    "in 2008",
    "First, a crisis",
    "Third and most importantly",
    "a second-hand car",
    "a first-class ticket",
    "one of the founders",
    "someone often said nothing",
    "9" * 400,
    "",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_numbers_are_read(text: str, expected: list[Expected]) -> None:
    got = [shape(v) for v in extract_numbers(text)]
    assert len(got) == len(expected), got
    for g, e in zip(got, expected, strict=True):
        assert g[0] == e[0]
        assert g[1:4] == pytest.approx(e[1:4])
        assert g[4:] == e[4:]


@pytest.mark.parametrize("text", NO_NUMBERS)
def test_no_number_is_read(text: str) -> None:
    assert extract_numbers(text) == []


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("The album debuted at No. 9 on the Billboard 200.", ["9"]),
        ("It reached No. 1 in Canada.", ["1"]),
        ("The Symphony No. 5 premiered in Vienna.", []),
    ],
)
def test_no_after_a_lower_case_word_is_a_place_on_a_list(text: str, read: list[str]) -> None:
    assert [v.text for v in extract_numbers(text)] == read


def test_values_of_an_essay_sentence_in_order() -> None:
    text = (
        "At its 2004 Istanbul Summit, NATO accepted the three Baltic States; about "
        "650,000 ethnic Russians live there, up 133% since July 1991."
    )
    got = [(type(v).__name__, v.text) for v in extract_values(text)]
    assert got == [
        ("DateValue", "2004"),
        ("NumberValue", "three"),
        ("NumberValue", "about 650,000"),
        ("NumberValue", "133%"),
        ("DateValue", "July 1991"),
    ]


def test_extract_values_spans_do_not_overlap() -> None:
    text = "Between 1987 and 1989, between 600,000 and 720,000 people moved; 2–4 April 2008."
    values = extract_values(text)
    assert [v.text for v in values] == [
        "Between 1987 and 1989",
        "between 600,000 and 720,000",
        "2–4 April 2008",
    ]
    ends = [v.span for v in values]
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(ends))
