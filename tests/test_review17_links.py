"""Review findings (round 17, link reasons and targets). Every sentence here is made up in
the general shape of wire copy; none is a review input."""

from __future__ import annotations

import pytest

from attribcmp import pipeline
from attribcmp.classify import compare_claims
from attribcmp.figures import described_apart, slot_signal
from attribcmp.incident_signals import framing_signal
from attribcmp.limits import limit_clash
from attribcmp.model import Document, Relation, Report, Verdict
from attribcmp.textfeatures import load_concepts, said_text
from tests.faceted import faceted_claim

CONCEPTS = load_concepts()


def _report(text: str) -> Report:
    return pipeline.report((Document("d", text),))


def _slot_relation(a: str, b: str) -> Relation | None:
    doc = f"{a}. {b}."
    ca, cb = faceted_claim(doc, "c1", "x", a), faceted_claim(doc, "c2", "y", b)
    signal = slot_signal(ca, cb, "x", "y")
    return signal.relation if signal else None


# -- one count of people described two ways is no agreement (#7) ------------------------------


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        # the count matches, but who the people are is told two ways
        ("police detained two journalists in the capital",
         "two foreign nationals detained in the capital face charges", Relation.PARTIAL),
        ("four students were arrested at the rally",
         "four agitators were arrested at the rally", Relation.PARTIAL),
        # one noun, synonyms, a plain count of people: the count is one figure told twice
        ("three soldiers were killed at the post", "three soldiers died at the post",
         Relation.CONVERGE),
        ("three soldiers were killed at the post", "three troops died at the post",
         Relation.CONVERGE),
        ("five people were killed in the blast", "five guards were killed in the blast",
         Relation.CONVERGE),
        # different counts still differ
        ("two journalists were detained", "five foreign nationals were detained", Relation.DIVERGE),
    ],
)  # fmt: skip
def test_same_count_of_differently_described_people(a: str, b: str, relation: Relation) -> None:
    assert _slot_relation(a, b) is relation


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("reporters", "nationals", True),
        ("soldiers", "troops", False),
        ("people", "engineers", False),
        ("civilians", "nationals", False),  # civilians are nationals of somewhere
        ("soldiers", "soldiers", False),
    ],
)  # fmt: skip
def test_described_apart(a: str, b: str, apart: bool) -> None:
    from attribcmp.model import Quantity

    def count(noun: str) -> Quantity:
        return Quantity(f"three {noun}", 3, 3, 3, noun=noun, kind="persons", event="arrest")

    assert described_apart(count(a), count(b)) is apart


# Those held named spies by one side, journalists or peaceful people by the other: a framing
# conflict of who the people were, in a claim of arrest.
@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("the two reporters detained last week must be freed", "the two men detained are spies",
         "counter-framing (who the people were): 'reporters' vs 'spies'"),
        ("the three journalists were arrested at the airport",
         "the three were detained on suspicion of espionage",
         "counter-framing (who the people were): 'journalists' vs 'espionage'"),
        # no arrest: the words are not said of people held
        ("the reporters covered the trial", "a spy novel topped the charts", None),
    ],
)  # fmt: skip
def test_spies_against_journalists(a: str, b: str, expected: str | None) -> None:
    signal = framing_signal(a, b)
    assert (signal.reason if signal else None) == expected


# -- above against below a named limit is a clash, though the phrase is shared (#6) -------------


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        ("the samples held three times the legal limit of lead",
         "the samples were well below the legal limit",
         ("three times the legal limit", "below the legal limit", "limit")),
        ("emissions exceeded the safety threshold on six days",
         "emissions stayed within the threshold all year",
         ("exceeded the safety threshold", "within the threshold", "threshold")),
        ("borrowing rose above the agreed ceiling", "borrowing stayed under the ceiling",
         ("above the agreed ceiling", "under the ceiling", "ceiling")),
        # a negated side word turns the side: both say below
        ("the readings did not exceed the permitted level",
         "the readings were below the permitted level", None),
        # one side of two different limits, or no limit noun at all
        ("the dose was above the daily limit", "the price was below the target", None),
        ("talks over the agreement stalled", "exports rose under the agreement", None),
        ("the samples held three times the legal limit",
         "the samples exceeded the legal limit", None),
    ],
)  # fmt: skip
def test_limit_clash(a: str, b: str, clash: tuple[str, str, str] | None) -> None:
    assert limit_clash(a, b) == clash


