"""Properties of the value grammar, checked on generated input with hypothesis.

* A date or figure rendered in any of several Wikipedia styles reads back to itself.
* ``format_date``/``format_number`` read back to the same value.
* Extraction never crashes or hangs, and its spans always index the input.
"""

from __future__ import annotations

import datetime as dt
import math
import os
import time

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from factcheck.values import (
    DateValue,
    Day,
    NumberValue,
    Precision,
    extract_dates,
    extract_numbers,
    extract_values,
    format_date,
    format_number,
)
from factcheck.values.lexicon import MONTH_NAMES, ordinal_suffix

# FACTCHECK_HYPOTHESIS_EXAMPLES=5000 runs a deeper search by hand; CI keeps it quick.
EXAMPLES = int(os.environ.get("FACTCHECK_HYPOTHESIS_EXAMPLES", "150"))
SETTINGS = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)

ABBREVIATIONS = {9: "Sept."} | {
    m: MONTH_NAMES[m][:3] + "." for m in range(1, 13) if len(MONTH_NAMES[m]) > 4
}
SENTENCES = [
    "The treaty was signed on {} in Geneva.",
    "{} marked the end of the talks.",
    "On {}, the summit opened",
    "It happened ({}) after the vote.",
    "Reports dated {} describe it",
]


def days(min_year: int = 1000, max_year: int = 2100) -> st.SearchStrategy[dt.date]:
    return st.dates(min_value=dt.date(min_year, 1, 1), max_value=dt.date(max_year, 12, 31))


def day_styles(d: dt.date) -> list[str]:
    month = MONTH_NAMES[d.month]
    suffix = ordinal_suffix(d.day)
    styles = [
        f"{d.day} {month} {d.year}",
        f"{month} {d.day}, {d.year}",
        f"{d.day}{suffix} {month} {d.year}",
        f"{month} {d.day}{suffix}, {d.year}",
        f"the {d.day}{suffix} of {month} {d.year}",
        d.isoformat(),
        f"{month} {d.day} , {d.year}",
    ]
    if d.month in ABBREVIATIONS:
        styles.append(f"{d.day} {ABBREVIATIONS[d.month]} {d.year}")
    return styles


def only(values: list[DateValue]) -> DateValue:
    assert len(values) == 1, values
    return values[0]


@SETTINGS
@given(days(), st.data())
def test_a_day_in_any_style_reads_back(d: dt.date, data: st.DataObject) -> None:
    style = data.draw(st.sampled_from(day_styles(d)))
    sentence = data.draw(st.sampled_from(SENTENCES)).format(style)
    value = only(extract_dates(sentence))
    assert value.start == value.end == Day.from_date(d)
    assert value.precision is Precision.DAY
    assert sentence[value.span[0] : value.span[1]] == value.text
    assert extract_numbers(sentence) == []


@SETTINGS
@given(days(), st.data())
def test_a_month_in_any_style_reads_back(d: dt.date, data: st.DataObject) -> None:
    month = MONTH_NAMES[d.month]
    styles = [f"{month} {d.year}", f"{month} of {d.year}", f"{month}, {d.year}"]
    if d.month in ABBREVIATIONS:
        styles.append(f"{ABBREVIATIONS[d.month]} {d.year}")
    sentence = data.draw(st.sampled_from(SENTENCES)).format(data.draw(st.sampled_from(styles)))
    value = only(extract_dates(sentence))
    assert (value.start.year, value.start.month, value.start.day) == (d.year, d.month, 1)
    assert (value.end.year, value.end.month) == (d.year, d.month)
    assert value.end.to_date() == (
        dt.date(d.year + (d.month == 12), d.month % 12 + 1, 1) - dt.timedelta(days=1)
    )
    assert value.precision is Precision.MONTH


@SETTINGS
@given(st.integers(1000, 2100), st.sampled_from(["in {}", "({})", "since {}", "the year {}"]))
def test_a_cued_year_reads_back(year: int, style: str) -> None:
    sentence = f"The alliance grew {style.format(year)} and again later."
    value = only(extract_dates(sentence))
    assert (value.start, value.end) == (Day(year, 1, 1), Day(year, 12, 31))
    assert value.precision is Precision.YEAR


