"""The MediaWiki client and the CLI against the real test wiki (MediaWiki 1.39 under php -S).

Requests go through a small counting proxy (in this file) where a test must prove what
went over the wire: how many requests, how many at once, with which User-Agent and query.
Verdicts on the shipped pack may change as the engine improves, so these tests compare
runs with each other and check structure, never exact verdicts.
"""

from __future__ import annotations

import http.client
import json
import re
import socket
import sqlite3
import threading
import time
import urllib.parse
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import requests

from factcheck import __version__, cli
from factcheck.mediawiki import PROJECT_URL, USER_AGENT, ClientSettings, MediaWikiSource
from factcheck.models import Claim, LookupStatus, Page
from factcheck.runner import SEARCH_LIMIT, find_pages
from tests.clirun import Result, invoke
from tests.conftest import RunningTestWiki

pytestmark = pytest.mark.wiki


# -- a counting proxy -----------------------------------------------------------------------


@dataclass(frozen=True)
class Seen:
    """One request as it reached the proxy."""

    query: dict[str, str]
    user_agent: str


class CountingProxy:
    """Forwards GET requests to the wiki, noting each one and how many were open at once.

    `delay` holds every request open a little longer, so that requests the client sends
    in parallel overlap here for certain and the count of requests in flight is exact.
    """

    def __init__(self, api: str, delay: float = 0.0) -> None:
        upstream = urllib.parse.urlsplit(api)
        self.upstream_host = upstream.hostname or "127.0.0.1"
        self.upstream_port = upstream.port or 80
        self.delay = delay
        self.seen: list[Seen] = []
        self.in_flight = 0
        self.max_in_flight = 0
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()

    @property
    def api(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/api.php"

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=10)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(self.path).query))
                with proxy._lock:
                    proxy.seen.append(Seen(query, self.headers.get("User-Agent", "")))
                    proxy.in_flight += 1
                    proxy.max_in_flight = max(proxy.max_in_flight, proxy.in_flight)
                try:
                    time.sleep(proxy.delay)
                    status, headers, body = proxy._forward(self.path, self.headers)
                finally:
                    # Leave the count before the client can see a reply: counted after the
                    # write, the client's next request could arrive first and count as a
                    # fourth in flight (seen once in CI: 4 == 3).
                    with proxy._lock:
                        proxy.in_flight -= 1
                self.send_response(status)
                for name, value in headers:
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, format: str, *args: Any) -> None:
                pass  # quiet: pytest shows stderr of failing tests

        return Handler

    def _forward(self, path: str, headers: Any) -> tuple[int, list[tuple[str, str]], bytes]:
        connection = http.client.HTTPConnection(self.upstream_host, self.upstream_port, timeout=30)
        try:
            passed = {
                name: headers[name]
                for name in ("User-Agent", "Accept", "Accept-Encoding")
                if headers.get(name)
            }
            connection.request("GET", path, headers=passed)
            response = connection.getresponse()
            body = response.read()
            kept = [
                (name, value)
                for name, value in response.getheaders()
                if name.lower()
                in ("content-type", "content-encoding", "retry-after", "mediawiki-api-error")
            ]
            return response.status, kept, body
        finally:
            connection.close()


@pytest.fixture
def proxy(testwiki: RunningTestWiki) -> Iterator[CountingProxy]:
    # 0.15 s: long enough that the client's three workers overlap even on a loaded machine
    # (at 0.05 s one full run here failed near the in-flight test; not reproduced since).
    counting = CountingProxy(testwiki.api, delay=0.15)
    try:
        yield counting
    finally:
        counting.close()


