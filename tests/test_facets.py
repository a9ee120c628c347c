"""Claim facets: event classes, quantities with what they count, polarity (facets.py)."""

from __future__ import annotations

import pytest

from attribcmp.facets import extract_facets, facet_claims
from attribcmp.model import Claim, ClaimKind, Document, TextSpan
from attribcmp.quantities import find_quantities
from attribcmp.textfeatures import load_concepts

CONCEPTS = load_concepts()
INF = None


@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        # (low, high, noun, kind, event) of each quantity
        (
            "the army said its strike killed 12 fighters",
            "",
            [(12, 12, "fighters", "persons", "killing")],
        ),
        (
            "16 people died, most of them farmers",
            "",
            [(16, 16, "people", "persons", "killing"), (0.51, 0.51, "farmers", "share", "killing")],
        ),
        ("officials put the toll at 40", "", [(40, 40, "toll", "persons", "killing")]),
        # "the number of voters at N": the noun after "number of" is counted, whatever kind
        # of figure the sentence before gave
        (
            "the opposition put the number of voters at 2.5 million",
            "Officials said turnout was 41 percent of voters.",
            [(2.5e6, 2.5e6, "voters", "persons", "election")],
        ),
        ("3 million voters cast ballots", "", [(3e6, 3e6, "voters", "persons", "election")]),
        (
            "they gave a figure of 30",
            "Police fired on protesters, killing several.",
            [(30, 30, "figure", "persons", "killing")],
        ),
        (
            "at least nine protesters were shot dead",
            "",
            [(9, INF, "protesters", "persons", "killing")],
        ),
        ("up to 22 soldiers were wounded", "", [(0, 22, "soldiers", "persons", "injury")]),
        ("more than 70 people were arrested", "", [(71, INF, "people", "persons", "arrest")]),
        ("dozens were injured", "", [(24, 99, "injured", "persons", "injury")]),
        ("the project cost 1.5 million dollars", "", [(1.5e6, 1.5e6, "dollars", "money", "cost")]),
        (
            "a third of the victims were children",
            "",
            [(0.3333, 0.3333, "victims", "share", "killing")],
        ),
        (
            "between 12 and 15 militants were killed",
            "",
            [(12, 15, "militants", "persons", "killing")],
        ),
        (
            "two dozen police and three hundred people",
            "",
            [(24, 24, "police", "persons", ""), (300, 300, "people", "persons", "")],
        ),
        ("the drone flew at 20,000 feet", "", [(20000, 20000, "feet", "distance", "attack")]),
        # a demonym before the noun: the noun is what is counted
        ("the shelling killed 40 Zembian farmers", "", [(40, 40, "farmers", "persons", "killing")]),
        ("it killed 30 Zembian villagers", "", [(30, 30, "villagers", "persons", "killing")]),
        # a number of sources is no toll, even beside a harm word
        (
            "four hospital officials who said the dead were all men",
            "",
            [(4, 4, "officials", "sources", "")],
        ),
        ("two witnesses told the radio 12 died", "", [(2, 2, "witnesses", "sources", ""),
                                                      (12, 12, "", "", "killing")]),
        # a scale word standing alone after "a", and a bound before the article
        ("over a thousand farmers were killed", "", [(1001, INF, "farmers", "persons", "killing")]),
        ("a million people fled the floods", "", [(1e6, 1e6, "people", "persons", "displacement")]),
        ("more than a hundred houses burned", "",
         [(101, INF, "houses", "buildings", "destruction")]),
        # a toll of nought is a figure when people are counted for a harm
        ("no civilians were killed in the raid", "", [(0, 0, "civilians", "persons", "killing")]),
        ("no evidence of a raid was found", "", []),
        # "other" before a noun is a determiner: the noun is what is counted
        ("the fighting spread to three other sites", "",
         [(3, 3, "sites", "site", "attack")]),
        ("two other soldiers were killed", "", [(2, 2, "soldiers", "persons", "killing")]),
        ("three others were wounded", "", [(3, 3, "others", "persons", "injury")]),
        # two scales multiply
        ("three hundred thousand people fled", "",
         [(3e5, 3e5, "people", "persons", "displacement")]),
        # "the two" before people counted for a harm is a toll, not the story's pair
        ("The two soldiers were killed by army fire.", "",
         [(2, 2, "soldiers", "persons", "killing")]),
        ("the two men were arrested at dawn", "", [(2, 2, "men", "persons", "arrest")]),
        # a turnout counts whoever came to what the text before names: a rally's people ...
        ("police said the turnout was 28,000", "Organizers say 100,000 people joined the rally.",
         [(28000, 28000, "turnout", "persons", "protest")]),
        # ... or a poll's voters; never the poll just because the word is "turnout"
        ("the turnout was 8 million",
         "Officials said 9 million voters were registered for the poll.",
         [(8e6, 8e6, "turnout", "persons", "election")]),
        # a figure a verb reaches ("risen to", "stands at") names its figure word as the
        # clause's subject, further back; "the number of X" counts X
        ("the death toll from the flooding in the valley has risen to 57", "",
         [(57, 57, "death toll", "persons", "killing")]),
        ("the number of measles cases in the capital has now risen to 31", "",
         [(31, 31, "cases", "case", "")]),
        # "a fatalities count of 281": the word before the figure word names what it counts
        ("a fatalities count of 281 issued Friday by the ministry", "",
         [(281, 281, "fatalities count", "persons", "killing")]),
        # "as many as 100": one figure, the vague "many" belongs to the bound
        ("the shelling killed as many as 100 villagers", "",
         [(0, 100, "villagers", "persons", "killing")]),
        # the next figure counts the next noun
        ("the clinic saw at least 40 cases and five deaths", "",
         [(40, INF, "cases", "case", "killing"), (5, 5, "deaths", "persons", "killing")]),
        # a sum per period keeps its period; "an average of" is still the figure
        ("the fund will spend £3.1 billion a year on roads", "",
         [(3.1e9, 3.1e9, "a year", "money", "cost")]),
        ("an average of $40 million per year", "", [(4e7, 4e7, "per year", "money", "")]),
        ("the union wants $90 per month", "", [(90, 90, "per month", "money", "")]),
        # a figure set beside a toll in its sentence counts the toll's dead, whatever event
        # word stands nearer
        ("the death toll in the riots is far higher than the official figure of about 300", "",
         [(255, 345, "figure", "persons", "killing")]),
        # the full stop is no part of the noun; no casualties denies any dead first of all
        ("There were no French casualties.", "", [(0, 0, "casualties", "persons", "killing")]),
        ("no soldiers were injured", "", [(0, 0, "soldiers", "persons", "injury")]),
        # a sum spread over a span keeps the span; its number is no count of its own
        ("the agency will spend £12 billion over four years on roads", "",
         [(1.2e10, 1.2e10, "over four years", "money", "cost")]),
        # a pronoun after the noun opens a clause: its words are not counted
        ("the site holds 9,000 files it plans to publish", "",
         [(9000, 9000, "files", "file", "")]),
        # "all of them": who the whole count were, a share of it
        ("12 people died, all of them farmers", "",
         [(12, 12, "people", "persons", "killing"), (1, 1, "farmers", "share", "killing")]),
        # a verb after a sum is not what it counts
        ("a pension of $70 does not cover rent", "", [(70, 70, "", "money", "")]),
    ],
)  # fmt: skip
def test_quantities(
    text: str, context: str, expected: list[tuple[float, float | None, str, str, str]]
) -> None:
    found = find_quantities(text, context)
    got = [(q.low, q.high, q.noun, q.kind, q.event) for q in found]
    assert got == [
        (float(lo), None if hi is None else float(hi), n, k, e) for lo, hi, n, k, e in expected
    ]


