"""A MediaWiki Action API client: the live source of article text.

Etiquette and API shapes follow ../shared/notes/mediawiki.md: a descriptive User-Agent,
formatversion=2, at most three requests in flight, maxlag on every request, Retry-After
honoured on 429/503 and on the maxlag error (which arrives as HTTP 200).
"""

from __future__ import annotations

import ipaddress
import json
import random
import re
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeGuard

import requests
import urllib3

from factcheck.errors import SourceError
from factcheck.models import LookupStatus, Page, PageLookup, ProgressCallback
from factcheck.source import gather
from factcheck.textnorm import without_lone_surrogates
from factcheck.threads import as_done
from factcheck.titles import title_problem
from factcheck.version import __version__

DEFAULT_API = "https://en.wikipedia.org/w/api.php"
PROJECT_URL = "https://github.com/factcheck-team/factcheck"
USER_AGENT = f"factcheck/{__version__} ({PROJECT_URL}) requests/{requests.__version__}"

# Wikimedia asks for no more than this many parallel requests from one client.
MAX_IN_FLIGHT = 3
# Seconds the servers may lag behind before they ask batch clients to wait.
MAXLAG = 5
# A Wikipedia article's JSON is rarely above 1 MB; anything past this is not an answer.
MAX_RESPONSE_BYTES = 16 * 1024 * 1024
# Same-host redirects (http -> https, a moved endpoint) are followed this many times.
MAX_REDIRECTS = 3
# After this many failures to connect in a row the endpoint is taken as down and the
# remaining titles fail at once instead of each waiting out its own retries.
MAX_CONNECTION_FAILURES = 3
# Likewise after this many requests in a row spent all their retries (a server that
# answers 503 to everything is as good as down: without this, a 70-page run would wait
# out every title's full backoff, minutes in all). One bad title alone never trips it.
MAX_FAILED_REQUESTS = 3


@dataclass(frozen=True)
class ClientSettings:
    api: str = DEFAULT_API
    connect_timeout: float = 5.0
    read_timeout: float = 30.0  # the longest silence while waiting for bytes
    # The longest one attempt may take in all, answer included; None: 4 read timeouts.
    # The read timeout alone does not bound it: a server that sends a few bytes now and
    # then never times out a read, and could hold a run for hours.
    deadline: float | None = None
    retries: int = 4  # further attempts after the first
    max_wait: float = 60.0  # total seconds one request may spend waiting to retry
    backoff: float = 1.0  # first wait when the server gives no Retry-After
    max_retry_after: float = 30.0  # a longer Retry-After is not waited out: the request fails
    workers: int = MAX_IN_FLIGHT
    # "2022-01-21": read every page as it stood at the end of that day (UTC), not as it is.
    as_of: str = ""


