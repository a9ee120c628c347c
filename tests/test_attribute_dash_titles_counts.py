"""Shapes of issue 7 (polnear25): typewritten dashes, name suffixes before an apposition,
verbs of praise and attack whose whole object is a person, a title's comma inside its
quotation marks, a possessive's apostrophe after a listener, an adverb after a subject and
"according to" sources named by their issuer or set around a figure, "-ing" kinds of
records, a name after the finding it reports, a participle of motion opening the sentence
and "a number of X" as a speaker.

Wording is made up in the shape of PolNeAR's political news; each positive has a negative
beside it that the fix must leave alone.
"""

from __future__ import annotations

import pytest
from claim_shapes import claim_shapes

from attribcmp.attribute.cues import tokenize

CASES = [
    # A spaced hyphen or double hyphen sets off an aside as an em dash does.
    pytest.param(
        "Mayor Ann Holt - who once said she would close the depot - said on Monday that the"
        " depot will stay open.",
        [("Mayor Ann Holt", "said", ["that the depot will stay open"])],
        id="hyphen-aside-relative",
    ),
    pytest.param(
        "The governor -- a former banker -- said the budget was balanced.",
        [("The governor", "said", ["the budget was balanced"])],
        id="double-hyphen-aside",
    ),
    pytest.param(
        "The long-standing row over the well-known bridge goes on.",
        [],
        id="neg-inner-hyphens",
    ),
    # A participle after a dash belongs to the sentence's subject, as after a comma.
    pytest.param(
        "Port officials deny any wrongdoing - blaming the shipping firm for the spill.",
        [
            ("Port officials", "deny", ["any wrongdoing"]),
            ("Port officials", "blaming", ["the shipping firm for the spill"]),
        ],
        id="participle-after-hyphen-dash",
    ),
    # "Jr." before an apposition: the period is the name's, not the end of the speaker.
    pytest.param(
        '"The agency works," Paul Dorn Jr., the director of the agency, said on Friday.',
        [("Paul Dorn Jr.", "said", ['"The agency works,"'])],
        id="suffix-before-apposition-quote-first",
    ),
    pytest.param(
        "Paul Dorn Jr., the director of the agency, said the office would reopen.",
        [("Paul Dorn Jr.", "said", ["the office would reopen"])],
        id="suffix-before-apposition-subject",
    ),
    # Verbs of praise and attack: a person named alone is the whole object.
    pytest.param(
        "The state chairman praised Sanders.",
        [("The state chairman", "praised", ["Sanders"])],
        id="praise-name-object",
    ),
    pytest.param(
        "Senator Ruiz blasted Trump.",
        [("Senator Ruiz", "blasted", ["Trump"])],
        id="blast-name-object",
    ),
    pytest.param("Senator Ruiz praised it.", [], id="neg-praise-pronoun-object"),
    pytest.param("The senator welcomed Putin.", [], id="neg-welcome-a-greeting"),
    # A title in quotation marks inside an apposition: its comma sets nothing off.
    pytest.param(
        'Ruth Lane, the author of "Fast Money," a book on lobbying, said the rules are weak.',
        [("Ruth Lane", "said", ["the rules are weak"])],
        id="title-comma-inside-apposition",
    ),
    pytest.param(
        "Ruth Lane, the author of a book on lobbying, said the rules are weak.",
        [("Ruth Lane", "said", ["the rules are weak"])],
        id="plain-apposition-unchanged",
    ),
    # "CBS' Face the Nation": the apostrophe is a possessive's, no quotation opens after the cue.
    pytest.param(
        '"We are ready," the governor told CBS\' Face the Nation on Sunday.',
        [("the governor", "told", ['"We are ready,"'])],
        id="possessive-apostrophe-after-listener",
    ),
    pytest.param(
        "The governor told reporters 'we are ready' on Sunday.",
        [("The governor", "told", ["'we are ready'"])],
        id="spaced-single-quote-still-opens",
    ),
    # "Cruz also lacks ...": "also" after a name opens no clause, so "lacks support ..." is no
    # speaker set off before ", whom ..., said X".
    pytest.param(
        "Ward also lacks allies on the council, whom she has angered with her votes, said Ann"
        " Bell, a council clerk.",
        [
            (
                "Ann Bell",
                "said",
                ["Ward also lacks allies on the council, whom she has angered with her votes"],
            )
        ],
        id="adverb-after-subject-content-first",
    ),
    # "C according to a tally by X" with no comma: the name after "by" makes it a source.
    pytest.param(
        "Ruiz has led Bell by 40 votes according to a tally by The Daily Courier, but Bell has"
        " not conceded.",
        [("a tally", "according to", ["Ruiz has led Bell by 40 votes"])],
        id="according-to-tally-by-name",
    ),
    pytest.param(
        "The shelves were sorted according to a plan by size, but nobody checked.",
        [],
        id="neg-according-to-no-source",
    ),
    # "S V, according to X, $N": the figure goes on the clause the aside broke.
    pytest.param(
        "The firm receives, according to one audit, $40 million a year from the city.",
        [
            (
                "one audit",
                "according to",
                ["The firm receives", "$40 million a year from the city"],
            )
        ],
        id="according-to-aside-before-figure",
    ),
    # An -ing word before a document names a kind of record, not a participle clause.
    pytest.param(
        "The mayor borrowed heavily last spring, lending records show.",
        [("lending records", "show", ["The mayor borrowed heavily last spring"])],
        id="ing-kind-of-record",
    ),
    pytest.param(
        "The mayor borrowed heavily last spring, rising costs show.",
        [],
        id="neg-ing-before-a-thing",
    ),
    # A name after the finding it reports; before its content a name "found" is an act.
    pytest.param(
        "Most new plants burn gas, Harbor Energy Research found.",
        [("Harbor Energy Research", "found", ["Most new plants burn gas"])],
        id="name-after-finding",
    ),
    pytest.param("Senator Ruiz found a way to pass the bill.", [], id="neg-name-found-an-act"),
    # A participle of motion and a place opening the sentence set the scene, quotation or not.
    pytest.param(
        'Walking into the hall to cries of "Ruiz! Ruiz!," the senator said her campaign was'
        " gaining ground.",
        [("the senator", "said", ["her campaign was gaining ground"])],
        id="moving-opener-is-a-scene",
    ),
    pytest.param(
        "Going to war in the region is a mistake, the senator said.",
        [("the senator", "said", ["Going to war in the region is a mistake"])],
        id="gerund-subject-stays-content",
    ),
    # "a number of attendees said": the counted plural speaks.
    pytest.param(
        "The turnout was thin, though a number of delegates said they backed the plan.",
        [("a number of delegates", "said", ["they backed the plan"])],
        id="a-number-of-plural",
    ),
    pytest.param(
        "A handful of senators say the vote will slip.",
        [("A handful of senators", "say", ["the vote will slip"])],
        id="a-handful-of-plural",
    ),
    pytest.param("The number of visitors grew last year.", [], id="neg-the-number-of"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_dash_title_and_count_shapes_find_their_claims(
    text: str, expected: list[tuple[str, str, list[str]]]
) -> None:
    assert claim_shapes(text) == expected


@pytest.mark.parametrize(
    ("text", "dashes"),
    [
        pytest.param("A - B", ["—"], id="spaced-hyphen"),
        pytest.param("A -- B", ["—"], id="spaced-double-hyphen"),
        pytest.param("A-B and 3 -4", ["-"], id="neg-unspaced"),
        pytest.param("İstanbul - Ankara", ["—"], id="slow-path-too"),
    ],
)
def test_spaced_hyphen_is_a_dash(text: str, dashes: list[str]) -> None:
    got = [t.text for t in tokenize(text, 0, len(text)) if t.text in ("-", "--", "—")]
    assert got == dashes
