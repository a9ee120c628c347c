"""The disputes dev set (bench/disputes/) holds together, and its scorer counts what it says.

No accuracy floors here yet: the lead pins them once the dispute model lands. This checks
that every gold file validates (texts found, ids unique, link ends exist, sides declared) and
that the scoring functions give the expected figures on made-up predictions.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench" / "eval_disputes.py"
ROOT = BENCH.parent / "disputes"


def _load() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_disputes", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_disputes"] = module
    spec.loader.exec_module(module)
    return module


ev = _load()
CASES = sorted(p.name for p in ROOT.iterdir() if p.is_dir())


def test_the_set_has_cases() -> None:
    assert len(CASES) >= 5


@pytest.mark.parametrize("name", CASES)
def test_gold_validates(name: str) -> None:
    case = ev.load_case(ROOT / name)
    assert case.claims
    # every source is public domain or openly licensed, with its URL recorded
    import yaml

    gold = yaml.safe_load((ROOT / name / "gold.yaml").read_text(encoding="utf-8"))
    for src in gold["source"]:
        if gold.get("synthetic"):
            assert "synthetic" in src["licence"], src
            continue
        assert src["url"].startswith("http"), src
        # the UK's Open Government Licence v3.0 is an open, attribution-only licence like CC BY
        open_licences = ("public domain", "CC BY", "Open Government Licence")
        assert any(w in src["licence"] for w in open_licences), src


@pytest.mark.parametrize("name", CASES)
def test_texts_start_with_a_headline(name: str) -> None:
    for path in sorted((ROOT / name).glob("*.txt")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.strip() and not first.endswith("."), f"{path.name}: {first!r}"


# ----------------------------------------------------------- validation catches bad gold

ARTICLE = "Headline\n\nThe army said 12 fighters died. Villagers said 16 farmers died.\n"
GOOD = """
source: [{file: article.txt, url: "https://example.org/a", licence: public domain (VOA)}]
command: report
sides: {army: {name: Army}, villagers: {name: Villagers}}
claims:
  - {id: c1, text: "12 fighters died", speaker: the army, side: army}
  - {id: c2, text: "16 farmers died", speaker: Villagers, side: villagers}
links:
  - {a: c1, b: c2, relation: diverge, why: "12 fighters vs 16 farmers"}
