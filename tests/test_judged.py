"""What a reply calls the statement it names (judged.py) decides the reply's relation."""

from __future__ import annotations

import pytest

from attribcmp.answers import reply_signal
from attribcmp.facets import facet_claims
from attribcmp.judged import judgment, rejects_pointed
from attribcmp.model import Claim, ClaimKind, Document, Relation, TextSpan
from attribcmp.textfeatures import load_concepts

CONCEPTS = load_concepts()


@pytest.mark.parametrize(
    ("text", "named", "expected"),
    [
        ("Mr. Okoro's assertion is correct because many deaths go unreported",
         "Mr. Okoro's assertion", ("is correct", Relation.CONVERGE)),
        ("the ministry's figures are baseless", "the ministry's figures",
         ("are baseless", Relation.DIVERGE)),
        ("the governor's count is not entirely accurate", "the governor's count",
         ("is not entirely accurate", Relation.DIVERGE)),
        ("the army's account was not false", "the army's account",
         ("was not false", Relation.CONVERGE)),
        ("the union confirmed the army's figure", "army's figure",
         ("confirmed the", Relation.CONVERGE)),
        ("they agreed with the ministry's count", "ministry's count",
         ("agreed with the", Relation.CONVERGE)),
        ("the union disputed the ministry's figures", "ministry's figures",
         ("disputed the", Relation.DIVERGE)),
        # a short complement between the statement's word and the judgment
        ("the board's declaration of a victory for the alliance is a provocation",
         "the board's declaration", ("is a provocation", Relation.DIVERGE)),
        ("the ministry's count of the dead in the north is not correct",
         "the ministry's count", ("is not correct", Relation.DIVERGE)),
        ("the army's account of the raid was accurate", "the army's account",
         ("was accurate", Relation.CONVERGE)),
        # ... but a long stretch is a clause of its own
        ("the ministry's count of the dead in the three districts along the river is wrong",
         "the ministry's count", None),
        ("Mr. Okoro's claims are preposterous", "Mr. Okoro's claims",
         ("are preposterous", Relation.DIVERGE)),
        # a negation up to three words before an agreeing verb: it bears nothing out
        ("police could not immediately confirm Mr. Okoro's figure", "Mr. Okoro's figure",
         ("not … confirm", Relation.DIVERGE)),
        ("the governor has yet to confirm the ministry's count", "ministry's count",
         ("yet to … confirm the", Relation.DIVERGE)),
        ("the union refused to confirm the army's figures", "army's figures",
         ("refused to … confirm the", Relation.DIVERGE)),
        ("officials didn't confirm the army's toll", "army's toll",
         ("didn't … confirm the", Relation.DIVERGE)),
        ("the agency never accepted the company's account", "company's account",
         ("never … accepted the", Relation.DIVERGE)),
        # a negation in another clause is not the verb's
        ("they do not know, but confirmed the army's figure", "army's figure",
         ("confirmed the", Relation.CONVERGE)),
        # "not only ... but" asserts
        ("The group not only confirmed the army's figure but added names", "army's figure",
         ("confirmed the", Relation.CONVERGE)),
        # naming the statement without judging it
        ("the ministry's figures were released on Monday", "the ministry's figures", None),
        ("we do not know where the governor's office got its count",
         "governor's office got its count", None),
    ],
)  # fmt: skip
def test_judgment(text: str, named: str, expected: tuple[str, Relation] | None) -> None:
    start = text.find(named)
    assert judgment(text, start, start + len(named)) == expected


def _claim(cid: str, text: str, side: str) -> Claim:
    made = Claim(cid, "d", "s-" + side, ClaimKind.INDIRECT, TextSpan(text, 0, len(text)),
                 ((0, len(text)),), side=side)  # fmt: skip
    return facet_claims((made,), (Document("d", text),), concepts=CONCEPTS)[0]


