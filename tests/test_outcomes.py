"""Rival results, a result challenged, a settlement both sides confirm (outcomes.py).

The texts are made up in the shape of real election and strike stories."""

from __future__ import annotations

import pytest

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
from attribcmp.outcome_links import _sentence
from attribcmp.outcomes import read_outcome
from attribcmp.textfeatures import load_concepts

CONCEPTS = load_concepts()


def _read(text: str, cue: str = "said", sentence: str = "") -> tuple[str, tuple[str, ...]] | None:
    made = Claim("c", "d", "s", ClaimKind.INDIRECT, TextSpan(text, 0, len(text)),
                 ((0, len(text)),), cue=TextSpan(cue, 0, len(cue)), side="a")  # fmt: skip
    found = read_outcome(facet_claims((made,), (Document("d", text),), concepts=CONCEPTS)[0],
                         sentence)  # fmt: skip
    return None if found is None else (found.kind, found.winner)


@pytest.mark.parametrize(
    ("text", "cue", "sentence", "expected"),
    [
        # the speaker itself won: "its" stands for its own side
        ("its candidate had won the March 4 elections", "claimed", "", ("result", ("its",))),
        ("the alliance won Saturday's vote", "said", "", ("result", ("alliance",))),
        # "a victory for X": the winner follows; the contest is in the sentence
        ("a victory for the governing alliance on the islands", "declared",
         "The electoral board has declared a victory for the governing alliance on the islands",
         ("result", ("governing", "alliance"))),
        # the top share of the vote won, its names rather than titles
        ("Governor Ama Mensah took 54.1 percent of the vote, while Kofi Owusu got 44.3 percent",
         "said", "", ("result", ("governor", "ama", "mensah"))),
        ("Mr. Owusu had received almost 52 percent of the vote and the governor 47 percent",
         "said", "", ("result", ("owusu",))),
        # a name in an apposition before the comma ("the governor, Ama Mensah, got")
        ("Kofi Owusu took 44.3 percent of the vote, while the governor, Ama Mensah, got 54.1"
         " percent", "said", "", ("result", ("ama", "mensah"))),
        # a growth rate or a poll's margin is no share of the vote
        ("output will grow by 1.6 percent while exports expand 2.1 percent", "forecast",
         "The election is near", None),
        # a challenge to the result: rigging, or a doubted credibility
        ("the other of massive rigging in the poll", "accused", "", ("challenge", ())),
        ("the credibility of the election results", "have questioned", "", ("challenge", ())),
        ("the vote could not be called free and fair", "said", "", ("challenge", ())),
        ("the vote was free and fair", "said", "", None),
        # a flawed count, a vote to hold again: challenges
        ("the vote was compromised", "said", "", ("challenge", ())),
        ("the opposition wants to rerun the election", "said", "", ("challenge", ())),
        # an agreement on the count, a plan redone: no challenge
        ("both sides compromised on the count of the votes", "said", "", None),
        ("the parties agreed to redo the seating plan for the vote", "said", "", None),
        # observers' verdicts on the count, and a demand to hold the vote again
        ("an obvious anomaly in the election results", "cited", "", ("challenge", ())),
        ("all results from that province were compromised", "said", "", ("challenge", ())),
        ("the flawed election took away their rights", "said", "", ("challenge", ())),
        ("a new commission to redo this presidential poll", "called for", "",
         ("challenge", ())),
        # ... but an anomaly or a flaw of something else is no challenge of a vote
        ("an anomaly in the budget figures", "cited", "The election is near", None),
        # a result approved stands: a result with no winner named
        ("we are naturally very satisfied with these results", "says",
         "The ruling party says after the election we are naturally very satisfied with these"
         " results", ("result", ())),
        ("the government welcomed the outcome of the vote", "said", "", ("result", ())),
        # ... not when refused or negated, nor an approval of something else
        ("the party refused to welcome the results of the vote", "said", "", None),
        ("we are not satisfied with the election results", "said", "", None),
        ("the patients were satisfied with their care", "said", "The election is near", None),
        # the result itself rejected, contested or challenged ...
        ("opposition parties will contest the results given by the board", "told", "",
         ("challenge", ())),
        ("it will challenge the official count in the supreme court", "said", "",
         ("challenge", ())),
        ("the results", "rejected", "", ("challenge", ())),
        ("those results", "disputed", "", ("challenge", ())),
        # a demand to count the vote again or to void it: the result does not stand
        ("we will demand that the vote be recounted in every district", "said", "",
         ("challenge", ())),
        ("a recount of the votes", "demanded", "", ("challenge", ())),
        ("the board must declare the results invalid and hold a new poll", "says", "",
         ("challenge", ())),
        # the result refused: a negated verb of accepting before or after the result
        ("he would not recognize the results until every ballot is counted", "said", "",
         ("challenge", ())),
        ("the party will never accept the outcome of this vote", "said", "",
         ("challenge", ())),
        ("the results announced by the board do not reflect the will of the voters", "said",
         "", ("challenge", ())),
        # ... but accepting it, a refusal of something else, or no result named, is none
        ("he will recognize the results once they are final", "said", "", None),
        ("the union did not accept the offer of the vote organisers", "said", "", None),
        ("the figures do not reflect the situation in the hospitals", "said",
         "The election is near", None),
        ("a recount of the stock in the warehouse", "ordered", "", None),
        # a doubt about the count in the claim's own words, whatever its cue
        ("the vote was calm, but they voiced concern about the reliability of the totals",
         "said", "The election is over", ("challenge", ())),
        # ... not a doubt about something else, nor a quality praised
        ("they voiced concern about the reliability of the ferry timetable", "said", "",
         None),
        ("the transparency of the count was exemplary", "said", "", None),
        # the result declared beyond doubt stands
        ("the results as the irreversible outcome of the election", "described", "",
         ("result", ())),
        # ... but advice, a condition or a refusal to contest is none
        ("losing candidates should use the courts to contest the outcome", "said", "", None),
        ("if the parties reject the results the vote will be rerun", "said", "", None),
        ("the alliance will not dispute the count", "said", "", None),
        # a rejecting cue over the result told in full: the claim is the result
        ("results that show Ama Mensah won 54.1 percent of the vote", "rejecting", "",
         ("result", ("ama", "mensah"))),
        # a count that gives the shares ("giving X 54 percent")
        ("early results, giving Ama Mensah 54 percent of the vote and Kofi Owusu 44 percent",
         "announced", "", ("result", ("ama", "mensah"))),
        # a margin of votes is no share: the winner is the subject of "won", not "by"
        ("he won by 30,000 votes", "said", "", ("result", ())),
        ("the alliance won the election by a slim margin", "said", "",
         ("result", ("alliance",))),
        # ... while a survey's margin of error still makes its leader no winner
        ("the governor won 46 percent of the vote, within the margin of error", "said", "",
         None),
        # "one winner" names nobody
        ("in every election there is one winner", "said", "", ("result", ())),
        # credibility praised, fraud denied, rigging of a tender: no challenge of a vote
        ("the credibility of the election results", "praised", "", None),
        ("there was no evidence of fraud in the vote", "said", "", None),
        ("so he would not be accused of rigging the vote", "said", "", None),
        ("the new rules could lead to voter fraud in the election", "warned", "", None),
        ("rigging in the tender for the new bridge", "alleged", "", None),
        # a win with no contest around it, or a negated win, is no result
        ("the plan won praise from donors", "said", "", None),
        ("the alliance did not win the vote", "said", "", None),
        # a forecast, a hope or a pundit's guess is no result
        ("the party will win the election", "predicted", "", None),
        ("only his campaign can beat the governor at the polls", "said", "", None),
        ("I think the winner of the vote will be the governor", "said", "", None),
        # a season of primaries has a winner in each state
        ("his Iowa win in the primary", "cited", "", None),
        # a pronoun names nobody: a result with no winner to compare
        ("he won the election", "said", "", ("result", ())),
        # settlements, told in other words
        ("the unions accepted the offer and called off the strike", "said", "",
         ("settlement", ())),
        ("the deal ends the strike", "said", "", ("settlement", ())),
        ("nurses will return to work on Monday", "said", "", ("settlement", ())),
        ("it signed the accord", "said", "", ("settlement", ())),
        # a strike threatened, a deal refused or called off, a signing aborted: no settlement
        ("they would strike if the offer is not improved", "warned", "", None),
        ("they threatened to call off the talks and strike", "said", "", None),
        ("the union refused to sign the agreement", "said", "", None),
        ("the government called off the signing of the accord", "said", "", None),
    ],
)  # fmt: skip
def test_read_outcome(
    text: str, cue: str, sentence: str, expected: tuple[str, tuple[str, ...]] | None
) -> None:
    assert _read(text, cue, sentence) == expected


