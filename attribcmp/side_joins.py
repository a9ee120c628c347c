"""Second look at the speakers nothing placed: what the rest of the story says they are.

sides.py places each speaker on its own; some speakers only make sense beside the others. A
story's lede says "officials said" and names them "U.S. officials" two sentences on; "Rebels
deny the claim" and then quotes "Rebels with the group X" or "a spokesman for X ... from a
rebel stronghold"; "a human rights group says" before it names the one rights group it quotes.
Each rule joins a stray to a side only when exactly one side fits, and says why.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, MutableMapping, Sequence

from attribcmp.affiliation import NON_STATE_HEADS, apposition_after
from attribcmp.attribute.mentions import words
from attribcmp.data import word_set
from attribcmp.gazetteer import (
    ARMED_GROUPS,
    BACKED_GROUP,
    REBEL,
    Gazetteer,
    country_ids,
    entry_side,
    head_hit,
)
from attribcmp.lazy_pattern import LazyPattern
from attribcmp.model import Document, Side, Speaker, SpeakerKind
from attribcmp.profile import slugify
from attribcmp.side_bodies import (
    body_word,
    called_so,
    company,
    field_body,
    gazetteer_body,
    generic_word,
    nearest_body,
    only_side,
)
from attribcmp.side_columns import PEOPLE_BODIES
from attribcmp.side_mute import mute_class, mute_column
from attribcmp.side_names import (
    LOCAL,
    OTHER,
    UNNAMED,
    Found,
    bare_name,
    is_group,
    is_proper,
    named_side,
    speaker_texts,
)
from attribcmp.side_officials import is_officials, unowned_officials
from attribcmp.side_own import UNIONS, opposition_body
from attribcmp.side_places import city_country
from attribcmp.side_rebels import REBEL_MEMBER, rebel_kind
from attribcmp.side_units import MILITARY_UNIT, other_armies, unit_owner
from attribcmp.side_words import MILITARY, NON_STATE_FORCE

# "officials" with no word saying whose: the same officials as the qualified ones quoted.
_BARE_OFFICIALS = LazyPattern(r"(?i)^(?:the\s+|some\s+|other\s+)?officials$")
# Qualified officials: "U.S. officials", "Defense Ministry officials" (not "local officials",
# which side_context places as local authorities).
_OFFICIALS = LazyPattern(r"(?i)\b\w[\w.'’-]*\s+officials$")
# A rebel word in the sentence of a speaker's first mention ties that speaker to "the rebels".
_REBEL_WORD = LazyPattern(
    r"(?i)\b(?:rebels?|insurgents?|insurgency|militants?|guerrillas?|separatists?)\b"
)
# A description of a non-governmental group: "a human rights group", "the aid charity".
_NGO_WORDS = r"(?:(?:human|civil|press)\s+)?(?:rights|aid|relief|humanitarian|advocacy|medical)"
_NGO_HEADS = r"(?:group|organi[sz]ation|charity|watchdog|NGO)"
_NGO_DESCRIPTION = LazyPattern(
    rf"(?i)^(?:an?\s+|the\s+)?(?:[\w-]+\s+)?{_NGO_WORDS}\s+{_NGO_HEADS}$"
)
# "British rights group Amnesty International": the group's own name follows the description,
# and the group speaks for itself, not for the country it is based in.
NGO_NAMED = LazyPattern(
    rf"(?i:\b{_NGO_WORDS}\s+{_NGO_HEADS})\s+"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|and|Without))*)"
)
# Newsrooms are no party: "a rights group" is not the newspaper that reported it.
_MEDIA_HEADS = word_set(
    "newspaper news agency press television radio channel network post times journal"
)


def join_strays(
    speakers: Sequence[Speaker],
    found_by: MutableMapping[str, Found],
    documents: Sequence[Document],
    gazetteer: Gazetteer,
) -> frozenset[str]:
    """Move speakers left in "Other speakers" / "Unnamed sources" to the one side that fits.

    Returns the ids of the armed groups the story quotes (named groups, not bare "rebels").
    """
    texts = {doc.id: doc.text for doc in documents}
    placed = [
        sp for sp in speakers if found_by[sp.id][0].id not in (OTHER.id, UNNAMED.id, LOCAL.id)
    ]
    pool = _Pool(placed, dict(found_by), texts, gazetteer)
    lonely: list[Speaker] = []  # described bodies that may head no column of their own
    for sp in speakers:
        side, why = found_by[sp.id]
        # A description placed as a body of its own ("the rights group") is a stray too.
        described = why.startswith("a body of its own") and not is_proper(sp.name)
        if side.id not in gazetteer.names and _UNIT.search(sp.name):
            found_by[sp.id] = _unit(sp, pool) or found_by[sp.id]
            continue
        if side.id == "united-nations" and _UN_DESCRIPTION.match(sp.name.strip()):
            found_by[sp.id] = _un_agency(sp, pool) or found_by[sp.id]
            continue
        if side.id == UNIONS.id and why.startswith(f"'{sp.name}': a labour union"):
            found_by[sp.id] = _named_union(sp, pool, texts) or found_by[sp.id]
            continue
        if side.id not in (OTHER.id, UNNAMED.id) and not described:
            continue
        found = (
            _ngos(sp)
            or _same_name(sp, pool)
            or _body_people(sp, pool)
            or _city(sp, pool)
            or _unit_member(sp, pool, texts)
            or _the_group(sp, pool, texts)
            or _officials(sp, pool)
            or _state_officials(sp, pool)
            or _defence_ministry(sp, pool)
            or _officials_in(sp, pool, texts, gazetteer)
            or _rebels(sp, pool)
            or _backed_group(sp, pool)
            or _ngo(sp, pool)
            or company(sp, pool.firms)
            or field_body(sp, pool.by_id)
            or _namesake(sp, pool, gazetteer)
            or body_word(sp, pool.by_id, gazetteer)
            or gazetteer_body(sp, pool.by_id, gazetteer)
        )
        if found is None and described and _common_body(sp):
            lonely.append(sp)
        if found is not None:
            found_by[sp.id] = found
    # ("The army said" and "Maj. X", an officer placed on the army's column, or "the defence
    # ministry" joined to it above: a description others speak for heads a column after all)
    held = Counter(side.id for side, _ in found_by.values())
    for sp in lonely:
        if held[found_by[sp.id][0].id] < 2:
            # "the campaign", "the party" with no fuller name in the story: a common noun
            # heads no column of its own.
            found_by[sp.id] = (
                OTHER,
                f"'{sp.name}': a description, and no body it names is in the story",
            )
    return frozenset(pool.armed_groups) | frozenset(pool.rebels)


# A defence ministry naming no country: "the defence ministry", "the Ministry of Defense".
_DEFENCE_MINISTRY = LazyPattern(
    r"(?i)^(?:the\s+)?(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e)$"
)


def _defence_ministry(speaker: Speaker, pool: _Pool) -> Found | None:
    """ "The army said ..." then "the defence ministry said": a defence ministry runs the
    armed forces, so it joins the one state's forces the story quotes (none when two are)."""
    if not _DEFENCE_MINISTRY.match(speaker.name.strip()):
        return None
    one = only_side(pool.forces)
    if one is None:
        return None
    side, who = one
    return side, f"'{speaker.name}' names no country: the armed forces quoted are '{who}'"


