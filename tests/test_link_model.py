"""The learned link layer (link_model.py): candidate features, gating and adding, the shipped
weights. Texts are made up in the shape of news, not taken from samples or the dev set."""

from __future__ import annotations

import importlib
import json
import math
import sys
from dataclasses import replace
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from attribcmp.facets import facet_claims
from attribcmp.link_model import (
    FEATURES,
    RULES_ONLY,
    Candidate,
    LinkModel,
    LinkWeights,
    decide,
    load_link_model,
    trained_link_model,
)
from attribcmp.links import link_claims
from attribcmp.model import Claim, ClaimKind, Document, Link, Side, TextSpan
from attribcmp.textfeatures import load_concepts

CONCEPTS = load_concepts()
SIDES = (Side("a", "army"), Side("v", "villagers"))


def _claims(docs: dict[str, str], parts: list[tuple[str, str, str]]) -> list[Claim]:
    """Claims (doc id, side, words) found in their documents, with facets."""
    made = []
    for n, (doc, side, text) in enumerate(parts):
        start = docs[doc].find(text)
        assert start >= 0, text
        made.append(
            Claim(
                id=f"c{n + 1}",
                doc_id=doc,
                speaker_id="s-" + side,
                kind=ClaimKind.INDIRECT,
                content=TextSpan(text, start, start + len(text)),
                parts=((start, start + len(text)),),
                side=side,
            )
        )
    documents = tuple(Document(d, t) for d, t in docs.items())
    return list(facet_claims(made, documents, concepts=CONCEPTS))


def _run(
    docs: dict[str, str], parts: list[tuple[str, str, str]], model: LinkModel = RULES_ONLY
) -> tuple[tuple[Link, ...], list[tuple[Candidate, Link]]]:
    trace: list[tuple[Candidate, Link]] = []
    found = link_claims(
        _claims(docs, parts),
        documents=tuple(Document(d, t) for d, t in docs.items()),
        sides=SIDES,
        concepts=CONCEPTS,
        model=model,
        trace=trace,
    )
    return found, trace


def _features(docs: dict[str, str], parts: list[tuple[str, str, str]]) -> dict[str, float]:
    """The features of the pair (first claim, second claim)."""
    _found, trace = _run(docs, parts)
    pair = [c for c, _link in trace if (c.i, c.j) == (0, 1)]
    assert pair, "the pair must be a candidate"
    return dict(zip(FEATURES, pair[0].values, strict=True))


FIGURES = "The army said its strike killed 12 fighters. Villagers said 16 farmers were killed."
CONTRAST = "Officials said the new dam is safe. But engineers said cracks are spreading fast."
DENIAL = (
    "Regulators said the two firms fixed cement prices for years. "
    "The firms denied any wrongdoing and said they broke no rules."
)
FAR_PAIR = [
    ("d", "a", "its patrol was ambushed near the river"),
    ("d", "v", "the market reopened on Sunday"),
]
FAR = (
    "The army said its patrol was ambushed near the river. "
    + "".join(f"Rain fell for {n} hours on day {n}. " for n in range(4))
    + "Villagers said the market reopened on Sunday."
)


@pytest.mark.parametrize(
    ("docs", "parts", "expected"),
    [
        (
            {"d": FIGURES},
            [("d", "a", "its strike killed 12 fighters"), ("d", "v", "16 farmers were killed")],
            {
                "same_event": 1.0,
                "same_slot": 1.0,
                "both_figures": 1.0,
                "two_accounts": 0.0,
                "adjacent": 1.0,
                "consecutive": 1.0,
                "distance": math.log1p(1),
            },
        ),
        (
            {"d": CONTRAST},
            [("d", "a", "the new dam is safe"), ("d", "v", "cracks are spreading fast")],
            {"contrast": 1.0, "consecutive": 1.0, "same_paragraph": 1.0, "same_event": 0.0},
        ),
        (
            {"d": DENIAL},
            [
                ("d", "a", "the two firms fixed cement prices for years"),
                ("d", "v", "they broke no rules"),
            ],
            {"denial_one": 1.0, "two_accounts": 0.0},
        ),
        (
            {
                "x": "The army said soldiers cleared the Tobin road checkpoint on Monday.",
                "y": "Villagers said soldiers burned the Tobin road checkpoint on Monday.",
            },
            [
                ("x", "a", "soldiers cleared the Tobin road checkpoint on Monday"),
                ("y", "v", "soldiers burned the Tobin road checkpoint on Monday"),
            ],
            {"two_accounts": 1.0, "distance": 0.0, "adjacent": 0.0, "best_partner": 1.0},
        ),
        (
            {"d": FAR},
            FAR_PAIR,
            {"adjacent": 0.0, "distance": math.log1p(5), "contrast": 0.0},
        ),
    ],
)
def test_pair_features(
    docs: dict[str, str], parts: list[tuple[str, str, str]], expected: dict[str, float]
) -> None:
    values = _features(docs, parts)
    for name, value in expected.items():
        assert values[name] == pytest.approx(value), name