SIDES = (Side("b", "electoral board"), Side("p", "opposition"), Side("u", "union"),
         Side("g", "government"))  # fmt: skip
SPEAKERS = (
    Speaker("s-b", "the electoral board", SpeakerKind.ORGANISATION, side="b"),
    Speaker("s-p", "the opposition party", SpeakerKind.ORGANISATION, side="p"),
    Speaker("s-u", "the nurses union", SpeakerKind.ORGANISATION, side="u"),
    Speaker("s-g", "the health ministry", SpeakerKind.ORGANISATION, side="g"),
)


def _links(doc: str, told: tuple[tuple[str, str], ...]) -> dict[tuple[str, str], Relation]:
    """Links between the claims (side, text) of ``doc`` that the outcome step gave reasons."""
    claims: list[Claim] = []
    for k, (side, text) in enumerate(told):
        start = doc.find(text)
        assert start >= 0, text
        claims.append(Claim(f"c{k + 1}", "d", "s-" + side, ClaimKind.INDIRECT,
                            TextSpan(text, start, start + len(text)),
                            ((start, start + len(text)),),
                            cue=TextSpan("said", 0, 4), side=side))  # fmt: skip
    documents = (Document("d", doc),)
    faceted = facet_claims(tuple(claims), documents, concepts=CONCEPTS)
    links = link_claims(faceted, documents=documents, speakers=SPEAKERS, sides=SIDES,
                        concepts=CONCEPTS)  # fmt: skip
    marks = ("rival results:", "result challenged:", "both confirm the settlement:")
    return {(k.a, k.b): k.relation for k in links if any(r.startswith(marks) for r in k.reasons)}


