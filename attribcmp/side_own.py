"""Side rules that read a speaker's own words before the gazetteer does (rule 2 of sides.py).

A joint source of two countries ("U.S. and Afghan officials"), a civic body after a person's
name ("Chairman X of the Zimbabwe Doctors Association"), a country's opposition, a
correspondent's city, a one-word name the story calls a company, and a labour union's people
("Union officials", "a union leader"): each would otherwise take the side of the country or
place its words name, or none.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, MutableMapping, Sequence

from attribcmp.affiliation import head_word
from attribcmp.attribute.speaker_words import words
from attribcmp.data import load_table, word_set
from attribcmp.gazetteer import NORMALISE, Gazetteer, cached_head_hit, find_hits
from attribcmp.lazy_pattern import LazyPattern
from attribcmp.model import Profile, Side, Speaker, SpeakerKind
from attribcmp.side_names import (
    OTHER,
    UNNAMED,
    Found,
    bare_name,
    is_proper,
    named_side,
    speaker_texts,
)
from attribcmp.side_words import CIVIC, OF_BODY

# Only "and" (or "&") between the two names: "U.S. and Afghan officials".
_JOINED = LazyPattern(r"\s*(?:and|&)\s*")


# "Envoys from the United Nations, the African Union and ...", "officials of Pakistan and India",
# "officials in Washington and Beijing":
# people named by the list of bodies or countries they come from.
_PEOPLE_FROM = LazyPattern(r"(?i)^(?:the\s+)?[a-z]+s\s+(?:from|of|in|at)\s+(?:the\s+)?$")
_LISTED = LazyPattern(r"\s*(?:,|and|&|,\s*and)\s*(?:the\s+)?")


def by_joint(speaker: Speaker, gazetteer: Gazetteer, profile: Profile) -> Found | None:
    """ "U.S. and Afghan officials", "Dutch and Belgian police", "Envoys from the UN, the AU
    and the U.S.": a source of two countries or bodies speaking jointly belongs to neither
    one's side, so it goes to "Other speakers"."""
    name = bare_name(speaker.name).translate(NORMALISE)
    texts = [name] + [t.translate(NORMALISE) for t in speaker_texts(speaker)[1:3]]
    for k, text in enumerate(texts):
        hits = [h for h in find_hits(text, gazetteer) if h.entry is not None]
        for a, b in zip(hits[:1], hits[1:2], strict=False):
            listed = _PEOPLE_FROM.match(text[: a.start]) is not None
            opening = k == 0 and text[: a.start].strip().lower() in ("", "the", "both")
            joined = (_LISTED if listed else _JOINED).fullmatch(text[a.end : b.start])
            if (opening or listed) and a.entry != b.entry and joined:
                side = next((Side(r.id, r.name) for r in profile.sides if r.id == OTHER.id), OTHER)
                joint = f"'{text[a.start : a.end]}' and '{text[b.start : b.end]}'"
                return side, f"a joint source of {joint}: neither side alone"
    return None


def by_joint_groups(speaker: Speaker, gazetteer: Gazetteer, profile: Profile) -> Found | None:
    """ "Protesters in the capital and police", "Workers, nurses and teachers": groups of
    different kinds speaking jointly are no one group's side (protesters and police are often
    the two parties), so the joint source goes to "Other speakers" rather than a column named
    for its first word. A name or country in the phrase is left to the other rules."""
    name = bare_name(speaker.name)
    words_ = name.split()
    parts = [p.strip(",").lower() for p in words_]
    if len(parts) < 3 or "and" not in parts[1:-1] or find_hits(name, gazetteer):
        return None
    # "an official with the Justice and Equality Movement": an "and" between capitalised words
    # is inside one body's name, not between two groups
    joiners = [k for k in range(1, len(parts) - 1) if parts[k] == "and"]
    if all(words_[k - 1][:1].isupper() and words_[k + 1][:1].isupper() for k in joiners):
        return None
    first, last = parts[0], parts[-1]
    if first == last or not (_group_noun(first) and _group_noun(last)):
        return None
    side = next((Side(r.id, r.name) for r in profile.sides if r.id == OTHER.id), OTHER)
    return side, f"a joint source of '{first}' and '{last}': no one group's side"


def _group_noun(word: str) -> bool:
    """A people or body noun that can speak as a group ("police", "protesters", "nurses")."""
    w = words()
    return (
        word in w.groups
        or word in w.forces
        or word in w.anonymous
        or word in w.organisations
        or word.endswith("s")
        and word[:-1] in w.roles
    )