"""


def _case(tmp_path: Path, gold: str) -> Path:
    folder = tmp_path / "case"
    folder.mkdir()
    (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "gold.yaml").write_text(gold, encoding="utf-8")
    return folder


def test_good_gold_loads(tmp_path: Path) -> None:
    case = ev.load_case(_case(tmp_path, GOOD))
    assert [c.id for c in case.claims] == ["c1", "c2"]
    assert case.claims[0].start == ARTICLE.index("12 fighters")
    assert case.one_sided == frozenset()


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ('"16 farmers died"', '"17 farmers died"', "text not found"),
        ("id: c2", "id: c1", "used twice"),
        ("b: c2", "b: c9", "does not exist"),
        ("side: villagers}", "side: rebels}", "not declared"),
        ("relation: diverge", "relation: clash", "relation must be"),
        ("side: villagers}", "side: army}", "not cross-side"),
        ("licence: public domain (VOA)", "title: x", "no licence"),
    ],
)
def test_bad_gold_is_refused(tmp_path: Path, old: str, new: str, message: str) -> None:
    folder = _case(tmp_path, GOOD.replace(old, new, 1))
    with pytest.raises(ev.GoldError, match=message):
        ev.load_case(folder)


# ----------------------------------------------------------- scoring on made-up predictions


def _claim(cid: str, text: str, speaker: str, side: str | None) -> dict[str, Any]:
    start = ARTICLE.index(text)
    return {
        "id": cid,
        "doc": "article",
        "speaker_name": speaker,
        "side": side,
        "content": {"span": [start, start + len(text)], "parts": [[start, start + len(text)]]},
    }


P1 = _claim("p1", "12 fighters died", "Army", "army")
P2 = _claim("p2", "16 farmers died", "Villagers", "villagers")
DOCS = [{"id": "article"}]


@pytest.mark.parametrize(
    ("label", "data", "expected"),
    [
        (
            "old JSON: groups only, one diverge group",
            {
                "documents": DOCS,
                "claims": [P1, P2],
                "groups": [{"claims": ["p1", "p2"], "status": "diverge"}],
            },
            {
                "alignment_recall": 1.0,
                "alignment_precision": 1.0,
                "diverge_recall": 1.0,
                "one_sided_accuracy": 1.0,
                "speaker_accuracy": 1.0,
                "side_consistency": 1.0,
            },
        ),
        (
            "groups apart: nothing linked",
            {
                "documents": DOCS,
                "claims": [P1, P2],
                "groups": [
                    {"claims": ["p1"], "status": "one_sided"},
                    {"claims": ["p2"], "status": "one_sided"},
                ],
            },
            {"alignment_recall": 0.0, "predicted_links": 0, "one_sided_accuracy": 0.0},
        ),
        (
            "new JSON: links win over groups; linked as converge",
            {
                "documents": DOCS,
                "claims": [P1, P2],
                "groups": [],
                "links": [{"a": "p1", "b": "p2", "relation": "converge"}],
            },
            {"alignment_recall": 1.0, "alignment_precision": 1.0, "diverge_recall": 0.0},
        ),
        (
            "one side merged and a wrong speaker",
            {
                "documents": DOCS,
                "groups": [],
                "links": [],
                "claims": [P1, {**P2, "side": "army", "speaker_name": "he (unresolved)"}],
            },
            {"side_consistency": 0.0, "speaker_accuracy": 0.5, "claims_matched": 2},
        ),
        (
            "a claim not found",
            {"documents": DOCS, "claims": [P1], "groups": []},
            {"claims_matched": 1, "claim_recall": 0.5, "alignment_recall": 0.0},
        ),
    ],
)
def test_scoring(
    tmp_path: Path, label: str, data: dict[str, Any], expected: dict[str, Any]
) -> None:
    case = ev.load_case(_case(tmp_path, GOOD))
    t = ev.totals([ev.score_case(case, data)])
    for key, value in expected.items():
        assert t[key] == pytest.approx(value), f"{label}: {key}"


@pytest.mark.parametrize(
    ("predicted", "speaker", "aliases", "ok"),
    [
        ("Lieutenant Colonel Bryan Hilferty", "Bryan Hilferty", (), True),
        ("Hilferty", "Bryan Hilferty", (), True),
        ("the spokesman", "Bryan Hilferty", ("spokesman",), True),
        ("Russia", "United States", ("us",), False),  # whole words only: "us" is not in "Russia"
        ("he (unresolved)", "Bryan Hilferty", (), False),
        ("", "Bryan Hilferty", (), False),
    ],
)
def test_speaker_match(predicted: str, speaker: str, aliases: tuple[str, ...], ok: bool) -> None:
    gold = ev.GoldClaim("c1", "article.txt", 0, 1, speaker, aliases, "x")
    assert ev.speaker_ok(predicted, gold) is ok


def test_match_is_one_to_one_best_overlap() -> None:
    g1 = ev.GoldClaim("g1", "a.txt", 0, 10, "x", (), "s")
    g2 = ev.GoldClaim("g2", "a.txt", 8, 20, "y", (), "t")
    p1 = ev.PredClaim("p1", "a.txt", ((0, 20),), "x", "s")
    p2 = ev.PredClaim("p2", "a.txt", ((9, 20),), "y", "t")
    other_file = ev.PredClaim("p3", "b.txt", ((0, 20),), "x", "s")
    matched = ev.match_claims([g1, g2], [p1, p2, other_file])
    # greedy best overlap first: g2 takes p1 (12 chars), g1 is left with p2 (1 char);
    # a claim in another file never matches
    assert {k: v.id for k, v in matched.items()} == {"g2": "p1", "g1": "p2"}


def test_compare_cases_pass_each_file_with_its_side() -> None:
    case = ev.load_case(ROOT / "readout-biden-putin-2021-12")
    assert ev.tool_args(case) == [
        "compare",
        "us.txt",
        "russia.txt",
        "--side",
        "us.txt=us",
        "--side",
        "russia.txt=russia",
        "--format",
        "json",
    ]


def test_the_summary_is_four_lines_in_the_agreed_shape(capsys: pytest.CaptureFixture[str]) -> None:
    # runs the tool on one real case; checks the output's shape, not the figures
    assert ev.main(["--case", "kashmir-loc-2017"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0].startswith("kashmir-loc-2017: claims ")
    patterns = [
        r"claims matched \d\.\d\d \(\d+/\d+\); speaker accuracy \d\.\d\d; "
        r"side consistency \d\.\d\d; extra side columns \d+",
        r"alignment recall \d\.\d\d precision \d\.\d\d \(gold links \d+, predicted \d+\)",
        r"diverge recall \d\.\d\d \(gold \d+\); one-sided accuracy \d\.\d\d",
        r"cases 1",
    ]
    for line, pattern in zip(lines[-4:], patterns, strict=True):
        assert re.fullmatch(pattern, line), line


def test_invalid_gold_exits_1_with_the_case_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _case(tmp_path, GOOD.replace('"16 farmers died"', '"17 farmers died"'))
    assert ev.main(["--root", str(tmp_path), "--check"]) == 1
    err = capsys.readouterr().err
    assert "case/gold.yaml" in err and "text not found" in err


# ----------------------------------------------------------- dev / check splits


def _two_splits(tmp_path: Path) -> Path:
    for name, extra in (("a-dev", ""), ("b-check", "split: check\n")):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "article.txt").write_text(ARTICLE, encoding="utf-8")
        (folder / "gold.yaml").write_text(GOOD + extra, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("split", "names"),
    [("all", ["a-dev", "b-check"]), ("dev", ["a-dev"]), ("check", ["b-check"])],
)
def test_split_selects_cases(tmp_path: Path, split: str, names: list[str]) -> None:
    # a case without `split:` is dev
    cases = ev.load_cases(_two_splits(tmp_path), split=split)
    assert [c.name for c in cases] == names


def test_unknown_split_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ev.GoldError, match="split must be one of"):
        ev.load_case(_case(tmp_path, GOOD + "split: test\n"))


@pytest.mark.parametrize(
    ("split", "check_line"),
    [("all", True), ("check", True), ("dev", False)],
)
def test_split_option_keeps_the_summary_last(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], split: str, check_line: bool
) -> None:
    root = _two_splits(tmp_path)
    assert ev.main(["--root", str(root), "--split", split]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    n = {"all": 2, "dev": 1, "check": 1}[split]
    assert lines[-1] == f"cases {n}"
    assert lines[-4].startswith("claims matched ")
    fifth = lines[-5]
    assert fifth.startswith("check split: alignment recall ") is check_line, fifth
    if check_line:
        assert re.fullmatch(
            r"check split: alignment recall \d\.\d\d precision \d\.\d\d \(gold links \d+, "
            r"predicted \d+\); diverge recall \d\.\d\d \(gold \d+\); one-sided accuracy "
            r"\d\.\d\d; cases 1",
            fifth,
        )


def test_the_repo_has_a_check_split() -> None:
    check = ev.load_cases(ROOT, split="check")
    assert len(check) >= 8
    assert all(not c.synthetic for c in check)
    # at least two account pairs (two governments' readouts of one call)
    assert sum(c.command == "compare" for c in check) >= 2
