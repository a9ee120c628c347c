"""Two governments' accounts of one meeting (``compare``), on texts in the shape of readouts
(a user review found each failure on new texts; these are made up, none copies them):

- each account's "the ministry" / "the foreign ministry" is its own issuer's body: a
  description is read in its own document, never merged into the other account's body or a
  third side (attribute/speakers.py, attribute/merge.py);
- a duration ("lasted one hour") and a relative amount ("double", "raise by 40 percent") are
  figures, compared as such (textfeatures, quantities); a "same phrase" reason quotes what
  both claims write (signals.phrase_signal);
- an omission ("made no mention of", "was not on the agenda") set against the other account's
  statement of the point diverges (classify._left_out, _omits).
"""

from __future__ import annotations

import pytest

from attribcmp.attribute import attribute_claims
from attribcmp.attribute.entities import own_to_document
from attribcmp.classify import _left_out, _omits
from attribcmp.denials import described_only
from attribcmp.model import Document, Link, Relation, Report
from attribcmp.pipeline import compare
from attribcmp.quantities import find_quantities
from attribcmp.signals import phrase_signal
from attribcmp.textcompare import number_conflicts
from attribcmp.textfeatures import analyse_text, load_concepts

CONCEPTS = load_concepts()


def _link(rep: Report, a: str, b: str) -> Link | None:
    """The link between the claims whose contents hold ``a`` and ``b`` (either order)."""
    text = {c.id: c.content.text for c in rep.claims}
    for k in rep.links or ():
        ta, tb = text[k.a], text[k.b]
        if (a in ta and b in tb) or (a in tb and b in ta):
            return k
    return None


# -- each account's own bodies --------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "one_speaker"),
    [
        # one account's description is not the other's body, worded alike or not
        ("the foreign ministry", "the ministry", False),
        ("the ministry", "the ministry", False),
        ("the foreign ministry", "the foreign ministry", False),
        # a state body named only by what it is: each government has one
        ("the Foreign Ministry", "the Foreign Ministry", False),
        ("the Ministry of Defence", "the Defence Ministry", False),
        # a name is one speaker in both accounts
        ("the Red Cross", "the Red Cross", True),
        ("the Kremlin", "the Kremlin", True),
        ("Nordland's Foreign Ministry", "Nordland's Foreign Ministry", True),
    ],
)
def test_a_description_belongs_to_its_own_account(
    first: str, second: str, one_speaker: bool
) -> None:
    docs = (
        Document("north", f"ROMA, June 4 - The talks on fishing quotas were useful, {first} "
                 "said.\n", issuer="north"),
        Document("south", f"LIMA, June 4 - The talks on fishing quotas ended without a deal, "
                 f"{second} said.\n", issuer="south"),
    )  # fmt: skip
    rep = compare(docs)
    by_doc = {c.doc_id: c for c in rep.claims if "quotas" in c.content.text}
    assert set(by_doc) == {"north", "south"}
    assert (by_doc["north"].speaker_id == by_doc["south"].speaker_id) is one_speaker
    if not one_speaker:
        speakers = {s.id: s for s in rep.speakers}
        # each body stands on its own account's side, and no third side is made of them
        assert speakers[by_doc["north"].speaker_id].side == by_doc["north"].side == "north"
        assert speakers[by_doc["south"].speaker_id].side == by_doc["south"].side == "south"
        assert {s.id for s in rep.sides} == {"north", "south"}


@pytest.mark.parametrize(
    ("name", "own"),
    [
        ("the ministry", True),
        ("The foreign ministry", True),
        ("the Foreign Ministry", True),
        ("Ministry of Foreign Affairs", True),
        ("the Army", True),
        # a name of one body, or a state body with its country, is one in every account
        ("the Kremlin", False),
        ("Nordland's Foreign Ministry", False),
        ("Nordic Foreign Ministry", False),
        ("Samuel Okafor", False),
    ],
)
def test_own_to_document(name: str, own: bool) -> None:
    assert own_to_document(name) is own


