"""Links between claims of different sides, one signal at a time (signals.py, links.py)."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from attribcmp import pipeline
from attribcmp.discourse import Where
from attribcmp.evidence import Signal
from attribcmp.facets import facet_claims
from attribcmp.figures import counted_against, relative_figure, relative_signal
from attribcmp.incident_signals import blame_signal, event_signal, framing_signal
from attribcmp.link_pairs import names_pattern
from attribcmp.link_rules import keep_nearest_incidents
from attribcmp.links import link_claims
from attribcmp.model import (
    Claim,
    ClaimKind,
    Document,
    Link,
    Relation,
    Side,
    Speaker,
    SpeakerKind,
    SpeakerMention,
    TextSpan,
)
from attribcmp.signals import (
    contrast_signal,
    denial_signal,
    phrase_signal,
    polarity_keys,
    polarity_signal,
    reply_signal,
    slot_signal,
)
from attribcmp.textfeatures import analyse_text, load_concepts, said_text

CONCEPTS = load_concepts()
SIDES = (Side("a", "army"), Side("v", "villagers"))


def claim(cid: str, side: str, text: str, *, cue: str = "said", doc: str = "") -> Claim:
    """A claim whose words are ``text`` (found in ``doc`` when given), with facets."""
    start = doc.find(text) if doc else 0
    made = Claim(
        id=cid,
        doc_id="d",
        speaker_id="s-" + side,
        kind=ClaimKind.INDIRECT,
        content=TextSpan(text, start, start + len(text)),
        parts=((start, start + len(text)),),
        cue=TextSpan(cue, 0, len(cue)) if cue and not doc else None,
        side=side,
    )
    docs = (Document("d", doc),) if doc else ()
    return facet_claims((made,), docs, concepts=CONCEPTS)[0]


@pytest.mark.parametrize(
    ("a", "b", "relation", "reason"),
    [
        (
            "its strike killed 12 fighters",
            "16 people died, most of them farmers",
            Relation.DIVERGE,
            "figures differ: 12 fighters (army) vs 16 people (villagers), same event: killed",
        ),
        (
            "its strike killed 12 fighters",
            "three of the 12 dead were farmers",
            Relation.PARTIAL,
            "figures agree, one side adds a breakdown: 12 fighters (army) vs 12 dead "
            "(villagers), same event: killed",
        ),
        (
            "at least nine protesters were shot dead",
            "at least 12 protesters were killed",
            Relation.PARTIAL,
            "figures overlap: at least nine protesters (army) vs at least 12 protesters "
            "(villagers), same event: shot dead",
        ),
        (
            "at least seven soldiers were killed",
            "the attack killed 26 soldiers",
            Relation.DIVERGE,  # compatible bounds, but a reader sees two tolls
            "figures differ: at least seven soldiers (army) vs 26 soldiers (villagers), "
            "same event: killed",
        ),
        (
            "the strike killed 15 militants",
            "the strike killed 15 people",
            Relation.CONVERGE,
            "figures agree: 15 militants (army) vs 15 people (villagers), same event: killed",
        ),
        ("15 people were killed", "15 people were wounded", None, ""),  # two slots
        ("many people were killed", "many lives were lost", None, ""),  # no number either side
        ("the strike killed 15 people", "the strike cost $15 million", None, ""),
        ("the talks were useful", "the talks were useless", None, ""),  # no figures at all
        # counts of sets qualified by different groups count different things
        ("four Ruritanian guards were killed", "six Borduvian guards were killed", None, ""),
        # a group's count below an open unqualified total fits inside it
        ("four Ruritanian guards were killed", "at least nine guards were killed", None, ""),
        # ... but an exact total against a group's smaller count is a toll dispute
        (
            "four Ruritanian guards were killed",
            "the clash killed nine guards",
            Relation.DIVERGE,
            "figures differ: four Ruritanian guards (army) vs nine guards (villagers), "
            "same event: killed",
        ),
        # a vague count set against the one the other side gives disputes it, though the
        # ranges overlap; the reason quotes the words that set it against
        (
            "the raids killed many more civilians than the ministry has acknowledged",
            "the raids killed about 40 civilians",
            Relation.DIVERGE,
            "figures differ ('more civilians than the ministry has acknowledged'): many more "
            "civilians (army) vs about 40 civilians (villagers), same event: killed",
        ),
        # ... a comparison with another set ("than militants") sets it against no one's count
        (
            "the raids killed many more civilians than militants",
            "the raids killed about 40 civilians",
            Relation.PARTIAL,
            "figures overlap: many more civilians (army) vs about 40 civilians (villagers), "
            "same event: killed",
        ),
        # one group on both sides: one set, the figures compare
        (
            "four Ruritanian guards were killed",
            "nine Ruritanian guards were killed",
            Relation.DIVERGE,
            "figures differ: four Ruritanian guards (army) vs nine Ruritanian guards "
            "(villagers), same event: killed",
        ),
        # a figure told with "the actual number is higher" is a floor: a higher count overlaps
        (
            "more than 100,000 people have been killed",
            "nearly 93,000 people were confirmed dead, but the actual number is probably higher",
            Relation.PARTIAL,
            "figures overlap ('number is probably higher'): more than 100,000 people (army) vs "
            "nearly 93,000 people (villagers), same event: killed",
        ),
        # ... without it the two tolls differ
        (
            "more than 100,000 people have been killed",
            "nearly 93,000 people were confirmed dead",
            Relation.DIVERGE,
            "figures differ: more than 100,000 people (army) vs nearly 93,000 people "
            "(villagers), same event: killed",
        ),
        # "two more" adds to a count told before: never the same count as the other's two
        (
            "two guards were killed",
            "at least two more guards were killed in the afternoon",
            Relation.PARTIAL,
            "one figure adds to a count ('at least two more guards'): two guards (army) vs at "
            "least two more guards (villagers), same event: killed",
        ),
        # a sum per period compares with a sum per the same period, whatever verb tells it
        (
            "the fund pays £3.1 billion a year",
            "the fund pays £3.1 billion per year",
            Relation.CONVERGE,
            "figures agree: £3.1 billion a year (army) vs £3.1 billion per year (villagers), "
            "same measure: per year",
        ),
        # ... an average lets single years fall short of it
        (
            "the ministry promised £3.1 billion a year for roads",
            "the ministry will spend an average of £3.1 billion per year on roads",
            Relation.PARTIAL,
            "same figure, but one is an average: £3.1 billion a year (army) vs an average of "
            "£3.1 billion per year (villagers), same measure: per year",
        ),
        (
            "the board set the minimum wage at about $70 per month",
            "workers demand a wage of about $110 per month",
            Relation.DIVERGE,
            "figures differ: about $70 per month (army) vs about $110 per month (villagers), "
            "same measure: per month",
        ),
        # a sum over a span is a yearly sum once divided
        (
            "the agency will spend £12 billion over four years on roads",
            "the agency spends £3 billion a year on roads",
            Relation.CONVERGE,
            "figures agree: £12 billion over four years (army) vs £3 billion a year "
            "(villagers), same measure: per year",
        ),
        (
            "the agency will spend £12 billion over four years on roads",
            "the agency spends £5 billion a year on roads",
            Relation.DIVERGE,
            "figures differ: £12 billion over four years (army) vs £5 billion a year "
            "(villagers), same measure: per year",
        ),
        # a yearly sum and a one-off sum are two figures
        ("the fund pays £3.1 billion a year", "the fund paid £3.1 billion last spring", None, ""),
        # two floors never exclude each other ...
        (
            "at least 14 people were killed in the clashes",
            "at least 80 people were killed in the clashes",
            Relation.PARTIAL,
            "figures overlap: at least 14 people (army) vs at least 80 people (villagers), "
            "same event: killed",
        ),
        # ... nor do a ceiling and a floor that overlap
        (
            "up to 22 people died in the blast",
            "at least nine people died in the blast",
            Relation.PARTIAL,
            "figures overlap: up to 22 people (army) vs at least nine people (villagers), "
            "same event: died",
        ),
        # one count, but one side says who all of them were
        (
            "the strike killed 12 fighters",
            "the strike killed 12 people, all of them farmers",
            Relation.PARTIAL,
            "figures agree, one side adds a breakdown: 12 fighters (army) vs 12 people "
            "(villagers), same event: killed",
        ),
        # ... a floor far below an exact count still disputes it
        (
            "at least 14 people were killed in the clashes",
            "80 people were killed in the clashes",
            Relation.DIVERGE,
            "figures differ: at least 14 people (army) vs 80 people (villagers), same event: "
            "killed",
        ),
        # a nought of casualties denies the dead first of all
        (
            "militants killed eight soldiers during an attack on a convoy",
            "an attack occurred; however, there were no casualties",
            Relation.DIVERGE,
            "figures differ: eight soldiers (army) vs no casualties (villagers), same event: "
            "killed",
        ),
        # a negated "any" gives a toll of none, and is quoted so
        (
            "the army did not kill any civilians in the raid",
            "the raid killed 11 civilians",
            Relation.DIVERGE,
            "figures differ: no civilians (army) vs 11 civilians (villagers), same event: kill",
        ),
        # the figure word before the number is quoted with it
        (
            "the death toll from the flooding has risen to 57",
            "a fatalities count of 41 issued by the ministry",
            Relation.DIVERGE,
            "figures differ: death toll of 57 (army) vs fatalities count of 41 (villagers), "
            "same event: death",
        ),
    ],
)
def test_slot_signal(a: str, b: str, relation: Relation | None, reason: str) -> None:
    signal = slot_signal(claim("c1", "a", a), claim("c2", "v", b), "army", "villagers")
    if relation is None:
        assert signal is None
        return
    assert signal is not None
    assert signal.relation is relation
    assert signal.reason == reason


@pytest.mark.parametrize(
    ("text", "against"),
    [
        ("the raids killed many more civilians than the ministry has acknowledged",
         "more civilians than the ministry has acknowledged"),
        ("the toll is far higher than the official figure of about 200",
         "higher than the official figure"),
        ("fewer people marched than the organisers claimed",
         "fewer people marched than the organisers claimed"),
        # a number after "than" bounds the claim's own count: no one else's
        ("more than 300 people were killed, the report said", ""),
        ("more than a hundred officials reported for duty", ""),
        # another set or another year is no one's count
        ("the raids killed many more civilians than militants", ""),
        ("turnout was lower than in 2019, officials reported", ""),
    ],
)  # fmt: skip
def test_counted_against(text: str, against: str) -> None:
    assert counted_against(claim("c1", "a", text)) == against


@pytest.mark.parametrize(
    ("a", "label_a", "b", "label_b", "compared"),
    [
        # each side's "our" counts its own dead
        ("two of our men were killed", "Thailand", "five of our soldiers were killed",
         "Cambodia", False),
        # a side's own demonym reads as its "our": each side counts its own
        ("two Thai soldiers were killed", "Thailand", "five of our soldiers were killed",
         "Cambodia", False),
        # the other side's demonym beside "our" may name one set: compare
        ("two of our men were killed", "Thailand", "ten Thai soldiers were killed",
         "Cambodia", True),
    ],
)  # fmt: skip
def test_slot_signal_own_losses(a: str, label_a: str, b: str, label_b: str, compared: bool) -> None:
    signal = slot_signal(claim("c1", "a", a), claim("c2", "v", b), label_a, label_b)
    assert (signal is not None) is compared


def test_slot_headline_names_the_toll() -> None:
    signal = slot_signal(
        claim("c1", "a", "its strike killed 12 fighters"),
        claim("c2", "v", "16 people died"),
        "army",
        "villagers",
    )
    assert signal is not None
    assert signal.headline == "Death toll: 12 fighters (army) vs 16 people (villagers)"


@pytest.mark.parametrize(
    ("denial", "cue", "target", "reason"),
    [
        ("we broke no rules", "said", "the two firms fixed prices for years",
         "denial: 'broke no' answers 'fixed prices'"),
        ("that it had sent any circular", "denied", "it had received a ministry circular",
         "denial: 'denied' answers 'circular'"),
        ("These claims are not true", "said", "50 soldiers were killed",
         "denial: 'not true' answers '50 soldiers'"),
    ],
)  # fmt: skip
def test_denial_signal(denial: str, cue: str, target: str, reason: str) -> None:
    signal = denial_signal(claim("c1", "a", denial, cue=cue), claim("c2", "v", target))
    assert signal is not None
    assert signal.relation is Relation.DIVERGE
    assert signal.reason == reason


def test_two_denials_do_not_answer_each_other() -> None:
    a = claim("c1", "a", "the report is false")
    b = claim("c2", "v", "the accusation is baseless")
    assert denial_signal(a, b) is None


def test_reply_signal_needs_an_answer_not_just_a_name() -> None:
    reply = claim(
        "c1", "a", "our numbers are correct and we do not know where the governor's office got "
        "its count",
    )  # fmt: skip
    target = claim("c2", "v", "40 people died")
    signal = reply_signal(reply, target, "governor's office")
    assert signal is not None
    assert signal.reason == "reply: names governor's office's count"
    assert signal.relation is Relation.DIVERGE
    plain = claim("c3", "a", "the minister met the governor's office on Monday")
    assert reply_signal(plain, target, "governor's office") is None
    # a blank name (whitespace only) names no one rather than failing on its last word
    assert reply_signal(reply, target, "  ") is None


@pytest.mark.parametrize(
    ("reply", "named", "expected"),
    [
        # what the reply calls the statement is named (judged.py)
        ("Harlow Mining's figures are wrong", "Harlow Mining",
         "reply: names Harlow Mining's figures: 'are wrong'"),
        ("the report released by the river authority is not accurate", "river authority",
         "reply: names river authority's report: 'is not accurate'"),
        ("the account of the port guards leaves out the fire", "port guards",
         "reply: names port guards' account"),
        ("it rejected what the port guards said", "port guards",
         "reply: names port guards and denies ('rejected')"),
        # an announcement is a statement: welcoming it answers its owner
        ("it welcomed the announcement from the port guards", "port guards",
         "reply: names port guards' announcement"),
        # naming the other side as actor, or reporting its words, is no reply
        ("the crops were burned by the port guards and no one helped", "port guards", None),
        ("Okafor said the allegations were old", "Okafor", None),
        ("the claims were checked, and later the port guards arrived", "port guards", None),
        # a speaker named by what it is ("a news report") names no one
        ("the report is wrong", "news report", None),
    ],
)  # fmt: skip
def test_reply_needs_the_name_to_govern_what_was_said(
    reply: str, named: str, expected: str | None
) -> None:
    target = claim("c2", "v", "the guards burned 40 homes")
    signal = reply_signal(claim("c1", "a", reply), target, named)
    assert (signal.reason if signal else None) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("a spy drone able to steer itself", "a weather probe blown off course",
         "counter-framing (what the object was): 'spy' vs 'weather'"),
        ("an invasion of our airspace", "an accident caused by the wind",
         "counter-framing (what the act was): 'invasion' vs 'accident'"),
        ("the victims were militants", "16 civilians had been killed",
         "counter-framing (who the victims were): 'militants' vs 'civilians'"),
        ("civilians and militants died", "16 civilians had been killed", None),
        ("non-combatants were killed near Ghazni", "16 civilians had been killed", None),
        ("non-combatants were killed near Ghazni", "the dead were militants",
         "counter-framing (who the victims were): 'non-combatants' vs 'militants'"),
        ("the talks went well", "the talks were useful", None),
        # the victims' words count only in a claim of killing or injury: here they act
        ("the guards fought with rebels near the mill", "16 civilians had been killed", None),
        ("armed men torched the huts", "the farmers were killed in their beds", None),
        ("the dead were all armed men", "the farmers were killed in their beds",
         "counter-framing (who the victims were): 'armed men' vs 'farmers'"),
        # "the Zembian military" is an institution; "a military probe" is what the thing was
        ("the craft was a civilian weather probe", "the Zembian military said it was lost", None),
        ("the craft was a civilian weather probe", "it was a military probe",
         "counter-framing (what the object was): 'civilian' vs 'military'"),
        ("The spy balloon drifted east", "it was a weather balloon",
         "counter-framing (what the object was): 'spy' vs 'weather'"),
        # easing or growing: "control the spread" is not "spread to"
        ("the outbreak was under control", "the fever has spread to six provinces",
         "counter-framing (whether it is easing): 'under control' vs 'spread to'"),
        ("efforts to control the spread of the fever", "the fever has spread to six provinces",
         "counter-framing (whether it is easing): 'control the spread' vs 'spread to'"),
        ("the army is pulling back some units", "the units remain in a threatening position",
         "counter-framing (whether it is easing): 'pulling back' vs 'threatening position'"),
        # those arrested: wrongdoers or peaceful people (only in a claim of arrest or protest)
        ("police detained 40 rioters in the square", "peaceful protesters were arrested",
         "counter-framing (who the people were): 'rioters' vs 'peaceful'"),
        ("rioters burned cars in the square", "the students marched home", None),
        # a right exercised is the lawful side of the act
        ("the vote violates the constitution",
         "the people voted to exercise their right to self-determination",
         "counter-framing (lawful or not): 'violates' vs 'exercise their right'"),
        # "legal proceedings", "the legal limit": the law's domain or measure, no verdict
        ("the deportation violated his rights", "legal proceedings are under way", None),
        ("the dumping breached the permit", "levels stayed below the legal limit", None),
        ("the deportation violated his rights", "the deportation was legal",
         "counter-framing (lawful or not): 'violated' vs 'legal'"),
    ],
)  # fmt: skip
def test_framing_signal(a: str, b: str, expected: str | None) -> None:
    signal = framing_signal(a, b)
    assert (signal.reason if signal else None) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("the victims were militants", "16 civilians had been killed",
         "counter-framing (who the victims were): 'militants' (army) vs 'civilians' (villagers)"),
        # the second side's word read from the first claim: the labels follow the claims
        ("16 civilians had been killed", "the victims were militants",
         "counter-framing (who the victims were): 'civilians' (army) vs 'militants' (villagers)"),
        ("the talks went well", "the talks were useful", None),
    ],
)  # fmt: skip
def test_framing_reason_names_the_sides(a: str, b: str, expected: str | None) -> None:
    signal = framing_signal(a, b, "army", "villagers")
    assert (signal.reason if signal else None) == expected


@pytest.mark.parametrize(
    ("between", "lead", "marker"),
    [
        (", officials said, ", "but the health ministry said", "but"),
        (". ", "However, the ministry claimed", "However"),
        (". ", "The ministry disputed", "disputed"),
        (". ", "Villagers gave differing accounts, saying", "differing accounts"),
        (". ", "The ministry said", None),
        (". ", "The ministry also said", None),
        (". ", "Meanwhile, the ministry said", None),  # another development, no contrast
    ],
)
def test_contrast_signal(between: str, lead: str, marker: str | None) -> None:
    signal = contrast_signal(between, lead)
    if marker is None:
        assert signal is None
    else:
        assert signal is not None
        assert signal.reason == f"contrast in the article: '{marker}'"


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        # the negation is about something else ("nothing left"): both tell of one fire
        (
            "the soldiers burned down the houses in the village",
            "the houses were burned and we had nothing left to eat",
            None,
        ),
        # the negation reaches the incident's word: one side says it did not happen
        (
            "the strike killed 12 civilians",
            "no civilians were killed in the strike",
            Relation.DIVERGE,
        ),
        (
            "the army said the town was attacked at night",
            "the rebels did not attack the town",
            Relation.DIVERGE,
        ),
    ],
)
def test_event_dispute_needs_the_negation_on_the_incident(
    a: str, b: str, relation: Relation | None
) -> None:
    signal = event_signal(claim("c1", "a", a), claim("c2", "v", b))
    assert signal is not None
    assert signal.relation is relation


@pytest.mark.parametrize(
    ("pairs", "kept"),
    [
        # the minister's claim (sentence 0) shares only "the inquiry" with the agency's claims
        # in sentences 1 and 4: the nearest answers it; the far one is a later point of the
        # story, linked to the claim beside it (sentence 5) instead
        ([(0, 1), (0, 2), (2, 3)], {(0, 1), (2, 3)}),
        # the far claim has no nearer partner: it keeps the only one it has
        ([(0, 1), (0, 2)], {(0, 1), (0, 2)}),
    ],
)
def test_incident_only_link_keeps_the_nearest_partner(
    pairs: list[tuple[int, int]], kept: set[tuple[int, int]]
) -> None:
    where = [Where("d", n, 0) for n in (0, 1, 4, 5)]
    signals = {key: [Signal("event", 70.0, "same incident: 'inquiry' / 'probe'")] for key in pairs}
    keep_nearest_incidents(signals, where)
    assert set(signals) == kept


def test_event_signal_needs_something_shared() -> None:
    a = claim("c1", "a", "the strike hit a compound used by fighters")
    b = claim("c2", "v", "the strike hit the compound and killed farmers")
    c = claim("c3", "v", "a bomb exploded in the market")
    assert event_signal(a, b) is not None
    assert event_signal(a, c) is None  # one incident family, nothing else in common
    # persons counted for two different harms tie nothing: wounded guards vs killed herders
    # protests run through a story of unrest: sharing them alone ties nothing ...
    f = claim("c6", "a", "most of the marches were peaceful")
    g = claim("c7", "v", "police have detained hundreds since the protests began")
    assert event_signal(f, g) is None
    # ... but deaths in the protests on both sides are one incident
    h = claim("c8", "a", "40 people were killed during the protests")
    k = claim("c9", "v", "the police murdered dozens of marchers at the rally")
    assert event_signal(h, k) is not None
    d = claim("c4", "a", "ten guards were wounded at dawn")
    e = claim("c5", "v", "killing 26 herders near the river")
    assert event_signal(d, e) is None
    # one act named by the same specific word is one incident; a plain word of harm is not
    m = claim("c10", "a", "airstrikes on the depot began at noon")
    n = claim("c11", "v", "a second airstrike hit the camp")
    assert event_signal(m, n) is not None
    p = claim("c12", "a", "two guards were killed at the gate")
    q = claim("c13", "v", "herders were killed near the river")
    assert event_signal(p, q) is None


@pytest.mark.parametrize(
    ("harm", "denying", "tied"),
    [
        # a denial about the incident ties two harm claims sharing nothing else ...
        ("the raid killed eight guards", "the army denied that its soldiers had killed anyone",
         True),
        ("the raid killed eight guards",
         "the army dismissed reports of the raid as propaganda", True),
        # ... a denial of another thing, in another clause of the claim, does not
        ("security forces killed nine people",
         "soldiers raided hotels and shut down newspapers that refused to print government "
         "propaganda", False),
        ("hundreds of people were killed in the square",
         "the president has rejected calls for an international investigation into last "
         "week's deadly clashes", False),
    ],
)  # fmt: skip
def test_a_denial_ties_harm_claims_only_when_it_denies_the_incident(
    harm: str, denying: str, tied: bool
) -> None:
    signal = event_signal(claim("c1", "a", harm), claim("c2", "v", denying))
    assert (signal is not None) is tied


@pytest.mark.parametrize(
    ("a", "b", "tied"),
    [
        # arrests and flight come in many in one story: two wordings are two of them
        (
            "more than 300 activists were detained in the crackdown",
            "police took him into custody",
            False,
        ),
        (
            "thousands of civilians have fled the fighting",
            "it can handle an exodus of refugees",
            False,
        ),
        # ... one word for it, or one name or thing, or a denial ties them
        ("police arrested 12 students on Monday", "the arrests of students were lawful", True),
        ("civilians fled the town of Kilinochchi", "refugees from Kilinochchi are safe", True),
        ("police detained the editor", "denied that anyone was arrested", True),
        # an inquiry and who holds a town are one per story: any wording ties them
        ("called for an independent inquiry", "the army would review the strike", True),
        ("rebels captured the town", "the town is under control of the army", True),
    ],
)
def test_arrests_and_flight_tie_only_with_something_shared(a: str, b: str, tied: bool) -> None:
    signal = event_signal(claim("c1", "a", a), claim("c2", "v", b))
    assert (signal is not None) is tied


@pytest.mark.parametrize(
    ("negating", "other", "tied"),
    [
        # a negated outcome answers any harm done told close by ...
        ("there were no casualties", "the raid killed eight guards", True),
        ("no soldiers were injured", "the rebels wounded three guards", True),
        # ... not an act told without its toll: shots may be fired and hurt no one
        ("no villagers were injured", "the rebels had fired first", False),
        # a negated act answers a report naming that act ...
        ("there was no raid", "gunmen took part in the raid", True),
        # ... not another act of the story it shares nothing with
        ("the militia had not attacked any convoy", "the mayor condemned the airstrike", False),
    ],
)  # fmt: skip
def test_event_signal_negation_answers_its_own_act(negating: str, other: str, tied: bool) -> None:
    signal = event_signal(claim("c1", "a", negating), claim("c2", "v", other), close=True)
    assert (signal is not None) is tied


def _speakers() -> tuple[Speaker, ...]:
    return (
        Speaker("s-a", "army", SpeakerKind.ORGANISATION, side="a"),
        Speaker(
            "s-v",
            "villagers",
            SpeakerKind.SOURCE,
            side="v",
            mentions=(SpeakerMention("d", TextSpan("villagers", 0, 9)),),
        ),
    )


def test_link_claims_from_the_article_discourse() -> None:
    doc = (
        "The strike killed 15 militants, the army said. But the villagers said 22 farmers "
        "died. The weather was cold, the army said."
    )
    claims = (
        claim("c1", "a", "The strike killed 15 militants", doc=doc),
        claim("c2", "v", "22 farmers died", doc=doc),
        claim("c3", "a", "The weather was cold", doc=doc),
    )
    links = link_claims(
        claims, documents=(Document("d", doc),), speakers=_speakers(), sides=SIDES,
        concepts=CONCEPTS,
    )  # fmt: skip
    assert [(k.a, k.b, k.relation) for k in links] == [("c1", "c2", Relation.DIVERGE)]
    (link,) = links
    assert link.signals[:2] == ("slot", "framing")
    assert "contrast" in link.signals
    assert link.reasons[0].startswith("figures differ: 15 militants (army) vs 22 farmers")
    assert link.headline == "Death toll: 15 militants (army) vs 22 farmers (villagers)"


def test_link_claims_without_facets_or_documents() -> None:
    bare = (
        Claim("c1", "d", "s-a", ClaimKind.INDIRECT, TextSpan("the talks on trade went well", 0, 28),
              ((0, 28),), side="a"),
        Claim("c2", "d", "s-v", ClaimKind.INDIRECT, TextSpan("the talks on trade went well", 0, 28),
              ((0, 28),), side="v"),
    )  # fmt: skip
    (link,) = link_claims(bare, concepts=CONCEPTS)
    assert link.relation is Relation.CONVERGE
    assert "topical" in link.signals
    assert link.reasons


def test_same_number_thousands_of_times_stays_bounded() -> None:
    # Thousands of claims with the same figure: each pairs with its nearest neighbours only.
    def links_for(n: int) -> int:
        claims = tuple(
            claim(f"c{k}", "a" if k % 2 else "v", f"the strike killed 12 people in town {k}")
            for k in range(n)
        )
        return len(link_claims(claims, concepts=CONCEPTS))

    small, large = links_for(100), links_for(400)
    assert large <= 5 * small  # four times the claims: about four times the links
    assert large <= 40 * 400  # a bounded number per claim, not one per pair


def test_every_link_has_a_reason_and_is_cross_side() -> None:
    claims = (
        claim("c1", "a", "the strike killed 12 fighters"),
        claim("c2", "a", "the strike killed 12 fighters"),
        claim("c3", "v", "16 people died"),
    )
    links = link_claims(claims, concepts=CONCEPTS)
    assert links
    sides = {c.id: c.side for c in claims}
    for link in links:
        assert link.reasons
        assert sides[link.a] != sides[link.b]


@pytest.mark.parametrize(
    ("a", "b", "diverges"),
    [
        ("no visit has been scheduled or agreed", "we agreed the visit will take place", True),
        ("there should be no further posting of the documents",
         "it plans to post 15,000 more documents", True),
        # the negation does not reach the shared word
        ("No civilians were present at the compound", "a commander was hiding in the compound",
         False),
        # one shared word in two senses, nothing else shared
        ("the army had no role in politics", "he urged Washington to play its role", False),
        ("the visit was agreed", "we agreed the visit will take place", False),  # no negation
        # a negation in the consequence of a condition states no refusal
        ("if they want more fighting, they need not sign the truce at all",
         "the two sides were to sign the truce on Monday", False),
        ("they will not sign the truce", "the two sides were to sign the truce on Monday", True),
        # "no X were done" opening the claim denies the thing; the noun said again as a verb
        ("no threats were made", "the government also threatened unspecified legal action",
         True),
        # the same shape, but the other claim names the thing as no noun or verb of it
        ("no threats were made", "the government also warned of unspecified legal action",
         False),
        # a "no" not opening the claim is no existential denial: one shared word stays weak
        ("officials said no threats were made", "the government threatened legal action",
         False),
    ],
)  # fmt: skip
def test_polarity_signal(a: str, b: str, diverges: bool) -> None:
    ca, cb = claim("c1", "a", a), claim("c2", "v", b)
    assert ca.facets is not None and cb.facets is not None
    keys_b = polarity_keys(cb.facets)
    shared = [o for o in polarity_keys(ca.facets) if o in keys_b]
    feats = {c.id: analyse_text(said_text(c), CONCEPTS) for c in (ca, cb)}
    signal = polarity_signal(ca, cb, shared, feats)
    assert (signal is not None) is diverges
    if signal is not None:
        assert signal.relation is Relation.DIVERGE
        assert signal.reason.startswith("one side negates it: ")


@pytest.mark.parametrize(
    ("a", "b", "name_a", "name_b", "expected"),
    [
        ("India's border forces opened fire and killed a soldier",
         "fire by Pakistani troops killed an officer", "Pakistan", "India",
         "each side blames the other: 'India's border forces' (Pakistan) vs "
         "'Pakistani troops' (India)"),
        # the quote of each side ends on a word of its own, not of grammar ("army to")
        ("its forces weakened the ability of Eritrea's army to launch attacks",
         "the council should condemn a military offensive by Ethiopia", "Ethiopia", "Eritrea",
         "each side blames the other: 'Eritrea's army' (Ethiopia) vs 'Ethiopia' (Eritrea)"),
        # one side names both: no blame reversal
        ("Indian and Pakistani troops exchanged fire", "fire by Pakistani troops killed an officer",
         "Pakistan", "India", None),
        # ... either side: its own fighters in battle with the other's blame no one
        ("fire by Pakistani troops killed an officer",
         "Indian and Pakistani troops exchanged fire", "India", "Pakistan", None),
        # no shared incident
        ("India's envoy was summoned", "Pakistani officials met the envoy", "Pakistan", "India",
         None),
        # naming the other side's report is no blame: the report is not an actor
        ("the Indian report on the killings is false", "fire by Pakistani troops killed an officer",
         "Pakistan", "India", None),
    ],
)  # fmt: skip
def test_blame_signal(a: str, b: str, name_a: str, name_b: str, expected: str | None) -> None:
    signal = blame_signal(claim("c1", "a", a), claim("c2", "v", b), name_a, name_b)
    assert (signal.reason if signal else None) == expected
    if signal is not None:
        assert signal.relation is Relation.DIVERGE


def test_phrase_signal_shows_the_phrase_as_written() -> None:
    feats = analyse_text("a stable and predictable relationship", CONCEPTS)
    signal = phrase_signal([("stabl", "predictabl")], feats)
    assert signal is not None
    assert signal.reason == "same phrase: 'stable and predictable'"
    assert signal.relation is None  # the words decide the relation
    assert phrase_signal([], feats) is None


@pytest.mark.parametrize(
    ("a", "b", "reason"),
    [
        # one wording in both: quoted once; one concept in two words: both quoted
        ("a stable and predictable relationship", "stable and predictable ties",
         "alike phrases: 'stable and predictable', 'predictable relationship' / "
         "'predictable ties'"),
        # the second claim writes the pair otherwise: both are quoted, never one claim's
        # words as if the other held them
        ("the disease has spread", "the spread of the disease",
         "alike phrases: 'disease has spread' / 'spread of the disease'"),
    ],
)  # fmt: skip
def test_phrase_reason_quotes_each_claims_wording(a: str, b: str, reason: str) -> None:
    claims = (claim("c1", "a", a), claim("c2", "v", b))
    links = link_claims(facet_claims(claims, (), concepts=CONCEPTS), concepts=CONCEPTS)
    phrased = ("same phrase", "alike phrases")
    assert [r for k in links for r in k.reasons if r.startswith(phrased)] == [reason]


def test_readout_phrases_link_across_accounts() -> None:
    claims = (
        claim("c1", "a", "his goal of building a stable and predictable relationship"),
        claim("c2", "v", "establishing stable and predictable interaction on pressing matters"),
        claim("c3", "v", "the weather in Geneva was cold"),
    )
    links = link_claims(claims, concepts=CONCEPTS)
    assert [(k.a, k.b) for k in links] == [("c1", "c2")]
    assert "phrase" in links[0].signals


@pytest.mark.parametrize(
    ("a", "b", "phrase"),
    [
        ("the depot guards opened the north gate", "the north gate stayed shut", True),
        # an actor's name ("security forces", "border troops") says who acts, not what
        ("security forces burned the huts", "the herders attacked security forces", False),
        ("border troops crossed at night", "the border troops stayed home", False),
    ],
)
def test_actor_phrases_are_no_shared_point(a: str, b: str, phrase: bool) -> None:
    links = link_claims((claim("c1", "a", a), claim("c2", "v", b)), concepts=CONCEPTS)
    assert any("phrase" in k.signals for k in links) is phrase


@pytest.mark.parametrize(
    "text",
    [
        "Officials said 12 people were killed. Residents said 12 people died. " * 300,
        "The army said on March 4, 2019 that No. 2 was at 555-0142. Ahmed Khan, 34, denied it.",
        "Police said dozens, at least nine, up to 22, more than 70 and 1.5 million. "
        "Villagers said a third. Nobody said anything else.",
        "The minister said nothing.",
        "",
    ],
)
def test_report_on_odd_input_never_fails(text: str) -> None:
    report = pipeline.report([Document("d", text)])
    assert report.links is not None
    ids = {c.id for c in report.claims}
    for link in report.links:
        assert link.reasons and link.a in ids and link.b in ids
    # every claim in exactly one group
    grouped = [cid for g in report.groups or () for cid in g.claim_ids]
    assert sorted(grouped) == sorted(ids)


@pytest.mark.parametrize(
    ("a", "b", "relation"),
    [
        # one point in two wordings, held together by a rare phrase
        ("a summit meeting in a third country in the coming months",
         "considering the possibility of holding a personal summit meeting soon",
         Relation.CONVERGE),
        # one side commits more ("agreed") than the other ("discussed")
        ("the ministers discussed the timing of the next round of talks",
         "the ministers agreed to hold the next round of talks in May", Relation.PARTIAL),
    ],
)  # fmt: skip
def test_shared_phrase_relation(a: str, b: str, relation: Relation) -> None:
    (link,) = link_claims((claim("c1", "a", a), claim("c2", "v", b)), concepts=CONCEPTS)
    assert link.relation is relation, link.reasons


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        # the army (listed first) speaks second: its words still come first in the reasons
        ("villagers", "army",
         ["figures differ: 12 fighters (Army) vs 16 civilians (Villagers), same event: killed",
          "counter-framing (who the victims were): 'fighters' (Army) vs 'civilians' (Villagers)"]),
        ("army", "villagers",
         ["figures differ: 12 fighters (Army) vs 16 civilians (Villagers), same event: killed",
          "counter-framing (who the victims were): 'fighters' (Army) vs 'civilians' (Villagers)"]),
    ],
)  # fmt: skip
def test_reasons_read_in_side_order(first: str, second: str, expected: list[str]) -> None:
    texts = {"army": "its strike killed 12 fighters", "villagers": "16 civilians were killed"}
    sides = (Side("army", "Army"), Side("villagers", "Villagers"))
    claims = (claim("c1", first, texts[first]), claim("c2", second, texts[second]))
    (link,) = link_claims(claims, sides=sides, concepts=CONCEPTS)
    assert (link.a, link.b) == ("c1", "c2")  # the link itself keeps article order
    assert list(link.reasons[:2]) == expected


@pytest.mark.parametrize(
    ("paragraphs", "kept"),
    [
        # claims 0 (side a) and 1 (side v) each have a figure link across; their own
        # incident-only link in other paragraphs is a second point of the story: dropped
        ((0, 1, 2, 3), {(0, 3), (1, 2)}),
        # in one paragraph the article sets them side by side: kept
        ((0, 0, 2, 3), {(0, 1), (0, 3), (1, 2)}),
    ],
)
def test_incident_only_link_beside_firmer_links(
    paragraphs: tuple[int, ...], kept: set[tuple[int, int]]
) -> None:
    from attribcmp.discourse import Where
    from attribcmp.evidence import Signal
    from attribcmp.link_rules import drop_incidents_beside_stronger

    slot = Signal("slot", 90.0, "figures differ")
    event = Signal("event", 70.0, "same incident")
    signals = {(0, 3): [slot], (1, 2): [slot], (0, 1): [event]}
    where = [Where("d", k, 0, p) for k, p in enumerate(paragraphs)]
    drop_incidents_beside_stronger(signals, ("a", "v", "a", "v"), where)
    assert set(signals) == kept


def test_one_sides_neighbouring_figures_are_one_account() -> None:
    # The villagers' two figures stand in neighbouring sentences; the army's answer comes far
    # later and shares words with the first only: it answers both.
    filler = " ".join(f"The road north of the valley was closed on day {n}." for n in range(9))
    doc = (
        "Forty bodies were found in the pit, the villagers said. But they said 90 people were "
        f"killed. {filler} The army said 12 bodies of gunmen were found in the pit."
    )
    claims = (
        claim("c1", "v", "Forty bodies were found in the pit", doc=doc),
        claim("c2", "v", "90 people were killed", doc=doc),
        claim("c3", "a", "12 bodies of gunmen were found in the pit", doc=doc),
    )
    links = link_claims(claims, documents=(Document("d", doc),), sides=SIDES, concepts=CONCEPTS)
    pairs = {(k.a, k.b): k for k in links}
    assert set(pairs) == {("c1", "c3"), ("c2", "c3")}
    assert pairs[("c2", "c3")].relation is Relation.DIVERGE
    assert "slot" in pairs[("c2", "c3")].signals


@pytest.mark.parametrize(
    ("between", "linked"),
    [
        ("", True),  # neighbouring attributions: two accounts of one thing
        (" ".join(f"The road was shut on day {n}." for n in range(4)), False),  # far apart
    ],
)
def test_counter_framing_links_neighbouring_attributions(between: str, linked: bool) -> None:
    first = "the balloon that crossed the coast was a spy craft"
    second = "it was a weather probe blown off course"
    doc = f"The navy said {first}. {between} The embassy said {second}."
    claims = (claim("c1", "a", first, doc=doc), claim("c2", "v", second, doc=doc))
    links = link_claims(claims, documents=(Document("d", doc),), sides=SIDES, concepts=CONCEPTS)
    assert [("framing" in k.signals, k.relation) for k in links] == (
        [(True, Relation.DIVERGE)] if linked else []
    )


@pytest.mark.parametrize(
    ("cue", "text", "linked", "relation"),
    [
        ("confirmed", "the agreement", True, Relation.CONVERGE),
        ("acknowledged", "the figure", True, Relation.CONVERGE),
        # its own words: it bears out part of the other's, the words say how much
        ("confirmed", "that the strike had ended", True, Relation.PARTIAL),
        ("did not confirm", "the agreement", False, None),  # a negated cue confirms nothing
        ("said", "the agreement", False, None),  # no confirming cue: nothing to bear out
        # a longer confirmation bears out the claim before it only where both name one thing
        ("confirmed", "that talks on the dock strike ran late on Friday night", True, None),
        ("confirmed", "that the ferry timetable will change next month for summer", False, None),
    ],
)
def test_confirmation_answers_the_claim_just_before(
    cue: str, text: str, linked: bool, relation: Relation | None
) -> None:
    first = "it had reached a deal to end the dock strike, with 40 jobs saved"
    doc = f"The union said {first}. The port manager {cue} {text}."
    a = claim("c1", "v", first, doc=doc)
    start = doc.rindex(text)
    b = facet_claims(
        (
            Claim(
                "c2", "d", "s-a", ClaimKind.INDIRECT, TextSpan(text, start, start + len(text)),
                ((start, start + len(text)),), cue=TextSpan(cue, doc.rindex(cue),
                doc.rindex(cue) + len(cue)), side="a",
            ),
        ),
        (Document("d", doc),),
        concepts=CONCEPTS,
    )[0]  # fmt: skip
    links = link_claims((a, b), documents=(Document("d", doc),), sides=SIDES, concepts=CONCEPTS)
    found = [k for k in links if "confirm" in k.signals]
    assert bool(found) is linked
    if linked and relation is not None:
        assert found[0].relation is relation


@pytest.mark.parametrize(
    ("denial", "answered"),
    [
        # a blanket denial answers every accusation before it, however worded
        ("that any abuses took place", {"c1", "c2"}),
        ("any wrongdoing by its guards", {"c1", "c2"}),
        # "the charges" points at one thing just said: the nearest accusation only
        ("the charges", {"c2"}),
    ],
)
def test_blanket_denial_answers_each_accusation(denial: str, answered: set[str]) -> None:
    filler = " ".join(f"The camp {n} lies north of the river." for n in range(6))
    first = "soldiers burned the huts of the herders"
    second = "guards beat two farmers at the gate"
    doc = f"Herders said {first}. {filler} Farmers said {second}. The ministry denied {denial}."
    claims = (
        claim("c1", "v", first, doc=doc),
        claim("c2", "v", second, doc=doc),
        claim("c3", "a", denial, cue="denied", doc=doc),
    )
    claims = claims[:2] + (
        facet_claims(
            (replace(claims[2], cue=TextSpan("denied", doc.rindex("denied"),
                                              doc.rindex("denied") + 6)),),
            (Document("d", doc),),
            concepts=CONCEPTS,
        )[0],
    )  # fmt: skip
    links = link_claims(claims, documents=(Document("d", doc),), sides=SIDES, concepts=CONCEPTS)
    got = {k.a for k in links if k.b == "c3" and "denial" in k.signals}
    assert got == answered


def test_denial_naming_whose_words_answers_that_speaker() -> None:
    # Two accusers of one side; the denial names the elders' allegations: it answers theirs.
    elders = "soldiers fired on a grain truck near the ford"
    farmers = "soldiers burned a mill near the ford"
    denial = "the elders' allegations about the ford"
    doc = f"Tribal elders said {elders}. Farmers said {farmers}. The army denied {denial}."
    made = [
        Claim(cid, "d", sp, ClaimKind.INDIRECT, TextSpan(t, doc.index(t), doc.index(t) + len(t)),
              ((doc.index(t), doc.index(t) + len(t)),), side=side,
              cue=TextSpan("denied", doc.index("denied"), doc.index("denied") + 6)
              if cid == "c3" else None)
        for cid, sp, side, t in (
            ("c1", "s-e", "v", elders), ("c2", "s-f", "v", farmers), ("c3", "s-a", "a", denial)
        )
    ]  # fmt: skip
    claims = facet_claims(tuple(made), (Document("d", doc),), concepts=CONCEPTS)
    speakers = (
        Speaker("s-a", "army", SpeakerKind.ORGANISATION, side="a"),
        Speaker("s-e", "elders", SpeakerKind.SOURCE, side="v"),
        Speaker("s-f", "farmers", SpeakerKind.SOURCE, side="v"),
    )
    links = link_claims(
        claims, documents=(Document("d", doc),), speakers=speakers, sides=SIDES,
        concepts=CONCEPTS,
    )  # fmt: skip
    assert {k.a for k in links if k.b == "c3" and "denial" in k.signals} == {"c1"}


@pytest.mark.parametrize(
    ("other", "answered"),
    [
        ("rebels seized two Harlow trucks on the north road", True),
        # shares the name, says nothing happened: nothing for the denial to deny
        ("Harlow and its partners will keep working well together", False),
    ],
)
def test_denial_answers_what_was_said_to_happen(other: str, answered: bool) -> None:
    denial = "all Harlow trucks are accounted for"
    doc = f"The rebels said {other}. The company said {denial}."
    claims = (claim("c1", "v", other, doc=doc), claim("c2", "a", denial, doc=doc))
    links = link_claims(claims, documents=(Document("d", doc),), sides=SIDES, concepts=CONCEPTS)
    assert any("denial" in k.signals for k in links) is answered


def test_a_shared_actor_noun_ties_no_denial_to_its_target() -> None:
    from attribcmp.link_rules import affinity

    denial = claim("c1", "a", "the soldiers were not responsible for the blaze")
    about_guards = claim("c2", "v", "they freed 25 soldiers held since July")
    about_blaze = claim("c3", "v", "soldiers set the blaze at the depot")
    assert affinity(denial, about_guards, 0.0) < 1.0
    assert affinity(denial, about_blaze, 0.0) >= 1.0


# Made-up articles in the shapes of real dispute stories, read end to end.
_ACCOUNT_DENIED_FIRST = (
    "Ministry denies border raid\n\n"
    "The Zembian defence ministry is denying herders' allegations that its troops raided a "
    "camp near the river.\n\n"
    "Ministry spokesman Paul Adeyemi said on Friday he looked into the alleged incident and "
    'found it "never happened."\n\n'
    "Herders in the valley say Zembian soldiers burned six tents at the camp before dawn on "
    "Thursday.\n"
)
_REPORT_DISMISSED = (
    "Zembian officials on Monday dismissed a 40-page report by Harbour Watch. The report "
    "documents the drowning of more than 200 migrants off the northern coast.\n\n"
    "Harbour Watch said coast guard boats had turned away vessels in distress.\n"
)
_FIGURES_BELOW = (
    "Harbour Watch said 300 homes were destroyed by the storm in the northern district.\n\n"
    "Finance minister Ruth Okafor said the government's own survey found far fewer homes "
    "destroyed than the Harbour Watch report.\n"
)


@pytest.mark.parametrize(
    ("text", "denier", "account", "reason"),
    [
        # "the alleged incident ... never happened" stands before the account it denies
        (_ACCOUNT_DENIED_FIRST, "the alleged incident", "burned six tents", "never happened"),
        # a side's own name owning a report, set against the claim's own lower figures
        (_FIGURES_BELOW, "far fewer homes", "300 homes", "its figures are fewer than"),
        # the report dismissed is the speaker of what it documents
        (_REPORT_DISMISSED, "40-page report", "turned away vessels", "Harbour Watch"),
    ],
)
def test_answers_in_made_up_articles(text: str, denier: str, account: str, reason: str) -> None:
    report = pipeline.report([Document("d", text)])
    by_id = {c.id: c.content.text for c in report.claims}

    def holds(cid: str, words: str) -> bool:
        return words in by_id[cid]

    found = [
        k
        for k in report.links or ()
        if holds(k.a, denier) and holds(k.b, account) or holds(k.b, denier) and holds(k.a, account)
    ]
    assert found, [(k.a, k.b, k.reasons) for k in report.links or ()]
    assert found[0].relation is Relation.DIVERGE
    assert any(reason in r for r in found[0].reasons)


def test_another_denial_is_not_what_a_denial_answers() -> None:
    from attribcmp.link_rules import denies

    first = claim("c1", "v", "the charges are baseless")
    assert denies(first)
    assert not denies(claim("c2", "v", "soldiers burned six tents"))


def test_statement_in_a_speakers_name_makes_it_owned() -> None:
    from attribcmp.link_answers import _statement_name

    assert _statement_name("a 40-page report by Harbour Watch") == "report"
    assert _statement_name("the Harbour Watch report") == ""  # the speaker is the report
    assert _statement_name("Harbour Watch") == ""


@pytest.mark.parametrize(
    ("account", "linked"),
    [
        ("a Rebel Front gunman opened fire on the convoy near the bridge", True),
        # the account names someone else: nothing agrees
        ("a lone gunman opened fire on the convoy near the bridge", False),
        # names the group but says it did nothing
        ("the Rebel Front did not attack the convoy", False),
    ],
)
def test_claim_of_responsibility_agrees_with_an_account_naming_the_claimant(
    account: str, linked: bool
) -> None:
    claimed = "responsibility for the ambush"
    doc = f"Police said {account}. The Rebel Front claimed {claimed}."
    a = claim("c1", "a", account, doc=doc)
    b = claim("c2", "v", claimed, doc=doc)
    sides = (Side("a", "police"), Side("v", "Rebel Front"))
    links = link_claims((a, b), documents=(Document("d", doc),), sides=sides, concepts=CONCEPTS)
    found = [k for k in links if "responsibility" in k.signals]
    assert bool(found) is linked
    if linked:
        assert found[0].relation is Relation.CONVERGE


@pytest.mark.parametrize(
    ("blame", "linked"),
    [
        ("it was the river police that were responsible for the drownings", True),
        # blames someone else: nothing ties it to the police's own account
        ("it was the smugglers that were responsible for the drownings", False),
        # denies instead of blaming: the denial signals say what it answers
        ("the river police were not responsible for the drownings", False),
    ],
)
def test_blame_naming_a_side_meets_that_sides_account(blame: str, linked: bool) -> None:
    account = "many migrants drowned in raids on the boats"
    doc = f"The river police said {account}. Survivors said {blame}."
    a = claim("c1", "a", account, doc=doc)
    b = claim("c2", "v", blame, doc=doc)
    speakers = (
        Speaker("s-a", "The river police", SpeakerKind.ORGANISATION, side="a"),
        Speaker("s-v", "Survivors", SpeakerKind.SOURCE, side="v"),
    )
    links = link_claims(
        (a, b), documents=(Document("d", doc),), speakers=speakers, sides=SIDES,
        concepts=CONCEPTS,
    )  # fmt: skip
    assert any("responsibility" in k.signals for k in links) is linked


@pytest.mark.parametrize(
    ("families", "relation", "kept"),
    [
        # harm alone, neither disputes: a war story's every claim shares it
        (({"harm"}, {"harm"}), None, False),
        # ... one denies or negates what the other reports: kept
        (({"harm"}, {"harm"}), Relation.DIVERGE, True),
        # a rarer incident (an inquiry, who holds a town) still links undisputed
        (({"inquiry"}, {"inquiry"}), None, True),
        (({"harm", "territory"}, {"territory"}), None, True),
        # protests run through a story of unrest like harm through a war
        (({"protest"}, {"protest", "harm"}), None, False),
    ],
)
def test_undisputed_harm_alone_is_dropped(
    families: tuple[set[str], set[str]], relation: Relation | None, kept: bool
) -> None:
    from attribcmp.evidence import Signal
    from attribcmp.link_rules import drop_undisputed_incidents

    event = Signal("event", 70.0, "same incident", relation)
    signals = {(0, 1): [event], (0, 2): [event, Signal("slot", 90.0, "figures differ")]}
    fams = [frozenset(families[0]), frozenset(families[1]), frozenset(families[1])]
    drop_undisputed_incidents(signals, fams)
    assert ((0, 1) in signals) is kept
    assert (0, 2) in signals  # another signal beside it: never dropped


@pytest.mark.parametrize(
    ("first", "second", "linked"),
    [
        # "but" between two accounts of one thing: linked
        (
            "the strike killed 15 militants",
            "the strike killed 22 civilians",
            True,
        ),
        # "but" turning to another point that shares nothing: not linked
        (
            "the bridge will reopen next month",
            "tax receipts fell sharply in the spring",
            False,
        ),
        # one names whom the other speaks for: the accused answers, in other words
        (
            "the villagers' actions harmed the harvest",
            "they obeyed the market rules",
            True,
        ),
        # a denial after "but" answers what was just said, whatever its words
        (
            "the bridge will reopen next month",
            "that is untrue",
            True,
        ),
    ],
)
def test_bare_contrast_needs_a_shared_thing(first: str, second: str, linked: bool) -> None:
    doc = f"The army said {first}. But the villagers said {second}."
    claims = (claim("c1", "a", first, doc=doc), claim("c2", "v", second, doc=doc))
    speakers = (
        Speaker("s-a", "the army", SpeakerKind.ORGANISATION, side="a"),
        Speaker("s-v", "the villagers", SpeakerKind.ORGANISATION, side="v"),
    )
    links = link_claims(
        claims,
        documents=(Document("d", doc),),
        speakers=speakers,
        sides=SIDES,
        concepts=CONCEPTS,
    )
    assert bool(links) is linked


@pytest.mark.parametrize(
    ("second", "gap", "linked"),
    [
        # an unnamed source's version after "but", in the next sentence: the article sets
        # the two accounts of one point against each other, though they share no word
        ("up to 40 fishermen drowned near the reef", 0, True),
        # ... but not when other sentences stand between them: the "but" joins what is
        # near it, not the army's word told paragraphs before
        ("up to 40 fishermen drowned near the reef", 2, False),
    ],
)
def test_bare_contrast_with_an_unnamed_source(second: str, gap: int, linked: bool) -> None:
    filler = " ".join(f"The harbour stayed shut on day {n}." for n in range(gap))
    first = "the storm caused no deaths on the coast"
    doc = f"The army said {first}. {filler} But other sources said {second}.".replace("  ", " ")
    claims = (claim("c1", "a", first, doc=doc), claim("c2", "unnamed", second, doc=doc))
    speakers = (
        Speaker("s-a", "the army", SpeakerKind.ORGANISATION, side="a"),
        Speaker("s-unnamed", "other sources", SpeakerKind.SOURCE, side="unnamed"),
    )
    links = link_claims(
        claims,
        documents=(Document("d", doc),),
        speakers=speakers,
        sides=(*SIDES, Side("unnamed", "Unnamed sources")),
        concepts=CONCEPTS,
    )
    assert bool(links) is linked


def test_one_topic_far_apart_in_one_article_is_two_points() -> None:
    filler = " ".join(f"The road north of the valley was closed on day {n}." for n in range(9))
    doc = (
        f"The minister said sanctions on the regime would stay. {filler} "
        "The opposition said sanctions hurt ordinary families."
    )
    claims = (
        claim("c1", "a", "sanctions on the regime would stay", doc=doc),
        claim("c2", "v", "sanctions hurt ordinary families", doc=doc),
    )
    links = link_claims(claims, documents=(Document("d", doc),), sides=SIDES, concepts=CONCEPTS)
    assert all("topic" not in link.signals for link in links)


@pytest.mark.parametrize(
    ("first", "second", "topic"),
    [
        # the last word of a name says what kind of thing it names: the European Union is no
        # trade union, a river's name no point about water
        (
            "the drivers' union has walked out over unpaid wages",
            "the company will keep its commitments to the European Union",
            False,
        ),
        (
            "the mine's waste has poisoned the drinking water",
            "no waste has reached the Ratatotok River",
            False,
        ),
        # the same words outside a name keep the topic
        (
            "the drivers' union has walked out over unpaid wages",
            "the company will keep its commitments to the union",
            True,
        ),
        # a title with "of" names the topic itself
        (
            "the rebels have broken the Cessation of Hostilities",
            "the ceasefire has held everywhere",
            True,
        ),
    ],
)
def test_a_topic_word_ending_a_name_is_no_topic(first: str, second: str, topic: bool) -> None:
    doc = f"The army said {first}. The villagers said {second}."
    claims = (claim("c1", "a", first, doc=doc), claim("c2", "v", second, doc=doc))
    links = link_claims(claims, documents=(Document("d", doc),), sides=SIDES, concepts=CONCEPTS)
    assert any("topic" in link.signals for link in links) is topic


@pytest.mark.parametrize(
    ("first", "second", "phrase"),
    [
        # two common words in either order are one phrase
        (
            "the disease has spread to the north",
            "efforts to control the spread of the disease",
            True,
        ),
        # names keep their order
        ("the U.S. allegations are false", "allegations by the U.S. embassy", False),
        # two words of time or age say when, in any story
        ("the economy is weak right now", "voters are upset right now", False),
        ("he is in good health for a 63-year-old man", "the 68-year-old nominee collapsed", False),
        # a word of time beside a content word can still be the point
        ("the peace talks resumed last week", "the peace talks stalled", True),
    ],
)
def test_phrase_signal(first: str, second: str, phrase: bool) -> None:
    filler = " ".join(f"The road north of the valley was closed on day {n}." for n in range(9))
    doc = f"The army said {first}. {filler} The villagers said {second}."
    claims = (claim("c1", "a", first, doc=doc), claim("c2", "v", second, doc=doc))
    links = link_claims(claims, documents=(Document("d", doc),), sides=SIDES, concepts=CONCEPTS)
    assert any("phrase" in link.signals for link in links) is phrase


@pytest.mark.parametrize(
    ("first", "second", "accounts", "linked"),
    [
        # one article: a shared rare name needs one kind of event too
        ("preparations for the G20 went well", "the G20 budget is large", False, False),
        # two accounts of one call: the rare name is the agenda item
        ("preparations for the G20 went well", "the G20 budget is large", True, True),
        # ... or with one kind of event, in one article as well
        ("they discussed the G20", "talks on the G20 continue", False, True),
    ],
)
def test_name_signal_in_two_accounts(first: str, second: str, accounts: bool, linked: bool) -> None:
    from attribcmp.anchors import name_signal

    a, b = claim("c1", "a", first), claim("c2", "v", second)
    found = name_signal(a, b, ["g20"], accounts=accounts)
    assert (found is not None) is linked


def test_two_accounts_link_mutual_best_points_below_the_threshold() -> None:
    us_text = (
        "They also exchanged views on economic issues, including preparations for the meetings."
    )
    uk_text = "They also discussed preparations for the summit, where both work together closely."
    other = "The leaders wished each other luck in the football match."
    made = []
    for cid, side, doc, text in (
        ("c1", "a", "us", us_text),
        ("c2", "a", "us", other),
        ("c3", "v", "uk", uk_text),
    ):
        made.append(
            Claim(
                id=cid,
                doc_id=doc,
                speaker_id="s-" + side,
                kind=ClaimKind.INDIRECT,
                content=TextSpan(text, 0, len(text)),
                parts=((0, len(text)),),
                side=side,
            )
        )
    docs = (Document("us", us_text + " " + other), Document("uk", uk_text))
    claims = facet_claims(tuple(made), docs, concepts=CONCEPTS)
    links = link_claims(claims, documents=docs, sides=SIDES, concepts=CONCEPTS)
    reasons = {(link.a, link.b): " ".join(link.reasons) for link in links}
    assert "closest point" in reasons.get(("c1", "c3"), "")
    assert ("c2", "c3") not in reasons


@pytest.mark.parametrize(
    ("gap", "linked"),
    [
        # side by side in one article: each the other's closest point, below the threshold
        (0, True),
        # far apart in one article: a best partner is as often another point
        (6, False),
    ],
)
def test_one_article_links_mutual_best_points_nearby(gap: int, linked: bool) -> None:
    first = "the minister paid his own expenses out of public money"
    second = "the expenses were paid in full and in line with the rules"
    filler = " ".join(f"The road north of the valley was closed on day {n}." for n in range(gap))
    doc = f"The party said {first}. {filler} The observers said {second}."
    claims = facet_claims(
        (claim("c1", "a", first, doc=doc), claim("c2", "v", second, doc=doc)),
        (Document("d", doc),),
        concepts=CONCEPTS,
    )
    links = link_claims(claims, documents=(Document("d", doc),), sides=SIDES, concepts=CONCEPTS)
    reasons = " ".join(r for link in links for r in link.reasons)
    assert ("closest point nearby" in reasons) is linked


def _two_accounts(us: tuple[str, ...], uk: tuple[str, ...]) -> tuple[Claim, ...]:
    """Claims of two readouts of one call: side "a" in document "us", side "v" in "uk"."""
    made, docs = [], []
    for doc, side, texts in (("us", "a", us), ("uk", "v", uk)):
        body, start = "", 0
        for n, text in enumerate(texts):
            start = len(body)
            body += text + " "
            made.append(
                Claim(
                    id=f"{doc}{n}",
                    doc_id=doc,
                    speaker_id="s-" + side,
                    kind=ClaimKind.INDIRECT,
                    content=TextSpan(text, start, start + len(text)),
                    parts=((start, start + len(text)),),
                    side=side,
                )
            )
        docs.append(Document(doc, body))
    return facet_claims(tuple(made), tuple(docs), concepts=CONCEPTS)


@pytest.mark.parametrize(
    ("us", "uk", "pair", "linked"),
    [
        # the bond of the two parties, in each account's words
        (
            (
                "his deep commitment to the special and historic relationship between our two "
                "countries",
                "the leaders wished each other luck in the football match",
            ),
            ("their confidence in the unique strength of the US-UK relationship",),
            ("us0", "uk0"),
            True,
        ),
        # the pair written either way round
        (
            ("the importance of continued U.S.-UK collaboration on the pandemic",),
            ("that UK-US cooperation will be instrumental in tackling Covid",),
            ("us0", "uk0"),
            True,
        ),
        # two different pairs are two bonds
        (
            ("the outcome of the U.S.-England World Cup soccer match",),
            ("their confidence in the unique strength of the US-UK relationship",),
            ("us0", "uk0"),
            False,
        ),
        # a claim naming no pair is left to the other signals
        (
            ("the leaders wished each other luck in the football match",),
            ("their confidence in the unique strength of the US-UK relationship",),
            ("us0", "uk0"),
            False,
        ),
    ],
)
def test_two_accounts_stating_the_bilateral_bond_converge(
    us: tuple[str, ...], uk: tuple[str, ...], pair: tuple[str, str], linked: bool
) -> None:
    links = link_claims(
        _two_accounts(us, uk),
        documents=(),
        sides=SIDES,
        concepts=CONCEPTS,
    )
    found = {(link.a, link.b): link for link in links}
    if not linked:
        assert not any("bond" in r for link in links for r in link.reasons)
        return
    assert pair in found
    assert found[pair].relation is Relation.CONVERGE
    assert any("bond" in r for r in found[pair].reasons)


@pytest.mark.parametrize(
    ("first", "second", "gap", "linked"),
    [
        # two sides judging one effort short, in other words
        ("additional resources are desperately needed", "it is still not enough", 1, True),
        (
            "more beds are badly needed",
            "neither of these two units will be sufficient to isolate the patients",
            0,
            True,
        ),
        # a claim that something is sufficient states no shortfall
        ("additional resources are desperately needed", "the two units are sufficient", 1, False),
        # far apart in one article, they judge different efforts
        ("additional resources are desperately needed", "it is still not enough", 6, False),
    ],
)
def test_two_sides_saying_it_falls_short_converge(
    first: str, second: str, gap: int, linked: bool
) -> None:
    filler = "".join(f"The road north of the valley was closed on day {n}.\n\n" for n in range(gap))
    doc = f"The army said {first}.\n\n{filler}The villagers said {second}."
    claims = (claim("c1", "a", first, doc=doc), claim("c2", "v", second, doc=doc))
    links = link_claims(claims, documents=(Document("d", doc),), sides=SIDES, concepts=CONCEPTS)
    found = [link for link in links if any("falls short" in r for r in link.reasons)]
    assert bool(found) is linked
    if linked:
        assert found[0].relation is Relation.CONVERGE


def _army_twice_villagers_once(
    doc: str, first: str, second: str, answer: str, sides: tuple[Side, ...]
) -> tuple[Link, ...]:
    """Links of a story where the army speaks twice (two speakers of one side) and the villagers
    once: c1 and c2 the army's, c3 the villagers'."""
    claims = facet_claims(
        (
            claim("c1", "a", first, doc=doc),
            replace(claim("c2", "a", second, doc=doc), speaker_id="s-a2"),
            claim("c3", "v", answer, doc=doc),
        ),
        (Document("d", doc),),
        concepts=CONCEPTS,
    )
    return link_claims(claims, documents=(Document("d", doc),), sides=sides, concepts=CONCEPTS)


@pytest.mark.parametrize(
    ("second", "gap", "linked"),
    [
        # one account over two sentences, the other side's one sentence answering both:
        # the second sentence's closest point is the answer, though the answer prefers the first
        ("the drivers of the trucks carried tents across the bridge", 0, True),
        # the same words four sentences away: another point of the story
        ("the drivers of the trucks carried tents across the bridge", 3, False),
        # few words in common: no answer on words alone
        ("the drivers slept in tents by the road", 0, False),
    ],
)
def test_one_article_links_a_claims_closest_point_nearby(
    second: str, gap: int, linked: bool
) -> None:
    first = "the convoy of trucks crossed the river bridge before noon"
    answer = "the convoy of trucks was turned back at the bridge"
    filler = " ".join(f"The market in the old town opened late on day {n}." for n in range(gap))
    doc = f"The army said {first}. It added that {second}. {filler} The villagers said {answer}."
    links = _army_twice_villagers_once(doc, first, second, answer, SIDES)
    reasons = {(link.a, link.b): " ".join(link.reasons) for link in links}
    assert ("closest point nearby of one of them" in reasons.get(("c2", "c3"), "")) is linked


# The closest-point-nearby reason names the shared words, never a side's own name: every
# claim of the story may name the parties (as the sibling steps' reasons leave them out).
@pytest.mark.parametrize(
    ("second", "answer", "quoted", "not_quoted"),
    [
        ("the drivers of the trucks carried tents across the Ruritania bridge",
         "the convoy of trucks was turned back at the Ruritania bridge", "'trucks'", "Ruritania"),
        # control: no party named, the shared words are all quoted
        ("the drivers of the trucks carried tents across the river bridge",
         "the convoy of trucks was turned back at the river bridge", "'trucks'", "Ruritania"),
    ],
)  # fmt: skip
def test_closest_point_reason_leaves_out_the_parties(
    second: str, answer: str, quoted: str, not_quoted: str
) -> None:
    sides = (Side("a", "Ruritania"), Side("v", "Borduvia"))
    first = "the convoy of trucks crossed the river bridge before noon"
    doc = f"The army said {first}. It added that {second}. The villagers said {answer}."
    links = _army_twice_villagers_once(doc, first, second, answer, sides)
    reasons = {(link.a, link.b): link.reasons for link in links}
    (reason,) = [r for r in reasons[("c2", "c3")] if "closest point nearby" in r]
    assert quoted in reason
    assert not_quoted not in reason


@pytest.mark.parametrize(
    ("text", "compared"),
    [
        (
            "the death toll is probably several times higher",
            "toll is probably several times higher",
        ),
        ("the real number of people killed is far lower", "number of people killed is far lower"),
        ("the casualties were exaggerated, the officer said", "casualties were exaggerated"),
        # its own figure: a slot for ``slot_signal``, not a comparison
        ("the toll is higher: 40 people were killed", ""),
        # no event: nothing says which count is compared
        ("the number is much higher", ""),
        # a comparison of no count
        ("prices of bread were higher after the attack", ""),
        # negated or another clause's comparative: no comparison
        ("the number killed was not higher", ""),
        ("the toll was not higher than in previous wars", ""),
        ("the toll wasn't higher", ""),
        ("the toll was still unclear and more fighting was expected", ""),
        ("the toll rose, but more troops were sent", ""),
        # the comparison at the clause's end, however far; a possessive noun; a verb before
        (
            "the real number of people who died in the attack is far higher",
            "number of people who died in the attack is far higher",
        ),
        ("the toll's far higher", "toll's far higher"),
        ("the government had understated the number of dead", "understated the number"),
        ("the number of dead is far greater than that", "number of dead is far greater"),
    ],
)
def test_relative_figure(text: str, compared: str) -> None:
    assert relative_figure(claim("c1", "v", text)) == compared


@pytest.mark.parametrize(
    ("figure", "doubt", "relation"),
    [
        (
            "its soldiers killed eight people in the market",
            "the death toll was many times higher",
            Relation.DIVERGE,
        ),
        # a figure for another event (wounded) is not the toll the doubt compares
        ("eight people were wounded in the market", "the death toll was many times higher", None),
        ("eight people were killed in the market", "the crowd was larger than reported", None),
        # the doubt places or causes its count where the figure's is not
        (
            "34 people were killed in Kabul on Monday",
            "the toll in Kandahar was far higher than the government reported",
            None,
        ),
        (
            "12 people were killed in Tuesday's flooding",
            "the number of deaths from malaria was higher than officials admit",
            None,
        ),
        (
            "eight people were killed in the market",
            "the toll in the market was many times higher",
            Relation.DIVERGE,
        ),
    ],
)
def test_relative_signal(figure: str, doubt: str, relation: Relation | None) -> None:
    signal = relative_signal(claim("c1", "a", figure), claim("c2", "v", doubt), "army", "villagers")
    assert (signal.relation if signal else None) is relation
    if signal is not None:
        assert signal.reason.startswith("figures differ: eight people (army) vs 'toll ")


def test_compared_toll_answers_the_figures_told_just_before() -> None:
    first = "its troops killed six protesters on Monday"
    second = "one person died in hospital on Tuesday"
    doubt = "the real toll is several times higher"
    doc = f"The army said {first}. The army said {second}. A doctor said {doubt}."
    claims = facet_claims(
        (
            claim("c1", "a", first, doc=doc),
            claim("c2", "a", second, doc=doc),
            claim("c3", "v", doubt, doc=doc),
        ),
        (Document("d", doc),),
        concepts=CONCEPTS,
    )
    links = link_claims(claims, documents=(Document("d", doc),), sides=SIDES, concepts=CONCEPTS)
    found = {(link.a, link.b): link for link in links}
    for pair in (("c1", "c3"), ("c2", "c3")):
        assert found[pair].relation is Relation.DIVERGE
        assert any("several times higher" in r for r in found[pair].reasons)


_TWO_SIDES = """\
sides:
  gov:
    name: Government
    members: [government, Government, Hassan, Wek, company]
  opp:
    name: Opposition
    members: [opposition, Opposition, rebels, Rebel, Farouk, Koang, union]
