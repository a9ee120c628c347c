"""Golden tests: every samples/<case>/case.yaml runs its commands and checks the outputs.

Two kinds of test per case:

* snapshots: each entry of ``outputs`` (expected file -> CLI args) is run through click's
  CliRunner in the case folder and compared byte-for-byte with the file. ``pytest
  --update-golden`` rewrites the files instead; review the diff before committing.
* expectations: each entry of ``expect`` states what a reader of the article would say the
  report must show (a diverging group holding both tolls, a claim that is hedged, no claim
  taken from boilerplate). They are checked against the live JSON report, not the snapshot,
  so a snapshot can never bless a wrong answer. An entry with ``xfail: <reason>`` records a
  known engine mistake; it is strict, so fixing the engine makes the test fail until the
  marker is removed.

Expectation kinds (one per entry, plus ``name`` and optional ``why`` / ``xfail`` / ``from``:
the JSON output the entry is checked against when not the case's ``expect_from``, e.g.
``from: claims.json`` for what attribution alone must show):

    group / no_group      some group matches / no group matches the selector:
                            status (one or a list), text (substrings of the group's claims),
                            lacks (substrings no claim of the group holds),
                            side_text ({side id: substrings in that side's claims}),
                            sides (exactly these sides speak), missing_sides, flags (subsets),
                            speaker (a claim's speaker name contains it)
    claim / no_claim      some claim matches / no claim matches:
                            speaker, text, side, kind (one or a list), hedged, cue,
                            parts (number of parts), reported_speaker, parent (the id of
                            the claim a point is cut from; true: any point, false: none)
    speaker / no_speaker  some speaker matches / none matches: name, anonymous, side,
                            kind (one or a list)
    no_claim_text         none of these substrings is in any claim's content or mention
    same_speaker          the claims holding each of these substrings share one speaker
    output_lacks          {output: file name, text: [...]}: the fresh output holds none of them

All text matching is case-insensitive substring matching.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from attribcmp.cli import cli

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

_CASE_KEYS = {"description", "outputs", "expect", "expect_from"}
_SELECTOR_KEYS = {
    "group": {
        "status",
        "text",
        "lacks",
        "side_text",
        "sides",
        "missing_sides",
        "flags",
        "speaker",
    },
    "claim": {
        "speaker",
        "text",
        "side",
        "kind",
        "hedged",
        "cue",
        "parts",
        "reported_speaker",
        "parent",
    },
    "speaker": {"name", "anonymous", "side", "kind"},
}
_KINDS = {
    "group",
    "no_group",
    "claim",
    "no_claim",
    "speaker",
    "no_speaker",
    "no_claim_text",
    "same_speaker",
    "output_lacks",
}


@dataclass(frozen=True)
class Case:
    name: str
    folder: Path
    outputs: dict[str, list[str]]
    expect: list[dict[str, Any]]
    expect_from: str


def _load_case(path: Path) -> Case:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    unknown = set(data) - _CASE_KEYS
    assert not unknown, f"{path}: unknown keys {sorted(unknown)}"
    outputs = data.get("outputs") or {}
    assert outputs, f"{path}: no outputs"
    for target, args in outputs.items():
        assert isinstance(args, list) and all(isinstance(a, str) for a in args), (
            f"{path}: outputs.{target} must be a list of strings"
        )
    expect = data.get("expect") or []
    for entry in expect:
        kinds = set(entry) & _KINDS
        extra = set(entry) - _KINDS - {"name", "why", "xfail", "from"}
        assert "name" in entry and len(kinds) == 1 and not extra, (
            f"{path}: expectation {entry.get('name')!r} needs a name and exactly one of "
            f"{sorted(_KINDS)} (unknown keys: {sorted(extra)})"
        )
        assert entry.get("from", "report.json") in outputs, (
            f"{path}: {entry['name']}: from {entry.get('from')!r} is not an output"
        )
        kind = kinds.pop()
        base = kind.removeprefix("no_")
        if base in _SELECTOR_KEYS:
            bad = set(entry[kind]) - _SELECTOR_KEYS[base]
            assert not bad, f"{path}: {entry['name']}: unknown {base} keys {sorted(bad)}"
    expect_from = data.get("expect_from", "report.json")
    assert expect_from in outputs, f"{path}: expect_from {expect_from!r} is not an output"
    return Case(path.parent.name, path.parent, outputs, expect, expect_from)


def _cases() -> list[Case]:
    return [_load_case(p) for p in sorted(SAMPLES.glob("*/case.yaml"))]


CASES = _cases()


@functools.cache
def _run(folder: Path, args: tuple[str, ...]) -> tuple[int, bytes, str]:
    """Run the CLI in ``folder`` (so paths in args and in the output stay relative)."""
    runner = CliRunner()
    previous = Path.cwd()
    os.chdir(folder)
    try:
        # COLUMNS is fixed so that text output, if a case snapshots it, never depends on
        # the terminal the tests run in.
        result = runner.invoke(cli, list(args), env={"COLUMNS": "100", "NO_COLOR": "1"})
    finally:
        os.chdir(previous)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout_bytes, result.stderr


def _snapshot_params() -> Iterator[Any]:
    for case in CASES:
        for target, args in case.outputs.items():
            yield pytest.param(case, target, args, id=f"{case.name}/{target}")


@pytest.mark.parametrize(("case", "target", "args"), list(_snapshot_params()))
def test_snapshot(case: Case, target: str, args: list[str], update_golden: bool) -> None:
    code, stdout, stderr = _run(case.folder, tuple(args))
    assert code == 0, f"attribcmp {' '.join(args)} exited {code}: {stderr}"
    assert stderr == "", f"unexpected warnings: {stderr}"
    path = case.folder / target
    if update_golden:
        path.write_bytes(stdout)
    assert path.exists(), f"{path} missing; run pytest --update-golden and review it"
    expected = path.read_bytes()
    if stdout != expected:
        # Show a readable diff rather than two byte strings.
        assert stdout.decode("utf-8") == expected.decode("utf-8")


# -- expectations -------------------------------------------------------------------------------


def _fold(text: str | None) -> str:
    return (text or "").casefold()


def _has_all(haystack: str, needles: list[str]) -> bool:
    folded = _fold(haystack)
    return all(_fold(n) in folded for n in needles)


def _as_list(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


def _claim_matches(claim: dict[str, Any], sel: dict[str, Any]) -> bool:
    cue = (claim["cue"] or {}).get("text")
    checks: dict[str, Callable[[Any], bool]] = {
        "speaker": lambda v: _fold(v) in _fold(claim["speaker_name"]),
        "text": lambda v: _has_all(_said(claim), _as_list(v)),
        "side": lambda v: claim["side"] == v,
        "kind": lambda v: claim["kind"] in _as_list(v),
        "hedged": lambda v: claim["hedged"] is v,
        "cue": lambda v: _fold(v) in _fold(cue),
        "parts": lambda v: len(claim["content"]["parts"]) == v,
        "reported_speaker": lambda v: _fold(v) in _fold(claim["reported_speaker"]),
        "parent": lambda v: (
            (claim.get("parent") is not None) is v
            if isinstance(v, bool)
            else claim.get("parent") == v
        ),
    }
    return all(checks[key](value) for key, value in sel.items())


def _group_matches(group: dict[str, Any], sel: dict[str, Any], claims: dict[str, Any]) -> bool:
    members = [claims[cid] for cid in group["claims"]]
    joined = "\n".join(_said(c) for c in members)

    def side_has(side: str, needles: list[str]) -> bool:
        text = "\n".join(_said(c) for c in members if c["side"] == side)
        return bool(text) and _has_all(text, needles)

    checks: dict[str, Callable[[Any], bool]] = {
        "status": lambda v: group["status"] in _as_list(v),
        "text": lambda v: _has_all(joined, _as_list(v)),
        "lacks": lambda v: not any(_fold(n) in _fold(joined) for n in _as_list(v)),
        "side_text": lambda v: all(side_has(s, _as_list(n)) for s, n in v.items()),
        "sides": lambda v: sorted(group["sides"]) == sorted(v),
        "missing_sides": lambda v: set(v) <= set(group["missing_sides"]),
        "flags": lambda v: set(v) <= set(group["flags"]),
        "speaker": lambda v: any(_fold(v) in _fold(c["speaker_name"]) for c in members),
    }
    return all(checks[key](value) for key, value in sel.items())


def _speaker_matches(speaker: dict[str, Any], sel: dict[str, Any]) -> bool:
    checks: dict[str, Callable[[Any], bool]] = {
        "name": lambda v: _fold(v) in _fold(speaker["name"]),
        "anonymous": lambda v: speaker["anonymous"] is v,
        "side": lambda v: speaker["side"] == v,
        "kind": lambda v: speaker["kind"] in _as_list(v),
    }
    return all(checks[key](value) for key, value in sel.items())


def _describe(report: dict[str, Any]) -> str:
    """The report in brief, for failure messages."""
    claims = {c["id"]: c for c in report["claims"]}
    lines = [
        f"{c['id']} [{c['side']}] {c['speaker_name']} ({c['kind']}): {c['content']['text'][:70]}"
        for c in report["claims"]
    ]
    for g in report.get("groups") or []:
        texts = " | ".join(_said(claims[cid])[:40] for cid in g["claims"])
        lines.append(f"{g['id']} {g['status']} {g['sides']} {g['flags']}: {texts}")
    return "\n".join(lines)


def _find(base: str, sel: dict[str, Any], report: dict[str, Any]) -> list[str]:
    """The ids (speakers: names) of the groups, claims or speakers that match ``sel``."""
    claims = {c["id"]: c for c in report["claims"]}
    if base == "group":
        groups = report.get("groups") or []
        return [g["id"] for g in groups if _group_matches(g, sel, claims)]
    if base == "claim":
        return [c["id"] for c in report["claims"] if _claim_matches(c, sel)]
    return [s["name"] for s in report["speakers"] if _speaker_matches(s, sel)]


def _said(claim: dict[str, Any]) -> str:
    """The claim's own words: its content parts, without the attribution between them."""
    content = claim["content"]
    if "span" not in content or not content.get("parts"):
        return str(content["text"])  # the hand-made claims of the table tests
    text, start = content["text"], content["span"][0]
    return " … ".join(text[a - start : b - start] for a, b in content["parts"])


