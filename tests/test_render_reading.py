"""What a fact-checker reads in the report: the clashing words marked on both sides of a
diverging point, the claim offsets wrapped whole, warnings wrapped under their words."""

from __future__ import annotations

import dataclasses
import io

import pytest
from rich.console import Console

from attribcmp.model import ClaimGroup, Link, Relation, Report, Verdict
from attribcmp.render import clash_highlights, index_report
from attribcmp.render.html import render_html
from attribcmp.render.markdown import render_markdown
from attribcmp.render.text import render_text
from tests.test_render import make_report

# c3 "they agreed on 3 points" (United States) and c2 "the two sides agreed on 5 points"
# (Pakistan) are g2's claims in the hand-built report.
FRAMING = "counter-framing (lawful or not): 'they agreed' (United States) vs 'two sides' (Pakistan)"


def _with_link(
    reasons: tuple[str, ...],
    relation: Relation = Relation.DIVERGE,
    highlights: tuple[tuple[str, tuple[str, ...]], ...] = (),
) -> Report:
    report = make_report()
    link = Link("c2", "c3", relation, 72.0, reasons, ("framing",))
    groups = tuple(
        dataclasses.replace(g, reasons=reasons, highlights=highlights) if g.id == "g2" else g
        for g in report.groups or ()
    )
    return dataclasses.replace(report, groups=groups, links=(link,))


def _g2(report: Report) -> ClaimGroup:
    return next(g for g in report.groups or () if g.id == "g2")


@pytest.mark.parametrize(
    ("reasons", "relation", "highlights", "expected"),
    [
        # A counter-framing carries no highlights: the words it quotes are marked where they are.
        ((FRAMING,), Relation.DIVERGE, (), {"c3": ("they agreed",), "c2": ("two sides",)}),
        # A denial marks the denier's words; the words it answers are marked on the other side.
        (
            ("denial: 'agreed on 5' answers 'they agreed'",),
            Relation.DIVERGE,
            (("c2", ("agreed on 5",)),),
            {"c2": ("agreed on 5",), "c3": ("they agreed",)},
        ),
        # A diverging link's softer grounds quote words both sides share, and the article's
        # contrast quotes its own connective: neither marks a clash.
        (
            ("same incident: 'agreed' / 'agreed'", "contrast in the article: 'points'"),
            Relation.DIVERGE,
            (),
            {},
        ),
        # Only diverging links name a clash.
        ((FRAMING,), Relation.PARTIAL, (), {}),
        # A quotation cut short or a whole claim quoted is no clash word.
        (("accounts differ: 'the two sides agreed on 5 points …'",), Relation.DIVERGE, (), {}),
        (("accounts differ: 'the two sides agreed on 5 points today'",), Relation.DIVERGE, (), {}),
        # An apostrophe inside a word opens no quote.
        (("follows up: 'they're' agreed",), Relation.DIVERGE, (), {}),
    ],
)
def test_clash_highlights(
    reasons: tuple[str, ...],
    relation: Relation,
    highlights: tuple[tuple[str, tuple[str, ...]], ...],
    expected: dict[str, tuple[str, ...]],
) -> None:
    report = _with_link(reasons, relation, highlights)
    assert clash_highlights(index_report(report), _g2(report)) == expected


def test_clash_words_marked_in_every_format() -> None:
    report = _with_link((FRAMING,))
    buffer = io.StringIO()
    render_text(report, Console(file=buffer, width=120, color_system=None))
    assert "*they agreed* on 3 points" in buffer.getvalue()
    assert "the *two sides* agreed on 5 points" in buffer.getvalue()
    assert "the **two sides** agreed" in render_markdown(report)
    assert '<strong class="diff">two sides</strong>' in render_html(report)


def test_engine_highlights_are_kept_without_links() -> None:
    report = make_report()
    group = _g2(report)
    assert group.status is Verdict.DIVERGE
    assert clash_highlights(index_report(report), group) == {"c3": ("3",), "c2": ("5",)}


def _text(report: Report, width: int) -> str:
    buffer = io.StringIO()
    render_text(report, Console(file=buffer, width=width, color_system=None))
    return buffer.getvalue()


@pytest.mark.parametrize("width", range(40, 100))
def test_offsets_wrap_whole_with_no_stray_separator(width: int) -> None:
    out = _text(make_report(), width)
    positions = out[out.index("Where the claims are") :].split("Warnings")[0].splitlines()[1:]
    assert all(len(line) <= width for line in positions)
    assert all(line.strip() not in {"·", ""} for line in positions if line), positions
    assert " ".join(positions).count("·") == len(make_report().claims) - 1


def test_long_warning_wraps_under_its_words() -> None:
    report = dataclasses.replace(
        make_report(),
        warnings=("some/long/path/pakistan.txt: taken as the account of Pakistan " * 3,),
    )
    lines = _text(report, 60).split("Warnings\n")[1].splitlines()
    assert lines[0].startswith("  • ")
    assert len(lines) > 1
    assert all(line.startswith("    ") for line in lines[1:] if line.strip())


SOFT = (
    "same topic: agreements (agreed / agreed)",
    "shared words and concepts: 'agreed', 'points' (overlap 60/100)",
    "alike phrases: 'agreed on 3' / 'agreed on 5'",
)


@pytest.mark.parametrize(
    ("soft", "folded"),
    [
        # Three softer ties under a conflict are named in one line, the conflict kept whole.
        (SOFT, True),
        # Two are few enough to list.
        (SOFT[:2], False),
    ],
)
def test_text_folds_a_long_run_of_softer_grounds_under_a_conflict(
    soft: tuple[str, ...], folded: bool
) -> None:
    report = _with_link((FRAMING, *soft))
    out = squash(_text(report, 100))
    assert FRAMING in out
    assert (
        "also tied by 3 softer grounds: same topic; shared words and concepts; alike phrases" in out
    ) is folded
    assert ("same topic: agreements (agreed / agreed)" in out) is not folded
    # Markdown keeps every ground.
    assert all(reason in render_markdown(report) for reason in soft)


def test_text_lists_every_ground_when_none_is_a_conflict() -> None:
    report = _with_link(SOFT)
    out = squash(_text(report, 100))
    assert "also tied by" not in out
    assert all(reason in out for reason in SOFT)


def squash(text: str) -> str:
    return " ".join(text.split())


def test_documents_wrap_under_their_names() -> None:
    report = make_report()
    long = dataclasses.replace(report.documents[0], id="an-account-with-a-long-file-name-" * 2)
    claims = tuple(dataclasses.replace(c, doc_id=long.id) for c in report.claims)
    report = dataclasses.replace(report, documents=(long,), claims=claims)
    lines = _text(report, 60).splitlines()
    first = next(n for n, line in enumerate(lines) if line.startswith("Documents: "))
    assert lines[first + 1].startswith(" " * len("Documents: "))
    assert lines[first + 1].strip()