@SETTINGS
@given(st.integers(1, 9999), st.booleans())
def test_era_years_read_back(number: int, bce: bool) -> None:
    text = f"{number} BC" if bce else f"AD {number}"
    value = only(extract_dates(f"It was founded in {text}."))
    year = 1 - number if bce else number
    assert value.start == Day(year, 1, 1)
    assert value.text == text


@SETTINGS
@given(days(), st.integers(1, 27), st.sampled_from(["–", "-", " to ", " – "]))
def test_a_day_range_reads_back(d: dt.date, length: int, dash: str) -> None:
    first = d.replace(day=1)
    last_day = min(1 + length, 28)
    text = f"{first.day}{dash}{last_day} {MONTH_NAMES[d.month]} {d.year}"
    value = only(extract_dates(f"The summit was held on {text} in the capital."))
    assert value.is_range
    assert value.text == text
    assert (value.start, value.end) == (Day.from_date(first), Day(d.year, d.month, last_day))


@SETTINGS
@given(st.integers(1000, 2090), st.integers(1, 9), st.data())
def test_a_year_range_reads_back(first: int, length: int, data: st.DataObject) -> None:
    last = first + length
    styles = [f"{first}–{last}", f"{first}-{last}", f"from {first} to {last}",
              f"between {first} and {last}", f"{first} to {last}"]  # fmt: skip
    if first // 100 == last // 100:
        styles.append(f"{first}–{last % 100:02d}")
    text = data.draw(st.sampled_from(styles))
    value = only(extract_dates(f"He led it {text}, then retired."))
    assert (value.start, value.end) == (Day(first, 1, 1), Day(last, 12, 31))
    assert value.is_range
    assert value.text == text


# Expressions whose canonical rendering must read back to the same value.
DATE_EXPRESSIONS = st.one_of(
    days(1, 2100).map(
        lambda d: (
            f"{d.day} {MONTH_NAMES[d.month]} {d.year}"
            if d.year >= 1000
            else f"{d.day} {MONTH_NAMES[d.month]} AD {d.year}"
        )
    ),
    st.integers(1, 3000).map(lambda n: f"{n} BC"),
    st.integers(100, 210).map(lambda n: f"the {n * 10}s"),
    st.builds(
        "{} {}s".format,
        st.sampled_from(["early", "mid", "late"]),
        st.integers(100, 210).map(lambda n: n * 10),
    ),
    st.builds("{}{} century".format, st.integers(1, 21), st.just("th")).map(
        lambda s: (
            s.replace("1th", "1st")
            .replace("2th", "2nd")
            .replace("3th", "3rd")
            .replace("11st", "11th")
            .replace("12nd", "12th")
            .replace("13rd", "13th")
        )
    ),
    st.builds(
        "{} {}".format,
        st.sampled_from(["early", "mid-", "late", "first half of the", "second half of the"]),
        st.sampled_from(["17th century", "20th century", "5th century BC", "1990s", "1600s"]),
    ),
    st.builds(
        "{} {}".format,
        st.sampled_from(
            ["summer", "spring", "autumn", "winter", "early", "mid-", "late", "first half of"]
        ),
        st.integers(1000, 2100),
    ),
    st.builds("c. {}".format, st.integers(1000, 2100)),
    st.builds("{}–{}".format, st.integers(1000, 1500), st.integers(1501, 2100)),
)


@SETTINGS
@given(DATE_EXPRESSIONS)
def test_format_date_reads_back(expression: str) -> None:
    value = only(extract_dates(expression.replace("mid- ", "mid-")))
    rendered = format_date(value)
    again = only(extract_dates(rendered))
    assert (again.start, again.end, again.precision, again.approximate, again.is_range) == (
        value.start, value.end, value.precision, value.approximate, value.is_range
    )  # fmt: skip


# --- numbers ---------------------------------------------------------------------------------