"""


@pytest.mark.parametrize(
    ("text", "first", "second", "linked"),
    [
        # an announcement "of" something answers the claim telling of it, not another
        (
            "The government said teachers would receive a pay rise in the new budget. "
            "The opposition said it welcomed the government's announcement of a new "
            "national stadium.",
            "pay rise",
            "announcement",
            False,
        ),
        (
            "The government said a new national stadium would be built in the north. "
            "The opposition said it welcomed the government's announcement of a new "
            "national stadium.",
            "stadium would be built",
            "announcement",
            True,
        ),
        # "said by phone" is how a reporter reached the speaker, not a call to pair
        (
            "The government said President Kiir met Ugandan President Museveni in Juba on "
            "Monday. Rebel spokesman Lul Koang said by phone on Monday that government troops "
            "had shelled rebel positions near Juba.",
            "met Ugandan",
            "shelled",
            False,
        ),
        # a claim's closest point nearby must share more than the scene (a place, an
        # institution, its people): two points told in one setting stay apart
        (
            "The government said the national football team would play in the capital in May. "
            "The opposition said the national electricity company had cut power to the capital "
            "for days. The government said power in the capital had been restored on Sunday.",
            "football",
            "cut power",
            False,
        ),
        (
            "The company said its new factory in Ohio would hire 500 workers by June. The union "
            "said workers at the Ohio factory had been told to work unpaid overtime. The company "
            "said no worker was asked to work unpaid overtime.",
            "hire 500",
            "unpaid overtime",
            False,
        ),
    ],
)
def test_answers_and_calls_in_two_sided_articles(
    text: str, first: str, second: str, linked: bool
) -> None:
    from attribcmp.profile import parse_profile

    report = pipeline.report([Document("d", text)], parse_profile(_TWO_SIDES))
    by_id = {c.id: c.content.text for c in report.claims}
    found = [
        k
        for k in report.links or ()
        if {first in by_id[k.a], second in by_id[k.b]} == {True}
        or {first in by_id[k.b], second in by_id[k.a]} == {True}
    ]
    assert bool(found) is linked, [(k.a, k.b, k.reasons) for k in report.links or ()]


_DECLARED = (
    "The government said President Hassan had secured re-election. The government said the "
    "new bridge would open in May. Wek said the count gave Hassan 52 percent of the vote. "
    "Farouk said Wek's declaration of Hassan's re-election was a provocation against the "
    "people."
)


@pytest.mark.parametrize(
    ("told", "answered"),
    [
        # a statement named with its content ("Wek's declaration of Hassan's re-election")
        # answers Wek's own claim and each claim of Wek's side that tells that content ...
        ("the count gave Hassan 52 percent", True),
        ("President Hassan had secured re-election", True),
        # ... not the side's other claims
        ("the new bridge would open in May", False),
    ],
)
def test_a_named_declaration_answers_each_telling_of_it(told: str, answered: bool) -> None:
    from attribcmp.profile import parse_profile

    report = pipeline.report([Document("d", _DECLARED)], parse_profile(_TWO_SIDES))
    by_id = {c.id: c.content.text for c in report.claims}
    replies = [
        k
        for k in report.links or ()
        if any(told in by_id[x] for x in (k.a, k.b))
        and any("provocation" in by_id[x] for x in (k.a, k.b))
        and any(r.startswith("reply: names Wek's declaration") for r in k.reasons)
    ]
    assert bool(replies) is answered
    assert all(k.relation is Relation.DIVERGE for k in replies)


_NAMES = ("okoro", "okoro said", "john okoro", "un", "unicef", "the army", "army", "a.b. c.")


@pytest.mark.parametrize(
    "text",
    [
        "John Okoro said; OKORO SAID it. Okoros and okoro",
        "UNICEF, the UN and the Army's army-led army",
        "A.B. C. met a.b. c.d and Un-named unicefs",
        "",
    ],
)
def test_names_pattern_matches_as_a_longest_first_alternation(text: str) -> None:
    """The trie finds the same names at the same places as the plain alternation it replaced."""
    plain = re.compile(
        r"(?i)(?<!\w)("
        + "|".join(re.escape(k) for k in sorted(_NAMES, key=len, reverse=True))
        + r")(?!\w)"
    )
    found = [m.span(1) for m in names_pattern(_NAMES).finditer(text)]
    assert found == [m.span(1) for m in plain.finditer(text)]


_FILLER = " ".join(f"The weather on day {n} was mild." for n in range(12))


@pytest.mark.parametrize(
    ("a", "b", "linked"),
    [
        # one act called unlawful by one side and lawful by the other, far apart: one point
        ("the referendum violates the constitution of the republic",
         "the decision to hold the referendum was in line with international law", True),
        ("the seizure of the tanker was illegal",
         "the tanker seizure was within its rights under maritime rules", True),
        # two acts judged (nothing named in both): no link
        ("the blockade of the port is illegal",
         "the new tax on imports is lawful and fair", False),
        # one side uses both words: it opposes nothing
        ("the court found the strike legal but the pickets illegal",
         "the strike was illegal", False),
    ],
)  # fmt: skip
def test_lawful_and_unlawful_link_one_act(a: str, b: str, linked: bool) -> None:
    doc = f"Officials said {a}. {_FILLER} Their rivals said {b}."
    claims = (claim("c1", "a", a, doc=doc), claim("c2", "v", b, doc=doc))
    sides = (Side("a", "Officials"), Side("v", "Rivals"))
    links = link_claims(claims, documents=(Document("d", doc),), sides=sides, concepts=CONCEPTS)
    framed = [k for k in links if any("(lawful or not)" in r for r in k.reasons)]
    assert bool(framed) is linked
    for k in framed:
        assert k.relation is Relation.DIVERGE


@pytest.mark.parametrize(
    ("a", "b", "clash"),
    [
        # one turnout in two wordings: a head count against "the number of voters at"
        ("more than 8 million people voted in Sunday's election",
         "the actual number of voters at about 2.5 million", True),
        # a share of the voters and a head count are two measures: no clash of figures
        ("more than 41 percent of voters took part in the election",
         "the actual number of voters at about 2.5 million", False),
    ],
)  # fmt: skip
def test_turnout_figures_of_one_measure_clash(a: str, b: str, clash: bool) -> None:
    doc = f"Officials said {a}. Opposition leaders estimated {b}."
    claims = (claim("c1", "a", a, doc=doc), claim("c2", "v", b, doc=doc))
    sides = (Side("a", "Officials"), Side("v", "Opposition"))
    links = link_claims(claims, documents=(Document("d", doc),), sides=sides, concepts=CONCEPTS)
    figures = [k for k in links if any(r.startswith("figures differ") for r in k.reasons)]
    assert bool(figures) is clash
    for k in figures:
        assert k.relation is Relation.DIVERGE


@pytest.mark.parametrize(
    ("text", "key", "held"),
    [
        ("the government threatened legal action", "threat", True),  # the "-en" verb's noun
        ("they strengthened the border posts", "strength", True),
        ("nothing happened at the border", "happ", False),  # too short to be such a verb
    ],
)
def test_polarity_keys_fold_en_verbs(text: str, key: str, held: bool) -> None:
    facets = claim("c1", "a", text).facets
    assert (key in polarity_keys(facets)) is held


def test_slot_headline_names_the_figure_word_once() -> None:
    signal = slot_signal(
        claim("c1", "a", "the death toll from the flooding has risen to 57"),
        claim("c2", "v", "at least 40 people died in the flooding"),
        "army",
        "villagers",
    )
    assert signal is not None
    assert signal.headline == "Death toll: 57 (army) vs at least 40 people (villagers)"