def _common_body(speaker: Speaker) -> bool:
    """A described body ("the campaign", "the state party") that is no group of people."""
    if speaker.kind is SpeakerKind.PERSON or is_group(speaker):
        return False
    parts = speaker.name.split()
    if parts[0].lower() in ("the", "a", "an"):
        parts = parts[1:]
    if any(p[:1].isupper() for p in parts):
        return False  # a name in it ("the Zembian defence ministry") says whose body it is
    head = parts[-1].lower()
    return head not in PEOPLE_BODIES and head not in words().forces


class _Pool:
    """The placed speakers each rule may join a stray to, gathered once per story (so the
    look-ups stay linear in the number of speakers)."""

    def __init__(
        self,
        placed: Sequence[Speaker],
        found_by: Mapping[str, Found],
        texts: Mapping[str, str],
        gazetteer: Gazetteer,
    ) -> None:
        self.by_id: dict[str, tuple[Side, str]] = {}
        self.officials: dict[str, tuple[Side, str]] = {}
        # officials of any wording placed on a country ("military officials in Phnom Penh")
        self.state_officials: dict[str, tuple[Side, str]] = {}
        # (doc id, side id) -> where the story first quotes that country ("officials said"
        # after it are that country's; before it, the reader does not know whose they are)
        self.country_first: dict[tuple[str, str], int] = {}
        self.rebels: dict[str, tuple[Side, str]] = {}
        self.ngos: dict[str, tuple[Side, str]] = {}
        self.firms: dict[str, tuple[Side, str]] = {}  # named bodies "the company" may be
        self.gazetteer = gazetteer
        self.armies: dict[str, tuple[Side, str]] = {}
        self.forces: dict[str, tuple[Side, str]] = {}  # any state's armed forces quoted as a body
        self.armed_groups: dict[str, tuple[Side, str]] = {}  # gazetteer armed groups quoted
        self.countries: dict[str, tuple[Side, str]] = {}  # gazetteer countries quoted
        # (start, side, name) of each placed speaker's mentions on a non-state side, per doc
        self.body_mentions: dict[str, list[tuple[int, Side, str]]] = {}
        country = country_ids()
        fighters: dict[str, bool] = {}  # side name -> whether the story gives it fighters
        for sp in placed:
            side = found_by[sp.id][0]
            if mute_column(sp, side.name):
                # a headline's "Report: rebels kill 51" is no party "the rebels" may join
                continue
            if side.id not in country:
                for m in sp.mentions:
                    self.body_mentions.setdefault(m.doc_id, []).append(
                        (m.span.start, side, side.name)
                    )
            self.by_id.setdefault(side.id, (side, sp.name))
            body = opposition_body(found_by[sp.id][1])
            if body is not None:
                # "the coalition" after "the head of a coalition of opposition candidates"
                self.by_id.setdefault(body, (side, sp.name))
            if side.id in gazetteer.names and _ARMY.search(sp.name) and not _UNIT.search(sp.name):
                self.armies.setdefault(side.id, (side, sp.name))
            if (
                sp.kind is SpeakerKind.ORGANISATION
                and MILITARY.search(sp.name)
                and not NON_STATE_FORCE.search(sp.name)
            ):
                self.forces.setdefault(side.id, (side, sp.name))
            if sp.anonymous and _OFFICIALS.search(sp.name.strip()):
                self.officials.setdefault(side.id, (side, sp.name))
            armed = side.id not in gazetteer.names and sp.kind is not SpeakerKind.SOURCE
            fights = armed and _has_fighters(side.name, texts, fighters)
            if fights or armed and _REBEL_WORD.search(_first_sentence(sp, texts)):
                self.rebels.setdefault(side.id, (side, sp.name))
            if side.id in _ARMED_GROUPS or fights or (armed and _non_state_name(side.name)):
                self.armed_groups.setdefault(side.id, (side, sp.name))
            if side.id in country:
                self.countries.setdefault(side.id, (side, sp.name))
                for m in sp.mentions:
                    key = (m.doc_id, side.id)
                    self.country_first[key] = min(
                        self.country_first.get(key, m.span.start), m.span.start
                    )
                if sp.anonymous and is_officials(sp.name):
                    self.state_officials.setdefault(side.id, (side, sp.name))
            name = bare_name(sp.name)
            if not (
                sp.kind is SpeakerKind.PERSON
                or side.id in gazetteer.names
                or not is_proper(name)
                or name.split()[-1].lower() in _MEDIA_HEADS
            ):
                self.ngos.setdefault(side.id, (side, sp.name))
                if not is_group(sp):  # ("Villagers" is no firm "the company" could be)
                    self.firms.setdefault(side.id, (side, sp.name))
            elif found_by[sp.id][1].startswith("the story calls"):
                self.firms.setdefault(side.id, (side, sp.name))  # "the mining firm Goldcrest"


