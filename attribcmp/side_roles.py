"""Role, then name: "A pro-rebel general said ..." and then "General Lul Ruai Koang said".

A story often introduces a source by role and names him a sentence or two on. The named person,
whom nothing else places, takes the side of the role quoted just before him when his own title
is that role ("General" after "a pro-rebel general", "Spokesman" after "a rebel spokesman").
"""

from __future__ import annotations

import re
from collections.abc import MutableMapping, Sequence

from attribcmp.model import Speaker, SpeakerKind
from attribcmp.side_names import LOCAL, OTHER, UNNAMED, Found, speaker_texts

# How far back (characters) the role may be: the paragraph before, not the story's opening.
_REACH = 600
# A title opening a named mention, and the role noun it repeats (abbreviations spelt out).
_TITLE = re.compile(
    r"^(?P<title>General|Gen\.|Colonel|Col\.|Major|Maj\.|Captain|Capt\.|Brigadier|Brig\.|"
    r"Admiral|Adm\.|Commander|Cmdr\.|Spokes(?:man|woman|person))\s+[A-Z]"
)
_SPELT = {
    "gen.": "general",
    "col.": "colonel",
    "maj.": "major",
    "capt.": "captain",
    "brig.": "brigadier",
    "adm.": "admiral",
    "cmdr.": "commander",
}


def join_named_roles(speakers: Sequence[Speaker], found_by: MutableMapping[str, Found]) -> None:
    """A named person left in "Other speakers" whose title repeats the role of an unnamed
    speaker placed just before him ("a pro-rebel general" -> "General Koang") joins its side."""
    roles: dict[str, list[tuple[int, str, Speaker]]] = {}  # doc -> (offset, role noun, speaker)
    for sp in speakers:
        side = found_by[sp.id][0]
        if side.id in (OTHER.id, UNNAMED.id, LOCAL.id) or not sp.mentions:
            continue
        words = sp.name.split()
        if len(words) >= 2 and words[0].lower() in ("a", "an", "the"):
            m = sp.mentions[0]
            roles.setdefault(m.doc_id, []).append((m.span.start, words[-1].lower(), sp))
    if not roles:
        return
    for sp in speakers:
        side, why = found_by[sp.id]
        if side.id != OTHER.id or sp.kind is not SpeakerKind.PERSON or not sp.mentions:
            continue
        title = next(
            (hit["title"].lower() for t in speaker_texts(sp) if (hit := _TITLE.match(t))), None
        )
        if title is None:
            continue
        title = _SPELT.get(title, title)
        at = sp.mentions[0]
        before = [
            (pos, role_sp)
            for pos, role, role_sp in roles.get(at.doc_id, ())
            if role == title and at.span.start - _REACH <= pos < at.span.start
        ]
        if before:
            role_sp = max(before, key=lambda p: p[0])[1]
            role_side = found_by[role_sp.id][0]
            found_by[sp.id] = (
                role_side,
                f"'{title}' names the '{role_sp.name}' quoted just before, on {role_side.name}",
            )
