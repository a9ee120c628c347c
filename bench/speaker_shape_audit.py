"""List speaker mentions on PolNeAR that cannot speak: a clause ending in a finite verb ("The
nominee currently sits"), a lone pronoun or possessive ("his"), or a phrase headed by an
inanimate common noun ("a curfew", "the video").

Usage: python bench/speaker_shape_audit.py [--split dev] [--docs N] [--all]

Prints counts by shape and rule, then every flagged mention (with --all, every mention) with
its rule. Exits 0 with a note when ../shared is absent.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from shared_path import find_shared  # noqa: E402

# Words that alone cannot be a speaker mention: possessives and object pronouns.
_LONE = {"his", "her", "their", "its", "my", "our", "your", "him", "them", "me", "us"}
# Heads that name things, not people or bodies (a sample of the shapes seen, for counting only).
_INANIMATE = {
    "curfew",
    "video",
    "clip",
    "footage",
    "photo",
    "photos",
    "image",
    "images",
    "ad",
    "ads",
    "law",
    "bill",
    "rule",
    "plan",
    "policy",
    "measure",
    "deal",
    "move",
    "decision",
    "order",
    "ban",
    "email",
    "emails",
    "letter",
    "tweet",
    "post",
    "website",
    "site",
    "page",
    "book",
}
# Word endings of a finite verb closing the phrase ("sits", "remained", "has").
_VERBS = {"is", "are", "was", "were", "has", "have", "had", "does", "did", "sits", "remains"}


def shape(text: str) -> str:
    toks = text.split()
    if not toks:
        return ""
    last = toks[-1].lower().strip(".,")
    if len(toks) == 1 and last in _LONE:
        return "lone"
    if last in _INANIMATE:
        return "inanimate"
    if len(toks) > 1 and toks[-1][:1].islower() and (last in _VERBS or last.endswith("ed")):
        return "verb"
    return ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev")
    parser.add_argument("--docs", type=int, default=0)
    parser.add_argument("--all", action="store_true")
    args = parser.parse_args(argv)
    corpus = find_shared() / "corpora" / "polnear" / f"{args.split}.jsonl"
    if not corpus.exists():
        print(f"no corpus at {corpus}; nothing measured")
        return 0
    from attribcmp.model import Document
    from attribcmp.pipeline import attribute

    lines = corpus.read_text(encoding="utf-8").splitlines()
    if args.docs:
        lines = lines[: args.docs]
    shapes: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    rows: list[str] = []
    total = 0
    for line in lines:
        doc = json.loads(line)
        report = attribute([Document(doc["id"], doc["text"])])
        for claim in report.claims:
            if claim.mention is None:
                continue
            total += 1
            found = shape(claim.mention.text)
            if found:
                shapes[found] += 1
                rules[f"{found} {claim.rule}"] += 1
            if found or args.all:
                rows.append(f"{found or '-'}\t{claim.rule}\t{claim.mention.text!r}\t{doc['id']}")
    print(f"mentions {total}; flagged " + ", ".join(f"{k} {v}" for k, v in shapes.most_common()))
    for key, n in rules.most_common():
        print(f"  {n:4d} {key}")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
