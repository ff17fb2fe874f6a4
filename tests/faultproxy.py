"""A fault-injecting HTTP proxy for tests: it stands in front of the real test wiki and,
per request, either passes the request through or answers the way a sick server would.

    with FaultProxy(testwiki.api) as proxy:
        proxy.add(Status(429, retry_after="1"), times=2)          # the first two requests
        proxy.add(Reset(), when=titles_contain("Warsaw Pact"))   # every request for a title
        main(["run", claims, "--api", proxy.api])
        proxy.requests  # what came in, and what each was answered with

Rules are tried in the order they were added; the first that matches a request and has
uses left answers it. A request no rule takes is passed to the upstream API unchanged.
Everything is standard library: a ThreadingHTTPServer on a free loopback port, served
from a daemon thread, so a stalled answer never holds up the others.
"""

from __future__ import annotations

import gzip
import json
import socket
import struct
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType

Params = Mapping[str, str]
Matcher = Callable[[Params], bool]

_UPSTREAM_TIMEOUT = 30.0
# The headers of an upstream answer that a client may act on; the rest are not copied.
_KEPT_HEADERS = ("Content-Type", "Retry-After", "MediaWiki-API-Error", "Location")


# -- which requests a rule applies to ---------------------------------------------------


def every(_params: Params) -> bool:
    return True


def titles_contain(text: str) -> Matcher:
    """Requests whose titles= parameter contains `text` (page fetches, not searches)."""
    return lambda params: text in params.get("titles", "")


def param_contains(name: str, text: str) -> Matcher:
    """Requests whose parameter `name` contains `text`, e.g. ("srsearch", "Gorbachev")."""
    return lambda params: text in params.get(name, "")


def is_search(params: Params) -> bool:
    return params.get("list") == "search"


# -- what a faulty answer looks like ------------------------------------------------------


class Fault:
    """One way of answering a request. Subclasses write to the handler's connection."""

    name = "fault"

    def answer(self, handler: _ProxyHandler) -> None:
        raise NotImplementedError

    def __repr__(self) -> str:
        return self.name


@dataclass(repr=False)
class Status(Fault):
    """An HTTP error status with a small JSON-free body, e.g. 429 or 503 (Retry-After optional)."""

    code: int
    retry_after: str | None = None
    name: str = field(default="status", init=False)

    def answer(self, handler: _ProxyHandler) -> None:
        headers = {"Content-Type": "text/plain; charset=utf-8"}
        if self.retry_after is not None:
            headers["Retry-After"] = self.retry_after
        handler.send_body(self.code, f"error {self.code}\n".encode(), headers)

    def __repr__(self) -> str:
        return f"HTTP {self.code}" + (
            f" Retry-After {self.retry_after}" if self.retry_after is not None else ""
        )


@dataclass(repr=False)
class Latency(Fault):
    """The real answer, `seconds` late: a server far away (the cold-run benchmark)."""

    seconds: float
    name: str = field(default="latency", init=False)

    def answer(self, handler: _ProxyHandler) -> None:
        time.sleep(self.seconds)
        status, body, headers = handler.upstream()
        handler.send_body(status, body, headers)

    def __repr__(self) -> str:
        return f"latency {self.seconds * 1000:.0f} ms"


@dataclass(repr=False)
class ApiError(Fault):
    """MediaWiki's way of failing: HTTP 200, {"error": {...}}, a MediaWiki-API-Error header."""

    code: str
    info: str = "the fault proxy says no"
    retry_after: str | None = None
    name: str = field(default="api-error", init=False)

    def answer(self, handler: _ProxyHandler) -> None:
        body = json.dumps(
            {"error": {"code": self.code, "info": self.info, "docref": "See api.php for help."}}
        ).encode()
        headers = {
            "Content-Type": "application/json; charset=utf-8",
            "MediaWiki-API-Error": self.code,
        }
        if self.retry_after is not None:
            headers["Retry-After"] = self.retry_after
        handler.send_body(200, body, headers)

    def __repr__(self) -> str:
        return f"API error {self.code}"


def maxlag(retry_after: str = "1", lag: float = 7.0) -> ApiError:
    """The replica-lag refusal every batch client meets on Wikipedia sooner or later."""
    return ApiError(
        "maxlag", f"Waiting for 10.64.16.8: {lag:g} seconds lagged.", retry_after=retry_after
    )


@dataclass(repr=False)
class Body(Fault):
    """Any body with HTTP 200 and a JSON content type: odd shapes, deep nesting, junk."""

    body: bytes
    content_type: str = "application/json; charset=utf-8"
    name: str = field(default="body", init=False)

    def answer(self, handler: _ProxyHandler) -> None:
        handler.send_body(200, self.body, {"Content-Type": self.content_type})

    def __repr__(self) -> str:
        return f"body {self.body[:30]!r}"


@dataclass(repr=False)
class Reset(Fault):
    """Drop the connection with a TCP reset before any answer."""

    name: str = field(default="reset", init=False)

    def answer(self, handler: _ProxyHandler) -> None:
        handler.reset()