# The person's name apposed after "the head of the Y": ", Willie Madisha".
_APPOSED_NAME = LazyPattern(r",\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*")


def by_civic_body(speaker: Speaker, taken: set[str]) -> Found | None:
    """ "Chairman Douglas Gwatidzo of the Zimbabwe Association of Doctors": a person of a civic
    body named after a country speaks for the body, not for the country its name holds."""
    if speaker.kind is not SpeakerKind.PERSON:
        return None
    for text in speaker_texts(speaker):
        match = OF_BODY.search(text)
        if match is None or match.start() == 0:
            continue
        if match.end() != len(text) and not _APPOSED_NAME.fullmatch(text, match.end()):
            continue  # ("The head of the Y, Willie Madisha": the role before his name is his)
        if CIVIC.search(match[1].translate(NORMALISE)):
            return named_side(match[1], taken), f"'{text}': speaks for the civic body"
    return None


# "the opposition", "Ethiopian opposition groups", "the opposition Movement for Democratic
# Change": a country's opposition is not its government's side. A name right after the word
# (skipping body nouns) is the opposition party's own.
_OPPOSITION = LazyPattern(
    r"(?i:\bopposition\b)(?:\s+(?i:party|parties|group|groups|coalition|alliance))*"
    r"(?:\s+((?:[A-Z][\w'’.-]*)(?:\s+(?:for|of|and|[A-Z][\w'’.-]*))*))?"
)

# "the head of a coalition of five opposition candidates", "an alliance of opposition parties":
# a body made of the opposition is the opposition, not a party of its own.
_OPPOSITION_MADE = LazyPattern(
    r"(?i)\b(?:coalition|alliance|bloc|front|grouping|union|umbrella)\s+of\s+(?:[\w-]+\s+){0,3}?"
    r"opposition\s+(?:parties|candidates|groups|leaders|figures|movements|politicians)\b"
)


def opposition_made(speaker: Speaker, texts: Sequence[str]) -> Found | None:
    """The opposition side for a speaker heading or speaking for a body made of the opposition."""
    for text in texts:
        match = _OPPOSITION_MADE.search(text)
        if match is not None:
            return OPPOSITION, f"'{match[0]}' (in '{text}'): the opposition, not the government"
    return None


def opposition_body(reason: str) -> str | None:
    """The body word of an ``opposition_made`` reason ("coalition"): the story's later "the
    coalition" is that body, so on the opposition's side too."""
    match = _MADE_REASON.match(reason)
    return match[1].lower() if match is not None else None


_MADE_REASON = LazyPattern(r"^'(\w+) of .*\bopposition\b.*: the opposition, not the government$")


def by_firm_apposition(
    speaker: Speaker, firms: Callable[[str], frozenset[str]], taken: set[str]
) -> Found | None:
    """A "person" the story calls a company ("the mining company, Newmont, ...", "The British
    bank Standard Chartered")."""
    name = bare_name(speaker.name)
    if speaker.kind is not SpeakerKind.PERSON or not speaker.mentions:
        return None
    if name not in firms(speaker.mentions[0].doc_id):
        return None
    return named_side(name, taken), f"the story calls {name} a company or body beside its name"


# A journalist filing from a place: "VOA Harare correspondent Irwin Chifera".
_CORRESPONDENT = LazyPattern(r"(?i)\b(?:correspondent|reporter|stringer|bureau chief)\b")


def by_correspondent(
    speaker: Speaker, texts: Sequence[str], gazetteer: Gazetteer, profile: Profile
) -> Found | None:
    """A correspondent's city or country is where the story is filed from, not whom the
    correspondent speaks for: no country's column (the outlet or "Other speakers" instead)."""
    if speaker.kind is not SpeakerKind.PERSON:
        return None
    for text in texts:
        if _CORRESPONDENT.search(text) and cached_head_hit(text) is not None:
            side = next((Side(r.id, r.name) for r in profile.sides if r.id == OTHER.id), OTHER)
            return side, f"'{text}': a correspondent's place is where the story is filed from"
    return None


# One column for a country's opposition that names no party of its own.
OPPOSITION = Side("opposition", "Opposition")


def by_opposition(speaker: Speaker, texts: Sequence[str], taken: set[str]) -> Found | None:
    for text in texts:
        match = _OPPOSITION.search(text)
        if match is None:
            continue
        body = (match[1] or "").rstrip()
        while body.split() and body.split()[-1] in ("for", "of", "and"):
            body = body.rsplit(" ", 1)[0]  # "the opposition MDC and": the name ends before
        side = named_side(body, taken) if body and is_proper(body) else OPPOSITION
        return side, f"'{text}': the opposition, not the government"
    return None


