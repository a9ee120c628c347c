"""Web pages and URLs: extraction from full pages, encodings, bad pages, and fetching from a
local HTTP server on 127.0.0.1 (never the network).

The fixtures under tests/fixtures/web/ are articles written for these tests, each as plain text
(``NAME.txt``) and as a full news page around it (``NAME.html``: navigation, scripts, related
links, reader comments, newsletter box and footer, several of which contain "said").
"""

from __future__ import annotations

import contextlib
import gzip
import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from attribcmp import fetch, web
from attribcmp.cli import cli
from attribcmp.errors import InputError
from attribcmp.model import Document
from attribcmp.pipeline import attribute
from attribcmp.read import read_document

FIXTURES = Path(__file__).parent / "fixtures" / "web"
ARTICLES = ("article", "strike")
# (page, its plain text): strike-legacy.html is the strike story as an old site would serve it,
# in Windows-1252 with a table layout, <br><br> paragraphs and curly quotes.
PAGES = (("article", "article"), ("strike", "strike"), ("strike-legacy", "strike"))
_QUOTES = str.maketrans({"“": '"', "”": '"', "’": "'"})


def _claims(document: Document) -> list[tuple[str, str]]:
    """(speaker name, content) per claim: what a reader compares between two readings."""
    report = attribute([document])
    names = {s.id: s.name for s in report.speakers}
    return [
        (names[c.speaker_id], " ".join(c.content.text.translate(_QUOTES).split()))
        for c in report.claims
    ]


def _page(name: str) -> bytes:
    return (FIXTURES / f"{name}.html").read_bytes()


# -- extraction ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "text"), PAGES)
def test_full_page_gives_the_claims_of_its_plain_text(name: str, text: str) -> None:
    plain, _ = read_document(str(FIXTURES / f"{text}.txt"))
    page, _ = read_document(str(FIXTURES / f"{name}.html"))
    from_text, from_page = _claims(plain), _claims(page)
    assert from_text, "the fixture must hold claims"
    same = set(from_text) & set(from_page)
    assert len(same) >= 0.95 * len(set(from_text))
    # Nothing from navigation, comments, related links, newsletter or footer.
    assert set(from_page) <= set(from_text)


@pytest.mark.parametrize("name", [page for page, _ in PAGES])
def test_offsets_point_into_the_extracted_text(name: str) -> None:
    page, _ = read_document(str(FIXTURES / f"{name}.html"))
    report = attribute([page])
    for claim in report.claims:
        assert page.text[claim.content.start : claim.content.end] == claim.content.text
        for start, end in claim.parts:
            assert 0 <= start < end <= len(page.text)


@pytest.mark.parametrize(
    ("name", "title", "site", "date", "author", "url"),
    [
        (
            "article",
            "River Authority and Farmers Split Over Dam Release Figures",
            "The Valley Courier",
            "2026-03-16",
            "Nadia Okafor",
            "https://valleycourier.example/news/2026/03/16/dam-release-figures",
        ),
        (
            "strike",
            "Port Workers Walk Out as Wage Talks Collapse",
            "Marlow Evening Post",
            "2026-05-08",
            "Lena Fischer",
            "https://eveningpost.example/2026/05/08/port-workers-walk-out/",
        ),
    ],
)
def test_page_metadata_and_headline(
    name: str, title: str, site: str, date: str, author: str, url: str
) -> None:
    doc, warnings = read_document(str(FIXTURES / f"{name}.html"))
    assert warnings == ()
    assert doc.page is not None
    assert (doc.page.title, doc.page.site, doc.page.date, doc.page.author, doc.page.url) == (
        title,
        site,
        date,
        author,
        url,
    )
    assert doc.text.splitlines()[0] == title
    assert doc.id == name


def test_date_does_not_depend_on_the_clock() -> None:
    # htmldate drops dates after "today" by default; a page read in 2030 or in 2020 must give
    # the same output.
    html = _page("article").decode().replace("2026", "2999")
    assert web.read_page(html, "future.html").info.date == "2999-03-16"


