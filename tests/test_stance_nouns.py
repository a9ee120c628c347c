"""A stance verb's noun or gerund is no cue (cue_checks._stance_noun): readouts list acts
("Houthi attacks against merchant vessels", "including supporting Ukraine") that no one in
the sentence takes a stance by. The sentences are made up, in the shape of call readouts."""

from __future__ import annotations

import pytest

from tests.claim_shapes import claim_shapes


@pytest.mark.parametrize(
    ("text", "cue", "absent"),
    [
        # the plural noun before "against" or a participle
        ("The leaders discussed ongoing Houthi attacks against merchant vessels in the Red Sea.",
         "", "attacks"),
        ("The two leaders discussed the need to counter continuing threats and challenges "
         "facing the region.", "discussed", "challenges"),
        # a gerund opening an item of a list
        ("President Dale and Prime Minister Ward discussed the importance of close cooperation "
         "on global challenges, including supporting Ukraine as it rebuilds its grid.",
         "discussed", "supporting"),
        # controls: the verbs stay cues
        ("Senator Dale attacks the governor's budget as reckless.", "attacks", ""),
        ("The mayor defends against the charge that he misled voters.", "defends", ""),
        ("Senator Dale challenges the governor to release the report.", "challenges", ""),
    ],
)  # fmt: skip
def test_stance_noun_is_no_cue(text: str, cue: str, absent: str) -> None:
    cues = [c for _m, c, _parts in claim_shapes(text)]
    if cue:
        assert cue in cues
    if absent:
        assert absent not in cues
