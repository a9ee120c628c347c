"""Speakers in the shapes of real news copy (issue 7): one table per shape, negatives beside.

Every text here is made up in the shape of real wire copy and government readouts; none comes
from samples/ or the disputes dev set.
"""

from __future__ import annotations

import pytest

from attribcmp.model import Document
from attribcmp.pipeline import attribute


def _claims(*docs: Document) -> list[tuple[str, str, str]]:
    """(speaker name, content, side name) per claim."""
    report = attribute(list(docs))
    sides = {s.id: s.name for s in report.sides}
    names = {s.id: s.name for s in report.speakers}
    return [(names[c.speaker_id], c.content.text, sides[c.side or ""]) for c in report.claims]


def _speaker_of(claims: list[tuple[str, str, str]], content: str) -> tuple[str, str]:
    found = [(name, side) for name, said, side in claims if content in said]
    assert found, f"no claim holds {content!r}: {claims}"
    return found[0]


# -- a title's "for"/"to" place is no part of the person's name ----------------------------------

TITLE_PLACE = [
    pytest.param(
        "The U.S. Special Envoy for Peru Dana Whitlock said the talks would resume.",
        "the talks would resume",
        "Dana Whitlock",
        "United States",
        id="envoy-for-country",
    ),
    pytest.param(
        "U.S. Ambassador to the United Nations Colm Brady told reporters the vote was close.",
        "the vote was close",
        "Colm Brady",
        "United States",
        id="ambassador-to-the-body",
    ),
    pytest.param(
        "Port spokesman Alan Reed Monday confirmed that the cranes were idle.",
        "the cranes were idle",
        "Alan Reed",
        None,
        id="weekday-after-the-name",
    ),
    pytest.param(
        "Jordan Hale said the cranes were idle.",
        "the cranes were idle",
        "Jordan Hale",
        None,
        id="negative-a-first-name-is-not-a-place",
    ),
]


@pytest.mark.parametrize(("text", "content", "name", "side"), TITLE_PLACE)
def test_the_place_of_a_title_is_not_the_name(
    text: str, content: str, name: str, side: str | None
) -> None:
    speaker, got_side = _speaker_of(_claims(Document("t", text)), content)
    assert speaker == name
    if side is not None:
        assert got_side == side


# -- a readout's own voice: "It was agreed", "President A and President B agreed" ----------------

ISSUER_VOICE = [
    pytest.param(
        "It was agreed to set up a working group on grain exports.",
        "a working group on grain exports",
        id="impersonal-passive",
    ),
    pytest.param(
        "President Ordo and Prime Minister Vale agreed that the border must stay open.",
        "the border must stay open",
        id="two-leaders-one-subject",
    ),
    pytest.param(
        "The Foreign Secretary and the Trade Minister welcomed the deal on tariffs.",
        "the deal on tariffs",
        id="two-roles-one-subject",
    ),
]


@pytest.mark.parametrize(("sentence", "content"), ISSUER_VOICE)
def test_an_account_states_the_outcome_in_its_issuers_voice(sentence: str, content: str) -> None:
    text = "Readout of the call\n\nThe two leaders spoke by phone on Monday. " + sentence
    claims = _claims(Document("a", text, issuer="Norland"))
    assert _speaker_of(claims, content) == ("Norland", "Norland")


def test_outside_an_account_it_was_agreed_is_not_the_issuers() -> None:
    text = "The ministry said talks went well. It was agreed to meet again in May."
    claims = _claims(Document("t", text))
    assert all(name != "Norland" for name, _, _ in claims)


# -- things that are not speakers ----------------------------------------------------------------

NOT_SPEAKERS = [
    pytest.param(
        '"The figures are invented," Rina Osk said, echoing earlier dismissals of foreign '
        "reports about the floods.",
        "echoing",
        id="participle-clause",
    ),
    pytest.param(
        "The toll was far above the figures reported by the charity Aid Now, which said in a "
        "statement that 40 people drowned.",
        "figures",
        id="passive-participle-by",
    ),
    pytest.param(
        "In a report published Monday, the agency said the dam had cracked.",
        "report",
        id="document-participle-with-a-day",
    ),
    pytest.param(
        "The rebels' claim came as the army moved north.",
        "rebels",
        id="cue-noun-before-a-verb",
    ),
    pytest.param(
        "Speaking Tuesday, the governor said the roads were clear.",
        "Speaking",
        id="participle-with-a-day",
    ),
]


@pytest.mark.parametrize(("text", "word"), NOT_SPEAKERS)
def test_phrases_that_cannot_speak(text: str, word: str) -> None:
    names = [name for name, _, _ in _claims(Document("t", text))]
    assert not any(word.lower() in name.lower() for name in names), names


def test_which_after_a_passive_names_the_nearest_body() -> None:
    text = (
        "The toll was far above the figures reported by the charity Aid Now, which said in a "
        "statement that 40 people drowned."
    )
    claims = _claims(Document("t", text))
    assert _speaker_of(claims, "40 people drowned")[0] == "Aid Now"


def test_a_day_after_the_name_keeps_the_speaker() -> None:
    text = "Agency spokesman Ivo Marsh Monday confirmed that the aid arrived."
    assert _speaker_of(_claims(Document("t", text)), "the aid arrived")[0] == "Ivo Marsh"
