"""Columns a story's own wording settles (sides23): an outlet's staff, a headline's "Report:",
the country a headline names, the declared winner of a national election.

Texts are written for these tests in the shape of real stories (a magazine's pick of the year,
a wire report on a mayor's meetings, a government accusing a foreign power); each row gives
the column the claim must end in and the words its reason must hold. Negative rows show where
each rule must not reach.
"""

from __future__ import annotations

import pytest

from tests.side_helpers import column_and_reason

_PICK = (
    "Weekly Names Its Person of the Year\n\n"
    "Meridian Magazine said it chose Ana Tor as its person of the year. Sam Holt, Meridian’s "
    "assistant managing editor, explained to reporters why Tor was selected.\n\n"
    "Holt said Tor had held the region together through two crises.\n"
)
_REPORT = (
    "Report: Half the mayor's meetings were with donors; office says list 'cherry-picked'\n\n"
    "A spokesman for Mayor Dan Ruiz called a report suggesting donors were granted greater "
    "access “outrageous.”\n\n"
    "The report published Tuesday showed that more than half of the mayor's meetings were "
    "with donors.\n"
)
_RHETORIC = (
    "Officials in Bolivia have accused the United States of funding protests in Bolivia. The "
    "United States denies any role, and U.S. officials call the charge baseless.\n\n"
    "President Ramon Diaz said the protests were paid for from abroad.\n"
)

_RECOUNT = (
    "Bolivian Opposition Candidate Rejects Diaz Victory\n\n"
    "Bolivia's Electoral Council has declared Ramon Diaz the winner of the nation's presidential "
    "election by a slim margin. But opposition candidate Luis Vera is demanding a recount.\n\n"
    "Vera said the count was riddled with fraud.\n\n"
    '"That is not how it happened," Diaz said, claiming that he won by 300,000 votes.\n'
)


@pytest.mark.parametrize(
    ("text", "said", "column", "why"),
    [
        # an outlet's staff speak for the outlet the story quotes, under its full name
        (_PICK, "held the region together", "Meridian Magazine", "works for 'Meridian Magazine'"),
        # negative: "Meridian" is no outlet's short name when the story quotes none
        (
            _PICK.replace("Meridian Magazine said it", "The board said it"),
            "held the region together",
            "Meridian",
            "speaks for 'Meridian'",
        ),
        # a headline's "Report:" opens no column "a report" could join
        (_REPORT, "more than half", "Other speakers", "nothing names"),
        # the headline names the story's country: "President X" is its president, and
        # "Anti-American" says what the rhetoric is against, not whose story it is
        (
            "Bolivia's Anti-American Campaign Rallies Supporters\n\n" + _RHETORIC,
            "paid for from abroad",
            "Bolivia",
            "the article is about Bolivia",
        ),
        # negative: with no headline the opening's counts alone decide
        (_RHETORIC, "paid for from abroad", "United States", "the article is about United"),
        # the declared winner of a national election holds the state's office
        (_RECOUNT, "not how it happened", "Bolivia", "the article is about Bolivia"),
        # negative: a winner of anything else holds no office
        (
            _RECOUNT.replace("the nation's presidential election", "a local chess tournament"),
            "not how it happened",
            "Other speakers",
            "nothing names",
        ),
    ],
)
def test_story_column(text: str, said: str, column: str, why: str) -> None:
    side, reason = column_and_reason(text, said)
    assert (side, why in reason) == (column, True), reason
