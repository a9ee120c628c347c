"""attribcmp serve: the form, POST /report, limits and escaping, and a real headless Chromium
that fills the form with the founding article and reads the report it gets back."""

from __future__ import annotations

import http.client
import socket
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from browser import Browser, find_chromium
from click.testing import CliRunner

from attribcmp import serve
from attribcmp.cli import cli
from attribcmp.errors import InputError, UsageError
from attribcmp.render.html import render_html

ROOT = Path(__file__).resolve().parents[1]
FOUNDING = (ROOT / "samples" / "founding" / "article.txt").read_text(encoding="utf-8")
READOUTS = ROOT / "samples" / "readouts"
PAGE = Path(__file__).parent / "fixtures" / "web" / "article.html"
_FORM = "application/x-www-form-urlencoded"


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    server = serve.make_server("127.0.0.1", 0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _post(
    url: str, body: bytes, content_type: str = "application/x-www-form-urlencoded"
) -> tuple[int, str, dict[str, str]]:
    request = urllib.request.Request(url, data=body, headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.read().decode(), dict(response.headers)
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode(), dict(exc.headers)


def _form(**fields: list[str]) -> bytes:
    return urllib.parse.urlencode([(k, v) for k, vs in fields.items() for v in vs]).encode()


# -- building the report -------------------------------------------------------------------------


def test_one_text_is_the_report_command() -> None:
    report = serve.build_report({"text": [FOUNDING, ""], "url": ["", ""], "side": ["", ""]})
    assert [d.id for d in report.documents] == ["article"]
    assert report.groups
    assert {s.name for s in report.sides} >= {"United States", "Pakistan"}


def test_two_texts_are_compared_with_their_sides() -> None:
    us = (READOUTS / "us.txt").read_text(encoding="utf-8")
    pk = (READOUTS / "pakistan.txt").read_text(encoding="utf-8")
    report = serve.build_report({"text": [us, pk, ""], "side": ["us", "pakistan", ""]})
    assert [d.issuer for d in report.documents] == ["us", "pakistan"]
    assert report.groups


def test_two_pages_from_one_site_stay_two_accounts() -> None:
    page = PAGE.read_text(encoding="utf-8")
    report = serve.build_report({"text": [page, page.replace("40 million", "20 million")]})
    assert [d.issuer for d in report.documents] == ["The Valley Courier", "The Valley Courier (2)"]


@pytest.fixture(scope="module")
def pages() -> Iterator[str]:
    """A plain static server for the web fixtures, standing in for news sites."""

    class Quiet(SimpleHTTPRequestHandler):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, directory=str(PAGE.parent), **kwargs)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_url_accounts_are_fetched_and_labelled_by_site(pages: str) -> None:
    report = serve.build_report(
        {"url": [f"{pages}/article.html", f"{pages}/strike.html"], "side": ["", "union"]}
    )
    assert [d.issuer for d in report.documents] == ["The Valley Courier", "union"]
    assert report.documents[0].page is not None
    assert report.documents[0].page.url == f"{pages}/article.html"


def test_url_account_over_http(base: str, pages: str) -> None:
    status, page, _ = _post(base + "/report", _form(text=[""], url=[f"{pages}/article.html"]))
    assert status == 200
    assert "The Valley Courier" in page and "Amina Dorsey" in page
    status, page, _ = _post(base + "/report", _form(url=[f"{pages}/home.html"]))
    assert status == 400
    assert "no article text found" in page


def test_browser_line_breaks_are_normalised() -> None:
    report = serve.build_report({"text": [FOUNDING.replace("\n", "\r\n")]})
    assert "\r" not in report.documents[0].text
    for claim in report.claims:
        assert report.documents[0].text[claim.content.start : claim.content.end] == (
            claim.content.text
        )


def test_pasted_page_source_is_read_as_a_page() -> None:
    report = serve.build_report({"text": [PAGE.read_text(encoding="utf-8")]})
    assert report.documents[0].text.startswith("River Authority")
    assert report.documents[0].page is not None


def test_link_pasted_into_the_text_box_is_fetched() -> None:
    with pytest.raises(InputError, match=r"^https://a.example/x: is a URL, and --offline"):
        serve.build_report({"text": ["  https://a.example/x \n"]}, offline=True)


@pytest.mark.parametrize(
    ("fields", "error", "message"),
    [
        ({}, InputError, "nothing to read"),
        ({"text": ["  "], "url": [""]}, InputError, "nothing to read"),
        ({"text": ["a text"], "url": ["https://a.example/"]}, InputError, "account 1: give its"),
        ({"url": ["news.example/story"]}, InputError, "not a URL"),
        ({"url": ["https://a.example/x"]}, InputError, "--offline forbids fetching"),
        ({"text": ["Officials said a."] * 9}, InputError, "at most 8"),
        (
            {"text": ["Officials said a.", "Officials said b."], "side": ["us", "US"]},
            UsageError,
            "side label 'US' is used for both",
        ),
    ],
)
def test_bad_forms(fields: dict[str, list[str]], error: type[Exception], message: str) -> None:
    with pytest.raises(error, match=message):
        serve.build_report(fields, offline=True)


@pytest.mark.parametrize(
    ("host", "expected"),
    [("127.0.0.1", True), ("localhost", True), ("::1", True), ("[::1]", True)]
    + [("0.0.0.0", False), ("192.168.1.5", False), ("example.org", False), ("::", False)],
)
def test_is_loopback(host: str, expected: bool) -> None:
    assert serve.is_loopback(host) is expected


# -- over HTTP ------------------------------------------------------------------------------------


def test_get_form(base: str) -> None:
    with urllib.request.urlopen(base + "/", timeout=30) as response:
        page = response.read().decode()
        headers = response.headers
    assert '<form method="post" action="/report"' in page
    assert page.count('name="text"') == page.count('name="url"') == page.count('name="side"')
    assert "script-src" not in headers["Content-Security-Policy"]  # default-src 'none' holds
    assert headers["X-Content-Type-Options"] == "nosniff"


def test_post_gives_the_html_report(base: str) -> None:
    status, page, headers = _post(base + "/report", _form(text=[FOUNDING, ""], url=["", ""]))
    assert status == 200
    assert headers["Content-Type"] == "text/html; charset=utf-8"
    expected = render_html(serve.build_report({"text": [FOUNDING]}))
    assert page == expected.replace("<body>", f"<body>\n{serve.BACK_LINK}", 1)


def test_everything_is_escaped(base: str) -> None:
    hostile = (
        'The mayor said "<script>alert(1)</script>" was <b>fine</b>.\n\n'
        "<img src=x onerror=alert(2)> the chief said the plan was fine."
    )
    status, page, _ = _post(base + "/report", _form(text=[hostile], side=['"><script>x</script>']))
    assert status == 200
    assert "<script>" not in page and "<img" not in page and "<b>" not in page
    assert "&lt;script&gt;" in page
    # An error page echoes the form, escaped too.
    status, page, _ = _post(
        base + "/report", _form(text=["<script>1</script>"], url=['"><script>2</script>'])
    )
    assert status == 400
    assert "<script>" not in page and "account 1: give its text or its URL" in page


@pytest.mark.parametrize(
    ("path", "body", "content_type", "status"),
    [
        ("/report", b"text=x", "multipart/form-data; boundary=x", 415),
        ("/report", b"text=", "application/x-www-form-urlencoded", 400),
        ("/elsewhere", b"text=x", "application/x-www-form-urlencoded", 404),
        ("/report", b"&".join([b"side=x"] * (serve.MAX_FIELDS + 1)), _FORM, 400),
        ("/report", b"&".join([b"side=x"] * serve.MAX_FIELDS), _FORM, 400),  # no text: 400 too
        ("/report", b"%ZZ=%E2%82&\xff\xfe=", _FORM, 400),  # bad escapes and bytes: no text
    ],
)
def test_bad_requests(base: str, path: str, body: bytes, content_type: str, status: int) -> None:
    code, page, _ = _post(base + path, body, content_type)
    assert code == status
    assert "</html>" in page  # always a whole page, never a dropped connection


def test_request_size_cap(base: str) -> None:
    # The declared length is checked before any of the body is read.
    host, port = urllib.parse.urlsplit(base).netloc.split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=30)
    connection.putrequest("POST", "/report")
    connection.putheader("Content-Type", "application/x-www-form-urlencoded")
    connection.putheader("Content-Length", str(serve.MAX_REQUEST_BYTES + 1))
    connection.endheaders(b"text=x")
    response = connection.getresponse()
    assert response.status == 413
    assert "larger than 4 MB" in response.read().decode()
    connection.close()


