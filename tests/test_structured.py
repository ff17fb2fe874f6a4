"""Infobox parameters and table rows written out as sentences, and what is not read."""

from __future__ import annotations

import pytest

from factcheck import structured
from factcheck.models import Evidence, Fact, Label, Origin, Verdict
from factcheck.page_facts import PageFacts, mark_origins, with_facts
from factcheck.structured import read_facts
from tests.fakes import make_page

SETTLEMENT = """{{Infobox settlement
| name = Kharkiv
| image_skyline = Kharkiv.jpg
| subdivision_type = Country
| subdivision_name = {{flag|Ukraine}}
| established_title = Founded
| established_date = 1654
| leader_title1 = Mayor
| leader_name1 = [[Ihor Terekhov]]
| area_total_km2 = 350
| population_total = {{nowrap|1,421,125}}<ref>{{cite web|title=Estimate}}</ref>
| population_as_of = 2022
| population_density_km2 = auto
| population_density_urban_km2 = 4,060
| website = {{URL|city.kharkiv.ua}}
}}
'''Kharkiv''' is a city in the north-east of Ukraine.
"""

OFFICEHOLDER = """{{Infobox officeholder
| name = Denys Shmyhal
| office = Minister of Defence
| term_start = 17 July 2025
| office1 = [[Prime Minister of Ukraine]]
| term_start1 = {{start date|2020|3|4|df=y}}
| term_end1 = {{end date|2025|7|17|df=y}}
| predecessor1 = [[Oleksiy Honcharuk]]
| birth_date = {{birth date and age|1975|10|15|df=y}}
| birth_place = [[Lviv]], Ukrainian SSR
}}
Text.
"""

TREATY = """{{Infobox treaty
| name = North Atlantic Treaty
| date_signed = {{start date|1949|4|4}}
| location_signed = [[Washington, D.C.]]
| parties = 32
| languages = {{ubl|English|French}}
}}
"""

TABLE = """Lead.

== Members ==
{| class="wikitable"
|+ Member states of NATO
! Member state !! Accession date !! Round
|-
| [[Czech Republic]] || rowspan="2" | 12 March 1999 || Fourth
|-
| [[Hungary]] || Fourth
|-
| [[Estonia]] || {{dts|2004|3|29}} || colspan="1" | Fifth
|}

== Other ==
{| class="wikitable"
! Year !! Event
|-
| 1949 || Treaty signed
|}
"""


def sentences(title: str, wikitext: str) -> list[tuple[Origin, str, str]]:
    found = read_facts(title, wikitext)
    assert found.notes == ()
    return [(f.origin, f.section, f.sentence) for f in found.facts]


def test_a_settlement_infobox() -> None:
    box = "Infobox settlement"
    assert sentences("Kharkiv", SETTLEMENT) == [
        (Origin.INFOBOX, box, "Kharkiv — Country: Ukraine"),
        (Origin.INFOBOX, box, "Kharkiv — Founded in 1654"),
        (Origin.INFOBOX, box, "Kharkiv — Mayor: Ihor Terekhov"),
        (Origin.INFOBOX, box, "Kharkiv — area: 350 km2"),
        # The date of the figure is tied to it; "auto" is for the template to compute.
        (Origin.INFOBOX, box, "Kharkiv — population in 2022: 1,421,125 people"),
        (Origin.INFOBOX, box, "Kharkiv — population density urban in 2022: 4,060 per km2"),
    ]


def test_an_officeholder_infobox_ties_terms_to_their_office() -> None:
    box = "Infobox officeholder"
    assert sentences("Denys Shmyhal", OFFICEHOLDER) == [
        (Origin.INFOBOX, box, "Denys Shmyhal — Minister of Defence from 17 July 2025"),
        (
            Origin.INFOBOX,
            box,
            "Denys Shmyhal — Prime Minister of Ukraine from 4 March 2020 to 17 July 2025",
        ),
        (
            Origin.INFOBOX,
            box,
            "Denys Shmyhal — Prime Minister of Ukraine, predecessor: Oleksiy Honcharuk",
        ),
        (Origin.INFOBOX, box, "Denys Shmyhal — born on 15 October 1975"),
        (Origin.INFOBOX, box, "Denys Shmyhal — place of birth: Lviv, Ukrainian SSR"),
    ]


def test_a_treaty_infobox() -> None:
    box = "Infobox treaty"
    assert sentences("North Atlantic Treaty", TREATY) == [
        (Origin.INFOBOX, box, "North Atlantic Treaty — signed on 4 April 1949"),
        (Origin.INFOBOX, box, "North Atlantic Treaty — location signed: Washington, D.C."),
        (Origin.INFOBOX, box, "North Atlantic Treaty — 32 parties"),
        (Origin.INFOBOX, box, "North Atlantic Treaty — languages: English, French"),
    ]


