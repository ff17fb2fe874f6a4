"""A disk cache of fetched pages, and the source that consults it first.

Values are stored as JSON (diskcache's JSONDisk), never pickled: diskcache's default
serialiser unpickles whatever is in the file (CVE-2025-69872). Only pages that were found
are stored; errors and missing titles are asked again next time. Any cache failure
degrades to "no cache" with a warning: a fact-check never fails for its cache.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

import diskcache

from factcheck.errors import CacheError
from factcheck.models import LookupStatus, Page, PageLookup, ProgressCallback, Verdict
from factcheck.page_facts import PageFacts, facts_from_json, facts_to_json
from factcheck.source import PageSource, arrivals, gather
from factcheck.verdicts import verdict_from_json, verdict_to_json

T = TypeVar("T")

DEFAULT_CACHE_DIR = "cache"
DEFAULT_TTL = 7 * 24 * 3600  # a week: articles change, but rarely in the facts we check
CACHE_FORMAT = 2  # bump when the stored shape changes; older entries are then ignored
_SEP = "\x1f"  # cannot occur in a title or URL we accept

Warn = Callable[[str], None]


def default_cache_dir() -> Path:
    return Path(os.environ.get("FACTCHECK_CACHE_DIR") or DEFAULT_CACHE_DIR)


def _page_key(api: str, title: str) -> str:
    return f"page{_SEP}{CACHE_FORMAT}{_SEP}{api}{_SEP}{title}"


def _search_key(api: str, query: str, limit: int) -> str:
    return f"search{_SEP}{CACHE_FORMAT}{_SEP}{api}{_SEP}{limit}{_SEP}{query}"


def _verdict_key(key: str) -> str:
    return f"verdict{_SEP}{key}"


def _facts_key(key: str) -> str:
    return f"facts{_SEP}{key}"


def _page_to_json(page: Page) -> dict[str, Any]:
    return {
        "title": page.title,
        "pageid": page.pageid,
        "revid": page.revid,
        "timestamp": page.timestamp,
        "url": page.url,
        "text": page.text,
        "api": page.api,
        "wikitext": page.wikitext,
    }


def page_from_json(value: object) -> Page | None:
    """A Page from its stored form, or None if the value is not one (corrupt, foreign)."""
    if not isinstance(value, dict):
        return None
    try:
        page = Page(
            title=value["title"],
            pageid=value["pageid"],
            revid=value["revid"],
            timestamp=value["timestamp"],
            url=value["url"],
            text=value["text"],
            api=value.get("api", ""),
            wikitext=value.get("wikitext"),
        )
    except (KeyError, TypeError):
        return None
    kinds_ok = (
        isinstance(page.title, str)
        and isinstance(page.pageid, int)
        and isinstance(page.revid, int)
        and not isinstance(page.pageid, bool)  # JSON's true is an int to Python
        and not isinstance(page.revid, bool)
        and isinstance(page.timestamp, str)
        and isinstance(page.url, str)
        and isinstance(page.text, str)
        and isinstance(page.api, str)
        and (page.wikitext is None or isinstance(page.wikitext, str))
    )
    return page if kinds_ok else None


class PageCache:
    """diskcache.Cache holding JSON values in an owner-only directory."""

    def __init__(self, directory: str | os.PathLike[str], ttl: float | None = DEFAULT_TTL) -> None:
        self.directory = Path(directory)
        self.ttl = ttl if ttl and ttl > 0 else None
        try:
            self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
            # mkdir's mode is masked by umask and ignored for an existing dir: set it.
            os.chmod(self.directory, stat.S_IRWXU)
            self._cache = diskcache.Cache(
                str(self.directory),
                disk=diskcache.JSONDisk,
                disk_compress_level=6,
                timeout=10,
                eviction_policy="least-recently-stored",
            )
        except (OSError, sqlite3.Error, diskcache.Timeout) as exc:
            raise CacheError(f"cannot use cache directory {self.directory}: {exc}") from exc

    def close(self) -> None:
        self._cache.close()

    def __enter__(self) -> PageCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _get(self, key: str) -> object:
        try:
            return self._cache.get(key, default=None, retry=True)
        except (sqlite3.Error, OSError, ValueError, diskcache.Timeout) as exc:
            # ValueError covers JSON that does not decode, zlib covers nothing more: a
            # corrupt entry is a miss, and it is dropped so the next store replaces it.
            self._drop(key)
            raise CacheError(f"unreadable cache entry ({type(exc).__name__}); refetching") from exc
        except Exception as exc:  # zlib.error and friends from a damaged value
            self._drop(key)
            raise CacheError(f"unreadable cache entry ({type(exc).__name__}); refetching") from exc

    def _drop(self, key: str) -> None:
        with contextlib.suppress(sqlite3.Error, OSError, diskcache.Timeout):
            self._cache.delete(key, retry=True)

    def _set(self, key: str, value: object, permanent: bool = False) -> None:
        try:
            self._cache.set(key, value, expire=None if permanent else self.ttl, retry=True)
        except (sqlite3.Error, OSError, diskcache.Timeout, TypeError, ValueError) as exc:
            raise CacheError(f"cannot write to the cache: {exc}") from exc

    def get_page(self, api: str, title: str) -> Page | None:
        value = self._get(_page_key(api, title))
        if value is None:
            return None
        page = page_from_json(value)
        if page is None:
            self._drop(_page_key(api, title))
            raise CacheError(f"cache entry for {title!r} has an unexpected shape; refetching")
        return page

    def put_page(self, api: str, title: str, page: Page, *, permanent: bool = False) -> None:
        """Store a page; `permanent` ones (a revision as of a past day) never expire."""
        self._set(_page_key(api, title), _page_to_json(page), permanent)

    def get_search(self, api: str, query: str, limit: int) -> list[str] | None:
        value = self._get(_search_key(api, query, limit))
        if value is None:
            return None
        if isinstance(value, list) and all(isinstance(t, str) for t in value):
            return value
        self._drop(_search_key(api, query, limit))
        return None

    def put_search(self, api: str, query: str, limit: int, titles: list[str]) -> None:
        self._set(_search_key(api, query, limit), titles)

    def get_verdict(self, key: str) -> Verdict | None:
        # A damaged entry is dropped: the verdict is recomputed and stored again.
        return self._decoded(_verdict_key(key), verdict_from_json)

    def put_verdict(self, key: str, verdict: Verdict) -> None:
        # No expiry: the key already changes with the pages and the engine.
        self._set(_verdict_key(key), verdict_to_json(verdict), permanent=True)

    def get_facts(self, key: str) -> PageFacts | None:
        # A damaged entry is dropped: the wikitext is read again and stored again.
        return self._decoded(_facts_key(key), facts_from_json)

    def put_facts(self, key: str, facts: PageFacts) -> None:
        # No expiry: the key changes with the wikitext and the code that reads it.
        self._set(_facts_key(key), facts_to_json(facts), permanent=True)

    def _decoded(self, key: str, decode: Callable[[object], T | None]) -> T | None:
        """The entry under `key` read back with `decode`; None when absent or damaged (a
        damaged one is dropped)."""
        value = self._get(key)
        if value is None:
            return None
        found = decode(value)
        if found is None:
            self._drop(key)
        return found

    @contextlib.contextmanager
    def batch(self) -> Iterator[None]:
        """Writes inside share one transaction (ten thousand verdicts: one commit)."""
        try:
            with self._cache.transact(retry=True):
                yield
        except (sqlite3.Error, OSError, diskcache.Timeout) as exc:
            raise CacheError(f"cannot write to the cache: {exc}") from exc

    def has_pages(self) -> bool:
        """Whether any page is stored (keys are compressed, so their order says nothing)."""
        prefix = "page" + _SEP
        try:
            for key in self._cache.iterkeys():
                if isinstance(key, str) and key.startswith(prefix):
                    return True
        except (sqlite3.Error, OSError) as exc:
            raise CacheError(f"cannot read cache {self.directory}: {exc}") from exc
        return False

    def stats(self) -> dict[str, Any]:
        pages = searches = verdicts = 0
        try:
            for key in self._cache.iterkeys():
                if isinstance(key, str) and key.startswith("page" + _SEP):
                    pages += 1
                elif isinstance(key, str) and key.startswith("search" + _SEP):
                    searches += 1
                elif isinstance(key, str) and key.startswith("verdict" + _SEP):
                    verdicts += 1
            size = self._cache.volume()
        except (sqlite3.Error, OSError) as exc:
            raise CacheError(f"cannot read cache {self.directory}: {exc}") from exc
        return {
            "directory": str(self.directory),
            "pages": pages,
            "searches": searches,
            "verdicts": verdicts,
            "bytes": size,
        }

    def clear(self) -> int:
        try:
            return int(self._cache.clear(retry=True))
        except (sqlite3.Error, OSError, diskcache.Timeout) as exc:
            raise CacheError(f"cannot clear cache {self.directory}: {exc}") from exc


class CachedSource:
    """A PageSource that answers from the cache and asks `inner` for the rest."""

    def __init__(
        self,
        inner: PageSource,
        cache: PageCache | None,
        *,
        refresh: bool = False,
        warn: Warn | None = None,
        permanent: bool = False,
    ) -> None:
        """`permanent`: what `inner` serves never changes (pages as of a past day, whose
        last revision then is fixed for good), so it is kept without expiry."""
        self.inner = inner
        self.cache = cache
        self.refresh = refresh
        self.permanent = permanent
        self._warn = warn or (lambda message: None)
        self.hits = 0
        self.misses = 0

    @property
    def name(self) -> str:
        return self.inner.name

    def _disable(self, exc: CacheError) -> None:
        self._warn(f"cache disabled for this run: {exc}")
        self.cache = None

    def fetch(
        self, titles: Sequence[str], progress: ProgressCallback | None = None
    ) -> dict[str, PageLookup]:
        return gather(self.fetch_each, titles, progress)

    def fetch_each(
        self, titles: Sequence[str], progress: ProgressCallback | None = None
    ) -> Iterator[PageLookup]:
        """Cached pages first, then the others as `inner` delivers them."""
        unique = list(dict.fromkeys(titles))
        hits: list[PageLookup] = []
        if self.cache is not None and not self.refresh:
            for title in unique:
                try:
                    page = self.cache.get_page(self.name, title)
                except CacheError as exc:
                    self._warn(str(exc))
                    page = None
                if page is not None:
                    hits.append(PageLookup(title, LookupStatus.FOUND, page=page))
        self.hits += len(hits)
        known = {lookup.requested for lookup in hits}
        missing = [t for t in unique if t not in known]
        self.misses += len(missing)
        total = len(unique)
        if progress and hits:
            progress(len(hits), total, "")
        yield from hits
        if not missing:
            return
        offset = len(hits)

        def shifted(done: int, _total: int, title: str) -> None:
            if progress:
                progress(offset + done, total, title)

        for lookup in arrivals(self.inner, missing, shifted):
            # Each page is stored as it arrives, so an interrupted run keeps what it fetched.
            if lookup.status is LookupStatus.FOUND and lookup.page and self.cache:
                try:
                    self.cache.put_page(
                        self.name, lookup.requested, lookup.page, permanent=self.permanent
                    )
                except CacheError as exc:
                    self._disable(exc)
            yield lookup

    def search(self, query: str, limit: int = 3) -> list[str]:
        if self.cache is not None and not self.refresh:
            try:
                cached = self.cache.get_search(self.name, query, limit)
            except CacheError as exc:
                self._warn(str(exc))
                cached = None
            if cached is not None:
                return cached
        titles = self.inner.search(query, limit)
        if self.cache is not None:
            try:
                self.cache.put_search(self.name, query, limit, titles)
            except CacheError as exc:
                self._disable(exc)
        return titles