@pytest.fixture
def refused_api() -> Iterator[str]:
    """An API URL on a loopback port that refuses connections (bound, never listening)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        yield f"http://127.0.0.1:{sock.getsockname()[1]}/api.php"


def client(api: str) -> MediaWikiSource:
    return MediaWikiSource(ClientSettings(api=api, read_timeout=30))


def page_info(api: str, title: str) -> dict[str, Any]:
    """The page as the wiki reports it, asked directly (not through the client)."""
    answer = requests.get(
        api,
        params={
            "action": "query",
            "prop": "info|revisions",
            "rvprop": "ids|timestamp",
            "titles": title,
            "format": "json",
            "formatversion": "2",
        },
        headers={"User-Agent": USER_AGENT},
        timeout=30,
    ).json()
    pages: list[dict[str, Any]] = answer["query"]["pages"]
    assert len(pages) == 1
    return pages[0]


# -- the client -------------------------------------------------------------------------------


def test_fetch_returns_the_page_as_the_wiki_has_it(testwiki: RunningTestWiki) -> None:
    source = client(testwiki.api)
    lookup = source.fetch(["Warsaw Pact"])["Warsaw Pact"]
    info = page_info(testwiki.api, "Warsaw Pact")
    base = testwiki.api.rsplit("/", 1)[0]
    assert lookup.status is LookupStatus.FOUND
    assert lookup.reason == ""
    assert not lookup.redirected
    page = lookup.page
    assert page is not None
    assert page == Page(
        title="Warsaw Pact",
        pageid=info["pageid"],
        revid=info["revisions"][0]["revid"],
        timestamp=testwiki.loaded.page("Warsaw Pact").timestamp,
        url=f"{base}/index.php/Warsaw_Pact",
        text=page.text,
        api=testwiki.api,
        # The revision's wikitext, as the pack seeded it, in the same request.
        wikitext=testwiki.loaded.page("Warsaw Pact").text,
    )
    assert page.revid == info["lastrevid"]
    # Plain text: markup gone, section headings kept as lines of their own.
    assert page.text.startswith("The Warsaw Pact, formally the Treaty of Friendship")
    assert "\n== Founding and membership ==\n" in page.text
    assert "[[" not in page.text
    assert "'''" not in page.text
    assert source.requests_made == 1


def test_a_redirect_maps_back_to_the_requested_title(testwiki: RunningTestWiki) -> None:
    lookups = client(testwiki.api).fetch(["Warsaw Treaty Organization", "Warsaw Pact"])
    assert list(lookups) == ["Warsaw Treaty Organization", "Warsaw Pact"]
    via = lookups["Warsaw Treaty Organization"]
    direct = lookups["Warsaw Pact"]
    assert via.requested == "Warsaw Treaty Organization"
    assert via.status is LookupStatus.FOUND
    assert via.redirected
    assert via.page == direct.page
    assert via.page is not None
    assert via.page.title == "Warsaw Pact"


def test_a_missing_page_is_missing_with_a_reason(testwiki: RunningTestWiki) -> None:
    lookup = client(testwiki.api).fetch(["No Such Article Here"])["No Such Article Here"]
    assert lookup.status is LookupStatus.MISSING
    assert lookup.page is None
    assert lookup.reason == f"no article titled 'No Such Article Here' at {testwiki.api}"


def test_a_title_with_a_pipe_is_invalid_and_never_sent(proxy: CountingProxy) -> None:
    source = client(proxy.api)
    lookup = source.fetch(["Warsaw Pact|NATO"])["Warsaw Pact|NATO"]
    assert lookup.status is LookupStatus.INVALID
    assert lookup.reason == "the title contains '|', which MediaWiki titles cannot contain"
    assert source.requests_made == 0
    assert proxy.seen == []
    both = source.fetch(["Warsaw Pact|NATO", "NATO"])
    assert [lk.status for lk in both.values()] == [LookupStatus.INVALID, LookupStatus.FOUND]
    assert source.requests_made == 1
    assert [seen.query["titles"] for seen in proxy.seen] == ["NATO"]


@pytest.mark.parametrize(
    "requested", ["warsaw Pact", "Warsaw_Pact", "warsaw_Pact", "Warsaw__Pact", " Warsaw Pact"]
)
def test_titles_are_normalised_by_the_wiki(testwiki: RunningTestWiki, requested: str) -> None:
    lookups = client(testwiki.api).fetch([requested])
    assert list(lookups) == [requested]
    lookup = lookups[requested]
    assert lookup.status is LookupStatus.FOUND
    assert lookup.requested == requested
    assert lookup.page is not None
    assert lookup.page.title == "Warsaw Pact"


@pytest.mark.parametrize(
    ("claim", "article"),
    [
        ("The Warsaw Pact was dissolved in July 1991.", "Warsaw Pact"),
        ("Mikhail Gorbachev became General Secretary in 1985.", "Mikhail Gorbachev"),
        ("The Budapest Memorandum was signed in 1994.", "Budapest Memorandum"),
        ("Fumio Kishida became prime minister of Japan in 2021.", "Fumio Kishida"),
    ],
)
def test_search_finds_the_article_for_a_claim_without_pages(
    testwiki: RunningTestWiki, claim: str, article: str
) -> None:
    titles = find_pages(Claim("c", claim), client(testwiki.api))
    assert titles[0] == article
    assert len(titles) <= SEARCH_LIMIT
    assert len(set(titles)) == len(titles)


# -- the CLI over HTTP ------------------------------------------------------------------------

# Eight articles named, and one claim left to search: enough parallel work to fill the
# client's three connections.
CLAIMS = """\
[[claim]]
id = "pact-signed"
text = "The Warsaw Pact was signed in Warsaw on 14 May 1955."
pages = ["Warsaw Pact"]

