"""Speakers that cannot speak (side_mute.py): no column of their own, the nearest speaker's side.

Texts are written for these tests in the shape of news stories (a downed jet, a vote count, a
strike); each row says where the claim of a mute speaker must end up and why.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from attribcmp.model import Claim, Side, Speaker
from attribcmp.side_mute import join_mute_speakers, mute_class
from attribcmp.side_names import OTHER, Found
from tests.side_helpers import column_and_reason, report_of


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("Video", "document"),
        ("Report", "document"),
        ("the official results", "document"),
        ("a fiery speech", "document"),
        ("the draft agreement", "document"),
        ("the piece", "document"),  # "According to the piece, ...": a newspaper's article
        ("Fireworks", "thing"),
        ("The trial", "thing"),
        ("November", "calendar"),
        ("Ahead", "fragment"),
        ("Polls", "no party"),
        ("a new survey", "no party"),
        ("a 2013 study", "document"),  # a year names no issuer
        # an issuer named: a capitalised word, an owner
        ("the OAS report", None),
        ("Pakistani government report", None),
        ("the campaign's statement", None),
        # heads that speak, or may: a newspaper, people, a name
        ("The Post", None),
        ("party figures", None),
        ("Maria Ruiz", None),
        ("officials", None),
        ("", None),
    ],
)
def test_mute_class(phrase: str, expected: str | None) -> None:
    assert mute_class(phrase) == expected


_JET = (
    "Jet Downed Near Border\n\n"
    "The Valdorian army said the jet crossed into its airspace twice. Video showed two pilots "
    "parachuting from the burning plane.\n\n"
    "The Tessalian defence ministry said the jet never left its own airspace.\n"
)


def test_video_joins_the_side_quoted_nearest() -> None:
    side, why = column_and_reason(_JET, "two pilots parachuting")
    assert side == "Valdorian"
    assert "'Video' cannot speak (document)" in why and "The Valdorian army" in why


def test_no_column_is_named_after_a_mute_speaker() -> None:
    report = report_of(_JET)
    used = {c.side for c in report.claims}
    assert {s.name for s in report.sides if s.id in used} == {
        "Valdorian",
        "Tessalian defence ministry",
    }


def test_a_poll_speaks_for_no_party() -> None:
    text = (
        "Strike Ends\n\n"
        "Union leader Sam Ode said the workers would return on Monday. Polls show most "
        "residents backed the strike.\n"
    )
    side, why = column_and_reason(text, "most residents backed")
    assert side == "Other speakers"
    assert why == "'Polls' cannot speak (no party): speaks for no party"


_ARMY = Side("army", "Army")
_REBELS = Side("rebels", "Rebels")


def _run(
    make_speaker: Callable[..., Speaker],
    make_claim: Callable[..., Claim],
    rows: list[tuple[str, str, Side, int]],
    text: str = "x" * 1000,
) -> dict[str, Found]:
    """rows: (speaker id, name, side before, claim start); one claim per row, in ``text``."""
    speakers = [make_speaker(name, id=sid) for sid, name, _, _ in rows]
    found: dict[str, Found] = {sid: (side, "before") for sid, _, side, _ in rows}
    claims = [
        make_claim("words", id=f"c{k}", speaker_id=sid, start=start)
        for k, (sid, _, _, start) in enumerate(rows)
    ]
    join_mute_speakers(speakers, found, {"army", "rebels"}, claims, {"d": text})
    return found


def test_the_nearest_speaking_claim_wins(
    make_speaker: Callable[..., Speaker], make_claim: Callable[..., Claim]
) -> None:
    found = _run(
        make_speaker,
        make_claim,
        [
            ("s1", "The army", _ARMY, 0),
            ("s2", "Rebel spokesman Ali Noor", _REBELS, 400),
            ("s3", "Footage", OTHER, 450),  # 50 characters after the rebels, 450 after the army
        ],
    )
    assert found["s3"][0] == _REBELS
    assert "join the side of Rebel spokesman Ali Noor" in found["s3"][1]
    assert found["s1"] == (_ARMY, "before")  # speakers that can speak are left as they were


def test_the_search_is_bounded(
    make_speaker: Callable[..., Speaker], make_claim: Callable[..., Claim]
) -> None:
    # four mute claims between the mute speaker and the only speaking one: none is near
    rows = [("s0", "The army", _ARMY, 0)]
    rows += [(f"m{k}", "November", OTHER, 100 * (k + 1)) for k in range(4)]
    rows += [("s9", "Footage", OTHER, 600)]
    found = _run(make_speaker, make_claim, rows)
    assert found["s9"] == (
        OTHER,
        "'Footage' cannot speak (document): and no speaker is quoted near its words",
    )


def test_a_side_given_by_a_name_is_kept(
    make_speaker: Callable[..., Speaker], make_claim: Callable[..., Claim]
) -> None:
    # "the report" that the context placed on a body's side says who issued it
    found = _run(
        make_speaker,
        make_claim,
        [("s1", "The army", _ARMY, 0), ("s2", "the report", _REBELS, 100)],
    )
    assert found["s2"] == (_REBELS, "before")


def test_the_search_stays_in_the_paragraph(
    make_speaker: Callable[..., Speaker], make_claim: Callable[..., Claim]
) -> None:
    text = "x" * 300 + "\n" + "x" * 300
    rows = [("s1", "The army", _ARMY, 0), ("s2", "the official results", OTHER, 320)]
    found = _run(make_speaker, make_claim, rows, text)
    assert found["s2"][0] == OTHER
