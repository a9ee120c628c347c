"""Renderers: JSON contract, YAML, markdown, HTML and rich text, on a hand-built report."""

from __future__ import annotations

import dataclasses
import io
import json
import re
from html.parser import HTMLParser
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console

from attribcmp.model import (
    SCHEMA,
    Claim,
    ClaimGroup,
    ClaimKind,
    Document,
    OutputFormat,
    Report,
    Side,
    Speaker,
    SpeakerKind,
    SpeakerMention,
    TextSpan,
    Verdict,
)
from attribcmp.render import highlight_segments, render
from attribcmp.render.html import render_html
from attribcmp.render.json import error_line, render_json, render_jsonl_line, report_to_dict
from attribcmp.render.markdown import render_markdown
from attribcmp.render.text import render_text
from attribcmp.render.yaml import render_yaml

ARTICLE = (
    "Talks focused on the “longstanding defense partnership,” Lloyd Austin said on Wednesday.\n\n"
    "A statement by the military’s media wing said the two sides agreed on 5 points. "
    "Austin said they agreed on 3 points.\n\n"
    "“We value the longstanding partnership,” the statement said.\n\n"
    "According to diplomatic sources, Bajwa urged a resolution of the Kashmir conflict."
)
DOC_ID = "seed"


def span(text: str, needle: str, after: int = 0) -> TextSpan:
    """The TextSpan of ``needle`` in ``text`` (first occurrence at or after ``after``)."""
    start = text.index(needle, after)
    return TextSpan(needle, start, start + len(needle))


def make_claim(
    claim_id: str,
    speaker_id: str,
    side: str,
    kind: ClaimKind,
    content: str,
    cue: str,
    mention: str,
    text: str = ARTICLE,
    hedged: bool = False,
) -> Claim:
    body = span(text, content)
    return Claim(
        id=claim_id,
        doc_id=DOC_ID,
        speaker_id=speaker_id,
        kind=kind,
        content=body,
        parts=((body.start, body.end),),
        mention=span(text, mention),
        cue=span(text, cue, body.start if text.find(cue, body.start) >= 0 else 0),
        rule="quote-then-cue" if kind is ClaimKind.DIRECT else "reported-speech",
        resolution=f"name '{mention}'",
        side=side,
        hedged=hedged,
    )


def make_report(with_groups: bool = True) -> Report:
    """Two sides, three speakers (one anonymous), five claims, three groups."""
    speakers = (
        Speaker(
            id="s1",
            name="U.S. Defense Secretary Lloyd J. Austin",
            kind=SpeakerKind.PERSON,
            aliases=("Lloyd Austin", "Austin"),
            mentions=(SpeakerMention(DOC_ID, span(ARTICLE, "Lloyd Austin")),),
            side="us",
            side_reason="gazetteer: U.S.",
        ),
        Speaker(
            id="s2",
            name="the military’s media wing",
            kind=SpeakerKind.ORGANISATION,
            aliases=("the statement",),
            mentions=(SpeakerMention(DOC_ID, span(ARTICLE, "the military’s media wing")),),
            side="pk",
        ),
        Speaker(
            id="s3",
            name="diplomatic sources",
            kind=SpeakerKind.SOURCE,
            anonymous=True,
            mentions=(SpeakerMention(DOC_ID, span(ARTICLE, "diplomatic sources")),),
            side="pk",
        ),
    )
    claims = (
        make_claim(
            "c1",
            "s1",
            "us",
            ClaimKind.DIRECT,
            "longstanding defense partnership",
            "said",
            "Lloyd Austin",
        ),
        make_claim(
            "c2",
            "s2",
            "pk",
            ClaimKind.INDIRECT,
            "the two sides agreed on 5 points",
            "said",
            "the military’s media wing",
        ),
        make_claim(
            "c3", "s1", "us", ClaimKind.INDIRECT, "they agreed on 3 points", "said", "Austin"
        ),
        make_claim(
            "c4",
            "s2",
            "pk",
            ClaimKind.DIRECT,
            "We value the longstanding partnership,",
            "said",
            "the statement",
        ),
        make_claim(
            "c5",
            "s3",
            "pk",
            ClaimKind.ACCORDING_TO,
            "Bajwa urged a resolution of the Kashmir conflict",
            "According to",
            "diplomatic sources",
            hedged=True,
        ),
    )
    groups = (
        ClaimGroup(
            id="g1",
            claim_ids=("c1", "c4"),
            sides=("us", "pk"),
            status=Verdict.CONVERGE,
            score=81.5,
            reasons=("both sides speak of a longstanding partnership",),
        ),
        ClaimGroup(
            id="g2",
            claim_ids=("c3", "c2"),
            sides=("us", "pk"),
            status=Verdict.DIVERGE,
            score=72.0,
            reasons=("numbers differ: 3 vs 5",),
            highlights=(("c3", ("3",)), ("c2", ("5",))),
        ),
        ClaimGroup(
            id="g3",
            claim_ids=("c5",),
            sides=("pk",),
            status=Verdict.ONE_SIDED,
            reasons=("only Pakistan makes this point",),
            flags=("anonymous_only",),
            missing_sides=("us",),
        ),
    )
    return Report(
        documents=(Document(id=DOC_ID, text=ARTICLE, path="seed.txt"),),
        sides=(Side("us", "United States"), Side("pk", "Pakistan")),
        speakers=speakers,
        claims=claims,
        groups=groups if with_groups else None,
        warnings=("1 quotation mark left unpaired",),
    )


