"""Links between sides that the report used to miss on real stories, one shape per table.
The articles are made up, in the shape of wire reports of a dispute; each row says whether
the claim holding ``a`` and the claim holding ``b`` must be linked."""

from __future__ import annotations

import pytest

from attribcmp import pipeline
from attribcmp.link_answers import written_as_name
from attribcmp.model import Document, Report


def _report(text: str) -> Report:
    return pipeline.report((Document("d", text),))


def _linked(report: Report, a: str, b: str) -> bool:
    """Some link joins a claim whose content holds ``a`` and one whose content holds ``b``."""
    ids_a = {c.id for c in report.claims if a in c.content.text}
    ids_b = {c.id for c in report.claims if b in c.content.text}
    assert ids_a and ids_b, "the claims the row names were not found"
    return any({k.a, k.b} & ids_a and {k.a, k.b} & ids_b for k in report.links)


# -- a reply naming a speaker by a three-letter name ("Guo's account") -------------------------

_SHORT_NAME_REPLY = (
    "Port Authority Answers Tycoon\n\n"
    "Exiled tycoon Guo Lanfeng said on Tuesday that his cargo was held in March because of "
    "pressure from the government.\n\n"
    "Guo said he would take the matter to court.\n\n"
    "The Velmora Port Authority said in a statement that {reply}\n"
)


@pytest.mark.parametrize(
    ("reply", "linked"),
    [
        # the name governs a word for what Guo said: a reply to him
        ("Guo's account leaves out eleven months of unpaid storage fees.", True),
        ("the figures given by Guo ignore eleven months of unpaid storage fees.", True),
        # Guo is not named: nothing ties the two
        ("eleven months of storage fees were never paid.", False),
    ],
)
def test_reply_names_a_three_letter_name(reply: str, linked: bool) -> None:
    report = _report(_SHORT_NAME_REPLY.format(reply=reply))
    assert _linked(report, "take the matter to court", "eleven months") is linked


@pytest.mark.parametrize(
    ("written", "names"),
    [
        ("Guo", True),
        ("Kim", True),
        # a three-letter name written in lower case is a word ("may", "lee", "ban")
        ("may", False),
        ("ban", False),
        # longer names count however they are written
        ("whitcombe", True),
        ("Whitcombe", True),
    ],
)
def test_written_as_name(written: str, names: bool) -> None:
    assert written_as_name(written) is names