def test_concurrent_requests_are_capped() -> None:
    # Two connections hold both slots (their handlers wait for a request line); a third gets
    # 503 and a one-line message at once; when one closes, requests are served again.
    server = serve.make_server("127.0.0.1", 0, max_concurrent=2)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        held = [socket.create_connection(server.server_address[:2], timeout=30) for _ in range(2)]
        held[0].sendall(b"GET / HTTP/1.1\r\n")  # an unfinished request: its thread waits
        with pytest.raises(urllib.error.HTTPError) as info:
            urllib.request.urlopen(url, timeout=30)
        assert info.value.code == 503
        message = info.value.read().decode()
        assert message.count("\n") == 1 and "busy" in message
        assert info.value.headers["Retry-After"]
        for sock in held:
            sock.close()
        for _ in range(100):  # the freed slots come back as the held threads notice
            try:
                with urllib.request.urlopen(url, timeout=30) as response:
                    assert response.status == 200
                break
            except urllib.error.HTTPError as exc:
                assert exc.code == 503
                time.sleep(0.05)
        else:
            pytest.fail("the slots never came back")
    finally:
        server.shutdown()
        server.server_close()


def test_unknown_page_is_404(base: str) -> None:
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(base + "/admin", timeout=30)
    assert info.value.code == 404


