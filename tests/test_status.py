"""A side that knows of no such thing answers the other side's claim that it happened
(status.py)."""

from __future__ import annotations

import pytest
from faceted import faceted_claim

from attribcmp.facets import facet_claims
from attribcmp.links import link_claims
from attribcmp.model import (
    Claim,
    ClaimKind,
    Document,
    Relation,
    Side,
    Speaker,
    SpeakerKind,
    TextSpan,
)
from attribcmp.status import read_unknown
from attribcmp.textfeatures import load_concepts

CONCEPTS = load_concepts()

DOC = (
    "Rebels said army units shelled their positions near Koro on Tuesday. "
    "They said the river port was closed. "
    'The army spokesman said he had "received no reports of fighting" in the area. '
    "The ministry has received no notice that the grain deal was cancelled, an official said. "
    "The traders' union said the grain deal, which we have cancelled, cost its members dearly. "
    "The army said the figures show that its units moved 40 kilometres north. "
    "The rebels said they reject the figures as invented. "
    "Moscow said it was pulling some troops back. "
    'Washington said "we have not yet verified that." '
    "The army said it had not seen any new orders. "
    "Rebels said they attacked a police checkpoint near Koro overnight. "
    "The army said there were no reports of casualties in the attack. "
    "The army said there was no sign that the rebels would halt their attacks before the vote."
)
SIDES = (Side("r", "rebels"), Side("a", "army"))
SPEAKERS = (
    Speaker("s-r", "Rebels", SpeakerKind.SOURCE, side="r"),
    Speaker("s-a", "the army", SpeakerKind.ORGANISATION, side="a"),
)


def claim(cid: str, side: str, text: str, cue: str = "said") -> Claim:
    return faceted_claim(DOC, cid, side, text, cue=cue)


@pytest.mark.parametrize(
    ("text", "words", "events", "pointing", "rejected"),
    [
        ("received no reports of fighting", "no reports", {"attack"}, False, ""),
        ("has received no notice that the grain deal was cancelled", "no notice",
         {"agreement", "suspension"}, False, ""),
        ("we have not yet verified that.", "not yet verified", set(), True, ""),
        ("they reject the figures as invented", "reject the figures", set(), False, "figures"),
        # knowing nothing of no event is no status claim
        ("it had not seen any new orders", None, None, None, None),
        ("he gave no further details", None, None, None, None),
        # the object is the noun phrase after the noun, "of" or "that": a preposition, a
        # modal or a verb of stopping ends it
        ("there were no reports of casualties in the attack", "no reports",
         {"injury", "killing"}, False, ""),
        # casualties are the dead and the wounded; injuries are the wounded only
        ("we have no reports of civilian casualties", "no reports", {"injury", "killing"},
         False, ""),
        ("we have no reports of injuries", "no reports", {"injury"}, False, ""),
        ("there was no sign that the militants would halt their attacks", None, None, None,
         None),
        ("police had no information on the shooting at the market", "no information",
         {"attack"}, False, ""),
        ("there was no evidence that troops fired on the crowd after the election",
         "no evidence", {"attack"}, False, ""),
        # whether a thing eases is not whether it is
        ("there was no sign that the fighting was easing", None, None, None, None),
        # "not seen such violence" says the violence happened
        ("he had not seen such violence in the area", None, None, None, None),
        # a negated rejection, or the noun "dispute", rejects nothing
        ("his party would not dispute the results", None, None, None, None),
        ("the opposition never disputed the figures", None, None, None, None),
        ("the dispute over the results went to court", None, None, None, None),
        # a full stop inside "U.S." does not end the clause
        ("there were no reports of any U.S. helicopter being fired upon", "no reports",
         {"attack"}, False, ""),
    ],
)  # fmt: skip
def test_read_unknown(
    text: str, words: str | None, events: set[str] | None, pointing: bool, rejected: str
) -> None:
    made = Claim("c", "d", "s", ClaimKind.INDIRECT, TextSpan(text, 0, len(text)),
                 ((0, len(text)),), side="a")  # fmt: skip
    found = read_unknown(facet_claims((made,), (Document("d", text),), concepts=CONCEPTS)[0])
    if words is None:
        assert found is None
        return
    assert found is not None
    assert (found.words, set(found.events), found.pointing, found.rejected) == (
        words,
        events,
        pointing,
        rejected,
    )