# Labour unions, their officials and leaders speak for the unions, not for the country their
# words name ("Unions representing workers in the eastern U.S.") nor "Other speakers" ("a union
# leader"): the union word must open the phrase and a lower-case word follow it, so names
# ("Union Pacific", "Union of Concerned Scientists", "European Union officials") stay out. A
# bare "the unions" or "most unions" speak for the unions too, and so does a trade's "the
# doctors' union" / "the teachers union"; the joins then find the one the story names.
_UNION_MEMBERS = LazyPattern(
    r"^(?:(?i:an?|the|some|two|three|several|many|most|all|other|local|labou?r|trade)\s+)*"
    r"(?:(?i:unions?)\s+(?!of\b|for\b)[a-z]|(?i:unions)$|[a-z]+s['’]?\s+unions?$)"
)
UNIONS = Side("unions", "Unions")


# "teachers union President Alex Caputo-Pearl": a union's office written before a person's name.
_UNION_TITLE = LazyPattern(
    r"(?i:\bunion)\s+(?:President|Vice\s+President|Leader|Chief|Chairman|Chairwoman|Chair|"
    r"Head|Secretary|General\s+Secretary|Spokes(?:man|woman|person))\s+[A-Z]"
)


def by_union(speaker: Speaker) -> Found | None:
    """ "Union officials", "a union leader", "Unions representing 45,000 workers", "teachers
    union President X": one "Unions" column (the joins move it to the one union the story
    names, if it names one)."""
    if _UNION_MEMBERS.match(speaker.name.strip()) is None and not (
        speaker.kind is SpeakerKind.PERSON and any(_UNION_TITLE.search(a) for a in speaker.aliases)
    ):
        return None
    return UNIONS, f"'{speaker.name}': a labour union or its people speak for the unions"


# "opposition candidate Jean-Pierre Fabre", "the long-time opposition leader X": the words the
# story writes right before a person's full name call him the opposition's.
_OPPOSITION_TITLE = LazyPattern(r"\bopposition\s+(?:[a-z][a-z-]*\s+){1,2}$")
_MAX_NAMED = 5  # occurrences of one name read per document


def join_opposition_titled(
    speakers: Sequence[Speaker],
    found_by: MutableMapping[str, Found],
    doc_texts: Mapping[str, str],
) -> None:
    """A person nothing placed ("Other speakers") whom the story introduces as the
    opposition's candidate or leader speaks for the opposition: the one opposition column the
    story already has, else "Opposition"."""
    opposition = {
        side.id: side
        for side, why in found_by.values()
        if side.id == OPPOSITION.id or "the opposition, not the government" in why
    }
    target = next(iter(opposition.values())) if len(opposition) == 1 else OPPOSITION
    for sp in speakers:
        if sp.kind is not SpeakerKind.PERSON or found_by[sp.id][0].id != OTHER.id:
            continue
        names = [n for n in (sp.name, *sp.aliases) if len(n.split()) >= 2 and n[:1].isupper()]
        title = next((t for n in names if (t := _titled(n, doc_texts)) is not None), None)
        if title is not None:
            found_by[sp.id] = target, f"'{title}': the opposition, not the government"


# "Opponents of the election", "The activists", "Organizers" (data/sides.yaml): at most one
# lower-case word before the group noun ("pro-democracy activists"); a capitalised one
# ("Syrian activists", "Greenpeace activists") says whose they are and is left alone.
_GROUP_WORDS = word_set(load_table("sides.yaml")["opposition_groups"])
_GROUP = LazyPattern(
    r"^(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Oo]ther)\s+)?(?:[a-z][a-z-]*\s+)?(?P<noun>[A-Za-z]+)"
    r"(?:\s+of\s+.+)?$"
)


def join_opposition_groups(
    speakers: Sequence[Speaker],
    found_by: MutableMapping[str, Found],
) -> None:
    """Unplaced opponents, activists or organisers join the story's one opposition column:
    "Opponents of the election called the voting a fraud" beside "Opposition leaders said";
    none is opened when the story has no opposition column, or two."""
    opposition = {
        side.id: side
        for side, why in found_by.values()
        if side.id == OPPOSITION.id or "the opposition, not the government" in why
    }
    if len(opposition) != 1:
        return
    (target,) = opposition.values()
    for sp in speakers:
        # (any kind: the reader takes a capitalised "Organizers" opening a sentence for a name)
        if found_by[sp.id][0].id not in (OTHER.id, UNNAMED.id):
            continue
        match = _GROUP.match(sp.name.strip())
        if match is None or match["noun"].lower() not in _GROUP_WORDS:
            continue
        found_by[sp.id] = target, f"'{sp.name}': opponents of those in power, the opposition"