def test_limit_clash_makes_linked_claims_diverge() -> None:
    a = "the samples held three times the legal limit of lead"
    b = "the samples were well below the legal limit"
    doc = f"{a}. {b}."
    ca, cb = faceted_claim(doc, "c1", "x", a), faceted_claim(doc, "c2", "y", b)
    verdict = compare_claims(ca, cb, "x", "y", CONCEPTS)
    assert verdict.relation is Relation.DIVERGE
    assert verdict.reasons[0].startswith("opposite sides of the limit: x 'three times")


_LIMIT_STORY = (
    "Regulator halts sale of baby formula\n\n"
    "The Food Safety Board said tests had found arsenic at three times the legal limit in "
    "four batches of the formula.\n\n"
    "Milvo Foods, which makes the formula, said its own tests had found arsenic well below the "
    "legal limit in every batch.\n"
)


def test_no_agreement_reason_inside_a_conflict() -> None:
    report = _report(_LIMIT_STORY)
    conflicts = [g for g in report.groups if g.status is Verdict.DIVERGE]
    assert conflicts, [(g.status, g.reasons) for g in report.groups]
    for group in conflicts:
        assert "the accounts say the same thing" not in group.reasons
    assert any(r.startswith("opposite sides of the limit") for g in conflicts for r in g.reasons)


# -- a denial answers the claim its words echo, the nearest before it (#5, #9) -----------------


def _linked(report: Report, a: str, b: str) -> bool:
    """Some link joins a claim whose content holds ``a`` and one whose content holds ``b``."""
    ids_a = {c.id for c in report.claims if a in c.content.text}
    ids_b = {c.id for c in report.claims if b in c.content.text}
    assert ids_a and ids_b, [c.content.text for c in report.claims]
    return any({k.a, k.b} & ids_a and {k.a, k.b} & ids_b for k in report.links)


_WARNED = (
    "Inspectors shut chemical plant\n\n"
    "The Environment Agency said on Monday that air samples near the Dorvin plant had found "
    "benzene at twice the legal limit.\n\n"
    "A spokeswoman for the agency, Ana Petrov, said the plant's owner had been warned about "
    "the leaks in March. Korra Chemicals denied receiving any warning.\n\n"
    "However, agency director Paul Hesse said only two of the nine samples were above the "
    "limit. He said about four thousand people live near the plant.\n"
)


@pytest.mark.parametrize(
    ("a", "b", "linked"),
    [
        # the denial echoes "warned": the textbook pair
        ("had been warned", "receiving any warning", True),
        # the next sentence's "However" sets Hesse against his own agency, not the denial
        ("receiving any warning", "only two of the nine samples", False),
        ("receiving any warning", "four thousand people", False),
    ],
)  # fmt: skip
def test_denial_answers_the_claim_it_echoes(a: str, b: str, linked: bool) -> None:
    assert _linked(_report(_WARNED), a, b) is linked


_NO_SUCH = (
    "Dockers strike after crane collapse\n\n"
    "The Portline terminal company said all crane operators held valid licences and that the "
    "crane had passed a safety check in May.\n\n"
    "A union steward, who asked not to be named, said engineers had flagged rusted bolts on "
    "the same crane in April. The harbour safety office said no such report had been filed.\n"
)


@pytest.mark.parametrize(
    ("a", "linked"),
    [
        # "no such report" points at one statement: the union's, just before it
        ("engineers had flagged rusted bolts", True),
        # the company's earlier claims are other points
        ("all crane operators held valid licences", False),
    ],
)  # fmt: skip
def test_no_such_report_answers_one_statement(a: str, linked: bool) -> None:
    assert _linked(_report(_NO_SUCH), a, "no such report had been filed") is linked


# -- one negated word: a thing said not to exist, or said of two different things (#8, #12) ----