# "the U.N. agency", "the UN's nuclear watchdog": a description of one agency of the UN system,
# which the story has named before ("the World Health Organization ... the U.N. agency said").
_UN_DESCRIPTION = LazyPattern(
    r"(?i)^(?:the\s+|a\s+)?(?:U\.?N\.?|United\s+Nations)(?:'s|’s)?\s+(?:[\w-]+\s+){0,2}"
    r"(?:agency|body|organi[sz]ation|watchdog)$"
)
# The gazetteer's bodies of the UN system that keep a side of their own (gazetteer.yaml).
_UN_AGENCIES = word_set("world-health-organization iaea imf world-bank")


def _un_agency(speaker: Speaker, pool: _Pool) -> Found | None:
    """ "The U.N. agency said" after the World Health Organization: that agency's side."""
    fits = {sid: found for sid, found in pool.by_id.items() if sid in _UN_AGENCIES}
    one = only_side(fits)
    if one is None:
        return None
    side, who = one
    return side, f"'{speaker.name}' is the UN agency the story names: '{who}'"


# A military unit by name ("Combined Joint Task Force 76", "the 82nd Airborne Division") and
# the national force it belongs to ("the U.S. military", "Afghan troops", "the Pentagon").
_UNIT = LazyPattern(
    r"(?i)\b(?:task\s+force|brigade|division|battalion|regiment|squadron|fleet|corps)\b"
)
_ARMY = LazyPattern(
    r"(?i)\b(?:military|army|navy|air\s+force|marines?|troops|forces|soldiers|pentagon|"
    r"defen[cs]e\s+(?:ministry|department|secretary|minister)|commander|command)\b"
)


