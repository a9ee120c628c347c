"""The report as a fact-checker reads it: headline lines in one shape, grounds firmest first
and traced to their claim pairs, flags in plain words, the same order in every format, and a
text layout that holds at 80 columns. Made-up claims throughout."""

from __future__ import annotations

import dataclasses
import io
import re

import pytest
from rich.console import Console

from attribcmp.acts import act_match
from attribcmp.answers import denial_signal
from attribcmp.facets import facet_claims
from attribcmp.model import (
    Claim,
    ClaimGroup,
    ClaimKind,
    Document,
    Link,
    Relation,
    Report,
    Side,
    Speaker,
    SpeakerKind,
    TextSpan,
    Verdict,
)
from attribcmp.render import flag_label, headline_conflicts, index_report, ordered_reasons
from attribcmp.render.html import render_html
from attribcmp.render.markdown import render_markdown
from attribcmp.render.text import render_text
from attribcmp.textfeatures import load_concepts

ARTICLE = (
    "The army said its strike killed 12 fighters. "
    "Villagers said 16 people died, most of them farmers. "
    "But the army denied that any farmers were hurt. "
    "A police officer said the road was closed."
)
DOC = "d"


def _claim(cid: str, speaker: str, side: str, words: str) -> Claim:
    start = ARTICLE.index(words)
    return Claim(
        id=cid,
        doc_id=DOC,
        speaker_id=speaker,
        kind=ClaimKind.INDIRECT,
        content=TextSpan(words, start, start + len(words)),
        parts=((start, start + len(words)),),
        side=side,
    )


def _report(reasons: tuple[str, ...], links: tuple[Link, ...]) -> Report:
    claims = (
        _claim("c1", "s1", "army", "its strike killed 12 fighters"),
        _claim("c2", "s2", "vil", "16 people died, most of them farmers"),
        _claim("c3", "s1", "army", "any farmers were hurt"),
        _claim("c4", "s3", "police", "the road was closed"),
    )
    groups = (
        ClaimGroup(
            id="g1",
            claim_ids=("c1", "c2", "c3"),
            sides=("army", "vil"),
            status=Verdict.DIVERGE,
            score=90.0,
            reasons=reasons,
            flags=("hedged",),
        ),
        ClaimGroup(
            id="g2",
            claim_ids=("c4",),
            sides=("police",),
            status=Verdict.ONE_SIDED,
            flags=("anonymous_only",),
        ),
    )
    return Report(
        documents=(Document(id=DOC, text=ARTICLE),),
        sides=(Side("army", "Army"), Side("vil", "Villagers"), Side("police", "Police")),
        speakers=(
            Speaker(id="s1", name="The army", kind=SpeakerKind.ORGANISATION, side="army"),
            Speaker(id="s2", name="Villagers", kind=SpeakerKind.SOURCE, side="vil"),
            Speaker(id="s3", name="A police officer", kind=SpeakerKind.PERSON, side="police"),
        ),
        claims=claims,
        groups=groups,
        links=links,
    )


FIGURES = "figures differ: 12 fighters (Army) vs 16 people (Villagers), same event: killed"
DENIAL = "denial: 'denied' answers 'farmers'"
CONTRAST = "contrast in the article: 'But'"
ACROSS = "c3 also conflicts with c9 in g4: one side negates it: 'farmers'"
TOPIC = "same topic: civilian harm (strike / died)"
LINKS = (
    Link("c1", "c2", Relation.DIVERGE, 95.0, reasons=(FIGURES, CONTRAST), headline="Death toll"),
    Link("c2", "c3", Relation.DIVERGE, 88.0, reasons=(DENIAL, CONTRAST, TOPIC)),
)


@pytest.mark.parametrize(
    ("flag", "label"),
    [
        ("anonymous_only", "anonymous sources only"),
        ("hedged", "hedged wording"),
        ("asserted_agreement", "one side says both agree"),
        ("some_new_flag", "some new flag"),  # unknown: shown as written, without underscores
    ],
)
def test_flags_read_as_plain_words(flag: str, label: str) -> None:
    assert flag_label(flag) == label


