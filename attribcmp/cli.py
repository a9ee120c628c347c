"""The command line: the only module that knows click or exits.

Exit codes:
    0  success
    1  an error in the input (missing file, bad profile, unreadable data, bad JSONL lines)
    2  a usage error (unknown option, bad value)
    3  --fail-on-divergence was given and some group diverges
"""

from __future__ import annotations

import math
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import replace
from enum import IntEnum
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from attribcmp.cli_output import (
    emit_report,
    open_output,
    plain_width,
    print_warnings,
    progress_bar,
    stderr_console,
    write_whole,
)
from attribcmp.errors import AttribcmpError, UsageError
from attribcmp.model import Document, OutputFormat, Profile, Report, Settings, Verdict

if TYPE_CHECKING:
    pass

F = TypeVar("F", bound=Callable[..., Any])


class ExitCode(IntEnum):
    OK = 0
    ERROR = 1
    USAGE = 2
    DIVERGENCE = 3


EPILOG = (
    "Exit codes: 0 success, 1 input error (missing file, bad profile, bad data), "
    "2 usage error, 3 divergence found with --fail-on-divergence."
)
_REPORT_FORMATS = [f.value for f in OutputFormat]
_CLAIM_FORMATS = ["text", "json", "yaml", "markdown", "csv"]


def _fail(message: str) -> click.ClickException:
    return click.ClickException(message)


def _load_profile(path: str | None) -> Profile:
    if path is None:
        return Profile()
    from attribcmp.profile import load_profile

    return load_profile(path)


def _settings(threshold: float | None) -> Settings:
    """Options -> Settings, in one place."""
    if threshold is None:
        return Settings()
    return Settings(threshold=threshold, merge_threshold=max(threshold, Settings().merge_threshold))


def _read(
    sources: tuple[str, ...],
    labels: dict[str, str] | None = None,
    *,
    offline: bool = False,
    save_text: str | None = None,
) -> tuple[list[Document], list[str]]:
    """Read every source (file, -, .html page or URL); with ``save_text``, write the texts the
    offsets point into: to that file for one source, into that folder as ID.txt for several."""
    from attribcmp.read import read_document

    one = sources[0] if len(sources) == 1 and sources[0] != "-" else None
    if save_text is not None and one and os.path.realpath(save_text) == os.path.realpath(one):
        raise click.UsageError(f"--save-text {save_text} would overwrite SOURCE; name a new file")
    docs: list[Document] = []
    warnings: list[str] = []
    for src in sources:
        doc, warn = read_document(src, issuer=(labels or {}).get(src), offline=offline)
        docs.append(doc)
        warnings.extend(warn)
    if save_text is not None:
        _save_texts(docs, save_text, folder=len(sources) > 1)
    return docs, warnings


def _save_texts(docs: list[Document], path: str, *, folder: bool) -> None:
    if not folder:
        with open_output(path) as fh:
            fh.write(docs[0].text)
        return
    if not Path(path).is_dir():
        raise _fail(f"{path}: not a folder; with several sources --save-text names a folder")
    for doc in _unique_ids(docs):
        name = "".join(c if c.isalnum() or c in "-_." else "_" for c in doc.id).strip(".")
        with open_output(str(Path(path) / f"{name or 'document'}.txt")) as fh:
            fh.write(doc.text)


def input_options(func: F) -> F:
    """Options for commands that read articles: --offline and --save-text."""
    func = click.option(
        "--save-text",
        "save_text",
        metavar="PATH",
        help="Write the text the offsets point into (the article extracted from a web page) "
        "to PATH; with several sources PATH is a folder and each goes to ID.txt.",
    )(func)
    return click.option(
        "--offline", is_flag=True, help="Refuse http(s):// URLs instead of fetching them."
    )(func)


def _unique_ids(docs: list[Document]) -> list[Document]:
    """Documents whose file names collide (a/x.txt, b/x.txt) take their path as id.

    Claims point at their document by id, so two documents called "x" would make every
    span ambiguous.
    """
    counts = Counter(doc.id for doc in docs)
    return [replace(doc, id=doc.path) if counts[doc.id] > 1 and doc.path else doc for doc in docs]


