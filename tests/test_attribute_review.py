"""Wrong claims of issue 7 found by a review on real stories: a reporting verb in a relative
clause, "wrote nothing at all", a name in parentheses after a role, "The head of X, Name", an
accusation's gerund, speakers that cannot speak, a left-over "that", and "according to its
count" inside a report's content.

Wording is made up in the shape of the stories; each shape has a negative beside it that the
fix must leave alone. Rows are (speaker name, cue, content parts).
"""

from __future__ import annotations

import pytest

from attribcmp.attribute import attribute_claims
from attribcmp.model import Document
from attribcmp.sides import nationality

Row = tuple[str, str, list[str]]


def claims_of(text: str) -> list[Row]:
    claims, speakers = attribute_claims([Document("t", text)], nationality=nationality)
    names = {s.id: s.name for s in speakers}
    return [
        (names[c.speaker_id], c.cue.text if c.cue else "", [text[s:e] for s, e in c.parts])
        for c in claims
    ]


CASES = [
    # 1. A reporting verb in a relative clause on a noun names the noun; it reports nothing.
    pytest.param(
        "Moscow has rejected the sanctions, which the United States announced on July 16.",
        [("Moscow", "rejected", ["the sanctions"])],
        id="relative-object-time-only",
    ),
    pytest.param(
        "Moscow rejected the sanctions on entities that the United States announced on July 16.",
        [
            (
                "Moscow",
                "rejected",
                ["the sanctions on entities that the United States announced on July 16"],
            )
        ],
        id="relative-that-object-time-only",
    ),
    pytest.param(
        "Rebels seized the town that the army said it had retaken on Friday.",
        [("the army", "said", ["it had retaken on Friday"])],
        id="neg-relative-that-with-clause-is-a-claim",
    ),
    # A stance verb's "-s against" is the noun: the verbs take their target as an object.
    pytest.param(
        "The leaders discussed Houthi attacks against merchant vessels in the Red Sea.",
        [("The leaders", "discussed", ["Houthi attacks against merchant vessels in the Red Sea"])],
        id="stance-noun-attacks-against",
    ),
    pytest.param(
        "Trump attacks Clinton over her emails.",
        [("Trump", "attacks", ["Clinton over her emails"])],
        id="neg-stance-verb-with-object",
    ),
    pytest.param(
        "The senator pushes against the new tariffs.",
        [("The senator", "pushes", ["the new tariffs"])],
        id="neg-push-against-stays-a-verb",
    ),
    # A gerund after "and" joins a finite cue's content list; after a participle cue it is
    # the second report.
    pytest.param(
        "The ministers reiterated their commitment to free trade and defending sailors from "
        "attacks.",
        [
            (
                "The ministers",
                "reiterated",
                ["their commitment to free trade and defending sailors from attacks"],
            )
        ],
        id="gerund-joins-the-content-list",
    ),
    pytest.param(
        "The senator rose, acknowledging that the bill had flaws and warning that it would fail.",
        [
            ("The senator", "acknowledging", ["that the bill had flaws"]),
            ("The senator", "warning", ["that it would fail"]),
        ],
        id="neg-participle-then-participle-report",
    ),
    pytest.param(
        "The measures, which the European Union announced on Monday, target oil exports.",
        [],
        id="relative-object-aside-then-main-verb",
    ),
    pytest.param(
        "Protesters marched against the plan which the government proposed in May.",
        [],
        id="relative-object-no-comma",
    ),
    pytest.param(
        "Rebels seized the town, which the army said it had retaken on Friday.",
        [("the army", "said", ["which", "it had retaken on Friday"])],
        id="neg-relative-with-clause-is-a-claim",
    ),
    pytest.param(
        "The plan, which officials said would cost $5 billion, was approved.",
        [("officials", "said", ["which", "would cost $5 billion"])],
        id="relative-aside-content-ends-at-its-comma",
    ),
    pytest.param(
        "Thousands came to a rally during which Tim Kaine argued that the plan would fail.",
        [("Tim Kaine", "argued", ["that the plan would fail"])],
        id="preposition-relative-is-no-part-of-content",
    ),
    pytest.param(
        "That is not what the mayor said when she resigned.",
        [("the mayor", "said", ["what", "when she resigned"])],
        id="neg-free-relative-what-stays",
    ),
    # 2. Coordinated reporting verbs: each conjunct with content is a claim of the speaker.
    pytest.param(
        "The opposition leader said the vote was rigged and wrote that the results were fake.",
        [
            ("The opposition leader", "said", ["the vote was rigged"]),
            ("The opposition leader", "wrote", ["that the results were fake"]),
        ],
        id="coordinated-verbs-both-claims",
    ),
    pytest.param(
        "The senator said the bill would fail and wrote nothing at all.",
        [("The senator", "said", ["the bill would fail"])],
        id="second-conjunct-says-nothing",
    ),
    pytest.param(
        "The senator said nothing would change after the vote.",
        [("The senator", "said", ["nothing would change after the vote"])],
        id="neg-nothing-opens-a-clause",
    ),
    # 3. A name in parentheses after a role phrase names the speaker.
    pytest.param(
        "A senior U.S. diplomat (Jendayi Frazer) said Monday that the talks had failed.",
        [("Jendayi Frazer", "said", ["that the talks had failed"])],
        id="role-then-parenthesised-name",
    ),
    pytest.param(
        "Sen. Lindsey Graham (R-S.C.) said the talks had failed.",
        [("Lindsey Graham", "said", ["the talks had failed"])],
        id="neg-name-then-parenthesised-party",
    ),
    # 4. "The head of X, Name," names Name.
    pytest.param(
        "The head of the Syrian Observatory, Rami Abdel Rahman, told VOA that dozens of "
        "fighters had died.",
        [("Rami Abdel Rahman", "told", ["that dozens of fighters had died"])],
        id="head-of-body-then-name",
    ),
    # 5. The accused is not the speaker, and the charge's gerund is no report of theirs.
    pytest.param("Ethiopia has been accused of supporting the militants.", [], id="accused-of"),
    pytest.param(
        "The company has been accused of polluting the river.", [], id="accused-of-polluting"
    ),
    pytest.param(
        "Critics have accused the company of polluting the river.",
        [("Critics", "accused", ["the company of polluting the river"])],
        id="neg-accuser-named",
    ),
    # 6. A claim needs a speaker that can speak.
    pytest.param("Hope was expressed that talks would resume.", [], id="hope-expressed"),
    pytest.param(
        "Concern has been expressed that the vote could be delayed.", [], id="concern-expressed"
    ),
    pytest.param(
        "Hope was voiced by diplomats that the ceasefire would hold.",
        [("diplomats", "voiced", ["that the ceasefire would hold"])],
        id="hope-voiced-by-speaker",
    ),
    pytest.param(
        "Hope Hicks said the talks would resume.",
        [("Hope Hicks", "said", ["the talks would resume"])],
        id="neg-hope-as-a-name",
    ),
    pytest.param(
        "The governor surprised many outsiders by promising to cut taxes.",
        [("The governor", "promising", ["to cut taxes"])],
        id="gerund-after-by-takes-the-subject",
    ),
    # 7. A left-over complementiser before a demonstrative "that".
    pytest.param(
        "The mayor said that that decision was final.",
        [("The mayor", "said", ["that decision was final"])],
        id="said-that-that",
    ),
    pytest.param(
        "The mayor said that the decision was final.",
        [("The mayor", "said", ["that the decision was final"])],
        id="neg-single-that-kept",
    ),
    # 8. "according to its count" inside a report is the reporter's basis, not a speaker.
    pytest.param(
        "Earlier, the Civic United Front announced that, according to its count, its candidate "
        "had received 51 percent.",
        [
            (
                "Civic United Front",
                "announced",
                ["that, according to its count, its candidate had received 51 percent"],
            )
        ],
        id="according-to-its-count-after-that",
    ),
    pytest.param(
        "Earlier, the Civic United Front announced, according to its count, that its candidate "
        "had received 51 percent.",
        [("Civic United Front", "announced", ["that its candidate had received 51 percent"])],
        id="according-to-its-count-before-that",
    ),
    pytest.param(
        "The party said its candidate had, according to its count, received 51 percent.",
        [("The party", "said", ["its candidate had, according to its count, received 51 percent"])],
        id="according-to-its-count-inside-content",
    ),
    pytest.param(
        "Donald Trump spoke in Ohio on Monday. He said he had raised $20 million, according "
        "to his campaign.",
        [("Donald Trump’s campaign", "according to", ["He said he had raised $20 million"])],
        id="neg-according-to-his-campaign-speaks",
    ),
    pytest.param(
        "The party won 51 percent, according to the electoral commission.",
        [("the electoral commission", "according to", ["The party won 51 percent"])],
        id="neg-according-to-a-named-source",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_review_shapes(text: str, expected: list[Row]) -> None:
    assert claims_of(text) == expected
