"""The verification engine on evidence written for each case: exact labels and reasons."""

from __future__ import annotations

import pytest

from factcheck.engine import Engine, verify
from factcheck.models import Label, Page, ValueKind, ValueStatus

WARSAW = (
    "The Warsaw Pact was a collective defence treaty signed in Warsaw on 14 May 1955.\n"
    "== Dissolution ==\n"
    "Its military structures were wound up on 31 March 1991. "
    "The pact was formally dissolved at a meeting in Prague on 1 July 1991."
)
MEARSHEIMER = (
    "John Mearsheimer (born December 14, 1947) is an American political scientist.\n"
    "== Ukraine ==\n"
    "In 2014 he wrote an essay on Ukraine. "
    "He gave a public lecture on Ukraine at the University of Chicago in 2015."
)
OSCE = (
    "The Organization for Security and Co-operation in Europe is a security body in Vienna.\n"
    "== History ==\n"
    "The CSCE summit held in Budapest in December 1994 renamed the conference. "
    "NATO had held its own summit in Brussels in January 1994."
)


def test_supported_by_the_sentence_that_dates_the_event() -> None:
    verdict = verify("The Warsaw Pact was dissolved in July 1991.", {"Warsaw Pact": WARSAW})
    assert verdict.label is Label.SUPPORTED
    assert verdict.reason == (
        "'The pact was formally dissolved at a meeting in Prague on 1 July 1991.' "
        "in Warsaw Pact agrees on 1 July 1991"
    )
    assert verdict.evidence[0].section == "Dissolution"
    date = next(v for v in verdict.values if v.kind is ValueKind.DATE)
    assert (date.asserted, date.status, date.found) == (
        "July 1991",
        ValueStatus.CONFIRMED,
        "1 July 1991",
    )


def test_wrong_year_is_contradicted_with_the_sentence_that_says_so() -> None:
    verdict = verify(
        "John Mearsheimer gave a public lecture on Ukraine in 2016.",
        {"John Mearsheimer": MEARSHEIMER},
    )
    assert verdict.label is Label.CONTRADICTED
    assert verdict.reason.startswith("claim says 2016; evidence says 2015: 'He gave a public")


def test_misspelt_name_is_contradicted() -> None:
    verdict = verify(
        "Strobe Talbot guided the Russia policy of the Clinton administration.",
        {
            "Strobe Talbott": "Strobe Talbott (born April 25, 1946) is an American diplomat. "
            "Strobe Talbott guided the Russia policy of Bill Clinton's administration."
        },
    )
    assert verdict.label is Label.CONTRADICTED
    assert verdict.reason.startswith("claim spells 'Talbot'; evidence has 'Talbott'")


def test_another_organisations_summit_is_contradicted() -> None:
    verdict = verify("A NATO summit was held in Budapest in 1994.", {"OSCE": OSCE})
    assert verdict.label is Label.CONTRADICTED
    assert verdict.reason.startswith("claim says NATO summit; evidence says CSCE summit")


def test_transliteration_is_not_a_misspelling() -> None:
    verdict = verify(
        "Victor Yanukovych was elected President of Ukraine in 2010.",
        {
            "Viktor Yanukovych": "Viktor Yanukovych was elected President of Ukraine "
            "in February 2010."
        },
    )
    assert verdict.label is Label.SUPPORTED


@pytest.mark.parametrize(
    ("claim_word", "article_word"),
    [("Russia", "Russian"), ("Ossetia", "Ossetian"), ("Orthodox", "Orthodoxy")],
)
def test_grammatical_forms_are_not_misspellings(claim_word: str, article_word: str) -> None:
    verdict = verify(
        f"The Kremlin spoke about {claim_word} in 2008.",
        {"X": f"The Kremlin published a long text on {article_word} policy in 2008."},
    )
    assert verdict.label is not Label.CONTRADICTED


def test_unrelated_article_gives_not_enough_evidence() -> None:
    verdict = verify(
        "The Warsaw Pact was dissolved in July 1991.",
        {"Tokugawa shogunate": "The Tokugawa shogunate ruled Japan from 1603 to 1868."},
    )
    assert verdict.label is Label.NOT_ENOUGH_EVIDENCE
    assert verdict.reason.startswith("no sentence settles it")


