"""URL -> a web page's bytes, within bounds.

urllib with a clear user agent, timeouts, a capped number of redirects (only to http(s)) and a
16 MB cap read incrementally, so a server that redirects forever or sends gigabytes costs
bounded time and memory. Every failure is an ``InputError`` naming the URL. Imported only when
a URL is given, so reading files never pays for the network stack.
"""

from __future__ import annotations

import contextlib
import http.client
import socket
import ssl
import threading
import time
import urllib.error
import urllib.request
import zlib
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from typing import Any
from urllib.parse import urlsplit

from attribcmp.errors import InputError
from attribcmp.web import MAX_BYTES, looks_like_html

__all__ = ["MAX_REDIRECTS", "TIMEOUT", "TOTAL_TIMEOUT", "Fetched", "fetch_url"]

# Seconds a connect or a single read may stall, and the budget for the whole download: a
# server dripping one byte every few seconds must not hold the command for ever.
TIMEOUT = 20.0
TOTAL_TIMEOUT = 60.0
# Real articles sit behind one or two redirects (http -> https, short link -> page).
MAX_REDIRECTS = 5
_CHUNK = 64 * 1024
_HTML_TYPES = frozenset(("text/html", "application/xhtml+xml"))


def _user_agent() -> str:
    try:
        own = version("attribcmp")
    except PackageNotFoundError:  # running from a checkout that was never installed
        own = "dev"
    return f"attribcmp/{own} (news attribution checker; reads one article per request)"


def _check_url(url: str) -> tuple[str, int | None]:
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise InputError(f"{url}: not a valid URL ({exc})") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise InputError(f"{url}: only http:// and https:// URLs are read")
    if not parts.hostname:
        raise InputError(f"{url}: not a valid URL (no host name)")
    if parts.username is not None or parts.password is not None:
        # urllib would take "user:pw@host" for the host name and report a failed DNS lookup.
        raise InputError(f"{url}: URLs with a user name or password are not read")
    if any(c.isspace() for c in parts.netloc):
        raise InputError(f"{url}: not a valid URL (a space in the host name)")
    return parts.hostname, port


class _Redirects(urllib.request.HTTPRedirectHandler):
    max_redirections = MAX_REDIRECTS
    max_repeats = 1  # the same address twice is already a loop

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: Any,
        code: int,
        msg: str,
        headers: Any,
        newurl: str,
    ) -> urllib.request.Request | None:
        # urllib would follow a redirect to ftp://; a web page may only lead to web pages.
        if urlsplit(newurl).scheme.lower() not in ("http", "https"):
            raise urllib.error.HTTPError(
                newurl, code, "redirection to a non-http(s) address is not allowed", headers, fp
            )
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class _Watchdog:
    """Shuts the connection's socket when the total budget is spent.

    The per-read timeout cannot stop a server that sends its status line and headers a byte
    every few seconds (http.client reads them line by line, each read well inside the
    timeout); only closing the socket from outside ends that wait.
    """

    def __init__(self, seconds: float) -> None:
        self.fired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._fire)
        self._timer.daemon = True

    def __enter__(self) -> _Watchdog:
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            for sock in self._sockets:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def _track(self, sock: socket.socket) -> None:
        with self._lock:
            self._sockets.append(sock)
            if self.fired:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

    def handlers(self) -> tuple[urllib.request.BaseHandler, ...]:
        """urllib handlers whose connections report their sockets to this watchdog."""
        track = self._track

        class Http(http.client.HTTPConnection):
            def connect(self) -> None:
                super().connect()
                track(self.sock)

        class Https(http.client.HTTPSConnection):
            def connect(self) -> None:
                super().connect()
                track(self.sock)

        class HttpHandler(urllib.request.HTTPHandler):
            def http_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
                return self.do_open(Http, req)

        class HttpsHandler(urllib.request.HTTPSHandler):
            def https_open(self, req: urllib.request.Request) -> http.client.HTTPResponse:
                return self.do_open(Https, req, context=self._context)  # type: ignore[attr-defined]

        return HttpHandler(), HttpsHandler()


@dataclass(frozen=True, slots=True)
class Fetched:
    """A downloaded page: where it ended up after redirects, its bytes and declared charset."""

    url: str
    data: bytes
    charset: str | None
    content_type: str | None


def fetch_url(url: str, *, timeout: float | None = None, total: float | None = None) -> Fetched:
    """Download a web page, within bounds (``TIMEOUT`` per stall, ``TOTAL_TIMEOUT`` in all).

    Raises:
        InputError: not http(s), DNS failure, connection refused, timeout, an HTTP error
            status, a redirect loop, not HTML, or larger than 16 MB. The message names the URL.
    """
    timeout = TIMEOUT if timeout is None else timeout
    total = TOTAL_TIMEOUT if total is None else total
    host, _ = _check_url(url)
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": _user_agent(),
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
        },
    )
    deadline = time.monotonic() + total
    with _Watchdog(total) as watchdog:
        opener = urllib.request.build_opener(_Redirects(), *watchdog.handlers())
        try:
            final, data, charset, content_type, encoding = _download(
                opener, request, url, host, timeout, deadline, total
            )
        except InputError:
            if watchdog.fired:  # the socket was shut under the read: that is the real cause
                raise InputError(_took_too_long(url, total)) from None
            raise
        if watchdog.fired:
            raise InputError(_took_too_long(url, total))
    if encoding in ("gzip", "x-gzip", "deflate"):
        data = _decompress(data, encoding, url)
    elif encoding not in ("", "identity"):
        raise InputError(f"{url}: sent in an encoding attribcmp cannot read ({encoding})")
    if not data.strip():
        raise InputError(f"{url}: the server sent an empty page")
    if content_type is None and not looks_like_html(data):
        raise InputError(
            f"{url}: not an HTML page (no Content-Type, and it does not look like HTML)"
        )
    return Fetched(final, data, charset, content_type)


