"""Where the command line's output goes: stdout or a file written atomically, the report
rendered for a terminal or a pipe, warnings and a progress bar on stderr, and batch lines that
Ctrl-C cannot cut. Only the CLI layer (``cli.py`` and its ``cli_*`` helpers) uses it: the
library itself never prints.
"""

from __future__ import annotations

import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING

from attribcmp.errors import InputError
from attribcmp.model import OutputFormat, Report

if TYPE_CHECKING:
    from rich.console import Console

__all__ = [
    "emit_report",
    "input_size",
    "open_output",
    "plain_width",
    "print_warnings",
    "progress_bar",
    "stderr_console",
    "stdout_console",
    "write_new_file",
    "write_whole",
]


def stderr_console() -> Console:
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)


def print_warnings(messages: tuple[str, ...] | list[str]) -> None:
    if not messages:
        return
    err = stderr_console()
    for msg in messages:
        err.print(f"warning: {msg}", markup=False)


@contextmanager
def open_output(path: str | None, *, whole: bool = True) -> Iterator[IO[str]]:
    """stdout, or a file written atomically: a failure never leaves half a file behind.

    A symlink is written through to its target; a device or pipe (``/dev/stdout``, a FIFO)
    is written to directly; a regular file keeps its permissions, a new one gets the umask's.
    ``whole=False`` (a batch's JSON lines) leaves stdout as written on a failure: every line
    finished so far is a result the user keeps, as through a pipe; a file path is left as it
    was and the finished lines go to ``PATH.partial`` beside it.
    """
    if path is None or path == "-":
        if sys.stdout is None:  # started with stdout closed (``>&-``)
            raise InputError("<stdout>: closed; give -o FILE to write the output to a file")
        with _named_write_errors("<stdout>"):
            if not whole:
                yield sys.stdout
                return
            with _whole_or_nothing(sys.stdout):
                yield sys.stdout
        return
    target = _output_target(path)
    if target.exists() and not target.is_file():
        with _named_write_errors(path), target.open("w", encoding="utf-8", newline="") as fh:
            yield fh
        return
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:  # never name the temporary file: the user gave ``path``
        raise InputError(f"{path}: cannot write there ({exc.strerror or exc})") from None
    stopped = True
    try:
        with _named_write_errors(path), os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            yield fh
        stopped = False
        _publish(tmp, target)
    except BaseException:
        if stopped and not whole and _whole_lines(tmp) > 0:
            # A batch stopped part-way: its finished lines are hours of work, and what the
            # target held before is kept too, so they go beside it.
            _keep_partial(tmp, target, path)
        Path(tmp).unlink(missing_ok=True)
        raise


def _output_target(path: str) -> Path:
    """The file an output ``path`` names, resolved through symlinks.

    Raises:
        InputError: ``path`` is empty, a directory, ends in a slash (a folder is meant, and a
            file of that name would be replaced), or its folder is missing or a file.
    """
    if not path.strip():
        raise InputError("-o needs a file path, not an empty string")
    target = Path(os.path.realpath(path))
    if target.is_dir():
        raise InputError(f"{path}: is a directory; -o needs a file path")
    if path.endswith(("/", os.sep)):
        raise InputError(f"{path}: ends in a slash, so names a folder; -o needs a file path")
    folder = target.parent
    if not folder.exists():
        raise InputError(f"{path}: folder {folder} does not exist")
    if not folder.is_dir():
        raise InputError(f"{path}: {folder} is a file, not a folder")
    return target


@contextmanager
def _named_write_errors(name: str) -> Iterator[None]:
    """A failed write (full disk, a read-only or vanished device) as an error naming where
    the output was going; a closed pipe stays ``BrokenPipeError`` (the reader left: no error),
    and an OSError that names its own file is about something else and passes unchanged."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as exc:
        if exc.filename is not None:
            raise
        raise InputError(f"{name}: cannot write ({exc.strerror or exc})") from None


def _keep_partial(tmp: str, target: Path, path: str) -> None:
    """Move a stopped batch's finished lines to ``TARGET.partial`` and say so; if even that
    fails, the error that stopped the batch is what the user needs to see."""
    kept = target.with_name(target.name + ".partial")
    try:
        _publish(tmp, kept)
    except OSError:
        return
    print_warnings([f"{path}: stopped part-way, left as it was; finished lines in {kept}"])


def _whole_lines(path: str) -> int:
    """Cut the file at ``path`` after its last newline (a write that failed part-way, a full
    disk, may leave half a line) and return its new size; 0 if it held no whole line."""
    try:
        with open(path, "rb+") as fh:
            end = fh.seek(0, os.SEEK_END)
            while end > 0:
                start = max(0, end - 65536)
                fh.seek(start)
                cut = fh.read(end - start).rfind(b"\n")
                if cut >= 0:
                    fh.truncate(start + cut + 1)
                    return start + cut + 1
                end = start
            fh.truncate(0)
    except OSError:
        pass  # best effort: the error being raised is what the user needs to see
    return 0


def _publish(tmp: str, target: Path) -> None:
    """Move the finished temporary file onto ``target``, with the target's permissions if it
    exists, else the umask's."""
    if target.exists():
        shutil.copymode(target, tmp)
    else:
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
    os.replace(tmp, target)


