"""Speakers reached over what opens a sentence (attribute/clauses.py) and nominal cues
(attribute/nominal.py), issue 7.

Wording is made up in the shape of real news stories. Each row says what a reader would take
from the sentence: (speaker mention, cue, content parts) for every claim, or none.
"""

from __future__ import annotations

import pytest
from claim_shapes import claim_shapes

from attribcmp.attribute.clauses import main_subject
from attribcmp.attribute.cues import default_lexicon, tokenize
from attribcmp.attribute.nominal import nominal_frames

MAIN_SUBJECT = [
    pytest.param(
        "But a few days later, the governor reversed course, telling reporters the plan was dead.",
        "telling",
        "the governor",
        id="over-a-time-setting",
    ),
    pytest.param(
        "If the talks fail, the union leader warned on Monday, saying a strike would follow.",
        "saying",
        "the union leader",
        id="over-a-subordinate-clause",
    ),
    pytest.param(
        '"We will win this seat," she said, repeating a line from her rallies.',
        "repeating",
        "she",
        id="not-inside-the-quotation",
    ),
    pytest.param(
        "On Friday, Gen. Omar Said toured the base and promised more troops.",
        "promised",
        "Gen. Omar Said",
        id="titled-name-after-setting",
    ),
    pytest.param(
        "A few minutes later the officials reversed themselves and said the vote would go on.",
        "said",
        "the officials",
        id="over-a-time-phrase-without-comma",
    ),
    pytest.param(
        "While the mayor spoke, crowds gathered outside, waving flags.",
        "waving",
        None,
        id="subordinate-subject-is-not-main",
    ),
    pytest.param(
        "The state of relations and certain pressing issues were discussed.",
        "pressing",
        None,
        id="plural-noun-is-not-a-verb",
    ),
]


@pytest.mark.parametrize(("sentence", "cue", "expected"), MAIN_SUBJECT)
def test_main_subject(sentence: str, cue: str, expected: str | None) -> None:
    tokens = tokenize(sentence, 0, len(sentence))
    at = next(k for k, t in enumerate(tokens) if t.lower == cue)
    found = main_subject(tokens, at, default_lexicon())
    got = None if found is None else sentence[tokens[found[0]].start : tokens[found[1]].end]
    assert got == expected


