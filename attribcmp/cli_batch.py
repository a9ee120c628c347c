"""The ``--jsonl`` batch loops of ``claims`` and ``pair``: records in, one JSON line out per
record in input order, over ``--jobs`` worker processes, with a progress bar on stderr.
Only ``cli.py`` uses it; it knows no click and never exits: the loops return how many
records failed and the CLI picks the exit code (and the one for Ctrl-C).
"""

from __future__ import annotations

import json
from contextlib import closing

from attribcmp.cli_output import open_output, progress_bar, write_whole
from attribcmp.model import Profile, Settings

__all__ = ["claims_jsonl", "pair_jsonl"]


def _jobs(jobs: int) -> int:
    from attribcmp.batch import cpu_count

    return cpu_count() if jobs == 0 else jobs


def claims_jsonl(source: str, profile: Profile, output: str | None, jobs: int) -> tuple[int, int]:
    """``claims --jsonl``: write each line's claims (or its error object) to ``output``.

    Returns:
        (lines that failed, lines read).
    """
    from attribcmp.batch import claims_worker, ordered_map, worker_died
    from attribcmp.read import JsonlItem, iter_jsonl
    from attribcmp.render.json import error_line

    deaths: set[int] = set()

    def died(item: JsonlItem, how: str) -> str:
        deaths.add(item.line_no)
        return error_line(item.doc_id, f"line {item.line_no}: {worker_died(how)}", item.line_no)

    failed = total = 0
    # whole=False: on Ctrl-C a redirected stdout keeps the finished lines, as a pipe does.
    with open_output(output, whole=False) as fh, progress_bar(source, fh) as tick:
        lines = ordered_map(claims_worker(profile), iter_jsonl(source), _jobs(jobs), died)
        with closing(lines):
            for item, line in lines:
                total += 1
                bad = item.document is None or item.line_no in deaths
                failed += bad
                write_whole(fh, line + "\n")
                tick(item.size, bad)
    return failed, total


def pair_jsonl(source: str, settings: Settings, profile: Profile, jobs: int) -> tuple[int, int]:
    """``pair --jsonl``: write each pair's relation (or its error object) to stdout.

    Returns:
        (lines that failed, lines read).
    """
    from attribcmp.batch import PairTask, ordered_map, pair_worker, worker_died
    from attribcmp.read import iter_pair_lines

    def died(task: PairTask, how: str) -> str:
        return json.dumps({"line": task[0], "error": worker_died(how)}, ensure_ascii=False)

    failed = total = 0
    # whole=False: stdout keeps the finished lines on Ctrl-C, as in ``claims_jsonl``.
    with open_output(None, whole=False) as out, progress_bar(source, out, sized=False) as tick:
        lines = ordered_map(
            pair_worker(settings, profile), iter_pair_lines(source), _jobs(jobs), died
        )
        with closing(lines):
            for task, line in lines:
                bad = task[1] is None or line.startswith('{"line"')
                total += 1
                failed += bad
                write_whole(out, line + "\n")
                tick(0, bad)
    return failed, total
