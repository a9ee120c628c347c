"""The command line: the only module that knows click or exits.

Its commands are options -> settings -> pipeline -> renderer; what they need besides click
lives in three helpers that know no click: ``cli_input`` (sources -> documents, --side
labels), ``cli_batch`` (the --jsonl loops) and ``cli_output`` (where the output goes).

Exit codes:
    0  success
    1  an error in the input (missing file, bad profile, unreadable data, bad JSONL lines)
    2  a usage error (unknown option, bad value)
    3  --fail-on-divergence was given and some group diverges
  130  interrupted (Ctrl-C), in any command: one line "interrupted", no partial -o file nor
       half a report in a stdout redirected to a file
"""

from __future__ import annotations

import math
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import IntEnum
from typing import Any, NoReturn, TypeVar

import click

from attribcmp.cli_batch import claims_jsonl, pair_jsonl
from attribcmp.cli_input import (
    check_accounts,
    check_outputs,
    page_issuers,
    parse_side_labels,
    read_sources,
    unique_ids,
)
from attribcmp.cli_output import (
    emit_report,
    open_output,
    print_warnings,
    stderr_console,
    stdout_console,
    write_new_file,
)
from attribcmp.errors import AttribcmpError, UsageError
from attribcmp.model import OutputFormat, Profile, Report, Settings, Verdict

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


def _guard(func: F) -> F:
    """Turn library errors into one-line messages (exit 1) and UsageError into exit 2."""
    import functools

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        _raise_on_interrupt()
        try:
            return func(*args, **kwargs)
        except KeyboardInterrupt:
            _say_interrupted()  # the same line and code as a batch, never click's "Aborted!"
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


def _format_alias(ctx: click.Context, param: click.Parameter, value: str) -> str:
    return "markdown" if value == "md" else value  # "md": the file extension users type


def format_option(choices: list[str]) -> Callable[[F], F]:
    aliases = ["md"] if "markdown" in choices else []
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices + aliases),
        callback=_format_alias,
        default="text",
        show_default=True,
        help="Output format. text is a rich view, coloured on a terminal only (honours NO_COLOR).",
    )


def profile_option(what: str) -> Callable[[F], F]:
    return click.option("--profile", type=click.Path(), help=f"YAML profile: {what}.")


