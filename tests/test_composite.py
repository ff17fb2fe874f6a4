"""Sources made of sources: cache-only (offline), chain, fallback to a snapshot, recording."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from factcheck.cache import PageCache
from factcheck.composite import CacheOnlySource, ChainSource, FallbackSource, RecordingSource
from factcheck.errors import SourceError
from factcheck.models import LookupStatus, PageLookup, ProgressCallback
from tests.fakes import FakeSource, make_page

API = "https://wiki.example/w/api.php"


class FailingSearch(FakeSource):
    """A source whose search fails as an unreachable API's does."""

    def search(self, query: str, limit: int = 3) -> list[str]:
        self.searched.append(query)
        raise SourceError(f"search for {query!r} failed: {self.name} is down")


def test_cache_only_serves_cached_pages_and_fails_the_rest(tmp_path: Path) -> None:
    with PageCache(tmp_path / "c") as cache:
        cache.put_page(API, "Warsaw Pact", make_page("Warsaw Pact", "text", api=API))
        cache.put_search(API, "Warsaw", 3, ["Warsaw Pact"])
        source = CacheOnlySource(cache, API)
        lookups = source.fetch(["Warsaw Pact", "NATO"])
        assert lookups["Warsaw Pact"].status is LookupStatus.FOUND
        # Offline, an uncached page is not known to be missing: its text could not be had.
        assert lookups["NATO"] == PageLookup(
            "NATO", LookupStatus.ERROR, reason="not in the snapshot or the cache (offline)"
        )
        assert source.search("Warsaw", 3) == ["Warsaw Pact"]
        with pytest.raises(SourceError, match="search for 'NATO' is not in the snapshot"):
            source.search("NATO", 3)
        # Another endpoint's entries are not this one's.
        other = CacheOnlySource(cache, "http://127.0.0.1:8080/api.php")
        assert other.fetch(["Warsaw Pact"])["Warsaw Pact"].status is LookupStatus.ERROR


def test_chain_asks_the_next_source_only_for_what_is_not_found() -> None:
    first = FakeSource({"A": "a"})
    second = FakeSource({"A": "other a", "B": "b"})
    chain = ChainSource([first, second])
    lookups = chain.fetch(["A", "B", "C"])
    assert [lk.status for lk in lookups.values()] == [
        LookupStatus.FOUND,
        LookupStatus.FOUND,
        LookupStatus.MISSING,
    ]
    assert lookups["A"].page is not None
    assert lookups["A"].page.text == "a"
    assert second.fetched == ["B", "C"]


def test_chain_search_takes_the_first_answer_and_fails_only_if_none_answers() -> None:
    answering = FakeSource(search_results={"pact": ["Warsaw Pact"]})
    assert ChainSource([FailingSearch(), answering]).search("pact") == ["Warsaw Pact"]
    assert ChainSource([FakeSource(), answering]).search("pact") == ["Warsaw Pact"]
    assert ChainSource([FakeSource(), FakeSource()]).search("pact") == []
    with pytest.raises(SourceError, match="failed"):
        ChainSource([FakeSource(), FailingSearch()]).search("pact")


class DownSource(FailingSearch):
    """Every fetch fails, as when the endpoint cannot be reached."""

    def fetch(
        self, titles: Sequence[str], progress: ProgressCallback | None = None
    ) -> dict[str, PageLookup]:
        self.fetched += titles
        return {t: PageLookup(t, LookupStatus.ERROR, reason="connection refused") for t in titles}


def test_fallback_takes_failed_pages_from_the_snapshot_and_says_so() -> None:
    snapshot = FakeSource({"A": "a"}, search_results={"pact": ["A"]}, name="snap")
    up = FallbackSource(DownSource(), snapshot, lambda: None, "the snapshot s.json")
    # Up, but the page failed: the snapshot's copy is used, and the note names the page;
    # a page the snapshot lacks stays an error; a failed search is not replaced.
    got = up.fetch(["A", "B"])
    assert got["A"].status is LookupStatus.FOUND
    assert got["B"].status is LookupStatus.ERROR
    assert up.note == "A could not be fetched from fake://wiki; used the snapshot s.json instead"
    with pytest.raises(SourceError):
        up.search("pact")


def test_fallback_uses_the_snapshot_for_everything_when_the_endpoint_is_down() -> None:
    snapshot = FakeSource({"A": "a"}, search_results={"pact": ["A"]}, name="snap")
    down: list[str | None] = [None]
    fallback = FallbackSource(DownSource(), snapshot, lambda: down[0], "the snapshot s.json")
    down[0] = "cannot reach wiki.example: connection refused"
    assert fallback.fetch(["A", "B"])["A"].status is LookupStatus.FOUND
    assert fallback.search("pact") == ["A"]
    assert fallback.note == (
        "cannot reach wiki.example: connection refused; used the snapshot s.json instead"
    )


def test_recording_keeps_the_widest_answer_of_each_query() -> None:
    inner = FakeSource(search_results={"pact": ["A", "B", "C", "D"], "nato": ["N"]})
    recorder = RecordingSource(inner)
    recorder.search("pact", 2)
    recorder.search("pact", 4)
    recorder.search("pact", 3)
    recorder.search("nato", 3)
    assert recorder.recorded_searches() == (
        {"pact": ["A", "B", "C", "D"], "nato": ["N"]},
        {"pact": 4, "nato": 3},
    )