@pytest.mark.parametrize(
    ("text", "relation", "reason"),
    [
        # the negation in its reason ("do not report") does not make it a dispute
        ("Mr. Okoro's assertion is correct because families do not report the deaths",
         Relation.CONVERGE, "reply: names Mr. Okoro's assertion: 'is correct'"),
        ("Mr. Okoro's assertion is false", Relation.DIVERGE,
         "reply: names Mr. Okoro's assertion: 'is false'"),
        # a negated agreeing verb never reads as agreement
        ("police could not immediately confirm Mr. Okoro's figure", Relation.DIVERGE,
         "reply: names Mr. Okoro's figure: 'not … confirm'"),
        # no judgment: the words decide, as before
        ("Mr. Okoro's assertion came on Monday", None, "reply: names Mr. Okoro's assertion"),
        # a declaration is a statement a reply may name and judge
        ("Mr. Okoro's declaration of victory is a provocation", Relation.DIVERGE,
         "reply: names Mr. Okoro's declaration: 'is a provocation'"),
    ],
)  # fmt: skip
def test_reply_signal_takes_the_judgment(text: str, relation: Relation | None, reason: str) -> None:
    target = _claim("c1", "the toll is understated by official figures", "g")
    signal = reply_signal(_claim("c2", text, "d"), target, "Mr. Okoro")
    assert signal is not None
    assert (signal.relation, signal.reason) == (relation, reason)


@pytest.mark.parametrize(
    ("text", "named", "reason"),
    [
        # a denial naming the very source whose claims it answers, in full
        ("rejected allegations carried in a provincial radio broadcast report",
         "a provincial radio broadcast report",
         "reply: denies what a provincial radio broadcast report says ('rejected')"),
        ("the claims in the ruling party weekly report are baseless",
         "the ruling party weekly report",
         "reply: denies what the ruling party weekly report says ('baseless')"),
        # "a report", "a news report": no one in particular
        ("rejected allegations in a report", "a report", None),
        ("rejected allegations in a news report", "a news report", None),
        # the source named in full, but nothing denied: the words decide
        ("a provincial radio broadcast report aired the interview",
         "a provincial radio broadcast report", None),
    ],
)  # fmt: skip
def test_reply_to_a_source_named_as_a_report(text: str, named: str, reason: str | None) -> None:
    target = _claim("c1", "the governor ordered the arrests", "g")
    signal = reply_signal(_claim("c2", text, "d"), target, named)
    if reason is None:
        assert signal is None
        return
    assert signal is not None
    assert (signal.relation, signal.reason) == (Relation.DIVERGE, reason)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('a spokesman has called this information "nonsense" and "rubbish"',
         'this information "nonsense'),
        ("These claims are not true", "These claims are not true"),
        ("these reports are entirely false", "these reports are entirely false"),
        # pointing at a statement without rejecting it, or rejecting nothing pointed at
        ("this information was released on Monday", ""),
        ("the talks were nonsense", ""),
    ],
)  # fmt: skip
def test_rejects_pointed(text: str, expected: str) -> None:
    assert rejects_pointed(text) == expected


POINTED_DOC = (
    "Rebel sources said government jets bombed the market in Aram. "
    "A later raid hit a bridge near Kel. "
    'A ministry spokesman has called this information "nonsense" and "rubbish". '
    "The rebel leader condemned what he called the bombing of civilians."
)


def test_pointed_rejection_answers_the_claim_before_it() -> None:
    from attribcmp.links import link_claims
    from attribcmp.model import Side, Speaker, SpeakerKind

    def made(cid: str, side: str, text: str) -> Claim:
        start = POINTED_DOC.find(text)
        claim = Claim(cid, "d", "s-" + side, ClaimKind.INDIRECT,
                      TextSpan(text, start, start + len(text)), ((start, start + len(text)),),
                      cue=TextSpan("said", 0, 4), side=side)  # fmt: skip
        return facet_claims((claim,), (Document("d", POINTED_DOC),), concepts=CONCEPTS)[0]

    claims = (
        made("c1", "rebels", "government jets bombed the market in Aram"),
        made(
            "c2", "gov", 'A ministry spokesman has called this information "nonsense" and "rubbish"'
        ),
        made("c3", "rebels", "the bombing of civilians"),
    )
    sides = (Side("rebels", "Rebels"), Side("gov", "Government"))
    speakers = (
        Speaker("s-rebels", "Rebel sources", SpeakerKind.SOURCE, side="rebels"),
        Speaker("s-gov", "A ministry spokesman", SpeakerKind.SOURCE, side="gov"),
    )
    links = link_claims(claims, documents=(Document("d", POINTED_DOC),), speakers=speakers,
                        sides=sides, concepts=CONCEPTS)  # fmt: skip
    denials = {(k.a, k.b) for k in links if any(r.startswith("denial") for r in k.reasons)}
    # the claim before, in another place (Aram, not Kel), is answered; the later one is not
    assert ("c1", "c2") in denials
    assert ("c2", "c3") not in denials