@pytest.mark.parametrize(
    "text",
    [
        "in 2019 the talks resumed",  # a year
        "the meeting on March 4 went well",  # a date
        "Ahmed Khan, 34, said he saw it",  # an age
        "call 555-0142 or (202) 555-0199 for details",  # phone numbers
        "the No. 2 official resigned",  # a rank
        "Article 5 applies, said the minister",  # a label
        "the strike hit Area 51",  # a label closing the text (looked past the end)
        "the talks began at 10:30",  # a time
        "a 34-year-old man said he saw it",  # an age
        "one of them said it was over",  # "one" as a pronoun
        "the two leaders discussed the need to counter threats",  # the pair, not a count
        "the two sides agreed to keep talking",
        "the two Korean leaders met at the border",  # a modifier before the pair noun
        "the two countries signed the accord",
        "the two foreign ministers spoke by phone",
        "the two pilots ejected over the border",  # the pair told of before, no harm counted
        "no one knows how many people have died",  # a question, no count
        "backed the two working groups on the ceasefire",  # the pair, no people counted
        "",
    ],
)
def test_not_counts(text: str) -> None:
    assert find_quantities(text) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (low, high, noun) of each quantity: number words the first reading split or missed
        ("twenty-five people died", [(25, 25, "people")]),
        ("one hundred and twelve people died", [(112, 112, "people")]),
        ("two hundred and fifty-six soldiers", [(256, 256, "soldiers")]),
        ("one million people fled", [(1e6, 1e6, "people")]),
        # negative: two figures joined by "and" stay two; "one-sided" is no number
        ("one hundred and two hundred people", [(100, 100, "people"), (200, 200, "people")]),
        ("a one-sided account of 4 deaths", [(4, 4, "deaths")]),
        # ranges in words, thousands grouped by a thin space
        ("between twenty and thirty-five people died", [(20, 35, "people")]),
        ("ten to twelve soldiers", [(10, 12, "soldiers")]),
        ("12\u2009000 fighters were killed", [(12000, 12000, "fighters")]),
        # negative: "and" between two clauses joins no range
        ("killed three and wounded five", [(3, 3, "wounded"), (5, 5, "")]),
        # a run of digits too long for a float is no count (JSON cannot carry inf)
        ("9" * 400 + " fighters were killed", []),
    ],
)
def test_number_words_and_overflow(
    text: str, expected: list[tuple[float, float | None, str]]
) -> None:
    got = [(q.low, q.high, q.noun) for q in find_quantities(text)]
    assert got == [(float(lo), None if hi is None else float(hi), n) for lo, hi, n in expected]


