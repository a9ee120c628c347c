"""Terminal output with rich: claims by side and speaker, or the side-by-side report.

Every piece of article text goes through ``rich.text.Text`` objects, never console markup, so
"[bold]" in an article is shown as written. Colour is the console's business: the CLI creates
it with colour only on a terminal; a console without colour gets plain text.
"""

from __future__ import annotations

import io

from rich import box
from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from attribcmp.model import Claim, ClaimGroup, Report, Side, Speaker, Verdict
from attribcmp.render import (
    POSITIONS_NOTE,
    POSITIONS_TITLE,
    VERDICT_LABELS,
    ReportIndex,
    anonymous_summary,
    claim_positions,
    clash_highlights,
    clean,
    cross_side_groups,
    document_label,
    firm_reason,
    flag_label,
    headline_conflicts,
    highlight_segments,
    index_report,
    kind_label,
    one_sided_by_side,
    ordered_reasons,
    page_label,
    quote_marks,
    report_title,
    score_label,
    verdict_counts,
)

__all__ = ["render_text", "render_text_string"]

# Below this many columns per side the side-by-side table wraps quotes into slivers, so the
# sides are stacked vertically instead (80 columns holds two sides, not three).
MIN_COLUMN_WIDTH = 30
# Table borders and padding around the columns.
TABLE_MARGIN = 4

_BADGE_STYLES: dict[Verdict, str] = {
    Verdict.CONVERGE: "bold white on green",
    Verdict.PARTIAL: "bold black on yellow",
    Verdict.DIVERGE: "bold white on red",
    Verdict.ONE_SIDED: "bold white on blue",
}
_HIGHLIGHT_STYLE = "bold underline magenta"
_EXPLAIN_STYLE = "dim"
_INDENT = 4
# A diverging group lists this many softer grounds one by one; more are named in one line.
_SOFT_SHOWN = 2
# A side's name wraps past this width so that its speakers keep most of an 80-column line.
_LABEL_WIDTH = 28


def render_text(report: Report, console: Console) -> None:
    """Write the report to ``console``.

    Args:
        report: the report; without groups (the ``claims`` command) the claims are listed
            by side and speaker, with groups the side-by-side comparison is shown.
        console: where to write; its width decides between columns and stacked sides.
    """
    index = index_report(report)
    plain = console.no_color or console.color_system is None
    if report.groups is None:
        _print_claims(index, console)
    else:
        _print_report(index, report.groups, console, plain)
    if report.warnings:
        console.print()
        console.print(Text("Warnings", style="bold yellow"))
        # A long warning (a file path, the --side to give) wraps under its words, not its bullet.
        console.print(_hanging([(Text("•"), Text(clean(w))) for w in report.warnings]))


def render_text_string(report: Report, width: int = 100) -> str:
    """The text rendering as a plain string (no colour), ``width`` columns wide."""
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, force_terminal=False)
    render_text(report, console)
    return buffer.getvalue()


# -- claims -----------------------------------------------------------------------------------


def _print_claims(index: ReportIndex, console: Console) -> None:
    console.print(_documents_line(index))
    by_speaker: dict[str, list[Claim]] = {}
    for claim in index.report.claims:
        by_speaker.setdefault(claim.speaker_id, []).append(claim)
    # Claims whose speaker is not in the report are still shown, under their speaker id.
    orphans = [sid for sid in by_speaker if sid not in index.speakers]
    for side in index.columns:
        speakers = index.speakers_of(side.id)
        side_orphans = [sid for sid in orphans if _orphan_side(by_speaker[sid]) == side.id]
        if not speakers and not side_orphans:
            continue
        console.print()
        console.print(Rule(Text(clean(side.name), style="bold"), align="left"))
        for speaker in speakers:
            console.print(_speaker_line(speaker))
            claims = by_speaker.get(speaker.id, [])
            if not claims:
                console.print(
                    Padding(Text("(no claims)", style=_EXPLAIN_STYLE), (0, 0, 0, 2), expand=False)
                )
            for claim in claims:
                console.print(Padding(_claim_block(index, claim), (0, 0, 0, 2), expand=False))
        for speaker_id in side_orphans:
            console.print(Text(clean(speaker_id), style="bold"))
            for claim in by_speaker[speaker_id]:
                console.print(Padding(_claim_block(index, claim), (0, 0, 0, 2), expand=False))


def _orphan_side(claims: list[Claim]) -> str:
    side = claims[0].side
    return "" if side is None else side


def _speaker_line(speaker: Speaker) -> Text:
    line = Text().append(clean(speaker.name), style="bold")
    kind = kind_label(speaker).removeprefix("anonymous ")
    details = ["anonymous", kind] if speaker.anonymous else [kind]
    line.append("  (" + ", ".join(details) + ")", style=_EXPLAIN_STYLE)
    if speaker.aliases:
        line.append("  aka " + clean("; ".join(speaker.aliases)), style=_EXPLAIN_STYLE)
    return line


