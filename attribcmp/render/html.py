"""HTML output: one self-contained page (inline CSS, no scripts, no external assets).

The page holds the summary, the side-by-side table (or the claims by side and speaker) and
each document's text with the claim spans marked and linked to the claims. Every piece of
text goes through ``html.escape``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from html import escape as _html_escape

from attribcmp.model import Claim, ClaimGroup, Document, Report
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
    page_label,
    quote_marks,
    report_title,
    score_label,
    side_key,
    table_columns,
    verdict_counts,
)

__all__ = ["render_html"]

# Background colours for marks, by side position; cycles when there are more sides.
_SIDE_COLOURS = ("#ffe08a", "#a8d8ff", "#c8f0b0", "#f5c0e8", "#ffc8a8", "#d8d0ff")

_CSS = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 2em auto; max-width: 72em; padding: 0 1em;
  color: #1d1d1f; }
h1, h2, h3 { line-height: 1.2; }
table { border-collapse: collapse; width: 100%; margin: 1em 0; }
th, td { border: 1px solid #ccc; padding: .4em .6em; vertical-align: top; text-align: left; }
thead th { background: #f3f3f3; }
td.notes { background: #fafafa; font-size: 90%; color: #444; border-top: none; }
.badge { display: inline-block; padding: .1em .5em; border-radius: .3em; color: #fff;
  font-weight: bold; font-size: 85%; text-transform: uppercase; }
.converge { background: #2e7d32; } .partial { background: #b58900; color: #000; }
.diverge { background: #c62828; } .one_sided { background: #1565c0; }
.claim { margin: 0 0 .6em; }
.who { font-weight: bold; } .kind, .explain, .score { color: #666; font-size: 90%; }
.diff { background: #ffd0d0; text-decoration: underline; }
.missing { color: #888; font-style: italic; }
.doc { white-space: pre-wrap; border: 1px solid #ddd; padding: 1em; background: #fff; }
mark { padding: 0; color: inherit; }
mark a { color: inherit; text-decoration: none; }
mark.depth2 { outline: 1px solid #888; } mark.depth3 { outline: 2px solid #444; }
""" + "".join(f"mark.side{n} {{ background: {c}; }}\n" for n, c in enumerate(_SIDE_COLOURS))
# For sharing: a link per group, claim <-> text jumps that show where they landed, side
# columns that stack on a phone (each cell then names its side), and a clean printout.
_CSS += """
.badge { white-space: nowrap; }
a.anchor { color: inherit; text-decoration: none; }
a.anchor:hover::after, a.anchor:focus::after { content: " #"; color: #888; }
a.totext { font-size: 85%; white-space: nowrap; color: #1565c0; }
:target { scroll-margin-top: 1em; }
tr:target > th, .claim:target { background: #fff3c4; }
span[id^="m-"]:target + mark { outline: 3px solid #c62828; }
.legend mark { padding: 0 .3em; }
li > .claim { display: inline; }
.page { color: #444; overflow-wrap: anywhere; }
.doc { overflow-wrap: break-word; }
@media (max-width: 40em) {
  body { margin: 1em auto; font-size: 16px; }
  table, thead, tbody, tr, th, td { display: block; width: auto; }
  thead { display: none; }
  tbody { border: 1px solid #ccc; border-radius: .3em; margin: 0 0 1em; }
  tbody th, tbody td { border: none; border-top: 1px solid #eee; }
  tbody tr:first-child > th { border-top: none; background: #f3f3f3; }
  td[data-side]::before { content: attr(data-side); display: block; font-size: 80%;
    font-weight: bold; text-transform: uppercase; letter-spacing: .03em; color: #555; }
  .doc { padding: .6em; }
}
@media print {
  body { max-width: none; margin: 0; font-size: 10pt; color: #000; }
  a { color: inherit; text-decoration: none; }
  a.totext, .back { display: none; }
  thead { display: table-header-group; }
  tbody, .claim { break-inside: avoid; }
  h2, h3 { break-after: avoid; }
  .badge, mark, thead th, td.notes { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .doc { border: none; padding: 0; }
}
"""


