"""The command line: exit codes, one-line errors on stderr, output contracts, pipes.

Every run goes through click's CliRunner (stdout and stderr kept apart, click >= 8.2) except the
broken-pipe test, which needs a real process and a real pipe.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner, Result

from attribcmp.cli import cli
from attribcmp.model import SCHEMA, OutputFormat

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "seeds" / "000_8dfa90e2cd21d513.txt"
FOUNDING_SAMPLE = ROOT / "samples" / "founding" / "article.txt"
BOM = b"\xef\xbb\xbf"

PK = "The Pakistan army said 15 militants were killed in the raid on Tuesday.\n"
LOCAL = "Local officials said 22 civilians were killed in the raid on Tuesday.\n"


@pytest.fixture
def founding() -> Path:
    for path in (FOUNDING_SAMPLE, SEED):
        if path.exists():
            return path
    pytest.skip("founding article not found")


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Run in a temporary folder, so relative names in messages are short and predictable."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pk.txt").write_text(PK, encoding="utf-8")
    (tmp_path / "local.txt").write_text(LOCAL, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    yield tmp_path


def run(*args: str, input: bytes | str | None = None) -> Result:
    result = CliRunner().invoke(cli, list(args), input=input, env={"COLUMNS": "100"})
    # A bug shows as an exception other than SystemExit; never let it pass as an exit code.
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def assert_one_line_error(result: Result, exit_code: int, *fragments: str) -> None:
    """Exit code, nothing on stdout, and one 'Error: ...' line naming the problem."""
    assert result.exit_code == exit_code, result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    error_lines = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(error_lines) == 1, result.stderr
    for fragment in fragments:
        assert fragment in error_lines[0]
    if exit_code == 1:
        assert result.stderr.count("\n") == 1  # input errors are exactly one line


# --- input errors ----------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["claims", "report", "sources"])
@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("missing.txt", None, "no such file"),
        ("folder", "DIR", "is a directory"),
        ("empty.txt", b"", "empty input"),
        ("blank.txt", b"\n  \r\n", "empty input"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary data"),
        # robust21: an uncompressed PDF and RTF read as text and gave garbage claims
        ("paper.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n", "a PDF"),
        ("letter.rtf", b"{\\rtf1\\ansi The minister said hello.}", "an RTF document"),
        # robust21: a path through a file named the folder nowhere, and a bare web address
        ("pk.txt/x.txt", None, "pk.txt is a file, not a folder"),
        ("www.example.com/story", None, "write https://www.example.com/story"),
    ],
)
def test_bad_input_is_one_line_error(
    workdir: Path, command: str, name: str, content: bytes | str | None, problem: str
) -> None:
    if content == "DIR":
        (workdir / name).mkdir()
    elif isinstance(content, bytes):
        (workdir / name).write_bytes(content)
    result = run(command, name)
    assert_one_line_error(result, 1, name, problem)


def test_utf16_input_with_a_bom_is_read(workdir: Path) -> None:
    (workdir / "win.txt").write_bytes("\ufeff".encode("utf-16-le") + PK.encode("utf-16-le"))
    result = run("claims", "win.txt", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["documents"][0]["chars"] == len(PK)


def test_invalid_utf8_is_replaced_with_a_warning(workdir: Path) -> None:
    (workdir / "latin1.txt").write_bytes(
        "Le ministre a déclaré que tout allait bien.".encode("latin-1")
    )
    result = run("claims", "latin1.txt", "--format", "json")
    assert result.exit_code == 0
    assert result.stderr == "warning: latin1.txt: not valid UTF-8; 2 byte(s) replaced with U+FFFD\n"
    data = json.loads(result.stdout)
    assert data["documents"][0]["chars"] == len("Le ministre a déclaré que tout allait bien.")


def test_large_file_is_refused_quickly(workdir: Path) -> None:
    # 50 MB: the reader stops after its limit and names the file; the engine never sees it.
    big = workdir / "big.txt"
    line = b"The minister said the talks went well and the army said so too.\n"
    with big.open("wb") as fh:
        fh.write(line * (50 * 1024 * 1024 // len(line) + 1))
    result = run("claims", "big.txt")
    assert_one_line_error(result, 1, "big.txt", "larger than", "split it")


def test_stdin_dash(workdir: Path) -> None:
    result = run("claims", "-", "--format", "json", input=PK.encode())
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    data = json.loads(result.stdout)
    assert data["documents"] == [{"id": "stdin", "chars": len(PK), "issuer": None}]
    assert any("15 militants" in c["content"]["text"] for c in data["claims"])


def test_empty_stdin(workdir: Path) -> None:
    assert_one_line_error(run("report", "-", input=b""), 1, "<stdin>", "empty input")


def test_unbalanced_quote_marks_are_no_error(workdir: Path) -> None:
    text = 'The minister said "the talks went well.\nHe added that “more would follow.\n'
    (workdir / "unbalanced.txt").write_text(text, encoding="utf-8")
    result = run("claims", "unbalanced.txt", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    assert json.loads(result.stdout)["claims"]


@pytest.mark.parametrize(
    ("profile", "fragments"),
    [
        ("sides:\n  us:\n    members: [Austin]\n  pk: [\n", ["line 5", "invalid YAML"]),
        ("sides: {}\nsidez: {}\n", ["line 2", "unknown key 'sidez'"]),
        ("sides:\n  us:\n    colour: red\n", ["line 3", "unknown key 'colour'"]),
        ("sides:\n  Not A Slug: [x]\n", ["line 2", "not a slug"]),
    ],
)
def test_bad_profile_names_the_line(workdir: Path, profile: str, fragments: list[str]) -> None:
    (workdir / "profile.yaml").write_text(profile, encoding="utf-8")
    for args in (
        ["claims", "pk.txt", "--profile", "profile.yaml"],
        ["compare", "pk.txt", "local.txt", "--profile", "profile.yaml"],
    ):
        assert_one_line_error(run(*args), 1, "profile.yaml", *fragments)


def test_missing_profile(workdir: Path) -> None:
    assert_one_line_error(run("report", "pk.txt", "--profile", "nope.yaml"), 1, "nope.yaml")


@pytest.mark.parametrize("command", [["report", "pk.txt"], ["claims", "pk.txt"]])
def test_profile_directory_is_an_input_error(workdir: Path, command: list[str]) -> None:
    # A directory is bad input like a missing file: one line naming it, exit 1 (not usage).
    (workdir / "profiles").mkdir()
    result = run(*command, "--profile", "profiles")
    assert_one_line_error(result, 1, "profiles", "is a directory")


# --- -o writes atomically --------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["claims", "missing.txt"],
        ["report", "empty.txt"],
        ["claims", "--jsonl", "missing.jsonl"],
        ["compare", "pk.txt", "missing.txt"],
    ],
)
def test_failed_run_keeps_existing_output(workdir: Path, args: list[str]) -> None:
    out = workdir / "out.json"
    out.write_text("precious\n", encoding="utf-8")
    result = run(*args, "-o", "out.json")
    assert result.exit_code == 1
    assert out.read_text(encoding="utf-8") == "precious\n"
    assert sorted(p.name for p in workdir.iterdir() if p.name.startswith(".")) == []


def test_output_file_is_written(workdir: Path) -> None:
    result = run("claims", "pk.txt", "--format", "json", "-o", "out.json")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert json.loads((workdir / "out.json").read_text(encoding="utf-8"))["schema"] == SCHEMA


@pytest.mark.parametrize(
    ("option", "path", "fragments"),
    [
        ("-o", "no/such/folder/out.json", ["no/such/folder/out.json", "does not exist"]),
        # robust21: these named a temporary file, or (a slash after a file) replaced the file
        ("-o", "local.txt/out.json", ["local.txt/out.json", "local.txt is a file, not a folder"]),
        ("-o", "local.txt/", ["local.txt/", "ends in a slash"]),
        ("-o", "folder/", ["folder/", "is a directory"]),
        ("-o", "/proc/out.json", ["/proc/out.json: cannot write there"]),
        ("-o", "/dev/full", ["/dev/full: cannot write (No space left on device)"]),
        ("--save-text", "local.txt/", ["local.txt/", "ends in a slash"]),
        ("--save-text", "/dev/full", ["/dev/full: cannot write"]),
        ("--save-text", "folder", ["folder", "is a directory"]),
    ],
)
def test_output_path_errors(workdir: Path, option: str, path: str, fragments: list[str]) -> None:
    if path.startswith("/") and not Path(path).parent.exists():
        pytest.skip(f"{Path(path).parent} is not on this system")
    (workdir / "folder").mkdir()
    result = run("claims", "pk.txt", option, path)
    assert_one_line_error(result, 1, *fragments)
    assert ".tmp" not in result.stderr
    assert (workdir / "local.txt").read_text(encoding="utf-8") == LOCAL
    assert sorted(p.name for p in workdir.iterdir() if p.name.startswith(".")) == []


@pytest.mark.parametrize(
    "args",
    [
        ["claims", "local.txt", "-o", "local.txt"],
        ["claims", "local.txt", "-o", "./local.txt"],
        ["claims", "local.txt", "-o", "link.txt"],
        ["report", "local.txt", "-o", "local.txt", "--format", "json"],
        ["sources", "local.txt", "-o", "local.txt"],
        ["sources", "local.txt", "--write-profile", "local.txt"],
        ["compare", "pk.txt", "local.txt", "-o", "local.txt"],
        ["compare", "pk.txt", "local.txt", "--save-text", "."],
        ["claims", "--jsonl", "local.txt", "-o", "local.txt"],
    ],
)
def test_output_never_replaces_an_input(workdir: Path, args: list[str]) -> None:
    """robust21: ``claims in.txt -o in.txt`` (or a batch onto its own JSONL) replaced the
    article with its claims; ``compare a.txt b.txt --save-text .`` rewrote a.txt."""
    (workdir / "link.txt").symlink_to(workdir / "local.txt")
    assert_one_line_error(run(*args), 2, "would overwrite the input")
    assert (workdir / "local.txt").read_text(encoding="utf-8") == LOCAL


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["report", "pk.txt", "--save-text", "x.txt", "-o", "x.txt"], "-o and --save-text"),
        (["sources", "pk.txt", "--write-profile", "x.yaml", "-o", "x.yaml"], "--write-profile"),
        (["report", "pk.txt", "--save-text", "-"], "both go to stdout"),
        (["pair", "--jsonl", "in.jsonl", "--format", "json"], "drop --format"),
    ],
)
def test_conflicting_outputs_are_usage_errors(
    workdir: Path, args: list[str], fragment: str
) -> None:
    """robust21: the second output silently replaced the first."""
    assert_one_line_error(run(*args), 2, fragment)
    assert not (workdir / "x.txt").exists() and not (workdir / "x.yaml").exists()


def test_save_text_to_stdout_with_o_is_fine(workdir: Path) -> None:
    result = run("report", "pk.txt", "--save-text", "-", "-o", "out.json", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == PK


# --- JSON contract ---------------------------------------------------------------------------

CONTRACT: dict[str, set[str]] = {
    "documents": {"id", "chars"},
    "sides": {"id", "name"},
    "speakers": {"id", "name", "side", "anonymous", "kind", "mentions"},
    "claims": {
        "id",
        "doc",
        "speaker",
        "side",
        "kind",
        "mention",
        "cue",
        "content",
        "reported_speaker",
    },
}


def _check_contract(data: dict[str, Any], text: str) -> None:
    """The report/1 keys are there and every span slices ``text`` to exactly its text."""
    assert data["schema"] == SCHEMA
    for key, fields in CONTRACT.items():
        assert isinstance(data[key], list)
        for item in data[key]:
            assert fields <= set(item), (key, fields - set(item))
    assert data["documents"][0]["chars"] == len(text)
    side_ids = {s["id"] for s in data["sides"]}
    speaker_ids = {s["id"] for s in data["speakers"]}

    def check_span(span: dict[str, Any] | None) -> None:
        if span is None:
            return
        start, end = span["span"]
        assert 0 <= start <= end <= len(text)
        assert text[start:end] == span["text"], (span, text[start:end])

    for speaker in data["speakers"]:
        assert speaker["side"] in side_ids
        assert isinstance(speaker["anonymous"], bool)
        assert speaker["mentions"]
        for mention in speaker["mentions"]:
            check_span(mention)
    assert data["claims"]
    for claim in data["claims"]:
        assert claim["speaker"] in speaker_ids
        assert claim["side"] in side_ids
        assert claim["kind"] in {"direct", "indirect", "mixed", "according_to"}
        check_span(claim["mention"])
        check_span(claim["cue"])
        content = claim["content"]
        assert set(content) >= {"text", "span", "parts"}
        check_span(content)
        parts = content["parts"]
        assert parts and parts[0][0] == content["span"][0] and parts[-1][1] == content["span"][1]
        assert all(s < e for s, e in parts)
        assert all(a[1] <= b[0] for a, b in zip(parts, parts[1:], strict=False))


def test_claims_json_contract_on_the_founding_article(workdir: Path, founding: Path) -> None:
    result = run("claims", str(founding), "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    _check_contract(json.loads(result.stdout), founding.read_text(encoding="utf-8"))


def test_claims_json_contract_with_bom_and_crlf(workdir: Path, founding: Path) -> None:
    raw = founding.read_bytes()
    (workdir / "crlf.txt").write_bytes(BOM + raw.replace(b"\n", b"\r\n"))
    result = run("claims", "crlf.txt", "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    # Offsets index into the decoded text: BOM gone, CRLF kept.
    text = raw.decode("utf-8").replace("\n", "\r\n")
    _check_contract(data, text)
    # Line endings change no claim: the same contents as the LF original.
    plain = json.loads(run("claims", str(founding), "--format", "json").stdout)
    assert [c["content"]["text"] for c in data["claims"]] == [
        c["content"]["text"] for c in plain["claims"]
    ]


# --- claims --jsonl --------------------------------------------------------------------------


def test_claims_jsonl_streams_one_object_per_line(workdir: Path) -> None:
    lines = [
        json.dumps({"id": "pk", "text": PK}),
        "{not json",
        json.dumps({"id": "local", "text": LOCAL}),
        json.dumps({"id": "no-text"}),
        json.dumps({"text": "The minister said the road would reopen."}),
    ]
    (workdir / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("claims", "--jsonl", "in.jsonl")
    assert result.exit_code == 1
    assert result.stderr == "warning: 2 of 5 lines could not be read; see their error objects\n"
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["pk", None, "local", "no-text", "line5"]
    assert out[1] == {"id": None, "line": 2, "error": out[1]["error"]}
    assert "in.jsonl:2: invalid JSON" in out[1]["error"]
    assert out[3]["line"] == 4 and "text" in out[3]["error"]
    for obj, text in ((out[0], PK), (out[2], LOCAL)):
        assert obj["schema"] == SCHEMA
        _check_contract(obj, text)


def test_claims_jsonl_all_good_exits_zero_from_stdin(workdir: Path) -> None:
    data = json.dumps({"id": 42, "text": PK}) + "\n\n"
    result = run("claims", "--jsonl", "-", input=data.encode())
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    (line,) = result.stdout.splitlines()
    assert json.loads(line)["id"] == "42"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["claims"], "missing SOURCE"),
        (["claims", "pk.txt", "--jsonl", "in.jsonl"], "either SOURCE or --jsonl"),
        (["claims", "pk.txt", "--format", "pdf"], "Invalid value for '--format'"),
        (["report", "pk.txt", "--threshold", "101"], "--threshold"),
        (["pair", "only one"], "exactly two statements"),
        (["pair", "a", "b", "--jsonl", "in.jsonl"], "either two statements or --jsonl"),
        (["nonsense"], "No such command"),
    ],
)
def test_usage_errors_exit_2(workdir: Path, args: list[str], message: str) -> None:
    assert_one_line_error(run(*args), 2, message)


# --- compare ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "exit_code", "fragments"),
    [
        (["compare", "pk.txt"], 2, ["at least two files"]),
        (["compare", "pk.txt", "missing.txt"], 1, ["missing.txt", "no such file"]),
        (["compare", "pk.txt", "empty.txt"], 1, ["empty.txt", "empty input"]),
        (
            ["compare", "pk.txt", "local.txt", "--side", "pk.txt=x", "--side", "local.txt=X"],
            2,
            ["side label 'X'", "pk.txt", "local.txt"],
        ),
        (
            ["compare", "pk.txt", "local.txt", "--side", "other.txt=x"],
            2,
            ["'other.txt' is not one of the files given"],
        ),
        (
            ["compare", "pk.txt", "local.txt", "--side", "pk.txt=a", "--side", "pk.txt=b"],
            2,
            ["'pk.txt' is labelled twice"],
        ),
        (["compare", "pk.txt", "local.txt", "--side", "pk.txt"], 2, ["not PATH=LABEL"]),
        (
            ["compare", "pk.txt", "local.txt", "--side", "pk.txt=pakistan"]
            + ["--side", "local.txt=martians", "--profile", "sides.yaml"],
            2,
            ["local.txt=martians", "no side 'martians'", "pakistan, locals"],
        ),
        (["compare", "pk.txt", "./pk.txt"], 2, ["./pk.txt is given twice"]),
    ],
)
def test_compare_errors(
    workdir: Path, args: list[str], exit_code: int, fragments: list[str]
) -> None:
    (workdir / "sides.yaml").write_text(
        "sides:\n  pakistan:\n    members: [army]\n  locals:\n    members: [officials]\n",
        encoding="utf-8",
    )
    assert_one_line_error(run(*args), exit_code, *fragments)


def test_compare_side_accepts_a_normalised_path(workdir: Path) -> None:
    result = run("compare", "pk.txt", "local.txt", "--side", "./pk.txt=army", "--format", "json")
    assert result.exit_code == 0, result.stderr
    issuers = [d["issuer"] for d in json.loads(result.stdout)["documents"]]
    assert issuers == ["army", "local"]


@pytest.mark.parametrize(
    ("fmt", "out", "on_stderr"),
    [
        ("text", None, False),
        ("text", "-", False),  # "-o -" is stdout: the text report lists it (review15)
        ("text", "out.txt", True),
        ("json", None, True),
        ("json", "-", True),
        ("markdown", None, True),
        ("markdown", "out.md", True),
    ],
)
def test_compare_warning_is_printed_once(
    workdir: Path, fmt: str, out: str | None, on_stderr: bool
) -> None:
    """A side named after its file: the text report on stdout lists it under "Warnings", so
    stderr does not repeat it (review14, review15); machine output or a file gets it on stderr
    once, and in the report itself."""
    hint = "its side is named after the file ('local')"
    result = run("compare", "pk.txt", "local.txt", "--format", fmt, *(["-o", out] if out else []))
    assert result.exit_code == 0, result.stderr
    assert result.stderr.count(hint) == on_stderr, result.stderr
    written = result.stdout if out in (None, "-") else (workdir / out).read_text("utf-8")
    assert written.count(hint) == 1, written


@pytest.mark.parametrize(
    ("command", "fmt", "out"),
    [
        ("report", "text", None),
        ("report", "text", "-"),
        ("report", "json", None),
        ("report", "markdown", "out.md"),
        ("compare", "text", "-"),
        ("compare", "json", None),
        ("compare", "markdown", "out.md"),
    ],
)
def test_report_and_compare_print_a_read_warning_once_on_stderr(
    workdir: Path, command: str, fmt: str, out: str | None
) -> None:
    """report and compare treat warnings alike: a warning about the input is on stderr once,
    whatever the format and wherever the report goes (review15)."""
    (workdir / "bad.txt").write_bytes(b"The minister said the talks \xff had failed.\n")
    sources = ["bad.txt"] if command == "report" else ["bad.txt", "local.txt"]
    args = [command, *sources, "--format", fmt, *(["-o", out] if out else [])]
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.count("bad.txt: not valid UTF-8") == 1, result.stderr


@pytest.mark.parametrize(
    ("args", "warned"),
    [
        (["report", "pk.txt", "--format", "json"], True),
        (["compare", "pk.txt", "local.txt", "--format", "json"], True),
        (["claims", "pk.txt", "--format", "json"], False),  # negative: claims is the quick path
    ],
)
def test_a_text_too_long_for_a_quick_report_is_announced(
    workdir: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], warned: bool
) -> None:
    """review14: a 2 MB file ran for minutes without a word. The bar is lowered here so that
    the small fixture stands for such a file."""
    from attribcmp import read

    quiet = run(*args)
    assert "million characters" not in quiet.stderr  # an article stays silent
    monkeypatch.setattr(read, "SLOW_REPORT_CHARS", 10)
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    assert ("pk.txt: 0.0 million characters" in result.stderr) is warned, result.stderr
    assert "million characters" not in result.stdout  # about the run, not in the report


def test_compare_files_with_the_same_name_get_distinct_ids(workdir: Path) -> None:
    for folder, text in (("a", PK), ("b", LOCAL)):
        (workdir / folder).mkdir()
        (workdir / folder / "x.txt").write_text(text, encoding="utf-8")
    result = run("compare", "a/x.txt", "b/x.txt", "--side", "a/x.txt=army", "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert [d["id"] for d in data["documents"]] == ["a/x.txt", "b/x.txt"]
    texts = {"a/x.txt": PK, "b/x.txt": LOCAL}
    for claim in data["claims"]:
        start, end = claim["content"]["span"]
        assert texts[claim["doc"]][start:end] == claim["content"]["text"]


def _diverging_compare(*extra: str) -> Result:
    return run(
        "compare",
        "pk.txt",
        "local.txt",
        "--side",
        "pk.txt=pakistan",
        "--side",
        "local.txt=locals",
        *extra,
    )


def test_compare_reports_the_tolls_as_diverging(workdir: Path) -> None:
    result = _diverging_compare("--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    texts = {c["id"]: c["content"]["text"] for c in data["claims"]}
    diverging = [g for g in data["groups"] if g["status"] == "diverge"]
    assert len(diverging) == 1
    held = " | ".join(texts[c] for c in diverging[0]["claims"])
    assert "15 militants" in held and "22 civilians" in held
    assert diverging[0]["sides"] == ["pakistan", "locals"]


@pytest.mark.parametrize("fmt", ["text", "json", "markdown"])
def test_fail_on_divergence_exits_3(workdir: Path, fmt: str) -> None:
    result = _diverging_compare("--format", fmt, "--fail-on-divergence")
    assert result.exit_code == 3, result.stderr
    assert result.stderr == ""
    assert "22 civilians" in result.stdout  # the report is still printed in full


def test_fail_on_divergence_without_divergence_exits_0(workdir: Path) -> None:
    (workdir / "same.txt").write_text(PK.replace("Pakistan army", "Local police"), "utf-8")
    result = run("compare", "pk.txt", "same.txt", "--fail-on-divergence", "--format", "json")
    assert result.exit_code == 0, result.stderr
    statuses = {g["status"] for g in json.loads(result.stdout)["groups"]}
    assert "diverge" not in statuses


# --- pair ------------------------------------------------------------------------------------


def test_pair_text_and_json(workdir: Path) -> None:
    a, b = "15 militants were killed in the raid.", "22 civilians were killed in the raid."
    text = run("pair", a, b)
    assert text.exit_code == 0 and text.stderr == ""
    first, *reasons = text.stdout.splitlines()
    assert first.startswith("diverge (score ")
    assert reasons and all(r.startswith("  - ") for r in reasons)
    as_json = run("pair", a, b, "--format", "json")
    assert as_json.exit_code == 0 and as_json.stderr == ""
    data = json.loads(as_json.stdout)
    assert set(data) == {"relation", "score", "reasons"}
    assert data["relation"] == "diverge"
    assert 0 <= data["score"] <= 100
    assert any("15" in r and "22" in r for r in data["reasons"])


def test_pair_jsonl(workdir: Path) -> None:
    lines = [
        json.dumps(
            {"id": "p1", "a": "15 militants were killed.", "b": "22 civilians were killed."}
        ),
        "oops",
        json.dumps({"a": "It rained in Lahore.", "b": "The budget was passed."}),
    ]
    (workdir / "pairs.jsonl").write_text("\n".join(lines), encoding="utf-8")
    result = run("pair", "--jsonl", "pairs.jsonl")
    assert result.exit_code == 1
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o.get("id") for o in out] == ["p1", None, "line3"]
    assert out[0]["relation"] == "diverge"
    assert out[1]["line"] == 2 and "invalid JSON" in out[1]["error"]
    assert out[2]["relation"] in {"unrelated", "partial", "converge", "diverge"}


@pytest.mark.parametrize(
    ("a", "b", "fragment"),
    [
        ("The army said it killed 5 militants. " * 100, "Officials denied it.", "A: 3,700"),
        ("Officials denied it.", "9" * 100_000, "B: 100,000 characters"),
        ("", "", "A: empty statement"),
        ("Officials denied it.", " \t\n ", "B: empty statement"),
    ],
)
def test_pair_refuses_bad_statements_at_once(a: str, b: str, fragment: str) -> None:
    # Overlong ones took minutes to hours before the cap; empty ones read as "unrelated".
    assert_one_line_error(run("pair", a, b), 1, fragment)


def test_pair_accepts_odd_unicode_statements() -> None:
    for a, b in (("\u200b", "\ufeff"), ("قال الوزير", "🇺🇸 won 5-3")):
        result = run("pair", a, b, "--format", "json")
        assert result.exit_code == 0, result.stderr
        assert json.loads(result.stdout)["relation"] == "unrelated"


def test_pair_jsonl_failures_are_counted_on_stderr(workdir: Path) -> None:
    """robust21: claims --jsonl said how many lines failed; pair --jsonl exited 1 silently."""
    (workdir / "pairs.jsonl").write_text('{"a": "x", "b": "y"}\nnope\n', encoding="utf-8")
    result = run("pair", "--jsonl", "pairs.jsonl")
    assert result.exit_code == 1
    assert result.stderr == "warning: 1 of 2 lines could not be compared; see their error objects\n"


@pytest.mark.parametrize(
    "command", [["claims", "--jsonl", "in.jsonl"], ["pair", "--jsonl", "in.jsonl"]]
)
def test_batch_in_utf16_with_a_bom_is_read(workdir: Path, command: list[str]) -> None:
    """robust21: PowerShell's ``>`` writes UTF-16; every line of it failed as invalid JSON."""
    record = {"id": "r", "text": PK, "a": PK, "b": LOCAL}
    (workdir / "in.jsonl").write_bytes(("\ufeff" + json.dumps(record) + "\r\n").encode("utf-16-le"))
    result = run(*command)
    assert result.exit_code == 0, result.stderr
    (line,) = result.stdout.splitlines()
    assert json.loads(line)["id"] == "r" and "error" not in json.loads(line)


