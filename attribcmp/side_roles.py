"""Role, then name: "A pro-rebel general said ..." and then "General Lul Ruai Koang said".

A story often introduces a source by role and names him a sentence or two on. The named person,
whom nothing else places, takes the side of the role quoted just before him when his own title
is that role ("General" after "a pro-rebel general", "Spokesman" after "a rebel spokesman").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, MutableMapping, Sequence
from typing import TypeVar

from attribcmp.affiliation import apposition_after
from attribcmp.data import load_table, word_set
from attribcmp.gazetteer import cached_head_hit
from attribcmp.lazy_pattern import LazyPattern
from attribcmp.model import Side, Speaker, SpeakerKind
from attribcmp.profile import slugify
from attribcmp.side_names import LOCAL, OTHER, UNNAMED, Found, named_side, speaker_texts
from attribcmp.side_places import place_opened

_T = TypeVar("_T")
# Columns that say whom no one speaks for: a speaker in one lends another no side.
_CATCH_ALL = (OTHER.id, UNNAMED.id, LOCAL.id)
# How far back (characters) the role may be: the paragraph before, not the story's opening.
_REACH = 600
# A title opening a named mention, and the role noun it repeats (abbreviations spelt out).
_TITLE = LazyPattern(
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


def join_named_roles(
    speakers: Sequence[Speaker],
    found_by: MutableMapping[str, Found],
    texts: Mapping[str, str] | None = None,
) -> None:
    """A named person left in "Other speakers" whose title repeats the role of an unnamed
    speaker placed just before him ("a pro-rebel general" -> "General Koang") joins its side,
    unless his own apposition describes him in words the role does not share."""
    texts = texts or {}
    roles: dict[str, list[tuple[int, str, Speaker]]] = {}  # doc -> (offset, role noun, speaker)
    for sp in speakers:
        side = found_by[sp.id][0]
        if side.id in _CATCH_ALL or not sp.mentions:
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
            if _own_apposition(sp, role_sp, texts):
                continue  # "General X, commander of the 3rd Division": his own words place him
            role_side = found_by[role_sp.id][0]
            found_by[sp.id] = (
                role_side,
                f"'{title}' names the '{role_sp.name}' quoted just before, on {role_side.name}",
            )


# Words of an apposition that say nothing of whom a person serves ("the", "a", "said").
_PLAIN = frozenset(("the", "a", "an", "of", "for", "and", "in", "said", "who", "its", "his", "her"))


def _own_apposition(sp: Speaker, role_sp: Speaker, texts: Mapping[str, str]) -> bool:
    """The named person's apposition ("General X, commander of the army's 3rd Division")
    shares no word with the role quoted before ("a pro-rebel general"): another man's role."""
    role_words = {w for w in re.findall(r"[a-z]+", role_sp.name.lower()) if w not in _PLAIN}
    for mention in sp.mentions[:3]:
        appos = apposition_after(texts.get(mention.doc_id, ""), mention.span.end)
        if appos is None:
            continue
        own = {w for w in re.findall(r"[a-z]+", appos.lower()) if w not in _PLAIN}
        # ("rebel" and "rebels" share a stem: compare the first five letters)
        if own and not {w[:5] for w in own} & {w[:5] for w in role_words}:
            return True
    return False


# Offices a story names before it names their holder ("Kuwait's foreign minister ...").
_OFFICE = word_set(
    """minister president spokesman spokeswoman spokesperson ambassador envoy king queen
    premier chancellor secretary governor commander chief leader mayor head chairman"""
)
# A role quoted with no name: "Kuwait's foreign minister", "the Jordanian prime minister".
_DESCRIBED = LazyPattern(
    r"^(?:[Tt]he\s+|[A-Z][\w.'’-]*(?:'s|’s)\s+)(?:[a-z][\w-]*\s+){0,3}(?P<role>[a-z]+)$"
)