ARREST = (
    "The army said its soldiers arrested five men in the square. "
    "Villagers said soldiers burned ten houses in the square."
)
TALKS = "The minister said the talks covered trade. The general said he asked for more flood aid."
TALKS_PAIR = [("d", "a", "the talks covered trade"), ("d", "v", "he asked for more flood aid")]


@pytest.mark.parametrize(
    ("docs", "parts", "expected"),
    [
        # different events, but one place named by both: anchored
        (
            {"d": ARREST},
            [
                ("d", "a", "its soldiers arrested five men in the square"),
                ("d", "v", "soldiers burned ten houses in the square"),
            ],
            {"events_differ": 1.0, "objects_differ": 0.0, "anchored": 1.0},
        ),
        # talks against aid: different events, no key word in common, nothing shared
        ({"d": TALKS}, TALKS_PAIR, {"events_differ": 1.0, "objects_differ": 1.0, "anchored": 0.0}),
        # neighbours by position only
        ({"d": FAR}, FAR_PAIR, {"events_differ": 0.0, "anchored": 0.0}),
        # one event class (killed / killed) is an anchor, though the counted nouns differ
        (
            {"d": FIGURES},
            [("d", "a", "its strike killed 12 fighters"), ("d", "v", "16 farmers were killed")],
            {"events_differ": 0.0, "objects_differ": 1.0, "anchored": 1.0},
        ),
        # the article's own "But" between the two is an anchor
        (
            {"d": CONTRAST},
            [("d", "a", "the new dam is safe"), ("d", "v", "cracks are spreading fast")],
            {"events_differ": 0.0, "anchored": 1.0},
        ),
    ],
)
def test_difference_and_anchor_features(
    docs: dict[str, str], parts: list[tuple[str, str, str]], expected: dict[str, float]
) -> None:
    values = _features(docs, parts)
    for name, value in expected.items():
        assert values[name] == pytest.approx(value), name


@pytest.mark.parametrize(
    ("docs", "parts", "expected"),
    [
        # two counts of persons killed, both in the opening lines, one right after the other
        (
            {"d": FIGURES},
            [("d", "a", "its strike killed 12 fighters"), ("d", "v", "16 farmers were killed")],
            {"same_kind": 1.0, "both_open": 1.0, "claims_between": 0.0, "position_gap": 1.0},
        ),
        # a denial told after a charge answers it
        (
            {"d": DENIAL},
            [
                ("d", "a", "the two firms fixed cement prices for years"),
                ("d", "v", "they broke no rules"),
            ],
            {"denial_answers": 1.0, "same_kind": 0.0},
        ),
        # the story's top and its last line: far apart, not both opening lines
        ({"d": FAR}, FAR_PAIR, {"both_open": 0.0, "position_gap": 1.0, "denial_answers": 0.0}),
        # one account's opening against the other's: the same place in each
        (
            {
                "x": "The army said soldiers cleared the Tobin road checkpoint on Monday.",
                "y": "Villagers said soldiers burned the Tobin road checkpoint on Monday.",
            },
            [
                ("x", "a", "soldiers cleared the Tobin road checkpoint on Monday"),
                ("y", "v", "soldiers burned the Tobin road checkpoint on Monday"),
            ],
            {"both_open": 1.0, "position_gap": 0.0, "claims_between": 0.0},
        ),
    ],
)
def test_story_independent_features(
    docs: dict[str, str], parts: list[tuple[str, str, str]], expected: dict[str, float]
) -> None:
    values = _features(docs, parts)
    for name, value in expected.items():
        assert values[name] == pytest.approx(value), name


