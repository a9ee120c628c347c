"""Agenda topics (topics.py, data/topics.yaml) and the same_topic link (signals.py, links.py).

The sentences are made up for these tests, in the shape of two governments' readouts."""

from __future__ import annotations

import pytest

from attribcmp.discourse import Where
from attribcmp.links import link_claims
from attribcmp.model import Relation, Side
from attribcmp.signals import same_topic
from attribcmp.textfeatures import load_concepts
from attribcmp.topics import cooperative, find_topics, lone_topic_pairs, topic_hits
from tests.faceted import account_claim

CONCEPTS = load_concepts()
SIDES = (Side("a", "Atlantis"), Side("b", "Borduria"))


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("ransomware gangs operating from its territory", {"cyber", "border"}),
        ("criminal activity in the information space", {"cyber"}),
        ("a rise in cyberattacks on hospitals", {"cyber", "civilian_harm"}),
        ("the renewal of cross-border humanitarian assistance", {"humanitarian"}),
        ("new tariffs on steel imports", {"trade"}),
        ("talks on enrichment of uranium", {"nuclear", "diplomacy"}),
        # "critical infrastructure" is one phrase of cyber security, not the economy's word
        ("attacks on critical infrastructure", {"cyber"}),
        # an acronym only as written: "who" is no health agency
        ("those who were present", set()),
        ("the WHO warned of an outbreak", {"health"}),
        ("the weather in the capital was mild", set()),
        # a readout's euphemism for sanctions; a pull-back of troops
        ("will impose severe costs", {"sanctions"}),
        ("urged it to withdraw its troops", {"military_activity"}),
    ],
)
def test_find_topics(text: str, topics: set[str]) -> None:
    assert {t for t, _w in find_topics(text)} == topics


@pytest.mark.parametrize(
    ("text", "topic", "found"),
    [
        # the fight against the Islamic State under the name some governments use for it
        ("more jets to strike Daesh positions", "terrorism", True),
        ("the Global Coalition's campaign in the east", "terrorism", True),
        ("a coalition government was formed", "terrorism", False),
        # the short form of telecommunications, as British readouts write it
        ("the review of the telecoms supply chain", "technology", True),
        ("a telecom operator's new network", "technology", True),
        # aid of a military kind, in the words each side uses for it
        ("will keep supplying defensive aid to the army", "weapons_supply", True),
        ("the issues of defence cooperation", "weapons_supply", True),
        ("food aid reached the valley", "weapons_supply", False),
        # monitors as a mission, not the verb "monitor"
        ("the immediate deployment of international monitors", "monitoring", True),
        ("sending an OSCE mission to monitor the situation", "monitoring", True),
        ("they will monitor the situation closely", "monitoring", False),
        # hatred of a group as an agenda point
        ("the wave of anti-Semitic incidents", "hatred", True),
        ("his speech condemning antisemitism and racism", "hatred", True),
        ("the race for the presidency", "hatred", False),
        # one agenda item in a readout's other words: trade, ties, commerce
        ("the leaders discussed trade", "trade", True),
        ("they touched upon bilateral economic ties", "trade", True),
        ("growing commerce between the two nations", "trade", True),
        ("the economic outlook", "trade", False),
        # a spill is a disaster, however each side names it; oil alone is energy
        ("the impact of the tragic oil spill", "disaster", True),
        ("the environmental catastrophe on the coast", "disaster", True),
        ("oil prices rose", "disaster", False),
        # a pandemic call's care and equipment
        ("to ensure medical care and protective equipment", "health", True),
        # a trade agreement by its title or its acronym is the trade item
        ("the strategic importance of the Trans-Pacific Partnership", "trade", True),
        ("bringing the TPP negotiations to an early conclusion", "trade", True),
        ("a free trade agreement with the bloc", "trade", True),
        ("a partnership between the two universities", "trade", False),
    ],
)
def test_find_topics_of_added_classes(text: str, topic: str, found: bool) -> None:
    assert (topic in {t for t, _w in find_topics(text)}) is found


