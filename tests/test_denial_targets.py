"""What a denial may answer (link_answers.by_denials): a claim of what someone will do tells
no deed to deny (discourse.states_intent), and a word of where or of scope, or an accusation
word alone beside a denial that names its own act, or a nationality ("Eritrean"), is no
shared point (link_rules.affinity).
The sentences are made up, in the shape of wire reports of a dispute."""

from __future__ import annotations

import pytest

from attribcmp.discourse import spells_out, states_intent
from attribcmp.link_rules import affinity
from tests.faceted import faceted_claim


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        ("it will distribute aid to 20,000 families who fled the fighting", True),
        ("she will meet officials to discuss the unrest", True),
        ("the group plans to release a video of the killing", True),
        ("the ministry intends to rebuild the bridge the floods destroyed", True),
        # the deed is told before the intent: there is something to deny
        ("the attack that killed 40 people will be investigated", False),
        # no intent, or one far into the claim
        ("soldiers burned the village and killed three farmers", False),
        ("troops shelled the market on Monday and the families of the dead say they will sue",
         False),
        # "will not", "would have": no plan
        ("the army will not allow the convoy through", False),
        ("we will hold talks with the families of the dead", True),
        ("that it will release a video of the killing", True),
        ("today it will distribute aid to 20,000 people who fled the violence", True),
        # another party's plan told by its accuser is an accusation to deny
        ("Atlantis wants to enrich uranium to 90 percent", False),
        ("the militia is going to torch the village", False),
        # a deed told with the intent: "to blame", "will be punished for", "keep killing",
        # "after killing"
        ("the army is to blame for the deaths of 12 civilians", False),
        ("police will be punished for beating 40 activists", False),
        ("government troops will keep killing civilians in the north", False),
        ("the group is going to torch the village after killing five men", False),
        ("the agency will pay for the funerals after the killing of four guards", False),
    ],
)  # fmt: skip
def test_states_intent(text: str, intent: bool) -> None:
    assert states_intent(faceted_claim(text, "c1", "a", text)) is intent


@pytest.mark.parametrize(
    ("told", "linked"),
    [
        ("Atlantis wants to enrich uranium to 90 percent, enough for a weapon", True),
        ("the army is to blame for the deaths of 12 civilians in the market", True),
        ("police will be punished for beating 40 activists in the capital", True),
        ("government troops will keep killing civilians in the north", True),
        ("the militia is going to torch the village after killing five men", True),
        # control: the speaker's own plan tells no deed to deny
        ("it will distribute food to 20,000 people who fled the fighting", False),
    ],
)  # fmt: skip
def test_a_denial_answers_an_accused_intent(told: str, linked: bool) -> None:
    from attribcmp.links import link_claims
    from attribcmp.model import Document, Side
    from attribcmp.textfeatures import load_concepts

    denial = "this as lies"
    doc = f"Witnesses said {told}. The spokesman dismissed {denial}."
    claims = (
        faceted_claim(doc, "c1", "acc", told),
        faceted_claim(doc, "c2", "def", denial, cue="dismissed"),
    )
    links = link_claims(claims, documents=(Document("d", doc),),
                        sides=(Side("acc", "Witnesses"), Side("def", "Accused")),
                        concepts=load_concepts())  # fmt: skip
    assert (("c1", "c2") in {(k.a, k.b) for k in links if "denial" in k.signals}) is linked


@pytest.mark.parametrize(
    ("denial", "target", "at_least_one"),
    [
        # one act in both: the denial answers it
        ("the army denied that its troops burned any homes",
         "villagers said soldiers burned forty homes", True),
        # a word of where alone ("district") is no shared point
        ("this is a false claim of civilian casualties in the same district",
         "several districts are infested with militants", False),
        ("the findings of the international team are a fabrication",
         "Seoul will seek international cooperation", False),
        # a nationality alone says whose troops or help, not what: no shared point ...
        ("the government did not confirm that Eritrean troops had crossed the border",
         "aid workers cited evidence that Eritrean soldiers are returning refugees", False),
        # ... where one person named in both is
        ("the army denied that Colonel Okoro ordered the raid",
         "witnesses said Colonel Okoro led the raid on the market", True),
        # "denied the allegations" answers any claim that accuses ...
        ("the allegations", "the group accused the firm of fixing prices", True),
        # ... but a denial naming its own act answers only claims that share it
        ("the opposition rejected the results of the election",
         "the group accused the firm of fixing prices", False),
    ],
)  # fmt: skip
def test_denial_affinity(denial: str, target: str, at_least_one: bool) -> None:
    doc = f"{denial}. {target}."
    a = faceted_claim(doc, "c1", "a", denial, cue="denied")
    b = faceted_claim(doc, "c2", "b", target)
    assert (affinity(a, b, 0.0) >= 1.0) is at_least_one