def test_parts_inherit_the_event_of_their_whole() -> None:
    found = find_quantities("killed 22 civilians, including nine children, and wounded 31 others")
    assert [(q.value, q.event, q.part) for q in found] == [
        (22, "killing", False),
        (9, "killing", True),
        (31, "injury", False),
    ]


def test_figure_text_leaves_the_full_stop() -> None:
    (q,) = find_quantities("the raid killed 1,500 Zembian citizens.")
    assert q.text == "1,500 Zembian citizens"


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        # every item of a list after "included" is a part of the whole
        ('the dead included "at least 5 nurses and about 30 pupils"', [True, True]),
        ("the wounded include 3 guards, 4 cooks and 2 drivers", [True, True, True]),
        # ", and" opens a new clause in news style: a new figure, not an item
        ("killed 20 miners, including 6 boys, and 9 guards were hurt", [False, True, False]),
        ("20 miners died and 9 guards were hurt", [False, False]),
    ],
)
def test_listed_parts(text: str, parts: list[bool]) -> None:
    assert [q.part for q in find_quantities(text)] == parts


def test_three_of_the_twelve() -> None:
    found = find_quantities("three of the 12 dead were farmers")
    assert [(q.value, q.part) for q in found] == [(3, True), (12, False)]


def test_thousands_of_equal_numbers_stay_linear() -> None:
    text = " ".join(["12 people were killed."] * 3000)
    assert len(find_quantities(text)) == 3000


