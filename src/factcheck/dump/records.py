"""Frozen values read from a dump and written to an index."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class DumpFormat(StrEnum):
    CIRRUS = "cirrussearch"  # the CirrusSearch content dump: JSON lines, plain text
    XML = "xml"  # the pages-articles dump: XML, wikitext


# How each format is named to a reader of a report.
FORMAT_WORDS = {
    DumpFormat.CIRRUS: "CirrusSearch content dump",
    DumpFormat.XML: "XML pages-articles dump",
}


@dataclass(frozen=True)
class DumpPage:
    """One article as a dump holds it, its text already plain."""

    title: str
    pageid: int
    revid: int
    timestamp: str  # ISO 8601 UTC time of the revision
    text: str
    # Titles that redirect here, when the dump lists them with the page (CirrusSearch).
    redirects: tuple[str, ...] = ()


@dataclass(frozen=True)
class DumpRedirect:
    """A redirect page (the XML dump lists them as pages of their own)."""

    title: str
    target: str


@dataclass(frozen=True)
class DumpHeader:
    """What a dump says about itself before its first page."""

    format: DumpFormat
    base_url: str = ""  # article URLs are base_url + title, e.g. https://en.wikipedia.org/wiki/
    wiki: str = ""  # the wiki's database name when the dump gives it (enwiki)


@dataclass(frozen=True)
class IndexInfo:
    """What an index was built from: shown in reports as their source."""

    dump: str  # the dump's file name
    date: str  # YYYY-MM-DD: from the file name, else the newest revision in it
    format: DumpFormat
    base_url: str
    pages: int
    redirects: int

    @property
    def label(self) -> str:
        """E.g. "enwiki-20240101-cirrussearch-content.json.gz (CirrusSearch content dump
        of 2024-01-01)"."""
        return f"{self.dump} ({FORMAT_WORDS[self.format]} of {self.date})"


@dataclass(frozen=True)
class IndexProgress:
    """How far an indexing run is: for a progress display."""

    bytes_read: int  # of the dump file as stored (compressed bytes when compressed)
    bytes_total: int
    pages: int
    redirects: int
    # What is being done: "Reading" the dump, then "Indexing words" (the full-text index,
    # built once every page is in).
    phase: str = "Reading"


def normal_title(title: str) -> str:
    """The one form MediaWiki gives equivalent titles: spaces for underscores, one space
    between words, a capital first letter (English Wikipedia's rule)."""
    title = " ".join(title.replace("_", " ").split())
    return title[:1].upper() + title[1:]