@pytest.mark.parametrize(
    ("second", "incident"),
    [
        # what the agency will do is not told as an incident
        ("it will distribute food to 20,000 people who fled Aram because of the violence",
         False),
        # control: the same harm told as a deed is one
        ("soldiers killed 20,000 people who fled Aram because of the violence", True),
    ],
)  # fmt: skip
def test_harm_behind_an_intent_is_no_incident(second: str, incident: bool) -> None:
    from attribcmp.links import link_claims
    from attribcmp.model import Document, Side
    from attribcmp.textfeatures import load_concepts

    told = "more than 1,000 people were killed in the fighting in Aram"
    doc = f"Officials said {told}. The aid agency said {second}."
    claims = (
        faceted_claim(doc, "c1", "gov", told),
        faceted_claim(doc, "c2", "aid", second),
    )
    links = link_claims(claims, documents=(Document("d", doc),),
                        sides=(Side("gov", "Government"), Side("aid", "Aid agency")),
                        concepts=load_concepts())  # fmt: skip
    found = {(k.a, k.b) for k in links if "event" in k.signals}
    assert (("c1", "c2") in found) is incident


@pytest.mark.parametrize(
    ("text", "spelled"),
    [
        ("allegations that it is stealing any of the fuel", True),
        ("reports of civilian deaths as rumors", True),
        ("the report referencing the deaths of 300 people was fake", True),
        # a statement pointed at, and nothing of what it said
        ("the claims", False),
        ("These claims are not true", False),
        ("the charges against him as baseless", False),
        # words after "of", "over" that name whose or when, not what
        ("the claims of the opposition as lies", False),
        ("accusations over the weekend as baseless", False),
        ("the statement of the ministry", False),
        ("reports about the attack on the convoy", True),
        ("claims of 40 arrests", True),
        # the clause right after the noun, its "that" left out
        ("official claims the blockade had ended", True),
        # ... but a relative clause says who put the claims out
        ("claims the ministry had made on Monday", False),
    ],
)  # fmt: skip
def test_spells_out(text: str, spelled: bool) -> None:
    assert spells_out(faceted_claim(text, "c1", "a", text, cue="denied")) is spelled


SPELLED_DOC = (
    "The pipeline firm said it was ready to honour its contracts with Europe. "
    "The transit state denied allegations that it is stealing any of the fuel."
)


def test_a_denial_that_spells_out_its_object_answers_only_what_shares_it() -> None:
    from attribcmp.links import link_claims
    from attribcmp.model import Document, Side
    from attribcmp.textfeatures import load_concepts

    ready = "it was ready to honour its contracts with Europe"
    denied = "allegations that it is stealing any of the fuel"
    claims = (
        faceted_claim(SPELLED_DOC, "c1", "firm", ready),
        faceted_claim(SPELLED_DOC, "c2", "state", denied, cue="denied"),
    )
    links = link_claims(claims, documents=(Document("d", SPELLED_DOC),),
                        sides=(Side("firm", "Firm"), Side("state", "State")),
                        concepts=load_concepts())  # fmt: skip
    assert not [k for k in links if "denial" in k.signals]


@pytest.mark.parametrize(
    "denial",
    [
        # the words after "claims of" name whose claims, not what they said
        "the claims of the opposition as lies",
        "the accusations over the weekend as lies",
        # control: a denial that points back and says nothing more
        "the claims as lies",
    ],
)
def test_a_denial_naming_whose_claims_answers_them(denial: str) -> None:
    from attribcmp.links import link_claims
    from attribcmp.model import Document, Side
    from attribcmp.textfeatures import load_concepts

    told = "soldiers shot dead three protesters in the capital on Monday"
    doc = f"The opposition said {told}. The minister dismissed {denial}."
    claims = (
        faceted_claim(doc, "c1", "opp", told),
        faceted_claim(doc, "c2", "gov", denial, cue="dismissed"),
    )
    links = link_claims(claims, documents=(Document("d", doc),),
                        sides=(Side("opp", "Opposition"), Side("gov", "Government")),
                        concepts=load_concepts())  # fmt: skip
    assert ("c1", "c2") in {(k.a, k.b) for k in links if "denial" in k.signals}


