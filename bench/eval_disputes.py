"""Dispute alignment on the real-article dev set in bench/disputes/ ("Gold format" in its README).

Usage: python bench/eval_disputes.py [--case NAME] [--split dev|check|all] [--verbose] [--json]
       [--relations] [--subprocess] [--check]

For each case folder (article.txt or one file per account + gold.yaml) it validates the gold,
runs ``attribcmp report --format json`` (or ``compare ... --side F=KEY``), matches predicted
claims to gold claims by content-span overlap (best overlap, one-to-one) and scores:

- alignment recall: gold links whose two matched claims are linked by the tool / gold links;
- alignment precision: tool links between two gold-matched claims that are gold links;
- diverge recall: gold ``diverge`` links the tool links with relation diverge / gold diverge;
- one-sided accuracy: matched gold claims whose "in no cross-side link" agrees with the tool;
- speaker accuracy, side consistency (pairs of matched claims), claim recall, side columns;
- with ``--relations``: the found gold links by gold and tool relation (where the verdict errs).

Tool links are the JSON ``links`` list when present, else every pair of claims in one group
whose sides differ (relation = the group status). The last 4 printed lines are the summary.
Each case belongs to a split (gold ``split:``; absent = ``dev``): ``dev`` is tuned on, ``check``
never is. ``--split`` scores one of them (default all); when check cases are scored, one line
before the summary gives the check split's alignment, diverge and one-sided figures alone.
By default the CLI runs in this process (click's runner: one import for all cases);
``--subprocess`` runs ``python -m attribcmp`` per case instead. Exit 1 on invalid gold.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent / "disputes"
RELATIONS = ("converge", "partial", "diverge")
COMMANDS = ("report", "compare")
# side keys every case may use without declaring them: no side, and unqualified anonymous sourcing
IMPLICIT_SIDES = ("other", "unnamed")
# dev: the tuner may tune on it; check: held out from tuning, to see whether the tuning generalises
SPLITS = ("dev", "check")


class GoldError(Exception):
    """A gold file that does not hold together; the message names the case and the problem."""


@dataclass(frozen=True)
class GoldClaim:
    id: str
    file: str
    start: int
    end: int
    speaker: str
    aliases: tuple[str, ...]
    side: str


@dataclass(frozen=True)
class GoldLink:
    a: str
    b: str
    relation: str
    why: str


@dataclass(frozen=True)
class Case:
    name: str
    path: Path
    command: str
    files: tuple[str, ...]
    files_sides: dict[str, str]
    sides: tuple[str, ...]
    claims: tuple[GoldClaim, ...]
    links: tuple[GoldLink, ...]
    one_sided: frozenset[str]
    synthetic: bool = False
    split: str = "dev"


@dataclass(frozen=True)
class PredClaim:
    id: str
    file: str
    parts: tuple[tuple[int, int], ...]
    speaker: str
    side: str | None


@dataclass
class CaseScore:
    name: str
    synthetic: bool = False
    split: str = "dev"
    gold_claims: int = 0
    matched: int = 0
    speaker_ok: int = 0
    side_pairs: int = 0
    side_pairs_ok: int = 0
    gold_cols: int = 0
    pred_cols: int = 0
    gold_links: int = 0
    links_found: int = 0
    pred_links: int = 0
    pred_links_ok: int = 0
    gold_diverge: int = 0
    diverge_found: int = 0
    one_sided_n: int = 0
    one_sided_ok: int = 0
    seconds: float = 0.0
    error: str | None = None
    details: list[str] = field(default_factory=list)
    # found gold links by "gold>tool" relation ("partial>diverge"): where the verdict errs
    relations: dict[str, int] = field(default_factory=dict)


# ---------------------------------------------------------------- gold: load and validate


def _need(cond: bool, where: str, message: str) -> None:
    if not cond:
        raise GoldError(f"{where}: {message}")


def load_case(folder: Path) -> Case:
    """Read and validate one case folder; raise GoldError naming the problem."""
    gold_path = folder / "gold.yaml"
    where = f"{folder.name}/gold.yaml"
    _need(gold_path.is_file(), folder.name, "no gold.yaml")
    try:
        data = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise GoldError(f"{where}: not valid YAML ({exc})") from exc
    _need(isinstance(data, dict), where, "top level must be a mapping")
    command = data.get("command", "report")
    _need(command in COMMANDS, where, f"command must be one of {COMMANDS}, not {command!r}")

    sources = data.get("source")
    _need(isinstance(sources, list) and bool(sources), where, "source: needs one entry per file")
    files: list[str] = []
    texts: dict[str, str] = {}
    for i, src in enumerate(sources):
        _need(isinstance(src, dict), where, f"source[{i}] must be a mapping")
        for key in ("file", "url", "licence"):
            _need(bool(src.get(key)), where, f"source[{i}] has no {key}")
        name = str(src["file"])
        _need(name not in files, where, f"source file {name} listed twice")
        _need((folder / name).is_file(), where, f"source file {name} is missing")
        files.append(name)
        texts[name] = (folder / name).read_text(encoding="utf-8")
    if command == "report":
        _need(len(files) == 1, where, "report cases have exactly one file")
    else:
        _need(len(files) >= 2, where, "compare cases need two or more files")

    sides_raw = data.get("sides") or {}
    _need(isinstance(sides_raw, dict) and bool(sides_raw), where, "sides: must be a mapping")
    sides = tuple(str(k) for k in sides_raw)
    known_sides = set(sides) | set(IMPLICIT_SIDES)

    files_sides: dict[str, str] = {}
    if command == "compare":
        raw = data.get("files_sides")
        _need(isinstance(raw, dict), where, "compare cases need files_sides: {file: side}")
        for name in files:
            _need(name in raw, where, f"files_sides has no entry for {name}")
            _need(raw[name] in sides, where, f"files_sides: {raw[name]!r} is not a declared side")
            files_sides[name] = str(raw[name])

    claims: list[GoldClaim] = []
    seen: set[str] = set()
    for i, item in enumerate(data.get("claims") or []):
        _need(isinstance(item, dict), where, f"claims[{i}] must be a mapping")
        cid = str(item.get("id", ""))
        _need(bool(cid), where, f"claims[{i}] has no id")
        _need(cid not in seen, where, f"claim id {cid} is used twice")
        seen.add(cid)
        name = str(item.get("file", files[0]))
        _need(name in texts, where, f"claim {cid}: file {name} is not a source file")
        text = item.get("text")
        _need(isinstance(text, str) and bool(text.strip()), where, f"claim {cid} has no text")
        after = item.get("after")
        start_at = 0
        if after is not None:
            start_at = texts[name].find(str(after))
            _need(start_at >= 0, where, f"claim {cid}: after-text {after!r} not in {name}")
        start = texts[name].find(text, start_at)
        _need(start >= 0, where, f"claim {cid}: text not found in {name}: {text[:60]!r}")
        _need(bool(item.get("speaker")), where, f"claim {cid} has no speaker")
        side = str(item.get("side", ""))
        _need(side in known_sides, where, f"claim {cid}: side {side!r} is not declared")
        aliases = item.get("speaker_aliases") or []
        _need(isinstance(aliases, list), where, f"claim {cid}: speaker_aliases must be a list")
        claims.append(
            GoldClaim(
                cid,
                name,
                start,
                start + len(text),
                str(item["speaker"]),
                tuple(str(a) for a in aliases),
                side,
            )
        )
    _need(bool(claims), where, "no claims")
    by_id = {c.id: c for c in claims}

    links: list[GoldLink] = []
    pairs: set[frozenset[str]] = set()
    for i, item in enumerate(data.get("links") or []):
        _need(isinstance(item, dict), where, f"links[{i}] must be a mapping")
        a, b = str(item.get("a", "")), str(item.get("b", ""))
        for end in (a, b):
            _need(end in by_id, where, f"links[{i}]: claim {end!r} does not exist")
        _need(a != b, where, f"links[{i}] links {a} to itself")
        rel = item.get("relation")
        _need(rel in RELATIONS, where, f"links[{i}] ({a}-{b}): relation must be one of {RELATIONS}")
        _need(bool(item.get("why")), where, f"links[{i}] ({a}-{b}) has no why")
        _need(
            by_id[a].side != by_id[b].side or by_id[a].side == "other",
            where,
            f"links[{i}] ({a}-{b}) joins two claims of side {by_id[a].side!r}: not cross-side",
        )
        pair = frozenset((a, b))
        _need(pair not in pairs, where, f"links[{i}] ({a}-{b}) is listed twice")
        pairs.add(pair)
        links.append(GoldLink(a, b, str(rel), str(item["why"])))

    linked = {x for p in pairs for x in p}
    one_sided_raw = data.get("one_sided")
    if one_sided_raw is None:
        one_sided = frozenset(c.id for c in claims if c.id not in linked)
    else:
        _need(isinstance(one_sided_raw, list), where, "one_sided must be a list of claim ids")
        for cid in one_sided_raw:
            _need(str(cid) in by_id, where, f"one_sided: claim {cid!r} does not exist")
            _need(str(cid) not in linked, where, f"one_sided: claim {cid} is in a link")
        one_sided = frozenset(str(c) for c in one_sided_raw)
    split = str(data.get("split", "dev"))
    _need(split in SPLITS, where, f"split must be one of {SPLITS}, not {split!r}")
    return Case(
        folder.name,
        folder,
        command,
        tuple(files),
        files_sides,
        sides,
        tuple(claims),
        tuple(links),
        one_sided,
        bool(data.get("synthetic", False)),
        split,
    )


def load_cases(root: Path = ROOT, only: str | None = None, split: str = "all") -> list[Case]:
    """Every case under root (sorted by name) in the split, validated; GoldError on a bad one."""
    if not root.is_dir():
        raise GoldError(f"{root}: no such directory")
    folders = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    if only is not None:
        # one name, or several joined by commas (--cases: a group, e.g. newly added cases)
        names = [n.strip() for n in only.split(",") if n.strip()]
        folders = [p for p in folders if p.name in names]
        missing = sorted(set(names) - {p.name for p in folders})
        if missing or not names:
            raise GoldError(f"no case named {(missing or [only])[0]!r} under {root}")
    cases = [load_case(p) for p in folders]
    return [c for c in cases if split == "all" or c.split == split]


# ---------------------------------------------------------------- running the tool


def tool_args(case: Case) -> list[str]:
    """The CLI arguments for a case (paths relative to the case folder)."""
    if case.command == "report":
        return ["report", case.files[0], "--format", "json"]
    sides = [arg for f in case.files for arg in ("--side", f"{f}={case.files_sides[f]}")]
    return ["compare", *case.files, *sides, "--format", "json"]


def run_tool(case: Case, use_subprocess: bool) -> dict[str, Any]:
    """The tool's JSON for a case; RuntimeError with the tool's message when it fails."""
    args = tool_args(case)
    if use_subprocess:
        proc = subprocess.run(
            [sys.executable, "-m", "attribcmp", *args],
            cwd=case.path,
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
        )
        if proc.returncode not in (0, 3):
            raise RuntimeError(proc.stderr.strip() or f"exit {proc.returncode}")
        out = proc.stdout
    else:
        out = _run_in_process(case.path, args)
    result: dict[str, Any] = json.loads(out)
    return result


def _run_in_process(cwd: Path, args: list[str]) -> str:
    import os

    from click.testing import CliRunner

    from attribcmp.cli import cli

    old = Path.cwd()
    os.chdir(cwd)  # the CLI names documents after the paths it is given
    try:
        # a crash in the tool is reported as this case's error, not a traceback for the set
        result = CliRunner().invoke(cli, args, catch_exceptions=True)
    finally:
        os.chdir(old)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise RuntimeError(f"tool crashed: {result.exception!r}")
    if result.exit_code not in (0, 3):
        err = getattr(result, "stderr", "") or result.output
        raise RuntimeError(err.strip() or f"exit {result.exit_code}")
    return result.stdout


def predicted_claims(case: Case, data: dict[str, Any]) -> list[PredClaim]:
    """Claims of the tool's JSON, with the case file each one's spans point into."""
    docs = [str(d.get("id")) for d in data.get("documents", [])]
    doc_file = dict(zip(docs, case.files, strict=False))
    out: list[PredClaim] = []
    for c in data.get("claims", []):
        content = c.get("content") or {}
        parts = content.get("parts") or ([content["span"]] if content.get("span") else [])
        doc = str(c.get("doc")) if c.get("doc") is not None else (docs[0] if docs else "")
        out.append(
            PredClaim(
                str(c["id"]),
                doc_file.get(doc, case.files[0]),
                tuple((int(s), int(e)) for s, e in parts),
                str(c.get("speaker_name") or ""),
                c.get("side"),
            )
        )
    return out


def predicted_links(
    data: dict[str, Any], sides: dict[str, str | None]
) -> dict[frozenset[str], str]:
    """{pair of claim ids: relation}: the JSON ``links`` if present, else cross-side group pairs."""
    links: dict[frozenset[str], str] = {}
    if isinstance(data.get("links"), list):
        for link in data["links"]:
            pair = frozenset((str(link["a"]), str(link["b"])))
            if len(pair) == 2:
                links[pair] = str(link.get("relation", ""))
        return links
    for group in data.get("groups", []):
        members = [str(c) for c in group.get("claims", [])]
        for a, b in combinations(members, 2):
            if sides.get(a) != sides.get(b):
                links.setdefault(frozenset((a, b)), str(group.get("status", "")))
    return links


# ---------------------------------------------------------------- scoring


def overlap(gold: GoldClaim, pred: PredClaim) -> int:
    """Characters of the gold span covered by the predicted content parts (same file only)."""
    if gold.file != pred.file:
        return 0
    return sum(max(0, min(gold.end, e) - max(gold.start, s)) for s, e in pred.parts)


def match_claims(gold: Sequence[GoldClaim], pred: Sequence[PredClaim]) -> dict[str, PredClaim]:
    """Gold id -> predicted claim: best overlap first, each side used once."""
    scored = [
        (overlap(g, p), gi, pi)
        for gi, g in enumerate(gold)
        for pi, p in enumerate(pred)
        if overlap(g, p) > 0
    ]
    scored.sort(key=lambda t: (-t[0], t[1], t[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: dict[str, PredClaim] = {}
    for _, gi, pi in scored:
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        out[gold[gi].id] = pred[pi]
    return out


def _words(name: str) -> str:
    # a curly and a straight apostrophe spell one word ("Minister’s" = "Minister's")
    return " " + " ".join(re.findall(r"[\w'.-]+", name.casefold().replace("’", "'"))) + " "


def speaker_ok(pred_name: str, gold: GoldClaim) -> bool:
    """Equal (case-insensitive) or one contains the other as whole words."""
    p = _words(pred_name)
    if not p.strip():
        return False
    for name in (gold.speaker, *gold.aliases):
        g = _words(name)
        if g.strip() and (g in p or p in g):
            return True
    return False


def _side_key(side: str | None, speaker: str, other: Iterable[str]) -> str:
    # no side ("other"/none) is not a shared side: two such speakers are together only if
    # they are the same speaker
    if side is None or side in other:
        return f"\x00{speaker.casefold()}"
    return side


def score_case(case: Case, data: dict[str, Any]) -> CaseScore:
    """All figures for one case from the tool's JSON."""
    s = CaseScore(case.name)
    pred = predicted_claims(case, data)
    matched = match_claims(case.claims, pred)
    pred_sides = {p.id: p.side for p in pred}
    plinks = predicted_links(data, pred_sides)
    gold_by_id = {c.id: c for c in case.claims}

    s.gold_claims = len(case.claims)
    s.matched = len(matched)
    s.speaker_ok = sum(speaker_ok(matched[c].speaker, gold_by_id[c]) for c in matched)
    ids = [c.id for c in case.claims if c.id in matched]
    for a, b in combinations(ids, 2):
        ga, gb = gold_by_id[a], gold_by_id[b]
        gold_same = _side_key(ga.side, ga.speaker, ("other",)) == _side_key(
            gb.side, gb.speaker, ("other",)
        )
        pa, pb = matched[a], matched[b]
        pred_same = _side_key(pa.side, pa.speaker, ("other",)) == _side_key(
            pb.side, pb.speaker, ("other",)
        )
        s.side_pairs += 1
        s.side_pairs_ok += gold_same == pred_same
    s.gold_cols = len({c.side for c in case.claims})
    s.pred_cols = len({p.side if p.side is not None else "\x00none" for p in pred})

    gold_pairs = {frozenset((link.a, link.b)): link for link in case.links}
    to_gold = {matched[g].id: g for g in matched}
    s.gold_links = len(case.links)
    s.gold_diverge = sum(link.relation == "diverge" for link in case.links)
    for link in case.links:
        pa, pb = matched.get(link.a), matched.get(link.b)
        if pa is None or pb is None:
            s.details.append(f"  {link.a}-{link.b} {link.relation}: MISSED (claim not found)")
            continue
        rel = plinks.get(frozenset((pa.id, pb.id)))
        if rel is None:
            s.details.append(
                f"  {link.a}-{link.b} {link.relation}: MISSED ({pa.id}, {pb.id} unlinked)"
            )
            continue
        s.links_found += 1
        s.diverge_found += link.relation == "diverge" and rel == "diverge"
        key = f"{link.relation}>{rel}"
        s.relations[key] = s.relations.get(key, 0) + 1
        mark = "ok" if rel == link.relation else f"linked as {rel}"
        s.details.append(f"  {link.a}-{link.b} {link.relation}: {mark} ({pa.id}-{pb.id})")
    for pair, rel in sorted(plinks.items(), key=lambda kv: sorted(kv[0])):
        a, b = sorted(pair)
        if a in to_gold and b in to_gold:
            s.pred_links += 1
            gpair = frozenset((to_gold[a], to_gold[b]))
            if gpair in gold_pairs:
                s.pred_links_ok += 1
            else:
                ga, gb = sorted(gpair)
                s.details.append(f"  extra: {a}-{b} {rel} (gold {ga}-{gb} not linked)")
    linked_pred = {x for pair in plinks for x in pair}
    for cid, p in matched.items():
        s.one_sided_n += 1
        s.one_sided_ok += (cid in case.one_sided) == (p.id not in linked_pred)
    return s


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def totals(scores: Sequence[CaseScore]) -> dict[str, Any]:
    """The summary figures over all cases."""

    def tot(attr: str) -> int:
        return sum(int(getattr(s, attr)) for s in scores)

    return {
        "cases": len(scores),
        "gold_claims": tot("gold_claims"),
        "claims_matched": tot("matched"),
        "claim_recall": _ratio(tot("matched"), tot("gold_claims")),
        "speaker_accuracy": _ratio(tot("speaker_ok"), tot("matched")),
        "side_consistency": _ratio(tot("side_pairs_ok"), tot("side_pairs")),
        "extra_side_columns": sum(max(0, s.pred_cols - s.gold_cols) for s in scores),
        "gold_links": tot("gold_links"),
        "predicted_links": tot("pred_links"),
        "alignment_recall": _ratio(tot("links_found"), tot("gold_links")),
        "alignment_precision": _ratio(tot("pred_links_ok"), tot("pred_links")),
        "gold_diverge": tot("gold_diverge"),
        "diverge_recall": _ratio(tot("diverge_found"), tot("gold_diverge")),
        "one_sided_accuracy": _ratio(tot("one_sided_ok"), tot("one_sided_n")),
        "errors": [f"{s.name}: {s.error}" for s in scores if s.error],
        "seconds": round(sum(s.seconds for s in scores), 2),
    }