def test_cli_warns_when_not_on_loopback(monkeypatch: pytest.MonkeyPatch) -> None:
    served: list[tuple[str, int]] = []

    class FakeServer:
        server_address = ("0.0.0.0", 8123)

        def serve_forever(self) -> None:
            raise KeyboardInterrupt

        def server_close(self) -> None:
            pass

    def fake_make_server(host: str, port: int, **_: object) -> FakeServer:
        served.append((host, port))
        return FakeServer()

    monkeypatch.setattr(serve, "make_server", fake_make_server)
    result = CliRunner().invoke(cli, ["serve", "--host", "0.0.0.0", "--port", "8123"])
    assert result.exit_code == 0, result.stderr
    assert served == [("0.0.0.0", 8123)]
    assert "warning: listening on 0.0.0.0, not loopback" in result.stderr
    assert "http://0.0.0.0:8123/" in result.stderr
    result = CliRunner().invoke(cli, ["serve", "--port", "8123"])
    assert "warning" not in result.stderr


def test_cli_port_in_use_is_a_one_line_error() -> None:
    with ThreadingHTTPServer(("127.0.0.1", 0), object) as taken:  # type: ignore[arg-type]
        port = taken.server_address[1]
        result = CliRunner().invoke(cli, ["serve", "--port", str(port)])
    assert result.exit_code == 1
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr


# -- in a real browser ----------------------------------------------------------------------------

CHROMIUM = find_chromium()


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Browser]:
    if CHROMIUM is None:
        pytest.skip("no chromium on PATH (CI installs Debian's chromium package)")
    chromium = Browser(CHROMIUM, tmp_path / "chromium-profile")
    try:
        yield chromium
    finally:
        chromium.close()


def _layout(browser: Browser) -> list[dict[str, float]]:
    """The boxes of the first group's side cells."""
    return list(
        browser.evaluate(
            "Array.from(document.querySelectorAll('tbody tr[id^=group-] > td')).slice(0, 2)"
            ".map(td => { const r = td.getBoundingClientRect(); "
            "return {left: r.left, top: r.top, width: r.width}; })"
        )
    )


def test_classroom_page_in_headless_chromium(browser: Browser, base: str, tmp_path: Path) -> None:
    browser.resize(1280, 900)
    browser.open(base + "/")
    assert browser.evaluate("document.title") == "attribcmp: who said what"
    browser.screenshot(tmp_path / "form.png")
    browser.type_into("#text0", FOUNDING)
    browser.click_and_wait("button[type=submit]")
    assert browser.evaluate("location.pathname") == "/report"
    assert browser.evaluate("document.title").startswith("attribcmp report")
    badges = browser.evaluate(
        "Array.from(document.querySelectorAll('tbody .badge')).map(b => b.textContent)"
    )
    assert badges and set(badges) <= {"converge", "partial", "diverge"}
    assert {"partial", "converge"} & set(badges)
    # One-sided points are listed compactly per side, after the table.
    one_sided = browser.evaluate("document.querySelectorAll('li[id^=group-]').length")
    assert one_sided > 0
    heads = browser.evaluate(
        "Array.from(document.querySelectorAll('thead th')).map(th => th.textContent)"
    )
    assert "United States" in heads and "Pakistan" in heads
    # Side columns stand side by side on a desktop ...
    first, second = _layout(browser)
    assert second["left"] > first["left"] and abs(second["top"] - first["top"]) < 1
    browser.screenshot(tmp_path / "report-desktop.png")
    # ... and stack on a phone.
    browser.resize(390, 844, mobile=True)
    first, second = _layout(browser)
    assert second["top"] > first["top"]
    assert first["width"] > 300
    browser.screenshot(tmp_path / "report-phone.png")
    for name in ("form.png", "report-desktop.png", "report-phone.png"):
        assert (tmp_path / name).read_bytes().startswith(b"\x89PNG")