def render_html(report: Report) -> str:
    """The report as one HTML page, ending with a newline.

    Args:
        report: the report; with groups the side-by-side table is shown, without them the
            claims by side and speaker. Either way each document follows with its claim
            spans marked.

    Returns:
        A complete ``<!DOCTYPE html>`` document.
    """
    index = index_report(report)
    title = report_title(report)
    docs = ", ".join(d.id for d in report.documents)
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(title + (': ' + docs if docs else ''))}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        f"<h1>{_e(title)}</h1>",
    ]
    out += _header(index)
    if report.groups is None:
        out += _claims(index)
    else:
        out += _side_by_side(index, report.groups)
        out += _one_sided(index, report.groups)
        out += _positions(index)
    out += _documents(index)
    if report.warnings:
        out.append("<h2>Warnings</h2>")
        out.append("<ul>" + "".join(f"<li>{_e(w)}</li>" for w in report.warnings) + "</ul>")
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


def _e(text: str) -> str:
    return _html_escape(clean(text), quote=True)


def _header(index: ReportIndex) -> list[str]:
    report = index.report
    docs = ", ".join(_e(document_label(d)) for d in report.documents)
    out = [f"<p><strong>Documents:</strong> {docs or 'none'}</p>"]
    out += [_page_line(d) for d in report.documents if d.page is not None]
    out += ["<h2>Sides</h2>", "<ul>"]
    for side in index.columns:
        names = ", ".join(
            _e(s.name) + (' <span class="kind">(anonymous)</span>' if s.anonymous else "")
            for s in index.side_speakers(side.id)
        )
        out.append(f"<li><strong>{_e(side.name)}</strong>: {names or 'no speakers'}</li>")
    out.append("</ul>")
    if report.groups is not None:
        conflicts = headline_conflicts(index, report.groups)
        if conflicts:
            out.append("<p><strong>Conflicts:</strong></p>")
            out.append(
                "<ul>"
                + "".join(
                    f'<li><a href="#group-{_e(gid)}">{_e(gid)}</a> {_e(line)}</li>'
                    for gid, line in conflicts
                )
                + "</ul>"
            )
        else:
            out.append("<p><strong>Conflicts:</strong> none found.</p>")
        counts = verdict_counts(report.groups)
        badges = " ".join(
            f'<span class="badge {v.value}">{n} {_e(VERDICT_LABELS[v])}</span>'
            for v, n in counts.items()
        )
        out.append(f"<p><strong>Verdicts:</strong> {badges}</p>")
    out.append(f"<p><strong>Anonymous sourcing:</strong> {_e(anonymous_summary(report))}</p>")
    return out


def _page_line(document: Document) -> str:
    """Where a web page came from: its headline, outlet, date, author, and a link."""
    label = _e(page_label(document) or "")
    url = document.page.url if document.page else None
    if url and url.lower().startswith(("http://", "https://")):
        link = f'<a href="{_e(url)}" rel="noopener noreferrer">{_e(url)}</a>'
        label = label.replace(_e(url), link)
    return f'<p class="page"><strong>{_e(document.id)}:</strong> {label}</p>'


def _claim_html(index: ReportIndex, claim: Claim, words: tuple[str, ...], who: bool) -> str:
    """One claim as a div with its id, speaker, kind, words and a link to its span."""
    opening, closing = quote_marks(claim)
    body = "".join(
        f'<strong class="diff">{_e(piece)}</strong>' if highlighted else _e(piece)
        for piece, highlighted in highlight_segments(clean(index.claim_body(claim)), words)
    )
    head = f'<span class="who">{_e(index.speaker_name(claim.speaker_id))}</span> ' if who else ""
    if who:  # in the report: the same tag as text and Markdown ("indirect, denied, hedged")
        details = [_e(index.claim_tag(claim))]
    else:  # listing claims: every cue, plain ones too, as the other formats list them
        details = [_e(index.claim_tag(claim, with_cue=False))]
        if claim.cue is not None:
            details.append(f"cue “{_e(claim.cue.text)}”")
        if claim.hedged:
            details.append("hedged")
        if claim.reported_speaker:
            details.append(f"reporting {_e(claim.reported_speaker)}")
    link = ""
    if claim.doc_id in index.documents:
        link = f' <a class="totext" href="#m-{_e(claim.id)}" title="show in the text">in text ↧</a>'
    return (
        f'<div class="claim" id="claim-{_e(claim.id)}">{head}'
        f'<span class="kind">{_e(claim.id)} · {" · ".join(details)}</span><br>'
        f"{opening}{body}{closing}{link}</div>"
    )


