"""One exception base per layer. The CLI alone turns them into a message and an exit code."""

from __future__ import annotations


class FactcheckError(Exception):
    """Root of every expected failure; its str() is the one line a user sees."""


class ClaimsFileError(FactcheckError):
    """The claims file cannot be used as it is (loader layer)."""

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        self.path = path
        self.line = line
        self.message = message
        where = f"{path}:{line}" if line is not None else path
        super().__init__(f"{where}: {message}")


class SourceError(FactcheckError):
    """Evidence could not be fetched (source layer: network, server, API)."""


class CacheError(FactcheckError):
    """The page cache cannot be used (cache layer). Runs degrade to no cache."""


class SnapshotError(FactcheckError):
    """A snapshot file cannot be read or written."""


class OutputError(FactcheckError):
    """A report cannot be rendered or written (formats layer)."""


class ExtractError(FactcheckError):
    """An essay cannot be read, or its claims file cannot be written (extract layer)."""


class UsageError(FactcheckError):
    """Options that do not fit together, found after parsing."""


class DumpError(FactcheckError):
    """A Wikipedia dump, or an index built from one, cannot be used (dump layer)."""


class ClusterError(FactcheckError):
    """A Dask cluster cannot be used: not installed, or its scheduler cannot be reached."""
