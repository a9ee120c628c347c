"""Records -> report objects: the one loop that ``claims --jsonl``, ``--jobs`` and Dask share.

``attribute_records`` is the engine-facing API: give it dicts ``{"id", "text", ...}`` (from a
file, a Dask bag partition, a Spark partition) and it yields exactly the objects that
``attribcmp claims --jsonl`` prints, error objects included, in input order.

``ordered_map`` spreads such per-record work over worker processes and hands the results back
in input order, so that ``--jobs N`` writes byte for byte what ``--jobs 1`` writes. A worker that
dies (killed, out of memory) costs only the record it was working on: that record becomes an
error object, a fresh worker takes its place and the batch goes on.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import pickle
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from functools import partial
from itertools import islice
from multiprocessing.connection import Connection, wait
from multiprocessing.context import BaseContext
from multiprocessing.process import BaseProcess
from typing import Any, Generic, TypeVar, cast

from attribcmp.model import Profile, Settings
from attribcmp.read import JsonlItem, record_item

__all__ = [
    "attribute_partition",
    "attribute_records",
    "claims_line",
    "claims_worker",
    "cpu_count",
    "item_object",
    "ordered_map",
    "pair_line",
    "pair_worker",
    "worker_died",
]

T = TypeVar("T")

# Results that may wait for an earlier, slower record, per worker: bounds the memory the
# reordering holds (a few dozen reports per worker) however long the batch.
_WINDOW_PER_WORKER = 32
# Records sent to a worker at once: one round trip per few records instead of per record.
_CHUNK = 8


def item_object(item: JsonlItem, profile: Profile) -> dict[str, Any]:
    """The batch object for one item: its report with ``"id"`` first, or its error object."""
    from attribcmp.pipeline import attribute
    from attribcmp.render.json import error_object, jsonl_object

    if item.document is None:
        return error_object(item.doc_id, item.error or "unreadable line", item.line_no)
    return jsonl_object(attribute([item.document], profile), item.document.id)


def attribute_records(
    records: Iterable[Any], profile: Profile | None = None, *, source: str = "records"
) -> Iterator[dict[str, Any]]:
    """Attribute a stream of ``{"id", "text", ...}`` records, one output object per record.

    Args:
        records: dicts with a string ``text`` and a string or number ``id`` (missing: the
            record's 1-based position, as ``"line<N>"``); other keys are ignored.
        profile: the profile every record is read with.
        source: the name error messages give the stream ("records:3: missing ...").

    Yields:
        Per record, in order: the report object (``{"id", "schema", "documents", ...}``) or an
        error object ``{"id", "line", "error"}``; the same objects ``claims --jsonl`` prints.
    """
    profile = profile or Profile()
    for line_no, record in enumerate(records, start=1):
        yield item_object(record_item(record, line_no, source), profile)


def attribute_partition(
    records: Iterable[Any], profile: Profile | None = None
) -> list[dict[str, Any]]:
    """``attribute_records`` as a list: what a Dask ``map_partitions`` or a Spark
    ``mapPartitions`` step hands back for one partition of records."""
    return list(attribute_records(records, profile, source="partition"))


def claims_line(item: JsonlItem, profile: Profile) -> str:
    """One output line of ``claims --jsonl`` (without the newline)."""
    from attribcmp.render.json import compact

    return compact(item_object(item, profile))


PairTask = tuple[int, tuple[str, str, str] | None, str | None]


def pair_line(task: PairTask, settings: Settings, profile: Profile) -> str:
    """One output line of ``pair --jsonl``: the relation of a pair, or the line's error."""
    import json

    from attribcmp.pipeline import relate

    line_no, item, error = task
    if item is None:
        return json.dumps({"line": line_no, "error": error}, ensure_ascii=False)
    pid, a, b = item
    result = relate(a, b, settings, profile)
    return json.dumps(
        {
            "id": pid,
            "relation": result.relation.value,
            "score": round(result.score, 2),
            "reasons": list(result.reasons),
        },
        ensure_ascii=False,
    )


def worker_died(what: str) -> str:
    """The error message for a record whose worker process died while reading it."""
    return f"the worker process attributing this record died ({what}); the batch went on"


def cpu_count() -> int:
    """Cores this process may use (``--jobs 0``)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _serve(conn: Connection, func: Callable[[Any], str]) -> None:
    """A worker: read a chunk of tasks, send their results, until told to stop or orphaned."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    while True:
        try:
            chunk = conn.recv()
        except (EOFError, OSError):
            return
        if chunk is None:
            return
        conn.send([func(payload) for _, payload in chunk])


class _Worker(Generic[T]):
    def __init__(self, ctx: BaseContext, func: Callable[[T], str]) -> None:
        self.conn, child = ctx.Pipe()
        self.proc: BaseProcess = ctx.Process(  # type: ignore[attr-defined]
            target=_serve, args=(child, func), daemon=True
        )
        self.proc.start()
        child.close()
        # One chunk at a time: a worker only ever writes while the parent reads, so no pipe
        # can fill up in both directions and deadlock.
        self.chunk: list[tuple[int, T]] = []

    def give(self, chunk: list[tuple[int, T]]) -> None:
        self.chunk = chunk
        with contextlib.suppress(OSError):  # it died: the next read finds out and reports it
            self.conn.send(chunk)

    def stop(self, *, kill: bool) -> None:
        if kill:
            self.proc.terminate()
        else:
            with contextlib.suppress(OSError):
                self.conn.send(None)
        self.proc.join(timeout=5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


def _death(proc: BaseProcess) -> str:
    proc.join(timeout=5)
    code = proc.exitcode
    if code is not None and code < 0:
        try:
            return f"killed by {signal.Signals(-code).name}"
        except ValueError:
            return f"killed by signal {-code}"
    return f"exit code {code}"


def ordered_map(
    func: Callable[[T], str],
    tasks: Iterable[T],
    jobs: int,
    on_death: Callable[[T, str], str],
) -> Generator[tuple[T, str], None, None]:
    """``(task, func(task))`` for every task, in input order, over ``jobs`` processes.

    ``jobs`` <= 1 runs in this process. Otherwise each worker holds one chunk of up to
    ``_CHUNK`` tasks at a time (one round trip per chunk, so a busy machine that is slow to
    wake the parent does not leave the workers idle). A worker that dies is replaced; the
    tasks of its chunk are retried one by one, and the one it dies on again is answered by
    ``on_death(task, how it died)``. Closing the iterator early (or an interrupt) terminates
    the workers.
    """
    if jobs <= 1:
        for task in tasks:
            yield task, func(task)
        return
    ctx = multiprocessing.get_context()
    workers = [_Worker(ctx, func) for _ in range(jobs)]
    source = enumerate(tasks)
    exhausted = False
    retry: deque[tuple[int, T]] = deque()  # tasks of a dead worker's chunk, to run alone
    ready: dict[int, tuple[T, str]] = {}
    emitted = taken = 0
    window = _WINDOW_PER_WORKER * jobs
    finished = False
    try:
        while True:
            for worker in workers:
                if worker.chunk:
                    continue
                chunk = [retry.popleft()] if retry else []
                while not chunk and not exhausted and taken - emitted < window:
                    chunk = list(islice(source, _CHUNK))
                    taken += len(chunk)
                    exhausted = len(chunk) < _CHUNK
                if chunk:
                    worker.give(chunk)
            while emitted in ready:
                yield ready.pop(emitted)
                emitted += 1
            busy = {w.conn: w for w in workers if w.chunk}
            if not busy:
                if exhausted and not retry:
                    break
                continue
            for conn in cast(list[Connection], wait(list(busy))):
                worker = busy[conn]
                chunk, worker.chunk = worker.chunk, []
                try:
                    lines = cast(list[str], conn.recv())
                except (EOFError, OSError, pickle.UnpicklingError):
                    how = _death(worker.proc)
                    worker.stop(kill=True)
                    workers[workers.index(worker)] = _Worker(ctx, func)
                    if len(chunk) == 1:
                        seq, task = chunk[0]
                        ready[seq] = (task, on_death(task, how))
                    else:
                        retry.extend(chunk)
                    continue
                for (seq, task), line in zip(chunk, lines, strict=True):
                    ready[seq] = (task, line)
        finished = True
    finally:
        for worker in workers:
            worker.stop(kill=not finished)


def claims_worker(profile: Profile) -> Callable[[JsonlItem], str]:
    """``claims_line`` bound to a profile, picklable for any start method."""
    return partial(claims_line, profile=profile)


def pair_worker(settings: Settings, profile: Profile) -> Callable[[PairTask], str]:
    """``pair_line`` bound to settings and a profile, picklable for any start method."""
    return partial(pair_line, settings=settings, profile=profile)
