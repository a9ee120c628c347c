"""Batches: the records API, --jobs (same bytes as one process), dead workers, Ctrl-C."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from attribcmp import batch
from attribcmp.batch import attribute_records, ordered_map
from attribcmp.cli import cli
from attribcmp.errors import InputError
from attribcmp.read import JsonlItem

ROOT = Path(__file__).resolve().parents[1]
FOUNDING = ROOT / "samples" / "founding" / "article.txt"

RECORDS: list[Any] = [
    {"id": "pk", "text": "The Pakistan army said 15 militants were killed in the raid."},
    {"id": "local", "text": "Local officials said 22 civilians were killed in the raid."},
    {"id": "no-text"},
    {"id": ["not", "plain"], "text": "x"},
    {"text": "The minister said the road would reopen.", "source": "ignored"},
    {"id": 7, "text": "“We will rebuild,” the mayor said. “Every house.”"},
]


def _run(*args: str, input: str | None = None) -> Result:
    result = CliRunner().invoke(cli, list(args), input=input)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


@pytest.fixture
def batch_file(tmp_path: Path) -> Path:
    lines = [json.dumps(r) for r in RECORDS]
    lines.insert(2, "{not json")
    lines += [json.dumps({"id": f"f{k}", "text": FOUNDING.read_text()}) for k in range(3)]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_records_api_yields_what_the_cli_prints(batch_file: Path) -> None:
    printed = [
        json.loads(line)
        for line in _run("claims", "--jsonl", str(batch_file)).stdout.split("\n")
        if line
    ]
    records = []
    for line in batch_file.read_text().splitlines():
        try:
            records.append(json.loads(line))
        except json.JSONDecodeError:
            records.append(None)  # the CLI reports it as invalid JSON; the API as not an object
    got = list(attribute_records(records, source=str(batch_file)))
    assert len(got) == len(printed)
    for k, (ours, cli_obj) in enumerate(zip(got, printed, strict=True)):
        if "error" in cli_obj and "invalid JSON" in cli_obj["error"]:
            assert ours["line"] == cli_obj["line"] and "expected an object" in ours["error"]
        else:
            assert ours == cli_obj, k


def test_records_api_error_objects_in_place() -> None:
    out = list(attribute_records(RECORDS))
    assert [o["id"] for o in out] == ["pk", "local", "no-text", None, "line5", "7"]
    assert out[2] == {"id": "no-text", "line": 3, "error": "records:3: missing string field 'text'"}
    assert "error" in out[3] and out[3]["line"] == 4
    assert out[5]["claims"][0]["speaker_name"]


@pytest.mark.parametrize("jobs", ["2", "0"])
def test_claims_jobs_gives_the_same_bytes_as_one_process(batch_file: Path, jobs: str) -> None:
    one = _run("claims", "--jsonl", str(batch_file))
    many = _run("claims", "--jsonl", str(batch_file), "--jobs", jobs)
    assert many.exit_code == one.exit_code == 1
    assert many.stdout == one.stdout
    assert (
        many.stderr
        == one.stderr
        == ("warning: 3 of 10 lines could not be read; see their error objects\n")
    )


def test_pair_jobs_gives_the_same_bytes_as_one_process(tmp_path: Path) -> None:
    pairs = [
        {"id": "p1", "a": "15 militants were killed.", "b": "22 civilians were killed."},
        {"id": "p2", "a": "The talks went well.", "b": "The talks failed."},
    ] * 5
    lines = [json.dumps(p) for p in pairs]
    lines.insert(3, "oops")
    path = tmp_path / "pairs.jsonl"
    path.write_text("\n".join(lines), encoding="utf-8")
    one = _run("pair", "--jsonl", str(path))
    two = _run("pair", "--jsonl", str(path), "--jobs", "2")
    assert two.exit_code == one.exit_code == 1
    assert two.stdout == one.stdout and len(two.stdout.splitlines()) == 11


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["claims", "--jsonl", "in.jsonl", "--jobs", "-1"], "-1 is not in the range"),
        (["claims", "--jsonl", "in.jsonl", "--jobs", "abc"], "'abc' is not a valid integer"),
        (["pair", "--jsonl", "in.jsonl", "--jobs", "1.5"], "'1.5' is not a valid integer"),
        (["claims", str(FOUNDING), "--jobs", "2"], "--jobs applies to --jsonl batches only"),
    ],
)
def test_bad_jobs_are_usage_errors(args: list[str], fragment: str) -> None:
    result = _run(*args)
    assert result.exit_code == 2
    assert fragment in result.stderr and result.stdout == ""


def test_no_progress_bar_when_stderr_is_not_a_terminal(batch_file: Path) -> None:
    lines = batch_file.read_text().splitlines()
    good = "\n".join(line for line in lines if '"pk"' in line or '"f0"' in line) + "\n"
    result = _run("claims", "--jsonl", "-", "--jobs", "2", input=good)
    assert result.exit_code == 0 and result.stderr == ""


# --- a worker that dies ----------------------------------------------------------------------


def _fragile(task: int) -> str:
    if task == 3:
        os.kill(os.getpid(), signal.SIGKILL)  # as the OOM killer would
    return f"ok {task}"


def test_ordered_map_reports_a_dead_workers_task_and_goes_on() -> None:
    out = list(ordered_map(_fragile, range(8), 2, lambda task, how: f"died {task}: {how}"))
    assert [line for _, line in out] == [
        *(f"ok {k}" for k in range(3)),
        "died 3: killed by SIGKILL",
        *(f"ok {k}" for k in range(4, 8)),
    ]


def test_claims_batch_survives_a_dead_worker(
    batch_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = batch.claims_line

    def fragile(item: JsonlItem, profile: Any) -> str:
        if item.doc_id == "f1":
            os.kill(os.getpid(), signal.SIGKILL)
        return real(item, profile)

    monkeypatch.setattr(batch, "claims_line", fragile)
    result = _run("claims", "--jsonl", str(batch_file), "--jobs", "2")
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out][-3:] == ["f0", "f1", "f2"]
    assert "died (killed by SIGKILL)" in out[-2]["error"] and out[-2]["line"] == 9
    assert [c["content"] for c in out[-1]["claims"]] == [c["content"] for c in out[-3]["claims"]]
    assert result.exit_code == 1 and "4 of 10 lines" in result.stderr


# --- Ctrl-C ------------------------------------------------------------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_interrupt_stops_the_workers_keeps_whole_lines_and_exits_130(tmp_path: Path) -> None:
    text = FOUNDING.read_text()
    path = tmp_path / "many.jsonl"
    path.write_text(
        "".join(json.dumps({"id": f"d{k}", "text": text * 3}) + "\n" for k in range(400)),
        encoding="utf-8",
    )
    proc = subprocess.Popen(
        [sys.executable, "-m", "attribcmp", "claims", "--jsonl", str(path), "--jobs", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()  # the batch is under way
    proc.send_signal(signal.SIGINT)
    rest = proc.stdout.read()  # the same buffered reader: what readline read ahead is kept
    err = proc.stderr.read()
    assert proc.wait(timeout=60) == 130, err
    lines = (first + rest).decode().split("\n")
    assert lines[-1] == "" and 1 <= len(lines) - 1 < 400
    assert all(json.loads(line)["id"] for line in lines[:-1])
    assert b"Traceback" not in err
    assert not _processes_reading(path)


def _processes_reading(path: Path) -> list[str]:
    """Processes whose command line names ``path`` (workers left behind)."""
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            if str(path).encode() in (entry / "cmdline").read_bytes():
                found.append(entry.name)
        except OSError:
            continue
    return found


# After the third line is written, Ctrl-C (or a failed write: a full disk) in the batch loop.
_AFTER_THREE_LINES = """
import attribcmp.cli_batch as cli_batch
real = cli_batch.write_whole
written = []
def then_stop(fh, line):
    real(fh, line)
    written.append(line)
    if len(written) == 3:
        if EVENT == "interrupt":
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(5)
        raise OSError(28, "No space left on device")