@pytest.mark.parametrize(
    ("text", "cue", "events", "denial", "negated"),
    [
        ("the two firms fixed prices for years", "said", ("accusation", "cost"), "", False),
        ("we broke no rules", "said", ("violation", "denial"), "broke no", True),
        (
            "that the deal had been cancelled",
            "denied",
            ("agreement", "suspension", "denial"),
            "denied",
            False,
        ),
        ("the accusation is baseless", "", ("accusation", "denial"), "baseless", False),
        ("no visit has been scheduled or agreed", "", ("meeting", "agreement"), "", True),
        # a call told as being on the phone, or spoken by phone, is a meeting of the two
        ("the president was on the phone with his counterpart", "", ("meeting",), "", False),
        ("the two ministers talked by phone", "", ("meeting",), "", False),
        ("the phone records were sealed", "", (), "", False),
        ("the leaders held talks by phone", "", ("meeting",), "", False),
        # "by phone" / "on the phone" after a speech verb is how a reporter reached the speaker
        ("Koang said by phone on Monday that troops had left", "", (), "", False),
        ("the spokesman told reporters on the phone that troops had left", "", (), "", False),
        ("the weather was fine", "did not deny", (), "", False),  # a negated cue denies nothing
        # "broke" before a particle is a phrasal verb: fighting that broke out breaks no rule
        ("gunfire broke out during a meeting", "", ("meeting",), "", False),
        ("the talks broke down", "", ("meeting",), "", False),
        ("they broke the law", "", ("violation",), "", False),
        # lives kept from harm are no deaths; lives claimed are
        ("to uphold freedom of navigation and protect lives at sea", "", (), "", False),
        ("the strike claimed the lives of 11 civilians", "", ("attack", "killing"), "", False),
        # the cue refuses what was asked for: no denial
        ("a request to restore a week of early voting", "rejected", ("election",), "", False),
        # a month beside a day is a date, not a protest march
        ("304 people were detained since March 16", "", ("arrest",), "", False),
        ("thousands joined the march on Friday", "", ("protest",), "", False),
        ("", "", (), "", False),
    ],
)
def test_events_and_polarity(
    text: str, cue: str, events: tuple[str, ...], denial: str, negated: bool
) -> None:
    facets = extract_facets(text, cue=cue, concepts=CONCEPTS)
    assert facets.events == events
    assert facets.denial == denial
    assert facets.negated is negated
    assert len(facets.event_words) == len(facets.events)


