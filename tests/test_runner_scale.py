"""Long articles read through their index, and claims checked in worker processes: the
report must be the one a plain, single-process run gives."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
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


def children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        text = (task / "children").read_text().split()
        found.update(int(p) for p in text)
    return found


def running(pid: int) -> bool:
    """Whether the process still runs (a zombie waiting for init to reap it does not)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return False
    return "\nState:\tZ" not in status


def test_ctrl_c_ends_the_workers_too(tmp_path: Path) -> None:
    api = "http://wiki.invalid/w/api.php"
    with PageCache(tmp_path / "cache") as cache:
        for name, text in PAGES.items():
            cache.put_page(api, name, make_page(name, text, api=api))
    lines = []
    for n in range(3000):
        name = NAMES[n % len(NAMES)]
        lines.append(
            f'[[claim]]\nid = "c{n}"\ntext = "{name} repaired a mill in {1950 + n % 60}."\n'
            f'pages = ["{name}"]\n'
        )
    claims = tmp_path / "many.toml"
    claims.write_text("\n".join(lines), encoding="utf-8")
    report = tmp_path / "report.json"
    command = [sys.executable, "-m", "factcheck", "run", str(claims), "--offline"]
    command += ["--api", api, "--cache-dir", str(tmp_path / "cache"), "--jobs", "2"]
    command += ["--format", "json", "-o", str(report)]
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )
    deadline = time.monotonic() + 60
    while len(workers := children(process.pid)) < 2:
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline
        time.sleep(0.05)
    time.sleep(0.5)  # let them get to work
    os.killpg(process.pid, signal.SIGINT)
    out, err = process.communicate(timeout=60)
    assert (process.returncode, out, err) == (
        130,
        b"",
        b"factcheck: interrupted; no report written\n",
    )
    assert not report.exists()
    time.sleep(0.5)
    assert [w for w in workers if running(w)] == []


def test_claims_wait_for_wordnet_and_get_the_same_verdicts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # While WordNet loads (in the background, while pages are fetched), claims wait; once it
    # is there they are checked, in order, and the report is the one of a run that never
    # waited.
    from factcheck import wordnet

    claims = ClaimsFile(
        "essay.toml",
        tuple(
            Claim(f"c{n}", f"{name} founded the Orlek Harbour Works in 1977.", pages=(name,))
            for n, name in enumerate(NAMES)
        ),
    )
    source = FakeSource(PAGES)
    info = SourceInfo("fake")
    plain = run_claims(claims, source, info)
    answers = iter([False, False, True])
    monkeypatch.setattr(wordnet, "ready", lambda: next(answers, True))
    checked: list[str] = []
    waited = run_claims(
        claims, source, info, checked=lambda done, total, what: checked.append(what)
    )
    assert [r.verdict for r in waited.results] == [r.verdict for r in plain.results]
    assert checked == ["c0", "c1", "c2"]