def test_headline_outside_the_article_body_is_put_first() -> None:
    body = "".join(
        f"<p>Paragraph {n}: the minister said the plan would cost more than expected this year.</p>"
        for n in range(5)
    )
    html = (
        "<html><head><title>Plan Costs Rise</title></head><body><div class='x'>"
        f"{body}</div></body></html>"
    )
    page = web.read_page(html, "p.html")
    assert page.text.startswith("Plan Costs Rise\n\nParagraph 0")


def test_data_table_stays_a_table_and_link_lines_go() -> None:
    rows = "".join(f"<tr><td>District {n}</td><td>{n * 3} m3</td></tr>" for n in range(12))
    html = (
        _page("article")
        .decode()
        .replace(
            '<div class="tags">',
            f"<table><tr><th>District</th><th>Water</th></tr>{rows}</table>"
            '<p><a href="/news/9">Minister says talks with unions will resume next month</a></p>'
            '<div class="tags">',
        )
    )
    page = web.read_page(html, "table.html")
    assert any(line.startswith("| District 3 |") for line in page.text.splitlines())
    assert "Minister says talks" not in page.text


@pytest.mark.parametrize("name", ["home", "login"])
def test_page_without_an_article_is_a_one_line_error(name: str) -> None:
    with pytest.raises(InputError, match=rf"{name}\.html: no article text found") as info:
        read_document(str(FIXTURES / f"{name}.html"))
    assert "\n" not in str(info.value)


# -- encodings and broken markup ----------------------------------------------------------------


_LATIN = "Café owners said the “new” rules were unfair — Zoë"


@pytest.mark.parametrize(
    ("data", "header", "expected"),
    [
        (b"\xef\xbb\xbf<p>" + _LATIN.encode() + b"</p>", None, _LATIN),
        (("\ufeff<p>" + _LATIN + "</p>").encode("utf-16-le"), None, _LATIN),
        (
            b'<meta charset="windows-1252"><p>' + _LATIN.encode("cp1252") + b"</p>",
            None,
            _LATIN,
        ),
        (
            b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1"><p>'
            + _LATIN.encode("cp1252")
            + b"</p>",
            None,
            _LATIN,
        ),
        # The HTTP header wins over the page's own declaration, as in browsers.
        (b'<meta charset="utf-8"><p>' + _LATIN.encode("cp1252") + b"</p>", "cp1252", _LATIN),
        # No declaration and not UTF-8: Windows-1252, what "latin-1" pages really are.
        (b"<p>" + _LATIN.encode("cp1252") + b"</p>", None, _LATIN),
        # An unknown label is ignored.
        (b'<meta charset="klingon"><p>' + _LATIN.encode() + b"</p>", None, _LATIN),
        # So are Python codecs that are not text encodings.
        (b'<meta charset="base64"><p>' + _LATIN.encode() + b"</p>", None, _LATIN),
        (b"<p>" + _LATIN.encode() + b"</p>", "rot13", _LATIN),
        # "utf-16" declared in an ASCII-compatible page is a lie the spec tells us to ignore.
        (b'<meta charset="utf-16"><p>' + _LATIN.encode() + b"</p>", None, _LATIN),
    ],
)
def test_decode_html(data: bytes, header: str | None, expected: str) -> None:
    text, replaced = web.decode_html(data, header)
    assert expected in text
    assert replaced == 0


def test_page_in_windows_1252_reads_like_utf8() -> None:
    utf8 = _page("article").decode()
    legacy = utf8.replace('<meta charset="utf-8">', '<meta charset="windows-1252">')
    legacy = legacy.replace("Split Over", "Split — Over")
    doc, _ = web.html_document(legacy.encode("cp1252"), "legacy.html", "legacy")
    assert "Split — Over" in doc.text
    plain, _ = web.html_document(_page("article"), "a.html", "a")
    assert _claims(doc) == _claims(plain)