def test_pair_jsonl_missing_file(workdir: Path) -> None:
    assert_one_line_error(run("pair", "--jsonl", "nope.jsonl"), 1, "nope.jsonl", "no such file")


# --- other commands --------------------------------------------------------------------------


def test_report_and_sources_on_the_founding_article(workdir: Path, founding: Path) -> None:
    report = run("report", str(founding), "--format", "json")
    assert report.exit_code == 0 and report.stderr == ""
    assert json.loads(report.stdout)["groups"]
    sources = run("sources", str(founding), "--format", "json")
    assert sources.exit_code == 0 and sources.stderr == ""
    assert "Lloyd J. Austin" in sources.stdout


@pytest.mark.parametrize("fmt", ["text", "json", "yaml"])
def test_sources_writes_to_o_as_the_readme_says(workdir: Path, fmt: str) -> None:
    """review18: the README lists -o among the shared options; sources refused it."""
    shown = run("sources", "pk.txt", "--format", fmt)
    written = run("sources", "pk.txt", "--format", fmt, "-o", "speakers.out")
    assert written.exit_code == 0, written.stderr
    assert written.stdout == ""
    assert (workdir / "speakers.out").read_text(encoding="utf-8") == shown.stdout


@pytest.mark.parametrize(
    ("args", "title"),
    [
        (["report", "pk.txt"], "attribcmp report"),
        (["compare", "pk.txt", "local.txt"], "attribcmp compare"),
        (["claims", "pk.txt"], "attribcmp claims"),
    ],
)
@pytest.mark.parametrize("fmt", list(OutputFormat))
def test_each_format_is_headed_by_its_command(
    workdir: Path, args: list[str], title: str, fmt: OutputFormat
) -> None:
    """review18: a compare was headed "attribcmp report". Every output format is listed: the
    formats for readers open with the command's heading, the data formats carry none."""
    result = run(*args, "--format", fmt.value)
    if result.exit_code == 2:
        pytest.skip(f"{args[0]} has no {fmt.value} format")
    assert result.exit_code == 0, result.stderr
    # the plain claims listing has no heading: it starts with its documents line
    headed = fmt in _HEADED_FORMATS and not (args[0] == "claims" and fmt is OutputFormat.TEXT)
    assert (title in result.stdout) is headed
    others = {"attribcmp report", "attribcmp compare", "attribcmp claims"} - {title}
    assert not any(other in result.stdout for other in others)