def _links(*claims: Claim) -> dict[tuple[str, str], list[str]]:
    links = link_claims(claims, documents=(Document("d", DOC),), speakers=SPEAKERS,
                        sides=SIDES, concepts=CONCEPTS)  # fmt: skip
    return {
        (k.a, k.b): [r for r in k.reasons if r.startswith(("status:", "rejection:"))]
        for k in links
        if k.relation is Relation.DIVERGE
    }


@pytest.mark.parametrize(
    ("texts", "pair", "reason"),
    [
        # no reports of fighting vs units shelled positions (an attack, no shared word)
        ((("r", "army units shelled their positions near Koro on Tuesday"),
          ("a", "received no reports of fighting")),
         ("c1", "c2"), "status: 'no reports' (army) vs 'army units shelled their positions"),
        # the grain deal: cancelled vs no notice that it was
        ((("r", "the grain deal, which we have cancelled, cost its members dearly"),
          ("a", "has received no notice that the grain deal was cancelled")),
         ("c1", "c2"), "status: 'no notice' (army)"),
        # a rejection answers the claim the rejected thing opens, told before or after it
        ((("r", "they reject the figures as invented"),
          ("a", "its units moved 40 kilometres north")),
         ("c1", "c2"), "rejection: 'reject the figures' (rebels) answers 'its units moved"),
    ],
)  # fmt: skip
def test_status_links(
    texts: tuple[tuple[str, str], ...], pair: tuple[str, str], reason: str
) -> None:
    claims = [claim(f"c{k + 1}", side, text) for k, (side, text) in enumerate(texts)]
    found = _links(*claims)
    assert pair in found
    assert any(r.startswith(reason) for r in found[pair])


def test_status_answers_only_what_came_before() -> None:
    # "no reports of fighting" told before the shelling claim answers nothing: a later claim
    # is a new point, not what the statement knows nothing of
    later = claim("c2", "r", "army units shelled their positions near Koro on Tuesday")
    first = claim("c1", "a", "received no reports of fighting")
    found = _links(first, later)
    assert not any(found.values())


def test_status_needs_the_same_kind_of_event() -> None:
    # the port's closure is no fighting: no status link
    found = _links(claim("c1", "r", "the river port was closed"),
                   claim("c2", "a", "received no reports of fighting"))  # fmt: skip
    assert not any(found.values())


@pytest.mark.parametrize(
    ("asserted", "unknown"),
    [
        # knowing of no casualties in an attack does not deny the attack
        ("they attacked a police checkpoint near Koro overnight",
         "there were no reports of casualties in the attack"),
        # seeing no sign that attacks will stop does not deny them
        ("they attacked a police checkpoint near Koro overnight",
         "there was no sign that the rebels would halt their attacks before the vote"),
    ],
)  # fmt: skip
def test_status_reads_only_the_head_noun_phrase(asserted: str, unknown: str) -> None:
    found = _links(claim("c1", "r", asserted), claim("c2", "a", unknown))
    assert not any(found.values())


CASUALTY_DOC = (
    "Villagers said the raid on Dara killed six farmers. "
    "The army said it had no reports of casualties. "
    "The army said it had no reports of injuries."
)


@pytest.mark.parametrize(
    ("unknown", "linked"),
    [
        # knowing of no casualties answers a claim of people killed
        ("it had no reports of casualties", True),
        # knowing of no injuries says nothing of the dead
        ("it had no reports of injuries", False),
    ],
)  # fmt: skip
def test_status_casualties_answer_a_killing(unknown: str, linked: bool) -> None:
    claims = (
        faceted_claim(CASUALTY_DOC, "c1", "r", "the raid on Dara killed six farmers"),
        faceted_claim(CASUALTY_DOC, "c2", "a", unknown),
    )
    links = link_claims(claims, documents=(Document("d", CASUALTY_DOC),), speakers=SPEAKERS,
                        sides=SIDES, concepts=CONCEPTS)  # fmt: skip
    status = [r for k in links for r in k.reasons if r.startswith("status:")]
    assert bool(status) is linked