def _values(**on: float) -> tuple[float, ...]:
    return tuple(on.get(name, 0.0) for name in FEATURES)


@pytest.mark.parametrize(
    ("values", "addable"),
    [
        (_values(anchored=1.0), True),
        (_values(), False),  # nothing concrete shared
        (_values(anchored=1.0, unnamed=1.0), False),  # an unnamed source's point
        (_values(unnamed=1.0), False),
    ],
)
def test_which_pairs_the_model_may_add(values: tuple[float, ...], addable: bool) -> None:
    assert Candidate(0, 1, values, rule=False).addable is addable


def test_features_are_finite_and_symmetric_in_order_of_telling() -> None:
    """The same two claims told in the other order give the same features."""
    one = _features({"d": CONTRAST}, [("d", "a", "the new dam is safe"), ("d", "v", "cracks")])
    swapped = "Engineers said cracks are spreading fast. But officials said the new dam is safe."
    two = _features({"d": swapped}, [("d", "v", "cracks"), ("d", "a", "the new dam is safe")])
    assert all(math.isfinite(v) for v in one.values())
    assert one == two


def _model(
    *, bias: float = -30.0, weights: dict[str, float] | None = None, gate: float, add: float
) -> LinkModel:
    """A hand-made model putting the given weights on raw feature values."""
    zero = (0.0,) * len(FEATURES)
    one = (1.0,) * len(FEATURES)
    values = tuple((weights or {}).get(name, 0.0) for name in FEATURES)
    return LinkModel(LinkWeights(zero, one, values, bias), gate=gate, add=add)


FIGURE_PAIR = [("d", "a", "its strike killed 12 fighters"), ("d", "v", "16 farmers were killed")]
CONTRAST_PAIR = [("d", "a", "the new dam is safe"), ("d", "v", "cracks are spreading fast")]


@pytest.mark.parametrize(
    ("docs", "parts", "model", "linked", "reason"),
    [
        # the rules alone: the figure pair is linked by its slot
        ({"d": FIGURES}, FIGURE_PAIR, RULES_ONLY, True, "figures differ"),
        # a gate every rule link passes keeps it, reasons unchanged
        ({"d": FIGURES}, FIGURE_PAIR, _model(bias=3.0, gate=0.5, add=2.0), True, "figures"),
        # a gate no rule link passes drops it
        ({"d": FIGURES}, FIGURE_PAIR, _model(bias=-3.0, gate=0.5, add=2.0), False, ""),
        # no rule links the dam pair (a bare "but" between claims sharing nothing) ...
        ({"d": CONTRAST}, CONTRAST_PAIR, RULES_ONLY, False, ""),
        # ... a model weighing the contrast and neighbouring attributions adds it, saying why
        (
            {"d": CONTRAST},
            CONTRAST_PAIR,
            _model(bias=-4.0, weights={"contrast": 4.0, "consecutive": 3.0}, gate=0.0, add=0.5),
            True,
            "learned: contrast 'But' between them, one attribution right after the other, "
            "score 0.95",
        ),
        # an unanchored pair is never added, however high it scores
        (
            {"d": TALKS},
            TALKS_PAIR,
            _model(bias=4.0, gate=0.0, add=0.5),
            False,
            "",
        ),
        # ... but not below its threshold
        (
            {"d": CONTRAST},
            CONTRAST_PAIR,
            _model(bias=-4.0, weights={"contrast": 4.0, "consecutive": 3.0}, gate=0.0, add=0.99),
            False,
            "",
        ),
    ],
)
def test_gate_and_add(
    docs: dict[str, str],
    parts: list[tuple[str, str, str]],
    model: LinkModel,
    linked: bool,
    reason: str,
) -> None:
    found, _trace = _run(docs, parts, model)
    assert bool(found) is linked
    if linked:
        assert any(reason in r for r in found[0].reasons), found[0].reasons
        if reason.startswith("learned"):
            assert found[0].signals == ("learned",)


