"""Wrong speakers and sides a user review (round 12) found: one table per shape, with a
negative case beside each positive. Every text is made up in the shape of wire copy."""

from __future__ import annotations

import pytest

from attribcmp.model import Document
from attribcmp.pipeline import attribute


def _claims(text: str) -> list[tuple[str, str, str]]:
    """(speaker name, content, side name) per claim."""
    report = attribute([Document("t", text)])
    sides = {s.id: s.name for s in report.sides}
    names = {s.id: s.name for s in report.speakers}
    return [(names[c.speaker_id], c.content.text, sides[c.side or ""]) for c in report.claims]


def _speaker_of(text: str, content: str) -> str:
    found = [name for name, said, _ in _claims(text) if content in said]
    assert found, f"no claim holds {content!r}: {_claims(text)}"
    return found[0]


# -- a given name alone, after the titled full name ----------------------------------------

GIVEN_NAME = [
    pytest.param(
        "Navy spokesman Capt. Somchai Rattanakorn said the boat sank at dawn.\n\n"
        '"Nobody was on board," Somchai said later.',
        "Nobody was on board",
        "Somchai Rattanakorn",
        id="given-name-after-titled-full-name",
    ),
    pytest.param(
        # negative: two people share the given name, so the lone one stays apart
        "Navy spokesman Capt. Somchai Rattanakorn said the boat sank at dawn. Police chief "
        "Gen. Somchai Thongdee said divers were searching.\n\n"
        '"Nobody was on board," Somchai said later.',
        "Nobody was on board",
        "Somchai",
        id="two-people-share-the-given-name",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), GIVEN_NAME)
def test_a_given_name_merges_with_the_titled_full_name(
    text: str, content: str, speaker: str
) -> None:
    assert _speaker_of(text, content) == speaker


# -- a surname alone as the subject of narration --------------------------------------------

SURNAME_SUBJECT = [
    pytest.param(
        '"The fares are too high," commuter group leader Anna Veldkamp said.\n\n'
        '"Fares have not risen in three years," rail operator chief Piet Mulder said.\n\n'
        'Veldkamp disputed that. "That is simply untrue," she said.',
        "simply untrue",
        "Anna Veldkamp",
        id="surname-subject-is-the-pronoun's-referent",
    ),
    pytest.param(
        # negative: an unknown capitalised opener is no one; "he" stays with the last speaker
        '"The fares are too high," commuter group leader Anna Veldkamp said.\n\n'
        '"Fares have not risen in three years," rail operator chief Piet Mulder said.\n\n'
        'Ridership fell anyway. "That is the weather," he said.',
        "the weather",
        "Piet Mulder",
        id="unknown-opener-is-no-subject",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), SURNAME_SUBJECT)
def test_a_known_surname_opening_narration_is_its_subject(
    text: str, content: str, speaker: str
) -> None:
    assert _speaker_of(text, content) == speaker


def _side_of(text: str, content: str) -> str:
    found = [side for _, said, side in _claims(text) if content in said]
    assert found, f"no claim holds {content!r}: {_claims(text)}"
    return found[0]


# -- a role, then a name with service and rank ---------------------------------------------

ROLE_THEN_NAME = [
    pytest.param(
        "A navy spokesman, U.S. Navy Lt. Cmdr. Ann Roe, said the ship was not damaged.",
        "the ship was not damaged",
        "Ann Roe",
        id="service-and-two-ranks-before-the-name",
    ),
    pytest.param(
        "A spokesman, Maj. Ann Roe, said the ship was not damaged.",
        "the ship was not damaged",
        "Ann Roe",
        id="one-rank-before-the-name",
    ),
    pytest.param(
        # negative: an apposition that is no name leaves the spokesman unnamed
        "A navy spokesman, speaking on condition of anonymity, said the ship was not damaged.",
        "the ship was not damaged",
        "A navy spokesman",
        id="unnamed-spokesman-stays-unnamed",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), ROLE_THEN_NAME)
def test_a_role_then_a_ranked_name_names_the_person(text: str, content: str, speaker: str) -> None:
    assert _speaker_of(text, content) == speaker


# -- a spokesman naming his body in lower case is not the next party's ---------------------

SPOKESMAN_BODY = [
    pytest.param(
        "A peacekeeping spokesman said the convoy had been ambushed by rebels.\n\n"
        "Taliban spokesman Qari Ahmadi said the group had not attacked any convoy.",
        "the convoy had been ambushed",
        "Taliban",
        False,
        id="lower-case-body-is-not-the-next-spokesman's-side",
    ),
    pytest.param(
        # negative: a bare headline "Spokesman" is the spokesman the story then quotes
        "Spokesman says convoy ambushed\n\n"
        "Taliban spokesman Qari Ahmadi said the group had not attacked any convoy.",
        "convoy ambushed",
        "Taliban",
        True,
        id="bare-spokesman-is-the-one-quoted-next",
    ),
]


@pytest.mark.parametrize(("text", "content", "side_word", "same"), SPOKESMAN_BODY)
def test_a_spokesman_naming_a_body_is_not_the_next_spokesmans(
    text: str, content: str, side_word: str, same: bool
) -> None:
    assert (side_word in _side_of(text, content)) is same


# -- "Its spokeswoman, X" speaks for the body opening the sentence before -------------------

