"""Sides of members of a named body, "Free ..." movements and third parties in an issued
account (issue 7, sides). Texts are made up, in the shape of wire stories and readouts."""

from __future__ import annotations

import pytest

from attribcmp.affiliation import apposition_after, speaks_for
from attribcmp.gazetteer import cached_head_hit
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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a preposition and a capitalised body after a name: whose member the person is
        (
            "X, with the Unity and Justice Movement, said",
            "with the Unity and Justice Movement",
        ),
        ("X, of the Coastal Farmers Union, said", "of the Coastal Farmers Union"),
        # a relative clause saying whose officer the person is
        ("X, who heads the Coastal Farmers Union, said", "who heads the Coastal Farmers Union"),
        (
            "X, who speaks for the Coastal Farmers Union, said",
            "who speaks for the Coastal Farmers Union",
        ),
        # a clause, not a body
        ("X, who lives near the Coastal Farmers Union, said", None),
        ("X, with the help of friends, said", None),
        ("X, with his wife, said", None),
    ],
)
def test_member_apposition(text: str, expected: str | None) -> None:
    assert apposition_after(text, 1) == expected


@pytest.mark.parametrize(
    ("phrase", "body"),
    [
        ("with the Unity and Justice Movement", "Unity and Justice Movement"),
        # a lower-case modifier says what kind of body, the capitalised name says which
        ("an official with the rebel Unity and Justice Movement", "Unity and Justice Movement"),
        ("a commander of the armed Northern Resistance Front", "Northern Resistance Front"),
        ("a spokesman for the military", "military"),
        ("with the help of friends", None),
        # the body a named part belongs to, several words after the role
        ("who heads the press office of the Coastal Farmers Union", "Coastal Farmers Union"),
        ("the head of the regional office of the Coastal Farmers Union", "Coastal Farmers Union"),
        ("a spokeswoman for the local branch of Human Rights Watch", "Human Rights Watch"),
        ("a spokesman for the military wing of Hamas", "Hamas"),
        # a lower-case body with a lower-case complement is the body itself
        ("an official at the ministry of health", "ministry"),
        ("a friend of the victim", None),
    ],
)
def test_speaks_for_a_named_body(phrase: str, body: str | None) -> None:
    assert speaks_for(phrase) == body


@pytest.mark.parametrize(
    ("phrase", "entry"),
    [
        # "Free" before a country's word names a movement fighting that state
        ("Free Syrian Army commanders", None),
        ("a spokesman for the Free Syrian Army", None),
        ("a Syrian army officer", "syria"),
        ("Syrian rebels", None),
        ("the Syrian government", "syria"),
    ],
)
def test_free_movement_is_not_its_state(phrase: str, entry: str | None) -> None:
    hit = cached_head_hit(phrase)
    assert (hit.entry if hit is not None else None) == entry


_NYALA = (
    "Rebels claim town\n\n"
    "NYALA, Sudan -- An official with the rebel Unity and Justice Movement said on Monday that "
    "the town had fallen.\n\n"
    'The army said the town was calm. "The town is ours," said Tamo Ladu, with the Unity and '
    "Justice Movement.\n"
)
_FARMERS = (
    "Road closed\n\n"
    '"The road is closed," said Ann Ortiz, who heads the press office of the Coastal Farmers '
    "Union.\n"
)
_HRW = (
    "Road closed\n\n"
    "Ann Ortiz, a spokeswoman for the local branch of Human Rights Watch, said the road was "
    "closed.\n"
)
_HOMS = (
    "Shelling near Homs\n\n"
    "BEIRUT -- Free Syrian Army commanders said on Monday that 40 people died in the shelling. "
    "Syrian state television said the army had killed dozens of terrorists.\n"
)


@pytest.mark.parametrize(
    ("text", "speaker", "side", "reason"),
    [
        # an unnamed official of a named body, and a person whose apposition names it, speak
        # for it: one column, not "Unnamed sources" and "Other speakers"; the army is the state
        (
            _NYALA,
            "An official with the rebel Unity and Justice Movement",
            "unity-and-justice-movement",
            "speaks for 'Unity and Justice Movement'",
        ),
        (
            _NYALA,
            "Tamo Ladu",
            "unity-and-justice-movement",
            "speaks for 'Unity and Justice Movement' (in 'with the Unity and Justice Movement')",
        ),
        (_NYALA, "The army", "sudan", "'army' names no country"),
        # the organisation named in an apposition several words after the name
        (
            _FARMERS,
            "Ann Ortiz",
            "coastal-farmers-union",
            "apposition 'who heads the press office of the Coastal Farmers Union': speaks for",
        ),
        (_HRW, "Ann Ortiz", "human-rights-watch", "speaks for 'Human Rights Watch'"),
        # the rebels' commanders are not the Syrian government's
        (_HOMS, "Free Syrian Army commanders", "free-syrian-army", "speaks for 'Free Syrian Army'"),
        (_HOMS, "Syrian state television", "syria", "gazetteer: 'Syrian'"),
    ],
)
def test_member_sides_and_reasons(text: str, speaker: str, side: str, reason: str) -> None:
    report = attribute([Document(id="a", text=text)])
    found = {s.name: s for s in report.speakers}
    assert found[speaker].side == side
    assert (found[speaker].side_reason or "").startswith(reason)