class _Retryable(Exception):
    """A failure worth another attempt, with the wait the server asked for (if any)."""

    def __init__(self, reason: str, wait: float | None = None, connection: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.wait = wait
        self.connection = connection


class _Fatal(Exception):
    """A failure that another attempt will not mend."""


def source_name(api: str, as_of: str = "") -> str:
    """The name pages of `api` are cached under: pages as of a day are other pages than
    today's ("https://en.wikipedia.org/w/api.php as of 2022-01-21")."""
    return f"{api} as of {as_of}" if as_of else api


def is_loopback(host: str) -> bool:
    """Whether a URL's host name is this machine: localhost, 127.0.0.0/8 or ::1."""
    name = host.lower().rstrip(".")
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def endpoint_problem(api: str) -> str | None:
    """Why `api` may not be asked, or None. Plain http is for a wiki on this machine only:
    anything sent to another host in clear can be read and altered on the way."""
    try:
        parsed = urllib.parse.urlsplit(api)
        host = parsed.hostname or ""
    except ValueError:  # a malformed port or IPv6 literal
        return "not an API URL (expected something like https://en.wikipedia.org/w/api.php)"
    if parsed.scheme not in ("http", "https") or not host:
        return "not an API URL (expected something like https://en.wikipedia.org/w/api.php)"
    if parsed.scheme == "http" and not is_loopback(host):
        secure = urllib.parse.urlunsplit(parsed._replace(scheme="https"))
        return (
            "plain http:// is allowed only for a wiki on this machine "
            f"(localhost, 127.0.0.0/8, ::1): use {secure}"
        )
    return None


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    # The HTTP-date form: rare from MediaWiki, but allowed by RFC 9110.
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# What every page request asks besides its own props: the address, the revision and its
# wikitext (which rides in the same request: TextExtracts gives one whole page per request,
# so asking for it apart would cost requests, and here it is surely the same revision),
# whether it is a disambiguation page, and redirects followed.
_PAGE_QUERY = {
    "action": "query",
    "inprop": "url",
    "rvprop": "ids|timestamp|content",
    "rvslots": "main",
    "ppprop": "disambiguation",
    "redirects": "1",
}


class MediaWikiSource:
    """PageSource over HTTP. Thread-safe; one requests.Session per worker thread."""

    def __init__(
        self,
        settings: ClientSettings | None = None,
        *,
        session_factory: Callable[[], requests.Session] | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.settings = settings or ClientSettings()
        problem = endpoint_problem(self.settings.api)
        if problem:
            raise SourceError(f"{self.settings.api}: {problem}")
        self._host = urllib.parse.urlsplit(self.settings.api).netloc
        self._session_factory = session_factory or requests.Session
        self._local = threading.local()
        self._sleep = sleep
        self._lock = threading.Lock()
        self._connection_failures = 0
        self._failed_requests = 0
        self._down_reason: str | None = None
        self.requests_made = 0  # counted for tests and for the "second run is cached" promise

    @property
    def name(self) -> str:
        return source_name(self.settings.api, self.settings.as_of)

    @property
    def down_reason(self) -> str | None:
        """Why the endpoint is taken as unreachable, or None while it answers."""
        return self._down_reason

    # -- public interface -------------------------------------------------------------

    def fetch(
        self, titles: Sequence[str], progress: ProgressCallback | None = None
    ) -> dict[str, PageLookup]:
        return gather(self.fetch_each, titles, progress)

    def fetch_each(
        self, titles: Sequence[str], progress: ProgressCallback | None = None
    ) -> Iterator[PageLookup]:
        """Like fetch, but each title's lookup is yielded as soon as it is known (in no
        particular order), so that a caller can keep what arrived before an interrupt.
        Closing the iterator early stops the fetch."""
        unique = list(dict.fromkeys(titles))
        todo: list[str] = []
        done = 0
        total = len(unique)
        for title in unique:
            problem = title_problem(title)
            if problem:
                # Never sent: a "|" would split into two titles at the API.
                done += 1
                yield PageLookup(title, LookupStatus.INVALID, reason=problem)
            else:
                todo.append(title)
        if progress and done:
            progress(done, total, "")
        if not todo:
            return
        workers = max(1, min(self.settings.workers, MAX_IN_FLIGHT))
        for number, lookup in as_done(self._fetch_one, todo, workers, "fetch"):
            done += 1
            if progress:
                progress(done, total, todo[number])
            yield lookup

    def search(self, query: str, limit: int = 3) -> list[str]:
        """Article titles for a free-text query, best first. Raises SourceError on failure."""
        params = {
            "action": "query",
            "list": "search",
            "srsearch": query,
            "srnamespace": "0",
            "srlimit": str(max(1, min(limit, 50))),
            "srprop": "",
        }
        try:
            data = self._get(params)
        except (_Retryable, _Fatal) as exc:
            raise SourceError(f"search for {_short(query, 60)!r} failed: {exc}") from None
        answer = data.get("query")
        hits = answer.get("search") if isinstance(answer, dict) else None
        if not isinstance(hits, list):
            raise SourceError(f"search for {_short(query, 60)!r}: answer has an unexpected shape")
        titles = [h.get("title") for h in hits if isinstance(h, dict)]
        return [_clean(t) for t in titles if isinstance(t, str)]

    # -- one title -----------------------------------------------------------------------

    def _fetch_one(self, title: str, cancel: threading.Event | None = None) -> PageLookup:
        if self.settings.as_of:
            return self._fetch_as_of(title, self.settings.as_of, cancel)
        params = {
            **_PAGE_QUERY,
            "prop": "extracts|info|revisions|pageprops",
            "explaintext": "1",
            "exsectionformat": "wiki",
            "titles": title,
        }
        return self._page_lookup(title, params, cancel)

    def _fetch_as_of(self, title: str, day: str, cancel: threading.Event | None) -> PageLookup:
        """The last revision at or before the end of `day`: one title a request (rvstart
        and rvlimit are refused for several), its wikitext made plain text here, since
        TextExtracts serves only the current revision. A title that is a redirect today
        leads to its article's history, so a page renamed since is still found."""
        params = {
            **_PAGE_QUERY,
            "prop": "revisions|info|pageprops",
            "rvlimit": "1",
            "rvdir": "older",
            "rvstart": f"{day}T23:59:59Z",
            "titles": title,
        }
        return self._page_lookup(title, params, cancel, as_of=day)

    def _page_lookup(
        self,
        title: str,
        params: dict[str, str],
        cancel: threading.Event | None,
        as_of: str = "",
    ) -> PageLookup:
        """One page's request and its answer read; a failure is the title's ERROR lookup."""
        try:
            data = self._get(params, cancel)
        except (_Retryable, _Fatal) as exc:
            return PageLookup(title, LookupStatus.ERROR, reason=str(exc))
        try:
            return parse_page_answer(title, data, self.settings.api, as_of=as_of)
        except _Fatal as exc:
            return PageLookup(title, LookupStatus.ERROR, reason=str(exc))

    # -- HTTP ------------------------------------------------------------------------------

    def _session(self) -> requests.Session:
        session: requests.Session | None = getattr(self._local, "session", None)
        if session is None:
            session = self._session_factory()
            session.headers.update(
                {
                    "User-Agent": USER_AGENT,
                    "Accept": "application/json",
                    "Accept-Encoding": "gzip",
                }
            )
            self._local.session = session
        return session

    def _get(self, params: dict[str, str], cancel: threading.Event | None = None) -> dict[str, Any]:
        """One API call with retries. Raises _Fatal when it cannot be had."""
        query = {**params, "format": "json", "formatversion": "2", "maxlag": str(MAXLAG)}
        waited = 0.0
        attempt = 0
        while True:
            if self._down_reason is not None:
                raise _Fatal(self._down_reason)
            if cancel is not None and cancel.is_set():
                raise _Fatal("cancelled")
            try:
                data = self._attempt(query)
            except _Retryable as exc:
                self._note_failure(exc)
                delay = exc.wait if exc.wait is not None else self._backoff(attempt)
                if exc.wait is not None and exc.wait > self.settings.max_retry_after:
                    self._note_gave_up(exc)
                    raise _Fatal(
                        f"{exc.reason}; the server asked to wait {exc.wait:.0f} s"
                    ) from None
                if attempt >= self.settings.retries or waited + delay > self.settings.max_wait:
                    self._note_gave_up(exc)
                    tries = attempt + 1
                    raise _Fatal(f"{exc.reason} (gave up after {tries} attempts)") from None
                self._sleep(delay)
                waited += delay
                attempt += 1
                continue
            with self._lock:
                self._connection_failures = 0
                self._failed_requests = 0
            return data

    def _backoff(self, attempt: int) -> float:
        # Exponential with a little jitter so three workers do not retry in step.
        return float(self.settings.backoff * (2**attempt) * (1 + random.random() / 4))

    def _note_failure(self, exc: _Retryable) -> None:
        if not exc.connection:
            return
        with self._lock:
            self._connection_failures += 1
            if self._connection_failures >= MAX_CONNECTION_FAILURES:
                self._down_reason = f"cannot reach {self._host}: {exc.reason}"

    def _note_gave_up(self, exc: _Retryable) -> None:
        with self._lock:
            self._failed_requests += 1
            if self._failed_requests >= MAX_FAILED_REQUESTS and self._down_reason is None:
                self._down_reason = f"{self._host} keeps failing: {exc.reason}"

    def _attempt(self, query: dict[str, str]) -> dict[str, Any]:
        started = time.monotonic()
        url = self.settings.api
        timeout = (self.settings.connect_timeout, self.settings.read_timeout)
        with self._lock:
            self.requests_made += 1
        for _ in range(MAX_REDIRECTS + 1):
            try:
                response = self._session().get(
                    url, params=query, timeout=timeout, allow_redirects=False, stream=True
                )
            except requests.exceptions.ConnectTimeout:
                raise _Retryable("connection timed out", connection=True) from None
            except requests.exceptions.ReadTimeout:
                raise _Retryable(
                    f"no answer within {self.settings.read_timeout:g} s (read timeout)"
                ) from None
            except requests.exceptions.ConnectionError as exc:
                # Only a connection that could not be made says the host is unreachable; one
                # dropped after the request went out may be about this request alone.
                raise _Retryable(
                    _connection_reason(exc), connection=_could_not_connect(exc)
                ) from None
            except requests.exceptions.RequestException as exc:
                raise _Fatal(f"request failed: {_short(str(exc))}") from None
            with response:
                if response.is_redirect:
                    url = self._follow(url, response)
                    query = {}  # the Location carries the query
                    continue
                return self._read(response, started)
        raise _Fatal(f"more than {MAX_REDIRECTS} redirects from {self.settings.api}")

    def _follow(self, url: str, response: requests.Response) -> str:
        location = response.headers.get("Location", "")
        target = urllib.parse.urljoin(response.url or url, location)
        parts = urllib.parse.urlsplit(target)
        if parts.netloc != self._host:
            # An API that sends us elsewhere is misconfigured or hijacked; do not follow.
            raise _Fatal(f"the API redirected to another host ({parts.netloc}); refusing to follow")
        if parts.scheme == "http" and not is_loopback(parts.hostname or ""):
            # Same host, but down to plain http: the endpoint rule holds for redirects too.
            raise _Fatal("the API redirected to plain http://; refusing to follow")
        return target

    def _read(self, response: requests.Response, started: float) -> dict[str, Any]:
        status = response.status_code
        wait = _retry_after(response.headers.get("Retry-After"))
        if status in (429, 503, 502, 504) or (status >= 500 and status != 501):
            raise _Retryable(f"HTTP {status} from {self._host}", wait=wait)
        if status != 200:
            raise _Fatal(f"HTTP {status} from {self._host}")
        body = self._read_body(response, started)
        ctype = response.headers.get("Content-Type", "")
        if "json" not in ctype.lower():
            kind = "an HTML page" if "html" in ctype.lower() else f"'{ctype or 'no type'}'"
            raise _Retryable(f"{self._host} answered with {kind} instead of JSON")
        try:
            data = json.loads(body)
        except ValueError:
            raise _Retryable(f"{self._host} sent JSON that does not parse (truncated?)") from None
        except RecursionError:
            raise _Fatal(f"{self._host} sent JSON nested too deeply to read") from None
        if not isinstance(data, dict):
            raise _Fatal(f"{self._host} sent JSON of an unexpected shape")
        error = data.get("error")
        if isinstance(error, dict):
            raw_code, raw_info = error.get("code"), error.get("info")
            # Both end up in a report: no lone surrogates, no runaway length.
            code = _short(_clean(raw_code), 60) if isinstance(raw_code, str) else "unknown"
            info = _short(_clean(raw_info)) if isinstance(raw_info, str) else ""
            if code == "maxlag":
                # HTTP 200 with an error body: urllib3's Retry never sees it (notes/mediawiki.md).
                raise _Retryable(
                    f"server lagged ({info})", wait=wait if wait is not None else float(MAXLAG)
                )
            if code in ("ratelimited", "readonly", "internal_api_error_DBQueryError"):
                raise _Retryable(f"API error {code}{': ' if info else ''}{info}", wait=wait)
            raise _Fatal(f"API error {code}{': ' if info else ''}{info}")
        return data

    def _read_body(self, response: requests.Response, started: float) -> bytes:
        declared = response.headers.get("Content-Length")
        if declared and declared.isdigit() and int(declared) > MAX_RESPONSE_BYTES:
            raise _Fatal(f"answer too large ({int(declared)} bytes)")
        limit = self.settings.deadline or 4 * self.settings.read_timeout
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in _iter_content(response):
                size += len(chunk)
                if size > MAX_RESPONSE_BYTES:
                    raise _Fatal(f"answer too large (over {MAX_RESPONSE_BYTES} bytes)")
                chunks.append(chunk)
                if time.monotonic() - started > limit:
                    raise _Retryable(
                        f"answer too slow: {size} bytes in {limit:g} s (deadline of a request)"
                    )
        except (requests.exceptions.RequestException, urllib3.exceptions.HTTPError) as exc:
            raise _Retryable(f"connection broke while reading ({_broken_read(exc)})") from None
        except OSError as exc:
            raise _Retryable(f"connection broke while reading ({_short(str(exc), 60)})") from None
        return b"".join(chunks)


def _iter_content(response: requests.Response) -> Iterator[bytes]:
    """The decoded body in pieces, each from at most one read of the socket, so that the
    caller can check its deadline between them (iter_content blocks until a chunk fills)."""
    read1 = getattr(response.raw, "read1", None)
    if read1 is None:  # urllib3 1.x
        yield from response.iter_content(chunk_size=64 * 1024)
        return
    while True:
        # decode_content with a size bounds how much one gzip piece may inflate to.
        chunk = read1(64 * 1024, decode_content=True)
        if not chunk:
            return
        yield chunk


def _could_not_connect(exc: requests.exceptions.ConnectionError) -> bool:
    cause = exc.args[0] if exc.args else None
    reason = getattr(cause, "reason", cause)  # MaxRetryError wraps the real failure
    return isinstance(reason, urllib3.exceptions.NewConnectionError)


def _broken_read(exc: Exception) -> str:
    """A short cause for a body that stopped coming, without urllib3's nested reprs."""
    text = str(exc)
    match = re.search(r"IncompleteRead\((\d+) bytes read, (\d+) more expected\)", text)
    if match:
        got, more = int(match.group(1)), int(match.group(2))
        return f"{got} of {got + more} bytes"
    for needle, reason in (
        ("Connection reset", "connection reset"),
        ("InvalidChunkLength", "bad chunked encoding"),
        ("Read timed out", "read timeout"),
        ("DecodeError", "the compressed body does not decode"),
    ):
        if needle in text:
            return reason
    return _short(text, 60)


def _connection_reason(exc: requests.exceptions.ConnectionError) -> str:
    text = str(exc)
    for needle, reason in (
        ("Name or service not known", "host name not found (offline?)"),
        ("Temporary failure in name resolution", "host name not found (offline?)"),
        ("nodename nor servname", "host name not found (offline?)"),
        ("Connection refused", "connection refused"),
        ("Connection reset", "connection reset"),
        ("Network is unreachable", "network unreachable"),
        ("RemoteDisconnected", "server closed the connection without answering"),
    ):
        if needle in text:
            return reason
    return f"connection failed: {_short(text, 60)}"


def parse_page_answer(
    requested: str, data: dict[str, Any], api: str, as_of: str = ""
) -> PageLookup:
    """Map an action=query answer (formatversion=2) back to the title that was asked for.

    The answer's pages come in no particular order under their final titles; the
    requested title reaches them through `normalized` and then `redirects`. Whatever the
    server sends, the outcome is a PageLookup or _Fatal: a field of the wrong type is an
    answer not to be trusted (nor cached), never an exception from deep inside.
    """
    query = data.get("query")
    if not isinstance(query, dict):
        raise _Fatal("answer has no 'query' part")
    title = requested
    for step in ("normalized", "redirects"):
        for pair in _list(query.get(step)):
            if isinstance(pair, dict) and pair.get("from") == title:
                target = pair.get("to")
                if isinstance(target, str) and target:
                    title = _clean(target)
                break
    pages = query.get("pages")
    if not isinstance(pages, list):
        raise _Fatal("answer has no page list")
    page = next((p for p in pages if isinstance(p, dict) and p.get("title") == title), None)
    if page is None and len(pages) == 1 and isinstance(pages[0], dict):
        page = pages[0]  # one title asked, one page back: it is ours
    if page is None:
        raise _Fatal(f"answer does not mention {requested!r}")
    if page.get("invalid"):
        reason = page.get("invalidreason")
        shown = _short(_clean(reason)) if isinstance(reason, str) and reason else ""
        return PageLookup(requested, LookupStatus.INVALID, reason=shown or "not a valid title")
    if page.get("missing"):
        return PageLookup(
            requested, LookupStatus.MISSING, reason=f"no article titled {title!r} at {api}"
        )
    pageprops = page.get("pageprops")
    if isinstance(pageprops, dict) and "disambiguation" in pageprops:
        return PageLookup(
            requested,
            LookupStatus.MISSING,
            reason=f"{title!r} is a disambiguation page; name the article meant",
        )
    revisions = _list(page.get("revisions"))
    revision = revisions[0] if revisions and isinstance(revisions[0], dict) else {}
    if as_of and not revision:
        return PageLookup(
            requested, LookupStatus.MISSING, reason=f"no article titled {title!r} as of {as_of}"
        )
    revid = revision.get("revid", page.get("lastrevid"))
    pageid = page.get("pageid")
    if not (_is_id(revid) and _is_id(pageid)):
        raise _Fatal(f"answer for {title!r} lacks page or revision ids")
    text = page.get("extract")
    if as_of:
        wikitext = _wikitext(revision)
        if wikitext is None:
            raise _Fatal(f"the API gave no wikitext for {title!r} as of {as_of}")
        from factcheck.wikitext import plain_text  # only runs as of a date need it

        text = plain_text(wikitext)
    if not isinstance(text, str):
        raise _Fatal(f"the API gave no text for {title!r} (is TextExtracts installed?)")
    found_title = page.get("title")
    timestamp = revision.get("timestamp", "")
    url = page.get("fullurl") or _article_url(api, title)
    if not (
        isinstance(found_title, str)
        and found_title
        and isinstance(timestamp, str)
        and isinstance(url, str)
    ):
        raise _Fatal(f"answer for {title!r} has fields of unexpected types")
    return PageLookup(
        requested,
        LookupStatus.FOUND,
        page=Page(
            title=_clean(found_title),
            pageid=pageid,
            revid=revid,
            timestamp=_clean(timestamp),
            url=_clean(url),
            text=_clean(text),
            api=api,
            wikitext=_wikitext(revision),
        ),
    )


def _wikitext(revision: dict[str, Any]) -> str | None:
    """The main slot's wikitext (rvslots=main, formatversion=2), or None when the answer
    has none: the page is then read from its plain text alone."""
    slots = revision.get("slots")
    main = slots.get("main") if isinstance(slots, dict) else None
    if not isinstance(main, dict) or main.get("contentmodel", "wikitext") != "wikitext":
        return None
    content = main.get("content")
    return _clean(content) if isinstance(content, str) else None


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _is_id(value: object) -> TypeGuard[int]:
    # bool is an int to Python, and JSON's true is no page id.
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _clean(text: str) -> str:
    return without_lone_surrogates(text)


def _article_url(api: str, title: str) -> str:
    base = api.rsplit("/", 1)[0]
    return f"{base}/index.php?title={urllib.parse.quote(title.replace(' ', '_'))}"


@lru_cache(maxsize=4096)
def revision_url(page_url: str, revid: int) -> str:
    """A permanent link to the revision the evidence was read from."""
    parts = urllib.parse.urlsplit(page_url)
    query = urllib.parse.parse_qsl(parts.query)
    query = [(k, v) for k, v in query if k != "oldid"] + [("oldid", str(revid))]
    return urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query)))