@pytest.mark.parametrize(
    ("reasons", "expected"),
    [
        # Firmest grounds first, whatever order the group gives them in.
        (
            (TOPIC, CONTRAST, DENIAL, FIGURES),
            [(FIGURES, "c1–c2"), (DENIAL, "c2–c3"), (CONTRAST, "c1–c2, c2–c3"), (TOPIC, "c2–c3")],
        ),
        # A reason no link gave (the group's own) keeps its place among the soft ones.
        ((ACROSS, FIGURES), [(FIGURES, "c1–c2"), (ACROSS, "")]),
    ],
)  # fmt: skip
def test_reasons_are_ranked_and_traced_to_claim_pairs(
    reasons: tuple[str, ...], expected: list[tuple[str, str]]
) -> None:
    report = _report(reasons, LINKS)
    assert report.groups is not None
    assert ordered_reasons(index_report(report), report.groups[0]) == expected


def test_many_pairs_behind_one_reason_are_counted() -> None:
    links = tuple(
        Link(a, b, Relation.DIVERGE, 80.0, reasons=(CONTRAST,))
        for a, b in (("c1", "c2"), ("c2", "c3"), ("c1", "c3"), ("c3", "c2"), ("c2", "c1"))
    )
    report = _report((CONTRAST,), links)
    assert report.groups is not None
    [(_, pairs)] = ordered_reasons(index_report(report), report.groups[0])
    assert pairs == "c1–c2, c2–c3, c1–c3 and 2 more"


def _text(report: Report, width: int) -> str:
    buffer = io.StringIO()
    render_text(report, Console(file=buffer, width=width, color_system=None))
    return buffer.getvalue()


def _plain(text: str) -> str:
    """Markup and HTML tags dropped, entities and markdown escapes undone, spaces squashed."""
    text = re.sub(r"</?a\b[^>]*>", "", text)  # links inside a line join no words
    text = re.sub(r"<[^>]+>", " ", text).replace("&#x27;", "'").replace("&quot;", '"')
    text = text.replace("&amp;", "&").replace("\\", "")
    return " ".join(text.split())


@pytest.mark.parametrize(
    "render",
    [
        lambda r: _text(r, 100),
        lambda r: _text(r, 80),
        render_markdown,
        render_html,
    ],
    ids=["text100", "text80", "markdown", "html"],
)
def test_every_format_gives_the_grounds_in_the_same_order(render: object) -> None:
    report = _report((TOPIC, CONTRAST, DENIAL, FIGURES), LINKS)
    out = _plain(render(report))  # type: ignore[operator]
    wanted = [
        f"{FIGURES} (c1–c2)",
        f"{DENIAL} (c2–c3)",
        f"{CONTRAST} (c1–c2, c2–c3)",
        f"{TOPIC} (c2–c3)",
        "hedged wording",
        "anonymous sources only",
    ]
    positions = [out.find(w) for w in wanted]
    assert -1 not in positions, [w for w, p in zip(wanted, positions, strict=True) if p < 0]
    assert positions == sorted(positions)
    assert "anonymous_only" not in out


def test_html_claim_pairs_link_to_their_claims() -> None:
    page = render_html(_report((FIGURES,), LINKS))
    assert '(<a href="#claim-c1">c1</a>–<a href="#claim-c2">c2</a>)' in page
    assert 'id="claim-c1"' in page and 'id="claim-c2"' in page


@pytest.mark.parametrize(("width", "side_by_side"), [(80, True), (100, True), (60, False)])
def test_text_table_shows_only_the_sides_that_speak(width: int, side_by_side: bool) -> None:
    # Three sides, two speak to g1: the silent one is no column, so 80 columns hold the two.
    out = _text(_report((FIGURES,), LINKS), width)
    g1 = out[out.index("g1 [") : out.index("Points only")]
    assert "Police" not in g1
    assert any("Army" in line and "Villagers" in line for line in g1.splitlines()) is side_by_side