ELECTION = (
    "Islanders Vote in Tight Race\n\n"
    "The electoral board said the alliance won Saturday's vote. "
    "The opposition party said its candidate had won the election. "
    "The electoral board said Ama Mensah took 54.1 percent of the vote. "
    "The opposition party said the board's count showed Ama Mensah took 54 percent of the vote. "
    "The opposition party accused the board of massive rigging in the poll. "
)
ELECTION_CONTESTED = (
    "Opposition to Fight Island Result\n\n"
    "The electoral board said the alliance won Saturday's vote. "
    "The opposition party said its lawyers will challenge the official count. "
)
ELECTION_REFUSED = (
    "Opposition Will Not Recognise Island Result\n\n"
    "The electoral board said the alliance won Saturday's vote by 30,000 votes. "
    "The opposition party said it would not recognize the results until every vote is counted. "
    "The opposition party said the ferry service will not run on Sunday. "
)
ELECTION_APPROVED = (
    "Ruling Alliance Wins Island Vote\n\n"
    "The electoral board said the alliance won Saturday's vote. "
    "The opposition party accused the board of massive rigging in the poll. "
    "The health ministry said we are very satisfied with these results. "
)
ELECTION_FORECAST = (
    "Opposition Demands Island Recount\n\n"
    "The opposition party accused the board of massive rigging in the poll. "
    "The government said Ama Mensah would be proclaimed the winner of the election on Friday. "
)
STRIKE = (
    "Nurses End Strike\n\n"
    "The nurses union said its members accepted the offer and called off the strike. "
    "The health ministry said the deal ends the strike. "
    "The nurses union said it threatened to strike again next year. "
    "The health ministry said talks would resume. "
)


