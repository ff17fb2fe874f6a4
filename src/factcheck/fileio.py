"""Writing files so that a reader never sees half of one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from factcheck.errors import OutputError


def _default_mode() -> int:
    # There is no way to read the umask without setting it; the window is two calls long.
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def atomic_write_text(path: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> None:
    """Write `text` to `path` through a temporary file in the same directory, then rename.

    Either the whole new file is there afterwards, or the old file (or none) is: an error
    or an interrupt (even KeyboardInterrupt) removes the temporary file. Line endings are
    written as given. OS errors become an OutputError with one line of explanation.
    """
    target = Path(path)
    try:
        mode = target.stat().st_mode & 0o7777 if target.exists() else _default_mode()
        fd, temp_name = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
        )
    except OSError as exc:
        raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp_name, mode)  # mkstemp makes it owner-only; a report is not a secret
        os.replace(temp_name, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp_name)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {target}: {exc.strerror or exc}") from exc
        if isinstance(exc, UnicodeEncodeError):
            raise OutputError(
                f"cannot write {target}: the text cannot be encoded as {encoding}"
                f" ({exc.reason} at position {exc.start})"
            ) from exc
        raise
