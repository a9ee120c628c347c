"""``attribcmp serve``: a small local web page for the classroom.

``GET /`` is a form: paste one article, or two or more accounts (text or URLs), name their
sides. ``POST /report`` returns the same HTML report as ``--format html``. The n-th ``text``,
``url`` and ``side`` fields make the n-th account (a browser sends every field, empty ones
too). Nothing is kept between requests; every piece of text in a page is escaped; requests
larger than ``MAX_REQUEST_BYTES`` are refused; the server listens on loopback unless told
otherwise (the CLI warns then: anyone who can reach it can make it fetch URLs).

Only the standard library's ``http.server``: a classroom page needs no framework.
"""

from __future__ import annotations

import ipaddress
import logging
import re
import socket
import threading
from dataclasses import dataclass, replace
from html import escape
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

from attribcmp import pipeline, web
from attribcmp.errors import AttribcmpError, InputError
from attribcmp.model import Document, Profile, Report, Settings

__all__ = ["MAX_CONCURRENT", "MAX_REQUEST_BYTES", "build_report", "is_loopback", "make_server"]

log = logging.getLogger(__name__)

# Two or three pasted articles are well under 1 MB; 4 MB leaves room for long ones and stops
# anyone from making the server buffer a dump.
MAX_REQUEST_BYTES = 4 * 1024 * 1024
# At most this many accounts in one request: a classroom compares two or three outlets.
MAX_ACCOUNTS = 8
# Text, URL and side for each account, with room to spare; more is not our form.
MAX_FIELDS = 4 * MAX_ACCOUNTS + 8
# Seconds a client may stall while sending its request; a stalled client must not hold a thread.
REQUEST_TIMEOUT = 30
# Requests handled at once: each may attribute a few MB of text (CPU and ~100 MB of memory), so
# a burst beyond this is answered 503 at once instead of growing a thread per connection.
MAX_CONCURRENT = 4
BUSY_MESSAGE = "attribcmp serve is busy with other requests; try again in a few seconds.\n"
_FORM_TYPE = "application/x-www-form-urlencoded"
BACK_LINK = '<p class="back"><a href="/">← New comparison</a></p>'
_ACCOUNTS_SHOWN = 3

_CSS = """
body { font: 16px/1.5 system-ui, sans-serif; margin: 1.5em auto; max-width: 60em;
  padding: 0 1em; color: #1d1d1f; }
h1 { margin-bottom: .2em; } .lead { color: #444; margin-top: 0; }
fieldset { border: 1px solid #ccc; border-radius: .4em; margin: 0 0 1em; padding: .6em 1em 1em; }
legend { font-weight: bold; padding: 0 .3em; }
label { display: block; margin: .5em 0 .2em; font-size: 95%; }
textarea, input[type=url], input[type=text] { width: 100%; box-sizing: border-box;
  font: inherit; padding: .4em; border: 1px solid #999; border-radius: .3em; }
textarea { min-height: 10em; }
.row { display: flex; gap: 1em; } .row > div { flex: 1; }
button { font: inherit; font-weight: bold; padding: .5em 1.4em; border-radius: .3em;
  border: none; background: #1565c0; color: #fff; cursor: pointer; }
.hint { color: #555; font-size: 90%; }
details { margin: 0 0 1em; } summary { cursor: pointer; font-weight: bold; margin-bottom: .6em; }
.error { border-left: 4px solid #c62828; background: #fdecea; padding: .6em 1em; }
@media (max-width: 40em) { .row { display: block; } }
"""


