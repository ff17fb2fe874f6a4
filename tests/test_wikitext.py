"""Wikitext values as a reader sees them: the templates that carry dates and figures."""

from __future__ import annotations

import pytest

from factcheck.wikitext import parse, plain_text, read_value


@pytest.mark.parametrize(
    ("wikitext", "text"),
    [
        ("{{start date|1994|12|5}}", "5 December 1994"),
        ("{{Start date|1994|12|5|df=y}}", "5 December 1994"),
        ("{{start date|1994|12}}", "December 1994"),
        ("{{start_date|1994}}", "1994"),
        ("{{start date|1994-12-05}}", "5 December 1994"),
        ("{{birth date and age|1978|1|25|df=yes}}", "25 January 1978"),
        ("{{death date and age|2022|8|30|1931|3|2}}", "30 August 2022"),
        ("{{birth year and age|1952}}", "1952"),
        ("{{convert|839|km2|sqmi}}", "839 km2"),
        ("{{convert|2|to|3|km}}", "2–3 km"),
        ("{{nowrap|2,952,301}}", "2,952,301"),
        (
            "{{plainlist|\n* [[Volodymyr Zelenskyy]]\n* Denys Shmyhal\n}}",
            "Volodymyr Zelenskyy, Denys Shmyhal",
        ),
        ("{{ubl|English|[[French language|French]]}}", "English, French"),
        ("{{Unbulleted list|a|{{nowrap|b}}}}", "a, b"),
        ("{{hlist|x|y}}", "x, y"),
        ("{{lang|uk|Київ}}", "Київ"),
        ("{{flag|Ukraine}}", "Ukraine"),
        ("{{flagicon|Ukraine}} Ukraine", "Ukraine"),
        ("{{circa}} 482", "c. 482"),
        ("{{increase}} 1,421,125", "1,421,125"),
        ('2,952,301<ref name="c">{{cite web|title=Census|year=2022}}</ref>', "2,952,301"),
        ("2,952,301<ref>a note</ref>{{efn|estimate}}{{sfn|Smith|2020|p=3}}", "2,952,301"),
        ("Kyiv<br />Ukraine", "Kyiv, Ukraine"),
        ("[[Kharkiv Oblast]]", "Kharkiv Oblast"),
        ("[[Eastern European Time|EET]]", "EET"),
        ("[[File:Flag.svg|20px]] Ukraine", "Ukraine"),
        ("'''bold''' and ''italic''", "bold and italic"),
        ("5 km<sup>2</sup>", "5 km2"),
        ("a <!-- hidden --> b", "a b"),
        ("[https://example.org the site]", "the site"),
        ("1&nbsp;000", "1 000"),  # a no-break space is a space on one line
    ],
)
def test_values_read_as_a_reader_sees_them(wikitext: str, text: str) -> None:
    rendered = read_value(parse(wikitext))
    assert (rendered.text, rendered.unknown) == (text, [])


def test_unknown_templates_are_left_out_and_named() -> None:
    rendered = read_value(parse("{{Mystery box|x}} 12 {{other_one}}"))
    assert (rendered.text, rendered.unknown) == ("12", ["mystery box", "other one"])


def test_plain_text_reads_like_an_extract() -> None:
    wikitext = """{{Infobox settlement|name=X|population_total=5}}
'''X''' is a [[town]] on the [[River Y|river]].<ref>T</ref> It was founded {{circa}} 1200.

== History ==
=== Early years ===
Some ''history'' here.[[File:Map.png|thumb|A map]]
* a list item
* another one

{| class="wikitable"
! a !! b
|-
| 1 || 2
|}
__NOTOC__
[[Category:Towns]]
"""
    assert plain_text(wikitext) == (
        "X is a town on the river. It was founded c. 1200.\n"
        "== History ==\n"
        "=== Early years ===\n"
        "Some history here.\n"
        "a list item\n"
        "another one"
    )
