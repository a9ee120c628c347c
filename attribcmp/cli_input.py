"""What the command line reads before the pipeline runs: its sources (files, stdin, web
pages, URLs) as documents with ids that cannot collide, and the texts ``--save-text`` writes.
Only ``cli.py`` uses it; it knows no click: a bad combination of arguments is a
``UsageError`` and a bad path an ``InputError``, which the CLI turns into its messages.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import replace
from pathlib import Path

from attribcmp.cli_output import open_output
from attribcmp.errors import InputError, UsageError
from attribcmp.model import Document

__all__ = [
    "check_accounts",
    "check_outputs",
    "page_issuers",
    "parse_side_labels",
    "read_sources",
    "unique_ids",
]


def check_accounts(sources: tuple[str, ...]) -> None:
    """``compare``'s sources: at least two, none given twice (once normalised).

    Raises:
        UsageError: fewer than two sources, or one given twice.
    """
    if len(sources) < 2:
        raise UsageError("compare needs at least two files (one per account)")
    given: set[str] = set()
    for src in sources:
        if os.path.normpath(src) in given:
            raise UsageError(f"{src} is given twice; compare needs one file per account")
        given.add(os.path.normpath(src))


def read_sources(
    sources: tuple[str, ...],
    labels: dict[str, str] | None = None,
    *,
    offline: bool = False,
    save_text: str | None = None,
) -> tuple[list[Document], list[str]]:
    """Read every source (file, -, .html page or URL); with ``save_text``, write the texts the
    offsets point into: to that file for one source, into that folder as ID.txt for several.

    Raises:
        UsageError: ``save_text`` would overwrite the one source.
        InputError: a source cannot be read, or several sources and ``save_text`` is no folder.
    """
    from attribcmp.read import read_document

    if save_text is not None and len(sources) == 1:
        check_outputs(sources, {"--save-text": save_text})
    docs: list[Document] = []
    warnings: list[str] = []
    for src in sources:
        doc, warn = read_document(src, issuer=(labels or {}).get(src), offline=offline)
        docs.append(doc)
        warnings.extend(warn)
    if save_text is not None:
        _save_texts(docs, save_text, sources)
    return docs, warnings


def check_outputs(sources: tuple[str, ...], outputs: dict[str, str | None]) -> None:
    """No output option names an input file or the file another output option names: the
    input would be replaced by what was made from it, or one output by the other.

    ``outputs`` maps an option as the user wrote it ("-o") to its path (None: not given).
    Devices and pipes (``/dev/null`` twice) are no conflict: nothing in them is lost.

    Raises:
        UsageError: two of those paths name one file.
    """
    if outputs.get("--save-text") == "-" and "-o" in outputs and outputs["-o"] in (None, "-"):
        raise UsageError("--save-text - and the output would both go to stdout; add -o FILE")
    given = [(opt, path) for opt, path in outputs.items() if path not in (None, "", "-")]
    for i, (opt, path) in enumerate(given):
        for src in sources:
            if src != "-" and _same_file(path, src):
                raise UsageError(f"{opt} {path} would overwrite the input {src}; name a new file")
        for other, other_path in given[:i]:
            if _same_file(path, other_path):
                raise UsageError(f"{other} and {opt} both name {path}; give each its own file")


def _same_file(a: str | None, b: str) -> bool:
    """Whether paths ``a`` and ``b`` name one regular file (or one file yet to be made)."""
    if a is None:
        return False
    try:
        if os.path.exists(a) and os.path.exists(b):
            return os.path.isfile(a) and os.path.samefile(a, b)  # links and hard links too
    except OSError:
        return False
    return os.path.realpath(a) == os.path.realpath(b)


def _save_texts(docs: list[Document], path: str, sources: tuple[str, ...]) -> None:
    if len(docs) == 1:
        with open_output(path) as fh:
            fh.write(docs[0].text)
        return
    if not Path(path).is_dir():
        raise InputError(f"{path}: not a folder; with several sources --save-text names a folder")
    targets = []
    for doc in unique_ids(docs):
        name = "".join(c if c.isalnum() or c in "-_." else "_" for c in doc.id).strip(".")
        target = str(Path(path) / f"{name or 'document'}.txt")
        # ``compare a.txt b.txt --save-text .`` would write a.txt over the input a.txt
        check_outputs(sources, {"--save-text": target})
        targets.append((target, doc.text))
    for target, text in targets:
        with open_output(target) as fh:
            fh.write(text)


def unique_ids(docs: list[Document]) -> list[Document]:
    """Documents whose file names collide (a/x.txt, b/x.txt) take their path as id.

    Claims point at their document by id, so two documents called "x" would make every
    span ambiguous.
    """
    counts = Counter(doc.id for doc in docs)
    return [replace(doc, id=doc.path) if counts[doc.id] > 1 and doc.path else doc for doc in docs]


def page_issuers(docs: list[Document]) -> list[Document]:
    """A web page (fetched or saved) speaks for its outlet unless --side says otherwise."""
    return [
        replace(doc, issuer=doc.page.site)
        if doc.issuer is None and doc.page and doc.page.site
        else doc
        for doc in docs
    ]


def parse_side_labels(values: tuple[str, ...], sources: tuple[str, ...]) -> dict[str, str]:
    """--side PATH=LABEL values -> {source as given: label}.

    PATH matches a source as written or once normalised ("./a.txt" is "a.txt"); one file
    labelled twice is an error rather than the last label silently winning.

    Raises:
        UsageError: a value is not PATH=LABEL, names no source given, or labels one twice;
            worded as click words a bad option value.
    """
    by_norm = {os.path.normpath(src): src for src in sources}
    labels: dict[str, str] = {}
    for value in values:
        path, sep, label = value.rpartition("=")
        if not sep or not path or not label.strip():
            raise _bad_side(f"'{value}' is not PATH=LABEL")
        source = path if path in sources else by_norm.get(os.path.normpath(path))
        if source is None:
            raise _bad_side(f"'{path}' is not one of the files given ({', '.join(sources)})")
        if source in labels:
            raise _bad_side(
                f"'{path}' is labelled twice ('{labels[source]}' and '{label.strip()}')"
            )
        labels[source] = label.strip()
    return labels


def _bad_side(message: str) -> UsageError:
    return UsageError(f"Invalid value for --side: {message}")