def join_introduced(
    speakers: Sequence[Speaker], found_by: MutableMapping[str, Found], texts: Mapping[str, str]
) -> None:
    """A person the story names with no title and no apposition, as the next speaker after a
    role it quoted without a name ("Kuwait's foreign minister addressed concerns ... Sabah
    al-Sabah said"), is that role's holder: a reader takes the name for the role just
    introduced. Any other speaker in between, or more than a paragraph's reach, breaks it."""
    events = sorted(
        ((m.doc_id, m.span.start, k) for k, sp in enumerate(speakers) for m in sp.mentions[:20]),
    )
    for (doc, pos, k), (prev_doc, prev_pos, j) in zip(events[1:], events, strict=False):
        sp, role_sp = speakers[k], speakers[j]
        if prev_doc != doc or k == j or pos - prev_pos > _REACH:
            continue
        if not _unintroduced(sp, found_by, texts, pos, prev_pos):
            continue
        role_side = found_by[role_sp.id][0]
        match = _DESCRIBED.match(role_sp.name.strip())
        if (
            match is None
            or match["role"] not in _OFFICE
            or role_sp.kind is not SpeakerKind.PERSON
            or role_side.id in _CATCH_ALL
        ):
            continue
        found_by[sp.id] = (
            role_side,
            f"named next after '{role_sp.name}', quoted just before with no name, on "
            f"{role_side.name}",
        )


def _unintroduced(
    sp: Speaker, found_by: Mapping[str, Found], texts: Mapping[str, str], pos: int, role_at: int
) -> bool:
    """A person in "Other speakers" first named here, by a bare name (no title, role or
    apposition saying who he is), or by his surname when the role's own sentence gave his
    full name ("The head of the union, Ann Ruiz, said ... 'We won,' said Ruiz")."""
    if found_by[sp.id][0].id != OTHER.id or sp.kind is not SpeakerKind.PERSON:
        return False
    first = sp.mentions[0]
    if first.span.start != pos or "(" in sp.name:
        return False
    shown = first.span.text.strip()
    text = texts.get(first.doc_id, "")
    named = shown == sp.name or (
        sp.name.endswith(" " + shown) and f", {sp.name}," in text[role_at : role_at + 160]
    )
    if len(sp.name.split()) < 2 or not named:
        return False  # ("Secretary General Ban Ki-moon": a title says who he is)
    if any(_TITLE.match(t) for t in speaker_texts(sp)):
        return False
    return apposition_after(text, first.span.end) is None


# The role ending a description set before a name by a comma: "his Russian counterpart, Sergei
# Lavrov", "Kuwait's foreign minister, Sabah al-Sabah".
_ROLE_BEFORE = _OFFICE | word_set("counterpart counterparts")
_DESCRIPTION_CHARS = 80  # the description is a few words, inside the name's sentence
_MAX_SEEN = 5  # occurrences of one name read per document


def join_described_before(
    speakers: Sequence[Speaker], found_by: MutableMapping[str, Found], texts: Mapping[str, str]
) -> None:
    """A named person left in "Other speakers" whom the story describes just before his name
    ("met his Russian counterpart, Sergei Lavrov") joins the side that description's country
    already has in the story: the words before the name place him as a title would."""
    quoted = {side.id: side for side, _ in found_by.values()}
    for sp in speakers:
        if found_by[sp.id][0].id != OTHER.id:
            continue
        for description, entry in _described_in_texts(sp, texts, _described_before):
            if entry in quoted and entry not in _CATCH_ALL:
                found_by[sp.id] = (
                    quoted[entry],
                    f"described before his name: '{description}, {sp.name}'",
                )
                break
        else:
            for description, entry in _described_in_texts(sp, texts, _spokesman_before):
                if entry in quoted and entry not in _CATCH_ALL:
                    found_by[sp.id] = (
                        quoted[entry],
                        f"described before his name: '{description}, {sp.name}', on "
                        f"{quoted[entry].name}",
                    )
                    break


# "A spokesman for the opposition National League for Democracy, Nyan Win,": the body after
# "for"/"of" is whom the named spokesman speaks for.
_SPOKESMAN_FOR = LazyPattern(
    r"(?i)\b(?:spokes(?:man|woman|person)|representative)\s+(?:for|of)\s+(?:the\s+)?"
    r"(?P<body>[^,;:()]{2,70})$"
)
# (the opposition's own body names no party of its own: "the opposition Freedom Party" is on
# the story's opposition column when it has one)
_OPPOSITION_WORD = LazyPattern(r"(?i)^(?:main\s+|leading\s+)?opposition\b")