def summary_lines(t: dict[str, Any]) -> list[str]:
    """The 4-line summary (the format file's exact shape)."""
    return [
        f"claims matched {t['claim_recall']:.2f} ({t['claims_matched']}/{t['gold_claims']}); "
        f"speaker accuracy {t['speaker_accuracy']:.2f}; side consistency "
        f"{t['side_consistency']:.2f}; extra side columns {t['extra_side_columns']}",
        f"alignment recall {t['alignment_recall']:.2f} precision {t['alignment_precision']:.2f} "
        f"(gold links {t['gold_links']}, predicted {t['predicted_links']})",
        f"diverge recall {t['diverge_recall']:.2f} (gold {t['gold_diverge']}); "
        f"one-sided accuracy {t['one_sided_accuracy']:.2f}",
        f"cases {t['cases']}",
    ]


def relation_lines(scores: Sequence[CaseScore]) -> list[str]:
    """The found gold links by gold relation (rows) and the tool's (columns), one line a row:
    where a linked pair gets the wrong relation."""
    counts: dict[str, int] = {}
    for s in scores:
        for key, n in s.relations.items():
            counts[key] = counts.get(key, 0) + n
    lines = ["found links by relation (gold: tool converge / partial / diverge)"]
    for gold in RELATIONS:
        row = " / ".join(str(counts.get(f"{gold}>{tool}", 0)) for tool in RELATIONS)
        lines.append(f"  gold {gold}: {row}")
    return lines


