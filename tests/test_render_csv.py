"""CSV output: a header, one row per claim, RFC 4180 quoting, formulas neutralised."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from attribcmp.cli import cli
from attribcmp.model import (
    Claim,
    ClaimKind,
    Document,
    Report,
    Side,
    Speaker,
    SpeakerKind,
    TextSpan,
)
from attribcmp.pipeline import attribute, report
from attribcmp.render.csv import CLAIM_COLUMNS, GROUP_COLUMNS, neutralise, render_csv

FOUNDING = Path(__file__).resolve().parents[1] / "samples" / "founding" / "article.txt"
# Claims whose words a spreadsheet would run, or that need quoting.
TRICKY = (
    'Officials said "=HYPERLINK(""http://evil.example"")" was posted.\n\n'
    "The minister said +5 percent, she said, was -3 after tax, and @everyone knew it.\n\n"
    'Police said the suspect shouted, "Stop, now!" and ran,\nthen fell.\n'
)


def _rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("=SUM(A1:A3)", "'=SUM(A1:A3)"),
        ("+5 percent", "'+5 percent"),
        ("-3 after tax", "'-3 after tax"),
        ("@everyone", "'@everyone"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("a = b", "a = b"),
        ("5-3", "5-3"),
        ("", ""),
        ("'quoted'", "'quoted'"),
    ],
)
def test_neutralise(cell: str, expected: str) -> None:
    assert neutralise(cell) == expected


def test_claims_csv_has_a_header_and_one_row_per_claim() -> None:
    result = attribute([Document("founding", FOUNDING.read_text(encoding="utf-8"))])
    out = render_csv(result)
    rows = _rows(out)
    assert tuple(rows[0]) == CLAIM_COLUMNS
    assert len(rows) - 1 == len(result.claims)
    assert out.endswith("\r\n") and "\n" not in out.replace("\r\n", "")  # CRLF only
    text = FOUNDING.read_text(encoding="utf-8")
    for row, claim in zip(rows[1:], result.claims, strict=True):
        record = dict(zip(CLAIM_COLUMNS, row, strict=True))
        assert record["claim"] == claim.id
        start, end = int(record["start"]), int(record["end"])
        assert text[start:end] == record["content"]
        assert record["anonymous"] in ("yes", "no")


def test_report_csv_rows_carry_group_verdict_and_reasons() -> None:
    result = report([Document("founding", FOUNDING.read_text(encoding="utf-8"))])
    rows = _rows(render_csv(result))
    assert tuple(rows[0]) == GROUP_COLUMNS + CLAIM_COLUMNS
    assert len(rows) - 1 == len(result.claims)
    assert result.groups
    groups = {g.id: g for g in result.groups}
    for row in rows[1:]:
        record = dict(zip(rows[0], row, strict=True))
        group = groups[record["group"]]
        assert record["claim"] in group.claim_ids
        assert record["verdict"] == str(group.status)
        assert record["reasons"] == "; ".join(group.reasons)


def test_tricky_text_round_trips_and_runs_no_formula() -> None:
    result = attribute([Document("tricky", TRICKY)])
    rows = _rows(render_csv(result))
    assert len(rows) - 1 == len(result.claims) >= 3
    for row in rows[1:]:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@", "\t", "\r"))
    contents = [dict(zip(rows[0], row, strict=True))["content"] for row in rows[1:]]
    # Quotes, commas and line breaks come back exactly (the apostrophe aside).
    originals = [c.content.text for c in result.claims]
    assert [c.removeprefix("'") for c in contents] == originals


def test_cli_csv_for_claims_and_report(tmp_path: Path) -> None:
    out = tmp_path / "claims.csv"
    result = CliRunner().invoke(cli, ["claims", str(FOUNDING), "--format", "csv", "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    data = out.read_bytes()
    assert data.startswith(b"doc,claim,speaker,side,anonymous,kind,cue,content,start,end,rule\r\n")
    data.decode("utf-8")
    result = CliRunner().invoke(cli, ["report", str(FOUNDING), "--format", "csv"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("group,verdict,score,reasons,doc,claim,")


@given(texts=st.lists(st.text(min_size=1, max_size=40), min_size=1, max_size=4))
@settings(max_examples=60, deadline=None)
def test_any_unicode_round_trips(texts: list[str]) -> None:
    text = "\n".join(texts)
    claims, start = [], 0
    for n, piece in enumerate(texts, start=1):
        claims.append(
            Claim(
                id=f"c{n}",
                doc_id="d",
                speaker_id="s1",
                kind=ClaimKind.INDIRECT,
                content=TextSpan(piece, start, start + len(piece)),
                parts=((start, start + len(piece)),),
                cue=TextSpan(piece[:3], start, start + 3),
                side="us",
            )
        )
        start += len(piece) + 1
    speaker = Speaker(id="s1", name=texts[0], kind=SpeakerKind.PERSON)
    report = Report((Document("d", text),), (Side("us", texts[-1]),), (speaker,), tuple(claims))
    rows = _rows(render_csv(report))
    assert len(rows) == len(claims) + 1
    for row, claim in zip(rows[1:], claims, strict=True):
        record = dict(zip(CLAIM_COLUMNS, row, strict=True))
        assert neutralise(claim.content.text) == record["content"]
        assert record["speaker"] == neutralise(texts[0])