def test_life_span_in_parentheses_dates_the_birth() -> None:
    wrong = verify(
        "Aleister Crowley was born on 12 October 1875.",
        [
            "Aleister Crowley (born Edward Alexander Crowley; 12 June 1875 – 1 December 1947) "
            "was an English occultist."
        ],
    )
    right = verify(
        "Aleister Crowley was born in 1875.",
        ["Aleister Crowley (12 October 1875 – 1 December 1947) was an English occultist."],
    )
    assert wrong.label is Label.CONTRADICTED
    assert wrong.reason.startswith("claim says 12 October 1875; evidence says 12 June 1875")
    assert right.label is Label.SUPPORTED


def test_a_birth_date_does_not_date_another_event() -> None:
    # "born 25 January 1978" must not contradict the day he took office.
    verdict = verify(
        "Volodymyr Zelensky has been President of Ukraine since May 2019.",
        {
            "Volodymyr Zelenskyy": "Volodymyr Zelenskyy (also Zelensky; born 25 January 1978) "
            "is the sixth President of Ukraine.\n== Presidency ==\n"
            "He took office on 20 May 2019 after winning the election."
        },
    )
    assert verdict.label is Label.SUPPORTED
    assert verdict.reason.endswith("agrees on 20 May 2019")


def test_range_ends_date_beginnings_and_ends() -> None:
    began = verify(
        "Filming of the movie began in September 1994.",
        ["The film was shot from September 1994 to August 1995."],
    )
    ended = verify(
        "Filming of the movie finished in August 1895.",
        ["The film was shot from September 1894 to August 1896."],
    )
    assert began.label is Label.SUPPORTED
    assert ended.label is Label.CONTRADICTED


def test_negation() -> None:
    claim = "NATO did not offer a Membership Action Plan to Ukraine at the 2008 Bucharest summit."
    offered = verify(
        claim,
        {"Summit": "At the 2008 Bucharest summit NATO offered Ukraine a Membership Action Plan."},
    )
    declined = verify(
        claim,
        {
            "Summit": "At the 2008 Bucharest summit NATO declined to offer Ukraine a Membership "
            "Action Plan."
        },
    )
    assert offered.label is Label.CONTRADICTED
    assert offered.reason.startswith("the claim denies 'offer'; the evidence asserts it")
    assert offered.rule == "FC401"
    assert declined.label is Label.SUPPORTED


def test_a_negation_elsewhere_in_the_sentence_is_not_a_conflict() -> None:
    verdict = verify(
        "At the 2008 Bucharest summit, NATO agreed that Ukraine and Georgia will become members.",
        {
            "Summit": "At the 2008 Bucharest summit the allies refused the MAP but agreed that "
            "Ukraine and Georgia will become members of NATO."
        },
    )
    assert verdict.label is Label.SUPPORTED


def test_figures() -> None:
    claim = "About 650,000 people hold both passports."
    assert verify(claim, ["By 2021 some 650,000 people held both passports."]).label is (
        Label.SUPPORTED
    )
    wrong = verify(claim, ["By 2021 some 220,000 people held both passports."])
    assert wrong.label is Label.CONTRADICTED
    assert wrong.reason.startswith("claim says About 650,000; evidence says some 220,000")


def test_a_year_naming_another_budget_is_not_a_contradiction() -> None:
    verdict = verify(
        "Vladimir Putin signed Russia's federal budget law for 2025–2027 on 1 December 2024.",
        {
            "Economy of Russia": "The 2024 budget, signed by Putin on 27 November 2023, "
            "set spending at 36.6 trillion roubles."
        },
    )
    assert verdict.label is Label.NOT_ENOUGH_EVIDENCE


def test_day_and_month_take_the_year_of_the_date_before() -> None:
    verdict = verify(
        "The Federation Council approved the budget law on 27 November 2024.",
        {
            "Budget": "The Duma passed the budget law on 21 November 2024, and the Federation "
            "Council approved it on 27 November."
        },
    )
    assert verdict.label is Label.SUPPORTED
    assert verdict.reason.endswith("agrees on 27 November")


def test_verdicts_carry_evidence_with_links() -> None:
    page = Page(
        "Warsaw Pact",
        7,
        1234,
        "2024-01-01T00:00:00Z",
        "https://en.wikipedia.org/wiki/Warsaw_Pact",
        WARSAW,
    )
    verdict = Engine().check("The Warsaw Pact was dissolved in July 1991.", [page])
    best = verdict.evidence[0]
    assert (best.title, best.revid, best.url) == (
        "Warsaw Pact",
        1234,
        "https://en.wikipedia.org/wiki/Warsaw_Pact?oldid=1234",
    )
    assert verdict.reason.endswith("in Warsaw Pact, rev 1234 agrees on 1 July 1991")
    assert 0 <= verdict.confidence <= 1


