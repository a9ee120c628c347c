"""Paths, stdin and JSONL lines -> Document.

Decoding keeps offsets honest: the text a claim's span points into is exactly the decoded input
(BOM removed, nothing else touched), so ``text[start:end]`` is always the claimed words.
"""

from __future__ import annotations

import codecs
import itertools
import json
import math
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from attribcmp.errors import InputError
from attribcmp.model import Document

# A news article is a few hundred kB at most. Attribution runs at about 1.5 MB/s and linear
# (bench/bench_claims.py), so 16 MB takes some ten seconds; past that, a dump is not an article
# and we refuse at once with a clear message instead of appearing to hang.
MAX_BYTES = 16 * 1024 * 1024
# ``report`` and ``compare`` also link, group and judge every claim: some 15-30 s of CPU per MB
# of news (bench_adversarial.py --command report), so past this size the user is told before
# the wait, and that ``claims`` is the quick path (review14: a silent 2 MB run looked hung).
SLOW_REPORT_CHARS = 1_000_000
# ``pair`` compares statements: a sentence or a paragraph. Its similarity measure grows with
# the cube of the length (100 sentences a side take seconds, 2,000 would take hours), so longer
# input is refused at once; whole accounts belong to ``compare``.
MAX_STATEMENT_CHARS = 3_000
# Share of NUL or control bytes in the first block above which the input is not text.
_BINARY_SHARE = 0.10
# Documents whose first bytes read as text but whose words are not the article's: a PDF opens
# with ASCII object headers (an uncompressed one is text throughout) and RTF is markup in
# ASCII, so the share of control bytes does not catch them; their claims would be garbage.
_DOCUMENT_SIGNATURES = ((b"%PDF-", "a PDF document"), (b"{\\rtf", "an RTF document"))


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text plus what the decoder had to do, for warnings."""

    text: str
    replaced: int  # how many undecodable bytes became U+FFFD


@dataclass(frozen=True, slots=True)
class JsonlItem:
    """One line of a JSONL batch: a document, or the reason the line was refused."""

    line_no: int
    document: Document | None
    error: str | None = None
    doc_id: str | None = None
    size: int = 0  # bytes of the input line, for progress and throughput


def decode_chunks(chunks: list[bytes], name: str) -> Decoded:
    """``decode_bytes`` of the chunks joined, without ever joining them: the blocks are decoded
    one by one and released as they go (the list is emptied), so that no 16 MB bytes object is
    made and freed. Freeing a block that large makes glibc raise its mmap threshold for the
    rest of the process, and the heap then keeps some 20 MB of freed memory resident (16 MB of
    news peaked at 188 MB read whole, 171 MB read in blocks). Every chunk but the last must
    hold at least two bytes (``_read_chunks`` gives 1 MB blocks).

    Raises:
        InputError: the data looks binary (NUL bytes or mostly control characters).
    """
    if len(chunks) < 2 or chunks[0].startswith((b"\xff\xfe", b"\xfe\xff")):
        return decode_bytes(b"".join(chunks), name)  # small, or UTF-16: one block is no cost
    _refuse_binary((chunks[0][:4096] + chunks[1][:4096])[:4096], name)
    if any(b"\x00" in chunk for chunk in chunks):
        raise InputError(f"{name}: holds NUL bytes; looks like binary data, not text")
    if chunks[0].startswith(b"\xef\xbb\xbf"):
        chunks[0] = chunks[0][3:]
    decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
    parts: list[str] = []
    genuine = 0  # U+FFFD written in the input itself, not made by the decoder
    tail = b""
    chunks.reverse()
    while chunks:
        chunk = chunks.pop()
        # An encoded U+FFFD (3 bytes) may straddle two blocks: counted in the 4 bytes around
        # the seam, where no whole one fits on either side.
        genuine += chunk.count(b"\xef\xbf\xbd") + (tail + chunk[:2]).count(b"\xef\xbf\xbd")
        tail = chunk[-2:]
        parts.append(decoder.decode(chunk))
    parts.append(decoder.decode(b"", final=True))
    text = "".join(parts)
    return Decoded(text, max(text.count("\ufffd") - genuine, 0))


def decode_bytes(data: bytes, name: str) -> Decoded:
    """Decode UTF-8 (with or without BOM), replacing bad bytes rather than failing.

    UTF-16 with a byte-order mark (what some Windows editors save) is decoded too.

    Raises:
        InputError: the data looks binary (NUL bytes or mostly control characters).
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Checked after decoding: every other byte of UTF-16 text is NUL.
        text = data.decode("utf-16", errors="replace")
        _refuse_binary([ord(c) for c in text[:4096]], name)
        return Decoded(text, text.count("\ufffd"))
    _refuse_binary(data[:4096], name)
    if b"\x00" in data:
        raise InputError(f"{name}: holds NUL bytes; looks like binary data, not text")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    text = data.decode("utf-8", errors="replace")
    replaced = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    return Decoded(text, max(replaced, 0))