def check_line(scores: Sequence[CaseScore]) -> str | None:
    """One line of the check split's own figures, or None when no check case was scored."""
    check = [s for s in scores if s.split == "check"]
    if not check:
        return None
    t = totals(check)
    return (
        f"check split: alignment recall {t['alignment_recall']:.2f} precision "
        f"{t['alignment_precision']:.2f} (gold links {t['gold_links']}, predicted "
        f"{t['predicted_links']}); diverge recall {t['diverge_recall']:.2f} "
        f"(gold {t['gold_diverge']}); one-sided accuracy {t['one_sided_accuracy']:.2f}; "
        f"cases {t['cases']}"
    )


def case_line(s: CaseScore) -> str:
    name = f"{s.name} (synthetic)" if s.synthetic else s.name
    if s.split != "dev":
        name = f"{name} [{s.split}]"
    if s.error:
        return f"{name}: ERROR {s.error}"
    return (
        f"{name}: claims {s.matched}/{s.gold_claims} speaker {s.speaker_ok}/{s.matched} "
        f"sides {_ratio(s.side_pairs_ok, s.side_pairs):.2f} cols {s.pred_cols}/{s.gold_cols} "
        f"links {s.links_found}/{s.gold_links} prec {s.pred_links_ok}/{s.pred_links} "
        f"diverge {s.diverge_found}/{s.gold_diverge} "
        f"one-sided {s.one_sided_ok}/{s.one_sided_n} ({s.seconds:.1f}s)"
    )


