"""Bodies a reader would name: firms, military units, bare descriptions, agencies of the UN.

The texts are written for these tests in the shape of real news (business, war, campaign and
health stories); each row names a speaker phrase and the column its claim must fall in.
"""

from __future__ import annotations

import pytest

from attribcmp.model import Document, SpeakerKind
from attribcmp.pipeline import attribute


def _sides(text: str) -> dict[str, tuple[str, SpeakerKind]]:
    """Speaker name -> (side name, speaker kind) for every speaker with a claim."""
    report = attribute([Document(id="a", text=text)])
    names = {s.id: s.name for s in report.sides}
    speakers = {s.id: s for s in report.speakers}
    out: dict[str, tuple[str, SpeakerKind]] = {}
    for claim in report.claims:
        sp = speakers[claim.speaker_id]
        out[sp.name] = (names[claim.side or ""], sp.kind)
    return out


@pytest.mark.parametrize(
    ("text", "speaker", "side", "kind"),
    [
        # a firm whose name reads as a person's is a body, and a column of its own
        (
            "Goldman Sachs said on Tuesday that it expected trading revenue to fall.\n",
            "Goldman Sachs",
            "Goldman Sachs",
            SpeakerKind.ORGANISATION,
        ),
        # a firm's name ending ("Brothers", "Holdings") says it is no person
        (
            "Lehman Brothers said it would file for bankruptcy protection.\n",
            "Lehman Brothers",
            "Lehman Brothers",
            SpeakerKind.ORGANISATION,
        ),
        # only the whole firm name counts: the economist Jeffrey Sachs is a person
        (
            "Economist Jeffrey Sachs said the plan would fail.\n",
            "Jeffrey Sachs",
            "Other speakers",
            SpeakerKind.PERSON,
        ),
        # a numbered unit speaks for the one military the story quotes
        (
            "U.S. forces killed five militants in eastern Afghanistan, the U.S. military "
            "said.\n\nCombined Joint Task Force 76 said the five men were planting a bomb.\n",
            "Combined Joint Task Force",
            "United States",
            SpeakerKind.ORGANISATION,
        ),
        # a bare "the campaign" with no campaign named heads no column of its own
        (
            "The campaign said the polls were wrong.\n\nTom Reed said the race was close.\n",
            "The campaign",
            "Other speakers",
            SpeakerKind.ORGANISATION,
        ),
        (
            "The party said it would vote against the budget.\n\nFinance Minister Jo Hale "
            "said the budget was fair.\n",
            "The party",
            "Other speakers",
            SpeakerKind.ORGANISATION,
        ),
        # only a government or union body's head noun joins a quoted side: "the bank" is no
        # "West Bank", and the French news agency is not France
        (
            "The Palestinian Authority said the economy shrank 5 percent.\n\nA local lender "
            'cut its loans. "We cannot lend more," the bank said.\n',
            "the bank",
            "Other speakers",
            SpeakerKind.ORGANISATION,
        ),
        # "the U.N. agency" after the World Health Organization is that agency
        (
            "The World Health Organization said the outbreak was spreading.\n\nThe U.N. "
            "agency said more than 500 people had died.\n",
            "The U.N. agency",
            "World Health Organization",
            SpeakerKind.ORGANISATION,
        ),
    ],
)
def test_body_sides(text: str, speaker: str, side: str, kind: SpeakerKind) -> None:
    sides = _sides(text)
    assert sides.get(speaker) == (side, kind), sides


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the relative pronoun ends the name even where the clause runs on past a verb
        (
            "He does not drink coffee. The lawyer who ran three Boston Marathons before his "
            'right knee blew out is already talking about "a fierce urgency" to get things '
            "done.\n",
            "The lawyer",
        ),
        ("The lawyer who represents the family said the police had lied.\n", "The lawyer"),
    ],
)
def test_relative_clause_is_no_name(text: str, speaker: str) -> None:
    sides = _sides(text)
    assert speaker in sides, sides
    assert not any(name.endswith(" who") for name in sides), sides


@pytest.mark.parametrize(
    "text",
    [
        # the story names the campaign: the bare "the campaign" joins it
        "The Reed campaign said the polls were wrong.\n\nThe campaign said it would win.\n",
        # a name in the description says whose body it is
        "Hillary Clinton spoke in Iowa.\n\nClinton campaign aides were upbeat, and the Clinton "
        "campaign said the polls were wrong.\n",
        "The Zembian defence ministry said its troops had not crossed the river.\n",
        # police are a group of people speaking, a party on purpose
        "Police said the man was armed.\n\nThe family's lawyer said he was not.\n",
    ],
)
def test_named_bodies_keep_their_column(text: str) -> None:
    sides = _sides(text)
    assert all(
        side != "Other speakers" for side, kind in sides.values() if kind is not SpeakerKind.PERSON
    ), sides
