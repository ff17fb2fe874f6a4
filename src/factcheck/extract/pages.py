"""The articles each drafted claim should be checked against: its names, searched.

Each distinct name is searched once through the source's `search` (the MediaWiki API's
full-text search, which answers with articles, redirects followed); a claim's pages are
the first hit of each of its names, in order, without repeats. When the first search fails
(no network, the API down), no more are tried: every claim is left with `pages = []` and
the reason, and `factcheck run` searches by the claim's text later.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from factcheck.errors import SourceError
from factcheck.extract.draft import Candidate
from factcheck.source import PageSource


@dataclass(frozen=True)
class PageChoice:
    """Pages per claim id, and why there are none when they could not be looked up."""

    pages: dict[str, tuple[str, ...]]
    unresolved: str = ""  # "" when the names were searched


def resolve_pages(candidates: Sequence[Candidate], source: PageSource | None) -> PageChoice:
    if source is None:
        return PageChoice({}, "not looked up (--offline)")
    hits: dict[str, str | None] = {}
    pages: dict[str, tuple[str, ...]] = {}
    for candidate in candidates:
        titles: list[str] = []
        for name in candidate.names:
            if name not in hits:
                try:
                    found = source.search(name, limit=1)
                except SourceError as exc:
                    return PageChoice({}, f"not looked up: {exc}")
                hits[name] = found[0] if found else None
            title = hits[name]
            if title is not None and title not in titles:
                titles.append(title)
        pages[candidate.id] = tuple(titles)
    return PageChoice(pages)
