"""Review findings (round 16, new texts): link reasons, facets and a lead claim's end.

Every sentence here is made up in the general shape of wire copy; none is a review input.
"""

from __future__ import annotations

import pytest

from attribcmp.attribute import attribute_claims
from attribcmp.counter import read_acts, read_claims
from attribcmp.facets import extract_facets
from attribcmp.links import link_claims
from attribcmp.model import Claim, ClaimKind, Document, Side, TextSpan
from attribcmp.segment import dateline_end
from attribcmp.sides import nationality
from attribcmp.signals import polarity_keys
from attribcmp.textfeatures import load_concepts
from tests.faceted import faceted_claim

CONCEPTS = load_concepts()


# "fire" is gunfire only without an article ("opened fire", "under fire"); "a fire", "the
# fire", "fire broke out" is a blaze; a fire service is no event; "broke out" breaks no rule.
@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("the blaze started when a fire broke out in a warehouse", {"destruction"}),
        ("The fire spread to two nearby shops", {"destruction"}),
        ("fire broke out on the fourth floor of the hotel", {"destruction"}),
        ("a fire brigade officer reached the scene within minutes", set()),
        ("the mill had no fire exits on the upper floors", set()),
        ("fighting broke out near the airport at dawn", {"attack"}),
        # gunfire is an attack, no destruction
        ("police opened fire on the marchers", {"attack"}),
        ("the convoy came under fire near the bridge", {"attack"}),
        ("two guards died in an exchange of fire", {"killing", "attack"}),
        # controls: a breach, a torching
        ("the rebels broke the truce", {"violation", "agreement"}),
        ("militiamen set fire to the market", {"attack", "destruction"}),
    ],
)  # fmt: skip
def test_fire_and_broke_out_senses(text: str, events: set[str]) -> None:
    assert set(extract_facets(text, concepts=CONCEPTS).events) == events


# A participle right before the main verb ends a reduced relative: the noun before it was hit.
@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("the guard killed was a conscript", "", "the guard"),
        ("the villages attacked were empty", "", "the villages"),
        # controls: an active verb keeps its doer
        ("rebels attacked the village", "rebels", "the village"),
        ("the guard was killed near the gate", "", "the guard"),
    ],
)  # fmt: skip
def test_reduced_relative_is_passive(text: str, actor: str, target: str) -> None:
    (act,) = read_acts(text)
    assert (act.actor, act.target) == (actor, target)


@pytest.mark.parametrize(
    ("text", "pos", "end"),
    [
        ("ORLA, May 2 (Reuters) - Two guards were shot", 30, 24),
        ("Head line\n\nPORT KADE, June 14 - A boat sank", 40, 32),
        # no dateline: nothing to skip
        ("Two guards were shot at the gate", 20, 0),
        ("Head line\n\nTwo guards were shot at the gate", 30, 0),
    ],
)  # fmt: skip
def test_dateline_end(text: str, pos: int, end: int) -> None:
    assert dateline_end(text, pos) == end


def test_counter_lead_leaves_the_dateline_out() -> None:
    doc = "ORLA, May 2 (Reuters) - One guard was killed at the gate, officials said."
    said = "at the gate"
    start = doc.find(said)
    claim = Claim("c1", "d", "s-a", ClaimKind.INDIRECT, TextSpan(said, start, start + len(said)),
                  ((start, start + len(said)),), cue=TextSpan("said", 0, 4), side="a")  # fmt: skip
    (acts,) = read_claims([claim], {"d": doc})
    assert [(a.actor, a.target) for a in acts] == [("", "One guard")]


def _denial_reasons(doc: str, said: list[tuple[str, str, str]]) -> dict[tuple[str, str], bool]:
    claims = tuple(
        faceted_claim(doc, f"c{k + 1}", side, text, cue=cue)
        for k, (side, text, cue) in enumerate(said)
    )
    links = link_claims(claims, documents=(Document("d", doc),),
                        sides=(Side("u", "Union"), Side("o", "Owner")),
                        concepts=CONCEPTS)  # fmt: skip
    return {
        (k.a, k.b): any(r.startswith("denial:") for r in k.reasons)
        for k in links
        if any(r.startswith("denial:") for r in k.reasons)
    }


