"""Markdown output: the text report as a document, with a table for the side-by-side view.

Article text is escaped so that it can never turn into markup: CommonMark lets any ASCII
punctuation be backslash-escaped, and table cells also need their newlines flattened.
"""

from __future__ import annotations

import re

from attribcmp.model import Claim, ClaimGroup, Report, Speaker
from attribcmp.render import (
    POSITIONS_NOTE,
    POSITIONS_TITLE,
    VERDICT_LABELS,
    ReportIndex,
    anonymous_summary,
    claim_positions,
    claims_by_side,
    clash_highlights,
    clean,
    cross_side_groups,
    document_label,
    flag_label,
    group_notes,
    headline_conflicts,
    highlight_segments,
    index_report,
    kind_label,
    one_sided_by_side,
    quote_marks,
    report_title,
    score_label,
    table_columns,
    verdict_counts,
)

__all__ = ["render_markdown"]

# Characters that can start emphasis, code, links, HTML, tables, entities or strikethrough.
_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|~&#"})
# Line breaks would end a table row or a list item.
_BREAKS = re.compile(r"[\n\u2028\u2029]+")


def render_markdown(report: Report) -> str:
    """The report as a Markdown document (GitHub-flavoured tables), ending with a newline."""
    index = index_report(report)
    lines: list[str] = []
    if report.groups is None:
        lines += ["# attribcmp claims", ""]
        lines += _header(index)
        lines += _claims(index)
    else:
        lines += [f"# {report_title(report)}", ""]
        lines += _header(index)
        lines += _summary(index, report.groups)
        lines += _side_by_side(index, report.groups)
        lines += _one_sided(index, report.groups)
        lines += _positions(index)
    if report.warnings:
        lines += ["## Warnings", ""]
        lines += [f"- {escape(w)}" for w in report.warnings]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def escape(text: str) -> str:
    """Escape Markdown syntax and flatten line breaks (safe in table cells and list items)."""
    return _BREAKS.sub(" ", clean(text).translate(_SPECIAL))


def _header(index: ReportIndex) -> list[str]:
    docs = ", ".join(escape(document_label(d)) for d in index.report.documents)
    lines = [f"**Documents:** {docs or 'none'}", "", "## Sides", ""]
    for side in index.columns:
        speakers = index.side_speakers(side.id)
        names = ", ".join(_speaker_label(s) for s in speakers) or "no speakers"
        lines.append(f"- **{escape(side.name)}**: {names}")
    lines.append("")
    return lines


def _speaker_label(speaker: Speaker) -> str:
    details = kind_label(speaker)
    return f"{escape(speaker.name)} ({details})"


def _summary(index: ReportIndex, groups: tuple[ClaimGroup, ...]) -> list[str]:
    conflicts = headline_conflicts(index, groups)
    lines = ["## Summary", ""]
    if conflicts:
        lines += ["**Conflicts:**", ""]
        lines += [f"- {escape(gid)} {escape(line)}" for gid, line in conflicts]
    else:
        lines += ["**Conflicts:** none found."]
    lines += ["", "| Verdict | Groups |", "|---|---:|"]
    lines += [f"| {VERDICT_LABELS[v]} | {n} |" for v, n in verdict_counts(groups).items()]
    lines += ["", f"Anonymous sourcing: {anonymous_summary(index.report)}.", ""]
    return lines


def _words(index: ReportIndex, claim: Claim, words: tuple[str, ...]) -> str:
    opening, closing = quote_marks(claim)
    body = "".join(
        f"**{escape(piece)}**" if highlighted else escape(piece)
        for piece, highlighted in highlight_segments(clean(index.claim_body(claim)), words)
    )
    return f"{opening}{body}{closing}"


