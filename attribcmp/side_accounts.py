"""compare mode: the side an account's issuer label stands for, and speakers it places.

Rule 3 of sides.py: an issuer label ("us", "Kremlin", "valdoria") is a profile side, a
gazetteer entry or a side of its own (side_for_label); a speaker named like an issuer is that
issuer (by_issuer_name), and one mentioned only in one issued account takes its issuer's side
(by_issuer).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping

from attribcmp.gazetteer import (
    AGAINST_STATE,
    entry_for_side_label,
    entry_side,
    load_gazetteer,
    profile_stand_ins,
    rule_side,
)
from attribcmp.model import Profile, Side, Speaker
from attribcmp.profile import slugify
from attribcmp.side_names import OTHER, UNNAMED, Found, speaker_texts


def side_for_label(label: str, profile: Profile) -> Side:
    """The side a document issuer label stands for.

    A profile side with that id or name wins; then a gazetteer entry named by the label
    ("us", "United States", "pakistan"), through its profile stand-in if any; otherwise a new
    side named after the label.
    """
    label = label.strip()
    gazetteer = load_gazetteer()
    for rule in profile.sides:
        if label.casefold() in (rule.id, rule.name.casefold()):
            return rule_side(rule, gazetteer)
    entry = entry_for_side_label(label, gazetteer)
    if entry is not None:
        return entry_side(entry, gazetteer, profile_stand_ins(profile, gazetteer))
    return Side(_label_id(label), label)


def _label_id(label: str) -> str:
    """A side id for an issuer label no profile or gazetteer knows.

    Labels with no ASCII letters ("中国", "!!!") have no slug; each gets its own id from a
    hash of the label, so two such accounts stay two sides. A label that slugs to a catch-all
    ("other") must not merge the account into the column of unplaced speakers.
    """
    slug = slugify(label)
    if not slug:
        return (
            "issuer-" + hashlib.blake2s(label.casefold().encode("utf-8"), digest_size=4).hexdigest()
        )
    return f"{slug}-issuer" if slug in (OTHER.id, UNNAMED.id) else slug


def by_issuer(
    speaker: Speaker,
    claim_docs: Mapping[str, set[str]],
    issuers: Mapping[str, str],
    profile: Profile,
) -> Found | None:
    docs = {m.doc_id for m in speaker.mentions} or claim_docs.get(speaker.id, set())
    if len(docs) != 1:
        return None
    (doc_id,) = docs
    issuer = issuers.get(doc_id)
    if issuer is None:
        return None
    # The issuer's own account speaks for the issuer unless a word placed the speaker.
    return (
        side_for_label(issuer, profile),
        f"compare: only in '{doc_id}', issued by '{issuer}'",
    )


def by_issuer_name(speaker: Speaker, issuer_sides: Mapping[str, Side]) -> Found | None:
    # "Reuters" quoted in one account is the party that issued the account labelled "Reuters".
    side = issuer_sides.get(slugify(speaker.name))
    if side is None and speaker.aliases:
        # an issuer shown as "US account" keeps its label ("us") as an alias
        side = next(
            (issuer_sides[k] for a in speaker.aliases if (k := slugify(a)) in issuer_sides), None
        )
    if side is not None:
        return side, f"compare: named like the issuer '{side.name}'"
    # An issuer the gazetteer does not know ("valdoria"): its demonym names its people
    # ("the Valdorian Foreign Ministry" speaks for it).
    if not issuer_sides:
        return None
    for text in speaker_texts(speaker):
        for found in re.finditer(r"[^\W\d_]{4,}", text):
            word = found[0]
            if AGAINST_STATE.match(text, found.end()):
                continue  # "Syrian rebels" fight the issuer "Syria", they do not speak for it
            for side in issuer_sides.values():
                stem = side.id[: max(4, len(side.id) - 1)]
                if "-" not in side.id and word.lower().startswith(stem):
                    return side, f"compare: '{word}' names the issuer '{side.name}'"
    return None