@pytest.mark.parametrize(
    ("text", "denial"),
    [
        # the speaker's own denial or dismissal
        ("the ministry's figures lack credibility", "lack credibility"),
        ("the whole inquiry is a witch hunt", "witch hunt"),
        ("they rejected the charge", "rejected"),
        ("the claim, which we reject, is false", "false"),
        # someone else's denial reported in a clause of its own: not the speaker's
        ("nine guards died in the blast, an allegation the company strongly denies", ""),
        ("the convoy was shelled, which the rebels deny", ""),
        ("the order was denied by the court", ""),
        # the noun names a quarrel; no one denies anything
        ("the dispute is about the name of the deal", ""),
        ("polls show a close contest in the state", ""),
        # a participle phrase keeps its form: "accounted for" denies losses, "accounts for" not
        ("all our soldiers are accounted for", "accounted for"),
        ("the system accounts for 25 percent of inmates", ""),
        ("trade disputes will weigh on growth", ""),
        # an "-ed" form between a preposition and its noun names a thing in dispute
        ("the talks over disputed oil fields stalled", ""),
        ("farmers were evicted from contested land", ""),
        ("the case of rejected visa applicants", ""),
        ("warships patrolled near disputed islands", ""),
        ("troops were posted at contested crossings", ""),
        ("ships sailed through disputed waters", ""),
        ("the road to contested villages was closed", ""),
        ("fighting between rejected recruits broke out", ""),
        ("boats moved around disputed reefs", ""),
        ("the fleet sailed towards disputed islands", ""),
        ("patrols inside contested zones went on", ""),
        ("mines lay within disputed waters", ""),
        ("land under contested ownership was seized", ""),
        ("a ship anchored off disputed islands", ""),
        ("fishing beyond disputed lines was banned", ""),
        # ... but after its subject, or taking "by" or "that", it is a verb
        ("the ministry disputed the toll", "disputed"),
        ("the figure was disputed by the army", ""),
        ("in their statement they rejected that account", "rejected"),
        # ... the verb, with its subject or "to", does deny
        ("we dispute the figures", "dispute"),
        ("it is hard to deny the toll", "deny"),
        # refusing what was asked for is no denial of what was said
        ("the court rejected a request to restore early voting", ""),
        ("the judge dismissed the lawsuit", ""),
        # "denied" meaning kept from: a passive with the thing after it
        ("thousands of pupils had been denied the chance to sit the exam", ""),
        ("detainees were denied access to lawyers", ""),
        # ... a passive with nothing after it, or "that", is a denial still
        ("the report was denied outright", "denied"),
        ("it was denied that troops fired", "denied"),
        ("denying us justice is un-American", ""),
        ("the ministry rejected the report as false", "rejected"),
        # called unsupported: the family of "no evidence"
        ("their observations were not based on real proof", "not based on"),
        ("the charges are unsubstantiated", "unsubstantiated"),
        # what the other side said is called untrue a few words after the negation
        (
            "a group so far away could not have given an accurate account",
            "not have given an accurate",
        ),
        ("their tally is not credible", "not credible"),
        ("the mayor never gave a true picture of the flood", "never gave a true"),
        # not knowing the true figure denies nothing
        ("we do not know the true number of the dead", ""),
        # what happened is said never to have happened
        ("the raid on the depot never happened", "never happened"),
        ("we checked the facts on the ground and nothing has happened", "nothing has happened"),
        # figures said to measure something else cannot be set beside the other side's
        (
            "these figures count permits, not residents, and cannot be accurately compared",
            "cannot be accurately compared",
        ),
        ("the two surveys are not directly comparable", "not directly comparable"),
        # an adjective for a fault in a thing ("incorrect voter lists") calls no account
        # untrue; before a word for a statement, or standing as a predicate, it does
        ("low turnout, incorrect voter lists, and voters not receiving cards", ""),
        ("the smugglers carried false passports", ""),
        ("these are false claims by the army", "false claims"),
        ("this is fake news", "fake"),
        ("an inaccurate report", "inaccurate"),
        ("the figure is incorrect", "incorrect"),
        ("the charge is false and misleading", "false"),
        # a statement noun with a fault as its predicate is rejected, however long the subject
        (
            "the agency's announcement that the fever has killed 40 people in the hill district "
            "was based on improper counting",
            "was based on improper",
        ),
        ("the corruption charges were politically motivated", "were politically motivated"),
        ("the inspectors' figures are flawed, the ministry said", "are flawed"),
        # a fault in a deed or a person, or a statement in another sentence, rejects nothing
        ("his conduct at the depot was improper", ""),
        ("the judge was biased", ""),
        ("the report came out on Monday. The judge was biased", ""),
        # "part of a smear campaign" accuses whoever made the allegations: no fault word
        ("the allegations were part of a smear campaign", ""),
        # what was published is called untrue or twisted
        ("the column is full of falsehoods about the port", "falsehoods"),
        ("the paper misrepresents what the council decided", "misrepresents"),
        ("the broadcast misquoted the harbour master", "misquoted"),
        ("his remarks were misreported", "misreported"),
        ("Quite simply, this is wrong.", "this is wrong"),
        # ... but "wrong" alone calls no one's words untrue
        ("engineers are looking at what went wrong with the pump", ""),
        ("the parcel went to the wrong address", ""),
    ],
)
def test_whose_denial(text: str, denial: str) -> None:
    assert extract_facets(text, concepts=CONCEPTS).denial == denial