def _side_by_side(index: ReportIndex, groups: tuple[ClaimGroup, ...]) -> list[str]:
    cross = cross_side_groups(groups)
    if not cross:
        return ["## Side by side", "", "No point is made by more than one side.", ""]
    columns = table_columns(index, cross)
    names = [escape(side.name) for side in columns]
    lines = [
        "## Side by side",
        "",
        "| Group | Verdict | " + " | ".join(names) + " | Notes |",
        "|---|---|" + "---|" * len(names) + "---|",
    ]
    for group in cross:
        verdict = f"**{VERDICT_LABELS[group.status]}**"
        if len(group.sides) > 1:
            verdict += f" (score {score_label(group.score)})"
        cells = [_cell(index, group, side.id) for side in columns]
        row = [escape(group.id), verdict, *cells, _notes(index, group)]
        lines.append("| " + " | ".join(row) + " |")
    lines.append("")
    return lines


def _one_sided(index: ReportIndex, groups: tuple[ClaimGroup, ...]) -> list[str]:
    """One-sided points, compact: a list per side."""
    per_side = one_sided_by_side(index, groups)
    if not per_side:
        return []
    lines = ["## Points only one side makes", ""]
    for side, items in per_side:
        lines += [f"### {escape(side.name)}", ""]
        for group, claim in items:
            flags = "".join(f" ⚑ {escape(flag_label(flag))}" for flag in group.flags)
            lines.append(f"- {escape(group.id)} {_cell_claim(index, claim, ())}{flags}")
        lines.append("")
    return lines


def _positions(index: ReportIndex) -> list[str]:
    positions = claim_positions(index)
    if not positions:
        return []
    where = " · ".join(f"{escape(cid)} {escape(at)}" for cid, at in positions)
    return [f"## {POSITIONS_TITLE}", "", f"*{POSITIONS_NOTE}:* {where}", ""]


def _cell(index: ReportIndex, group: ClaimGroup, side_id: str) -> str:
    claims = index.group_claims(group, side_id)
    if not claims:
        return "*leaves it out*" if side_id in group.missing_sides else "—"
    highlights = clash_highlights(index, group)
    return "<br>".join(_cell_claim(index, c, highlights.get(c.id, ())) for c in claims)


def _cell_claim(index: ReportIndex, claim: Claim, words: tuple[str, ...]) -> str:
    who = escape(index.speaker_name(claim.speaker_id))
    tag = escape(index.claim_tag(claim))
    return f"{escape(claim.id)} **{who}** ({tag}): {_words(index, claim, words)}"


def _notes(index: ReportIndex, group: ClaimGroup) -> str:
    notes, left_out = group_notes(index, group, escape)
    if left_out:
        notes.append(f"left out by: {left_out}")
    return "<br>".join(notes)


def _claims(index: ReportIndex) -> list[str]:
    lines: list[str] = []
    for side, speakers in claims_by_side(index):
        lines += [f"## {escape(side.name)}", ""]
        for speaker_id, claims in speakers:
            lines += _speaker_section(index, speaker_id, claims)
    return lines


def _speaker_section(index: ReportIndex, speaker_id: str, claims: list[Claim]) -> list[str]:
    speaker = index.speakers.get(speaker_id)
    lines = [f"### {escape(index.speaker_name(speaker_id))}", ""]
    if speaker is not None:
        details = kind_label(speaker)
        if speaker.aliases:
            details += "; also " + ", ".join(escape(a) for a in speaker.aliases)
        lines += [f"*{details}*", ""]
    if not claims:
        lines += ["No claims.", ""]
    for claim in claims:
        head = f"- {escape(claim.id)} {escape(index.claim_tag(claim, with_cue=False))}"
        if claim.cue is not None:
            head += f", cue “{escape(claim.cue.text)}”"
        if claim.hedged:
            head += ", hedged"
        if claim.reported_speaker:
            head += f", reporting {escape(claim.reported_speaker)}"
        lines.append(f"{head}: {_words(index, claim, ())}")
        explain = "; ".join(
            f"{label}: {escape(value)}"
            for label, value in (("rule", claim.rule), ("resolution", claim.resolution))
            if value
        )
        if explain:
            lines.append(f"  <br>*{explain}*")
    lines.append("")
    return lines