def test_verify_rejects_a_single_string() -> None:
    with pytest.raises(TypeError, match="not one string"):
        verify("The Warsaw Pact was dissolved in July 1991.", "The pact ended in 1991.")  # type: ignore[arg-type]


def test_no_evidence_at_all() -> None:
    verdict = verify("The Warsaw Pact was dissolved in July 1991.", [])
    assert verdict.label is Label.NOT_ENOUGH_EVIDENCE
    assert verdict.reason == "no article text to check against"


SAAKASHVILI = (
    "Mikheil Saakashvili (born 21 December 1967) is a Georgian and Ukrainian politician. "
    "He was Governor of Ukraine's Odessa Oblast (region) from May 2015 until November 2016, "
    "and was President of Georgia from 25 January 2004 to 17 November 2013."
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Mikheil Saakashvili was President of Georgia in August 2008.", Label.SUPPORTED),
        ("Mikheil Saakashvili was President of Georgia in 2015.", Label.CONTRADICTED),
        ("Mikheil Saakashvili was Governor of Odessa Oblast in 2016.", Label.SUPPORTED),
        ("Mikheil Saakashvili was born in 1968.", Label.CONTRADICTED),
    ],
)
def test_each_office_is_dated_by_its_own_range(claim: str, label: Label) -> None:
    # Two ranges in one sentence: each dates the office next to it, across an aside
    # "(region)" but not across ", and".
    assert verify(claim, {"Mikheil Saakashvili": SAAKASHVILI}).label is label


KYIV = (
    "Kyiv (also known by its older English name Kiev) is the capital of Ukraine. "
    "It stands in the north-central part of the country on both banks of the Dnieper. "
    "It is one of the oldest cities of Eastern Europe."
)


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Kiev is located in the eastern part of Ukraine.", Label.CONTRADICTED),
        ("Kiev is located in the northern part of Ukraine.", Label.NOT_ENOUGH_EVIDENCE),
    ],
)
def test_directions_conflict_only_when_they_share_nothing(claim: str, label: Label) -> None:
    # "Eastern Europe" names another place and does not count.
    assert verify(claim, {"Kyiv": KYIV}).label is label


def test_date_back_to_means_began() -> None:
    verdict = verify(
        "Japan's relations with Russia date back to the early 17th century.",
        {
            "Japan–Russia relations": "Japan–Russia relations are the relations between the "
            "two states.\n== History ==\nThe first direct contact between the two states "
            "came in 1778, when a merchant sought trade in Hokkaido."
        },
    )
    assert verdict.label is Label.CONTRADICTED
    assert verdict.reason.startswith("claim says early 17th century; evidence says 1778")


def test_not_enough_evidence_shows_first_the_sentence_agreeing_on_the_claims_values() -> None:
    # Neither sentence settles it; the one a reader checks first is the one that agrees on
    # the claim's date, not the one closer in wording.
    claim = "After fleeing Tarn in December 2024, Nora Hale went to Lisk."
    flown = (
        "When the base came under attack and the last posts had fallen, Lisk arranged for"
        " Nora Hale to be flown on from Tarn that evening."
    )
    dated = (
        "State media reported on 8 December 2024 that Hale and her family were in Lisk and"
        " had been granted asylum."
    )
    verdict = verify(claim, {"Nora Hale": f"{flown} {dated}"})
    assert (verdict.label, verdict.rule) == (Label.NOT_ENOUGH_EVIDENCE, "NE002")
    assert [e.sentence for e in verdict.evidence[:2]] == [dated, flown]
    assert verdict.reason.startswith("no sentence settles it; closest (")
    assert "State media reported on 8 December 2024" in verdict.reason


@pytest.mark.parametrize(
    ("pronoun", "animacy"),
    [("he", "person"), ("her", "person"), ("his", "person"), ("it", "thing"), ("they", None)],
)
def test_a_pronoun_tells_a_person_from_a_thing(pronoun: str, animacy: str | None) -> None:
    # "They" may stand for people or things; "his" and "her" only for people.
    from factcheck.engine.context import _animacy

    assert _animacy(pronoun) == animacy
