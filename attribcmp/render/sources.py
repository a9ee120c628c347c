"""The ``sources`` view: speakers with their aliases, sides and why they got them."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from attribcmp.model import Report

if TYPE_CHECKING:
    from rich.console import Console


def sources_to_dict(report: Report) -> dict[str, Any]:
    """Speakers and sides as plain data, with each speaker's claim count."""
    counts: dict[str, int] = {}
    for claim in report.claims:
        counts[claim.speaker_id] = counts.get(claim.speaker_id, 0) + 1
    sides = {side.id: side.name for side in report.sides}
    return {
        "schema": "attribcmp.sources/1",
        "sides": [{"id": s.id, "name": s.name} for s in report.sides],
        "speakers": [
            {
                "id": sp.id,
                "name": sp.name,
                "kind": sp.kind.value,
                "anonymous": sp.anonymous,
                "side": sp.side,
                "side_name": sides.get(sp.side or ""),
                "side_reason": sp.side_reason,
                "aliases": list(sp.aliases),
                "mentions": [m.span.text for m in sp.mentions],
                "claims": counts.get(sp.id, 0),
            }
            for sp in report.speakers
        ],
    }


def render_sources(report: Report, fmt: str) -> str:
    """``json`` or ``yaml`` text of the sources view."""
    data = sources_to_dict(report)
    if fmt == "yaml":
        import yaml

        return str(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100))
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render_sources_text(report: Report, console: Console) -> None:
    """A table of speakers, one row each, grouped by side."""
    from rich.table import Table
    from rich.text import Text

    data = sources_to_dict(report)
    table = Table(title="Speakers", show_lines=False, expand=False)
    table.add_column("id", no_wrap=True)
    table.add_column("speaker")
    table.add_column("side")
    table.add_column("claims", justify="right")
    table.add_column("also called")
    order = {s["id"]: n for n, s in enumerate(data["sides"])}
    speakers = sorted(data["speakers"], key=lambda s: (order.get(s["side"], 99), s["id"]))
    for sp in speakers:
        name = Text(sp["name"])
        name.append(f"\n{sp['kind']}" + (", anonymous" if sp["anonymous"] else ""), style="dim")
        side = Text(sp["side_name"] or "-")
        if sp["side_reason"]:
            side.append(f"\n{sp['side_reason']}", style="dim")
        aliases = Text("; ".join(sp["aliases"]) or "-")
        table.add_row(sp["id"], name, side, str(sp["claims"]), aliases)
    console.print(table)