def _claim_block(index: ReportIndex, claim: Claim) -> Group:
    head = Text().append(claim.id, style="cyan")
    head.append(" " + clean(index.claim_tag(claim, with_cue=False)))  # the cue follows
    if claim.cue is not None:
        head.append(" · ")
        head.append(clean(claim.cue.text), style="italic")
    if claim.hedged:
        head.append(" · hedged", style="yellow")
    if claim.reported_speaker:
        head.append(" · reporting " + clean(claim.reported_speaker))
    parts: list[RenderableType] = [head]
    parts.append(Padding(_claim_words(index, claim, ()), (0, 0, 0, 2), expand=False))
    explain = "; ".join(
        f"{label}: {value}"
        for label, value in (("rule", claim.rule), ("resolution", claim.resolution))
        if value
    )
    if explain:
        parts.append(
            Padding(Text(clean(explain), style=_EXPLAIN_STYLE), (0, 0, 0, 2), expand=False)
        )
    return Group(*parts)


def _claim_words(
    index: ReportIndex, claim: Claim, words: tuple[str, ...], plain: bool = False
) -> Text:
    """The claim's words in quote marks if direct, with ``words`` highlighted."""
    opening, closing = quote_marks(claim)
    text = Text(opening)
    for piece, highlighted in highlight_segments(clean(index.claim_body(claim)), words):
        if highlighted and plain:
            # Without colour a style is invisible; asterisks keep the differing words visible.
            text.append(f"*{piece}*")
        else:
            text.append(piece, style=_HIGHLIGHT_STYLE if highlighted else "")
    text.append(closing)
    return text


# -- report -----------------------------------------------------------------------------------


def _print_report(
    index: ReportIndex, groups: tuple[ClaimGroup, ...], console: Console, plain: bool
) -> None:
    console.print(Text(report_title(index.report), style="bold"))
    console.print(_documents_line(index))
    console.print(Text("Sides", style="bold"))
    sides = []
    for side in index.columns:
        names = [
            clean(s.name) + (" (anonymous)" if s.anonymous else "")
            for s in index.side_speakers(side.id)
        ]
        sides.append(
            (Text(clean(side.name) + ":", style="bold"), Text(", ".join(names) or "no speakers"))
        )
    console.print(_hanging(sides))
    conflicts = headline_conflicts(index, groups)
    console.print(Text("Conflicts" if conflicts else "Conflicts: none found", style="bold"))
    console.print(
        _hanging(
            [(Text("•"), Text(f"{group_id} {clean(headline)}")) for group_id, headline in conflicts]
        )
    )
    counts = verdict_counts(groups)
    summary = Text().append("Verdicts: ", style="bold")
    summary.append(" · ".join(f"{n} {VERDICT_LABELS[v]}" for v, n in counts.items()))
    console.print(summary)
    anonymous = Text().append("Anonymous sourcing: ", style="bold")
    anonymous.append(anonymous_summary(index.report))
    console.print(anonymous)
    for group in cross_side_groups(groups):
        console.print()
        console.print(_group_title(group, plain))
        # A side that neither speaks to the point nor leaves it out only narrows the others.
        shown = [
            side
            for side in index.columns
            if index.group_claims(group, side.id) or side.id in group.missing_sides
        ]
        if console.width < len(shown) * MIN_COLUMN_WIDTH + TABLE_MARGIN:
            console.print(_stacked(index, group, shown, plain))
        else:
            console.print(_columns(index, group, shown, plain))
        console.print(_hanging(_group_notes(index, group)))
    _print_one_sided(index, groups, console)
    positions = claim_positions(index)
    if positions:
        console.print()
        title = Text().append(POSITIONS_TITLE, style="bold")
        console.print(title.append(f" ({POSITIONS_NOTE})", style=_EXPLAIN_STYLE))
        # Wrapped by hand so that no line break falls between a claim and its offsets. A line
        # holds its two-column indent and the " ·" that ends it when another line follows, so
        # the console never folds that last dot onto a line of its own.
        lines = [""]
        for cid, where in positions:
            item = f"{cid} {clean(where)}"
            if lines[-1] and 2 + len(lines[-1]) + 3 + len(item) + 2 > console.width:
                lines[-1] += " ·"
                lines.append("")
            lines[-1] += (" · " if lines[-1] else "") + item
        for line in lines:
            console.print(Text("  " + line), overflow="fold")


def _print_one_sided(index: ReportIndex, groups: tuple[ClaimGroup, ...], console: Console) -> None:
    """One-sided points, compact: one line per claim under its side."""
    per_side = one_sided_by_side(index, groups)
    if not per_side:
        return
    console.print()
    console.print(Text("Points only one side makes", style="bold"))
    for side, items in per_side:
        console.print(Padding(Text(clean(side.name), style="bold underline"), (0, 0, 0, 2)))
        rows = []
        for group, claim in items:
            line = Text().append(claim.id + " ", style="cyan")
            line.append(clean(index.speaker_name(claim.speaker_id)), style="bold")
            line.append(f" ({clean(index.claim_tag(claim))}): ", style=_EXPLAIN_STYLE)
            line.append_text(_claim_words(index, claim, ()))
            for flag in group.flags:
                line.append(f"  ⚑ {clean(flag_label(flag))}", style="yellow")
            rows.append((Text(group.id, style="bold"), line))
        console.print(_hanging(rows, _INDENT))