def _unit(speaker: Speaker, pool: _Pool) -> Found | None:
    """ "Combined Joint Task Force 76 said" in a story on U.S. forces: the unit speaks for the
    one country whose military the story quotes, not as a party of its own."""
    one = only_side(pool.armies)
    if one is None:
        return None
    side, who = one
    return side, f"'{speaker.name}' is a unit of the one military quoted: '{who}'"


def _unit_member(speaker: Speaker, pool: _Pool, texts: Mapping[str, str]) -> Found | None:
    """ "Lt. Col. Paul Fitzpatrick, a Combined Joint Task Force 76 spokesman": a person whose
    apposition names a military unit speaks for the one military the story quotes, else for the
    one state it quotes (a unit is a state's; "Afghan and coalition forces" name no owner)."""
    if speaker.kind is not SpeakerKind.PERSON:
        return None
    for mention in speaker.mentions[:3]:
        appos = apposition_after(texts.get(mention.doc_id, ""), mention.span.end)
        if appos is None or not MILITARY_UNIT.search(appos):
            continue
        text = texts.get(mention.doc_id, "")
        owner = unit_owner(text, appos)
        if owner is not None:
            known = pool.by_id.get(owner[0])
            side = known[0] if known else entry_side(owner[0], pool.gazetteer, {})
            return side, f"apposition '{appos}': the story says '{owner[1]}'"
        one = only_side(pool.armies) or only_side(pool.countries)
        if one is None:
            return None
        side, who = one
        others = other_armies(text, side.id)
        if others or set(pool.countries) - {side.id}:  # another state quoted: its unit maybe
            return None  # ("Ukrainian forces" are in the story too: the unit may be theirs)
        return side, f"apposition '{appos}': a unit of the one state the story quotes ('{who}')"
    return None


# "rights groups", "some aid agencies": non-governmental groups quoted together, one party.
_NGOS = LazyPattern(
    r"(?i)^(?:some\s+|many\s+|other\s+|several\s+|international\s+|local\s+)?"
    rf"(?P<kind>{_NGO_WORDS}\s+(?:groups|organi[sz]ations|agencies))$"
)


