"""Each side blames the other, and who attacked whom (counter.py)."""

from __future__ import annotations

import pytest
from faceted import faceted_claim

from attribcmp import counter
from attribcmp.counter import counter_links, read_acts, read_claims
from attribcmp.facets import facet_claims
from attribcmp.links import link_claims
from attribcmp.model import (
    Claim,
    ClaimKind,
    Document,
    Relation,
    Side,
    Speaker,
    SpeakerKind,
    TextSpan,
)
from attribcmp.textfeatures import load_concepts

CONCEPTS = load_concepts()


@pytest.mark.parametrize(
    ("text", "kind", "actor", "target"),
    [
        ("Kenyan officials accuse officials in Addis Ababa of arming the militia",
         "support", "officials in Addis Ababa", "the militia"),
        ("Ethiopia is backing gunmen who raid the border", "support", "Ethiopia is", "gunmen"),
        ("border guards had carried out a massacre in the valley", "attack",
         "border guards had carried out a", ""),
        ("herders and about 200 farmers attacked border guards", "attack", "about 200 farmers",
         "border guards"),
        # passive: the words before are whom it hit, those after "by" who did it
        ("reporters were assaulted by police at the rally", "attack", "police", "reporters"),
        # a charge: the one charged stands between the cue and the act
        ("they are charging two reporters with public violence", "attack", "two reporters", ""),
        # a noun act's doer after "by"; "on" opens whom it hit and ends the doer
        ("to withstand a large-scale military aggression by Russia", "aggression", "Russia", ""),
        ("in reaction to attacks by rebels on unarmed civilians", "attack", "rebels", ""),
        ("the authorities have undertaken aggressive actions in the south", "aggression",
         "the authorities have undertaken", ""),
        # "by night" tells when, not who
        ("rebels attacked by night", "attack", "rebels", ""),
        # "by helicopter", "by a drone": how, not who; the doer stands before the act
        ("government forces attacked by helicopter, killing 20 rebels", "attack",
         "government forces", ""),
        ("the militia attacked by boat at dawn", "attack", "the militia", ""),
        ("troops attacked by a drone before dawn", "attack", "troops", ""),
        # control: a party after "by" did the act of a noun, its means named after it
        ("an aggression by government artillery units", "aggression",
         "government artillery units", ""),
        # blame "on" someone names who did it, not whom it hit
        ("An army spokesman blamed the attack on rebel fighters", "attack", "rebel fighters",
         ""),
        # "not only ... but" asserts
        ("Chad is not only supporting the rebels but sheltering them", "support",
         "Chad is not only", "the rebels"),
    ],
)  # fmt: skip
def test_read_acts(text: str, kind: str, actor: str, target: str) -> None:
    act = read_acts(text)[0]
    assert (act.kind, act.actor, act.target) == (kind, actor, target)


@pytest.mark.parametrize(
    ("text", "acts"),
    [
        # a participle before "by" is a passive: the doer follows "by", whom it hit stands
        # before it, and the main act's doer is the noun before the participle
        ("Rebels backed by Chad attacked the town",
         [("support", "Chad", "Rebels"), ("attack", "Rebels", "the town")]),
        ("militias supported by the army raided two villages",
         [("support", "the army", "militias"), ("attack", "militias", "two villages")]),
        ("gunmen backed by Khartoum shelled the camp",
         [("support", "Khartoum", "gunmen"), ("attack", "gunmen", "the camp")]),
        # participles without -ed: the main act's doer still stands before them
        ("Soldiers sent by Kigali attacked the camp", [("attack", "Soldiers", "the camp")]),
        ("gunmen paid by the army attacked the camp", [("attack", "gunmen", "the camp")]),
        ("fighters led by a former general shelled the town",
         [("attack", "fighters", "the town")]),
        # "men" is no participle, "by the hundreds" tells how many
        ("Armed men by the hundreds attacked the village",
         [("attack", "Armed men", "the village")]),
        # a noun act keeps its doer after "by"
        ("a large-scale military aggression by Russia",
         [("aggression", "Russia", "")]),
        ("the attacks by rebels on unarmed civilians", [("attack", "rebels", "")]),
    ],
)  # fmt: skip
def test_read_acts_participle_by(text: str, acts: list[tuple[str, str, str]]) -> None:
    assert [(a.kind, a.actor, a.target) for a in read_acts(text)] == acts


@pytest.mark.parametrize(
    "text",
    [
        "witnesses said they saw no violence",  # a negated act puts nothing on anyone
        "Border Guards Attacks Reported",  # a headline's capitalised act: no syntax to read
        "the talks went well",
        # any token ending in "n't" negates, and stays out of the actor
        "Protesters weren't attacked by police",
        "the army didn't attack the village",
        # a negation up to three tokens before a charge cue undoes the charge
        "his government had never accused Chad of backing rebel groups",
        "officials did not accuse Khartoum of arming the militia",
        "the ministry has not yet blamed Kenya for the shelling",
        # an act in the "that" clause of a denial is one the speaker says did not happen
        "the army denied that soldiers attacked civilians",
    ],
)
def test_read_acts_finds_none(text: str) -> None:
    assert read_acts(text) == []