@pytest.mark.parametrize(
    "damage",
    [
        lambda html: html.replace("</p>", ""),  # unclosed paragraphs
        lambda html: html.replace("</div>", "").replace("</section>", ""),
        lambda html: html[: html.index("<footer")],  # cut off mid-page
        lambda html: html.replace("<main>", "<main><table><tr><td>").replace("</main>", ""),
    ],
)
def test_broken_markup_still_gives_the_article(damage: object) -> None:
    html = damage(_page("article").decode())  # type: ignore[operator]
    doc, _ = web.html_document(html.encode(), "broken.html", "broken")
    plain, _ = read_document(str(FIXTURES / "article.txt"))
    assert len(set(_claims(doc)) & set(_claims(plain))) >= 0.95 * len(_claims(plain))


def test_page_with_too_many_elements_is_refused_early() -> None:
    html = _page("article").decode()
    filler = "<li><a href='/x'>More news</a></li>" * (web.MAX_ELEMENTS // 2 + 1)
    with pytest.raises(InputError, match=r"big\.html: more than 50,000 HTML elements"):
        web.read_page(html.replace("<footer", f"<ul>{filler}</ul><footer"), "big.html")


def test_huge_inline_script_does_not_hide_the_article() -> None:
    html = _page("article").decode()
    blob = '<script>window.__STATE__ = "' + "ab " * 4_000_000 + '";</script>'
    page = web.read_page(html.replace("</head>", blob + "</head>"), "app.html")
    assert page.text.startswith("River Authority")
    assert page.info.author == "Nadia Okafor"  # the JSON-LD metadata survives


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty input"), (b"  \n", "empty input"), (b"<html></html>", "no article text found")],
)
def test_empty_pages(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "empty.html"
    path.write_bytes(content)
    with pytest.raises(InputError, match=message):
        read_document(str(path))


def test_plain_text_saved_as_html_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "story.html"
    path.write_bytes((FIXTURES / "strike.txt").read_bytes())
    doc, _ = read_document(str(path))
    assert doc.page is None
    assert doc.text == (FIXTURES / "strike.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("a<script>x()</script>b", "a b"),
        ("a<SCRIPT type='text/javascript'>x</SCRIPT >b", "a b"),
        ("a<style>p{}</style>b<!-- c -->d", "a b d"),
        ("a<svg><path d='M0'/></svg>b", "a b"),
        ('<script type="application/ld+json">{"a": 1}</script>', None),
        ("a<script>never closed <p>b</p>", "a "),
        ("a<!-- never closed", "a "),
        ("a<scripture>b</scripture>", None),
    ],
)
def test_cut_not_text(html: str, expected: str | None) -> None:
    assert web._cut_not_text(html) == (html if expected is None else expected)


def test_many_unclosed_tags_cost_one_scan() -> None:
    # Quadratic cutting would take minutes here; one pass takes milliseconds.
    html = _page("article").decode().replace("<footer", "<script <style <!-- " * 200_000)
    page = web.read_page(html, "unclosed.html")
    assert page.text.startswith("River Authority")


_CROWDED = " ".join(f'a{i}="x y=z"' for i in range(web.MAX_ATTRIBUTES + 1))
_FULL = " ".join(f'a{i}="x y=z"' for i in range(web.MAX_ATTRIBUTES))


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        (f"a<p {_CROWDED}>b</p>", "a<p>b</p>"),
        (f"<div {' '.join(f'd{i}' for i in range(150))}/>", "<div>"),  # bare names count too
        (f"<p {_FULL}>b</p>", None),  # at the limit: kept as written
        ('<img srcset="' + "x.jpg 1x, " * 500 + '">', None),  # one long value is one attribute
        ("<p class=lead>b</p>", None),
    ],
)
def test_thin_crowded_tags(html: str, expected: str | None) -> None:
    assert web._thin_crowded_tags(html) == (html if expected is None else expected)


def test_a_tag_with_thousands_of_attributes_does_not_stall_extraction() -> None:
    # 200,000 attributes on one tag took minutes in libxml2 and htmldate; thinned, milliseconds.
    crowded = " ".join(f'data-x{i}="1"' for i in range(200_000))
    html = _page("article").decode().replace("<footer", f"<div {crowded}>menu</div><footer")
    page = web.read_page(html, "crowded.html")
    assert page.text.startswith("River Authority")


