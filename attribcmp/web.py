"""Web pages and URLs -> the article's text and what the page says about itself.

A fact-checker starts from a link or a saved page, not a clean text file. The main text is
extracted with trafilatura (navigation, scripts, related links, comments and footers dropped);
the headline is kept as the first line, and every offset a claim carries points into the
extracted text, which ``--save-text`` writes out so each span can be checked.

Fetching uses urllib with a clear user agent, timeouts, a capped number of redirects and a
16 MB cap read incrementally, so a server that redirects forever or sends gigabytes costs
bounded time and memory. Every failure is an ``InputError`` naming the URL.
"""

from __future__ import annotations

import http.client
import re
import socket
import ssl
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

from attribcmp.errors import InputError
from attribcmp.model import Document, PageInfo

__all__ = [
    "MAX_REDIRECTS",
    "Page",
    "decode_html",
    "fetch_url",
    "html_document",
    "is_url",
    "looks_like_html",
    "page_id",
    "read_page",
    "url_document",
]

# Same cap as for files: a news page is a few hundred kB; 16 MB is already a dump.
MAX_BYTES = 16 * 1024 * 1024
# Seconds a connect or a single read may stall, and the budget for the whole download: a
# server dripping one byte every few seconds must not hold the command for ever.
TIMEOUT = 20.0
TOTAL_TIMEOUT = 60.0
# Real articles sit behind one or two redirects (http -> https, short link -> page).
MAX_REDIRECTS = 5
_CHUNK = 64 * 1024
_HTML_TYPES = frozenset(("text/html", "application/xhtml+xml"))
# The first bytes of an HTML document; checked on stdin and on files without .html.
_HTML_START = re.compile(
    rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)
# <meta charset="x"> or <meta http-equiv="Content-Type" content="text/html; charset=x">.
_META_CHARSET = re.compile(
    rb"<meta[^>]{0,200}?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.I
)
# Scripts (but not the JSON-LD that carries the headline, date and author), styles, SVG and
# HTML comments are cut before parsing: they hold no article text, and a multi-megabyte inline
# state blob is a single text node that libxml2 refuses to parse whole, losing the article.
_NOT_TEXT = re.compile(
    r"<script\b(?![^>]*application/ld\+json)[^>]*>.*?</script\s*>"
    r"|<(style|svg|template)\b[^>]*>.*?</\1\s*>"
    r"|<!--.*?-->",
    re.I | re.S,
)
# Extraction costs about 0.1 ms per element (bench/bench_web.py); a news page has a few
# thousand. Past this many elements a page is a dump or an endless list, and reading it would
# take more than a few seconds and hundreds of MB.
MAX_ELEMENTS = 50_000
# An article has prose: at least this many characters in paragraphs of ten words or more that
# end like a sentence. A home page's headline lists, a login wall's one line and a gallery's
# captions fall short; the shortest wire briefs run to a few hundred characters.
MIN_ARTICLE_CHARS = 200
_PROSE_WORDS = 10
_SENTENCE_END = re.compile(r"[.!?…][\"'”’»)\]]*$")


@dataclass(frozen=True, slots=True)
class Page:
    """An article read from HTML: its text, what the page says about itself, and warnings."""

    text: str
    info: PageInfo
    warnings: tuple[str, ...] = ()


def _user_agent() -> str:
    try:
        own = version("attribcmp")
    except PackageNotFoundError:  # running from a checkout that was never installed
        own = "dev"
    return f"attribcmp/{own} (news attribution checker; reads one article per request)"


def is_url(source: str) -> bool:
    """True when ``source`` is written as a URL ("scheme://..."), whatever the scheme."""
    return re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", source) is not None


def looks_like_html(data: bytes) -> bool:
    """True when the bytes open like an HTML document (doctype, <html>, <head> or <body>)."""
    head = data[:4096]
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        if head.startswith(bom):
            head = head[len(bom) :]
            if bom != b"\xef\xbb\xbf":
                head = head.replace(b"\x00", b"")
            break
    return _HTML_START.match(head) is not None


def _codec(name: str | None) -> str | None:
    """A codec Python knows for a charset label, or None."""
    if not name:
        return None
    import codecs

    try:
        return codecs.lookup(name.strip().strip("\"'")).name
    except LookupError:
        return None


def decode_html(data: bytes, header_charset: str | None = None) -> tuple[str, int]:
    """Decode an HTML page the way browsers do: BOM, then the HTTP charset, then
    ``<meta charset>``, then UTF-8, then Windows-1252 (what "latin-1" pages really are).

    Returns:
        The text and how many bytes could not be decoded (shown as U+FFFD).
    """
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
        if data.startswith(bom):
            text = data[len(bom) :].decode(codec, errors="replace")
            return text, text.count("\ufffd")
    declared = _codec(header_charset)
    if declared is None:
        match = _META_CHARSET.search(data[:4096])
        declared = _codec(match.group(1).decode("ascii")) if match else None
    if declared is not None and declared.startswith("utf-16"):
        declared = None  # an ASCII-compatible page cannot be UTF-16 (the HTML spec says so too)
    if declared in (None, "utf-8"):
        try:
            return data.decode("utf-8"), 0
        except UnicodeDecodeError:
            if declared == "utf-8":
                text = data.decode("utf-8", errors="replace")
                return text, text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
            declared = "cp1252"
    if declared in ("latin-1", "iso8859-1", "ascii"):
        declared = "cp1252"  # browsers read these labels as Windows-1252
    text = data.decode(declared or "cp1252", errors="replace")
    return text, text.count("\ufffd")


