"""One party under two names (side_joins.py, side_columns.py, side_roles.py): a firm and "the
company", an armed group and "militants", a role and the name given to it a sentence on, a body
and "Body's Person". The texts are written for these tests in the shape of real news.
"""

from __future__ import annotations

import pytest

from attribcmp.gazetteer import load_gazetteer
from attribcmp.model import Document, Profile, Side, Speaker, SpeakerKind
from attribcmp.pipeline import attribute
from attribcmp.profile import slugify
from attribcmp.side_bodies import body_head, company
from attribcmp.side_joins import _ARMED_GROUPS
from attribcmp.sides import resolve_sides


def _speakers(text: str) -> dict[str, tuple[str, str]]:
    """speaker name -> (side name, reason)."""
    report = attribute([Document(id="a", text=text)])
    names = {s.id: s.name for s in report.sides}
    return {sp.name: (names[sp.side or ""], sp.side_reason or "") for sp in report.speakers}


@pytest.mark.parametrize(
    ("text", "speaker", "side", "why"),
    [
        # "the company" is the one firm the story quotes
        (
            "Regulators Charge Brandell Capital With Fraud\n\n"
            "The company is denouncing the allegations, calling them unfounded.\n\n"
            "The Securities and Exchange Commission said Brandell misled investors.\n\n"
            'Brandell Capital said it would "vigorously contest" the charges.\n',
            "The company",
            "Brandell Capital",
            "the one named body the story quotes",
        ),
        # bare militants in a story quoting one armed group of the gazetteer are that group
        (
            "Pakistani troops killed 15 militants on Monday, a Pakistani official said.\n\n"
            "In a separate development, militants in the Swat Valley say they have released 25 "
            "soldiers.\n\n"
            "A spokesman, Muslim Khan, for the Tehrik-e-Taliban Swat says the soldiers were "
            "freed today.\n",
            "militants",
            "Taliban",
            "the one armed group",
        ),
        # "a pro-rebel general" joins the rebels the story names, and so does the general
        # named right after him
        (
            "Rebel forces in Zembia are accusing the government of violating the cease-fire.\n\n"
            "A pro-rebel general said Friday that government forces attacked rebel positions.\n\n"
            "General Amos Lutani said government troops were aided by foreign fighters.\n\n"
            "Army spokesman Philip Garang said the rebels attacked first.\n",
            "Amos Lutani",
            "Rebel forces",
            "quoted just before",
        ),
        # a person whose apposition names a military unit speaks for the one state quoted
        (
            "Taliban Claim Downing of Helicopter\n\n"
            "The Taliban said its fighters shot down a helicopter, but U.S. officials said "
            "it crashed.\n\n"
            '"Coalition forces will keep up the pressure," said Lt. Col. Paul Fenwick, a '
            "Combined Joint Task Force 76 spokesman.\n",
            "Paul Fenwick",
            "United States",
            "a unit of the one state",
        ),
        # "Body's Person" opening a column of its own is the body's
        (
            '"Yes, I support him," Brent Rowell, founder of the Civic Watch Center, said.\n\n'
            "Civic Watch Center's Rowell agrees that he is the best candidate.\n",
            "Civic Watch Center’s Rowell",
            "Civic Watch Center",
            "is Civic Watch Center's",
        ),
    ],
)
def test_one_party_one_column(text: str, speaker: str, side: str, why: str) -> None:
    found = _speakers(text.replace("’", "'"))
    name = speaker.replace("’", "'")
    assert name in found, sorted(found)
    assert found[name][0] == side, found[name][1]
    assert why in found[name][1]


@pytest.mark.parametrize(
    ("text", "speaker", "not_side"),
    [
        # "rebels" do not join an armed group of the gazetteer (they may fight it)
        (
            "The Islamic State said it held the town.\n\nRebels said they had retaken the road.\n",
            "Rebels",
            "Islamic State",
        ),
        # a named person with a title joins a role only of that title
        (
            "A rebel spokesman said the town had fallen.\n\n"
            "General Amos Lutani said the army held it.\n",
            "Amos Lutani",
            "Rebels",
        ),
    ],
)
def test_no_join_without_the_one_party(text: str, speaker: str, not_side: str) -> None:
    found = _speakers(text)
    assert speaker in found, sorted(found)
    assert found[speaker][0] != not_side, found[speaker][1]


