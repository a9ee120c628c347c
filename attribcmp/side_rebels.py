"""Armed opponents the story names by kind only: one side of their own, not "Other speakers".

A story may quote "the rebels", "Separatist leaders" or "Libyan rebels" without naming their
group. When nothing else placed them (side_joins.join_strays ties them to the one armed group
the story names, when there is one), they are still a party of the story: the side the fighting
or the dispute is against. They form one column named by their kind ("Rebels"), never the
catch-all column shared with analysts and unresolved pronouns.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, MutableMapping, Sequence

from attribcmp.model import Speaker, SpeakerKind
from attribcmp.side_names import OTHER, Found, bare_name, named_side, speaker_texts

# One of the rebels by rank or role, or their group by its kind: "a rebel commander", "a
# pro-rebel general", "Separatist leaders", "the militant group", "the most prominent militant
# group", "the jihadist group", "One of the rebel groups" (up to two words before the rebel
# word).
REBEL_MEMBER = re.compile(
    r"(?i)^(?:(?:one|some|several|two|three)\s+of\s+)?(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:pro-)?(?P<kind>rebel|insurgent|guerrilla|separatist|militant|jihadist)\s+"
    r"(?:generals?|commanders?|colonels?|officers?|spokes(?:man|woman|person|men|women|people)|"
    r"leaders?|officials?|groups?|movements?|organi[sz]ations?)$"
)
# Armed opponents by their kind, up to two words before it ("Libyan rebels", "the pro-Russian
# separatists", "Houthi insurgents"): people of one side, however the story calls them.
_REBEL_PEOPLE = re.compile(
    r"(?i)^(?:(?:the|some|many)\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?P<kind>rebel|insurgent|guerrilla|separatist|militant)s?$"
)

# "A pro-rebel Web site", "pro-separatist media": those who speak for them, on their side.
_PRO_REBEL = re.compile(r"(?i)(?<![\w-])pro-(?P<kind>rebel|insurgent|guerrilla|separatist)\b")


def _in_body(speaker: Speaker, doc_texts: Mapping[str, str]) -> bool:
    """Whether a speaker is quoted below the headline (the first line) of a document."""
    for mention in speaker.mentions:
        text = doc_texts.get(mention.doc_id, "")
        first_break = text.find("\n")
        if 0 <= first_break < mention.span.start:
            return True
    return False


def rebel_kind(name: str) -> str | None:
    """ "rebel" for "the rebels", "Libyan Rebels", "a rebel commander"; "separatist" for
    "Separatist leaders", "the pro-Russian separatists": the kind of armed opposition a speaker
    is one of, or None."""
    name = bare_name(name)
    match = REBEL_MEMBER.match(name) or _REBEL_PEOPLE.match(name) or _PRO_REBEL.search(name)
    return match["kind"].lower() if match is not None else None


def _member_kind(speaker: Speaker) -> str | None:
    """The rebel kind of a speaker's name, or of the role a person's name follows ("A rebel
    spokesman, Omar Ruiz", "rebel commander Ali Musa": the role says whom he speaks for)."""
    found = rebel_kind(speaker.name)
    if found is not None or speaker.kind is not SpeakerKind.PERSON:
        return found
    for text in speaker_texts(speaker):
        if text != speaker.name and text.endswith(speaker.name):
            found = rebel_kind(text[: -len(speaker.name)].rstrip(" ,"))
            if found is not None:
                return found
    return None


def join_rebel_words(
    speakers: Sequence[Speaker],
    found_by: MutableMapping[str, Found],
    taken: set[str],
    doc_texts: Mapping[str, str],
    armed: frozenset[str] = frozenset(),
) -> None:
    """Speakers left in "Other speakers" that are armed opponents by kind join one side, when
    the story quotes no armed group by name (``armed``): beside two named movements, "the
    militants" may be either, and stay where they are. The body must quote them: a headline's
    "Chad Rebel Group Rejects ..." alone opens no column."""
    if armed:
        return
    kinds = {sp.id: _member_kind(sp) for sp in speakers if found_by[sp.id][0].id == OTHER.id}
    members = {sid: kind for sid, kind in kinds.items() if kind is not None}
    if not any(_in_body(sp, doc_texts) for sp in speakers if sp.id in members):
        return
    # one party however it is called ("the rebels" and "rebel commanders", "separatists" and
    # "separatist leaders"): named by the kind the story uses most, the first one on a tie
    kind = Counter(members.values()).most_common(1)[0][0]
    side = named_side(f"{kind}s", taken)
    for sp in speakers:
        if sp.id in members:
            why = f"'{sp.name}': the story's {kind}s, quoted with no group named"
            found_by[sp.id] = side, why


# A short name in capitals: "MNJ", "the MNJ".
_ACRONYM_NAME = re.compile(r"^(?:the\s+)?[A-Z]{2,6}$")
# How far before its first mention an acronym's sentence may call its group rebel.
_DEFINED_REACH = 160
_SENTENCE_END = re.compile(r"[.!?]\s")


def join_rebel_acronyms(
    speakers: Sequence[Speaker],
    found_by: MutableMapping[str, Found],
    doc_texts: Mapping[str, str],
) -> None:
    """ "Vice president for the rebel Nigerien Movement for Justice, the MNJ, ... says" beside
    "Ethnic Tuareg rebels": a group quoted by its short name, left in "Other speakers", whose
    sentence calls it rebel is the story's rebels, when one column holds them (none moves
    beside two)."""
    columns = {
        found_by[sp.id][0].id: found_by[sp.id][0]
        for sp in speakers
        if found_by[sp.id][0].id != OTHER.id and rebel_kind(sp.name) is not None
    }
    if len(columns) != 1:
        return
    (side,) = columns.values()
    for sp in speakers:
        if found_by[sp.id][0].id != OTHER.id or not _ACRONYM_NAME.match(bare_name(sp.name)):
            continue
        short = bare_name(sp.name).split()[-1]
        if any(_called_rebel(doc_texts.get(doc, ""), short) for doc in _docs(sp)):
            found_by[sp.id] = side, f"'{sp.name}': the story calls it rebel, with {side.name}"


def _docs(speaker: Speaker) -> list[str]:
    return list(dict.fromkeys(m.doc_id for m in speaker.mentions))


def _called_rebel(text: str, short: str) -> bool:
    """The sentence naming ``short`` first calls it a rebel group before it ("the rebel
    Nigerien Movement for Justice, the MNJ")."""
    match = re.search(rf"\b{re.escape(short)}\b", text)
    if match is None:
        return False
    window = text[max(0, match.start() - _DEFINED_REACH) : match.start()]
    ends = list(_SENTENCE_END.finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    return re.search(r"(?i)\b(?:rebel|insurgent|guerrilla|separatist)s?\b", window) is not None
