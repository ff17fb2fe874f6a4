"""The page cache: JSON on disk, owner-only, hits and misses, refresh, corruption."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from factcheck.cache import CachedSource, PageCache, page_from_json
from factcheck.errors import CacheError
from factcheck.models import LookupStatus
from tests.fakes import FakeSource


def test_pages_are_cached_and_served_without_asking_again(tmp_path: Path) -> None:
    inner = FakeSource({"Warsaw Pact": "The pact was dissolved on 1 July 1991."})
    with PageCache(tmp_path / "c") as cache:
        first = CachedSource(inner, cache).fetch(["Warsaw Pact"])
        second_source = CachedSource(inner, cache)
        second = second_source.fetch(["Warsaw Pact"])
    assert inner.fetched == ["Warsaw Pact"]
    assert first["Warsaw Pact"].page == second["Warsaw Pact"].page
    assert (second_source.hits, second_source.misses) == (1, 0)


def test_refresh_bypasses_but_updates_the_cache(tmp_path: Path) -> None:
    inner = FakeSource({"A": "old text"})
    with PageCache(tmp_path / "c") as cache:
        CachedSource(inner, cache).fetch(["A"])
        inner.pages["A"] = inner.pages["A"].__class__(
            **{**inner.pages["A"].__dict__, "text": "new"}
        )
        refreshed = CachedSource(inner, cache, refresh=True).fetch(["A"])
        again = CachedSource(inner, cache).fetch(["A"])
    assert inner.fetched == ["A", "A"]
    assert refreshed["A"].page is not None
    assert refreshed["A"].page.text == "new"
    assert again["A"].page is not None
    assert again["A"].page.text == "new"


def test_errors_and_missing_pages_are_never_cached(tmp_path: Path) -> None:
    inner = FakeSource({}, errors={"Broken": "HTTP 503"})
    with PageCache(tmp_path / "c") as cache:
        source = CachedSource(inner, cache)
        source.fetch(["Broken", "Nowhere"])
        result = source.fetch(["Broken", "Nowhere"])
    assert inner.fetched == ["Broken", "Nowhere", "Broken", "Nowhere"]
    assert result["Broken"].status is LookupStatus.ERROR
    assert result["Nowhere"].status is LookupStatus.MISSING


def test_cache_is_keyed_by_endpoint(tmp_path: Path) -> None:
    one = FakeSource({"A": "one"}, name="https://one.example/api.php")
    two = FakeSource({"A": "two"}, name="https://two.example/api.php")
    with PageCache(tmp_path / "c") as cache:
        CachedSource(one, cache).fetch(["A"])
        got = CachedSource(two, cache).fetch(["A"])
    assert got["A"].page is not None
    assert got["A"].page.text == "two"
    assert two.fetched == ["A"]


def test_directory_is_owner_only_and_values_are_json(tmp_path: Path) -> None:
    directory = tmp_path / "c"
    os.umask(0o022)
    with PageCache(directory) as cache:
        CachedSource(FakeSource({"A": "text of A"}), cache).fetch(["A"])
    assert stat.S_IMODE(directory.stat().st_mode) == 0o700
    with sqlite3.connect(directory / "cache.db") as db:
        rows = db.execute("SELECT value FROM Cache").fetchall()
    import zlib

    stored = [json.loads(zlib.decompress(r[0])) for r in rows if r[0] is not None]
    assert stored
    assert stored[0]["text"] == "text of A"


def test_expired_entries_are_fetched_again(tmp_path: Path) -> None:
    inner = FakeSource({"A": "text"})
    with PageCache(tmp_path / "c", ttl=0.001) as cache:
        CachedSource(inner, cache).fetch(["A"])
        import time

        time.sleep(0.01)
        CachedSource(inner, cache).fetch(["A"])
    assert inner.fetched == ["A", "A"]


def test_permanent_pages_never_expire(tmp_path: Path) -> None:
    inner = FakeSource({"A": "text"})
    with PageCache(tmp_path / "c", ttl=0.001) as cache:
        CachedSource(inner, cache, permanent=True).fetch(["A"])
        import time

        time.sleep(0.01)
        again = CachedSource(inner, cache, permanent=True).fetch(["A"])
    assert inner.fetched == ["A"]
    assert again["A"].page == inner.pages["A"]


def test_corrupt_entry_is_refetched_with_a_warning(tmp_path: Path) -> None:
    directory = tmp_path / "c"
    inner = FakeSource({"A": "good text"})
    with PageCache(directory) as cache:
        CachedSource(inner, cache).fetch(["A"])
    with sqlite3.connect(directory / "cache.db") as db:
        db.execute("UPDATE Cache SET value = ?", (b"\x00not zlib, not json",))
    warnings: list[str] = []
    with PageCache(directory) as cache:
        got = CachedSource(inner, cache, warn=warnings.append).fetch(["A"])
        again = CachedSource(inner, cache).fetch(["A"])
    assert got["A"].page is not None
    assert got["A"].page.text == "good text"
    assert again["A"].page is not None
    assert inner.fetched == ["A", "A"]
    assert len(warnings) == 1
    assert "unreadable cache entry" in warnings[0]


def test_wrong_shape_entry_is_a_miss() -> None:
    assert page_from_json({"title": "A"}) is None
    assert page_from_json(["not", "a", "page"]) is None
    assert (
        page_from_json(
            {"title": "A", "pageid": "1", "revid": 1, "timestamp": "", "url": "", "text": ""}
        )
        is None
    )


def test_unusable_directory_raises_cache_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    with pytest.raises(CacheError, match="cannot use cache directory"):
        PageCache(blocker)


def test_corrupt_database_file_raises_cache_error(tmp_path: Path) -> None:
    directory = tmp_path / "c"
    directory.mkdir()
    (directory / "cache.db").write_bytes(b"this is not an sqlite database" * 100)
    with pytest.raises(CacheError):
        PageCache(directory)


def test_searches_are_cached(tmp_path: Path) -> None:
    inner = FakeSource({}, search_results={"warsaw": ["Warsaw Pact"]})
    with PageCache(tmp_path / "c") as cache:
        assert CachedSource(inner, cache).search("warsaw pact dissolved") == ["Warsaw Pact"]
        assert CachedSource(inner, cache).search("warsaw pact dissolved") == ["Warsaw Pact"]
    assert inner.searched == ["warsaw pact dissolved"]


def test_stats_and_clear(tmp_path: Path) -> None:
    with PageCache(tmp_path / "c") as cache:
        CachedSource(FakeSource({"A": "a", "B": "b"}), cache).fetch(["A", "B"])
        assert cache.stats()["pages"] == 2
        assert cache.clear() == 2
        assert cache.stats()["pages"] == 0


def test_wikitext_is_cached_with_the_page(tmp_path: Path) -> None:
    wikitext = "{{Infobox x|a=1}}\n'''Alpha'''."
    inner = FakeSource({"A": "Alpha."}, wikitexts={"A": wikitext})
    with PageCache(tmp_path / "c") as cache:
        CachedSource(inner, cache).fetch(["A"])
        again = CachedSource(FakeSource({}), cache).fetch(["A"])["A"].page
    assert again is not None
    assert again.wikitext == wikitext


def test_a_stored_page_whose_wikitext_is_no_text_is_refused() -> None:
    stored = {
        "title": "A",
        "pageid": 1,
        "revid": 1,
        "timestamp": "",
        "url": "",
        "text": "Alpha.",
        "wikitext": 7,
    }
    assert page_from_json(stored) is None
    assert page_from_json({**stored, "wikitext": None}) is not None
