"""read.py: bytes -> text, paths and stdin -> Document, JSONL lines -> items or errors."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from attribcmp import read
from attribcmp.errors import InputError
from attribcmp.read import (
    MAX_STATEMENT_CHARS,
    decode_bytes,
    iter_jsonl,
    iter_pair_lines,
    read_document,
)

BOM = b"\xef\xbb\xbf"


@pytest.mark.parametrize(
    ("data", "text", "replaced"),
    [
        (b"plain ascii", "plain ascii", 0),
        ("café “quoted”".encode(), "café “quoted”", 0),
        (BOM + b"after a BOM", "after a BOM", 0),
        (BOM + "“curly”".encode(), "“curly”", 0),
        # CRLF is kept as is: offsets must index into exactly what was read.
        (b"one\r\ntwo\r\n", "one\r\ntwo\r\n", 0),
        (b"tab\tand\fform feed", "tab\tand\fform feed", 0),
        (b"bad \xff byte", "bad \ufffd byte", 1),
        (b"two \xff\xfe bad", "two \ufffd\ufffd bad", 2),
        (b"cut off \xe2\x80", "cut off \ufffd", 1),
        # A U+FFFD already in the text was not a replacement.
        ("real \ufffd char".encode(), "real \ufffd char", 0),
        ("utf-16 with BOM".encode("utf-16"), "utf-16 with BOM", 0),
        ("“utf-16-be”".encode("utf-16-be").join([b"\xfe\xff", b""]), "“utf-16-be”", 0),
        (b"", "", 0),
    ],
)
def test_decode_bytes(data: bytes, text: str, replaced: int) -> None:
    decoded = decode_bytes(data, "in.txt")
    assert decoded.text == text
    assert decoded.replaced == replaced


@pytest.mark.parametrize(
    "data",
    [
        b"plain ascii across several blocks of seven bytes",
        BOM + "“curly” café, cut inside the marks".encode(),
        # replacement characters written in the text, one straddling each seam position
        "ab\ufffdcdef\ufffdghijkl\ufffd\ufffdm".encode(),
        b"x" * 5 + "\ufffd".encode() + b"y" * 6 + "\ufffd".encode(),
        b"bad \xff byte, cut \xe2\x80 sequence, \xf0\x9f\x98 and \xed\xa0\x80 surrogate",
        b"ends cut off \xe2\x80",
        "utf-16 with BOM, longer than a block".encode("utf-16"),
    ],
)
def test_decode_chunks_equals_decode_bytes(data: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    # Files are read in blocks and decoded block by block (no 16 MB bytes object is made):
    # the text and the replacement count must be those of decoding the whole input at once.
    monkeypatch.setattr(read, "_CHUNK", 7)
    chunks = read._read_chunks(io.BytesIO(data), "in.txt")
    assert b"".join(chunks) == data
    assert all(len(c) == 7 for c in chunks[:-1])
    assert read.decode_chunks(chunks, "in.txt") == decode_bytes(data, "in.txt")


def test_read_chunks_refuses_more_than_the_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read, "_CHUNK", 4)
    monkeypatch.setattr(read, "MAX_BYTES", 10)
    assert len(read._read_chunks(io.BytesIO(b"x" * 10), "in.txt")) == 3
    with pytest.raises(InputError, match=r"^in\.txt: larger than"):
        read._read_chunks(io.BytesIO(b"x" * 11), "in.txt")


@pytest.mark.parametrize(
    "data",
    [
        b"text\x00with a NUL byte",
        bytes(range(256)) * 4,
        b"\x01\x02\x03\x04\x05\x06\x07\x08" * 20,
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
        b"PK\x03\x04\x14\x00\x06\x00",
    ],
)
def test_decode_bytes_refuses_binary(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^in\.bin: looks like binary data"):
        decode_bytes(data, "in.bin")


def test_read_document_from_path(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes(BOM + "He said “yes.”\r\n".encode())
    doc, warnings = read_document(str(path), issuer="us")
    assert (doc.id, doc.text, doc.path, doc.issuer) == (
        "story",
        "He said “yes.”\r\n",
        str(path),
        "us",
    )
    assert warnings == ()


def test_read_document_warns_on_invalid_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Le ministre a déclaré".encode("latin-1"))
    doc, warnings = read_document(str(path))
    assert doc.text == "Le ministre a d\ufffdclar\ufffd"
    assert warnings == (f"{path}: not valid UTF-8; 2 byte(s) replaced with U+FFFD",)


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("missing.txt", None, "no such file"),
        ("folder", "DIR", "is a directory"),
        ("empty.txt", b"", "empty input"),
        ("blank.txt", b" \r\n\t\n", "empty input"),
        ("bom-only.txt", BOM, "empty input"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data"),
        # robust21: text-looking document formats whose words are not the article's
        ("paper.pdf", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "a PDF document"),
        ("letter.txt", b"{\\rtf1\\ansi\\deff0 The minister said so.}", "an RTF document"),
        ("utf16.pdf", "%PDF-1.7 said".encode("utf-16"), "a PDF document"),
        ("notes.txt/a.txt", "NOTES", "notes.txt is a file, not a folder"),
    ],
)
def test_read_document_errors_name_the_file(
    tmp_path: Path, name: str, content: bytes | str | None, message: str
) -> None:
    path = tmp_path / name
    if content == "DIR":
        path.mkdir()
    elif content == "NOTES":
        path.parent.write_text("He said so.", encoding="utf-8")
    elif isinstance(content, bytes):
        path.write_bytes(content)
    with pytest.raises(InputError) as info:
        read_document(str(path))
    assert str(info.value).startswith(f"{path}: ")
    assert message in str(info.value)
    assert "\n" not in str(info.value)


def test_read_document_refuses_oversized_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(read, "MAX_BYTES", 100)
    path = tmp_path / "big.txt"
    path.write_bytes(b"He said so. " * 10)  # 120 bytes
    with pytest.raises(InputError, match=r"big\.txt: larger than .*split it"):
        read_document(str(path))
    path.write_bytes(b"He said so. " * 8)  # 96 bytes: still fine
    assert read_document(str(path))[0].text.count("said") == 8


def _fake_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_read_document_from_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_stdin(monkeypatch, BOM + b"Officials said it rained.\r\n")
    doc, warnings = read_document("-")
    assert (doc.id, doc.path, doc.text) == ("stdin", "<stdin>", "Officials said it rained.\r\n")
    assert warnings == ()


def test_closed_stdin_is_an_input_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", None)  # what Python makes of ``<&-``
    with pytest.raises(InputError, match=r"^<stdin>: closed"):
        read_document("-")
    with pytest.raises(InputError, match=r"^<stdin>: closed"):
        list(iter_jsonl("-"))


def test_read_document_empty_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_stdin(monkeypatch, b"")
    with pytest.raises(InputError, match=r"^<stdin>: empty input"):
        read_document("-")


JSONL_LINES = [
    '{"id": "a", "text": "He said yes."}',
    "",
    "not json at all",
    "[1, 2]",
    '{"id": "n", "text": null}',
    '{"text": "No id here."}',
    '{"id": 7, "text": "A number id."}',
    '{"id": null, "text": "A null id."}',
    '"just a string"',
]
# (line number, document id or None, text or None, error fragment or None)
JSONL_EXPECTED = [
    (1, "a", "He said yes.", None),
    (3, None, None, "in.jsonl:3: invalid JSON"),
    (4, None, None, "in.jsonl:4: expected an object"),
    (5, "n", None, "in.jsonl:5: missing string field 'text'"),
    (6, "line6", "No id here.", None),
    (7, "7", "A number id.", None),
    (8, "line8", "A null id.", None),
    (9, None, None, "in.jsonl:9: expected an object"),
]


def test_iter_jsonl_yields_one_item_per_non_blank_line(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(JSONL_LINES) + "\n", encoding="utf-8")
    got = []
    for item in iter_jsonl(str(path)):
        text = item.document.text if item.document is not None else None
        error = item.error
        got.append((item.line_no, item.doc_id, text, error))
    assert [(n, i, t) for n, i, t, _ in got] == [(n, i, t) for n, i, t, _ in JSONL_EXPECTED]
    for (_, _, _, error), (_, _, _, fragment) in zip(got, JSONL_EXPECTED, strict=True):
        if fragment is None:
            assert error is None
        else:
            assert error is not None and error.startswith(str(tmp_path))
            assert fragment in error


def test_iter_jsonl_refuses_an_oversized_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(read, "MAX_BYTES", 40)
    path = tmp_path / "in.jsonl"
    path.write_text(
        '{"id": "big", "text": "' + "x" * 60 + '"}\n{"id": "ok", "text": "fine"}\n',
        encoding="utf-8",
    )
    items = list(iter_jsonl(str(path)))
    assert items[0].document is None and "larger than" in (items[0].error or "")
    assert items[1].document is not None and items[1].document.id == "ok"


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_jsonl_in_utf16_with_a_bom_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, encoding: str
) -> None:
    """robust21: a batch saved by PowerShell (UTF-16) failed on every line as invalid JSON."""
    data = ("\ufeff" + "\r\n".join(JSONL_LINES) + "\r\n").encode(encoding)
    path = tmp_path / "in.jsonl"
    path.write_bytes(data)
    _fake_stdin(monkeypatch, data)
    for source, name in ((str(path), str(path)), ("-", "<stdin>")):
        items = list(iter_jsonl(source))
        assert len(items) == len(JSONL_EXPECTED)
        for item, (line_no, doc_id, text, error) in zip(items, JSONL_EXPECTED, strict=True):
            assert (item.line_no, item.doc_id) == (line_no, doc_id)
            assert (item.document.text if item.document else None) == text
            assert item.error == error or (item.error or "").startswith(
                (error or "").replace("in.jsonl", name)
            )


def test_iter_jsonl_from_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_stdin(monkeypatch, b'{"id": "s", "text": "It rained."}\n{bad\n')
    items = list(iter_jsonl("-"))
    assert [i.doc_id for i in items] == ["s", None]
    assert (items[1].error or "").startswith("<stdin>:2: invalid JSON")


@pytest.mark.parametrize("reader", [iter_jsonl, iter_pair_lines])
def test_batch_readers_name_a_missing_or_directory_source(tmp_path: Path, reader: object) -> None:
    assert callable(reader)
    with pytest.raises(InputError, match="no such file"):
        list(reader(str(tmp_path / "missing.jsonl")))
    with pytest.raises(InputError, match="is a directory"):
        list(reader(str(tmp_path)))


def test_iter_pair_lines(tmp_path: Path) -> None:
    path = tmp_path / "pairs.jsonl"
    path.write_text(
        "\n".join(
            [
                '{"id": "p1", "a": "It rained.", "b": "It was raining."}',
                '{"a": "x", "b": "y"}',
                '{"id": null, "a": "x", "b": "y"}',
                '{"id": "p4", "a": "only a"}',
                "{oops",
            ]
        ),
        encoding="utf-8",
    )
    got = list(iter_pair_lines(str(path)))
    assert [(n, item) for n, item, _ in got] == [
        (1, ("p1", "It rained.", "It was raining.")),
        (2, ("line2", "x", "y")),
        (3, ("line3", "x", "y")),
        (4, None),
        (5, None),
    ]
    assert "string fields a and b" in (got[3][2] or "")
    assert "invalid JSON" in (got[4][2] or "")


@pytest.mark.parametrize(
    ("a", "b", "error"),
    [
        ("x" * MAX_STATEMENT_CHARS, "y", None),  # at the limit: read
        ("x" * (MAX_STATEMENT_CHARS + 1), "y", ":1: a: 3,001 characters; pair compares"),
        ("y", "9" * 100_000, ":1: b: 100,000 characters"),
        ("", "y", ":1: a: empty statement"),
        ("y", "  ", ":1: b: empty statement"),
    ],
)
def test_iter_pair_lines_refuses_overlong_statements(
    tmp_path: Path, a: str, b: str, error: str | None
) -> None:
    path = tmp_path / "pairs.jsonl"
    path.write_text(json.dumps({"id": "p", "a": a, "b": b}), encoding="utf-8")
    [(_, item, message)] = list(iter_pair_lines(str(path)))
    if error is None:
        assert item == ("p", a, b) and message is None
    else:
        assert item is None and error in (message or "")


@pytest.mark.parametrize(
    ("line", "doc_id", "error"),
    [
        ('{"id": ' + "9" * 5000 + ', "text": "x"}', None, "invalid JSON"),
        ("[" * 100_000 + "]" * 100_000, None, "nested too deeply"),
        ('{"id": true, "text": "He said so."}', "true", None),
        ('{"id": 7, "text": "He said so."}', "7", None),
        ('{"id": {"a": 1}, "text": "He said so."}', None, "'id' must be a string or a number"),
        ('{"id": "s", "text": "Smith said \\ud800 so."}', "s", None),
    ],
)
def test_jsonl_odd_lines_never_raise(
    tmp_path: Path, line: str, doc_id: str | None, error: str | None
) -> None:
    path = tmp_path / "odd.jsonl"
    path.write_text("\ufeff" + line + "\n", encoding="utf-8")
    (item,) = list(read.iter_jsonl(str(path)))
    if error is None:
        assert item.document is not None and item.document.id == doc_id
        assert "\ud800" not in item.document.text  # lone surrogates become U+FFFD, one for one
        assert len(item.document.text) == len(json.loads(line)["text"])
    else:
        assert item.document is None and error in (item.error or "")


def test_nul_bytes_anywhere_mean_binary(tmp_path: Path) -> None:
    path = tmp_path / "late-nul.txt"
    path.write_bytes(b"He said hi. " * 500 + b"\x00 more")
    with pytest.raises(InputError, match="NUL"):
        read_document(str(path))


@pytest.mark.parametrize("reader", [read_document, iter_jsonl, iter_pair_lines])
@pytest.mark.parametrize("name", ["", "  "])
def test_empty_file_name_is_a_clear_error(reader: object, name: str) -> None:
    # robust21: "--jsonl ''" said ": is a directory, not a file" (Path("") is ".")
    assert callable(reader)
    with pytest.raises(InputError, match="empty file name"):
        result = reader(name)
        if not isinstance(result, tuple):
            list(result)  # the batch readers are generators: they raise when first read
