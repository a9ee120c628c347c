"""Pair verdicts (relate.py): scoped negation, antonyms, inflections, kinds, swapped words."""

from __future__ import annotations

import pytest

from attribcmp.classify import relate_statements
from attribcmp.model import Relation


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        # Negation governs its clause only.
        (
            "No civilians were killed in the raid on the village.",
            "Twelve civilians were killed in the raid on the village.",
            Relation.DIVERGE,
        ),
        (
            "The minister did not resign after the vote.",
            "The minister resigned after the vote.",
            Relation.DIVERGE,
        ),
        (
            "Nobody was hurt when the bridge collapsed.",
            "Several people were hurt when the bridge collapsed.",
            Relation.DIVERGE,
        ),
        (
            "No one attended the meeting in Paris.",
            "A delegation attended the meeting in Geneva.",
            Relation.PARTIAL,
        ),
        # Antonymous predicates about the same thing.
        (
            "Shares in the airline rose on Monday.",
            "Shares in the airline fell on Monday.",
            Relation.DIVERGE,
        ),
        (
            "The ruling party won the by-election.",
            "The ruling party lost the by-election.",
            Relation.DIVERGE,
        ),
        (
            "The union accepted the pay offer.",
            "The union rejected the pay offer.",
            Relation.DIVERGE,
        ),
        # ... however short the statements.
        ("Shares rose.", "Shares fell.", Relation.DIVERGE),
        # An antonym and a negation cancel.
        (
            "The ruling party did not win the by-election.",
            "The ruling party lost the by-election.",
            Relation.CONVERGE,
        ),
        # Irregular forms and near-synonyms align.
        (
            "The rebels held the airport for two days.",
            "The rebels hold the airport for two days.",
            Relation.CONVERGE,
        ),
        # A specific word aligns with its general one.
        (
            "Police arrested a man outside the embassy.",
            "Police arrested a person outside the embassy.",
            Relation.CONVERGE,
        ),
        (
            "Soldiers entered the city at dawn.",
            "Troops entered the city at dawn.",
            Relation.CONVERGE,
        ),
        # WordNet synonyms (data/wordnet.tsv).
        (
            "The ministry imposed a large fine.",
            "The ministry imposed a big fine.",
            Relation.CONVERGE,
        ),
        # Each short statement adds a described thing the other lacks: neither contains the other.
        (
            "Police arrested a protester near the embassy.",
            "Police arrested a young protester.",
            Relation.PARTIAL,
        ),
        # ... a name or a manner word on each side is attribution and style, not a new point.
        (
            "Police quickly arrested the protester.",
            "Police arrested the protester, Smith said.",
            Relation.CONVERGE,
        ),
        # ... two specific words of one kind do not.
        ("Police arrested a man.", "Police arrested a woman.", Relation.PARTIAL),
        # In a short statement a different word in the same place is a different point.
        ("Talks opened in Paris.", "Talks opened in Geneva.", Relation.PARTIAL),
        # "to bicycle" is to ride, but a bicycle is not a horse (WordNet's general words are
        # kept only for a word's common parts of speech).
        ("A man is riding a horse.", "A man is riding a bicycle.", Relation.PARTIAL),
        # A verb of not doing negates as "not" does; "not only" and "not yet" keep the rest.
        (
            "Carlson said he would not recuse himself from the case.",
            "Officials said Carlson refused to recuse himself from the case.",
            Relation.CONVERGE,
        ),
        (
            "The shop refused to sell the land to the city.",
            "The shop sold the land to the city.",
            Relation.DIVERGE,
        ),
        (
            "Not only is the planet the oldest known, it is also the most distant.",
            "The planet is the oldest known and the most distant.",
            Relation.CONVERGE,
        ),
        (
            "Ruffner doesn't yet have a lawyer on the murder charge, police said.",
            "Ruffner does not have a lawyer on the murder charge, police said.",
            Relation.CONVERGE,
        ),
        # Both sides negating the same clause agree on it.
        (
            "Judge Jones found the state fuel tax falls on the driver and the buyer, not the "
            "company, so the company is simply an agent for collecting the fuel tax.",
            "Judge Jones ruled the state fuel tax falls on the driver and the buyer, not the "
            "company, making the company simply an agent for collecting the fuel tax.",
            Relation.CONVERGE,
        ),
        # One figure the other rounded is one toll; a different figure is not.
        (
            "The quake killed 296 people, officials said.",
            "The quake killed about 300 people, officials said.",
            Relation.CONVERGE,
        ),
        ("The quake killed 296 people.", "The quake killed 400 people.", Relation.DIVERGE),
        # The learned layer: a reworded news report is the same; one that adds a new point
        # (where, what was exchanged, when) is not.
        (
            "Shares of Acme Corp. rose 5 percent on Tuesday after the company reported higher "
            "profits, analysts said.",
            "Acme Corp. shares climbed 5 percent Tuesday after it reported higher profits.",
            Relation.CONVERGE,
        ),
        (
            "The ministry said the talks would resume on Monday.",
            "The ministry said the talks would resume on Monday in Geneva after the two "
            "delegations exchanged lists of prisoners to be released next month.",
            Relation.PARTIAL,
        ),
    ],
)
def test_relate_pairs(a: str, b: str, relation: Relation) -> None:
    result = relate_statements(a, b)
    assert result.relation is relation, result.reasons
    assert relate_statements(b, a).relation is relation


def test_learned_verdict_names_its_weights_and_evidence() -> None:
    result = relate_statements(
        "Acme Corp. shares climbed 5 percent Tuesday after it reported higher profits.",
        "Shares of Acme Corp. rose 5 percent on Tuesday after the company reported higher "
        "profits, analysts said.",
    )
    weighed = [r for r in result.reasons if r.startswith("weighed (news weights)")]
    assert len(weighed) == 1 and "for: " in weighed[0], result.reasons


def test_rounded_figures_are_noted() -> None:
    result = relate_statements(
        "The fire destroyed 296 homes.", "The fire destroyed about 300 homes."
    )
    assert "figures agree once rounded: A 296, B 300" in result.reasons


def test_negation_reason_quotes_the_negated_clause() -> None:
    result = relate_statements(
        "No civilians were killed in the raid.", "Civilians were killed in the raid."
    )
    assert any("negates" in r and "No civilians were killed" in r for r in result.reasons)


def test_antonym_reason_names_both_words() -> None:
    result = relate_statements("Exports rose in May.", "Exports fell in May.")
    # the words as written, so a reader finds them in the statements
    assert any(
        "opposite predicates" in r and "'rose'" in r and "'fell'" in r for r in result.reasons
    )


def test_wordnet_table_loads_with_its_licence_notice() -> None:
    from importlib import resources

    from attribcmp.word_pairs import wordnet_rows

    text = resources.files("attribcmp.data").joinpath("wordnet.tsv").read_text(encoding="utf-8")
    assert "WordNet 3.0 Copyright 2006 by Princeton University" in text
    rows = wordnet_rows()
    assert {kind for kind, _, _ in rows} == {"s", "h", "a"}
    assert all(word and others for _, word, others in rows)
