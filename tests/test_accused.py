"""An accused party's denial answers the charges naming it (accused.py)."""

from __future__ import annotations

import pytest
from faceted import faceted_claim

from attribcmp.accused import accused_side, defence_words
from attribcmp.links import link_claims
from attribcmp.model import (
    Claim,
    Document,
    Relation,
    Side,
    Speaker,
    SpeakerKind,
)
from attribcmp.textfeatures import load_concepts

CONCEPTS = load_concepts()

DOC = (
    "Fishermen accuse the mining firm, Oreline Metals, of dumping cyanide into the lake. "
    "They say dozens of villagers fell ill. "
    "The weather was hot, they added. "
    "Oreline said the mine follows every rule. "
    'Its director, Ana Ruiz, said, "It is not true that our work has harmed anyone." '
    "She said the company complied with all regulations."
)
SIDES = (Side("f", "fishermen"), Side("o", "Oreline Metals"))
SPEAKERS = (
    Speaker("s-f", "Fishermen", SpeakerKind.SOURCE, side="f"),
    Speaker("s-o", "Oreline Metals", SpeakerKind.ORGANISATION, side="o"),
)
NAMES = {"f": ["fishermen"], "o": ["oreline metals"]}


def claim(cid: str, side: str, text: str, cue: str = "said") -> Claim:
    return faceted_claim(DOC, cid, side, text, cue=cue)


@pytest.mark.parametrize(
    ("text", "cue", "side", "accused"),
    [
        ("the mining firm, Oreline Metals, of dumping cyanide into the lake", "accuse", "f", "o"),
        # no accusing cue, no accusation event: not a charge
        ("dozens of villagers fell ill", "say", "f", ""),
        # an accusing cue naming no side
        ("the mining firm, Oreline Metals, of dumping cyanide into the lake", "said", "f", ""),
    ],
)
def test_accused_side(text: str, cue: str, side: str, accused: str) -> None:
    assert accused_side(claim("c1", side, text, cue), NAMES) == accused


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("It is not true that our work has harmed anyone.", "not true"),
        ("the company complied with all regulations", "complied"),
        ("the mine follows every rule", ""),
    ],
)
def test_defence_words(text: str, words: str) -> None:
    assert defence_words(claim("c1", "o", text)) == words


def test_link_claims_accused_denies_far_from_the_charge() -> None:
    claims = (
        claim("c1", "f", "the mining firm, Oreline Metals, of dumping cyanide into the lake",
              "accuse"),
        claim("c2", "f", "The weather was hot"),
        claim("c3", "o", "It is not true that our work has harmed anyone."),
        claim("c4", "o", "the company complied with all regulations"),
    )  # fmt: skip
    links = link_claims(claims, documents=(Document("d", DOC),), speakers=SPEAKERS,
                        sides=SIDES, concepts=CONCEPTS)  # fmt: skip
    found = {(k.a, k.b): k for k in links}
    assert ("c1", "c3") in found and ("c1", "c4") in found
    assert all(found[k].relation is Relation.DIVERGE for k in (("c1", "c3"), ("c1", "c4")))
    assert not any("c2" in k for k in found)
    assert any(
        r.startswith("denial by the accused: 'complied' (Oreline Metals) answers the charge")
        for r in found[("c1", "c4")].reasons
    )


NEG_DOC = (
    "A rights group accused the U.S. military of killing 14 civilians in airstrikes. "
    "The U.S. Africa Command said no civilians have been killed in its strikes. "
    "The command said it gave no further details on the raids."
)
NEG_SIDES = (Side("r", "rights group"), Side("u", "United States"))
NEG_SPEAKERS = (
    Speaker("s-r", "rights group", SpeakerKind.ORGANISATION, side="r"),
    Speaker("s-u", "U.S. Africa Command", SpeakerKind.ORGANISATION, side="u"),
)


def _neg_claim(cid: str, side: str, text: str, cue: str = "said") -> Claim:
    return faceted_claim(NEG_DOC, cid, side, text, cue=cue)


def _accused_reasons(*claims: Claim) -> list[str]:
    links = link_claims(claims, documents=(Document("d", NEG_DOC),), speakers=NEG_SPEAKERS,
                        sides=NEG_SIDES, concepts=CONCEPTS)  # fmt: skip
    return [r for k in links for r in k.reasons if r.startswith("denial by the accused")]


def test_a_negation_of_the_charged_event_answers_it() -> None:
    # "U.S." (an abbreviation in "U.S. Africa Command") names the accused side
    charge = _neg_claim("c1", "r", "the U.S. military of killing 14 civilians in airstrikes",
                        "accused")  # fmt: skip
    # "no civilians have been killed" negates the charged event: it answers the charge
    (reason,) = _accused_reasons(charge, _neg_claim("c2", "u", "no civilians have been killed"))
    assert reason.startswith("denial by the accused: 'no' (United States) answers the charge")
    # "gave no further details" negates nothing charged
    assert not _accused_reasons(charge, _neg_claim("c3", "u", "it gave no further details"))


@pytest.mark.parametrize(
    ("name", "text", "found"),
    [
        ("newmont", "newmont denied it", True),
        ("newmont", "newmonts denied it", False),  # no whole word: the regex fails too
        ("newmont", "the firm denied it", False),
        ("u.s.", "u.s. strikes", True),
        ("al-qaeda", "al-qaeda said", True),
        ("(abc)", "no word of it", True),  # starts with no word character: always tried
    ],
)
def test_first_run_index_never_rules_out_a_match(name: str, text: str, found: bool) -> None:
    from attribcmp.accused import _WORD_RUN, _by_first_run

    index, always = _by_first_run({"s": (name,), "t": ()})
    tried = set(always).union(*(index.get(r, ()) for r in _WORD_RUN.findall(text)))
    assert ("s" in tried) is found
    assert "t" not in tried  # a side without names is never tried