def _side_by_side(index: ReportIndex, groups: tuple[ClaimGroup, ...]) -> list[str]:
    cross = cross_side_groups(groups)
    if not cross:
        return ["<h2>Side by side</h2>", "<p>No point is made by more than one side.</p>"]
    columns = table_columns(index, cross)
    heads = "".join(f"<th>{_e(side.name)}</th>" for side in columns)
    out = ["<h2>Side by side</h2>", "<table>", f"<thead><tr><th>Verdict</th>{heads}</tr></thead>"]
    for group in cross:
        highlights = clash_highlights(index, group)
        score = (
            f' <span class="score">score {score_label(group.score)}</span>'
            if len(group.sides) > 1
            else ""
        )
        cells = []
        for side in columns:
            claims = index.group_claims(group, side.id)
            if claims:
                inner = "".join(
                    _claim_html(index, c, highlights.get(c.id, ()), who=True) for c in claims
                )
            elif side.id in group.missing_sides:
                inner = '<span class="missing">leaves it out</span>'
            else:
                inner = '<span class="missing">—</span>'
            cells.append(f'<td data-side="{_e(side.name)}">{inner}</td>')
        badge = f'<span class="badge {group.status.value}">{VERDICT_LABELS[group.status]}</span>'
        out.append("<tbody>")
        out.append(
            f'<tr id="group-{_e(group.id)}"><th><a class="anchor" href="#group-{_e(group.id)}" '
            f'title="link to this group">{_e(group.id)}</a> {badge}{score}</th>'
            + "".join(cells)
            + "</tr>"
        )
        notes = _notes(index, group)
        if notes:
            out.append(f'<tr><td class="notes" colspan="{len(columns) + 1}">{notes}</td></tr>')
        out.append("</tbody>")
    out.append("</table>")
    return out


def _one_sided(index: ReportIndex, groups: tuple[ClaimGroup, ...]) -> list[str]:
    """One-sided points, compact: a list per side."""
    per_side = one_sided_by_side(index, groups)
    if not per_side:
        return []
    out = ["<h2>Points only one side makes</h2>"]
    for side, items in per_side:
        out.append(f"<h3>{_e(side.name)}</h3>")
        out.append("<ul>")
        for group, claim in items:
            flags = "".join(
                f' <span class="kind">⚑ {_e(flag_label(flag))}</span>' for flag in group.flags
            )
            out.append(
                f'<li id="group-{_e(group.id)}">{_e(group.id)} '
                f"{_claim_html(index, claim, (), who=True)}{flags}</li>"
            )
        out.append("</ul>")
    return out


def _positions(index: ReportIndex) -> list[str]:
    positions = claim_positions(index)
    if not positions:
        return []
    where = " · ".join(
        f'<a href="#m-{_e(cid)}">{_e(cid)}</a> {_e(at)}'
        if index.claims[cid].doc_id in index.documents
        else f"{_e(cid)} {_e(at)}"
        for cid, at in positions
    )
    return [
        f"<h2>{POSITIONS_TITLE}</h2>",
        f'<p class="positions"><span class="kind">{POSITIONS_NOTE}:</span> {where}</p>',
    ]


def _notes(index: ReportIndex, group: ClaimGroup) -> str:
    notes, left_out = group_notes(index, group, _e)
    # Each claim pair behind a ground links to its claims ("(c1–c3)" -> #claim-c1, #claim-c3).
    link = functools.partial(_claim_link, index.claims)
    notes = [_CLAIM_REF.sub(link, note) if "–" in note else note for note in notes]
    if left_out:
        notes.append(f"<strong>left out by:</strong> {left_out}")
    return "<br>".join(notes)


# A claim pair as ``group_notes`` writes it after a ground: "c3–c5", or with the part of a
# claim split into points, "c7.1–c9" (the whole id, never "c7" and a loose ".1").
_CLAIM_REF = re.compile(r"(?<![\w.-])(c\d+(?:\.\d+)*)–(c\d+(?:\.\d+)*)(?![\w-]|\.\d)")


def _claim_link(known: Mapping[str, object], match: re.Match[str]) -> str:
    # Only an id with an anchor on the page becomes a link: a link must land somewhere.
    return "–".join(
        f'<a href="#claim-{cid}">{cid}</a>' if cid in known else cid for cid in match.groups()
    )