DOC = (
    "Kenyan officials accuse officials in Addis Ababa of arming the militia. "
    "For their part, Ethiopian officials say Kenya is backing gunmen who raid the border. "
    "The road to the border was closed, officials said. "
    "Villagers said border guards had carried out a massacre in the valley. "
    "The ministry said herders and about 200 farmers attacked border guards."
)
SIDES = (Side("kenya", "Kenya"), Side("ethiopia", "Ethiopia"), Side("v", "villagers"))
SPEAKERS = (
    Speaker("s-kenya", "Kenyan officials", SpeakerKind.SOURCE, side="kenya"),
    Speaker("s-ethiopia", "Ethiopian officials", SpeakerKind.SOURCE, side="ethiopia"),
    Speaker("s-v", "Villagers", SpeakerKind.SOURCE, side="v"),
)


def claim(cid: str, side: str, text: str) -> Claim:
    return faceted_claim(DOC, cid, side, text)


def _reasons(*claims: Claim) -> dict[tuple[str, str], list[str]]:
    links = link_claims(claims, documents=(Document("d", DOC),), speakers=SPEAKERS,
                        sides=SIDES, concepts=CONCEPTS)  # fmt: skip
    return {
        (k.a, k.b): [r for r in k.reasons if r.startswith(("counter-accusation", "who attacked"))]
        for k in links
        if k.relation is Relation.DIVERGE
    }


def test_each_side_blames_the_other() -> None:
    # the charged side stands in the sentence before the claim's words ("accuse officials in
    # Addis Ababa of"), and the other side names Kenya as the one backing gunmen
    found = _reasons(
        claim("c1", "kenya", "arming the militia"),
        claim("c2", "ethiopia", "Kenya is backing gunmen who raid the border"),
        claim("c3", "kenya", "The road to the border was closed"),
    )
    assert found[("c1", "c2")][0].startswith(
        "counter-accusation: each side blames the other for support: 'officials in Addis Ababa"
    )
    assert not any(found.get(k) for k in (("c2", "c3"), ("c1", "c3")))


def test_who_attacked_whom() -> None:
    found = _reasons(
        claim("c1", "v", "border guards had carried out a massacre in the valley"),
        claim("c2", "ethiopia", "herders and about 200 farmers attacked border guards"),
    )
    (reason,) = found[("c1", "c2")]
    assert reason.startswith("who attacked whom: 'border guards had carried out a massacre'")
    assert reason.endswith("'attacked border guards' (Ethiopia)")


@pytest.mark.parametrize(
    ("text", "done", "against"),
    [
        ("troops attacked the camp", True, False),
        ("the militia carried out a massacre", True, False),
        ("they accuse the guards of violence", True, False),
        # a noun with an owner tells no deed: rhetoric, or a list of past attacks
        ("the senator's attacks", False, False),
        ("he will tone down his attacks against the senator", False, True),
        # an act of several words is a deed when its verb opens it
        ("troops opened fire on the crowd", True, True),
    ],
)
def test_read_acts_deeds(text: str, done: bool, against: bool) -> None:
    act = read_acts(text)[0]
    assert (act.done, act.against) == (done, against)


def test_no_reversal_without_a_deed() -> None:
    # "the senator's attacks" / "attacks against the senator": words, not who hit whom
    doc = (
        "Aides decried the senator's attacks. "
        "Leaders said he will tone down his attacks against the senator."
    )
    sides = (Side("a", "aides"), Side("l", "leaders"))
    speakers = (
        Speaker("s-a", "Aides", SpeakerKind.SOURCE, side="a"),
        Speaker("s-l", "Leaders", SpeakerKind.SOURCE, side="l"),
    )

    def made(cid: str, side: str, text: str) -> Claim:
        start = doc.find(text)
        c = Claim(cid, "d", "s-" + side, ClaimKind.INDIRECT,
                  TextSpan(text, start, start + len(text)), ((start, start + len(text)),),
                  cue=TextSpan("said", 0, 4), side=side)  # fmt: skip
        return facet_claims((c,), (Document("d", doc),), concepts=CONCEPTS)[0]

    claims = (made("c1", "a", "the senator's attacks"),
              made("c2", "l", "he will tone down his attacks against the senator"))  # fmt: skip
    links = link_claims(claims, documents=(Document("d", doc),), speakers=speakers,
                        sides=sides, concepts=CONCEPTS)  # fmt: skip
    assert not any(r.startswith("who attacked") for k in links for r in k.reasons)