@pytest.mark.parametrize(
    ("render", "head"),
    [
        (render_markdown, lambda out: out[out.index("## Side by side") : out.index("## Points")]),
        (render_html, lambda out: out[out.index("<h2>Side by side") : out.index("</table>")]),
    ],
)  # fmt: skip
def test_side_by_side_table_has_no_column_of_dashes(render: object, head: object) -> None:
    # The police only make a one-sided point: listed below, not a column empty in every row.
    out = render(_report((FIGURES,), LINKS))  # type: ignore[operator]
    table = head(out)  # type: ignore[operator]
    assert "Army" in table and "Villagers" in table
    assert "Police" not in table


def test_text_side_list_wraps_under_the_names_not_the_label() -> None:
    report = _report((FIGURES,), LINKS)
    many = tuple(
        Speaker(id=f"x{n}", name=f"Spokesman Number{n}", kind=SpeakerKind.PERSON, side="army")
        for n in range(8)
    )
    report = dataclasses.replace(report, speakers=report.speakers + many)
    lines = _text(report, 80).splitlines()
    first = next(n for n, line in enumerate(lines) if line.startswith("  Army:"))
    indent = lines[first].index("The army")
    assert lines[first + 1].startswith(" " * indent)
    assert lines[first + 1][indent:].strip()


CONCEPTS = load_concepts()


def _faceted(cid: str, side: str, text: str, cue: str) -> Claim:
    made = Claim(
        id=cid,
        doc_id="d",
        speaker_id="s-" + side,
        kind=ClaimKind.INDIRECT,
        content=TextSpan(text, 0, len(text)),
        parts=((0, len(text)),),
        cue=TextSpan(cue, 0, len(cue)),
        side=side,
    )
    return facet_claims((made,), (), concepts=CONCEPTS)[0]


@pytest.mark.parametrize(
    ("denial", "cue", "target", "headline"),
    [
        ("that it had sent any circular", "denied", "it had received a ministry circular",
         "Denial: 'denied' (Ministry) vs 'it had received a ministry circular' (Refinery)"),
        ("we broke no rules", "said", "the two firms fixed prices for years",
         "Denial: 'broke no' (Ministry) vs 'the two firms fixed prices for years' (Refinery)"),
    ],
)  # fmt: skip
def test_denial_headline_has_the_words_then_the_side(
    denial: str, cue: str, target: str, headline: str
) -> None:
    signal = denial_signal(
        _faceted("c1", "m", denial, cue),
        _faceted("c2", "r", target, "said"),
        "Ministry",
        "Refinery",
    )
    assert signal is not None
    assert signal.headline == headline


@pytest.mark.parametrize(
    ("issuer", "shown"),
    [
        ("army", False),  # the issuer is the claim's side: the column names the account
        ("Army", False),  # ... by its name
        ("the-army-label", False),  # an alias: most of the account's claims are the army's
        (None, True),  # no issuer (several articles, not accounts): the document is named
    ],
)
def test_claims_name_their_document_only_when_the_column_does_not(
    issuer: str | None, shown: bool
) -> None:
    report = _report((FIGURES,), LINKS)
    second = Document(id="e", text=ARTICLE, issuer=None)
    report = dataclasses.replace(
        report, documents=(dataclasses.replace(report.documents[0], issuer=issuer), second)
    )
    index = index_report(report)
    army = index.claims["c1"]
    assert ("in d" in index.claim_tag(army)) is shown
    # A villagers' claim told in the army's account always names it.
    assert "in d" in index.claim_tag(index.claims["c2"]) or issuer is None


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        ({"continue"}, {"continue"}, "both stay in touch"),
        ({"accuse"}, {"rebut"}, "an accusation answered by a rebuttal"),
        ({"rebut"}, {"demand"}, "a rebuttal answers a demand"),
        ({"warn"}, {"propose"}, "a warning met by a proposal"),
    ],
)
def test_acts_are_named_in_plain_words(a: set[str], b: set[str], reason: str) -> None:
    found = act_match(frozenset(a), frozenset(b))
    assert found is not None
    assert found.reason == reason


