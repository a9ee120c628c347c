"""Links a reader can trust on texts in the shape of wire stories (a user review found each
failure on new texts; these are made up, none copies them):

- two readouts of one call sharing names and "telephone call" but each telling another point
  are not "the same thing" (link_verdict._points_apart);
- a negated cue of mention ("did not mention any customs office") disputes by omission, as
  "made no mention of" in the words does (classify._omits);
- a denial answers what it denies: "denied that they had been tipped off" says its content
  (no pointer back), and "the casualty numbers were inflated" answers figures, not an
  accusation sharing a word (discourse.deictic, link_rules.affinity, link_answers);
- figures of two measures (turnout, vote share) or of a part and the whole ("in some
  provinces") are no one figure (figures.figures_apart).
"""

from __future__ import annotations

import pytest

from attribcmp.classify import _omits
from attribcmp.discourse import deictic, opens_clause
from attribcmp.figures import figures_apart, local_figure
from attribcmp.model import Document, Link, Relation, Report
from attribcmp.pipeline import compare, report
from tests.faceted import faceted_claim


def _links(rep: Report) -> dict[tuple[str, str], Link]:
    """Links by the first words of their two claims' contents."""
    text = {c.id: c.content.text for c in rep.claims}
    return {(text[k.a], text[k.b]): k for k in rep.links}


def _find(rep: Report, a: str, b: str) -> Link | None:
    """The link between the claims whose contents hold ``a`` and ``b`` (either order)."""
    for (ta, tb), link in _links(rep).items():
        if (a in ta and b in tb) or (a in tb and b in ta):
            return link
    return None


_READOUT_A = (
    'Prime Minister Lena Varga held a "warm and productive" telephone call with Chancellor '
    "Otto Brenn on Friday, her office said, in which the two leaders agreed to expand fishing "
    "quotas next year.\n\nThe two sides also agreed to open a joint customs office at the "
    "river port, the statement said.\n"
)
_READOUT_B = (
    "Chancellor Otto Brenn told Prime Minister Lena Varga in a telephone call on Friday that "
    "Selmark must withdraw its warships from the northern strait, the chancellery said.\n\n"
    "The two leaders agreed to stay in touch, it said, but it {omits} any customs office at "
    "the port.\n"
)


@pytest.mark.parametrize(
    ("omits", "a", "b", "relation"),
    [
        # names and "telephone call" are the frame; fishing quotas and warships two points
        ("did not mention", "fishing quotas", "warships", Relation.PARTIAL),
        # a negated cue of mention disputes what the other readout states
        ("did not mention", "customs office at the river", "customs office at the port",
         Relation.DIVERGE),
        ("never referred to", "customs office at the river", "customs office at the port",
         Relation.DIVERGE),
    ],
)  # fmt: skip
def test_two_readouts_of_one_call(omits: str, a: str, b: str, relation: Relation) -> None:
    docs = (
        Document("a", _READOUT_A, issuer="a"),
        Document("b", _READOUT_B.format(omits=omits), issuer="b"),
    )
    link = _find(compare(docs), a, b)
    assert link is not None
    assert link.relation is relation
    assert "the accounts say the same thing" not in link.reasons


def test_one_point_in_other_words_still_converges() -> None:
    # control: one word of wording each ("developments" / "the current situation") is one
    # subject, not two points
    docs = (
        Document("a", "President Joe Ames and Prime Minister Ann Rowe spoke today regarding "
                 "developments in Varnia, the White House said.\n", issuer="a"),
        Document("b", "The Prime Minister spoke to President Ames this evening about the "
                 "current situation in Varnia, Downing Street said.\n", issuer="b"),
    )  # fmt: skip
    links = compare(docs).links
    assert links
    assert all(k.relation is Relation.CONVERGE for k in links)


@pytest.mark.parametrize(
    ("cue", "omits"),
    [
        ("did not mention", True),
        ("never referred to", True),
        ("didn't mention", True),
        # a mention is made, or the cue denies: no omission
        ("mentioned", False),
        ("did not deny", False),
        ("did not say", False),
    ],
)
def test_omission_cues(cue: str, omits: bool) -> None:
    assert _omits(cue) is omits


_STRIKE = (
    "DARROW, May 3 - Shelling hit a school in the eastern town of Darrow and killed at least "
    "twenty pupils, parents and a local teacher said on Friday.\n\n"
    "The police said the operation targeted a bomb workshop and killed six gunmen. "
    '"They are hiding the truth about the children," said Mira Tal, a mother whose son '
    "was hurt.\n\n"
    "However, the interior ministry said in a statement that the casualty numbers spread by "
    '"enemy websites" were inflated.\n\n'
    "The police denied that they had been tipped off about the market day. The Red Cross "
    'called for calm. "Any shelling of a school would be a serious breach of the law," '
    "spokesman Ivo Dane said in Vienna.\n"
)
_VOTE = (
    "TARVA, June 1 - The election board said the ruling party won fifty-eight percent of the "
    "vote. Board chairman Ken Aro said turnout was sixty-four percent.\n\n"
    'Opposition leader Nia Bell said the count was rigged. "We took forty-nine percent," she '
    "said. Her party said its monitors had been turned away from two hundred polling "
    "stations.\n\n"
    "The board denied that monitors had been turned away. An observer mission chief, Per "
    "Holm, said turnout in some provinces exceeded one hundred percent.\n"
)


