"""`python -m attribcmp` and the console script: Ctrl-C is quiet from the first moment.

The handler goes in before the CLI's imports (a Ctrl-C there used to print a traceback);
nothing has been written yet, so it stops at once with the batch's "interrupted", exit 130.
The commands put Python's own handler back when they start (cli._guard), so a run's
clean-up (atomic -o files, batch workers) still happens on the KeyboardInterrupt.

The process is the CLI's alone, so it also tunes the garbage collector (the library never
does): start-up builds tens of thousands of long-lived objects (modules, tables, lexicons;
~37,000 tracked by the collector after a founding report) and hardly any is garbage, yet the
default young threshold (700) ran ~120 collections over them and interpreter exit a full one
more: together ~15% of a one-article report's CPU time. For the same reason it puts the
patterns a report compiles, compiled ahead of time, into re's cache before the package loads
(pattern_cache.py).
"""

from __future__ import annotations

import atexit
import gc
import os
import signal
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # nothing more to load before the handler is in
    from types import FrameType


def _quit_quietly(signum: int, frame: FrameType | None) -> None:
    # Only while modules load and click parses: no output exists yet that could be cut.
    sys.stderr.write("interrupted\n")
    sys.stderr.flush()
    os._exit(130)


_quit_quietly._attribcmp_quiet = True  # type: ignore[attr-defined]


# Young collections every 10,000 net allocations instead of 700: a report's start-up pays
# ~7 instead of ~120 collections; cyclic garbage waits at most 10,000 objects longer.
_YOUNG_THRESHOLD = 10_000


def tune_process() -> None:
    """The collector's thresholds and re's cache, set for a CLI run (bench_report.py's
    in-process breakdown calls it too, to time what the CLI does)."""
    gc.set_threshold(_YOUNG_THRESHOLD, *gc.get_threshold()[1:])
    # At exit everything left is the process's own; its output is written and closed by then
    # (stdout is flushed by the interpreter, -o files by their context managers), so the last
    # full collection only burns time: freeze what is left instead of scanning it.
    atexit.register(gc.freeze)
    from attribcmp.pattern_cache import prime_re_cache

    prime_re_cache()


def main() -> None:
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, _quit_quietly)
    tune_process()
    from attribcmp.cli import main as cli_main

    cli_main()


if __name__ == "__main__":
    main()