@pytest.mark.parametrize(
    ("a", "b", "linked"),
    [
        # one agenda point in two readouts, no content word shared
        (
            "the two leaders discussed telecommunications security",
            "the minister updated her on the telecoms review",
            True,
        ),
        (
            "the kingdom would continue to supply defensive aid for as long as needed",
            "the parties paid attention to defence cooperation",
            True,
        ),
        (
            "his remarks condemning anti-Semitism",
            "the recent wave of antisemitic attacks on synagogues",
            True,
        ),
        # the same class words on two different points: telecoms vs food aid
        (
            "the minister updated her on the telecoms review",
            "food aid for the flooded provinces",
            False,
        ),
    ],
)
def test_added_topic_words_link_two_accounts(a: str, b: str, linked: bool) -> None:
    claims = (account_claim("c1", "a", a), account_claim("c2", "b", b))
    links = link_claims(claims, sides=SIDES, concepts=CONCEPTS)
    assert bool([k for k in links if "topic" in k.signals]) is linked


def test_find_topics_keeps_the_words_as_written() -> None:
    assert find_topics("Cyber-attacks and RANSOMWARE") == (("cyber", "Cyber / RANSOMWARE"),)


def test_generic_and_passing_topics_do_not_count() -> None:
    # "relations" and "talks" are everybody's words; a topic named once among many is passing.
    assert topic_hits(account_claim("c", "a", "they discussed bilateral relations").facets) == {}
    hits = topic_hits(
        account_claim(
            "c", "a", "tariffs, export quotas, customs duties, the trade deficit and the climate"
        ).facets
    )
    assert hits == {"trade": 5}


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        # the words decide when neither takes a stance: partial
        (
            "ransomware attacks by criminals based in Borduria",
            "the fight against criminal manifestations in the information space",
            Relation.PARTIAL,
        ),
        (
            "the renewal of cross-border humanitarian assistance",
            "the situation in the region, with an emphasis on its humanitarian aspects",
            Relation.PARTIAL,
        ),
        # one side negates: diverge
        (
            "the renewal of cross-border humanitarian assistance",
            "no humanitarian corridor would be opened",
            Relation.DIVERGE,
        ),
        # both welcome or agree: converge
        (
            "welcomed the progress on the prisoner exchange",
            "agreed that the swap of detained servicemen will go ahead",
            Relation.CONVERGE,
        ),
    ],
)
def test_same_topic_links_different_vocabulary(a: str, b: str, relation: Relation) -> None:
    claims = (account_claim("c1", "a", a), account_claim("c2", "b", b))
    (link,) = link_claims(claims, sides=SIDES, concepts=CONCEPTS)
    assert "topic" in link.signals
    assert link.relation is relation
    assert any(r.startswith("same topic: ") for r in link.reasons), link.reasons


def test_same_topic_reason_names_the_topic_and_both_words() -> None:
    a = account_claim("c1", "a", "ransomware attacks by criminals")
    b = account_claim("c2", "b", "criminal manifestations in the information space")
    signal = same_topic(a, b, "cyber")
    assert signal.reason == "same topic: cyber security (ransomware / information space)"


@pytest.mark.parametrize(
    ("claims", "expected"),
    [
        # two different topics: no link
        (
            (("a", "new tariffs on steel imports"), ("b", "the uranium enrichment programme")),
            [],
        ),
        # same side: no link, however topical
        (
            (("a", "ransomware attacks on pipelines"), ("a", "hackers in the information space")),
            [],
        ),
        # generic topics alone ("relations", "talks", "dialogue") never link
        (
            (("a", "they reviewed bilateral relations"), ("b", "the dialogue must continue")),
            [],
        ),
        # a topic mentioned in passing does not link to it
        (
            (
                ("a", "tariffs, export quotas, customs duties, the trade deficit and the climate"),
                ("b", "the emissions of greenhouse gases"),
            ),
            [],
        ),
        # one topic, more claims of one side than one call tells an item in: only the mutual
        # best pair links (no fan-out; two such claims: test_an_account_telling_an_item_twice)
        # when the others name another item too
        (
            (
                ("a", "ransomware attacks and hackers targeting pipelines"),
                ("a", "a cyber incident at the port"),
                ("a", "a hacker group and new tariffs on steel imports"),
                ("a", "the uranium enrichment programme and a hacker group"),
                ("b", "cybercrime and malicious activity in the information space"),
            ),
            [("c1", "c5")],
        ),
    ],
)
def test_same_topic_does_not_link(
    claims: tuple[tuple[str, str], ...], expected: list[tuple[str, str]]
) -> None:
    made = tuple(account_claim(f"c{k + 1}", side, text) for k, (side, text) in enumerate(claims))
    links = [k for k in link_claims(made, sides=SIDES, concepts=CONCEPTS) if "topic" in k.signals]
    assert [(k.a, k.b) for k in links] == expected


