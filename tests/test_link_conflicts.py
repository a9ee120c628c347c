"""link_conflicts: the article's own word that the accounts around it conflict."""

from __future__ import annotations

import pytest

from attribcmp.facets import facet_claims
from attribcmp.links import link_claims
from attribcmp.model import Claim, ClaimKind, Document, Side, TextSpan
from attribcmp.textfeatures import load_concepts

CONCEPTS = load_concepts()
SIDES = (Side("a", "Ruritania"), Side("v", "Activists"), Side("other", "Other speakers"))


def _claims(doc: str, told: list[tuple[str, str, str]]) -> tuple[Claim, ...]:
    made = []
    for cid, side, text in told:
        start = doc.find(text)
        made.append(
            Claim(
                id=cid,
                doc_id="d",
                speaker_id="s-" + side,
                kind=ClaimKind.INDIRECT,
                content=TextSpan(text, start, start + len(text)),
                parts=((start, start + len(text)),),
                side=side,
            )
        )
    return facet_claims(tuple(made), (Document("d", doc),), concepts=CONCEPTS)


def _conflicts(doc: str, told: list[tuple[str, str, str]]) -> set[tuple[str, str]]:
    links = link_claims(
        _claims(doc, told), documents=(Document("d", doc),), sides=SIDES, concepts=CONCEPTS
    )
    return {
        (k.a, k.b)
        for k in links
        if any(r.startswith("the article says the accounts conflict") for r in k.reasons)
    }


@pytest.mark.parametrize(
    ("doc", "told", "expected"),
    [
        # a summing-up sentence after both accounts: the two sides' claims of one event kind
        ("The activists said the commandos attacked the ship without warning.\n\n"
         "Ruritanian officials said the crew attacked the boarding party with knives.\n\n"
         "There are conflicting reports as to who attacked first.",
         [("c1", "v", "the commandos attacked the ship without warning"),
          ("c2", "a", "the crew attacked the boarding party with knives")],
         {("c1", "c2")}),
        # a lead announcing the accounts told after it
        ("The two sides gave different accounts of the deaths on Tuesday.\n\n"
         "Ruritanian officials said four soldiers were killed near the bridge.\n\n"
         "The activists said eleven villagers were killed in the shelling.",
         [("c1", "a", "four soldiers were killed near the bridge"),
          ("c2", "v", "eleven villagers were killed in the shelling")],
         {("c1", "c2")}),
        # no event kind shared: the sentence says the accounts differ, not which points
        ("The activists said the commandos attacked the ship without warning.\n\n"
         "Ruritanian officials said the aid would be delivered by road.\n\n"
         "There are conflicting reports about the convoy.",
         [("c1", "v", "the commandos attacked the ship without warning"),
          ("c2", "a", "the aid would be delivered by road")],
         set()),
        # the sentence names the matter (deaths): claims sharing another kind are not it
        ("The activists said the commandos attacked the ship without warning.\n\n"
         "Ruritanian officials said the crew attacked the boarding party with knives.\n\n"
         "There are conflicting reports of the deaths.",
         [("c1", "v", "the commandos attacked the ship without warning"),
          ("c2", "a", "the crew attacked the boarding party with knives")],
         set()),
        # a claim told in the sentence itself: a speaker's word, not the article's
        ("The activists said the commandos attacked the ship without warning.\n\n"
         "Ruritanian officials said the crew attacked the boarding party and dismissed "
         "conflicting reports.",
         [("c1", "v", "the commandos attacked the ship without warning"),
          ("c2", "a", "the crew attacked the boarding party and dismissed conflicting reports")],
         set()),
        # a third voice quoted beside the two accounts is not one of them
        ("The activists said the commandos attacked the ship without warning. "
         "The activists said the crew was unarmed.\n\n"
         "Ruritanian officials said the crew attacked the boarding party with knives. "
         "Ruritanian officials said the crew was armed.\n\n"
         "A local paper said the ship was attacked at dawn.\n\n"
         "There are conflicting reports as to who attacked first.",
         [("c1", "v", "the commandos attacked the ship without warning"),
          ("c2", "v", "the crew was unarmed"),
          ("c3", "a", "the crew attacked the boarding party with knives"),
          ("c4", "a", "the crew was armed"),
          ("c5", "other", "the ship was attacked at dawn")],
         {("c1", "c3")}),
        # the lead names the matter (a deal reached): one party's no to it, telling no event
        # of its own, answers the other's telling of the deal
        ("Ruritanian officials and the activists gave conflicting statements on whether a "
         "deal had been reached.\n\n"
         "The activists said a truce would take effect at midnight.\n\n"
         "Ruritanian officials said the announcement was premature.",
         [("c1", "v", "a truce would take effect at midnight"),
          ("c2", "a", "the announcement was premature")],
         {("c1", "c2")}),
        ("Ruritanian officials and the activists gave conflicting statements on whether a "
         "deal had been reached.\n\n"
         "The activists said a truce would take effect at midnight.\n\n"
         "Ruritanian officials said they were not there yet.",
         [("c1", "v", "a truce would take effect at midnight"),
          ("c2", "a", "they were not there yet")],
         {("c1", "c2")}),
        # ... not a claim that neither rejects nor negates, nor one when no matter is named
        ("Ruritanian officials and the activists gave conflicting statements on whether a "
         "deal had been reached.\n\n"
         "The activists said a truce would take effect at midnight.\n\n"
         "Ruritanian officials said the talks were in their third day.",
         [("c1", "v", "a truce would take effect at midnight"),
          ("c2", "a", "the talks were in their third day")],
         set()),
        ("Ruritanian officials and the activists gave conflicting statements.\n\n"
         "The activists said a truce would take effect at midnight.\n\n"
         "Ruritanian officials said they were not there yet.",
         [("c1", "v", "a truce would take effect at midnight"),
          ("c2", "a", "they were not there yet")],
         set()),
    ],
)  # fmt: skip
def test_the_article_says_the_accounts_conflict(
    doc: str, told: list[tuple[str, str, str]], expected: set[tuple[str, str]]
) -> None:
    assert _conflicts(doc, told) == expected