def _ngos(speaker: Speaker) -> Found | None:
    match = _NGOS.match(bare_name(speaker.name))
    if match is None:
        return None
    name = match["kind"][:1].upper() + match["kind"][1:].lower()
    return Side(slugify(name), name), f"'{speaker.name}': such groups speak as one party"


# "the group" / "the movement" standing for the named one before it ("the M23 rebel group").
_NAMED_GROUP = LazyPattern(
    r"\b(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+(?:(?:rebel|militant|armed|separatist|"
    r"rights|aid)\s+)?(?:group|movement|faction|organi[sz]ation)\b"
)


def _the_group(speaker: Speaker, pool: _Pool, texts: Mapping[str, str]) -> Found | None:
    """ "The group consists of fighters ..." after "the M23 rebel group": that group's side;
    "The organisation said" / "said X, a researcher at the group" right after the story
    quoted a named body of that kind: the body nearest before."""
    if not speaker.mentions:
        return None
    mention = speaker.mentions[0]
    text = texts.get(mention.doc_id, "")
    word = generic_word(speaker, text)
    if word is None:
        return None
    # the 3000 characters before the mention, cut as such: no copy of the whole text before it
    before = text[max(0, mention.span.start - 3000) : mention.span.start]
    for match in reversed(list(_NAMED_GROUP.finditer(before))):
        found = pool.by_id.get(slugify(match["name"]))
        if found is not None:
            return found[0], f"'{speaker.name}' is the {match[0]} named before"
    near = nearest_body(pool.body_mentions.get(mention.doc_id, ()), mention.span.start, word, text)
    if near is None:
        return None
    side, who = near
    return side, f"'the {word}' is {who}, the body of that kind quoted just before"


# A union's own name: a capitalised "Union" or "Workers" in a side's name.
_UNION_NAME = LazyPattern(r"\b(?:Unions?|Workers|Employees|Teamsters)\b")


def _named_union(speaker: Speaker, pool: _Pool, texts: Mapping[str, str]) -> Found | None:
    """ "Union officials" after "the Marrow Dock Workers' Union said": the one union the story
    names (none when it names two: then they stay together in "Unions"), its name saying so
    or its sentence calling it "the union" ("Members of United Teachers Los Angeles voted ...
    if the union and school district failed")."""
    called = {
        side.id
        for doc, mentions in pool.body_mentions.items()
        for start, side, _ in mentions
        if called_so(texts.get(doc, ""), start, "union")
    }
    fits = {
        sid: found
        for sid, found in pool.by_id.items()
        if sid != UNIONS.id
        # ("The union" heading a column of its own is no union's name)
        and bare_name(found[0].name).lower() not in ("union", "unions")
        and (_UNION_NAME.search(found[0].name) or sid in called)
    }
    one = only_side(fits)
    if one is None:
        return None
    side, who = one
    return side, f"'{speaker.name}': the one union the story names is {side.name}"


def _same_name(speaker: Speaker, pool: _Pool) -> Found | None:
    """ "M23" quoted on its own after "M23 president Bertrand Bisimwa" put M23 on a side: a
    speaker named exactly like a placed side is that side."""
    name = bare_name(speaker.name)
    found = pool.by_id.get(slugify(name))
    if found is None and " " in name and name.endswith("s"):
        found = pool.by_id.get(slugify(name[:-1]))  # "Tamil Tigers" and "Tamil Tiger" rebels
    if found is None or found[1] == speaker.name:
        return None
    side, who = found
    if mute_class(side.name) is not None:
        return None  # a column named "Report" (a headline's "Report: ...") issues nothing
    return side, f"'{speaker.name}' is the {side.name} that {who} speaks for"


