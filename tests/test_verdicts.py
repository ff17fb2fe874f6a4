"""Verdicts remembered between runs: read back only when nothing they depend on changed."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from pathlib import Path

import pytest

from factcheck.cache import PageCache
from factcheck.engine import Engine
from factcheck.errors import CacheError
from factcheck.models import (
    Claim,
    ClaimsFile,
    Evidence,
    Label,
    LookupStatus,
    Origin,
    Page,
    PageLookup,
    SourceInfo,
    ValueCheck,
    ValueKind,
    ValueStatus,
    Verdict,
)
from factcheck.runner import run_claims
from factcheck.verdicts import verdict_from_json, verdict_key, verdict_to_json
from tests.fakes import FakeSource, make_page

PACT = "The Warsaw Pact was signed on 14 May 1955 in Warsaw by eight states."
CLAIMS = ClaimsFile(
    "claims.toml",
    (
        Claim("signed", "The Warsaw Pact was signed in 1955.", pages=("Warsaw Pact",)),
        Claim("wrong", "The Warsaw Pact was signed in 1949.", pages=("Warsaw Pact",)),
        Claim("broken", "The Warsaw Pact was signed in 1955.", pages=("Gone",)),
    ),
)
INFO = SourceInfo(api="fake://wiki")


class CountingEngine(Engine):
    def __init__(self) -> None:
        self.checked: list[str] = []

    def check(self, claim: Claim | str, pages: Sequence[Page]) -> Verdict:
        self.checked.append(claim.id if isinstance(claim, Claim) else claim)
        return super().check(claim, pages)


def run(store: PageCache, source: FakeSource, engine: CountingEngine) -> list[Verdict]:
    report = run_claims(CLAIMS, source, INFO, engine=engine, verdicts=store)
    return [r.verdict for r in report.results]


def test_second_run_reads_verdicts_back_without_the_engine(tmp_path: Path) -> None:
    source = FakeSource({"Warsaw Pact": PACT}, errors={"Gone": "HTTP 503"})
    with PageCache(tmp_path / "cache") as store:
        first_engine, second_engine = CountingEngine(), CountingEngine()
        first = run(store, source, first_engine)
        second = run(store, source, second_engine)
    assert [v.label for v in first] == [Label.SUPPORTED, Label.CONTRADICTED, Label.ERROR]
    assert second == first
    assert first_engine.checked == ["signed", "wrong"]  # "broken" has no page to check
    assert second_engine.checked == []


def test_a_changed_page_is_checked_again(tmp_path: Path) -> None:
    with PageCache(tmp_path / "cache") as store:
        run(store, FakeSource({"Warsaw Pact": PACT}), CountingEngine())
        engine = CountingEngine()
        verdicts = run(store, FakeSource({"Warsaw Pact": PACT.replace("1955", "1949")}), engine)
    assert engine.checked == ["signed", "wrong"]
    assert [v.label for v in verdicts[:2]] == [Label.CONTRADICTED, Label.SUPPORTED]


def test_error_verdicts_are_not_stored(tmp_path: Path) -> None:
    with PageCache(tmp_path / "cache") as store:
        run(store, FakeSource({"Warsaw Pact": PACT}, errors={"Gone": "HTTP 503"}), CountingEngine())
        assert store.stats()["verdicts"] == 2


def test_a_broken_store_warns_once_and_the_run_goes_on(tmp_path: Path) -> None:
    class Broken(PageCache):
        def get_verdict(self, key: str) -> Verdict | None:
            raise CacheError("cannot read cache entry")

    warnings: list[str] = []
    with Broken(tmp_path / "cache") as store:
        report = run_claims(
            CLAIMS, FakeSource({"Warsaw Pact": PACT}), INFO, verdicts=store, warn=warnings.append
        )
    assert [r.verdict.label for r in report.results][:2] == [Label.SUPPORTED, Label.CONTRADICTED]
    assert warnings == ["cannot read cache entry; verdicts are computed without the cache"]


def lookup(page: Page) -> PageLookup:
    return PageLookup(page.title, LookupStatus.FOUND, page)


def test_key_follows_every_input() -> None:
    page = make_page("Warsaw Pact", PACT)
    key = verdict_key("claim", [lookup(page)], searched=False)
    assert verdict_key("claim", [lookup(page)], searched=False) == key
    changed = [
        verdict_key("claim.", [lookup(page)], searched=False),
        verdict_key("claim", [lookup(page)], searched=True),
        verdict_key("claim", [lookup(dataclasses.replace(page, text=PACT + " "))], False),
        verdict_key("claim", [lookup(dataclasses.replace(page, revid=2))], False),
        verdict_key("claim", [lookup(dataclasses.replace(page, url="https://x/"))], False),
        verdict_key("claim", [lookup(page), lookup(page)], searched=False),
        verdict_key("claim", [PageLookup("Warsaw Pact", LookupStatus.MISSING)], False),
    ]
    assert len({key, *changed}) == len(changed) + 1


def test_key_follows_the_engine_source(monkeypatch: pytest.MonkeyPatch) -> None:
    from factcheck import verdicts

    page = make_page("Warsaw Pact", PACT)
    before = verdict_key("claim", [lookup(page)], searched=False)
    monkeypatch.setattr(verdicts, "engine_fingerprint", lambda: "another engine")
    assert verdict_key("claim", [lookup(page)], searched=False) != before


VERDICT = Verdict(
    Label.CONTRADICTED,
    0.8,
    "the evidence says 1955",
    (Evidence("Signed in 1955.", 91.5, "Warsaw Pact", "https://w/1", 7, "2024-01-01", "Lead"),),
    (ValueCheck(ValueKind.DATE, "1949", ValueStatus.CONTRADICTED, "1955", 0, "year"),),
)


def test_json_round_trip() -> None:
    assert verdict_from_json(verdict_to_json(VERDICT)) == VERDICT
    boxed = dataclasses.replace(
        VERDICT, evidence=(dataclasses.replace(VERDICT.evidence[0], origin=Origin.INFOBOX),)
    )
    assert verdict_from_json(verdict_to_json(boxed)) == boxed


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d.update(label="maybe"),
        lambda d: d.update(confidence="high"),
        lambda d: d.update(confidence=True),
        lambda d: d.update(evidence=[["too", "short"]]),
        lambda d: d["evidence"][0].__setitem__(4, "7"),
        lambda d: d["evidence"][0].__setitem__(7, "sidebar"),
        lambda d: d["evidence"][0].pop(),
        lambda d: d["values"][0].__setitem__(4, 3),  # points past the evidence
        lambda d: d["values"][0].__setitem__(0, "colour"),
        lambda d: d.pop("reason"),
    ],
)
def test_damaged_entries_are_misses(damage: object) -> None:
    stored = verdict_to_json(VERDICT)
    damage(stored)  # type: ignore[operator]
    assert verdict_from_json(stored) is None
    assert verdict_from_json(["not", "a", "verdict"]) is None


def test_a_damaged_stored_verdict_is_dropped(tmp_path: Path) -> None:
    with PageCache(tmp_path / "cache") as store:
        store.put_verdict("k", VERDICT)
        assert store.get_verdict("k") == VERDICT
        store._cache.set("verdict\x1fk", {"label": "maybe"})
        assert store.get_verdict("k") is None
        assert store.stats()["verdicts"] == 0


def test_fingerprint_follows_every_source_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from factcheck import verdicts

    (tmp_path / "values").mkdir()
    (tmp_path / "engine.py").write_text("THRESHOLD = 0.5\n")
    (tmp_path / "values" / "dates.py").write_text("YEARS = 1\n")
    (tmp_path / "testwiki").mkdir()
    (tmp_path / "testwiki" / "wiki.py").write_text("PORT = 1\n")
    monkeypatch.setattr(verdicts, "_PACKAGE", tmp_path)

    def fingerprint() -> str:
        verdicts.engine_fingerprint.cache_clear()
        return verdicts.engine_fingerprint()

    first = fingerprint()
    (tmp_path / "testwiki" / "wiki.py").write_text("PORT = 2\n")  # not the engine's
    assert fingerprint() == first
    (tmp_path / "values" / "dates.py").write_text("YEARS = 2\n")
    second = fingerprint()
    assert second != first
    (tmp_path / "engine.py").write_text("THRESHOLD = 0.6\n")
    assert fingerprint() not in (first, second)
    verdicts.engine_fingerprint.cache_clear()