# The formats read by people open with a heading; json, yaml and csv are data, never headed.
_HEADED_FORMATS = frozenset({OutputFormat.TEXT, OutputFormat.MARKDOWN, OutputFormat.HTML})


def test_write_profile_never_overwrites(workdir: Path) -> None:
    first = run("sources", "pk.txt", "--write-profile", "p.yaml")
    assert first.exit_code == 0
    assert first.stderr == "wrote starter profile p.yaml\n"
    written = (workdir / "p.yaml").read_text(encoding="utf-8")
    second = run("sources", "pk.txt", "--write-profile", "p.yaml")
    assert_one_line_error(second, 1, "p.yaml", "already exists")
    assert (workdir / "p.yaml").read_text(encoding="utf-8") == written


def test_every_command_has_help_and_is_in_the_readme() -> None:
    readme = ROOT / "README.md"
    if not readme.exists():
        pytest.skip("README.md not written yet")
    text = readme.read_text(encoding="utf-8")
    assert isinstance(cli, click.Group)
    assert cli.commands
    for name, command in cli.commands.items():
        assert command.help and command.help.strip(), f"{name} has no help"
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"{name} {param.opts} has no help"
        assert f"attribcmp {name}" in text, f"{name} is not in README.md"
        result = run(name, "--help")
        assert result.exit_code == 0 and "Exit codes" in result.stdout