def _clean_meta(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _same_words(a: str, b: str) -> bool:
    return " ".join(a.casefold().split()) == " ".join(b.casefold().split())


def read_page(html: str, name: str, url: str | None = None) -> Page:
    """Extract the main article from an HTML page.

    Args:
        html: the decoded page.
        name: the file or URL, for messages.
        url: where the page came from, if fetched (kept in ``PageInfo.url``).

    Returns:
        The article text (headline first, one paragraph per block, blank lines between) and
        the page's URL, title, site, date and author where it states them.

    Raises:
        InputError: the page holds no article text (a home page, a login wall, a page built
            by scripts).
    """
    if "\x00" in html[:4096]:
        raise InputError(f"{name}: holds NUL bytes; looks like binary data, not a web page")
    html = _NOT_TEXT.sub(" ", html)
    if html.count("<") - html.count("</") > MAX_ELEMENTS:  # opening tags, counted in C
        raise InputError(
            f"{name}: more than {MAX_ELEMENTS:,} HTML elements; too large to be one article "
            "(save the article's text instead)"
        )
    import trafilatura

    result = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,  # reader comments are not the article's claims
        include_tables=True,  # old sites lay whole articles out in tables
        include_images=False,
        fast=True,  # skips the fallback extractors: a third of the time, same text on our pages
        # Dates only from the page's markup; a guess from "Copyright 2026" or from today's
        # clock would make the output depend on when it was run.
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    body = getattr(result, "text", None) if result is not None else None
    lines = [" ".join(line.split()) for line in (body or "").splitlines()]
    lines = [line for line in lines if line]
    title = _clean_meta(getattr(result, "title", None))
    if _prose_chars(lines) < MIN_ARTICLE_CHARS:
        raise InputError(
            f"{name}: no article text found (a home page, a login wall, or a page built by "
            "scripts?); save the article's own page, or paste its text"
        )
    if title and not _same_words(lines[0], title):
        lines.insert(0, title)  # the headline is part of what a reader sees first
    site = _clean_meta(getattr(result, "sitename", None)) or _clean_meta(
        getattr(result, "hostname", None)
    )
    info = PageInfo(
        url=url or _clean_meta(getattr(result, "url", None)),
        title=title,
        site=site,
        date=_clean_meta(getattr(result, "date", None)),
        author=_clean_meta(getattr(result, "author", None)),
    )
    return Page("\n\n".join(lines) + "\n", info)


def _prose_chars(lines: list[str]) -> int:
    return sum(
        len(line)
        for line in lines
        if len(line.split()) >= _PROSE_WORDS and _SENTENCE_END.search(line)
    )


def page_id(url: str) -> str:
    """A short document id for a URL: the last path segment without extension, else the host."""
    parts = urlsplit(url)
    segment = PurePosixPath(unquote(parts.path)).name
    stem = segment.rsplit(".", 1)[0] if "." in segment else segment
    return stem or (parts.hostname or url)


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
    opener = urllib.request.build_opener(_Redirects())
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": _user_agent(),
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
        },
    )
    deadline = time.monotonic() + total
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
    except urllib.error.HTTPError as exc:
        raise InputError(_http_error(url, exc)) from None
    except urllib.error.URLError as exc:
        raise InputError(_network_error(url, host, exc.reason, timeout)) from None
    except (TimeoutError, OSError) as exc:
        raise InputError(_network_error(url, host, exc, timeout)) from None
    except http.client.HTTPException as exc:
        raise InputError(
            f"{url}: the server sent a broken response ({type(exc).__name__})"
        ) from None
    except ValueError as exc:  # urllib's own URL checks
        raise InputError(f"{url}: not a valid URL ({exc})") from None
    if content_type is None and not looks_like_html(data):
        raise InputError(
            f"{url}: not an HTML page (no Content-Type, and it does not look like HTML)"
        )
    return Fetched(final, data, charset, content_type)


def _read_bounded(response: Any, url: str, deadline: float, total: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = response.read(_CHUNK)
        if not chunk:
            return b"".join(chunks)
        size += len(chunk)
        if size > MAX_BYTES:
            raise InputError(_too_large(url))
        if time.monotonic() > deadline:
            raise InputError(f"{url}: timed out (the download took more than {total:g} s)")
        chunks.append(chunk)


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


def html_document(
    data: bytes,
    name: str,
    doc_id: str,
    *,
    issuer: str | None = None,
    url: str | None = None,
    charset: str | None = None,
) -> tuple[Document, tuple[str, ...]]:
    """An HTML page's bytes -> a Document of its article text, plus warnings.

    Raises:
        InputError: binary data, or no article text found.
    """
    html, replaced = decode_html(data, charset)
    page = read_page(html, name, url)
    warnings: tuple[str, ...] = ()
    if replaced:
        warnings = (f"{name}: {replaced} undecodable byte(s) replaced with U+FFFD",)
    document = Document(id=doc_id, text=page.text, path=name, issuer=issuer, page=page.info)
    return document, warnings


def url_document(
    url: str, *, issuer: str | None = None, offline: bool = False
) -> tuple[Document, tuple[str, ...]]:
    """Fetch a URL and read its article.

    Raises:
        InputError: ``offline`` is set, or any fetch or extraction failure (naming the URL).
    """
    if offline:
        raise InputError(f"{url}: is a URL, and --offline forbids fetching; save the page first")
    fetched = fetch_url(url)
    return html_document(
        fetched.data,
        url,
        page_id(fetched.url),
        issuer=issuer,
        url=fetched.url,
        charset=fetched.charset,
    )
