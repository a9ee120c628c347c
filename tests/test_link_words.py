"""Shared-word steps of ``link_words``: words that only say who spoke, and that they
talked, are no shared point."""

from __future__ import annotations

import pytest

from attribcmp.link_words import _beyond_parties, party_words
from attribcmp.links import link_claims
from attribcmp.model import Side, Speaker, SpeakerKind
from attribcmp.textfeatures import analyse_text, load_concepts, stem
from tests.faceted import account_claim

CONCEPTS = load_concepts()
# A readout of Biden's call with Sunak: the speakers' and the sides' name words.
SPEAKER_WORDS = frozenset(stem(w) for w in ("Biden", "Sunak", "Defense", "Secretary"))
SIDE_WORDS = frozenset(stem(w) for w in ("United", "States", "United", "Kingdom"))
PARTIES = party_words(SPEAKER_WORDS, SIDE_WORDS, CONCEPTS)


@pytest.mark.parametrize(
    ("token", "party"),
    [
        (stem("president"), True),  # a title before a name
        (stem("Sunak"), True),
        ("~united states", True),  # a concept naming a side
        ("~talks", True),  # "discussed", "met", "call": every line of a readout
        # "Defense Secretary" names a speaker; "defense" is still a point ("~defense")
        ("~defense", False),
        (stem("waters"), False),
    ],
)
def test_party_words(token: str, party: bool) -> None:
    assert (token in PARTIES) is party


@pytest.mark.parametrize(
    ("a", "b", "beyond", "a_word"),
    [
        # who met whom and that they talked: no point in common
        (
            "President Biden met Prime Minister Sunak in London",
            "The Prime Minister and President Biden also discussed Iran",
            False,
            False,
        ),
        ("the United States will keep talking", "talks with the US went well", False, False),
        # numbers alone ("July 20" / "the G20")
        (
            "The President looks forward to seeing him on July 20",
            "preparations for the G20",
            False,
            False,
        ),
        # one point in other words: concepts count at the alignment threshold, not for a
        # closest point below it
        (
            "discussions focused on opportunities to address mutual defense interests",
            "the two officials had discussed the regional security situation",
            True,
            False,
        ),
        (
            "the patrol boats were inside Iranian waters",
            "the sailors were inside Iraqi waters",
            True,
            True,
        ),
    ],
)
def test_beyond_parties(a: str, b: str, beyond: bool, a_word: bool) -> None:
    fa, fb = analyse_text(a, CONCEPTS), analyse_text(b, CONCEPTS)
    assert _beyond_parties(fa, fb, PARTIES) is beyond
    assert _beyond_parties(fa, fb, PARTIES, words_only=True) is a_word


def test_readout_lines_naming_only_the_leaders_stay_apart() -> None:
    """Two accounts of one call: a line of each that shares only the leaders' names and
    titles is no point told twice, while the lines on Iran are."""
    sides = (Side("us", "United States"), Side("uk", "United Kingdom"))
    speakers = (
        Speaker("s-us", "US account", SpeakerKind.ORGANISATION, side="us"),
        Speaker("s-uk", "UK account", SpeakerKind.ORGANISATION, side="uk"),
        Speaker("s-b", "President Biden", SpeakerKind.PERSON, side="us"),
        Speaker("s-s", "Prime Minister Sunak", SpeakerKind.PERSON, side="uk"),
    )
    claims = (
        account_claim("c1", "us", "President Biden hosted Prime Minister Sunak today"),
        account_claim("c2", "us", "the leaders reviewed sanctions on Iran"),
        account_claim("c3", "uk", "Prime Minister Sunak thanked President Biden warmly"),
        account_claim("c4", "uk", "new sanctions on Iran were reviewed"),
    )
    links = link_claims(claims, speakers=speakers, sides=sides, concepts=CONCEPTS)
    pairs = {(k.a, k.b) for k in links}
    assert ("c2", "c4") in pairs
    assert ("c1", "c3") not in pairs


@pytest.mark.parametrize(
    ("word", "named"),
    [
        # the demonym of one of the two sides names that side, as "the United States" does
        ("American", False),
        ("British", False),
        # a third country's demonym is something both accounts speak of
        ("Canadian", True),
    ],
)
def test_a_sides_demonym_is_no_shared_name(word: str, named: bool) -> None:
    us = f"the condolences he offered to the {word} people after the shooting"
    uk = f"how much the {word} public had appreciated the support from around the world"
    links = link_claims(
        (account_claim("c1", "united-states", us), account_claim("c2", "united-kingdom", uk)),
        sides=(Side("united-states", "United States"), Side("united-kingdom", "United Kingdom")),
        concepts=CONCEPTS,
    )
    assert any("name" in link.signals for link in links) is named


def test_a_shared_words_reason_names_the_words() -> None:
    # the score alone ("overlap 92/100") tells a reader nothing of why two lines are one point
    us = "the two sides discussed expanding bilateral trade and investment in clean energy"
    pk = "the two sides discussed expanding bilateral trade and investment in agriculture"
    links = link_claims(
        (account_claim("c1", "united-states", us), account_claim("c2", "pakistan", pk)),
        sides=(Side("united-states", "United States"), Side("pakistan", "Pakistan")),
        concepts=CONCEPTS,
    )
    reasons = [r for link in links for r in link.reasons if "overlap" in r]
    assert reasons
    assert all("'expanding'" in r and "'trade'" in r for r in reasons), reasons


@pytest.mark.parametrize(
    ("a", "b", "phrase"),
    [
        # a phrase of acts alone is in every readout: no item
        ("He looks forward to the summit.", "She looked forward to the fishing season.", False),
        # a phrase naming a thing is one
        ("They praised the special relationship.", "Both hailed the special relationship.", True),
    ],
)
def test_two_readouts_share_a_phrase_only_on_an_item(a: str, b: str, phrase: bool) -> None:
    claims = (account_claim("c1", "a", a), account_claim("c2", "b", b))
    sides = (Side("a", "Atlantis"), Side("b", "Borduria"))
    links = link_claims(claims, sides=sides, concepts=load_concepts())
    assert any("phrase" in k.signals for k in links) is phrase