def _titled(name: str, doc_texts: Mapping[str, str]) -> str | None:
    for text in doc_texts.values():
        at = text.find(name)
        for _ in range(_MAX_NAMED):
            if at < 0:
                break
            match = _OPPOSITION_TITLE.search(text, max(0, at - 60), at)
            if match is not None:
                return f"{match[0]}{name}"
            at = text.find(name, at + len(name))
    return None


def join_opposition_party(
    speakers: Sequence[Speaker],
    found_by: MutableMapping[str, Found],
    doc_texts: Mapping[str, str],
    gazetteer: Gazetteer,
) -> None:
    """ "Angola's main opposition party rejected ..." and "UNITA leader X said ..." (or "The
    party, Wefaq, said", "the opposition Union for Change Party"): the generic "Opposition"
    column is the one party the story names by a leader or candidate, as "the party" or as
    "the opposition", and never calls ruling (a story naming two such parties keeps them
    apart)."""
    if not any(side.id == OPPOSITION.id for side, _ in found_by.values()):
        return
    text = "\n".join(doc_texts.values())
    # one scan each (a story may hold thousands of sides): the names before a party role,
    # and those after "ruling", with their shorter forms
    led = {tail for m in _PARTY_LED.finditer(text) for tail in _tails(m[1])}
    led |= {tail for m in _PARTY_APPOSED.finditer(text) for tail in _tails(m[1])}
    led |= {tail for m in _OPPOSITION_NAMED.finditer(text) for tail in _tails(m[1])}
    ruling = {tail for m in _RULING.finditer(text) for tail in _tails(m[1])}
    parties: dict[str, Side] = {}
    for side in {side.id: side for side, _ in found_by.values()}.values():
        if side.id in (OPPOSITION.id, OTHER.id) or side.id in gazetteer.names:
            continue
        if head_word(side.name) in _STATE_BODY_HEADS:
            continue  # "Electoral Commission chairman X": a commission has a chairman too
        if side.name in led and side.name not in ruling:
            parties[side.id] = side
    if len(parties) != 1:
        return
    (party,) = parties.values()
    for sp in speakers:
        if found_by[sp.id][0].id == OPPOSITION.id:
            why = f"the opposition: the one opposition party the story names is {party.name}"
            found_by[sp.id] = party, why


def _tails(run: str) -> list[str]:
    """A name run's shorter forms from either end ("the ruling MPLA Party" names "MPLA")."""
    words_ = run.split()
    return [" ".join(words_[k:]) for k in range(len(words_))] + [
        " ".join(words_[:k]) for k in range(1, len(words_))
    ]


# The people a story names a party by ("UNITA leader X", "the MDC's candidate"), and a party
# it calls ruling ("the ruling MPLA", "the governing party CCM").
_NAME_RUN = r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5})"
_PARTY_LED = LazyPattern(
    rf"{_NAME_RUN}(?:'s|’s)?\s+(?:leader|candidate|chairman|chairwoman|party|lawmakers?|deputies|"
    r"MPs?|legislators?)\b"
)
# "The party, Wefaq, said" after "the largest opposition party says": the story gives the
# party its name in an apposition to "the party" (a ruling one is left out below).
_PARTY_APPOSED = LazyPattern(rf"\b[Tt]he\s+(?:opposition\s+)?(?:party|bloc),\s+{_NAME_RUN}\s*,")
# The heads of a public body's name: "National Electoral Commission chairman" is no party's.
_STATE_BODY_HEADS = word_set(
    "commission council court board ministry department agency authority bureau office "
    "tribunal committee"
)
# "The opposition Union of Forces for Change Party is rejecting ...": the story calls the party
# the opposition right before its name (linking words inside the name kept, "of", "for").
_OPPOSITION_NAMED = LazyPattern(
    r"\b(?:[Tt]he\s+)?(?:main\s+|largest\s+|leading\s+)?opposition\s+"
    r"([A-Z][\w.'’-]*(?:\s+(?:(?:of|for|and|the)\s+){0,2}[A-Z][\w.'’-]*){0,7})"
)
_RULING = LazyPattern(rf"\b(?:ruling|governing)\s+(?:party\s+)?{_NAME_RUN}")