def test_cooperative_is_a_stance_not_a_topic_noun() -> None:
    assert cooperative("the two sides agreed to resume flights")
    assert not cooperative("they discussed trade cooperation")


def test_many_claims_on_one_topic_stay_bounded() -> None:
    # A topic in most claims is the story's backdrop: it links nothing.
    claims = tuple(
        account_claim(f"c{k}", "a" if k % 2 else "b", f"sanctions on exporter number {k}")
        for k in range(200)
    )
    assert not [k for k in link_claims(claims, concepts=CONCEPTS) if "topic" in k.signals]


def _where(doc: str, k: int) -> Where:
    return Where(doc, k, 0)


# Two accounts of one call: "us" tells each item in claims 0-1, "ru" in claims 2-3.
_US_RU = ("us", "us", "ru", "ru")
_PLACES = (_where("us", 0), _where("us", 1), _where("ru", 0), _where("ru", 1))


@pytest.mark.parametrize(
    ("hits", "partners", "expected"),
    [
        # the U.S. tells the sanctions twice, Russia once; the first pair is linked, the second
        # U.S. claim meets Russia's point too
        (
            ({"sanctions": 1}, {"sanctions": 1}, {"sanctions": 1}, {"trade": 1}),
            {0: {2}, 2: {0}},
            {(1, 2): "sanctions"},
        ),
        # the second claim is linked already: nothing to add
        (
            ({"sanctions": 1}, {"sanctions": 1}, {"sanctions": 1}, {"trade": 1}),
            {0: {2}, 2: {0}, 1: {3}, 3: {1}},
            {},
        ),
        # Russia's point on the sanctions meets no claim of the U.S. on them: the item alone
        # is no tie
        (
            ({"sanctions": 1}, {"sanctions": 1}, {"sanctions": 1}, {"trade": 1}),
            {0: {3}, 3: {0}},
            {},
        ),
        # a country is where each point is made, not the point: the U.S.'s second claim
        # naming Syria ("access for UN investigators") may say something else of it
        (
            ({"@syria": 1}, {"@syria": 1}, {"@syria": 1}, {"trade": 1}),
            {0: {2}, 2: {0}},
            {},
        ),
        # a named body or summit is an item of its own
        (
            ({"#G20": 1}, {"#G20": 1}, {"#G20": 1}, {"trade": 1}),
            {0: {2}, 2: {0}},
            {(1, 2): "#G20"},
        ),
        # a bare act ("~continue") is no item
        (
            ({"~continue": 1}, {"~continue": 1}, {"~continue": 1}, {}),
            {0: {2}, 2: {0}},
            {},
        ),
    ],
)
def test_lone_topic_pairs(
    hits: tuple[dict[str, int], ...],
    partners: dict[int, set[int]],
    expected: dict[tuple[int, int], str],
) -> None:
    found = lone_topic_pairs(hits, _US_RU, _PLACES, partners, lambda i, j: 0.0)
    assert found == expected


def test_lone_topic_pairs_leave_the_calls_subject_to_the_words() -> None:
    # three claims of one account on Ukraine: the call's subject, not one point of it
    side = ("us", "us", "us", "ru", "ru")
    where = (*(_where("us", k) for k in range(3)), _where("ru", 0), _where("ru", 1))
    hits = ({"@ukraine": 1}, {"@ukraine": 1}, {"@ukraine": 1}, {"@ukraine": 1}, {})
    assert lone_topic_pairs(hits, side, where, {0: {3}, 3: {0}}, lambda i, j: 0.0) == {}