def is_loopback(host: str) -> bool:
    """True when ``host`` only accepts connections from this machine."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True, slots=True)
class _Account:
    text: str
    url: str
    side: str


def _accounts(fields: dict[str, list[str]]) -> list[_Account]:
    texts, urls, sides = (fields.get(key, []) for key in ("text", "url", "side"))
    accounts: list[_Account] = []
    for n in range(max(len(texts), len(urls))):
        text = texts[n] if n < len(texts) else ""
        url = (urls[n] if n < len(urls) else "").strip()
        side = " ".join((sides[n] if n < len(sides) else "").split())
        if text.strip() and url:
            raise InputError(f"account {n + 1}: give its text or its URL, not both")
        if not url and re.fullmatch(r"\s*https?://\S+\s*", text):
            text, url = "", text.strip()  # a link pasted into the text box
        if text.strip() or url:
            accounts.append(_Account(text, url, side))
    if not accounts:
        raise InputError("nothing to read: paste an article's text or give its URL")
    if len(accounts) > MAX_ACCOUNTS:
        raise InputError(f"{len(accounts)} accounts; compare at most {MAX_ACCOUNTS} at once")
    return accounts


def _document(account: _Account, n: int, offline: bool) -> tuple[Document, tuple[str, ...]]:
    if account.url:
        if not web.is_url(account.url):
            raise InputError(f"{account.url}: not a URL (it should start with https://)")
        return web.url_document(account.url, offline=offline)
    name = f"account {n}"
    # Browsers send a textarea's line breaks as CRLF; offsets are kept on the text as shown.
    text = account.text.replace("\r\n", "\n")
    data = text.encode("utf-8")
    if web.looks_like_html(data):  # a page's source pasted in
        return web.html_document(data, name, f"account{n}")
    return Document(id=f"account{n}", text=text, path=name), ()


def build_report(
    fields: dict[str, list[str]],
    profile: Profile | None = None,
    settings: Settings | None = None,
    *,
    offline: bool = False,
) -> Report:
    """The report for a submitted form: one account -> ``report``, several -> ``compare``.

    Args:
        fields: form fields as ``parse_qs`` gives them (``text``, ``url``, ``side`` lists).
        profile: the profile the server was started with.
        settings: the alignment settings the server was started with.
        offline: refuse URLs.

    Raises:
        InputError: no account, text and URL in one account, a fetch or extraction failure.
        UsageError: two accounts with the same side label.
    """
    accounts = _accounts(fields)
    documents: list[Document] = []
    warnings: list[str] = []
    used: set[str] = set()
    for n, account in enumerate(accounts, start=1):
        document, warned = _document(account, n, offline)
        warnings.extend(warned)
        if len(accounts) == 1:
            documents.append(replace(document, id="article"))
            continue
        label = account.side or (document.page.site if document.page else None)
        if not account.side and label and label.casefold() in used:
            label = f"{label} ({n})"  # two stories from one site: still two accounts
        label = label or f"Account {n}"
        used.add(label.casefold())
        documents.append(replace(document, id=f"account{n}", issuer=label))
    if len(documents) == 1:
        return pipeline.report(documents, profile, settings, warnings)
    return pipeline.compare(documents, profile, settings, warnings)


def form_page(error: str | None = None, fields: dict[str, list[str]] | None = None) -> str:
    """The form, optionally with an error above it and the submitted values kept."""
    fields = fields or {}
    blocks: list[str] = []
    for n in range(max(_ACCOUNTS_SHOWN, len(fields.get("text", [])))):
        text, url, side = (
            escape(values[n] if n < len(values) else "", quote=True)
            for values in (fields.get(k, []) for k in ("text", "url", "side"))
        )
        what = "Article, or first account" if n == 0 else f"Account {n + 1} (optional)"
        blocks.append(
            f"""<fieldset>
<legend>{what}</legend>
<label for="text{n}">Text</label>
<textarea id="text{n}" name="text" placeholder="Paste the article's text">{text}</textarea>
<div class="row">
<div><label for="url{n}">or its web address</label>
<input id="url{n}" type="url" name="url" value="{url}" placeholder="https://..."></div>
<div><label for="side{n}">Side (who this account speaks for)</label>
<input id="side{n}" type="text" name="side" value="{side}" placeholder="e.g. us, pakistan"></div>
</div>
</fieldset>"""
        )
    if len(blocks) > 2:  # a third account and more fold away: most comparisons are of two
        extra = any(
            value.strip() for key in ("text", "url", "side") for value in fields.get(key, [])[2:]
        )
        blocks[2:] = [
            f"<details{' open' if extra else ''}><summary>More accounts</summary>"
            + "".join(blocks[2:])
            + "</details>"
        ]
    notice = f'<p class="error" role="alert">{escape(error, quote=True)}</p>' if error else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>attribcmp: who said what</title>
<style>{_CSS}</style>
</head>
<body>
<h1>Who said what</h1>
<p class="lead">Paste one news article to see its claims by side, or two or more accounts of
the same event (one per box) to see where they agree and where they part ways.</p>
{notice}
<form method="post" action="/report" accept-charset="utf-8">
{"".join(blocks)}
<p class="hint">Nothing you paste is stored. Sides are used when you give two or more
accounts; without one, a web page is labelled with its site's name.</p>
<button type="submit">Compare</button>
</form>
</body>
</html>
"""


