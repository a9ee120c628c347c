"""Merging speakers after resolution: one body's mentions, and the profile's aliases."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from attribcmp.attribute.mentions import words
from attribcmp.model import Profile, Speaker, SpeakerKind


def body_aliases(speakers: Sequence[Speaker]) -> tuple[tuple[str, str], ...]:
    """Aliases that merge one body's mentions: "Army" = "the army"; a bare "Ministry" in a
    headline = the one "Energy Ministry" the story quotes (only when exactly one fits)."""
    bodies = [sp for sp in speakers if sp.kind is SpeakerKind.ORGANISATION]

    def bare(name: str) -> str:
        low = name.casefold()
        return low[4:] if low.startswith("the ") else low

    out: list[tuple[str, str]] = []
    first_by_key: dict[str, str] = {}
    for sp in bodies:
        key = bare(sp.name)
        if key in first_by_key and first_by_key[key] != sp.name:
            out.append((sp.name, first_by_key[key]))
        first_by_key.setdefault(key, sp.name)
    for sp in bodies:
        key = bare(sp.name)
        # A description ("the air force", "Ministry") names the one body it ends the name of.
        if key != key.lower() and " " in key:
            continue
        if " " not in key and key not in words().organisations:
            continue
        ends = (" " + key, "’s " + key, "'s " + key)
        fits = {o.name for o in bodies if o is not sp and bare(o.name).endswith(ends)}
        if len(fits) == 1:
            out.append((sp.name, fits.pop()))
    return tuple(out)


def apply_aliases(
    speakers: tuple[Speaker, ...], profile: Profile
) -> tuple[tuple[Speaker, ...], dict[str, str]]:
    """Profile aliases rename speakers; speakers that get the same canonical name merge.

    Returns the speakers (ids renumbered in order) and a map from old to new speaker id.
    """
    if not profile.aliases:
        return speakers, {sp.id: sp.id for sp in speakers}
    table = {alias.casefold(): canonical for alias, canonical in profile.aliases}
    merged: dict[str, Speaker] = {}
    old_to_key: dict[str, str] = {}
    for sp in speakers:
        names = (sp.name, *sp.aliases, *(m.span.text for m in sp.mentions))
        canonical = next((table[n.casefold()] for n in names if n.casefold() in table), sp.name)
        key = canonical.casefold()
        old_to_key[sp.id] = key
        seen = merged.get(key)
        if seen is None:
            aliases = tuple(a for a in dict.fromkeys((sp.name, *sp.aliases)) if a != canonical)
            merged[key] = replace(sp, name=canonical, aliases=aliases)
            continue
        aliases = tuple(
            a for a in dict.fromkeys((*seen.aliases, sp.name, *sp.aliases)) if a != canonical
        )
        mentions = tuple(
            sorted((*seen.mentions, *sp.mentions), key=lambda m: (m.doc_id, m.span.start))
        )
        merged[key] = replace(
            seen, aliases=aliases, mentions=mentions, anonymous=seen.anonymous and sp.anonymous
        )
    new_ids = {key: f"s{n}" for n, key in enumerate(merged, 1)}
    out = tuple(replace(sp, id=new_ids[key]) for key, sp in merged.items())
    return out, {old: new_ids[key] for old, key in old_to_key.items()}
