"""The articles each drafted claim should be checked against: its names, searched.

Each distinct name is searched once through the source's `search` (the MediaWiki API's
full-text search, which answers with articles, redirects followed), three at a time as
`factcheck run` does; a claim's pages are the first hit of each of its names, in order,
without repeats. When a search fails (no network, the API down), no more are started:
every claim is left with `pages = []` and the reason, and `factcheck run` searches by the
claim's text later.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.errors import SourceError
from factcheck.extract.draft import Candidate
from factcheck.source import PageSource
from factcheck.threads import as_done

# Requests at once, as the API's etiquette and `factcheck run` allow.
SEARCHES_IN_FLIGHT = 3


@dataclass(frozen=True)
class PageChoice:
    """Pages per claim id, and why there are none when they could not be looked up."""

    pages: dict[str, tuple[str, ...]]
    unresolved: str = ""  # "" when the names were searched


@dataclass(frozen=True)
class _Failed:
    reason: str


def resolve_pages(candidates: Sequence[Candidate], source: PageSource | None) -> PageChoice:
    if source is None:
        return PageChoice({}, "not looked up (--offline)")
    names = list(dict.fromkeys(name for c in candidates for name in c.names))

    failed = threading.Event()

    def search(name: str, cancel: threading.Event) -> str | _Failed | None:
        if failed.is_set():
            return None  # the API is down: start no more requests
        try:
            found = source.search(name, limit=1)
        except SourceError as exc:
            failed.set()
            return _Failed(str(exc))  # a value: as_done would raise an exception again
        return found[0] if found else None

    hits: dict[str, str | None] = {}
    for number, outcome in as_done(search, names, SEARCHES_IN_FLIGHT, "search"):
        if isinstance(outcome, _Failed):
            return PageChoice({}, f"not looked up: {outcome.reason}")  # the rest stop
        hits[names[number]] = outcome
    pages: dict[str, tuple[str, ...]] = {}
    for candidate in candidates:
        titles = [hits[name] for name in candidate.names if hits.get(name)]
        pages[candidate.id] = tuple(t for t in dict.fromkeys(titles) if t is not None)
    return PageChoice(pages)
