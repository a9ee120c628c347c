"""The nominal denial after a content (attribute/appositive.py), issues 6/7: "Police said the
man was armed, a claim his family rejected."

Wording is made up in the shape of real dispute stories. Each row says what a reader would take
from the sentence: (speaker mention, cue, content parts) for every claim.
"""

from __future__ import annotations

import pytest
from claim_shapes import claim_shapes

from attribcmp import pipeline
from attribcmp.attribute.appositive import appositives
from attribcmp.attribute.cues import tokenize
from attribcmp.model import Document, Relation

CASES = [
    pytest.param(
        "Police said the man was armed, a claim his family rejected.",
        [
            ("Police", "said", ["the man was armed"]),
            ("his family", "rejected", ["a claim his family rejected"]),
        ],
        id="claim-rejected",
    ),
    pytest.param(
        "The army said the dead were militants, an account villagers dispute.",
        [
            ("The army", "said", ["the dead were militants"]),
            ("villagers", "dispute", ["an account villagers dispute"]),
        ],
        id="account-disputed",
    ),
    pytest.param(
        "The regulator said the plant leaked waste into the river, an allegation the company "
        "denies.",
        [
            ("The regulator", "said", ["the plant leaked waste into the river"]),
            ("the company", "denies", ["an allegation the company denies"]),
        ],
        id="allegation-denied",
    ),
    pytest.param(
        "Prosecutors said the mayor took bribes, a charge his lawyers have flatly dismissed.",
        [
            ("Prosecutors", "said", ["the mayor took bribes"]),
            ("his lawyers", "dismissed", ["a charge his lawyers have flatly dismissed"]),
        ],
        id="charge-dismissed-over-adverbs",
    ),
    pytest.param(
        "Rebels said they had shot down a jet, a claim denied by the air force.",
        [
            ("Rebels", "said", ["they had shot down a jet"]),
            ("the air force", "denied", ["a claim denied by the air force"]),
        ],
        id="passive-denied-by",
    ),
    pytest.param(
        "The union said 400 jobs would go, a claim the company confirmed.",
        [
            ("The union", "said", ["400 jobs would go"]),
            ("the company", "confirmed", ["a claim the company confirmed"]),
        ],
        id="claim-confirmed",
    ),
]

# Appositives that name no denier: the first claim keeps its words, no claim is added.
NEGATIVE = [
    pytest.param(
        "The minister said the figures were wrong, a claim that critics called absurd.",
        id="claim-that-clause",
    ),
    pytest.param(
        "The firm said it had paid the fine, a claim filed by the regulator in May.",
        id="claim-filed-by",
    ),
    pytest.param(
        "The mayor said the budget was balanced, a claim repeated in his speech.",
        id="no-denial-verb",
    ),
    pytest.param(
        "Officials said the road would reopen, a claim the residents rejected the plan over.",
        id="verb-runs-on",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_appositive_denial_is_its_own_claim(
    text: str, expected: list[tuple[str, str, list[str]]]
) -> None:
    assert claim_shapes(text) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_denier_no_appositive_claim(text: str) -> None:
    assert appositives(tokenize(text, 0, len(text))) == []
    claims = pipeline.attribute([Document("d", text)]).claims
    assert not any(c.rule.startswith("nominal_appositive") for c in claims)


def test_appositive_offsets_exclude_the_comma() -> None:
    text = "Police said the man was armed, a claim his family rejected."
    (_, denial) = pipeline.attribute([Document("d", text)]).claims
    (start, end) = denial.parts[0]
    assert text[start - 2 : start] == ", "
    assert text[start:end] == "a claim his family rejected"


def test_appositive_noun_does_not_hedge_the_first_claim() -> None:
    text = "Police said the man was armed, a claim his family rejected."
    police, _ = pipeline.attribute([Document("d", text)]).claims
    assert not police.hedged
    text = "Police claimed the man was armed, a claim his family rejected."
    police, _ = pipeline.attribute([Document("d", text)]).claims
    assert police.hedged


def test_denier_answers_the_claim_before_it() -> None:
    text = (
        "A man was shot dead by officers in Riverton on Tuesday night.\n\n"
        "Police said the man was armed and had fired at officers, a claim his family rejected.\n"
    )
    rep = pipeline.report([Document("d", text)])
    by_id = {c.id: c for c in rep.claims}
    assert rep.links is not None
    denials = [k for k in rep.links if "denial" in k.signals]
    assert len(denials) == 1
    (link,) = denials
    assert link.relation is Relation.DIVERGE
    pair = {by_id[link.a].content.text, by_id[link.b].content.text}
    assert pair == {"the man was armed and had fired at officers", "a claim his family rejected"}
    assert any(r.startswith("denial: 'rejected' answers") for r in link.reasons)
