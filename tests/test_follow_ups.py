"""A speaker's quoted follow-up to their own reply answers what the reply answers
(follow_ups.py). The sentences are made up, in the shape of wire reports of a dispute."""

from __future__ import annotations

import pytest

from attribcmp.model import ClaimKind, Document, Link, Side
from tests.faceted import faceted_claim

_LEAD = (
    "Rebels claimed that soldiers burned the market in Kanda. "
    "But the army said that those claims were false. "
)
_REASON = "follows up its own reply"
_TOLD = [
    ("c1", "rebels", "that soldiers burned the market in Kanda", "claimed", ClaimKind.INDIRECT),
    ("c2", "army", "that those claims were false", "said", ClaimKind.INDIRECT),
]


def _links(doc: str, told: list[tuple[str, str, str, str, ClaimKind]]) -> tuple[Link, ...]:
    from attribcmp.links import link_claims
    from attribcmp.textfeatures import load_concepts

    claims = tuple(
        faceted_claim(doc, cid, side, text, cue=cue, kind=kind)
        for cid, side, text, cue, kind in told
    )
    sides = tuple(Side(s, s.title()) for s in sorted({t[1] for t in told}))
    return link_claims(
        claims, documents=(Document("d", doc),), sides=sides, concepts=load_concepts()
    )


@pytest.mark.parametrize(
    ("follow", "words", "kind", "linked"),
    [
        # a short quote restating the reply joins what the reply answers
        ('"That is simply not so," a colonel said.', "That is simply not so",
         ClaimKind.DIRECT, True),
        ('"We are not there yet," a colonel said.', "We are not there yet",
         ClaimKind.DIRECT, True),
        # reported speech rewords for the reader: it may be a point of its own
        ("A colonel said that was not so.", "that was not so", ClaimKind.INDIRECT, False),
        # a quote telling an event of its own is linked, if at all, by that event
        ('"Nobody burned anything," a colonel said.', "Nobody burned anything",
         ClaimKind.DIRECT, False),
        # a quote that agrees or negates nothing restates no denial
        ('"We will keep patrolling," a colonel said.', "We will keep patrolling",
         ClaimKind.DIRECT, False),
        # a long quote makes points of its own
        ('"It is not the case that our units were anywhere near that part of the valley '
         'all week," a colonel said.',
         "It is not the case that our units were anywhere near that part of the valley all week",
         ClaimKind.DIRECT, False),
    ],
)  # fmt: skip
def test_a_quoted_follow_up_joins_the_reply(
    follow: str, words: str, kind: ClaimKind, linked: bool
) -> None:
    doc = _LEAD + follow
    links = _links(doc, [*_TOLD, ("c3", "army", words, "said", kind)])
    follow_ups = {(k.a, k.b) for k in links if any(r.startswith(_REASON) for r in k.reasons)}
    assert follow_ups == ({("c1", "c3")} if linked else set())
    if linked:
        link = next(k for k in links if (k.a, k.b) == ("c1", "c3"))
        assert link.relation.value == "diverge"
        assert any(words in r for r in link.reasons)


def test_no_follow_up_without_a_reply_before_it() -> None:
    # the army's first claim answers nothing, so its quote after it carries nothing on
    doc = (
        "Rebels claimed that soldiers burned the market in Kanda. "
        "The army said its patrols had left the valley on Monday. "
        '"That is simply not so," a colonel said.'
    )
    told = [
        _TOLD[0],
        ("c2", "army", "its patrols had left the valley on Monday", "said", ClaimKind.INDIRECT),
        ("c3", "army", "That is simply not so", "said", ClaimKind.DIRECT),
    ]
    links = _links(doc, told)
    assert not any(r.startswith(_REASON) for k in links for r in k.reasons)


@pytest.mark.parametrize(
    ("then", "words", "other_between", "linked"),
    [
        # a rebuttal going on over several sentences: each further denial naming nothing of
        # its own answers what the reply answered, reported or quoted, however long
        ("He said the paper had misreported his remarks and distorted the whole account.",
         "the paper had misreported his remarks and distorted the whole account", False, True),
        ('"Again, that was misreported. That is simply incorrect," he said.',
         "Again, that was misreported. That is simply incorrect", False, True),
        # ... not once another speaker has spoken between: the rebuttal has ended
        ("He said the paper had misreported his remarks and distorted the whole account.",
         "the paper had misreported his remarks and distorted the whole account", True, False),
        # a denial with an event of its own is linked, if at all, by that event
        ("He said no market had been burned by anyone.",
         "no market had been burned by anyone", False, False),
    ],
)  # fmt: skip
def test_a_rebuttal_run_answers_what_its_reply_answers(
    then: str, words: str, other_between: bool, linked: bool
) -> None:
    # the army's own next sentence sets the further denial past the reach of a bare denial
    army = "The army said that its units had stayed in the hills. "
    between = "Traders said that prices rose this week. " if other_between else ""
    doc = _LEAD + army + between + then
    told = [*_TOLD, ("c2a", "army", "that its units had stayed in the hills", "said",
                     ClaimKind.INDIRECT)]  # fmt: skip
    if other_between:
        told.append(("c2b", "traders", "that prices rose this week", "said", ClaimKind.INDIRECT))
    told.append(("c3", "army", words, "said", ClaimKind.INDIRECT))
    links = _links(doc, told)
    follow_ups = {(k.a, k.b) for k in links if any(r.startswith(_REASON) for r in k.reasons)}
    assert follow_ups == ({("c1", "c3")} if linked else set())


@pytest.mark.parametrize(
    ("then", "words", "linked"),
    [
        # the sentence after a denial, naming what the denied claim names, sets the speaker's
        # own account against it
        ("The army said its patrol reached the market in Kanda only on Tuesday.",
         "its patrol reached the market in Kanda only on Tuesday", True),
        # ... not a point on something else, nor a plan
        ("The army said its patrol had counted the refugees on Tuesday.",
         "its patrol had counted the refugees on Tuesday", False),
        ("The army said it will rebuild the market in Kanda.",
         "it will rebuild the market in Kanda", False),
    ],
)  # fmt: skip
def test_a_counter_statement_after_a_denial(then: str, words: str, linked: bool) -> None:
    doc = _LEAD + then
    links = _links(doc, [*_TOLD, ("c3", "army", words, "said", ClaimKind.INDIRECT)])
    found = {
        (k.a, k.b)
        for k in links
        if any(r.startswith("goes on from its own denial") for r in k.reasons)
    }
    assert found == ({("c1", "c3")} if linked else set())