@pytest.mark.parametrize(
    "render",
    [lambda r: _text(r, 100), render_markdown, render_html],
    ids=["text", "markdown", "html"],
)
def test_sides_list_a_name_once(render: object) -> None:
    report = _report((FIGURES,), LINKS)
    twin = Speaker(id="s9", name="The army", kind=SpeakerKind.PERSON, side="army")
    report = dataclasses.replace(report, speakers=(*report.speakers, twin))
    out = _plain(render(report))  # type: ignore[operator]
    sides = out[out.index("Sides") : out.index("Conflicts")]
    assert sides.count("The army") == 1


def test_one_denial_answering_several_claims_is_one_line() -> None:
    other = "denial: 'denied' answers '16 people'"
    links = (
        Link("c2", "c3", Relation.DIVERGE, 88.0, reasons=(DENIAL,)),
        Link("c1", "c3", Relation.DIVERGE, 85.0, reasons=(other,)),
    )
    report = _report((DENIAL, CONTRAST, other), links)
    assert report.groups is not None
    assert ordered_reasons(index_report(report), report.groups[0]) == [
        ("denial: 'denied' answers 'farmers' (c2–c3), '16 people' (c1–c3)", ""),
        (CONTRAST, ""),
    ]


def _headline_link(a: str, b: str, signal: str, headline: str, score: float = 80.0) -> Link:
    return Link(a, b, Relation.DIVERGE, score, signals=(signal, "event"), headline=headline)


TOLL = "Death toll: 12 fighters (Army) vs 16 people (Villagers)"
DENIED = "Denial: 'denied' (Army) vs '16 people died, most of them …' (Villagers)"
NO_EVIDENCE = "Denial: 'no evidence' (Army) vs '16 people died, most of them …' (Villagers)"
DIFFER = "Accounts differ: 'any farmers were hurt' (Army) vs '16 people died' (Villagers)"


@pytest.mark.parametrize(
    ("links", "expected"),
    [
        # Figures first; one group is one headline (a second kind read as a second conflict).
        ((_headline_link("c2", "c3", "denial", DENIED), _headline_link("c1", "c2", "slot", TOLL)),
         [TOLL]),
        # negative: a denial alone is the group's line
        ((_headline_link("c2", "c3", "denial", DENIED),), [DENIED]),
        # Two denials of one claim in two words ("denied", "no evidence") are one conflict.
        ((_headline_link("c2", "c3", "denial", DENIED, 90.0),
          _headline_link("c1", "c2", "polarity", NO_EVIDENCE)),
         [DENIED]),
        # One line per group, however many kinds.
        ((_headline_link("c1", "c2", "slot", TOLL), _headline_link("c2", "c3", "denial", DENIED),
          _headline_link("c1", "c3", "topic", DIFFER)),
         [TOLL]),
    ],
)  # fmt: skip
def test_headline_conflicts(links: tuple[Link, ...], expected: list[str]) -> None:
    report = _report((FIGURES,), links)
    assert report.groups is not None
    found = headline_conflicts(index_report(report), report.groups)
    assert found == [("g1", line) for line in expected]


@pytest.mark.parametrize(
    "render",
    [lambda r: _text(r, 80), lambda r: _text(r, 40), render_markdown, render_html],
    ids=["text80", "text40", "markdown", "html"],
)
def test_every_claim_offset_is_listed_last(render: object) -> None:
    report = _report((FIGURES,), LINKS)
    out = _plain(render(report))  # type: ignore[operator]
    tail = out[out.index("Where the claims are") :]
    assert out.index("Points only") < out.index("Where the claims are")
    for claim in report.claims:
        assert f"{claim.id} {claim.content.start}–{claim.content.end}" in tail


@pytest.mark.parametrize(
    "render",
    [lambda r: _text(r, 120), render_markdown, render_html],
    ids=["text", "markdown", "html"],
)
def test_claims_carry_the_same_tag_in_every_format(render: object) -> None:
    report = _report((FIGURES,), LINKS)
    claims = tuple(
        dataclasses.replace(c, cue=TextSpan("denied", 0, 6), hedged=True) if c.id == "c3" else c
        for c in report.claims
    )
    out = _plain(render(dataclasses.replace(report, claims=claims)))  # type: ignore[operator]
    assert "indirect, denied, hedged" in out
    assert "cue" not in out  # the plain "said" is not repeated, in HTML neither
