"""Failures of the test wiki tooling; the CLI prints them as one line."""

from __future__ import annotations

from factcheck.errors import FactcheckError


class TestWikiError(FactcheckError):
    """The test wiki cannot be installed, created, seeded, started or stopped."""

    __test__ = False  # not a pytest test class, despite the name


class MediaWikiMissingError(TestWikiError):
    """The Debian packages the test wiki runs on are not installed."""


class PackError(TestWikiError):
    """An evidence pack (index.toml and its wikitext files) cannot be used as it is."""