def test_one_account_keeps_its_body_across_sentences() -> None:
    # control: within one account "the ministry" again is the same body, and "It" is too
    text = (
        "The talks were useful, the ministry said. It added that a deal was close. "
        "The ministry said a second round would follow.\n"
    )
    claims, speakers = attribute_claims([Document("north", text, issuer="north")])
    assert len({c.speaker_id for c in claims}) == 1


def test_a_pronoun_opening_an_account_is_not_the_other_accounts_speaker() -> None:
    docs = [
        Document("north", "Foreign Minister Ida Holm said the talks were useful.\n"),
        Document("south", "He said the talks had failed.\n"),
    ]
    claims, speakers = attribute_claims(docs)
    names = {s.id: s.name for s in speakers}
    (south,) = [c for c in claims if c.doc_id == "south"]
    assert names[south.speaker_id] != "Ida Holm"


# -- durations and relative amounts are figures -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the session lasted one hour", [("1", "hour")]),
        ("prices went up by one percent", [("1", "percent")]),
        # "one" as a pronoun or in "one day" (some day) is no figure
        ("one of them said it was over", []),
        ("the country could one day join", []),
        # a verb that multiplies is a rise or fall in percent
        ("they agreed to double exports", [("100", "percent rise")]),
        ("it pledged to halve the deficit", [("50", "percent fall")]),
        ("output tripled", [("200", "percent rise")]),
        # ... but not as an adjective or an idiom
        ("it was a double blow", []),
        ("the firm doubled down on its plan", []),
        # "by N percent" after a verb of change is a change; a level is not
        ("to raise exports by 40 percent", [("40", "percent rise")]),
        ("to cut spending by about 10 percent", [("10", "percent fall")]),
        ("turnout was 50 percent", [("50", "percent")]),
    ],
)
def test_figures_read(text: str, expected: list[tuple[str, str]]) -> None:
    numbers = analyse_text(text, CONCEPTS).numbers
    assert [(n.value, n.unit) for n in numbers] == expected


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ("the session lasted one hour", "the session lasted four hours", True),
        ("they agreed to double exports", "they agreed to raise exports by 40 percent", True),
        # one change told two ways
        ("it pledged to halve the deficit", "it pledged to cut the deficit by 50 percent", False),
        # a rise against a fall is a pair of opposite predicates, not of figures
        ("prices rose by 5 percent", "prices fell by 5 percent", False),
        # a change is never set against a level
        ("turnout rose by 10 percent", "turnout was 60 percent", False),
    ],
)
def test_figures_compared(a: str, b: str, conflict: bool) -> None:
    conflicts, _notes, _hl_a, _hl_b = number_conflicts(
        analyse_text(a, CONCEPTS), analyse_text(b, CONCEPTS), "A", "B"
    )
    assert bool(conflicts) is conflict


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the session lasted one hour", [(1.0, "duration")]),
        ("one of the guards was hurt", []),
        ("the country could one day join", []),
    ],
)
def test_one_unit_is_a_quantity(text: str, expected: list[tuple[float, str]]) -> None:
    assert [(q.value, q.kind) for q in find_quantities(text)] == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # one concept in two words: each claim's own words, never one phrase
        ("the talks lasted two hours", "the meeting lasted an hour",
         "alike phrases: 'talks lasted' / 'meeting lasted'"),
        ("the fishing quotas were set", "new fishing quotas", "same phrase: 'fishing quotas'"),
    ],
)  # fmt: skip
def test_phrase_reason_quotes_both_claims(a: str, b: str, expected: str) -> None:
    fa, fb = analyse_text(a, CONCEPTS), analyse_text(b, CONCEPTS)
    shared = [
        pair
        for pair in zip(fa.tokens, fa.tokens[1:], strict=False)
        if set(pair) <= set(fb.tokens) and not any(t.startswith("#") for t in pair)
    ]
    signal = phrase_signal(shared[:1], fa, fb)
    assert signal is not None and signal.reason == expected


_MEETING_A = (
    "OSLO, June 4 - Foreign Minister Ida Holm and her Kanuri counterpart, Tunde Adeyemi, agreed "
    "on Tuesday to {a_fig} fish exports by 2028, the foreign ministry said.\n\n"
    "The talks lasted {a_time}, a ministry spokesman, Per Lund, said.\n"
)
_MEETING_B = (
    "ABUJA, June 4 - The two sides agreed to {b_fig} fish exports over four years, the ministry "
    "said.\n\n"
    "A ministry spokeswoman, Grace Obi, said the meeting lasted {b_time}.\n"
)


