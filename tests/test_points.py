"""points.py: an attribution cut into the points the report aligns (text -> expected points)."""

from __future__ import annotations

import pytest

from attribcmp.model import Claim, ClaimKind, Document, TextSpan
from attribcmp.pipeline import attribute, report
from attribcmp.points import split_points

LONG_A = (
    "We came under fire from the hills at dawn and we answered it with everything we had, "
    "because the convoy was carrying food for the villages in the valley below."
)
LONG_B = (
    "Nobody on our side fired first, whatever the ministry says in its statements today, "
    "and the observers who were with us that morning saw it all happen from the road."
)


def _points(text: str) -> list[str]:
    doc = Document("a", text)
    claims = attribute([doc]).claims
    return [" … ".join(text[s:e] for s, e in p.parts) for p in split_points(claims, [doc])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a quotation split by its attribution: two points
            '"The strike killed 12 fighters," the colonel said. "No civilians were hurt."',
            ['"The strike killed 12 fighters,"', '"No civilians were hurt."'],
        ),
        (  # the second stretch continues the sentence, still its own quoted stretch
            '"We have not sent any instruction," she said, "and the budget is unchanged."',
            ['"We have not sent any instruction,"', '"and the budget is unchanged."'],
        ),
        (  # an attribution inside one sentence of reported speech: one point
            "The strike, the colonel said, killed 12 fighters near the border.",
            ["The strike … killed 12 fighters near the border"],
        ),
        (  # a short quotation of several sentences stays one point
            '"We heard gunshots. We did not know what to do," said Tom Obi, a farmer.',
            ['"We heard gunshots. We did not know what to do,"'],
        ),
        (  # a long quotation is cut at a sentence end
            f'"{LONG_A} {LONG_B}" the commander said.',
            [f'"{LONG_A}', f'{LONG_B}"'],
        ),
        (  # "that A and that B": two points
            "The minister said that the talks failed and that the army would stay in the north.",
            ["that the talks failed", "that the army would stay in the north"],
        ),
        (  # "and that is why": a pronoun, not a second clause
            "The minister said the talks had failed and that is why the army stayed.",
            ["the talks had failed and that is why the army stayed"],
        ),
        (  # a short piece never stands alone
            '"No," the colonel said. "Our forces were nowhere near the village that night."',
            ['"No," … "Our forces were nowhere near the village that night."'],
        ),
    ],
)
def test_points_of_a_claim(text: str, expected: list[str]) -> None:
    assert _points(text) == expected


def test_a_quotation_over_paragraphs_gives_a_point_per_paragraph() -> None:
    text = (
        "The spokesman said:\n\n"
        "“The prime minister met the secretary of state in London today.\n\n"
        "“They agreed that the alliance between the two countries remains strong.”\n"
    )
    got = _points(text)
    assert [p.strip("“”") for p in got] == [
        "The prime minister met the secretary of state in London today.",
        "They agreed that the alliance between the two countries remains strong.",
    ]


def test_points_keep_offsets_speaker_cue_and_parent() -> None:
    text = 'Officials met on Monday. "The deal is done," Reyes said. "The port reopens Monday."'
    doc = Document("a", text)
    (claim,) = attribute([doc]).claims
    points = split_points([claim], [doc])
    assert [p.id for p in points] == ["c1.1", "c1.2"]
    for p in points:
        assert p.parent == "c1"
        assert (p.speaker_id, p.cue, p.mention, p.side) == (
            claim.speaker_id,
            claim.cue,
            claim.mention,
            claim.side,
        )
        assert text[p.content.start : p.content.end] == p.content.text
        assert all(claim.content.start <= s < e <= claim.content.end for s, e in p.parts)


def test_claims_output_keeps_one_attribution_report_aligns_points() -> None:
    text = '"The strike killed 12 fighters," the colonel said. "No civilians were hurt."'
    doc = Document("a", text)
    (claim,) = attribute([doc]).claims
    assert len(claim.parts) == 2 and claim.parent is None
    got = report([doc])
    assert [c.id for c in got.claims] == ["c1.1", "c1.2"]
    assert {c.parent for c in got.claims} == {"c1"}


def test_a_claim_with_one_point_is_left_as_it_is() -> None:
    text = "The colonel said the strike killed 12 fighters."
    doc = Document("a", text)
    claims = attribute([doc]).claims
    assert split_points(claims, [doc]) == claims


def test_offsets_that_do_not_fit_the_text_leave_the_claim_alone() -> None:
    claim = Claim("c1", "a", "s1", ClaimKind.DIRECT, TextSpan("x", 0, 1), ((0, 90), (95, 99)))
    assert split_points([claim], [Document("a", "short")]) == (claim,)
    assert split_points([claim], []) == (claim,)