@pytest.mark.parametrize(
    ("doc", "told", "expected"),
    [
        # two winners: the board's alliance vs the opposition's own candidate
        (ELECTION, (("b", "the alliance won Saturday's vote"),
                    ("p", "its candidate had won the election")),
         {("c1", "c2"): Relation.DIVERGE}),
        # the same winner told twice is no clash
        (ELECTION, (("b", "Ama Mensah took 54.1 percent of the vote"),
                    ("p", "the board's count showed Ama Mensah took 54 percent of the vote")),
         {}),
        # the result against a charge of rigging
        (ELECTION, (("b", "the alliance won Saturday's vote"),
                    ("p", "the board of massive rigging in the poll")),
         {("c1", "c2"): Relation.DIVERGE}),
        # the result against the other side's plan to contest it
        (ELECTION_CONTESTED, (("b", "the alliance won Saturday's vote"),
                              ("p", "its lawyers will challenge the official count")),
         {("c1", "c2"): Relation.DIVERGE}),
        # the result against a refusal to recognise it, in words no challenge lexicon had
        (ELECTION_REFUSED, (("b", "the alliance won Saturday's vote by 30,000 votes"),
                            ("p", "it would not recognize the results until every vote is"
                                  " counted")),
         {("c1", "c2"): Relation.DIVERGE}),
        # ... but the opposition's word on another matter is no answer to the result
        (ELECTION_REFUSED, (("b", "the alliance won Saturday's vote by 30,000 votes"),
                            ("p", "the ferry service will not run on Sunday")),
         {}),
        # a challenge answers the result of each side that tells one: the board's count and
        # a third side's approval of it
        (ELECTION_APPROVED, (("b", "the alliance won Saturday's vote"),
                             ("p", "the board of massive rigging in the poll"),
                             ("g", "we are very satisfied with these results")),
         {("c1", "c2"): Relation.DIVERGE, ("c2", "c3"): Relation.DIVERGE}),
        # a result told as what will happen ("would be proclaimed the winner") is a plan, not
        # the result the charge contests
        (ELECTION_FORECAST, (("p", "the board of massive rigging in the poll"),
                             ("g", "Ama Mensah would be proclaimed the winner of the"
                                   " election on Friday")),
         {}),
        # an approval and a result agree: no clash between them
        (ELECTION_APPROVED, (("b", "the alliance won Saturday's vote"),
                             ("g", "we are very satisfied with these results")),
         {}),
        # both sides confirm the settlement in their own words
        (STRIKE, (("u", "its members accepted the offer and called off the strike"),
                  ("g", "the deal ends the strike")),
         {("c1", "c2"): Relation.CONVERGE}),
        # a strike threatened is no settlement
        (STRIKE, (("u", "it threatened to strike again next year"),
                  ("g", "the deal ends the strike")),
         {}),
        # one side alone confirming twice is not two sides agreeing
        (STRIKE, (("u", "its members accepted the offer and called off the strike"),
                  ("u", "it threatened to strike again next year"),
                  ("g", "talks would resume")),
         {}),
    ],
)  # fmt: skip
def test_outcome_links(
    doc: str, told: tuple[tuple[str, str], ...], expected: dict[tuple[str, str], Relation]
) -> None:
    assert _links(doc, told) == expected


@pytest.mark.parametrize(
    ("joiner", "lines"),
    [("\n\n", 200), ("\n\n", 800), (" ", 200), (" ", 800)],
    ids=["paragraphs-200", "paragraphs-800", "run-on-200", "run-on-800"],
)
def test_a_claims_sentence_is_bounded_whatever_the_text(joiner: str, lines: int) -> None:
    """One claim a line with no '. ' between (or one endless run-on): each claim's sentence
    stays near the claim, so reading outcomes is linear in the text, not quadratic."""
    line = "The minister said the budget would cut fuel subsidies this year"
    text = joiner.join([line] * lines)
    start = text.index("the budget", len(text) // 2)
    span = TextSpan(text[start : start + 20], start, start + 20)
    claim = Claim("c", "d", "s", ClaimKind.INDIRECT, span, ((span.start, span.end),))
    assert len(_sentence(claim, {"d": text})) <= 20 + 2 * 400


# "... and a dozen allied parties won 124 out of the 137 seats": the winner's words picked
# out of the clause read "dozen allied parties out won", which no reader finds in the text.
SEATS = (
    "Ruling Bloc Sweeps Vote\n\n"
    "Officials said the ruling coalition and a dozen allied parties won 124 out of the 137 seats. "
    "The opposition party said its own candidates had won the vote. "
)


def test_outcome_reason_quotes_the_claims_own_words() -> None:
    told = (
        ("b", "the ruling coalition and a dozen allied parties won 124 out of the 137 seats"),
        ("p", "its own candidates had won the vote"),
    )
    claims: list[Claim] = []
    for k, (side, text) in enumerate(told):
        start = SEATS.find(text)
        claims.append(Claim(f"c{k + 1}", "d", "s-" + side, ClaimKind.INDIRECT,
                            TextSpan(text, start, start + len(text)),
                            ((start, start + len(text)),),
                            cue=TextSpan("said", 0, 4), side=side))  # fmt: skip
    documents = (Document("d", SEATS),)
    faceted = facet_claims(tuple(claims), documents, concepts=CONCEPTS)
    links = link_claims(faceted, documents=documents, speakers=SPEAKERS, sides=SIDES,
                        concepts=CONCEPTS)  # fmt: skip
    reasons = [r for k in links for r in k.reasons if r.startswith("rival results:")]
    assert reasons
    for reason in reasons:
        # "rival results: <side>: <words> / <side>: <words>": each run of words is the claim's
        for part, (_side, text) in zip(reason.split(" / "), told, strict=True):
            assert part.split(": ")[-1] in text.lower(), reason


def test_a_run_of_commas_before_a_share_reads_no_winner() -> None:
    """Bad input never gives a traceback: the apposition rule ("the governor, Ama Mensah,
    got") once stepped back through every comma of a run, past the stack's depth."""
    text = "Kofi Owusu took 44.3 percent of the vote, while the governor" + ", " * 1500
    assert _read(text + " got 54.1 percent") is None