def check_expectation(
    entry: dict[str, Any], report: dict[str, Any], outputs: dict[str, str]
) -> None:
    """Assert one expectation against a JSON report (and the fresh outputs by file name)."""
    kind = next(k for k in sorted(_KINDS) if k in entry)
    base = kind.removeprefix("no_")
    brief = _describe(report)
    if base in _SELECTOR_KEYS:
        sel: dict[str, Any] = entry[kind]
        found = _find(base, sel, report)
        if kind == base:
            assert found, f"no {base} matches {sel}\n{brief}"
        else:
            assert not found, f"{base}s {found} match {sel}\n{brief}"
    elif kind == "no_claim_text":
        for claim in report["claims"]:
            where = _said(claim) + "\n" + ((claim["mention"] or {}).get("text") or "")
            hits = [t for t in entry[kind] if _fold(t) in _fold(where)]
            assert not hits, f"{claim['id']} is taken from {hits}: {where!r}"
    elif kind == "same_speaker":
        speakers: dict[str, set[str]] = {}
        for needle in entry[kind]:
            holders = [c for c in report["claims"] if _fold(needle) in _fold(_said(c))]
            assert holders, f"no claim holds {needle!r}\n{brief}"
            speakers[needle] = {c["speaker_name"] for c in holders}
        assert len(set().union(*speakers.values())) == 1, f"different speakers: {speakers}"
    elif kind == "output_lacks":
        spec = entry[kind]
        hits = [t for t in spec["text"] if t in outputs[spec["output"]]]
        assert not hits, f"{spec['output']} contains {hits}"


