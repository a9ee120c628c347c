"""Content edges after a cue: listeners, infinitives and possessive apostrophes (issue 7).

Wording is made up in the shape of PolNeAR's political news; each positive has a negative
beside it that the fix must leave alone.
"""

from __future__ import annotations

import pytest
from claim_shapes import claim_shapes

CASES = [
    # A subject pronoun after a listener starts the content: the quoted words are only part of it.
    pytest.param(
        "Ann Roe told reporters they are “planting the seeds” for a win.",
        [("Ann Roe", "told", ["they are “planting the seeds” for a win"])],
        id="told-listener-then-clause-with-quote",
    ),
    pytest.param(
        "Ann Roe told reporters “we are planting the seeds.”",
        [("Ann Roe", "told", ["“we are planting the seeds.”"])],
        id="neg-told-listener-then-quotation",
    ),
    # A contracted pronoun ends the listener phrase ("he’s" is no possessive).
    pytest.param(
        "Omar Tariq told the Daily Post he’s already received hundreds of letters.",
        [("Omar Tariq", "told", ["he’s already received hundreds of letters"])],
        id="told-listener-then-contracted-pronoun",
    ),
    pytest.param(
        "Omar Tariq told her husband the letters had arrived.",
        [("Omar Tariq", "told", ["the letters had arrived"])],
        id="neg-told-possessive-listener",
    ),
    # "to" + a verb after a cue is an infinitive (what was pledged), not "to reporters".
    pytest.param(
        "More recently, Lena Park pledged to build the bridge by spring.",
        [("Lena Park", "pledged", ["to build the bridge by spring"])],
        id="pledged-to-infinitive-after-intro",
    ),
    pytest.param(
        "The bridge will open in May, Lena Park said to reporters.",
        [("Lena Park", "said", ["The bridge will open in May"])],
        id="neg-said-to-reporters-is-adjunct",
    ),
    # A plural possessive's apostrophe before the speaker is no closing quotation mark.
    pytest.param(
        "Bernie Sanders’ campaign says it raised $21 million in January.",
        [("Bernie Sanders’ campaign", "says", ["it raised $21 million in January"])],
        id="plural-possessive-curly",
    ),
    pytest.param(
        "The Democrats' leader says the bill will pass.",
        [("The Democrats' leader", "says", ["the bill will pass"])],
        id="plural-possessive-straight",
    ),
    pytest.param(
        "“The bill will pass,” the leader says.",
        [("the leader", "says", ["“The bill will pass,”"])],
        id="neg-closing-quote-before-speaker",
    ),
    # A setting that only quotes a show's title is no content when the cue has its own.
    pytest.param(
        "Sunday on Fox News’s “Morning Futures,” Rep. Ann Roe said the rules are in question.",
        [("Rep. Ann Roe", "said", ["the rules are in question"])],
        id="quoted-show-title-in-setting",
    ),
    pytest.param(
        'The plan is "unworkable," Rep. Ann Roe said.',
        [("Rep. Ann Roe", "said", ['The plan is "unworkable,"'])],
        id="neg-clause-with-quote-before-speaker",
    ),
    # After "according to", any noun phrase is a source, even one that cannot speak.
    pytest.param(
        "According to recent polling, the senator is once again leading the field.",
        [("recent polling", "According to", ["the senator is once again leading the field"])],
        id="according-to-any-noun-phrase",
    ),
    pytest.param(
        "The talks failed, according to Mr. Rhodes.",
        [("Mr. Rhodes", "according to", ["The talks failed"])],
        id="neg-according-to-a-name",
    ),
    # A learned cue runs on to its preposition; the content starts after it (bounds.py).
    pytest.param(
        "The senators also expressed support for the union-backed plan.",
        [("The senators", "expressed", ["the union-backed plan"])],
        id="cue-runs-on-to-its-preposition",
    ),
    pytest.param(
        "The minister thanked the U.S. for its support to the Afghan army.",
        [("The minister", "thanked", ["its support to the Afghan army"])],
        id="neg-audience-then-for-keeps-content-words",
    ),
    # Learned cue words that name a meeting or a physical act make no claim.
    pytest.param(
        "President Ann Roe spoke for an hour this afternoon with President Omar Said.",
        [],
        id="spoke-for-an-hour-with-is-a-meeting",
    ),
    pytest.param(
        "Police fired shots in the air and tear gas to disperse the protesters.",
        [],
        id="fired-shots-is-an-act",
    ),
    # A setting or listener of many words before "that": the content starts at "that".
    pytest.param(
        "Lena Park told a crowded hall in Salem, New Hampshire, on Monday that the bridge is safe.",
        [("Lena Park", "told", ["that the bridge is safe"])],
        id="told-long-setting-then-that",
    ),
    pytest.param(
        "Omar Tariq said earlier on Friday during a news conference that he may wait.",
        [("Omar Tariq", "said", ["that he may wait"])],
        id="said-time-and-place-then-that",
    ),
    pytest.param(
        "Ann Roe told ABC’s “Good Morning America” that the plan is sound.",
        [("Ann Roe", "told", ["that the plan is sound"])],
        id="told-show-title-then-that",
    ),
    pytest.param(
        "Ann Roe said the plan that failed was costly.",
        [("Ann Roe", "said", ["the plan that failed was costly"])],
        id="neg-said-relative-that",
    ),
    pytest.param(
        "Omar Tariq responded on Sunday to accusations that he lied.",
        [("Omar Tariq", "responded", ["to accusations that he lied"])],
        id="neg-responded-to-accusations-that",
    ),
    pytest.param(
        "Lena Park said she met the mayor this week and that the talks went well.",
        [("Lena Park", "said", ["she met the mayor this week and that the talks went well"])],
        id="neg-second-that-after-and",
    ),
    # "X says, <aside>, <clause>": the aside and the clause after it are what was said.
    pytest.param(
        "Omar Tariq says, win or lose on Tuesday, he is staying in the race.",
        [("Omar Tariq", "says", ["win or lose on Tuesday, he is staying in the race"])],
        id="says-aside-then-clause",
    ),
    pytest.param(
        "Ann Roe said, in the end, the vote failed.",
        [],
        id="neg-aside-then-no-subject-pronoun",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_content_edges(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert claim_shapes(text) == expected