@contextmanager
def _whole_or_nothing(out: IO[str]) -> Iterator[None]:
    """stdout redirected to a regular file (``> out.json``, ``>> log``) is cut back to where
    this run began writing when the run fails or is interrupted: no half a report is left
    behind, and what the file held before is kept (``_file_offset``: never cut when that is
    not sure). A terminal or pipe cannot be taken back."""
    start = _file_offset(out)
    try:
        yield
    except BaseException:
        if start is not None:
            try:
                out.flush()
                os.ftruncate(out.fileno(), start)
                os.lseek(out.fileno(), start, os.SEEK_SET)
            except (OSError, ValueError):
                pass  # best effort: the error being raised is what the user needs to see
        raise


def _file_offset(out: IO[str]) -> int | None:
    """Where this run starts writing in the regular file behind ``out``: the offset it may be
    cut back to. None (never cut) for a terminal, a pipe, or a start that is not the file's
    end (``1<> file``: cutting there would drop what the file held after it)."""
    try:
        out.flush()
        fd = out.fileno()
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            return None
        if _appends(fd):
            # ``>> log`` opens without seeking: the position reads 0 but writes go to the end.
            return info.st_size
        start = os.lseek(fd, 0, os.SEEK_CUR)
        return start if start == info.st_size else None
    except (OSError, ValueError, AttributeError):
        return None  # pytest's captured stdout, a closed stream: nothing to take back


def _appends(fd: int) -> bool:
    """Whether ``fd`` was opened with O_APPEND (shell ``>>``)."""
    try:
        import fcntl
    except ImportError:  # Windows: no fcntl; the offset check alone then guards the file
        return False
    return bool(fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_APPEND)


def write_new_file(path: str, text: str) -> None:
    """Write ``text`` to a new file at ``path`` (atomically), never over an existing one.

    Raises:
        InputError: ``path`` exists already, or cannot be written.
    """
    if Path(path).exists():
        raise InputError(
            f"{path}: already exists; not overwriting it (remove it or pick another path)"
        )
    with open_output(path) as fh:
        fh.write(text)


def emit_report(report: Report, fmt: str, out_path: str | None) -> None:
    from attribcmp.render import render

    with open_output(out_path) as fh:
        if fmt == OutputFormat.TEXT.value:
            render(report, OutputFormat.TEXT, stdout_console(fh))
        elif fmt == OutputFormat.JSON.value:
            from attribcmp.render.json import iter_json

            fh.writelines(iter_json(report))  # piece by piece: flat memory on a 16 MB input
        else:
            text = render(report, OutputFormat(fmt))
            fh.write(text or "")


def stdout_console(fh: IO[str]) -> Console:
    """A console writing to ``fh``: coloured and as wide as the terminal when ``fh`` is
    stdout on a terminal (and NO_COLOR is unset); plain and ``plain_width`` wide otherwise."""
    from rich.console import Console

    to_terminal = fh is sys.stdout and sys.stdout.isatty()
    return Console(
        file=fh,
        force_terminal=None if to_terminal else False,
        no_color=not to_terminal or "NO_COLOR" in os.environ,
        width=None if to_terminal else plain_width(),
        highlight=False,
        soft_wrap=False,
    )


def plain_width() -> int:
    """Width for text written to a pipe or file: $COLUMNS if set, else 100."""
    try:
        return max(40, int(os.environ.get("COLUMNS", "100")))
    except ValueError:
        return 100


def input_size(source: str) -> int | None:
    """Bytes in a batch file, for the progress bar's ETA; None for stdin or a pipe."""
    try:
        return os.stat(source).st_size if source != "-" and os.path.isfile(source) else None
    except OSError:
        return None


@contextmanager
def progress_bar(
    source: str, out: IO[str], *, sized: bool = True
) -> Iterator[Callable[[int, bool], None]]:
    """A progress bar on stderr (documents, MB/s, errors, ETA) when stderr is a terminal and
    the output ``out`` is not that terminal too; otherwise (pipes, CI) a no-op. Yields
    ``tick(bytes, failed)``, called once per line; ``sized=False`` when the lines' bytes are
    not counted (no ETA then)."""
    if not sys.stderr.isatty() or (out is sys.stdout and sys.stdout.isatty()):
        yield lambda size, failed: None
        return
    from rich.progress import (
        BarColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
        TransferSpeedColumn,
    )

    columns = [
        TextColumn("{task.fields[docs]} documents"),
        BarColumn(),
        TransferSpeedColumn(),
        TextColumn("{task.fields[errors]} errors"),
        TimeRemainingColumn(),
    ]
    with Progress(*columns, console=stderr_console(), transient=False) as bar:
        total = input_size(source) if sized else None
        task = bar.add_task("batch", total=total, docs=0, errors=0)
        counts = [0, 0]  # documents, errors

        def tick(size: int, failed: bool) -> None:
            counts[0] += 1
            counts[1] += failed
            bar.update(task, advance=size, docs=counts[0], errors=counts[1])

        yield tick


def write_whole(fh: IO[str], line: str) -> None:
    """Write one output line of a batch that Ctrl-C cannot cut: SIGINT waits while it is
    written (a signal that lands in a large write to a pipe can lose the line's tail)."""
    import signal

    if not hasattr(signal, "pthread_sigmask"):  # Windows: no signal masks
        fh.write(line)
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        fh.write(line)
        fh.flush()  # the whole line is out before the interrupt may be delivered
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)
