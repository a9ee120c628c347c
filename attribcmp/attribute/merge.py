"""Merging speakers after resolution: one body's mentions, and the profile's aliases."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from attribcmp.attribute.entities import own_to_document
from attribcmp.attribute.mentions import words
from attribcmp.model import Profile, Speaker, SpeakerKind


def body_aliases(speakers: Sequence[Speaker]) -> dict[str, str]:
    """Speaker id -> the id of the body it names: "Army" = "the army"; a bare "Ministry" in a
    headline = the one "Energy Ministry" the story quotes (only when exactly one fits).

    A description is read in its own document only: in ``compare`` each account's "the
    ministry" is the ministry of that account's issuer, never the "foreign ministry" the
    other account quotes.
    """
    bodies = [sp for sp in speakers if sp.kind is SpeakerKind.ORGANISATION]
    docs = {sp.id: frozenset(m.doc_id for m in sp.mentions) for sp in bodies}

    def bare(name: str) -> str:
        low = name.casefold()
        return low[4:] if low.startswith("the ") else low

    def reaches(sp: Speaker, other: Speaker) -> bool:
        # a name ("Energy Ministry") is one body in every document; a description ("the
        # ministry", "the Foreign Ministry") is the body of its own document's account
        return not own_to_document(sp.name) or bool(docs[sp.id] & docs[other.id]) or not docs[sp.id]

    out: dict[str, str] = {}
    first_by_key: dict[str, list[Speaker]] = {}
    for sp in bodies:
        key = bare(sp.name)
        earlier = first_by_key.setdefault(key, [])
        target = next((o for o in earlier if reaches(sp, o)), None)
        if target is not None and target.name != sp.name:
            out[sp.id] = target.id
        if target is None or target.name != sp.name:
            earlier.append(sp)
    for sp in bodies:
        key = bare(sp.name)
        # A description ("the air force", "Ministry") names the one body it ends the name of.
        if key != key.lower() and " " in key:
            continue
        if " " not in key and key not in words().organisations:
            continue
        ends = (" " + key, "’s " + key, "'s " + key)
        fits = {
            o.id for o in bodies if o is not sp and bare(o.name).endswith(ends) and reaches(sp, o)
        }
        if len(fits) == 1:
            out[sp.id] = fits.pop()
    return out


def apply_aliases(
    speakers: tuple[Speaker, ...], profile: Profile, bodies: Mapping[str, str] | None = None
) -> tuple[tuple[Speaker, ...], dict[str, str]]:
    """Profile aliases rename speakers, and ``bodies`` (``body_aliases``) join a speaker to the
    body it names; speakers that get the same canonical name merge, a description only with
    one of its own document.

    Returns the speakers (ids renumbered in order) and a map from old to new speaker id.
    """
    bodies = bodies or {}
    if not profile.aliases and not bodies:
        return speakers, {sp.id: sp.id for sp in speakers}
    table = {alias.casefold(): canonical for alias, canonical in profile.aliases}
    by_id = {sp.id: sp for sp in speakers}
    merged: dict[tuple[str, frozenset[str]], Speaker] = {}
    old_to_key: dict[str, tuple[str, frozenset[str]]] = {}
    for sp in speakers:
        # a body alias may chain ("Ministry" -> "the ministry" -> "Energy Ministry"); the
        # hops are bounded by the speakers, so a loop cannot run on
        named, hops = sp, 0
        while named.id in bodies and bodies[named.id] in by_id and hops < len(by_id):
            named, hops = by_id[bodies[named.id]], hops + 1
        names = (named.name, *named.aliases, *(m.span.text for m in named.mentions))
        canonical = next((table[n.casefold()] for n in names if n.casefold() in table), named.name)
        # "the ministry" of two accounts is two ministries; a name is one body everywhere
        scope = (
            frozenset(m.doc_id for m in named.mentions)
            if own_to_document(canonical)
            else frozenset()
        )
        key = (canonical.casefold(), scope)
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