POSSESSIVE_ROLE = [
    pytest.param(
        "BANGKOK (AP) — Thai army spokesman Col. Anan Boonmee said troops fired first.\n\n"
        "Cambodia's Foreign Ministry told a different story. Its spokeswoman, Lt. Gen. Chan "
        "Sophal, said Thai troops started the shooting.",
        "Thai troops started",
        "Cambodia",
        id="its-spokeswoman-is-the-ministry's",
    ),
    pytest.param(
        # negative: with no possessive the officer still goes where the rank rules put her
        "BANGKOK (AP) — Thai army spokesman Col. Anan Boonmee said troops fired first.\n\n"
        "Cambodia's Foreign Ministry told a different story. Thai army Lt. Gen. Chan Sophal "
        "said Thai troops had done nothing wrong.",
        "had done nothing wrong",
        "Thailand",
        id="a-titled-officer-keeps-the-title's-side",
    ),
]


@pytest.mark.parametrize(("text", "content", "side"), POSSESSIVE_ROLE)
def test_a_possessive_role_speaks_for_the_subject_before(
    text: str, content: str, side: str
) -> None:
    assert _side_of(text, content) == side


# -- a perfect's second participle stays in the content ------------------------------------

PERFECT_CONTENT = [
    pytest.param(
        "The spokeswoman said rebels had crossed the river and attacked a police post.",
        ["rebels had crossed the river and attacked a police post"],
        id="had-crossed-and-attacked-is-one-content",
    ),
    pytest.param(
        # negative: no perfect in the content, so the coordinated cue is the speaker's own
        "The senator praised the bill and attacked the governor.",
        ["the bill", "the governor"],
        id="coordinated-cue-without-perfect-is-a-second-report",
    ),
]


@pytest.mark.parametrize(("text", "contents"), PERFECT_CONTENT)
def test_a_perfect_keeps_its_coordinated_participle(text: str, contents: list[str]) -> None:
    assert [said for _, said, _ in _claims(text)] == contents


# -- the company is the firm named, not the group that accuses it --------------------------

FIRM_REFERENCE = [
    pytest.param(
        "A rights group accused a timber firm of illegal logging.\n\n"
        "Northwood Resources said in a statement that it held every permit. "
        '"We have broken no law," the statement said. The company said it would cooperate.',
        {"We have broken no law": "Northwood Resources", "would cooperate": "Northwood Resources"},
        id="firm-name-ending-and-the-company",
    ),
    pytest.param(
        # negative: "the group" may still be the group that accuses
        "A rights group accused a timber firm of illegal logging.\n\n"
        "Forest Watch said satellite images showed fresh clearing. The group said it would sue.",
        {"would sue": "Forest Watch"},
        id="the-group-is-the-group",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FIRM_REFERENCE)
def test_the_company_is_the_firm_named(text: str, expected: dict[str, str]) -> None:
    for content, speaker in expected.items():
        assert _speaker_of(text, content) == speaker


# -- a body named in apposition to its kind, and its officer named by the body ---------------

BODY_APPOSED = [
    pytest.param(
        "The teachers' federation, Unionwerk, said the offer was too low. "
        "Unionwerk director Marta Kees said talks would resume.",
        {"the offer was too low": "Unionwerk", "talks would resume": "Unionwerk"},
        id="federation-apposed-and-its-director",
    ),
    pytest.param(
        # negative: a role for a body, then a name, is a person who speaks for it
        "The spokeswoman for the federation, Marta Kees, said talks would resume.",
        {"talks would resume": "Other speakers"},
        id="role-for-a-body-then-a-name-is-a-person",
    ),
    pytest.param(
        # negative: a capitalised word before a role that no placed body bears opens no column
        "Senior director Marta Kees said talks would resume.",
        {"talks would resume": "Other speakers"},
        id="adjective-before-a-role-is-no-body",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BODY_APPOSED)
def test_a_body_apposed_to_its_kind_is_a_party(text: str, expected: dict[str, str]) -> None:
    for content, side in expected.items():
        assert _side_of(text, content) == side


# -- "His office" opening a sentence is the office of the person before -------------------

POSSESSIVE_OFFICE = [
    pytest.param(
        "President Lena Marsh condemned the raid. His office said the raid broke the truce.",
        "broke the truce",
        "Lena Marsh’s office",
        id="his-office-opening-a-sentence",
    ),
    pytest.param(
        # negative: a capitalised word after the possessive is a name, not "his office"
        "President Lena Marsh condemned the raid. Its Foreign Office said the raid broke the "
        "truce.",
        "broke the truce",
        "Foreign Office",
        id="a-capitalised-office-is-a-name",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), POSSESSIVE_OFFICE)
def test_his_office_opening_a_sentence_is_resolved(text: str, content: str, speaker: str) -> None:
    assert _speaker_of(text, content) == speaker


# -- an agency's acronym in an unnamed source's phrase -------------------------------------

ACRONYM_SOURCE = [
    pytest.param(
        "The Food Safety Authority said it had recalled the batch. An FSA official, speaking on "
        "condition of anonymity, said more batches were tested.",
        "more batches were tested",
        "Food Safety Authority",
        id="acronym-official-joins-the-agency",
    ),
    pytest.param(
        # negative: an acronym no named body has leaves the source unnamed
        "The Food Safety Authority said it had recalled the batch. An FDA official, speaking on "
        "condition of anonymity, said more batches were tested.",
        "more batches were tested",
        "Unnamed sources",
        id="other-acronym-stays-unnamed",
    ),
]


@pytest.mark.parametrize(("text", "content", "side"), ACRONYM_SOURCE)
def test_an_acronym_official_speaks_for_the_agency(text: str, content: str, side: str) -> None:
    assert _side_of(text, content) == side