# --- a real pipe -----------------------------------------------------------------------------


def test_closed_pipe_gives_no_traceback(tmp_path: Path, founding: Path) -> None:
    # Enough output to fill the pipe buffer, so the writer really meets the closed pipe.
    (tmp_path / "long.txt").write_text(founding.read_text(encoding="utf-8") * 40, "utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "100"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "attribcmp", "claims", "long.txt"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # what `| head -1` does
    stderr = proc.stderr.read().decode()
    proc.stderr.close()
    code = proc.wait(timeout=120)
    assert first.startswith(b"Documents: long")
    assert "Traceback" not in stderr and "BrokenPipeError" not in stderr
    assert stderr == ""
    assert code in (0, 1)


@pytest.mark.parametrize(
    ("args", "redirect", "message"),
    [
        ("claims -", "<&-", "<stdin>: closed"),
        ("claims --jsonl -", "<&-", "<stdin>: closed"),
        ("claims pk.txt", ">&-", "<stdout>: closed; give -o FILE"),
        ("report pk.txt --format json", ">&-", "<stdout>: closed"),
        ("claims --jsonl in.jsonl", ">&-", "<stdout>: closed"),
        ("pair --jsonl in.jsonl", ">&-", "<stdout>: closed"),
        ("claims pk.txt", ">/dev/full", "<stdout>: cannot write (No space left on device)"),
    ],
)
def test_closed_or_full_standard_streams_are_one_line_errors(
    tmp_path: Path, args: str, redirect: str, message: str
) -> None:
    """robust21: started with stdin or stdout closed, every command died in a traceback."""
    if redirect == ">/dev/full" and not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    (tmp_path / "pk.txt").write_text(PK, encoding="utf-8")
    record = json.dumps({"text": PK, "a": PK, "b": LOCAL})
    (tmp_path / "in.jsonl").write_text(record + "\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "COLUMNS": "100"}
    command = f"{sys.executable} -m attribcmp {args} {redirect}"
    proc = subprocess.run(
        ["sh", "-c", command], cwd=tmp_path, capture_output=True, env=env, timeout=120
    )
    stderr = proc.stderr.decode()
    assert proc.returncode == 1, stderr
    assert stderr == f"Error: {message}" + stderr.split(message, 1)[1], stderr
    assert stderr.count("\n") == 1 and "Traceback" not in stderr


def test_output_writes_through_a_symlink_and_keeps_the_mode(tmp_path: Path) -> None:
    real = tmp_path / "real.json"
    real.write_text("old", encoding="utf-8")
    real.chmod(0o644)
    link = tmp_path / "link.json"
    link.symlink_to(real)
    result = run("claims", str(FOUNDING_SAMPLE), "--format", "json", "-o", str(link))
    assert result.exit_code == 0, result.stderr
    assert link.is_symlink()
    assert json.loads(real.read_text(encoding="utf-8"))["schema"] == SCHEMA
    assert real.stat().st_mode & 0o777 == 0o644


def test_output_to_a_fifo_is_written_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    result = run("claims", str(FOUNDING_SAMPLE), "--format", "json", "-o", str(fifo))
    out, _ = reader.communicate(timeout=30)
    assert result.exit_code == 0, result.stderr
    assert json.loads(out)["schema"] == SCHEMA
    assert not fifo.is_file()


@pytest.mark.parametrize("command", [["report", str(FOUNDING_SAMPLE)], ["pair", "a b", "a c"]])
def test_threshold_nan_is_a_usage_error(command: list[str]) -> None:
    result = run(*command, "--threshold", "nan")
    assert result.exit_code == 2
    assert "nan" in result.stderr
