"""Review findings (round 13, new texts): speakers, claims and report wording, table-driven.

Every sentence here is made up in the general shape of wire copy; none is a review input.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from attribcmp.attribute import attribute_claims
from attribcmp.cli import cli
from attribcmp.model import Document
from attribcmp.sides import nationality


def _claims(text: str) -> list[tuple[str, str, str]]:
    """(speaker name, cue, content) for each claim."""
    claims, speakers = attribute_claims([Document("t", text)], nationality=nationality)
    names = {s.id: s.name for s in speakers}
    return [(names[c.speaker_id], c.cue.text if c.cue else "", c.content.text) for c in claims]


# A role with its portfolio after "for", then the name in apposition: the name speaks.
# A stacked title (body, role, rank) before a name, and "Secretary of State X ..., calling".
SPEAKER_SHAPES = [
    pytest.param(
        "The league's secretary for sport, Dina Obi, said the final was fair.",
        [("Dina Obi", "said", "the final was fair")],
        id="role-for-portfolio-apposition",
    ),
    pytest.param(
        "The minister for housing, Tom Vale, said rents would fall.",
        [("Tom Vale", "said", "rents would fall")],
        id="bare-role-for-portfolio",
    ),
    pytest.param(
        "A spokesman for the navy, Capt. Ray Cole, said the ship was hit.",
        [("Ray Cole", "said", "the ship was hit")],
        id="role-for-body-then-ranked-name",
    ),
    pytest.param(
        "The union's secretary, Dina Obi, said the final was fair.",
        [("Dina Obi", "said", "the final was fair")],
        id="neg-role-without-portfolio",
    ),
    pytest.param(
        '"The river is rising," Navy press secretary Rear Adm. Lin Park told reporters.',
        [("Lin Park", "told", '"The river is rising,"')],
        id="stacked-title-rear-admiral",
    ),
    pytest.param(
        '"The river is rising," Army spokesman Brig. Gen. Lin Park told reporters.',
        [("Lin Park", "told", '"The river is rising,"')],
        id="stacked-title-brigadier",
    ),
    pytest.param(
        'Minister of Defence Ana Silva cancelled the visit, calling the tariff "a provocation."',
        [("Ana Silva", "calling", 'the tariff "a provocation."')],
        id="title-of-participle-cue",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_SHAPES)
def test_speaker_shapes(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _claims(text) == expected


# A definite description resolves only to an earlier person it can describe: the nearest
# unnamed source with the same head, never a person of another possessor.
RESOLUTION = [
    pytest.param(
        "A navy spokesman, Capt. Ray Cole, said the ship was hit.\n\n"
        "The mayor's spokesman said a review had begun.",
        ["Ray Cole", "The mayor's spokesman"],
        id="other-possessor-is-new-speaker",
    ),
    pytest.param(
        "Mayor Ann Lowe's spokesman, Ben Ito, said the roads were closed.\n\n"
        "The mayor's spokesman said they would reopen on Monday.",
        ["Ben Ito", "Ben Ito"],
        id="neg-same-possessor-resolves",
    ),
    pytest.param(
        "Trade ministry spokeswoman Lia Chen said the tariffs were lawful.\n\n"
        "A senior treasury official said the tariffs broke the treaty. "
        "The official said talks would resume.",
        ["Lia Chen", "A senior treasury official", "A senior treasury official"],
        id="the-official-is-the-nearest-official",
    ),
    pytest.param(
        "A senior treasury official said the tariffs broke the treaty.\n\n"
        "Trade ministry spokeswoman Lia Chen said the tariffs were lawful. "
        "The spokeswoman said talks would resume.",
        ["A senior treasury official", "Lia Chen", "Lia Chen"],
        id="neg-other-head-keeps-the-role-match",
    ),
]


@pytest.mark.parametrize(("text", "speakers"), RESOLUTION)
def test_description_resolution(text: str, speakers: list[str]) -> None:
    assert [name for name, _, _ in _claims(text)] == speakers


# A figure given with a figure verb is the speaker's claim; what a speaker left unsaid
# ("without saying how many ...") is no claim and no part of one.
FIGURES = [
    pytest.param(
        "The health ministry put the toll at 14 dead.",
        [("health ministry", "put", "the toll at 14 dead")],
        id="put-the-toll-at",
    ),
    pytest.param(
        "Police spokesman Omar Said put the death toll at more than 20.",
        [("omar said", "put", "the death toll at more than 20")],
        id="put-the-death-toll-at-more-than",
    ),
    pytest.param(
        "The Red Crescent gave a figure of 31 dead.",
        [("red crescent", "gave", "a figure of 31 dead")],
        id="gave-a-figure-of",
    ),
    pytest.param(
        "The state government has given a higher figure.",
        [("state government", "given", "a higher figure")],
        id="given-a-higher-figure",
    ),
    pytest.param(
        "The army put the toll at 9, without saying how many were civilians.",
        [("army", "put", "the toll at 9")],
        id="without-saying-is-no-claim",
    ),
    pytest.param(
        "The senator said the count was wrong, without offering evidence.",
        [("senator", "said", "the count was wrong")],
        id="without-offering-is-not-content",
    ),
    pytest.param("The flood put the harvest at risk.", [], id="neg-put-at-risk"),
    pytest.param("The number of visitors rose to 40.", [], id="neg-number-rose"),
]


@pytest.mark.parametrize(("text", "expected"), FIGURES)
def test_figure_statements(text: str, expected: list[tuple[str, str, str]]) -> None:
    got = _claims(text)
    assert len(got) == len(expected), got
    for (name, cue, content), (who, want_cue, want) in zip(got, expected, strict=True):
        assert who in name.lower() and (cue, content) == (want_cue, want), got


# A request for anonymity is no claim; the source is one speaker, counted as anonymous.
ANONYMITY = [
    pytest.param(
        '"The wells are dry," said a herder who asked not to be named.',
        id="who-asked-not-to-be-named",
    ),
    pytest.param(
        '"Three wards are closed," one nurse said, asking not to be identified.',
        id="asking-not-to-be-identified",
    ),
    pytest.param(
        '"The wells are dry," said a herder, who declined to be named.',
        id="declined-to-be-named",
    ),
]


@pytest.mark.parametrize("text", ANONYMITY)
def test_anonymity_request_is_no_claim(text: str) -> None:
    claims, speakers = attribute_claims([Document("t", text)], nationality=nationality)
    assert len(claims) == 1 and claims[0].content.text.startswith('"'), claims
    assert len(speakers) == 1 and speakers[0].anonymous, speakers


def test_named_source_who_asks_nothing_stays_named() -> None:
    text = '"The wells are dry," said Ada Moyo, who asked the council to act.'
    claims, speakers = attribute_claims([Document("t", text)], nationality=nationality)
    assert not any(s.anonymous for s in speakers), speakers


# "raised X and asked for their release": the raised topic is part of the claim, so the
# content's "their" has its referent inside it.
def test_raised_topic_joins_the_coordinated_cue() -> None:
    text = "The minister raised the arrest of two aid workers and called for their release."
    ((name, cue, content),) = _claims(text)
    assert (name, cue) == ("The minister", "called for")
    assert content.startswith("the arrest of two aid workers") and content.endswith("their release")


def test_an_act_before_a_cue_is_no_topic() -> None:
    text = "Police arrested five men and said they were armed."
    assert _claims(text) == [("Police", "said", "they were armed")]


# compare: an account's lower-case side label is shown as the account, not as a speaker "us".
@pytest.mark.parametrize(
    ("label", "shown"),
    [("us", "US account"), ("china", "China account"), ("Norland", "Norland")],
)
def test_issuer_label_is_shown_as_the_account(label: str, shown: str) -> None:
    text = "The two leaders spoke by phone on Monday. Both sides agreed to meet again in May."
    claims, speakers = attribute_claims([Document("a", text, issuer=label)])
    assert {s.name for s in speakers} == {shown}


# A named body's observers speak on record; unnamed observers stay anonymous.
@pytest.mark.parametrize(
    ("text", "anonymous"),
    [
        ("Commonwealth Observer Group observers said the count was slow.", False),
        ("EU observers said the count was slow.", False),
        ("Foreign observers said the count was slow.", True),
    ],
)
def test_a_named_bodys_observers_are_not_anonymous(text: str, anonymous: bool) -> None:
    _, speakers = attribute_claims([Document("t", text)], nationality=nationality)
    assert [s.anonymous for s in speakers] == [anonymous]


def _compare_json(tmp_path: Path, first: str, second: str) -> dict[str, Any]:
    (tmp_path / "a.txt").write_text(first, encoding="utf-8")
    (tmp_path / "b.txt").write_text(second, encoding="utf-8")
    args = ["compare", str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]
    args += ["--side", f"{tmp_path / 'a.txt'}=norland", "--side", f"{tmp_path / 'b.txt'}=sudland"]
    result = CliRunner().invoke(cli, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def test_a_conflict_row_carries_no_both_agree_flag(tmp_path: Path) -> None:
    data = _compare_json(
        tmp_path,
        "Readout of the call\n\nThe two sides agreed that the border would reopen on Friday.\n",
        "Readout of the call\n\nThe border will not reopen on Friday, the ministry said.\n",
    )
    diverging = [g for g in data["groups"] if g["status"] == "diverge"]
    assert diverging and all("asserted_agreement" not in g["flags"] for g in diverging)


@pytest.mark.parametrize("command", ["claims", "report"])
def test_format_md_is_markdown(tmp_path: Path, command: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text("The ministry said the border would reopen on Friday.\n", encoding="utf-8")
    md = CliRunner().invoke(cli, [command, str(path), "--format", "md"])
    markdown = CliRunner().invoke(cli, [command, str(path), "--format", "markdown"])
    assert md.exit_code == 0 and md.stdout == markdown.stdout
    assert md.stdout.startswith("# attribcmp")