def _guard(func: F) -> F:
    """Turn library errors into one-line messages (exit 1) and UsageError into exit 2."""
    import functools

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except UsageError as exc:
            raise click.UsageError(str(exc)) from None
        except AttribcmpError as exc:
            raise _fail(str(exc)) from None
        except OSError as exc:
            if isinstance(exc, BrokenPipeError):
                raise
            name = getattr(exc, "filename", None)
            raise _fail(f"{name + ': ' if name else ''}{exc.strerror or exc}") from None

    return wrapper  # type: ignore[return-value]


def _finite_score(ctx: click.Context, param: click.Parameter, value: float | None) -> float | None:
    """Refuse "nan" for a score: it compares false with every threshold."""
    if value is not None and math.isnan(value):
        raise click.BadParameter("'nan' is not a number from 0 to 100", ctx, param)
    return value


def format_option(choices: list[str]) -> Callable[[F], F]:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices),
        default="text",
        show_default=True,
        help="Output format. text is a rich view, coloured on a terminal only (honours NO_COLOR).",
    )


def profile_option(what: str) -> Callable[[F], F]:
    return click.option("--profile", type=click.Path(dir_okay=False), help=f"YAML profile: {what}.")


output_option = click.option(
    "-o",
    "--output",
    "output",
    type=click.Path(dir_okay=False),
    help="Write to this file instead of stdout (atomically: a failed run leaves no half file).",
)


jobs_option = click.option(
    "--jobs",
    "jobs",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="With --jsonl: worker processes (0: one per core). Output is the same, in input order.",
)


def report_options(func: F) -> F:
    """Options shared by report and compare."""
    for deco in reversed(
        [
            format_option(_REPORT_FORMATS),
            profile_option("sides, aliases, cues, concepts"),
            click.option(
                "--threshold",
                type=click.FloatRange(0, 100),
                callback=_finite_score,
                default=None,
                help="Alignment score (0-100) at which two claims make the same point "
                f"[default: {Settings().threshold:g}].",
            ),
            output_option,
            click.option(
                "--fail-on-divergence", is_flag=True, help="Exit with code 3 if any group diverges."
            ),
        ]
    ):
        func = deco(func)
    return func


@click.group(epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="attribcmp")
def cli() -> None:
    """attribcmp: who said what in a news article, and where the accounts part ways.

    Splits articles into claims by speaker, groups speakers into sides, aligns the claims
    across sides and reports where they converge, differ, conflict, or go unmatched.
    """


@cli.command(epilog=EPILOG)
@click.argument("source", required=False)
@click.option(
    "--jsonl",
    "jsonl",
    metavar="IN.jsonl",
    help='Batch: read {"id", "text"} lines (- for stdin), write one JSON object per line.',
)
@format_option(_CLAIM_FORMATS)
@profile_option("sides, aliases, extra cue words")
@output_option
@input_options
@jobs_option
@_guard
def claims(
    source: str | None,
    jsonl: str | None,
    fmt: str,
    profile: str | None,
    output: str | None,
    offline: bool,
    save_text: str | None,
    jobs: int,
) -> None:
    """List every claim in SOURCE (a file, an .html page, an http(s) URL, or - for stdin)
    with its speaker, cue and side."""
    prof = _load_profile(profile)
    if jsonl is None and jobs != 1:
        raise click.UsageError("--jobs applies to --jsonl batches only")
    if jsonl is not None:
        if source is not None:
            raise click.UsageError("give either SOURCE or --jsonl, not both")
        source_of_fmt = click.get_current_context().get_parameter_source("fmt")
        if fmt != "json" and source_of_fmt is click.core.ParameterSource.COMMANDLINE:
            raise click.UsageError("--jsonl always writes JSON lines; drop --format")
        if save_text is not None:
            raise click.UsageError("--save-text is for SOURCE; --jsonl lines are text already")
        failed, total = _claims_jsonl(jsonl, prof, output, jobs)
        if failed:
            print_warnings(
                [f"{failed} of {total} lines could not be read; see their error objects"]
            )
            sys.exit(ExitCode.ERROR)
        return
    if source is None:
        raise click.UsageError("missing SOURCE (a file, or - for stdin), or --jsonl IN.jsonl")
    from attribcmp.pipeline import attribute

    docs, warnings = _read((source,), offline=offline, save_text=save_text)
    print_warnings(warnings)
    report = attribute(docs, prof)
    emit_report(report, fmt, output)