def _claims(index: ReportIndex) -> list[str]:
    out = ["<h2>Claims</h2>"]
    for side, speakers in claims_by_side(index):
        out.append(f"<h3>{_e(side.name)}</h3>")
        for speaker_id, claims in speakers:
            speaker = index.speakers.get(speaker_id)
            details = ""
            if speaker is not None:
                details = kind_label(speaker)
                if speaker.aliases:
                    details += "; also " + ", ".join(_e(a) for a in speaker.aliases)
            out.append(
                f'<h4>{_e(index.speaker_name(speaker_id))} <span class="kind">{details}</span></h4>'
            )
            for claim in claims:
                out.append(_claim_html(index, claim, (), who=False))
                explain = "; ".join(
                    f"{label}: {_e(value)}"
                    for label, value in (("rule", claim.rule), ("resolution", claim.resolution))
                    if value
                )
                if explain:
                    out.append(f'<div class="explain">{explain}</div>')
    return out


def _documents(index: ReportIndex) -> list[str]:
    side_order = {side.id: n for n, side in enumerate(index.columns)}
    out = []
    for document in index.report.documents:
        claims = [c for c in index.report.claims if c.doc_id == document.id]
        out.append(f"<h2>Text of {_e(document.id)}</h2>")
        marked = _marked_text(index, document, claims, side_order)
        out.append(_legend(index, claims, side_order))
        out.append(f'<div class="doc" id="text-{_e(document.id)}">{marked}</div>')
    return out


def _legend(index: ReportIndex, claims: list[Claim], side_order: dict[str, int]) -> str:
    """Which colour marks which side's claims in the text below."""
    used = {side_key(c.side) for c in claims}
    keys = [
        f'<mark class="side{side_order[side.id] % len(_SIDE_COLOURS)}">{_e(side.name)}</mark>'
        for side in index.columns
        if side.id in used
    ]
    return f'<p class="legend">Claims marked by side: {" ".join(keys)}</p>' if keys else ""


def _marked_text(
    index: ReportIndex, document: Document, claims: list[Claim], side_order: dict[str, int]
) -> str:
    """The document text with ``<mark>`` around every claim part.

    Parts may overlap or nest, so the text is cut at every part boundary; each piece is
    marked once, for the shortest claim part covering it (the innermost), and nesting depth
    shows as an outline. Marks therefore never straddle each other and the HTML stays valid.
    """
    text = document.text
    n = len(text)
    parts: list[tuple[int, int, Claim]] = []
    for claim in claims:
        for start, end in claim.parts:
            # Offsets outside the text are clipped; empty or reversed parts carry nothing.
            start, end = max(0, start), min(n, end)
            if start < end:
                parts.append((start, end, claim))
    if not parts:
        return _e(text)
    starts: dict[int, list[int]] = {}
    ends: dict[int, list[int]] = {}
    anchors: dict[int, list[str]] = {}
    seen: set[str] = set()
    for number, (start, end, claim) in sorted(enumerate(parts), key=lambda p: p[1][0]):
        starts.setdefault(start, []).append(number)
        ends.setdefault(end, []).append(number)
        if claim.id not in seen:  # the link target sits where the claim's first part starts
            seen.add(claim.id)
            anchors.setdefault(start, []).append(claim.id)
    bounds = sorted({0, n, *starts, *ends})
    active: set[int] = set()
    pieces: list[str] = []
    for left, right in zip(bounds, bounds[1:], strict=False):
        active.difference_update(ends.get(left, ()))
        active.update(starts.get(left, ()))
        pieces.extend(f'<span id="m-{_e(claim_id)}"></span>' for claim_id in anchors.get(left, ()))
        chunk = _e(text[left:right])
        if not active:
            pieces.append(chunk)
            continue
        covering = [parts[number] for number in active]
        inner = min(covering, key=lambda p: (p[1] - p[0], p[2].id))[2]
        over = sorted({p[2].id: p[2] for p in covering}.items())
        title = "; ".join(
            f"{cid}: {index.speaker_name(c.speaker_id)} ({index.claim_tag(c)})" for cid, c in over
        )
        depth = min(len(over), 3)
        colour = side_order.get(side_key(inner.side), 0) % len(_SIDE_COLOURS)
        pieces.append(
            f'<mark class="side{colour} depth{depth}" title="{_e(title)}">'
            f'<a href="#claim-{_e(inner.id)}">{chunk}</a></mark>'
        )
    return "".join(pieces)
