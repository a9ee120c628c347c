"""Who holds a place: control claims read as (place, holder, loser) and linked (control.py)."""

from __future__ import annotations

import pytest
from faceted import faceted_claim

from attribcmp.control import Control, control_signal, read_control
from attribcmp.links import link_claims
from attribcmp.model import (
    Claim,
    ClaimKind,
    Document,
    Relation,
    Side,
    Speaker,
    SpeakerKind,
    SpeakerMention,
    TextSpan,
)
from attribcmp.textfeatures import load_concepts

CONCEPTS = load_concepts()

DOC = (
    "Rebels and troops fought on Tuesday in the northern town of Karvala. "
    "Amos Dikeni, a spokesman for the rebel Movement for Justice and Renewal, said the MJR "
    "captured the town after a two-hour battle. "
    "Colonel Ibrahim Sallah, an army spokesman, said the town remains in government hands. "
    "He said the rebels were repelled. "
    "Aid workers said the harvest was poor."
)


def claim(cid: str, side: str, text: str, kind: ClaimKind = ClaimKind.INDIRECT) -> Claim:
    return faceted_claim(DOC, cid, side, text, cue=None, kind=kind)


def _mention(text: str) -> SpeakerMention:
    at = DOC.find(text)
    return SpeakerMention("d", TextSpan(text, at, at + len(text)))


SPEAKERS = (
    Speaker("s-r", "Amos Dikeni", SpeakerKind.PERSON, side="r",
            mentions=(_mention("Amos Dikeni"),)),
    Speaker("s-g", "Ibrahim Sallah", SpeakerKind.PERSON, side="g",
            mentions=(_mention("Colonel Ibrahim Sallah"),)),
    Speaker("s-w", "Aid workers", SpeakerKind.SOURCE, side="w",
            mentions=(_mention("Aid workers"),)),
)  # fmt: skip
SIDES = (Side("r", "MJR"), Side("g", "army"), Side("w", "aid workers"))


@pytest.mark.parametrize(
    ("text", "own", "place", "holder", "loser"),
    [
        # X takes the place: X holds it; "the town" is the place named as a town before
        ("the rebels captured the town", "camp:government", "Karvala", "camp:insurgents", ""),
        ("troops seized control of Marbo by midday", "side:x", "Marbo", "camp:government", ""),
        # "we" / "our forces" / reported "they" are the speaker's own side
        ("we are still in control of Marbo", "camp:insurgents", "Marbo", "camp:insurgents", ""),
        ("our forces are inside Marbo", "camp:government", "Marbo", "camp:government", ""),
        ("they remain in control of the town", "camp:insurgents", "Karvala", "camp:insurgents", ""),
        # the holder after the place
        ("the town remains in rebel hands", "camp:government", "Karvala", "camp:insurgents", ""),
        ("Karvala is under the control of the army", "side:x", "Karvala", "camp:government", ""),
        # beaten or gone: the loser does not hold the town
        ("the army repelled the rebels", "side:x", "Karvala", "camp:government", "camp:insurgents"),
        ("the rebels fled across the border", "side:x", "Karvala", "", "camp:insurgents"),
        # moving on from the fight: not beaten there
        (
            "they then headed eastward toward Abeche",
            "camp:insurgents",
            "Karvala",
            "camp:insurgents",
            "",
        ),
        # a denial of the taking
        ("the rebels never captured the town", "side:x", "Karvala", "", "camp:insurgents"),
        # passive and "fell to": the place is the subject, the taker after it
        ("the town was never taken", "side:x", "Karvala", "", ""),
        ("Marbo was retaken by the army", "side:x", "Marbo", "camp:government", ""),
        ("the town fell to rebel fighters", "side:x", "Karvala", "camp:insurgents", ""),
    ],
)
def test_read_control(text: str, own: str, place: str, holder: str, loser: str) -> None:
    found = read_control(claim("c1", "r", text) if text in DOC else _free(text), "Karvala", own)
    assert found is not None
    assert (found.place, found.holder, found.loser) == (place, holder, loser)


def _free(text: str) -> Claim:
    return Claim("c1", "d", "s-r", ClaimKind.INDIRECT, TextSpan(text, 0, len(text)),
                 ((0, len(text)),), side="r")  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "police captured the suspect in a raid",  # a person taken, no place
        "the militants seized weapons and cash",
        "Republicans took control of the Senate",  # an institution, not a place
        "the suspect was captured by police",  # the subject taken is no place
        "the rebels were taken into custody",
        "the talks went well",
    ],
)
def test_no_control_claim(text: str) -> None:
    assert read_control(_free(text), "Karvala", "side:x") is None


@pytest.mark.parametrize(
    ("a", "b", "relation", "reason"),
    [
        (
            Control("Karvala", "camp:insurgents", "", "captured", "taken by the MJR"),
            Control("Karvala", "camp:government", "", "hands", "in the hands of the government"),
            Relation.DIVERGE,
            "control of Karvala: taken by the MJR (rebels) vs in the hands of the government "
            "(army)",
        ),
        (
            Control("Karvala", "camp:insurgents", "", "captured", "taken by the MJR"),
            Control("Karvala", "camp:government", "camp:insurgents", "repelled",
                    "the rebels repelled"),
            Relation.DIVERGE,
            "control of Karvala: taken by the MJR (rebels) vs the rebels repelled (army)",
        ),
        (
            Control("Karvala", "camp:insurgents", "", "in control of", "held by its own side"),
            Control("Karvala", "camp:insurgents", "", "retained", "held by insurgents"),
            Relation.CONVERGE,
            "control of Karvala: held by rebels (rebels) and held by insurgents (army)",
        ),
        (
            Control("Karvala", "camp:government", "", "hands", "in the hands of the government"),
            Control("Karvala", "", "camp:insurgents", "fled", "rebels fled"),
            Relation.CONVERGE,
            "control of Karvala: in the hands of the government (rebels) and rebels fled (army)",
        ),
    ],
)  # fmt: skip
def test_control_signal(a: Control, b: Control, relation: Relation, reason: str) -> None:
    ca, cb = _free("x"), _free("y")
    signal = control_signal(ca, cb, a, b, "rebels", "army")
    assert signal is not None
    assert (signal.relation, signal.reason) == (relation, reason)


def test_other_place_no_signal() -> None:
    a = Control("Karvala", "camp:insurgents", "", "captured", "taken by the MJR")
    b = Control("Marbo", "camp:government", "", "hands", "in the hands of the government")
    assert control_signal(_free("x"), _free("y"), a, b, "rebels", "army") is None


def test_link_claims_who_holds_the_town() -> None:
    claims = (
        claim("c1", "r", "the MJR captured the town after a two-hour battle"),
        claim("c2", "g", "the town remains in government hands"),
        claim("c3", "g", "the rebels were repelled"),
        claim("c4", "w", "the harvest was poor"),
    )
    links = link_claims(claims, documents=(Document("d", DOC),), speakers=SPEAKERS,
                        sides=SIDES, concepts=CONCEPTS)  # fmt: skip
    found = {(k.a, k.b): k for k in links}
    assert set(found) == {("c1", "c2"), ("c1", "c3")}
    assert all(k.relation is Relation.DIVERGE for k in links)
    assert found[("c1", "c2")].reasons[0] == (
        "control of Karvala: taken by MJR (MJR) vs in the hands of the government (army)"
    )
    assert "control" in found[("c1", "c3")].signals
