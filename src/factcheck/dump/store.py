"""The index: one SQLite file holding a dump's articles keyed by title, its redirects,
an FTS5 full-text index over titles and text, and what it was built from.

SQLite because it is in Python's standard library, reads one page by key in well under
a millisecond, and has FTS5 with bm25 ranking for the claims that name no article (see
the README's "A dump as the source"). The file is only complete once `meta` holds
`complete`; the builder writes it under another name and renames it at the end.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from factcheck.dump.records import DumpFormat, DumpPage, IndexInfo, normal_title
from factcheck.errors import DumpError

INDEX_FORMAT = "factcheck-index"
INDEX_VERSION = "1"
# Rows written per executemany: large enough to amortise the call, small enough to keep
# memory flat whatever the dump's size.
BATCH = 500

_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE pages (
    title TEXT PRIMARY KEY,
    pageid INTEGER NOT NULL,
    revid INTEGER NOT NULL,
    timestamp TEXT NOT NULL,
    text TEXT NOT NULL
);
CREATE TABLE redirects (title TEXT PRIMARY KEY, target TEXT NOT NULL);
CREATE VIRTUAL TABLE pages_fts USING fts5(
    title, text, content='pages', content_rowid='rowid',
    tokenize='porter unicode61 remove_diacritics 2'
);
"""


class IndexWriter:
    """Writes a new index file (which must not exist yet), page by page."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = sqlite3.connect(path, isolation_level=None)
        # The file is thrown away if the build does not finish, so the journal and fsyncs
        # that protect a live database would only slow the build down. An 8 MiB page cache
        # keeps memory flat: with 64 MiB the peak still grew 1.8x for a dump 4x larger
        # (benchmarks/dump_index.py), and the build was no faster.
        self._db.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-8192;"
        )
        self._db.executescript(_SCHEMA)
        # Written first: a file left by a build that was killed then reads as an incomplete
        # index, not as something else.
        self._db.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?)",
            [("format", INDEX_FORMAT), ("version", INDEX_VERSION)],
        )
        self._db.execute("BEGIN")
        self._pages: list[tuple[str, int, int, str, str]] = []
        self._redirects: list[tuple[str, str]] = []
        self.pages = 0
        self.newest = ""  # the latest revision time seen: the dump's date if its name has none

    def add_page(self, page: DumpPage) -> None:
        title = normal_title(page.title)
        self._pages.append((title, page.pageid, page.revid, page.timestamp, page.text))
        self.pages += 1
        self.newest = max(self.newest, page.timestamp)
        for alias in page.redirects:
            self._redirects.append((normal_title(alias), title))
        if len(self._pages) >= BATCH or len(self._redirects) >= BATCH:
            self._flush()

    def add_redirect(self, title: str, target: str) -> None:
        self._redirects.append((normal_title(title), normal_title(target)))
        if len(self._redirects) >= BATCH:
            self._flush()

    def _flush(self) -> None:
        self._db.executemany(
            "INSERT OR REPLACE INTO pages (title, pageid, revid, timestamp, text) "
            "VALUES (?, ?, ?, ?, ?)",
            self._pages,
        )
        self._db.executemany(
            "INSERT OR REPLACE INTO redirects (title, target) VALUES (?, ?)", self._redirects
        )
        self._pages.clear()
        self._redirects.clear()

    def finish(self, dump: str, date: str, fmt: DumpFormat, base_url: str) -> IndexInfo:
        """Resolve redirects, build the full-text index, mark the file complete."""
        self._flush()
        db = self._db
        # A title that is a page is not a redirect; a redirect to a redirect is followed
        # (a few hops; a loop is left pointing nowhere, so its title reads as missing).
        db.execute("DELETE FROM redirects WHERE title IN (SELECT title FROM pages)")
        for _hop in range(3):
            db.execute(
                "UPDATE redirects SET target = (SELECT r.target FROM redirects r "
                "WHERE r.title = redirects.target) "
                "WHERE target IN (SELECT title FROM redirects) AND target != title"
            )
        db.execute("INSERT INTO pages_fts (pages_fts) VALUES ('rebuild')")
        redirects = db.execute(
            "SELECT count(*) FROM redirects WHERE target IN (SELECT title FROM pages)"
        ).fetchone()[0]
        info = IndexInfo(dump, date, fmt, base_url, self.pages, int(redirects))
        meta = {
            "dump": info.dump,
            "date": info.date,
            "dump_format": info.format.value,
            "base_url": info.base_url,
            "pages": str(info.pages),
            "redirects": str(info.redirects),
            "complete": "yes",
        }
        db.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", meta.items())
        db.execute("COMMIT")
        return info

    def close(self) -> None:
        self._db.close()


class IndexReader:
    """Reads an index; safe to share between threads (one connection behind a lock)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        if not path.is_file():
            what = "is a directory, not an index" if path.is_dir() else "no such index"
            raise DumpError(f"{path}: {what}; build one with `factcheck index DUMP -o {path}`")
        try:
            self._db = sqlite3.connect(
                f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
            )
            meta = dict(self._db.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.DatabaseError as exc:
            raise DumpError(f"{path}: not a factcheck index ({exc})") from None
        self._lock = threading.Lock()
        if meta.get("format") != INDEX_FORMAT:
            self.close()
            raise DumpError(f"{path}: not a factcheck index")
        if meta.get("version") != INDEX_VERSION:
            self.close()
            raise DumpError(
                f"{path}: index version {meta.get('version')} is not supported; "
                f"rebuild it with `factcheck index DUMP -o {path}`"
            )
        if meta.get("complete") != "yes":
            self.close()
            raise DumpError(f"{path}: incomplete index; rebuild it with `factcheck index`")
        try:
            self.info = IndexInfo(
                dump=meta["dump"],
                date=meta["date"],
                format=DumpFormat(meta["dump_format"]),
                base_url=meta["base_url"],
                pages=int(meta["pages"]),
                redirects=int(meta["redirects"]),
            )
        except (KeyError, ValueError) as exc:
            self.close()
            raise DumpError(f"{path}: damaged index (meta {exc})") from None

    def page(self, title: str) -> tuple[str, int, int, str, str] | None:
        """(title, pageid, revid, timestamp, text) of the article `title` names, through a
        redirect if it is one. Raises sqlite3.DatabaseError on a damaged file."""
        key = normal_title(title)
        with self._lock:
            row = self._db.execute(
                "SELECT title, pageid, revid, timestamp, text FROM pages WHERE title = ?", (key,)
            ).fetchone()
            if row is None:
                row = self._db.execute(
                    "SELECT p.title, p.pageid, p.revid, p.timestamp, p.text "
                    "FROM redirects r JOIN pages p ON p.title = r.target WHERE r.title = ?",
                    (key,),
                ).fetchone()
        return None if row is None else (row[0], row[1], row[2], row[3], row[4])

    def search(self, match: str, limit: int) -> list[str]:
        """Titles matching an FTS5 query, best first (a word in the title counts ten
        times one in the text). Raises sqlite3.DatabaseError on a damaged file."""
        with self._lock:
            rows = self._db.execute(
                "SELECT p.title FROM pages_fts JOIN pages p ON p.rowid = pages_fts.rowid "
                "WHERE pages_fts MATCH ? ORDER BY bm25(pages_fts, 10.0, 1.0) LIMIT ?",
                (match, limit),
            ).fetchall()
        return [row[0] for row in rows]

    def close(self) -> None:
        self._db.close()
