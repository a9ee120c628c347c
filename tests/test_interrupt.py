"""Ctrl-C anywhere in a single run: one line "interrupted" on stderr, exit 130, no traceback,
no half-written -o file (the batch mode's behaviour, tests/test_batch.py)."""

from __future__ import annotations

import signal
import subprocess
import sys
from pathlib import Path

import pytest

TEXT = 'The minister said the talks had failed. "We will not sign," the envoy said.\n'

# Each case runs the console entry point in a fresh interpreter after `setup`, Python that
# arranges for a SIGINT at one moment of the run (imports, the pipeline, the rendering).
_DURING_IMPORTS = """
class Trap:
    def find_spec(self, name, path=None, target=None):
        if name == "click":  # cli.py's first heavy import
            os.kill(os.getpid(), signal.SIGINT)
        return None
sys.meta_path.insert(0, Trap())
"""
_DURING_PIPELINE = """
import attribcmp.pipeline as pipeline
def stuck(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(5)
pipeline.attribute = stuck
pipeline.relate = stuck
"""
_DURING_RENDER = """
import attribcmp.render as render
def stuck(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGINT)
    time.sleep(5)
render.render = stuck
"""

CASES = [
    # (name, setup, command, interrupted)
    ("imports", _DURING_IMPORTS, ["report", "{text}"], True),
    ("pipeline report", _DURING_PIPELINE, ["report", "{text}"], True),
    ("pipeline claims", _DURING_PIPELINE, ["claims", "{text}"], True),
    ("pipeline pair", _DURING_PIPELINE, ["pair", "A said x.", "B said y."], True),
    ("render into -o", _DURING_RENDER, ["report", "{text}", "-o", "{out}"], True),
    ("no signal", "", ["claims", "{text}", "-o", "{out}"], False),  # negative: a normal run
]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize(
    ("name", "setup", "command", "interrupted"), CASES, ids=[c[0] for c in CASES]
)
def test_ctrl_c_is_one_line_and_exit_130(
    tmp_path: Path, name: str, setup: str, command: list[str], interrupted: bool
) -> None:
    text = tmp_path / "story.txt"
    text.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out.txt"
    args = [a.format(text=text, out=out) for a in command]
    script = (
        "import os, signal, sys, time\n"
        + setup
        + f"\nsys.argv = ['attribcmp', *{args!r}]\n"
        + "from attribcmp.__main__ import main\nmain()\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        # as a terminal starts it: a SIGINT ignored by the test runner would be inherited
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    if interrupted:
        assert proc.returncode == 130, proc.stderr
        assert proc.stderr.strip() == "interrupted", proc.stderr
        assert not out.exists() and not list(tmp_path.glob(".out.txt.*"))
    else:
        assert proc.returncode == 0, proc.stderr
        assert "interrupted" not in proc.stderr and out.exists()


# Half the JSON written, then Ctrl-C: the stream has the report's first lines when it stops.
_DURING_JSON = """
import attribcmp.render.json as render_json
real = render_json.iter_json
def halfway(*args, **kwargs):
    for n, piece in enumerate(real(*args, **kwargs)):
        yield piece
        if n == 3:
            sys.stdout.flush()
            os.kill(os.getpid(), signal.SIGINT)
            time.sleep(5)
render_json.iter_json = halfway
"""


EARLIER = "earlier line\n" * 2000  # longer than the JSON written before the Ctrl-C

# (shell redirection, what the file holds after the interrupted run). The real shell opens
# the file, as a user's does: ">>" opens with O_APPEND and no seek (the position reads 0),
# "1<>" opens at offset 0 without truncating: Python's open(..., "a") would hide both.
REDIRECTS = [
    (">", ""),  # nothing was there: the half report is cut away
    (">>", EARLIER),  # cut back to where the run began: the earlier lines stay (review15)
    ("1<>", None),  # the run began inside the file: never cut, the earlier tail stays
]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize(("redirect", "after"), REDIRECTS, ids=[r[0] for r in REDIRECTS])
def test_ctrl_c_leaves_no_half_report_in_a_redirected_stdout(
    tmp_path: Path, redirect: str, after: str | None
) -> None:
    """``report --format json > out.json`` interrupted while writing: no half report is left,
    and what the file held before the run is never lost."""
    text = tmp_path / "story.txt"
    text.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "out.json"
    out.write_text(EARLIER, encoding="utf-8")
    args = ["report", str(text), "--format", "json"]
    script = (
        "import os, signal, sys, time\n"
        + _DURING_JSON
        + f"\nsys.argv = ['attribcmp', *{args!r}]\n"
        + "from attribcmp.__main__ import main\nmain()\n"
    )
    proc = subprocess.run(
        ["bash", "-c", f'"$0" -c "$1" {redirect} "$2"', sys.executable, script, str(out)],
        stderr=subprocess.PIPE,
        text=True,
        timeout=120,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert proc.returncode == 130, proc.stderr
    assert proc.stderr.strip() == "interrupted", proc.stderr
    held = out.read_text(encoding="utf-8")
    if after is not None:
        assert held == after
    else:  # overwritten from offset 0 up to the interrupt, never cut: the same length
        assert held.startswith("{") and len(held) == len(EARLIER)
        assert held.endswith(EARLIER[-1000:])
