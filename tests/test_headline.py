"""The headline as a frame for links (headline.py): its parties, relation and matter, and
the links between the central claims of the parties it names."""

from __future__ import annotations

import pytest

from attribcmp.headline import first_line, read_headline, text_keys
from attribcmp.model import Document, Profile, Relation, SideRule
from attribcmp.pipeline import compare, report
from attribcmp.textfeatures import stem

# The keys of the words naming a story's speakers and sides, as headline_links gathers them.
KNOWN = text_keys(
    "the rebels Sudan government Pakistan United States union company Myanmar security "
    "forces ethnic group Moscow Kyiv opposition"
)


@pytest.mark.parametrize(
    ("line", "relation", "heads", "matter"),
    [
        (
            "Sudan Rebels Deny Government Claim of Control over Darfur",
            Relation.DIVERGE,
            ["rebel", "government"],
            {"control", "darfur"},
        ),
        (
            "Pakistan Rejects US Drone Report",
            Relation.DIVERGE,
            ["@pakistan", "@united-states"],
            {"drone"},
        ),
        (
            "Union, Company Confirm Deal to End Strike",
            Relation.CONVERGE,
            ["union", "company"],
            {"deal", "end", "strike"},
        ),
        (
            "Moscow, Kyiv in Blame Game Over Europe's Gas Shortfall",
            Relation.DIVERGE,
            ["@russia", "@ukraine"],
            {"gas", "shortfall"},
        ),
        (
            "Ethnic Group Blames Myanmar Security Forces for Attacks",
            Relation.DIVERGE,
            ["group", "forc"],
            {"attack"},
        ),
    ],
)
def test_read_headline(line: str, relation: Relation, heads: list[str], matter: set[str]) -> None:
    frame = read_headline(line, KNOWN)
    assert frame is not None
    assert frame.relation is relation
    # each party's head word weighs most
    assert [max(p, key=lambda x: x[1])[0] for p in frame.parties] == heads
    # matter words are kept as their keys (stems)
    assert {stem(w) for w in matter} <= set(frame.matter)
    assert not set(frame.matter) & set(heads)


@pytest.mark.parametrize(
    "line",
    [
        "Fighting Erupts on Preah Vihear Border",  # no relation word
        "Readout of President Harlan's Call with Prime Minister Obi",  # a readout's title
        "Leaders Agree to Deepen Trade Ties in Phone Call",  # an agreement told of a call
        "Congo, M23 Fail to Sign Peace Deal",  # a failed agreement is none
        "Pakistan, India Trade Claims",  # no matter to pick the central claims by
        "Senator Denies Wrongdoing",  # one party only
        "Syria, Russia Accuse Nobody of Lying",  # the accused is no speaker of the story
    ],
)
def test_no_frame(line: str) -> None:
    assert read_headline(line, KNOWN) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rebels Deny Army Claim\n\nThe rebels said ...", "Rebels Deny Army Claim"),
        ("Rebels Deny Army Claim - 2004-02-10\n\nText.", "Rebels Deny Army Claim"),
        ("Rebels deny army claim.\n\nText.", "Rebels deny army claim"),
        # a lead sentence, not a headline
        (
            "One of the rebel groups in the region on Tuesday denied the army's claim that its "
            "troops control the whole province and every town in it.\n\nMore text.",
            None,
        ),
        ("Rebels Deny Army Claim", None),  # the whole text
        ("Rebels deny. The army insists.\n\nText.", None),  # two sentences
    ],
)
def test_first_line(text: str, expected: str | None) -> None:
    found = first_line(Document("d", text))
    assert (found[0] if found else None) == expected


BODY = (
    "The rebel Koro Liberation Front on Tuesday denied a statement by the army that its "
    "troops had taken full control of the Koro valley.\n\n"
    "Army spokesman Colonel Ivan Petrov said government troops now controlled every town in "
    "the valley and that the rebellion had been crushed.\n\n"
    "A rebel commander, Amos Teko, said the rebels still held the hills and controlled the "
    'main road through the valley. "We have not been defeated," Teko said.\n\n'
    "Teko said the rebels had controlled the valley's main road last year as well.\n\n"
    "Petrov said the army would open two new schools in the capital.\n"
)
PROFILE = Profile(
    sides=(
        SideRule("rebels", "Koro Liberation Front", ("Koro Liberation Front", "Teko", "rebel")),
        SideRule("army", "Army", ("army", "Petrov")),
    )
)


def _headline_links(text: str) -> list[tuple[str, str, str]]:
    result = report([Document("article", text)], PROFILE)
    claims = {c.id: c.content.text for c in result.claims}
    return [
        (claims[link.a], claims[link.b], link.relation.value)
        for link in result.links or ()
        if "headline" in link.signals
    ]


@pytest.mark.parametrize(
    ("headline", "linked"),
    [
        # the headline frames the dispute: the two sides' control claims are linked
        ("Rebels Deny Army Claim of Control over Koro Valley\n\n", True),
        # no headline: the first line is the lead sentence
        ("", False),
        # a headline with no relation word frames nothing
        ("Fighting Continues in Koro Valley\n\n", False),
    ],
)
def test_headline_links(headline: str, linked: bool) -> None:
    found = _headline_links(headline + BODY)
    assert bool(found) is linked
    for a, b, relation in found:
        assert relation == "diverge"
        assert "control" in a and "control" in b
        # the claim dated to another time ("last year") is no central claim
        assert "last year" not in a + b
        # nor a claim on something else (schools, sharing only a side's name)
        assert "schools" not in a + b


def test_headline_reason_quotes_the_headline() -> None:
    text = "Rebels Deny Army Claim of Control over Koro Valley\n\n" + BODY
    result = report([Document("article", text)], PROFILE)
    framed = [link for link in result.links or () if "headline" in link.signals]
    assert framed
    quoted = "the headline frames a dispute: 'Rebels Deny Army Claim of Control over Koro Valley'"
    # shown where no firmer reason (a figure, a denial) is
    assert any(quoted in link.reasons for link in framed)


def test_readout_pair_gives_nothing() -> None:
    ours = (
        "Readout of President Harlan's Call with Prime Minister Obi\n\n"
        "President Harlan spoke with Prime Minister Obi today. The President said both "
        "countries agreed to end the dispute over fishing rights and confirmed the deal.\n"
    )
    theirs = (
        "Prime Minister Obi Confirms Fishing Deal with President Harlan\n\n"
        "Prime Minister Obi said the two leaders agreed to end the dispute over fishing "
        "rights. He said the deal would be signed next month.\n"
    )
    docs = [
        Document("us", ours, issuer="us"),
        Document("them", theirs, issuer="them"),
    ]
    result = compare(docs)
    assert not [link for link in result.links or () if "headline" in link.signals]