# "Yukos officials", "the Kremlin's lawyers", "a Selvanian official" (one unnamed, speaking
# on condition of anonymity): people a named body's or country's name qualifies.
_BODY_PEOPLE = LazyPattern(
    r"^(?:(?i:the|an?)\s+)?(?:(?i:senior|top|junior|former)\s+)?"
    r"(?P<owner>[A-Z][\w.-]{0,40}+(?:\s+[A-Z][\w.-]{0,40}+){0,3})(?:'s|’s)?\s+"
    r"(?:officials?|lawyers?|attorneys?|sources?|executives?|aides?|representatives?|"
    r"negotiators?|spokesmen|spokes(?:man|woman|person)|staff|managers?|leaders)$"
)


def _body_people(speaker: Speaker, pool: _Pool) -> Found | None:
    """ "Yukos officials" in a story where Yukos is a side: the body's people are that side,
    not "Unnamed sources" (they are qualified by whom they work for)."""
    match = _BODY_PEOPLE.match(speaker.name.strip())
    if match is None:
        return None
    found = pool.by_id.get(slugify(match["owner"]))
    if found is None:
        return None
    side, who = found
    unnamed = " (unnamed)" if speaker.anonymous else ""
    return side, f"'{speaker.name}'{unnamed}: people of {side.name}, a side of the story ('{who}')"


def _officials(speaker: Speaker, pool: _Pool) -> Found | None:
    if not speaker.anonymous or not _BARE_OFFICIALS.match(speaker.name.strip()):
        return None
    one = only_side(pool.officials)
    if one is None:
        return None
    side, name = one
    return side, f"'{speaker.name}' with no word saying whose: the '{name}' the story quotes"


def _state_officials(speaker: Speaker, pool: _Pool) -> Found | None:
    """ "officials said", "Two officials": the one state's officials the story quotes, or the
    one state it quotes (side_officials.py)."""
    if not speaker.anonymous or not speaker.mentions:
        return None
    first = speaker.mentions[0]

    def before(sides: Mapping[str, tuple[Side, str]]) -> dict[str, tuple[Side, str]]:
        # only a state the story has quoted before the officials' first mention ("In a
        # statement, officials said" opening a story is no one's yet)
        return {
            sid: found
            for sid, found in sides.items()
            if pool.country_first.get((first.doc_id, sid), first.span.start) < first.span.start
        }

    # (officials placed on a state are theirs wherever the story names them, as the qualified
    # "U.S. officials" are for a lede's "officials" above; a state's other speakers only count
    # once quoted before them)
    return unowned_officials(speaker.name, pool.state_officials, before(pool.countries))


# "In Cameroon, officials say": a country opening the clause says whose the officials are.
_IN_PLACE = LazyPattern(r"(?:^|[.!?]\s+|\n)In\s+(?P<place>[A-Z][^,.\n]{1,40}),\s*$")


def _officials_in(
    speaker: Speaker, pool: _Pool, texts: Mapping[str, str], gazetteer: Gazetteer
) -> Found | None:
    if not speaker.anonymous or not speaker.mentions:
        return None
    if not _BARE_OFFICIALS.match(speaker.name.strip()):
        return None
    mention = speaker.mentions[0]
    text = texts.get(mention.doc_id, "")
    match = _IN_PLACE.search(text, max(0, mention.span.start - 60), mention.span.start)
    hit = head_hit(match["place"], gazetteer) if match is not None else None
    if match is None or hit is None or hit.entry is None:
        return None
    # only a country already placed as a party: the officials join its column, never a new one
    found = pool.by_id.get(hit.entry)
    if found is None:
        return None
    side = found[0]
    return side, f"'{match[0].strip()} {speaker.name}': officials of {side.name}"


def _city(speaker: Speaker, pool: _Pool) -> Found | None:
    """ "Officials in Omdurman" when the story has a Sudan side: officials of a city speak for
    the country it is in (side_places.py); a city opens no side of its own."""
    found = city_country(speaker_texts(speaker))
    if found is None:
        return None
    text, city, entry = found
    placed = pool.by_id.get(entry)
    if placed is None:
        return None
    side = placed[0]
    return side, f"'{text}': {city} is a city of {side.name}, a side of the story"


