"""Links a fact-checker's review of new stories asked for, or asked to drop: a denial links to
what it denies, not to a claim sharing a word; percentages of one turnout, strike or share
from two sides dispute one figure. The sentences are made up, in the shape of wire reports."""

from __future__ import annotations

import pytest

from attribcmp.discourse import deictic, states_intent
from attribcmp.link_answers import _possessors
from attribcmp.link_rules import affinity
from attribcmp.links import link_claims
from attribcmp.measures import measured
from attribcmp.model import Document, Link, Side
from attribcmp.textfeatures import load_concepts
from tests.faceted import faceted_claim


def _links(doc: str, claims: list[tuple[str, str, str, str]]) -> tuple[Link, ...]:
    """Links of ``doc``'s claims given as (id, side, text, cue)."""
    made = tuple(faceted_claim(doc, cid, side, text, cue=cue) for cid, side, text, cue in claims)
    sides = tuple(Side(s, s.title()) for s in dict.fromkeys(c[1] for c in claims))
    return link_claims(made, documents=(Document("d", doc),), sides=sides,
                       concepts=load_concepts())  # fmt: skip


@pytest.mark.parametrize(
    ("text", "points_back"),
    [
        # "denied that <clause>": the clause says what is denied, it points at nothing
        ("that any passenger had been hurt in the crash", False),
        ("that the plant had leaked any chemicals", False),
        ("that 40 workers had been laid off", False),
        # a bare pronoun or a statement word does point back
        ("that", True),
        ("that is simply untrue", True),
        ("These claims are baseless", True),
        ("it", True),
    ],
)  # fmt: skip
def test_a_that_clause_is_no_pointer(text: str, points_back: bool) -> None:
    claim = faceted_claim(f"{text}.", "c1", "a", text, cue="denied")
    assert deictic(claim) is points_back


@pytest.mark.parametrize(
    ("text", "intent"),
    [
        # "would" is a reported "will": the speaker's own body's plan tells no deed
        ("that the ministry would review the recordings", True),
        ("the coalition would look into the incident", True),
        ("the agency would send more trucks next week", True),
        # another party's plan, or "would have", is still something to deny
        ("the militia would attack the convoy", False),
        ("the ministry would have known about the leak", False),
    ],
)  # fmt: skip
def test_a_reported_plan_is_intent(text: str, intent: bool) -> None:
    assert states_intent(faceted_claim(text, "c1", "a", text)) is intent


@pytest.mark.parametrize(
    ("denial", "owner"),
    [
        ("the ministry's account", "ministry"),
        ("the union's figures as exaggerated", "union"),
        ("the Red Crescent's casualty report", "Red Crescent"),
        ("the allegations", ""),
        ("the company's new factory", ""),
    ],
)  # fmt: skip
def test_whose_statement_a_denial_names(denial: str, owner: str) -> None:
    assert _possessors(denial) == owner


def test_the_owner_of_an_account_is_no_shared_point() -> None:
    doc = "the ministry's account. the ministry would open its archive."
    a = faceted_claim(doc, "c1", "a", "the ministry's account", cue="disputed")
    b = faceted_claim(doc, "c2", "b", "the ministry would open its archive")
    assert affinity(a, b, 0.0, _possessors("the ministry's account")) < 1.0


def test_a_denial_answers_what_it_denies_not_the_last_claim() -> None:
    doc = (
        "The union said no talks had been planned with the board. "
        "A driver said two passengers died because the buses stopped. "
        "The company denied that any passenger had died because of the stoppage."
    )
    links = _links(doc, [
        ("c1", "union", "no talks had been planned with the board", "said"),
        ("c2", "union", "two passengers died because the buses stopped", "said"),
        ("c3", "firm", "that any passenger had died because of the stoppage", "denied"),
    ])  # fmt: skip
    denied = {(k.a, k.b) for k in links if "denial" in k.signals}
    assert ("c1", "c3") not in denied


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        ("turnout was about 55 percent", ["Turnout"]),
        ("turnout was far lower than officials said, closer to 40 percent", ["Turnout"]),
        ("nearly 80 percent of teachers had stayed home", ["Strike participation"]),
        ("only 20 percent of drivers joined the strike", ["Strike participation"]),
        ("the Liberal Party won 48 percent of the vote", ["Vote share"]),
        ("the Liberal Party received less than 40 percent", ["Vote share"]),
        # two measures in one claim, each figure to its nearest words
        ("the Greens won 12 percent of the vote, with turnout of 64 percent",
         ["Vote share", "Turnout"]),
        # a percentage of nothing measured here
        ("prices rose 7 percent last year", []),
        ("the fund grew 3 percent", []),
    ],
)  # fmt: skip
def test_what_a_percentage_measures(text: str, measures: list[str]) -> None:
    assert [m.measure for m in measured(faceted_claim(text, "c1", "a", text))] == measures


