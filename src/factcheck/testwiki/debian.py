"""The Debian packages the test wiki runs on: are they there, and installing them."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from factcheck.testwiki.errors import MediaWikiMissingError, TestWikiError

PACKAGES = ("mediawiki", "php-cli", "php-sqlite3", "php-intl", "php-mbstring", "php-xml")
MEDIAWIKI_DIR = Path("/usr/share/mediawiki")
INSTALL_HINT = "run `factcheck-testwiki install`"
# PHP modules MediaWiki needs for this setup: SQLite, Unicode, and the XML dump importer.
_PHP_MODULES = ("pdo_sqlite", "intl", "mbstring", "dom", "xmlreader")
# What apt-get says when it has no package lists yet (a fresh container), or only lists
# so old that the archive no longer has the files they name.
_NO_LISTS = ("Unable to locate package", "has no installation candidate", "Failed to fetch")

# Runs a command, echoing its output to a stream; returns the exit code and the output.
Runner = Callable[[Sequence[str], dict[str, str], TextIO], tuple[int, str]]


def mediawiki_problem(mediawiki_dir: Path = MEDIAWIKI_DIR, php: str = "php") -> str | None:
    """Why the test wiki cannot run here, in one line; None when it can."""
    needed = (
        mediawiki_dir / "maintenance" / "install.php",
        mediawiki_dir / "maintenance" / "importDump.php",
        mediawiki_dir / "extensions" / "TextExtracts" / "extension.json",
    )
    for path in needed:
        if not path.is_file():
            return f"MediaWiki is not installed ({path} is missing)"
    php_path = shutil.which(php)
    if php_path is None:
        return f"PHP is not installed (no {php!r} on PATH)"
    try:
        listed = subprocess.run(
            [php_path, "-m"], capture_output=True, text=True, timeout=30, check=False
        ).stdout
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"{php_path} -m failed: {exc}"
    modules = {line.strip().lower() for line in listed.splitlines()}
    missing = [m for m in _PHP_MODULES if m not in modules]
    if missing:
        return f"PHP lacks the module(s) {', '.join(missing)}"
    return None


def require_mediawiki(mediawiki_dir: Path = MEDIAWIKI_DIR, php: str = "php") -> None:
    problem = mediawiki_problem(mediawiki_dir, php)
    if problem is not None:
        raise MediaWikiMissingError(f"{problem}; {INSTALL_HINT}")


def missing_packages(packages: Sequence[str] = PACKAGES) -> list[str]:
    """The packages dpkg does not report as installed."""
    if shutil.which("dpkg-query") is None:
        raise TestWikiError("dpkg-query not found: the test wiki needs a Debian-based system")
    result = subprocess.run(
        ["dpkg-query", "-W", "-f=${Package} ${db:Status-Abbrev}\n", *packages],
        capture_output=True,
        text=True,
        check=False,
    )
    installed = set()
    for line in result.stdout.splitlines():
        name, _, status = line.partition(" ")
        if status.startswith("ii"):
            installed.add(name.split(":", 1)[0])  # drop an architecture suffix
    return [p for p in packages if p not in installed]


def install_packages(
    out: TextIO | None = None,
    *,
    packages: Sequence[str] = PACKAGES,
    runner: Runner | None = None,
    missing: Callable[[], list[str]] | None = None,
    is_root: bool | None = None,
) -> bool:
    """Install the Debian packages unless they are all there; True if apt-get ran.

    Runs `apt-get update` only when the install fails for want of package lists.
    """
    out = out if out is not None else sys.stderr
    run = runner if runner is not None else _run_tee
    if missing is None:
        wanted = tuple(packages)

        def missing() -> list[str]:
            return missing_packages(wanted)

    todo = missing()
    if not todo:
        return False
    if shutil.which("apt-get") is None:
        raise TestWikiError(f"apt-get not found; install {' '.join(packages)} by hand")
    root = os.geteuid() == 0 if is_root is None else is_root
    prefix: list[str] = []
    if not root:
        if shutil.which("sudo") is None:
            raise TestWikiError(
                "not root and sudo not found; run `factcheck-testwiki install` as root"
            )
        # sudo drops the environment; an assignment before the command passes this one through.
        prefix = ["sudo", "DEBIAN_FRONTEND=noninteractive"]
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    install = [*prefix, "apt-get", "install", "-y", "--no-install-recommends", *packages]
    print(f"installing {' '.join(todo)}: {' '.join(install)}", file=out)
    code, output = run(install, env, out)
    if code != 0 and any(marker in output for marker in _NO_LISTS):
        update = [*prefix, "apt-get", "update"]
        print(f"no package lists yet: {' '.join(update)}", file=out)
        code, _ = run(update, env, out)
        if code != 0:
            raise TestWikiError(f"`{' '.join(update)}` failed with exit code {code}")
        code, output = run(install, env, out)
    if code != 0:
        raise TestWikiError(f"`{' '.join(install)}` failed with exit code {code}")
    still = missing()
    if still:
        raise TestWikiError(f"apt-get finished but {' '.join(still)} is still not installed")
    return True


def _run_tee(cmd: Sequence[str], env: dict[str, str], out: TextIO) -> tuple[int, str]:
    """Run a command, copying its output to `out` as it comes, and keep it."""
    try:
        proc = subprocess.Popen(
            cmd,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            errors="replace",
        )
    except OSError as exc:
        raise TestWikiError(f"cannot run {cmd[0]}: {exc}") from None
    lines = []
    assert proc.stdout is not None
    for line in proc.stdout:
        out.write(line)
        lines.append(line)
    return proc.wait(), "".join(lines)