def _spokesman_before(text: str, name: str) -> tuple[str, str] | None:
    """(description, side id) of the first ", <name>" a "spokesman for <body>" description
    opens: the body's gazetteer entry, the opposition ("for the opposition X"), or the body's
    own name as a side id, or None."""
    for clause in _clauses_before(text, name, ";:.(\n"):
        match = _SPOKESMAN_FOR.search(clause)
        if match is not None:
            body = match["body"].strip()
            if _OPPOSITION_WORD.match(body):
                return match[0], "opposition"
            hit = cached_head_hit(body)
            if hit is not None and hit.entry is not None:
                return match[0], hit.entry
            return match[0], slugify(body)
    return None


def _clauses_before(text: str, name: str, stops: str) -> Iterator[str]:
    """What stands before each of the first ``_MAX_SEEN`` ", <name>" in the text, back to the
    nearest of the ``stops`` marks and at most ``_DESCRIPTION_CHARS`` long: where a
    description of the named person ends with his name."""
    at = text.find(f", {name}")
    for _ in range(_MAX_SEEN):
        if at < 0:
            return
        window = text[max(0, at - _DESCRIPTION_CHARS) : at]
        yield window[max(window.rfind(c) for c in stops) + 1 :]
        at = text.find(f", {name}", at + 1)


def _described_in_texts(
    sp: Speaker, texts: Mapping[str, str], describe: Callable[[str, str], _T | None]
) -> Iterator[_T]:
    """What ``describe`` finds before a named person's name in each document that mentions him,
    in order; nothing for one not named by at least two words (a bare surname is too loose)."""
    if sp.kind is not SpeakerKind.PERSON or len(sp.name.split()) < 2:
        return
    for doc_id in dict.fromkeys(m.doc_id for m in sp.mentions):
        found = describe(texts.get(doc_id, ""), sp.name)
        if found is not None:
            yield found


def _described_before(text: str, name: str) -> tuple[str, str] | None:
    """(description, gazetteer entry) of the first ", <name>" a role-ending description naming
    a country opens ("his Russian counterpart"), or None."""
    for clause in _clauses_before(text, name, ",;:.(\n"):
        words = clause.split()[-6:]
        if words and words[-1].lower() in _ROLE_BEFORE:
            description = " ".join(words)
            hit = cached_head_hit(description)
            if hit is not None and hit.entry is not None:
                return description, hit.entry
    return None


# One who speaks on another's behalf ("Savchenko's lawyer, Mark Feygin"; data/sides.yaml).
_AGENT_ROLES = word_set(load_table("sides.yaml")["agent_roles"])
# A body's short name ("GAM spokesman Bahtiar"): in an agent's description it names the side
# whose speakers carry it.
_ACRONYM = LazyPattern(r"\b[A-Z]{2,6}\b")
# The principal owning the role: "Savchenko's lawyer", "the Kremlin's envoy" (up to three words).
_OWNER = LazyPattern(r"^(?:[Tt]he\s+)?(?P<owner>(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)(?:'s|’s)\s+")


def join_agents_before(
    speakers: Sequence[Speaker],
    found_by: MutableMapping[str, Found],
    texts: Mapping[str, str],
    taken: set[str],
) -> None:
    """A named person left in "Other speakers" whom the story introduces as a quoted party's
    agent joins that party: "the GAM prime minister in exile and chief negotiator, Malik
    Mahmud" the side whose speakers carry "GAM" ("GAM spokesman Bahtiar"); "Savchenko's
    lawyer, Mark Feygin" the side of the quoted Nadiya Savchenko, one of her own when she has
    none (a person defended by a lawyer is a party, not a stray)."""
    acronyms: dict[str, set[str]] = {}
    for sp in speakers:
        side = found_by[sp.id][0]
        if side.id not in _CATCH_ALL:
            for text in speaker_texts(sp):
                for acronym in _ACRONYM.findall(text):
                    acronyms.setdefault(acronym, set()).add(side.id)
    by_surname = _people_by_name(speakers, first_names=False)
    sides = {side.id: side for side, _ in found_by.values()}
    for sp in speakers:
        own = found_by[sp.id][0]
        # a column named after him ("her lawyer" read as his own lawyer) is no party either
        if own.id != OTHER.id and own.name != sp.name:
            continue
        for description in _described_in_texts(sp, texts, _description_before):
            found = _agent_side(description, sp, acronyms, by_surname, sides, found_by, taken)
            if found is None:
                continue
            if own.id != OTHER.id:
                for other_sp in speakers:
                    if found_by[other_sp.id][0].id == own.id:
                        found_by[other_sp.id] = (
                            found[0],
                            f"{found_by[other_sp.id][1]}; {found[1]}",
                        )
            found_by[sp.id] = found
            break


