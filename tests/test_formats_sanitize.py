"""Control characters are shown, never obeyed."""

from __future__ import annotations

import pytest

from factcheck.formats.base import evidence_link, summary_line
from factcheck.formats.marks import find_spans
from factcheck.formats.sanitize import visible
from factcheck.models import Evidence
from tests.test_formats_sample import PAGE_URL, PERMALINK, sample_report


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("\x1b[31mred", "␛[31mred"),
        ("a\x00b\x07c\x7f", "a␀b␇c␡"),
        ("line\none\ttab\rcr", "line one tab cr"),
        ("c1 \x9b31m", "c1 \\x9b31m"),
        ("evil \u202egnp.exe", "evil \\u202egnp.exe"),
        ("isolate \u2066x\u2069", "isolate \\u2066x\\u2069"),
        ("marks \u200e kept, é, 東京, –", "marks \u200e kept, é, 東京, –"),
        ("para\u2029sep\u2028", "para sep "),
    ],
)
def test_visible(raw: str, shown: str) -> None:
    assert visible(raw) == shown


def test_visible_can_keep_newlines() -> None:
    assert visible("a\nb\x1b", keep_newlines=True) == "a\nb␛"


def test_summary_line() -> None:
    assert summary_line(sample_report()) == (
        "4 claims: 1 supported, 1 contradicted, 1 not enough evidence, 1 error"
    )


def test_evidence_link_adds_exactly_one_oldid() -> None:
    assert evidence_link(Evidence("s", 1, url=PAGE_URL, revid=1187654321)) == PERMALINK
    assert evidence_link(Evidence("s", 1, url=PERMALINK, revid=1187654321)) == PERMALINK
    stale = PAGE_URL + "&oldid=5"
    assert evidence_link(Evidence("s", 1, url=stale, revid=1187654321)) == PERMALINK
    assert evidence_link(Evidence("s", 1, url=PAGE_URL)) == PAGE_URL
    assert evidence_link(Evidence("s", 1)) == ""


def test_marks_respect_word_boundaries() -> None:
    text = "In 1922 there were 22 members; c. 1990 too."
    spans = find_spans(text, [("22", "confirmed"), ("c. 1990", "asserted")])
    assert [text[s.start : s.end] for s in spans] == ["22", "c. 1990"]


def test_overlapping_marks_keep_the_earlier_longer_one() -> None:
    text = "on 1 July 1991 in Prague"
    spans = find_spans(text, [("1991", "asserted"), ("1 July 1991", "contradicted")])
    assert [(text[s.start : s.end], s.status) for s in spans] == [("1 July 1991", "contradicted")]


def test_marks_ignore_case_and_empty_values() -> None:
    spans = find_spans("Signed in WARSAW", [("warsaw", "confirmed"), ("", "x"), ("  ", "y")])
    assert [(s.start, s.end) for s in spans] == [(10, 16)]


def test_marks_in_text_without_spaces() -> None:
    text = "東京で1990年に解散した。Warsaw1990"
    spans = find_spans(text, [("1990", "asserted"), ("Warsaw", "confirmed")])
    assert [text[s.start : s.end] for s in spans] == ["1990", "Warsaw", "1990"]
    assert find_spans("Warsawian", [("Warsaw", "confirmed")]) == []