def _doc_claims(doc: str, said: tuple[tuple[str, str], ...]) -> list[Claim]:
    out = []
    for k, (side, text) in enumerate(said):
        start = doc.find(text)
        assert start >= 0, text
        out.append(Claim(f"c{k + 1}", "d", "s-" + side, ClaimKind.INDIRECT,
                         TextSpan(text, start, start + len(text)),
                         ((start, start + len(text)),), cue=TextSpan("said", 0, 4),
                         side=side))  # fmt: skip
    return out


@pytest.mark.parametrize(
    ("doc", "said", "kinds"),
    [
        # the lead of the second claim starts after the first claim's words: the rebels'
        # attack is not the army's
        ("Rebels attacked the town, a resident said, and officials said the army was on patrol.",
         (("v", "Rebels attacked the town"), ("kenya", "the army was on patrol")),
         [["attack"], []]),
        # with no earlier claim in the sentence, the lead still gives the one charged
        ("Kenyan officials accuse officials in Addis Ababa of arming the militia.",
         (("kenya", "arming the militia"),), [["support"]]),
    ],
)  # fmt: skip
def test_read_claims_lead_stops_at_an_earlier_claim(
    doc: str, said: tuple[tuple[str, str], ...], kinds: list[list[str]]
) -> None:
    read = read_claims(_doc_claims(doc, said), {"d": doc})
    assert [[a.kind for a in acts] for acts in read] == kinds


def _blame_story(rounds: int) -> tuple[list[Claim], str]:
    """Each side blames the other ``rounds`` times, turn about."""
    parts, said = [], []
    for n in range(rounds):
        a = f"Ethiopia is backing gunmen who raided {n} villages"
        b = f"Kenya is arming the militia that holds {n} wells"
        parts += [f"Kenyan officials said {a}.", f"Ethiopian officials said {b}."]
        said += [("kenya", a), ("ethiopia", b)]
    doc = " ".join(parts)
    claims, at = [], 0
    for k, (side, text) in enumerate(said):
        start = doc.index(text, at)
        at = start + len(text)
        claims.append(Claim(f"c{k + 1}", "d", "s-" + side, ClaimKind.INDIRECT,
                            TextSpan(text, start, at), ((start, at),),
                            cue=TextSpan("said", 0, 4), side=side))  # fmt: skip
    return claims, doc


@pytest.mark.parametrize("rounds", [10, 25])
def test_counter_accusations_grow_linearly(rounds: int) -> None:
    # each counter-charge pairs with its nearest few answers, not with every one: four
    # times the claims gives about four times the links and tried pairs, not sixteen
    def counts(n: int) -> tuple[int, int]:
        claims, doc = _blame_story(n)
        labels = [c.side or "" for c in claims]
        links = counter_links(claims, {"d": doc}, SIDES, SPEAKERS, labels)
        read = read_claims(claims, {"d": doc})
        table = counter._side_table(SIDES, SPEAKERS)
        blamed = counter._blamed(counter._own_sides(claims, labels, table), read, table)
        return len(links), len(counter._candidates(claims, read, blamed))

    small, big = counts(rounds), counts(4 * rounds)
    assert small[0] >= rounds  # each charge does meet an answer
    assert big[0] <= 4.5 * small[0]
    assert big[1] <= 4.5 * small[1]


AGGRESSION_DOC = (
    "President Aliyev of Azerbaijan resisted what he called a military aggression by Armenia. "
    "The Armenian prime minister said the Azerbaijani authorities have undertaken aggressive "
    "actions in the valley."
)


def test_counter_accusation_from_a_side_split_off_its_country() -> None:
    # a president's side split from his country's ("Azerbaijan Aliyev") still speaks for it
    sides = (Side("azerbaijan", "Azerbaijan"), Side("azerbaijan-aliyev", "Azerbaijan Aliyev"),
             Side("armenia", "Armenia"))  # fmt: skip
    texts = {"d": AGGRESSION_DOC}
    one = "a military aggression by Armenia"
    two = "the Azerbaijani authorities have undertaken aggressive actions in the valley"
    made = []
    for cid, side, text in (("c1", "azerbaijan-aliyev", one), ("c2", "armenia", two)):
        start = AGGRESSION_DOC.find(text)
        made.append(Claim(cid, "d", "s-" + side, ClaimKind.INDIRECT,
                          TextSpan(text, start, start + len(text)),
                          ((start, start + len(text)),), side=side))  # fmt: skip
    found = counter_links(made, texts, sides, (), ("Azerbaijan Aliyev", "Armenia"))
    assert [(i, j) for i, j, _ in found] == [(0, 1)]
    assert found[0][2].reason.startswith(
        "counter-accusation: each side blames the other for aggression"
    )