@pytest.mark.parametrize(
    ("doc", "said", "answered"),
    [
        # the denial echoes an earlier point ("a chained door"): it answers that one (review17:
        # a denial answers the claim whose words it echoes), not the claim just before it,
        # which it says nothing of
        ("The union said staff found a chained door on the top floor. It said eight cooks "
         "were still unaccounted for. The owner denied that any door had been chained.",
         [("u", "staff found a chained door on the top floor", "said"),
          ("u", "eight cooks were still unaccounted for", "said"),
          ("o", "that any door had been chained", "denied")],
         {("c1", "c3")}),
        # control: a denial sharing nothing answers what the other side has just said
        ("The union said the guards had beaten two strikers. The owner dismissed it as "
         "rumour with no proof.",
         [("u", "the guards had beaten two strikers", "said"),
          ("o", "rumour with no proof", "dismissed")],
         {("c1", "c2")}),
        # a short denial answers the other side's claim just before it though that names no
        # event or figure (a demand, a remark)
        ("The union said the owner must reinstate the sacked cooks. The owner dismissed such "
         "demands as meddling in its affairs.",
         [("u", "the owner must reinstate the sacked cooks", "said"),
          ("o", "such demands as meddling in its affairs", "dismissed")],
         {("c1", "c2")}),
        # ... not one standing two sentences back
        ("The union said the owner must reinstate the sacked cooks. The weather was mild. The "
         "owner dismissed such demands as meddling in its affairs.",
         [("u", "the owner must reinstate the sacked cooks", "said"),
          ("o", "such demands as meddling in its affairs", "dismissed")],
         set()),
    ],
)  # fmt: skip
def test_denial_sharing_words_answers_no_unrelated_claim(
    doc: str, said: list[tuple[str, str, str]], answered: set[tuple[str, str]]
) -> None:
    assert set(_denial_reasons(doc, said)) == answered


def _claims(text: str) -> list[tuple[str, str]]:
    claims, speakers = attribute_claims([Document("t", text)], nationality=nationality)
    names = {s.id: s.name for s in speakers}
    return [(names[c.speaker_id], c.content.text) for c in claims]


# "X happened, police said, as/while ...": a whole clause before the cue is the report, the
# clause after it the reporter's backdrop; a split clause ("The talks, he said, will resume")
# keeps both parts.
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("A flood swept through the valley on Monday and killed nine people, officials said, "
         "as rescuers and villagers gave conflicting accounts of the warnings.",
         "A flood swept through the valley on Monday and killed nine people"),
        ("The ferry capsized in heavy seas, the coast guard said, while relatives waited at "
         "the port for news.",
         "The ferry capsized in heavy seas"),
        # control: the clause before the cue lacks its verb
        ("The talks, the minister said, will resume next week in Geneva.",
         "The talks, the minister said, will resume next week in Geneva"),
    ],
)  # fmt: skip
def test_lead_claim_ends_before_the_backdrop(text: str, content: str) -> None:
    assert [c for _n, c in _claims(text)][:1] == [content]


# A noun of where or which ("side", "part") is no point one claim negates and the other states.
@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("the patrol stayed on its own side of the river", {"side"}, {"patrol", "river"}),
        ("the video did not show which side had fired first", {"side"}, {"video"}),
        ("no part of the pipeline was damaged", {"part"}, {"pipelin"}),
    ],
)  # fmt: skip
def test_polarity_keys_leave_out_empty_nouns(
    text: str, absent: set[str], present: set[str]
) -> None:
    keys = set(polarity_keys(extract_facets(text, concepts=CONCEPTS)))
    assert not keys & absent
    assert present <= keys
