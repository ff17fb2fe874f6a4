"""Evidence packs: the articles a test wiki is seeded with, read from `index.toml`.

A pack is a directory holding `index.toml` and one wikitext file per article::

    timestamp = "2024-01-01T00:00:00Z"   # optional: revision time of every page

    [[page]]
    title = "Warsaw Pact"
    file = "warsaw_pact.wiki"
    # timestamp = "..."                  # optional, for this page only
    # [[page.history]]                   # optional: earlier revisions, older than the page's
    # file = "history/warsaw_pact_1.wiki"
    # timestamp = "2021-05-01T00:00:00Z"

    [[redirect]]
    title = "Warsaw Treaty Organization"
    target = "Warsaw Pact"

    [[template]]                         # optional: a template the articles use
    title = "Template:Infobox treaty"
    file = "templates/infobox_treaty.wiki"

Templates are seeded like pages but are no articles: `pages` and `titles` leave them out.
`source` and `note` are accepted in every table and ignored, so a pack can say where
its text came from. Anything else is an error, so a typo never passes silently.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from factcheck.testwiki.errors import PackError

INDEX_NAME = "index.toml"
# A fixed default keeps revision timestamps, and so test expectations, the same on every seed.
DEFAULT_TIMESTAMP = "2024-01-01T00:00:00Z"
DUMP_CONTRIBUTOR = "Admin"

_FREE_KEYS = frozenset({"source", "note"})
_TOP_KEYS = frozenset({"timestamp", "page", "redirect", "template"}) | _FREE_KEYS
_PAGE_KEYS = frozenset({"title", "file", "timestamp", "history"}) | _FREE_KEYS
_HISTORY_KEYS = frozenset({"file", "timestamp"}) | _FREE_KEYS
_REDIRECT_KEYS = frozenset({"title", "target"}) | _FREE_KEYS
# Characters MediaWiki never allows in a title.
_BAD_TITLE_CHARS = frozenset("#<>[]|{}")
_MAX_TITLE_BYTES = 255
# XML 1.0 cannot carry these, so neither the dump nor the wiki could.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class PackRevision:
    """An earlier revision of a page: the wiki serves it for dates before the next one."""

    path: Path
    text: str
    timestamp: str


@dataclass(frozen=True)
class PackPage:
    title: str
    path: Path
    text: str
    timestamp: str
    history: tuple[PackRevision, ...] = ()  # oldest first, all older than `timestamp`


@dataclass(frozen=True)
class PackRedirect:
    title: str
    target: str


@dataclass(frozen=True)
class Pack:
    root: Path
    pages: tuple[PackPage, ...]
    redirects: tuple[PackRedirect, ...]
    fingerprint: str  # sha256 of the manifest and every page file: "has the pack changed?"
    templates: tuple[PackPage, ...] = ()  # seeded too, but no articles

    @property
    def titles(self) -> tuple[str, ...]:
        """Every title the pack puts on the wiki, pages first."""
        return tuple(p.title for p in self.pages) + tuple(r.title for r in self.redirects)

    def page(self, title: str) -> PackPage:
        for page in self.pages:
            if page.title == title:
                return page
        raise KeyError(title)

    def to_xml_dump(self) -> str:
        """The pack as a MediaWiki XML dump, for one run of importDump.php."""
        parts = [
            '<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" '
            'version="0.11" xml:lang="en">\n'
        ]
        for page in self.pages + self.templates:
            revisions = [(r.text, r.timestamp) for r in page.history]
            parts.append(_dump_page(page.title, [*revisions, (page.text, page.timestamp)]))
        timestamps = {p.title: p.timestamp for p in self.pages}
        for redirect in self.redirects:
            text = f"#REDIRECT [[{redirect.target}]]"
            parts.append(_dump_page(redirect.title, [(text, timestamps[redirect.target])]))
        parts.append("</mediawiki>\n")
        return "".join(parts)


def _dump_page(title: str, revisions: list[tuple[str, str]]) -> str:
    """One page with its revisions (text, timestamp), oldest first."""
    parts = ["  <page>\n", f"    <title>{escape(title)}</title>\n"]
    for text, timestamp in revisions:
        parts.append(
            "    <revision>\n"
            f"      <timestamp>{timestamp}</timestamp>\n"
            f"      <contributor><username>{DUMP_CONTRIBUTOR}</username></contributor>\n"
            "      <comment>seeded from the evidence pack</comment>\n"
            "      <model>wikitext</model>\n"
            "      <format>text/x-wiki</format>\n"
            f"      <text xml:space={quoteattr('preserve')}>{escape(text)}</text>\n"
            "    </revision>\n"
        )
    parts.append("  </page>\n")
    return "".join(parts)


def load_pack(root: Path | str) -> Pack:
    """Read and check a pack; every problem is a PackError naming the file."""
    root = Path(root)
    index = root / INDEX_NAME
    if not index.is_file():
        raise PackError(f"{root}: no evidence pack here ({INDEX_NAME} is missing)")
    raw = index.read_bytes()
    try:
        manifest = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise PackError(f"{index}: {exc}") from None

    where = str(index)
    _check_keys(manifest, _TOP_KEYS, where)
    default_ts = _timestamp(manifest.get("timestamp", DEFAULT_TIMESTAMP), where)
    page_tables = _tables(manifest, "page", where)
    redirect_tables = _tables(manifest, "redirect", where)
    if not page_tables:
        raise PackError(f"{where}: the pack has no [[page]]")

    digest = hashlib.sha256(raw)
    pages: list[PackPage] = []
    templates: list[PackPage] = []
    seen: dict[str, str] = {}
    listed_files: set[Path] = set()
    numbered = [("page", n, t) for n, t in enumerate(page_tables, start=1)]
    numbered += [
        ("template", n, t) for n, t in enumerate(_tables(manifest, "template", where), start=1)
    ]
    for kind, n, table in numbered:
        at = f"{where}: {kind} {n}"
        _check_keys(table, _PAGE_KEYS, at)
        title = _title(table, "title", at)
        if (kind == "template") != title.startswith("Template:"):
            wanted = "a [[template]]" if kind == "page" else "a title starting 'Template:'"
            raise PackError(f"{at}: {title!r} should be {wanted}")
        _claim_title(seen, title, at)
        path, text = _page_file(root, table, at, digest)
        timestamp = _timestamp(table.get("timestamp", default_ts), at)
        history: list[PackRevision] = []
        for k, old in enumerate(_tables(table, "history", at), start=1):
            where_old = f"{at}: history {k}"
            _check_keys(old, _HISTORY_KEYS, where_old)
            if "timestamp" not in old:
                raise PackError(f"{where_old}: timestamp is missing")
            old_path, old_text = _page_file(root, old, where_old, digest)
            when = _timestamp(old["timestamp"], where_old)
            if when >= timestamp or (history and when <= history[-1].timestamp):
                raise PackError(f"{where_old}: timestamp {when} is not before the next revision")
            history.append(PackRevision(path=old_path, text=old_text, timestamp=when))
            listed_files.add(old_path)
        page = PackPage(
            title=title, path=path, text=text, timestamp=timestamp, history=tuple(history)
        )
        (templates if kind == "template" else pages).append(page)
        listed_files.add(path)

    page_titles = {p.title for p in pages}
    redirects: list[PackRedirect] = []
    for n, table in enumerate(redirect_tables, start=1):
        at = f"{where}: redirect {n}"
        _check_keys(table, _REDIRECT_KEYS, at)
        title = _title(table, "title", at)
        _claim_title(seen, title, at)
        target = _title(table, "target", at)
        if target not in page_titles:
            raise PackError(f"{at}: target {target!r} is not a [[page]] of the pack")
        redirects.append(PackRedirect(title=title, target=target))

    strays = sorted(
        str(p.relative_to(root)) for p in root.rglob("*.wiki") if p.resolve() not in listed_files
    )
    if strays:
        raise PackError(f"{where}: not listed as a [[page]]: {', '.join(strays)}")
    return Pack(
        root=root,
        pages=tuple(pages),
        redirects=tuple(redirects),
        fingerprint=digest.hexdigest(),
        templates=tuple(templates),
    )


def _page_file(root: Path, table: dict[str, Any], at: str, digest: Any) -> tuple[Path, str]:
    """The wikitext file a table names, checked, read and added to the fingerprint."""
    file_name = _string(table, "file", at)
    path = (root / file_name).resolve()
    if not path.is_relative_to(root.resolve()):
        raise PackError(f"{at}: file {file_name!r} is outside the pack")
    if not path.is_file():
        raise PackError(f"{at}: file {file_name!r} does not exist")
    data = path.read_bytes()
    digest.update(file_name.encode() + b"\0" + data + b"\0")
    return path, _wikitext(data, f"{root / file_name}")


def _check_keys(table: dict[str, Any], allowed: frozenset[str], at: str) -> None:
    unknown = sorted(set(table) - allowed)
    if unknown:
        raise PackError(f"{at}: unknown key {unknown[0]!r} (allowed: {', '.join(sorted(allowed))})")


def _tables(manifest: dict[str, Any], key: str, at: str) -> list[dict[str, Any]]:
    tables = manifest.get(key, [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise PackError(f"{at}: {key!r} must be written as [[{key}]] tables")
    return tables


def _string(table: dict[str, Any], key: str, at: str) -> str:
    value = table.get(key)
    if not isinstance(value, str) or not value.strip():
        raise PackError(f"{at}: {key!r} must be a non-empty string")
    return value


def _title(table: dict[str, Any], key: str, at: str) -> str:
    title = _string(table, key, at)
    bad = sorted(c for c in set(title) if c in _BAD_TITLE_CHARS or ord(c) < 32)
    if bad:
        raise PackError(f"{at}: {key} {title!r} contains {bad[0]!r}, never allowed in a title")
    if len(title.encode()) > _MAX_TITLE_BYTES:
        raise PackError(f"{at}: {key} {title!r} is longer than {_MAX_TITLE_BYTES} bytes")
    # The wiki would store another spelling; the pack must name pages as the API will.
    canonical = " ".join(title.replace("_", " ").split())
    first = canonical[:1]
    if len(first.upper()) == 1:
        canonical = first.upper() + canonical[1:]
    if canonical != title:
        raise PackError(f"{at}: {key} {title!r} would become {canonical!r} on the wiki")
    return title


def _claim_title(seen: dict[str, str], title: str, at: str) -> None:
    if title in seen:
        raise PackError(f"{at}: title {title!r} is already used by {seen[title]}")
    seen[title] = at.rsplit(": ", 1)[-1]


def _timestamp(value: Any, at: str) -> str:
    """Revision times as MediaWiki dumps write them: UTC, second precision, 'Z'."""
    if isinstance(value, dt.datetime):  # TOML datetimes arrive already parsed
        parsed = value
    elif isinstance(value, str):
        try:
            parsed = dt.datetime.fromisoformat(value)
        except ValueError:
            parsed = None
    else:
        parsed = None
    if parsed is None or parsed.tzinfo is None:
        raise PackError(f"{at}: timestamp {value!r} must be like 2024-01-01T00:00:00Z")
    return parsed.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _wikitext(data: bytes, where: str) -> str:
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise PackError(f"{where}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    bad = _XML_ILLEGAL.search(text)
    if bad:
        line_no = text.count("\n", 0, bad.start()) + 1
        raise PackError(f"{where}:{line_no}: character U+{ord(bad.group()):04X} is not allowed")
    if not text.strip():
        raise PackError(f"{where}: the page is empty")
    return text
