"""The column a reader would find a claim in, and who said it: the side and speaker tests'
helpers."""

from __future__ import annotations

from attribcmp.model import Claim, Document, Report, Speaker
from attribcmp.pipeline import attribute


def report_of(text: str) -> Report:
    """The report of one document holding ``text``."""
    return attribute([Document(id="a", text=text)])


def columns_by_speaker(text: str) -> dict[str, str]:
    """speaker name -> side name, for every speaker with a claim."""
    report = report_of(text)
    names = {s.id: s.name for s in report.sides}
    speakers = {sp.id: sp for sp in report.speakers}
    return {speakers[c.speaker_id].name: names[c.side or ""] for c in report.claims}


def _found(text: str, said: str) -> tuple[Report, Claim]:
    report = report_of(text)
    found = [c for c in report.claims if said in c.content.text]
    assert found, [c.content.text for c in report.claims]
    return report, found[0]


def column_of(text: str, said: str) -> str:
    """The side name of the claim whose content holds ``said``."""
    report, claim = _found(text, said)
    return {s.id: s.name for s in report.sides}[claim.side or ""]


def column_and_reason(text: str, said: str) -> tuple[str, str]:
    """(side name, speaker reason) of the claim whose content holds ``said``."""
    report, claim = _found(text, said)
    speaker = {sp.id: sp for sp in report.speakers}[claim.speaker_id]
    return {s.id: s.name for s in report.sides}[claim.side or ""], speaker.side_reason or ""


def speaker_of(text: str, said: str) -> Speaker:
    """The speaker of the claim whose content holds ``said``."""
    report, claim = _found(text, said)
    return {s.id: s for s in report.speakers}[claim.speaker_id]