@pytest.mark.parametrize(
    ("denial", "whole_category"),
    [
        ("denies that abuses have taken place", True),
        ("rejected any wrongdoing", True),
        ("rejected allegations of misconduct", True),
        # one party's statement: a pointing word, an owner's possessive, or both with a name
        ("said the charges are baseless", False),
        ("said Okoro's charges are baseless", False),
        ("dismissed the opposition charges", False),
        ("dismissed these union allegations", False),
        # "a charge", "an allegation": one statement, the one just told
        ("denied a charge", False),
        ("rejected an allegation of fraud", False),
    ],
)  # fmt: skip
def test_blanket_denial_is_a_category_not_ones_statement(denial: str, whole_category: bool) -> None:
    from attribcmp.link_rules import blanket

    assert blanket(faceted_claim(denial, "c1", "a", denial, cue="denied")) is whole_category


# A denial naming nothing of what it denies, after two claims of the other side and before a
# later one that shares its words.
_JUST_BEFORE = (
    "managers at the Harlow plant sacked 40 union members in May",
    "the company's payroll office is hiding the real overtime figures",
    "it was complete nonsense and a cheap smear on the company and its managers",
    "the company's managers would meet the union on Friday to discuss the sackings",
)
_JUST_BEFORE_DOC = (
    "The union said {}. The union also said {}. A company spokeswoman said {}. "
    "Separately, the union said {}."
).format(*_JUST_BEFORE)


def test_a_denial_naming_nothing_answers_what_was_just_said_not_a_later_claim() -> None:
    from attribcmp.links import link_claims
    from attribcmp.model import Document, Side
    from attribcmp.textfeatures import load_concepts

    sides = ("union", "union", "firm", "union")
    claims = tuple(
        faceted_claim(_JUST_BEFORE_DOC, f"c{k + 1}", side, text)
        for k, (side, text) in enumerate(zip(sides, _JUST_BEFORE, strict=True))
    )
    links = link_claims(claims, documents=(Document("d", _JUST_BEFORE_DOC),),
                        sides=(Side("union", "Union"), Side("firm", "Firm")),
                        concepts=load_concepts())  # fmt: skip
    denied = {(k.a, k.b) for k in links if "denial" in k.signals}
    assert ("c2", "c3") in denied  # what the union had just said
    assert ("c3", "c4") not in denied  # a later point sharing "company" and "managers"


# A denied clause says what it denies: it answers the claim that fits it, not also whatever
# the other side said just before it.
_CLAUSE = (
    "it received the memo on Tuesday and began work on the new rosters",
    "it takes no part in deciding the rosters and will follow the board",
    "that any memo had been sent",
)
_CLAUSE_DOC = "The depot said {}. The depot also said {}. The board denied {}.".format(*_CLAUSE)


def test_a_denied_clause_answers_what_fits_it_not_the_last_claim() -> None:
    from attribcmp.links import link_claims
    from attribcmp.model import Document, Side
    from attribcmp.textfeatures import load_concepts

    claims = (
        faceted_claim(_CLAUSE_DOC, "c1", "depot", _CLAUSE[0]),
        faceted_claim(_CLAUSE_DOC, "c2", "depot", _CLAUSE[1]),
        faceted_claim(_CLAUSE_DOC, "c3", "board", _CLAUSE[2], cue="denied"),
    )
    links = link_claims(claims, documents=(Document("d", _CLAUSE_DOC),),
                        sides=(Side("depot", "Depot"), Side("board", "Board")),
                        concepts=load_concepts())  # fmt: skip
    denied = {(k.a, k.b) for k in links if "denial" in k.signals}
    assert ("c1", "c3") in denied
    assert ("c2", "c3") not in denied


@pytest.mark.parametrize(
    ("text", "clause"),
    [
        ("that any memo had been sent", True),
        ("that the rosters were changed", True),
        ("that 40 workers were sacked", True),
        # "that" as a pronoun points back at what was said
        ("that is complete nonsense", False),
        ("that was a lie", False),
        ("the memo was never sent", False),
    ],
)
def test_opens_clause(text: str, clause: bool) -> None:
    from attribcmp.discourse import opens_clause

    assert opens_clause(faceted_claim(text, "c1", "a", text, cue="denied")) is clause
