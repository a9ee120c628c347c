"""Fewer side columns than speakers: shapes that must not open a column of their own."""

from __future__ import annotations

import pytest

from attribcmp.model import (
    Claim,
    ClaimKind,
    Document,
    Profile,
    Speaker,
    SpeakerKind,
    SpeakerMention,
    TextSpan,
)
from attribcmp.pipeline import attribute
from attribcmp.sides import resolve_sides


def _speaker(sid: str, name: str, *, kind: SpeakerKind, anonymous: bool = False) -> Speaker:
    return Speaker(
        sid, name, kind, anonymous, (), (SpeakerMention("d1", TextSpan(name, 0, len(name))),)
    )


def _sides(speakers: list[Speaker]) -> dict[str, str | None]:
    claims = [
        Claim(f"c{i}", "d1", sp.id, ClaimKind.INDIRECT, TextSpan("x", 0, 1), ((0, 1),))
        for i, sp in enumerate(speakers, 1)
    ]
    _, resolved, _ = resolve_sides(speakers, claims, (), Profile())
    return {sp.name: sp.side for sp in resolved}


# Unnamed people quoted for their judgement speak for no party: "Other speakers", while a
# party's anonymous sourcing stays "Unnamed sources" and a nationality still places either.
@pytest.mark.parametrize(
    ("name", "side"),
    [
        ("Many observers", "other"),
        ("analysts", "other"),
        ("Some experts", "other"),
        ("economists", "other"),
        ("officials", "unnamed"),
        ("diplomatic sources", "unnamed"),
        ("a senior official", "unnamed"),
        ("Pakistani analysts", "pakistan"),
    ],
)
def test_unnamed_commentators_are_no_party(name: str, side: str) -> None:
    speaker = _speaker("s1", name, kind=SpeakerKind.SOURCE, anonymous=True)
    assert _sides([speaker])[name] == side


# "the South" once "South Sudan" is out: one column. Two sides opening with the word, a
# lower-case direction, or no full name in the story leave it where it was.
@pytest.mark.parametrize(
    ("names", "speaker", "side"),
    [
        (["South Sudan"], "The South's information minister", "south-sudan"),
        (["South Sudan"], "the South's", "south-sudan"),
        (["North Korea"], "the North", "north-korea"),
        (["South Sudan", "South Korea"], "the South", "other"),
        (["South Sudan"], "the south", "other"),
        (["Sudan"], "the South", "other"),
    ],
)
def test_compass_word_joins_the_side_it_opens(names: list[str], speaker: str, side: str) -> None:
    named = [_speaker(f"n{i}", n, kind=SpeakerKind.ORGANISATION) for i, n in enumerate(names)]
    got = _sides([*named, _speaker("s1", speaker, kind=SpeakerKind.PERSON)])
    assert got[speaker] == side


def _claims(text: str) -> list[tuple[str, str, str]]:
    """(speaker name, side name, content) of every claim, in order."""
    report = attribute([Document(id="a", text=text)])
    names = {s.id: s.name for s in report.sides}
    speakers = {s.id: s.name for s in report.speakers}
    return [(speakers[c.speaker_id], names[c.side or ""], c.content.text) for c in report.claims]


# People named by the list of bodies they come from speak jointly: not for the last one named.
# Texts written for the test in the shape of wire stories.
@pytest.mark.parametrize(
    ("text", "speaker", "side"),
    [
        (
            "Envoys from the United Nations, African Union, Europe and the United States "
            "expressed regret that the accord was not signed on Monday.\n",
            "Envoys",
            "Other speakers",
        ),
        (
            "Officials from Pakistan and India said the talks would resume next week.\n",
            "Officials from Pakistan and India",
            "Other speakers",
        ),
        # after "including" the list gives examples: the head noun speaks
        (
            "Civic groups including Women of Valdoria Arise, the Valdorian Students Union and "
            "the National Assembly say their members are beaten.\n",
            "Civic groups",
            "Other speakers",
        ),
        # "in" two capitals: a joint source too, not the last capital's side (review10)
        (
            "Officials in Lisbon and Madrid said the border talks would resume.\n",
            "Officials in Lisbon and Madrid",
            "Other speakers",
        ),
        # one country's people: its side, as before
        (
            "Officials from Pakistan said the talks would resume next week.\n",
            "Officials from Pakistan",
            "Pakistan",
        ),
        # a list that is the content's, not the subject's
        (
            "Sudan said the talks between Chad and Niger had failed.\n",
            "Sudan",
            "Sudan",
        ),
    ],
)
def test_people_from_a_list_speak_jointly(text: str, speaker: str, side: str) -> None:
    assert (speaker, side) in {(name, col) for name, col, _ in _claims(text)}


# Where a named body sits is not its name: "the Thai Embassy in Phnom Penh" is the embassy.
@pytest.mark.parametrize(
    ("text", "speaker", "side"),
    [
        (
            "Two deaths were confirmed by the Thai Embassy in Phnom Penh on Friday.\n",
            "Thai Embassy",
            "Thailand",
        ),
        (
            "The U.S. Embassy in Kabul said the consulate would stay closed.\n",
            "U.S. Embassy",
            "United States",
        ),
        # a common noun before the place is unchanged: the people there
        (
            "Officials in Kabul said the road had reopened.\n",
            "Officials in Kabul",
            "Afghanistan",
        ),
    ],
)
def test_a_bodys_seat_is_not_its_name(text: str, speaker: str, side: str) -> None:
    assert (speaker, side) in {(name, col) for name, col, _ in _claims(text)}