CLAIMS = [
    pytest.param(
        "On Tuesday, the interior minister visited the flooded district and said that aid "
        "would arrive within days.",
        ("the interior minister", "said", ["that aid would arrive within days"]),
        id="coordinated-cue-after-setting",
    ),
    pytest.param(
        "Late on Monday, the army issued a short note, saying the convoy had been attacked.",
        ("the army", "saying", ["the convoy had been attacked"]),
        id="participle-cue-after-setting",
    ),
    pytest.param(
        "Noting that the border had been closed for weeks, the ambassador urged both sides to "
        "reopen it.",
        ("the ambassador", "Noting", ["that the border had been closed for weeks"]),
        id="opening-participle",
    ),
    pytest.param(
        "The raid came days after the ministry's claim that no civilians had been killed.",
        ("the ministry", "claim", ["that no civilians had been killed"]),
        id="nominal-claim-that",
    ),
    pytest.param(
        "The move follows President Ortiz's promise to cut fuel prices before the election.",
        ("President Ortiz", "promise", ["to cut fuel prices before the election"]),
        id="nominal-promise-to",
    ),
    # "on" opens a complement ("his attacks on"): the data key must not read as YAML's true.
    pytest.param(
        "The senator won applause for her attacks on the trade deal.",
        ("her", "attacks on", ["the trade deal"]),
        id="nominal-attacks-on",
    ),
    # "her" after a preposition is a possessor, not an object.
    pytest.param(
        "Her rating fell after her decision to close the border crossings.",
        ("her", "decision", ["to close the border crossings"]),
        id="nominal-her-after-preposition",
    ),
    # One name is a whole complement.
    pytest.param(
        "The rally in Ohio ended with the mayor's criticism of Ortiz.",
        ("the mayor", "criticism of", ["Ortiz"]),
        id="nominal-one-name",
    ),
    pytest.param(
        "The minister accused the opposition newspaper of lying about the death toll.",
        ("The minister", "accused", ["the opposition newspaper of lying about the death toll"]),
        id="accused-x-of-keeps-who-is-accused",
    ),
    pytest.param(
        "Officials blamed the rebels for the attack on the market.",
        ("Officials", "blamed", ["the rebels for the attack on the market"]),
        id="blamed-x-for",
    ),
    pytest.param(
        "A rights group says 14 civilians died in the strikes, an allegation the army denies.",
        # the appositive is the army's claim whole (attribute/appositive.py)
        ("the army", "denies", ["an allegation the army denies"]),
        id="allegation-answered-by-a-denial",
    ),
    pytest.param(
        "On Tuesday, the president said he was ready to talk, after Moscow announced it was "
        "pulling some troops back from the border.",
        ("Moscow", "announced", ["it was pulling some troops back from the border"]),
        id="speech-nested-after-a-clause",
    ),
    pytest.param(
        "The senator appealed to the governor to delay the vote.",
        ("The senator", "appealed to", ["the governor to delay the vote"]),
        id="appealed-to-a-listener",
    ),
    pytest.param(
        "The army said the shell hit a depot, casting doubt on reports that a school was hit.",
        ("The army", "casting doubt on", ["reports that a school was hit"]),
        id="casting-doubt-on-reports",
    ),
    pytest.param(
        "The minister gave assurances that the aid would arrive this week.",
        ("The minister", "gave assurances", ["that the aid would arrive this week"]),
        id="light-verb-assurances",
    ),
    pytest.param(
        "Some residents who fled the fighting, many of them farmers, said the village was shelled.",
        ("Some residents", "said", ["the village was shelled"]),
        id="far-subject-over-relative-and-apposition",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAIMS)
def test_claim_found(text: str, expected: tuple[str, str, list[str]]) -> None:
    assert expected in claim_shapes(text)


NOMINAL_NONE = [
    pytest.param("A claim that the vote was rigged spread online.", id="no-possessor"),
    pytest.param("His alleged promise to pay the debt was never proved.", id="alleged-not-own"),
    pytest.param("The decade's biggest claim that it was rigged faded.", id="common-noun-owner"),
    pytest.param('She read out "his claim that the vote was rigged" twice.', id="inside-quote"),
    pytest.param("He made a phone call to Merkel on Monday.", id="call-to-a-listener"),
    pytest.param("The unions lowered their demand to nine percent.", id="demand-to-an-amount"),
]


@pytest.mark.parametrize("sentence", NOMINAL_NONE)
def test_nominal_needs_a_possessor_who_speaks(sentence: str) -> None:
    tokens = tokenize(sentence, 0, len(sentence))
    quoted = []
    if '"' in sentence:
        a = sentence.index('"')
        quoted.append((a, sentence.index('"', a + 1) + 1))
    assert nominal_frames(tokens, [], quoted) == []


def test_nominal_inside_another_report_is_left_to_it() -> None:
    # "Critics questioned X's claim": the phrase is the critics' content, not a claim of X's.
    shapes = claim_shapes("Critics questioned the state media's claim that the rally was huge.")
    assert all(cue != "claim" for _, cue, _ in shapes)


SECOND_PREDICATE = [
    pytest.param(
        "The minister accused the journalist of lying about the toll, and referred to his "
        "report as junk.",
        ["the journalist of lying about the toll"],
        id="noun-content-ends-at-second-predicate",
    ),
    pytest.param(
        "The mayor said the plan was sound and worked well in other cities.",
        ["the plan was sound and worked well in other cities"],
        id="clause-content-keeps-its-own-verbs",
    ),
]


@pytest.mark.parametrize(("text", "parts"), SECOND_PREDICATE)
def test_second_predicate(text: str, parts: list[str]) -> None:
    assert claim_shapes(text)[0][2] == parts


def test_participle_with_by_is_no_report() -> None:
    # "published by the institute" says who published, not that anyone said anything.
    text = "The study, published by the institute on Friday, found that prices had risen."
    assert all(cue != "published" for _, cue, _ in claim_shapes(text))


def test_first_claim_stops_before_the_allegation() -> None:
    text = "A rights group says 14 civilians died in the strikes, an allegation the army denies."
    says = [parts for _, cue, parts in claim_shapes(text) if cue == "says"]
    assert says == [["14 civilians died in the strikes"]]