@pytest.mark.parametrize(
    ("text", "a", "b", "linked"),
    [
        # a denial of figures answers no remark on what "would be" a breach
        (_STRIKE, "casualty numbers", "serious breach", False),
        # "denied that they had been tipped off": no pointer back at the mother's words
        (_STRIKE, "tipped off", "hiding the truth", False),
        (_STRIKE, "tipped off", "serious breach", False),
        # a denial of barred monitors answers the monitors, not the vote figures
        (_VOTE, "monitors had been turned away", "its monitors", True),
        (_VOTE, "that monitors had been turned away", "forty-nine percent", False),
        (_VOTE, "that monitors had been turned away", "turnout was", False),
    ],
)
def test_what_a_denial_answers(text: str, a: str, b: str, linked: bool) -> None:
    rep = report((Document("d", text),))
    denials = [k for k in rep.links if "denial" in k.signals]
    pair = _find(rep, a, b)
    assert (pair is not None and pair in denials) is linked


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        # one measure: the vote share both give
        ("won fifty-eight percent", "We took forty-nine percent", True),
        # turnout against a vote share, a national figure against "some provinces"
        ("turnout was sixty-four", "We took forty-nine percent", False),
        ("turnout was sixty-four", "in some provinces", False),
    ],
)
def test_figures_of_other_measures_do_not_conflict(a: str, b: str, conflict: bool) -> None:
    link = _find(report((Document("d", _VOTE),)), a, b)
    assert (link is not None and link.relation is Relation.DIVERGE) is conflict


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        ("turnout was 61 percent", "we took 51 percent", True),
        ("turnout was 61 percent", "turnout in some districts exceeded 100 percent", True),
        ("they won 54 percent of the vote", "we took 51 percent", False),
        ("turnout was 61 percent", "turnout was 48 percent", False),
        # no measure named: either may be the other's
        ("12 people were killed", "30 people died", False),
        # tolls of two events: those detained and those killed
        ("authorities have detained 304 people", "24 people have been killed", True),
        ("42 protesters were arrested", "17 people were wounded", True),
        # the dead and the casualties are one toll told two ways
        ("5 soldiers were killed", "there were 9 casualties", False),
        ("11 people were injured", "the death toll rose to 14", False),
    ],
)
def test_figures_apart(a: str, b: str, apart: bool) -> None:
    doc = f"{a}. {b}."
    assert figures_apart(faceted_claim(doc, "c1", "x", a), faceted_claim(doc, "c2", "y", b)) is (
        apart
    )


@pytest.mark.parametrize(
    ("text", "local"),
    [
        ("turnout in some districts exceeded 100 percent", True),
        ("prices rose 40 percent in several provinces", True),
        ("turnout was 61 percent nationwide", False),
        ("some voters waited four hours", False),
    ],
)
def test_local_figure(text: str, local: bool) -> None:
    assert local_figure(faceted_claim(text, "c1", "x", text)) is local


@pytest.mark.parametrize(
    ("text", "clause", "points_back"),
    [
        ("that observers had been barred", True, False),
        ("that it had been warned about the market day", True, False),
        ("that troops were present", True, False),
        # a word for a statement, or a pronoun subject: it points back
        ("that claim was false", False, True),
        ("that is complete nonsense", False, True),
        ("that account is wrong", False, True),
    ],
)
def test_that_clause_or_pointer(text: str, clause: bool, points_back: bool) -> None:
    claim = faceted_claim(text, "c1", "x", text, cue="denied")
    assert opens_clause(claim) is clause
    assert deictic(claim) is points_back


@pytest.mark.parametrize(
    ("told", "answer", "negated"),
    [
        # "ballot" in two senses, the negation on another verb: no negated point
        ("it had found cases of ballot stuffing in four provinces",
         "the opposition could not win at the ballot box", False),
        # the negation on the shared word itself
        ("the two sides were to sign the truce on Monday", "they will not sign the truce",
         True),
    ],
)  # fmt: skip
def test_polarity_needs_the_word_negated(told: str, answer: str, negated: bool) -> None:
    from attribcmp.signals import polarity_keys, polarity_signal
    from attribcmp.textfeatures import analyse_text, load_concepts, said_text

    doc = f"{told}. {answer}."
    ca, cb = faceted_claim(doc, "c1", "x", told), faceted_claim(doc, "c2", "y", answer)
    keys_b = polarity_keys(cb.facets)
    shared = [o for o in polarity_keys(ca.facets) if o in keys_b]
    feats = {c.id: analyse_text(said_text(c), load_concepts()) for c in (ca, cb)}
    assert (polarity_signal(ca, cb, shared, feats) is not None) is negated


_THANKS = (
    '"Given Boris Johnson\'s announcement of resignation, the President expressed gratitude," '
    "the office said. The Prime Minister briefed him on his Administration's response to the "
    "review. He said support from Kenya mattered. Talks with China went on."
)


@pytest.mark.parametrize(
    ("text", "left_out"),
    [
        # "Given" only ever opens a quote: its capital is the sentence's, not a name's
        ("Given Boris Johnson's announcement of resignation", ["boris", "johnson"]),
        # "his Administration's response": an institution's word, no element of its own
        ("his Administration's response to the review", []),
        # a name written mid-sentence stays a name the other account leaves out
        ("support from Kenya mattered", ["kenya"]),
    ],
)
def test_capitalised_common_words_are_no_names_left_out(text: str, left_out: list[str]) -> None:
    from attribcmp.link_verdict import _names_left_out

    claim = faceted_claim(_THANKS, "c1", "a", text)
    assert _names_left_out(claim, "The two leaders spoke about the review.", _THANKS) == left_out


@pytest.mark.parametrize(
    ("name", "common"),
    [
        ("given", True),  # opens a quote, nowhere else capitalised
        ("year", True),  # a calendar word of data/mute.yaml: "the New Year" names no element
        ("china", False),  # capitalised mid-sentence: a name
        ("boris", False),
    ],
)
def test_common_word(name: str, common: bool) -> None:
    from attribcmp.link_verdict import _common_word

    assert _common_word(name, _THANKS) is common
