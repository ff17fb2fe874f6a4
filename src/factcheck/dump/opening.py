"""Opening a dump file: its compression (gzip, bzip2 or none) and its format (JSON lines
or XML) told from its first bytes, never from its name, and a count of the bytes read
for the progress display."""

from __future__ import annotations

import bz2
import gzip
import io
import os
from pathlib import Path

from factcheck.dump.records import DumpFormat
from factcheck.errors import DumpError

_GZIP_MAGIC = b"\x1f\x8b"
_BZIP2_MAGIC = b"BZh"
# Enough of the start to see past a byte-order mark and blank lines.
_SNIFF_BYTES = 4096


class CountingReader(io.RawIOBase):
    """A file read through, counting the bytes taken from it (compressed bytes, for a
    compressed dump: what the file's size on disk is measured in)."""

    def __init__(self, raw: io.BufferedIOBase) -> None:
        self._raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self._raw.read(len(buffer))
        size = len(data)
        buffer[:size] = data
        self.count += size
        return size

    def close(self) -> None:
        self._raw.close()
        super().close()


class OpenDump:
    """A dump opened for one pass: `stream` gives its decompressed bytes, `bytes_read`
    how much of the file is behind it."""

    def __init__(self, path: Path, fmt: DumpFormat) -> None:
        self.path = path
        self.format = fmt
        self.size = path.stat().st_size
        self._counter = CountingReader(path.open("rb"))
        self.stream: io.BufferedIOBase = _decompressed(self._counter)

    @property
    def bytes_read(self) -> int:
        return self._counter.count

    def close(self) -> None:
        self.stream.close()
        self._counter.close()

    def __enter__(self) -> OpenDump:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _decompressed(raw: io.RawIOBase) -> io.BufferedIOBase:
    buffered = io.BufferedReader(raw, buffer_size=1 << 20)
    magic = buffered.peek(3)[:3]
    if magic.startswith(_GZIP_MAGIC):
        return gzip.GzipFile(fileobj=buffered, mode="rb")
    if magic.startswith(_BZIP2_MAGIC):
        return bz2.BZ2File(buffered, mode="rb")
    return buffered


def open_dump(path: str | os.PathLike[str]) -> OpenDump:
    """Open a dump and tell its format. Raises DumpError naming the file when it is
    missing, unreadable, or neither of the two formats."""
    path = Path(path)
    fmt = sniff_format(path)
    try:
        return OpenDump(path, fmt)
    except OSError as exc:
        raise DumpError(f"{path}: cannot read: {exc.strerror or exc}") from exc


def sniff_format(path: Path) -> DumpFormat:
    try:
        with path.open("rb") as raw:
            stream = _decompressed(CountingReader(raw))
            start = stream.read(_SNIFF_BYTES)
    except FileNotFoundError:
        raise DumpError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise DumpError(f"{path}: is a directory, not a dump") from None
    except (OSError, EOFError) as exc:
        # gzip and bz2 say a broken stream with OSError (BadGzipFile) or EOFError.
        raise DumpError(f"{path}: not a dump factcheck can read ({_cause(exc)})") from None
    first = start.lstrip(b"\xef\xbb\xbf \t\r\n")[:1]
    if first == b"{":
        return DumpFormat.CIRRUS
    if first == b"<":
        return DumpFormat.XML
    raise DumpError(
        f"{path}: not a dump factcheck can read (neither CirrusSearch JSON lines nor "
        "pages-articles XML, plain or compressed with gzip or bzip2)"
    )


def _cause(exc: BaseException) -> str:
    text = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return str(text)
