"""Fixes from code review 16 (codereview16 findings 1-4, 6): each a table of tiny made-up
texts, the review's failing case beside the one the rule was written for."""

from __future__ import annotations

import pytest

from attribcmp.model import Document
from attribcmp.side_kinds import firm_names
from tests.side_helpers import column_of, report_of, speaker_of

# -- 1. an opening participle with a preposition: only manner participles say nothing ----------

# (text, cue, its content, or None when the phrase must give no claim)
PARTICIPLES = [
    ("Writing for the court, Judge Ana Ruiz said the law was void.\n", "Writing", None),
    ("Speaking in Geneva, envoy Sam Obi said talks would resume.\n", "Speaking", None),
    ("Reporting from Kyiv, Ana Ruiz said the city was calm.\n", "Reporting", None),
    ("Talking to reporters, Mayor Tim Oro said taxes would fall.\n", "Talking", None),
]


@pytest.mark.parametrize(("text", "cue", "content"), PARTICIPLES)
def test_opening_participle_keeps_what_was_said(text: str, cue: str, content: str | None) -> None:
    got = [c.content.text for c in report_of(text).claims if c.cue.text.startswith(cue)]
    if content is None:
        assert got == []
    else:
        assert any(content in g for g in got), got


# -- 2. a legal form names the firm, not the words before it -----------------------------------

# (text, the firm names found)
LEGAL_FORMS = [
    ("Andes Copper Corp said it would appeal.", {"Andes Copper"}),
    ("Toronto-based Andes Copper Corp said it would appeal.", {"Andes Copper"}),
    ("But Andes Copper Corp said it would appeal.", {"Andes Copper"}),
    ("Chile's Andes Copper Corp said it would appeal.", {"Andes Copper"}),
    ("Siemens AG said orders rose.", {"Siemens"}),
    ("Kivu Mining Ltd. said output fell.", {"Kivu Mining"}),
    ("The suit was filed, said Texas AG Ken Paxton.", set()),
    ("In Las Vegas NV, police said two men were held.", set()),
]


@pytest.mark.parametrize(("text", "names"), LEGAL_FORMS)
def test_legal_form_names_the_firm(text: str, names: set[str]) -> None:
    assert set(firm_names(text)) == names


def test_a_based_firm_speaks_as_one_organisation() -> None:
    text = (
        "LIMA - Toronto-based Andes Copper Corp lost its appeal on Monday. "
        '"This is a political decision," Andes Copper said in a statement.\n'
    )
    assert speaker_of(text, "political decision").kind.value == "organisation"


# -- 3. "The owner, X of Y": Y is what X runs only when Y is a business's name -----------------

# (text, said, column)
OWNERS = [
    (
        "Fire at plant\n\nKORLA, June 3 - Police said nine workers died. The owner, Imran Qadir of "
        "Bluestar Textiles, said the exits had been open.\n",
        "exits had been open",
        "Bluestar Textiles",
    ),
    (
        "Fire at home\n\nKORLA, June 3 - Police said nobody died. The owner, Maria Lopez of "
        "Bastrop, said the fire started in the kitchen.\n",
        "fire started",
        "Other speakers",
    ),
]


@pytest.mark.parametrize(("text", "said", "column"), OWNERS)
def test_owner_of_a_business_not_of_a_town(text: str, said: str, column: str) -> None:
    assert column_of(text, said) == column


# -- 4. a joint attribution needs both parties named, and never beats asked anonymity --------

# (text, said, anonymous)
JOINT = [
    (
        "TARA, May 4 - Officials from both countries said the talks would resume.\n",
        "talks would resume",
        False,
    ),
    (
        "TARA, May 4 - Officials from both countries, who spoke on condition of anonymity, said "
        "the talks would resume.\n",
        "talks would resume",
        True,
    ),
    (
        "TARA, May 4 - Two officials in the two ministries said the talks would resume.\n",
        "talks would resume",
        True,
    ),
    (
        "TARA, May 4 - Officials from both the army and the police said the talks would resume.\n",
        "talks would resume",
        True,
    ),
]


@pytest.mark.parametrize(("text", "said", "anonymous"), JOINT)
def test_joint_attribution_names_both_parties(text: str, said: str, anonymous: bool) -> None:
    assert speaker_of(text, said).anonymous is anonymous


# -- 6. reciprocal comparatives: each word listed must be a comparative to have any effect -----


def test_reciprocal_words_are_comparatives() -> None:
    from attribcmp.attribute.figure_cues import _table

    table = _table()
    assert table["reciprocal"] <= table["comparatives"]


# (text, the figure cue's claim is kept)
RECIPROCAL = [
    ("Mine blast\n\nThe firm and miners give conflicting tolls for the blast.\n", False),
    ("Mine blast\n\nThe firm and miners give different figures for the blast.\n", False),
    ("Mine blast\n\nPolice gave a different figure for the blast.\n", True),
]


@pytest.mark.parametrize(("text", "kept"), RECIPROCAL)
def test_reciprocal_plural_figure_is_no_claim(text: str, kept: bool) -> None:
    cues = {c.cue.text for c in report_of(text).claims}
    assert bool(cues & {"give", "gave"}) is kept, cues


# -- 5. a headline's event noun is no part of the alias ------------------------------------------


def test_headline_event_is_no_part_of_the_alias() -> None:
    from attribcmp.attribute import attribute_claims

    text = (
        "The White House released a readout of President Harlan Call with Prime Minister Obi "
        "yesterday. Harlan said fishing quotas must be respected.\n"
    )
    _, speakers = attribute_claims([Document("us", text, issuer="us")])
    (harlan,) = [s for s in speakers if s.name == "Harlan"]
    assert harlan.aliases == ("President Harlan",)


# -- 11. a cue is the meeting only as a verb of its own: "called for" calls no one ------------

# (cue, the cue is the meeting)
MEETING_CUES = [
    ("called", True),
    ("met", True),
    ("discussed", True),
    ("called for", False),
    ("called on", False),
    ("said", False),
]


@pytest.mark.parametrize(("cue", "meeting"), MEETING_CUES)
def test_meeting_cue(cue: str, meeting: bool) -> None:
    from attribcmp.anchors import _meeting_cue
    from attribcmp.model import Claim, ClaimKind, TextSpan

    made = Claim(
        id="c",
        doc_id="d",
        speaker_id="s",
        kind=ClaimKind.INDIRECT,
        content=TextSpan("talks", 10, 15),
        cue=TextSpan(cue, 0, len(cue)),
        parts=((10, 15),),
    )
    assert _meeting_cue(made) is meeting