def _download(
    opener: urllib.request.OpenerDirector,
    request: urllib.request.Request,
    url: str,
    host: str,
    timeout: float,
    deadline: float,
    total: float,
) -> tuple[str, bytes, str | None, str | None, str]:
    """Open and read the page: final URL, bytes, charset, content type, content encoding."""
    try:
        with opener.open(request, timeout=timeout) as response:
            final = response.geturl()
            raw_type = response.headers.get("Content-Type")
            content_type = response.headers.get_content_type() if raw_type else None
            if content_type is not None and content_type not in _HTML_TYPES:
                raise InputError(f"{url}: not an HTML page (Content-Type: {content_type})")
            length = response.headers.get("Content-Length", "")
            if length.strip().isdigit() and int(length) > MAX_BYTES:
                raise InputError(_too_large(url))
            data = _read_bounded(response, url, deadline, total)
            charset = response.headers.get_content_charset()
            encoding = response.headers.get("Content-Encoding", "").strip().lower()
            return final, data, charset, content_type, encoding
    except urllib.error.HTTPError as exc:
        raise InputError(_http_error(url, exc)) from None
    except urllib.error.URLError as exc:
        raise InputError(_network_error(url, host, exc.reason, timeout)) from None
    except (TimeoutError, OSError) as exc:
        raise InputError(_network_error(url, host, exc, timeout)) from None
    except http.client.InvalidURL as exc:  # checked by http.client before connecting
        raise InputError(f"{url}: not a valid URL ({exc})") from None
    except http.client.HTTPException as exc:
        # The exception's text says what was wrong ("got more than 100 headers"), but may
        # quote the server's garbage: one line, cut short.
        detail = " ".join(str(exc).split())[:80]
        raise InputError(
            f"{url}: the server sent a broken response ({type(exc).__name__}"
            + (f": {detail})" if detail else ")")
        ) from None
    except ValueError as exc:  # urllib's own URL checks
        raise InputError(f"{url}: not a valid URL ({exc})") from None


def _decompress(data: bytes, encoding: str, url: str) -> bytes:
    """Undo gzip/deflate that a server sent unasked, never past 16 MB (a zip bomb stops there)."""
    inflater = zlib.decompressobj(wbits=47)  # 32 + 15: a gzip or zlib header, told apart
    try:
        out = inflater.decompress(data, MAX_BYTES + 1)
    except zlib.error as exc:
        raise InputError(f"{url}: cannot decompress the page ({encoding}: {exc})") from None
    if len(out) > MAX_BYTES or inflater.unconsumed_tail:
        raise InputError(_too_large(url))
    return out


def _read_bounded(response: Any, url: str, deadline: float, total: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        # read1, not read: read(n) waits until n bytes have come, so a server dripping a byte
        # at a time would never reach the deadline check below.
        chunk = response.read1(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > MAX_BYTES:
            raise InputError(_too_large(url))
        if time.monotonic() > deadline:
            raise InputError(_took_too_long(url, total))
        chunks.append(chunk)


def _took_too_long(url: str, total: float) -> str:
    return f"{url}: timed out (the download took more than {total:g} s)"


def _too_large(url: str) -> str:
    return f"{url}: larger than {MAX_BYTES // (1024 * 1024)} MB; not a news article page"


def _http_error(url: str, exc: urllib.error.HTTPError) -> str:
    if 300 <= exc.code < 400:
        if "not allowed" in str(exc.reason):
            return f"{url}: redirects to an address that is not http(s)"
        return (
            f"{url}: redirects in a loop (more than {MAX_REDIRECTS} redirects, or back to itself)"
        )
    reason = exc.reason or http.client.responses.get(exc.code, "")
    return f"{url}: the server answered {exc.code} {reason}".rstrip()


def _network_error(url: str, host: str, reason: object, timeout: float) -> str:
    if isinstance(reason, socket.gaierror):
        return f"{url}: cannot find host {host} (DNS lookup failed)"
    if isinstance(reason, ConnectionRefusedError):
        return f"{url}: connection refused by {host}"
    if isinstance(reason, TimeoutError):
        return f"{url}: timed out (no answer within {timeout:g} s)"
    if isinstance(reason, ssl.SSLError):
        return f"{url}: secure connection failed ({reason.reason or reason})"
    if isinstance(reason, ConnectionResetError):
        return f"{url}: the server closed the connection"
    if isinstance(reason, OSError):
        return f"{url}: cannot fetch ({reason.strerror or reason})"
    return f"{url}: cannot fetch ({reason})"