def _speaker(sid: str, name: str, doc_id: str, kind: SpeakerKind) -> Speaker:
    mention = SpeakerMention(doc_id, TextSpan(name, 0, len(name)))
    return Speaker(sid, name, kind, False, (), (mention,))


def _claim(cid: str, speaker_id: str, doc_id: str) -> Claim:
    return Claim(cid, doc_id, speaker_id, ClaimKind.INDIRECT, TextSpan("x", 0, 1), ((0, 1),))


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        # a body the readout mentions as saying something: the account's version of it
        ("the UN Security Council", SpeakerKind.ORGANISATION),
        ("NATO", SpeakerKind.ORGANISATION),
        # a third country's leader quoted in the account
        ("Pakistani Prime Minister Ali Shah", SpeakerKind.PERSON),
        # an issuer's own people stay there
        ("a Downing Street spokesperson", SpeakerKind.PERSON),
    ],
)
def test_an_issued_account_is_one_column(name: str, kind: SpeakerKind) -> None:
    docs = (
        Document("us", "text", "us.txt", issuer="us"),
        Document("uk", "text", "uk.txt", issuer="uk"),
    )
    speakers = [_speaker("s1", name, "uk", kind), _speaker("s2", "The President", "us", kind)]
    claims = [_claim("c1", "s1", "uk"), _claim("c2", "s2", "us")]
    sides, resolved, sided = resolve_sides(speakers, claims, docs, Profile())
    assert [c.side for c in sided] == ["united-kingdom", "united-states"]
    assert [s.id for s in sides] == ["united-kingdom", "united-states"]
    assert resolved[0].side == "united-kingdom"


def test_a_named_body_with_and_is_no_joint_source() -> None:
    # "and" inside a capitalised name joins words of one name, not two groups
    member = Speaker(
        "s1",
        "an official with the Unity and Justice Movement",
        SpeakerKind.SOURCE,
        True,
        (),
        (SpeakerMention("d1", TextSpan("an official with the Unity and Justice Movement", 0, 47)),),
    )
    joint = Speaker(
        "s2",
        "Protesters in the capital and police",
        SpeakerKind.SOURCE,
        False,
        (),
        (SpeakerMention("d1", TextSpan("Protesters in the capital and police", 60, 96)),),
    )
    docs = (Document("d1", "text"),)
    _, resolved, _ = resolve_sides(
        [member, joint], [_claim("c1", "s1", "d1"), _claim("c2", "s2", "d1")], docs, Profile()
    )
    reasons = {s.id: s.side_reason or "" for s in resolved}
    assert "joint source" not in reasons["s1"]
    assert "joint source" in reasons["s2"]


_STRIKE = (
    "Strike hits port compound\n\n"
    "NATO said on Monday its aircraft struck a command center near the port overnight.\n\n"
    "{who} said its strikes had destroyed most of the air defenses.\n\n"
    "Libyan government spokesman Musa Adam said the strike killed 12 civilians.\n"
)


@pytest.mark.parametrize(
    ("who", "speaker", "side", "reason"),
    [
        # a coalition a country leads, beside the alliance quoted in the same story
        (
            "The U.S.-led coalition",
            "The U.S.-led coalition",
            "nato",
            "gazetteer: 'U.S.' in 'The U.S.-led coalition'; 'U.S.-led coalition' beside NATO: "
            "an alliance and the coalition in one story are one side",
        ),
        (
            "The coalition",
            "The coalition",
            "nato",
            "a body of its own: 'The coalition'; 'The coalition' beside NATO",
        ),
        # a party's coalition is no alliance's
        ("The rebel coalition", "The rebel coalition", "other", "a body of its own"),
    ],
)
def test_a_led_coalition_joins_the_alliance(who: str, speaker: str, side: str, reason: str) -> None:
    report = attribute([Document(id="a", text=_STRIKE.format(who=who))])
    found = {s.name: s for s in report.speakers}
    assert found[speaker].side == side
    # the government the strike hit stays a side of its own
    assert found["Musa Adam"].side == "libya"
    assert (found[speaker].side_reason or "").startswith(reason)