def _hanging(rows: list[tuple[Text, Text]], indent: int = 2) -> RenderableType:
    """Rows of (label, words), indented, the words wrapping under themselves, not the label
    (at 80 columns a long list of speakers or a conflict line stays readable)."""
    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(max_width=_LABEL_WIDTH, overflow="fold")
    grid.add_column(ratio=1, overflow="fold")
    for label, words in rows:
        grid.add_row(label, words)
    return Padding(grid, (0, 0, 0, indent), expand=False)


def _documents_line(index: ReportIndex) -> RenderableType:
    # The documents wrap under themselves, not under "Documents:" (two accounts with their
    # issuers fill more than 80 columns).
    docs = [clean(document_label(d)) for d in index.report.documents]
    rows: list[RenderableType] = [
        _hanging([(Text("Documents:", style="bold"), Text(", ".join(docs) or "none"))], indent=0)
    ]
    for document in index.report.documents:  # where a web page came from, for checking
        label = page_label(document)
        if label:
            # A page's title, site and address keep the whole line's width.
            line = Text().append(f"  {clean(document.id)}: ", style="bold")
            rows.append(line.append(clean(label)))
    return Group(*rows)


def _badge(verdict: Verdict, plain: bool) -> Text:
    label = VERDICT_LABELS[verdict].upper()
    if plain:
        return Text(f"[{label}]")
    return Text(f" {label} ", style=_BADGE_STYLES[verdict])


def _group_title(group: ClaimGroup, plain: bool) -> Text:
    title = Text().append(group.id + " ", style="bold")
    title.append_text(_badge(group.status, plain))
    if group.sides and len(group.sides) > 1:
        title.append(f"  score {score_label(group.score)}", style=_EXPLAIN_STYLE)
    return title


def _cell(index: ReportIndex, group: ClaimGroup, side: Side, plain: bool) -> Text:
    claims = index.group_claims(group, side.id)
    if not claims:
        missing = side.id in group.missing_sides
        return Text("(leaves it out)" if missing else "—", style=_EXPLAIN_STYLE)
    highlights = clash_highlights(index, group)
    cell = Text()
    for n, claim in enumerate(claims):
        if n:
            cell.append("\n\n")
        cell.append(claim.id + " ", style="cyan")
        cell.append(clean(index.speaker_name(claim.speaker_id)), style="bold")
        cell.append(f" ({clean(index.claim_tag(claim))})", style=_EXPLAIN_STYLE)
        cell.append("\n")
        cell.append_text(_claim_words(index, claim, highlights.get(claim.id, ()), plain))
    return cell


def _columns(index: ReportIndex, group: ClaimGroup, sides: list[Side], plain: bool) -> Table:
    table = Table(box=box.SIMPLE_HEAD, expand=True, padding=(0, 1), show_edge=False)
    for side in sides:
        table.add_column(Text(clean(side.name), style="bold"), ratio=1, overflow="fold")
    table.add_row(*(_cell(index, group, side, plain) for side in sides))
    return table


def _stacked(index: ReportIndex, group: ClaimGroup, sides: list[Side], plain: bool) -> Group:
    rows: list[RenderableType] = []
    for side in sides:
        rows.append(
            Padding(Text(clean(side.name), style="bold underline"), (0, 0, 0, 2), expand=False)
        )
        rows.append(Padding(_cell(index, group, side, plain), (0, 0, 0, _INDENT), expand=False))
    return Group(*rows)


def _group_notes(index: ReportIndex, group: ClaimGroup) -> list[tuple[Text, Text]]:
    reasons = ordered_reasons(index, group)
    soft = [reason for reason, _ in reasons if not firm_reason(reason)]
    # Under a diverging point the conflict grounds are what a fact-checker checks; a long run
    # of softer ties (same topic, shared words) after them is named in one line, not listed
    # (a three-side denial group ran to twenty lines). Markdown, HTML and JSON list them all.
    fold = group.status is Verdict.DIVERGE and len(soft) > _SOFT_SHOWN and len(soft) < len(reasons)
    notes = [
        (Text("·"), Text(clean(reason) + (f" ({pairs})" if pairs else ""), style=_EXPLAIN_STYLE))
        for reason, pairs in reasons
        if not (fold and reason in soft)
    ]
    if fold:
        kinds = dict.fromkeys(reason.partition(":")[0] for reason in soft)
        notes.append(
            (
                Text("·"),
                Text(
                    f"also tied by {len(soft)} softer grounds: {clean('; '.join(kinds))} "
                    "(each one: --format markdown)",
                    style=_EXPLAIN_STYLE,
                ),
            )
        )
    notes.extend(
        (Text("⚑", style="yellow"), Text(clean(flag_label(flag)), style="yellow"))
        for flag in group.flags
    )
    if group.missing_sides:
        left_out = ", ".join(clean(index.side_name(s)) for s in group.missing_sides)
        notes.append((Text("·"), Text("left out by: " + left_out, style="bold")))
    return notes