def _expect_params() -> Iterator[Any]:
    for case in CASES:
        for entry in case.expect:
            marks = []
            if "xfail" in entry:
                marks.append(pytest.mark.xfail(strict=True, reason=entry["xfail"]))
            yield pytest.param(case, entry, id=f"{case.name}/{entry['name']}", marks=marks)


@pytest.mark.parametrize(("case", "entry"), list(_expect_params()))
def test_expectation(case: Case, entry: dict[str, Any]) -> None:
    fresh: dict[str, str] = {}
    for target, args in case.outputs.items():
        code, stdout, stderr = _run(case.folder, tuple(args))
        assert code == 0, f"attribcmp {' '.join(args)} exited {code}: {stderr}"
        fresh[target] = stdout.decode("utf-8")
    report = json.loads(fresh[entry.get("from", case.expect_from)])
    check_expectation(entry, report, fresh)


def test_every_case_has_expectations() -> None:
    assert CASES, f"no samples/*/case.yaml under {SAMPLES}"
    for case in CASES:
        assert case.expect, f"{case.name}: a golden case needs expectations, not only snapshots"


# -- the checker itself: each kind must be able to fail, or an expectation proves nothing ----

_TINY = {
    "speakers": [
        {"name": "Col. Daniel Okoro", "anonymous": False, "side": "army", "kind": "person"},
        {"name": "officials", "anonymous": True, "side": "unnamed", "kind": "source"},
    ],
    "claims": [
        {
            "id": "c1",
            "speaker_name": "Col. Daniel Okoro",
            "side": "army",
            "kind": "direct",
            "hedged": False,
            "cue": {"text": "said"},
            "mention": {"text": "Okoro"},
            "reported_speaker": None,
            "content": {"text": "The strike killed 15 militants", "parts": [[0, 30]]},
        },
        {
            "id": "c2",
            "speaker_name": "officials",
            "side": "unnamed",
            "kind": "indirect",
            "hedged": True,
            "cue": {"text": "claimed"},
            "mention": None,
            "reported_speaker": None,
            "content": {"text": "22 civilians died", "parts": [[40, 57]]},
        },
    ],
    "groups": [
        {
            "id": "g1",
            "status": "diverge",
            "claims": ["c1", "c2"],
            "sides": ["army", "unnamed"],
            "flags": ["hedged"],
            "missing_sides": [],
        }
    ],
}


