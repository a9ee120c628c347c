"""Recall shapes of issue 7 from a sample of PolNeAR train misses.

Speakers: a plural of people without an -s before a plain-form cue ("the women say", "9 percent
say"), a poll's share restated by its figure ("Just over a quarter, 26 percent, say"), a name
before an appositive that a relative clause follows ("Ann Roe, acting director of X, which ...,
said") and "who" after a verb's object ("X was beating Ted Cruz, who said C").

Contents that ran on into the next report: ", Cornyn told reporters ...", "... and Trump says
C", "criticized Trump, slamming ...", a fronted clause's report ending where the main clause
starts ("Though he did not mention Rubio by name, he made it clear ..."); and '"...," he
concluded.' after a quotation.

Wording is made up in the shape of PolNeAR's political news; each positive has a negative
beside it that the fix must leave alone.
"""

from __future__ import annotations

import pytest
from claim_shapes import claim_shapes

CASES = [
    # A plural of people without an -s: the plain form after it is the verb, not a compound.
    pytest.param(
        "It was late. The women say officers still patrol the park.",
        [("The women", "say", ["officers still patrol the park"])],
        id="women-say",
    ),
    pytest.param(
        "It was late. Many people say the vote was rigged.",
        [("Many people", "say", ["the vote was rigged"])],
        id="people-say",
    ),
    pytest.param(
        "It was late. The congressmen claim the budget is balanced.",
        [("The congressmen", "claim", ["the budget is balanced"])],
        id="men-compound-claim",
    ),
    pytest.param(
        "The territorial dispute remains unresolved.",
        [],
        id="neg-singular-noun-compound",
    ),
    # "who" after a verb's object names the object, not the verb with it.
    pytest.param(
        "Trump was beating Ted Cruz, who said he would only use it sparingly.",
        [("who", "said", ["he would only use it sparingly"])],
        id="who-after-verb-object",
    ),
    # A poll's share: "percent" takes a plural verb, and a figure may restate the share.
    pytest.param(
        "A mere 9 percent say they only buy American.",
        [("A mere 9 percent", "say", ["they only buy American"])],
        id="percent-say",
    ),
    pytest.param(
        "Just over a quarter, 26 percent, say they will vote for someone else.",
        [("26 percent", "say", ["they will vote for someone else"])],
        id="share-restated-by-figure",
    ),
    pytest.param(
        "The plan, 20 percent of the budget, said nothing.",
        [],
        id="neg-figure-of-a-budget",
    ),
    # A name, its appositive and a relative clause before the verb: the name speaks.
    pytest.param(
        "Ann Roe, acting director of Civic Action, which organized the letter, said the"
        " ruling was wrong.",
        [
            (
                "Ann Roe, acting director of Civic Action",
                "said",
                ["the ruling was wrong"],
            )
        ],
        id="name-appositive-relative",
    ),
    pytest.param(
        "But Ann Roe, the director, who organized the letter, said the ruling was wrong.",
        [("Ann Roe, the director", "said", ["the ruling was wrong"])],
        id="but-name-appositive-relative",
    ),
    pytest.param(
        "In Washington, the director, who organized the letter, said the ruling was wrong.",
        [("the director", "said", ["the ruling was wrong"])],
        id="neg-place-before-appositive",
    ),
    # A content ends where another speaker's "told" clause starts after a comma.
    pytest.param(
        "Democrats have pushed for new talks, Cornyn told reporters this was the only chance.",
        [
            ("Democrats", "pushed", ["new talks"]),
            ("Cornyn", "told", ["this was the only chance"]),
        ],
        id="comma-name-told",
    ),
    # A named subject after "and"/"but" with a speech verb opens a second speaker's report.
    pytest.param(
        "Trump said Clinton would bring in more refugees and Trump says some of them are"
        " dangerous.",
        [
            ("Trump", "said", ["Clinton would bring in more refugees"]),
            ("Trump", "says", ["some of them are dangerous"]),
        ],
        id="and-name-says",
    ),
    pytest.param(
        "He said states like California and Colorado will clarify the situation first.",
        [("He", "said", ["states like California and Colorado will clarify the situation first"])],
        id="neg-joint-subject-names",
    ),
    # A name alone is a whole content before a second report's participle.
    pytest.param(
        "Ryan has criticized Trump, slamming his proposed ban on refugees.",
        [("Ryan", "criticized", ["Trump"]), ("Ryan", "slamming", ["his proposed ban on refugees"])],
        id="name-then-participle",
    ),
    pytest.param(
        "Ryan has criticized them, slamming their proposed ban on refugees.",
        [("Ryan", "criticized", ["them, slamming their proposed ban on refugees"])],
        id="neg-pronoun-alone-is-no-content",
    ),
    # A belief or study verb after a quotation whose comma stands inside the closing mark.
    pytest.param(
        '"We are a country built by immigrants," she concluded.',
        [("she", "concluded", ['"We are a country built by immigrants,"'])],
        id="quotation-then-concluded",
    ),
    pytest.param(
        '"We are a country built by immigrants," she concluded, and sat down.',
        [],
        id="neg-concluded-goes-on",
    ),
    # A report in a fronted clause ends where the main clause starts.
    pytest.param(
        "Though he did not mention Rubio by name, he made it clear that they should drop out.",
        [
            ("he", "did not mention", ["Rubio by name"]),
            ("he", "made it clear", ["that they should drop out"]),
        ],
        id="fronted-clause-ends-at-main",
    ),
    pytest.param(
        "When asked about the plan, he said it was a mistake, and he would not back it.",
        [("he", "said", ["it was a mistake"])],
        id="neg-cue-in-main-clause",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_plural_appositive_and_cut_shapes(
    text: str, expected: list[tuple[str, str, list[str]]]
) -> None:
    assert claim_shapes(text) == expected
