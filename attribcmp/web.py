"""Web pages and URLs -> the article's text and what the page says about itself.

A fact-checker starts from a link or a saved page, not a clean text file. The main text is
extracted with trafilatura (navigation, scripts, related links, comments and footers dropped);
the headline is kept as the first line, and every offset a claim carries points into the
extracted text, which ``--save-text`` writes out so each span can be checked.

Fetching is ``attribcmp.fetch``'s job, imported only when a URL is given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import unquote, urlsplit

from attribcmp.errors import InputError
from attribcmp.lazy_pattern import LazyPattern
from attribcmp.model import Document, PageInfo
from attribcmp.read import MAX_BYTES  # the same cap as for files

__all__ = [
    "MAX_BYTES",
    "Page",
    "decode_html",
    "html_document",
    "is_url",
    "looks_like_html",
    "page_id",
    "read_page",
    "url_document",
]

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
# Cut in one pass: each opening is matched with the next closing of its kind, and an opening
# that is never closed cuts to the end, so thousands of unclosed tags cost one scan, not one
# scan each.
_NOT_TEXT_OPEN = LazyPattern(r"<(script|style|svg|template)\b([^<>]{0,2000})>|<!--", re.I)
_NOT_TEXT_CLOSE = {
    name: re.compile(rf"</{name}\s*>", re.I) for name in ("script", "style", "svg", "template")
}
_COMMENT_CLOSE = LazyPattern("-->")
# A tag with more attributes than this is not markup anyone wrote: libxml2 checks each new
# attribute against the ones before it, and htmldate walks them per element, so 200,000
# attributes on one tag took minutes. Real tags carry a few dozen at most; a crowded tag keeps
# its name and loses its attributes, which hold no article text. Only tags this long are
# counted, so ordinary pages pay one regex scan.
MAX_ATTRIBUTES = 100
_LONG_TAG = LazyPattern(r"<([A-Za-z][\w:.-]{0,40})(\s[^<>]{200,})>")
_QUOTED = LazyPattern(r"\"[^\"]*\"|'[^']*'")
_ATTRIBUTE = LazyPattern(r"[^\s=/]+(?:\s*=\s*[^\s]*)?")
# Extraction costs about 0.1 ms per element (bench/bench_web.py); a news page has a few
# thousand. Past this many elements a page is a dump or an endless list, and reading it would
# take more than a few seconds and hundreds of MB.
MAX_ELEMENTS = 50_000
# An article has prose: at least this many characters in paragraphs of ten words or more that
# end like a sentence. A home page's headline lists, a login wall's one line and a gallery's
# captions fall short; the shortest wire briefs run to a few hundred characters.
MIN_ARTICLE_CHARS = 200
_PROSE_WORDS = 10
# A data table's rows hold a few words per cell; a layout table's rows hold the whole article.
_LAYOUT_ROW_CHARS = 400
_SENTENCE_END = LazyPattern(r"[.!?…][\"'”’»)\]]*$")


@dataclass(frozen=True, slots=True)
class Page:
    """An article read from HTML: its text and what the page says about itself."""

    text: str
    info: PageInfo


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
        codec = codecs.lookup(name.strip().strip("\"'")).name
        b"a".decode(codec)  # refuses bytes-to-bytes codecs ("base64", "zlib") a page may name
    except LookupError:
        return None
    except UnicodeDecodeError:  # a text codec that wants more than one byte (UTF-16)
        pass
    return codec


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
    html = _thin_crowded_tags(_cut_not_text(html))
    if html.count("<") - html.count("</") > MAX_ELEMENTS:  # opening tags, counted in C
        raise InputError(
            f"{name}: more than {MAX_ELEMENTS:,} HTML elements; too large to be one article "
            "(save the article's text instead)"
        )
    import trafilatura

    tree = trafilatura.load_html(html)
    if tree is None:
        raise InputError(f"{name}: cannot be parsed as HTML")
    links = _link_texts(tree)
    _unlayout_tables(tree)
    result = trafilatura.bare_extraction(
        tree,
        url=url,
        with_metadata=True,
        include_comments=False,  # reader comments are not the article's claims
        include_tables=True,  # old sites lay whole articles out in tables
        include_images=False,
        fast=True,  # skips the fallback extractors: a third of the time, same text on our pages
        # Dates only from the page's markup, and no "not after today" filter: a guess from
        # "Copyright 2026" or a check against the clock would make the output depend on when
        # it was run.
        date_extraction_params={
            "extensive_search": False,
            "original_date": True,
            "max_date": "2999-12-31",
        },
    )
    body = getattr(result, "text", None) if result is not None else None
    lines = [" ".join(line.split()) for line in (body or "").splitlines()]
    # A line that is exactly a link's text is navigation or a list of other stories (what old
    # pages without <nav> markup leave in the text); an article paragraph is not one link.
    lines = [line for line in lines if line and line.casefold() not in links]
    title = _clean_meta(getattr(result, "title", None))
    if _prose_chars(lines) < MIN_ARTICLE_CHARS:
        raise InputError(
            f"{name}: no article text found (a home page, a login wall, or a page built by "
            "scripts?); save the article's own page, or paste its text"
        )
    site = _clean_meta(getattr(result, "sitename", None)) or _clean_meta(
        getattr(result, "hostname", None)
    )
    # The headline is part of what a reader sees first; an old page's <title> may be only the
    # site's name, which is no headline.
    if (
        title
        and not any(_same_words(line, title) for line in lines[:8])
        and not (site and _same_words(title, site))
    ):
        lines.insert(0, title)
    info = PageInfo(
        url=url or _clean_meta(getattr(result, "url", None)),
        title=title,
        site=site,
        date=_clean_meta(getattr(result, "date", None)),
        author=_clean_meta(getattr(result, "author", None)),
    )
    return Page("\n\n".join(lines) + "\n", info)


def _cut_not_text(html: str) -> str:
    pieces: list[str] = []
    pos = 0
    while (opening := _NOT_TEXT_OPEN.search(html, pos)) is not None:
        name = (opening.group(1) or "").lower()
        if name == "script" and "ld+json" in opening.group(2).lower():
            pieces.append(html[pos : opening.end()])  # JSON-LD: headline, date, author
            pos = opening.end()
            continue
        pieces.append(html[pos : opening.start()])
        pieces.append(" ")
        closing = (_NOT_TEXT_CLOSE[name] if name else _COMMENT_CLOSE).search(html, opening.end())
        if closing is None:
            return "".join(pieces)
        pos = closing.end()
    pieces.append(html[pos:])
    return "".join(pieces)


def _thin_crowded_tags(html: str) -> str:
    def thin(tag: re.Match[str]) -> str:
        names = _ATTRIBUTE.findall(_QUOTED.sub("v", tag.group(2)))
        return f"<{tag.group(1)}>" if len(names) > MAX_ATTRIBUTES else tag.group(0)

    return _LONG_TAG.sub(thin, html)


def _link_texts(tree: Any) -> frozenset[str]:
    texts = (" ".join(a.text_content().split()).casefold() for a in tree.iter("a"))
    return frozenset(text for text in texts if text)


def _unlayout_tables(tree: Any) -> None:
    """Old pages lay the whole page out in a table (navigation in one cell, the article in
    another); trafilatura reads a table as data and runs every cell into one line. A table
    whose rows average this much text is layout, and becomes plain blocks."""
    for table in list(tree.iter("table")):
        if table.tag != "table" or any(a.tag == "table" for a in table.iterancestors()):
            continue  # already turned into a block, or inside a table looked at already
        rows = sum(1 for _ in table.iter("tr")) or 1
        if len(table.text_content()) / rows >= _LAYOUT_ROW_CHARS:
            for element in table.iter("table", "tbody", "thead", "tfoot", "tr", "td", "th"):
                element.tag = "div"


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
    from attribcmp.fetch import fetch_url  # the network stack only when a URL is given

    fetched = fetch_url(url)
    return html_document(
        fetched.data,
        url,
        page_id(fetched.url),
        issuer=issuer,
        url=fetched.url,
        charset=fetched.charset,
    )