def _jobs(jobs: int) -> int:
    from attribcmp.batch import cpu_count

    return cpu_count() if jobs == 0 else jobs


def _claims_jsonl(source: str, profile: Profile, output: str | None, jobs: int) -> tuple[int, int]:
    from attribcmp.batch import claims_worker, ordered_map, worker_died
    from attribcmp.read import JsonlItem, iter_jsonl
    from attribcmp.render.json import error_line

    deaths: set[int] = set()

    def died(item: JsonlItem, how: str) -> str:
        deaths.add(item.line_no)
        return error_line(item.doc_id, f"line {item.line_no}: {worker_died(how)}", item.line_no)

    failed = total = 0
    with _interruptible(), open_output(output) as fh, progress_bar(source, fh) as tick:
        lines = ordered_map(claims_worker(profile), iter_jsonl(source), _jobs(jobs), died)
        with closing(lines):
            for item, line in lines:
                total += 1
                bad = item.document is None or item.line_no in deaths
                failed += bad
                write_whole(fh, line + "\n")
                tick(item.size, bad)
    return failed, total


@contextmanager
def _interruptible() -> Iterator[None]:
    """Ctrl-C in a batch: the workers are stopped (by the batch's own clean-up), the lines
    written so far stay whole (``write_whole``), and the exit code is 130."""
    try:
        yield
    except KeyboardInterrupt:
        stderr_console().print("interrupted", markup=False)
        sys.exit(130)


@cli.command(epilog=EPILOG)
@click.argument("source")
@profile_option("sides, aliases, extra cue words")
@click.option(
    "--write-profile",
    "write_profile",
    type=click.Path(dir_okay=False),
    help="Write a starter profile (YAML) with the sides and speakers found, to edit.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json", "yaml"]),
    default="text",
    show_default=True,
    help="Output format.",
)
@input_options
@_guard
def sources(
    source: str,
    profile: str | None,
    write_profile: str | None,
    fmt: str,
    offline: bool,
    save_text: str | None,
) -> None:
    """List the speakers in SOURCE (a file, an .html page, a URL or -) with their aliases
    and sides."""
    from attribcmp.pipeline import attribute
    from attribcmp.render.sources import render_sources, render_sources_text

    docs, warnings = _read((source,), offline=offline, save_text=save_text)
    print_warnings(warnings)
    report = attribute(docs, _load_profile(profile))
    if write_profile:
        from attribcmp.starter_profile import dump_starter_profile

        if Path(write_profile).exists():
            raise _fail(
                f"{write_profile}: already exists; not overwriting it "
                "(remove it or pick another path)"
            )
        with open_output(write_profile) as fh:
            fh.write(dump_starter_profile(report.sides, report.speakers))
        stderr_console().print(f"wrote starter profile {write_profile}", markup=False)
    if fmt == "text":
        from rich.console import Console

        tty = sys.stdout.isatty()
        console = Console(
            no_color=not tty or "NO_COLOR" in os.environ,
            force_terminal=None if tty else False,
            width=None if tty else plain_width(),
            highlight=False,
        )
        render_sources_text(report, console)
    else:
        sys.stdout.write(render_sources(report, fmt))


def _finish(report: Report, fmt: str, output: str | None, fail_on_divergence: bool) -> None:
    emit_report(report, fmt, output)
    if fail_on_divergence and any(g.status is Verdict.DIVERGE for g in report.groups or ()):
        sys.exit(ExitCode.DIVERGENCE)


