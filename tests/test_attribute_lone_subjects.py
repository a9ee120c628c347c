"""Recall shapes of issue 7 from PolNeAR train misses: speakers the subject finder passed over.

"that" opening a restrictive relative clause on a noun that can speak ("a group that says C")
stands for that noun as "who" does; "Several", "Both" and "Another" stand alone for people the
text has just counted ("Both said C"), as "Some" and "Others" already did.

Wording is made up in the shape of PolNeAR's political news; each positive has a negative
beside it that the fix must leave alone. Also: "voters who said they backed X" keeps "they
backed X" whole (the restrictive clause's cut took "backed" for the main verb); "have in the
past said" and "organizations that have endorsed him say" name the subject, not "the past" or
"him"; "Together, X and Y ..., calling" and "To understand Z, X ..., saying" give the
participle X, not the opening word.
"""

from __future__ import annotations

import pytest
from claim_shapes import claim_shapes

CASES = [
    pytest.param(
        "He founded a group that says the vote was rigged.",
        [("that", "says", ["the vote was rigged"])],
        id="that-after-group",
    ),
    pytest.param(
        "It was the senators that said the deal was dead.",
        [("that", "said", ["the deal was dead"])],
        id="that-after-role-plural",
    ),
    pytest.param(
        "That said, the deal was dead.",
        [],
        id="neg-that-said-opener",
    ),
    pytest.param(
        "Officials said that the deal was dead.",
        [("Officials", "said", ["that the deal was dead"])],
        id="neg-that-after-cue",
    ),
    pytest.param(
        "They met two farmers. Both said the harvest had failed.",
        [("Both", "said", ["the harvest had failed"])],
        id="both-said",
    ),
    pytest.param(
        "Several said they would stay home on election day.",
        [("Several", "said", ["they would stay home on election day"])],
        id="several-said",
    ),
    pytest.param(
        "One voter backed the plan. Another said it would fail.",
        [("One voter", "backed", ["the plan"]), ("Another", "said", ["it would fail"])],
        id="another-said",
    ),
    # A cue after its own subject pronoun inside a restrictive "who" clause is a report
    # within the content, not the main verb that ends the clause.
    pytest.param(
        "He met voters who said they backed Smith.",
        [("who", "said", ["they backed Smith"])],
        id="who-said-they-backed",
    ),
    pytest.param(
        "Republicans who have praised him warned that the deal was bad.",
        [("who", "praised", ["him"]), ("Republicans", "warned", ["that the deal was bad"])],
        id="neg-main-verb-after-object",
    ),
    # A time span between subject and verb is no speaker ("have in the past said").
    pytest.param(
        "Her allies have in the past said she was staying quiet.",
        [("Her allies", "said", ["she was staying quiet"])],
        id="in-the-past-said",
    ),
    pytest.param(
        "Officials in recent weeks have argued that the plan is dead.",
        [("Officials", "argued", ["that the plan is dead"])],
        id="in-recent-weeks-argued",
    ),
    # A plural body before a restrictive clause speaks, not the clause's object.
    pytest.param(
        "Several organizations that have endorsed him say the rules should change.",
        [("Several organizations", "say", ["the rules should change"])],
        id="organizations-that-endorsed-him-say",
    ),
    # A participle's subject is the sentence's, after an opening clause or adverbial.
    pytest.param(
        "Together, Rubio and Cruz are gunning for each other, calling the race a brawl.",
        [("Rubio and Cruz", "calling", ["the race a brawl"])],
        id="together-opener-participle",
    ),
    pytest.param(
        "To understand the vote, the researchers looked at trade, saying it mattered.",
        [("the researchers", "saying", ["it mattered"])],
        id="to-clause-opener-participle",
    ),
    pytest.param(
        "The plan would cost both said parties a fortune.",
        [],
        id="neg-both-mid-clause",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_lone_and_relative_subjects(text: str, expected: list[tuple[str, str, list[str]]]) -> None:
    assert claim_shapes(text) == expected