output_option = click.option(
    "-o",
    "--output",
    "output",
    type=click.Path(),
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
        check_outputs((jsonl,), {"-o": output})
        with _interruptible():
            failed, total = claims_jsonl(jsonl, prof, output, jobs)
        if failed:
            print_warnings(
                [f"{failed} of {total} lines could not be read; see their error objects"]
            )
            sys.exit(ExitCode.ERROR)
        return
    if source is None:
        raise click.UsageError("missing SOURCE (a file, or - for stdin), or --jsonl IN.jsonl")
    from attribcmp.pipeline import attribute

    check_outputs((source,), {"-o": output, "--save-text": save_text})
    docs, warnings = read_sources((source,), offline=offline, save_text=save_text)
    print_warnings(warnings)
    report = attribute(docs, prof)
    emit_report(report, fmt, output)


def _raise_on_interrupt() -> None:
    """From here on Ctrl-C raises KeyboardInterrupt again (``__main__`` quit at once while the
    modules loaded), so an -o file in progress is removed and batch workers are stopped."""
    import signal

    if getattr(signal.getsignal(signal.SIGINT), "_attribcmp_quiet", False):
        signal.signal(signal.SIGINT, signal.default_int_handler)


def _say_interrupted() -> NoReturn:
    stderr_console().print("interrupted", markup=False)
    sys.exit(130)


@contextmanager
def _interruptible() -> Iterator[None]:
    """Ctrl-C in a batch: the workers are stopped (by the batch's own clean-up), the lines
    written so far stay whole (``write_whole``), and the exit code is 130."""
    try:
        yield
    except KeyboardInterrupt:
        _say_interrupted()


@cli.command(epilog=EPILOG)
@click.argument("source")
@profile_option("sides, aliases, extra cue words")
@click.option(
    "--write-profile",
    "write_profile",
    type=click.Path(),
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
@output_option
@input_options
@_guard
def sources(
    source: str,
    profile: str | None,
    write_profile: str | None,
    fmt: str,
    output: str | None,
    offline: bool,
    save_text: str | None,
) -> None:
    """List the speakers in SOURCE (a file, an .html page, a URL or -) with their aliases
    and sides."""
    from attribcmp.pipeline import attribute
    from attribcmp.render.sources import render_sources, render_sources_text

    outputs = {"-o": output, "--save-text": save_text, "--write-profile": write_profile}
    check_outputs((source,), outputs)
    docs, warnings = read_sources((source,), offline=offline, save_text=save_text)
    print_warnings(warnings)
    report = attribute(docs, _load_profile(profile))
    if write_profile:
        from attribcmp.starter_profile import dump_starter_profile

        write_new_file(write_profile, dump_starter_profile(report.sides, report.speakers))
        stderr_console().print(f"wrote starter profile {write_profile}", markup=False)
    with open_output(output) as fh:
        if fmt == "text":
            render_sources_text(report, stdout_console(fh))
        else:
            fh.write(render_sources(report, fmt))


def _finish(
    report: Report,
    fmt: str,
    output: str | None,
    fail_on_divergence: bool,
    printed: tuple[str, ...] | list[str],
) -> None:
    """Emit ``report``; the warnings the pipeline added to it (not among ``printed``) go to
    stderr first, unless the text report itself goes to stdout: it lists them under
    "Warnings", and a second copy on the same terminal is noise."""
    if fmt != OutputFormat.TEXT.value or output not in (None, "-"):
        print_warnings([w for w in report.warnings if w not in printed])
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
    from attribcmp import pipeline, read

    check_outputs((source,), {"-o": output, "--save-text": save_text})
    docs, warnings = read_sources((source,), offline=offline, save_text=save_text)
    print_warnings(warnings)
    # Before the wait, and on stderr only: it is about the run, not the report.
    print_warnings(read.size_warnings(docs))
    result = pipeline.report(docs, _load_profile(profile), _settings(threshold), warnings)
    _finish(result, fmt, output, fail_on_divergence, warnings)


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
    from attribcmp import pipeline, read

    check_accounts(sources)
    check_outputs(sources, {"-o": output, "--save-text": save_text})
    labels = parse_side_labels(side, sources)
    docs, warnings = read_sources(sources, labels, offline=offline, save_text=save_text)
    docs = unique_ids(page_issuers(docs))
    print_warnings(warnings)
    print_warnings(read.size_warnings(docs))
    result = pipeline.compare(docs, _load_profile(profile), _settings(threshold), warnings)
    _finish(result, fmt, output, fail_on_divergence, warnings)


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
    from attribcmp.pipeline import relate
    from attribcmp.render.relation import render_relation

    settings = _settings(threshold)
    prof = _load_profile(profile)
    if jsonl is None and jobs != 1:
        raise click.UsageError("--jobs applies to --jsonl batches only")
    if jsonl is not None:
        if statements:
            raise click.UsageError("give either two statements or --jsonl, not both")
        source_of_fmt = click.get_current_context().get_parameter_source("fmt")
        if source_of_fmt is click.core.ParameterSource.COMMANDLINE:
            raise click.UsageError("--jsonl always writes JSON lines; drop --format")
        with _interruptible():
            failed, total = pair_jsonl(jsonl, settings, prof, jobs)
        if failed:
            print_warnings(
                [f"{failed} of {total} lines could not be compared; see their error objects"]
            )
            sys.exit(ExitCode.ERROR)
        return
    if len(statements) != 2:
        raise click.UsageError("pair takes exactly two statements: A B")
    result = relate(statements[0], statements[1], settings, prof)
    click.echo(render_relation(result, fmt))


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
        _say_interrupted()
