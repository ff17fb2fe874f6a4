"""Long articles read through their index, and claims checked in worker processes: the
report must be the one a plain, single-process run gives."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from factcheck.cache import PageCache
from factcheck.engine import Engine
from factcheck.matching import (
    FULL_READ_SENTENCES,
    PRESELECT,
    PageText,
    analyse_claim,
    candidate_units,
)
from factcheck.models import Claim, ClaimsFile, Label, SourceInfo, Verdict
from factcheck.runner import PARALLEL_MIN_CLAIMS, run_claims
from tests.fakes import FakeSource, make_page

MONTHS = ["January", "March", "May", "July", "September", "November"]


def long_article(name: str, seed: int) -> str:
    """A made-up biography of about 120 sentences with one date per sentence."""
    rng = random.Random(seed)
    lines = [f"{name} is a fictional engineer from Varnholt. {name} was born in 1931."]
    for section in range(6):
        lines.append(f"== Part {section + 1} ==")
        for _ in range(4):
            sentences = []
            for _ in range(5):
                year = rng.randint(1950, 2010)
                verb = rng.choice(["opened", "designed", "repaired", "inspected", "sold"])
                thing = rng.choice(["a bridge", "a mill", "a dam", "a tower", "a ferry"])
                sentences.append(f"In {rng.choice(MONTHS)} {year} {name} {verb} {thing}.")
            lines.append(" ".join(sentences))
    lines.append(f"In 1977 {name} founded the Orlek Harbour Works in Varnholt.")
    return "\n".join(lines)


NAMES = ["Tamsin Orlek", "Brann Vesk", "Ilse Morrow"]
PAGES = {name: long_article(name, n) for n, name in enumerate(NAMES)}


def test_a_long_article_is_read_through_its_index() -> None:
    text = PageText(make_page("Tamsin Orlek", PAGES["Tamsin Orlek"]))
    assert len(text) > FULL_READ_SENTENCES
    claim = analyse_claim("Tamsin Orlek founded the Orlek Harbour Works in 1977.")
    units, rarity = candidate_units(claim, [text])
    assert rarity is not None
    assert len(units) == PRESELECT
    assert any("founded the Orlek Harbour Works" in u.text for u in units)
    assert units[0].index == 0  # the lead is always read
    assert len(text._readings) < len(text)  # most sentences were never read in full


@pytest.mark.parametrize(
    ("claim", "label"),
    [
        ("Tamsin Orlek founded the Orlek Harbour Works in 1977.", Label.SUPPORTED),
        ("Tamsin Orlek founded the Orlek Harbour Works in 1979.", Label.CONTRADICTED),
    ],
)
def test_the_index_finds_the_deciding_sentence(claim: str, label: Label) -> None:
    page = make_page("Tamsin Orlek", PAGES["Tamsin Orlek"])
    verdict = Engine().check(claim, [page])
    assert verdict.label is label
    assert "Orlek Harbour Works" in verdict.evidence[0].sentence


def many_claims() -> ClaimsFile:
    rng = random.Random(7)
    claims = []
    for n in range(PARALLEL_MIN_CLAIMS + 10):
        name = NAMES[n % len(NAMES)]
        year = rng.choice([1977, 1978, 1931, 1932])
        verb = rng.choice(["founded the Orlek Harbour Works", "was born"])
        claims.append(Claim(f"c{n:04d}", f"{name} {verb} in {year}.", pages=(name,)))
    return ClaimsFile("many.toml", tuple(claims))


def labels(jobs: int, tmp_path: Path, store: bool) -> list[tuple[str, Verdict]]:
    cache = PageCache(tmp_path / f"cache-{jobs}-{store}") if store else None
    try:
        report = run_claims(
            many_claims(),
            FakeSource(PAGES),
            SourceInfo(api="fake://wiki"),
            jobs=jobs,
            verdicts=cache,
        )
    finally:
        if cache is not None:
            cache.close()
    return [(r.claim.id, r.verdict) for r in report.results]


def test_worker_processes_give_the_single_process_report(tmp_path: Path) -> None:
    alone = labels(1, tmp_path, store=False)
    shared = labels(2, tmp_path, store=True)
    assert shared == alone
    assert {v.label for _id, v in alone} >= {Label.SUPPORTED, Label.CONTRADICTED}
    with PageCache(tmp_path / "cache-2-True") as cache:  # one verdict per distinct claim
        assert cache.stats()["verdicts"] == len({c.text for c in many_claims().claims})