@pytest.mark.parametrize(
    ("named", "joined"),
    [
        (["Brandell Capital"], "Brandell Capital"),
        (["Labor Department"], None),  # a public body is no company
        (["Labor Department", "Brandell Capital"], "Brandell Capital"),
        (["Brandell Capital", "Moxon Steel"], None),  # two firms: which one is unsaid
    ],
)
def test_the_company_is_the_one_firm(named: list[str], joined: str | None) -> None:
    bodies = {slugify(n): (Side(slugify(n), n), n) for n in named}
    found = company(Speaker("s", "The company", SpeakerKind.ORGANISATION), bodies)
    assert (found[0].name if found else None) == joined


def test_armed_groups_are_gazetteer_groups() -> None:
    assert set(_ARMED_GROUPS) <= set(load_gazetteer().names)


@pytest.mark.parametrize(
    ("name", "side"),
    [
        # an army fighting for liberation or a revolution is a movement, not a state's army
        ("Sudan Liberation Army", "Sudan Liberation Army"),
        ("Free Syrian Army", "Free Syrian Army"),
        # a movement's head word before a dash
        ("Sudan People's Liberation Movement-North", "Sudan People's Liberation Movement-North"),
        # a state's own army, and one the gazetteer names whole, stay the state's
        ("Syrian Army", "Syria"),
        ("People's Liberation Army", "China"),
        ("Afghan National Army", "Afghanistan"),
    ],
)
def test_armed_group_named_after_a_country(name: str, side: str) -> None:
    speakers = [Speaker("s1", name, SpeakerKind.ORGANISATION)]
    sides, placed, _ = resolve_sides(speakers, [], [Document("a", name + " said.")], Profile())
    names = {s.id: s.name for s in sides}
    assert names[placed[0].side or ""] == side, placed[0].side_reason


@pytest.mark.parametrize(
    ("text", "speaker", "side"),
    [
        # a bare body noun joins the one quoted side whose gazetteer bodies it heads
        (
            "EU Fines Telefonica Over Internet Prices\n\n"
            "European Union regulators have fined Spanish telecommunications company "
            "Telefonica $206 million.\n\n"
            "The commission says Telefonica set prices so high that rivals could not compete.\n\n"
            "EU Competition Commissioner Neelie Kroes said she would not allow it.\n\n"
            "However, Telefonica says it obeyed market rules.\n",
            "The commission",
            "European Union",
        ),
        # the kind right before a one-word name makes it a company of its own
        (
            "EU Fines Telefonica Over Internet Prices\n\n"
            "European Union regulators have fined Spanish telecommunications company "
            "Telefonica $206 million.\n\n"
            "However, Telefonica says it obeyed market rules.\n",
            "Telefonica",
            "Telefonica",
        ),
    ],
)
def test_body_nouns_and_firms(text: str, speaker: str, side: str) -> None:
    found = _speakers(text)
    assert speaker in found, sorted(found)
    assert found[speaker][0] == side, found[speaker][1]


@pytest.mark.parametrize(
    ("body", "head"),
    [
        ("european commission", "commission"),
        ("department of state", "department"),  # "the state" is no State Department
        ("kingdom of saudi arabia", "kingdom"),
        ("pentagon", None),
    ],
)
def test_body_head(body: str, head: str | None) -> None:
    assert body_head(body) == head


@pytest.mark.parametrize(
    ("text", "speaker", "side"),
    [
        # a leader named by his office "of <country>" speaks for that country's side
        (
            "Georgian troops entered the region, the Georgian government said.\n\n"
            "President of Georgia Mikheil Saakashvili said the troops would stay.\n",
            "Georgia Mikheil Saakashvili",
            "Georgia",
        ),
        # the French news agency is no voice of France
        (
            "Russian troops entered the region, Agence France-Presse reported, citing the "
            "Russian Defence Ministry.\n\nThe French government said it was concerned.\n",
            "Agence France-Presse",
            "Agence France-Presse",
        ),
    ],
)
def test_office_of_a_country_and_outlets(text: str, speaker: str, side: str) -> None:
    found = _speakers(text)
    assert speaker in found, sorted(found)
    assert found[speaker][0] == side, found[speaker][1]