class _Handler(BaseHTTPRequestHandler):
    server_version = "attribcmp"
    sys_version = ""
    timeout = REQUEST_TIMEOUT
    profile: Profile = Profile()
    settings: Settings = Settings()
    offline: bool = False

    def log_message(self, format: str, *args: object) -> None:
        log.info("%s - %s", self.address_string(), format % args)

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        if self.path.split("?", 1)[0] in ("/", "/index.html"):
            self._send(HTTPStatus.OK, form_page())
        else:
            self._send(HTTPStatus.NOT_FOUND, _message_page("Not found", "There is no such page."))

    def do_POST(self) -> None:  # noqa: N802
        if self.path.split("?", 1)[0] != "/report":
            self._send(
                HTTPStatus.NOT_FOUND, _message_page("Not found", "Post the form to /report.")
            )
            return
        fields = self._read_form()
        if fields is None:
            return
        try:
            report = build_report(fields, self.profile, self.settings, offline=self.offline)
        except AttribcmpError as exc:
            self._send(HTTPStatus.BAD_REQUEST, form_page(str(exc), fields))
            return
        except Exception:  # a bug: logged with its traceback, and the reader gets an answer
            log.exception("POST /report failed")
            self._send(
                HTTPStatus.INTERNAL_SERVER_ERROR,
                _message_page("Something went wrong", "attribcmp failed on this input."),
            )
            return
        from attribcmp.render.html import render_html

        # The report as --format html gives it, with one way back to the form.
        page = render_html(report).replace("<body>", f"<body>\n{BACK_LINK}", 1)
        self._send(HTTPStatus.OK, page)

    def _read_form(self) -> dict[str, list[str]] | None:
        """The posted form fields, or None after sending the error response."""
        content_type = self.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
        if content_type != _FORM_TYPE:
            self._send(
                HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                _message_page("Unsupported form", f"Send the form as {_FORM_TYPE}."),
            )
            return None
        length = self.headers.get("Content-Length", "")
        if not length.strip().isdigit():
            self._send(
                HTTPStatus.LENGTH_REQUIRED, _message_page("Length required", "No Content-Length.")
            )
            return None
        if int(length) > MAX_REQUEST_BYTES:
            self.close_connection = True  # the body is not read, so the connection is spent
            self._send(
                HTTPStatus.REQUEST_ENTITY_TOO_LARGE,
                _message_page(
                    "Too large",
                    f"The form is larger than {MAX_REQUEST_BYTES // (1024 * 1024)} MB; "
                    "paste fewer or shorter articles.",
                ),
            )
            return None
        body = self.rfile.read(int(length))
        try:
            return parse_qs(
                body.decode("utf-8", errors="replace"),
                keep_blank_values=True,
                max_num_fields=MAX_FIELDS,
            )
        except ValueError:  # parse_qs's only refusal: more than MAX_FIELDS fields
            self._send(
                HTTPStatus.BAD_REQUEST,
                form_page(f"too many form fields (more than {MAX_FIELDS}); use the form above"),
            )
            return None

    def _send(self, status: HTTPStatus, page: str) -> None:
        data = page.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        # The report is self-contained: no scripts, no outside assets, nothing to frame it.
        self.send_header(
            "Content-Security-Policy",
            "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
            "frame-ancestors 'none'; base-uri 'none'",
        )
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)


def _message_page(title: str, message: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>"
        f"<h1>{escape(title)}</h1><p>{escape(message)}</p>"
        '<p><a href="/">Back to the form</a></p></body></html>\n'
    )


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    # Request handling runs in threads; an error there is logged, never printed to the console.
    max_concurrent = MAX_CONCURRENT

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler]) -> None:
        self._slots = threading.BoundedSemaphore(self.max_concurrent)
        super().__init__(address, handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        # One thread per connection, but at most max_concurrent of them: the rest are turned
        # away here, in the accepting thread, without waiting for their request.
        if not self._slots.acquire(blocking=False):
            _refuse_busy(request)
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()  # no thread started, so none will release the slot
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def handle_error(self, request: object, client_address: object) -> None:
        log.exception("error while serving %s", client_address)


def _refuse_busy(request: socket.socket) -> None:
    """Answer 503 with a one-line message, never blocking the accepting thread."""
    body = BUSY_MESSAGE.encode("utf-8")
    head = (
        "HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain; charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\nRetry-After: 5\r\nConnection: close\r\n\r\n"
    )
    try:
        request.setblocking(False)
        _drain(request)  # what the client already sent: closing on unread bytes resets the line
        request.send(head.encode("ascii") + body)
    except OSError:
        pass  # the client went away or its buffer is full: it gets a closed connection


def _drain(request: socket.socket) -> None:
    for _ in range(64):  # at most 256 kB, read without waiting
        try:
            if not request.recv(4096):
                return
        except OSError:  # nothing more is waiting (BlockingIOError) or the line is gone
            return


class _Server6(_Server):
    address_family = socket.AF_INET6


def make_server(
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    profile: Profile | None = None,
    settings: Settings | None = None,
    offline: bool = False,
    max_concurrent: int = MAX_CONCURRENT,
) -> ThreadingHTTPServer:
    """A ready server (call ``serve_forever``); ``port`` 0 picks a free one. At most
    ``max_concurrent`` requests are handled at once; more get 503 and a one-line message.

    Raises:
        OSError: the address cannot be bound (in use, not this machine's).
    """
    handler = type(
        "Handler",
        (_Handler,),
        {"profile": profile or Profile(), "settings": settings or Settings(), "offline": offline},
    )
    base = _Server6 if ":" in host else _Server
    server_class: type[_Server] = type(
        base.__name__, (base,), {"max_concurrent": max(1, max_concurrent)}
    )
    return server_class((host.strip("[]"), port), handler)