def _refuse_binary(head: Sequence[int], name: str) -> None:
    """Raise if the first code units hold a NUL or too many control characters, or open a
    document format (PDF, RTF) that is not plain text."""
    if not head:
        return
    opening = bytes(b for b in head[:8] if b < 256) if not isinstance(head, bytes) else head[:8]
    for signature, what in _DOCUMENT_SIGNATURES:
        if opening.startswith(signature):
            raise InputError(f"{name}: {what}, not plain text; save or copy its text first")
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    if 0 in head or controls / len(head) > _BINARY_SHARE:
        raise InputError(f"{name}: looks like binary data, not text")


def _too_large(name: str) -> str:
    return (
        f"{name}: larger than {MAX_BYTES // (1024 * 1024)} MB, more than attribcmp reads at "
        "once; split it into articles first"
    )


# Input is read in blocks of this size (see ``decode_chunks``). Blocks of 1 MB, and the text
# decoded from them, are above glibc's mmap threshold, so each goes back to the system when
# freed; 64 kB blocks lived on the heap and left 18 MB of it resident after a 16 MB read
# (16 MB of news: 175 -> 166 MB peak).
_CHUNK = 1 << 20


def _read_chunks(stream: BinaryIO, name: str) -> list[bytes]:
    """The stream in blocks of ``_CHUNK`` bytes (the last may be shorter)."""
    chunks: list[bytes] = []
    total = 0
    block = b""
    while True:
        more = stream.read(_CHUNK - len(block))
        if not more:
            break
        block += more
        if len(block) == _CHUNK:
            chunks.append(block)
            total += len(block)
            block = b""
            if total > MAX_BYTES:
                raise InputError(_too_large(name))
    if block:
        chunks.append(block)
        total += len(block)
    if total > MAX_BYTES:
        raise InputError(_too_large(name))
    return chunks


def read_document(
    source: str, *, issuer: str | None = None, offline: bool = False
) -> tuple[Document, tuple[str, ...]]:
    """Read one article from a path, an http(s) URL, or stdin when ``source`` is "-".

    A URL, an .html/.htm file, or input that opens like an HTML document is read as a web
    page: its main article text is extracted (``attribcmp.web``) and offsets point into that.

    Returns:
        The document and any warnings (undecodable bytes replaced).

    Raises:
        InputError: missing file, a directory, unreadable, binary, too large, or empty; for web
            pages also fetch failures, ``offline`` with a URL, and pages without an article.
    """
    from attribcmp import web

    if web.is_url(source):
        return web.url_document(source, issuer=issuer, offline=offline)
    if source == "-":
        name, doc_id = "<stdin>", "stdin"
        chunks = _read_chunks(_stdin(), name)
    else:
        path = Path(source)
        name, doc_id = source, path.stem or source
        _check_file(path, name)
        try:
            with path.open("rb") as fh:
                chunks = _read_chunks(fh, name)
        except OSError as exc:
            raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from exc
    # An .html file with no markup at all (plain text saved under that name) is read as text.
    head = chunks[0][: 1 << 16] if chunks else b""  # the first 64 kB
    named_html = source.lower().endswith((".html", ".htm")) and b"<" in head
    if named_html or web.looks_like_html(head):
        return web.html_document(b"".join(chunks), name, doc_id, issuer=issuer)
    decoded = decode_chunks(chunks, name)
    if not decoded.text or decoded.text.isspace():  # (strip() would copy a 16 MB text)
        raise InputError(f"{name}: empty input, nothing to attribute")
    warnings: tuple[str, ...] = ()
    if decoded.replaced:
        warnings = (f"{name}: not valid UTF-8; {decoded.replaced} byte(s) replaced with U+FFFD",)
    return Document(id=doc_id, text=decoded.text, path=name, issuer=issuer), warnings


