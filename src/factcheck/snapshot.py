"""Pinned evidence: the pages (and searches) of one run, saved to a reviewable JSON file,
so that CI and offline runs check the claims against exactly the same text.

A snapshot is written next to its claims file (`default_snapshot_path`) and read back by
`SnapshotSource`, which answers like any other PageSource.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from factcheck.errors import OutputError, SnapshotError
from factcheck.fileio import atomic_write_text
from factcheck.models import LookupStatus, Page, PageLookup, ProgressCallback, utc_now
from factcheck.textnorm import without_lone_surrogates
from factcheck.titles import title_problem

SNAPSHOT_FORMAT = "factcheck-snapshot"
SNAPSHOT_VERSION = 1
DEFAULT_SEARCH_LIMIT = 3
_PAGE_FIELDS: tuple[tuple[str, type], ...] = (
    ("requested", str),
    ("title", str),
    ("pageid", int),
    ("revid", int),
    ("timestamp", str),
    ("url", str),
    ("text", str),
)


def default_snapshot_path(claims_path: str | os.PathLike[str]) -> Path:
    """`claims/essay_claims.toml` -> `claims/essay_claims.snapshot.json`."""
    path = Path(claims_path)
    return path.with_name(f"{path.stem}.snapshot.json")


def snapshot_document(
    lookups: Mapping[str, PageLookup],
    searches: Mapping[str, Sequence[str]],
    source_api: str,
    claims_file: str,
    *,
    search_limits: Mapping[str, int] | None = None,
    created_at: str | None = None,
    label: str | None = None,
    as_of: str = "",
) -> dict[str, Any]:
    """The snapshot as JSON-ready values. Only pages that were found are kept. `as_of`: the
    day the pages were read as of (they are that day's revisions, not today's)."""
    limits = search_limits or {}
    pages = [
        {
            "requested": requested,
            "title": lookup.page.title,
            "pageid": lookup.page.pageid,
            "revid": lookup.page.revid,
            "timestamp": lookup.page.timestamp,
            "url": lookup.page.url,
            "text": lookup.page.text,
            # The same revision's wikitext, so that offline runs read its infoboxes and
            # tables as online runs do; left out when the source had none.
            **({"wikitext": lookup.page.wikitext} if lookup.page.wikitext is not None else {}),
        }
        for requested, lookup in sorted(lookups.items())
        if lookup.status is LookupStatus.FOUND and lookup.page is not None
    ]
    recorded = [
        {
            "query": query,
            "limit": limits.get(query, DEFAULT_SEARCH_LIMIT),
            "titles": list(titles),
        }
        for query, titles in sorted(searches.items())
    ]
    # Titles the wiki had no article for, so that offline they stay "no such article"
    # rather than "never recorded".
    absent = [
        {"requested": requested, "status": lookup.status.value, "reason": lookup.reason}
        for requested, lookup in sorted(lookups.items())
        if lookup.status in (LookupStatus.MISSING, LookupStatus.INVALID)
    ]
    return {
        "format": SNAPSHOT_FORMAT,
        "version": SNAPSHOT_VERSION,
        "created_at": created_at or utc_now(),
        "source": {"api": source_api, "label": label or f"recorded from {source_api}"},
        **({"as_of": as_of} if as_of else {}),
        "claims_file": claims_file,
        "pages": pages,
        "absent": absent,
        "searches": recorded,
    }


def write_snapshot(
    path: str | os.PathLike[str],
    lookups: Mapping[str, PageLookup],
    searches: Mapping[str, Sequence[str]],
    source_api: str,
    claims_file: str,
    *,
    search_limits: Mapping[str, int] | None = None,
    created_at: str | None = None,
    label: str | None = None,
    as_of: str = "",
) -> None:
    """Save the found pages and the searches of a run to `path`, atomically.

    Raises SnapshotError when the file cannot be written.
    """
    document = snapshot_document(
        lookups,
        searches,
        source_api,
        claims_file,
        search_limits=search_limits,
        created_at=created_at,
        label=label,
        as_of=as_of,
    )
    text = json.dumps(document, indent=2, ensure_ascii=False) + "\n"
    try:
        atomic_write_text(path, text)
    except OutputError as exc:
        raise SnapshotError(str(exc)) from exc


def _normal(title: str) -> str:
    # The forms MediaWiki treats as one title: "_" for " ", runs of spaces, and a
    # lower-case first letter (on Wikipedia titles start with a capital).
    title = " ".join(title.replace("_", " ").split())
    return title[:1].upper() + title[1:]


class SnapshotSource:
    """A PageSource that serves the pages recorded in a snapshot file.

    Titles not in the snapshot come back as ERROR, with a reason that names the file;
    searches not recorded find nothing. Raises SnapshotError if the file cannot be used.
    """

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        data = _load(self.path)
        self._reader = _Reader(self.path)
        self.created_at: str = self._reader.get(data, "created_at", str, "")
        source = self._reader.get(data, "source", dict, "")
        self.source_api: str = self._reader.get(source, "api", str, "source")
        self.label: str = self._reader.get(source, "label", str, "source")
        self.claims_file: str = self._reader.get(data, "claims_file", str, "")
        # The day its pages were read as of; "" for today's pages (older snapshots).
        self.as_of: str = self._reader.get(data, "as_of", str, "") if "as_of" in data else ""
        self.pages: dict[str, Page] = {}
        self._by_normal: dict[str, Page] = {}
        for number, entry in enumerate(self._reader.get(data, "pages", list, "")):
            requested, page = self._page(entry, f"pages[{number}]")
            self.pages[requested] = page
            self._by_normal.setdefault(_normal(requested), page)
            self._by_normal.setdefault(_normal(page.title), page)
        self.absent: dict[str, PageLookup] = {}
        for number, entry in enumerate(data.get("absent", []) if isinstance(data, dict) else []):
            where = f"absent[{number}]"
            requested = self._reader.get(entry, "requested", str, where)
            status = self._reader.get(entry, "status", str, where)
            if status not in (LookupStatus.MISSING.value, LookupStatus.INVALID.value):
                raise self._reader.error(f"{where}.status should be missing or invalid")
            reason = self._reader.get(entry, "reason", str, where)
            self.absent[_normal(requested)] = PageLookup(
                requested, LookupStatus(status), reason=reason
            )
        self.searches: dict[str, list[str]] = {}
        for number, entry in enumerate(self._reader.get(data, "searches", list, "")):
            where = f"searches[{number}]"
            query = self._reader.get(entry, "query", str, where)
            titles = self._reader.get(entry, "titles", list, where)
            if not all(isinstance(t, str) for t in titles):
                raise self._reader.error(f"{where}.titles should hold only strings")
            self.searches[query] = titles

    @property
    def name(self) -> str:
        return f"{self.source_api} (snapshot)"

    def _page(self, entry: object, where: str) -> tuple[str, Page]:
        values = {key: self._reader.get(entry, key, kind, where) for key, kind in _PAGE_FIELDS}
        requested = values.pop("requested")
        wikitext = None
        if isinstance(entry, dict) and "wikitext" in entry:  # optional: older snapshots lack it
            wikitext = self._reader.get(entry, "wikitext", str, where)
        return requested, Page(**values, api=self.name, wikitext=wikitext)

    def _find(self, title: str) -> Page | None:
        return self.pages.get(title) or self._by_normal.get(_normal(title))

    def fetch(
        self, titles: Sequence[str], progress: ProgressCallback | None = None
    ) -> dict[str, PageLookup]:
        unique = list(dict.fromkeys(titles))
        result: dict[str, PageLookup] = {}
        for done, title in enumerate(unique, start=1):
            problem = title_problem(title)
            page = None if problem else self._find(title)
            if problem:
                result[title] = PageLookup(title, LookupStatus.INVALID, reason=problem)
            elif page is None and _normal(title) in self.absent:
                recorded = self.absent[_normal(title)]
                result[title] = PageLookup(title, recorded.status, reason=recorded.reason)
            elif page is None:
                # Never recorded: the wiki may well have it, but its evidence could not be
                # had (an error, exit 3 offline), unlike a title recorded as absent.
                reason = f"not in snapshot {self.path}"
                result[title] = PageLookup(title, LookupStatus.ERROR, reason=reason)
            else:
                result[title] = PageLookup(title, LookupStatus.FOUND, page=page)
            if progress:
                progress(done, len(unique), title)
        return result

    def search(self, query: str, limit: int = DEFAULT_SEARCH_LIMIT) -> list[str]:
        return list(self.searches.get(query, [])[:limit])


def _load(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SnapshotError(f"cannot read snapshot {path}: {exc.strerror or exc}") from exc
    except UnicodeDecodeError as exc:
        raise SnapshotError(f"{path}: not a snapshot (not UTF-8 text)") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SnapshotError(
            f"{path}: not a snapshot (invalid JSON at line {exc.lineno}, "
            f"column {exc.colno}: {exc.msg})"
        ) from exc
    if not isinstance(data, dict) or data.get("format") != SNAPSHOT_FORMAT:
        raise SnapshotError(f'{path}: not a factcheck snapshot (no "format": "{SNAPSHOT_FORMAT}")')
    version = data.get("version")
    if version != SNAPSHOT_VERSION or isinstance(version, bool):
        raise SnapshotError(
            f"{path}: snapshot version {json.dumps(version)} is not supported; "
            f"this factcheck reads version {SNAPSHOT_VERSION}"
        )
    return data


class _Reader:
    """Typed access to the snapshot's JSON, failing with the path of the bad field."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def error(self, message: str) -> SnapshotError:
        return SnapshotError(f"{self.path}: invalid snapshot: {message}")

    def get(self, obj: object, key: str, kind: type[Any], where: str) -> Any:
        name = f"{where}.{key}" if where else key
        if not isinstance(obj, dict):
            raise self.error(f"{where or 'the file'} should be an object")
        if key not in obj:
            raise self.error(f"{name} is missing")
        value = obj[key]
        # bool is an int in Python, never in a snapshot.
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise self.error(f"{name} should be {_KIND_NAMES[kind]}")
        if isinstance(value, str):
            # "\ud800" is legal JSON but no character: it would break every report writer.
            return without_lone_surrogates(value)
        return value


_KIND_NAMES: dict[type[Any], str] = {
    str: "a string",
    int: "an integer",
    list: "a list",
    dict: "an object",
}