[[claim]]
id = "pact-alias"
text = "The Warsaw Treaty Organization was dissolved in 1991."
pages = ["Warsaw Treaty Organization"]

[[claim]]
id = "nato-founded"
text = "NATO was founded in 1949."
pages = ["NATO", "Enlargement of NATO"]

[[claim]]
id = "gorbachev-leader"
text = "Mikhail Gorbachev became General Secretary in 1985."
pages = ["Mikhail Gorbachev", "Perestroika"]

[[claim]]
id = "budapest-signed"
text = "The Budapest Memorandum was signed in 1994."
pages = ["Budapest Memorandum", "Partnership for Peace", "Strobe Talbott"]

[[claim]]
id = "kishida-searched"
text = "Fumio Kishida became prime minister of Japan in 2021."
"""
TITLES = 9  # distinct titles named above


@pytest.fixture
def essay(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "essay.toml").write_text(CLAIMS, encoding="utf-8")
    return "essay.toml"


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[Result, dict[str, Any]]:
    result = invoke(capsys, "run", "essay.toml", "--format", "json", *args)
    assert result.code in (0, 1), result.err
    return result, json.loads(result.out)


def verdicts(report: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(r["id"], r["verdict"], r["reason"]) for r in report["results"]]


def titles_used(report: dict[str, Any]) -> set[str]:
    """Every title the run looked up: the named ones and those a search found."""
    used = {lk["requested"] for r in report["results"] for lk in r["lookups"]}
    assert len(used) >= TITLES
    return used


def test_requests_carry_the_user_agent_and_at_most_three_are_in_flight(
    capsys: pytest.CaptureFixture[str], proxy: CountingProxy, essay: str
) -> None:
    result, report = run_json(capsys, "--api", proxy.api)
    assert result.err == ""
    assert report["summary"]["error"] == 0
    searches = [s for s in proxy.seen if s.query.get("list") == "search"]
    fetches = [s for s in proxy.seen if s.query.get("prop")]
    assert len(searches) in (1, 2)  # names first; content words if the names gave too few
    assert len(fetches) == len(titles_used(report))  # each title once
    assert len(proxy.seen) == len(searches) + len(fetches)
    assert proxy.max_in_flight == 3
    agents = {seen.user_agent for seen in proxy.seen}
    assert agents == {f"factcheck/{__version__} ({PROJECT_URL}) requests/{requests.__version__}"}
    assert re.fullmatch(r"factcheck/[\w.+-]+ \(https?://[^\s()]+\) requests/[\w.+-]+", USER_AGENT)


def test_the_second_run_is_served_by_the_cache_and_refresh_fetches_again(
    capsys: pytest.CaptureFixture[str], proxy: CountingProxy, essay: str
) -> None:
    _, first = run_json(capsys, "--api", proxy.api)
    made = len(proxy.seen)
    assert made > TITLES
    second_result, second = run_json(capsys, "--api", proxy.api)
    assert len(proxy.seen) == made  # not one request
    assert second_result.err == ""
    assert verdicts(second) == verdicts(first)
    assert second["results"] == first["results"]
    _, refreshed = run_json(capsys, "--api", proxy.api, "--refresh")
    assert len(proxy.seen) == 2 * made  # every search and page again
    assert verdicts(refreshed) == verdicts(first)


def page_rows(cache_db: Path) -> dict[str, int]:
    """Cache rows of pages, by title. Keys are stored as zlib-compressed JSON strings."""
    rows: dict[str, int] = {}
    with sqlite3.connect(cache_db) as db:
        for rowid, key in db.execute("SELECT rowid, key FROM Cache"):
            name = json.loads(zlib.decompress(key))
            if name.startswith("page\x1f"):  # not searches or verdicts
                _kind, _version, _api, rest = name.split("\x1f", 3)
                rows[rest] = rowid
    return rows


def test_a_corrupt_cache_entry_is_fetched_again_with_a_warning(
    capsys: pytest.CaptureFixture[str], proxy: CountingProxy, essay: str, tmp_path: Path
) -> None:
    _, first = run_json(capsys, "--api", proxy.api)
    made = len(proxy.seen)
    cache_db = tmp_path / "cache" / "cache.db"  # FACTCHECK_CACHE_DIR, set by conftest
    rows = page_rows(cache_db)
    assert set(rows) == titles_used(first)
    wrong_shape = zlib.compress(json.dumps({"title": 5}).encode("utf-8"))
    with sqlite3.connect(cache_db) as db:
        db.execute(
            "UPDATE Cache SET value = ? WHERE rowid = ?", (b"\xde\xad\xbe\xef", rows["NATO"])
        )
        db.execute("UPDATE Cache SET value = ? WHERE rowid = ?", (wrong_shape, rows["Perestroika"]))
    result, again = run_json(capsys, "--api", proxy.api)
    assert result.err == (
        "factcheck: warning: unreadable cache entry (error); refetching\n"
        "factcheck: warning: cache entry for 'Perestroika' has an unexpected shape; refetching\n"
    )
    refetched = [seen.query["titles"] for seen in proxy.seen[made:]]
    assert sorted(refetched) == ["NATO", "Perestroika"]
    assert verdicts(again) == verdicts(first)
    # The entries were stored again: a third run is quiet and makes no request.
    third, _ = run_json(capsys, "--api", proxy.api)
    assert third.err == ""
    assert len(proxy.seen) == made + 2


def test_snapshot_then_offline_gives_the_same_verdicts_without_any_request(
    capsys: pytest.CaptureFixture[str],
    proxy: CountingProxy,
    essay: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    refused_api: str,
) -> None:
    _, online = run_json(capsys, "--api", proxy.api, "--no-cache")
    snapshot = invoke(capsys, "snapshot", essay, "--api", proxy.api, "--no-cache")
    found = len(titles_used(online))
    assert snapshot == Result(0, f"wrote essay.snapshot.json: {found} pages from {proxy.api}\n", "")
    document = json.loads((tmp_path / "essay.snapshot.json").read_text(encoding="utf-8"))
    assert {p["requested"] for p in document["pages"]} >= {"Warsaw Treaty Organization", "NATO"}
    assert document["searches"]
    assert all(s["limit"] == SEARCH_LIMIT for s in document["searches"])
    queries = {s.query["srsearch"] for s in proxy.seen if s.query.get("list") == "search"}
    assert {s["query"] for s in document["searches"]} == queries

    def refuse(settings: ClientSettings) -> MediaWikiSource:
        pytest.fail(f"an API client was built for {settings.api} in an offline run")

    monkeypatch.setattr(cli, "make_live_source", refuse)
    seen_before = len(proxy.seen)
    result, offline = run_json(capsys, "--offline", "--api", refused_api, "--no-cache")
    assert result.err == (
        "factcheck: note: offline: evidence from the snapshot essay.snapshot.json "
        f"(recorded from {proxy.api})\n"
    )
    assert len(proxy.seen) == seen_before
    assert offline["source"]["offline"] is True
    assert verdicts(offline) == verdicts(online)
    assert offline["results"] == online["results"]
