"""The interface every evidence source offers: the MediaWiki API, the cache, a snapshot, a fake."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Protocol, runtime_checkable

from factcheck.models import PageLookup, ProgressCallback


class PageSource(Protocol):
    """Where article text comes from. Implementations never raise for one bad title:
    they return a PageLookup with status MISSING, INVALID or ERROR for it."""

    @property
    def name(self) -> str:
        """The endpoint or file the pages come from, as shown in reports."""
        ...

    def fetch(
        self, titles: Sequence[str], progress: ProgressCallback | None = None
    ) -> dict[str, PageLookup]:
        """Fetch the current text of each title; keys are the titles as requested."""
        ...

    def search(self, query: str, limit: int = 3) -> list[str]:
        """Titles of the articles that best match a free-text query, best first."""
        ...


@runtime_checkable
class IncrementalSource(PageSource, Protocol):
    """A source that can hand over each lookup as it arrives, so that a run can check a
    claim while the pages of the next ones are still on their way."""

    def fetch_each(
        self, titles: Sequence[str], progress: ProgressCallback | None = None
    ) -> Iterator[PageLookup]:
        """Each title's lookup as soon as it is known, in no particular order. Closing the
        iterator early stops the fetch."""
        ...


def arrivals(
    source: PageSource, titles: Sequence[str], progress: ProgressCallback | None = None
) -> Iterator[PageLookup]:
    """The source's lookups one by one: as they arrive when it can tell, else all at once."""
    if isinstance(source, IncrementalSource):
        return source.fetch_each(titles, progress)
    return iter(source.fetch(titles, progress).values())


def gather(
    each: Callable[[Sequence[str], ProgressCallback | None], Iterator[PageLookup]],
    titles: Sequence[str],
    progress: ProgressCallback | None = None,
) -> dict[str, PageLookup]:
    """`fetch` for a source that has `fetch_each`: every lookup, keyed and in title order."""
    unique = list(dict.fromkeys(titles))
    found = {lookup.requested: lookup for lookup in each(unique, progress)}
    return {title: found[title] for title in unique}