def _polarity_reason(a: str, b: str) -> str | None:
    from attribcmp.signals import polarity_keys, polarity_signal
    from attribcmp.textfeatures import analyse_text

    doc = f"{a}. {b}."
    ca, cb = faceted_claim(doc, "c1", "x", a), faceted_claim(doc, "c2", "y", b)
    shared = [k for k in polarity_keys(ca.facets) if k in polarity_keys(cb.facets)]
    feats = {c.id: analyse_text(said_text(c), CONCEPTS) for c in (ca, cb)}
    signal = polarity_signal(ca, cb, shared, feats)
    return signal.reason if signal else None


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        # "no alarm": the thing the other says was given was not there at all
        ("There was no alarm, no warning, nothing", "it had sounded the alarm an hour earlier",
         "one side negates it: 'alarm'"),
        # (two words shared: the first is quoted)
        ("there was no text message", "the council sent a text message to every household",
         "one side negates it: 'text'"),
        # a "no" outside "there was no": another sense may be meant ("no role" / "its role")
        ("the guild had no role in politics", "he urged Berlin to play its role", None),
        # a verb of the word may be another act: "no further posting" / "after it posted"
        ("there should be no further posting", "the row began after the site posted the files",
         None),
        # one word negated, said of two different things: no clash
        ("the crew had not been allowed to contact their families",
         "the owner had lost contact with the ship at dawn", None),
        ("the guards were not allowed to visit the prisoners",
         "the envoy was refused a visit to the capital", None),
    ],
)  # fmt: skip
def test_one_negated_word(a: str, b: str, reason: str | None) -> None:
    assert _polarity_reason(a, b) == reason


# -- a headline's denied object, and reasons that name what is answered (#10) ------------------


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the denial's object, not the scene told after it
        ("Families dispute toll as rescuers dig at flooded quarry\n\nRescuers dug all night.",
         "toll"),
        ("Growers reject price cut after talks fail in capital\n\nTalks failed.", "price cut"),
        ("The union rejected the offer as talks resumed on Monday.", "the offer"),
        # a clause said ("denied that ...", "claims that ...") goes on
        ("The ministry denied that troops fired as protesters marched.",
         "that troops fired as protesters marched"),
        ("Villagers disputed claims that the dam held as water rose.",
         "claims that the dam held as water rose"),
        # no denial verb: "said" reports the whole clause
        ("The mayor said the toll rose as rescuers dug.", "the toll rose as rescuers dug"),
    ],
)  # fmt: skip
def test_denied_object_ends_before_a_scene_clause(text: str, content: str) -> None:
    report = pipeline.attribute([Document("d", text)])
    assert [c.content.text for c in report.claims] == [content]


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        # a denial of a count answers the other side's figure
        ("disputed the toll", "six workers were killed in the blast",
         "denial: 'disputed' answers 'six workers'"),
        # "accounted for" states the opposite: a counter-claim, answering the figure
        ("every guard had been accounted for", "at least twelve guards were missing",
         "counter-claim: 'accounted for' answers 'at least twelve guards'"),
        # a time span says when, not what is answered
        ("no such report exists", "engineers flagged cracks in the wall two months ago",
         "denial: 'no such' answers 'engineers flagged cracks in the …'"),
    ],
)  # fmt: skip
def test_denial_reason_names_what_it_answers(a: str, b: str, reason: str) -> None:
    from attribcmp.answers import denial_signal

    doc = f"{a}. {b}."
    ca, cb = faceted_claim(doc, "c1", "x", a), faceted_claim(doc, "c2", "y", b)
    signal = denial_signal(ca, cb)
    assert signal is not None and signal.reason == reason


# -- a conflict on one agenda topic says what clashes (#6) ---------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        ("agreed to resume direct flights from June",
         "the sides discussed resuming direct flights, but no date was set", "'no date was'"),
        ("agreed to resume direct flights from June", "rejected any resumption of direct flights",
         "'rejected'"),
    ],
)  # fmt: skip
def test_topic_conflict_names_the_rebuttal(a: str, b: str, clash: str) -> None:
    from attribcmp.signals import same_topic
    from tests.faceted import account_claim

    ca, cb = account_claim("c1", "x", a), account_claim("c2", "y", b)
    signal = same_topic(ca, cb, "flights")
    assert signal.relation is Relation.DIVERGE
    assert signal.reason.endswith(f"one account rebuts or negates it ({clash})")
