"""Sides and speakers found in an article -> a starter profile YAML (``sources --write-profile``).

The profile written lists each side with the speakers it was given and the reason, as
comments, so a user can move a speaker to another side and re-run; ``profile.parse_profile``
reads it back to the same sides.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attribcmp.model import Side, Speaker
from attribcmp.profile import is_slug, plain_pattern

__all__ = ["dump_starter_profile"]

_STARTER_HEADER = """\
# attribcmp profile: a starter written from what attribcmp found. Edit it, then run
#   attribcmp compare ... --profile THIS_FILE
#
# sides: who speaks for whom. Sides are tried in this order, before the built-in gazetteer.
#   - the key is the side id used by --side and in JSON: lowercase letters, digits, hyphens.
#   - name: the heading shown in reports.
#   - members: plain text matches whole words in any case, in a speaker's name, aliases and
#     mentions ("Austin" matches "Lloyd J. Austin"); write /.../ for a regular expression.
#   Move a member to another side to re-assign a speaker; delete a side to let the
#   gazetteer decide again. A side whose id or name names a country ("pakistan",
#   "United States") also takes the speakers the gazetteer gives that country.
"""


def dump_starter_profile(sides: Sequence[Side], speakers: Sequence[Speaker]) -> str:
    """Write a starter profile for ``sources --write-profile``.

    Every side lists its speakers' names as members (with the reason they landed there as a
    comment); every speaker alias becomes an ``aliases`` entry. The text round-trips through
    ``parse_profile``.

    Args:
        sides: the sides, in report order; their ids must be slugs.
        speakers: the speakers, with ``side`` set by ``resolve_sides``.

    Returns:
        The YAML text.

    Raises:
        ValueError: a side id is not a slug (``resolve_sides`` never makes one).
    """
    lines = [_STARTER_HEADER.rstrip("\n"), "sides:"]
    for side in sides:
        if not is_slug(side.id):
            raise ValueError(f"side id {side.id!r} is not a slug")
        lines.append(f"  {_quote(side.id)}:")
        lines.append(f"    name: {_quote(side.name.strip() or side.id)}")
        members = [sp for sp in speakers if sp.side == side.id and sp.name.strip()]
        if not members:
            lines.append("    members: []")
            continue
        lines.append("    members:")
        for speaker in members:
            comment = _comment(speaker.side_reason)
            lines.append(f"      - {_quote(_member_text(speaker.name))}{comment}")
    if not sides:
        lines[-1] = "sides: {}"
    lines += [
        "",
        "# aliases: another name -> the speaker's canonical name. Add a line to merge two",
        "# speakers the attribution kept apart; the alias is matched in any case.",
    ]
    # An alias several speakers carry ("Smith" for Ann and Bo Smith) would merge them all
    # into one when the profile is read back; only an alias of one speaker is written.
    owners: dict[str, set[str]] = {}
    for speaker in speakers:
        for alias in speaker.aliases:
            owners.setdefault(alias.strip().casefold(), set()).add(speaker.name.strip().casefold())
    alias_lines: list[str] = []
    seen: set[str] = set()
    for speaker in speakers:
        name = speaker.name.strip()
        for alias in speaker.aliases:
            alias = alias.strip()
            if not name or not alias or alias == name or alias.casefold() in seen:
                continue
            if len(owners[alias.casefold()]) > 1:
                continue
            seen.add(alias.casefold())
            alias_lines.append(f"  {_quote(alias)}: {_quote(name)}")
    lines += ["aliases:", *alias_lines] if alias_lines else ["aliases: {}"]
    lines += [
        "",
        "# cues: extra reporting verbs or phrases, e.g. [briefed, wrote in a memo].",
        "cues: []",
        "",
        "# concepts: groups of words that count as the same idea when claims are aligned,",
        "# e.g. - [flood victims, flood-affected people, flood survivors]",
        "concepts: []",
        "",
    ]
    return "\n".join(lines)


def _member_text(name: str) -> str:
    """A speaker name as a member; one that looks like /regex/ is written as a literal regex."""
    name = " ".join(name.split())
    if len(name) >= 2 and name.startswith("/") and name.endswith("/"):
        return f"/{plain_pattern(name)}/"
    return name


def _comment(reason: str) -> str:
    reason = " ".join(reason.split())
    shown = "".join(c if _RAW_OK.match(c) else f"\\u{ord(c):04X}" for c in reason)
    return f"  # {shown}" if shown else ""


# YAML forbids these characters raw; line breaks and tabs are escaped so a name stays on its
# line. Everything else is written as is inside double quotes.
_RAW_OK = re.compile(
    "[\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)


def _quote(text: str) -> str:
    """A YAML double-quoted scalar that reads back as exactly ``text``."""
    out = ['"']
    for char in text:
        if char in '"\\':
            out.append("\\" + char)
        elif _RAW_OK.match(char):
            out.append(char)
        elif ord(char) <= 0xFFFF:
            out.append(f"\\u{ord(char):04X}")
        else:
            out.append(f"\\U{ord(char):08X}")
    out.append('"')
    return "".join(out)
