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
from attribcmp.model import Document, Link, Report
from attribcmp.pipeline import compare


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
        # a name is one speaker in both accounts
        ("the Red Cross", "the Red Cross", True),
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