def text_output(report: Report, width: int) -> str:
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None)
    render_text(report, console)
    return buffer.getvalue()


def squash(text: str) -> str:
    return " ".join(text.split())


def unzip_columns(out: str, second_header: str) -> str:
    """Read a two-column text layout column by column (left column first), squashed.

    Table cells wrap inside their column, so a claim is contiguous only when each column is
    read on its own; the second column starts where its header starts.
    """
    cut = next(line.index(second_header) for line in out.splitlines() if second_header in line)
    left = [line[:cut] for line in out.splitlines()]
    right = [line[cut:] for line in out.splitlines()]
    return squash("\n".join(left)) + " | " + squash("\n".join(right))


class _TagBalance(HTMLParser):
    """Fails on end tags that do not close the innermost open element."""

    VOID = frozenset({"meta", "br", "hr", "img", "link", "input", "wbr"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()


def check_html(page: str) -> _TagBalance:
    parser = _TagBalance()
    parser.feed(page)
    parser.close()
    assert parser.errors == []
    assert parser.stack == []
    return parser


# -- JSON -------------------------------------------------------------------------------------


def test_json_top_level_keys_for_report_and_claims() -> None:
    report_keys = list(report_to_dict(make_report()))
    claims_keys = list(report_to_dict(make_report(with_groups=False)))
    assert report_keys[:6] == ["schema", "documents", "sides", "speakers", "claims", "groups"]
    assert "warnings" in report_keys
    assert "groups" not in claims_keys
    assert claims_keys[:5] == report_keys[:5]


def test_json_structure() -> None:
    data = json.loads(render_json(make_report()))
    assert data["schema"] == SCHEMA
    assert data["documents"][0]["id"] == DOC_ID
    assert data["documents"][0]["chars"] == len(ARTICLE)
    assert data["sides"] == [
        {"id": "us", "name": "United States"},
        {"id": "pk", "name": "Pakistan"},
    ]
    s3 = data["speakers"][2]
    assert {k: s3[k] for k in ("id", "name", "side", "anonymous", "kind", "aliases")} == {
        "id": "s3",
        "name": "diplomatic sources",
        "side": "pk",
        "anonymous": True,
        "kind": "source",
        "aliases": [],
    }
    start = ARTICLE.index("diplomatic sources")
    assert s3["mentions"] == [
        {"text": "diplomatic sources", "span": [start, start + 18], "doc": DOC_ID}
    ]
    c1 = data["claims"][0]
    body = ARTICLE.index("longstanding defense")
    assert c1["id"] == "c1"
    assert c1["doc"] == DOC_ID
    assert c1["speaker"] == "s1"
    assert c1["speaker_name"] == "U.S. Defense Secretary Lloyd J. Austin"
    assert c1["side"] == "us"
    assert c1["kind"] == "direct"
    assert c1["mention"]["text"] == "Lloyd Austin"
    assert c1["cue"]["text"] == "said"
    assert c1["content"] == {
        "text": "longstanding defense partnership",
        "span": [body, body + 32],
        "parts": [[body, body + 32]],
    }
    assert c1["reported_speaker"] is None
    assert c1["rule"] == "quote-then-cue"
    assert c1["resolution"] == "name 'Lloyd Austin'"
    assert c1["hedged"] is False
    assert data["claims"][4]["hedged"] is True
    assert [g["status"] for g in data["groups"]] == ["converge", "diverge", "one_sided"]
    g3 = data["groups"][2]
    assert g3["claims"] == ["c5"]
    assert g3["sides"] == ["pk"]
    assert g3["missing_sides"] == ["us"]
    assert g3["flags"] == ["anonymous_only"]
    assert data["groups"][1]["highlights"] == {"c3": ["3"], "c2": ["5"]}
    assert data["groups"][0]["score"] == 81.5
    assert data["summary"]["verdicts"] == {
        "converge": 1,
        "partial": 0,
        "diverge": 1,
        "one_sided": 1,
    }
    assert data["summary"]["anonymous_claims"] == 1
    assert data["warnings"] == ["1 quotation mark left unpaired"]


@pytest.mark.parametrize(
    ("field", "value"),
    [("mention", None), ("cue", None), ("reported_speaker", "the Army chief")],
)
def test_json_optional_claim_fields(field: str, value: Any) -> None:
    report = make_report()
    changes: dict[str, Any] = {field: value}
    claims = (dataclasses.replace(report.claims[0], **changes), *report.claims[1:])
    data = report_to_dict(dataclasses.replace(report, claims=claims))
    assert data["claims"][0][field] == value


def test_json_is_deterministic_and_ends_with_newline() -> None:
    first, second = render_json(make_report()), render_json(make_report())
    assert first == second
    assert first.endswith("}\n")
    assert "’" in first  # ensure_ascii is off


def test_jsonl_line_is_one_line_with_id_first() -> None:
    report = make_report()
    claims = (
        dataclasses.replace(report.claims[0], rule="line\u2028break\nand\u0085more"),
        *report.claims[1:],
    )
    line = render_jsonl_line(dataclasses.replace(report, claims=claims), "doc-7")
    assert len(line.splitlines()) == 1
    assert not line.endswith("\n")
    data = json.loads(line)
    assert next(iter(data)) == "id"
    assert data["id"] == "doc-7"
    assert data["claims"][0]["rule"] == "line\u2028break\nand\u0085more"


@pytest.mark.parametrize(
    ("doc_id", "message", "line_no"),
    [("a1", "missing 'text' field", 3), (None, "not JSON: Expecting value", 1)],
)
def test_error_line(doc_id: str | None, message: str, line_no: int) -> None:
    line = error_line(doc_id, message, line_no)
    assert "\n" not in line
    assert json.loads(line) == {"id": doc_id, "line": line_no, "error": message}
    assert list(json.loads(line)) == ["id", "line", "error"]


# -- YAML -------------------------------------------------------------------------------------


@pytest.mark.parametrize("with_groups", [True, False])
def test_yaml_round_trips_to_the_json_data(with_groups: bool) -> None:
    report = make_report(with_groups)
    out = render_yaml(report)
    assert yaml.safe_load(out) == report_to_dict(report)
    assert out.startswith("schema: attribcmp.report/1\n")
    assert "’" in out  # allow_unicode


# -- markdown ---------------------------------------------------------------------------------


def test_markdown_report_pieces() -> None:
    out = render_markdown(make_report())
    assert out.startswith("# ")
    assert "| United States | Pakistan |" in out
    for piece in (
        "converge",
        "diverge",
        "one-sided",
        "“longstanding defense partnership”",
        "they agreed on **3** points",
        "the two sides agreed on **5** points",
        "anonymous sources only",  # the flag in plain words
        "1 of 5 claims (20%)",
        "1 quotation mark left unpaired",
    ):
        assert piece in out, piece


def test_markdown_claims_lists_by_side_and_speaker() -> None:
    out = render_markdown(make_report(with_groups=False))
    assert out.index("## United States") < out.index("## Pakistan")
    assert out.index("### U.S. Defense Secretary Lloyd J. Austin") < out.index("## Pakistan")
    assert "anonymous" in out
    for claim in make_report().claims:
        assert claim.content.text in out


@pytest.mark.parametrize(
    ("content", "expected", "absent"),
    [
        ("a | b", "a \\| b", "a | b"),
        ("<b>x</b>", "\\<b\\>x\\</b\\>", "<b>x"),
        ("line1\nline2", "line1 line2", "line1\nline2"),
        ("*star* _u_", "\\*star\\* \\_u\\_", "*star*"),
    ],
)
def test_markdown_escapes_cells(content: str, expected: str, absent: str) -> None:
    report = make_report()
    claims = (
        dataclasses.replace(report.claims[0], content=TextSpan(content, 0, len(content))),
        *report.claims[1:],
    )
    out = render_markdown(dataclasses.replace(report, claims=claims))
    assert expected in out
    assert absent not in out


# -- HTML -------------------------------------------------------------------------------------


def test_html_page_is_self_contained_and_balanced() -> None:
    page = render_html(make_report())
    parser = check_html(page)
    assert page.startswith("<!DOCTYPE html>")
    assert "<style>" in page
    assert "script" not in parser.tags
    assert "http://" not in page and "https://" not in page
    for piece in ("converge", "diverge", "one-sided", "United States", "Pakistan"):
        assert piece in page


def test_html_marks_claim_spans_in_the_article() -> None:
    page = render_html(make_report())
    assert page.count('id="m-c') == 5
    assert 'id="claim-c1"' in page
    assert 'href="#claim-c1"' in page
    assert ">longstanding defense partnership</a></mark>" in page


def test_html_escapes_script() -> None:
    evil = "<script>alert('x')</script> & [bold]"
    report = make_report()
    text = ARTICLE + " " + evil
    claims = (
        dataclasses.replace(
            report.claims[0],
            content=TextSpan(evil, len(ARTICLE) + 1, len(text)),
            parts=((len(ARTICLE) + 1, len(text)),),
        ),
        *report.claims[1:],
    )
    speakers = (dataclasses.replace(report.speakers[0], name=evil), *report.speakers[1:])
    page = render_html(
        dataclasses.replace(
            report,
            documents=(Document(DOC_ID, text),),
            claims=claims,
            speakers=speakers,
            sides=(Side("us", evil), report.sides[1]),
        )
    )
    assert "<script>" not in page
    assert "&lt;script&gt;" in page
    check_html(page)


@pytest.mark.parametrize(
    "parts",
    [
        ((0, 10), (5, 15)),  # overlap
        ((0, 20), (5, 10)),  # nested
        ((5, 10), (5, 10)),  # identical
        ((0, 5), (5, 10)),  # touching
        ((-3, 4), (8, 10_000)),  # out of range: clipped
        ((7, 7), (9, 3)),  # empty and reversed: ignored
    ],
)
def test_html_overlapping_spans_stay_balanced(parts: tuple[tuple[int, int], ...]) -> None:
    report = make_report()
    claims = tuple(
        dataclasses.replace(c, parts=(part,)) for c, part in zip(report.claims, parts, strict=False)
    )
    page = render_html(dataclasses.replace(report, claims=claims))
    check_html(page)
    assert "Talks focused" in page or "Talks</a>" in page or "Talk" in page


# -- text -------------------------------------------------------------------------------------


@pytest.mark.parametrize("width", [80, 160])
def test_text_report_contains_claims_and_verdicts(width: int) -> None:
    out = text_output(make_report(), width)
    flat = squash(out) + " | " + unzip_columns(out, "Pakistan  ")
    assert max(len(line) for line in out.splitlines()) <= width
    for claim in make_report().claims:
        assert squash(claim.content.text) in flat.replace("*", ""), claim.id
    # A fact-check's order: conflicts named first, then diverge, converge, one-sided points.
    order = [
        out.index("Conflicts"),
        out.index("[DIVERGE]"),
        out.index("[CONVERGE]"),
        out.index("Points only one side makes"),
    ]
    assert order == sorted(order)
    assert "[ONE-SIDED]" not in out  # one-sided points are listed compactly per side
    assert "1 of 5 claims (20%)" in out
    assert "\x1b[" not in out


@pytest.mark.parametrize(("width", "stacked"), [(60, True), (80, False), (160, False)])
def test_text_stacks_sides_when_narrow(width: int, stacked: bool) -> None:
    out = text_output(make_report(), width)
    start = out.index("g1 [")
    following = re.search(r"\ng\d+ \[|\nPoints only", out[start:])
    g1 = out[start : start + following.start()] if following else out[start:]
    same_line = any("United States" in line and "Pakistan" in line for line in g1.splitlines())
    assert same_line is not stacked


def test_text_three_sides_stack_at_80() -> None:
    report = make_report()
    report = dataclasses.replace(report, sides=(*report.sides, Side("in", "India")))
    out = text_output(report, 80)
    assert not any("United States" in line and "India" in line for line in out.splitlines())


def test_text_claims_mode_groups_by_side_then_speaker() -> None:
    out = text_output(make_report(with_groups=False), 100)
    order = [
        out.index("United States"),
        out.index("U.S. Defense Secretary Lloyd J. Austin"),
        out.index("Pakistan"),
        out.index("diplomatic sources"),
    ]
    assert order == sorted(order)
    assert "“longstanding defense partnership”" in out
    assert "rule: quote-then-cue" in out
    assert "anonymous, source" in out
    assert "aka Lloyd Austin; Austin" in out
    assert "[CONVERGE]" not in out


def test_text_shows_markup_literally_and_highlights_without_colour() -> None:
    report = make_report()
    claims = (
        dataclasses.replace(report.claims[0], content=TextSpan("[bold]not bold[/bold]", 0, 21)),
        *report.claims[1:],
    )
    out = text_output(dataclasses.replace(report, claims=claims), 100)
    assert "[bold]not bold[/bold]" in out
    assert "they agreed on *3* points" in out


def test_text_colour_console_emits_styles() -> None:
    buffer = io.StringIO()
    console = Console(file=buffer, width=100, color_system="truecolor", force_terminal=True)
    render_text(make_report(), console)
    out = buffer.getvalue()
    assert "\x1b[" in out
    assert " CONVERGE " in out
    assert "*3*" not in out
    # Labels are bold, the values after them are not (a Text's base style would spill over).
    assert "Documents:\x1b[0m seed" in out


# -- registry and helpers ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "marker"),
    [
        (OutputFormat.JSON, '"schema": "attribcmp.report/1"'),
        (OutputFormat.YAML, "schema: attribcmp.report/1"),
        (OutputFormat.MARKDOWN, "# "),
        (OutputFormat.HTML, "<!DOCTYPE html>"),
        (OutputFormat.TEXT, "[CONVERGE]"),
    ],
)
def test_render_registry(fmt: OutputFormat, marker: str) -> None:
    out = render(make_report(), fmt)
    assert out is not None and marker in out


def test_render_registry_text_writes_to_console() -> None:
    buffer = io.StringIO()
    assert render(make_report(), OutputFormat.TEXT, Console(file=buffer, width=90)) is None
    assert "CONVERGE" in buffer.getvalue()


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        ("agreed on 3 points", ("3",), [("agreed on ", False), ("3", True), (" points", False)]),
        ("30 points, not 3", ("3",), [("30 points, not ", False), ("3", True)]),
        ("Not so", ("not",), [("Not", True), (" so", False)]),
        ("cost $5.", ("$5",), [("cost ", False), ("$5", True), (".", False)]),
        ("nothing here", ("not",), [("nothing here", False)]),
        ("no words", (), [("no words", False)]),
        ("", ("x",), []),
    ],
)
def test_highlight_segments(
    text: str, words: tuple[str, ...], expected: list[tuple[str, bool]]
) -> None:
    assert highlight_segments(text, words) == expected


