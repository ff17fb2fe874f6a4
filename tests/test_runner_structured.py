"""A run reads each page's infobox and tables as evidence, and says when they were used."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import structured
from factcheck.cache import PageCache
from factcheck.models import Claim, ClaimsFile, Fact, Label, Origin, SourceInfo
from factcheck.page_facts import PageFacts, facts_from_json, facts_to_json
from factcheck.runner import run_claims
from tests.fakes import FakeSource

TEXT = "Kharkiv is a city in the north-east of Ukraine. It has many universities."
WIKITEXT = """{{Infobox settlement
| name = Kharkiv
| population_total = {{nowrap|1,421,125}}<ref>{{cite web|title=Estimate}}</ref>
| population_as_of = 2022
| motto = {{Unheard of|x}}
}}
'''Kharkiv''' is a city in the north-east of Ukraine. It has many universities.
"""
INFO = SourceInfo(api="fake://wiki")


def claims(*texts: str) -> ClaimsFile:
    return ClaimsFile(
        "claims.toml",
        tuple(Claim(f"c{n}", text, pages=("Kharkiv",)) for n, text in enumerate(texts)),
    )


def test_an_infobox_figure_settles_claims_the_text_leaves_open() -> None:
    texts = (
        "Kharkiv had a population of 1.4 million people in 2022.",
        "Kharkiv had a population of 2 million people in 2022.",
        "Kharkiv is a city in the north-east of Ukraine.",
    )
    with_box = run_claims(
        claims(*texts), FakeSource({"Kharkiv": TEXT}, wikitexts={"Kharkiv": WIKITEXT}), INFO
    )
    verdicts = [r.verdict for r in with_box.results]
    assert [v.label for v in verdicts] == [Label.SUPPORTED, Label.CONTRADICTED, Label.SUPPORTED]
    line = "Kharkiv — population in 2022: 1,421,125 people"
    for verdict in verdicts[:2]:
        best = verdict.evidence[0]
        assert (best.sentence, best.origin, best.section) == (
            line,
            Origin.INFOBOX,
            "Infobox settlement",
        )
        assert (best.title, best.revid) == ("Kharkiv", 1)
    assert (
        verdicts[1].reason
        == f"claim says 2 million; evidence says 1,421,125: '{line}' in Kharkiv, rev 1"
    )
    assert verdicts[2].evidence[0].origin is Origin.TEXT
    assert with_box.notes == ("Kharkiv: templates not read, their values left out: {{unheard of}}",)

    # The same page without its wikitext: the text alone does not settle the figure.
    plain = run_claims(claims(*texts), FakeSource({"Kharkiv": TEXT}), INFO)
    assert [r.verdict.label for r in plain.results] == [
        Label.NOT_ENOUGH_EVIDENCE,
        Label.NOT_ENOUGH_EVIDENCE,
        Label.SUPPORTED,
    ]
    same = plain.results[2].verdict
    assert (same.rule, same.reason, same.evidence[0]) == (
        verdicts[2].rule,
        verdicts[2].reason,
        verdicts[2].evidence[0],
    )
    assert plain.notes == ()


def test_the_report_keeps_the_page_revision_and_drops_the_wikitext() -> None:
    report = run_claims(
        claims("Kharkiv had a population of 1.4 million people in 2022."),
        FakeSource({"Kharkiv": TEXT}, wikitexts={"Kharkiv": WIKITEXT}),
        INFO,
    )
    [lookup] = report.results[0].lookups
    assert lookup.page is not None
    assert (lookup.page.revid, lookup.page.wikitext) == (1, None)
    assert [f.sentence for f in lookup.page.facts] == [
        "Kharkiv — population in 2022: 1,421,125 people"
    ]


def test_facts_read_once_are_kept_in_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    read: list[str] = []
    real = structured.read_facts

    def counting(title: str, wikitext: str) -> PageFacts:
        read.append(title)
        return real(title, wikitext)

    monkeypatch.setattr(structured, "read_facts", counting)
    source = FakeSource({"Kharkiv": TEXT}, wikitexts={"Kharkiv": WIKITEXT})
    file = claims("Kharkiv had a population of 2 million people in 2022.")
    with PageCache(tmp_path / "cache") as store:
        first = run_claims(file, source, INFO, verdicts=store)
        second = run_claims(file, source, INFO, verdicts=store)
        assert read == ["Kharkiv"]
        # A damaged entry is read again, and stored again.
        [key] = [k for k in store._cache.iterkeys() if k.startswith("facts\x1f")]
        store._cache.set(key, {"facts": [["only two", "infobox"]], "notes": []})
        third = run_claims(file, source, INFO, verdicts=store)
        assert read == ["Kharkiv", "Kharkiv"]
        assert store.get_facts(key.split("\x1f", 1)[1]) is not None
    assert first.results == second.results == third.results
    assert first.notes == second.notes == third.notes != ()
    assert first.results[0].verdict.evidence[0].origin is Origin.INFOBOX


def test_stored_facts_round_trip() -> None:
    found = PageFacts((Fact("K — 32 parties", Origin.INFOBOX, "Infobox treaty"),), ("K: a note",))
    assert facts_from_json(facts_to_json(found)) == found
    for damaged in (
        [],
        {"facts": [["a", "sidebar", "s"]], "notes": []},
        {"facts": [["a", "table"]], "notes": []},
        {"facts": [], "notes": [3]},
        {"facts": {}, "notes": []},
    ):
        assert facts_from_json(damaged) is None
