"""A PageSource that serves pages from a dict, counting what it was asked."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from factcheck.models import LookupStatus, Page, PageLookup, ProgressCallback


def make_page(
    title: str, text: str, revid: int = 1, api: str = "fake://wiki", wikitext: str | None = None
) -> Page:
    return Page(
        title=title,
        pageid=revid,
        revid=revid,
        timestamp="2024-01-01T00:00:00Z",
        url=f"https://wiki.example/wiki/{title.replace(' ', '_')}",
        text=text,
        api=api,
        wikitext=wikitext,
    )


class FakeSource:
    def __init__(
        self,
        pages: Mapping[str, str] | None = None,
        *,
        errors: Mapping[str, str] | None = None,
        search_results: Mapping[str, list[str]] | None = None,
        name: str = "fake://wiki",
        wikitexts: Mapping[str, str] | None = None,
    ) -> None:
        """`pages` maps titles to their plain text; `wikitexts` gives some their wikitext."""
        wikitexts = wikitexts or {}
        self.pages = {
            t: make_page(t, x, n + 1, name, wikitexts.get(t))
            for n, (t, x) in enumerate((pages or {}).items())
        }
        self.errors = dict(errors or {})
        self.search_results = dict(search_results or {})
        self._name = name
        self.fetched: list[str] = []
        self.searched: list[str] = []

    @property
    def name(self) -> str:
        return self._name

    def fetch(
        self, titles: Sequence[str], progress: ProgressCallback | None = None
    ) -> dict[str, PageLookup]:
        out: dict[str, PageLookup] = {}
        unique = list(dict.fromkeys(titles))
        for done, title in enumerate(unique, 1):
            self.fetched.append(title)
            if title in self.errors:
                out[title] = PageLookup(title, LookupStatus.ERROR, reason=self.errors[title])
            elif title in self.pages:
                out[title] = PageLookup(title, LookupStatus.FOUND, page=self.pages[title])
            else:
                out[title] = PageLookup(
                    title, LookupStatus.MISSING, reason=f"no article titled {title!r}"
                )
            if progress:
                progress(done, len(unique), title)
        return out

    def search(self, query: str, limit: int = 3) -> list[str]:
        self.searched.append(query)
        for key, titles in self.search_results.items():
            if key.lower() in query.lower():
                return titles[:limit]
        return []
