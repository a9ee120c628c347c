"""`python -m attribcmp` and the console script: Ctrl-C is quiet from the first moment.

The handler goes in before the CLI's imports (a Ctrl-C there used to print a traceback);
nothing has been written yet, so it stops at once with the batch's "interrupted", exit 130.
The commands put Python's own handler back when they start (cli._guard), so a run's
clean-up (atomic -o files, batch workers) still happens on the KeyboardInterrupt.
"""

from __future__ import annotations

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


def main() -> None:
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, _quit_quietly)
    from attribcmp.cli import main as cli_main

    cli_main()


if __name__ == "__main__":
    main()