def iter_jsonl(source: str) -> Iterator[JsonlItem]:
    """Yield one item per non-blank line of a JSONL batch (``{"id", "text"}`` lines).

    Reads line by line, so memory stays flat however long the batch. A bad line yields an item
    with ``error`` set; only an unreadable source raises.

    Raises:
        InputError: the file is missing, a directory or unreadable.
    """
    with _open_lines(source) as (stream, name):
        yield from _iter_jsonl_lines(stream, name)


def _stdin() -> BinaryIO:
    """stdin's bytes.

    Raises:
        InputError: the process was started with stdin closed (``<&-``).
    """
    if sys.stdin is None:
        raise InputError("<stdin>: closed; nothing to read (give a file, or pipe text in)")
    return sys.stdin.buffer


def _check_file(path: Path, name: str) -> None:
    """Raise unless ``path`` names an existing file (or device, or pipe).

    Raises:
        InputError: missing (naming a parent that is a file, "notes.txt/a"), a directory, or
            an empty name (``Path("")`` is the current folder).
    """
    if not name.strip():
        raise InputError("an empty file name was given; name a file, or - for stdin")
    if path.is_dir():
        raise InputError(f"{name}: is a directory, not a file")
    if path.exists():
        return
    for parent in path.parents:
        if parent.exists() and not parent.is_dir():
            raise InputError(f"{name}: no such file ({parent} is a file, not a folder)")
    if name.lower().startswith("www."):  # a web address typed without its scheme
        raise InputError(f"{name}: no such file (a web address? write https://{name})")
    raise InputError(f"{name}: no such file")


@contextmanager
def _open_lines(source: str) -> Iterator[tuple[Iterator[bytes], str]]:
    """A batch source as UTF-8 lines and its name for messages (stdin is left open).

    Raises:
        InputError: the file is missing, a directory or unreadable.
    """
    if source == "-":
        yield _utf8_lines(_stdin()), "<stdin>"
        return
    path = Path(source)
    _check_file(path, source)
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise InputError(f"{source}: cannot read ({exc.strerror or exc})") from exc
    with fh:
        yield _utf8_lines(fh), source


def _utf8_lines(stream: BinaryIO) -> Iterator[bytes]:
    """The stream's lines as UTF-8 bytes: a file that opens with a UTF-16 byte-order mark
    (what Windows PowerShell's ``>`` writes) is decoded as it goes, as ``read_document``
    decodes a UTF-16 article, instead of every line failing as invalid JSON."""
    pieces = iter(stream)  # split at b"\n": in UTF-16 a piece may end inside a character
    first = next(pieces, b"")
    if not first.startswith((b"\xff\xfe", b"\xfe\xff")):
        if first:
            yield first
        yield from pieces
        return
    decoder = codecs.getincrementaldecoder("utf-16")(errors="replace")
    pending = ""
    for piece in itertools.chain([first], pieces):
        pending += decoder.decode(piece)
        *lines, pending = pending.split("\n")
        for line in lines:
            yield (line + "\n").encode("utf-8")
    pending += decoder.decode(b"", final=True)
    if pending:
        yield pending.encode("utf-8")


def _parse_line(raw: bytes, name: str, line_no: int) -> tuple[dict[str, Any] | None, str | None]:
    """One JSONL line as an object, or the one-line reason it is not one."""
    where = f"{name}:{line_no}"
    if len(raw) > MAX_BYTES:
        return None, _too_large(where)
    line = raw.decode("utf-8", errors="replace")
    if line_no == 1:
        line = line.lstrip("\ufeff")  # a BOM before the first line is the file's, not JSON
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return None, f"{where}: invalid JSON ({exc.msg})"
    except RecursionError:
        return None, f"{where}: JSON nested too deeply"
    except ValueError as exc:  # e.g. an integer of thousands of digits
        return None, f"{where}: invalid JSON ({exc})"
    if not isinstance(obj, dict):
        return None, f"{where}: expected an object, one per line"
    return obj, None