@pytest.mark.parametrize(
    ("hits", "expected"),
    [
        # "ru" names the intelligence item in two points and in two lines listing the call's
        # items: the lists are headings, so the item is still one point of the call, and the
        # U.S. point linked to one Russian point meets the other too
        (
            (
                {"intelligence": 1},
                {"intelligence": 1, "@syria": 1, "@iran": 1},
                {"intelligence": 1, "@syria": 1, "nuclear": 1},
                {"intelligence": 1},
                {"intelligence": 1},
            ),
            {(0, 4): "intelligence"},
        ),
        # three points of their own on the item (no list among them): the call's subject
        (
            (
                {"intelligence": 1},
                {"intelligence": 1, "@syria": 1},
                {"intelligence": 1, "@syria": 1},
                {"intelligence": 1},
                {"intelligence": 1},
            ),
            {},
        ),
    ],
)
def test_lone_topic_pairs_do_not_count_lists_of_items(
    hits: tuple[dict[str, int], ...], expected: dict[tuple[int, int], str]
) -> None:
    side = ("us", "ru", "ru", "ru", "ru")
    where = (_where("us", 0), *(_where("ru", k) for k in range(4)))
    # the U.S. point is linked to the lists and the first Russian point; the second is alone
    partners = {0: {1, 2, 3}, 1: {0}, 2: {0}, 3: {0}}
    assert lone_topic_pairs(hits, side, where, partners, lambda i, j: 0.0) == expected


def test_an_account_telling_an_item_twice_links_both_points() -> None:
    # each side's own account: "us" tells the sanctions in two points, "ru" in one; the mutual
    # best pair links by topic_pairs, the other U.S. point meets Russia's as well (it joins
    # on the item, the country its words name aside: test_a_country_named_beside_the_item)
    claims = (
        account_claim("c1", "us", "new sanctions on Russian banks take effect today"),
        account_claim("c2", "us", "more sanctions would follow"),
        account_claim("c3", "ru", "the sanctions would harm bilateral ties"),
    )
    found = {(k.a, k.b): k for k in link_claims(claims, sides=SIDES, concepts=CONCEPTS)}
    assert set(found) == {("c1", "c3"), ("c2", "c3")}
    assert all(k.reasons[0].startswith("same topic: sanctions") for k in found.values())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a named item both accounts name is an agenda item of the claim
        ("they reviewed preparations for the summit", {"#G20": 1}),
        # the opening that reports the call itself is matched to the other opening instead
        ("President Anna Kovac spoke today with President Lars Berg", {}),
    ],
)
def test_agenda_hits_take_named_items(text: str, expected: dict[str, int]) -> None:
    from attribcmp.topics import agenda_hits

    made = account_claim("c1", "a", text)
    hits = agenda_hits((made,), None, [frozenset()], [""], [frozenset({"G20"})])
    assert {t: n for t, n in hits[0].items() if t.startswith("#")} == expected


def test_named_item_reason() -> None:
    from attribcmp.topics import topic_reason

    a = account_claim("c1", "a", "preparations for the G-20 meetings")
    b = account_claim("c2", "b", "the summit of G20 nations")
    assert a.facets is not None and b.facets is not None
    assert topic_reason(a.facets, b.facets, "#G20") == "same item: G20"


@pytest.mark.parametrize(
    ("texts", "parent", "expected"),
    [
        # the opening reports the call itself; the same words further down are a point on the
        # third country the sentence names
        (
            (
                "President Anna Kovac spoke today with President Lars Berg about Syria",
                "President Anna Kovac and President Lars Berg discussed the situation in Syria",
            ),
            None,
            [{}, {"@syria": 1}],
        ),
        # a point cut from the opening sentence is the opening too
        (
            (
                "President Anna Kovac spoke today with President Lars Berg about Syria",
                "President Anna Kovac and President Lars Berg met about Syria",
            ),
            "p1",
            [{}, {}],
        ),
    ],
)
def test_only_the_opening_is_the_call_itself(
    texts: tuple[str, ...], parent: str | None, expected: list[dict[str, int]]
) -> None:
    from dataclasses import replace

    from attribcmp.topics import agenda_hits

    claims = tuple(
        replace(account_claim(f"c{k}", "a", t), parent=parent) for k, t in enumerate(texts)
    )
    places = [frozenset({"syria"})] * len(claims)
    hits = agenda_hits(claims, None, places, [""] * len(claims), None)
    assert [{t: n for t, n in h.items() if t.startswith("@")} for h in hits] == expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        # "reviewed the situation in Syria, with one underscoring concern over ...": the
        # lead puts the item on the agenda, as the other account's "discussed" does
        ("The presidents reviewed the situation in Syria, with one underscoring", {(0, 2)}),
        # no agenda verb in the lead: the call's main item pairs on acts that meet only
        ("The presidents held a call in which one underscored", set()),
    ],
)
def test_agenda_verb_of_the_lead_pairs_the_main_item(
    lead: str, expected: set[tuple[int, int]]
) -> None:
    from attribcmp.topics import topic_pairs

    claims = (
        account_claim("c1", "a", "concern over the chemical weapons there"),
        account_claim("c2", "a", "to stay in close consultation"),
        account_claim("c3", "b", "The leaders discussed the situation in Syria."),
        account_claim("c4", "b", "their readiness to take all measures to settle the crisis"),
    )
    where = [_where("d-a", 0), _where("d-a", 1), _where("d-b", 0), _where("d-b", 1)]
    found = topic_pairs(
        claims,
        ["a", "a", "b", "b"],
        lambda i, j: True,
        lambda i, j: 0.0,
        where,
        [frozenset({"syria"})] * 4,
        [lead, "The presidents agreed", "", ""],
        None,
    )
    assert set(found) == expected


