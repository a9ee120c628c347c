"""An account given no ``--side`` stands for the one country or body its file name names
(review18, finding 6: the links of two readouts changed with whether ``--side`` was typed)."""

from __future__ import annotations

import pytest

from attribcmp.account_labels import label_from_file_name, labels_from_file_names
from attribcmp.model import Document
from attribcmp.pipeline import compare


@pytest.mark.parametrize(
    ("name", "label"),
    [
        ("us_whitehouse.txt", "us"),
        ("china_mfa.txt", "china"),
        ("readouts/kremlin-2021.txt", "kremlin"),
        ("united_states_readout.txt", "united states"),
        ("UK-statement.md", "uk"),
        ("pakistan", "pakistan"),
        # a two-letter word is a country code, as in --side (code review 18: "au" was the AU)
        ("au_dfat.txt", "au"),
        ("pk.txt", "pk"),
        # negative rows: no name, a function word a gazetteer also spells, two countries
        ("no_2_statement.txt", None),
        ("local.txt", None),
        ("what_is_said.txt", None),
        ("us_china_summit.txt", None),
        ("statement.txt", None),
    ],
)
def test_label_from_file_name(name: str, label: str | None) -> None:
    assert label_from_file_name(name) == label


@pytest.mark.parametrize(
    ("names", "taken", "expected"),
    [
        (["us_whitehouse.txt", "china_mfa.txt"], [], ["us", "china"]),
        # two files naming one country stay named after their files
        (["us_statehouse.txt", "us_pentagon.txt"], [], [None, None]),
        # the other account's --side already stands for that country
        (["washington_post.txt"], ["us"], [None]),
        (["kremlin.txt", "notes.txt"], ["china"], ["kremlin", None]),
        # "au" and "australia" name one country: neither file stands for it alone
        (["au_statement.txt", "australia_dfat.txt"], [], [None, None]),
    ],
)
def test_labels_from_file_names(
    names: list[str], taken: list[str], expected: list[str | None]
) -> None:
    assert labels_from_file_names(names, taken) == expected


US = (
    "Readout of the President's call\n\n"
    "President Harlan spoke today with President Chen of China. President Harlan "
    "underscored that the United States policy on trade has not changed.\n"
)
CHINA = (
    "President Chen speaks with U.S. President Harlan by phone\n\n"
    "President Chen said that China and the United States should keep talking on trade "
    "and that China opposes new tariffs.\n"
)


def _links(report: object) -> list[tuple[str, str, str]]:
    return sorted((link.a, link.b, link.relation.value) for link in report.links or ())  # type: ignore[attr-defined]


def test_a_file_name_gives_the_side_the_label_would() -> None:
    """The same two readouts, once labelled by hand and once by their file names: the same
    sides, links and groups; the second run says what it took from the names."""
    by_hand = compare(
        [
            Document("us_whitehouse.txt", US, issuer="us"),
            Document("china_mfa.txt", CHINA, issuer="china"),
        ]
    )
    by_name = compare([Document("us_whitehouse.txt", US), Document("china_mfa.txt", CHINA)])
    assert [s.name for s in by_name.sides] == [s.name for s in by_hand.sides]
    assert {c.side for c in by_name.claims} == {"united-states", "china"}
    assert _links(by_name) == _links(by_hand)
    assert by_name.groups == by_hand.groups
    notes = [w for w in by_name.warnings if "in its file name" in w]
    assert notes == [
        "us_whitehouse.txt: taken as the account of United States ('us' in its file name); "
        "give it another side with --side us_whitehouse.txt=LABEL",
        "china_mfa.txt: taken as the account of China ('china' in its file name); "
        "give it another side with --side china_mfa.txt=LABEL",
    ]
    assert not any("in its file name" in w for w in by_hand.warnings)
