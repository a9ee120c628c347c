"""CSV output for spreadsheets: one row per claim (``claims``), or per claim with its group,
verdict and reasons (``report``, ``compare``).

RFC 4180: a header row, comma-separated, fields quoted when they hold a comma, quote or line
break, CRLF line ends, UTF-8. A cell that a spreadsheet would run as a formula (it starts with
=, +, -, @, or a tab or carriage return) is prefixed with an apostrophe, which spreadsheets
show as text: article text is not trusted input.
"""

from __future__ import annotations

import csv
import io

from attribcmp.model import Claim, Report
from attribcmp.render import ReportIndex, index_report

__all__ = ["CLAIM_COLUMNS", "GROUP_COLUMNS", "neutralise", "render_csv"]

CLAIM_COLUMNS = (
    "doc",
    "claim",
    "speaker",
    "side",
    "anonymous",
    "kind",
    "cue",
    "content",
    "start",
    "end",
    "rule",
)
GROUP_COLUMNS = ("group", "verdict", "score", "reasons")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: str) -> str:
    """Prefix a cell a spreadsheet would evaluate ("=HYPERLINK(...)", "-2+3") with "'"."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def render_csv(report: Report) -> str:
    """The report as CSV text: claim rows, with group columns first when it has groups."""
    index = index_report(report)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    if report.groups is None:
        writer.writerow(CLAIM_COLUMNS)
        for claim in report.claims:
            writer.writerow(_cells(_claim_row(index, claim)))
        return buffer.getvalue()
    writer.writerow(GROUP_COLUMNS + CLAIM_COLUMNS)
    for group in report.groups:
        head = [group.id, str(group.status), f"{group.score:.2f}", "; ".join(group.reasons)]
        for claim_id in group.claim_ids:
            member = index.claims.get(claim_id)
            if member is not None:
                writer.writerow(_cells([*head, *_claim_row(index, member)]))
    return buffer.getvalue()


def _cells(values: list[str]) -> list[str]:
    return [neutralise(value) for value in values]


def _claim_row(index: ReportIndex, claim: Claim) -> list[str]:
    speaker = index.speakers.get(claim.speaker_id)
    return [
        claim.doc_id,
        claim.id,
        index.speaker_name(claim.speaker_id),
        index.side_name(claim.side),
        "yes" if speaker is not None and speaker.anonymous else "no",
        str(claim.kind),
        claim.cue.text if claim.cue is not None else "",
        claim.content.text,
        str(claim.content.start),
        str(claim.content.end),
        claim.rule,
    ]
