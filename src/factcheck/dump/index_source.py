"""An index built from a dump, as a PageSource: `factcheck run --source INDEX`."""

from __future__ import annotations

import re
import sqlite3
import urllib.parse
from collections.abc import Sequence
from pathlib import Path

from factcheck.dump.records import IndexInfo
from factcheck.dump.store import IndexReader
from factcheck.errors import SourceError
from factcheck.models import LookupStatus, Page, PageLookup, ProgressCallback
from factcheck.titles import title_problem

_WORD = re.compile(r"\w+")


class IndexSource:
    """Pages and searches from an index. Raises DumpError when the file is missing, not
    an index or incomplete; a file damaged past its header makes each lookup an ERROR."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._reader = IndexReader(self.path)
        self.info: IndexInfo = self._reader.info

    @property
    def name(self) -> str:
        return f"dump {self.info.label}"

    def fetch(
        self, titles: Sequence[str], progress: ProgressCallback | None = None
    ) -> dict[str, PageLookup]:
        unique = list(dict.fromkeys(titles))
        out: dict[str, PageLookup] = {}
        for done, title in enumerate(unique, start=1):
            out[title] = self._lookup(title)
            if progress:
                progress(done, len(unique), title)
        return out

    def _lookup(self, title: str) -> PageLookup:
        problem = title_problem(title)
        if problem:
            return PageLookup(title, LookupStatus.INVALID, reason=problem)
        try:
            row = self._reader.page(title)
        except sqlite3.DatabaseError as exc:
            return PageLookup(title, LookupStatus.ERROR, reason=f"index {self.path}: {exc}")
        if row is None:
            return PageLookup(
                title, LookupStatus.MISSING, reason=f"no article titled {title!r} in the dump"
            )
        found, pageid, revid, timestamp, text = row
        page = Page(found, pageid, revid, timestamp, self._url(found), text, api=self.name)
        return PageLookup(title, LookupStatus.FOUND, page=page)

    def _url(self, title: str) -> str:
        if not self.info.base_url:
            return ""
        return self.info.base_url + urllib.parse.quote(title.replace(" ", "_"), safe=";@$!*(),/~:")

    def search(self, query: str, limit: int = 3) -> list[str]:
        """Titles for a query: the article it names, if any, then the articles with all
        its words, then those with any (bm25, titles weighing most)."""
        words = _WORD.findall(query)
        if not words:
            return []
        # Each word quoted: FTS5 would read AND, OR, NEAR or a hyphen as syntax.
        quoted = [f'"{w}"' for w in dict.fromkeys(words)]
        found: list[str] = []
        try:
            named = self._reader.page(query)
            if named is not None:
                found.append(named[0])
            for match in (" AND ".join(quoted), " OR ".join(quoted)):
                for title in self._reader.search(match, limit):
                    if title not in found:
                        found.append(title)
                if len(found) >= limit:
                    break
        except sqlite3.DatabaseError as exc:
            raise SourceError(f"search for {query!r} in index {self.path}: {exc}") from None
        return found[:limit]

    def close(self) -> None:
        self._reader.close()