def test_table_rows_name_their_row_and_column_with_spans_filled_in() -> None:
    nato = "Table: Member states of NATO"
    other = "Table: Members of NATO, Other"
    assert sentences("Members of NATO", TABLE) == [
        (Origin.TABLE, nato, "Member states of NATO — Czech Republic — accession on 12 March 1999"),
        (Origin.TABLE, nato, "Member states of NATO — Czech Republic — Round: Fourth"),
        (Origin.TABLE, nato, "Member states of NATO — Hungary — accession on 12 March 1999"),
        (Origin.TABLE, nato, "Member states of NATO — Hungary — Round: Fourth"),
        (Origin.TABLE, nato, "Member states of NATO — Estonia — accession on 29 March 2004"),
        (Origin.TABLE, nato, "Member states of NATO — Estonia — Round: Fifth"),
        # No caption: the article and the section name the table.
        (Origin.TABLE, other, "Members of NATO, Other — 1949 — Event: Treaty signed"),
    ]


def test_a_page_without_infobox_or_table_has_no_facts() -> None:
    assert read_facts("Plain", "Just '''prose''' with a [[link]].") == PageFacts(())


def test_unknown_templates_leave_their_values_out_with_a_note() -> None:
    found = read_facts(
        "X", "{{Infobox thing\n| motto = {{Mystery|a}}\n| founded = 1900 {{odd}}\n}}"
    )
    assert [f.sentence for f in found.facts] == ["X — founded in 1900"]
    assert found.notes == ("X: templates not read, their values left out: {{mystery}}, {{odd}}",)


def test_a_huge_infobox_is_not_read_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(structured, "MAX_INFOBOX_PARAMS", 3)
    wikitext = "{{Infobox thing\n" + "".join(f"| p{n} = {n}\n" for n in range(4)) + "}}"
    found = read_facts("X", wikitext)
    assert found.facts == ()
    assert found.notes == (
        "X: the infobox thing has 4 parameters (more than 3); not read, the article's text is used",
    )


def test_too_long_wikitext_is_not_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(structured, "MAX_WIKITEXT_CHARS", 10)
    assert read_facts("X", TREATY) == PageFacts(
        (), ("X: wikitext too long to read; the article's text is used",)
    )


@pytest.mark.parametrize(
    "wikitext",
    [
        "{{Infobox thing\n| a = {{start date|1949|4",  # never closed
        "{| class=wikitable\n! a\n|-\n| b || c || d\n",  # table never closed, ragged
        "{{Infobox thing\n| a = [[b|{{c|}}]]]]]] }}}}}}{{{{{{ |}",
        "{{" * 500 + "x" + "}}" * 500,
        "{|\n|+\n|-\n|}\n{|\n! colspan=x | a\n|-\n| rowspan=999999 | b\n|}",
        "<ref>unclosed {{Infobox thing|a=1}}",
    ],
)
def test_malformed_wikitext_never_fails(wikitext: str) -> None:
    found = read_facts("X", wikitext)
    assert isinstance(found, PageFacts)


def test_a_parser_failure_is_a_note_not_a_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(text: str) -> None:
        raise RecursionError("too deep")

    monkeypatch.setattr(structured, "parse", broken)
    assert read_facts("X", TREATY) == PageFacts(
        (), ("X: wikitext not read (RecursionError); the article's text is used",)
    )


def test_facts_follow_the_text_under_their_own_headings() -> None:
    page = make_page("T", "Lead sentence.\n")
    facts = [
        Fact("T — signed on 4 April 1949", Origin.INFOBOX, "Infobox treaty"),
        Fact("T — 32 parties", Origin.INFOBOX, "Infobox treaty"),
        Fact("Members — Estonia — accession on 29 March 2004", Origin.TABLE, "Table: Members"),
    ]
    enriched = with_facts(page, facts)
    assert enriched.text == (
        "Lead sentence.\n\n== Infobox treaty ==\nT — signed on 4 April 1949\nT — 32 parties\n"
        "\n== Table: Members ==\nMembers — Estonia — accession on 29 March 2004"
    )
    assert enriched.facts == tuple(facts)
    assert with_facts(page, []) is page


def test_evidence_from_a_fact_says_where_it_came_from() -> None:
    fact = Fact("T — 32 parties", Origin.INFOBOX, "Infobox treaty")
    page = with_facts(make_page("T", "Lead."), [fact])
    from_box = Evidence(fact.sentence, 90.0, "T", section="Infobox treaty")
    same_words_elsewhere = Evidence(fact.sentence, 90.0, "T", section="History")
    prose = Evidence("Lead.", 40.0, "T")
    verdict = Verdict(Label.SUPPORTED, 0.9, "r", (from_box, same_words_elsewhere, prose))
    marked = mark_origins(verdict, [page])
    assert [e.origin for e in marked.evidence] == [Origin.INFOBOX, Origin.TEXT, Origin.TEXT]
    assert mark_origins(verdict, [make_page("T", "Lead.")]) is verdict


def test_a_bare_year_is_a_date_only_where_the_label_dates_something() -> None:
    wikitext = (
        "{{Infobox legislature\n| seats = 450\n| opened = 1897\n| postcode = 2041\n"
        "| attendance = 1500\n| year_ended = 1999\n| status = 1\n}}"
    )
    assert [f.sentence for f in read_facts("Rada", wikitext).facts] == [
        "Rada — 450 seats",
        "Rada — opened in 1897",
        "Rada — postcode: 2041",
        "Rada — attendance: 1500",
        "Rada — year ended in 1999",
        "Rada — status: 1",
    ]
