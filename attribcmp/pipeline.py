"""Wires the stages for each command, nothing else.

read -> attribute_claims -> resolve_sides -> [align_claims -> classify_groups] -> Report
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from attribcmp.attribute import attribute_claims
from attribcmp.errors import UsageError
from attribcmp.model import Document, PairResult, Profile, Report, Settings
from attribcmp.profile import slugify
from attribcmp.side_accounts import side_for_label
from attribcmp.sides import declared_side_ids, nationality, resolve_sides

__all__ = ["attribute", "compare", "relate", "report"]


def attribute(documents: Sequence[Document], profile: Profile | None = None) -> Report:
    """Claims, speakers and sides of the documents, without alignment (``claims``)."""
    profile = profile or Profile()
    frozen, speakers = attribute_claims(documents, profile, nationality=nationality)
    # As a list, emptied while each claim gets its side: the claims are never held twice.
    claims = list(frozen)
    del frozen
    sides, speakers, sided = resolve_sides(speakers, claims, documents, profile)
    return Report(tuple(documents), sides, speakers, sided, None)


def report(
    documents: Sequence[Document],
    profile: Profile | None = None,
    settings: Settings | None = None,
    warnings: Sequence[str] = (),
) -> Report:
    """The full report: attributed claims aligned across sides, with verdicts (``report``)."""
    # Alignment pulls in numpy through rapidfuzz's cdist: only the commands that align import it.
    from attribcmp.align import align_claims, topical_features, topical_scores
    from attribcmp.classify import classify_groups
    from attribcmp.facets import facet_claims
    from attribcmp.links import link_claims
    from attribcmp.points import split_points
    from attribcmp.textfeatures import load_concepts

    profile = profile or Profile()
    settings = settings or Settings()
    base = attribute(documents, profile)
    concepts = load_concepts(profile.concepts)
    # Alignment works on points: each sentence or quoted stretch of a claim (points.py).
    points = split_points(base.claims, base.documents)
    claims = facet_claims(points, base.documents, concepts=concepts)
    # Shared-word scores feed both the links and the restatement merges: computed once.
    low = min(settings.threshold, settings.merge_threshold)
    scores = topical_scores(topical_features(claims, concepts), low)
    links = link_claims(
        claims,
        documents=base.documents,
        speakers=base.speakers,
        sides=base.sides,
        concepts=concepts,
        settings=settings,
        topical=scores,
    )
    groups = align_claims(claims, settings=settings, concepts=concepts, links=links, scores=scores)
    groups = classify_groups(
        groups, claims, base.speakers, base.sides, concepts=concepts, links=links
    )
    return Report(base.documents, base.sides, base.speakers, claims, groups, tuple(warnings), links)


def compare(
    documents: Sequence[Document],
    profile: Profile | None = None,
    settings: Settings | None = None,
    warnings: Sequence[str] = (),
) -> Report:
    """Several accounts of one event, each document carrying its issuer label (``compare``).

    Raises:
        UsageError: fewer than two documents, a label used twice, or a ``--side`` label that
            a profile with declared sides does not know.
    """
    profile = profile or Profile()
    if len(documents) < 2:
        raise UsageError("compare needs at least two accounts (one file each)")
    labels = [doc.issuer or doc.id for doc in documents]
    seen: dict[str, str] = {}
    for doc, label in zip(documents, labels, strict=True):
        key = label.casefold()
        if key in seen:
            raise UsageError(
                f"side label '{label}' is used for both {seen[key]} and {doc.path or doc.id}; "
                "give each account its own label with --side PATH=LABEL"
            )
        seen[key] = doc.path or doc.id
    declared = declared_side_ids(profile)
    if declared:
        names = {rule.id for rule in profile.sides} | {
            rule.name.casefold() for rule in profile.sides
        }
        for doc in documents:
            issuer = doc.issuer
            if (
                issuer
                and issuer.casefold() not in names
                and side_for_label(issuer, profile).id not in declared
            ):
                raise UsageError(
                    f"--side {doc.path or doc.id}={issuer}: "
                    f"the profile declares no side '{issuer}' "
                    f"(declared: {', '.join(declared)})"
                )
    documents, named = _labels_from_file_names(documents, profile)
    hints = [
        f"{doc.path or doc.id}: its side is named after the file ('{doc.id}'); give it one with "
        f"--side {doc.path or doc.id}=LABEL (a country such as 'us' joins the officials the "
        "account quotes from that country)"
        for doc in documents
        if not doc.issuer and side_for_label(doc.id, profile).id == slugify(doc.id)
    ]
    docs = [replace(doc, issuer=doc.issuer or doc.id) for doc in documents]
    return report(docs, profile, settings, (*warnings, *named, *hints))


def _labels_from_file_names(
    documents: Sequence[Document], profile: Profile
) -> tuple[list[Document], list[str]]:
    """Accounts given no ``--side`` whose file name names one country or body
    ("us_whitehouse.txt") stand for it; each such choice is said, with how to undo it."""
    from attribcmp.account_labels import labels_from_file_names

    open_docs = [
        doc
        for doc in documents
        if not doc.issuer and side_for_label(doc.id, profile).id == slugify(doc.id)
    ]
    # by identity: a Document compares by its whole text, and this runs once per account
    open_ids = {id(doc) for doc in open_docs}
    taken = [doc.issuer for doc in documents if doc.issuer]
    taken += [doc.id for doc in documents if not doc.issuer and id(doc) not in open_ids]
    labels = labels_from_file_names([doc.id for doc in open_docs], taken)
    declared = declared_side_ids(profile)
    chosen = {
        id(doc): label
        for doc, label in zip(open_docs, labels, strict=True)
        # a profile that declares its sides decides them: a file name never adds one
        if label and (not declared or side_for_label(label, profile).id in declared)
    }
    notes = [
        f"{doc.path or doc.id}: taken as the account of "
        f"{side_for_label(chosen[id(doc)], profile).name} ('{chosen[id(doc)]}' in its file "
        f"name); give it another side with --side {doc.path or doc.id}=LABEL"
        for doc in documents
        if id(doc) in chosen
    ]
    docs = [replace(doc, issuer=chosen[id(doc)]) if id(doc) in chosen else doc for doc in documents]
    return docs, notes


def relate(
    a: str, b: str, settings: Settings | None = None, profile: Profile | None = None
) -> PairResult:
    """How two statements relate (``pair``)."""
    from attribcmp.classify import relate_statements
    from attribcmp.textfeatures import load_concepts

    profile = profile or Profile()
    return relate_statements(
        a, b, settings=settings or Settings(), concepts=load_concepts(profile.concepts)
    )