def test_pairs_far_apart_sharing_nothing_are_no_candidates() -> None:
    """Blocking stays linear: ten sentences apart with no word in common, no candidate."""
    filler = "".join(f"Rain fell for {n} hours on day {n}. " for n in range(9))
    far = FAR.replace("".join(f"Rain fell for {n} hours on day {n}. " for n in range(4)), filler)
    assert far != FAR
    _found, trace = _run({"d": far}, [(d, s, t) for d, s, t in FAR_PAIR])
    assert trace == []


def test_trace_lists_every_candidate_with_the_link_it_would_make() -> None:
    found, trace = _run({"d": FIGURES}, FIGURE_PAIR)
    assert [(c.i, c.j, c.rule) for c, _link in trace] == [(0, 1, True)]
    assert trace[0][1] == found[0]


@pytest.mark.parametrize(
    ("pairs", "probabilities", "rule", "expected"),
    [
        # a rule link stays from the gate, goes below it
        ([(0, 1)], [0.3], [True], [True]),
        ([(0, 1)], [0.05], [True], [False]),
        # a new pair: from add, and only when it is the best candidate of both its claims
        ([(0, 1)], [0.6], [False], [True]),
        ([(0, 1)], [0.4], [False], [False]),
        ([(0, 1), (0, 2)], [0.6, 0.7], [False, False], [False, True]),
        # claim 1's best is (1, 2), so (0, 1), claim 0's best, is not added
        ([(0, 1), (1, 2)], [0.6, 0.8], [False, False], [False, True]),
        # a claim whose best partner the rules already link gets no addition
        ([(0, 1), (0, 2)], [0.9, 0.6], [True, False], [True, False]),
        # a tie goes to the earlier pair
        ([(0, 1), (0, 2)], [0.6, 0.6], [False, False], [True, False]),
    ],
)
def test_decide_adds_only_mutual_best_pairs(
    pairs: list[tuple[int, int]],
    probabilities: list[float],
    rule: list[bool],
    expected: list[bool],
) -> None:
    assert decide(pairs, probabilities, rule, 0.1, 0.5) == expected


@pytest.mark.parametrize(
    ("pairs", "probabilities", "rule", "addable", "margin", "expected"),
    [
        # a pair that may not be added is not, and does not compete: (0, 2) is then
        # claim 0's best
        ([(0, 1), (0, 2)], [0.9, 0.6], [False, False], [False, True], 0.0, [False, True]),
        # ... a rule link is kept whatever ``addable`` says
        ([(0, 1)], [0.3], [True], [False], 0.0, [True]),
        # the margin: ahead of each claim's next candidate by at least that much
        ([(0, 1), (0, 2)], [0.7, 0.6], [False, False], [True, True], 0.2, [False, False]),
        ([(0, 1), (0, 2)], [0.9, 0.6], [False, False], [True, True], 0.2, [True, False]),
        # ... the other claim's next candidate counts too
        ([(0, 1), (1, 2)], [0.9, 0.8], [False, False], [True, True], 0.2, [False, False]),
        # ... a lone candidate is measured against nothing
        ([(0, 1)], [0.6], [False], [True], 0.2, [True]),
    ],
)
def test_decide_needs_an_anchor_and_a_margin(
    pairs: list[tuple[int, int]],
    probabilities: list[float],
    rule: list[bool],
    addable: list[bool],
    margin: float,
    expected: list[bool],
) -> None:
    assert decide(pairs, probabilities, rule, 0.1, 0.5, addable, margin) == expected


def test_shipped_weights_match_the_feature_list() -> None:
    text = resources.files("attribcmp.data").joinpath("link_model.json").read_text("utf-8")
    data = json.loads(text)
    assert data["features"] == list(FEATURES)
    model = trained_link_model()
    weights = model.weights
    assert len(weights.weights) == len(weights.mean) == len(weights.scale) == len(FEATURES)
    assert 0.0 <= model.gate <= 1.0 and 0.0 <= model.add <= 1.0 and 0.0 <= model.margin < 1.0
    # the tool runs the trained layer only when the file says so, else the rules alone
    assert load_link_model() == (model if data["active"] is True else RULES_ONLY)