_SUPPORTER_WORDS = word_set(load_table("sides.yaml")["supporter_words"])
# "a few Bo supporters", "Hovhannisyan's supporters" / "supporters of (President) Kabila".
_BACKED_BEFORE = LazyPattern(r"(?:^|\s)(?P<owner>[A-Z][\w-]*)(?:'s|’s)?\s+(?P<noun>[a-z]+)$")
_BACKED_AFTER = LazyPattern(r"^(?:[\w-]+\s+){0,2}?(?P<noun>[a-z]+)\s+of\s+(?P<owner>.+)$")


def join_supporters(
    speakers: Sequence[Speaker], found_by: MutableMapping[str, Found], taken: set[str]
) -> None:
    """Supporters named after a quoted person ("a few Bo supporters" beside "Bo Xilai")
    speak on that person's side; a person with supporters is a party, so one in "Other
    speakers" gets a column of his own, shared with them."""
    by_surname = _people_by_name(speakers, first_names=True)
    for sp in speakers:
        if found_by[sp.id][0].id not in (OTHER.id, UNNAMED.id):
            continue
        name = sp.name.strip()
        match = _BACKED_BEFORE.search(name) or _BACKED_AFTER.match(name)
        if match is None or match["noun"].lower() not in _SUPPORTER_WORDS:
            continue
        owner = match["owner"].split()[-1]
        principals = {p.id: p for p in by_surname.get(owner, ()) if p.id != sp.id}
        if len(principals) != 1:
            continue
        (principal,) = principals.values()
        why = f"'{principal.name}' has supporters who speak"
        side = _principal_side(principal, found_by, taken, why)
        if side.id == UNNAMED.id:
            continue
        found_by[sp.id] = (side, f"'{sp.name}' back {principal.name}, on {side.name}")


def _people_by_name(speakers: Sequence[Speaker], *, first_names: bool) -> dict[str, list[Speaker]]:
    """{surname (and first name, with ``first_names``): the named persons bearing it}."""
    by_name: dict[str, list[Speaker]] = {}
    for sp in speakers:
        if sp.kind is SpeakerKind.PERSON and len(sp.name.split()) >= 2:
            by_name.setdefault(sp.name.split()[-1], []).append(sp)
            if first_names:
                by_name.setdefault(sp.name.split()[0], []).append(sp)
    return by_name


def _principal_side(
    principal: Speaker, found_by: MutableMapping[str, Found], taken: set[str], why: str
) -> Side:
    """The side of the person an agent or supporters speak for; one left in "Other
    speakers" heads a column of his or her own (``why`` says so), shared with them."""
    side = found_by[principal.id][0]
    if side.id == OTHER.id:
        side = named_side(principal.name, taken)
        found_by[principal.id] = (side, why)
    return side


def _agent_side(
    description: str,
    sp: Speaker,
    acronyms: Mapping[str, set[str]],
    by_surname: Mapping[str, list[Speaker]],
    sides: Mapping[str, Side],
    found_by: MutableMapping[str, Found],
    taken: set[str],
) -> Found | None:
    """The side a description before a person's name gives him, or None."""
    owner = _OWNER.match(description)
    if owner is not None and description.split()[-1].lower() in _AGENT_ROLES:
        surname = owner["owner"].split()[-1]
        principals = [p for p in by_surname.get(surname, ()) if p.id != sp.id]
        if len(principals) == 1:
            principal = principals[0]
            why = f"'{principal.name}' speaks through '{sp.name}'"
            side = _principal_side(principal, found_by, taken, why)
            if side.id not in _CATCH_ALL:
                return side, f"described before his name: '{description}, {sp.name}'"
    owners = {s for a in _ACRONYM.findall(description) for s in acronyms.get(a, ())}
    if len(owners) == 1:
        side = sides[owners.pop()]
        return side, f"described before his name: '{description}, {sp.name}', on {side.name}"
    return None