def _first_sentence(speaker: Speaker, texts: Mapping[str, str]) -> str:
    if not speaker.mentions:
        return ""
    m = speaker.mentions[0]
    text = texts.get(m.doc_id, "")
    # look no further than a long sentence either way: paragraphs ending ".\n" have no ". ",
    # and an unbounded search per speaker made a 5,000-speaker list quadratic
    lo, hi = max(0, m.span.start - _SENTENCE_REACH), m.span.end + _SENTENCE_REACH
    start = max(text.rfind(". ", lo, m.span.start), text.rfind("\n", lo, m.span.start)) + 1
    start = max(start, lo)
    ends = [e for e in (text.find(". ", m.span.end, hi), text.find("\n", m.span.end, hi)) if e >= 0]
    return text[start : min(ends) if ends else min(hi, len(text))]


# Characters a speaker's sentence reaches either way at most.
_SENTENCE_REACH = 1_000


def _rebels(speaker: Speaker, pool: _Pool) -> Found | None:
    name = bare_name(speaker.name)
    match = REBEL.match(name)
    if (match is None or match.end() != len(name)) and rebel_kind(name) is None:
        # only a bare "rebels" / "the insurgents", "Libyan rebels", "a pro-rebel general" or
        # "a pro-rebel Web site"
        return None
    # (a state or civilians are not what "the rebels" stands for: see _Pool)
    # a side named as rebels ("Rebel forces") before one only quoted near the word (an analyst)
    # (a description placed as a body of its own, "the militant group", is no rebel side to
    # join itself to)
    rebels = {sid: f for sid, f in pool.rebels.items() if f[1] != speaker.name}
    named = {sid: f for sid, f in rebels.items() if _REBEL_WORD.search(f[0].name)}
    one = only_side(named) or only_side(rebels)
    if one is not None:
        side, who = one
        return side, f"'{speaker.name}': the story ties the rebels to {who} ({side.name})"
    armed = only_side(pool.armed_groups)
    member = REBEL_MEMBER.match(name)
    # ("A rebel group in eastern Congo" opening a story on the one armed group it names later:
    # a group of any armed kind is that group; bare "rebels" stay out, see _ARMED_GROUPS)
    kind = member is not None and (
        member["kind"].lower() in _MILITANT_KINDS or _GROUP_HEADS.search(name) is not None
    )
    if armed is None or rebels or not (_MILITANTS.search(name) or kind):
        return None
    side, who = armed
    return side, f"'{speaker.name}': the one armed group the story quotes is {who} ({side.name})"


_GROUP_HEADS = LazyPattern(r"(?i)\b(?:groups?|movements?|organi[sz]ations?)$")


# The gazetteer's armed groups (gazetteer.ARMED_GROUPS): news calls their members
# "militants", "insurgents", "fighters" ("Taliban militants"), so such a bare word in a story
# quoting one of them and no other armed side is that group. ("Rebels" is left out: a story
# on the Islamic State may quote Syrian rebels who fight it.)
_ARMED_GROUPS = ARMED_GROUPS
_MILITANTS = LazyPattern(r"(?i)\b(?:militants?|insurgents?|jihadists?|fighters?)$")
# Their group or its people by kind ("the militant group", "militant leaders"): a
# REBEL_MEMBER of one of these kinds ("rebel", "separatist" stay out, as "rebels" does).
_MILITANT_KINDS = frozenset({"militant", "insurgent", "jihadist"})


def _has_fighters(name: str, texts: Mapping[str, str], seen: dict[str, bool]) -> bool:
    """ "M23 fighters", "Seleka rebels", "the rebel Justice and Equality Movement": a body the
    story gives fighters or calls rebel is an armed group, though its name says nothing of it
    (asked once per side name, for proper names of up to five words)."""
    if name not in seen:
        parts = name.split()
        found = False
        if len(seen) < _MAX_FIGHTER_NAMES and 0 < len(parts) <= 5 and name[:1].isupper():
            found = any(_named_armed(name, text) for text in texts.values())
        seen[name] = found
    return seen[name]


