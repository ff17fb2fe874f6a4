"""A local MediaWiki for tests and the demo: create it, seed it, run it, stop it.

Everything lives in one data directory (SQLite files, settings, server log); the
Debian package's code in /usr/share/mediawiki is shared and never written to, and
MW_CONFIG_FILE points PHP at this wiki's settings.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import secrets
import shutil
import signal
import socket
import sqlite3
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from factcheck.testwiki import mwconfig
from factcheck.testwiki.debian import MEDIAWIKI_DIR, require_mediawiki
from factcheck.testwiki.errors import TestWikiError
from factcheck.testwiki.pack import Pack

HOST = "127.0.0.1"
DEFAULT_WORKERS = 4
MARKER_NAME = ".factcheck-testwiki"  # only a directory holding this may be wiped
SEED_RECORD_NAME = "seed.json"
DUMP_NAME = "seed.xml"
LOG_NAME = "server.log"
DB_NAME = "wiki"
ADMIN_USER = "Admin"
_LOG_TAIL_LINES = 8


def api_url(port: int) -> str:
    return f"http://{HOST}:{port}/api.php"


def free_port() -> int:
    """A loopback port nobody listens on right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        port: int = sock.getsockname()[1]
        return port


def port_in_use(port: int) -> bool:
    """Does something listen on the port? Closed connections (TIME_WAIT) do not count."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        # As servers do (php -S too), so that a port freed a moment ago is free.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((HOST, port))
        except OSError:
            return True
        return False


@dataclass(frozen=True)
class SeedRecord:
    """What a wiki was seeded with; kept beside its data as seed.json."""

    pack: str
    fingerprint: str
    pages: int
    redirects: int
    seconds: float  # install + import
    seeded_at: str


class LocalWiki:
    """One wiki's data directory. `create` makes and seeds it, `start` runs it."""

    def __init__(
        self, data_dir: Path | str, *, mediawiki_dir: Path = MEDIAWIKI_DIR, php: str = "php"
    ) -> None:
        self.data_dir = Path(data_dir).resolve()
        self.mediawiki_dir = mediawiki_dir
        self.php = php

    @property
    def config_file(self) -> Path:
        return self.data_dir / "LocalSettings.php"

    @property
    def log_file(self) -> Path:
        return self.data_dir / LOG_NAME

    def seed_record(self) -> SeedRecord | None:
        """The record of the last complete seed, or None if there was none."""
        try:
            data = json.loads((self.data_dir / SEED_RECORD_NAME).read_text("utf-8"))
            return SeedRecord(**data)
        except (OSError, ValueError, TypeError):
            return None

    def create(self, pack: Pack) -> SeedRecord:
        """Make a fresh wiki in the data directory, seeded with the pack.

        Whatever the directory held (if it was a test wiki) is replaced.
        """
        require_mediawiki(self.mediawiki_dir, self.php)
        started = time.monotonic()
        self._wipe()
        self.data_dir.mkdir(parents=True)
        (self.data_dir / MARKER_NAME).write_text("a factcheck test wiki; safe to delete\n")
        self._maintenance(
            "install.php",
            "--dbtype=sqlite",
            f"--dbpath={self.data_dir}",
            f"--dbname={DB_NAME}",
            f"--server=http://{HOST}",
            "--scriptpath=",
            f"--confpath={self.data_dir}",
            f"--pass={secrets.token_urlsafe(18)}",  # nobody logs in; it must merely exist
            "Factcheck test wiki",
            ADMIN_USER,
            config=False,
        )
        with self.config_file.open("a", encoding="utf-8") as settings:
            settings.write("\n" + mwconfig.INCLUDE_LINE)
        (self.data_dir / mwconfig.SEARCH_FILE).write_text(mwconfig.SEARCH_PHP, "utf-8")
        self._write_settings(port=0)

        dump = self.data_dir / DUMP_NAME
        dump.write_text(pack.to_xml_dump(), "utf-8")
        # One importer run for the whole pack: it fills the search index and the
        # redirect table itself (about 2 s for 100 pages; edit.php per page took 25 s).
        self._maintenance("importDump.php", "--quiet", str(dump))
        self._check_seeded(pack)

        record = SeedRecord(
            pack=str(pack.root.resolve()),
            fingerprint=pack.fingerprint,
            pages=len(pack.pages),
            redirects=len(pack.redirects),
            seconds=round(time.monotonic() - started, 2),
            seeded_at=dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
        (self.data_dir / SEED_RECORD_NAME).write_text(
            json.dumps(asdict(record), indent=2) + "\n", "utf-8"
        )
        return record

    def edit_page(self, title: str, text: str, summary: str = "test edit") -> None:
        """Save a new revision of a page, as an editor would (works while the wiki runs)."""
        self._maintenance(
            "edit.php", f"--summary={summary}", f"--user={ADMIN_USER}", title, stdin=text
        )

    def start(
        self,
        port: int | None = None,
        *,
        workers: int = DEFAULT_WORKERS,
        timeout: float = 60.0,
    ) -> WikiServer:
        """Run the wiki under `php -S` and wait until its API answers.

        With no port, a free one is picked (and another one if it is taken meanwhile).
        """
        require_mediawiki(self.mediawiki_dir, self.php)
        if self.seed_record() is None:
            raise TestWikiError(f"{self.data_dir}: no seeded test wiki here")
        if port is not None and port_in_use(port):
            raise TestWikiError(f"port {port} on {HOST} is already in use")
        attempts = 1 if port is not None else 3
        last_error: TestWikiError | None = None
        for _ in range(attempts):
            chosen = port if port is not None else free_port()
            try:
                return self._launch(chosen, workers, timeout)
            except _PortTakenError as exc:
                last_error = exc
        assert last_error is not None
        raise last_error

    def _launch(self, port: int, workers: int, timeout: float) -> WikiServer:
        self._write_settings(port)
        env = self._env()
        # Several workers so that parallel requests (the client allows 3) run at once.
        env["PHP_CLI_SERVER_WORKERS"] = str(max(workers, 1))
        # OPcache is off for the CLI by default; without it every request compiles
        # MediaWiki's few hundred source files again (about 4x slower per request).
        cmd = [self.php, "-q", "-d", "opcache.enable_cli=1", "-S", f"{HOST}:{port}"]
        cmd += ["-t", str(self.mediawiki_dir)]
        with self.log_file.open("ab") as log:
            try:
                process = subprocess.Popen(
                    cmd,
                    cwd=self.data_dir,
                    env=env,
                    stdin=subprocess.DEVNULL,
                    stdout=log,
                    stderr=subprocess.STDOUT,
                    # Its own process group: stop() ends the master and all its workers.
                    start_new_session=True,
                )
            except OSError as exc:
                raise TestWikiError(f"cannot run {self.php}: {exc}") from None
        server = WikiServer(pid=process.pid, port=port, data_dir=self.data_dir, process=process)
        try:
            server.wait_ready(timeout)
        except BaseException:
            server.stop()
            raise
        return server

    def _env(self) -> dict[str, str]:
        return {**os.environ, "MW_CONFIG_FILE": str(self.config_file)}

    def _write_settings(self, port: int) -> None:
        text = mwconfig.render_settings(port, dt.datetime.now(dt.UTC))
        (self.data_dir / mwconfig.SETTINGS_NAME).write_text(text, "utf-8")

    def _maintenance(
        self, script: str, *args: str, config: bool = True, stdin: str | None = None
    ) -> str:
        cmd = [self.php, str(self.mediawiki_dir / "maintenance" / script), *args]
        env = self._env() if config else {**os.environ}
        if not config:
            env.pop("MW_CONFIG_FILE", None)
        try:
            result = subprocess.run(
                cmd,
                cwd=self.data_dir,
                env=env,
                input=stdin if stdin is not None else "",
                capture_output=True,
                text=True,
                errors="replace",
                timeout=600,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise TestWikiError(f"{script} failed: {exc}") from None
        if result.returncode != 0:
            detail = _last_line(result.stderr) or _last_line(result.stdout) or "no output"
            raise TestWikiError(f"{script} failed (exit code {result.returncode}): {detail}")
        return result.stdout

    def _check_seeded(self, pack: Pack) -> None:
        """The importer skips a page it cannot take with a mere warning: count them."""
        db = self.data_dir / f"{DB_NAME}.sqlite"
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
            pages, redirects = conn.execute(
                "SELECT COUNT(*), COALESCE(SUM(page_is_redirect), 0) FROM page"
            ).fetchone()
        conn.close()
        # + the Main Page install made
        expected = len(pack.pages) + len(pack.templates) + len(pack.redirects) + 1
        if (pages, redirects) != (expected, len(pack.redirects)):
            raise TestWikiError(
                f"seeding {pack.root} left {pages} pages ({redirects} redirects) on the wiki, "
                f"expected {expected} ({len(pack.redirects)} redirects)"
            )

    def _wipe(self) -> None:
        if not self.data_dir.exists():
            return
        if any(self.data_dir.iterdir()) and not (self.data_dir / MARKER_NAME).is_file():
            raise TestWikiError(
                f"{self.data_dir} is not empty and not a test wiki; refusing to replace it"
            )
        shutil.rmtree(self.data_dir)


class _PortTakenError(TestWikiError):
    """Another process took the port between picking it and the server binding it."""


class WikiServer:
    """A running `php -S` serving one wiki; `stop` ends it and its workers."""

    def __init__(
        self,
        pid: int,
        port: int,
        data_dir: Path,
        process: subprocess.Popen[bytes] | None = None,
    ) -> None:
        self.pid = pid
        self.port = port
        self.data_dir = data_dir
        self._process = process  # set when this process started it, so it can reap it

    @property
    def api(self) -> str:
        return api_url(self.port)

    @property
    def log_file(self) -> Path:
        return self.data_dir / LOG_NAME

    def is_running(self) -> bool:
        """Is this pid still our php server (not a dead or reused pid)?"""
        if self._process is not None and self._process.poll() is not None:
            return False
        return _is_server_process(self.pid, self.port)

    def wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        probe = self.api + "?action=query&meta=siteinfo&format=json&formatversion=2"
        while True:
            if self._process is not None and self._process.poll() is not None:
                log = _tail(self.log_file)
                if "Address already in use" in log:
                    raise _PortTakenError(f"port {self.port} on {HOST} is already in use")
                raise TestWikiError(f"the wiki server exited at start: {_last_line(log)}")
            try:
                with urllib.request.urlopen(probe, timeout=5) as response:
                    if "query" in json.loads(response.read()):
                        return
            except (OSError, ValueError):  # not listening yet, or not answering JSON yet
                pass
            if time.monotonic() > deadline:
                raise TestWikiError(f"the wiki API at {self.api} did not answer in {timeout:g} s")
            time.sleep(0.1)

    def stop(self, timeout: float = 10.0) -> None:
        """End the server's whole process group: SIGTERM, then SIGKILL after `timeout`."""
        if self._process is None and not _is_server_process(self.pid, self.port):
            return  # gone already, or the pid now belongs to something else
        for sig, wait in ((signal.SIGTERM, timeout), (signal.SIGKILL, 5.0)):
            try:
                os.killpg(self.pid, sig)
            except ProcessLookupError:
                break
            deadline = time.monotonic() + wait
            while _group_alive(self.pid, self._process) and time.monotonic() < deadline:
                time.sleep(0.05)
            if not _group_alive(self.pid, self._process):
                break
        if self._process is not None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                self._process.wait(timeout=5)
        if _group_alive(self.pid, None):
            raise TestWikiError(f"the wiki server (process group {self.pid}) did not stop")


def _group_alive(pgid: int, process: subprocess.Popen[bytes] | None) -> bool:
    """Does any process of the group still run? Zombies do not count."""
    if process is not None:
        process.poll()  # reap our own child, so it stops counting
    return any(state != "Z" for state in _group_states(pgid))


def _group_states(pgid: int) -> Sequence[str]:
    states = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # "pid (comm) state ppid pgrp ...": comm may hold spaces, so split after ')'.
        fields = stat[stat.rfind(")") + 2 :].split()
        if len(fields) > 2 and int(fields[2]) == pgid:
            states.append(fields[0])
    return states


def _is_server_process(pid: int, port: int) -> bool:
    try:
        argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        state = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    if state[state.rfind(")") + 2 :].startswith("Z"):
        return False
    return b"-S" in argv and f"{HOST}:{port}".encode() in argv


def _tail(path: Path, lines: int = _LOG_TAIL_LINES) -> str:
    try:
        text = path.read_text("utf-8", errors="replace")
    except OSError:
        return ""
    return "\n".join(text.splitlines()[-lines:])


def _last_line(text: str) -> str:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return lines[-1] if lines else ""