cli_batch.write_whole = then_stop
"""

# (shell redirection of stdout, what stops the batch, exit code, the file held before).
# Through the real shell: ">>" opens with O_APPEND and no seek, as a user's shell does.
STOPPED_BATCHES = [
    (">", "interrupt", 130, ""),
    (">>", "interrupt", 130, "earlier line\n"),
    ("| cat >", "interrupt", 130, ""),  # a pipe: the lines were kept before review15 too
    (">", "failure", 1, ""),
    (">>", "failure", 1, "earlier line\n"),
]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize(
    ("redirect", "event", "code", "earlier"),
    STOPPED_BATCHES,
    ids=[f"{r[0]} {r[1]}" for r in STOPPED_BATCHES],
)
def test_a_stopped_batch_keeps_its_finished_lines_in_a_redirected_stdout(
    tmp_path: Path, redirect: str, event: str, code: int, earlier: str
) -> None:
    """``claims --jsonl in.jsonl > out.jsonl`` stopped part-way: the file keeps what it held
    and every finished line, whole (review15: a redirected stdout was cut back to nothing)."""
    path = tmp_path / "in.jsonl"
    path.write_text(
        "".join(json.dumps({"id": f"d{k}", "text": RECORDS[0]["text"]}) + "\n" for k in range(8)),
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    out.write_text(earlier, encoding="utf-8")
    args = ["claims", "--jsonl", str(path)]
    script = (
        f"import os, signal, sys, time\nEVENT = {event!r}\n"
        + _AFTER_THREE_LINES
        + f"\nsys.argv = ['attribcmp', *{args!r}]\n"
        + "from attribcmp.__main__ import main\nmain()\n"
    )
    proc = subprocess.run(
        ["bash", "-o", "pipefail", "-c", f'"$0" -c "$1" {redirect} "$2"']
        + [sys.executable, script, str(out)],
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert proc.returncode == code, proc.stderr
    assert "Traceback" not in proc.stderr
    held = out.read_text(encoding="utf-8")
    assert held.startswith(earlier)
    lines = held[len(earlier) :].split("\n")
    assert lines[-1] == "" and [json.loads(line)["id"] for line in lines[:-1]] == ["d0", "d1", "d2"]


# (what stops the batch after three lines, exit code).
STOPPED_TO_FILE = [("interrupt", 130), ("failure", 1)]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize(("event", "code"), STOPPED_TO_FILE, ids=[s[0] for s in STOPPED_TO_FILE])
def test_a_stopped_batch_to_a_file_keeps_the_file_and_its_finished_lines(
    tmp_path: Path, event: str, code: int
) -> None:
    """``claims --jsonl in.jsonl -o out.jsonl`` stopped part-way: out.jsonl is left as it was
    and the three finished lines, whole, are in out.jsonl.partial, which the warning names."""
    path = tmp_path / "in.jsonl"
    path.write_text(
        "".join(json.dumps({"id": f"d{k}", "text": RECORDS[0]["text"]}) + "\n" for k in range(8)),
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    out.write_text("earlier run\n", encoding="utf-8")
    args = ["claims", "--jsonl", str(path), "-o", str(out)]
    script = (
        f"import os, signal, sys, time\nEVENT = {event!r}\n"
        + _AFTER_THREE_LINES
        + f"\nsys.argv = ['attribcmp', *{args!r}]\n"
        + "from attribcmp.__main__ import main\nmain()\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script],
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert proc.returncode == code, proc.stderr
    assert "Traceback" not in proc.stderr and "out.jsonl.partial" in proc.stderr
    assert out.read_text(encoding="utf-8") == "earlier run\n"
    kept = (tmp_path / "out.jsonl.partial").read_text(encoding="utf-8").split("\n")
    assert kept[-1] == "" and [json.loads(line)["id"] for line in kept[:-1]] == ["d0", "d1", "d2"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "in.jsonl",
        "out.jsonl",
        "out.jsonl.partial",
    ]


@pytest.mark.parametrize(
    ("held", "kept"),
    [
        ("", ""),
        ('{"id": "d0"}\n', '{"id": "d0"}\n'),
        ('{"id": "d0"}\n{"id": "d1', '{"id": "d0"}\n'),  # a write cut by a full disk
        ('{"id": "d', ""),
        ("x" * 70000 + "\n" + "y" * 70000, "x" * 70000 + "\n"),  # the newline far back
    ],
)
def test_partial_batch_file_is_cut_to_whole_lines(tmp_path: Path, held: str, kept: str) -> None:
    from attribcmp.cli_output import _whole_lines

    path = tmp_path / "part"
    path.write_text(held, encoding="utf-8")
    assert _whole_lines(str(path)) == len(kept)
    assert path.read_text(encoding="utf-8") == kept


def _fail_publish_of(suffix: str):  # type: ignore[no-untyped-def]
    """A stand-in for cli_output._publish that fails (permissions) for targets ending in suffix."""
    from attribcmp import cli_output

    real = cli_output._publish

    def publish(tmp: str, target: Path) -> None:
        if target.name.endswith(suffix):
            raise PermissionError(13, "Permission denied")
        real(tmp, target)

    return publish


# (what fails, the file that fails to be written, .partial expected, stopped part-way warned).
PUBLISH_FAILURES = [
    ("stopped, partial unwritable", ".partial", False, False),
    ("finished, target unwritable", "out.jsonl", False, False),
    ("stopped, partial written", "never", True, True),
]


@pytest.mark.parametrize(
    ("name", "failing", "partial", "warned"), PUBLISH_FAILURES, ids=[p[0] for p in PUBLISH_FAILURES]
)
def test_a_batch_file_that_cannot_be_moved_leaves_no_temporary_file(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    name: str,
    failing: str,
    partial: bool,
    warned: bool,
) -> None:
    from attribcmp import cli_output

    monkeypatch.setattr(cli_output, "_publish", _fail_publish_of(failing))
    out = tmp_path / "out.jsonl"
    stop = name.startswith("stopped")
    # A failed write names the output (robust21: "No space left on device" named nothing).
    raised = (InputError, "out.jsonl: cannot write") if stop else (OSError, "Permission")
    with (
        pytest.raises(raised[0], match=raised[1]),
        cli_output.open_output(str(out), whole=False) as fh,
    ):
        fh.write('{"id": "d0"}\n')
        if stop:
            raise OSError(28, "No space left on device")
    assert (tmp_path / "out.jsonl.partial").exists() is partial
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    assert ("stopped part-way" in capsys.readouterr().err) is warned