def _line_id(obj: dict[str, Any], line_no: int) -> str | None:
    """The line's id as text: strings as they are, numbers and booleans as JSON writes them,
    a missing or null id as "line<N>"; None for ids that are not plain values."""
    value = obj.get("id")
    if value is None:
        return f"line{line_no}"
    if isinstance(value, str):
        return value
    if isinstance(value, bool | int) or (isinstance(value, float) and math.isfinite(value)):
        return json.dumps(value)
    return None


def _clean_text(text: str) -> str:
    """Lone surrogates ("\\ud800" in JSON) become U+FFFD, one for one, so offsets hold."""
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _iter_jsonl_lines(stream: Iterator[bytes], name: str) -> Iterator[JsonlItem]:
    for line_no, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        obj, error = _parse_line(raw, name, line_no)
        if obj is None:
            yield JsonlItem(line_no, None, error, size=len(raw))
            continue
        yield record_item(obj, line_no, name, size=len(raw))


def record_item(obj: Any, line_no: int, name: str, *, size: int = 0) -> JsonlItem:
    """One ``{"id", "text"}`` record (a parsed JSONL line, or a dict from an engine) as an
    item: a document, or the reason it is refused, worded as for line ``line_no`` of ``name``."""
    if not isinstance(obj, dict):
        return JsonlItem(line_no, None, f"{name}:{line_no}: expected an object", size=size)
    sid = _line_id(obj, line_no)
    if sid is None:
        error = f"{name}:{line_no}: 'id' must be a string or a number"
        return JsonlItem(line_no, None, error, size=size)
    text = obj.get("text")
    if not isinstance(text, str):
        error = f"{name}:{line_no}: missing string field 'text'"
        return JsonlItem(line_no, None, error, sid, size)
    if len(text) > MAX_BYTES:
        return JsonlItem(line_no, None, _too_large(f"{name}:{line_no}"), sid, size)
    document = Document(id=sid, text=_clean_text(text), path=None)
    return JsonlItem(line_no, document, None, sid, size)


def statement_error(label: str, text: str) -> str | None:
    """Why ``text`` cannot be a ``pair`` statement (empty or whitespace only, too long), or
    None."""
    if not text.strip():
        # nothing to compare: an answer of "unrelated" would hide a quoting or input slip
        return f"{label}: empty statement; pair compares two statements with words in them"
    if len(text) <= MAX_STATEMENT_CHARS:
        return None
    return (
        f"{label}: {len(text):,} characters; pair compares statements of at most "
        f"{MAX_STATEMENT_CHARS:,} (use compare for whole accounts)"
    )


def iter_pair_lines(source: str) -> Iterator[tuple[int, tuple[str, str, str] | None, str | None]]:
    """Yield ``(line_no, (id, a, b), None)`` per good ``{"id", "a", "b"}`` line, or an error.

    Raises:
        InputError: the file is missing, a directory or unreadable.
    """
    with _open_lines(source) as (stream, name):
        yield from _iter_pair_lines(stream, name)


def _iter_pair_lines(
    stream: Iterator[bytes], name: str
) -> Iterator[tuple[int, tuple[str, str, str] | None, str | None]]:
    for line_no, raw in enumerate(stream, start=1):
        if not raw.strip():
            continue
        obj, error = _parse_line(raw, name, line_no)
        if obj is None:
            yield line_no, None, error
            continue
        pid = _line_id(obj, line_no)
        a, b = obj.get("a"), obj.get("b")
        if pid is None or not isinstance(a, str) or not isinstance(b, str):
            yield line_no, None, f"{name}:{line_no}: expected string fields a and b and a plain id"
            continue
        too_long = statement_error(f"{name}:{line_no}: a", a) or statement_error(
            f"{name}:{line_no}: b", b
        )
        if too_long is not None:
            yield line_no, None, too_long
            continue
        yield line_no, (pid, _clean_text(a), _clean_text(b)), None


def size_warnings(documents: Sequence[Document]) -> tuple[str, ...]:
    """A warning for each document too long for a report to come back quickly."""
    return tuple(
        f"{doc.path or doc.id}: {len(doc.text) / 1e6:.1f} million characters, far more than an "
        "article; a report links every claim and may take minutes (claims is quicker)"
        for doc in documents
        if len(doc.text) > SLOW_REPORT_CHARS
    )