_SPILL = "his sadness at the damage the spill is causing"
_COAST = "his sadness at the environmental catastrophe on the coast"


@pytest.mark.parametrize(
    ("told", "one_call", "expected"),
    [
        # one account's single point on the spill answers two of the other's
        ((_SPILL, _COAST), True, {(0, 2): "disaster", (0, 3): "disaster"}),
        # a point that names another item too may answer the other account's point on that
        ((_SPILL, "the oil spill and the new tariffs on steel"), True, {(0, 2): "disaster"}),
        # at most three partners on one item
        (
            (_SPILL, _COAST, "an earthquake on the coast", "the spill off the coast"),
            True,
            {(0, 2): "disaster", (0, 3): "disaster", (0, 4): "disaster"},
        ),
        # inside one article the words decide: each claim keeps one partner per topic
        ((_SPILL, _COAST), False, {(0, 2): "disaster"}),
    ],
)
def test_one_point_answers_several_of_the_other_account(
    told: tuple[str, ...], one_call: bool, expected: dict[tuple[int, int], str]
) -> None:
    from attribcmp.topics import topic_pairs

    texts = ("They discussed the tragic oil spill in the gulf.", "They discussed the trade talks.")
    claims = tuple(account_claim(f"c{k}", "a", t) for k, t in enumerate(texts)) + tuple(
        account_claim(f"c{k + 2}", "b", t) for k, t in enumerate(told)
    )
    side = ["a", "a"] + ["b"] * len(told)
    where = [_where("d-a", k) for k in range(2)] + [_where("d-b", k) for k in range(len(told))]
    found = topic_pairs(
        claims,
        side,
        lambda i, j: True,
        lambda i, j: 0.0,
        where if one_call else None,
        [frozenset()] * len(claims) if one_call else None,
        [""] * len(claims) if one_call else None,
        None,
    )
    assert {k: t for k, t in found.items() if t == "disaster"} == expected


@pytest.mark.parametrize("place", [frozenset(), frozenset({"norway"})])
def test_a_country_named_beside_the_item_does_not_stop_a_point_joining(
    place: frozenset[str],
) -> None:
    # the third claim on the spill joins the other account's claim on it, whether or not its
    # sentence names the country where it happened
    from attribcmp.topics import topic_pairs

    told = (_SPILL, "the spill off the coast")
    texts = ("They discussed the tragic oil spill in the gulf.", "They discussed the trade talks.")
    claims = tuple(account_claim(f"c{k}", "a", t) for k, t in enumerate(texts)) + tuple(
        account_claim(f"c{k + 2}", "b", t) for k, t in enumerate(told)
    )
    side = ["a", "a", "b", "b"]
    where = [_where("d-a", 0), _where("d-a", 1), _where("d-b", 0), _where("d-b", 1)]
    places = [frozenset(), frozenset(), frozenset(), place]
    found = topic_pairs(
        claims, side, lambda i, j: True, lambda i, j: 0.0, where, places, [""] * 4, None
    )
    assert {k for k, t in found.items() if t == "disaster"} == {(0, 2), (0, 3)}