@pytest.mark.parametrize(
    ("first", "second", "linked"),
    [
        ("more than 85 percent of its members had stopped work",
         "only about 25 percent of teachers had stayed home", True),
        ("turnout was about 70 percent", "turnout was closer to 45 percent", True),
        ("the Liberal Party won 58 percent of the vote",
         "the Liberal Party received less than 50 percent", True),
        # two parties' shares are two figures, not one disputed
        ("the Liberal Party won 58 percent of the vote",
         "the Green Party received 30 percent of the vote", False),
        # overlapping figures are no clash on the measure alone
        ("turnout was about 60 percent", "turnout was more than 55 percent", False),
        # two measures
        ("turnout was about 70 percent", "only 20 percent of drivers joined the strike", False),
    ],
)  # fmt: skip
def test_two_sides_percentages_of_one_measure(first: str, second: str, linked: bool) -> None:
    doc = f"The union said {first}. The minister said {second}."
    links = _links(doc, [("c1", "one", first, "said"), ("c2", "two", second, "said")])
    if linked:
        # the measure links them, or a figure slot of the same event already did
        assert [k.relation.value for k in links if (k.a, k.b) == ("c1", "c2")] == ["diverge"]
    else:
        assert not [k for k in links if any("same measure" in r for r in k.reasons)]


@pytest.mark.parametrize(
    ("text", "nought"),
    [
        # a negated "any <people>" of a harm is a toll of nought
        ("we have no indication that any noncombatants were harmed", "noncombatants"),
        ("the army did not kill any civilians", "civilians"),
        # "lost no <people>": a loss of people is a toll
        ("the militia had lost no fighters in the clash", "fighters"),
        # no harm, or no people: no toll
        ("it has no plans to buy any trucks", ""),
        ("the party lost no seats", ""),
        ("any soldiers found guilty will be punished", ""),
    ],
)  # fmt: skip
def test_a_toll_of_nought(text: str, nought: str) -> None:
    from attribcmp.quantities import find_quantities

    zeros = [q.noun for q in find_quantities(text) if q.high == 0.0]
    assert zeros == ([nought] if nought else [])


def test_nought_against_a_count_links_far_apart() -> None:
    count = "the raid killed 14 gunmen"
    nought = "the group had lost no fighters in the area"
    filler = " ".join(f"Residents described scene {k} of the day." for k in range(10))
    doc = f"The army said {count}. {filler} A rebel spokesman said {nought}."
    links = _links(doc, [("c1", "army", count, "said"), ("c2", "rebels", nought, "said")])
    assert [(k.a, k.b, k.relation.value) for k in links if "slot" in k.signals] == [
        ("c1", "c2", "diverge")
    ]


@pytest.mark.parametrize(
    ("plan", "denial"),
    [
        # "no date" leaves the plan open: at most partial, never a denial
        ("No date has been set for the minister's visit", False),
        ("no firm timetable was agreed for the minister's visit", False),
        # a "no" of the act itself still denies it
        ("No visit by the minister has been agreed", True),
    ],
)  # fmt: skip
def test_an_open_plan_is_no_denial(plan: str, denial: bool) -> None:
    from attribcmp.classify import compare_claims

    other = "the minister will visit the capital at a mutually convenient time"
    doc = f"{plan}. {other}."
    a = faceted_claim(doc, "c1", "one", plan)
    b = faceted_claim(doc, "c2", "two", other)
    verdict = compare_claims(a, b, "One", "Two", load_concepts())
    assert any("negates or denies" in r for r in verdict.reasons) is denial


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        # a toll of nought against a count of the same people: the figures clash
        ("the drone strike killed 11 insurgents",
         "the movement had lost no fighters in the drone strike",
         "diverge"),
        ("the shelling wounded six civilians",
         "we have no indication that any noncombatants were harmed", "diverge"),
    ],
)  # fmt: skip
def test_pair_reads_a_toll_of_nought(a: str, b: str, relation: str) -> None:
    from attribcmp.classify import relate_statements

    assert relate_statements(a, b).relation.value == relation
    assert relate_statements(b, a).relation.value == relation


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # nought of other people, or of no harm, is no clash of figures
        ("the raid killed 11 gunmen", "no civilians were killed in the raid"),
        ("the raid killed 11 gunmen", "the firm lost no customers"),
    ],
)  # fmt: skip
def test_no_nought_clash_across_people(a: str, b: str) -> None:
    from attribcmp.nought import nought_conflict

    assert nought_conflict(a, b, load_concepts()) is None
