"""`factcheck index`: one pass over a dump into a new index file.

The index is written as INDEX.partial beside INDEX and renamed only once complete, so an
interrupted or failed build leaves no file that reads as an index (and the previous
INDEX, if any, untouched); a rerun starts again from the dump's first page.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

from factcheck.dump.cirrus import read_cirrus
from factcheck.dump.opening import OpenDump, open_dump
from factcheck.dump.records import (
    DumpFormat,
    DumpHeader,
    DumpPage,
    DumpRedirect,
    IndexInfo,
    IndexProgress,
)
from factcheck.dump.store import IndexWriter
from factcheck.dump.xmldump import read_xml
from factcheck.errors import DumpError

# Wikimedia names each dump after the day it was started: enwiki-20240101-...
_DUMP_DAY = re.compile(r"(?<!\d)(20\d\d|19\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)")
# Seconds between two progress reports: often enough to look alive, rarely enough to cost
# nothing.
PROGRESS_EVERY = 0.1

Progress = Callable[[IndexProgress], None]


def partial_path(index: Path) -> Path:
    return index.with_name(index.name + ".partial")


def dump_date(name: str, newest: str) -> str:
    """YYYY-MM-DD of a dump: the day in its file name, else its newest revision's."""
    match = _DUMP_DAY.search(name)
    if match:
        return "-".join(match.groups())
    return newest[:10] if newest else "unknown date"


def build_index(
    dump: str | os.PathLike[str],
    index: str | os.PathLike[str],
    *,
    base_url: str | None = None,
    progress: Progress | None = None,
) -> IndexInfo:
    """Read `dump` (either format, plain, gzip or bzip2) into a new index at `index`.

    `base_url` (article URLs are base_url + title) overrides what the dump says. Raises
    DumpError when the dump cannot be read or the index cannot be written.
    """
    dump, index = Path(dump), Path(index)
    partial = partial_path(index)
    opened = open_dump(dump)
    try:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()  # left by a build that was killed: start again
        writer = IndexWriter(partial)
    except (OSError, sqlite3.Error) as exc:
        opened.close()
        raise DumpError(f"cannot write {partial}: {_cause(exc)}") from None
    try:
        header = _fill(opened, writer, progress)
        url = base_url if base_url is not None else header.base_url
        info = writer.finish(dump.name, dump_date(dump.name, writer.newest), opened.format, url)
        writer.close()
        os.replace(partial, index)
        return info
    except BaseException as exc:
        writer.close()
        with contextlib.suppress(OSError):
            partial.unlink()
        if isinstance(exc, (OSError, sqlite3.Error)):
            raise DumpError(f"cannot write {index}: {_cause(exc)}") from None
        raise
    finally:
        opened.close()


def _fill(opened: OpenDump, writer: IndexWriter, progress: Progress | None) -> DumpHeader:
    header = DumpHeader(opened.format)
    redirects = 0
    last = 0.0

    def report(phase: str = "Reading") -> None:
        if progress is not None:
            done = IndexProgress(opened.bytes_read, opened.size, writer.pages, redirects, phase)
            progress(done)

    for item in _items(opened):
        if isinstance(item, DumpPage):
            writer.add_page(item)
            redirects += len(item.redirects)
        elif isinstance(item, DumpRedirect):
            writer.add_redirect(item.title, item.target)
            redirects += 1
        else:
            header = item
        now = time.monotonic()
        if now - last >= PROGRESS_EVERY:
            last = now
            report()
    report("Indexing words")  # what finish() does next takes a while on a large dump
    return header


def _items(opened: OpenDump) -> Iterator[DumpHeader | DumpPage | DumpRedirect]:
    name = opened.path.name
    reader = read_cirrus if opened.format is DumpFormat.CIRRUS else read_xml
    try:
        yield from reader(opened.stream, name)
    except (EOFError, zlib.error) as exc:
        raise DumpError(f"{name}: the compressed file is cut short or damaged ({exc})") from None
    except OSError as exc:
        # gzip's BadGzipFile and bz2's "Invalid data stream" are OSErrors.
        raise DumpError(f"{name}: cannot read: {_cause(exc)}") from None


def _cause(exc: BaseException) -> str:
    return str(getattr(exc, "strerror", None) or exc or type(exc).__name__)