SMALL = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
TENS = ["_", "_", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n: int) -> str:
    """English words for 0 <= n < 10**9, in British style ("two hundred and five")."""
    if n < 20:
        return SMALL[n]
    if n < 100:
        return TENS[n // 10] + ("-" + SMALL[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        return SMALL[n // 100] + " hundred" + (" and " + words(rest) if rest else "")
    for size, name in ((10**6, "million"), (1000, "thousand")):
        if n >= size:
            rest = n % size
            tail = "" if not rest else (" and " if rest < 100 else " ") + words(rest)
            return words(n // size) + f" {name}" + tail
    raise AssertionError(n)


def group(n: int, sep: str) -> str:
    return f"{n:,}".replace(",", sep)


def only_number(values: list[NumberValue]) -> NumberValue:
    assert len(values) == 1, values
    return values[0]


@SETTINGS
@given(st.integers(0, 10**12), st.sampled_from([",", "\u202f", "\u2009", "\u00a0", " "]))
def test_grouped_integers_read_back(n: int, sep: str) -> None:
    text = group(n, sep)
    value = only_number(extract_numbers(f"Officials counted {text} ballots that night."))
    assert value.value == n
    assert value.text == text
    assert value.unit == "ballot"
    assert value.low <= n <= value.high


@SETTINGS
@given(st.integers(2, 999_999_999))
@example(21)
@example(250)
@example(1_000_005)
def test_number_words_read_back(n: int) -> None:
    text = words(n)
    value = only_number(extract_numbers(f"They sent {text} ships north."))
    assert value.value == n
    assert value.text == text


@SETTINGS
@given(
    st.integers(1, 999),
    st.integers(0, 2),
    st.sampled_from([("thousand", 1e3), ("million", 1e6), ("billion", 1e9)]),
)
def test_scaled_decimals_read_back(mantissa: int, decimals: int, scale: tuple[str, float]) -> None:
    written = f"{mantissa / 10**decimals:.{decimals}f}"
    value = only_number(extract_numbers(f"The fund held {written} {scale[0]} last year."))
    assert value.value == pytest.approx(float(written) * scale[1])
    assert value.low < value.value < value.high  # rounded at its last digit


@SETTINGS
@given(
    st.decimals(min_value=0, max_value=1000, places=1),
    st.sampled_from(["%", " percent", " per cent"]),
)
def test_percentages_read_back(x: object, style: str) -> None:
    text = f"{x}{style}"
    value = only_number(extract_numbers(f"Turnout rose by {text} in the east."))
    assert value.unit == "%"
    assert value.value == pytest.approx(float(str(x)))


QUALIFIED = st.builds(
    "{} {}".format,
    st.sampled_from(
        [
            "about",
            "around",
            "more than",
            "over",
            "at least",
            "fewer than",
            "nearly",
            "up to",
            "some",
        ]
    ),
    st.integers(3000, 10**9).map(lambda n: f"{n:,}"),
)
NUMBER_EXPRESSIONS = st.one_of(
    QUALIFIED,
    st.integers(0, 10**9).map(lambda n: f"{n:,} people"),
    st.builds("between {:,} and {:,}".format, st.integers(0, 1000), st.integers(1001, 10**6)),
    st.builds("{}%".format, st.integers(0, 500)),
    st.builds("${} billion".format, st.integers(1, 99).map(lambda n: n / 10)),
    st.sampled_from(
        [
            "hundreds of people",
            "thousands of",
            "tens of thousands of troops",
            "a dozen",
            "half a century",
            "a decade",
            "its second album",
            "two decades",
            "decades of",
            "−5",
        ]
    ),
)


@SETTINGS
@given(NUMBER_EXPRESSIONS)
def test_format_number_reads_back(expression: str) -> None:
    value = only_number(extract_numbers(expression))
    again = only_number(extract_numbers(format_number(value)))
    assert (again.value, again.low, again.high, again.qualifier, again.unit, again.ordinal) == (
        value.value, value.low, value.high, value.qualifier, value.unit, value.ordinal
    )  # fmt: skip


# --- robustness -----------------------------------------------------------------------------

TRICKY = st.text(
    alphabet=st.sampled_from(list("0123456789 ,.-–—−%$£()'/:\u202f\u00a0\nBCADthsnd")),
    max_size=300,
)
WORDY = st.lists(
    st.sampled_from(["July", "1", "1991", "–", "to", "and", "between", "from", "in", "c.",
                     "about", "more than", "million", "%", "BC", "AD", "the", "early", "17th",
                     "century", "1990s", "twenty-one", "hundreds of", "people", ",", "(", ")",
                     "Sept.", "of", "summer", "mid-", "second", "−5", "650,000", "1987–89"]),
    max_size=60,
).map(" ".join)  # fmt: skip


def check_invariants(text: str) -> None:
    values = extract_values(text)
    previous_end = 0
    for value in values:
        s, e = value.span
        assert 0 <= s < e <= len(text)
        assert text[s:e] == value.text
        assert s >= previous_end  # in order, not overlapping
        previous_end = e
        if isinstance(value, DateValue):
            assert value.start <= value.end
        else:
            assert value.low <= value.value <= value.high
            assert not math.isnan(value.value)
    for date in extract_dates(text):
        assert text[date.span[0] : date.span[1]] == date.text
    for number in extract_numbers(text):
        assert text[number.span[0] : number.span[1]] == number.text


@SETTINGS
@given(st.text(max_size=500))
def test_any_text_is_safe(text: str) -> None:
    check_invariants(text)


@SETTINGS
@given(TRICKY)
def test_tricky_characters_are_safe(text: str) -> None:
    check_invariants(text)


@SETTINGS
@given(WORDY)
def test_value_words_in_any_order_are_safe(text: str) -> None:
    check_invariants(text)


HUGE = {
    "dashes": "–" * 10_000,
    "hyphens": "-" * 10_000,
    "digits": "9" * 100_000,
    "digits and commas": "1," * 20_000,
    "spaced digits": "1 " * 10_000,
    "years": "1991 " * 4_000,
    "year dashes": "1991–" * 4_000,
    "minus ones": "-1" * 10_000,
    "unicode": "ĀÉ漢字🙂\u200b\u202f" * 2_000,
    "months": "January " * 3_000,
    "ordinals": "first second " * 2_000,
    "whitespace": " \t\n" * 10_000,
}


@pytest.mark.parametrize("name", sorted(HUGE))
def test_huge_inputs_finish_quickly(name: str) -> None:
    text = HUGE[name]
    started = time.perf_counter()
    check_invariants(text)
    assert time.perf_counter() - started < 5.0  # linear work; seconds would mean backtracking


@SETTINGS
@given(days(), st.integers(0, 10**7))
def test_values_embedded_in_longer_text_keep_their_offsets(d: dt.date, n: int) -> None:
    prefix = "Ünïcödé — «quoted» text, 漢字; "
    date_text = f"{d.day} {MONTH_NAMES[d.month]} {d.year}"
    text = f"{prefix}On {date_text}, {n:,} people gathered."
    values = extract_values(text)
    assert [v.text for v in values] == [date_text, f"{n:,}"]
    assume(values)
    assert values[0].span[0] == len(prefix) + 3


# --- speed ------------------------------------------------------------------------------------

# Made-up sentences in the style of Wikipedia prose, for a floor on extraction speed.
PROSE = [
    "The alliance was dissolved on 1 July 1991, and the union ceased to exist in December.",
    "At the 2004 summit in Istanbul, seven new members joined, among them three Baltic states.",
    "About 1.5 million people were displaced between 2014 and 2016, officials said.",
    "The summit was held on 2–4 April 2008 in the palace of the parliament.",
    "Contacts between the two countries date back to the early 17th century.",
    "In the 2001 census, 8,334,100 people (17.3%) reported Russian as their ethnicity.",
    "Over 600,000 troops took part, more than twice the number in the 1980s exercises.",
    "The series ran for 13 seasons and 121 episodes from 1987 to 1999.",
    "He served as minister from January 1996 to September 1998, then as premier.",
    "The F-16 entered service in 1978; by 2020 more than 4,600 had been built.",
]


def test_extraction_is_fast_enough() -> None:
    # Measured at several thousand sentences a second; this floor (500/s) only catches a
    # regression to pathological slowness on a loaded machine.
    sentences = PROSE * 200
    started = time.perf_counter()
    found = sum(len(extract_values(s)) for s in sentences)
    elapsed = time.perf_counter() - started
    assert found == 200 * sum(len(extract_values(s)) for s in PROSE)
    assert len(sentences) / elapsed > 500