@dataclass(repr=False)
class Stall(Fault):
    """Say nothing for `seconds` (or until the proxy stops), then close the connection."""

    seconds: float = 3600.0
    name: str = field(default="stall", init=False)

    def answer(self, handler: _ProxyHandler) -> None:
        release = handler.proxy.hold()
        release.wait(self.seconds)
        handler.close_connection = True


@dataclass(repr=False)
class Drip(Fault):
    """The real answer, one small piece every `interval` seconds: each read finishes
    within any read timeout, so only a deadline on the whole request ends it."""

    interval: float = 0.2
    piece: int = 16
    name: str = field(default="drip", init=False)

    def answer(self, handler: _ProxyHandler) -> None:
        status, body, headers = handler.upstream()
        release = handler.proxy.hold()
        handler.send_response(status)
        for key, value in headers.items():
            handler.send_header(key, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        try:
            for start in range(0, len(body), self.piece):
                handler.wfile.write(body[start : start + self.piece])
                handler.wfile.flush()
                if release.wait(self.interval):
                    break
        except OSError:
            pass  # the client gave up, as it should
        handler.close_connection = True


@dataclass(repr=False)
class Truncated(Fault):
    """The real answer cut at `fraction` of its length, with a Content-Length that fits
    the cut (so the client reads it all and finds JSON that does not parse)."""

    fraction: float = 0.5
    name: str = field(default="truncated", init=False)

    def answer(self, handler: _ProxyHandler) -> None:
        status, body, headers = handler.upstream()
        handler.send_body(status, body[: int(len(body) * self.fraction)], headers)


@dataclass(repr=False)
class CutShort(Fault):
    """The real answer's headers, with its full Content-Length, and half its body: the
    connection closes while the client still expects bytes."""

    name: str = field(default="cut-short", init=False)

    def answer(self, handler: _ProxyHandler) -> None:
        status, body, headers = handler.upstream()
        handler.send_response(status)
        for key, value in headers.items():
            handler.send_header(key, value)
        handler.send_header("Content-Length", str(len(body)))
        handler.end_headers()
        handler.wfile.write(body[: len(body) // 2])
        handler.wfile.flush()
        handler.close_connection = True


@dataclass(repr=False)
class Html(Fault):
    """An HTML error page, as a misconfigured front end or a captive portal sends it."""

    status: int = 200
    name: str = field(default="html", init=False)

    def answer(self, handler: _ProxyHandler) -> None:
        page = (
            "<!DOCTYPE html><html><head><title>Wikimedia Error</title></head><body>"
            "<h1>Error</h1><p>Our servers are currently under maintenance or experiencing a "
            "technical problem.</p></body></html>"
        )
        handler.send_body(self.status, page.encode(), {"Content-Type": "text/html; charset=utf-8"})

    def __repr__(self) -> str:
        return f"HTML page, HTTP {self.status}"


@dataclass(repr=False)
class Huge(Fault):
    """A JSON body of `size` bytes. With `declare` the Content-Length says so up front;
    without it the body is delimited by closing the connection, so only counting while
    reading can notice. `gzip_body` sends it compressed (a decompression bomb)."""

    size: int
    declare: bool = True
    gzip_body: bool = False
    name: str = field(default="huge", init=False)

    def _chunks(self) -> list[bytes]:
        head = b'{"batchcomplete":true,"query":{"pages":[{"title":"'
        tail = b'"}]}}'
        filler = self.size - len(head) - len(tail)
        block = b"x" * (1 << 20)
        chunks = [head]
        while filler > 0:
            chunks.append(block[: min(filler, len(block))])
            filler -= len(block)
        chunks.append(tail)
        return chunks

    def answer(self, handler: _ProxyHandler) -> None:
        chunks = self._chunks()
        if self.gzip_body:
            chunks = [gzip.compress(b"".join(chunks), compresslevel=9)]
        length = sum(len(c) for c in chunks)
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json; charset=utf-8")
        if self.gzip_body:
            handler.send_header("Content-Encoding", "gzip")
        if self.declare:
            handler.send_header("Content-Length", str(length))
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.close_connection = True
        try:
            for chunk in chunks:
                handler.wfile.write(chunk)
            handler.wfile.flush()
        except OSError:
            pass  # the client gave up reading, as it should

    def __repr__(self) -> str:
        how = "declared" if self.declare else "undeclared"
        return f"huge body ({self.size} bytes, {how}{', gzip' if self.gzip_body else ''})"


@dataclass(repr=False)
class Redirect(Fault):
    """A redirect. `to` is a full URL, or a path on the proxy itself when it starts with '/';
    the query string of the request is carried over."""

    to: str
    status: int = 302
    name: str = field(default="redirect", init=False)

    def answer(self, handler: _ProxyHandler) -> None:
        target = self.to
        if target.startswith("/"):
            target = f"{handler.proxy.origin}{target}"
        query = urllib.parse.urlsplit(handler.path).query
        location = f"{target}?{query}" if query else target
        handler.send_body(
            self.status, b"moved\n", {"Content-Type": "text/plain", "Location": location}
        )

    def __repr__(self) -> str:
        return f"redirect {self.status} to {self.to}"


# -- the proxy ------------------------------------------------------------------------------


@dataclass
class Rule:
    fault: Fault
    when: Matcher = every
    times: int | None = None  # None: every matching request
    used: int = 0

    def take(self, params: Params) -> bool:
        if self.times is not None and self.used >= self.times:
            return False
        if not self.when(params):
            return False
        self.used += 1
        return True


@dataclass(frozen=True)
class Seen:
    """One request the proxy received and how it answered."""

    at: float  # time.monotonic() on arrival
    path: str
    params: dict[str, str]
    fault: str | None  # repr of the fault, or None when passed through

    @property
    def titles(self) -> str:
        return self.params.get("titles", "")


class _ProxyHandler(BaseHTTPRequestHandler):
    proxy: FaultProxy  # set on the subclass made per proxy
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes: without TCP_NODELAY, Nagle's algorithm and
    # the client's delayed ACK hold the body back about 40 ms on every answer.
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: object) -> None:
        pass  # quiet: pytest shows failures, not access logs

    def do_GET(self) -> None:
        parts = urllib.parse.urlsplit(self.path)
        params = dict(urllib.parse.parse_qsl(parts.query, keep_blank_values=True))
        fault = self.proxy.choose(parts.path, params)
        if fault is None:
            status, body, headers = self.upstream()
            self.send_body(status, body, headers)
        else:
            fault.answer(self)

    def upstream(self) -> tuple[int, bytes, dict[str, str]]:
        """The real wiki's answer to this request (uncompressed)."""
        url = self.proxy.upstream_origin + self.path
        request = urllib.request.Request(url, headers={"User-Agent": self.headers["User-Agent"]})
        try:
            with urllib.request.urlopen(request, timeout=_UPSTREAM_TIMEOUT) as answer:
                status, body, raw = answer.status, answer.read(), answer.headers
        except urllib.error.HTTPError as exc:
            status, body, raw = exc.code, exc.read(), exc.headers
        headers = {k: raw[k] for k in _KEPT_HEADERS if raw.get(k) is not None}
        return status, body, headers

    def send_body(self, status: int, body: bytes, headers: Mapping[str, str]) -> None:
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
            self.wfile.flush()
        except OSError:
            self.close_connection = True

    def reset(self) -> None:
        # SO_LINGER with a zero timeout makes close() send RST instead of FIN.
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hung up mid-answer is what several faults are about


class FaultProxy:
    """See the module docstring. Start it with `with` or start()/stop()."""

    def __init__(self, upstream_api: str) -> None:
        up = urllib.parse.urlsplit(upstream_api)
        self.upstream_origin = f"{up.scheme}://{up.netloc}"
        self.api_path = up.path or "/api.php"
        self._rules: list[Rule] = []
        self._lock = threading.Lock()
        self.requests: list[Seen] = []
        # Set when a Stall starts, so a test can act while a client is held mid-fetch.
        self.stalled = threading.Event()
        self._release = threading.Event()
        handler = type("Handler", (_ProxyHandler,), {"proxy": self})
        self._server = _Server(("127.0.0.1", 0), handler)
        self.port: int = self._server.server_address[1]
        self.origin = f"http://127.0.0.1:{self.port}"
        self.api = f"{self.origin}{self.api_path}"
        self._thread: threading.Thread | None = None

    # -- life --------------------------------------------------------------------------

    def start(self) -> FaultProxy:
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"faultproxy-{self.port}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self.release_stalls()
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FaultProxy:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- rules -------------------------------------------------------------------------

    def add(self, fault: Fault, *, when: Matcher = every, times: int | None = None) -> Rule:
        """Answer matching requests with `fault`: all of them, or the first `times`."""
        rule = Rule(fault, when, times)
        with self._lock:
            self._rules.append(rule)
        return rule

    def reset_rules(self) -> None:
        """Back to plain pass-through, with an empty request log; stalls are released."""
        self.release_stalls()
        with self._lock:
            self._rules.clear()
            self.requests.clear()
        self.stalled.clear()

    def hold(self) -> threading.Event:
        """Called by a stalling answer: note the stall, and get the event that ends it."""
        with self._lock:
            release = self._release
        self.stalled.set()
        return release

    def release_stalls(self) -> None:
        """Let every held connection go (they close without an answer)."""
        with self._lock:
            self._release.set()
            self._release = threading.Event()

    def choose(self, path: str, params: Params) -> Fault | None:
        with self._lock:
            fault = next((r.fault for r in self._rules if r.take(params)), None)
            self.requests.append(
                Seen(time.monotonic(), path, dict(params), None if fault is None else repr(fault))
            )
        return fault

    # -- what happened -----------------------------------------------------------------

    def seen(self, when: Matcher = every) -> list[Seen]:
        with self._lock:
            return [s for s in self.requests if when(s.params)]

    def faults(self) -> list[str]:
        with self._lock:
            return [s.fault for s in self.requests if s.fault is not None]
