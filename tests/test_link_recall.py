"""Links between sides that the report used to miss on real stories, one shape per table.
The articles are made up, in the shape of wire reports of a dispute; each row says whether
the claim holding ``a`` and the claim holding ``b`` must be linked."""

from __future__ import annotations

from dataclasses import replace

import pytest

from attribcmp import pipeline
from attribcmp.discourse import Where
from attribcmp.fate import fate_links, read_alive, read_harmed
from attribcmp.link_answers import written_as_name
from attribcmp.model import Document, Relation, Report
from tests.faceted import faceted_claim


def _report(text: str) -> Report:
    return pipeline.report((Document("d", text),))


def _linked(report: Report, a: str, b: str) -> bool:
    """Some link joins a claim whose content holds ``a`` and one whose content holds ``b``."""
    ids_a = {c.id for c in report.claims if a in c.content.text}
    ids_b = {c.id for c in report.claims if b in c.content.text}
    assert ids_a and ids_b, "the claims the row names were not found"
    return any({k.a, k.b} & ids_a and {k.a, k.b} & ids_b for k in report.links)


# -- a reply naming a speaker by a three-letter name ("Guo's account") -------------------------

_SHORT_NAME_REPLY = (
    "Port Authority Answers Tycoon\n\n"
    "Exiled tycoon Guo Lanfeng said on Tuesday that his cargo was held in March because of "
    "pressure from the government.\n\n"
    "Guo said he would take the matter to court.\n\n"
    "The Velmora Port Authority said in a statement that {reply}\n"
)


@pytest.mark.parametrize(
    ("reply", "linked"),
    [
        # the name governs a word for what Guo said: a reply to him
        ("Guo's account leaves out eleven months of unpaid storage fees.", True),
        ("the figures given by Guo ignore eleven months of unpaid storage fees.", True),
        # Guo is not named: nothing ties the two
        ("eleven months of storage fees were never paid.", False),
    ],
)
def test_reply_names_a_three_letter_name(reply: str, linked: bool) -> None:
    report = _report(_SHORT_NAME_REPLY.format(reply=reply))
    assert _linked(report, "take the matter to court", "eleven months") is linked


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("Guo", True),
        ("Kim", True),
        # a three-letter name written in lower case is a word ("may", "lee", "ban")
        ("may", False),
        ("ban", False),
        # longer names count however they are written
        ("whitcombe", True),
        ("Whitcombe", True),
    ],
)
def test_written_as_name(written: str, names: bool) -> None:
    assert written_as_name(written) is names


# -- a person's fate told two ways ("safe and healthy" / "seriously wounded") -----------------


@pytest.mark.parametrize(
    ("text", "alive"),
    [
        ("Ferro was safe and in good health", "safe"),
        ("the commander is still alive", "alive"),
        ("she was 'unharmed' after the blast", "unharmed"),
        ("the envoy survived the ambush", "survived"),
        ("the minister had not been hurt", "not hurt"),
        # a place or a plan said to be safe is no one's fate; neither is a toll
        ("the road to the border is open again", ""),
        ("12 soldiers were killed in the ambush", ""),
    ],
)
def test_read_alive(text: str, alive: str) -> None:
    assert read_alive(faceted_claim(text, "c1", "a", text)) == alive


@pytest.mark.parametrize(
    ("text", "harmed"),
    [
        ("the commander had been seriously wounded in an air strike", "seriously wounded"),
        ("the envoy was shot dead outside his home", "shot"),
        # a count is a toll, not one person's fate; a negation or a denial tells of none
        ("14 fighters were killed in the strike", ""),
        ("the commander was not hurt in the strike", ""),
        ("the strike destroyed two bridges", ""),
    ],
)
def test_read_harmed(text: str, harmed: str) -> None:
    assert read_harmed(faceted_claim(text, "c1", "a", text)) == harmed


_FATE = (
    "Rebel Leader Alive, Group Says\n\n"
    "Officials in the capital said on Wednesday that rebel commander Tomas Ferro had been "
    "{harm} in an air strike near the border.\n\n"
    "A spokesman for the rebel movement, Ali Deran, said Ferro was safe and in good health.\n"
)


@pytest.mark.parametrize(
    ("harm", "linked"),
    [
        ("seriously wounded", True),
        ("killed", True),
        # the officials tell of no harm to him: nothing to set against "safe"
        ("seen", False),
    ],
)
def test_fate_told_two_ways_is_linked(harm: str, linked: bool) -> None:
    report = _report(_FATE.format(harm=harm))
    assert _linked(report, "Tomas Ferro had been", "Ferro was safe") is linked
    if linked:
        (link,) = [k for k in report.links if any("fate differs" in r for r in k.reasons)]
        assert link.relation is Relation.DIVERGE


def test_fate_links_stay_bounded_over_thousands_of_claims() -> None:
    # every other claim "safe", the rest a death: each alive claim answers at most two
    alive = faceted_claim("he was safe", "c", "a", "he was safe")
    dead = faceted_claim("the commander was killed", "c", "b", "the commander was killed")

    def links_for(n: int) -> int:
        claims = [
            replace(alive if k % 2 else dead, id=f"c{k}", side="a" if k % 2 else "b")
            for k in range(n)
        ]
        where = [Where("d", k // 2, 0) for k in range(n)]
        return len(fate_links(claims, where, ["side"] * n))

    small, large = links_for(500), links_for(2000)
    assert large <= 4 * small + 2
    assert large <= 2000