@cli.command(epilog=EPILOG)
@click.argument("source")
@report_options
@input_options
@_guard
def report(
    source: str,
    fmt: str,
    profile: str | None,
    threshold: float | None,
    output: str | None,
    fail_on_divergence: bool,
    offline: bool,
    save_text: str | None,
) -> None:
    """The side-by-side report for one article (SOURCE: a file, an .html page, an http(s)
    URL, or - for stdin): where the sides converge, partly agree, conflict, or say something
    the other side leaves out."""
    from attribcmp import pipeline

    docs, warnings = _read((source,), offline=offline, save_text=save_text)
    print_warnings(warnings)
    result = pipeline.report(docs, _load_profile(profile), _settings(threshold), warnings)
    _finish(result, fmt, output, fail_on_divergence)


def _parse_sides(values: tuple[str, ...], sources: tuple[str, ...]) -> dict[str, str]:
    """--side PATH=LABEL values -> {source as given: label}.

    PATH matches a source as written or once normalised ("./a.txt" is "a.txt"); one file
    labelled twice is an error rather than the last label silently winning.
    """
    by_norm = {os.path.normpath(src): src for src in sources}
    labels: dict[str, str] = {}
    for value in values:
        path, sep, label = value.rpartition("=")
        if not sep or not path or not label.strip():
            raise click.BadParameter(f"'{value}' is not PATH=LABEL", param_hint="--side")
        source = path if path in sources else by_norm.get(os.path.normpath(path))
        if source is None:
            raise click.BadParameter(
                f"'{path}' is not one of the files given ({', '.join(sources)})",
                param_hint="--side",
            )
        if source in labels:
            raise click.BadParameter(
                f"'{path}' is labelled twice ('{labels[source]}' and '{label.strip()}')",
                param_hint="--side",
            )
        labels[source] = label.strip()
    return labels


@cli.command(epilog=EPILOG)
@click.argument("sources", nargs=-1, required=True)
@click.option(
    "--side",
    "side",
    multiple=True,
    metavar="PATH=LABEL",
    help="The side an account speaks for (default: the file's name; for a URL, the site's "
    "name). Repeat per file.",
)
@report_options
@input_options
@_guard
def compare(
    sources: tuple[str, ...],
    side: tuple[str, ...],
    fmt: str,
    profile: str | None,
    threshold: float | None,
    output: str | None,
    fail_on_divergence: bool,
    offline: bool,
    save_text: str | None,
) -> None:
    """Compare several accounts of one event, one file or URL each (e.g. two governments'
    readouts, two outlets' stories).

    Sentences an account does not attribute to someone else belong to its issuer."""
    from attribcmp import pipeline

    if len(sources) < 2:
        raise click.UsageError("compare needs at least two files (one per account)")
    given: set[str] = set()
    for src in sources:
        if os.path.normpath(src) in given:
            raise click.UsageError(f"{src} is given twice; compare needs one file per account")
        given.add(os.path.normpath(src))
    labels = _parse_sides(side, sources)
    docs, warnings = _read(sources, labels, offline=offline, save_text=save_text)
    # A web page (fetched or saved) speaks for its outlet unless --side says otherwise.
    docs = [
        replace(doc, issuer=doc.page.site)
        if doc.issuer is None and doc.page and doc.page.site
        else doc
        for doc in docs
    ]
    docs = _unique_ids(docs)
    print_warnings(warnings)
    result = pipeline.compare(docs, _load_profile(profile), _settings(threshold), warnings)
    print_warnings([w for w in result.warnings if w not in warnings])
    _finish(result, fmt, output, fail_on_divergence)


