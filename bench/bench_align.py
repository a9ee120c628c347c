"""Time alignment on synthetic claims: N claims of one side against N of another.

First ``align_claims`` on shared words alone, then the whole dispute model as ``report`` runs
it (facets, links, groups from links, verdicts).

Usage: python bench/bench_align.py [N]   (default 2000; the target is under 5 s on one core)

Claims are drawn deterministically (seeded random): each mixes words from one of n/4 "events"
(small word pools) with random vocabulary, so many pairs overlap and must be grouped, as in
real accounts of one event.
"""

from __future__ import annotations

import argparse
import random
import time

from attribcmp.align import align_claims, topical_features, topical_scores
from attribcmp.classify import classify_groups
from attribcmp.facets import facet_claims
from attribcmp.links import link_claims
from attribcmp.model import Claim, ClaimKind, Settings, TextSpan
from attribcmp.textfeatures import load_concepts

_SEED = 20221005
_TOPICS = (
    "defense",
    "partnership",
    "talks",
    "security",
    "cooperation",
    "bilateral",
    "trade",
    "flood",
    "aid",
    "rehabilitation",
    "militants",
    "civilians",
    "killed",
    "raid",
    "strike",
    "ministry",
    "confirmed",
    "denied",
    "ceasefire",
    "border",
    "troops",
    "election",
    "parliament",
    "budget",
    "inflation",
    "prices",
    "fuel",
    "wheat",
    "exports",
    "imports",
    "loan",
    "reserves",
    "court",
    "verdict",
    "appeal",
    "judge",
    "hearing",
    "police",
    "arrest",
    "protest",
    "march",
    "rally",
    "police",
    "curfew",
    "hospital",
    "patients",
    "doctors",
    "vaccine",
    "outbreak",
    "cases",
    "deaths",
    "school",
    "teachers",
    "students",
    "exam",
)
_FILLER = (
    "the",
    "a",
    "of",
    "in",
    "on",
    "and",
    "to",
    "for",
    "with",
    "by",
    "at",
    "said",
    "that",
    "had",
    "was",
    "were",
    "has",
    "been",
    "from",
)


def _claims(n: int) -> list[Claim]:
    rng = random.Random(_SEED)
    vocab = [*_TOPICS] + [f"name{k}" for k in range(400)] + [f"word{k}" for k in range(3000)]
    # Events: small word pools that several claims on both sides draw from.
    events = [rng.sample(vocab, 10) for _ in range(n // 4)]
    claims: list[Claim] = []
    for k in range(2 * n):
        words = rng.sample(rng.choice(events), rng.randint(3, 7))
        words += [rng.choice(vocab) for _ in range(rng.randint(3, 12))]
        words += rng.sample(_FILLER, 5)
        if rng.random() < 0.3:
            words.append(str(rng.randint(1, 500)))
        rng.shuffle(words)
        text = " ".join(words)
        claims.append(
            Claim(
                id=f"c{k + 1}",
                doc_id="bench",
                speaker_id=f"s{k % 7}",
                kind=ClaimKind.INDIRECT,
                content=TextSpan(text, 0, len(text)),
                parts=((0, len(text)),),
                side="A" if k < n else "B",
            )
        )
    return claims


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=2000, help="claims per side")
    n = parser.parse_args().n
    claims = _claims(n)
    concepts = load_concepts()
    settings = Settings()
    start = time.perf_counter()
    groups = align_claims(claims, settings=settings, concepts=concepts)
    elapsed = time.perf_counter() - start
    multi = sum(len(g.claim_ids) > 1 for g in groups)
    cross = sum(len(g.sides) > 1 for g in groups)
    print(f"claims: {n} x {n}; groups: {len(groups)}")
    print(f"  {multi} with several claims, {cross} across sides")
    print(f"align_claims (shared words only): {elapsed:.2f} s")
    # The dispute model as ``report`` runs it: facets, links, groups from links, verdicts.
    start = time.perf_counter()
    faceted = facet_claims(claims, (), concepts=concepts)
    after_facets = time.perf_counter()
    scores = topical_scores(topical_features(faceted, concepts), settings.threshold)
    links = link_claims(faceted, concepts=concepts, settings=settings, topical=scores)
    after_links = time.perf_counter()
    groups = align_claims(faceted, settings=settings, concepts=concepts, links=links, scores=scores)
    classify_groups(groups, faceted, (), (), concepts=concepts, links=links)
    total = time.perf_counter() - start
    print(
        f"facets {after_facets - start:.2f} s, links {after_links - after_facets:.2f} s "
        f"({len(links)} links), groups + verdicts {start + total - after_links:.2f} s"
    )
    print(f"dispute model, all stages: {total:.2f} s (target < 5 s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