@pytest.mark.parametrize(
    ("cue", "text", "denial"),
    [
        # a calling cue, a word for a statement as its object, a fault as what it is called
        ("called", "the council’s case “badly flawed.”", "flawed"),
        ("described", "the charges of ballot stuffing as a political hit", "political hit"),
        ("called", "the latest audit report into question", "into question"),
        ("called", "the tabloid story an attempt to defame the club", "attempt to defame"),
        ("branded", "the findings a farce", "farce"),
        # ... not a deed called a farce, nor a statement called something good
        ("called", "the rally a farce", ""),
        ("called", "the findings accurate", ""),
        # ... nor without a calling cue
        ("said", "the report was a stunt to win votes", ""),
    ],
)
def test_a_statement_called_faulty(cue: str, text: str, denial: str) -> None:
    assert extract_facets(text, cue=cue, concepts=CONCEPTS).denial == denial


@pytest.mark.parametrize(
    ("text", "negated"),
    [
        # someone else's denial, reported beside the claim: the claim itself asserts
        ("nine guards died in the blast, an allegation the company strongly denies", False),
        ("the company denies that nine guards died", True),
        ("no guards died in the blast", True),
    ],
)
def test_only_the_claims_own_negation_negates_it(text: str, negated: bool) -> None:
    assert extract_facets(text, concepts=CONCEPTS).negated is negated


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("the crew took steps to minimise civilian casualties", ()),
        ("the plan reduces the risk of injuries to workers", ()),
        ("allegations of civilian deaths were reviewed", ("accusation", "investigation")),
        ("the reports about guards shot at the gate", ()),
        ("the claim that guards shot two men is old", ()),
        ("twelve workers were injured", ("injury",)),
        ("the blast injured the risk officer", ("attack", "injury")),
    ],
)
def test_possible_or_reported_harm_is_no_event(text: str, events: tuple[str, ...]) -> None:
    assert extract_facets(text, concepts=CONCEPTS).events == events


@pytest.mark.parametrize(
    ("text", "attack"),
    [
        ("the Vietnamese vessel rammed a Chinese boat", True),  # a ship driven into another
        ("seven ships chased the vessel before ramming it", True),
        ("the government rammed through the new budget", False),  # a bill forced, not struck
    ],
)
def test_ramming_is_an_attack(text: str, attack: bool) -> None:
    assert ("attack" in extract_facets(text, concepts=CONCEPTS).events) is attack


def test_hedges_and_participants() -> None:
    facets = extract_facets(
        "the drone allegedly belonged to Acme Aerospace", hedged=False, concepts=CONCEPTS
    )
    assert facets.hedged
    assert "Acme Aerospace" in facets.participants
    assert "drone" not in facets.objects  # an event word, not an object


def test_facet_claims_reads_context_from_the_document() -> None:
    text = "Rescuers pulled more bodies from the rubble on Monday. Officials put the toll at 40."
    start = text.index("the toll")
    claim = Claim(
        id="c1",
        doc_id="d",
        speaker_id="s1",
        kind=ClaimKind.INDIRECT,
        content=TextSpan(text[start:-1], start, len(text) - 1),
        parts=((start, len(text) - 1),),
    )
    (out,) = facet_claims((claim,), (Document("d", text),), concepts=CONCEPTS)
    assert out.facets is not None
    (q,) = out.facets.quantities
    assert (q.value, q.kind, q.event) == (40, "persons", "killing")


@pytest.mark.parametrize(
    ("text", "event_words", "denial"),
    [
        # a sentence's full stop is no part of the word a reason quotes or a stem matches
        ("in the context of the Boston bombing.", ("bombing",), ""),
        ("There were no UK casualties.", ("casualties",), ""),
        ("the charges are groundless.", ("charges", "groundless"), "groundless"),
        # an abbreviation keeps its dots
        ("U.S. forces attacked the base", ("attacked",), ""),
    ],
)
def test_event_and_denial_words_leave_the_full_stop(
    text: str, event_words: tuple[str, ...], denial: str
) -> None:
    facets = extract_facets(text, concepts=CONCEPTS)
    assert facets.event_words == event_words
    assert facets.denial == denial