# -- any Unicode ------------------------------------------------------------------------------


@st.composite
def unicode_reports(draw: st.DrawFn) -> Report:
    base = make_report(with_groups=draw(st.booleans()))
    doc_text = draw(st.text(max_size=200))
    n = len(doc_text) + 5
    claims = []
    for claim in base.claims:
        content = draw(st.text(max_size=60))
        start = draw(st.integers(-2, n))
        end = draw(st.integers(-2, n))
        claims.append(
            dataclasses.replace(
                claim,
                content=TextSpan(content, start, end),
                parts=((start, end), (draw(st.integers(-2, n)), draw(st.integers(-2, n)))),
                rule=draw(st.text(max_size=20)),
                cue=TextSpan(draw(st.text(max_size=10)), 0, 1),
            )
        )
    speakers = tuple(dataclasses.replace(s, name=draw(st.text(max_size=30))) for s in base.speakers)
    groups = base.groups
    if groups is not None:
        groups = tuple(
            dataclasses.replace(
                g,
                reasons=(draw(st.text(max_size=40)),),
                highlights=tuple((cid, (draw(st.text(max_size=8)),)) for cid in g.claim_ids),
            )
            for g in groups
        )
    return dataclasses.replace(
        base,
        documents=(Document(DOC_ID, doc_text),),
        sides=(Side("us", draw(st.text(max_size=20))), Side("pk", draw(st.text(max_size=20)))),
        speakers=speakers,
        claims=tuple(claims),
        groups=groups,
        warnings=(draw(st.text(max_size=30)),),
    )