@pytest.mark.parametrize(
    ("entry", "holds"),
    [
        ({"group": {"status": "diverge", "text": ["15", "22"]}}, True),
        ({"group": {"status": ["partial", "converge"], "text": ["15"]}}, False),
        ({"group": {"side_text": {"army": ["15 militants"], "unnamed": ["22"]}}}, True),
        ({"group": {"side_text": {"army": ["22"]}}}, False),
        ({"group": {"sides": ["unnamed", "army"], "flags": ["hedged"]}}, True),
        ({"group": {"flags": ["anonymous_only"]}}, False),
        ({"group": {"lacks": ["militants"]}}, False),
        ({"group": {"speaker": "okoro", "missing_sides": []}}, True),
        ({"no_group": {"status": "converge"}}, True),
        ({"no_group": {"status": "diverge"}}, False),
        ({"claim": {"speaker": "Okoro", "kind": "direct", "parts": 1, "cue": "said"}}, True),
        ({"claim": {"speaker": "Okoro", "parts": 2}}, False),
        ({"claim": {"hedged": True, "text": ["22 CIVILIANS"], "side": "unnamed"}}, True),
        ({"claim": {"reported_speaker": "Okoro"}}, False),
        ({"no_claim": {"text": ["militants"]}}, False),
        ({"speaker": {"name": "officials", "anonymous": True, "kind": "source"}}, True),
        ({"speaker": {"name": "Okoro", "anonymous": True}}, False),
        ({"speaker": {"name": "Okoro", "kind": ["organisation", "document"]}}, False),
        ({"claim": {"speaker": "officials", "kind": ["direct", "indirect"]}}, True),
        ({"no_speaker": {"name": "Thursday"}}, True),
        ({"no_claim_text": ["Related Articles"]}, True),
        ({"no_claim_text": ["okoro"]}, False),  # the mention counts too
        ({"same_speaker": ["15 militants", "strike"]}, True),
        ({"same_speaker": ["15 militants", "22 civilians"]}, False),
        ({"output_lacks": {"output": "report.md", "text": ["““"]}}, True),
        ({"output_lacks": {"output": "report.md", "text": ['“"']}}, False),
    ],
)
def test_check_expectation(entry: dict[str, Any], holds: bool) -> None:
    outputs = {"report.md": 'c1 “"The strike killed 15 militants"”'}
    if holds:
        check_expectation(entry, _TINY, outputs)
    else:
        with pytest.raises(AssertionError):
            check_expectation(entry, _TINY, outputs)