@pytest.mark.parametrize(
    ("a_fig", "b_fig", "a_time", "b_time", "relation"),
    [
        ("double", "raise by 40 percent", "two hours", "one hour", Relation.DIVERGE),
        # control: one figure told alike
        ("double", "double", "one hour", "one hour", Relation.CONVERGE),
    ],
)
def test_accounts_with_other_figures_diverge(
    a_fig: str, b_fig: str, a_time: str, b_time: str, relation: Relation
) -> None:
    docs = (
        Document("north", _MEETING_A.format(a_fig=a_fig, a_time=a_time), issuer="north"),
        Document("south", _MEETING_B.format(b_fig=b_fig, b_time=b_time), issuer="south"),
    )
    rep = compare(docs)
    exports = _link(rep, "fish exports by 2028", "fish exports over four years")
    lasted = _link(rep, f"lasted {a_time}", f"lasted {b_time}")
    assert exports is not None and lasted is not None
    assert exports.relation is relation
    assert lasted.relation is relation
    if relation is Relation.DIVERGE:
        assert "the accounts say the same thing" not in exports.reasons + lasted.reasons
        assert exports.headline == "Figures differ: 'double' (north) vs '40 percent' (south)"
        assert "two hours (north) vs one hour (south)" in lasted.headline


# -- an account silent on a point -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("made no mention of the case of Ana Ruiz", "made no mention"),
        ('the fishing ban "was not on the agenda"', "was not on the agenda"),
        ("visa rules were not discussed", "were not discussed"),
        ("the minister did not raise the case", "did not raise"),
        # a negation of something else leaves nothing out
        ("the plan was not approved", ""),
        ("no deal was reached", ""),
    ],
)
def test_left_out(text: str, left: str) -> None:
    assert _left_out(text) == left


@pytest.mark.parametrize(
    ("cue", "omits"),
    [
        ("made no mention of", True),
        ("made no reference to", True),
        ("made no comment on", False),
    ],
)
def test_no_in_a_cue_of_mention_omits(cue: str, omits: bool) -> None:
    assert _omits(cue) is omits


def test_made_no_mention_is_the_cue() -> None:
    claims, _speakers = attribute_claims(
        [Document("d", "The ministry made no mention of the fishing ban.\n")]
    )
    assert [(c.cue.text if c.cue else "", c.content.text) for c in claims] == [
        ("made no mention of", "the fishing ban")
    ]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # a denial verb describing a noun denies nothing
        ("returns of rejected asylum seekers should be faster", ()),
        ("talks over disputed fishing grounds", ()),
        ("the ministry rejected the plan", ("rejected",)),
    ],
)
def test_described_denial_is_no_negation(text: str, kept: tuple[str, ...]) -> None:
    assert described_only(text, analyse_text(text, CONCEPTS).negations) == kept


_RAISED = (
    "OSLO, June 4 - Foreign Minister Ida Holm raised the case of jailed blogger Marta Quist, the "
    "foreign ministry said. The ministers agreed that returns of rejected migrants should be "
    "faster, it said.\n"
)


@pytest.mark.parametrize(
    ("silent", "a", "b"),
    [
        ("The ministry made no mention of the blogger Marta Quist.", "Marta Quist",
         "the blogger Marta Quist"),
        ('A spokeswoman, Grace Obi, said returns of migrants "were not on the agenda".',
         "returns of rejected migrants", "returns of migrants"),
    ],
)  # fmt: skip
def test_an_omission_diverges_from_the_statement(silent: str, a: str, b: str) -> None:
    docs = (
        Document("north", _RAISED, issuer="north"),
        Document("south", f"ABUJA, June 4 - The talks were frank, the ministry said. {silent}\n",
                 issuer="south"),
    )  # fmt: skip
    link = _link(compare(docs), a, b)
    assert link is not None
    assert link.relation is Relation.DIVERGE
    assert any("south leaves it out" in r for r in link.reasons), link.reasons