def test_binary_served_as_html_is_refused() -> None:
    with pytest.raises(InputError, match="binary"):
        web.html_document(b"<html>\x00\x01\x02" * 100, "x.html", "x")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"<!DOCTYPE html><html>", True),
        (b"  \n<html lang='en'>", True),
        (b"<!-- saved from url --><!doctype HTML>", True),
        (b"\xef\xbb\xbf<html>", True),
        ("\ufeff<html>".encode("utf-16-le"), True),
        (b"<head><title>x</title>", True),
        (b"The minister said <b> was a tag.", False),
        (b"<p>just a fragment</p>", False),
        (b"", False),
    ],
)
def test_looks_like_html(data: bytes, expected: bool) -> None:
    assert web.looks_like_html(data) is expected


def test_html_on_stdin_is_sniffed() -> None:
    result = CliRunner().invoke(cli, ["claims", "-", "--format", "json"], input=_page("article"))
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["documents"][0]["site"] == "The Valley Courier"
    assert data["documents"][0]["id"] == "stdin"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://a.example/news/2026/story-name.html", "story-name"),
        ("https://a.example/news/story-name/", "story-name"),
        ("https://a.example/", "a.example"),
        ("http://a.example", "a.example"),
        ("https://a.example/a/caf%C3%A9", "café"),
    ],
)
def test_page_id(url: str, expected: str) -> None:
    assert web.page_id(url) == expected


# -- fetching from a local server ----------------------------------------------------------------


