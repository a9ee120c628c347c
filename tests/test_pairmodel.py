"""The learned layer of pair verdicts (pairmodel.py): features, weight sets, explanations."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from attribcmp.model import Settings
from attribcmp.pairmodel import FEATURES, explain, features, group_of, load_model
from attribcmp.relate import read_pair
from attribcmp.textfeatures import load_concepts
from attribcmp.word_pairs import with_pair_concepts

PAIRS = [
    ("A man is playing a guitar.", "A woman is slicing an onion."),
    ("Shares rose 5 percent on Tuesday.", "Shares of Acme rose 5% Tuesday, analysts said."),
    ("No one was hurt in the blast.", "Three people were hurt in the blast, police said."),
    ("", "Talks resumed."),
]


def _values(a: str, b: str) -> list[float]:
    concepts = load_concepts()
    r = read_pair(a, b, settings=Settings(), concepts=concepts)
    return features(a, b, r, with_pair_concepts(concepts).words)


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_features_are_symmetric_and_finite(a: str, b: str) -> None:
    one, two = _values(a, b), _values(b, a)
    assert len(one) == len(FEATURES)
    assert one == pytest.approx(two)
    assert all(v == v and abs(v) < 1e6 for v in one)


@pytest.mark.parametrize(
    ("a", "b", "group"),
    [
        ("A man is playing a guitar.", "A man plays the guitar.", "plain"),
        ("The talks with Iran ended.", "The talks ended.", "news"),  # a name
        ("The fund lost 4 percent.", "The fund lost money.", "news"),  # digits
        ("He said it was over.", "It is over.", "news"),  # attribution
        # A past, future or modal verb: a report, not a caption in the present.
        ("Hearing was restored by an implant.", "An implant restored hearing.", "news"),
        ("The deal will close this month.", "The deal closes this month.", "news"),
        ("A man is slicing an onion.", "A man has sliced an onion.", "plain"),
    ],
)
def test_group_of(a: str, b: str, group: str) -> None:
    r = read_pair(a, b, settings=Settings(), concepts=load_concepts())
    assert group_of(a, b, r) == group


def test_shipped_weights_match_the_features() -> None:
    text = resources.files("attribcmp.data").joinpath("pair_model.json").read_text("utf-8")
    data = json.loads(text)
    assert data["features"] == list(FEATURES)
    assert set(load_model()) == {"plain", "news"}
    for model in load_model().values():
        assert len(model.weights) == len(model.mean) == len(model.scale) == len(FEATURES)
        assert all(s > 0 for s in model.scale)


def test_explain_names_families_by_direction() -> None:
    values = _values(
        "The ministry said the talks would resume on Monday.",
        "The ministry said the talks would resume on Monday in Geneva after the two "
        "delegations exchanged lists of prisoners to be released next month.",
    )
    text = explain(load_model()["news"], values)
    assert text.startswith(("for: ", "against: "))
    assert set(FEATURES.values()) & {
        part.strip() for p in text.split(";") for part in p.split(":")[1].split(",")
    }


@pytest.mark.parametrize(
    ("a", "b", "future_one"),
    [
        ("Troy is expected to be sentenced on July 3.", "Troy was sentenced on July 3.", 1.0),
        ("The plant will close in May.", "The plant closed in May.", 1.0),
        ("The plant will close in May.", "The plant would close in May.", 0.0),
        ("The plant closed in May.", "The plant shut in May.", 0.0),
    ],
)
def test_future_one_marks_an_expectation_against_an_outcome(
    a: str, b: str, future_one: float
) -> None:
    values = dict(zip(FEATURES, _values(a, b), strict=True))
    assert values["future_one"] == future_one


@pytest.mark.parametrize(
    ("a", "b", "closer"),
    [
        # Attribution moved and reworded: set aside, the two align better.
        (
            '"We have found the smoking gun," board member Scott Hubbard said.',
            '"We have found the smoking gun," said Hubbard, director of the research centre.',
            True,
        ),
        (
            "Police said the two men were seen together at the airport.",
            "The two men were seen together at the airport, officials said on Sunday.",
            True,
        ),
        # Nothing to set aside.
        ("A man is playing a guitar.", "A man plays the guitar.", False),
    ],
)
def test_aside_measures_the_pair_without_attribution(a: str, b: str, closer: bool) -> None:
    values = dict(zip(FEATURES, _values(a, b), strict=True))
    if closer:
        assert values["aside_min"] > 0.0 and values["aside_max"] >= 0.0
    else:
        assert values["aside_min"] == values["aside_max"] == 0.0


@pytest.mark.parametrize(
    ("a", "b", "run_max", "where"),
    [
        # One statement is the other plus a trailing clause: a long run of added words, late.
        (
            "The bank left interest rates steady on Thursday.",
            "The bank left interest rates steady on Thursday, citing weak exports, falling "
            "house prices and a strong currency.",
            8.0,  # eight added content words: the cap
            "tail",
        ),
        # The addition comes first.
        (
            "Despite heavy losses against the euro, analysts said the dollar held firm.",
            "Analysts said the dollar held firm.",
            4.0,
            "head",
        ),
        # The same words: nothing added anywhere.
        ("The plant closed in May.", "The plant closed in May.", 0.0, ""),
    ],
)
def test_placement_finds_an_added_clause_and_where_it_sits(
    a: str, b: str, run_max: float, where: str
) -> None:
    values = dict(zip(FEATURES, _values(a, b), strict=True))
    assert values["run_max"] == run_max
    assert values["run_min"] == 0.0
    if where == "tail":
        assert values["tail_only"] > values["head_only"]
    elif where == "head":
        assert values["head_only"] > values["tail_only"]
    else:
        assert values["head_only"] == values["tail_only"] == 0.0


@pytest.mark.parametrize(
    ("a", "b", "opening"),
    [
        ("The stock rose 5 percent.", "The stock rose sharply on Friday.", 1.0),
        ("The stock rose 5 percent.", "Shares of the company rose 5 percent.", 0.0),
        ("Talks ended.", "Talks ended.", 0.0),  # too short to have an opening
    ],
)
def test_opening_marks_the_same_first_words(a: str, b: str, opening: float) -> None:
    values = dict(zip(FEATURES, _values(a, b), strict=True))
    assert values["opening"] == opening


def test_aside_ratio_compares_what_was_said_without_who_said_it() -> None:
    a = '"We have found the smoking gun," board member Scott Hubbard said.'
    b = '"We have found the smoking gun," said Hubbard, director of the research centre.'
    values = dict(zip(FEATURES, _values(a, b), strict=True))
    assert values["aside_ratio"] == 1.0
    assert values["ratio"] < 1.0
