"""The comparison rules, as a table of claim value, evidence value and agreement."""

from __future__ import annotations

import pytest

from factcheck.values import (
    Agreement,
    DateValue,
    NumberValue,
    compare_dates,
    compare_numbers,
    extract_dates,
    extract_numbers,
)
from factcheck.values.rules import APPROX_REL, DATE_APPROX_SLACK

SAME, WITHIN, COARSER = Agreement.SAME, Agreement.WITHIN, Agreement.COARSER
OVERLAP, DISJOINT, INCOMPARABLE = Agreement.OVERLAP, Agreement.DISJOINT, Agreement.INCOMPARABLE


def one_date(text: str) -> DateValue:
    values = extract_dates(text)
    assert len(values) == 1, values
    return values[0]


def one_number(text: str) -> NumberValue:
    values = extract_numbers(text)
    assert len(values) == 1, values
    return values[0]


DATE_TABLE = [
    ("July 1991", "1 July 1991", WITHIN),
    ("1 July 1991", "1991", COARSER),
    ("1 July 1991", "July 1, 1991", SAME),
    ("1 July 1991", "2 July 1991", DISJOINT),
    ("1991", "in 1991", SAME),
    ("1994", "December 1995", DISJOINT),
    ("2016", "2015", DISJOINT),
    ("December 1991", "26 December 1991", WITHIN),
    ("May 1997", "27 May 1997", WITHIN),
    ("early 17th century", "1701", DISJOINT),
    ("early 17th century", "1613", WITHIN),
    ("early 17th century", "1600", WITHIN),  # inside the approximate slack
    ("early 17th century", "1690", DISJOINT),
    ("the 17th century", "the early 17th century", WITHIN),
    ("the 17th century", "the 1600s", OVERLAP),
    ("c. 1700", "1701", WITHIN),
    ("c. 1700", "1700", SAME),
    ("c. 1700", "1710", DISJOINT),
    ("1987 to 1989", "1987–89", SAME),
    ("1987 to 1989", "1988", WITHIN),
    ("1988", "1987 to 1989", COARSER),
    ("1987 to 1989", "1989 to 1992", OVERLAP),
    ("1987 to 1989", "1990", DISJOINT),
    ("2–4 April 2008", "3 April 2008", WITHIN),
    ("April 2008", "2–4 April 2008", WITHIN),
    ("2008", "2–4 April 2008", WITHIN),
    ("August 2008", "7–12 August 2008", WITHIN),
    ("the 1990s", "1994", WITHIN),
    ("the early 1990s", "1998", DISJOINT),
    ("late 1980s", "1990", WITHIN),  # one year of slack
    ("late 1980s", "1992", DISJOINT),
    ("mid-2014", "June 2014", WITHIN),
    ("mid-2014", "January 2014", DISJOINT),
    ("summer 1945", "6 August 1945", WITHIN),
    ("summer 1945", "9 September 1945", WITHIN),  # a month of slack
    ("summer 1945", "November 1945", DISJOINT),
    ("44 BC", "15 March 44 BC", WITHIN),
    ("44 BC", "AD 44", DISJOINT),
    ("the 5th century BC", "480 BC", WITHIN),
    ("the 20th century", "the 1990s", WITHIN),
    ("the 1990s", "the 20th century", COARSER),
    ("June 2004", "28 June – 2 July 2004", OVERLAP),
]

NUMBER_TABLE = [
    ("650,000", "650,000", SAME),
    ("650,000", "650 000", SAME),
    ("about 650,000", "650,000", WITHIN),
    ("650,000", "about 650,000", COARSER),
    ("about 650,000", "more than 600,000", OVERLAP),
    ("about 650,000", "500,000", DISJOINT),
    ("650,000", "more than 600,000", COARSER),
    ("650,000", "fewer than 600,000", DISJOINT),
    ("1.5 million", "1,500,000", SAME),
    ("1.5 million", "1,480,000", WITHIN),
    ("1.5 million", "1.6 million", DISJOINT),
    ("1.5 million", "about 1.5 million", COARSER),
    ("between 600,000 and 720,000", "650,000", WITHIN),
    ("between 600,000 and 720,000", "600,000–720,000", SAME),
    ("between 600,000 and 720,000", "800,000", DISJOINT),
    ("seven countries", "7 countries", SAME),
    ("seven countries", "eight countries", DISJOINT),
    ("three Baltic States", "3", SAME),
    ("7 countries", "7%", INCOMPARABLE),
    ("133%", "133", INCOMPARABLE),
    ("133%", "133 percent", SAME),
    ("$2.3 billion", "2.3 billion", INCOMPARABLE),
    ("$2.3 billion", "US$2.3 billion", SAME),
    ("30 years", "three decades", SAME),
    ("50 years", "half a century", SAME),
    ("10 years", "a decade", SAME),
    ("13 seasons", "13 episodes", INCOMPARABLE),
    ("its second album", "2 albums", INCOMPARABLE),
    ("its second album", "the second album", SAME),
    ("hundreds of people", "500 people", WITHIN),
    ("hundreds of people", "5,000 people", DISJOINT),
    ("nearly 3,000", "2,977", WITHIN),
    ("nearly 3,000", "3,100", DISJOINT),
    ("at least 40", "45", WITHIN),
    ("up to 5,000", "6,000", DISJOINT),
    ("2016 people", "2015 people", DISJOINT),
    ("1.5", "1.6", DISJOINT),  # rounded bounds that only touch do not overlap
    ("a dozen", "12", WITHIN),
]


@pytest.mark.parametrize(("claim", "evidence", "expected"), DATE_TABLE)
def test_date_comparison(claim: str, evidence: str, expected: Agreement) -> None:
    assert compare_dates(one_date(claim), one_date(evidence)) is expected


@pytest.mark.parametrize(("claim", "evidence", "expected"), NUMBER_TABLE)
def test_number_comparison(claim: str, evidence: str, expected: Agreement) -> None:
    assert compare_numbers(one_number(claim), one_number(evidence)) is expected


INVERSE = {SAME: SAME, WITHIN: COARSER, COARSER: WITHIN, OVERLAP: OVERLAP, DISJOINT: DISJOINT}
# Slack makes approximate dates asymmetric; exact ones swap cleanly.
EXACT_DATE_TABLE = [
    row
    for row in DATE_TABLE
    if not one_date(row[0]).approximate and not one_date(row[1]).approximate
]


@pytest.mark.parametrize(("claim", "evidence", "expected"), EXACT_DATE_TABLE)
def test_swapping_exact_dates_swaps_the_answer(
    claim: str, evidence: str, expected: Agreement
) -> None:
    assert compare_dates(one_date(evidence), one_date(claim)) is INVERSE[expected]


def test_agreement_properties() -> None:
    assert {a for a in Agreement if a.compatible} == {SAME, WITHIN, COARSER, OVERLAP}
    assert {a for a in Agreement if a.conflict} == {DISJOINT}
    assert not INCOMPARABLE.compatible
    assert not INCOMPARABLE.conflict


def test_rule_constants_are_what_the_docs_say() -> None:
    assert APPROX_REL == 0.10
    about = one_number("about 1,000")
    assert (about.low, about.high) == (900, 1100)
    c1700 = one_date("c. 1700")
    assert compare_dates(c1700, one_date("1702")) is WITHIN
    assert compare_dates(c1700, one_date("1703")) is DISJOINT
    assert DATE_APPROX_SLACK[c1700.precision] == (2, 0, 0)
