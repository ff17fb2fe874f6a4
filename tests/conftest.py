"""Shared fixtures: the real test wiki (once per session) and a per-test cache directory."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from factcheck.testwiki import (
    SHIPPED_PACK,
    LocalWiki,
    Pack,
    SeedRecord,
    WikiServer,
    load_pack,
    mediawiki_problem,
)

MINI_PACK = Path(__file__).resolve().parent / "data" / "mini_pack"
INSTALL_HINT = (
    "install it with `factcheck-testwiki install` (or: apt-get install -y "
    "--no-install-recommends mediawiki php-cli php-sqlite3 php-intl php-mbstring php-xml)"
)


@dataclass(frozen=True)
class RunningTestWiki:
    api: str  # http://127.0.0.1:PORT/api.php
    pack: Path  # the evidence pack it was seeded from
    loaded: Pack
    seed: SeedRecord
    wiki: LocalWiki
    server: WikiServer
    startup_seconds: float  # create + seed + start


def evidence_pack_dir() -> Path:
    """The shipped evidence pack once it has a manifest; the mini pack until then."""
    return SHIPPED_PACK if (SHIPPED_PACK / "index.toml").is_file() else MINI_PACK


# Filled by the fixture, reported at the end of the run: how long the wiki took to be ready.
_STARTUPS: list[str] = []


@cache
def _wiki_problem() -> str | None:
    return mediawiki_problem()


def _require_wiki() -> None:
    """Skip when MediaWiki is missing here; fail instead under CI, which must have it."""
    problem = _wiki_problem()
    if problem is None:
        return
    if os.environ.get("CI"):
        pytest.fail(f"the test wiki cannot run: {problem}; CI must {INSTALL_HINT}", pytrace=False)
    pytest.skip(f"test wiki unavailable: {problem}; {INSTALL_HINT}")


def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.get_closest_marker("wiki") is not None:
        _require_wiki()


@pytest.fixture(scope="session")
def testwiki(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningTestWiki]:
    """A real MediaWiki seeded with the evidence pack, running for the whole session."""
    _require_wiki()
    pack_dir = evidence_pack_dir()
    started = time.monotonic()
    pack = load_pack(pack_dir)
    wiki = LocalWiki(tmp_path_factory.mktemp("testwiki") / "wiki")
    seed = wiki.create(pack)
    server = wiki.start()
    elapsed = time.monotonic() - started
    _STARTUPS.append(
        f"test wiki: {len(pack.pages)} pages from {pack_dir} created, seeded and started "
        f"in {elapsed:.2f} s (seed {seed.seconds:.2f} s)"
    )
    try:
        yield RunningTestWiki(
            api=server.api,
            pack=pack_dir,
            loaded=pack,
            seed=seed,
            wiki=wiki,
            server=server,
            startup_seconds=elapsed,
        )
    finally:
        server.stop()


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test may read or fill the user's real page cache."""
    monkeypatch.setenv("FACTCHECK_CACHE_DIR", str(tmp_path / "cache"))


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    for line in _STARTUPS:
        terminalreporter.write_line(line)
