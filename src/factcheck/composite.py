"""Sources made of other sources: read the cache only, fall back to a snapshot, record."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence

from factcheck.cache import PageCache
from factcheck.errors import CacheError, SourceError
from factcheck.models import LookupStatus, PageLookup, ProgressCallback
from factcheck.source import PageSource, arrivals, gather


class CacheOnlySource:
    """Pages the cache holds for one endpoint (offline runs).

    A title or search the cache lacks is an ERROR, not MISSING: offline, nothing says the
    wiki has no such page, only that its text could not be had.
    """

    def __init__(self, cache: PageCache, api: str) -> None:
        self.cache = cache
        self.api = api

    @property
    def name(self) -> str:
        return f"{self.api} (cache)"

    def fetch(
        self, titles: Sequence[str], progress: ProgressCallback | None = None
    ) -> dict[str, PageLookup]:
        out: dict[str, PageLookup] = {}
        unique = list(dict.fromkeys(titles))
        for done, title in enumerate(unique, 1):
            try:
                page = self.cache.get_page(self.api, title)
            except CacheError:
                page = None
            if page is not None:
                out[title] = PageLookup(title, LookupStatus.FOUND, page=page)
            else:
                out[title] = PageLookup(
                    title, LookupStatus.ERROR, reason="not in the snapshot or the cache (offline)"
                )
            if progress:
                progress(done, len(unique), title)
        return out

    def search(self, query: str, limit: int = 3) -> list[str]:
        try:
            found = self.cache.get_search(self.api, query, limit)
        except CacheError:
            found = None
        if found is None:
            raise SourceError(f"search for {query!r} is not in the snapshot or the cache (offline)")
        return found


class ChainSource:
    """Asks each source in turn for the titles the previous ones did not find."""

    def __init__(self, sources: Sequence[PageSource]) -> None:
        if not sources:
            raise ValueError("ChainSource needs at least one source")
        self.sources = list(sources)

    @property
    def name(self) -> str:
        return self.sources[0].name

    def fetch(
        self, titles: Sequence[str], progress: ProgressCallback | None = None
    ) -> dict[str, PageLookup]:
        results: dict[str, PageLookup] = {}
        todo = list(dict.fromkeys(titles))
        for source in self.sources:
            if not todo:
                break
            got = source.fetch(todo, None)
            for title, lookup in got.items():
                if lookup.status is LookupStatus.FOUND or title not in results:
                    results[title] = lookup
            todo = [t for t in todo if results[t].status is not LookupStatus.FOUND]
        if progress:
            progress(len(results), len(results), "")
        return {t: results[t] for t in dict.fromkeys(titles)}

    def search(self, query: str, limit: int = 3) -> list[str]:
        """The first source's non-empty answer; a failure counts only if none answers."""
        failure: SourceError | None = None
        for source in self.sources:
            try:
                found = source.search(query, limit)
            except SourceError as exc:
                failure = failure or exc
                continue
            if found:
                return found
        if failure is not None:
            raise failure
        return []


class FallbackSource:
    """The live source first; the titles it failed come from the fallback (a snapshot),
    and `note` says so for stderr and the report: all of them when the endpoint cannot be
    reached, else each page that could not be fetched and that the snapshot holds."""

    def __init__(
        self,
        primary: PageSource,
        fallback: PageSource,
        is_down: Callable[[], str | None],
        label: str,
    ) -> None:
        self.primary = primary
        self.fallback = fallback
        self.is_down = is_down
        self.label = label
        self.note = ""

    @property
    def name(self) -> str:
        return self.primary.name

    def _fell_back(self, why: str) -> None:
        if not self.note:
            self.note = f"{why}; used {self.label} instead"

    def fetch(
        self, titles: Sequence[str], progress: ProgressCallback | None = None
    ) -> dict[str, PageLookup]:
        return gather(self.fetch_each, titles, progress)

    def fetch_each(
        self, titles: Sequence[str], progress: ProgressCallback | None = None
    ) -> Iterator[PageLookup]:
        """The primary's lookups as they arrive; those it failed, from the fallback at the end."""
        failed: dict[str, PageLookup] = {}
        for lookup in arrivals(self.primary, titles, progress):
            if lookup.status is LookupStatus.ERROR:
                failed[lookup.requested] = lookup
            else:
                yield lookup
        if not failed:
            return
        rescued = []
        for title, lookup in self.fallback.fetch(list(failed)).items():
            if lookup.status is LookupStatus.FOUND:
                failed[title] = lookup
                rescued.append(title)
        down = self.is_down()
        if down is not None:
            self._fell_back(down)
        elif rescued:
            shown = ", ".join(rescued[:3]) + (
                f" and {len(rescued) - 3} more" if len(rescued) > 3 else ""
            )
            self._fell_back(f"{shown} could not be fetched from {self.primary.name}")
        yield from failed.values()

    def search(self, query: str, limit: int = 3) -> list[str]:
        try:
            return self.primary.search(query, limit)
        except SourceError:
            down = self.is_down()
            if down is None:
                raise
            self._fell_back(down)
            return self.fallback.search(query, limit)


class RecordingSource:
    """Passes everything through and remembers searches, for writing a snapshot."""

    def __init__(self, inner: PageSource) -> None:
        self.inner = inner
        self.searches: dict[tuple[str, int], list[str]] = {}
        self._lock = threading.Lock()

    @property
    def name(self) -> str:
        return self.inner.name

    def fetch(
        self, titles: Sequence[str], progress: ProgressCallback | None = None
    ) -> dict[str, PageLookup]:
        return self.inner.fetch(titles, progress)

    def search(self, query: str, limit: int = 3) -> list[str]:
        found = self.inner.search(query, limit)
        with self._lock:
            self.searches[(query, limit)] = list(found)
        return found

    def recorded_searches(self) -> tuple[dict[str, list[str]], dict[str, int]]:
        """Titles and limit per query, for write_snapshot. A query asked with several
        limits keeps its widest answer: a snapshot serves a smaller limit by cutting it."""
        titles: dict[str, list[str]] = {}
        limits: dict[str, int] = {}
        with self._lock:
            for (query, limit), found in self.searches.items():
                if query not in limits or limit > limits[query]:
                    titles[query], limits[query] = list(found), limit
        return titles, limits