def _description_before(text: str, name: str) -> str | None:
    """The role-ending description right before the first ", <name>" that has one ("the
    self-styled GAM prime minister in exile and chief negotiator"), or None."""
    for clause in _clauses_before(text, name, ",;:.(\n"):
        words = clause.split()
        if words and (words[-1].lower() in _AGENT_ROLES or words[-1].lower() in _ROLE_BEFORE):
            return " ".join(words)
    return None


def join_opened_in_place(
    speakers: Sequence[Speaker],
    found_by: MutableMapping[str, Found],
    texts: Mapping[str, str],
) -> None:
    """A state office holder left in "Other speakers" whom the sentence opens in a capital
    ("In Caracas, President Hugo Chavez said") speaks for that country, when the story
    already has its column: the place says whose president he is, as a dateline would."""
    placed = {side.id: side for side, _ in found_by.values()}
    for sp in speakers:
        if found_by[sp.id][0].id != OTHER.id or not sp.mentions:
            continue
        first = sp.mentions[0]
        entry = place_opened(texts.get(first.doc_id, ""), first.span.start, first.span.text)
        if entry is not None and entry in placed:
            side = placed[entry]
            found_by[sp.id] = (
                side,
                f"'{first.span.text}' after a place of {side.name} opening the sentence",
            )


# A role-only description: "The head", "The exiled leader" (the speaker's name cut to its role).
_ROLE_ONLY = LazyPattern(r"^The\s+(?:[a-z][\w-]*\s+){0,2}(?P<role>[a-z]+)$")
# A named person: two or more capitalised words, no article ("Rebiya Kadeer").
_NAMED = LazyPattern(r"^(?!(?:The|A|An)\s)[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+)+$")
_PARAGRAPH = LazyPattern(r"\n\s*\n")


def join_role_variants(
    speakers: Sequence[Speaker], found_by: MutableMapping[str, Found], texts: Mapping[str, str]
) -> None:
    """A role-only description ("The head of the World Uighur Congress told ...", "The exiled
    leader of China's Uighur minority") in the paragraph naming one person, or the paragraph
    after it, is that person named another way, as a reader takes it: the two share one
    column. Only when that one person is the only named person in those paragraphs, and only
    to move a speaker out of "Other speakers" to the side the other one has."""
    named = [sp for sp in speakers if sp.kind is SpeakerKind.PERSON and _NAMED.match(sp.name)]
    pairs: list[tuple[Speaker, Speaker]] = []
    for sp in speakers:
        match = _ROLE_ONLY.match(sp.name.strip())
        if (
            match is None
            or match["role"] not in _OFFICE
            or sp.kind is not SpeakerKind.PERSON
            or not sp.mentions
        ):
            continue
        first = sp.mentions[0]
        text = texts.get(first.doc_id, "")
        breaks = [0] + [m.end() for m in _PARAGRAPH.finditer(text)] + [len(text) + 1]
        here = max(i for i, b in enumerate(breaks) if b <= first.span.start)
        low, high = breaks[max(here - 1, 0)], breaks[min(here + 1, len(breaks) - 1)]
        # (the name's occurrences in the text, not only where the person is quoted: "Rebiya
        # Kadeer is in Tokyo" right after "The exiled leader of China's Uighur minority")
        window = text[low:high]
        near = [
            person
            for person in named
            if person.name in window
            or any(m.doc_id == first.doc_id and low <= m.span.start < high for m in person.mentions)
        ]
        if len(near) == 1:
            pairs.append((sp, near[0]))
    for _ in range(2):  # ("The exiled leader" takes the side "The head" gave the named person)
        for role_sp, person in pairs:
            role_side, person_side = found_by[role_sp.id][0], found_by[person.id][0]
            if role_side.id == OTHER.id and person_side.id not in _CATCH_ALL:
                found_by[role_sp.id] = (
                    person_side,
                    f"'{role_sp.name}' is {person.name}, the one person named around it, on "
                    f"{person_side.name}",
                )
            elif person_side.id == OTHER.id and role_side.id not in _CATCH_ALL:
                found_by[person.id] = (
                    role_side,
                    f"named around '{role_sp.name}', the one role quoted there, on "
                    f"{role_side.name}",
                )
