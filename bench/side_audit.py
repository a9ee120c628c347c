"""Gold-free audit of the side columns on many real news texts (PolNeAR dev + train).

Usage: python bench/side_audit.py [--split dev|train|all] [--limit N] [--all-docs] [--json]
       [--report] [--shape KIND]

For every document it runs the library the ``report`` command runs (``attribcmp.pipeline``:
``attribute`` by default, which sets the same sides, speakers and claims as ``report``;
``--report`` runs the full report, alignment included, like ``report --format json``) and
looks at the side columns, i.e. the sides that hold at least one claim. A column is flagged
when its name is a shape a reader would never head a column with:

- pronoun: "he (unresolved)", "They", "it";
- common: a common noun phrase without a proper name ("the official", "a spokesman",
  "officials", "Police");
- fragment: a sentence adverb or conjunction at the start ("As ...", "However, ..."), a
  misread head ("the lead", "the fighting"), a report as a noun ("an intelligence report"),
  a lower-case or verbless piece with no name in it;
- outlet: a news agency or outlet as its own side where it only reports: the column is named
  after its report ("The AP's report", "a Reuters report") rather than the outlet. A column
  named after an outlet itself is not flagged (an outlet that makes the accusation is a party,
  "AP" in a story on its own massacre report), only counted as ``outlet_cols`` for a look;
- group (shown, not counted as flagged): a group of people speaking together ("Villagers",
  "Police", "Protesters"), which the tool makes a party on purpose;
- dup: more columns than distinct named parties (two columns for one country or one name:
  "China" and "the Chinese Foreign Ministry", "Obama" and "Barack Obama").

Totals: columns per document, flagged columns per 100 documents by shape, and the share of
claims in "Other speakers" / "Unnamed sources". The corpus is read from ``shared/`` (read-only;
never copied into the repository). The lists below are the audit's own, kept apart from the
tool's lexicons so that the audit does not only find what the tool already knows.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from shared_path import find_shared  # noqa: E402

from attribcmp.data import word_set  # noqa: E402
from attribcmp.model import Document, Report  # noqa: E402
from attribcmp.pipeline import attribute, report  # noqa: E402

POLNEAR = find_shared() / "corpora" / "polnear"
SPLITS = ("dev", "train")
# the catch-all columns ("Other speakers", "Unnamed sources") and the one "Local officials"
# party: never flagged, counted apart
RESERVED = {"other", "unnamed", "local-officials"}

PRONOUNS = word_set(
    "he she it they we i you him her them us me his hers its their our who whom which that this "
    "these those one someone somebody anyone everyone nobody"
)
DETERMINERS = word_set(
    "the a an another this these those that some several many most few both each every his her "
    "its their our my your any other no one two three four five six seven eight nine ten "
    "dozens hundreds"
)
# Common nouns that head a speaker phrase without naming anyone (checked with any case).
COMMON = word_set(
    """official officials spokesman spokeswoman spokesperson spokesmen source sources aide aides
    diplomat diplomats analyst analysts expert experts observer observers critic critics
    supporter supporters opponent opponents lawmaker lawmakers member members staffer staffers
    employee employees worker workers activist activists investigator investigators officer
    officers authorities authority police government military army ministry office department
    agency committee council campaign administration coalition alliance troops soldiers forces
    force peacekeepers mission militia fighters rebels insurgents militants villagers residents
    witnesses protesters demonstrators relatives families survivors people person man woman men
    women boy girl friend neighbor neighbour president minister secretary chief adviser advisor
    ambassador envoy general commander director leader leaders chairman governor senator mayor
    prosecutor prosecutors judge lawyer lawyers attorney attorneys doctor doctors report reports
    statement study poll survey group groups party company firm court voters republicans
    democrats conservatives liberals americans scientists researchers economists strategists
    pollster pollsters candidate candidates nominee host hosts anchor reporter reporters
    journalist journalists editor writer author administration's campaign's team staff
    organizers organisers students teachers parents officials' insiders insider advocates
    advocate counsel representative representatives spokespeople press media network networks
    newspaper paper outlet outlets website site blog column columnist commentator commentators
    pundit pundits allies ally aides' guy guys folks everybody nobody public crowd audience
    viewers readers citizens population majority minority plurality percent critics' state
    states country countries nation nations city officials city's federal local senior top
    former current acting deputy chief's foreign defense defence interior national security
    u.s. white house"""
)
# Groups of people who speak together as a party ("villagers said", "police said"): the tool
# gives them a column on purpose; counted as ``group``, apart from the flagged shapes.
GROUPS = word_set(
    """villagers residents witnesses protesters demonstrators relatives families survivors
    locals farmers students passengers fishermen tribesmen elders refugees settlers parents
    teachers police workers"""
)
# Sentence adverbs, conjunctions and other openers that are no part of a speaker's name.
OPENERS = word_set(
    """as currently however meanwhile moreover furthermore nevertheless nonetheless therefore
    thus still yet also but and so then now today yesterday tonight instead indeed earlier later
    separately similarly additionally finally first second third last lastly overall initially
    previously recently while when although though since because after before if once unless
    until whereas here there what why how where asked speaking according in on at for with by
    from of to despite during amid among under over about like unlike even just only perhaps
    maybe obviously clearly notably importantly ultimately"""
)
# Heads that cannot speak: a column headed by one is a misread piece of a sentence.
FRAGMENT_HEADS = word_set(
    """lead fighting intelligence report reports reporting study poll polls survey data figures
    article story stories headline headlines video footage book memo letter statement
    analysis review investigation probe findings research situation issue problem question
    matter point idea way thing things time year years day days week month ago part rest
    meeting talks violence attack war conflict crisis vote election process move addition
    news coverage interview speech remarks comments tweet tweets post posts"""
)
OUTLETS = [
    "associated press",
    "ap",
    "reuters",
    "afp",
    "agence france-presse",
    "bloomberg",
    "cnn",
    "bbc",
    "nbc",
    "abc",
    "cbs",
    "fox news",
    "fox",
    "msnbc",
    "npr",
    "pbs",
    "the new york times",
    "new york times",
    "the washington post",
    "washington post",
    "the wall street journal",
    "wall street journal",
    "the new york post",
    "new york post",
    "politico",
    "the hill",
    "axios",
    "breitbart",
    "breitbart news",
    "the guardian",
    "the daily caller",
    "daily caller",
    "huffington post",
    "the huffington post",
    "buzzfeed",
    "buzzfeed news",
    "usa today",
    "los angeles times",
    "the los angeles times",
    "the atlantic",
    "vox",
    "slate",
    "salon",
    "the daily beast",
    "daily beast",
    "mother jones",
    "national review",
    "the intercept",
    "the new yorker",
    "newsweek",
    "time",
    "time magazine",
    "the associated press",
    "xinhua",
    "tass",
    "ria novosti",
    "al jazeera",
    "the times",
    "the telegraph",
    "dpa",
    "kyodo",
    "yonhap",
    "efe",
    "ansa",
    "upi",
    "the economist",
    "the boston globe",
    "boston globe",
    "the chicago tribune",
    "chicago tribune",
    "mcclatchy",
    "propublica",
    "the drudge report",
    "drudge report",
    "infowars",
    "wikileaks",
    "the blaze",
    "the washington times",
    "washington times",
    "the washington free beacon",
    "washington free beacon",
    "the weekly standard",
    "weekly standard",
    "the federalist",
    "nbc news",
    "abc news",
    "cbs news",
    "cnbc",
    "univision",
    "telemundo",
    "the new york daily news",
    "new york daily news",
    "daily mail",
    "the daily mail",
    "the sun",
    "the independent",
    "sky news",
    "rt",
    "sputnik",
    "voa",
    "voice of america",
    "radio free europe",
    "the conversation",
]
OUTLET_SET = set(OUTLETS)
REPORT_OF = re.compile(
    r"['’]s\s+(report|reporting|story|article|analysis|poll|survey)\b"
    r"|\b(report|reporting|story|article)\s+(by|in|from)\b",
    re.IGNORECASE,
)
WORD = re.compile(r"[A-Za-z][\w.'’-]*")
SHAPES = ("pronoun", "common", "fragment", "outlet", "dup")  # flagged
INFO = ("group",)  # shown, not counted as flagged


@dataclass
class Column:
    side: str
    name: str
    claims: int
    speakers: list[str]
    flags: list[str] = field(default_factory=list)


@dataclass
class DocAudit:
    id: str
    columns: list[Column]
    claims: int
    other: int
    unnamed: int


def _words(name: str) -> list[str]:
    return WORD.findall(name)


def _bare(word: str) -> str:
    return word.casefold().rstrip(".").removesuffix("'s").removesuffix("’s")


def _proper_words(name: str) -> list[str]:
    """Capitalised words that are neither a determiner, opener, nor a listed common noun."""
    out = []
    for word in _words(name):
        bare = _bare(word)
        if not word[0].isupper() and not word[0].isdigit():
            continue
        if bare in DETERMINERS or bare in OPENERS or bare in PRONOUNS or bare in COMMON:
            continue
        out.append(bare)
    return out


def shape_flags(name: str) -> list[str]:
    """The shapes (see the module doc) a column named ``name`` has; [] when it is a fine name."""
    clean = re.sub(r"\s*\((?:unresolved|unnamed)\)\s*$", "", name).strip()
    words = _words(clean)
    if not words:
        return ["fragment"]
    low = [_bare(w) for w in words]
    flags: list[str] = []
    if "(unresolved)" in name or (len(low) == 1 and low[0] in PRONOUNS):
        return ["pronoun"]
    key = clean.casefold()
    if REPORT_OF.search(clean):
        outlet = any(re.search(rf"\b{re.escape(o)}\b", key) for o in OUTLET_SET)
        return ["outlet" if outlet else "fragment"]
    if low[0] in OPENERS and len(low) > 1:
        flags.append("fragment")
    elif low[-1] in FRAGMENT_HEADS and len(_proper_words(" ".join(words[:-1]))) == 0:
        # "the lead", "an intelligence report": a head that cannot speak and no name before it
        flags.append("fragment")
    elif not any(w[0].isupper() or w[0].isdigit() for w in words):
        # a column name in lower case only is no party's name
        flags.append("fragment" if not set(low) & COMMON else "common")
    if not flags and not _proper_words(clean):
        # a group of people speaking together ("Villagers", "Police") is a party by design
        flags.append("group" if low[-1] in GROUPS and len(low) <= 2 else "common")
    return flags


def is_outlet(name: str) -> bool:
    """A column named after a news outlet itself ("AP", "The New York Times")."""
    key = name.casefold().strip()
    return key in OUTLET_SET or key.removeprefix("the ") in OUTLET_SET


def _name_key(name: str) -> tuple[str, ...]:
    return tuple(_bare(w) for w in _words(name) if _bare(w) not in DETERMINERS)


def dup_columns(columns: Sequence[Column]) -> list[Column]:
    """Columns whose name opens or ends another column's name, or equals it ("Kasich" and
    "John Kasich", "Democratic" and "Democratic Party"): one party, two columns."""
    named = [c for c in columns if c.side not in RESERVED and not c.flags]
    out = []
    for i, col in enumerate(named):
        key = _name_key(col.name)
        if not key:
            continue
        for j, other in enumerate(named):
            full = _name_key(other.name)
            if i == j or len(full) < len(key) or (full == key and i < j):
                continue
            if full[: len(key)] == key or full[-len(key) :] == key:
                out.append(col)
                break
    return out


def audit_report(doc_id: str, rep: Report) -> DocAudit:
    names = {side.id: side.name for side in rep.sides}
    counts: Counter[str] = Counter()
    speakers: dict[str, set[str]] = {}
    spk_name = {s.id: s.name for s in rep.speakers}
    for claim in rep.claims:
        side = claim.side or "other"
        counts[side] += 1
        speakers.setdefault(side, set()).add(spk_name.get(claim.speaker_id, claim.speaker_id))
    columns = [
        Column(side, names.get(side, side), counts[side], sorted(speakers[side])) for side in counts
    ]
    for col in columns:
        if col.side not in RESERVED:
            col.flags = shape_flags(col.name)
    for col in dup_columns(columns):
        col.flags.append("dup")
    return DocAudit(doc_id, columns, sum(counts.values()), counts["other"], counts["unnamed"])


def load_docs(split: str, limit: int | None) -> list[tuple[str, str]]:
    splits = SPLITS if split == "all" else (split,)
    docs: list[tuple[str, str]] = []
    for name in splits:
        path = POLNEAR / f"{name}.jsonl"
        if not path.is_file():
            raise SystemExit(f"side_audit: {path} not found (set ATTRIBCMP_SHARED)")
        with path.open(encoding="utf-8") as fh:
            docs.extend((rec["id"], rec["text"]) for rec in map(json.loads, fh))
    return docs[:limit] if limit else docs


def run(docs: Iterable[tuple[str, str]], full: bool) -> list[DocAudit]:
    out = []
    for doc_id, text in docs:
        document = Document(doc_id, text)
        rep = report([document]) if full else attribute([document])
        out.append(audit_report(doc_id, rep))
    return out


def totals(audits: Sequence[DocAudit]) -> dict[str, float]:
    n = max(len(audits), 1)
    cols = [len([c for c in a.columns if c.side not in RESERVED]) for a in audits]
    shapes: Counter[str] = Counter()
    flagged = 0
    for a in audits:
        for c in a.columns:
            shapes.update(set(c.flags))
            flagged += bool(set(c.flags) & set(SHAPES))
    claims = sum(a.claims for a in audits) or 1
    out: dict[str, float] = {
        "documents": len(audits),
        "columns_per_doc": sum(len(a.columns) for a in audits) / n,
        "named_columns_per_doc": sum(cols) / n,
        "max_columns": max((len(a.columns) for a in audits), default=0),
        "flagged_per_100": 100 * flagged / n,
        "other_share": sum(a.other for a in audits) / claims,
        "unnamed_share": sum(a.unnamed for a in audits) / claims,
    }
    for shape in (*SHAPES, *INFO):
        out[f"{shape}_per_100"] = 100 * shapes[shape] / n
    out["outlet_cols_per_100"] = (
        100
        * sum(is_outlet(c.name) for a in audits for c in a.columns if c.side not in RESERVED)
        / n
    )
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--all-docs", action="store_true", help="print every document")
    parser.add_argument("--report", action="store_true", help="run the full report")
    parser.add_argument(
        "--shape", choices=(*SHAPES, *INFO), help="print only columns of this shape"
    )
    parser.add_argument("--json", action="store_true", help="one JSON object per document")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    audits = run(load_docs(args.split, args.limit), args.report)
    for a in audits:
        cols = [c for c in a.columns if not args.shape or args.shape in c.flags]
        flagged = [c for c in cols if c.flags]
        if args.json:
            print(json.dumps({"id": a.id, "columns": [c.__dict__ for c in a.columns]}))
            continue
        if not (args.all_docs or flagged):
            continue
        print(f"{a.id}: {len(a.columns)} columns, {a.claims} claims")
        for c in cols if args.all_docs else flagged:
            mark = f" [{','.join(c.flags)}]" if c.flags else ""
            who = "; ".join(c.speakers[:4]) + (" ..." if len(c.speakers) > 4 else "")
            print(f"  {c.name!r} ({c.claims}){mark}  <- {who}")
    t = totals(audits)
    print(
        f"documents {t['documents']:.0f}; columns/doc {t['columns_per_doc']:.2f} "
        f"(named {t['named_columns_per_doc']:.2f}, max {t['max_columns']:.0f}); "
        f"claims in Other speakers {t['other_share']:.3f}, Unnamed sources {t['unnamed_share']:.3f}"
    )
    print(
        f"flagged columns per 100 documents {t['flagged_per_100']:.1f}: "
        + ", ".join(f"{s} {t[f'{s}_per_100']:.1f}" for s in SHAPES)
        + f" (not flagged: group {t['group_per_100']:.1f}, "
        + f"named after an outlet {t['outlet_cols_per_100']:.1f})"
    )
    print(f"({time.perf_counter() - started:.0f}s)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