def test_features_of_another_version_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    """Weights trained on another feature list must not be read silently."""
    import attribcmp.link_model as lm

    monkeypatch.setattr(lm, "FEATURES", {**FEATURES, "extra": "a feature added later"})
    lm.load_link_model.cache_clear()
    lm.trained_link_model.cache_clear()
    try:
        with pytest.raises(ValueError, match="retrain"):
            lm.load_link_model()
    finally:
        lm.load_link_model.cache_clear()
        lm.trained_link_model.cache_clear()


def test_claims_without_facets_take_part() -> None:
    claims = _claims({"d": CONTRAST}, CONTRAST_PAIR)
    bare = [replace(c, facets=None) for c in claims]
    trace: list[tuple[Candidate, Link]] = []
    link_claims(
        bare,
        documents=(Document("d", CONTRAST),),
        sides=SIDES,
        concepts=CONCEPTS,
        model=RULES_ONLY,
        trace=trace,
    )
    assert trace and all(math.isfinite(v) for c, _l in trace for v in c.values)


def _many(n: int) -> tuple[dict[str, str], list[tuple[str, str, str]]]:
    """n attributions of two sides, all on a few roads: many shared words."""
    roads = ("north", "river", "market", "bridge")
    said = [f"the {roads[k % 4]} road was closed on day {k}" for k in range(n)]
    text = " ".join(f"{'Soldiers' if k % 2 else 'Villagers'} said {s}." for k, s in enumerate(said))
    return {"d": text}, [("d", "a" if k % 2 else "v", s) for k, s in enumerate(said)]


def test_candidates_grow_linearly() -> None:
    """4x the claims, sharing words: about 4x the candidates (all pairs would be 16x)."""
    sizes = []
    for n in (60, 240):
        _found, trace = _run(*_many(n))
        sizes.append(len(trace))
    assert sizes[1] / sizes[0] < 6, sizes


def test_trained_layer_explains_what_it_adds() -> None:
    """The shipped weights, run (``trained_link_model``), link the dam pair no rule links, and
    the reason names the features in words (no feature identifiers). Which features lead
    depends on the weights, which move at every retrain, so any named feature will do."""
    found, _trace = _run({"d": CONTRAST}, CONTRAST_PAIR, trained_link_model())
    assert len(found) == 1 and found[0].signals == ("learned",)
    reason = found[0].reasons[0]
    assert reason.startswith("learned: ") and "score" in reason
    named = [words for words in FEATURES.values() if words.split(" between")[0] in reason]
    assert named, reason
    assert "_" not in reason


def _trainer(monkeypatch: pytest.MonkeyPatch) -> Any:
    """bench/train_link_model.py as a module (it imports its bench neighbours by name)."""
    bench = Path(__file__).resolve().parents[1] / "bench"
    if not (bench / "disputes").is_dir():
        pytest.skip("bench/disputes/ is not in this checkout")
    monkeypatch.syspath_prepend(str(bench))
    return importlib.import_module("train_link_model")


def test_trainer_scores_named_unseen_cases(monkeypatch: pytest.MonkeyPatch) -> None:
    """--unseen ROOT --cases A,B: those cases of another tree; without --cases, the ones
    bench/disputes does not hold (none, when ROOT is bench/disputes itself)."""
    trainer = _trainer(monkeypatch)
    root = trainer.ROOT / "bench" / "disputes"
    dev = [c.name for c in trainer.ev.load_cases(root, split="dev")][:2]
    assert [c.name for c in trainer.unseen_cases(root, ",".join(dev), set())] == dev
    assert trainer.unseen_cases(root, None, {c.name for c in trainer.ev.load_cases(root)}) == []


@pytest.mark.parametrize(
    "argv",
    [["--cases", "a,b"], ["--unseen"], ["--margin"]],
)
def test_trainer_refuses_bad_arguments(monkeypatch: pytest.MonkeyPatch, argv: list[str]) -> None:
    trainer = _trainer(monkeypatch)
    monkeypatch.setattr(sys, "argv", ["train_link_model.py", *argv])
    with pytest.raises(SystemExit) as failed:
        trainer._arguments()
    assert failed.value.code == 2