def evaluate(
    root: Path = ROOT,
    only: str | None = None,
    use_subprocess: bool = False,
    real_only: bool = False,
    split: str = "all",
) -> list[CaseScore]:
    """Validate the gold, run the tool on each case of the split and score it."""
    scores: list[CaseScore] = []
    for case in load_cases(root, only, split):
        if real_only and case.synthetic:
            continue
        t0 = time.perf_counter()
        try:
            data = run_tool(case, use_subprocess)
        except (RuntimeError, ValueError) as exc:
            s = CaseScore(case.name, gold_claims=len(case.claims), gold_links=len(case.links))
            s.gold_diverge = sum(link.relation == "diverge" for link in case.links)
            s.error = str(exc).splitlines()[-1] if str(exc) else type(exc).__name__
        else:
            s = score_case(case, data)
        s.synthetic = case.synthetic
        s.split = case.split
        s.seconds = time.perf_counter() - t0
        scores.append(s)
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", help="score only this case (folder name)")
    parser.add_argument("--cases", help="score only these cases (folder names, comma-separated)")
    parser.add_argument("--verbose", action="store_true", help="each gold link and its fate")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--subprocess", action="store_true", help="run python -m attribcmp")
    parser.add_argument("--check", action="store_true", help="only validate the gold files")
    parser.add_argument(
        "--no-synthetic", action="store_true", help="leave out the cases marked synthetic"
    )
    parser.add_argument(
        "--split",
        choices=("dev", "check", "all"),
        default="all",
        help="score only the dev cases (tuned on), the check cases (never tuned on), or all",
    )
    parser.add_argument(
        "--relations",
        action="store_true",
        help="before the summary, the found gold links by gold and tool relation",
    )
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        if args.check:
            cases = load_cases(args.root, args.cases or args.case, args.split)
            n_claims = sum(len(c.claims) for c in cases)
            n_links = sum(len(c.links) for c in cases)
            print(f"gold ok: {len(cases)} cases, {n_claims} claims, {n_links} links")
            return 0
        only = args.cases or args.case
        scores = evaluate(args.root, only, args.subprocess, args.no_synthetic, args.split)
    except GoldError as exc:
        print(f"eval_disputes: invalid gold: {exc}", file=sys.stderr)
        return 1
    t = totals(scores)
    if args.json:
        cases = [
            {k: v for k, v in vars(s).items() if k != "details" or args.verbose} for s in scores
        ]
        check = [s for s in scores if s.split == "check"]
        out = {"cases": cases, "totals": t, "check_totals": totals(check) if check else None}
        print(json.dumps(out, indent=2, ensure_ascii=False))
        return 0
    for s in scores:
        print(case_line(s))
        if args.verbose:
            for line in s.details:
                print(line)
    if args.relations:
        for line in relation_lines(scores):
            print(line)
    extra = check_line(scores)
    if extra is not None:
        print(extra)
    for line in summary_lines(t):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
