"""Renderers, one module per output format, and the helpers they share.

``render`` picks a renderer by format. The format modules are imported lazily so that
``--format json`` never pays for importing rich, and so that they can import the helpers
from here without an import cycle. The helpers live in three places: the look-up tables over
a report in ``report_index``, the ordering and wording of groups' reasons in ``groups``, and
the small labels below; all are re-exported here, where the format modules import them from.
``sources`` and ``relation`` render the side commands' own results (speakers; a pair).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from attribcmp.model import (
    Claim,
    ClaimGroup,
    ClaimKind,
    Document,
    OutputFormat,
    Report,
    Verdict,
)
from attribcmp.render.groups import (
    FLAG_LABELS,
    clash_highlights,
    cross_side_groups,
    firm_reason,
    flag_label,
    group_notes,
    headline_conflicts,
    one_sided_by_side,
    ordered_reasons,
    reason_pairs,
    table_columns,
)
from attribcmp.render.report_index import (
    NO_SIDE,
    PART_JOINER,
    ReportIndex,
    claims_by_side,
    index_report,
    kind_label,
    report_title,
    side_key,
)

if TYPE_CHECKING:
    from rich.console import Console

__all__ = [
    "FLAG_LABELS",
    "NO_SIDE",
    "PART_JOINER",
    "POSITIONS_NOTE",
    "POSITIONS_TITLE",
    "VERDICT_LABELS",
    "ReportIndex",
    "anonymous_claims",
    "anonymous_summary",
    "claim_positions",
    "claims_by_side",
    "clash_highlights",
    "clean",
    "cross_side_groups",
    "document_label",
    "firm_reason",
    "flag_label",
    "group_notes",
    "headline_conflicts",
    "highlight_segments",
    "highlights_of",
    "index_report",
    "kind_label",
    "one_sided_by_side",
    "ordered_reasons",
    "page_label",
    "quote_marks",
    "reason_pairs",
    "render",
    "report_title",
    "score_label",
    "side_key",
    "table_columns",
    "verdict_counts",
]

VERDICT_LABELS: dict[Verdict, str] = {
    Verdict.CONVERGE: "converge",
    Verdict.PARTIAL: "partial",
    Verdict.DIVERGE: "diverge",
    Verdict.ONE_SIDED: "one-sided",
}

# C0/C1 control characters (except tab and newline) could drive a terminal or break HTML/YAML
# viewers; they are shown as U+FFFD. JSON keeps the raw text (it escapes them itself).
_CONTROL = {
    c: "\ufffd"
    for c in (
        *range(0x00, 0x09),
        *range(0x0B, 0x20),
        *range(0x7F, 0xA0),
        # Bidirectional overrides and isolates can reorder what a terminal shows.
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
    )
}


def render(report: Report, fmt: OutputFormat, console: Console | None = None) -> str | None:
    """Render ``report`` in ``fmt``.

    Args:
        report: what to render.
        fmt: the output format.
        console: for ``OutputFormat.TEXT``, the console to write to.

    Returns:
        The rendered document, or None when the text format was written to ``console``.
        Text without a console is rendered to a plain string 100 columns wide.
    """
    match fmt:
        case OutputFormat.TEXT:
            from attribcmp.render.text import render_text, render_text_string

            if console is None:
                return render_text_string(report)
            render_text(report, console)
            return None
        case OutputFormat.JSON:
            from attribcmp.render.json import render_json

            return render_json(report)
        case OutputFormat.YAML:
            from attribcmp.render.yaml import render_yaml

            return render_yaml(report)
        case OutputFormat.MARKDOWN:
            from attribcmp.render.markdown import render_markdown

            return render_markdown(report)
        case OutputFormat.HTML:
            from attribcmp.render.html import render_html

            return render_html(report)
        case OutputFormat.CSV:
            from attribcmp.render.csv import render_csv

            return render_csv(report)
    raise ValueError(f"unknown output format: {fmt!r}")


def clean(text: str) -> str:
    """Replace control characters (except tab and newline) with U+FFFD; CR/CRLF become LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROL)