class _Handler(BaseHTTPRequestHandler):
    agents: list[str] = []

    def log_message(self, format: str, *args: object) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        self.agents.append(self.headers.get("User-Agent", ""))
        path = self.path.split("?")[0]
        routes = {
            "/news/dam-release.html": lambda: self._send(_page("article")),
            "/latin": lambda: self._send(
                _page("article").decode().replace("Split Over", "Split — Over").encode("cp1252"),
                "text/html; charset=windows-1252",
            ),
            "/home": lambda: self._send(_page("home")),
            "/moved": lambda: self._redirect("/news/dam-release.html"),
            "/loop": lambda: self._redirect("/loop"),
            "/ftp": lambda: self._redirect("ftp://files.example/x"),
            "/pdf": lambda: self._send(b"%PDF-1.4 ...", "application/pdf"),
            "/untyped": lambda: self._send(_page("article"), None),
            "/gzip": lambda: self._send(
                gzip.compress(_page("article")), "text/html", encoding="gzip"
            ),
            "/bomb": lambda: self._send(
                gzip.compress(b"<p>" + b"a" * (20 * 1024 * 1024) + b"</p>"),
                "text/html",
                encoding="gzip",
            ),
            "/brotli": lambda: self._send(b"\x1b\x00", "text/html", encoding="br"),
            "/huge": self._huge,
            "/declared-huge": self._declared_huge,
            "/slow": self._slow,
            "/drip": self._drip,
            "/empty": lambda: self._send(b"  \n"),
            "/headers": self._many_headers,
            "/drip-headers": self._drip_headers,
        }
        if path.startswith("/chain/"):
            n = int(path.rsplit("/", 1)[1])
            self._redirect(f"/chain/{n + 1}")
            return
        route = routes.get(path)
        if route is None:
            self.send_error(404, "Not Found")
            return
        route()

    def _send(
        self,
        body: bytes,
        content_type: str | None = "text/html; charset=utf-8",
        encoding: str | None = None,
    ) -> None:
        self.send_response(200)
        if content_type:
            self.send_header("Content-Type", content_type)
        if encoding:
            self.send_header("Content-Encoding", encoding)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _huge(self) -> None:
        # No Content-Length: the client must stop reading by itself at 16 MB.
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        chunk = b"<p>" + b"x" * 65_530 + b"</p>"
        with contextlib.suppress(OSError):  # the client hangs up at 16 MB
            for _ in range(10_000):  # 640 MB if nobody stops
                self.wfile.write(chunk)

    def _declared_huge(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(10 * 1024**3))
        self.end_headers()

    def _many_headers(self) -> None:
        self.send_response(200)
        for n in range(150):  # http.client refuses more than 100
            self.send_header(f"X-Filler-{n}", "x")
        self.end_headers()

    dripped: list[int] = []

    def _drip_headers(self) -> None:
        # The status line, then a header a byte at a time: urllib is still reading headers.
        with contextlib.suppress(OSError):
            self.wfile.write(b"HTTP/1.1 200 OK\r\nX-Slow: ")
        self._drip_bytes(b"a")

    def _drip(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        self._drip_bytes(b" ")

    def _drip_bytes(self, byte: bytes) -> None:
        # One byte every 20 ms for 8 s: each read is quick, only the total budget can stop it.
        sent = 0
        with contextlib.suppress(OSError):  # the client hangs up at its deadline
            for _ in range(400):
                self.wfile.write(byte)
                self.wfile.flush()
                sent += 1
                time.sleep(0.02)
        self.dripped.append(sent)

    def _slow(self) -> None:
        time.sleep(2)
        with contextlib.suppress(OSError):  # the client gave up, as it should
            self._send(_page("article"))


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_url_gives_the_same_claims_as_the_saved_page(server: str) -> None:
    fetched, _ = read_document(f"{server}/news/dam-release.html")
    saved, _ = read_document(str(FIXTURES / "article.html"))
    assert fetched.text == saved.text
    assert _claims(fetched) == _claims(saved)
    assert fetched.id == "dam-release"
    assert fetched.page is not None and fetched.page.url == f"{server}/news/dam-release.html"
    assert _Handler.agents[-1].startswith("attribcmp/")


def test_redirects_are_followed_and_the_final_url_kept(server: str) -> None:
    doc, _ = read_document(f"{server}/moved")
    assert doc.page is not None and doc.page.url == f"{server}/news/dam-release.html"


def test_http_charset_header_is_used(server: str) -> None:
    doc, warnings = read_document(f"{server}/latin")
    assert "Split — Over" in doc.text
    assert warnings == ()


def test_gzip_sent_unasked_is_read(server: str) -> None:
    doc, _ = read_document(f"{server}/gzip")
    assert doc.text.startswith("River Authority")


def test_page_without_content_type_is_sniffed(server: str) -> None:
    doc, _ = read_document(f"{server}/untyped")
    assert doc.text.startswith("River Authority")


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing", r"/missing: the server answered 404 Not Found$"),
        ("/loop", r"/loop: redirects in a loop"),
        ("/chain/0", r"/chain/0: redirects in a loop \(more than 5 redirects"),
        ("/ftp", r"/ftp: redirects to an address that is not http\(s\)"),
        ("/pdf", r"/pdf: not an HTML page \(Content-Type: application/pdf\)"),
        ("/huge", r"/huge: larger than 16 MB"),
        ("/declared-huge", r"/declared-huge: larger than 16 MB"),
        ("/home", r"/home: no article text found"),
        ("/bomb", r"/bomb: larger than 16 MB"),
        ("/brotli", r"/brotli: sent in an encoding attribcmp cannot read \(br\)"),
        ("/empty", r"/empty: the server sent an empty page$"),
        ("/headers", r"/headers: the server sent a broken response \(HTTPException: got more "),
    ],
)
def test_fetch_errors_are_one_line_naming_the_url(server: str, path: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as info:
        read_document(server + path)
    assert str(info.value).startswith(server + path)
    assert "\n" not in str(info.value)


def test_timeout(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fetch, "TIMEOUT", 0.5)
    with pytest.raises(InputError, match=r"/slow: timed out \(no answer within 0.5 s\)"):
        read_document(f"{server}/slow")


@pytest.mark.parametrize("path", ["/drip", "/drip-headers"])
def test_a_dripping_server_is_cut_off_at_the_total_budget(
    server: str, monkeypatch: pytest.MonkeyPatch, path: str
) -> None:
    monkeypatch.setattr(fetch, "TOTAL_TIMEOUT", 0.3)
    _Handler.dripped.clear()
    with pytest.raises(
        InputError, match=rf"{path}: timed out \(the download took more than 0.3 s\)$"
    ):
        read_document(server + path)
    for _ in range(100):  # the server notices the hang-up at its next write
        if _Handler.dripped:
            break
        time.sleep(0.05)
    assert _Handler.dripped and _Handler.dripped[-1] < 400  # not read to the end


def test_connection_refused() -> None:
    with socket.socket() as sock:  # a port nobody listens on once closed
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(InputError, match=rf":{port}/x: connection refused by 127.0.0.1"):
        read_document(f"http://127.0.0.1:{port}/x")


def test_dns_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_dns(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    with pytest.raises(InputError, match=r"cannot find host news.invalid \(DNS lookup failed\)"):
        read_document("https://news.invalid/story")


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("ftp://files.example/a.html", "only http:// and https:// URLs are read"),
        ("file:///etc/passwd", "only http:// and https:// URLs are read"),
        ("http://", r"not a valid URL \(no host name\)"),
        ("http://a.example:99999/", "not a valid URL"),
        ("http://user:secret@127.0.0.1:9/a", "URLs with a user name or password are not read"),
        ("http://news example/a", r"not a valid URL \(a space in the host name\)"),
        ("http://127.0.0.1:9/a b\nc", "not a valid URL"),  # control character in the path
    ],
)
def test_bad_urls(url: str, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_document(url)


# -- the command line ---------------------------------------------------------------------------


def test_offline_refuses_urls(server: str) -> None:
    result = CliRunner().invoke(cli, ["claims", "--offline", f"{server}/news/dam-release.html"])
    assert result.exit_code == 1
    assert "--offline forbids fetching" in result.stderr
    assert result.stdout == ""


def test_failed_fetch_writes_nothing(server: str, tmp_path: Path) -> None:
    out, text = tmp_path / "report.json", tmp_path / "article.txt"
    result = CliRunner().invoke(
        cli,
        ["report", f"{server}/pdf", "--format", "json", "-o", str(out), "--save-text", str(text)],
    )
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "/pdf: not an HTML page" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_save_text_holds_what_the_offsets_point_into(tmp_path: Path) -> None:
    saved = tmp_path / "article.txt"
    result = CliRunner().invoke(
        cli,
        ["claims", str(FIXTURES / "article.html"), "--format", "json", "--save-text", str(saved)],
    )
    assert result.exit_code == 0, result.stderr
    text = saved.read_text(encoding="utf-8")
    for claim in json.loads(result.stdout)["claims"]:
        start, end = claim["content"]["span"]
        assert text[start:end] == claim["content"]["text"]


@pytest.mark.parametrize(
    ("target", "refused"),
    [("page.html", True), ("./page.html", True), ("link.html", True), ("page.txt", False)],
)
def test_save_text_never_overwrites_its_source(tmp_path: Path, target: str, refused: bool) -> None:
    page = tmp_path / "page.html"
    page.write_bytes(_page("article"))
    (tmp_path / "link.html").symlink_to(page)
    result = CliRunner().invoke(
        cli, ["claims", str(page), "--save-text", str(tmp_path / target)], env={"COLUMNS": "100"}
    )
    assert page.read_bytes() == _page("article")
    if refused:
        assert result.exit_code == 2 and "would overwrite the input" in result.stderr
    else:
        assert result.exit_code == 0, result.stderr
        assert (tmp_path / target).read_text(encoding="utf-8").startswith("River Authority")


def test_text_report_header_shows_the_page(server: str) -> None:
    result = CliRunner().invoke(cli, ["report", f"{server}/news/dam-release.html"])
    assert result.exit_code == 0, result.stderr
    header = result.stdout.split("Sides")[0]
    for bit in ("The Valley Courier", "2026-03-16", "by Nadia Okafor", "River Authority"):
        assert bit in header
    assert f"{server}/news/dam-release.html" in " ".join(header.split()).replace(" ", "")


def test_compare_labels_urls_by_site_name(server: str, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli,
        [
            "compare",
            f"{server}/news/dam-release.html",
            str(FIXTURES / "strike.html"),
            "--format",
            "json",
            "--save-text",
            str(tmp_path),
        ],
    )
    assert result.exit_code == 0, result.stderr
    documents = json.loads(result.stdout)["documents"]
    assert documents[0]["issuer"] == "The Valley Courier"
    assert documents[1]["issuer"] == "Marlow Evening Post"  # a saved page names its outlet too
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dam-release.txt", "strike.txt"]