OWNED_DOC = (
    "Monitors said army shelling destroyed the clinic in Aram. "
    "Villagers said rebels burned two trucks on the river road. "
    'A ministry spokesman said these reports by the monitors are "nonsense". '
)


def _linked(
    doc: str, made: list[tuple[str, str, str]], speakers_named: dict[str, str]
) -> set[tuple[str, str]]:
    from attribcmp.links import link_claims
    from attribcmp.model import Side, Speaker, SpeakerKind

    claims = []
    for cid, side, text in made:
        start = doc.find(text)
        claim = Claim(cid, "d", "s-" + side, ClaimKind.INDIRECT,
                      TextSpan(text, start, start + len(text)), ((start, start + len(text)),),
                      cue=TextSpan("said", 0, 4), side=side)  # fmt: skip
        claims.append(facet_claims((claim,), (Document("d", doc),), concepts=CONCEPTS)[0])
    sides = tuple(Side(s, s.title()) for s in speakers_named)
    speakers = tuple(
        Speaker("s-" + s, name, SpeakerKind.SOURCE, side=s) for s, name in speakers_named.items()
    )
    links = link_claims(tuple(claims), documents=(Document("d", doc),), speakers=speakers,
                        sides=sides, concepts=CONCEPTS)  # fmt: skip
    return {(k.a, k.b) for k in links if any(r.startswith("denial") for r in k.reasons)}


def test_pointed_rejection_naming_its_owner_answers_only_the_owner() -> None:
    denials = _linked(
        OWNED_DOC,
        [
            ("c1", "monitors", "army shelling destroyed the clinic in Aram"),
            ("c2", "villagers", "rebels burned two trucks on the river road"),
            ("c3", "gov", 'these reports by the monitors are "nonsense"'),
        ],
        {"monitors": "Monitors", "villagers": "Villagers", "gov": "A ministry spokesman"},
    )
    # the monitors' account is answered; the villagers' claim just before it is not
    assert ("c1", "c3") in denials
    assert ("c2", "c3") not in denials


WHOLE_DOC = (
    "A rebel website said the rebels killed 51 soldiers in fighting in the north. "
    "The rebels said about 150 soldiers were wounded in the battle. "
    "The army rejected the rebels' account. "
)


def test_rejecting_a_sides_whole_account_answers_what_that_side_told_before() -> None:
    from attribcmp.links import link_claims
    from attribcmp.model import Side, Speaker, SpeakerKind

    def made(cid: str, speaker: str, side: str, text: str, cue: str) -> Claim:
        start = WHOLE_DOC.find(text)
        claim = Claim(cid, "d", speaker, ClaimKind.INDIRECT,
                      TextSpan(text, start, start + len(text)), ((start, start + len(text)),),
                      cue=TextSpan(cue, 0, len(cue)), side=side)  # fmt: skip
        return facet_claims((claim,), (Document("d", WHOLE_DOC),), concepts=CONCEPTS)[0]

    claims = (
        made("c1", "s-site", "rebels", "the rebels killed 51 soldiers in fighting in the north",
             "said"),
        made("c2", "s-rebels", "rebels", "about 150 soldiers were wounded in the battle", "said"),
        made("c3", "s-army", "army", "the rebels' account", "rejected"),
    )  # fmt: skip
    speakers = (
        Speaker("s-site", "A rebel website", SpeakerKind.SOURCE, side="rebels"),
        Speaker("s-rebels", "The rebels", SpeakerKind.ORGANISATION, side="rebels"),
        Speaker("s-army", "The army", SpeakerKind.ORGANISATION, side="army"),
    )
    sides = (Side("rebels", "Rebels"), Side("army", "Army"))
    links = link_claims(claims, documents=(Document("d", WHOLE_DOC),), speakers=speakers,
                        sides=sides, concepts=CONCEPTS)  # fmt: skip
    replies = {(k.a, k.b) for k in links if any(r.startswith("reply: names") for r in k.reasons)}
    # both claims of the rebels' side, not only the named speaker's own
    assert replies == {("c1", "c3"), ("c2", "c3")}