def _named_armed(name: str, text: str) -> bool:
    """``name`` written as an armed group's somewhere in ``text``: "rebel NAME", "rebel the
    NAME" or "NAME fighters". Only the places the name stands are looked at (a pattern per name
    run over a whole 500 kB story cost a second and a half for 64 names)."""
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        free_end = end == len(text) or not _WORD_OR_HYPHEN.match(text[end])
        free_start = start == 0 or not _WORD_OR_HYPHEN.match(text[start - 1])
        if free_end and _KIND_BEFORE.search(text, max(0, start - _KIND_REACH), start):
            return True  # "the rebel Justice and Equality Movement"
        if free_start and _FIGHTERS_AFTER.match(text, end):
            return True  # "M23 fighters"
        start = text.find(name, start + 1)
    return False


# The words for a group's armed members right after its name, and for its kind right before.
_FIGHTERS = r"(?:fighters|rebels|militants|militiamen|insurgents|guerrillas)\b"
_ARMED_KINDS = r"(?i:rebel|insurgent|separatist|militant|guerrilla)"
_KIND_BEFORE = LazyPattern(rf"(?<![\w-]){_ARMED_KINDS}\s+(?:the\s+)?$")
_FIGHTERS_AFTER = LazyPattern(rf"\s+{_FIGHTERS}")
_WORD_OR_HYPHEN = LazyPattern(r"[\w-]")
# How far before a name its kind word may start ("guerrilla" and "the" with their spaces).
_KIND_REACH = 64
# Side names searched for fighters at most (a list of thousands of bodies scans no further).
_MAX_FIGHTER_NAMES = 64


def _non_state_name(name: str) -> bool:
    """A side named like an armed movement ("Movement for the Emancipation of the Niger Delta",
    "Free Aceh Movement", "Al-Aqsa Martyrs Brigades"): news calls its members "militants" as it
    does the gazetteer's armed groups."""
    head = re.split(r"\s+(?:of|for)\s+", name)[0].split()
    return bool(head) and head[0][:1].isupper() and head[-1].lower() in NON_STATE_HEADS


def _backed_group(speaker: Speaker, pool: _Pool) -> Found | None:
    """ "The Iran-backed group" in a story quoting one armed group (Hezbollah): that group, a
    proxy named by its backer."""
    if BACKED_GROUP.match(speaker.name) is None:
        return None
    armed = only_side(pool.armed_groups)
    if armed is None:
        return None
    side, who = armed
    return side, f"'{speaker.name}': the one armed group the story quotes is {who} ({side.name})"


def _ngo(speaker: Speaker, pool: _Pool) -> Found | None:
    if speaker.kind is not SpeakerKind.ORGANISATION or not _NGO_DESCRIPTION.match(speaker.name):
        return None
    one = only_side(pool.ngos)
    if one is None:
        return None
    side, who = one
    return side, f"'{speaker.name}': the one such group the story names is {who}"


def ngo_named(speaker: Speaker, taken: set[str]) -> Found | None:
    """ "British rights group Amnesty International": the named group speaks for itself."""
    for text in speaker_texts(speaker):
        match = NGO_NAMED.search(text)
        if match is not None:
            name = match["name"]
            return named_side(name, taken), f"a group named '{name}' ('{text}') speaks for itself"
    return None


def _namesake(speaker: Speaker, pool: _Pool, gazetteer: Gazetteer) -> Found | None:
    """ "Morgan Tsvangirai" after "Tsvangirai's MDC party" opened a side named "Tsvangirai":
    a person whose surname names a side of its own is that side's person."""
    if speaker.kind is not SpeakerKind.PERSON or "(" in speaker.name:
        return None
    parts = bare_name(speaker.name).split()
    if len(parts) < 2:
        return None
    found = pool.by_id.get(slugify(parts[-1]))
    if found is None or found[0].id in gazetteer.names:
        return None
    side, who = found
    return side, f"'{speaker.name}' is the {side.name} that {who} speaks for"