@cli.command(epilog=EPILOG)
@click.argument("statements", nargs=-1)
@click.option(
    "--jsonl",
    "jsonl",
    metavar="IN.jsonl",
    help='Batch: read {"id", "a", "b"} lines (- for stdin), '
    'write {"id", "relation", "score", "reasons"} lines.',
)
@click.option(
    "--threshold",
    type=click.FloatRange(0, 100),
    callback=_finite_score,
    default=None,
    help="Score (0-100) from which two statements share a subject.",
)
@profile_option("extra concept groups")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format for a single pair.",
)
@jobs_option
@_guard
def pair(
    statements: tuple[str, ...],
    jsonl: str | None,
    threshold: float | None,
    profile: str | None,
    fmt: str,
    jobs: int,
) -> None:
    """The relation between two statements A and B, with the reasons."""
    import json

    from attribcmp.pipeline import relate

    settings = _settings(threshold)
    prof = _load_profile(profile)
    if jsonl is None and jobs != 1:
        raise click.UsageError("--jobs applies to --jsonl batches only")
    if jsonl is not None:
        if statements:
            raise click.UsageError("give either two statements or --jsonl, not both")
        failed = _pair_jsonl(jsonl, settings, prof, jobs)
        if failed:
            sys.exit(ExitCode.ERROR)
        return
    if len(statements) != 2:
        raise click.UsageError("pair takes exactly two statements: A B")
    result = relate(statements[0], statements[1], settings, prof)
    if fmt == "json":
        click.echo(
            json.dumps(
                {
                    "relation": result.relation.value,
                    "score": round(result.score, 2),
                    "reasons": list(result.reasons),
                },
                ensure_ascii=False,
            )
        )
        return
    click.echo(f"{result.relation.value} (score {result.score:.1f})")
    for reason in result.reasons:
        click.echo(f"  - {reason}")


def _pair_jsonl(source: str, settings: Settings, profile: Profile, jobs: int) -> int:
    import json

    from attribcmp.batch import PairTask, ordered_map, pair_worker, worker_died
    from attribcmp.read import iter_pair_lines

    def died(task: PairTask, how: str) -> str:
        return json.dumps({"line": task[0], "error": worker_died(how)}, ensure_ascii=False)

    failed = 0
    with _interruptible(), progress_bar(source, sys.stdout, sized=False) as tick:
        lines = ordered_map(
            pair_worker(settings, profile), iter_pair_lines(source), _jobs(jobs), died
        )
        with closing(lines):
            for task, line in lines:
                bad = task[1] is None or line.startswith('{"line"')
                failed += bad
                write_whole(sys.stdout, line + "\n")
                tick(0, bad)
    return failed


@cli.command(epilog=EPILOG)
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on. Anything but loopback lets other machines use the page "
    "(and make it fetch URLs).",
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=8000,
    show_default=True,
    help="Port to listen on (0 picks a free one).",
)
@profile_option("sides, aliases, cues, concepts")
@click.option(
    "--threshold",
    type=click.FloatRange(0, 100),
    callback=_finite_score,
    default=None,
    help="Alignment score (0-100) at which two claims make the same point.",
)
@click.option("--offline", is_flag=True, help="Accept pasted text only; refuse URLs.")
@_guard
def serve(
    host: str, port: int, profile: str | None, threshold: float | None, offline: bool
) -> None:
    """A small web page for the classroom: paste an article, or two or more accounts (text or
    URLs), name their sides, and get the HTML report. Keeps nothing between requests."""
    from attribcmp.serve import is_loopback, make_server

    prof = _load_profile(profile)
    try:
        server = make_server(
            host, port, profile=prof, settings=_settings(threshold), offline=offline
        )
    except OSError as exc:
        raise _fail(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from None
    if not is_loopback(host):
        print_warnings(
            [
                f"listening on {host}, not loopback: anyone who can reach this machine can use "
                "the page and make it fetch URLs (add --offline to refuse URLs)"
            ]
        )
    bound = server.server_address[1]
    shown = f"[{host}]" if ":" in host else host
    stderr_console().print(
        f"attribcmp serve: http://{shown}:{bound}/ (Ctrl-C to stop)", markup=False
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def main() -> None:
    """Console-script entry point: run the CLI, no traceback on a closed pipe."""
    try:
        cli.main(prog_name="attribcmp", standalone_mode=True)
    except BrokenPipeError:
        # The reader went away (`attribcmp ... | head`); stop quietly.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(ExitCode.ERROR)
    except KeyboardInterrupt:
        sys.exit(130)