def document_label(document: Document) -> str:
    """'a (1200 chars)', with the issuer side for ``compare`` accounts."""
    issuer = f", issued by {document.issuer}" if document.issuer else ""
    return f"{document.id} ({len(document.text)} chars{issuer})"


def page_label(document: Document) -> str | None:
    """'Headline — Site, 2026-03-16, by Author · https://...' for a web page; None otherwise."""
    page = document.page
    if page is None:
        return None
    about = ", ".join(
        bit for bit in (page.site, page.date, f"by {page.author}" if page.author else None) if bit
    )
    head = " — ".join(bit for bit in (page.title, about) if bit)
    return " · ".join(bit for bit in (head, page.url) if bit) or None


def quote_marks(claim: Claim) -> tuple[str, str]:
    """The marks to put around a claim's words: curly quotes for direct quotes only.

    Attribution keeps a direct quote's own marks in its span, so those are not doubled.
    """
    if claim.kind is not ClaimKind.DIRECT or claim.content.text[:1] in "“\"‘'«„":
        return ("", "")
    return ("“", "”")


def verdict_counts(groups: Iterable[ClaimGroup]) -> dict[Verdict, int]:
    """How many groups have each verdict, every verdict present, in enum order."""
    counts = dict.fromkeys(Verdict, 0)
    for group in groups:
        counts[group.status] += 1
    return counts


def anonymous_claims(report: Report) -> int:
    """How many claims rest on an anonymous speaker."""
    anonymous = {s.id for s in report.speakers if s.anonymous}
    return sum(1 for c in report.claims if c.speaker_id in anonymous)


def anonymous_summary(report: Report) -> str:
    """'1 of 4 claims (25%)': the share of claims resting on anonymous sourcing."""
    total = len(report.claims)
    count = anonymous_claims(report)
    share = round(100 * count / total) if total else 0
    return f"{count} of {total} claims ({share}%)"


def highlights_of(group: ClaimGroup) -> dict[str, tuple[str, ...]]:
    """The group's highlighted words by claim id."""
    return {claim_id: words for claim_id, words in group.highlights}


def highlight_segments(text: str, words: Iterable[str]) -> list[tuple[str, bool]]:
    """Split ``text`` into (piece, highlighted) runs, highlighting whole-word matches.

    Matching is case-insensitive and the longest word wins where words overlap. "Whole
    word" uses look-arounds rather than ``\\b`` so that words starting or ending with
    punctuation ("$5", "75th.") still match.
    """
    wanted = sorted({w for w in words if w.strip()}, key=lambda w: (-len(w), w))
    if not wanted or not text:
        return [(text, False)] if text else []
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(w) for w in wanted) + r")(?!\w)", re.IGNORECASE
    )
    runs: list[tuple[str, bool]] = []
    pos = 0
    for match in pattern.finditer(text):
        if match.start() > pos:
            runs.append((text[pos : match.start()], False))
        if match.end() > match.start():
            runs.append((match.group(), True))
        pos = match.end()
    if pos < len(text):
        runs.append((text[pos:], False))
    return runs


def score_label(score: float) -> str:
    """A score as shown to people: no decimals unless it has some."""
    return f"{score:.0f}" if float(score).is_integer() else f"{score:.1f}"


POSITIONS_TITLE = "Where the claims are"
POSITIONS_NOTE = "character offsets of each claim's words in the text"


def claim_positions(index: ReportIndex) -> list[tuple[str, str]]:
    """(claim id, "120–245") per claim in report order, "us:120–245" when there are several
    documents: the offsets a reader (or a script) can find the words at in the text."""
    several = len(index.documents) > 1
    out = []
    for claim in index.report.claims:
        starts = [start for start, _ in claim.parts] or [claim.content.start]
        ends = [end for _, end in claim.parts] or [claim.content.end]
        where = f"{min(starts)}–{max(ends)}"
        out.append((claim.id, f"{claim.doc_id}:{where}" if several else where))
    return out