@settings(max_examples=60, deadline=None)
@given(report=unicode_reports(), width=st.sampled_from([40, 80, 160]))
def test_every_renderer_accepts_any_unicode(report: Report, width: int) -> None:
    assert json.loads(render_json(report)) == report_to_dict(report)
    assert len(render_jsonl_line(report, "x").splitlines()) == 1
    assert yaml.safe_load(render_yaml(report)) == report_to_dict(report)
    render_markdown(report)
    check_html(render_html(report))
    text_output(report, width)


# -- compare reports and loose ends -----------------------------------------------------------


def _render_all(report: Report) -> dict[str, str]:
    return {
        "markdown": render_markdown(report),
        "html": render_html(report),
        "text": text_output(report, 200),
    }


def test_several_documents_name_issuer_and_claim_document() -> None:
    report = make_report()
    second = Document("ispr", ARTICLE, issuer="pk")
    claims = tuple(
        dataclasses.replace(c, doc_id="ispr") if c.side == "pk" else c for c in report.claims
    )
    # c5 (Pakistan's anonymous sources) is told in the U.S. account: only it names its document;
    # a claim in its own side's account needs no "in ..." (the column names the account).
    claims = tuple(dataclasses.replace(c, doc_id="seed") if c.id == "c5" else c for c in claims)
    report = dataclasses.replace(
        report,
        documents=(dataclasses.replace(report.documents[0], issuer="us"), second),
        claims=claims,
    )
    for name, out in _render_all(report).items():
        assert "issued by pk" in out, name
        assert "in seed" in out, name
        assert "in ispr" not in out, name


def test_unknown_speaker_and_missing_side_are_still_shown() -> None:
    report = make_report(with_groups=False)
    stray = dataclasses.replace(report.claims[0], id="c9", speaker_id="s99", side=None)
    report = dataclasses.replace(report, claims=(*report.claims, stray))
    data = report_to_dict(report)
    assert data["claims"][-1]["speaker_name"] is None
    for name, out in _render_all(report).items():
        assert "(no side)" in out, name
        assert "s99" in out, name


@pytest.mark.parametrize(
    ("name", "label"), [("The opposition", "description"), ("World leaders", "group")]
)
def test_unknown_kind_is_shown_as_what_the_phrase_is(name: str, label: str) -> None:
    # Attribution leaves the kind unknown when the head is in none of its word lists; a
    # report never shows "(unknown)" for it.
    report = make_report(with_groups=False)
    speaker = dataclasses.replace(
        report.speakers[0], name=name, kind=SpeakerKind.UNKNOWN, anonymous=False
    )
    report = dataclasses.replace(report, speakers=(speaker, *report.speakers[1:]))
    for fmt, out in _render_all(report).items():
        assert "unknown" not in out, fmt
        assert label in out, fmt
