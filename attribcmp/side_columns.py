"""Whole columns: one party under two names, its branches, descriptions and news outlets.

After every speaker has a side (sides.py, side_joins.join_strays), some columns are one party
under two names ("Kasich" and "John Kasich"), a party's local branch ("Polk County GOP" and
"GOP"), a common noun that names no party ("the administration"), or one of several news outlets
the story quotes. These rules merge or drop whole columns, each saying why.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, MutableMapping, Sequence

from attribcmp.affiliation import body_words, head_word
from attribcmp.attribute.mentions import words
from attribcmp.data import word_set
from attribcmp.gazetteer import cached_head_hit, country_ids
from attribcmp.lazy_pattern import LazyPattern
from attribcmp.model import Side, Speaker, SpeakerKind
from attribcmp.side_kinds import NGO_DESCRIBED, NON_PROFIT
from attribcmp.side_names import (
    LOCAL,
    OTHER,
    UNNAMED,
    Found,
    bare_name,
    is_group,
    is_proper,
    speaker_texts,
)
from attribcmp.side_rebels import rebel_kind
from attribcmp.side_words import MILITARY

# Police speak as a group of people, a party on purpose like "villagers" (side_names.is_group);
# forces ("the coalition", "the alliance") are bodies others speak for (data/speakers.yaml).
PEOPLE_BODIES = word_set("police")


# "Media Research Center's Bozell": a name opened by a possessive; the owner is the words before.
_POSSESSIVE = LazyPattern(r"^(?:the\s+)?(?P<owner>[A-Z][^'’]*?)['’]s\s+[A-Z]")


def join_possessives(
    speakers: Sequence[Speaker], found_by: MutableMapping[str, Found], taken: set[str]
) -> None:
    """A side of its own named "X's Y" joins the side named X when the story has one ("Media
    Research Center's Bozell" -> "Media Research Center"): Y is X's person or part."""
    named: dict[tuple[str, ...], Side] = {}
    for sp in speakers:
        side = found_by[sp.id][0]
        if side.id not in (OTHER.id, UNNAMED.id, LOCAL.id):
            named.setdefault(_name_words(side.name), side)
    for sp in speakers:
        side, why = found_by[sp.id]
        if side.id in taken:
            continue
        match = _POSSESSIVE.match(side.name)
        owner = named.get(_name_words(match["owner"])) if match is not None else None
        if owner is not None and owner.id != side.id:
            found_by[sp.id] = owner, f"{why}; '{side.name}' is {owner.name}'s"


def join_office_of_country(
    speakers: Sequence[Speaker], found_by: MutableMapping[str, Found], taken: set[str]
) -> None:
    """ "President of Georgia Mikheil Saakashvili" read as a body named "Georgia Mikheil
    Saakashvili": a side of its own whose name opens with a quoted country side's name, read
    from "<office> of <country> <name>", is that country's (a leader and his government)."""
    countries = {
        side.name: side
        for side in (found_by[sp.id][0] for sp in speakers)
        if side.id in taken and side.id not in (OTHER.id, UNNAMED.id, LOCAL.id)
    }
    if not countries:
        return
    for sp in speakers:
        side, why = found_by[sp.id]
        if side.id in taken:
            continue
        for name, country in countries.items():
            office = f" of {name} "
            if side.name.startswith(name + " ") and any(
                office in f" {text} " for text in speaker_texts(sp)
            ):
                found_by[sp.id] = country, f"{why}; an office of {name}, so {name}'s side"
                break


# "Gadhafi's government", "Assad's regime": a leader's state named by the leader alone.
_LEADER_STATE = LazyPattern(
    r"^(?:the\s+)?[A-Z][\w-]+['’]s\s+(?:government|regime|administration|cabinet)$"
)
_STATE_HEADS = word_set("government regime administration cabinet")


def join_leader_governments(
    speakers: Sequence[Speaker], found_by: MutableMapping[str, Found], taken: set[str]
) -> None:
    """A column named after a leader ("Gadhafi", from "Gadhafi's government") joins the one
    country whose government the story also quotes ("The Libyan government"): one state under
    its leader's name and its own (none when two countries' governments speak)."""
    countries = country_ids()
    states = {
        found_by[sp.id][0].id: found_by[sp.id][0]
        for sp in speakers
        if found_by[sp.id][0].id in taken
        and found_by[sp.id][0].id in countries
        and head_word(bare_name(sp.name)) in _STATE_HEADS
    }
    if len(states) != 1:
        return
    state = next(iter(states.values()))
    leaders = {
        found_by[sp.id][0].id
        for sp in speakers
        if found_by[sp.id][0].id not in taken
        and found_by[sp.id][0].id not in (OTHER.id, UNNAMED.id, LOCAL.id)
        and any(_LEADER_STATE.match(text.strip()) for text in speaker_texts(sp))
    }
    for sp in speakers:
        side, why = found_by[sp.id]
        if side.id in leaders:
            found_by[sp.id] = state, f"{why}; a leader's government, as {state.name}'s is quoted"


def join_short_names(
    speakers: Sequence[Speaker], found_by: MutableMapping[str, Found], taken: set[str]
) -> None:
    """One party, one column: a side of its own whose name opens or ends exactly one other
    such side's name joins it ("Kasich" -> "John Kasich", "Brennan Center" -> "Brennan Center
    for Justice"). Profile, gazetteer and issuer sides (``taken``) are never joined."""
    own: dict[str, Side] = {}
    for sp in speakers:
        side = found_by[sp.id][0]
        if side.id not in taken and side.id not in (OTHER.id, UNNAMED.id, LOCAL.id):
            own.setdefault(side.id, side)
    if len(own) < 2:
        return
    words = {sid: _name_words(side.name) for sid, side in own.items()}
    # Each name's shorter openings and endings -> the sides it ends: one look-up a side, not a
    # scan of all the others (a long story can hold hundreds of named people).
    opened_by: dict[tuple[str, ...], set[str]] = {}
    for sid, full in words.items():
        for n in range(1, len(full)):
            opened_by.setdefault(full[:n], set()).add(sid)
            opened_by.setdefault(full[-n:], set()).add(sid)
    into: dict[str, Side] = {}
    for sid, short in words.items():
        longer = opened_by.get(short, set()) - {sid} if short else set()
        if len(longer) == 1:
            into[sid] = own[next(iter(longer))]
    for sp in speakers:
        side, why = found_by[sp.id]
        target = into.get(side.id)
        seen = {side.id}
        while target is not None and target.id in into and target.id not in seen:
            seen.add(target.id)
            target = into[target.id]  # "Clinton" -> "Hillary Clinton" -> ... the fullest
        if target is not None and target.id != side.id:
            found_by[sp.id] = target, f"{why}; '{side.name}' is the {target.name} of the story"


# "the South" for South Sudan or South Korea, "the North" for North Korea: news names one of two
# halves by its compass word alone once the full name is out.
_COMPASS = frozenset(("North", "South", "East", "West"))


def join_compass_names(
    speakers: Sequence[Speaker], found_by: MutableMapping[str, Found], taken: set[str]
) -> None:
    """A column of its own named by a capitalised compass word ("The South's information
    minister" -> "South"), or an unplaced speaker named so ("the South's"), joins the one quoted
    side whose name opens with that word ("South Sudan"); with two such sides it stays."""
    opened: dict[str, dict[str, Side]] = {}
    for sp in speakers:
        side = found_by[sp.id][0]
        parts = side.name.split()
        if len(parts) > 1 and parts[0] in _COMPASS:
            opened.setdefault(parts[0], {})[side.id] = side
    if not opened:
        return
    for sp in speakers:
        side, why = found_by[sp.id]
        if side.id == OTHER.id:
            word = _compass_word(sp.name)
        elif side.id in taken or side.id in (UNNAMED.id, LOCAL.id):
            continue
        else:
            word = _compass_word(side.name)
        targets = opened.get(word or "", {})
        if len(targets) == 1:
            target = next(iter(targets.values()))
            found_by[sp.id] = target, f"{why}; '{word}' is the story's short name for {target.name}"


def _compass_word(name: str) -> str | None:
    """ "the South's" -> "South"; None unless the bare name is one capitalised compass word."""
    bare = bare_name(name).removesuffix("'s").removesuffix("’s")
    return bare if bare in _COMPASS else None


def join_branches(
    speakers: Sequence[Speaker], found_by: MutableMapping[str, Found], taken: set[str]
) -> None:
    """A party's local branches are the party: "Polk County GOP" and "Henrico County GOP" join
    the "GOP" the story quotes (a body's name ending in another side's whole name is part of
    it). Only bodies move, and only to a side whose name is a proper name of its own."""
    own: dict[tuple[str, ...], Side] = {}
    for sp in speakers:
        side = found_by[sp.id][0]
        if side.id not in (OTHER.id, UNNAMED.id, LOCAL.id) and is_proper(side.name):
            own.setdefault(_name_words(side.name), side)
    for sp in speakers:
        side, why = found_by[sp.id]
        if side.id in taken or sp.kind is SpeakerKind.PERSON and side.name == sp.name:
            continue
        full = _name_words(side.name)
        parent = next((own[full[-n:]] for n in range(1, len(full)) if full[-n:] in own), None)
        branch = any(w in _BRANCH_WORDS or w.endswith(("’s", "'s")) for w in full)
        if parent is not None and parent.id != side.id and branch:
            found_by[sp.id] = parent, f"{why}; '{side.name}' is a branch of {parent.name}"


# Words before a parent's name that make a branch of it ("Polk County GOP"); without one
# ("Ohio Democratic Party", "Zimbabwe Electoral Commission") the name is a body of its own.
_BRANCH_WORDS = word_set("county state city district chapter branch provincial regional local")


def drop_common_columns(
    speakers: Sequence[Speaker], found_by: MutableMapping[str, Found], taken: set[str]
) -> None:
    """A column whose every speaker is a common-noun description ("the administration",
    "a campaign official") names no party: they go to "Other speakers" (never a column each)."""
    members: dict[str, list[Speaker]] = {}
    for sp in speakers:
        side = found_by[sp.id][0]
        if side.id not in taken and side.id not in (OTHER.id, UNNAMED.id, LOCAL.id):
            members.setdefault(side.id, []).append(sp)
    for group in members.values():
        if any(_has_name(sp.name) for sp in group):
            continue
        if any(sp.kind is not SpeakerKind.PERSON and MILITARY.search(sp.name) for sp in group):
            continue  # "the army" (and "the defence ministry" with it) is a party to a fight
        if any(rebel_kind(sp.name) for sp in group):
            continue  # so is "a rebel group" the story names no further (side_rebels.py)
        if not any(_described(sp) for sp in group):
            continue  # people ("villagers") or bodies ("rights groups") together: a party
        for sp in group:
            why = found_by[sp.id][1]
            found_by[sp.id] = OTHER, f"{why}; a common noun heads no column of its own"


def _described(speaker: Speaker) -> bool:
    """One body by a common noun ("the administration", "Federal court" opening a headline),
    not people or bodies together ("villagers", "rights groups") nor a force or the police."""
    if speaker.kind is SpeakerKind.PERSON or is_group(speaker) or speaker.name.endswith("s"):
        return False
    head = speaker.name.split()[-1].lower() if speaker.name.split() else ""
    return head not in PEOPLE_BODIES and head not in words().forces


def _has_name(name: str) -> bool:
    """A capitalised word after the phrase's first (which may only open a sentence)."""
    parts = name.split()
    # "Tessaly's defence ministry": a capitalised owner is a name even opening a sentence
    owner = len(parts) > 1 and parts[0][:1].isupper() and parts[0].endswith(("'s", "’s"))
    return (
        owner or any(p[:1].isupper() for p in parts[1:]) or (len(parts) == 1 and name[:1].isupper())
    )


def _name_words(name: str) -> tuple[str, ...]:
    return tuple(w.casefold().strip(".,'’") for w in bare_name(name).split())


PRESS = Side("news-outlets", "News outlets")
# A newspaper's or a broadcaster's name ends in one of these (capitalised: "Sunday Times",
# "Fox News"), or the phrase is headed by a media noun ("local television outlets").
_OUTLET_HEADS = word_set(
    "Times Post Mail Sun Telegraph Guardian Journal Herald Tribune Gazette Express Independent "
    "Mirror Star Chronicle News"
)
_MEDIA_NOUNS = word_set(
    "newspaper newspapers broadcaster broadcasters outlet outlets television tv radio media "
    "magazine magazines"
)
_AGENCIES = LazyPattern(
    r"^(?:the\s+)?(?:AP|AFP|Reuters|Associated Press|Agence France-Presse|BBC|CNN|Bloomberg|"
    r"(?:Mail|Star|Times|Telegraph|Express|Mirror) on Sunday)$"
)


def is_outlet(speaker: Speaker) -> bool:
    """A news outlet named as a speaker ("The Sunday Telegraph", "AP", "broadcasters")."""
    name = bare_name(speaker.name.strip())
    if _AGENCIES.match(name):
        return True
    last = name.split()[-1].removesuffix("'s").removesuffix("’s") if name.split() else ""
    return last in _OUTLET_HEADS or last.lower() in _MEDIA_NOUNS


def outlet_short_names(speakers: Sequence[Speaker]) -> dict[str, str]:
    """{a quoted outlet's name without its media noun (lower case): the outlet's name}: "time"
    for "Time Magazine", so that "Time's assistant managing editor" speaks for the magazine
    the story quotes rather than opening a column "Time" (a publication's staff are its own)."""
    out: dict[str, str] = {}
    for sp in speakers:
        words = bare_name(sp.name.strip()).split()
        if len(words) > 1 and words[-1].lower() in _MEDIA_NOUNS and is_outlet(sp):
            out.setdefault(" ".join(words[:-1]).casefold(), bare_name(sp.name.strip()))
    return out


def join_outlets(
    speakers: Sequence[Speaker], found_by: MutableMapping[str, Found], taken: set[str]
) -> None:
    """Several news outlets quoted in one story report; they are one party, "News outlets"
    (the story's other sides answer "the press"). One outlet alone keeps its own column, and
    an outlet placed by the gazetteer or a profile (a state news agency) keeps its side."""
    movable = []
    for sp in speakers:
        side = found_by[sp.id][0]
        if not is_outlet(sp) or (side.id in taken and side.id not in (OTHER.id, UNNAMED.id)):
            continue
        movable.append(sp)
    names: list[tuple[str, ...]] = []
    for sp in movable:
        words = _name_words(sp.name)
        while len(words) > 1 and words[-1] in _MEDIA_NOUNS:
            words = words[:-1]  # "The Washington Post newspaper" is the Washington Post
        if not any(_same_outlet(words, other) for other in names):
            names.append(words)
    if len(names) < 2:
        return  # one outlet ("The Washington Post newspaper" and "the Post") keeps its side
    for sp in movable:
        found_by[sp.id] = PRESS, f"'{sp.name}' is one of {len(names)} news outlets the story quotes"


def _same_outlet(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    short, full = sorted((a, b), key=len)
    if len(short) == 1 and len(full) > 1 and short[0] == "".join(w[:1] for w in full):
        return True  # "AP" and "the Associated Press": the initials name the same outlet
    return full[-len(short) :] == short or full[: len(short)] == short


def drop_bystander_groups(
    speakers: Sequence[Speaker],
    found_by: MutableMapping[str, Found],
    taken: set[str],
    claim_count: Mapping[str, int],
    texts: Callable[[str], tuple[str, str]],
) -> None:
    """A campaigning or aid group quoted once ("Human Rights Watch said both sides abused
    civilians") comments on the dispute without being a party to it: its column goes to
    "Other speakers". The story makes it a side when it speaks more than once, when the lead
    (the first paragraph) names it, or when another speaker's words name it (it is answered).
    ``texts(speaker id)`` gives (the leads and every claim's words, that speaker's words)."""
    members: dict[str, list[Speaker]] = {}
    for sp in speakers:
        side = found_by[sp.id][0]
        if side.id not in taken and side.id not in (OTHER.id, UNNAMED.id, LOCAL.id):
            members.setdefault(side.id, []).append(sp)
    groups = [
        group
        for group in members.values()
        if sum(claim_count.get(sp.id, 0) for sp in group) == 1
        and all(
            NON_PROFIT.search(bare_name(sp.name)) or NGO_DESCRIBED.match(sp.name) for sp in group
        )
    ]
    if len(groups) > _MAX_BYSTANDERS:
        return  # a list of many groups is no news story's cast: each search would read it all
    for group in groups:
        if any(_named_elsewhere(sp, *texts(sp.id)) for sp in group):
            continue
        for sp in group:
            why = found_by[sp.id][1]
            found_by[sp.id] = OTHER, f"{why}; a group quoted once, and no party to the dispute"


_MAX_BYSTANDERS = 20


def _named_elsewhere(speaker: Speaker, everything: str, own: str) -> bool:
    """The group's name (or its acronym) in the lead or in another speaker's words: more
    often in all of them than in its own claim."""
    name = bare_name(speaker.name)
    acronym = "".join(w[0] for w in name.split() if w[:1].isupper())
    if everything.count(name) > own.count(name):
        return True
    if len(acronym) < 3:
        return False
    pattern = re.compile(rf"\b{re.escape(acronym)}\b")
    return len(pattern.findall(everything)) > len(pattern.findall(own))


# "Joseph Kony's Lord's Resistance Army", "Kony, the leader of the LRA": the group a person
# leads or speaks for, named right after the person's name.
_LED_GROUP = LazyPattern(
    r"\s*(?:['’]s\s+|,\s+(?:the\s+)?(?:leader|head|chief|commander|founder|chairman|chairwoman)"
    r"\s+of\s+(?:the\s+)?)((?:[A-Z][\w'’.-]*\s+){0,5}[A-Z][\w'’.-]*)"
)
_MAX_LEADERS = 50  # columns named after a person looked up: enough for any real story
_MAX_SEEN = 20  # mentions of one name read per document


def join_leaders(
    speakers: Sequence[Speaker],
    found_by: MutableMapping[str, Found],
    taken: set[str],
    doc_texts: Mapping[str, str],
) -> None:
    """A column named after a person ("A spokesman for Joseph Kony") when the story names the
    group that person leads ("Joseph Kony's Lord's Resistance Army"): the group's column, one
    party under its organisation's name."""
    own: dict[str, Side] = {}
    for sp in speakers:
        side = found_by[sp.id][0]
        if side.id not in taken and side.id not in (OTHER.id, UNNAMED.id, LOCAL.id):
            own.setdefault(side.id, side)
    by_key = {_key(side.name): side for side in own.values()}
    into: dict[str, tuple[Side, str]] = {}
    people = [side for side in own.values() if _person_named(side.name)][:_MAX_LEADERS]
    for side in people:
        group = _group_led_by(side.name, doc_texts)
        if group is None:
            continue
        target = by_key.get(_key(group))  # (only a group the story already has as a side)
        if target is not None and target.id != side.id:
            into[side.id] = (target, group)
    for sp in speakers:
        side, why = found_by[sp.id]
        if side.id in into:
            target, group = into[side.id]
            found_by[sp.id] = target, f"{why}; {side.name} leads the {group}"


def _key(name: str) -> str:
    return " ".join(bare_name(name).replace("’", "'").casefold().split())


def _person_named(name: str) -> bool:
    """Two or three capitalised words and no body word: a person's name ("Joseph Kony")."""
    parts = bare_name(name).split()
    return (
        2 <= len(parts) <= 3
        and all(p[:1].isupper() and p.isalpha() for p in parts)
        and head_word(name) not in body_words()
        and cached_head_hit(name) is None
    )


def _group_led_by(name: str, doc_texts: Mapping[str, str]) -> str | None:
    for text in doc_texts.values():
        at = text.find(name)
        for _ in range(_MAX_SEEN):
            if at < 0:
                break
            match = _LED_GROUP.match(text, at + len(name))
            if match is not None:
                group = match[1]
                last = group.split()[-1].rstrip("'’s") if group.split() else ""
                if head_word(group) in body_words() or (last.isupper() and len(last) >= 2):
                    return group
            at = text.find(name, at + len(name))
    return None
